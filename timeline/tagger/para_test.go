package tagger

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestLineParagraphs checks which texts are taken to be written a
// paragraph to a line.
func TestLineParagraphs(t *testing.T) {
	long := strings.Repeat("The army crossed the river and marched on the town. ", 4)
	for _, c := range []struct {
		text string
		want bool
	}{
		{long + "\n" + long + "\n" + long, true},
		{"Background\n" + long + "\n" + long, true},             // a heading line among long lines
		{long + "\n\n" + long + "\n" + long, false},             // blank lines mark the paragraphs
		{long + "\n" + long + "\n\n\n", true},                   // blank lines at the end only
		{"A line wrapped\nat a fixed width\nby hand.\n", false}, // short lines: a wrapped paragraph
		{long, false}, // one line
		{"", false},
	} {
		if got := lineParagraphs([]byte(c.text)); got != c.want {
			t.Errorf("lineParagraphs(%.60q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestParagraphStyle checks that the tagger reads a text written a
// paragraph to a line as it reads the same text with its paragraphs
// parted by blank lines: every document of the hand-written sets, its
// blank lines between paragraphs made single line breaks, gives the same
// expressions with the same values.
func TestParagraphStyle(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no sets", err)
	}
	blank := regexp.MustCompile(`\n[ \t]*\n+`)
	same, differ := 0, 0
	for _, f := range files {
		docs, err := readDevSet(f)
		if err != nil {
			continue // not a set in the markup format
		}
		for _, d := range docs {
			if !blank.MatchString(d.Text) {
				continue
			}
			if !lineParagraphs([]byte(blank.ReplaceAllString(d.Text, "\n"))) {
				continue // wrapped by hand: its single breaks are no paragraphs
			}
			list := func(text string) string {
				var b strings.Builder
				for _, x := range New(Options{DCT: d.DCT}).Tag([]byte(text)).Timexes {
					fmt.Fprintf(&b, "%s|%s|%s|%s\n", x.Text, x.Type, x.Value, x.Mod)
				}
				return b.String()
			}
			if a, b := list(d.Text), list(blank.ReplaceAllString(d.Text, "\n")); a != b {
				differ++
				t.Errorf("%s %s: read differently a paragraph to a line:\n%s\nwith blank lines:\n%s", filepath.Base(f), d.ID, b, a)
			} else {
				same++
			}
		}
	}
	if same == 0 {
		t.Fatal("no document with blank lines between long paragraphs")
	}
	t.Logf("%d documents read alike, %d not", same, differ)
}

// TestLookup checks the open-addressed table against the lexicon's map:
// every word finds its entry, in any case, and words not in it find none.
func TestLookup(t *testing.T) {
	for w, idx := range lexIndex {
		if len(w) > maxWordLen {
			continue
		}
		if got := lookup([]byte(w)); got != idx {
			t.Errorf("lookup(%q) = %d, want %d", w, got, idx)
		}
		if got := lookup([]byte(strings.ToUpper(w))); got != idx && strings.ToLower(w) == w {
			t.Errorf("lookup(%q) = %d, want %d", strings.ToUpper(w), got, idx)
		}
	}
	for _, w := range []string{"zzyzx", "tuesdays-", "januaryx", "a", "x"} {
		if _, in := lexIndex[w]; !in && lookup([]byte(w)) != 0 {
			t.Errorf("lookup(%q) found an entry", w)
		}
	}
}

// TestCoreNamed checks that every word core asks for by spelling has a
// lexicon entry marked named: one without would skip core's test for it.
func TestCoreNamed(t *testing.T) {
	for _, w := range coreNamed {
		idx, ok := lexIndex[w]
		if !ok || !lexTable[idx].named {
			t.Errorf("%q: in lexicon %v, named %v", w, ok, ok && lexTable[idx].named)
		}
	}
}
