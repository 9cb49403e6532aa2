package content

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"

	"github.com/timeline-tool/timeline/timeline"
)

// pageRenderer renders the nodes Render adds to or marks in the tree
// byte for byte as goldmark's HTML renderer does, without what that costs
// per node there: the block ids come from ids instead of an attribute
// slice of ten allocated on each block, date phrases are links of their
// own type instead of links with a class attribute, and a URL is tested
// for a dangerous scheme without lower-casing copies of its prefix.
type pageRenderer struct {
	unsafe bool
	// marks renders date phrases as marks to fill later (see Parsed.Page)
	// instead of links; nmarks counts the marks written.
	marks   bool
	nmarks  int
	links   []timeline.PageLink // the links marked, in order
	spoiled bool                // a link was marked that cannot be filled
	// ids holds the anchor of each paragraph, heading and list item that
	// gets one, for the page being rendered.
	ids map[ast.Node]string
}

// datePhrase is a highlighted date phrase: a link with class
// "date-phrase". It is an *ast.Link in all but its Go type (its Kind is
// ast.KindLink), so the tree around it sees a link.
type datePhrase struct {
	ast.Link
	href string // Destination, as given
	idx  int    // the highlight it is, in the order given
}

// A page rendered for filling later (timeline.PageCache) has a mark
// where each date phrase link opens, markOpen and the highlight's index
// in four hex digits, and one where it closes, markClose. Sources with a
// NUL byte are refused when loaded, so every NUL of such a page is a
// mark's (Parsed.Page checks).
const (
	markOpen  = "\x00o"
	markClose = "\x00c"
	markLink  = "\x00l" // a link that may name a source, its index in four hex digits
	maxMarks  = 1 << 16
)

func (r *pageRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindParagraph, r.renderParagraph)
	reg.Register(ast.KindHeading, r.renderHeading)
	reg.Register(ast.KindListItem, r.renderListItem)
	reg.Register(ast.KindLink, r.renderLink)
}

// The functions below are goldmark's (renderer/html, v1.8.7) with the id
// of ids written as SetAttribute would have put it among the attributes.

func (r *pageRenderer) renderParagraph(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		if id, ok := r.ids[n]; ok || n.Attributes() != nil {
			_, _ = w.WriteString("<p")
			renderAttributes(w, n, html.ParagraphAttributeFilter, id, ok)
			_ = w.WriteByte('>')
		} else {
			_, _ = w.WriteString("<p>")
		}
	} else {
		_, _ = w.WriteString("</p>\n")
	}
	return ast.WalkContinue, nil
}

func (r *pageRenderer) renderHeading(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Heading)
	if entering {
		_, _ = w.WriteString("<h")
		_ = w.WriteByte("0123456"[n.Level])
		if id, ok := r.ids[n]; ok || n.Attributes() != nil {
			renderAttributes(w, n, html.HeadingAttributeFilter, id, ok)
		}
		_ = w.WriteByte('>')
	} else {
		_, _ = w.WriteString("</h")
		_ = w.WriteByte("0123456"[n.Level])
		_, _ = w.WriteString(">\n")
	}
	return ast.WalkContinue, nil
}

func (r *pageRenderer) renderListItem(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		if id, ok := r.ids[n]; ok || n.Attributes() != nil {
			_, _ = w.WriteString("<li")
			renderAttributes(w, n, html.ListItemAttributeFilter, id, ok)
			_ = w.WriteByte('>')
		} else {
			_, _ = w.WriteString("<li>")
		}
		fc := n.FirstChild()
		if fc != nil {
			if _, ok := fc.(*ast.TextBlock); !ok {
				_ = w.WriteByte('\n')
			}
		}
	} else {
		_, _ = w.WriteString("</li>\n")
	}
	return ast.WalkContinue, nil
}

func (r *pageRenderer) renderLink(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	dp, phrase := node.(*datePhrase)
	if phrase && r.marks {
		if entering {
			_, _ = w.WriteString(markOpen)
			_, _ = w.Write(hex4(dp.idx))
			r.nmarks++
		} else {
			_, _ = w.WriteString(markClose)
			r.nmarks++
		}
		return ast.WalkContinue, nil
	}
	if !entering {
		_, _ = w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	n, _ := node.(*ast.Link)
	if phrase {
		n = &dp.Link
	} else if r.marks && MayNameSource(string(n.Destination)) {
		if n.Attributes() != nil || len(r.links) == maxMarks {
			r.spoiled = true // a mark that cannot be filled: no page
		}
		_, _ = w.WriteString(markLink)
		_, _ = w.Write(hex4(len(r.links)))
		r.nmarks++
		r.links = append(r.links, timeline.PageLink{Dest: string(n.Destination), Title: string(n.Title), Titled: n.Title != nil})
		return ast.WalkContinue, nil
	}
	writeLinkOpen(w, n.Destination, n.Title, n, phrase, r.unsafe)
	return ast.WalkContinue, nil
}

// writeLinkOpen writes the opening tag of a link to dest with title (none
// when nil), the attributes of n (nil: none) and, for a date phrase, its
// class: the one copy, so a filled mark is what rendering writes.
func writeLinkOpen(w util.BufWriter, dest, title []byte, n ast.Node, phrase, unsafe bool) {
	_, _ = w.WriteString("<a href=\"")
	dest = util.URLEscape(dest, true)
	if unsafe || !isDangerousURL(dest) {
		_, _ = w.Write(util.EscapeHTML(dest))
	}
	_ = w.WriteByte('"')
	if title != nil {
		_, _ = w.WriteString(` title="`)
		html.DefaultWriter.Write(w, title)
		_ = w.WriteByte('"')
	}
	if n != nil && n.Attributes() != nil {
		html.RenderAttributes(w, n, html.LinkAttributeFilter)
	}
	if phrase {
		_, _ = w.WriteString(` class="date-phrase"`)
	}
	_ = w.WriteByte('>')
}

// hex4 is i (below maxMarks) in four hex digits.
func hex4(i int) []byte {
	const digits = "0123456789abcdef"
	return []byte{digits[i>>12&15], digits[i>>8&15], digits[i>>4&15], digits[i&15]}
}

// renderAttributes is html.RenderAttributes with the value of the "id"
// attribute replaced by id (appended when the node has none) if hasID.
func renderAttributes(w util.BufWriter, node ast.Node, filter util.BytesFilter, id string, hasID bool) {
	for _, attr := range node.Attributes() {
		if filter != nil && !filter.Contains(attr.Name) {
			if !bytes.HasPrefix(attr.Name, dataPrefix) {
				continue
			}
		}
		_, _ = w.WriteString(" ")
		_, _ = w.Write(attr.Name)
		_, _ = w.WriteString(`="`)
		var value []byte
		if hasID && string(attr.Name) == "id" {
			value = util.StringToReadOnlyBytes(id)
			hasID = false
		} else {
			switch typed := attr.Value.(type) {
			case []byte:
				value = typed
			case string:
				value = util.StringToReadOnlyBytes(typed)
			}
		}
		_, _ = w.Write(util.EscapeHTML(value))
		_ = w.WriteByte('"')
	}
	if hasID && (filter == nil || filter.Contains(idName)) {
		_, _ = w.WriteString(` id="`)
		_, _ = w.Write(util.EscapeHTML(util.StringToReadOnlyBytes(id)))
		_ = w.WriteByte('"')
	}
}

var (
	dataPrefix = []byte("data-")
	idName     = []byte("id")
)

// isDangerousURL is html.IsDangerousURL without its allocations: the
// prefixes are lower-case ASCII, so comparing ASCII bytes folded to lower
// case is the same test as comparing bytes.ToLower copies (a non-ASCII
// rune never lowers to the same bytes as an ASCII prefix of equal length).
func isDangerousURL(url []byte) bool {
	if hasPrefixFold(url, "data:image/") && len(url) >= 11 {
		v := url[11:]
		if hasPrefixFold(v, "png;") || hasPrefixFold(v, "gif;") ||
			hasPrefixFold(v, "jpeg;") || hasPrefixFold(v, "webp;") {
			return false
		}
		return true
	}
	return hasPrefixFold(url, "javascript:") || hasPrefixFold(url, "vbscript:") ||
		hasPrefixFold(url, "file:") || hasPrefixFold(url, "data:")
}

func hasPrefixFold(s []byte, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// bufWriter lets goldmark render straight into a bytes.Buffer: given a
// plain io.Writer it puts a new 4 KB bufio.Writer in front of it for
// each page.
type bufWriter struct{ *bytes.Buffer }

func (bufWriter) Buffered() int { return 0 }
func (bufWriter) Flush() error  { return nil }
