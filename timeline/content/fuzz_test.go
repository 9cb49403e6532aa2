package content

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

// FuzzParse checks the loader's invariants on any input: no panic, blocks
// and sentences inside the text and in order, and every segment's text
// equal to the source bytes it claims to come from.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: x\ndate: 2020-01-02\n---\n\nOn 1 May 1999 it began. Then *it* [ended](x.md).\n",
		"# H\n\n- a\n- b\n\n> quote 1999\n\n| a | b |\n|---|---|\n| 1 May | x |\n",
		"---\nevents:\n  - date: 2020\n    headline: h\ncorrections:\n  - phrase: x\n    suppress: true\n---\n",
		"---\n", "\xff\xfe", "```\ncode\n```\n", "a\\\nb  \nc",
		"foo <!--> foo -->\n\nfoo <!---> foo -->\n", // empty comments once sliced past their end
		"see www.a.org, (http://b.c/d) and *me@e.fg*; x@y ~ftp://h.i~ _www._\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc := Parse("f.md", src, Options{})
		prev := 0
		for _, b := range doc.Blocks {
			if b.Text.Start < prev || b.Text.End > len(doc.Text) || b.Text.Start >= b.Text.End {
				t.Fatalf("block span %v out of order or bounds (text %d bytes)", b.Text, len(doc.Text))
			}
			prev = b.Text.End
			sp := b.Text.Start
			for _, s := range b.Sentences {
				if s.Start < sp || s.End > b.Text.End || s.Start >= s.End {
					t.Fatalf("sentence %v outside block %v", s, b.Text)
				}
				sp = s.End
			}
			for _, s := range b.Segments {
				if s.Source < 0 || s.Source+s.Len > len(src) || s.Text+s.Len > len(doc.Text) {
					t.Fatalf("segment %+v out of bounds", s)
				}
				if !bytes.Equal(doc.Text[s.Text:s.Text+s.Len], src[s.Source:s.Source+s.Len]) {
					t.Fatalf("segment %+v: text %q != source %q", s, doc.Text[s.Text:s.Text+s.Len], src[s.Source:s.Source+s.Len])
				}
			}
		}
		for _, d := range doc.Diagnostics {
			if d.Path != "f.md" || d.Message == "" {
				t.Fatalf("bad diagnostic %+v", d)
			}
		}
		if _, err := Render(doc, RenderOptions{}); err != nil && !doc.Diagnostics.HasErrors(false) {
			t.Fatalf("render: %v", err)
		}
		if _, _, bodyStart, _ := splitFrontMatter(src); utf8.Valid(src) {
			if _, _, ok := checkComplexity(src[bodyStart:]); ok {
				sameAsGFM(t, src[bodyStart:])
				sameAsReference(t, doc)
			}
		}
	})
}

// sameAsGFM checks that Markdown renders src as goldmark's own GFM and
// footnote extensions do: its linkify only refuses faster.
func sameAsGFM(t *testing.T, src []byte) {
	t.Helper()
	ref := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote), goldmark.WithParserOptions(parser.WithAutoHeadingID()))
	var want, got bytes.Buffer
	if err := ref.Convert(src, &want); err != nil {
		t.Fatal(err)
	}
	if err := Markdown().Convert(src, &got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Fatalf("Markdown renders %q as\n%s\nGFM as\n%s", src, got.Bytes(), want.Bytes())
	}
	// A pooled instance remembers the last block its linkify looked at:
	// render twice with one.
	md := markdown(true, parser.WithAutoHeadingID())
	for range 2 {
		got.Reset()
		if err := md.Convert(src, &got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("a pooled Markdown renders %q as\n%s\nGFM as\n%s", src, got.Bytes(), want.Bytes())
		}
	}
}

// FuzzPageMadeAhead checks on any input that a page made while loading
// and filled when the site renders is the page rendered from the source
// (see samePageAsRender).
func FuzzPageMadeAhead(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: x\n---\n\nIn 1999 it [began](a.md \"t\") in *March 2000*, see [in 2001](b.md).\n",
		"# in 2002\n\n- in 2003 [x](y.md)\n\n> in 2004\n\n| in 2005 | [in 2006](c.markdown) |\n|---|---|\n",
		"Text[^1] in 2011.\n\n[^1]: Note in 2012 [n](n.md).\n\n<b>in 2013</b> &#0; in 2014\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		samePageAsRender(t, src, false)
	})
}
