package site

import (
	"strings"
	"testing"
)

// referenceTextFragment is TextFragment as first written: split into
// words, join the edges, encode. appendTextFragment must match it.
func referenceTextFragment(rawURL, sentence string) string {
	words := strings.Fields(sentence)
	if len(words) == 0 {
		return ""
	}
	enc := func(s string) string { return string(appendTextDirective(nil, s)) }
	var directive string
	const edge = 4
	if len(words) <= 2*edge {
		directive = enc(strings.Join(words, " "))
	} else {
		directive = enc(strings.Join(words[:edge], " ")) + "," + enc(strings.Join(words[len(words)-edge:], " "))
	}
	if strings.Contains(rawURL, "#") {
		return ":~:text=" + directive
	}
	return "#:~:text=" + directive
}

var fragmentCases = []string{
	"", " ", "\t\n", "One.", " two  words ", "On 30 September 2015 Russia launched a military intervention in Syria.",
	"a b c d e f g h", "a b c d e f g h i", "a\u00a0b\u2003c\u0085d e f g h i j", "caf\xe9 \xff\xfe na\u00efve -,&# 100%",
	"\u3000lead and trail\u3000", "x\vy\fz\rw",
}

func TestTextFragmentMatchesReference(t *testing.T) {
	for _, s := range fragmentCases {
		for _, u := range []string{"https://a.example/x", "https://a.example/x#sec"} {
			if got, want := TextFragment(u, s), referenceTextFragment(u, s); got != want {
				t.Errorf("TextFragment(%q, %q) = %q, want %q", u, s, got, want)
			}
		}
	}
}

func FuzzTextFragment(f *testing.F) {
	for _, s := range fragmentCases {
		f.Add("https://a.example/x", s)
	}
	f.Fuzz(func(t *testing.T, u, s string) {
		if got, want := TextFragment(u, s), referenceTextFragment(u, s); got != want {
			t.Errorf("TextFragment(%q, %q) = %q, want %q", u, s, got, want)
		}
	})
}
