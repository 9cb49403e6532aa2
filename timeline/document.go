package timeline

import "sort"

// Document is one source after loading: its front matter, and its prose as
// plain text split into blocks and sentences, with a map back to the bytes
// of the file so every position can be reported as path:line:col.
type Document struct {
	Path   string // slash path relative to the content folder, e.g. "syria/russia.md"
	Slug   string // page name in the site, unique per site, e.g. "syria-russia"
	Source []byte // the whole file as read (nil when a loader dropped it: see Reread)
	Meta   Meta

	// Reread, when set, reads the file again for a document whose Source
	// a loader dropped to save memory, into buf when it is large enough
	// (a new slice otherwise); it fails when the file no longer holds what
	// was read. Use Bytes or BytesInto rather than Source after loading.
	Reread func(buf []byte) ([]byte, error)

	// Page, when set, is the source's page HTML made while it was loaded
	// (see PageCache); a renderer uses it instead of parsing the source
	// again when the page's date phrases are still those it marked.
	Page *PageCache

	// Text is the plain prose of the document: the text of its blocks with
	// inline markup removed, blocks separated by a blank line. Code blocks,
	// raw HTML and front matter are not part of it. The tagger reads Text.
	Text   []byte
	Blocks []Block

	Diagnostics Diagnostics

	// LineStarts holds the byte offset in Source where each line starts,
	// so positions are found by binary search (nil: computed on the fly).
	LineStarts []int
}

// Bytes returns the file the document was read from: Source, or what
// Reread reads when the loader dropped it.
func (d *Document) Bytes() ([]byte, error) { return d.BytesInto(nil) }

// BytesInto is Bytes reading a dropped source into buf's memory when it
// has room: a caller that renders page after page reuses one buffer
// instead of allocating every file again. The result is Source itself
// (not to be written to) when the document kept it.
func (d *Document) BytesInto(buf []byte) ([]byte, error) {
	if d.Source == nil && d.Reread != nil {
		return d.Reread(buf)
	}
	return d.Source, nil
}

// BlockKind says what kind of markdown block a Block came from.
type BlockKind uint8

// Kinds of prose blocks.
const (
	Paragraph BlockKind = iota
	Heading
	ListItem
	TableCell
)

// Block is one prose block (a paragraph, a heading, a list item's text).
type Block struct {
	Kind    BlockKind
	Level   int    // heading level for headings
	Text    Span   // bytes of Document.Text
	Source  Span   // bytes of Document.Source the block was read from
	Anchor  string // stable fragment id of the block in the source page, e.g. "p4"
	Section string // text of the nearest heading above the block ("" before any)
	// Segments map runs of Text back to Source, in order.
	Segments []Segment
	// Sentences are spans of Document.Text, in order, covering the block.
	Sentences []Span
}

// Segment says that Text[Text:Text+Len] was copied from Source[Source:Source+Len].
type Segment struct {
	Text, Source, Len int
}

// Meta is what a source's front matter says about it.
type Meta struct {
	Title    string
	Date     string // publication date, YYYY-MM-DD ("" when unknown)
	URL      string // the original source URL (already checked to be http(s))
	Tags     []string
	Summary  string
	Author   string
	News     bool // the source reports news on its publication date
	Timeline bool // false leaves the source out of the timeline
	Events   []MetaEvent
	// Corrections adjust extracted events without editing the prose.
	Corrections []Correction
	// Lines gives the 1-based line of each front-matter key in Source.
	Lines map[string]int
}

// MetaEvent is an event written explicitly in front matter.
type MetaEvent struct {
	Date     string // TIMEX3 or ISO value
	End      string // optional range end
	Headline string
	Text     string
	Line     int
}

// Correction changes or removes extracted events of its source, matched by
// stable event id or by the date phrase as quoted. Corrections come from
// the front matter (`corrections:`) or from inline comments such as
// `<!-- timeline: suppress "in March" -->`, which only reach the paragraph
// they follow.
type Correction struct {
	ID        string // event id, or
	Phrase    string // the date phrase as written in the prose
	Suppress  bool   // drop the event
	Date      string // pin the date (TIMEX3 value)
	End       string // pin the end of a range
	Precision string // coarsen the date to this precision ("year", "month", ...)
	Headline  string // replace the headline
	Anchor    string // only events of the paragraph with this anchor ("" for any)
	Line      int
}

// BlockAt returns the index of the block holding text offset off, or -1.
func (d *Document) BlockAt(off int) int {
	i := sort.Search(len(d.Blocks), func(i int) bool { return d.Blocks[i].Text.End > off })
	if i < len(d.Blocks) && d.Blocks[i].Text.Start <= off {
		return i
	}
	return -1
}

// SourceOffset maps a byte offset of Text to the byte offset of Source it
// was read from (the nearest one when it falls between segments).
func (d *Document) SourceOffset(off int) int {
	bi := d.BlockAt(off)
	if bi < 0 {
		return 0
	}
	b := &d.Blocks[bi]
	// The first segment ending after off holds it, or off lies before it.
	i := sort.Search(len(b.Segments), func(i int) bool { return b.Segments[i].Text+b.Segments[i].Len > off })
	if i < len(b.Segments) && b.Segments[i].Text <= off {
		s := b.Segments[i]
		return s.Source + off - s.Text
	}
	if i > 0 { // between segments (or at the end): just after the previous one
		s := b.Segments[i-1]
		return s.Source + s.Len
	}
	return b.Source.Start
}

// Position reports the 1-based line and column in Source of a Text offset.
func (d *Document) Position(off int) (line, col int) {
	so := d.SourceOffset(off)
	if d.LineStarts == nil {
		return LineCol(d.Source, so)
	}
	i := sort.SearchInts(d.LineStarts, so+1) - 1 // the last line starting at or before so
	if i < 0 {
		i = 0
	}
	return i + 1, so - d.LineStarts[i] + 1
}

// LineIndex returns the offsets at which the lines of src start.
func LineIndex(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// PageCache is a source's page rendered to HTML while the source was
// loaded, its date phrases left as numbered marks: the links they become
// point at event pages, known only once the timeline is merged, so the
// renderer fills them in then (content.RenderWith) instead of parsing the
// markdown a second time.
type PageCache struct {
	HTML []byte // the page, with a mark around each phrase of Spans that it marked
	// ReadHTML, set when HTML is nil, reads the page from where a loader
	// put it to save memory (see build.Loader.SpoolPages), into buf when
	// it is large enough.
	ReadHTML func(buf []byte) ([]byte, error)
	Spans    []Span // the phrases, in Source, by start (the longer first)
	Unsafe   bool   // rendered with raw HTML and every URL let through
	// Links are the markdown links a site may point at another source's
	// page ("other.md"), each left as a mark in HTML for the same reason.
	Links []PageLink
}

// PageLink is a link of a PageCache: its destination and title as
// written (Titled: it has one, maybe empty).
type PageLink struct {
	Dest, Title string
	Titled      bool
}
