package content

import (
	"fmt"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// sameTree reports the first difference between two node trees in what
// yaml.Unmarshal records, comments aside.
func sameTree(got, want *yaml.Node, path string) error {
	if got.Kind != want.Kind || got.Style != want.Style || got.Tag != want.Tag || got.Value != want.Value ||
		got.Line != want.Line || got.Column != want.Column || got.Anchor != want.Anchor || len(got.Content) != len(want.Content) {
		return fmt.Errorf("%s: got {Kind %d Style %d Tag %q Value %q %d:%d, %d children}, want {Kind %d Style %d Tag %q Value %q %d:%d, %d children}", path,
			got.Kind, got.Style, got.Tag, got.Value, got.Line, got.Column, len(got.Content),
			want.Kind, want.Style, want.Tag, want.Value, want.Line, want.Column, len(want.Content))
	}
	for i := range got.Content {
		if err := sameTree(got.Content[i], want.Content[i], fmt.Sprintf("%s/%d", path, i)); err != nil {
			return err
		}
	}
	return nil
}

// checkSimpleYAML holds simpleYAML to yaml.Unmarshal wherever it answers.
func checkSimpleYAML(t *testing.T, yml []byte) bool {
	t.Helper()
	got, ok := simpleYAML(yml)
	if !ok {
		return false
	}
	var want yaml.Node
	if err := yaml.Unmarshal(yml, &want); err != nil {
		t.Fatalf("simpleYAML read %q, yaml.v3 fails: %v", yml, err)
	}
	if err := sameTree(got, &want, ""); err != nil {
		t.Fatalf("simpleYAML(%q): %v", yml, err)
	}
	return true
}

func TestSimpleYAML(t *testing.T) {
	tests := []struct {
		yml  string
		fast bool // whether simpleYAML answers (else yaml.v3 does)
	}{
		{"title: \"The council: Lima held talks\"\ndate: 2003-04-05\ntags: [space-3, media-2]\nurl: https://news.example.org/2003/story-1\n", true},
		{"title: Hello world  \nnews: true\ntimeline: false\nsummary: 'It''s'\n", false},
		{"title: Hello world  \nnews: yes\ntimeline: FALSE\nsummary: 'a b'\nauthor: Ann\n", true},
		{"\n\ntitle: x\n\ndate: January 28, 2025\n", true},
		{"title: null\ndate: ~\nurl: Null\n", false},
		{"title: null\nurl: NULL\n", true},
		{"tags: []\ncategories: [a,b , c d,Été, 2020, 1.5, true]\n", true},
		{"tags: [a, ]\n", false},
		{"tags: [a, [b]]\n", false},
		{"title: a: b\n", false},
		{"title: a #c\n", false},
		{"title: a#c\n", true},
		{"title: a:b\n", true},
		{"title: a:\n", false},
		{"title: \"a \\\" b\"\n", false},
		{"title: \"Kraków: Valparaíso – 1999\"\n", true},
		{"title: Kraków — 1999 ‘x’\n", true},
		{"title:   spaced\n", true},
		{"title:\n", false},
		{"title: x\ntitle: y\n", false},
		{"Title: x\ntitle: y\n", true},
		{"title: x\n  more\n", false},
		{"# comment\ntitle: x\n", false},
		{"title: x\r\n", false},
		{"title: x\ttab\n", false},
		{"events:\n  - date: 2020\n", false},
		{"tags:\n- a\n", false},
		{"1: x\n", false},
		{"true: x\nnull: y\n", true},
		{"title: 0x1F\ndate: 1e3\nurl: 12:30\nx: .inf\n", false},
		{"title: 0x1F\ndate: 1e3\nurl: 12:30\n", true},
		{"title: \"\"\n", true},
		{"title: ''\n", true},
		{"title: \"x\" y\n", false},
		{"title: x\u2028y\n", false},
		{"title: [a, b]\n", true},
		{"a-b_c: 1\n", true},
		{"-a: 1\n", false},
		{"date: 2020-01-02T10:00:00Z\nurl: http://x.y/a?b=c&d=e#f\ntitle: x :y - z, [w] {v}\n", true},
		{"date: 2001-12-14 21:59:43.10 -5\nnews: on\ntimeline: Off\nsummary: 100%\n", true},
		{"title: x\nauthor: [Ann Lee, Bo]\n", true},
		{"title: `x`\n", false},
		{"title: x`y`@z!\n", true},
	}
	for _, tt := range tests {
		if got := checkSimpleYAML(t, []byte(tt.yml)); got != tt.fast {
			t.Errorf("simpleYAML(%q) answered %v, want %v", tt.yml, got, tt.fast)
		}
	}
}

// FuzzSimpleYAML holds simpleYAML to yaml.Unmarshal on any input it reads.
func FuzzSimpleYAML(f *testing.F) {
	for _, s := range []string{
		"title: \"a: b\"\ndate: 2003-04-05\ntags: [x-3, y]\nurl: https://a.b/c\nnews: true\n",
		"title: 'x'\nsummary: a b  c\nauthor: Ann Lee\n", "tags: [a,b , c d,Été]\n", "k: v\n\n\nk2: v2\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, yml string) {
		if !strings.HasSuffix(yml, "\n") {
			yml += "\n"
		}
		if !isUTF8(yml) {
			return // Parse refuses such sources before their front matter
		}
		checkSimpleYAML(t, []byte(yml))
	})
}

func isUTF8(s string) bool {
	return strings.ToValidUTF8(s, "\uFFFD") == s
}
