package content

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/timeline-tool/timeline/timeline"
)

// Options control loading.
type Options struct {
	// MaxBytes refuses sources larger than this many bytes (0: no limit).
	MaxBytes int64
	// Location reads front-matter dates that carry no zone (nil: UTC).
	Location *time.Location
}

// Markdown returns the goldmark parser configuration shared by loading and
// rendering, so both see the same blocks: GitHub Flavored Markdown (its
// extensions in extension.GFM's order, linkify's parser refusing faster)
// and footnotes.
func Markdown() goldmark.Markdown {
	return markdown(false, parser.WithAutoHeadingID())
}

// markdown is Markdown with the given parser options, for use by one
// goroutine at a time if exclusive (see linkify). Loading parses without
// automatic heading ids: it reads no attribute, and generating them costs
// an attribute slice and a map entry per heading.
func markdown(exclusive bool, opts ...parser.Option) goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(linkify{exclusive}, extension.Table, extension.Strikethrough, extension.TaskList, extension.Footnote),
		goldmark.WithParserOptions(opts...),
	)
}

// IsSource reports whether a file name is a markdown source.
func IsSource(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return (ext == ".md" || ext == ".markdown") && !strings.HasPrefix(path.Base(name), ".")
}

// List returns the slash paths of every markdown source under fsys, sorted.
// Hidden files and folders (starting with ".") and "_" drafts folders are skipped.
func List(fsys fs.FS) ([]string, error) {
	var paths []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != "." && (strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_")) {
				return fs.SkipDir
			}
			return nil
		}
		if IsSource(p) {
			paths = append(paths, p)
		}
		return nil
	})
	sort.Strings(paths)
	return paths, err
}

// ReadFile reads one source, applying the size limit. Errors name the path.
// A source reached through a symbolic link that leads outside fsys (an
// absolute target, or one climbing above the root) is refused: os.DirFS
// would follow it anywhere on the machine.
func ReadFile(fsys fs.FS, p string, opts Options) ([]byte, error) {
	if err := checkLinks(fsys, p); err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	if d, ok := fsys.(dirFS); ok && fs.ValidPath(p) {
		return d.readSource(p, opts)
	}
	return readFrom(fsys, p, opts)
}

// readFrom is ReadFile's open, stat and read of p in fsys.
func readFrom(fsys fs.FS, p string, opts Options) ([]byte, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, unwrapPathErr(err))
	}
	defer f.Close()
	size := 0
	if st, err := f.Stat(); err == nil {
		if opts.MaxBytes > 0 && st.Size() > opts.MaxBytes {
			return nil, fmt.Errorf("%s: source is %d bytes, larger than the limit of %d (max_source_bytes)", p, st.Size(), opts.MaxBytes)
		}
		if st.Size() > 0 && st.Size() < 1<<30 {
			size = int(st.Size())
		}
	}
	return readAll(p, size, opts, f.Read)
}

// readAll reads a source of the given size (0: unknown) with read, an
// io.Reader's Read.
func readAll(p string, size int, opts Options, read func([]byte) (int, error)) ([]byte, error) {
	// The loader keeps every source: read into a slice of the right size
	// (one byte more, for the read that sees the end of the file), not a
	// buffer doubled past it.
	data := make([]byte, 0, max(size+1, 512))
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF || err == nil && size > 0 && len(data) == size && n > 0 {
			// The size the file said it has, and not the byte more the
			// buffer had room for: the end, without a read to see it.
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, unwrapPathErr(err))
		}
	}
	if opts.MaxBytes > 0 && int64(len(data)) > opts.MaxBytes {
		return nil, fmt.Errorf("%s: source is larger than the limit of %d bytes (max_source_bytes)", p, opts.MaxBytes)
	}
	return clip(data), nil
}

// clip returns b without the spare capacity of a grown buffer when it is
// large: documents stay in the loader's cache for the life of a server.
func clip(b []byte) []byte {
	if cap(b)-len(b) > 1024 && cap(b)-len(b) > len(b)/8 {
		return bytes.Clone(b)
	}
	return b
}

// checkLinks follows the symbolic links on the way to p (any folder of
// the path, or the file itself) inside fsys and fails when one leads out
// of it. File systems that do not implement fs.ReadLinkFS have no links to
// follow.
func checkLinks(fsys fs.FS, p string) error {
	if _, ok := fsys.(fs.ReadLinkFS); !ok {
		return nil
	}
	cur := p
	for hops := 0; hops < 40; hops++ {
		parts := strings.Split(cur, "/")
		linked := false
		for i := range parts {
			prefix := strings.Join(parts[:i+1], "/")
			fi, err := fs.Lstat(fsys, prefix)
			if err != nil {
				return nil // Open reports it
			}
			if fi.Mode()&fs.ModeSymlink == 0 {
				continue
			}
			target, err := fs.ReadLink(fsys, prefix)
			if err != nil {
				return err
			}
			target = strings.ReplaceAll(target, "\\", "/")
			next := path.Join(path.Dir(prefix), target)
			if path.IsAbs(target) || (len(target) > 1 && target[1] == ':') || next == ".." || strings.HasPrefix(next, "../") {
				return fmt.Errorf("symbolic link %s -> %s leads outside the content folder; refusing to read it", prefix, target)
			}
			cur = path.Join(append([]string{next}, parts[i+1:]...)...)
			linked = true
			break
		}
		if !linked {
			return nil
		}
	}
	return fmt.Errorf("too many symbolic links")
}

func unwrapPathErr(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// Slug turns a source path into a page name: "Syria/Russia Talks.md" ->
// "syria-russia-talks". Only [a-z0-9-] survive, so slugs are safe in URLs
// and file names.
func Slug(p string) string {
	p = strings.TrimSuffix(p, path.Ext(p))
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(p) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "source"
	}
	return b.String()
}

// Parse turns one source file into a document. It never fails: problems
// are diagnostics on the document.
func Parse(p string, src []byte, opts Options) *timeline.Document {
	doc, _, _ := parse(p, src, opts, nil)
	return doc
}

// parse is Parse. Given a scratch, it parses the body with the scratch's
// goldmark (a page renderer's, see ParseTree) and returns the tree, which
// is the scratch's until it goes back to its pool, and where the body
// starts; the tree is nil when the document has errors.
func parse(p string, src []byte, opts Options, s *scratch) (*timeline.Document, ast.Node, int) {
	doc := &timeline.Document{Path: p, Slug: Slug(p), Source: src, LineStarts: lineIndex(src)}
	doc.Meta.Timeline = true
	if !utf8.Valid(src) {
		off := firstInvalidUTF8(src)
		line, col := timeline.LineCol(src, off)
		doc.Diagnostics = append(doc.Diagnostics, timeline.Diagnostic{Severity: timeline.Error, Path: p, Line: line, Col: col, Message: "invalid UTF-8: the file must be UTF-8 text"})
		return doc, nil, 0
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line, col := timeline.LineCol(src, i)
		doc.Diagnostics = append(doc.Diagnostics, timeline.Diagnostic{Severity: timeline.Error, Path: p, Line: line, Col: col, Message: "NUL byte: the file is binary, not markdown text"})
		return doc, nil, 0
	}
	yml, ymlStart, bodyStart, unclosed := splitFrontMatter(src)
	if unclosed {
		doc.Diagnostics = append(doc.Diagnostics, timeline.Diagnostic{Severity: timeline.Error, Path: p, Line: 1, Col: 1, Message: "front matter opened with --- is never closed with a --- line"})
		return doc, nil, 0
	}
	if yml != nil {
		line, _ := timeline.LineCol(src, ymlStart)
		parseMeta(doc, yml, line, opts.Location)
	} else {
		doc.Meta.Timeline = true
	}
	if doc.Meta.Title == "" {
		doc.Meta.Title = strings.TrimSuffix(path.Base(p), path.Ext(p))
	}
	if off, msg, ok := checkComplexity(src[bodyStart:]); !ok {
		line, col := timeline.LineCol(src, bodyStart+off)
		doc.Diagnostics = append(doc.Diagnostics, timeline.Diagnostic{Severity: timeline.Error, Path: p, Line: line, Col: col, Message: msg})
		return doc, nil, 0
	}
	return doc, extractProse(doc, bodyStart, s), bodyStart
}

// lineIndex is timeline.LineIndex without spare capacity: the document
// keeps it.
func lineIndex(src []byte) []int {
	starts := make([]int, 1, 1+bytes.Count(src, []byte{'\n'}))
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			return starts
		}
		i += j + 1
		starts = append(starts, i)
	}
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// extractProse parses the markdown body and fills doc.Text and doc.Blocks.
// The walk writes into pooled scratch space; the document gets exact-size
// copies (the loader keeps every document for the whole build): the text,
// the blocks, and one slice each for the segments and the sentences of
// all blocks, which the blocks share.
//
// With a scratch s (see parse) it parses with s and returns the tree;
// without one, it uses loadPool's and returns nil.
func extractProse(doc *timeline.Document, bodyStart int, s *scratch) ast.Node {
	body := doc.Source[bodyStart:]
	if s == nil {
		s = getScratch(&loadPool)
		defer putScratch(&loadPool, s)
		extractTree(doc, bodyStart, s, s.md.Parser().Parse(text.NewReader(body)))
		return nil
	}
	root := s.md.Parser().Parse(text.NewReader(body))
	extractTree(doc, bodyStart, s, root)
	return root
}

// extractTree is extractProse's walk of a parsed body.
func extractTree(doc *timeline.Document, bodyStart int, s *scratch, root ast.Node) {
	body := doc.Source[bodyStart:]
	w := &s.prose
	w.reset(body, bodyStart)
	s.blocks = s.blocks[:0]
	s.ends = s.ends[:0]
	forEachBlock(root, w, func(_ ast.Node, blk timeline.Block) {
		blk.Segments = nil
		s.blocks = append(s.blocks, blk)
		s.ends = append(s.ends, len(w.segs))
	})
	if len(s.blocks) == 0 {
		if w.wrote {
			doc.Text = []byte{} // as a bytes.Buffer written then emptied leaves it
		}
		collectCorrections(doc, root, body, bodyStart)
		return
	}
	doc.Text = bytes.Clone(w.tb.Bytes())
	doc.Blocks = make([]timeline.Block, len(s.blocks))
	copy(doc.Blocks, s.blocks)
	segs := exact(w.segs)
	// s.ends[i] is where the segments of block i end; it becomes where
	// its sentences end.
	s.sents = s.sents[:0]
	from := 0
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if end := s.ends[i]; end > from {
			b.Segments = segs[from:end:end]
			from = end
		}
		s.sents = appendSentences(s.sents, doc.Text, b.Text)
		s.ends[i] = len(s.sents)
	}
	sents := exact(s.sents)
	from = 0
	for i := range doc.Blocks {
		if end := s.ends[i]; end > from {
			doc.Blocks[i].Sentences = sents[from:end:end]
			from = end
		}
	}
	collectCorrections(doc, root, body, bodyStart)
}

// exact returns a copy of s without spare capacity (nil when empty).
func exact[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

// prose collects the plain text of the prose blocks of a parsed body into
// tb, and the segments that map it back to the source into segs: one
// slice for all the blocks, in order.
type prose struct {
	body  []byte
	base  int // offset of body in the source
	tb    bytes.Buffer
	segs  []timeline.Segment
	from  int  // the first segment of the block being collected
	wrote bool // whether any byte went into tb
}

func (w *prose) reset(body []byte, base int) {
	w.body, w.base, w.from, w.wrote = body, base, 0, false
	w.tb.Reset()
	w.segs = w.segs[:0]
}

// forEachBlock walks the prose blocks of a parsed body in document order,
// appending their text to w.tb and calling fn with each block node and its
// Block (anchor, section, spans; Segments is a view of w.segs, valid
// until fn returns). Loading and rendering share it, so the anchors of the
// rendered page are those the events link to.
func forEachBlock(root ast.Node, w *prose, fn func(ast.Node, timeline.Block)) {
	section := ""
	n := 0
	tb := &w.tb
	_ = ast.Walk(root, func(node ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var kind timeline.BlockKind
		level := 0
		switch nd := node.(type) {
		case *ast.Paragraph:
			kind = timeline.Paragraph
		case *ast.TextBlock:
			kind = timeline.ListItem
		case *ast.Heading:
			kind, level = timeline.Heading, nd.Level
		case *extast.TableCell:
			kind = timeline.TableCell
		case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		default:
			return ast.WalkContinue, nil
		}
		blk := timeline.Block{Kind: kind, Level: level, Section: section}
		sep := 0
		if tb.Len() > 0 {
			tb.WriteString("\n\n")
			sep = 2
		}
		start := tb.Len()
		w.from = len(w.segs)
		w.collectInline(node)
		end := tb.Len()
		w.wrote = w.wrote || end > 0
		for end > start && tb.Bytes()[end-1] == ' ' {
			end--
		}
		tb.Truncate(end)
		for k := len(w.segs) - 1; k >= w.from; k-- { // trailing spaces trimmed above
			sg := &w.segs[k]
			if sg.Text+sg.Len <= end {
				break
			}
			sg.Len = max(0, end-sg.Text)
			if sg.Len == 0 {
				w.segs = w.segs[:k]
			}
		}
		if end == start {
			tb.Truncate(start - sep)
			return ast.WalkSkipChildren, nil
		}
		n++
		blk.Anchor = anchor(n)
		blk.Text = timeline.Span{Start: start, End: end}
		if segs := w.segs[w.from:]; len(segs) > 0 {
			first, last := segs[0], segs[len(segs)-1]
			blk.Source = timeline.Span{Start: first.Source, End: last.Source + last.Len}
			blk.Segments = segs[:len(segs):len(segs)]
		}
		if kind == timeline.Heading {
			section = string(tb.Bytes()[start:end])
			blk.Section = section
		}
		fn(node, blk)
		return ast.WalkSkipChildren, nil
	})
}

// collectInline appends the prose of node's inline children to w.tb,
// recording the segments that map it back to the source.
func (w *prose) collectInline(node ast.Node) {
	for c := node.FirstChild(); c != nil; c = c.NextSibling() {
		switch nd := c.(type) {
		case *ast.Text:
			seg := nd.Segment
			if seg.Stop > seg.Start {
				w.addSegment(w.body[seg.Start:seg.Stop], w.base+seg.Start)
			}
			if nd.SoftLineBreak() || nd.HardLineBreak() {
				w.tb.WriteByte(' ')
			}
		case *ast.String:
			w.tb.Write(nd.Value)
		case *ast.CodeSpan, *ast.RawHTML, *ast.AutoLink, *ast.Image:
			// not prose
		case *extast.FootnoteLink, *extast.FootnoteBacklink:
		default:
			w.collectInline(c)
		}
	}
}

func (w *prose) addSegment(b []byte, srcOff int) {
	// Merge with the previous segment of the block when contiguous in both.
	if k := len(w.segs); k > w.from {
		s := &w.segs[k-1]
		if s.Text+s.Len == w.tb.Len() && s.Source+s.Len == srcOff {
			s.Len += len(b)
			w.tb.Write(b)
			return
		}
	}
	w.segs = append(w.segs, timeline.Segment{Text: w.tb.Len(), Source: srcOff, Len: len(b)})
	w.tb.Write(b)
}

// anchors holds "p1p2…p<maxAnchor>": the anchors of the first blocks are
// slices of it instead of a string each.
var anchors = func() string {
	b := make([]byte, 0, 4096)
	for i := 1; i <= maxAnchor; i++ {
		b = append(b, 'p')
		b = strconv.AppendInt(b, int64(i), 10)
	}
	return string(b)
}()

const maxAnchor = 999

// anchor returns the anchor of the nth prose block of a source: "p<n>".
func anchor(n int) string {
	if n < 1 || n > maxAnchor {
		return "p" + strconv.Itoa(n)
	}
	// "p1".."p9" take 2 bytes each, "p10".."p99" 3, "p100".."p999" 4.
	off, size := 0, 2
	switch {
	case n < 10:
		off = (n - 1) * 2
	case n < 100:
		off, size = 9*2+(n-10)*3, 3
	default:
		off, size = 9*2+90*3+(n-100)*4, 4
	}
	return anchors[off : off+size]
}
