package content

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"

	"github.com/timeline-tool/timeline/timeline"
)

// referenceRender is Render as it was before its own node renderers:
// ids and the date-phrase class as goldmark attributes, date phrases as
// plain links, goldmark's HTML renderer for every node. Render must give
// the same bytes.
func referenceRender(doc *timeline.Document, opts RenderOptions) ([]byte, error) {
	_, _, bodyStart, _ := splitFrontMatter(doc.Source)
	body := doc.Source[bodyStart:]
	if _, msg, ok := checkComplexity(body); !ok {
		return nil, errors.New(msg)
	}
	md := Markdown()
	if opts.Unsafe {
		md.Renderer().AddOptions(html.WithUnsafe())
	}
	root := md.Parser().Parse(text.NewReader(body))
	hl := opts.Highlights
	var w prose
	w.reset(body, bodyStart)
	forEachBlock(root, &w, func(node ast.Node, blk timeline.Block) {
		target := node
		if _, ok := node.(*ast.TextBlock); ok && node.Parent() != nil {
			target = node.Parent()
		}
		target.SetAttributeString("id", []byte(blk.Anchor))
		for len(hl) > 0 && hl[0].Span.Start < blk.Text.End {
			if hl[0].Span.Start >= blk.Text.Start {
				referenceMarkSpan(node, bodyStart, doc, hl[0])
			}
			hl = hl[1:]
		}
	})
	if opts.Link != nil {
		_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if l, ok := n.(*ast.Link); ok && entering {
				if dest, ok := opts.Link(string(l.Destination)); ok {
					l.Destination = []byte(dest)
				}
			}
			return ast.WalkContinue, nil
		})
	}
	var out bytes.Buffer
	err := md.Renderer().Render(&out, body, root)
	return out.Bytes(), err
}

func referenceMarkSpan(node ast.Node, bodyStart int, doc *timeline.Document, h Highlight) {
	from := doc.SourceOffset(h.Span.Start) - bodyStart
	to := doc.SourceOffset(h.Span.End) - bodyStart
	if to <= from {
		return
	}
	var texts []*ast.Text
	_ = ast.Walk(node, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering {
			if t.Segment.Stop > from && t.Segment.Start < to {
				texts = append(texts, t)
			}
		}
		return ast.WalkContinue, nil
	})
	if len(texts) == 0 {
		return
	}
	first, last := texts[0], texts[len(texts)-1]
	if first.Parent() != last.Parent() {
		return
	}
	parent := first.Parent()
	for p := parent; p != nil; p = p.Parent() {
		if p.Kind() == ast.KindLink || p.Kind() == ast.KindAutoLink {
			return
		}
	}
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
	link := ast.NewLink()
	link.Destination = []byte(h.Href)
	if h.Title != "" {
		link.Title = []byte(h.Title)
	}
	link.SetAttributeString("class", []byte("date-phrase"))
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
}

// sameAsReference checks Render against referenceRender with and without
// highlights (every four-digit run and every word after "in "), links
// rewritten or not, safe and unsafe.
func sameAsReference(t *testing.T, doc *timeline.Document) {
	t.Helper()
	hl := yearHighlights(doc.Text)
	for _, sp := range inWords(doc.Text) {
		hl = append(hl, Highlight{Span: sp, Href: "javascript:x&\"<", Title: "a \"b\" &amp; <c>"})
	}
	sortHighlights(hl)
	link := func(dest string) (string, bool) {
		if strings.HasSuffix(dest, ".md") || strings.Contains(dest, "index") {
			return "../" + dest + ".html#x y", true
		}
		return "", false
	}
	for _, opts := range []RenderOptions{{}, {Unsafe: true}, {Highlights: hl, Link: link}, {Unsafe: true, Highlights: hl, Link: link}} {
		want, werr := referenceRender(doc, opts)
		opts.Highlights = inSource(doc, opts.Highlights)
		got, err := Render(doc, opts)
		if (err != nil) != (werr != nil) {
			t.Fatalf("Render error %v, reference error %v", err, werr)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("Render (unsafe %v, %d highlights) of %q:\n%s\nreference:\n%s", opts.Unsafe, len(opts.Highlights), doc.Source, got, want)
		}
	}
}

// inWords returns the span of every word after "in " in text.
func inWords(text []byte) []timeline.Span {
	var out []timeline.Span
	for k := 0; k+4 < len(text); k++ {
		if string(text[k:k+3]) == "in " {
			e := k + 3
			for e < len(text) && text[e] != ' ' {
				e++
			}
			out = append(out, timeline.Span{Start: k + 3, End: e})
		}
	}
	return out
}

// inSource maps highlights of doc.Text (what the reference takes: spans
// as the tagger finds them) to doc.Source (what Render takes: events
// carry their phrases' spans in Source), sorted by start as Render wants.
func inSource(doc *timeline.Document, hl []Highlight) []Highlight {
	out := make([]Highlight, len(hl))
	for i, h := range hl {
		h.Span = timeline.Span{Start: doc.SourceOffset(h.Span.Start), End: doc.SourceOffset(h.Span.End)}
		out[i] = h
	}
	sortHighlights(out)
	return out
}

func sortHighlights(hl []Highlight) {
	for i := 1; i < len(hl); i++ {
		for j := i; j > 0 && hl[j].Span.Start < hl[j-1].Span.Start; j-- {
			hl[j], hl[j-1] = hl[j-1], hl[j]
		}
	}
}

func TestRenderAsReference(t *testing.T) {
	for _, src := range []string{
		"# Title\n\nIn 1999 it [began](a.md) in *March 2000* and in May.\n\n- in 2001\n- item in 2002\n  - nested in 2003\n\n1. in 2004\n\n   loose in 2005\n",
		"| a in 2006 | b |\n|---|---|\n| in 2007 | [x](index) |\n\n> quote in 2008\n\n<div>in 2009</div>\n\n`in 2010`\n",
		"Text[^1] in 2011.\n\n[^1]: Note in 2012.\n\n![img in 2013](x.png) <http://a.b/in> www.c.d in 2014 e@f.gh\n",
		"## in 2015 {#custom}\n\nSetext in 2016\n---\n\n- # heading in 2017\n  text in 2018\n- [ ] task in 2019\n",
		"[javascript](javascript:alert(1)) [data](data:image/png;x) [DATA](DATA:text/html,x) [in 2020](\"t\" 'title')\n",
	} {
		sameAsReference(t, Parse("a.md", []byte(src), Options{}))
	}
}

// TestRenderWith checks that RenderWith hands over what Render returns,
// for a kept and for a dropped (read again) source, page after page with
// the pooled memory reused, and passes on the error of its use.
func TestRenderWith(t *testing.T) {
	srcs := []string{
		"---\ntitle: A\n---\n\nIn 1999 it began in *March 2000*.\n\n- in 2001\n",
		"A longer source read into the same memory in 2002, with [a link](b.md) in 2003.\n\n> and a quote in 2004\n",
		"Short in 2005.\n",
	}
	for round := 0; round < 2; round++ {
		for _, src := range srcs {
			doc := Parse("a.md", []byte(src), Options{})
			opts := RenderOptions{Highlights: []Highlight{{Span: timeline.Span{Start: strings.Index(src, "in 2"), End: strings.Index(src, "in 2") + 7}, Href: "../y.html#e", Title: "t"}}}
			want, err := Render(doc, opts)
			if err != nil {
				t.Fatal(err)
			}
			if round == 1 { // as a dropping loader leaves it
				kept := doc.Source
				doc.Source = nil
				doc.Reread = func(buf []byte) ([]byte, error) { return append(buf[:0], kept...), nil }
			}
			var got []byte
			if err := RenderWith(doc, opts, func(html []byte) error { got = bytes.Clone(html); return nil }); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("round %d: RenderWith gave\n%s\nRender gave\n%s", round, got, want)
			}
		}
	}
	stop := errors.New("stop")
	if err := RenderWith(Parse("a.md", []byte(srcs[0]), Options{}), RenderOptions{}, func([]byte) error { return stop }); err != stop {
		t.Errorf("RenderWith returned %v, want its use's error", err)
	}
}

// samePageAsRender checks that a page made ahead (ParseTree, Page) and
// filled by RenderWith is the page Render makes from the source, with
// highlights as sameAsReference makes them plus an empty one and a
// duplicate, links rewritten or not, safe and unsafe; that the filling
// did not read the source; and that highlights other than the ones
// marked make RenderWith render from the source instead. needPage: the
// source must get a page (false for fuzzed input).
func samePageAsRender(t *testing.T, src string, needPage bool) {
	t.Helper()
	doc := Parse("a.md", []byte(src), Options{})
	if doc.Diagnostics.HasErrors(false) {
		return
	}
	var hl []Highlight
	for _, sp := range inWords(doc.Text) {
		hl = append(hl, Highlight{Span: sp, Href: "../years/y.html#e" + strconv.Itoa(sp.Start), Title: "a \"b\" & <c>"})
	}
	for i, h := range yearHighlights(doc.Text) {
		h.Href = "javascript:x&\"<" + strconv.Itoa(i)
		hl = append(hl, h)
	}
	hl = inSource(doc, hl)
	if len(hl) > 0 {
		dup := hl[0]
		dup.Href += "-dup"
		hl = append(hl, dup, Highlight{Span: timeline.Span{Start: hl[0].Span.Start, End: hl[0].Span.Start}, Href: "empty"})
	}
	slices.SortStableFunc(hl, func(a, b Highlight) int { return ComparePhrases(a.Span, b.Span) })
	spans := make([]timeline.Span, len(hl))
	for i := range hl {
		spans[i] = hl[i].Span
	}
	link := func(dest string) (string, bool) { // as a site's: only what MayNameSource lets through
		if MayNameSource(dest) && strings.HasSuffix(dest, ".md") {
			return "../" + dest + ".html#x y", true
		}
		return "", false
	}
	for _, opts := range []RenderOptions{{Highlights: hl}, {Unsafe: true, Highlights: hl}, {Highlights: hl, Link: link}, {Unsafe: true, Highlights: hl, Link: link}} {
		want, err := Render(doc, opts)
		if err != nil {
			t.Fatal(err)
		}
		pd := ParseTree("a.md", []byte(src), Options{}, opts.Unsafe)
		if !bytes.Equal(pd.Doc.Text, doc.Text) || !reflect.DeepEqual(pd.Doc.Blocks, doc.Blocks) {
			t.Fatalf("ParseTree read other prose than Parse from %q", src)
		}
		page := pd.Page(spans)
		pd.Release()
		if page == nil {
			if needPage {
				t.Fatalf("no page made ahead for %q", src)
			}
			continue
		}
		filled := &timeline.Document{Path: "a.md", Page: page} // no source: filling must not need it
		got, err := Render(filled, opts)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("page made ahead of %q (unsafe %v, link %v), filled:\n%s\nrendered:\n%s", src, opts.Unsafe, opts.Link != nil, got, want)
		}
		// Other highlights, or a link rewriting a phrase's: rendered from the source.
		withPage := *doc
		withPage.Page = page
		other := opts
		if len(hl) > 1 {
			other.Highlights = hl[1:]
		}
		other.Link = func(dest string) (string, bool) {
			if strings.HasPrefix(dest, "../years/") {
				return dest + "-moved", true
			}
			return link(dest)
		}
		want, _ = Render(doc, other)
		if got, err := Render(&withPage, other); err != nil || !bytes.Equal(got, want) {
			t.Fatalf("page made ahead of %q with other highlights or links gave\n%s\nrendered:\n%s", src, got, want)
		}
	}
}

func TestPageMadeAhead(t *testing.T) {
	for _, src := range []string{
		"# Title\n\nIn 1999 it [began](a.md) in *March 2000* and in May.\n\n- in 2001\n- item in 2002\n  - nested in 2003\n\n1. in 2004\n\n   loose in 2005\n",
		"| a in 2006 | b |\n|---|---|\n| in 2007 | [x](index) |\n\n> quote in 2008\n\n<div>in 2009</div>\n\n`in 2010`\n",
		"Text[^1] in 2011.\n\n[^1]: Note in 2012.\n\n![img in 2013](x.png) <http://a.b/in> www.c.d in 2014 e@f.gh\n",
		"## in 2015 {#custom}\n\nSetext in 2016\n---\n\n- # heading in 2017\n  text in 2018\n- [ ] task in 2019\n",
		"[javascript](javascript:alert(1)) [data](data:image/png;x) [in 2020](b.md \"t\") [in 2021](c.md \"\") [x%2Emd](x%2Emd) see [in 2022 the report](d.md#p3?x)\n",
		"---\ntitle: T\n---\n\nSee [the earlier report](source-000883.md) in 1999, and [that one in 2001](../b/other.markdown 'with \"title\"').\n",
	} {
		samePageAsRender(t, src, true)
	}
}

// TestRenderWithUnreadablePage: a page made ahead that cannot be read
// back is rendered from the source instead.
func TestRenderWithUnreadablePage(t *testing.T) {
	src := "On 3 May 2001 it [opened](b.md).\n"
	pd := ParseTree("a.md", []byte(src), Options{}, false)
	hl := []Highlight{{Span: timeline.Span{Start: 3, End: 13}, Href: "../y.html#e1", Title: "3 May 2001"}}
	page := pd.Page([]timeline.Span{hl[0].Span})
	pd.Release()
	if page == nil {
		t.Fatal("no page made ahead")
	}
	doc := Parse("a.md", []byte(src), Options{})
	want, _ := Render(doc, RenderOptions{Highlights: hl})
	page.HTML, page.ReadHTML = nil, func([]byte) ([]byte, error) { return nil, errors.New("gone") }
	doc.Page = page
	got, err := Render(doc, RenderOptions{Highlights: hl})
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("unreadable page rendered as %q, %v; want %q", got, err, want)
	}
}
