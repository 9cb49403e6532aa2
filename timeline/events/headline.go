package events

import (
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
	for _, w := range strings.Fields(before) {
		if !openers[strings.ToLower(strings.Trim(w, ",–—-"))] {
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
		if i := strings.LastIndexByte(head, ' '); i >= 0 && openers[strings.ToLower(head[i+1:])] {
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
	var b strings.Builder
	depth := 0
	for _, r := range s {
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
		if depth == 0 && r != '*' {
			b.WriteRune(r)
		}
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	out = strings.ReplaceAll(out, " ,", ",")
	return strings.ReplaceAll(out, " .", ".")
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
		ws := strings.Fields(s[:i])
		if len(ws) == 0 {
			return s
		}
		if !openerWords[strings.ToLower(ws[0])] && !(len(ws) <= 4 && relativeEnds[strings.ToLower(ws[len(ws)-1])]) {
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
	cut := len(s)
	lower := strings.ToLower(s)
	for _, m := range clauseCuts {
		if i := strings.Index(lower, m); i >= 0 && i < cut && fieldCount(s[:i]) >= 3 {
			cut = i
		}
	}
	s = s[:cut]
	// Trailing attribution after the last comma: ", RIA Novosti news agency reports".
	if i := strings.LastIndex(s, ", "); i >= 0 && fieldCount(s[:i]) >= 3 {
		tail := strings.Fields(strings.TrimRight(s[i+2:], ". "))
		if n := len(tail); n >= 1 && n <= 6 {
			last := strings.ToLower(tail[n-1])
			firstT := strings.ToLower(tail[0])
			for _, v := range reportingVerbs {
				if last == v || firstT == v {
					s = s[:i]
					break
				}
			}
		}
	}
	return s
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
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		w = strings.Trim(strings.ToLower(w), ",")
		if _, ok := monthWords[w]; ok {
			continue
		}
		if w == "bc" || w == "ad" || w == "the" || w == "of" {
			continue
		}
		digits := strings.TrimRight(w, "stndrh")
		if digits == "" {
			return false
		}
		for _, r := range digits {
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
	ws := strings.Fields(h)
	return len(ws) < 3 || weakSubjects[strings.ToLower(ws[0])]
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
