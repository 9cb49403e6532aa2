package content

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"

	"github.com/timeline-tool/timeline/timeline"
)

func TestParseFrontMatter(t *testing.T) {
	src := "---\ntitle: Hello\ndate: January 28, 2025\nurl: https://example.com/a\ntags: [Syria, russia, syria]\nnews: true\n---\n\nBody text.\n"
	doc := Parse("a.md", []byte(src), Options{})
	if len(doc.Diagnostics) != 0 {
		t.Fatalf("unexpected diagnostics: %v", doc.Diagnostics)
	}
	m := doc.Meta
	if m.Title != "Hello" || m.Date != "2025-01-28" || m.URL != "https://example.com/a" || !m.News || !m.Timeline {
		t.Errorf("meta = %+v", m)
	}
	if strings.Join(m.Tags, ",") != "syria,russia" {
		t.Errorf("tags = %v, want syria,russia (lowercased, deduplicated)", m.Tags)
	}
	if m.Lines["date"] != 3 || m.Lines["url"] != 4 {
		t.Errorf("lines = %v", m.Lines)
	}
	if string(doc.Text) != "Body text." {
		t.Errorf("text = %q", doc.Text)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		want      string
	}{
		// Broken YAML: the line is the file's, not the YAML block's.
		{"yaml syntax", "---\ntitle: ok\nb: c: d\n---\nx\n", 3, "invalid front matter: mapping values are not allowed"},
		{"yaml tab", "---\ntitle: ok\n\tb: 2\n---\nx\n", 3, "tab character"},
		{"unclosed", "---\ntitle: x\n\nbody\n", 1, "never closed"},
		{"bad date", "---\ntitle: x\ndate: not a date\n---\n", 3, "cannot read \"not a date\" as a date"},
		{"title list", "---\ntitle: [a, b]\n---\n", 2, "must be text"},
		{"news not bool", "---\nnews: maybe\n---\n", 2, "true or false"},
		{"javascript url", "---\nurl: javascript:alert(1)\n---\n", 2, "must start with http"},
		{"data url", "---\nurl: 'data:text/html,<script>alert(1)</script>'\n---\n", 2, "must start with http"},
		{"not a mapping", "---\n- a\n- b\n---\n", 2, "expected key: value"},
		{"event without date", "---\nevents:\n  - headline: x\n---\n", 3, "event has no date"},
		{"invalid utf8", "---\ntitle: x\n---\nok \xff\n", 4, "invalid UTF-8"},
		{"nul byte", "hello\x00", 1, "NUL byte"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse("dir/f.md", []byte(tt.src), Options{})
			if !doc.Diagnostics.HasErrors(false) {
				t.Fatalf("no error; diagnostics %v", doc.Diagnostics)
			}
			d := doc.Diagnostics[0]
			if d.Path != "dir/f.md" || d.Line != tt.line || !strings.Contains(d.Message, tt.want) {
				t.Errorf("got %q, want line %d containing %q", d.String(), tt.line, tt.want)
			}
		})
	}
}

func TestProseSkipsCodeAndHTML(t *testing.T) {
	src := "# Title\n\nIn *March* 2020 it [began](http://x.y/2019).\n\n```\nOn 1 May 1999 code\n```\n\n<div>On 2 May 1999 html</div>\n\n- item one\n- item `2 May` two\n"
	doc := Parse("a.md", []byte(src), Options{})
	want := "Title\n\nIn March 2020 it began.\n\nitem one\n\nitem  two"
	if string(doc.Text) != want {
		t.Fatalf("text = %q\nwant   %q", doc.Text, want)
	}
	if len(doc.Blocks) != 4 || doc.Blocks[0].Kind != timeline.Heading || doc.Blocks[1].Section != "Title" {
		t.Fatalf("blocks = %+v", doc.Blocks)
	}
	// Offsets map back to the file: "March" in the text is "March" in the source.
	off := strings.Index(string(doc.Text), "March")
	so := doc.SourceOffset(off)
	if string(doc.Source[so:so+5]) != "March" {
		t.Errorf("source offset %d points at %q", so, doc.Source[so:so+5])
	}
	if line, _ := doc.Position(off); line != 3 {
		t.Errorf("line = %d, want 3", line)
	}
	if a := doc.Blocks[1].Anchor; a != "p2" {
		t.Errorf("anchor = %q", a)
	}
}

func TestPositionAfterFrontMatter(t *testing.T) {
	src := "---\ntitle: t\n---\n\nFirst line\nsecond line with 1999.\n"
	doc := Parse("a.md", []byte(src), Options{})
	off := strings.Index(string(doc.Text), "1999")
	line, col := doc.Position(off)
	if line != 6 || col != 18 {
		t.Errorf("position = %d:%d, want 6:18", line, col)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two! Three?", []string{"One.", "Two!", "Three?"}},
		{"Mr. Smith went to Washington. He left.", []string{"Mr. Smith went to Washington.", "He left."}},
		{"It began on Sept. 30 in the U.S. Then it ended.", []string{"It began on Sept. 30 in the U.S. Then it ended."}},
		{"J. R. R. Tolkien wrote. \"Yes,\" he said.", []string{"J. R. R. Tolkien wrote.", "\"Yes,\" he said."}},
		{"In 1999. 2000 was next.", []string{"In 1999.", "2000 was next."}},
		{"Prices rose 3.5 percent. e.g. this stays.", []string{"Prices rose 3.5 percent. e.g. this stays."}},
		{"He said (quietly.) Then left.", []string{"He said (quietly.)", "Then left."}},
		{"No end", []string{"No end"}},
	}
	for _, tt := range tests {
		b := []byte(tt.in)
		var got []string
		for _, s := range Sentences(b, timeline.Span{Start: 0, End: len(b)}) {
			got = append(got, string(b[s.Start:s.End]))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestListAndSlug(t *testing.T) {
	fsys := fstest.MapFS{
		"b.md":           {Data: []byte("x")},
		"a/c.markdown":   {Data: []byte("x")},
		"notes.txt":      {Data: []byte("x")},
		".hidden/d.md":   {Data: []byte("x")},
		"_drafts/e.md":   {Data: []byte("x")},
		"A/Long Name.md": {Data: []byte("x")},
	}
	got, err := List(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "A/Long Name.md,a/c.markdown,b.md" {
		t.Errorf("List = %v", got)
	}
	for in, want := range map[string]string{"A/Long Name.md": "a-long-name", "x/../y.md": "x-y", "@@.md": "source", "Été 2020.md": "t-2020"} {
		if s := Slug(in); s != want {
			t.Errorf("Slug(%q) = %q, want %q", in, s, want)
		}
	}
}

func TestReadFileLimit(t *testing.T) {
	fsys := fstest.MapFS{"big.md": {Data: []byte(strings.Repeat("x", 100))}}
	if _, err := ReadFile(fsys, "big.md", Options{MaxBytes: 10}); err == nil || !strings.Contains(err.Error(), "big.md: source is 100 bytes, larger than the limit of 10") {
		t.Errorf("err = %v", err)
	}
	if _, err := ReadFile(fsys, "missing.md", Options{}); err == nil || !strings.HasPrefix(err.Error(), "missing.md: ") {
		t.Errorf("err = %v", err)
	}
}

func TestRenderAnchorsAndHighlights(t *testing.T) {
	src := "---\ntitle: t\n---\n\nIt began on *1 May* 1999 and on 2 May 1999.\n\n- a list item\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n"
	doc := Parse("a.md", []byte(src), Options{})
	so := strings.Index(src, "2 May 1999")
	html, err := Render(doc, RenderOptions{Highlights: []Highlight{{Span: timeline.Span{Start: so, End: so + 10}, Href: "../index.html#e1"}}})
	if err != nil {
		t.Fatal(err)
	}
	s := string(html)
	for _, want := range []string{`<p id="p1">`, `<li id="p2">`, `<a href="../index.html#e1" class="date-phrase">2 May 1999</a>`} {
		if !strings.Contains(s, want) {
			t.Errorf("missing %s in\n%s", want, s)
		}
	}
	for _, bad := range []string{"<script>", "javascript:"} {
		if strings.Contains(s, bad) {
			t.Errorf("unsafe %q in output\n%s", bad, s)
		}
	}
}

func TestReadFileExact(t *testing.T) {
	for _, n := range []int{0, 1, 511, 512, 513, 3000, 4096, 70_000} {
		data := []byte(strings.Repeat("abcdefg\n", n/8+1)[:n])
		got, err := ReadFile(fstest.MapFS{"a.md": {Data: data}}, "a.md", Options{})
		if err != nil || string(got) != string(data) {
			t.Fatalf("%d bytes: got %d bytes, err %v", n, len(got), err)
		}
		if spare := cap(got) - len(got); spare > 1024 && spare > len(got)/8 {
			t.Errorf("%d bytes: %d bytes of spare capacity kept", n, spare)
		}
	}
}

func TestLineIndex(t *testing.T) {
	for _, s := range []string{"", "a", "\n", "a\nb", "a\nb\n", "\n\n\nx\n"} {
		got, want := lineIndex([]byte(s)), timeline.LineIndex([]byte(s))
		if fmt.Sprint(got) != fmt.Sprint(want) || cap(got) != len(got) {
			t.Errorf("lineIndex(%q) = %v (cap %d), want %v", s, got, cap(got), want)
		}
	}
}

func TestAnchor(t *testing.T) {
	for n := 1; n <= maxAnchor+2; n++ {
		if got, want := anchor(n), fmt.Sprintf("p%d", n); got != want {
			t.Fatalf("anchor(%d) = %q, want %q", n, got, want)
		}
	}
	for k := range abbreviations {
		if len(k) > maxAbbreviation {
			t.Errorf("abbreviation %q is longer than maxAbbreviation", k)
		}
	}
}

func TestIsDangerousURL(t *testing.T) {
	for _, u := range []string{"", "javascript:alert(1)", "JavaScript:x", "JAVASCRIPT:", "javascrİpt:x", "vbscript:", "VBScript:x",
		"file:///etc", "FILE:x", "data:text/html,x", "DATA:image/png;base64,x", "data:image/PNG;x", "data:image/svg+xml,x",
		"data:image/", "data:image/gif;", "data:image/jpeg;", "data:image/webp;", "data:imagE/Webp;x", "https://x.y/", "../a.html#e1",
		"\xffjavascript:", "javascript\xff:", "jav\u212Ascript:", "ja", "dAtA:"} {
		if got, want := isDangerousURL([]byte(u)), html.IsDangerousURL([]byte(u)); got != want {
			t.Errorf("isDangerousURL(%q) = %v, want %v as goldmark's", u, got, want)
		}
	}
}

func TestEmailLocal(t *testing.T) {
	for c := 0; c < 256; c++ {
		if got, want := emailLocal[c], util.FindEmailIndex([]byte{byte(c), '@', 'a', '.', 'b'}) >= 0; got != want {
			t.Errorf("emailLocal[%q] = %v, goldmark reads it as local part: %v", byte(c), got, want)
		}
	}
}
