package events

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// headlineMax is the longest headline in runes; longer ones are cut at a
// word boundary and end with an ellipsis.
const headlineMax = 90

// Headline trims a sentence to a readable title (see HeadlineFor); it is
// HeadlineFor without knowledge of the date phrase or the section.
func Headline(s string) string { return HeadlineFor(s, timeline.Span{}, "") }

// HeadlineFor makes the short title of an event from its sentence: the main
// clause, without the date (shown next to the headline anyway), without
// openers ("On 30 September 2015,", "After months of talks,"),
// parentheticals, relative and subordinate clauses ("..., which ...",
// "... after ...") and trailing attributions ("..., Reuters reported"),
// capitalised and cut to about 90 characters. phrase is the date phrase
// within s (a zero span when unknown). When what is left says little (a
// bare pronoun subject or fewer than three words) the paragraph's heading
// section is used instead, if there is one.
func HeadlineFor(s string, phrase timeline.Span, section string) string {
	full := strings.TrimSpace(s)
	h := full
	if phrase.End > phrase.Start && phrase.End <= len(s) {
		// "Tragedy struck early: on 27 January 1967, a fire killed ...":
		// the clause after a short lead-in is the news.
		if i := strings.LastIndex(s[:phrase.Start], ": "); i >= 0 && fieldCount(s[:i]) <= 6 {
			s = s[i+2:]
			phrase.Start -= i + 2
			phrase.End -= i + 2
		}
		h = dropDatePhrase(s, phrase)
	}
	h = dropParentheticals(h)
	h = dropOpener(h)
	h = cutClauses(h)
	h = dropTrailingDate(h)
	h = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(h), ".,;:!?"))
	if h == "" {
		h = strings.TrimRight(full, ".")
	}
	h = capitalise(h)
	if section != "" && weak(h) {
		return trimLength(section)
	}
	return trimLength(h)
}

// openers are words that may stand before a date phrase at the start of a
// sentence ("On", "In late", "By the end of").
var openers = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "from": true, "since": true, "during": true,
	"until": true, "till": true, "around": true, "about": true, "circa": true, "c.": true, "early": true,
	"late": true, "mid": true, "the": true, "end": true, "beginning": true, "start": true, "of": true,
	"then": true, "and": true, "but": true, "so": true, "later": true, "earlier": true, "that": true,
	"also": true, "already": true, "before": true, "after": true, "as": true, "of:": true, "sometime": true,
}

// dropDatePhrase removes the date phrase when it opens the sentence (with
// its prepositions and the comma after it) or closes it (with the
// preposition before it).
func dropDatePhrase(s string, p timeline.Span) string {
	before := s[:p.Start]
	onlyOpeners := true
	for w, rest := nextField(before); w != ""; w, rest = nextField(rest) {
		if !lowerIn(openers, strings.Trim(w, ",–—-")) {
			onlyOpeners = false
			break
		}
	}
	if onlyOpeners {
		rest := strings.TrimLeft(s[p.End:], " ")
		rest = strings.TrimLeft(strings.TrimPrefix(rest, ","), " ")
		if strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") {
			return s // "In 1440 — ..." keeps the date; what follows is no clause
		}
		return rest
	}
	after := strings.TrimSpace(s[p.End:])
	if strings.Trim(after, ".!?\"'”’)") == "" {
		head := strings.TrimRight(before, " ,")
		if i := strings.LastIndexByte(head, ' '); i >= 0 && lowerIn(openers, head[i+1:]) {
			head = head[:i]
		}
		if fieldCount(head) >= 2 {
			return head
		}
	}
	return s
}

// dropParentheticals removes (...) and [...] asides and footnote marks.
func dropParentheticals(s string) string {
	// One pass that does what removing the asides, then
	// strings.Join(strings.Fields(t), " ") and removing the space before
	// each comma and full stop would do; s itself when nothing changes.
	var stack [512]byte
	b := stack[:0]
	depth := 0
	space := false // a run of white space is pending
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		switch r {
		case '(', '[':
			depth++
			continue
		case ')', ']':
			if depth > 0 {
				depth--
				continue
			}
		}
		if depth > 0 || r == '*' {
			continue
		}
		if unicode.IsSpace(r) {
			space = len(b) > 0
			continue
		}
		if space && r != ',' && r != '.' {
			b = append(b, ' ')
		}
		space = false
		if r == utf8.RuneError && n == 1 {
			b = utf8.AppendRune(b, r) // as strings.Builder.WriteRune writes an invalid byte
		} else {
			b = append(b, s[i-n:i]...)
		}
	}
	if string(b) == s {
		return s
	}
	return string(b)
}

// openerWords start an introductory phrase that ends at the first comma:
// "After months of talks, the two sides ..." keeps "the two sides ...".
var openerWords = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "after": true, "before": true, "during": true,
	"since": true, "following": true, "from": true, "until": true, "when": true, "while": true,
	"although": true, "though": true, "as": true, "amid": true, "despite": true, "with": true,
	"within": true, "later": true, "earlier": true, "meanwhile": true, "however": true, "then": true,
	"over": true, "under": true, "around": true,
}

// relativeEnds close openers such as "A week later," or "Two days earlier,".
var relativeEnds = map[string]bool{"later": true, "earlier": true, "ago": true, "afterwards": true, "before": true}

// dropOpener removes an introductory phrase closed by a comma within the
// first 70 bytes, when a clause of at least three words follows it.
func dropOpener(s string) string {
	for range 2 { // "In 2015, after long talks, ..." has two
		i := openerComma(s)
		if i < 0 || i > 70 {
			return s
		}
		first, _ := nextField(s[:i])
		if first == "" {
			return s
		}
		if !lowerIn(openerWords, first) && !(fieldCount(s[:i]) <= 4 && lowerIn(relativeEnds, lastField(s[:i]))) {
			return s
		}
		rest := strings.TrimSpace(s[i+1:])
		if fieldCount(rest) < 3 {
			return s
		}
		s = rest
	}
	return s
}

// openerComma returns the first comma that is not inside a date ("On May
// 25, 1961, ..." closes at the second), or -1.
func openerComma(s string) int {
	for off := 0; ; {
		i := strings.IndexByte(s[off:], ',')
		if i < 0 {
			return -1
		}
		i += off
		rest := strings.TrimLeft(s[i+1:], " ")
		if rest == "" || rest[0] < '0' || rest[0] > '9' {
			return i
		}
		off = i + 1
	}
}

// clauseCuts end the main clause: relative and subordinate clauses and
// attributions. The text from the marker on is dropped when at least three
// words remain before it.
var clauseCuts = []string{
	", which ", ", who ", ", whom ", ", whose ", ", where ", ", when ", ", while ", ", as ", ", after ",
	", before ", ", following ", ", according to ", ", although ", ", though ", ", but ", ", because ",
	", despite ", ", amid ", ", including ", ", leaving ", ", ending ", ", making ", ", with ",
	"; ", " — ", " – ", ": ", " after ", " following ", " because ", " according to ", " which ",
	" amid ", " despite ", " so that ", " even though ", " although ", " while ",
}

// reporting verbs close an attribution: "..., Reuters reported".
var reportingVerbs = []string{"said", "says", "reported", "reports", "announced", "stated", "added", "noted", "wrote", "claimed", "told"}

func cutClauses(s string) string {
	s = s[:clauseCut(s)]
	// Trailing attribution after the last comma: ", RIA Novosti news agency reports".
	if i := strings.LastIndex(s, ", "); i >= 0 && fieldCount(s[:i]) >= 3 {
		tail := strings.TrimRight(s[i+2:], ". ")
		if n := fieldCount(tail); n >= 1 && n <= 6 {
			first, _ := nextField(tail)
			last := lastField(tail)
			for _, v := range reportingVerbs {
				if lowerIs(last, v) || lowerIs(first, v) {
					s = s[:i]
					break
				}
			}
		}
	}
	return s
}

// clauseCut returns where the main clause of s ends: the first occurrence
// of the clause marker that occurs first with at least three words before
// it (a marker whose first occurrence comes earlier is not tried again),
// or len(s). Markers are matched in the lower case of s.
func clauseCut(s string) int {
	var stack [512]byte
	lower, ok := lowerSamePositions(stack[:0], s)
	if !ok || len(clauseCuts) > 64 { // seen holds a bit per marker
		return clauseCutSlow(s)
	}
	third := fieldStart(s, 2) // fieldCount(s[:i]) >= 3 iff i > third
	var seen uint64           // markers met before
	for i, c := range lower {
		if c != ' ' && c != ',' && c != ';' && c != ':' {
			continue
		}
		for k, m := range clauseCuts {
			if m[0] != c || seen&(1<<k) != 0 || len(lower)-i < len(m) || string(lower[i:i+len(m)]) != m {
				continue
			}
			if third >= 0 && i > third {
				return i
			}
			seen |= 1 << k
		}
	}
	return len(s)
}

// clauseCutSlow is clauseCut for text whose lower case moves bytes (rare
// letters whose lower case is longer or shorter, invalid UTF-8).
func clauseCutSlow(s string) int {
	cut := len(s)
	lower := strings.ToLower(s)
	for _, m := range clauseCuts {
		if i := strings.Index(lower, m); i >= 0 && i < cut && fieldCount(s[:i]) >= 3 {
			cut = i
		}
	}
	return cut
}

// dropTrailingDate removes a date-looking tail introduced by "on" or "in"
// when no date phrase span was known: "... on 8 December 2024".
func dropTrailingDate(s string) string {
	t := strings.TrimRight(s, ". ")
	for _, prep := range []string{" on ", " in "} {
		i := strings.LastIndex(t, prep)
		if i < 0 || fieldCount(t[:i]) < 3 {
			continue
		}
		if looksLikeDate(t[i+len(prep):]) {
			return t[:i]
		}
	}
	return s
}

func looksLikeDate(s string) bool {
	if n := fieldCount(s); n == 0 || n > 4 {
		return false
	}
	var stack [32]byte
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		lw := appendLower(stack[:0], w)
		lw = bytes.Trim(lw, ",")
		if _, ok := monthWords[string(lw)]; ok {
			continue
		}
		if l := string(lw); l == "bc" || l == "ad" || l == "the" || l == "of" {
			continue
		}
		digits := bytes.TrimRight(lw, "stndrh")
		if len(digits) == 0 {
			return false
		}
		for _, r := range string(digits) {
			if r < '0' || r > '9' {
				return false
			}
		}
	}
	return true
}

var monthWords = map[string]struct{}{
	"january": {}, "february": {}, "march": {}, "april": {}, "may": {}, "june": {}, "july": {},
	"august": {}, "september": {}, "october": {}, "november": {}, "december": {},
	"jan": {}, "feb": {}, "mar": {}, "apr": {}, "jun": {}, "jul": {}, "aug": {}, "sep": {}, "sept": {},
	"oct": {}, "nov": {}, "dec": {},
}

// weakSubjects are sentence openings that say little out of context.
var weakSubjects = map[string]bool{"it": true, "this": true, "that": true, "these": true, "those": true, "they": true, "there": true}

func weak(h string) bool {
	first, _ := nextField(h)
	return fieldCount(h) < 3 || lowerIn(weakSubjects, first)
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// trimLength cuts s to at most headlineMax runes at a word boundary.
func trimLength(s string) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= headlineMax {
		return s
	}
	cut, n := 0, 0
	for i := range s {
		if n == headlineMax {
			break
		}
		if s[i] == ' ' {
			cut = i
		}
		n++
	}
	if cut == 0 {
		cut = len(s)
	}
	return strings.TrimRight(s[:cut], " ,;:") + "\u2026"
}

// fieldCount is len(strings.Fields(s)) without building the slice:
// headlines count words at every clause marker they try.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// nextField returns the first field of s as strings.Fields splits it, and
// what follows it ("" when s has no more fields).
func nextField(s string) (field, rest string) {
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:])
		}
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return s[i:j], s[j:]
}

// lastField returns the last field of s as strings.Fields splits it.
func lastField(s string) string {
	j := len(s)
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsSpace(r) {
			break
		}
		j -= n
	}
	i := j
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	return s[i:j]
}

// fieldStart returns the byte offset where the k-th field (from 0) of s
// starts, or -1 when s has no more than k fields.
func fieldStart(s string, k int) int {
	n, in := 0, false
	for i, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if n == k {
				return i
			}
			n++
		}
	}
	return -1
}

// appendLower appends strings.ToLower(s) to b.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(b[:len(b)-i], strings.ToLower(s)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// lowerIn reports whether set[strings.ToLower(w)], without allocating.
func lowerIn(set map[string]bool, w string) bool {
	var stack [32]byte
	return set[string(appendLower(stack[:0], w))]
}

// lowerIs reports whether strings.ToLower(w) == v, without allocating.
func lowerIs(w, v string) bool {
	if len(w) != len(v) {
		if isASCII(w) {
			return false
		}
		return strings.ToLower(w) == v
	}
	var stack [32]byte
	return string(appendLower(stack[:0], w)) == v
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerSamePositions appends strings.ToLower(s) to b when every rune's
// lower case has as many bytes as the rune (so offsets into the lower case
// are offsets into s); ok is false otherwise.
func lowerSamePositions(b []byte, s string) (lower []byte, ok bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return nil, false
		}
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != n {
			return nil, false
		}
		b = utf8.AppendRune(b, l)
		i += n
	}
	return b, true
}
