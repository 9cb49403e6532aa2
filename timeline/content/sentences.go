package content

import (
	"unicode"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// abbreviations end with a period but rarely end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "mt": true, "ft": true,
	"gen": true, "col": true, "lt": true, "capt": true, "cmdr": true, "sgt": true, "maj": true, "adm": true,
	"sen": true, "rep": true, "gov": true, "pres": true, "rev": true, "hon": true, "jr": true, "sr": true,
	"inc": true, "corp": true, "ltd": true, "co": true, "bros": true, "no": true, "nos": true, "vol": true,
	"vs": true, "etc": true, "approx": true, "est": true, "dept": true, "univ": true, "ave": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "e.g": true, "i.e": true,
	"c": true, "ca": true, "cf": true, "fig": true, "p": true, "pp": true, "u.s": true, "u.k": true, "u.n": true,
	"a.m": true, "p.m": true, "a.d": true, "b.c": true,
}

// maxAbbreviation is the length of the longest key of abbreviations.
const maxAbbreviation = 6

// Sentences splits the block span of text into sentence spans. A sentence
// ends at '.', '!' or '?' (with closing quotes or brackets) followed by
// space and a capital letter, digit or opening quote, unless the period
// closes a known abbreviation or a single initial.
func Sentences(text []byte, block timeline.Span) []timeline.Span {
	return appendSentences(nil, text, block)
}

// appendSentences appends the sentences of block to out.
func appendSentences(out []timeline.Span, text []byte, block timeline.Span) []timeline.Span {
	start := skipSpace(text, block.Start, block.End)
	for i := start; i < block.End; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < block.End && isCloser(text[j]) {
			j++
		}
		if j >= block.End {
			break
		}
		if text[j] != ' ' && text[j] != '\n' && text[j] != '\t' {
			continue
		}
		k := skipSpace(text, j, block.End)
		if k >= block.End {
			break
		}
		r, _ := utf8.DecodeRune(text[k:])
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\'' || r == '\u201c' || r == '(' || r == '*') {
			continue
		}
		if c == '.' && isAbbreviation(text, start, i) {
			continue
		}
		out = append(out, timeline.Span{Start: start, End: j})
		start = k
		i = k - 1
	}
	if start < block.End {
		end := block.End
		for end > start && (text[end-1] == ' ' || text[end-1] == '\n') {
			end--
		}
		if end > start {
			out = append(out, timeline.Span{Start: start, End: end})
		}
	}
	return out
}

func isCloser(c byte) bool {
	return c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == '_'
}

func skipSpace(text []byte, i, end int) int {
	for i < end && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
		i++
	}
	// Closing typographic quotes after a period: skip them too.
	return i
}

// isAbbreviation reports whether the word ending just before the period at
// dot is an abbreviation or an initial ("J.", "U.S.").
func isAbbreviation(text []byte, lo, dot int) bool {
	w := dot
	for w > lo && (isWordByte(text[w-1]) || text[w-1] == '.') {
		w--
	}
	word := text[w:dot]
	if len(word) == 0 {
		return false
	}
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return true // an initial
	}
	if len(word) > maxAbbreviation {
		return false
	}
	var buf [maxAbbreviation]byte
	lower := buf[:len(word)]
	for i, c := range word {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	return abbreviations[string(lower)]
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
