package events

// The implementations of HeadlineFor and Terms before they were made
// allocation-lean, kept as the reference the fast ones must agree with
// byte for byte (TestHeadlineMatchesReference, FuzzHeadlineMatchesReference).

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/timeline-tool/timeline/timeline"
)

// refHeadlineMax is the longest headline in runes; longer ones are cut at a
// word boundary and end with an ellipsis.
const refHeadlineMax = 90

// refHeadlineFor makes the short title of an event from its sentence: the main
// clause, without the date (shown next to the headline anyway), without
// refOpeners ("On 30 September 2015,", "After months of talks,"),
// parentheticals, relative and subordinate clauses ("..., which ...",
// "... after ...") and trailing attributions ("..., Reuters reported"),
// capitalised and cut to about 90 characters. phrase is the date phrase
// within s (a zero span when unknown). When what is left says little (a
// bare pronoun subject or fewer than three words) the paragraph's heading
// section is used instead, if there is one.
func refHeadlineFor(s string, phrase timeline.Span, section string) string {
	full := strings.TrimSpace(s)
	h := full
	if phrase.End > phrase.Start && phrase.End <= len(s) {
		// "Tragedy struck early: on 27 January 1967, a fire killed ...":
		// the clause after a short lead-in is the news.
		if i := strings.LastIndex(s[:phrase.Start], ": "); i >= 0 && refFieldCount(s[:i]) <= 6 {
			s = s[i+2:]
			phrase.Start -= i + 2
			phrase.End -= i + 2
		}
		h = refDropDatePhrase(s, phrase)
	}
	h = refDropParentheticals(h)
	h = refDropOpener(h)
	h = refCutClauses(h)
	h = refDropTrailingDate(h)
	h = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(h), ".,;:!?"))
	if h == "" {
		h = strings.TrimRight(full, ".")
	}
	h = refCapitalise(h)
	if section != "" && refWeak(h) {
		return refTrimLength(section)
	}
	return refTrimLength(h)
}

// refOpeners are words that may stand before a date phrase at the start of a
// sentence ("On", "In late", "By the end of").
var refOpeners = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "from": true, "since": true, "during": true,
	"until": true, "till": true, "around": true, "about": true, "circa": true, "c.": true, "early": true,
	"late": true, "mid": true, "the": true, "end": true, "beginning": true, "start": true, "of": true,
	"then": true, "and": true, "but": true, "so": true, "later": true, "earlier": true, "that": true,
	"also": true, "already": true, "before": true, "after": true, "as": true, "of:": true, "sometime": true,
}

// refDropDatePhrase removes the date phrase when it opens the sentence (with
// its prepositions and the comma after it) or closes it (with the
// preposition before it).
func refDropDatePhrase(s string, p timeline.Span) string {
	before := s[:p.Start]
	onlyOpeners := true
	for _, w := range strings.Fields(before) {
		if !refOpeners[strings.ToLower(strings.Trim(w, ",–—-"))] {
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
		if i := strings.LastIndexByte(head, ' '); i >= 0 && refOpeners[strings.ToLower(head[i+1:])] {
			head = head[:i]
		}
		if refFieldCount(head) >= 2 {
			return head
		}
	}
	return s
}

// refDropParentheticals removes (...) and [...] asides and footnote marks.
func refDropParentheticals(s string) string {
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

// refOpenerWords start an introductory phrase that ends at the first comma:
// "After months of talks, the two sides ..." keeps "the two sides ...".
var refOpenerWords = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "after": true, "before": true, "during": true,
	"since": true, "following": true, "from": true, "until": true, "when": true, "while": true,
	"although": true, "though": true, "as": true, "amid": true, "despite": true, "with": true,
	"within": true, "later": true, "earlier": true, "meanwhile": true, "however": true, "then": true,
	"over": true, "under": true, "around": true,
}

// refRelativeEnds close refOpeners such as "A week later," or "Two days earlier,".
var refRelativeEnds = map[string]bool{"later": true, "earlier": true, "ago": true, "afterwards": true, "before": true}

// refDropOpener removes an introductory phrase closed by a comma within the
// first 70 bytes, when a clause of at least three words follows it.
func refDropOpener(s string) string {
	for range 2 { // "In 2015, after long talks, ..." has two
		i := refOpenerComma(s)
		if i < 0 || i > 70 {
			return s
		}
		ws := strings.Fields(s[:i])
		if len(ws) == 0 {
			return s
		}
		if !refOpenerWords[strings.ToLower(ws[0])] && !(len(ws) <= 4 && refRelativeEnds[strings.ToLower(ws[len(ws)-1])]) {
			return s
		}
		rest := strings.TrimSpace(s[i+1:])
		if refFieldCount(rest) < 3 {
			return s
		}
		s = rest
	}
	return s
}

// refOpenerComma returns the first comma that is not inside a date ("On May
// 25, 1961, ..." closes at the second), or -1.
func refOpenerComma(s string) int {
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

// refClauseCuts end the main clause: relative and subordinate clauses and
// attributions. The text from the marker on is dropped when at least three
// words remain before it.
var refClauseCuts = []string{
	", which ", ", who ", ", whom ", ", whose ", ", where ", ", when ", ", while ", ", as ", ", after ",
	", before ", ", following ", ", according to ", ", although ", ", though ", ", but ", ", because ",
	", despite ", ", amid ", ", including ", ", leaving ", ", ending ", ", making ", ", with ",
	"; ", " — ", " – ", ": ", " after ", " following ", " because ", " according to ", " which ",
	" amid ", " despite ", " so that ", " even though ", " although ", " while ",
}

// reporting verbs close an attribution: "..., Reuters reported".
var refReportingVerbs = []string{"said", "says", "reported", "reports", "announced", "stated", "added", "noted", "wrote", "claimed", "told"}

func refCutClauses(s string) string {
	cut := len(s)
	lower := strings.ToLower(s)
	for _, m := range refClauseCuts {
		if i := strings.Index(lower, m); i >= 0 && i < cut && refFieldCount(s[:i]) >= 3 {
			cut = i
		}
	}
	s = s[:cut]
	// Trailing attribution after the last comma: ", RIA Novosti news agency reports".
	if i := strings.LastIndex(s, ", "); i >= 0 && refFieldCount(s[:i]) >= 3 {
		tail := strings.Fields(strings.TrimRight(s[i+2:], ". "))
		if n := len(tail); n >= 1 && n <= 6 {
			last := strings.ToLower(tail[n-1])
			firstT := strings.ToLower(tail[0])
			for _, v := range refReportingVerbs {
				if last == v || firstT == v {
					s = s[:i]
					break
				}
			}
		}
	}
	return s
}

// refDropTrailingDate removes a date-looking tail introduced by "on" or "in"
// when no date phrase span was known: "... on 8 December 2024".
func refDropTrailingDate(s string) string {
	t := strings.TrimRight(s, ". ")
	for _, prep := range []string{" on ", " in "} {
		i := strings.LastIndex(t, prep)
		if i < 0 || refFieldCount(t[:i]) < 3 {
			continue
		}
		if refLooksLikeDate(t[i+len(prep):]) {
			return t[:i]
		}
	}
	return s
}

func refLooksLikeDate(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		w = strings.Trim(strings.ToLower(w), ",")
		if _, ok := refMonthWords[w]; ok {
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

var refMonthWords = map[string]struct{}{
	"january": {}, "february": {}, "march": {}, "april": {}, "may": {}, "june": {}, "july": {},
	"august": {}, "september": {}, "october": {}, "november": {}, "december": {},
	"jan": {}, "feb": {}, "mar": {}, "apr": {}, "jun": {}, "jul": {}, "aug": {}, "sep": {}, "sept": {},
	"oct": {}, "nov": {}, "dec": {},
}

// refWeakSubjects are sentence openings that say little out of context.
var refWeakSubjects = map[string]bool{"it": true, "this": true, "that": true, "these": true, "those": true, "they": true, "there": true}

func refWeak(h string) bool {
	ws := strings.Fields(h)
	return len(ws) < 3 || refWeakSubjects[strings.ToLower(ws[0])]
}

func refCapitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// refTrimLength cuts s to at most refHeadlineMax runes at a word boundary.
func refTrimLength(s string) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= refHeadlineMax {
		return s
	}
	cut, n := 0, 0
	for i := range s {
		if n == refHeadlineMax {
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

// refFieldCount is len(strings.Fields(s)) without building the slice:
// headlines count words at every clause marker they try.
func refFieldCount(s string) int {
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

// Terms returns the content words of a sentence, in order: stop words,
// numbers, month and weekday names dropped, possessives cut, the rest
// folded by the concept table and stemmed. Words in capitals (HTS, WHO)
// are kept as acronyms, and a run of two or more capitalised words also
// gives its acronym ("World Health Organization" -> WHO, "Hayat Tahrir
// al-Sham" -> HTS), so a name and its abbreviation agree.
func refTerms(s string) []Term {
	var out []Term
	var initials []byte // of the current run of capitalised words
	flush := func() {
		if len(initials) >= 2 {
			out = append(out, Term{Stem: "#" + strings.ToLower(string(initials)), Entity: true})
		}
		initials = initials[:0]
	}
	for len(s) > 0 {
		i := strings.IndexFunc(s, refIsWordRune)
		if i < 0 {
			break
		}
		if strings.ContainsAny(s[:i], ".,;:!?()\"“”") {
			flush()
		}
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !refIsWordRune(r) && r != '\'' && r != '’' && r != '-' })
		if j < 0 {
			j = len(s)
		}
		word := s[:j]
		s = s[j:]
		for _, part := range strings.Split(word, "-") {
			r, _ := utf8.DecodeRuneInString(part)
			switch {
			case part == "":
			case refIsAcronym(part):
				flush()
				out = append(out, Term{Stem: "#" + strings.ToLower(part), Entity: true})
				continue
			case unicode.IsUpper(r) && !stopWords[strings.ToLower(part)]:
				initials = append(initials, byte(unicode.ToLower(r)))
			case part == "al" || part == "of" || part == "de" || part == "von" || part == "van":
				// particles inside names: "Hayat Tahrir al-Sham", "Bank of England"
			default:
				flush()
			}
			if t, ok := refTerm(part); ok {
				out = append(out, t)
			}
		}
	}
	flush()
	return out
}

// isAcronym reports words of two to six capital letters: "HTS", "EU".
func refIsAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func refIsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func refTerm(w string) (Term, bool) {
	w = strings.TrimRight(w, "'’")
	if i := strings.IndexAny(w, "'’"); i >= 0 {
		w = w[:i] // Assad's -> Assad, al-Sham's -> al-Sham
	}
	if w == "" {
		return Term{}, false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) {
		return Term{}, false // numbers and ordinals: the date agrees already
	}
	lower := strings.ToLower(w)
	if stopWords[lower] || dateWords[lower] || utf8.RuneCountInString(lower) < 2 {
		return Term{}, false
	}
	entity := unicode.IsUpper(r)
	if c, ok := concepts[lower]; ok {
		return Term{Stem: c, Entity: false}, true
	}
	stem := english.Stem(lower, true)
	if c, ok := concepts[stem]; ok {
		return Term{Stem: c}, true
	}
	return Term{Stem: stem, Entity: entity}, true
}
