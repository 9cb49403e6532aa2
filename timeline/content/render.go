package content

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/timeline-tool/timeline/timeline"
)

// RenderOptions control how a source is rendered to HTML.
type RenderOptions struct {
	// Unsafe lets raw HTML and dangerous URLs through. Off by default.
	Unsafe bool
	// Highlights are spans of doc.Source to mark (date phrases), sorted
	// by start, each with the link its mark points to (the event in the
	// timeline).
	Highlights []Highlight
	// Link, when set, may rewrite the destination of every markdown link
	// (the site points links between sources, "other.md", at the other
	// source's page); it returns false to leave a link as written. It
	// must leave alone every destination MayNameSource rejects: a page
	// made ahead (Parsed.Page) has only the others left to rewrite.
	Link func(dest string) (string, bool)
}

// Highlight marks the bytes of doc.Source in Span, linking to Href.
type Highlight struct {
	Span  timeline.Span
	Href  string
	Title string
}

// Render renders a document's markdown body to HTML. Every prose block
// carries the id of its Block.Anchor, so links from the timeline land on
// the exact paragraph. Raw HTML is dropped and dangerous link URLs
// (javascript:, vbscript:, data: other than images) are removed unless
// opts.Unsafe is set.
func Render(doc *timeline.Document, opts RenderOptions) ([]byte, error) {
	var html []byte
	err := RenderWith(doc, opts, func(b []byte) error {
		html = bytes.Clone(b)
		return nil
	})
	return html, err
}

// RenderWith is Render handing the HTML to use instead of returning a
// copy: html is valid only until use returns (its memory, and that of a
// source read again, is reused for the next page), and use's error is
// RenderWith's. A site writing thousands of pages allocates neither.
func RenderWith(doc *timeline.Document, opts RenderOptions, use func(html []byte) error) error {
	pool := &safePool
	if opts.Unsafe {
		pool = &unsafePool
	}
	r := getScratch(pool)
	defer putScratch(pool, r)
	if pc := doc.Page; pc != nil && pc.Unsafe == opts.Unsafe {
		var ok bool
		if r.order, ok = phraseOrder(r.order[:0], pc.Spans, opts.Highlights); ok {
			html := pc.HTML
			if html == nil && pc.ReadHTML != nil {
				if b, err := pc.ReadHTML(r.page2[:0]); err == nil {
					html, r.page2 = b, b
				}
				// else: rendered from the source below
			}
			r.out.Reset()
			if html != nil && fillPage(bufWriter{&r.out}, html, pc.Links, r.order, opts) {
				return use(r.out.Bytes())
			}
		}
	}
	src, err := doc.BytesInto(r.src[:0])
	if err != nil {
		return err
	}
	if doc.Source == nil {
		r.src = src // read again into r.src, or into a larger array to keep
	}
	_, _, bodyStart, _ := splitFrontMatter(src)
	body := src[bodyStart:]
	if _, msg, ok := checkComplexity(body); !ok {
		return fmt.Errorf("%s: %s", doc.Path, msg)
	}
	root := r.md.Parser().Parse(text.NewReader(body))
	if err := renderTree(r, root, body, bodyStart, opts); err != nil {
		return fmt.Errorf("%s: rendering: %w", doc.Path, err)
	}
	return use(r.out.Bytes())
}

// renderTree renders the parsed body into r.out: the blocks get their
// anchors, opts.Highlights their links (or marks, when r.page.marks).
func renderTree(r *scratch, root ast.Node, body []byte, bodyStart int, opts RenderOptions) error {
	r.out.Reset()
	hl := opts.Highlights
	r.prose.reset(body, bodyStart)
	forEachBlock(root, &r.prose, func(node ast.Node, blk timeline.Block) {
		target := node
		if _, ok := node.(*ast.TextBlock); ok && node.Parent() != nil {
			target = node.Parent() // tight list item: the <li> carries the id
		}
		switch target.Kind() {
		case ast.KindParagraph, ast.KindHeading, ast.KindListItem:
			r.page.ids[target] = blk.Anchor
		default:
			target.SetAttributeString("id", []byte(blk.Anchor))
		}
		// Blocks come in document order, which is not always source
		// order (footnotes move to the end): find the block's own.
		i, _ := slices.BinarySearchFunc(hl, blk.Source.Start, func(h Highlight, off int) int { return cmp.Compare(h.Span.Start, off) })
		for ; i < len(hl) && hl[i].Span.Start < blk.Source.End; i++ {
			r.texts = markSpan(node, bodyStart, hl[i], i, r.texts[:0])
		}
	})
	if opts.Link != nil {
		rewriteLinks(root, opts.Link)
	}
	r.out.Grow(len(body) + len(body)/2)
	err := r.md.Renderer().Render(bufWriter{&r.out}, body, root)
	clear(r.page.ids)
	clear(r.texts[:cap(r.texts)])
	return err
}

// ComparePhrases orders the date phrases of a page as Render takes its
// highlights and Parsed.Page its spans: by start, the longer first (a
// range before a date inside it).
func ComparePhrases(a, b timeline.Span) int {
	if a.Start != b.Start {
		return cmp.Compare(a.Start, b.Start)
	}
	return cmp.Compare(b.End, a.End)
}

// phraseOrder appends to order, for each phrase a page cache marked, the
// index of its highlight in hl, and reports whether the cache marked
// exactly the phrases of hl that have any length (rendering skips the
// empty ones), in the same order: then its marks are where rendering with
// hl would put links (which phrase is marked and how the tree splits
// depends only on the spans).
func phraseOrder(order []int, spans []timeline.Span, hl []Highlight) ([]int, bool) {
	k := 0
	for i := range hl {
		if hl[i].Span.End <= hl[i].Span.Start {
			continue
		}
		if k == len(spans) || spans[k] != hl[i].Span {
			return order, false
		}
		order = append(order, i)
		k++
	}
	return order, k == len(spans)
}

// fillPage writes h, a page made ahead, with each mark replaced by what
// rendering with opts writes there: a phrase's mark the link of its
// highlight (hl[order[k]] for the kth phrase), a link's mark the link as
// opts.Link rewrites it. It reports false, having written part of the
// page, when opts.Link would rewrite a phrase's link or h is not such a
// page (the page is then rendered from the source).
func fillPage(w bufWriter, h []byte, links []timeline.PageLink, order []int, opts RenderOptions) bool {
	for {
		i := bytes.IndexByte(h, 0)
		if i < 0 {
			_, _ = w.Write(h)
			return true
		}
		_, _ = w.Write(h[:i])
		if i+2 > len(h) {
			return false // not a page made here
		}
		if h[i+1] == markClose[1] {
			_, _ = w.WriteString("</a>")
			h = h[i+len(markClose):]
			continue
		}
		if i+6 > len(h) {
			return false
		}
		k := 0
		for _, c := range h[i+2 : i+6] {
			k = k<<4 | int(unhex(c)&15)
		}
		kind := h[i+1]
		h = h[i+6:]
		if kind == markLink[1] && k >= len(links) || kind == markOpen[1] && k >= len(order) || kind != markLink[1] && kind != markOpen[1] {
			return false
		}
		if kind == markLink[1] {
			l := &links[k]
			dest := l.Dest
			if opts.Link != nil {
				if d, ok := opts.Link(dest); ok {
					dest = d
				}
			}
			var title []byte
			if l.Titled {
				title = []byte{} // not nil, even when empty
				if l.Title != "" {
					title = util.StringToReadOnlyBytes(l.Title)
				}
			}
			writeLinkOpen(w, util.StringToReadOnlyBytes(dest), title, nil, false, opts.Unsafe)
			continue
		}
		hl := &opts.Highlights[order[k]]
		if opts.Link != nil {
			if _, ok := opts.Link(hl.Href); ok {
				return false
			}
		}
		var title []byte
		if hl.Title != "" {
			title = util.StringToReadOnlyBytes(hl.Title)
		}
		writeLinkOpen(w, util.StringToReadOnlyBytes(hl.Href), title, nil, true, opts.Unsafe)
	}
}

func unhex(c byte) byte {
	if c >= 'a' {
		return c - 'a' + 10
	}
	return c - '0'
}

// Parsed is a loaded document with its markdown tree, kept until the
// caller has found the document's date phrases and made its page (Page).
// Release returns the tree's memory.
type Parsed struct {
	Doc       *timeline.Document
	pool      *sync.Pool
	s         *scratch
	root      ast.Node
	bodyStart int
	unsafe    bool
}

// ParseTree is Parse keeping the tree for Page; unsafe is the setting
// the page will be rendered with (RenderOptions.Unsafe).
func ParseTree(p string, src []byte, opts Options, unsafe bool) *Parsed {
	pool := &safePool
	if unsafe {
		pool = &unsafePool
	}
	s := getScratch(pool)
	doc, root, bodyStart := parse(p, src, opts, s)
	return &Parsed{Doc: doc, pool: pool, s: s, root: root, bodyStart: bodyStart, unsafe: unsafe}
}

// Release gives back the tree; the document stays.
func (pd *Parsed) Release() {
	if pd.s != nil {
		putScratch(pd.pool, pd.s)
		pd.s, pd.root = nil, nil
	}
}

// Page renders the document's page with a mark for each phrase of spans
// (offsets of Source; sorted by start, the longer first, as the site
// sorts its highlights), for RenderWith to fill; the links a site may
// point at another source's page (MayNameSource) are marked too. It
// returns nil when the page cannot be made ahead: no tree (the document
// had errors), too many phrases or links, or such a link with attributes.
// Call it at most once, before Release.
func (pd *Parsed) Page(spans []timeline.Span) *timeline.PageCache {
	if pd.root == nil || len(spans) >= maxMarks {
		return nil
	}
	r := pd.s
	hl := make([]Highlight, 0, len(spans))
	for _, sp := range spans {
		if sp.End > sp.Start { // rendering skips empty ones
			hl = append(hl, Highlight{Span: sp})
		}
	}
	body := pd.Doc.Source[pd.bodyStart:]
	r.page.marks, r.page.nmarks, r.page.links, r.page.spoiled = true, 0, nil, false
	err := renderTree(r, pd.root, body, pd.bodyStart, RenderOptions{Unsafe: pd.unsafe, Highlights: hl})
	links, spoiled := r.page.links, r.page.spoiled
	r.page.marks, r.page.links = false, nil
	pd.root = nil // marking changed it
	if err != nil || spoiled || bytes.Count(r.out.Bytes(), []byte{0}) != r.page.nmarks {
		return nil
	}
	spans = make([]timeline.Span, len(hl))
	for i := range hl {
		spans[i] = hl[i].Span
	}
	return &timeline.PageCache{HTML: bytes.Clone(r.out.Bytes()), Spans: spans, Unsafe: pd.unsafe, Links: links}
}

// MayNameSource reports whether a link destination may name a source
// ("other.md", "../b/other.md#part", or anything with a %-escape that
// could spell one); a site rewrites only those (RenderOptions.Link).
func MayNameSource(dest string) bool {
	p, _, _ := strings.Cut(dest, "#")
	return strings.Contains(p, "%") || IsSource(strings.SplitN(p, "?", 2)[0])
}

// rewriteLinks passes the destination of every link under n through link.
func rewriteLinks(n ast.Node, link func(string) (string, bool)) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch l := c.(type) {
		case *ast.Link:
			if dest, ok := link(string(l.Destination)); ok {
				l.Destination = []byte(dest)
			}
		case *datePhrase:
			if dest, ok := link(l.href); ok {
				l.Destination = []byte(dest)
			}
		}
		rewriteLinks(c, link)
	}
}

// scratch is what one Parse or Render call needs: a configured goldmark
// (building one costs more than parsing a typical source) and buffers.
// They are pooled per goroutine, one pool for each safety setting and
// one for Parse.
type scratch struct {
	md     goldmark.Markdown
	page   *pageRenderer // md's renderer of ids and date phrases
	prose  prose
	src    []byte // a source read again for rendering
	page2  []byte // a page made ahead read back (PageCache.ReadHTML)
	order  []int  // see phraseOrder
	out    bytes.Buffer
	blocks []timeline.Block
	ends   []int
	sents  []timeline.Span
	texts  []*ast.Text
}

// maxPooledBuffer keeps the buffers of an unusually large source out of the
// pool, so one big page does not pin its memory for the rest of the build.
const maxPooledBuffer = 1 << 20

var (
	safePool   = sync.Pool{New: func() any { return newScratch(false) }}
	unsafePool = sync.Pool{New: func() any { return newScratch(true) }}
	loadPool   = sync.Pool{New: func() any { return &scratch{md: markdown(true)} }}
)

func newScratch(unsafe bool) *scratch {
	md := markdown(true, parser.WithAutoHeadingID())
	if unsafe {
		md.Renderer().AddOptions(html.WithUnsafe())
	}
	page := &pageRenderer{unsafe: unsafe, ids: map[ast.Node]string{}}
	md.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(page, 100))) // before goldmark's HTML (1000)
	return &scratch{md: md, page: page}
}

func getScratch(pool *sync.Pool) *scratch { return pool.Get().(*scratch) }

// putScratch returns s to its pool, dropping the buffers a large source
// grew and the references into the last source.
func putScratch(pool *sync.Pool, s *scratch) {
	if s.out.Cap() > maxPooledBuffer {
		s.out = bytes.Buffer{}
	}
	if cap(s.src) > maxPooledBuffer {
		s.src = nil
	}
	if cap(s.page2) > maxPooledBuffer {
		s.page2 = nil
	}
	s.src, s.page2 = s.src[:0], s.page2[:0]
	if s.prose.tb.Cap() > maxPooledBuffer {
		s.prose.tb = bytes.Buffer{}
	}
	if cap(s.prose.segs)*int(unsafe.Sizeof(timeline.Segment{})) > maxPooledBuffer {
		s.prose.segs = nil
	}
	if cap(s.blocks)*int(unsafe.Sizeof(timeline.Block{})) > maxPooledBuffer {
		s.blocks = nil
	}
	if cap(s.sents)*int(unsafe.Sizeof(timeline.Span{})) > maxPooledBuffer {
		s.sents = nil
	}
	if cap(s.ends)*int(unsafe.Sizeof(0)) > maxPooledBuffer {
		s.ends = nil
	}
	clear(s.blocks) // their strings belong to a document
	s.prose.body = nil
	pool.Put(s)
}

// markSpan wraps the text nodes of node that fall inside h.Span (offsets
// of the whole source; the AST's are of the body) in a link with class "date-phrase". texts is
// scratch space, returned for reuse.
func markSpan(node ast.Node, bodyStart int, h Highlight, idx int, texts []*ast.Text) []*ast.Text {
	from := h.Span.Start - bodyStart
	to := h.Span.End - bodyStart
	if to <= from {
		return texts
	}
	texts = appendTexts(texts, node, from, to)
	if len(texts) == 0 {
		return texts
	}
	first, last := texts[0], texts[len(texts)-1]
	if first.Parent() != last.Parent() {
		return texts // the phrase crosses inline markup: leave it unmarked
	}
	parent := first.Parent()
	for p := parent; p != nil; p = p.Parent() {
		if p.Kind() == ast.KindLink || p.Kind() == ast.KindAutoLink {
			return texts // no links inside links
		}
	}
	// Split the first and last text nodes at the phrase boundaries.
	if first.Segment.Start < from {
		rest := ast.NewTextSegment(text.NewSegment(from, first.Segment.Stop))
		rest.SetSoftLineBreak(first.SoftLineBreak())
		first.SetSoftLineBreak(false)
		first.Segment = text.NewSegment(first.Segment.Start, from)
		parent.InsertAfter(parent, first, rest)
		if last == first {
			last = rest
		}
		first = rest
	}
	if last.Segment.Stop > to {
		tail := ast.NewTextSegment(text.NewSegment(to, last.Segment.Stop))
		tail.SetSoftLineBreak(last.SoftLineBreak())
		last.SetSoftLineBreak(false)
		last.Segment = text.NewSegment(last.Segment.Start, to)
		parent.InsertAfter(parent, last, tail)
	}
	link := &datePhrase{href: h.Href, idx: idx}
	link.Destination = util.StringToReadOnlyBytes(h.Href) // read only: rendering copies it
	if h.Title != "" {
		link.Title = util.StringToReadOnlyBytes(h.Title)
	}
	parent.InsertBefore(parent, first, link)
	for n := ast.Node(first); n != nil; {
		next := n.NextSibling()
		parent.RemoveChild(parent, n)
		link.AppendChild(link, n)
		if n == last {
			break
		}
		n = next
	}
	return texts
}

// appendTexts appends the text nodes under n (in document order) whose
// segment overlaps [from, to).
func appendTexts(texts []*ast.Text, n ast.Node, from, to int) []*ast.Text {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok && t.Segment.Stop > from && t.Segment.Start < to {
			texts = append(texts, t)
		}
		texts = appendTexts(texts, c, from, to)
	}
	return texts
}
