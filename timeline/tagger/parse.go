package tagger

import (
	"bytes"
	"strconv"
	"strings"
	"time"

	"github.com/araddon/dateparse"
	"github.com/timeline-tool/timeline/timeline"
)

// The rules. Each parser starts at a trigger token and returns the longest
// expression it recognizes there; core keeps the longest of all. Parsers
// only look a bounded number of tokens ahead, so a Tag call is linear in
// the length of the text.

// Token accessors that tolerate out-of-range indexes.

func (s *state) w(k int) wid {
	if k < 0 || k >= len(s.toks) || s.toks[k].lex() == nil {
		return wNone
	}
	return s.toks[k].lex().w
}

func (s *state) lx(k int) *lexEntry {
	if k < 0 || k >= len(s.toks) {
		return nil
	}
	return s.toks[k].lex()
}

func (s *state) isPunct(k int, c byte) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	tk := &s.toks[k]
	if tk.kind == tkOther && c == '-' {
		// An en dash joins ranges as a hyphen does: "1914–18", "1558–1603".
		return tk.end-tk.start == 3 && string(s.text[tk.start:tk.end]) == "\u2013"
	}
	return tk.kind == tkPunct && s.text[tk.start] == c
}

// tight reports whether token k follows the previous token without space.
func (s *state) tight(k int) bool { return k >= 0 && k < len(s.toks) && !s.toks[k].sp }

// winterMonthAhead reports whether the sentence goes on from token k to
// a January, February or March with the year y written after it ("on 5
// January 1659", "in February 1659"), the first month it names.
func (s *state) winterMonthAhead(k, y int) bool {
	for n := 0; k < len(s.toks) && n < 30 && !s.sentenceEnd(k); k, n = k+1, n+1 {
		if s.isMonthAt(k) {
			m := s.lx(k).month
			if m < 1 || m > 3 || !s.yearTokAt(k+1) {
				return false
			}
			yy, _, _ := s.yearTok(k + 1)
			return yy == y
		}
	}
	return false
}

// accessionBefore reports whether the sentence of token i or the one
// before it tells, after the last date and before i, the start of a
// rule: "came to the throne", "succeeded to the throne", "ascended the
// throne", "acceded", "was crowned".
func (s *state) accessionBefore(i int) bool {
	lo := s.sentStart(i, 40)
	if lo > 0 {
		lo = s.sentStart(lo-1, 40)
	}
	for k := max(lo, s.refTok+1); k < i; k++ {
		if s.isWordIn(k, "throne", "acceded", "crowned") {
			return true
		}
	}
	return false
}

// dateAfterWeekday reports whether a day of the month or a month follows
// the weekday at i, with or without a comma: "Sunday, 4 May", "Sunday 4
// May", "Sunday, May 4".
func (s *state) dateAfterWeekday(i int) bool {
	k := i + 1
	if s.isPunct(k, ',') {
		k++
	}
	return k < len(s.toks) && (s.toks[k].kind == tkNum || s.isMonthAt(k))
}

// titleWord reports whether token k is a word in title case, its first
// letter upper case and the rest lower case ("Plague", not "CNN" or "I").
func (s *state) titleWord(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != tkWord || !s.toks[k].cap || s.toks[k].end-s.toks[k].start < 2 {
		return false
	}
	for _, b := range s.text[s.toks[k].start+1 : s.toks[k].end] {
		if b < 'a' || b > 'z' {
			return false
		}
	}
	return true
}

// wordHyphen reports whether token k is a hyphen joining two words with
// no space into one ("seventy-four", "well-known", "long-awaited"): a
// compound word, not a break in the clause as a dash or a bracket is.
func (s *state) wordHyphen(k int) bool {
	return s.isPunct(k, '-') && s.tight(k) && s.tight(k+1) && k > 0 && k+1 < len(s.toks) &&
		s.toks[k-1].kind == tkWord && s.toks[k+1].kind == tkWord
}

// yearShift reads the word at k before "year" as a shift from the DCT's
// year: "last" -1, "next" +1, "this" 0 ("the" 0 too with the set).
func (s *state) yearShift(k int, the bool) (int, bool) {
	switch s.w(k) {
	case wLast:
		return -1, true
	case wNext:
		return 1, true
	case wThis:
		return 0, true
	case wThe:
		return 0, the
	}
	return 0, false
}

// countedSeasons: "the next five seasons", "for three seasons", "the
// past two seasons", with i at the number. A counted season is the yearly
// round of a sport, a stage, an excavation or a harvest (the weather's
// seasons are not counted so), so it is a DURATION of that many years.
func (s *state) countedSeasons(i int) (cand, bool) {
	if s.w(i) == wThe && i+2 < len(s.toks) && s.lx(i+1) != nil {
		i += 2 // at "the" of "the past two seasons"
	}
	// The count is one token, right before the seasons or a word of a
	// run: look for them before reading a quantity (this runs at every
	// token).
	u := i + 1
	if s.isWordIn(u, "consecutive", "successive", "straight") {
		u++
	}
	if !s.isWordIn(u, "seasons", "summers", "winters", "springs", "autumns", "falls") {
		return cand{}, false
	}
	n, k, frac, article, ok := s.quantity(i)
	if !ok || frac || article || n < 2 || k != i+1 {
		return cand{}, false
	}
	run := s.isWord(k, "consecutive") || s.isWord(k, "successive") || s.isWord(k, "straight")
	if run {
		k++ // "in three consecutive seasons", as "three consecutive years"
	}
	named := false
	if !s.isWord(k, "seasons") {
		// "the past three summers", "the last two winters": the named
		// seasons counted back or ahead from now span that many years of
		// them (without "the past" or "the next", "three summers in
		// Maine" is a length this rule does not measure).
		if !s.isWordIn(k, "summers", "winters", "springs", "autumns", "falls") {
			return cand{}, false
		}
		named = true
	}
	start := i
	switch w := s.w(i - 1); {
	case (w == wNext || w == wPast || w == wLast || w == wFollowing || w == wPrevious) && s.w(i-2) == wThe:
		start = i - 2
	case named:
		return cand{}, false
	case w == wFor || s.measureVerb(i-1) || run:
	case w == wAfter || w == wOver || w == wWithin || s.isWord(i-1, "across"):
		// "after 14 seasons at the club", "over three seasons": the
		// seasons a length is measured in, as after "for".
	default:
		return cand{}, false
	}
	if start < s.floor {
		return cand{}, false
	}
	return s.fixed(start, k+1, timeline.TypeDuration, "P"+strconv.FormatInt(n, 10)+"Y"), true
}

// decadeWord: "the early seventies", "the late Nineties", "the
// mid-sixties", with i at "the": the decade spelledDecade reads, with the
// mod of its part.
func (s *state) decadeWord(i int) (cand, bool) {
	k, mod := i+1, ""
	switch s.w(k) {
	case wEarly:
		k, mod = k+1, "START"
	case wLate:
		k, mod = k+1, "END"
	case wMid:
		k, mod = k+1, "MID"
		if s.isPunct(k, '-') && s.tight(k) {
			k++ // "the mid-sixties"
		}
	default:
		return cand{}, false
	}
	c, ok := s.spelledDecade(i, k)
	if !ok {
		return cand{}, false
	}
	c.i, c.mod = i, mod
	return c, true
}

// joinDur joins two TIMEX3 durations of units from coarse to fine ("P5Y"
// and "P4M" is "P5Y4M", "PT2H" and "PT40M" is "PT2H40M"), "" when they do
// not join.
func joinDur(v1, v2 string) string {
	if v1 == "" || len(v2) < 2 || v2[0] != 'P' {
		return ""
	}
	t1 := strings.IndexByte(v1, 'T') >= 0
	switch {
	case t1 && strings.HasPrefix(v2, "PT"):
		return v1 + v2[2:]
	case !t1:
		return v1 + v2[1:]
	}
	return ""
}

// yearColon reports whether the number at i, before a colon and a space,
// is a year ending a phrase that the colon explains: "adopted the new
// calendar in early 1918: 31 January was followed by ...". It needs a
// preposition or a modifier of a year before it ("in", "by", "early"),
// so that a label or a count ("Chapter 1918:", "Population 1918:") stays
// out.
func (s *state) yearColon(i int) bool {
	if i >= 0 && i < len(s.toks) && s.toks[i].ndig == 4 && s.lineOpen(i) {
		// a year heading an entry of a chronology, on its own line or
		// after a bullet: "2014: Council approves the plans"
		return true
	}
	if i < 1 || s.toks[i].ndig != 4 {
		return false
	}
	switch s.w(i - 1) {
	case wIn, wBy, wSince, wUntil, wOf:
		return true
	}
	for _, w := range [...]string{"early", "late", "mid", "spring", "summer", "autumn", "winter", "fall"} {
		if s.isWord(i-1, w) {
			return true
		}
	}
	return false
}

func (s *state) word(k int) []byte {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != tkWord {
		return nil
	}
	return s.text[s.toks[k].start:s.toks[k].end]
}

// isWord reports whether the token at k is the word w (lower case),
// in any case. It is the rules' most frequent question, so it rejects on
// the token's length and kind before it looks at the text.
func (s *state) isWord(k int, w string) bool {
	if uint(k) >= uint(len(s.toks)) {
		return false
	}
	tk := &s.toks[k]
	if int(tk.end-tk.start) != len(w) || tk.kind != tkWord {
		return false
	}
	b := s.text[tk.start:tk.end]
	for i := range len(w) {
		if b[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// isWordIn reports whether the word at k is one of words (lower case).
func (s *state) isWordIn(k int, words ...string) bool {
	w := s.word(k)
	if len(w) == 0 {
		return false // not a word: no list to walk
	}
	for _, v := range words {
		if lowerEq(w, v) {
			return true
		}
	}
	return false
}

// weekdayAt reports whether a capitalised weekday name ("Saturday",
// "Fri.") is at k: "the week ending Saturday" of weekly figures.
func (s *state) weekdayAt(k int) bool {
	e := s.lx(k)
	return e != nil && e.weekday > 0 && !e.plural && s.toks[k].cap
}

func (s *state) isMonthAt(k int) bool {
	e := s.lx(k)
	return e != nil && e.month > 0 && s.toks[k].cap
}

// frontedBeforeClause reports whether "the day before" (i to end, on
// "before" or "after") opens its clause, at the sentence's start or after
// ", and", ", but" or a semicolon, and the clause after it runs to the
// sentence's end with no comma and a verb in the past perfect: with no
// main clause left for it, "before" governs nothing, and the phrase is
// the day before the one just named ("adopted it on 22 December, and the
// day before the leaders had proclaimed their own state"). With a comma
// after the clause, "before" opens it ("The day before the vote was held,
// the army moved").
func (s *state) frontedBeforeClause(i, end int) bool {
	if !(i == 0 || s.sentenceEnd(i-1) || s.isPunct(i-1, ';') || i >= 2 && s.isWordIn(i-1, "and", "but") && s.isPunct(i-2, ',')) {
		return false
	}
	had := false
	for k, n := end+1, 0; k < len(s.toks) && n < 30; k, n = k+1, n+1 {
		if s.sentenceEnd(k) {
			return had && k > end+2
		}
		if s.toks[k].kind == tkPunct && !s.isPunct(k, '\'') && !s.isPunct(k, '-') {
			return false
		}
		if s.w(k) == wHad && k > end+1 {
			had = true
		}
	}
	return false
}

// plainNum returns the value of a bare integer token (no suffix, groups or decimals).
func (s *state) plainNum(k int) (int, bool) {
	if k < 0 || k >= len(s.toks) {
		return 0, false
	}
	tk := &s.toks[k]
	if tk.kind != tkNum || tk.suf != sufNone || tk.grouped || tk.decimal || tk.num < 0 || tk.ndig > 9 {
		return 0, false
	}
	return int(tk.num), true
}

// yearTok reads a four-digit year or "'98" at k and returns the token after it.
func (s *state) yearTok(k int) (int, int, bool) {
	if n, ok := s.plainNum(k); ok && s.toks[k].ndig <= 4 && n > 0 {
		// "49 BC", "1066 AD": any year with an era.
		if next, bc, ok := s.eraAfter(k + 1); ok {
			if bc {
				n = 1 - n
			}
			return n, next, true
		}
	}
	if s.w(k) == wAD {
		if next, bc, ok := s.eraAfter(k); ok && !bc {
			if n, ok := s.plainNum(next); ok && s.toks[next].ndig <= 4 && n > 0 {
				return n, next + 1, true
			}
		}
	}
	if n, ok := s.plainNum(k); ok && s.toks[k].ndig == 4 && n >= 1000 && n <= 2999 {
		if s.isPunct(k+1, '%') || s.isPunct(k-1, '$') {
			return 0, 0, false
		}
		return n, k + 1, true
	}
	if s.isPunct(k, '\'') && (k == 0 || s.toks[k].sp || !s.tight(k)) {
		if n, ok := s.plainNum(k + 1); ok && s.toks[k+1].ndig == 2 && s.tight(k+1) {
			return s.twoDigitYear(n), k + 2, true
		}
	}
	if e := s.lx(k); e != nil && e.hasNum && e.num >= 10 && e.num <= 20 {
		if c, ok := s.pSpelledYear(k); ok {
			return c.c.y, c.j, true
		}
	}
	return 0, 0, false
}

// twoDigitYear puts '98 in the century that keeps it closest before the DCT;
// with no DCT, in the century that keeps it closest to the year the story
// is in ("the fall of '64" in an account of 1864 is 1864), else in the
// last hundred years.
func (s *state) twoDigitYear(n int) int {
	if !s.t.hasDCT && s.ref >= 0 && !s.refCal.noYear && s.refCal.g >= gYear && s.refCal.y >= 1000 {
		y := s.refCal.y/100*100 + n
		if y-s.refCal.y > 50 {
			y -= 100
		} else if s.refCal.y-y > 50 {
			y += 100
		}
		return y
	}
	if !s.t.hasDCT {
		if n <= 30 {
			return 2000 + n
		}
		return 1900 + n
	}
	c := s.t.dct.y / 100 * 100
	y := c + n
	if y > s.t.dct.y+10 {
		y -= 100
	}
	return y
}

// twoDigitDecade puts the '30s in the last century that has had them:
// a decade is named once it has begun ("the '30s" are the 1930s).
func (s *state) twoDigitDecade(n int) int {
	if !s.t.hasDCT {
		if n < 20 {
			return 2000 + n
		}
		return 1900 + n
	}
	y := s.t.dct.y/100*100 + n
	if y > s.t.dct.y {
		y -= 100
	}
	return y
}

// dayNum reads a day of the month: "7", "30th".
func (s *state) dayNum(k int) (int, int, bool) {
	if k >= len(s.toks) {
		return 0, 0, false
	}
	tk := &s.toks[k]
	if tk.kind != tkNum || tk.ndig > 2 || tk.grouped || tk.decimal || tk.num < 1 || tk.num > 31 || tk.suf != sufNone && tk.suf != sufOrd {
		return 0, 0, false
	}
	if s.isPunct(k+1, ':') && s.tight(k+2) && k+2 < len(s.toks) && s.toks[k+2].kind == tkNum || s.isPunct(k+1, '%') || s.isPunct(k+1, '/') && s.tight(k+1) || s.isPunct(k+1, '.') && s.tight(k+1) && s.toks[k+1].end < int32(len(s.text)) && isDigit(s.text[s.toks[k+1].end]) {
		return 0, 0, false
	}
	return int(tk.num), k + 1, true
}

// regnalYear: "in 1340, the fourteenth year of his reign": a year of a
// reign set in apposition to the year just named is that year (its value
// alone needs the accession date, so only the apposition is read).
func (s *state) regnalYear(i int) (cand, bool) {
	if i < 3 || s.w(i) != wThe || !s.isPunct(i-1, ',') {
		return cand{}, false
	}
	_, k, ok := s.ordAt(i + 1)
	if !ok || s.w(k) != wYear || s.w(k+1) != wOf || !s.isWordIn(k+2, "his", "her", "their") || !s.isWord(k+3, "reign") {
		return cand{}, false
	}
	for _, p := range [...]int{i - 2, i - 3} {
		if p < 0 {
			continue
		}
		if y, next, ok := s.yearTok(p); ok && next == i-1 {
			return s.date(i, k+4, cal{g: gYear, y: y}), true
		}
	}
	return cand{}, false
}

// ordAt reads an ordinal: "third", "3rd", "twenty-first".
func (s *state) ordAt(k int) (int, int, bool) {
	if k >= len(s.toks) {
		return 0, 0, false
	}
	tk := &s.toks[k]
	if tk.kind == tkNum && tk.suf == sufOrd && tk.num > 0 && tk.num < 100 {
		return int(tk.num), k + 1, true
	}
	e := tk.lex()
	if e == nil {
		return 0, 0, false
	}
	if e.ord > 0 {
		return int(e.ord), k + 1, true
	}
	if e.tens && s.isPunct(k+1, '-') && s.tight(k+1) && s.tight(k+2) {
		if o := s.lx(k + 2); o != nil && o.ord > 0 && o.ord < 10 {
			return int(e.num) + int(o.ord), k + 3, true
		}
	}
	return 0, 0, false
}

// quantity reads a number phrase: "49", "two", "twenty-five", "a", "a few",
// "several", "a couple of", "2 1/2". n is -1 when the amount is vague;
// article is set for "a"/"an".
func (s *state) quantity(k int) (n int64, next int, frac, article, ok bool) {
	if k >= len(s.toks) {
		return
	}
	tk := &s.toks[k]
	if tk.kind == tkNum {
		if tk.suf != sufNone || tk.num < 0 || tk.ndig > 9 {
			return
		}
		if tk.decimal {
			// "2.5 years": keep one decimal of .5 only.
			txt := s.text[tk.start:tk.end]
			if len(txt) >= 2 && txt[len(txt)-2] == '.' && txt[len(txt)-1] == '5' {
				return tk.num, k + 1, true, false, true
			}
			return
		}
		// "2 1/2"
		if a, ok1 := s.plainNum(k + 1); ok1 && a == 1 && s.isPunct(k+2, '/') && s.tight(k+2) {
			if b, ok2 := s.plainNum(k + 3); ok2 && b == 2 && s.tight(k+3) {
				return tk.num, k + 4, true, false, true
			}
		}
		return tk.num, k + 1, false, false, true
	}
	e := tk.lex()
	if e == nil {
		return
	}
	switch e.w {
	case wA, wAn:
		switch s.w(k + 1) {
		case wFew:
			return -1, k + 2, false, false, true
		case wCouple:
			if s.w(k+2) == wOf {
				return 2, k + 3, false, false, true
			}
			return
		}
		if l := s.lx(k + 1); l != nil && l.hasNum && l.num >= 100 && e.w == wA {
			return l.num, k + 2, false, false, true
		}
		if l := s.lx(k + 2); e.w == wA && s.isWord(k+1, "single") && l != nil && l.unit >= uMinute && l.unit <= uCentury && !l.plural && (s.w(k+3) != wOf || s.ingWord(k+4)) {
			// "in a single week", "a single day": one unit (not "a single
			// decade of music", a kind), and so before "of" and what was
			// done in it, as "a day of fighting": "In a single day of
			// fighting the fleet lost ten ships".
			return 1, k + 2, false, true, true
		}
		if e.w == wA && s.w(k+1) == wHalf {
			// "a half century", "a half-century": the article is the span's
			// (but not before a noun, "a half-hour show", where
			// "half-hour" alone is the DURATION, as "four-day" in "a
			// four-day strike")
			if n, next, frac, _, ok := s.quantity(k + 1); ok && n == 0 && frac &&
				!(s.isPunct(k+2, '-') && next+1 < len(s.toks) && s.toks[next+1].kind == tkWord && !s.toks[next+1].cap && (s.lx(next+1) == nil || s.lx(next+1).w == wNone && s.lx(next+1).unit == 0)) {
				return n, next, frac, false, ok
			}
		}
		return 1, k + 1, false, true, true
	case wFew, wSeveral, wMany:
		return -1, k + 1, false, false, true
	case wSome:
		// "some months later", "some years ago": a vague count, as
		// "several years later" ("some 20 years" is an approximation,
		// read elsewhere); so too a stretch after "for" or before
		// "after": "lay in harbour for some weeks", "some months after
		// the battle" (not "some years the harvest failed", a
		// quantifier over years)
		if u := s.lx(k + 1); u != nil && u.unit >= uMinute && u.unit <= uDecade && u.plural && !s.toks[k+1].cap &&
			(s.w(k+2) == wLater || s.w(k+2) == wEarlier || s.w(k+2) == wAgo || s.w(k+2) == wAfter || s.w(k-1) == wFor) {
			return -1, k + 1, false, false, true
		}
	case wHalf:
		// "half a century", "half an hour"
		if w := s.w(k + 1); (w == wA || w == wAn) && s.lx(k+2) != nil && s.lx(k+2).unit > 0 {
			return 0, k + 2, true, false, true
		}
		// "the next half century": half of a century named without "a";
		// "a half-century", "the next half-century" written with a hyphen
		u := k + 1
		if s.isPunct(u, '-') && s.tight(u) && s.tight(u+1) {
			u++
		}
		// (and "a half hour", "the next half-hour", American)
		if l := s.lx(u); l != nil && (l.unit == uCentury || l.unit == uHour) && !l.plural && k > 0 && (s.w(k-1) == wNext || s.w(k-1) == wPast || s.w(k-1) == wLast || s.w(k-1) == wA) {
			return 0, u, true, false, true
		}
		return
	case wCouple:
		if s.w(k+1) == wOf {
			return 2, k + 2, false, false, true
		}
		return
	}
	if !e.hasNum {
		return
	}
	n, next = e.num, k+1
	if e.tens {
		if s.isPunct(k+1, '-') && s.tight(k+1) && s.tight(k+2) {
			if o := s.lx(k + 2); o != nil && o.hasNum && o.num > 0 && o.num < 10 {
				n, next = n+o.num, k+3
			}
		} else if o := s.lx(k + 1); o != nil && o.hasNum && !o.tens && o.num > 0 && o.num < 10 && o.w != wA && o.w != wAn {
			n, next = n+o.num, k+2
		}
	}
	if o := s.lx(next); o != nil && o.hasNum && (o.num == 100 || o.num == 1000) && n < 100 {
		n, next = n*o.num, next+1
	}
	return n, next, false, false, true
}

// parse matches an expression at token i, with an optional quantifier or
// approximation prefix ("about", "more than", "at least", "c.").
func (s *state) parse(i int) (cand, bool) {
	// ("at least another week" keeps its "at least": another week, and
	// maybe more; other prefixes before "another" are read apart.)
	if mod, j, kind := s.prefixMod(i); j > i && (s.w(j) != wAnother || mod == "EQUAL_OR_MORE" && s.w(i) != wAbout) {
		if c, ok := s.core(j); ok {
			good := c.typ == timeline.TypeDuration
			if !good && kind != 2 {
				good = s.quantityStart(j) && c.typ == timeline.TypeDate || c.typ == timeline.TypeTime
			}
			if !good && kind == 2 && (mod == "APPROX" || mod == "MORE_THAN") && (c.typ == timeline.TypeDate || c.typ == timeline.TypeTime) && s.quantityStart(j) && c.anchor >= 0 {
				good = true // "some 30 years earlier", "over a month later", "some forty minutes later" than a clock time
			}
			if !good && kind == 1 {
				tk := &s.toks[j]
				good = c.typ == timeline.TypeDate && (tk.kind == tkNum || tk.lex() != nil && tk.lex().month > 0 || s.isWord(j, "ad") ||
					c.c.g == gYear && c.val == "" && s.w(j) == wThe && s.w(j+1) == wYear) // "around the year 1000"
			}
			if good && s.w(i) == wAbout && c.typ != timeline.TypeDuration && s.topicVerb(i-1) {
				good = false // the preposition of the verb: "warned about Feb. 29", "worried about 2000"
			}
			if good {
				c.i = i
				if c.mod == "" {
					c.mod = mod
				}
				if (mod == "MORE_THAN" || mod == "LESS_THAN") && c.typ == timeline.TypeDuration {
					c.i = s.degreeStart(i) // "a little over seven months"
				}
				return c, true
			}
		}
	}
	if c, ok := s.countedSeasons(i); ok {
		return c, true
	}
	if s.w(i) == wThe {
		if c, ok := s.decadeWord(i); ok {
			return c, true
		}
		if c, ok := s.regnalYear(i); ok {
			return c, true
		}
		if c, ok := s.nthWeekday(i); ok {
			return c, true
		}
	}
	if (s.w(i) == wA || s.w(i) == wAn) && (s.isWord(i+1, "further") || s.isWord(i+1, "additional") || s.isWord(i+1, "extra")) {
		// "a further nine months", "an additional week", "an extra day"
		// are spanned with their quantifier, as "another fifteen years".
		if c, ok := s.pAnother(i + 1); ok {
			c.i = i
			return c, true
		}
	}
	c, ok := s.core(i)
	if ok && c.typ == timeline.TypeDate && c.mod == "" && c.val == "" && c.c.g >= gYear {
		// An open end: "1994 or later", "1990 and beyond", "1850 or earlier".
		switch {
		case s.w(c.j) == wOr && (s.w(c.j+1) == wLater || s.w(c.j+1) == wAfter) && s.clauseEnd(c.j+2),
			s.w(c.j) == wAnd && s.w(c.j+1) == wBeyond:
			c.j, c.mod = c.j+2, "ON_OR_AFTER"
		case s.w(c.j) == wOr && (s.w(c.j+1) == wEarlier || s.w(c.j+1) == wBefore) && s.clauseEnd(c.j+2):
			c.j, c.mod = c.j+2, "ON_OR_BEFORE"
		}
	}
	return c, ok
}

func (s *state) quantityStart(j int) bool {
	_, _, _, _, ok := s.quantity(j)
	return ok
}

// centuryOrDecadeAt reports whether an ordinal century ("14th century",
// "fourteenth century") or a decade ("1960s") starts at k.
func (s *state) centuryOrDecadeAt(k int) bool {
	if k < len(s.toks) && s.toks[k].kind == tkNum && s.toks[k].suf == sufS {
		return true
	}
	_, e, ok := s.ordAt(k)
	return ok && s.isWord(e, "century")
}

// seasonRef reports whether the year the story is on was named as a
// season's: "the 1998–99 season", "in the 2004 season".
func (s *state) seasonRef() bool {
	for k := s.refTok; k >= 0 && k < len(s.toks) && k <= s.refTok+5; k++ {
		if s.isWord(k, "season") {
			return true
		}
		if s.sentenceEnd(k) {
			break
		}
	}
	return false
}

// oneSentence reports whether tokens a < b are in one sentence.
func (s *state) oneSentence(a, b int) bool {
	for k := a; k < b; k++ {
		if s.sentenceEnd(k) {
			return false
		}
	}
	return true
}

// spanBefore reports whether the word before i makes "the next decade"
// a length of time: "for", "over", "within", "throughout", or a verb of
// lasting ("spent the next decade"). ("over the following decade" stays
// the calendar decade, as mixed_blind15.txt annotates it.)
func (s *state) spanBefore(i int) bool {
	switch s.w(i - 1) {
	case wFor, wOver, wWithin:
		return true
	}
	return s.isWord(i-1, "throughout") || s.measureVerb(i-1)
}

// measureVerb reports whether k is a verb whose object is a length of
// time: "waited", "lasted", "took", "spent".
//
// (Not "taken" in the passive, which is seized or captured: "the town was
// taken the next year" is a date.)
func (s *state) measureVerb(k int) bool {
	if s.isWord(k, "taken") && k >= 1 && s.isWordIn(k-1, "was", "were", "is", "are", "been", "be", "being") {
		return false
	}
	return s.isWordIn(k, "wait", "waits", "waited", "waiting", "last", "lasts", "lasted", "lasting", "took", "taken", "spent", "spend", "spends")
}

// degreeStart returns where a degree word before the quantifier at i
// begins ("slightly", "well", "a little" before "over", "under", "more
// than", "less than"), or i when there is none.
func (s *state) degreeStart(i int) int {
	switch s.w(i) {
	case wOver, wUnder, wMore, wLess:
	default:
		return i
	}
	switch {
	case i >= 1 && s.isWord(i-1, "slightly"):
		return i - 1
	case i >= 2 && s.isWord(i-1, "well") && !s.isWord(i-2, "as"):
		return i - 1
	case i >= 2 && s.isWord(i-1, "little") && s.w(i-2) == wA:
		return i - 2
	case i >= 1 && s.isWord(i-1, "little") && (s.w(i) == wMore || s.w(i) == wLess || s.w(i) == wOver):
		// "little more than a year", "in little over a week": "little"
		// without its article is a degree word still ("only just").
		return i - 1
	}
	return i
}

// fiscalEnded reports the fiscal year Y the text before i said had ended
// ("fiscal 1999, which ended Sept. 30", "in fiscal 1999, which ended in
// September") on a day or month before the DCT in the DCT's year: the
// fiscal year current at the DCT is then Y+1.
func (s *state) fiscalEnded(i int) (int, bool) {
	if !s.t.hasDCT || i >= len(s.toks) {
		return 0, false
	}
	start := int(s.toks[i].start)
	tx := s.res.Timexes
	for n := len(tx) - 1; n >= 1; n-- {
		f := tx[n-1]
		if f.Span.End > start || len(f.Text) < 7 || !strings.EqualFold(f.Text[:6], "fiscal") || f.Value != strconv.Itoa(s.t.dct.y) {
			continue
		}
		e := tx[n]
		if e.Span.End > start || e.Span.Start <= f.Span.End || e.Span.Start-f.Span.End > 20 {
			continue
		}
		between := strings.ToLower(string(s.text[f.Span.End:e.Span.Start]))
		if !strings.Contains(between, "ended") {
			continue
		}
		if len(e.Value) < 7 || e.Value[:4] != strconv.Itoa(s.t.dct.y) || e.Value[:7] >= s.t.dct.format()[:7] {
			continue
		}
		return s.t.dct.y, true
	}
	return 0, false
}

// fiscalEndDay returns, in news, the year of a bare day that ends a
// fiscal year just named ("fiscal 1997, which ended on March 31", "fiscal
// 1999 ended Sept. 30") and the index of the fiscal year's timex. A
// fiscal year named Y ends in Y (named by the year it ends in) or in Y+1
// (named by the year it begins in); a report of its end comes after it,
// so the day is the later of the two not after the DCT.
func (s *state) fiscalEndDay(c cand) (int, int, bool) {
	if !s.t.hasDCT || c.c.g != gDay || c.c.m == 0 || c.c.d == 0 || !c.c.noYear {
		return 0, 0, false
	}
	k := c.i - 1
	if s.w(k) == wOn {
		k--
	}
	if !s.isWordIn(k, "ended", "ends", "ending") {
		return 0, 0, false
	}
	k--
	if s.isWordIn(k, "which", "that") {
		k--
	}
	if s.isPunct(k, ',') {
		k--
	}
	tx := s.res.Timexes
	n := len(tx) - 1
	if k < 0 || n < 0 || tx[n].Span.End != int(s.toks[k].end) {
		return 0, 0, false
	}
	f := tx[n]
	if len(f.Text) < 7 || !strings.EqualFold(f.Text[:6], "fiscal") || len(f.Value) != 4 {
		return 0, 0, false
	}
	y, err := strconv.Atoi(f.Value)
	if err != nil {
		return 0, 0, false
	}
	for _, cy := range []int{y + 1, y} {
		if c.c.d <= timeline.DaysIn(cy, c.c.m) && timeline.DaysFromCivil(cy, c.c.m, c.c.d) <= s.t.dct.day() {
			return cy, n, true
		}
	}
	return 0, 0, false
}

// topicVerb reports whether the word at k is a verb or noun that takes
// "about" for its topic ("warned about", "worried about", "talk about",
// "questions about"): an "about" after it is a preposition, not an
// approximation of the date that follows.
func (s *state) topicVerb(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != tkWord {
		return false
	}
	w := s.word(k)
	for _, p := range [...]string{"warn", "worr", "talk", "ask", "know", "knew", "learn", "hear", "heard", "think", "thought", "care", "cared", "complain", "wrote", "write", "speak", "spoke", "remind", "concern", "question", "debate", "argu", "joke", "joking", "forgot", "forget", "excite", "nervous", "anxious", "curious", "remember", "wonder", "fret", "fear", "fuss", "news", "story", "stories", "read"} {
		if len(w) >= len(p) && lowerEq(w[:len(p)], p) && len(w)-len(p) <= 4 {
			return true
		}
	}
	return false
}

// prefixMod reads a quantifier prefix. kind is 1 for approximations that
// may also precede explicit dates ("around Nov. 1"), 2 for prefixes that
// only go with durations ("over", "some"), 0 otherwise.
func (s *state) prefixMod(i int) (string, int, int) {
	switch s.w(i) {
	case wAbout, wAround, wApprox:
		return "APPROX", i + 1, 1
	case wCirca:
		if s.isPunct(i+1, '.') && s.tight(i+1) {
			return "APPROX", i + 2, 1
		}
		if s.isWord(i, "circa") {
			return "APPROX", i + 1, 1
		}
	case wSome:
		return "APPROX", i + 1, 2
	case wNearly, wAlmost:
		return "LESS_THAN", i + 1, 0
	case wOver:
		// After a preposition "over" is a quantifier, not one itself:
		// "has met for over 500 years", "the first time in over a decade"
		// (not "spread over three years"). A degree word before it is
		// the quantifier's ("lasted well over a year", "for a little
		// over seven months").
		p := s.degreeStart(i)
		switch s.w(p - 1) {
		case wFor, wIn, wOf, wAfter:
			if s.w(i+1) == wThe {
				break // "phased in over the next 18 months": a preposition
			}
			if w, pe := s.word(p-2), s.lx(p-2); s.w(p-1) == wIn && p >= 2 && s.toks[p-2].kind == tkWord && !s.toks[p-2].cap &&
				(pe == nil && len(w) > 3 && w[len(w)-2] == 'e' && w[len(w)-1] == 'd' || pe != nil && pe.tense == -1 && pe.w != wWas && pe.w != wWere && pe.w != wHad) {
				break // "phased in over 18 months": "in" a particle of the verb, "over" a preposition
			}
			return "MORE_THAN", i + 1, 2
		}
		if s.w(i+1) != wThe && s.measureVerb(p-1) {
			// After a verb that takes a length of time as its object
			// "over" is a quantifier too: "waited over a year", "took
			// over six hours" (not "spread over three years").
			return "MORE_THAN", i + 1, 2
		}
		if _, k, _, _, ok := s.quantity(i + 1); ok && s.w(i+1) != wThe && s.lx(k) != nil && s.lx(k).unit > 0 && (s.w(k+1) == wLater || s.w(k+1) == wEarlier) {
			// Before a count and "later" or "earlier" too: "on 17 January
			// 1912, over a month later".
			return "MORE_THAN", i + 1, 2
		}
	case wUnder:
		// Likewise "under": "ran the mile in under four minutes", "for
		// under a year" (not "under the next government").
		switch s.w(s.degreeStart(i) - 1) {
		case wFor, wIn, wOf, wAfter:
			if s.w(i+1) == wThe {
				break
			}
			return "LESS_THAN", i + 1, 2
		}
		if s.degreeStart(i) < i && s.w(i+1) != wThe && s.measureVerb(s.degreeStart(i)-1) {
			return "LESS_THAN", i + 1, 2 // "lasted a little under two years"
		}
	case wJust:
		// "just over four months", "just under a year"
		switch s.w(i + 1) {
		case wOver:
			return "MORE_THAN", i + 2, 2
		case wUnder:
			return "LESS_THAN", i + 2, 2
		}
	case wMore:
		if s.w(i+1) == wThan && !s.measured(i-1) {
			return "MORE_THAN", i + 2, 0
		}
	case wLess:
		if s.w(i+1) == wThan && !s.measured(i-1) {
			return "LESS_THAN", i + 2, 0
		}
	case wAt:
		switch s.w(i + 1) {
		case wLeast:
			return "EQUAL_OR_MORE", i + 2, 0
		case wMost:
			return "EQUAL_OR_LESS", i + 2, 0
		}
	case wUp:
		if s.w(i+1) == wTo {
			return "EQUAL_OR_LESS", i + 2, 2
		}
	case wNo:
		if s.w(i+2) == wThan {
			switch s.w(i + 1) {
			case wMore:
				return "EQUAL_OR_LESS", i + 3, 0
			case wLess:
				return "EQUAL_OR_MORE", i + 3, 0
			}
		}
	}
	return "", i, 0
}

// measured reports whether token k ends an amount that "more than" or
// "less than" after it compares: "4% more than a year ago", "20 percent
// less than last year" (the time is then the expression alone).
func (s *state) measured(k int) bool {
	if k < 0 {
		return false
	}
	return s.toks[k].kind == tkNum || s.isPunct(k, '%') || s.isWord(k, "percent") || s.isWord(k, "points")
}

// core runs the parsers that the token at i triggers and keeps the longest match.
func (s *state) core(i int) (best cand, ok bool) {
	if i >= len(s.toks) {
		return
	}
	try := func(c cand, good bool) {
		if good && c.j > c.i && (!ok || c.j > best.j) {
			best, ok = c, true
		}
	}
	tk := &s.toks[i]
	switch tk.kind {
	case tkNum:
		if tk.ndig == 4 && s.clock24(i) {
			// "at 1500 local time": the clock, not the year.
			try(s.pTime(i))
			return
		}
		try(s.pYear(i))
		if tk.ndig == 4 && s.isPunct(i+1, '\'') {
			try(s.pQuarter(i)) // "2023's fourth quarter"
		}
		try(s.pDayMonth(i))
		try(s.pNumeric(i))
		try(s.pQuantity(i))
		try(s.pTime(i))
		if tk.suf == sufOrd {
			try(s.pCentury(i))
			try(s.pQuarter(i))
			try(s.pOrdDayListed(i))
		}
		if tk.suf == sufOther {
			try(s.pQuarterYear(i))
		}
	case tkPunct:
		try(s.pYear(i))
	case tkWord:
		e := tk.lex()
		if e == nil {
			if i >= 3 && (s.w(i-1) == wAnd || s.w(i-1) == wOr || s.w(i-1) == wTo) && s.decadeName(i) && s.decadeName(i-2) && s.w(i-3) == wThe {
				// "the sixties and seventies": the second decade without
				// its "the", as "the 1960s and 1970s".
				try(s.spelledDecade(i, i))
			}
			return
		}
		if e.month > 0 {
			try(s.pMonth(i))
		}
		if e.weekday > 0 {
			try(s.pWeekday(i))
		}
		if e.unit == uDay && !e.plural {
			try(s.pDayN(i))
		}
		if e.hasNum && (!e.tens || s.w(i+1) == wPast || s.w(i+1) == wAfter || s.w(i+1) == wTo || s.isWord(i+1, "minutes") || s.isPunct(i+1, '-')) || e.w == wHalf || e.w == wA || e.named && s.isWord(i, "quarter") {
			try(s.pClockWords(i)) // ("twenty past six", "twenty-five after ten", "twenty minutes to eight" too)
		}
		if e.hasNum || e.w == wFew || e.w == wSeveral || e.w == wCouple || e.w == wMany || e.w == wHalf || e.w == wSome && s.lx(i+1) != nil && s.lx(i+1).plural {
			try(s.pQuantity(i))
			if e.num >= 10 && e.num <= 20 {
				try(s.pSpelledYear(i))
			}
		}
		if e.ord > 0 || e.tens {
			try(s.pQuarter(i))
			try(s.pCentury(i))
			try(s.pDayMonth(i))
		}
		if e.setUnit > 0 || e.w == wEvery || e.w == wEach || e.w == wPer {
			try(s.pSet(i))
		}
		if e.named && (s.isWord(i, "day") || s.isWord(i, "night")) && s.w(i+1) == wAnd {
			try(s.pDayAndNight(i))
		}
		if e.named && s.isWord(i, "midweek") {
			try(s.pMidweek(i))
		}
		if (e.unit == uYear || e.unit == uMonth || e.unit == uQuarter) && !e.plural {
			try(s.pToDate(i))
		}
		if e.named && (s.isWord(i, "midmorning") || s.isWord(i, "midafternoon") || s.isWord(i, "midevening")) {
			try(s.pMidPod(i))
		}
		if e.named && s.isWord(i, "annually") {
			try(s.pAnnually(i))
		}
		if (e.w == wA || e.hasNum && !e.tens && e.ord == 0) && (s.isWord(i+1, "generation") || s.isWord(i+1, "generations")) && s.w(i+2) == wAgo {
			try(s.pGenerationAgo(i))
		}
		if e.w == wA && s.isWord(i+1, "generation") {
			try(s.pGeneration(i))
		}
		if e.named && (s.isWord(i, "midsummer") || s.isWord(i, "midwinter")) {
			try(s.pMidSeason(i))
		}
		if e.named && s.isWord(i, "weekdays") || e.unit == uWeekend && e.plural {
			try(s.pWeekdays(i))
		}
		if e.unit > 0 || e.w == wYearEnd {
			try(s.pBareUnit(i))
			if e.unit == uDay {
				if c, named := s.pNamedDay(i); named && (!ok || c.j >= best.j) {
					best, ok = c, true // a look-behind: it starts at the name
				}
			}
		}
		if e.w == wThe || e.ord > 0 || e.w == wLast {
			try(s.pOrdWeekdaySet(i))
		}
		if e.ord > 0 && s.toks[i].cap {
			try(s.pHeadingDay(i))
		}
		switch e.w {
		case wThe:
			try(s.pOrdDay(i))
			try(s.pNthDay(i))
			try(s.pDeictic(i))
			try(s.pFuzzy(i))
			try(s.pQuarter(i))
			try(s.pCentury(i))
			try(s.pDecadeOf(i))
			try(s.pEdgeDay(i))
			try(s.pTheYear(i))
			try(s.pTurn(i))
			try(s.pPartYears(i))
			try(s.pWeekOf(i))
			try(s.pPartOf(i))
			try(s.pTerm(i))
			if s.seasonsWord(i+1) > 0 {
				try(s.pSeasonsOf(i))
			}
		case wThis, wThat, wLast, wNext, wPast, wPrevious, wComing, wFollowing, wCurrent, wSame, wLatest, wPrior, wUpcoming, wRecent, wThese:
			try(s.pDeictic(i))
			if e.w == wLast || e.w == wThis || e.w == wNext {
				try(s.pQuarter(i))
				try(s.pSportSeason(i))
			}
			if e.w == wCurrent || e.w == wRecent {
				try(s.pRef(i))
			}
			if e.w == wThis && s.w(i+1) == wPast {
				// "this past spring", "this past weekend"
				if c, ok := s.pDeictic(i + 1); ok && c.i == i+1 && c.typ == timeline.TypeDate {
					c.i = i
					try(c, true)
				}
			}
		case wEarly, wLate, wMid, wEarlier, wLater:
			try(s.pFuzzy(i))
		case wEnd:
			if !s.toks[i].cap && s.endBeforePeriod(i, i+1) {
				try(s.pFuzzy(i)) // "by end-March", "at end December"
			}
		case wToday, wYesterday, wTomorrow, wTonight:
			try(s.pDayWord(i))
		case wNow, wCurrently, wPresently, wRecently, wFormerly, wSoon, wFuture, wNowadays:
			try(s.pRef(i))
		case wNoon, wMidnight:
			try(s.pTime(i))
		case wFiscal:
			try(s.pFiscal(i))
		case wDawn, wDusk:
			try(s.pDawn(i))
		case wOvernight:
			try(s.pOvernight(i))
		case wAD:
			try(s.pAD(i))
		case wAnother:
			try(s.pAnother(i))
		}
		if (tk.end-tk.start) == 1 && (s.text[tk.start]|0x20 == 'q' || s.text[tk.start]|0x20 == 'h') {
			try(s.pQuarter(i))
		}
		if e.named && s.isWord(i, "fy") {
			try(s.pFY(i))
		}
		if e.named && (s.isWord(i, "election") || s.isWord(i, "polling") || s.isWord(i, "voting")) {
			try(s.pPollingDay(i))
		}
		if e.season > 0 {
			try(s.pSeason(i))
		}
		if e.named && s.isWord(i, "first") && s.isWord(i+1, "light") && !s.toks[i+1].cap {
			try(s.pDawn(i)) // "at first light": dawn
		}
		if e.pod > 0 && !e.plural {
			try(s.pBarePod(i))
		}
		if e.w == wThe || s.isWord(i, "present") {
			try(s.pPresent(i))
		}
		if e.w == wThe && s.isPunct(i-1, ',') {
			try(s.pEraYear(i))
		}
		if e.holiday > 0 {
			try(s.pHoliday(i))
		}
	}
	return
}

// pGenerationAgo: "a generation ago", "two generations ago": the vague
// past (PAST_REF). A generation is no calendar unit, so the phrase names
// no year the way "30 years ago" does; it says only "long before now".
func (s *state) pGenerationAgo(i int) (cand, bool) {
	if i+2 >= len(s.toks) || s.isPunct(i+3, '-') {
		return cand{}, false
	}
	return s.fixed(i, i+3, timeline.TypeDate, "PAST_REF"), true
}

// pEraYear: "1862, the first year of the Tongzhi era": a year of a named
// era of a calendar in apposition to the year just given is that year
// (a regnal count, "the fifth year of his reign", is left alone).
func (s *state) pEraYear(i int) (cand, bool) {
	n, k, ok := s.ordAt(i + 1)
	if !ok || n < 1 || s.lx(k) == nil || s.lx(k).unit != uYear || s.lx(k).plural || s.w(k+1) != wOf || s.w(k+2) != wThe {
		return cand{}, false
	}
	m := k + 3
	for names := 0; m < len(s.toks) && s.toks[m].kind == tkWord && s.toks[m].cap && s.lx(m) == nil && names < 3; names++ {
		m++
	}
	if m == k+3 || !s.isWord(m, "era") || s.toks[m].cap {
		return cand{}, false
	}
	x := len(s.res.Timexes) - 1
	if x < 0 || i < 2 || s.res.Timexes[x].Type != timeline.TypeDate || s.res.Timexes[x].End != int(s.toks[i-2].end) || s.ref != x || s.refCal.g != gYear || s.refCal.noYear {
		return cand{}, false
	}
	c := s.date(i, m+1, s.refCal)
	c.anchor, c.noRef = x, true
	return c, true
}

// pGeneration: "a generation later", "a generation earlier", "a
// generation after the war": "a generation", an unstated number of
// years (PXY), as "hours later" is "hours" (PTXH). ("a generation ago"
// is the vague past, pGenerationAgo.)
func (s *state) pGeneration(i int) (cand, bool) {
	if s.toks[i+1].cap {
		return cand{}, false
	}
	if s.w(i-1) == wWithin && (s.phraseEnds(i+2) || s.isWordIn(i+2, "its", "his", "her", "their", "it", "he", "she", "they", "we") && !s.toks[i+2].cap) {
		// "within a generation its trade had moved": the span of a
		// generation after "within" is a length of time, as "within a
		// decade" (not "within a generation of students").
		return s.fixed(i, i+2, timeline.TypeDuration, "PXY"), true
	}
	if (s.w(i-1) == wFor || s.w(i-1) == wIn && s.isWordIn(i-2, "time", "once")) && s.w(i+2) != wOf && s.phraseEnds(i+2) {
		// "Peace held for a generation", "the worst floods for a
		// generation", "larger than it had been for a generation": a
		// length of time, as "for a decade" (not "for a generation of
		// readers"); "the first time in a generation", as "in a decade".
		return s.fixed(i, i+2, timeline.TypeDuration, "PXY"), true
	}
	if !(s.w(i+2) == wLater || s.w(i+2) == wEarlier || s.w(i+2) == wAfter || s.w(i+2) == wBefore) {
		return cand{}, false
	}
	return s.fixed(i, i+2, timeline.TypeDuration, "PXY"), true
}

// pPresent: the open end of a period, "(1923–present)", "from 1960 to
// the present", "until the present day": PRESENT_REF, as TimeBank tags
// "now".
func (s *state) pPresent(i int) (cand, bool) {
	if s.isWord(i, "present") {
		if s.isPunct(i-1, '-') && i >= 2 && s.toks[i-2].kind == tkNum && s.toks[i-2].ndig == 4 {
			return s.fixed(i, i+1, timeline.TypeDate, "PRESENT_REF"), true
		}
		return cand{}, false
	}
	if !s.isWord(i+1, "present") {
		return cand{}, false
	}
	switch {
	case s.w(i-1) == wTo || s.w(i-1) == wUntil || s.w(i-1) == wThrough || s.isWord(i-1, "into"):
	default:
		return cand{}, false
	}
	j := i + 2
	if s.isWord(j, "day") {
		j++
	}
	if !s.clauseEnd(j) && s.w(j) != wAnd {
		return cand{}, false // "to the present owners"
	}
	return s.fixed(i, j, timeline.TypeDate, "PRESENT_REF"), true
}

// pSportSeason: "last season", "this season", "next season" in a report:
// a season of play, named by the year it begins ("the 2022-23 season" is
// 2022). Most seasons so named run from late summer to spring, so the
// current one began this year from July on and last year before it: in
// March 2026 "last season" is 2024 and "next season" 2026. Not "the last
// season" (the final one) and not in narrative, which has no now.
func (s *state) pSportSeason(i int) (cand, bool) {
	if !s.t.hasDCT || !s.isWord(i+1, "season") || s.w(i-1) == wThe || s.t.dct.g < gMonth {
		return cand{}, false
	}
	y := s.t.dct.y
	if s.t.dct.m < 7 && !s.yearSeasons(i) {
		y--
	}
	switch s.w(i) {
	case wLast:
		y--
	case wNext:
		y++
	}
	c := s.date(i, i+2, cal{g: gYear, y: y})
	c.dctRel = true
	return c, true
}

// yearSeasons reports whether the story names a season of play by one
// year ("the 2002 season", "its 1998 season"), not by two ("the 2001-02
// season"), before token i or after it: its seasons fall within a
// calendar year (as baseball's do), so the one current at the DCT is the
// DCT's year.
func (s *state) yearSeasons(i int) bool {
	for k := 1; k < len(s.toks); k++ {
		if k == i || k == i+1 {
			continue
		}
		if !s.isWord(k, "season") {
			continue
		}
		t := s.toks[k-1]
		if t.kind == tkNum && t.ndig == 4 && t.num >= 1800 && t.num <= 2200 && !(k >= 2 && s.isPunct(k-2, '-')) {
			return true
		}
	}
	return false
}

func (s *state) date(i, j int, c cal) cand {
	return cand{i: i, j: j, typ: timeline.TypeDate, c: c, anchor: -1}
}

func (s *state) fixed(i, j int, typ timeline.TimexType, val string) cand {
	return cand{i: i, j: j, typ: typ, val: val, anchor: -1}
}

// eraAfter reads "BC", "B.C.", "BCE", "AD", "A.D." at k.
func (s *state) eraAfter(k int) (next int, bc, ok bool) {
	if k >= len(s.toks) || s.toks[k].kind != tkWord {
		return
	}
	w := s.word(k)
	up := w[0] >= 'A' && w[0] <= 'Z'
	if !up {
		return
	}
	switch {
	case lowerEq(w, "bc") || lowerEq(w, "bce"):
		return k + 1, true, true
	case lowerEq(w, "ad") || lowerEq(w, "ce"):
		return k + 1, false, true
	case (lowerEq(w, "b") || lowerEq(w, "a")) && s.isPunct(k+1, '.') && s.tight(k+1) && s.tight(k+2):
		w2 := s.word(k + 2)
		if lowerEq(w, "b") && lowerEq(w2, "c") || lowerEq(w, "a") && lowerEq(w2, "d") {
			next = k + 3
			if s.isPunct(next, '.') && s.tight(next) {
				next++
			}
			if lowerEq(w, "b") && s.isWord(next, "e") && s.tight(next) { // B.C.E.
				next++
				if s.isPunct(next, '.') && s.tight(next) {
					next++
				}
			}
			return next, lowerEq(w, "b"), true
		}
	}
	return
}

// pYear: "2017", "264 BC", "the 1990s", "1800s", "'98", "'90s".
func (s *state) pYear(i int) (cand, bool) {
	tk := &s.toks[i]
	if tk.kind == tkNum && tk.ndig == 4 && i >= 2 && s.isPunct(i-1, '-') && s.tight(i-1) && s.tight(i) && s.isWord(i-2, "year") && !s.toks[i-2].cap &&
		i+1 < len(s.toks) && s.toks[i+1].kind == tkWord && !s.toks[i+1].cap && s.lx(i+1) == nil {
		// "the year-2000 problem", "the year-2000 czar": the compound
		// names the date-change problem of computers, not the year.
		return cand{}, false
	}
	if tk.kind == tkPunct {
		if !s.isPunct(i, '\'') || !s.tight(i+1) || i+1 >= len(s.toks) || s.toks[i+1].kind != tkNum || s.toks[i+1].ndig != 2 || i > 0 && !tk.sp && !(s.isPunct(i-1, '-') && s.w(i-2) == wMid) {
			// (after "mid-" the apostrophe opens a decade: "the mid-'90s")
			return cand{}, false
		}
		n := s.toks[i+1]
		switch n.suf {
		case sufS:
			return s.withThe(i, s.date(i, i+2, cal{g: gDecade, y: s.twoDigitDecade(int(n.num)) / 10})), true
		case sufNone:
			if s.isPunct(i+2, '\'') { // quoted number
				return cand{}, false
			}
			return s.date(i, i+2, cal{g: gYear, y: s.twoDigitYear(int(n.num))}), true
		}
		return cand{}, false
	}
	if tk.kind != tkNum || tk.grouped || tk.decimal || tk.num <= 0 || s.isPunct(i-1, '$') || s.isPunct(i-1, '#') {
		return cand{}, false
	}
	if tk.suf == sufNone && tk.ndig <= 4 {
		if next, bc, ok := s.eraAfter(i + 1); ok {
			y := int(tk.num)
			if bc {
				y = 1 - y
			}
			return s.date(i, next, cal{g: gYear, y: y}), true
		}
	}
	if b := s.beforeApprox(i); tk.suf == sufNone && tk.ndig <= 4 && (s.w(b) == wFrom || s.w(b) == wBetween || s.isPunct(i+1, '-')) {
		// "from 264 to 146 BC", "between 480 and 450 BC", "(218–201
		// BC)", "(c. 460 – c. 400 BC)", "reigned c. 2589–2566 BC": the
		// era of the end of a range is the era of its start (a dash
		// needs nothing before it: a first year larger than the second
		// says both are BC).
		k := i + 1
		if s.w(k) == wTo || s.w(k) == wAnd || s.isPunct(k, '-') {
			e := k + 1
			if s.w(e) == wCirca && s.isPunct(e+1, '.') {
				e += 2 // "c. 400 BC"
			} else if s.w(e) == wCirca || s.w(e) == wAbout {
				e++
			}
			if n, ok := s.plainNum(e); ok && s.toks[e].ndig <= 4 && n > 0 {
				if _, bc, ok := s.eraAfter(e + 1); ok && (bc && int(tk.num) > n || !bc && int(tk.num) < n) {
					y := int(tk.num)
					if bc {
						y = 1 - y
					}
					return s.date(i, i+1, cal{g: gYear, y: y}), true
				}
			}
		}
	}
	if tk.suf == sufS && tk.ndig >= 2 && tk.ndig <= 4 && tk.num%10 == 0 && tk.num > 0 && (s.w(i-1) == wThe || s.edgeBefore(i)) {
		if next, bc, ok := s.eraAfter(i + 1); ok && bc {
			// "the 210s BC": the decade 219-210 BC (BC021), as "the 4th
			// century BC" is BC03.
			return s.withThe(i, s.date(i, next, cal{g: gDecade, y: -int(tk.num)/10 - 1})), true
		}
	}
	if tk.ndig == 3 && tk.suf == sufS && tk.num%10 == 0 && (s.w(i-1) == wThe || s.edgeBefore(i)) {
		// "the 670s"; "the mid-160s", "the early 890s" as "the mid-1860s"
		return s.withThe(i, s.date(i, i+1, cal{g: gDecade, y: int(tk.num) / 10})), true
	}
	if tk.ndig == 2 && tk.suf == sufS && tk.num%10 == 0 && tk.num >= 20 && s.bareDecade(i) {
		// "the 90s", "the early 80s", "the mid-70s": a decade written
		// without its apostrophe, as "the '90s"
		return s.withThe(i, s.date(i, i+1, cal{g: gDecade, y: s.twoDigitDecade(int(tk.num)) / 10})), true
	}
	if tk.ndig <= 3 && tk.suf == sufNone && s.reignYear(i) {
		return s.date(i, i+1, cal{g: gYear, y: int(tk.num)}), true
	}
	if (tk.ndig == 3 || tk.ndig <= 2 && s.earlyADYear(int(tk.num))) && tk.suf == sufNone && s.shortYear(i) {
		return s.date(i, i+1, cal{g: gYear, y: s.storyEra(int(tk.num))}), true
	}
	if tk.ndig != 4 || tk.num < 1000 || tk.num > 2999 {
		return cand{}, false
	}
	if tk.suf == sufNone && i >= 2 && s.w(i-1) == wOf && s.toks[i-2].cap && s.isWordIn(i-2, "war", "wars") && (i < 3 || s.w(i-3) == wThe || !s.toks[i-3].cap) {
		// "the War of 1812", "the Wars of 1859": the year is part of the
		// war's name, and names of wars are no expressions ("a war of
		// 1812" in plain prose, lower-case, stays a year; after a name,
		// "the Gulf War of 1991" dates the war named before it).
		return cand{}, false
	}
	y := int(tk.num)
	if tk.suf == sufS {
		c := cal{g: gDecade, y: y / 10}
		if y%100 == 0 && y != 2000 {
			// "the 1800s" are a century; "the 2000s" the decade ("the
			// early 2000s"), as people say it.
			c = cal{g: gCentury, y: y / 100}
		}
		return s.withThe(i, s.date(i, i+1, c)), true
	}
	if tk.suf != sufNone || s.isPunct(i+1, '%') || s.isPunct(i+1, ':') && s.tight(i+1) && (i+2 >= len(s.toks) || s.tight(i+2) || !s.yearColon(i)) {
		return cand{}, false
	}
	if s.isPunct(i-1, '-') && s.tight(i-1) && i >= 2 && s.toks[i-2].kind == tkNum && s.tight(i) {
		return cand{}, false // phone numbers, scores, "1914-1918" handled by the range rule
	}
	if s.isPunct(i+1, '-') && s.tight(i+1) && i+2 < len(s.toks) && s.toks[i+2].kind == tkNum && s.tight(i+2) && s.toks[i+2].ndig != 4 && s.toks[i+2].ndig != 2 &&
		!(s.toks[i+2].ndig == 1 && int(s.toks[i+2].num) > y%10 && (s.phraseEnds(i+3) || s.pastVerbAt(i+3))) { // ("1805-6": the next years shortened to a digit)
		return cand{}, false
	}
	if e := s.lx(i + 1); e != nil && e.hasNum && (e.num == 100 || e.num == 1000) {
		return cand{}, false
	}
	if s.codeNumber(i) || (s.w(i-1) == wAnd || s.w(i-1) == wOr || s.isPunct(i-1, ',')) && i >= 2 && s.toks[i-2].kind == tkNum && s.toks[i-2].ndig == 4 && s.codeNumber(i-2) {
		// a code, not a year: "batch code 2301", "codes ending in 2301
		// and 2302", "lot 1987"
		return cand{}, false
	}
	if s.isWordIn(i-1, "resolution", "resolutions", "flight", "article", "articles", "section", "chapter", "paragraph", "page", "pages", "room", "route", "highway", "interstate", "platform", "gate") {
		// a number that labels an item: "Resolution 2231", "Flight 1549",
		// "Article 1244", "Route 1960"
		return cand{}, false
	}
	if s.isWord(i-1, "local") && s.toks[i-1].cap && s.sentStart(i-1, 1) != i-1 {
		// "Local" capitalized inside a sentence names a union branch by
		// its number: "president of Local 1127", "members of Teamsters
		// Local 2010"
		return cand{}, false
	}
	if s.countOfPlural(i) {
		return cand{}, false
	}
	switch {
	case s.isWord(i+1, "percent"), s.isWord(i+1, "million"), s.isWord(i+1, "billion"), s.isWord(i+1, "people"), s.isWord(i+1, "troops"), s.isWord(i+1, "shares"), s.isWord(i+1, "points"), s.isWord(i+1, "feet"), s.isWord(i+1, "meters"), s.isWord(i+1, "miles"), s.isWord(i+1, "tons"), s.isWord(i+1, "dollars"), s.isWord(i+1, "members"), s.isWord(i+1, "employees"), s.measureUnit(i + 1):
		return cand{}, false
	}
	return s.date(i, i+1, cal{g: gYear, y: y}), true
}

// countOfPlural reports whether the number at i counts the bare plural
// noun after it, by the word before it: a word of approximation ("some
// 1500 men", "nearly 2000 prisoners", "more than 1200 wagons"), "with",
// or a verb in the past taking the count as its object ("lost 1500 men",
// "asked for 2000 rifles"). A year before a plural noun follows a
// preposition or a determiner ("In 1990 prices rose", "the 1848
// revolutions").
func (s *state) countOfPlural(i int) bool {
	n := i + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord || s.toks[n].cap || s.lx(n) != nil || i == 0 || s.toks[i-1].kind != tkWord || s.toks[i-1].cap {
		return false
	}
	w := s.word(n)
	plural := s.isWordIn(n, "men", "women", "children", "cattle", "horses") ||
		len(w) >= 4 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i'
	if !plural {
		return false
	}
	p := i - 1
	if s.w(p) == wFor && p > 0 && s.pastForm(p-1) {
		p-- // "asked for 2000 rifles"
	}
	return s.isWordIn(p, "some", "nearly", "almost", "roughly", "approximately", "than", "with") || s.pastForm(p)
}

// codeNumber reports whether the number at i labels a batch or a code:
// after "code", "batch", "lot", glued to a capital letter ("B1120"), or after "end in" / "ending in" in a
// sentence about codes or numbers ("the batch codes end in 2301").
func (s *state) codeNumber(i int) bool {
	if s.isWordIn(i-1, "code", "codes", "batch", "batches", "lot", "lots", "serial") {
		return true
	}
	if i >= 1 && s.tight(i) && s.toks[i-1].kind == tkWord && s.toks[i-1].cap && len(s.word(i-1)) == 1 {
		// a number glued to a capital letter names a road, a model or a
		// form: "the B1120 junction", "an A1234 road" (not "FY2024")
		return true
	}
	if i >= 3 && s.w(i-1) == wIn && s.isWordIn(i-2, "end", "ends", "ending", "ended") {
		for k := i - 3; k >= 0 && k >= i-8; k-- {
			if s.toks[k].kind != tkWord {
				break
			}
			if s.isWordIn(k, "code", "codes", "number", "numbers", "digits", "batch", "batches", "lot", "lots", "serial") {
				return true
			}
		}
	}
	return false
}

// endBeforePeriod reports whether "end" at i, with no "the" and no
// "of", stands for "the end of" before a month or a year starting at j:
// joined to it by a hyphen ("end-March", "end-2024"), or after a
// preposition and before a month with no day ("at end December", "best
// before end February 2023"; not the verb in "talks end March 3").
func (s *state) endBeforePeriod(i, j int) bool {
	if j >= len(s.toks) || s.w(i-1) == wTo {
		// ("the year to end-June" keeps the month alone, the end of a
		// reporting period, as "the year to March")
		return false
	}
	if s.isPunct(j, '-') && s.tight(j) && s.tight(j+1) && j+1 < len(s.toks) {
		k := j + 1
		return s.isMonthAt(k) || s.toks[k].kind == tkNum && s.toks[k].ndig == 4 && !s.toks[k].grouped && !s.toks[k].decimal
	}
	if !s.isMonthAt(j) || !s.isWordIn(i-1, "at", "by", "before", "until", "till", "from", "since") {
		return false
	}
	return !(j+1 < len(s.toks) && s.toks[j+1].kind == tkNum && s.toks[j+1].ndig <= 2)
}

// bareDecade reports whether the two-digit "90s" at i names a decade:
// after "the" (or "the early", "the late", "the mid-"), in a sentence
// that speaks of no temperature, score, speed or share, where "in the
// 90s" is a reading ("highs in the 90s", "shot in the 70s").
func (s *state) bareDecade(i int) bool {
	k := i - 1
	if s.isPunct(k, '-') && s.tight(k) && s.w(k-1) == wMid {
		k -= 2
	} else if s.w(k) == wEarly || s.w(k) == wLate || s.w(k) == wMid {
		k--
	}
	if s.w(k) != wThe || s.isPunct(i+1, '%') || s.isPunct(i+1, '-') && s.tight(i+1) {
		return false
	}
	lo, hi := i, i
	lo = s.sentStart(lo, 25)
	hi = s.sentEnd(hi, 10)
	for m := lo; m <= hi; m++ {
		if s.toks[m].kind == tkWord && s.isWordIn(m, "degrees", "degree", "temperature", "temperatures", "temps", "high", "highs", "low", "lows", "heat",
			"mercury", "thermometer", "fahrenheit", "celsius", "percent", "mph", "score", "scores", "scored", "shot", "shoot", "shooting", "rating", "ratings",
			"polls", "poll", "approval", "speeds", "speed", "price", "prices", "cents", "range", "humidity", "age", "ages", "aged", "old") {
			return false
		}
		if s.toks[m].kind == tkOther || s.isPunct(m, '%') || s.isPunct(m, '$') {
			return false // "°", "%", "$": a reading
		}
	}
	return true
}

// measureUnit reports whether the word at i is a unit of length, mass or
// area, which makes the number before it a measure ("the 1500 metres",
// "2000 kilometres"), not a year.
func (s *state) measureUnit(i int) bool {
	for _, u := range []string{"metres", "meters", "metre", "kilometres", "kilometers", "km", "yards", "kilograms", "kg", "pounds", "tonnes", "acres", "hectares", "cubits"} {
		if s.isWord(i, u) {
			return true
		}
	}
	return false
}

// reignYear reports whether the number at i is one end of a reign of
// the first millennium given in parentheses, "(r. 98–117)", "(r.
// 54–68)": "r." says the numbers are years.
// Either year may carry its "c." ("(r. c. 320–c. 360)"), which stays
// in its span as after any other "c.".
func (s *state) reignYear(i int) bool {
	circa := func(k int) bool { return s.isPunct(k, '.') && s.w(k-1) == wCirca } // "c." ending at k
	a := i
	if s.isPunct(i-1, '-') {
		a = i - 2
	} else if circa(i-1) && s.isPunct(i-3, '-') {
		a = i - 4
	}
	open := a - 1
	if circa(open) {
		open -= 2
	}
	if !(s.isPunct(open, '.') && s.isWord(open-1, "r") && s.isPunct(open-2, '(') && s.isPunct(a+1, '-')) {
		return false
	}
	b := a + 2
	if circa(b+1) && s.w(b) == wCirca {
		b += 2
	}
	if b != i && a != i {
		return false
	}
	n1, ok1 := s.plainNum(a)
	n2, ok2 := s.plainNum(b)
	return ok1 && ok2 && s.toks[a].ndig <= 4 && s.toks[b].ndig <= 4 && n1 > 0 && n2 >= n1 && n2 < 1000 && s.isPunct(b+1, ')')
}

// pEdgeDay: "the first day of March", "the last day of February 1900":
// the day itself, a DATE.
func (s *state) pEdgeDay(i int) (cand, bool) {
	last := s.w(i+1) == wLast
	if !last && !s.isWord(i+1, "first") || !s.isWord(i+2, "day") || s.w(i+3) != wOf || !s.isMonthAt(i+4) {
		return cand{}, false
	}
	m, ok := s.pMonth(i + 4)
	if !ok || m.c.g != gMonth || m.i != i+4 {
		return cand{}, false
	}
	c := m
	c.i = i
	c.c.g, c.c.d = gDay, 1
	if last {
		y := c.c.y
		if c.c.noYear || c.partial {
			y = 2001 // a common year: the year is not known yet
		}
		c.c.d = timeline.DaysIn(y, c.c.m)
	}
	return c, true
}

// pDecadeOf: "the first decade of the 20th century" (190), "the last
// decade of the 19th century" (189): one DATE, the decade counted within
// the century.
func (s *state) pDecadeOf(i int) (cand, bool) {
	o, k, ok := s.ordAt(i + 1)
	if s.w(i+1) == wLast {
		o, k, ok = 10, i+2, true
	}
	if !ok || o < 1 || o > 10 || s.lx(k) == nil || s.lx(k).unit != uDecade || s.lx(k).plural || s.w(k+1) != wOf {
		return cand{}, false
	}
	c, ok := s.pCentury(k + 2)
	if !ok || c.i != k+2 || c.c.g != gCentury || c.c.noYear || c.c.y <= 0 || c.mod != "" {
		return cand{}, false
	}
	return s.date(i, c.j, cal{g: gDecade, y: c.c.y*10 + o - 1}), true
}

// beforeApprox returns the index of the token before the approximation
// that precedes token i ("c. 1279", "circa 1279", "about 1279"), or i-1.
func (s *state) beforeApprox(i int) int {
	switch {
	case s.isPunct(i-1, '.') && s.w(i-2) == wCirca:
		return i - 3
	case s.w(i-1) == wCirca || s.w(i-1) == wAbout || s.w(i-1) == wAround:
		return i - 2
	}
	return i - 1
}

// shortYear reports whether the three-digit number at i is a year of the
// first millennium: after "in", "by", "until" or "since", and ending the
// phrase ("sacked in 410 and again ...", not "in 410 cases").
func (s *state) shortYear(i int) bool {
	b := s.beforeApprox(i)
	if s.isPunct(b, '.') && s.isWord(b-1, "r") {
		b -= 2 // "(r. 117–138)"
	}
	switch {
	case s.w(i-1) == wIn || s.w(i-1) == wBy || s.w(i-1) == wUntil || s.w(i-1) == wSince || s.w(i-1) == wFrom:
		if s.w(i-1) != wFrom && s.earlyYearRange(i) {
			// "besieged in 866–867 before", "until 1014–1015": a range
			// of years of the first millennium after the preposition
			return true
		}
	case s.isWordIn(i-1, "reigned", "ruled") && !s.toks[i-1].cap:
		// "who reigned 892–907", "ruled 618–626 as regent": a verb of
		// rule before a range says the numbers are the years of a reign
		// (not "ruled 5–4", whose numbers are no three-digit range).
		return s.earlyYearRange(i)
	case b < i-1 && s.w(b) == wFrom:
		// "from about 991 to 1018", "from c. 880 to 925": an
		// approximate first year of a range, read as the range below;
		// or the start of a state that goes on, its phrase ended by the
		// clause's end ("struck coins from about 270.", as "from 270."),
		// unless a verb of change makes it a base ("rose from about 300.").
		if !(s.w(i+1) == wTo || s.isPunct(i+1, '-') || s.isPunct(i+1, '.') || s.isPunct(i+1, ';')) {
			return false
		}
	case s.w(i-1) == wTo && (s.datingVerb(i-2) || s.isWord(i-2, "back") && s.datingVerb(i-3)):
		// "is dated to 802", "dates back to 640": a verb of dating says
		// a year is meant.
	case b < i-1 && (s.w(i-1) == wCirca || s.isPunct(i-1, '.') && s.w(i-2) == wCirca) && (s.w(b) == wIn || s.w(b) == wBy || s.w(b) == wUntil || s.w(b) == wSince):
		// "sacked in c. 580, the city": "c." says a date is meant.
	case b == i-2 && (s.w(i-1) == wAbout || s.w(i-1) == wAround) && (s.w(b) == wIn || s.w(b) == wUntil || s.w(b) == wSince) && !(s.t.hasDCT && s.newsText()) && !s.countAt(b-1):
		// "held the coast until about 570, when", "won at Chester in
		// about 615.": after a preposition of time "about" is as "c.",
		// when the number ends its phrase (not "in about 300 cases";
		// not "by about 300", a change, nor "one in about 300", a share).
	case s.w(i-1) == wOf && (s.w(i-2) == wEnd || s.w(i-2) == wBeginning || s.w(i-2) == wStart || s.w(i-2) == wMiddle) && s.w(i-3) == wThe && s.toks[i].ndig == 3 && !(s.t.hasDCT && s.newsText()):
		// "by the end of 271 they held Asia Minor", "at the beginning of
		// 410": the end, start or middle of a period, and the number
		// ending its phrase (or before a pronoun, as after a season, "the
		// summer of 756") is the year whose edge is meant (not "the end
		// of 300 years", "the middle of 200 acres").
		_, _, ok := s.earlyYear(i)
		return ok
	case s.w(i-1) == wOf && s.eventNoun(i-2):
		// "a charter of 956", "the synod of 664", "the earthquake of
		// 749": a document or an event dated by its year, before the
		// phrase ends or its verb ("the sack of 410 shocked"), or the
		// first of a range of years ("the rebellion of 755–763").
		if s.isPunct(i+1, '-') && s.tight(i+1) {
			n, ok := s.plainNum(i + 2)
			return ok && s.toks[i+2].ndig == 3 && n > int(s.toks[i].num) && (s.phraseEnds(i+3) || s.pastVerbAt(i+3))
		}
		if s.pastVerbWord(i + 1) {
			return true // (an irregular past too: "a treaty of 435 gave")
		}
	case b < i-1 && (s.w(i-1) == wCirca || s.isPunct(i-1, '.') && s.w(i-2) == wCirca) && !(s.t.hasDCT && s.newsText()) &&
		s.w(b) != wBetween && !s.isPunct(b, '('):
		// "founded circa 800 by settlers", "born c. 940, he": after a
		// verb too "c." says a date is meant, when the number ends its
		// phrase (not "circa 800 people", "a garrison of c. 300.").
		if s.w(b) == wOf {
			return false
		}
		switch s.w(i + 1) {
		case wBy, wIn, wAt, wOn:
			return true
		}
		if s.isPunct(i+1, ')') && s.lifeAbbrev(b) {
			return true // "(d. c. 875)"
		}
	case b == i-2 && (s.w(i-1) == wAround || s.w(i-1) == wAbout) && !(s.t.hasDCT && s.newsText()) && (s.eventVerb(b) || s.nameEnds(b) && !s.gappedCount(b) || s.eventVerbPlace(b) ||
		s.isWordIn(b-1, "his", "her", "their", "its") && (s.eventNoun(b) || s.isWordIn(b, "death", "birth", "accession", "abdication", "marriage", "exile", "arrival"))):
		// "founded the city around 900", "was born about 849": after a
		// verb of an event, or after its object's name, "around" says
		// when (not "numbered around 900", "a garrison of about 300");
		// so after a possessed noun of an event, "until his death around
		// 100", "her accession about 690".
		switch s.w(i + 1) {
		case wBy, wIn, wAt, wOn:
			return true
		}
	case b == i-2 && (s.w(i-1) == wAround || s.w(i-1) == wAbout) && s.isPunct(b, ',') && s.isPunct(i+1, ',') && !(s.t.hasDCT && s.newsText()) && s.openingPrepPhrase(b):
		// "Under Diocletian, around 300, a camp was built": set off by
		// commas after a sentence's opening phrase of time or place, an
		// approximate number is when (a count in apposition follows a
		// noun phrase: "The garrison, about 300, surrendered").
		return true
	case s.isPunct(i+1, ')') && s.lifeAbbrev(i-1):
		return true // "(d. 875)", "(fl. 690)"
	case (s.w(i-1) == wAnd || s.w(i-1) == wOr) && i >= 2:
		// "struck again in 573 and 586.": a later year of three digits
		// joined to a year of the first millennium is a year too, when
		// it ends its phrase (not "in 573 and 40 ships", "in 410 and 300
		// men").
		n, ok := s.plainNum(i - 2)
		m, ok2 := s.plainNum(i)
		// A preposition closes the second year's phrase as it closes the
		// first's ("fought in 272 and 273 between Rome and Palmyra").
		return ok && ok2 && (s.toks[i-2].ndig == 3 || s.toks[i-2].ndig <= 2 && s.earlyADYear(n)) && m > n && m-n <= 200 && (s.shortYear(i-2) || s.isWord(i-3, "ad") && s.toks[i-3].cap) && (s.phraseEnds(i+1) || s.closesYearPhrase(i+1)) &&
			!(i+1 < len(s.toks) && s.toks[i+1].kind == tkWord && !s.toks[i+1].cap && s.lx(i+1) == nil)
	case s.w(b) == wBetween || s.isPunct(b, '('):
		// "between 235 and 284", "(618–907)": a range of early years,
		// its end a larger number that ends the phrase.
		if s.t.hasDCT && s.newsText() || !(s.w(i+1) == wAnd || s.isPunct(i+1, '-')) || s.w(b) != wBetween && !s.isPunct(i+1, '-') {
			return false
		}
		n, ok := s.plainNum(i + 2)
		if ok && n <= 31 && s.isPunct(i+1, '-') && s.isMonthAt(i+3) {
			// "(c. 849 – 26 October 899)": a life whose end has its day
			y, ok := s.plainNum(i + 4)
			return ok && s.toks[i+4].ndig == 3 && y > int(s.toks[i].num) && s.phraseEnds(i+5)
		}
		return ok && s.rangeEndYear(i, i+2, n) && s.phraseEnds(i+3)
	default:
		return false
	}
	f := i - 1
	if s.w(f) != wFrom && s.w(f) != wBetween && s.w(b) == wFrom {
		f = b // "from about 991 to 1018"
	}
	if s.w(f) == wFrom || s.w(f) == wBetween {
		// "from 284 to 305", not "from 284 to 305 members".
		if s.t.hasDCT && s.newsText() || s.w(f) == wFrom && s.isWordIn(f-1, "up", "down", "rose", "fell", "risen", "fallen", "increased", "decreased") {
			// (nor the base of a change: "312, up from 290")
			return false
		}
		if s.w(i+1) == wTo || s.w(i+1) == wAnd || s.isPunct(i+1, '-') {
			n, ok := s.plainNum(i + 2)
			return ok && s.rangeEndYear(i, i+2, n) && s.phraseEnds(i+3)
		}
	}
	if s.t.hasDCT && s.ref < 0 && s.newsText() || i+1 < len(s.toks) && s.toks[i+1].kind == tkPunct && s.tight(i+1) && s.text[s.toks[i+1].start] != ',' && s.text[s.toks[i+1].start] != '.' && s.text[s.toks[i+1].start] != ';' {
		// (a semicolon ends the clause, as a comma does: "in 588;
		// Rome was struck two years later")
		return false
	}
	if i+1 >= len(s.toks) || s.toks[i+1].kind == tkPunct || s.lineBreak(i+1) && s.toks[i+1].cap && s.headingLine(i, i+1) {
		// (a section heading ends its phrase with its line: "Revolt of
		// 273" above the paragraph that tells it; not a line wrapped
		// before the count's noun, "the raid of 300\nships")
		return true
	}
	switch s.w(i + 1) {
	case wAnd, wOr, wThe, wA, wWhen, wUntil:
		// ("from 208 until his death": "until" closes the span of time
		// a year opens; no count is followed by it)
		return true
	}
	if s.w(i-1) == wIn && (s.closesYearPhrase(i+1) || s.isWord(i+1, "but") && !s.toks[i+1].cap || s.subjectPronoun(i+1)) {
		// "took the city in 709 after four years of campaigns", "sacked
		// in 846 by raiders", "united in 843 under one king": a
		// preposition after "in" and the number closes the phrase of a
		// year (not "by 300 after the vote", a change; not "one in 300
		// by", a share); so does "but" opening a second clause of the
		// same subject ("marched north in 986 but was ambushed"), a
		// count's noun coming before it; and so does the subject pronoun
		// of the clause the year opens ("in 484 he summoned the bishops",
		// not "one in 300 he met").
		return !(s.t.hasDCT && s.newsText()) && !s.countAt(i-2) && !s.countAt(i-3)
	}
	return s.toks[i+1].kind == tkWord && s.toks[i+1].cap && s.toks[i+1].lex() == nil
}

// openingPrepPhrase reports whether the comma at k closes a phrase that
// opens its sentence with a preposition and holds no comma ("Under
// Diocletian,", "In the eastern provinces,"): an adverbial, no noun
// phrase that an apposition could rename.
func (s *state) openingPrepPhrase(k int) bool {
	st := s.sentStart(k, 12)
	if st >= k-1 || !s.toks[st].cap || !s.isWordIn(st, "under", "during", "in", "after", "before", "at", "by", "from", "throughout") {
		return false
	}
	return s.noPunct(st+1, k)
}

// noPunct reports whether no punctuation stands in tokens [a, b).
func (s *state) noPunct(a, b int) bool {
	for m := a; m < b; m++ {
		if s.toks[m].kind == tkPunct {
			return false
		}
	}
	return true
}

// earlyYearRange reports whether the three-digit number at i opens a
// range of years joined by a dash ("866–867", "892–907"): its end a
// larger year (rangeEndYear) that ends the phrase or comes before a verb
// in the past.
func (s *state) earlyYearRange(i int) bool {
	if s.toks[i].ndig != 3 || !s.isPunct(i+1, '-') || !s.tight(i+1) || !s.tight(i+2) || s.t.hasDCT && s.newsText() {
		return false
	}
	n, ok := s.plainNum(i + 2)
	return ok && s.rangeEndYear(i, i+2, n) && (s.phraseEnds(i+3) || s.pastVerbAt(i+3) || s.closesYearPhrase(i+3))
}

// gappedCount reports whether the name at b is the subject of a clause
// joined by "and", "but", "while", "whereas", a comma or a semicolon
// whose verb is left out because it is the verb of the clause before,
// which counted things: "Britain lost 16 men and France about 10",
// "Wessex raised 2,000 spearmen, while Kent around 600", "Egypt lost
// about 1,650 soldiers, Israel about 172", "the French counted 4,000
// dead; the Prussians about 900". The number after the name is counted
// as the first one was, not a year ("took York in 866 and Rome about 900"
// counts nothing before the name).
func (s *state) gappedCount(b int) bool {
	c := b - 1
	if s.w(c) == wThe {
		c--
	}
	if !(s.w(c) == wAnd || s.isWordIn(c, "but", "while", "whereas") && !s.toks[c].cap || s.isPunct(c, ',') || s.isPunct(c, ';')) {
		return false
	}
	for k := c - 1; k >= s.sentStart(c, 40); k-- {
		if !s.countAt(k) || s.toks[k].kind == tkNum && (s.toks[k].suf != sufNone || s.toks[k].ndig == 4 && !s.toks[k].grouped) {
			continue
		}
		if n := k + 1; n < c && s.toks[n].kind == tkWord && !s.toks[n].cap && s.lx(n) == nil {
			return true // "16 men", "2,000 spearmen"
		}
	}
	return false
}

// countAt reports whether token k is a count, a number or a number word
// ("one child in 300", "two in 300"): before "in", it makes what follows
// a share, not a year.
func (s *state) countAt(k int) bool {
	return k >= 0 && k < len(s.toks) && (s.toks[k].kind == tkNum || s.lx(k) != nil && s.lx(k).hasNum)
}

// closesYearPhrase reports whether the word at k is a preposition that
// closes the phrase of a year before it ("in 709 after", "in 846 by
// raiders", "in 961–966 under al-Hakam", "in 272 and 273 between Rome
// and Palmyra", "ruled in 547 from the rock", "sailed in 533 with 500
// ships", "marched in 451 against the Huns"): a count would have its
// noun there instead.
func (s *state) closesYearPhrase(k int) bool {
	switch s.w(k) {
	case wAfter, wBefore, wDuring, wUnder, wBy, wAt, wOn, wBetween, wFrom:
		return !s.toks[k].cap
	}
	return s.isWordIn(k, "near", "with", "against") && !s.toks[k].cap
}

// subjectPronoun reports whether the word at k is a lower-case personal
// pronoun that can only be a subject ("he", "she", "they", "we"): it
// opens a clause, so no noun phrase before it goes on.
func (s *state) subjectPronoun(k int) bool {
	return k < len(s.toks) && !s.toks[k].cap && s.isWordIn(k, "he", "she", "they", "we")
}

// eventVerbPlace reports whether the word at k ends a phrase of place
// after a verb of an event: "born near the city", "founded on the
// river", "buried in the abbey", so that "about 980" after it says when,
// as it does right after the verb.
func (s *state) eventVerbPlace(k int) bool {
	if k < 1 || s.toks[k].kind != tkWord || s.lx(k) != nil {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		if s.toks[m].kind != tkWord {
			return false
		}
		if s.isWordIn(m, "near", "at", "on", "in", "outside", "beside") {
			return m > 0 && s.eventVerb(m-1)
		}
	}
	return false
}

// eventVerb reports whether the word at k is the past (or participle) of
// a verb of an event that happens at a time: "founded", "born", "died";
// an author's writing is dated too ("Zosimus, writing around 500, is
// brief", "wrote around 1140 at Huntingdon").
func (s *state) eventVerb(k int) bool {
	return k >= 0 && k < len(s.toks) && !s.toks[k].cap && s.isWordIn(k, "founded", "built", "born", "died", "established", "written", "composed", "completed", "begun", "converted",
		"crowned", "buried", "rebuilt", "destroyed", "abandoned", "sacked", "conquered", "baptized", "baptised", "consecrated",
		"finished", "erected", "dedicated",
		"wrote", "writing")
}

// nameEnds reports whether the word at k is a capitalized word inside its
// sentence that is no time word: the end of a name ("the city of
// Yasodharapura").
func (s *state) nameEnds(k int) bool {
	return k > 0 && s.toks[k].kind == tkWord && s.toks[k].cap && s.lx(k) == nil && !s.sentenceEnd(k-1)
}

// datingVerb reports whether the word at k is a form of "date" as a verb
// of dating something: "dated", "dates", "dating".
func (s *state) datingVerb(k int) bool {
	return s.isWordIn(k, "dated", "dates", "dating") && !s.toks[k].cap
}

// rangeEndYear reports whether the number n at k can end a range of
// years that starts with the three-digit year at i: a larger year of
// three digits ("(618–907)"), or of four no more than six centuries on
// ("(960–1279)", "from 849 to 1022"), as a dynasty or a life spans.
func (s *state) rangeEndYear(i, k, n int) bool {
	a := int(s.toks[i].num)
	switch s.toks[k].ndig {
	case 3:
		return n > a
	case 1, 2:
		return s.toks[i].ndig <= 2 && n > a && s.earlyADYear(a) // "(66–73)" after "AD 70"
	case 4:
		return s.toks[i].ndig == 3 && a >= 100 && n >= 1000 && n <= 1999 && n-a <= 600
	}
	return false
}

// romanDay reads "the Ides of", "the Kalends of", "the Nones of" before
// the month at i: the 15th (13th), the 1st, the 7th (5th) of month m,
// the later days in March, May, July and October.
func (s *state) romanDay(i, m int) (int, bool) {
	if s.w(i-1) != wOf || s.w(i-3) != wThe || !s.toks[i-2].cap {
		return 0, false
	}
	long := m == 3 || m == 5 || m == 7 || m == 10
	switch {
	case s.isWord(i-2, "ides"):
		if long {
			return 15, true
		}
		return 13, true
	case s.isWord(i-2, "nones"):
		if long {
			return 7, true
		}
		return 5, true
	case s.isWord(i-2, "kalends") || s.isWord(i-2, "calends"):
		return 1, true
	}
	return 0, false
}

// reignOpen reports whether the "." at k ends "(r.": "(r. 522–486 BC)".
func (s *state) reignOpen(k int) bool {
	return s.isPunct(k, '.') && s.isWord(k-1, "r") && s.isPunct(k-2, '(')
}

// lifeAbbrev reports whether the "." at k ends "b.", "d." or "fl."
// right after an opening bracket: "(d. 875)", "(fl. c. 690)".
func (s *state) lifeAbbrev(k int) bool {
	return s.isPunct(k, '.') && (s.isWord(k-1, "d") || s.isWord(k-1, "b") || s.isWord(k-1, "fl")) && s.isPunct(k-2, '(')
}

// pastVerbWord reports whether word k is a verb in the past, in -ed or
// an irregular one the lexicon marks as past ("gave", "took", "held"),
// though not the past markers that are no verbs ("last", "ago",
// "yesterday").
func (s *state) pastVerbWord(k int) bool {
	return s.pastVerbAt(k) || s.lexPast(k)
}

// lexPast reports whether word k is one the lexicon marks as past, not
// one of the past markers that are no verbs ("last", "ago",
// "yesterday"): an irregular past ("gave", "took", "held").
func (s *state) lexPast(k int) bool {
	return s.lx(k) != nil && s.lx(k).tense == -1 && !s.isWordIn(k, "last", "ago", "yesterday")
}

// pastVerbAt reports whether word k looks like a verb in the past, so
// that a number before it ends its noun phrase: a lower-case word in -ed,
// "was", "were", "had" ("the sack of 410 shocked Rome").
func (s *state) pastVerbAt(k int) bool {
	return s.pastForm(k) || k < len(s.toks) && !s.toks[k].cap && (s.isWord(k, "was") || s.isWord(k, "were") || s.isWord(k, "had"))
}

// laterEnds reports whether the clause of a bare unit and "later" (or
// "earlier", "before") ends at k: at a clause's end, or where "and" or
// "but" joins a second past verb of the same subject ("the second bomb
// exploded minutes later and killed 10"), or opens an aside with a comma
// before its clause goes on ("had sailed the year before and, after a
// long voyage, reached Malta"): "and" governs no noun, so "before" has
// none to take.
func (s *state) laterEnds(k int) bool {
	return s.clauseEnd(k) || (s.isWord(k, "and") || s.isWord(k, "but")) && k+1 < len(s.toks) &&
		(s.pastForm(k+1) || s.isWordIn(k+1, "was", "were", "had") && k+2 < len(s.toks) && s.pastForm(k+2) || s.isPunct(k+1, ','))
}

// inParticle reports whether "in" at k is the particle of a verb of coming
// or bringing ("had flown in", "was sworn in", "had moved in", "brought
// in"), so that what follows is no object of it: "had flown in the day
// before" is the day before, not a stretch of a year "in the day before".
func (s *state) inParticle(k int) bool {
	return s.isWord(k, "in") && k > 0 && !s.toks[k-1].cap && s.isWordIn(k-1, "flown", "flew", "come", "came", "sworn", "moved", "checked", "brought",
		"sent", "called", "shipped", "rushed", "drove", "driven", "pulled", "rolled", "poured", "streamed", "ushered")
}

// eventNoun reports whether word k names a document or an event that is
// dated by "of" and its year ("a charter of 956", "the sack of 410").
// ("council" is left out: "the Council of 500" is a body of members.)
func (s *state) eventNoun(k int) bool {
	return s.isWordIn(k, "charter", "charters", "synod", "treaty", "edict", "census", "battle", "siege", "sack", "invasion", "revolt", "rebellion", "uprising", "earthquake", "eruption", "fire", "flood", "famine", "plague", "raid", "raids", "massacre", "schism", "coronation", "conquest", "persecution", "campaign", "campaigns", "expedition", "crusade")
}

// earlyYear reads a three-digit year of the first millennium after a
// month or a season in narrative ("January 395", "9 August 378", "the
// summer of 756"): the number ends the phrase, so it counts nothing ("in
// March 250 people died" is a count).
func (s *state) earlyYear(k int) (int, int, bool) {
	n, ok := s.plainNum(k)
	// (a pronoun ends the number's phrase too: a count cannot modify it,
	// "In the spring of 217 he defeated the Romans"; and "with", "for",
	// which a count's noun would come before: "in April 70 with four
	// legions")
	if !ok || s.t.hasDCT && s.newsText() || s.toks[k].ndig > 3 || !s.phraseEnds(k+1) && !(k+1 < len(s.toks) && !s.toks[k+1].cap && s.isWordIn(k+1, "he", "she", "they", "we", "his", "her", "their", "with", "for")) || s.isPunct(k+1, '-') {
		return 0, 0, false
	}
	y := s.storyEra(n)
	if s.toks[k].ndig < 3 && y > 0 && !s.earlyADYear(n) {
		// a year of one or two digits only in a story of years BC:
		// "killed on 15 March 44" after "January 49 BC", or of the
		// first centuries AD ("died in June 68" after "AD 70")
		return 0, 0, false
	}
	return y, k + 1, true
}

// storyEra returns the year n written without an era as a reader of a
// narrative takes it: after a year BC, a nearby year is BC too ("took
// Babylon in 539 BC ... died in the spring of 522" is 522 BC), as an
// encyclopedia names the era once and leaves it until it changes.
// Otherwise it is n (AD).
func (s *state) storyEra(n int) int {
	if s.t.hasDCT || s.ref < 0 || s.refCal.noYear || s.refCal.g < gYear || s.refCal.y > 0 || n <= 0 {
		return n
	}
	if bc := 1 - n; abs(bc-s.refCal.y) <= 150 && abs(bc-s.refCal.y) < abs(n-s.refCal.y) {
		return bc
	}
	return n
}

// earlyADYear reports whether a number n of one or two digits, standing
// where a year stands, is a year of the first centuries AD: in a
// narrative whose last year is itself such a year ("AD 70", "the summer
// of AD 66") and near it, as an encyclopedia names the era once and
// then writes "by 68", "in 73 or 74", "June 68", "(66–73)" bare.
func (s *state) earlyADYear(n int) bool {
	return !s.t.hasDCT && s.ref >= 0 && !s.refCal.noYear && s.refCal.g >= gYear && s.refCal.y > 0 && s.refCal.y < 200 && n > 0 && abs(n-s.refCal.y) <= 50
}

// withThe extends a decade or century to a preceding "the": "the 1990s".
func (s *state) withThe(i int, c cand) cand {
	if s.w(i-1) == wThe {
		c.i = i - 1
	}
	return c
}

// pSpelledYear: "nineteen ninety-six", "nineteen eighty", "the year two
// thousand". A number word from ten to twenty followed by a tens word is
// read as a year: English says numbers below a hundred no other way.
// "two thousand" alone is a year only after "the year".
func (s *state) pSpelledYear(i int) (cand, bool) {
	e := s.lx(i)
	t := s.lx(i + 1)
	if e == nil || t == nil || !t.tens {
		return cand{}, false
	}
	n, next, _, _, ok := s.quantity(i + 1)
	if !ok || n < 20 || n > 99 {
		return cand{}, false
	}
	if u := s.lx(next); u != nil && (u.unit > 0 || u.hasNum) || s.isPunct(next, '-') && s.tight(next) || s.toks[min(next, len(s.toks)-1)].kind == tkNum && next < len(s.toks) {
		return cand{}, false // "nineteen twenty-year-olds"
	}
	return s.date(i, next, cal{g: gYear, y: int(e.num)*100 + int(n)}), true
}

// pTheYear: "the year 2000", "the year two thousand".
func (s *state) pTheYear(i int) (cand, bool) {
	if s.w(i+1) != wYear {
		return cand{}, false
	}
	if y, next, ok := s.yearTok(i + 2); ok {
		return s.date(i, next, cal{g: gYear, y: y}), true
	}
	if c, ok := s.pSpelledYear(i + 2); ok {
		c.i = i
		return c, true
	}
	if n, next, _, article, ok := s.quantity(i + 2); ok && !article && s.toks[i+2].kind == tkWord && n >= 1000 && n < 3000 {
		if s.w(next) == wAnd {
			if m, next2, _, _, ok := s.quantity(next + 1); ok && m > 0 && m < 100 && s.toks[next+1].kind == tkWord {
				n, next = n+m, next2
			}
		}
		return s.date(i, next, cal{g: gYear, y: int(n)}), true
	}
	return cand{}, false
}

// pAD: "AD 79", "A.D. 1066".
func (s *state) pAD(i int) (cand, bool) {
	next, bc, ok := s.eraAfter(i)
	if !ok || bc {
		return cand{}, false
	}
	if n, ok := s.plainNum(next); ok && s.toks[next].ndig <= 4 && n > 0 {
		return s.date(i, next+1, cal{g: gYear, y: n}), true
	}
	return cand{}, false
}

// placeNameEnd returns the token after a place's name that starts at k:
// capitalized words that are no time words, at most three, joined by
// spaces or by tight hyphens ("Moscow", "Trans-Baikal", "New York",
// "Buenos Aires"); k when none starts there.
func (s *state) placeNameEnd(k int) int {
	m := k
	for n := 0; n < 3 && m < len(s.toks) && s.toks[m].kind == tkWord && s.toks[m].cap && s.lx(m) == nil; n++ {
		m++
		if m+1 < len(s.toks) && s.isPunct(m, '-') && s.tight(m) && s.tight(m+1) && s.toks[m+1].kind == tkWord && s.toks[m+1].cap {
			m++
		}
	}
	if m > k && s.isPunct(m-1, '-') {
		return k
	}
	return m
}

// dayRangeStart: the first day of "between 9 and 11 November 1938",
// "from 3 to 5 May", "9-10 November": a day of the month and year of
// the day that ends the range.
func (s *state) dayRangeStart(i int) (cand, bool) {
	tk := &s.toks[i]
	if tk.kind != tkNum || tk.suf != sufNone && tk.suf != sufOrd || tk.ndig > 2 || tk.num < 1 || tk.num > 31 || s.depth > 0 {
		return cand{}, false
	}
	k := i + 1
	// "from the 3rd to the 18th of June 1215": ordinals with "the"
	p, the := i-1, tk.suf == sufOrd && s.w(i-1) == wThe
	if the {
		p--
	}
	switch {
	case the && !(s.w(k) == wAnd || s.w(k) == wTo || s.w(k) == wUntil):
		return cand{}, false
	case s.isPunct(k, '-') && s.tight(k) && s.tight(k+1):
	case s.isPunct(k, '/') && s.tight(k) && s.tight(k+1) && k+1 < len(s.toks) && s.toks[k+1].kind == tkNum && s.toks[k+1].num == tk.num+1:
		// "the night of 14/15 April", "on 3/4 June": a night written
		// with its two days
	case s.w(k) == wAnd && (s.w(p) == wBetween || s.w(p) == wOn || s.w(p) == wFor && !the):
		// ("strikes are called for 13 and 14 December": the days a thing
		// is set for, as "on 13 and 14 December")
	case s.w(k) == wAnd && !the && s.w(p) == wOf && p > 0 && s.toks[p-1].kind != tkNum:
		// "the raids of 5 and 7 April", "the elections of 4 and 5 June":
		// two days of one month named by "of", each a DATE, as "on 5 and
		// 7 April"
	case (s.w(k) == wTo || s.w(k) == wUntil) && s.w(p) == wFrom:
	case s.w(k) == wTo && s.w(p) == wOf && s.isWordIn(p-1, "night", "nights"):
		// "the night of 4 to 5 July": the night written with its two
		// days, as "the night of 4–5 July"
	case s.isPunct(k, ',') && !the && (s.w(p) == wOn || s.w(p) == wFor || s.w(p) == wOf && p > 0 && s.toks[p-1].kind != tkNum || s.isPunct(p, ',') && p > 0 && s.toks[p-1].kind == tkNum):
		// "on 1, 2 and 3 July 1863": a list of days of one month, each a
		// DATE, as "on May 13 and 14"
		last, ok := s.dayListEnd(k + 1)
		if !ok {
			return cand{}, false
		}
		k = last - 1
	case (s.w(k) == wAnd || s.w(k) == wOr) && s.isPunct(p, ',') && p > 0 && s.toks[p-1].kind == tkNum && !the:
		// the last but one of such a list: "2" in "1, 2 and 3 July"
	default:
		return cand{}, false
	}
	n := k + 1
	if the && s.w(n) == wThe {
		n++
	}
	s.depth++
	e, ok := s.pDayMonth(n)
	s.depth--
	if !ok || e.i != n || e.typ != timeline.TypeDate || e.val != "" || e.c.g != gDay || int(tk.num) >= e.c.d {
		return cand{}, false
	}
	c := e
	c.i, c.j, c.c.d = i, i+1, int(tk.num)
	if the && i-1 >= s.floor {
		c.i = i - 1 // "the 3rd", as a bare "the 17th"
	}
	return c, true
}

// dayListEnd reads the rest of a list of days at k ("2 and 3 July", "2,
// 3 and 4 July"): bare days of the month, rising, joined by commas and a
// last "and" or "or", up to six; it returns the index of the last day,
// the one the month follows.
func (s *state) dayListEnd(k int) (int, bool) {
	prev := 0
	for n := 0; n < 6; n++ {
		d, next, ok := s.dayNum(k)
		if !ok || s.toks[k].suf != sufNone || d <= prev {
			return 0, false
		}
		prev = d
		switch {
		case s.isPunct(next, ','):
			k = next + 1
		case s.w(next) == wAnd || s.w(next) == wOr:
			if d2, _, ok := s.dayNum(next + 1); ok && d2 > d && s.toks[next+1].suf == sufNone && s.isMonthAt(next+2) {
				return next + 1, true
			}
			return 0, false
		default:
			return 0, false
		}
	}
	return 0, false
}

// pMonth: "September 30, 2015", "Sept. 30", "December 2017", "March", "June last year".
func (s *state) pMonth(i int) (cand, bool) {
	tk := &s.toks[i]
	e := tk.lex()
	if !tk.cap || s.genericMonth(i) || s.marchNoun(i) || s.monthFirstName(i) || s.yearEndMonth(i) {
		return cand{}, false
	}
	j := i + 1
	if e.abbr {
		switch {
		case s.isPunct(j, '.') && s.tight(j):
			j++
		case j < len(s.toks) && s.toks[j].kind == tkNum:
		default:
			return cand{}, false
		}
	}
	m := int(e.month)
	if !e.abbr && !s.isPunct(j, '-') && (j >= len(s.toks) || s.toks[j].kind != tkNum) && s.joinedToYearlySet(i) {
		return s.fixed(i, j, timeline.TypeSet, cal{g: gMonth, noYear: true, m: m}.format()), true
	}
	if e2 := s.lx(j + 1); m%3 == 1 && !e.abbr && s.isPunct(j, '-') && s.tight(j) && s.tight(j+1) && e2 != nil && int(e2.month) == m+2 && !e2.abbr && s.toks[j+1].cap &&
		(s.isWord(j+2, "quarter") || s.isWord(j+2, "period")) && !s.toks[j+2].cap {
		// "the July-September quarter", "the January-March period": the
		// calendar quarter those months make, as "the September
		// quarter".
		c := s.date(i, j+3, cal{g: gQuarter, part: (m + 2) / 3, noYear: true})
		c.partial = true
		if s.w(i-1) == wThe && i-1 >= s.floor {
			c.i = i - 1
		}
		return c, true
	}
	if m%3 == 0 && s.isWord(j, "quarter") && !s.toks[j].cap {
		// "the December quarter", "its June quarter": the quarter that
		// ends with the month
		c := s.date(i, j+1, cal{g: gQuarter, part: m / 3, noYear: true})
		c.partial = true
		switch s.w(i - 1) {
		case wLast, wNext, wThis:
			return cand{}, false // "last December quarter": left alone
		case wThe:
			if i-1 >= s.floor {
				c.i = i - 1
			}
		}
		return c, true
	}
	if d, ok := s.romanDay(i, m); ok && i-3 >= s.floor {
		// "the Ides of March, 44 BC": a day of the Roman calendar.
		if c, ok := s.dayOfMonth(i, j, m, d); ok {
			c.i = i - 3
			return c, true
		}
	}
	if d, k, ok := s.dayNum(j); ok {
		return s.dayOfMonth(i, k, m, d)
	}
	if d, k, ok := s.ordAt(j); ok && d <= 31 && s.toks[j].kind == tkWord && (!s.toks[j].cap && s.phraseEnds(k) ||
		s.toks[j].cap && !(k < len(s.toks) && s.toks[k].kind == tkWord && s.toks[k].cap) && (s.phraseEnds(k) || s.isWordIn(k, "holiday", "weekend", "celebration", "celebrations", "fireworks", "parade", "parades", "festivities") && !s.toks[k].cap)) {
		// ("July Fourth", "the July Fourth holiday": the day as a name)
		// "March twenty-fourth", "It's Thursday, March fifth": a day
		// spelled as it is spoken (where it ends its phrase)
		return s.dayOfMonth(i, k, m, d)
	}
	if s.w(j) == wThe {
		// "July the 4th", "May the twentieth": the day after "the"
		// (only where the day ends its phrase: not "In March the first
		// ships arrived", "in June the 3rd battalion left")
		// Nor where a spelled ordinal in capitals runs into a name in
		// capitals: "In June the Third Estate declared itself", "in May
		// the Fifth Army crossed".
		if d, k, ok := s.ordAt(j + 1); ok && d <= 31 && (s.toks[j+1].kind != tkNum || s.toks[j+1].suf == sufOrd) && s.phraseEnds(k) &&
			!(s.toks[j+1].kind == tkWord && s.toks[j+1].cap && k < len(s.toks) && s.toks[k].kind == tkWord && s.toks[k].cap && s.lx(k) == nil) {
			return s.dayOfMonth(i, k, m, d)
		}
	}
	k := j
	if s.w(k) == wOf {
		k++
	}
	if y, next, ok := s.yearTok(k); ok {
		return s.date(i, next, cal{g: gMonth, y: y, m: m}), true
	}
	if y, next, ok := s.earlyYear(k); ok {
		return s.date(i, next, cal{g: gMonth, y: y, m: m}), true // "January 395"
	}
	if s.w(j) == wOf && s.w(j+2) == wYear && (s.w(j+1) == wLast || s.w(j+1) == wNext || s.w(j+1) == wThis) {
		j++ // "June of last year", "March of next year": the month of that year, one DATE
	}
	if s.w(j+1) == wYear && s.lx(j+1) != nil && !s.lx(j+1).plural {
		off, ok := s.yearShift(j, false)
		if ok && s.t.hasDCT {
			return s.date(i, j+2, cal{g: gMonth, y: s.t.dct.y + off, m: m}), true
		}
	}
	if m == 5 && !e.abbr {
		// "May" is usually the verb: require a preposition or determiner.
		switch {
		case s.mayMonthBefore(i - 1):
		default:
			// or the start of a range of months: "(May–September 1714)";
			// or hyphened to a part: "mid-May", "end-May", "late-May"
			if s.isPunct(i-1, '-') && s.tight(i-1) && s.tight(i) {
				if w := s.w(i - 2); w == wMid || w == wEarly || w == wLate || w == wEnd {
					break
				}
			}
			if s.isPunct(i-1, '-') && s.tight(i-1) && s.tight(i) && s.isMonthAt(i-2) {
				break // the end of a range of months: "the January-May period"
			}
			if (s.w(i-1) == wAnd || s.w(i-1) == wOr) && s.isMonthAt(i-2) && s.mayMonthBefore(i-3) && s.participleBeforeNoun(j) {
				// the second of two months after their preposition, before
				// a participle that modifies the clause's subject: "Through
				// April and May allied troops gathered at Varna", "in
				// March and May armed bands were seen" ("allied" is no
				// verb of a name "May" when a noun and the verb follow)
				break
			}
			if (s.w(i-1) == wAnd || s.w(i-1) == wOr) && s.isMonthAt(i-2) &&
				(!s.verbOnly(j) && !s.pastForm(j) && !s.isWord(j, "be") && (s.lx(j) == nil || s.lx(j).tense == 0) || s.isWordIn(j, "was", "were", "is", "are", "will", "would", "has", "had", "have")) {
				// or the second of two months joined: "in April and May",
				// "March or May" (not a name before its verb: "in April
				// and May said")
				break
			}
			if !(s.isPunct(j, '-') && s.tight(j) == s.tight(j+1) && s.isMonthAt(j+1) && s.toks[j+1].cap) {
				return cand{}, false
			}
		}
	}
	if e.abbr && j == i+1 {
		return cand{}, false
	}
	c := s.date(i, j, cal{g: gMonth, m: m, noYear: true})
	c.partial = true
	return c, true
}

// mayMonthBefore reports whether the word at k, before "May", makes it
// the month: a preposition or determiner of time ("in May", "through
// May", "throughout May", "last May", "each May").
func (s *state) mayMonthBefore(k int) bool {
	switch s.w(k) {
	case wIn, wSince, wUntil, wBy, wDuring, wOf, wLast, wNext, wThis, wEarly, wLate, wMid, wBefore, wAfter, wFrom, wTo, wThrough, wBetween, wEnd, wBeginning, wMiddle, wThat, wEach, wEvery, wFor, wAround:
		return true
	}
	return s.isWord(k, "throughout")
}

// participleBeforeNoun reports whether the -ed word at k is a participle
// used as an adjective: a lower-case noun follows it and then the
// clause's verb ("allied troops gathered", "armed bands were seen",
// "wounded men had"), so it is no verb of its own.
func (s *state) participleBeforeNoun(k int) bool {
	n := k + 1
	if !s.pastForm(k) || n+1 >= len(s.toks) || s.toks[n].kind != tkWord || s.toks[n].cap || s.lx(n) != nil || s.pastForm(n) {
		return false
	}
	return s.pastForm(n+1) || s.isWordIn(n+1, "was", "were", "had", "began", "came", "went", "took", "made", "fought", "held", "stood", "lay", "fell", "ran", "met", "left", "moved", "poured", "streamed")
}

// pastForm reports whether k is a lower-case word in -ed.
func (s *state) pastForm(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tkWord || s.toks[k].cap {
		return false
	}
	w := s.word(k)
	n := len(w)
	return n > 3 && w[n-2] == 'e' && w[n-1] == 'd'
}

// yearEndMonth reports whether the bare month at i names where a fiscal
// year ends, a place in any year, not a month of the calendar: "moved
// the end of its fiscal year to June from December", "changed its
// financial year-end from March to December".
func (s *state) yearEndMonth(i int) bool {
	if i < 4 || !(s.w(i-1) == wTo || s.w(i-1) == wFrom) || i+1 < len(s.toks) && s.toks[i+1].kind == tkNum {
		return false
	}
	k := i - 2
	if s.isMonthAt(k) && s.isWordIn(k-1, "from", "to") {
		k -= 2 // "to June from December": the second month too
	}
	for m := k; m >= 1 && m >= k-3; m-- {
		if (s.isWord(m, "year") || s.isWord(m, "year-end")) && s.isWordIn(m-1, "fiscal", "financial") || s.isWord(m, "year-end") {
			for v := m - 2; v >= 0 && v >= m-8 && !s.sentenceEnd(v); v-- {
				if s.isWordIn(v, "moved", "move", "moves", "changed", "change", "changes", "shifted", "shift", "shifts", "switched", "switch", "switches") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// genericMonth reports whether the month at i names a kind of thing
// after an ordinal or a superlative, or after an indefinite article:
// "the worst March storm in a decade", "the first November storm to hit
// the island", "sank in a November gale" (any March, not one of them).
func (s *state) genericMonth(i int) bool {
	k := i + 1
	if k >= len(s.toks) || s.toks[k].kind != tkWord || s.toks[k].cap || s.toks[k].lex() != nil && s.toks[k].lex().pod == 0 && s.toks[k].lex().unit == 0 && !s.verbOnly(k) {
		return false
	}
	if s.weatherNoun(k) && i >= 1 &&
		(s.w(i-1) == wA || s.w(i-1) == wAn || i >= 2 && (s.w(i-2) == wA || s.w(i-2) == wAn) && s.toks[i-1].kind == tkWord && !s.toks[i-1].cap && s.lx(i-1) == nil) {
		// After "a" or "an" the month classes the weather, no time of
		// it: "went down in a November gale", "a fierce March wind", "an
		// April shower" (a November's kind of gale; "a March referendum"
		// dates an event and "a June evening" a day, left alone).
		return true
	}
	p := s.word(i - 1)
	n := len(p)
	switch {
	case n == 0 || s.toks[i-1].cap:
		return false
	case s.lx(i-1) != nil && s.lx(i-1).ord > 0:
	case lowerEq(p, "worst") || lowerEq(p, "best"):
	case n > 5 && p[n-3] == 'e' && p[n-2] == 's' && p[n-1] == 't':
	default:
		return false
	}
	return s.w(i-2) == wThe || s.isPunct(i-2, '\'') || s.isWord(i-2, "its")
}

// weatherNoun reports whether k is a noun of weather: "gale", "storm",
// "wind", "snow", "frost".
func (s *state) weatherNoun(k int) bool {
	return s.isWordIn(k, "gale", "gales", "storm", "storms", "wind", "winds", "snow", "snowstorm", "blizzard", "rain", "rains", "shower", "showers",
		"frost", "fog", "squall", "sky", "skies", "sun", "sunshine", "chill", "heatwave", "downpour", "thaw", "breeze")
}

// detBefore reports whether "the", "a" or "an" stands within the three
// words before i, with nothing but words between: "the Communist Party
// daily", "the business weekly".
func (s *state) detBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if s.toks[j].kind != tkWord {
			return false
		}
		if s.w(j) == wThe || s.w(j) == wA {
			return true
		}
	}
	return false
}

// marchNoun reports whether "March" at i is a march, not the month: "the
// March on Rome", "the March to the Sea", "the Long March", "the annual
// March for Life", "the March of the Combatant Mothers" (a name: "the"
// or a capitalized word before it, a capitalized word after "on", "to",
// "for" or "of").
func (s *state) marchNoun(i int) bool {
	if s.lx(i).month != 3 || !s.isWord(i, "march") {
		return false
	}
	if i > 0 && s.toks[i-1].cap && s.isWordIn(i-1, "long", "great", "salt", "hunger", "peace") {
		return true // "the Long March", "the Salt March"
	}
	if i > 1 && s.theBeforeModifiers(i-2) && s.toks[i-1].kind == tkWord && s.toks[i-1].cap && s.lx(i-1) == nil && i+1 < len(s.toks) &&
		(s.toks[i+1].kind == tkPunct && !s.isPunct(i+1, '-') || s.pastForm(i+1) ||
			s.isWordIn(i+1, "and", "or", "in", "into", "across", "at", "by", "was", "were", "had", "has", "is", "of", "on", "to", "from", "through", "that", "which", "as", "with")) {
		// "the Green March crossed the border", "the Bonus March of
		// 1932", "the so-called Mud March, and": "the" (and lower-case
		// modifiers) and a capitalized word that is no word of time
		// before "March", and a verb, a preposition or a stop after it
		// (not a number or a noun: "the Senate March 3 vote").
		return true
	}
	b := i - 1
	for b > 0 && s.quoteMark(b) {
		b-- // `the "March of the Mothers"`
	}
	the := s.w(b) == wThe ||
		s.w(b-1) == wThe && s.toks[b].kind == tkWord && !s.toks[b].cap && s.lx(b) == nil || // "the annual March for Life"
		i == 0 || s.lineBreak(i) || s.sentenceEnd(i-1) // a heading or a sentence opened by it: "March to Montgomery"
	if !the || !(s.w(i+1) == wOn || s.w(i+1) == wTo || s.w(i+1) == wFrom || s.w(i+1) == wThrough || s.w(i+1) == wFor || s.w(i+1) == wOf) {
		return false
	}
	k := i + 2
	if s.w(k) == wThe {
		k++
	}
	return k < len(s.toks) && s.toks[k].kind == tkWord && s.toks[k].cap && s.lx(k) == nil
}

// nameGivenAfter reports whether the word at k ends a verb of naming,
// so that the words after it are a name given to something: "called",
// "dubbed", "nicknamed", "known as", "remembered as" ("a day the press
// called Manic Monday", "what became known as Mad Friday").
func (s *state) nameGivenAfter(k int) bool {
	return s.isWordIn(k, "call", "calls", "called", "dubbed", "nicknamed") || s.isWord(k, "as") && s.isWordIn(k-1, "known", "remembered")
}

// theBeforeModifiers reports whether "the" is at k, or ends a run of at
// most three lower-case words that are no words of time, hyphens joining
// them, before k: "the", "the so-called", "the ill-fated", "the
// infamous".
func (s *state) theBeforeModifiers(k int) bool {
	for n := 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		switch {
		case s.w(k) == wThe:
			return true
		case s.isPunct(k, '-') && s.tight(k) && s.tight(k+1):
		case s.toks[k].kind == tkWord && !s.toks[k].cap && s.lx(k) == nil && (!s.pastForm(k) || s.isPunct(k-1, '-') && s.tight(k)):
			// (a participle only in a compound: "so-called", "ill-fated";
			// not a verb: "the army reached")
		case s.toks[k].kind == tkWord && !s.toks[k].cap && s.isPunct(k+1, '-') && s.tight(k+1) && s.toks[k+2].kind == tkWord:
			// the first word of a compound: "so-called", "long-awaited"
		default:
			return false
		}
	}
	return false
}

// monthFirstName reports whether the month at i is a woman's or a man's
// first name before a surname: "the American ambassador, April Glaspie",
// "the playwright August Strindberg", "singer June Carter". The month
// word is followed by a capitalized word that is no word of time, and
// stands after a comma or a lower-case noun (a title or a trade), where a
// month would need a preposition ("in April Congress voted" stays the
// month).
func (s *state) monthFirstName(i int) bool {
	if !s.isWordIn(i, "april", "may", "june", "august") || i == 0 {
		return false
	}
	n := i + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord || !s.toks[n].cap || s.lx(n) != nil || s.tight(n) {
		return false
	}
	p := i - 1
	switch {
	case s.isPunct(p, ','):
		return s.toks[p].kind == tkPunct && p > 0 && s.toks[p-1].kind == tkWord && !s.toks[p-1].cap && s.lx(p-1) == nil
	case s.toks[p].kind == tkWord && s.lx(p) == nil && (!s.toks[p].cap || p == 0 || s.sentenceEnd(p-1)):
		// (a title may open the sentence: "Ambassador April Glaspie said")
		return !s.pastForm(p) && !s.isWordIn(p, "is", "was", "were", "are", "be", "been", "and", "or", "but", "as", "than", "at", "to", "into", "on", "in", "by", "through", "throughout", "until", "till", "from", "during", "since", "before", "after", "of", "for", "around", "about", "between", "within", "over", "that", "this", "last", "next", "early", "late", "mid", "each", "every", "come", "says", "said", "then", "when", "while", "where", "here", "there", "not", "also", "only", "even", "so", "if", "once", "whose", "which")
	}
	return false
}

// pDayMonth: "30 September 2015", "30th of September", "7 December".
func (s *state) pDayMonth(i int) (cand, bool) {
	if i >= len(s.toks) {
		return cand{}, false // "between 1 and" at the end of the text
	}
	if c, ok := s.dayRangeStart(i); ok {
		return c, true
	}
	var d, k int
	var ok bool
	if s.toks[i].kind == tkNum {
		d, k, ok = s.dayNum(i)
	} else {
		d, k, ok = s.ordAt(i)
		ok = ok && s.w(k) == wOf && d <= 31
	}
	if !ok {
		return cand{}, false
	}
	if s.w(k) == wOf {
		k++
	}
	if !s.isMonthAt(k) {
		return cand{}, false
	}
	e := s.lx(k)
	m := int(e.month)
	k++
	if e.abbr && s.isPunct(k, '.') && s.tight(k) {
		k++
	}
	return s.dayOfMonth(i, k, m, d)
}

// pluralSubjectAt reports whether the lower-case word at n is a bare
// plural noun followed by a verb in the past ("partisans had recaptured",
// "troops were landing", "rebels took"): the subject of a new clause, so
// an ordinal before it ("by the 14th partisans had recaptured Tartu")
// names a day, not a unit ("the 14th partisans" would leave the verb no
// subject).
func (s *state) pluralSubjectAt(n int) bool {
	if n+1 >= len(s.toks) || s.toks[n].kind != tkWord || s.toks[n].cap || s.lx(n) != nil {
		return false
	}
	w := s.text[s.toks[n].start:s.toks[n].end]
	if len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || w[len(w)-2] == 'u' || w[len(w)-2] == 'i' {
		return false
	}
	return s.w(n+1) == wHad || s.isWordIn(n+1, "were", "had") || s.pastForm(n+1) && !s.toks[n+1].cap
}

// massSubjectAt reports whether the lower-case word at n is a bare
// noun of an activity in -ing or of weather, sickness or news, followed
// by a verb in the past ("fighting broke out", "shelling resumed", "snow
// had closed the pass", "cholera was spreading"): the subject of a new
// clause, so an ordinal before it ("On the 23rd fighting broke out
// again") names a day, as before a bare plural (pluralSubjectAt). No
// unit of an army is named so.
func (s *state) massSubjectAt(n int) bool {
	if n+1 >= len(s.toks) || s.toks[n].kind != tkWord || s.toks[n].cap || s.lx(n) != nil {
		return false
	}
	w := s.word(n)
	mass := s.isWordIn(n, "snow", "rain", "fog", "frost", "ice", "cholera", "typhus", "dysentery", "plague", "disease", "hunger", "famine", "news", "word") ||
		len(w) >= 6 && s.ingWord(n) && !s.isWordIn(n, "string", "during", "nothing", "something", "anything", "everything", "building", "landing", "evening", "morning")
	if !mass {
		return false
	}
	if e := s.lx(n + 1); e != nil {
		return e.tense == -1 || s.w(n+1) == wHad || s.w(n+1) == wWas
	}
	return s.pastForm(n + 1)
}

// pOrdDay: "on the 5th", "by the 21st": a day of the month the story is
// in, after a preposition, when no month follows ("the 30th of
// September" is pDayMonth's) and nothing makes the ordinal a name or a
// count ("the 5th Army", "the 21st century", "the 3rd of 5 games"). A day
// before the story's day is in the next month: "on 26 September ... on
// the 2nd" is 2 October.
func (s *state) pOrdDay(i int) (cand, bool) {
	k := i + 1
	if k >= len(s.toks) || s.toks[k].kind != tkNum || s.toks[k].suf != sufOrd || s.toks[k].num < 1 || s.toks[k].num > 31 {
		return cand{}, false
	}
	if c, ok := s.ordDayOfMonthPhrase(i, k); ok {
		return c, true
	}
	if w := s.w(k + 1); (w == wAnd || w == wOr) && s.ordDayAt(k+2) {
		if n := k + 3; n < len(s.toks) && s.toks[n].kind == tkWord && (s.toks[n].cap || s.lx(n) != nil && s.lx(n).unit > 0) {
			// "the 12th and 13th Battalions", "the 18th and 19th
			// centuries": two ordinals of the name or unit after them
			return cand{}, false
		}
	}
	if w := s.w(k + 1); w == wAnd || w == wOr || w == wTo || w == wThrough || s.isPunct(k+1, '-') {
		if _, ok := s.pCentury(i); ok {
			// "date from the 13th and 14th centuries", "from the 9th to
			// the 11th century": the ordinal takes the unit named after
			// it, a century, not a day of the month.
			return cand{}, false
		}
	}
	podOf := false
	switch s.w(i - 1) {
	case wOn, wBy, wUntil, wSince, wFrom, wTo, wBefore, wAfter, wThrough:
		// ("fighting went on through the 17th": the last day of a
		// stretch, as "until the 17th")
	case wBetween:
		// "between the 16th and the 18th": a span of two days
		n := k + 1
		switch {
		case s.w(n) == wAnd && s.ordDayAt(n+1) && s.ordDayEnds(n+2):
		case s.w(n) == wAnd && s.w(n+1) == wThe && s.ordDayAt(n+2) && s.ordDayEnds(n+3):
		default:
			return cand{}, false // (not "between the 23rd and 24th parallels")
		}
	case wAnd, wOr:
		// the second of two days: "between the 16th and the 18th", "on
		// the 9th or the 10th"
		if !(s.ordDayAt(i-2) && s.w(i-3) == wThe && s.toks[i-2].num < s.toks[k].num) {
			return cand{}, false
		}
	case wOf:
		if c, ok := s.recalledOrdDay(i, k); ok {
			// "the BBC broadcast of the 27th", "the attack of the 14th":
			// a happening named by the day the story dated it by.
			return c, true
		}
		// "the morning of the 18th", "the night of the 17th": the day
		// whose part is named.
		if p := s.lx(i - 2); (p == nil || p.pod == 0 || p.plural || s.w(i-3) != wThe) &&
			!(s.isWord(i-2, "hours") && s.isWordIn(i-3, "early", "small") && s.w(i-4) == wThe) {
			// ("the early hours of the 26th", "the small hours of the
			// 3rd": the day, as "the early hours of 6 June" is 6 June)
			return cand{}, false
		}
		podOf = true
	default:
		if !s.isWord(i-1, "into") {
			return cand{}, false
		}
		// "the talks dragged on into the 9th": the day a stretch reaches
	}
	switch n := k + 1; {
	case n >= len(s.toks):
	case podOf && s.toks[n].kind == tkWord && !s.toks[n].cap && s.w(n) != wOf && (s.lx(n) == nil || s.lx(n).unit == 0 && s.lx(n).month == 0):
	case s.nightPair(k):
		// "on the night of the 9th-10th", "the 9th/10th": two days
		// running, the night between them; each is a day.
	case s.toks[n].kind == tkPunct:
		if c := s.text[s.toks[n].start]; c != ',' && c != '.' && c != ';' && c != ')' && c != ':' || s.isPunct(n, '.') && s.tight(n) && s.tight(n+1) {
			return cand{}, false
		}
	case s.toks[n].kind == tkWord:
		if s.toks[n].cap && s.storySubject(i, n) {
			break // "On the 18th Kennedy received Gromyko"
		}
		if p := i - 3; podOf && s.isWord(i-2, "hours") {
			p-- // "In the early hours of the 21st Soviet tanks ..."
			if s.toks[n].cap && p >= 1 && s.storySubject(p, n) {
				break
			}
		} else if podOf && s.toks[n].cap && p >= 1 && s.storySubject(p, n) {
			break // "By the morning of the 21st Prague was occupied"
		}
		if s.toks[n].cap || s.w(n) == wOf || s.lx(n) != nil && (s.lx(n).unit > 0 || s.lx(n).month > 0) {
			return cand{}, false
		}
		if s.lx(n) == nil && !s.isWord(n, "he") && !s.isWord(n, "she") && !s.isWord(n, "it") && !s.isWord(n, "they") && !s.isWord(n, "we") && !s.isWord(n, "its") && !s.isWord(n, "his") && !s.isWord(n, "their") && !s.isWord(n, "there") && !s.isWord(n, "but") &&
			!s.isWordIn(n, "only", "all", "most", "both", "none", "nearly", "almost", "just", "her", "our", "i", "you", "too", "also", "again") &&
			!s.storyWord(n) && !s.isWordIn(n, "nothing", "nobody", "everything", "everyone") && !s.pluralSubjectAt(n) && !s.massSubjectAt(n) &&
			!(s.pastForm(n) && s.isWordIn(n+1, "the", "a", "an", "his", "her", "its", "their", "off", "at", "in", "into", "before", "near", "outside", "from", "for")) {
			// ("by the 13th only one man had reached the fort", "after the
			// 23rd nothing moved", "by the 25th few ships sailed": a word
			// that opens a clause, a quantifier before its subject; or the
			// past verb of a subject named before the day, with its
			// object or place: "left Yarmouth on the 9th and on the 11th
			// sighted the enemy", "and on the 5th anchored off Brest")
			return cand{}, false
		}
	default:
		return cand{}, false
	}
	base, a, ok := s.base(true, i)
	if ok && base.g == gWeek && base.wd == 0 && !base.noYear && a >= 0 {
		// After "a week later" the story is in that week: the day is the
		// one nearest it ("entered the city on 8 December. A week later
		// envoys arrived. On the 21st ..." is 21 December; "Two weeks
		// later", the week of 3-9 April, "on the 2nd" 2 April).
		if st, ok2 := startDay(base); ok2 {
			d := int(s.toks[k].num)
			mid := fromDay(st + 3)
			best, bestD := cal{}, 1<<30
			for n := -1; n <= 1; n++ {
				m := shift(cal{g: gMonth, y: mid.y, m: mid.m}, uMonth, n)
				if d > timeline.DaysIn(m.y, m.m) {
					continue
				}
				if dist := abs(timeline.DaysFromCivil(m.y, m.m, d) - (st + 3)); dist < bestD {
					best, bestD = cal{g: gDay, y: m.y, m: m.m, d: d}, dist
				}
			}
			if bestD > 20 {
				return cand{}, false
			}
			r := s.date(i, k+1, best)
			r.anchor = a
			return r, true
		}
	}
	if ok && !s.t.hasDCT && base.g <= gYear && s.dayRef >= 0 && s.dayRef < a && s.onlyYearSince(s.dayRef, a) && s.dayCal.g >= gDay && !s.dayCal.noYear && s.dayPi == s.toks[i].pi {
		// A bare day of the month counts from the month in view: a year
		// named in passing since the story's last day ("met in Kuwait on
		// 17 October ... withdrew to its borders of 1967. Kosygin had been
		// in Cairo since the 16th") gives it no month, so the day is of
		// the story's month, as the reader takes it.
		base, a = s.dayCal, s.dayRef
	}
	if d := int(s.toks[k].num); ok && !s.t.hasDCT && base.g < gDay && s.refPi != s.toks[i].pi {
		if ld, la, ok2 := s.leadEventDay(i); ok2 && d >= ld.d && d <= timeline.DaysIn(ld.y, ld.m) {
			// A paragraph after the background that names a bare day of
			// the month goes on in the month the lead dates the event by:
			// "The steamer rolled over on July 24, 1915 ... had been
			// refitted that spring. ¶ On the morning of the 24th" is 24
			// July.
			r := s.date(i, k+1, cal{g: gDay, y: ld.y, m: ld.m, d: d})
			r.anchor = la
			return r, true
		}
	}
	if ok && !s.t.hasDCT && !base.noYear && base.g == gYear {
		// A narrative whose last date is a year ("The Scots crossed the
		// Tweed in 1640. On the 17th they reached Newcastle") has a
		// month in mind that it does not name: the day is still a day,
		// of that year and an unknown month (1640-XX-17). It gives
		// what follows no day to count from: the story stays in the year.
		r := s.date(i, k+1, base)
		r.val = cal{g: gDay, y: base.y, d: int(s.toks[k].num)}.format()
		r.anchor = a
		return r, true
	}
	if !ok || base.noYear || base.g < gMonth || base.g == gWeek || base.g == gSeason || base.g == gQuarter || base.g == gHalf {
		return cand{}, false
	}
	d := int(s.toks[k].num)
	c := cal{g: gDay, y: base.y, m: base.m}
	if base.g >= gDay {
		step := 0
		switch t := s.tense(i); {
		case a < 0 && t < 0 && d > base.d:
			step = -1 // from the DCT, looking back: "the plant closed on the 25th" is last month's
		case a < 0 && t <= 0:
		case s.w(i-1) == wSince:
			// "since the 16th" bounds a span that runs up to the story's
			// day: the day lies before it, in its month or the one before
			if d > base.d {
				step = -1
			}
		case d < base.d && base.d-d <= 7 && timeline.DaysIn(base.y, base.m)-base.d+d > 21:
			// a day a few days before the story's, whose next month's
			// namesake lies three weeks ahead: the reader looks back in
			// the month ("set for 27 June. On the 26th, the day before
			// it"; "arrived on 18 July. The town had fallen on the 15th"),
			// as a story that skipped most of a month would name it.
		case d < base.d && a >= 0 && !s.t.hasDCT && s.w(i-1) != wBy && s.pastPerfectSentence(i):
			// a day told in the past perfect lies before the story's:
			// "Multan fell on 22 January. Meanwhile, on the 13th, Gough
			// had fought at Chillianwala" is 13 January ("by the 13th
			// the fort had fallen" may have moved on)
		case d < base.d:
			step = 1 // a story moves on; the future looks ahead
		}
		if step != 0 {
			c = shift(cal{g: gMonth, y: base.y, m: base.m}, uMonth, step)
			c.g = gDay
		}
	}
	if d > timeline.DaysIn(c.y, c.m) {
		return cand{}, false
	}
	c.d = d
	r := s.date(i, k+1, c)
	r.anchor = a
	return r, true
}

// recalledOrdDay reads "the Nth" (the ordinal at k) after "of" and a
// lower-case noun of a happening ("the BBC broadcast of the 27th", "the
// attack of the 14th", "the events of the 9th"): English names a
// happening by its day only once the story has dated it, so the day is
// the last full date named with that day of the month, however far the
// story has moved on since (a legacy section's "the broadcast of the
// 27th" is still 27 May 1982). Without such a date, or when the ordinal
// runs on into a noun it counts ("the attack of the 27th Division"), it is
// no day.
func (s *state) recalledOrdDay(i, k int) (cand, bool) {
	if !s.ordDayEnds(k + 1) {
		return cand{}, false
	}
	return s.recalledDay(i, k+1, 0, int(s.toks[k].num))
}

// leadDay reads the day d of month m spanning i to j, in the body of an
// article without a DCT, as the full date its lead named with that month
// and day, when the story has gone back to earlier years since (a
// background section): "The Texas City disaster took place on April 16,
// 1947 ... Background ... opened a plant in 1942 ... On April 16,
// longshoremen saw smoke" is the day the lead dated, where the story
// comes back to it, not that day of the background's year.
func (s *state) leadDay(i, j, m, d int) (cand, bool) {
	if s.t.hasDCT || m == 0 || s.ref < 0 || s.refCal.noYear || s.refCal.g < gYear || s.refCal.g == gWeek || s.leadParagraph(i) {
		return cand{}, false
	}
	for n := range s.res.Timexes {
		x := &s.res.Timexes[n]
		v := x.Value
		if x.Type != timeline.TypeDate || len(v) != 10 || v[4] != '-' || v[7] != '-' || !isDigit(v[0]) {
			continue
		}
		t := s.timexTok(x)
		if !s.leadParagraph(t) {
			break
		}
		// Only the lead's first full date, the day of the event, and not
		// one that opens a span ("from 11 October 1899 to 31 May 1902",
		// "(24 July 1783 – 17 December 1830)"), whose days recur in the
		// story told through it.
		e := t
		for e < len(s.toks) && int(s.toks[e].end) < x.End {
			e++
		}
		if s.isPunct(e+1, ',') {
			e++
		}
		if s.isWordIn(e+1, "to", "until", "till", "through", "and") || s.isPunct(e+1, '-') || s.toks[min(e+1, len(s.toks)-1)].kind == tkOther {
			break
		}
		y, e1 := strconv.Atoi(v[:4])
		mm, e2 := strconv.Atoi(v[5:7])
		dd, e3 := strconv.Atoi(v[8:10])
		if e1 != nil || e2 != nil || e3 != nil || mm != m || dd != d || y <= s.refCal.y {
			break
		}
		r := s.date(i, j, cal{g: gDay, y: y, m: m, d: d})
		r.anchor = n
		return r, true
	}
	return cand{}, false
}

// recalledDay reads the day d (of month m, or of any month when m is 0)
// spanning i to j, after "of" and a lower-case noun of a happening, as the
// last full date named with that day: "the attack of the 14th", and with
// its month too, "the decree of 5 August", "the coup of February 21"
// (named so in a legacy section, the day the story dated, not that day of
// the year the story has moved on to). Only in narrative without a DCT.
func (s *state) recalledDay(i, j, m, d int) (cand, bool) {
	if s.t.hasDCT || i < 2 || s.w(i-1) != wOf || s.toks[i-2].kind != tkWord || s.toks[i-2].cap ||
		!(s.eventNoun(i-2) || s.isWordIn(i-2, "broadcast", "broadcasts", "attack", "attacks", "assault", "events", "storm", "meeting", "speech",
			"landing", "landings", "bombardment", "explosion", "decree", "announcement", "riots", "strike", "ceremony", "surrender", "fall", "sinking")) {
		return cand{}, false
	}
	for n := len(s.res.Timexes) - 1; n >= 0; n-- {
		x := &s.res.Timexes[n]
		v := x.Value
		if x.Type != timeline.TypeDate && x.Type != timeline.TypeTime || len(v) < 10 || v[4] != '-' || v[7] != '-' {
			continue
		}
		y, e1 := strconv.Atoi(v[:4])
		mm, e2 := strconv.Atoi(v[5:7])
		dd, e3 := strconv.Atoi(v[8:10])
		if e1 != nil || e2 != nil || e3 != nil || dd != d || m > 0 && mm != m {
			continue
		}
		r := s.date(i, j, cal{g: gDay, y: y, m: mm, d: d})
		r.anchor = n
		return r, true
	}
	return cand{}, false
}

// onlyYearSince reports whether the timexes after index d up to index a
// (the last date, a year) name no other date or time: durations and sets
// may stand between ("on 17 October ... by five per cent each month until
// ... 1967").
func (s *state) onlyYearSince(d, a int) bool {
	if d < 0 || a >= len(s.res.Timexes) {
		return false
	}
	for k := d + 1; k < a; k++ {
		if t := s.res.Timexes[k].Type; t == timeline.TypeDate || t == timeline.TypeTime {
			return false
		}
	}
	return true
}

// ordDayAt reports whether the token at k is an ordinal that can be a
// day of the month ("16th", "3rd").
func (s *state) ordDayAt(k int) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].kind == tkNum && s.toks[k].suf == sufOrd && s.toks[k].num >= 1 && s.toks[k].num <= 31
}

// ordDayEnds reports whether the token at n, after an ordinal, ends it
// as a day: the end, a stop or a comma, or a word that opens a clause (a
// pronoun, a determiner, a quantifier, a word of the lexicon that is no
// unit or month); not a noun the ordinal counts ("parallels",
// "Battalions", "centuries").
func (s *state) ordDayEnds(n int) bool {
	if n >= len(s.toks) {
		return true
	}
	switch s.toks[n].kind {
	case tkPunct:
		c := s.text[s.toks[n].start]
		return c == ',' || c == '.' || c == ';' || c == ')' || c == ':'
	case tkWord:
		if s.toks[n].cap || s.w(n) == wOf {
			return false
		}
		if e := s.lx(n); e != nil {
			return e.unit == 0 && e.month == 0
		}
		return s.storyWord(n) || s.isWordIn(n, "was", "were", "had", "saw", "brought", "nothing")
	}
	return false
}

// nightPair reports whether the ordinal day at k is joined by a tight
// hyphen or slash to the ordinal of the next day, the pair closing its
// phrase: "the night of the 9th-10th", "on the 9th/10th".
func (s *state) nightPair(k int) bool {
	n := k + 1
	return s.ordDayAt(k) && (s.isPunct(n, '-') || s.isPunct(n, '/')) && s.tight(n) && s.tight(n+1) && s.ordDayAt(n+1) &&
		s.toks[n+1].num == s.toks[k].num+1 && s.ordDayEnds(n+2)
}

// pOrdDayListed: the second of two bare ordinal days joined without its
// "the", "on the 19th and 20th", "the 3rd or 4th": a day of the month of
// the first, which was tagged just before.
func (s *state) pOrdDayListed(i int) (cand, bool) {
	if !s.ordDayAt(i) || i < 3 || !(s.w(i-1) == wAnd || s.w(i-1) == wOr || s.nightPair(i-2)) || !s.ordDayAt(i-2) || s.w(i-3) != wThe || s.toks[i-2].num >= s.toks[i].num {
		return cand{}, false
	}
	if !s.ordDayEnds(i + 1) {
		return cand{}, false // "the 19th and 20th centuries", "the 5th and 6th Armies", "the 23rd and 24th parallels"
	}
	base, a, ok := s.base(true, i)
	if !ok || base.noYear || base.g < gDay || base.d != int(s.toks[i-2].num) || a < 0 || a != len(s.res.Timexes)-1 {
		return cand{}, false
	}
	d := int(s.toks[i].num)
	if d > timeline.DaysIn(base.y, base.m) {
		return cand{}, false
	}
	r := s.date(i, i+1, cal{g: gDay, y: base.y, m: base.m, d: d})
	r.anchor = a
	return r, true
}

// ordDayOfMonthPhrase reads "the 14th of that month", "the 3rd of the
// following month", "the 15th of next month" (the ordinal at k): the
// day, in the month the phrase
// after "of" names from the last month or day; the month phrase stays an
// expression of its own, as "that year" in "1 July of that year".
func (s *state) ordDayOfMonthPhrase(i, k int) (cand, bool) {
	n := k + 1
	if s.w(n) != wOf {
		return cand{}, false
	}
	step, m := 0, n+2
	switch {
	case s.w(n+1) == wThat:
	case s.w(n+1) == wThe && s.w(n+2) == wSame:
		m = n + 3
	case s.w(n+1) == wThe && (s.w(n+2) == wFollowing || s.w(n+2) == wNext):
		step, m = 1, n+3
	case s.w(n+1) == wThe && s.w(n+2) == wPrevious:
		step, m = -1, n+3
	case s.t.hasDCT && (s.w(n+1) == wNext || s.w(n+1) == wLast || s.w(n+1) == wThis):
		// "the 15th of next month", "the 3rd of last month": counted
		// from the DCT's month, as "next month" is
		if e := s.lx(n + 2); e == nil || e.unit != uMonth || e.plural {
			return cand{}, false
		}
		switch s.w(n + 1) {
		case wNext:
			step = 1
		case wLast:
			step = -1
		}
		c := shift(cal{g: gMonth, y: s.t.dct.y, m: s.t.dct.m}, uMonth, step)
		d := int(s.toks[k].num)
		if d > timeline.DaysIn(c.y, c.m) {
			return cand{}, false
		}
		c.g, c.d = gDay, d
		return s.date(i, k+1, c), true
	default:
		return cand{}, false
	}
	if e := s.lx(m); e == nil || e.unit != uMonth || e.plural {
		return cand{}, false
	}
	base, a, ok := s.anchorBase()
	if !ok || base.noYear || base.g < gMonth || base.g == gWeek {
		return cand{}, false
	}
	c := shift(cal{g: gMonth, y: base.y, m: base.m}, uMonth, step)
	d := int(s.toks[k].num)
	if d > timeline.DaysIn(c.y, c.m) {
		return cand{}, false
	}
	c.g, c.d = gDay, d
	r := s.date(i, k+1, c)
	r.anchor = a
	return r, true
}

// storySubject reports whether the capitalized word at n, after "the
// 18th" at i, is the subject of the clause the day starts: the phrase
// opens the sentence with its preposition and a lower-case word follows
// the name ("On the 18th Kennedy received", not "the 5th Army's front"
// or "the 7th Panzer Division").
func (s *state) storySubject(i, n int) bool {
	// The preposition opens the sentence ("On the 18th Kennedy ...") or a
	// clause after "and", "but", a comma or a semicolon ("and on the 21st
	// Ceausescu addressed a rally").
	clause := i >= 2 && !s.toks[i-1].cap && (s.w(i-2) == wAnd || s.isWord(i-2, "but") || s.isPunct(i-2, ',') || s.isPunct(i-2, ';'))
	if !(i < 2 || s.sentenceEnd(i-2) || clause) || !clause && !s.toks[i-1].cap || s.lx(n) != nil || n+1 >= len(s.toks) {
		return false
	}
	for _, w := range [...]string{"army", "division", "battalion", "brigade", "corps", "regiment", "fleet", "squadron", "panzer", "infantry", "cavalry", "airborne", "armored", "armoured", "marines", "parallel", "street", "avenue", "congress", "amendment", "district", "precinct", "ward"} {
		if s.isWord(n, w) {
			return false // "and on the 5th Division front": a unit's number
		}
	}
	m := n + 1
	for w := 0; w < 2 && m < len(s.toks) && s.toks[m].kind == tkWord && s.toks[m].cap && s.lx(m) == nil && !s.tight(m) && m+1 < len(s.toks); w++ {
		m++ // a name of two or three words: "On the 18th President Kennedy ...", "On the 25th Admiral James Hope ..."
	}
	if s.isPunct(m, '\'') && s.tight(m) && s.isWord(m+1, "s") && s.tight(m+1) && m+2 < len(s.toks) && (m > n+1 || s.pastVerbAt(m+3)) {
		// a possessive name before its noun: "On the 23rd Admiral
		// Seymour's ships opened fire"; a one-word name's with the past
		// verb after its noun: "In the early hours of the 23rd
		// Chelmsford's column returned"
		m += 2
	}
	if m >= len(s.toks) {
		return false
	}
	if s.isPunct(m, ',') && n+1 == m {
		// a list of names as the subject: "and on the 23rd Holland,
		// Zeeland, Utrecht and the northern provinces answered"
		names := 1
		for k := m; k < len(s.toks) && k < m+12; k++ {
			switch {
			case s.isPunct(k, ','):
				if k+1 >= len(s.toks) || s.toks[k+1].kind != tkWord || !s.toks[k+1].cap || s.lx(k+1) != nil {
					return false
				}
			case s.toks[k].kind == tkWord && s.toks[k].cap && s.lx(k) == nil:
				names++
			case s.w(k) == wAnd:
				return names >= 2 && k+1 < len(s.toks) && s.toks[k+1].kind == tkWord
			default:
				return false
			}
		}
		return false
	}
	return s.toks[m].kind == tkWord && !s.toks[m].cap && !s.tight(m)
}

// pNthDay: "on the second day", "the first day": a day of the event the
// story is on, counted from the first day of the range of days just given
// ("the battle raged for three days (1-3 July 1863). On the second day",
// 2 July), or "the first day" of the day the story is on. "The first day
// of the trial" is left alone: the event is named and its date unknown.
func (s *state) pNthDay(i int) (cand, bool) {
	n, k, ok := s.ordAt(i + 1)
	if e := s.lx(k); ok && n >= 1 && n <= 31 && e != nil && e.unit == uDay && !e.plural && s.w(k+1) == wOf && s.isMonthAt(k+2) && s.depth == 0 {
		// "the fourth day of March 1629", "the twenty-first day of June":
		// the day of the month, the phrase one date, as "the 4th of July".
		s.depth++
		m, mok := s.pMonth(k + 2)
		s.depth--
		if mok && m.i == k+2 && m.typ == timeline.TypeDate && m.mod == "" && m.val == "" && m.c.g == gMonth && n <= [...]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m.c.m] {
			m.i, m.c.g, m.c.d = i, gDay, n
			return m, true
		}
	}
	// (a day past the tenth only after "on", or counted in an event the
	// text dated: "by the 200th day of the siege")
	ofEvent := s.w(k+1) == wOf && s.w(k+2) == wThe && s.eventNoun(k+3)
	if !ok || n < 1 || n > 10 && s.w(i-1) != wOn && !(ofEvent && (s.w(i-1) == wBy || s.w(i-1) == wUntil)) || k != i+2 && n <= 10 {
		return cand{}, false
	}
	e := s.lx(k)
	if e == nil || e.unit != uDay || e.plural || s.isWord(k+1, "in") || s.isPunct(k+1, '-') || s.isPunct(k+1, '\'') {
		return cand{}, false
	}
	if s.isPunct(i-1, ',') && s.dayRef >= 0 && s.dayRef == len(s.res.Timexes)-1 && s.res.Timexes[s.dayRef].End == int(s.toks[i-2].end) && !s.dayCal.noYear {
		// In apposition to the day just given it is that day: "on 1 July
		// 1916, the first day of the Somme".
		c := s.dayCal
		c.g, c.part, c.hh, c.mm = gDay, 0, 0, 0
		r := s.date(i, k+1, c)
		r.anchor, r.noRef = s.dayRef, true
		return r, true
	}
	if s.w(i) == wThe && s.toks[i].cap {
		if c, ok := s.headingDay(i, k+1, n); ok {
			return c, true
		}
	}
	if s.w(k+1) == wOf {
		if ofEvent && s.phraseEnds(k+4) && n > 1 && !s.t.hasDCT {
			// "On the 48th day of the siege" after "the siege had begun
			// on 6 April 1453": a day counted from the day the text said
			// the event named began.
			if st, a, ok := s.eventStartDay(k+3, i); ok {
				r := s.date(i, k+1, fromDay(st.day()+n-1))
				r.anchor = a
				return r, true
			}
		}
		return cand{}, false
	}
	if s.isPunct(k+1, ',') && k+2 < len(s.toks) && s.depth == 0 && (s.w(i-1) == wOn || s.w(i-1) == wBy || s.w(i-1) == wUntil) {
		// And so with the day given after it: "On the seventh day, 20
		// July, the court moved outdoors" is 20 July, whatever days the
		// count skipped.
		s.depth++
		e, ok := s.parse(k + 2)
		s.depth--
		if ok && e.i == k+2 && e.typ == timeline.TypeDate && e.val == "" && e.mod == "" && e.c.g == gDay {
			if re := s.resolve(e); !re.c.noYear && re.val == "" && re.c.g == gDay {
				r := s.date(i, k+1, re.c)
				r.anchor, r.noRef = re.anchor, true
				r.countFrom = fromDay(re.c.day() - n + 1) // the count goes on from there
				return r, true
			}
		}
	}
	if st, ok := s.startNamedAfter(i, k+1, n); ok {
		// "washed out most of the first day after the Test began on
		// Wednesday": the event's first day is the one its own sentence
		// says it began on, ahead of the count.
		return st, true
	}
	var c cal
	a := -1
	switch {
	case s.rangeTo >= 0 && s.rangeFrom.g == gDay && !s.rangeFrom.noYear && s.rangeEnd.g >= gDay && !s.rangeEnd.noYear &&
		(s.rangeTo == s.ref || s.ref > s.rangeTo && s.refCal.g >= gDay && !s.refCal.noYear && s.refCal.day() >= s.rangeFrom.day() && s.refCal.day() <= s.rangeEnd.day()):
		// also when the story has moved on within the range: "On the
		// first day ... On the second day".
		c, a = fromDay(s.rangeFrom.day()+n-1), s.rangeTo
		if c.day() > s.rangeEnd.day() {
			return cand{}, false
		}
	case n == 1 && s.dayRef >= 0 && s.dayRef == s.ref && !s.dayCal.noYear:
		c, a = s.dayCal, s.dayRef
		c.g, c.part, c.hh, c.mm = gDay, 0, 0, 0
	case n > 1 && (s.w(i-1) == wOn || s.w(i-1) == wBy || s.w(i-1) == wUntil || s.w(i-1) == wOf && s.w(i-3) == wThe && s.lx(i-2) != nil && s.lx(i-2).pod > 0 && !s.lx(i-2).plural):
		// "set out on 3 November 1909 ... On the 53rd day": a day of a
		// journey or an event counted from the day the story is on; so
		// "by the third day", "the evening of the third day".
		return s.countedDay(i, k+1, n)
	case !s.t.hasDCT && s.ref >= 0 && !s.leadParagraph(i) && (s.w(i-1) == wOn || s.w(i-1) == wBy) && s.storyBeforeLeadRange():
		// "The trial was held from July 10 to 21, 1925 ... Background
		// ... in May ... Trial. The jury was chosen on the first day":
		// where a background has taken the story back before the span
		// of days the lead gave, the body's count of days is of that
		// span.
		from, end, at := s.leadDayRange()
		c, a = fromDay(from.day()+n-1), at
		if c.day() > end.day() {
			return cand{}, false
		}
	default:
		return cand{}, false
	}
	r := s.date(i, k+1, c)
	r.anchor = a
	return r, true
}

// startNamedAfter finds, in the rest of the sentence after an ordinal
// day ending at j ("the first day", "the second day"), a clause telling
// when the event began, "after the Test began on Wednesday", "when the
// trial opened on 3 May", and returns the day counted from it (n is the
// ordinal), one DATE spanning tokens i to j.
func (s *state) startNamedAfter(i, j, n int) (cand, bool) {
	if s.depth > 0 || !s.isWordIn(j, "after", "when", "as", "since") {
		return cand{}, false
	}
	for k := j + 1; k < len(s.toks) && k <= j+6; k++ {
		if s.sentenceEnd(k) || s.toks[k].kind == tkPunct {
			return cand{}, false
		}
		if !s.isWordIn(k, "began", "started", "opened", "got", "resumed") {
			continue
		}
		d := k + 1
		if s.isWord(k, "got") {
			if !s.isWord(d, "under") || !s.isWord(d+1, "way") {
				return cand{}, false
			}
			d += 2
		}
		if s.w(d) == wOn {
			d++
		}
		s.depth++
		e, ok := s.parse(d)
		s.depth--
		if !ok || e.i != d || e.typ != timeline.TypeDate || e.val != "" || e.mod != "" || e.c.g != gDay {
			return cand{}, false
		}
		re := s.resolve(e)
		if re.c.noYear || re.val != "" || re.c.g != gDay {
			return cand{}, false
		}
		r := s.date(i, j, fromDay(re.c.day()+n-1))
		return r, true
	}
	return cand{}, false
}

// leadDayRange returns the first span of days the lead paragraph of an
// article names, two full dates of days joined by "to", "until",
// "through" or a dash ("from July 10 to 21, 1925", "(4–9 May 1848)"),
// and the index of the timex of its end; ok false when it names none.
func (s *state) leadDayRange() (from, end cal, at int) {
	xs := s.res.Timexes
	for n := 0; n+1 < len(xs); n++ {
		x, y := &xs[n], &xs[n+1]
		t := s.timexTok(x)
		if !s.leadParagraph(t) {
			break
		}
		a, ok1 := dayValue(x)
		b, ok2 := dayValue(y)
		if !ok1 || !ok2 || b.day() <= a.day() || b.day()-a.day() > 60 || y.Start < x.End {
			continue
		}
		switch strings.Trim(string(s.text[x.End:y.Start]), " ,") {
		case "to", "until", "through", "-", "\u2013", "\u2014":
			return a, b, n + 1
		}
	}
	return cal{}, cal{}, -1
}

// storyBeforeLeadRange reports whether the story's date ends before the
// span of days the lead named begins (a background told after the lead).
func (s *state) storyBeforeLeadRange() bool {
	from, _, at := s.leadDayRange()
	if at < 0 || s.refCal.noYear {
		return false
	}
	r := s.refCal
	switch r.g {
	case gYear:
		return r.y < from.y
	case gMonth:
		return r.y*12+r.m < from.y*12+from.m
	case gDay:
		return r.day() < from.day()
	}
	return false
}

// dayValue reads the value of a timex of a full date of a day.
func dayValue(x *timeline.Timex) (cal, bool) {
	v := x.Value
	if x.Type != timeline.TypeDate || len(v) != 10 || v[4] != '-' || v[7] != '-' || !isDigit(v[0]) {
		return cal{}, false
	}
	y, e1 := strconv.Atoi(v[:4])
	m, e2 := strconv.Atoi(v[5:7])
	d, e3 := strconv.Atoi(v[8:10])
	if e1 != nil || e2 != nil || e3 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return cal{}, false
	}
	return cal{g: gDay, y: y, m: m, d: d}, true
}

// eventStartDay finds the day the event named by the noun at k began,
// from the last sentence before token before that names the event with a
// verb of beginning and a date of a day after it ("a siege that had
// begun on 6 April 1453", "the siege began on 2 May"): the day and the
// index of its timex.
func (s *state) eventStartDay(k, before int) (cal, int, bool) {
	noun := s.word(k)
	for j := before - 1; j >= 0 && j >= before-4000; j-- {
		if s.toks[j].kind != tkWord || !bytes.EqualFold(s.word(j), noun) {
			continue
		}
		lo, hi := s.sentStart(j, 80), s.sentEnd(j, 80)
		v := -1
		for m := lo; m <= hi; m++ {
			if s.isWordIn(m, "began", "begun", "begin", "begins", "started", "opened", "commenced") {
				v = m
				break
			}
		}
		if v < 0 {
			continue
		}
		for x := range s.res.Timexes {
			t := &s.res.Timexes[x]
			if t.Span.Start < int(s.toks[v].end) || t.Span.End > int(s.toks[hi].end) || t.Type != timeline.TypeDate || len(t.Value) != 10 || t.Mod != "" {
				continue
			}
			y, e1 := strconv.Atoi(t.Value[:4])
			m, e2 := strconv.Atoi(t.Value[5:7])
			d, e3 := strconv.Atoi(t.Value[8:])
			if e1 != nil || e2 != nil || e3 != nil || t.Value[4] != '-' || t.Value[7] != '-' {
				continue
			}
			return cal{g: gDay, y: y, m: m, d: d}, x, true
		}
	}
	return cal{}, -1, false
}

// headingDay reads tokens [i, j), day n of an event, as a section
// heading: "The second day" or "Second day" on a line of its own in
// narrative is the day of the event whose days the article gave as a
// range, the first such range the story has not yet passed ("fought
// between July 1 and July 3, 1863 ... (the campaign before it, from April
// 30 to May 6) ... First day" is July 1).
func (s *state) headingDay(i, j, n int) (cand, bool) {
	if s.t.hasDCT || n < 1 || !s.lineAlone(i, j) {
		return cand{}, false
	}
	for _, r := range s.dayRanges {
		if r.end.day()-r.from.day() < n-1 {
			continue
		}
		if s.ref >= 0 && !s.refCal.noYear {
			if st, ok := startDay(s.refCal); !ok || st > r.end.day() {
				continue
			}
		}
		c := s.date(i, j, fromDay(r.from.day()+n-1))
		c.anchor = r.to
		return c, true
	}
	return cand{}, false
}

// pHeadingDay: "Second day", "First day" heading a section of a battle's
// article (see headingDay).
func (s *state) pHeadingDay(i int) (cand, bool) {
	n, k, ok := s.ordAt(i)
	if !ok || !s.toks[i].cap || !s.isWord(k, "day") {
		return cand{}, false
	}
	return s.headingDay(i, k+1, n)
}

// dayRange is a range of days named in the text: the index of the
// timex that ends it, its first day and its last.
type dayRange struct {
	to        int
	from, end cal
}

// countedDay is day n of a journey or an event, tokens [i, j): counted
// from the day the story is on, or, once it has moved on within the
// count, from the count's first day ("On the 53rd day ... On the 80th
// day"); in narrative only.
func (s *state) countedDay(i, j, n int) (cand, bool) {
	if n < 2 || s.dayRef < 0 || s.dayRef != s.ref || s.dayCal.noYear || s.t.hasDCT && s.newsText() {
		return cand{}, false
	}
	first := s.dayCal.day()
	if s.w(j) == wAfter && s.w(j+1) == wThe && s.countFrom.g != gDay {
		// "On the fortieth day after the landing": forty days after the
		// day the story is on, as "forty days after the landing", where
		// "the eighth day of the siege" counts the siege's first day as
		// its first.
		first++
	}
	if f := s.countFrom; f.g == gDay && first > f.day() && first < f.day()+n-1 {
		first = f.day()
	}
	r := s.date(i, j, fromDay(first+n-1))
	r.anchor, r.countFrom = s.dayRef, fromDay(first)
	return r, true
}

// pDayN: "on day 53", "On Day 12": a day of a journey or an event by its
// number, as "on the 53rd day".
func (s *state) pDayN(i int) (cand, bool) {
	if s.w(i-1) != wOn || i+1 >= len(s.toks) {
		return cand{}, false
	}
	tk := &s.toks[i+1]
	if tk.kind != tkNum || tk.suf != sufNone || tk.ndig > 3 || tk.grouped || tk.decimal || tk.num < 2 {
		return cand{}, false
	}
	if !s.phraseEnds(i+2) && !s.isWord(i+2, "they") && !s.isWord(i+2, "he") && !s.isWord(i+2, "she") && !s.isWord(i+2, "it") && !s.isWord(i+2, "we") {
		return cand{}, false // "worked on day 3 shifts"
	}
	return s.countedDay(i, i+2, int(tk.num))
}

// dayOfMonth finishes a "month day" or "day month" date whose words end
// before token k: with a year after an optional comma it is a full date,
// without one a partial date whose year the resolver infers. Impossible
// days (31 April, 30 February) are not dates.
func (s *state) dayOfMonth(i, k, m, d int) (cand, bool) {
	if y, next, ok := s.yearAfterComma(k); ok {
		if d > timeline.DaysIn(y, m) {
			return cand{}, false
		}
		return s.date(i, next, cal{g: gDay, y: y, m: m, d: d}), true
	}
	if d > timeline.DaysIn(2000, m) {
		return cand{}, false
	}
	if e := s.lx(k + 1); s.t.hasDCT && s.w(k+1) == wYear && e != nil && !e.plural && !s.isPunct(k+2, '\'') {
		// "July 21 last year", "on 3 March this year": the day of the
		// year named from the DCT, the year an expression of its own
		// after it, as news_blind4.txt has "April 16" and "this year".
		off, ok := s.yearShift(k, false)
		if y := s.t.dct.y + off; ok && d <= timeline.DaysIn(y, m) {
			return s.date(i, k, cal{g: gDay, y: y, m: m, d: d}), true
		}
	}
	if c, ok := s.recalledDay(i, k, m, d); ok {
		// "the decree of 5 August": a happening named by the day the
		// story dated it by
		return c, true
	}
	if c, ok := s.leadDay(i, k, m, d); ok {
		// "April 16" after a background of earlier years, the day the
		// lead dated ("on April 16, 1947")
		return c, true
	}
	c := s.date(i, k, cal{g: gDay, m: m, d: d, noYear: true})
	c.partial = true
	return c, true
}

// pNumeric: ISO "2015-09-30" and slashed "30/09/2015", "09/30/2015".
func (s *state) pNumeric(i int) (cand, bool) {
	a, ok1 := s.plainNum(i)
	if !ok1 || !s.tight(i+1) || !s.tight(i+2) || !s.tight(i+3) || !s.tight(i+4) {
		return cand{}, false
	}
	b, ok2 := s.plainNum(i + 2)
	c, ok3 := s.plainNum(i + 4)
	if !ok2 || !ok3 || s.tight(i+5) && i+5 < len(s.toks) && (s.toks[i+5].kind == tkNum || s.isPunct(i+5, '/') || s.isPunct(i+5, '-')) {
		return cand{}, false
	}
	nb, nc := s.toks[i+2].ndig, s.toks[i+4].ndig
	switch {
	case s.isPunct(i+1, '-') && s.isPunct(i+3, '-') && s.toks[i].ndig == 4 && nb <= 2 && nc <= 2:
		str := string(s.text[s.toks[i].start:s.toks[i+4].end])
		t, err := dateparse.ParseIn(str, time.UTC)
		if err != nil || t.Year() != a || int(t.Month()) != b || t.Day() != c {
			return cand{}, false
		}
		return s.date(i, i+5, cal{g: gDay, y: a, m: b, d: c}), true
	case s.isPunct(i+1, '/') && s.isPunct(i+3, '/') && s.toks[i].ndig <= 2 && nb <= 2 && (nc == 4 || nc == 2):
		y := c
		if nc == 2 {
			y = s.twoDigitYear(c)
		}
		m, d := a, b
		ambiguous := a <= 12 && b <= 12 && a != b
		switch {
		case a > 12:
			m, d = b, a
		case b > 12:
		case s.t.dmy:
			m, d = b, a
		}
		if m < 1 || m > 12 || d < 1 {
			return cand{}, false
		}
		str := pad(m, 2) + "/" + pad(d, 2) + "/" + pad(y, 4)
		t, err := dateparse.ParseIn(str, time.UTC, dateparse.PreferMonthFirst(true))
		if err != nil || int(t.Month()) != m || t.Day() != d || t.Year() != y {
			return cand{}, false
		}
		r := s.date(i, i+5, cal{g: gDay, y: y, m: m, d: d})
		if ambiguous {
			order := "MDY"
			if s.t.dmy {
				order = "DMY"
			}
			r.note = "ambiguous numeric date read as " + order + " (" + r.c.format() + ")"
		}
		return r, true
	}
	return cand{}, false
}

// ampm reads "a.m.", "p.m.", "am", "pm", "A.M." at k: 0 none, 1 am, 2 pm.
func (s *state) ampm(k int) (int, int) {
	w := s.word(k)
	if len(w) == 2 && (w[1]|0x20) == 'm' {
		switch w[0] | 0x20 {
		case 'a':
			return 1, k + 1
		case 'p':
			return 2, k + 1
		}
	}
	if len(w) == 1 && s.isPunct(k+1, '.') && s.tight(k+1) && s.tight(k+2) && lowerEq(s.word(k+2), "m") {
		next := k + 3
		if s.isPunct(next, '.') && s.tight(next) {
			next++
		}
		switch w[0] | 0x20 {
		case 'a':
			return 1, next
		case 'p':
			return 2, next
		}
	}
	return 0, k
}

// lineAlone reports whether tokens [i, j) make up a line of their own: a
// line break (or the text's edge) before token i and after token j-1.
func (s *state) lineAlone(i, j int) bool {
	lo, hi := 0, len(s.text)
	if i > 0 {
		lo = int(s.toks[i-1].end)
	}
	if j < len(s.toks) {
		hi = int(s.toks[j].start)
	}
	return (i == 0 || bytes.IndexByte(s.text[lo:s.toks[i].start], '\n') >= 0) &&
		(j >= len(s.toks) || bytes.IndexByte(s.text[s.toks[j-1].end:hi], '\n') >= 0)
}

// nearDay reports whether the last day named (dayTok) is in the
// sentence of token i or the one before, within its paragraph.
// namedHolidayWeekend returns the weekend, spanning i to j, of the last
// holiday named earlier in the sentence of i that falls next to a
// weekend (on a Thursday, Friday, Monday or Tuesday), as "Thanksgiving
// weekend" is.
func (s *state) namedHolidayWeekend(i, j int) (cand, bool) {
	for k := i - 1; k >= 0 && k >= i-40 && !s.sentenceEnd(k); k-- {
		e := s.lx(k)
		if e == nil || e.holiday <= 0 || !s.toks[k].cap {
			continue
		}
		for n := len(s.res.Timexes) - 1; n >= 0; n-- {
			x := s.res.Timexes[n]
			if x.Span.Start != int(s.toks[k].start) {
				continue
			}
			dc, ok := dayValue(&x)
			if !ok {
				break
			}
			day := dc.day()
			if wd := timeline.Weekday(day); wd == 3 || wd >= 6 {
				break
			}
			c := holidayWeekend(s.date(i, j, fromDay(day)), true)
			c.anchor = n
			return c, true
		}
	}
	return cand{}, false
}

// spanStartDay returns the first day of a span of days (a range) whose
// last day is the timex ref, "from 26 to 30 June", "June 26-30", at most
// a fortnight long.
func (s *state) spanStartDay(ref int) (int, bool) {
	if ref < 0 || s.rangeTo != ref || s.rangeFrom.g != gDay || s.rangeFrom.noYear || s.rangeEnd.g < gDay || s.rangeEnd.noYear {
		return 0, false
	}
	a, b := s.rangeFrom.day(), s.rangeEnd.day()
	if a >= b || b-a > 14 {
		return 0, false
	}
	return a, true
}

func (s *state) nearDay(i int) bool {
	if s.dayTok < 0 || s.dayTok >= i || i-s.dayTok > 60 || s.toks[s.dayTok].pi != s.toks[i].pi {
		return false
	}
	ends := 0
	for k := s.dayTok; k < i; k++ {
		if s.sentenceEnd(k) {
			if ends++; ends > 1 {
				return false
			}
		}
	}
	return true
}

// dotClock returns the minutes of a clock reading written with a point,
// "9.42" in "9.42am", "14.05" in "14.05 BST": an hour up to 23 and
// exactly two digits of minutes under 60; -1 for any other number.
func (s *state) dotClock(i int) int {
	tk := &s.toks[i]
	if tk.kind != tkNum || !tk.decimal || tk.grouped || tk.ndig > 2 || tk.num < 0 || tk.num > 23 {
		return -1
	}
	t := s.text[tk.start:tk.end]
	p := 0
	for p < len(t) && t[p] != '.' {
		p++
	}
	if p+3 > len(t) || !isDigit(t[p+1]) || !isDigit(t[p+2]) || p+3 < len(t) && isDigit(t[p+3]) {
		return -1
	}
	if m := int(t[p+1]-'0')*10 + int(t[p+2]-'0'); m < 60 {
		return m
	}
	return -1
}

// dayAfterClock reports whether a day follows a clock reading ending at
// j, "on" between or not: "to 23:59 on Monday", "till 18:00 Friday": the
// reading is an end point in time, no score or ratio.
func (s *state) dayAfterClock(j int) bool {
	if s.w(j) == wOn {
		j++
	}
	e := s.lx(j)
	return e != nil && (e.weekday > 0 && !e.plural || e.month > 0 && j+1 < len(s.toks) && s.toks[j+1].kind == tkNum || e.w == wToday || e.w == wTomorrow || e.w == wYesterday)
}

// clockPrep reports whether the word at k puts a clock reading in words
// after it ("at five in the morning", "until two in the afternoon").
func (s *state) clockPrep(k int) bool {
	switch s.w(k) {
	case wAt, wBy, wUntil, wBefore, wAfter, wAround, wAbout, wFrom, wTo, wSince, wBetween, wAnd:
		return true
	}
	return s.isWordIn(k, "till", "towards", "toward", "past")
}

// minutesWords reads the minutes of a clock reading in words at j:
// "thirty", "fifteen", "forty-five", "oh five" (10 to 59, or "oh" and a
// digit's word), with where they end.
func (s *state) minutesWords(j int) (int, int, bool) {
	if s.isWord(j, "oh") && !s.toks[j].cap {
		if f := s.lx(j + 1); f != nil && f.hasNum && !f.tens && f.num >= 1 && f.num <= 9 {
			return int(f.num), j + 2, true
		}
		return 0, j, false
	}
	e := s.lx(j)
	if e == nil || s.toks[j].cap || !e.hasNum || e.num < 10 || e.num > 59 {
		return 0, j, false
	}
	n := int(e.num)
	if e.tens && s.isPunct(j+1, '-') && s.tight(j+1) && s.tight(j+2) {
		if f := s.lx(j + 2); f != nil && f.hasNum && !f.tens && f.num >= 1 && f.num <= 9 {
			return n + int(f.num), j + 3, true // "forty-five"
		}
		return 0, j, false
	}
	return n, j + 1, true
}

// clockWords is a clock reading written in words, handed to pTime.
type clockWords struct {
	on    bool
	at, j int
	h, mi int
	half  bool // the half of the day was named ("in the afternoon")
}

// pClockWords: a clock reading in words, "eleven o'clock", "two in the
// morning", "half past nine", "a quarter to twelve", "a quarter past 10
// in the evening": a TIME like "11 o'clock", its day found as pTime finds
// it ("at half past eleven on 18 June 1815").
func (s *state) pClockWords(i int) (cand, bool) {
	if s.depth > 0 || s.clk.on {
		return cand{}, false
	}
	k, mi, to := i, 0, false
	if s.w(k) == wA && s.isWord(k+1, "quarter") {
		k++
	}
	minutesPast := false
	// (the minutes may be named: "ten minutes to midnight"; "to" the hour
	// counts back from it, but not after "from" or "between", where "from
	// ten to six" is a range)
	pastTo := func(k int) bool {
		return s.w(k) == wPast || s.w(k) == wAfter || s.w(k) == wTo && s.w(i-1) != wFrom && s.w(i-1) != wBetween
	}
	minutesWord := func(k int) int {
		if s.isWord(k, "minutes") || s.isWord(k, "minute") {
			return k + 1
		}
		return k
	}
	if mw, next, ok := s.minutesWords(k); !ok && k == i && s.lx(k) != nil && s.lx(k).hasNum && !s.lx(k).tens && s.lx(k).num >= 1 && s.lx(k).num <= 9 && pastTo(minutesWord(k+1)) {
		mi, k, minutesPast = int(s.lx(k).num), minutesWord(k+1), true // "five past six", "five minutes to noon"
	} else if ok && k == i && mw < 30 && pastTo(minutesWord(next)) {
		mi, k, minutesPast = mw, minutesWord(next), true // "ten after nine", "twenty-five past four", "twenty minutes to eight"
	}
	if minutesPast {
		// "at about ten after nine", "at twenty past six": minutes
		// "past" or "after" the hour, after a preposition of time and
		// with nothing after the hour that makes the words a count
		if !s.clockPrep(i-1) || !pastTo(k) {
			return cand{}, false
		}
		to = s.w(k) == wTo
		e := s.lx(k + 2)
		if !(k+2 >= len(s.toks) || s.toks[k+2].kind == tkPunct && !s.isPunct(k+2, '-') && !s.isPunct(k+2, '%') ||
			e != nil && (e.w == wIn || e.w == wOn || e.w == wThis || e.w == wTonight || e.weekday > 0 || e.w == wToday || e.w == wYesterday || e.w == wTomorrow ||
				e.w == wThe && (s.w(k+3) == wNext || s.w(k+3) == wFollowing))) { // ("at ten to eight the next morning")
			return cand{}, false
		}
		k++
	}
	switch {
	case minutesPast:
	case s.w(k) == wHalf || s.isWord(k, "quarter"):
		mi = 30
		if s.isWord(k, "quarter") {
			mi = 15
		}
		switch {
		case s.w(k+1) == wPast:
		case s.w(k+1) == wTo && mi == 15:
			to = true
		default:
			return cand{}, false
		}
		k += 2
	case s.w(k) == wA:
		return cand{}, false
	}
	// the hour: a number from one to twelve, a word or plain digits
	h, half := 0, false
	switch tk := &s.toks[min(k, len(s.toks)-1)]; {
	case k >= len(s.toks):
		return cand{}, false
	case k > i && (s.w(k) == wMidnight || s.w(k) == wNoon):
		// "a quarter to midnight", "ten minutes past noon": the hour
		// named, its half of the day with it
		h, half = 12, true
		if s.w(k) == wMidnight {
			h = 24
			if !to {
				h = 0
			}
		}
	case tk.kind == tkNum && k > i && tk.suf == sufNone && !tk.grouped && !tk.decimal && tk.ndig <= 2 && tk.num >= 1 && tk.num <= 12:
		h = int(tk.num)
	case tk.kind == tkWord && tk.lex() != nil && tk.lex().hasNum && !tk.lex().tens && tk.lex().w != wA && tk.lex().w != wAn && tk.lex().num >= 1 && tk.lex().num <= 12:
		h = int(tk.lex().num)
		if mw, _, ok := s.minutesWords(k + 2); s.isPunct(k+1, '-') && !(ok && mw >= 10 && k == i) {
			return cand{}, false // "eleven-year", "two-thirds" (but "two-thirty", below)
		}
		if s.isWordIn(k+1, "thirds", "quarters", "fifths", "sixths", "eighths", "tenths") {
			return cand{}, false // "a quarter to two thirds of the harvest": a fraction
		}
	default:
		return cand{}, false
	}
	j := k + 1
	// halfAfter reads minutes mw in words ending at next when the half of
	// the day follows them: "a.m."/"p.m." (half named) or "this
	// afternoon", "tonight" (read by pTime: not half).
	halfAfter := func(mw, next int) bool {
		if ap, after := s.ampm(next); ap > 0 {
			mi, j, half = mw, after, true
			if ap == 2 && h < 12 {
				h += 12
			}
			return true
		}
		if s.partOfDayAfter(next) > 0 {
			mi, j = mw, next
			return true
		}
		return false
	}
	if k == i && s.toks[k].kind == tkWord && !s.toks[k].cap || k == i && s.toks[k].kind == tkWord && (i == 0 || s.sentenceEnd(i-1)) {
		if ap, after := s.ampm(j); ap > 0 {
			// "ten a.m. tomorrow", "at seven p.m.": the hour in words with
			// its half of the day
			h, j, half = hourOfDay(h, ap), after, true
			goto read
		}
		if s.isPunct(j, '-') && s.tight(j) && s.tight(j+1) && s.clockPrep(i-1) {
			// "at about two-thirty this morning", "at six-fifteen p.m."
			if mw, next, ok := s.minutesWords(j + 1); ok && mw >= 10 && halfAfter(mw, next) {
				goto read
			}
		}
	}
	if mw, next, ok := s.minutesWords(j); ok && k == i && s.toks[k].kind == tkWord && s.clockPrep(i-1) && halfAfter(mw, next) {
		// "at five thirty this afternoon", "about six fifteen tonight",
		// "at seven forty-five p.m.": the minutes in words too, with the
		// half of the day named after them (alone, "five thirty" may be
		// a count: "five thirty-year bonds").
		goto read
	}
	switch {
	case s.isWord(j, "o") && s.isPunct(j+1, '\'') && s.isWord(j+2, "clock"):
		j += 3
		if next, ok := s.podAfterClock(j, &h); ok {
			j, half = next, true // "three o'clock in the afternoon"
		}
	case s.w(j) == wIn && s.w(j+1) == wThe && s.lx(j+2) != nil && s.lx(j+2).pod > 0 && !s.lx(j+2).plural:
		if k == i && !s.clockPrep(i-1) || j+3 < len(s.toks) && s.toks[j+3].kind == tkWord && !s.toks[j+3].cap && s.toks[j+3].lex() == nil && !s.subjectVerb(j+3) {
			return cand{}, false // "one in the evening group"
		}
		if p := s.lx(j + 2).pod; (p == 2 || p == 3) && h < 12 || p == 4 && h >= 6 && h < 12 {
			h += 12 // "five in the afternoon", "ten in the night" (but "two in the night" is 02:00)
		}
		half = true
		j += 3
	case k == i && s.toks[k].kind == tkWord && s.clockPrep(i-1) && s.partOfDayAfter(j) > 0:
		// "at six tomorrow morning", "by ten last night": the hour in
		// words after a preposition of the clock, the part of the day
		// after it (read by pTime)
	case k > i:
		// "half past nine": the phrase alone is a clock reading, but not
		// before a unit or an amount ("a quarter to 10 percent")
		if e := s.lx(j); e != nil && (e.unit > 0 || e.hasNum) || s.isPunct(j, '%') || s.isWord(j, "percent") || s.isWord(j, "per") || s.isPunct(j, '-') {
			return cand{}, false
		}
	default:
		return cand{}, false
	}
	if to {
		h--
		mi = 60 - mi
		if h == 0 {
			h = 12
		}
	}
read:
	s.clk = clockWords{on: true, at: k, j: j, h: h, mi: mi, half: half}
	c, ok := s.pTime(k)
	s.clk = clockWords{}
	if !ok {
		return cand{}, false
	}
	c.i = i
	return c, true
}

// podAfterClock reads "in the morning", "in the afternoon", "in the
// evening" at j after "o'clock": the part of the day says the half of
// the day of hour h ("three o'clock in the afternoon" is 15:00, "ten
// o'clock in the night" 22:00, "two o'clock in the night" 02:00), one
// expression with the reading. It returns where the phrase ends.
func (s *state) podAfterClock(j int, h *int) (int, bool) {
	if s.w(j) != wIn || s.w(j+1) != wThe || s.lx(j+2) == nil || s.lx(j+2).pod == 0 || s.lx(j+2).plural || s.toks[j+2].cap {
		return j, false
	}
	if p := s.lx(j + 2).pod; (p == 2 || p == 3) && *h < 12 || p == 4 && *h >= 6 && *h < 12 {
		*h += 12
	}
	return j + 3, true
}

// halfOfDay reads the half of the day of the clock reading tk: its own
// suffix ("3pm": 2) or the words at j ("3 p.m."; 0 when none), and where
// the reading ends. It reports false for a suffix that is no half of the
// day ("3rd").
func (s *state) halfOfDay(tk *token, j int) (ap, next int, ok bool) {
	switch tk.suf {
	case sufAM:
		return 1, j, true
	case sufPM:
		return 2, j, true
	case sufNone:
		ap, j = s.ampm(j)
		return ap, j, true
	}
	return 0, j, false
}

// weekdayAbbrBefore returns the start of a weekday written short right
// before the month at i ("Tue.", "Thurs.,", "Wed"), or -1.
func (s *state) weekdayAbbrBefore(i int) int {
	k := i - 1
	if s.isPunct(k, ',') {
		k--
	}
	if s.isPunct(k, '.') && s.tight(k) {
		k--
	}
	if k < 0 || s.toks[k].kind != tkWord || !s.toks[k].cap {
		return -1
	}
	for _, a := range [...]string{"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"} {
		if string(s.word(k)) == a {
			if a == "Sun" && k > 0 && s.toks[k-1].kind == tkWord && (s.toks[k-1].cap || s.w(k-1) == wThe) {
				return -1 // a name: "the Baltimore Sun May 3 edition", "The Sun, May 3"
			}
			return k
		}
	}
	return -1
}

// usZone reports whether j is a US time zone written in two capitals
// without the season, as web news writes it after a clock reading: "ET",
// "PT", "CT", "MT".
func (s *state) usZone(j int) bool {
	if j >= len(s.toks) || s.toks[j].kind != tkWord || s.toks[j].end-s.toks[j].start != 2 {
		return false
	}
	w := s.word(j)
	return w[1] == 'T' && (w[0] == 'E' || w[0] == 'P' || w[0] == 'C' || w[0] == 'M')
}

// partOfDayAfter is the part of the day named at j by "tonight" (4, the
// night) or "this" and a part of the day ("this afternoon": 2; see
// lexEntry.pod), 0 for none.
func (s *state) partOfDayAfter(j int) int8 {
	if s.w(j) == wTonight {
		return 4
	}
	e := s.lx(j + 1)
	if e == nil || e.pod == 0 || e.plural {
		return 0
	}
	if s.w(j) == wThis || s.w(j) == wYesterday || s.w(j) == wTomorrow {
		return e.pod
	}
	if s.w(j) == wLast && e.pod >= 3 {
		return e.pod // "last night", "last evening"
	}
	if d := s.lx(j); d != nil && d.weekday > 0 && !d.plural && s.toks[j].cap {
		return e.pod // "Tuesday night", "Friday morning"
	}
	return 0
}

// hourOfDay is the hour of the day of h read with ap (1 a.m., 2 p.m.).
func hourOfDay(h, ap int) int {
	switch {
	case ap == 2 && h < 12:
		return h + 12
	case ap == 1 && h == 12:
		return 0
	}
	return h
}

// pTime: "3 p.m.", "10:35 a.m.", "3pm", "noon Thursday", "5 p.m. EST Nov. 9".
func (s *state) pTime(i int) (cand, bool) {
	tk := &s.toks[i]
	h, mi := 0, 0
	j := i + 1
	noHalf := false // a reading of a twelve-hour clock without its half of the day
	free := false   // the reading names no half of the day ("4:10", "five o'clock")
	am := false     // the reading names the morning's half ("12:40 a.m.", "2am")
	switch {
	case s.clk.on && s.clk.at == i:
		h, mi, j = s.clk.h, s.clk.mi, s.clk.j
		noHalf = !s.clk.half
		free = !s.clk.half
	case tk.kind == tkWord && tk.lex() != nil && tk.lex().w == wNoon:
		h = 12
	case tk.kind == tkWord && tk.lex() != nil && tk.lex().w == wMidnight:
		h = 24
	case tk.kind == tkNum && tk.ndig == 4 && tk.suf == sufNone && !tk.grouped && !tk.decimal && s.w(j) == wEST && tk.num%100 < 60 && tk.num/100 <= 23:
		// "0930 GMT", "1415 UTC": the wire's clock with its zone.
		h, mi = int(tk.num/100), int(tk.num%100)
	case s.clock24(i):
		// "open at 0700 and close at 2200", "at 1500 local time"
		h, mi = int(tk.num/100), int(tk.num%100)
		if s.isWord(j, "hours") || s.isWord(j, "hrs") {
			j++ // "at 0600 hours": the military reading, one expression
		}
	case tk.kind == tkNum && tk.decimal && s.dotClock(i) >= 0:
		// "9.42am", "12.02pm", "1.30 p.m.": the British clock, hour and
		// minutes parted by a point, the half of the day written after.
		h, mi = int(tk.num), s.dotClock(i)
		ap, next, _ := s.halfOfDay(tk, j)
		j = next
		if ap == 0 && !(s.w(j) == wEST || s.t.hasDCT && s.depth == 0 && s.lineAlone(i, j) ||
			int(tk.start)+1 < len(s.text) && s.text[tk.start] == '0' && isDigit(s.text[tk.start+1]) && s.dayAfterClock(j)) {
			// ("00.01 on Saturday", "06.30 on Monday": a leading zero and
			// a day after it make the 24-hour clock, no price)
			// (a 24-hour reading needs its zone, "14.05 BST", or a line
			// of its own, a live report's "11.58": "at 12.30" may be a
			// price)
			return cand{}, false
		}
		if ap > 0 && (h < 1 || h > 12) {
			return cand{}, false
		}
		am = ap == 1
		h = hourOfDay(h, ap)
	case tk.kind == tkNum:
		if tk.grouped || tk.decimal || tk.ndig > 2 || tk.num > 24 {
			return cand{}, false
		}
		h = int(tk.num)
		colon := false
		if tk.suf == sufNone && s.isPunct(j, ':') && s.tight(j) && s.tight(j+1) {
			if m, ok := s.plainNum(j + 1); ok && s.toks[j+1].ndig == 2 && m < 60 {
				mi, j, colon = m, j+2, true
			}
		}
		ap, next, ok := s.halfOfDay(tk, j)
		if !ok {
			return cand{}, false
		}
		j = next
		if ap == 0 && s.isWord(j, "o") && s.isPunct(j+1, '\'') && s.isWord(j+2, "clock") {
			ap, j, noHalf = 3, j+3, true
			if next, ok := s.podAfterClock(j, &h); ok {
				j, noHalf = next, false // "at 3 o'clock in the afternoon"
			}
		}
		if ap == 0 && s.w(j) == wIn && s.w(j+1) == wThe && s.lx(j+2) != nil && s.lx(j+2).pod > 0 {
			ap, j = 3, j+3
			if p := s.lx(j - 1).pod; p >= 2 && h < 12 {
				h += 12
			}
		}
		if ap == 0 && !colon && (s.w(i-1) == wAt || s.w(i-1) == wBy || s.w(i-1) == wUntil) && s.partOfDayAfter(j) > 0 {
			ap = 3 // "at 8 tonight", "by 5 this afternoon"
		}
		if ap == 0 && !colon {
			return cand{}, false
		}
		if b := s.beforeApprox(i); ap == 0 && colon && b < i-1 && (s.w(b) == wAt || s.w(b) == wBy || s.w(b) == wUntil) {
			// "at about 10:55", "by around 4:30": the preposition before
			// the hedge
		} else if ap == 0 && !(s.w(i-1) == wAt || s.w(i-1) == wBy || s.w(i-1) == wUntil || s.w(j) == wEST ||
			colon && (s.w(i-1) == wFrom || s.w(i-1) == wBefore || s.w(i-1) == wAfter || s.w(i-1) == wSince || s.w(i-1) == wBetween) ||
			colon && s.colonClockBefore(i-1) ||
			colon && (s.w(i-1) == wTo || s.isWord(i-1, "till")) && s.dayAfterClock(j) ||
			colon && s.t.hasDCT && s.lineAlone(i, j)) { // "09:40" heading a live report's entry
			return cand{}, false
		}
		if ap > 0 && ap < 3 && (h < 1 || h > 12) {
			return cand{}, false
		}
		am = ap == 1
		h = hourOfDay(h, ap)
		free = (ap == 0 || ap == 3) && s.text[tk.start] != '0' // ("09:40" is a 24-hour reading)
	default:
		return cand{}, false
	}
	if s.w(j) == wEST || s.usZone(j) {
		j++ // ("10am ET", "7 p.m. PT": the zone left out of the value)
	}
	zonePod := int8(0)
	if s.isWordIn(j, "eastern", "pacific", "central", "mountain") && s.isWord(j+1, "time") && s.t.hasDCT {
		// "at nine o'clock eastern time tonight": the part of the day
		// named after the zone is the reading's (the zone and "tonight"
		// stay outside its span, as "local time")
		zonePod = s.partOfDayAfter(j + 2)
	}
	c := cand{i: i, typ: timeline.TypeTime, anchor: -1}
	// An attached day: "Wednesday", "yesterday", "Nov. 9".
	k := j
	if s.isPunct(k, ',') {
		k++
	}
	var day cal
	found := false
	if e := s.lx(k); e != nil && !s.toks[k].para {
		// (a day opening the next paragraph is no day of the reading:
		// "rises at about 6 p.m.", then "Feb. 28: Officials say")
		var dc cand
		var ok bool
		switch {
		case e.weekday > 0 && !e.plural:
			dc, ok = s.pWeekday(k)
		case e.w == wToday || e.w == wYesterday || e.w == wTomorrow:
			dc, ok = s.pDayWord(k)
		case e.month > 0:
			dc, ok = s.pMonth(k)
		}
		if ok && s.lineOpen(k) && s.entryMark(dc.j) {
			ok = false // nor one heading the next line's entry
		}
		if ok && dc.typ == timeline.TypeDate && dc.c.g == gDay {
			dc = s.resolve(dc)
			day, found, j, c.anchor = dc.c, true, dc.j, dc.anchor
		} else if ok && dc.typ == timeline.TypeTime && dc.c.g == gPartOfDay && s.t.hasDCT {
			// "7:45 yesterday morning", "9:30 Tuesday evening": the day
			// of the part of the day named, one TIME
			dc = s.resolve(dc)
			if !dc.c.noYear {
				d := dc.c
				d.g, d.part = gDay, 0
				day, found, j, c.anchor = d, true, dc.j, dc.anchor
			}
		}
		if !found && s.t.hasDCT && e.w == wLast && s.lx(k+1) != nil && s.lx(k+1).pod >= 3 && !s.lx(k+1).plural {
			// "8:30 last night", "10 p.m. last evening": the evening
			// before the DCT, one TIME
			day, found, j = fromDay(s.t.dct.day()-1), true, k+2
		}
		if found && free && j > k {
			// and the part of the day names the half of the day of a
			// reading that names none: "9:30 Tuesday night" is 21:30,
			// "8:30 last night" 20:30.
			if p := s.partOfDayAfter(k); (p == 2 || p == 3) && h < 12 || p == 4 && h >= 6 && h < 12 {
				h += 12
			}
		}
		if !found && s.t.hasDCT && (e.w == wTonight || e.w == wThis && s.lx(k+1) != nil && s.lx(k+1).pod > 0) && !(s.toks[k].cap && s.isPunct(k-1, '.')) {
			// (not "at 8 p.m. Tonight at six, the news": a new sentence)
			// "11 o'clock this morning", "at 8 tonight": the DCT's day.
			day, found, j = s.t.dct, true, k+1
			if e.w == wThis {
				j = k + 2
			}
			if free {
				// and the part of the day names the half of the day of a
				// reading that names none: "at 4:10 this afternoon" is
				// 16:10, "at 8 tonight" 20:00, "at 11 tonight" 23:00.
				if p := s.partOfDayAfter(k); (p == 2 || p == 3) && h < 12 || p == 4 && h >= 6 && h < 12 {
					h += 12
				}
			}
		}
	}
	if !found && s.depth == 0 {
		// "at 2:15 local time (0715 GMT) on Thursday": the day after the
		// zone or a parenthesis is still the time's.
		k2 := k
		if s.isWord(k2, "local") && s.isWord(k2+1, "time") {
			k2 += 2
		} else if s.toks[min(k2, len(s.toks)-1)].cap && (s.isWord(k2, "eastern") || s.isWord(k2, "pacific") || s.isWord(k2, "central") || s.isWord(k2, "mountain")) {
			k2++ // "7:30 p.m. Eastern on Monday", "6 p.m. Pacific time"
			if s.isWord(k2, "time") {
				k2++
			}
		} else if m := s.placeNameEnd(k2); m > k2 && s.isWord(m, "time") && !s.toks[m].cap {
			// a city's clock: "at 9:07 a.m. Moscow time on 12 April
			// 1961", "at 00:01 Trans-Baikal time on 9 August", "at 8
			// a.m. New York time on Monday"
			k2 = m + 1
		}
		if k2 == k && s.isWordIn(i-1, "a", "an", "the", "its", "their", "his", "her", "our") {
			// a reading used before a noun names the time of the thing,
			// and the day that dates the thing is the reading's too: "were
			// last seen at a 9 p.m. count on Friday", "missed the 6:15
			// a.m. flight on Tuesday", "the 11 p.m. roll call on Monday".
			m := k2
			for m < k2+2 && m < len(s.toks) && s.toks[m].kind == tkWord && !s.toks[m].cap && s.lx(m) == nil {
				m++
			}
			if m > k2 && s.w(m) == wOn {
				k2 = m
			}
		}
		if s.isPunct(k2, '(') {
			for n := k2 + 1; n < len(s.toks) && n <= k2+8; n++ {
				if s.isPunct(n, ')') {
					k2 = n + 1
					break
				}
			}
		} else if s.isPunct(k2, ')') {
			k2++ // the time in the parenthesis: "(0240 GMT) on Wednesday"
		}
		if k2 != k && s.w(k2) == wOn {
			k = k2
		} else if e := s.lx(k2); k2 != k && e != nil && e.weekday > 0 && !e.plural && s.toks[k2].cap {
			// "at 4:31 a.m. local time (1231 GMT) Tuesday": the day right
			// after the zone or the parenthesis, an expression of its own
			if dc, ok := s.dayAt(k2); ok {
				day, found, c.anchor = dc.c, true, dc.anchor
			}
		}
	}
	if !found && s.w(k) == wOn && s.depth == 0 {
		// "at 11 a.m. on 11 November 1918": the day after "on" is the
		// time's, though it is an expression of its own.
		if dc, ok := s.dayAt(k + 1); ok {
			day, found, c.anchor = dc.c, true, dc.anchor
		}
	}
	if !found && s.depth == 0 && k > 0 {
		// "at half past four on the morning of 20 April 1889", "at a
		// quarter past three in the afternoon of 16 June 1806": the day
		// the part of the day belongs to is the time's too.
		m := -1
		if (s.w(k) == wOn || s.w(k) == wIn) && s.w(k+1) == wThe && s.lx(k+2) != nil && s.lx(k+2).pod > 0 && s.w(k+3) == wOf {
			m = k + 4
		} else if s.w(k) == wOf && s.lx(k-1) != nil && s.lx(k-1).pod > 0 && s.w(k-2) == wThe {
			m = k + 1
		}
		if m > 0 {
			if dc, ok := s.dayAt(m); ok {
				day, found, c.anchor = dc.c, true, dc.anchor
				if p := s.lx(m - 2).pod; free && m == k+4 && ((p == 2 || p == 3) && h < 12 || p == 4 && h >= 6 && h < 12) {
					// and its part of the day names the half of the day
					// of a reading that names none: "at 10:15 on the night
					// of 14 April 1912" is 22:15, as "at 8 tonight"
					h += 12
				}
			}
		}
	}
	if !found && s.depth == 0 {
		// "at 8 a.m. next Monday", "at noon this Friday", "at 6 p.m. on
		// next Tuesday": a weekday with its determiner right after the
		// clock is the time's day, though an expression of its own.
		m := k
		if s.w(m) == wOn {
			m++
		}
		if e := s.lx(m + 1); (s.w(m) == wNext || s.w(m) == wThis || s.w(m) == wLast) && e != nil && e.weekday > 0 && !e.plural {
			if dc, ok := s.dayAt(m); ok && dc.i == m {
				day, found, c.anchor = dc.c, true, dc.anchor
			}
		}
	}
	if !found && s.depth == 0 && (s.w(k) == wThe || s.w(k) == wThat || s.daysLaterAt(k)) {
		// "took effect at noon the next day", "sailed at 6 a.m. the
		// following morning": a day counted from the last one, right
		// after the clock, is the time's day, though an expression of
		// its own, which is then counted from the same day as the time
		// (so the time is no new anchor).
		if dc, ok := s.dayAt(k); ok && dc.i == k {
			day, found, c.anchor, c.noRef = dc.c, true, dc.anchor, true
		}
	}
	if jA := j; !found && s.depth == 0 && (s.w(jA) == wAnd || s.isPunct(jA, '.') && s.w(jA+1) == wAnd) {
		if s.w(jA) != wAnd {
			jA++
		}
		j := jA
		// "open at 0700 and close at 2200 on polling day", "opens at 9
		// a.m. and shuts at 5 p.m. on Sunday": a clock time joined to a
		// second one that is dated takes its day.
		for m := j + 1; m < len(s.toks) && m <= j+4; m++ {
			if s.toks[m].kind != tkWord {
				break
			}
			if s.w(m) != wAt && s.w(m) != wUntil || m+1 >= len(s.toks) || s.toks[m+1].kind != tkNum {
				continue
			}
			for n := m + 2; n < len(s.toks) && n <= m+7; n++ {
				if s.w(n) != wOn {
					if s.toks[n].kind == tkNum || s.toks[n].kind == tkPunct && s.text[s.toks[n].start] == '.' || s.w(n) == wEST || s.w(n) == wPM || s.lx(n) == nil && s.toks[n].kind == tkWord && len(s.word(n)) <= 2 {
						continue // the second reading: "5 p.m.", "2200 GMT"
					}
					break
				}
				if dc, ok := s.dayAt(n + 1); ok {
					day, found, c.anchor = dc.c, true, dc.anchor
				}
				break
			}
			break
		}
	}
	if !found && s.depth == 0 && j+1 < len(s.toks) && (s.w(j) == wUntil || s.w(j) == wTo || s.w(j) == wThrough || s.isPunct(j, '-') && s.tight(j) == s.tight(j+1) || s.w(j) == wAnd && s.w(i-1) == wBetween) {
		// ("between 10pm and 4am on Tuesday" likewise)
		// "close from 8pm until midnight on Saturday", "from 9 a.m. to
		// 5 p.m. on Sunday", "10am-4pm on Saturday": the first clock of
		// a stretch takes the day dated after the second.
		s.depth++
		c2, ok := s.pTime(j + 1)
		s.depth--
		if ok && s.w(c2.j) == wOn {
			if dc, ok := s.dayAt(c2.j + 1); ok {
				day, found, c.anchor = dc.c, true, dc.anchor
				if h*60+mi > c2.c.hh*60+c2.c.mm {
					// "from 10pm until 5am on Sunday", "from midnight
					// until 6am on Sunday": a stretch over the night
					// before the day named begins on the day before.
					day = fromDay(day.day() - 1)
				}
			}
		}
	} else if found && h == 24 && mi == 0 && s.depth == 0 && s.w(i-1) == wAfter && s.w(j) == wOn {
		// "broke out shortly after midnight on Sunday": what comes after
		// the midnight falls on the day named, so the midnight is the one
		// that begins it, the day before's T24:00 ("before midnight on
		// Saturday" is the one that ends Saturday).
		day = fromDay(day.day() - 1)
	} else if found && h == 24 && s.depth == 0 && s.w(j) == wAnd {
		// "comes into force at midnight and runs until 9am on Saturday":
		// the midnight that begins the day named, the day before's T24:00.
		day = fromDay(day.day() - 1)
	}
	if !found && s.t.hasDCT && s.depth == 0 && s.lineAlone(i, j) {
		// A clock reading alone on its line heads an entry of a live
		// report ("10.31am", then the news at that time): the report's
		// own day, whatever day the entry before it spoke of.
		day, found = s.t.dct, true
	}
	if e := s.lx(k + 1); !found && s.w(k) == wOn && e != nil && (e.weekday > 0 && e.plural && s.toks[k+1].cap || s.isWord(k+1, "weekdays") || e.unit == uWeekend && e.plural) {
		// "Matinees are at 2.30pm on Thursdays", "close at 6 p.m. on
		// weekdays": a clock time of a recurring day is any day's.
		day, found = cal{noYear: true}, true
	}
	if !found && s.depth == 0 && s.setAfter(j) {
		// and so is one before "daily": "open 9.00am-5.30pm daily",
		// "from 10 a.m. to 6 p.m. every day", "opens at 7am daily".
		day, found = cal{noYear: true}, true
	}
	if !found && s.depth == 0 && s.setEarlier(i) {
		// and one in a sentence that opened with a SET: "Every Sunday the
		// market opens at 8 a.m."
		day, found = cal{noYear: true}, true
	}
	if !found && s.afterSet(i) {
		// A clock time of a recurring day is any day's: "sit daily from
		// 9 a.m.", "open weekdays from 8 a.m. to 3 p.m.".
		day, found = cal{noYear: true}, true
	}
	if !found && s.depth == 0 && i >= 2 && s.isPunct(i-1, '(') && len(s.res.Timexes) > 0 {
		// "close at 4 p.m. (2100 GMT)": the same moment read on another
		// clock, on the day of the reading before it, or the day after
		// (before) when the zones put the two more than half a day apart.
		last := &s.res.Timexes[len(s.res.Timexes)-1]
		lt := s.lastTime
		if last.Type == timeline.TypeTime && last.Span.End == int(s.toks[i-2].end) && lt.g == gTime && !lt.noYear && strings.HasPrefix(last.Value, lt.format()) {
			d := lt.day()
			switch diff := h*60 + mi - (lt.hh*60 + lt.mm); {
			case diff < -12*60:
				d++
			case diff > 12*60:
				d--
			}
			day, found, c.anchor, c.noRef = fromDay(d), true, len(s.res.Timexes)-1, true
		}
	}
	if found && s.depth == 0 && i >= 2 && s.isPunct(i-1, '(') && len(s.res.Timexes) > 0 {
		// So is one with its own day, "at 7 a.m. (2200 GMT Tuesday)", "at
		// 2 a.m. on Wednesday (1900 GMT Tuesday)": the other clock's day
		// is no day of the story, which stays on the reading's ("and will
		// close at 5 p.m." is the same day's).
		n := len(s.res.Timexes)
		if last := &s.res.Timexes[n-1]; last.Span.End == int(s.toks[i-2].end) && (last.Type == timeline.TypeTime ||
			last.Type == timeline.TypeDate && n >= 2 && s.res.Timexes[n-2].Type == timeline.TypeTime && s.onlyOnBetween(s.res.Timexes[n-2].Span.End, last.Span.Start)) {
			c.noRef = true
		}
	}
	if !found && s.depth == 0 && s.voteRef >= 0 && s.voteCal.g == gDay && !s.voteCal.noYear && s.t.hasDCT && s.voteCal.day() >= s.t.dct.day() && s.pollsOpen(i) {
		// "Polling stations open at 8 a.m. and close at 4 p.m.": the
		// hours of the vote are the election day's, named before, though
		// other days came up since.
		day, found, c.anchor, c.noRef = s.voteCal, true, s.voteRef, true
	}
	if !found && s.depth == 0 && s.voteRef >= 0 && s.voteRef == s.ref && s.voteCal.g == gDay && !s.voteCal.noYear && s.t.hasDCT && s.voteCal.day() < s.t.dct.day() && h < 12 && s.resultOfVote(i) {
		// The count runs through the night after the polls close, so a
		// result told at a morning hour after the vote's day is the
		// next day's: "in Thursday's referendum ... The result was
		// declared at 06:08" (a report of the day after).
		day, found, c.anchor, c.noRef = fromDay(s.voteCal.day()+1), true, s.voteRef, true
	}
	if !found {
		if s.t.hasDCT && s.repRef > s.ref && s.ref >= 0 && s.repPi+1 >= s.toks[i].pi && s.releasedAt(i) {
			// A clock time of the report's own release is the day of the
			// report, not of the event it tells of: "The toll from
			// Monday's quake rose to 90, officials said Thursday. The
			// figure, released at a briefing at 4 p.m., ..." is
			// Thursday's.
			day, c.anchor = s.repCal, s.repRef
		} else if s.ref >= 0 && s.refCal.g >= gDay && !s.refCal.noYear && s.t.hasDCT && s.refCal.day() < s.t.dct.day() && s.thatSubject(i) && s.tense(i) < 0 {
			// A sentence whose subject points back with "That" to what
			// the last day named told of is of that day, even one named
			// after "since": "the deadliest storm since March 12, 1993,
			// when a twister killed four people. That storm arrived after
			// midnight" is 1993's midnight, not the news day's.
			day, c.anchor = s.refCal, s.ref
		} else if d, a, ok := s.backToLeadDay(i); ok && s.depth == 0 {
			// the event's day, come back to from a past-perfect date of
			// the background
			day, c.anchor = d, a
			if h == 24 && mi == 0 && s.w(i-1) == wAfter {
				day = fromDay(d.day() - 1) // "shortly after midnight": the one that begins it
			}
		} else if s.ref >= 0 && s.refCal.g >= gDay && !s.notStoryDay(i, s.refCal, s.refTok) && !s.sinceBound(s.refTok) && !s.aheadOfDay(i, s.refCal) && (s.refTok != s.asideTok || s.refTok < 0) {
			day, c.anchor = s.refCal, s.ref
			if lt := s.lastTime; (noHalf || free) && !s.t.hasDCT && lt.g == gTime && lt.y == day.y && lt.m == day.m && lt.d == day.d && h >= 1 && h < 12 && lt.hh*60+lt.mm > h*60+mi {
				// "By 10 a.m. ... at half past two": in a narrative, a
				// reading without its half of the day, after a later time
				// of the same day, is the afternoon's (the story moves on;
				// news moves back and forth: there the reading follows one
				// in the afternoon only closely, below). Still before a
				// time of the evening, it is the next morning's: "saw the
				// iceberg at 11:40 p.m.; the ship sank at two o'clock"
				// (so a 24-hour reading, "2:20").
				switch {
				case noHalf && lt.hh*60+lt.mm <= (h+12)*60+mi:
					h += 12
				case lt.hh >= 18:
					day = fromDay(day.day() + 1)
				case noHalf:
					h += 12
				}
			} else if lt := s.lastTime; am && h < 5 && lt.g == gTime && !lt.noYear && lt.y == day.y && lt.m == day.m && lt.d == day.d && lt.hh >= 18 && (lt.hh < 24 || s.midnightPassed(i)) && s.tense(i) < 0 && (!s.hadBeforeInSentence(i) || s.isWord(i-1, "of") && s.isWord(i-2, "as")) {
				// A reading of the small hours told after one late in the
				// evening of the same day is the next morning's, the story
				// going on through the night: "reached the blaze at 10:19
				// p.m. and had it under control at 12:40 a.m." (not in a
				// look back in the past perfect: "at 11 p.m. ... he had
				// left at 2 a.m."; but "As of 3 a.m., 400 ballots had been
				// counted" tells a state at that time, no look back). A
				// reading of the evening from 6 p.m. counts: "Polls closed
				// at 7 p.m. ... As of 3 a.m." So after "midnight", the end of the day
				// (T24:00): "woken shortly after midnight ... arrived at
				// 12.14am" is the next day's.
				day = fromDay(day.day() + 1)
			} else if !noHalf && !free && !s.t.hasDCT && h < 12 && (lt.g == gTime && lt.y == day.y && lt.m == day.m && lt.d == day.d && lt.hh >= 18 || s.lastNightOf(day)) && !s.pastPerfectSentence(i) {
				// A reading of the morning, told after one of the
				// evening or midnight of the same day, is the next
				// morning's: "shortly after midnight the gliders landed.
				// The landings began at 6:30 a.m." (the past perfect
				// looks back: "had been ready since 6 a.m.").
				day = fromDay(day.day() + 1)
			}
		} else if s.dayRef >= 0 && (s.dayPi == s.toks[i].pi || s.dayPi+1 == s.toks[i].pi && s.t.hasDCT && (s.onlyLengthsBetween(s.dayRef, s.ref) || s.asidesOfDay(s.dayRef, s.ref, s.dayTok))) &&
			(!s.t.hasDCT || s.tense(i) < 0 || s.dayTok >= 0 && s.dayTok < i && s.oneSentence(s.dayTok, i) && s.refCal.g == gYear && !s.reportedOn(s.dayTok)) &&
			!s.notStoryDay(i, s.dayCal, s.dayTok) && !s.sinceBound(s.dayTok) {
			// (or the paragraph before, when only one period came up
			// since: "exploded on Tuesday, the worst attack this year",
			// then a paragraph on "The blast came at 3:40 p.m.")
			// The day the story is about, though a year came up since:
			// "won the final on Sunday, their first since 1966. The
			// match kicked off at 6 p.m." (in news, only in the past
			// tense: "polls open at 7 a.m." is today's; but a year named
			// since in the clock's own sentence names no day, whatever the
			// tense: "On Saturday the town will read its 1872 charter and
			// hold fireworks at 9:30 p.m." is Saturday's 9:30)
			day, c.anchor = s.dayCal, s.dayRef
		} else if d, a, ok := s.leadEventDay(i); ok && s.depth == 0 && (s.ref < 0 || s.refCal.g < gDay) {
			// A clock time told after the background, with no day named
			// since the lead's, is the event's day: "collapsed on the
			// evening of 28 December 1879 ... It had opened in June 1878
			// ... The train left at 4:15 p.m."
			day, c.anchor = d, a
			if h == 24 && mi == 0 && s.w(i-1) == wAfter {
				// "The fire started shortly after midnight": the midnight
				// that begins the event's day, the day before's T24:00.
				day = fromDay(d.day() - 1)
			}
		} else if s.t.hasDCT {
			day = s.t.dct
			if h == 24 && s.tense(i) < 0 {
				// "The fire started shortly after midnight": the midnight
				// that ended the day before the report, not this one.
				day = fromDay(day.day() - 1)
			}
		} else {
			day = cal{noYear: true}
		}
	}
	if h == 24 && mi == 0 && !found && s.t.hasDCT && day.g >= gDay && !day.noYear && day.day() == s.t.dct.day() && s.tense(i) < 0 && s.pastAtClock(i) {
		// "left the city on Saturday under a truce that took effect at
		// midnight", reported that Saturday: a past midnight of the
		// report's own day, when something happened, is the one that
		// began it, not the one ending it, still ahead ("passed the budget
		// early today, hours before the deadline at midnight" is not).
		// The story stays on the day named: "had crossed by 15:00".
		day, c.noRef = fromDay(day.day()-1), true
	}
	if zonePod > 0 && !found {
		day, found = s.t.dct, true
		if free && ((zonePod == 2 || zonePod == 3) && h < 12 || zonePod == 4 && h >= 6 && h < 12) {
			h += 12
		}
	}
	if free && h >= 6 && h < 12 && s.w(i-1) == wAt && (s.w(i-2) == wTonight || s.partOfDayAfter(i-3) >= 2) {
		// "tonight at 7:30", "this evening at 9:15": the evening's
		h += 12
	} else if free && h >= 1 && h < 12 && s.depth == 0 {
		// A reading with no half of the day soon after one in the
		// afternoon or evening of the same day follows it: "broke
		// through at 5:30 p.m. and lowered a camera at six o'clock" is
		// 18:00.
		if ph, pday, ok := s.lastClock(i); ok && ph >= 12 && h+12 >= ph && h+12-ph <= 4 && strings.HasPrefix(day.format(), pday) {
			h += 12
		} else if p := s.eveningJustNamed(i, day); p != "" && (h >= 6 || p == "TEV" && h >= 5) {
			// So one from six to eleven soon after "that evening" or
			// "that night" of the same day (from five after "that
			// evening"): "That evening the wind rose, and at nine o'clock
			// the cables parted" is 21:00.
			h += 12
		} else if p == "TNI" && h <= 4 && s.tense(i) < 0 && !s.pastPerfectSentence(i) {
			// One from one to four after "that night" is in the small
			// hours after it, the next day's: "That night the crew took
			// to the boats at two o'clock."
			day = fromDay(day.day() + 1)
		}
	}
	if !found && s.depth == 0 && h < 12 && i >= 3 && (s.w(i-1) == wTo || s.w(i-1) == wUntil || s.isPunct(i-1, '-')) && day.g >= gDay && !day.noYear {
		// "a curfew from 20:00 to 07:00", "from 10pm until 6am": a
		// stretch over the night ends on the day after it began.
		for k := i - 2; k >= 0 && k >= i-4; k-- {
			if s.toks[k].kind != tkNum || s.w(k-1) != wFrom {
				continue
			}
			s.depth++
			c1, ok := s.pTime(k)
			s.depth--
			if ok && c1.j == i-1 && c1.c.g == gTime && c1.c.hh >= 12 && c1.c.hh < 24 && c1.c.y == day.y && c1.c.m == day.m && c1.c.d == day.d {
				day = fromDay(day.day() + 1)
			}
			break
		}
	}
	day.g, day.hh, day.mm = gTime, h, mi
	c.c, c.j = day, j
	return c, true
}

// eveningJustNamed returns "TEV" or "TNI" when the last expression
// tagged before token i is the evening or the night of day ("that
// evening", "that night"), in i's paragraph and close before it, and ""
// otherwise.
func (s *state) eveningJustNamed(i int, day cal) string {
	n := len(s.res.Timexes)
	if n == 0 || day.g < gDay || day.noYear {
		return ""
	}
	tx := &s.res.Timexes[n-1]
	d := cal{g: gDay, y: day.y, m: day.m, d: day.d}.format()
	if tx.Type != timeline.TypeTime || tx.Value != d+"TEV" && tx.Value != d+"TNI" || int(s.toks[i].start)-tx.End > 200 {
		return ""
	}
	for k := i - 1; k >= 0 && int(s.toks[k].start) >= tx.Start; k-- {
		if s.toks[k].pi != s.toks[i].pi {
			return ""
		}
	}
	return tx.Value[len(d):]
}

// pastAtClock reports whether the clock time at i follows "at" right
// after a verb in the past, within three words: "took effect at
// midnight", "came into force at midnight", "began at midnight" (not "the
// deadline at midnight").
func (s *state) pastAtClock(i int) bool {
	if s.w(i-1) != wAt {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		if s.toks[j].kind != tkWord {
			return false
		}
		if s.lexPast(j) || s.pastForm(j) {
			return true
		}
	}
	return false
}

// colonClockBefore reports whether the word at k, "and", "to" or a
// dash, joins a 24-hour reading with a colon after "between", "from" or
// "at" to the reading after it: "between 09:00 and 17:00", "from 09:00
// to 17:00", "10:00-16:00".
func (s *state) colonClockBefore(k int) bool {
	if !(s.w(k) == wAnd || s.w(k) == wTo || s.isPunct(k, '-')) || k < 4 {
		return false
	}
	a, b := &s.toks[k-3], &s.toks[k-1]
	if a.kind != tkNum || a.ndig > 2 || a.suf != sufNone || b.kind != tkNum || b.ndig != 2 || b.suf != sufNone || !s.isPunct(k-2, ':') {
		return false
	}
	switch s.w(k - 4) {
	case wBetween, wFrom, wAt:
		return true
	}
	return false
}

// asidesOfDay reports whether the expressions found after the a-th, up
// to the b-th (a < b), stand in the sentence of token t, the one that
// named the a-th, a day: a target or a next step told in the lead beside
// the day ("voted late Tuesday to raise the wage by 2017, sending the bill
// to the House, where a vote could come next week") does not move the
// story off that day, and "The roll call came shortly after 10 p.m." in
// the next paragraph is still Tuesday's.
func (s *state) asidesOfDay(a, b, t int) bool {
	if a < 0 || b <= a || b > len(s.res.Timexes) || t < 0 || t >= len(s.toks) {
		return false
	}
	end := t
	for end+1 < len(s.toks) && !s.sentenceEnd(end) {
		end++
	}
	lim := int(s.toks[end].end)
	for k := a + 1; k <= b && k < len(s.res.Timexes); k++ {
		if s.res.Timexes[k].Start >= lim {
			return false
		}
	}
	return true
}

// onlyLengthsBetween reports whether the expressions found after the a-th
// and before the b-th (a < b) are all lengths of time, DURATIONs, which
// date nothing: "released early Monday, the first in more than a century.
// Captured in July, they spent eight weeks in a pen before the gate was
// opened at 5:30 a.m." has one period (July) after the day, as "exploded
// on Tuesday, the worst attack this year".
func (s *state) onlyLengthsBetween(a, b int) bool {
	if a < 0 || b <= a || b > len(s.res.Timexes) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if s.res.Timexes[k].Type != timeline.TypeDuration {
			return false
		}
	}
	return true
}

// lastClock returns the hour and the day (as a value) of the last
// expression found before token i, when it is a clock time in the same
// paragraph.
func (s *state) lastClock(i int) (int, string, bool) {
	n := len(s.res.Timexes)
	if n == 0 {
		return 0, "", false
	}
	tx := &s.res.Timexes[n-1]
	v := tx.Value
	t := strings.IndexByte(v, 'T')
	if tx.Type != timeline.TypeTime || t < 4 || t+3 > len(v) || v[t+1] < '0' || v[t+1] > '9' || v[t+2] < '0' || v[t+2] > '9' {
		return 0, "", false
	}
	if int(s.toks[i].start)-tx.End > 300 {
		return 0, "", false
	}
	for k := i - 1; k >= 0 && int(s.toks[k].start) >= tx.Start; k-- {
		if s.toks[k].pi != s.toks[i].pi {
			return 0, "", false
		}
	}
	return int(v[t+1]-'0')*10 + int(v[t+2]-'0'), v[:t], true
}

// voteWord reports whether k names a vote: "election", "vote", "poll",
// "referendum", "ballot".
func (s *state) voteWord(k int) bool {
	return s.isWordIn(k, "election", "elections", "vote", "poll", "polls", "referendum", "ballot", "runoff", "by-election")
}

// pollsOpen reports whether the clock time at i tells when voting opens
// or closes: "polls open at 7 a.m.", "polling stations close at 8 p.m.",
// "voting will end at 6 p.m.", in its clause.
func (s *state) pollsOpen(i int) bool {
	verb := false
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			return false
		}
		if s.isWordIn(k, "open", "opens", "close", "closes", "end", "ends", "begin", "begins", "start", "starts") {
			verb = true
		}
		if verb && s.isWordIn(k, "polls", "polling", "voting", "booths") {
			return true
		}
	}
	return false
}

// voteDay reports whether the day c is named as an election's: "called
// an election for 4 July", "the vote on 12 December", "the 4 July
// election", "the 12 December general election".
func (s *state) voteDay(c cand) bool {
	if (s.w(c.i-1) == wOn || s.w(c.i-1) == wFor) && (s.voteWord(c.i-2) || s.isWord(c.i-2, "polling") || s.isWord(c.i-2, "voting")) {
		return true
	}
	k := c.j
	if s.isPunct(k, '\'') && s.isWord(k+1, "s") {
		k += 2 // "Thursday's referendum"
	}
	for _, a := range [...]string{"general", "snap", "presidential", "parliamentary", "national", "local", "state", "federal", "legislative"} {
		if s.isWord(k, a) {
			k++
			break
		}
	}
	return s.voteWord(k)
}

// resultOfVote reports whether the clause before the clock time at i
// tells of a vote's result ("The result was declared at", "the winner
// was announced at"), back to its sentence's start.
func (s *state) resultOfVote(i int) bool {
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			return false
		}
		if s.isWordIn(k, "result", "results", "outcome", "winner") && !s.toks[k].cap || s.isWord(k, "Result") || s.isWord(k, "Results") {
			return true
		}
	}
	return false
}

// pPollingDay: "polling day", "voting day", a lower-case "election day":
// the day the text has named as its election's ("called an election for
// 4 July ... close at 2200 on polling day"). (A capitalized "Election
// Day" with no such day is the US holiday.)
func (s *state) pPollingDay(i int) (cand, bool) {
	if s.voteRef < 0 || !s.isWord(i+1, "day") || s.isWord(i, "election") && s.toks[i].cap {
		return cand{}, false
	}
	c := s.date(i, i+2, s.voteCal)
	c.anchor = s.voteRef
	return c, true
}

// clock24 reports whether the four-digit number at i is a 24-hour clock
// reading written without a colon, as wire copy writes them: after a
// preposition of time ("at", "until", "from", "by", "before", "after"),
// with a leading zero ("until 0600"), or followed by "local time",
// "hours" or "on" and a day ("at 1500 local time", "at 1800 hours", "at
// 1400 on Monday"), or after another such reading in its sentence ("open
// at 0700 and close at 2200"). A year after "by" or "from" ("by 2030",
// "from 1914 to 1918") has none of these.
func (s *state) clock24(i int) bool {
	tk := &s.toks[i]
	if tk.kind != tkNum || tk.ndig != 4 || tk.suf != sufNone || tk.grouped || tk.decimal || tk.num%100 >= 60 || tk.num/100 > 23 {
		return false
	}
	switch s.w(i - 1) {
	case wAt, wUntil, wFrom, wBy, wBefore, wAfter, wBetween:
	case wFor:
		// the time a plan is set for: "H-Hour was set for 0830,",
		// "scheduled for 0600 hours on D-Day"; only a reading with a
		// leading zero or "hours" after it, ending its phrase (not "for
		// 0800 numbers", "for 1500 men")
		j := i + 1
		hours := s.isWord(j, "hours") || s.isWord(j, "hrs")
		if hours {
			j++
		}
		ends := j >= len(s.toks) || s.toks[j].kind == tkPunct && !s.isPunct(j, '-') && !s.isPunct(j, '/') && !s.isPunct(j, '%') && !s.isPunct(j, ':') || s.w(j) == wOn || s.w(j) == wAnd
		return (hours || s.text[tk.start] == '0') && ends
	case wAnd, wTo:
		// the end of a span begun by such a reading: "between 0600 and
		// 1800 on Friday", "from 0600 to 1800"
		if i < 2 || s.toks[i-2].kind != tkNum || s.toks[i-2].ndig != 4 || !s.clock24(i-2) {
			return false
		}
		return !(s.tight(i+1) && s.toks[i+1].kind != tkPunct)
	default:
		return false
	}
	if s.tight(i+1) && (s.toks[i+1].kind != tkPunct || s.isPunct(i+1, '-') || s.isPunct(i+1, '/') || s.isPunct(i+1, '%') || s.isPunct(i+1, ':')) {
		return false // "2200-metre", "1500/1600", "1500%"
	}
	if s.text[tk.start] == '0' {
		return true
	}
	j := i + 1
	switch {
	case s.isWord(j, "local") && s.isWord(j+1, "time"), s.isWord(j, "hours") || s.isWord(j, "hrs"):
		return true
	case s.w(j) == wOn:
		if e := s.lx(j + 1); e != nil && (e.weekday > 0 && !e.plural || e.month > 0) {
			return true
		}
		if n, ok := s.plainNum(j + 1); ok && n >= 1 && n <= 31 && s.isMonthAt(j+2) {
			return true
		}
	}
	// After another colonless reading in the same sentence.
	if n := len(s.res.Timexes); n > 0 {
		t := &s.res.Timexes[n-1]
		if t.Type == timeline.TypeTime && len(t.Text) == 4 && t.Text[0] >= '0' && t.Text[0] <= '9' {
			for k := i - 1; k >= 0 && k >= i-12; k-- {
				if int(s.toks[k].start) < t.End {
					return true
				}
				if s.sentenceEnd(k) {
					return false
				}
			}
		}
	}
	return false
}

// afterSet reports whether a SET expression ends just before the clock
// time at i, a preposition or two between: "daily from 9 a.m.", "on
// weekdays at 8 a.m."; or the end of a range begun after one ("from 9
// a.m. to 4 p.m.").
// setAfter reports whether a clock time ending at j, or the stretch of
// clock times it opens, is followed by "daily", "nightly", "every day"
// or "each day": "9.00am-5.30pm daily", "from 10 a.m. to 6 p.m. every
// day".
func (s *state) setAfter(j int) bool {
	k := j
	for n := 0; k < len(s.toks) && n < 10; n++ {
		tk := &s.toks[k]
		if k > j && s.sentenceEnd(k-1) {
			return false
		}
		switch {
		case tk.kind == tkNum, s.isPunct(k, '-'), s.isPunct(k, '.'), s.isPunct(k, ':'),
			s.w(k) == wTo || s.w(k) == wUntil || s.w(k) == wAnd || s.w(k) == wPM || s.w(k) == wNoon || s.w(k) == wMidnight,
			tk.kind == tkWord && s.lx(k) == nil && len(s.word(k)) <= 2 && !tk.cap:
			k++
			continue
		}
		break
	}
	if k < len(s.toks) && s.toks[k].cap || k > j && s.sentenceEnd(k-1) {
		return false
	}
	if s.isWord(k, "daily") || s.isWord(k, "nightly") {
		return true
	}
	f := s.lx(k + 1)
	return (s.w(k) == wEvery || s.isWord(k, "each")) && f != nil && !f.plural && (f.unit == uDay || f.pod > 0 || f.weekday > 0 && s.toks[k+1].cap)
}

// setEarlier reports whether the last expression found is a SET in the
// sentence of token i, with no other expression since: "Every Sunday the
// market opens at 8 a.m.", "On weekends the line forms before 7 a.m.".
func (s *state) setEarlier(i int) bool {
	n := len(s.res.Timexes)
	if n == 0 {
		return false
	}
	x := s.res.Timexes[n-1]
	if x.Type != timeline.TypeSet && !(x.Type == timeline.TypeTime && strings.HasPrefix(x.Value, "XXXX-XX-XXT")) {
		return false // (a clock of any day since counts too: "opens at 8 a.m. and closes at noon")
	}
	for k, m := i-1, 0; k >= 0 && m < 30; k, m = k-1, m+1 {
		if int(s.toks[k].end) <= x.Span.Start {
			return false
		}
		if int(s.toks[k].start) < x.Span.End {
			return true
		}
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			return false
		}
	}
	return false
}

func (s *state) afterSet(i int) bool {
	n := len(s.res.Timexes)
	if n == 0 {
		return false
	}
	x := s.res.Timexes[n-1]
	k := i - 1
	for m := 0; m < 2 && k >= 0 && (s.w(k) == wFrom || s.w(k) == wAt || s.w(k) == wBetween || s.w(k) == wTo || s.w(k) == wUntil || s.w(k) == wAnd); m++ {
		k--
	}
	if k < 0 || k == i-1 || int(s.toks[k].end) != x.Span.End {
		return false
	}
	if x.Type == timeline.TypeSet {
		return true
	}
	// the end of a range whose start was read so
	return x.Type == timeline.TypeTime && strings.HasPrefix(x.Value, "XXXX-XX-XXT") && (s.w(i-1) == wTo || s.w(i-1) == wUntil || s.w(i-1) == wAnd)
}

// notStoryDay reports whether, in news, the day cal named at token k
// cannot be the day of a clock time or a night at token i: the end of a
// period reported on ("net income for the three months ended Sept. 30 ...
// the shares rose by midday"), or a day after the DCT when the sentence
// at i is in the past ("would not resume before Sunday ... Engineers
// worked overnight").
// datelineDash reports whether token k is the dash or underscore that
// ends a wire dateline ("MILLBROOK, Pa. _", "CAPE CANAVERAL (CNN) --",
// "LONDON —"), the text after it opening the story's first sentence.
func (s *state) datelineDash(k int) bool {
	if k <= 0 || k >= len(s.toks) || k > 15 || s.toks[k].pi != s.toks[0].pi {
		return false
	}
	switch string(s.text[s.toks[k].start:s.toks[k].end]) {
	case "_", "--", "—":
		return true
	case "-":
		// "--" as two tokens
		return s.toks[k-1].end == s.toks[k].start && string(s.text[s.toks[k-1].start:s.toks[k-1].end]) == "-"
	}
	return false
}

// sinceBound reports whether the date starting at token k follows
// "since" in news: "its lowest close since May 2" is where a span up to
// now begins, not the day the story is on; a clock time after it ("rose
// 43 points at 4 p.m.") is not that day's.
//
// So is the date of the event "since" names: "free on bail since his
// arrest on Dec. 19, 1996", "closed since the flood in March", "since
// the collapse of the last round in December".
func (s *state) sinceBound(k int) bool {
	if !s.t.hasDCT || k <= 0 {
		return false
	}
	if s.w(k-1) == wSince {
		return true
	}
	if s.w(k-1) != wOn && s.w(k-1) != wIn {
		return false
	}
	of := false // a longer noun phrase only through "of": "since the collapse of the talks in June"
	for j := k - 2; j >= 0 && j >= k-8; j-- {
		if s.w(j) == wSince {
			return j < k-2 && (j >= k-5 || of)
		}
		of = of || s.isWord(j, "of")
		if tk := &s.toks[j]; tk.kind != tkWord || tk.cap || tk.lex() != nil && !s.isWordIn(j, "his", "her", "their", "its", "the", "a", "of", "last", "first", "latest", "previous") {
			return false
		}
	}
	return false
}

// releasedAt reports whether the clock time at i dates the making public
// of a report: a participle of release or a briefing within the six words
// before it, in its clause ("released at 4 p.m.", "announced at a news
// conference at 11 a.m.", "issued at 0600 GMT").
func (s *state) releasedAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if s.toks[k].kind == tkPunct && !s.isPunct(k, '.') && !s.isPunct(k, ':') || s.sentenceEnd(k) {
			return false
		}
		if s.isWordIn(k, "released", "announced", "issued", "published", "conference", "briefing", "update") {
			return true
		}
	}
	return false
}

// onlyOnBetween reports whether the text from byte a to byte b holds
// nothing but spaces and at most the word "on": a clock time and its day,
// "2 a.m. on Wednesday", "8 p.m. Friday".
func (s *state) onlyOnBetween(a, b int) bool {
	if a < 0 || b < a || b > len(s.text) {
		return false
	}
	t := bytes.TrimSpace(s.text[a:b])
	return len(t) == 0 || len(t) == 2 && lowerEq(t, "on")
}

func (s *state) notStoryDay(i int, day cal, k int) bool {
	if !s.t.hasDCT {
		return false
	}
	if k >= 0 && s.periodEnd(k) {
		return true
	}
	if k >= 0 && k < i && s.inTitle(k) && !s.inTitle(i) && s.titleOtherDay(day) {
		// A headline that names two days sums up what the story tells
		// over several; a clock time in the body with no day of its own
		// is the report's, not the last day the headline named: "Storms
		// possible this afternoon; Memorial Day looks hot ¶ Storms could
		// develop after 2 p.m." is today's 2 p.m. (A headline of one day,
		// "Parade set for Saturday", still gives the body's "at 10 a.m."
		// its day.)
		return true
	}
	if k >= 1 && (s.w(k-1) == wBy || s.w(k-1) == wBefore) && day.g >= gDay && !day.noYear && day.day() > s.t.dct.day() {
		// A deadline ahead bounds what is to come, the story stays on its
		// own day: "talks are due to begin by Feb. 3. The crossing is
		// expected to open at 3 p.m." is today's 3 p.m.
		return true
	}
	return day.g >= gDay && !day.noYear && day.day() > s.t.dct.day() && s.tense(i) < 0
}

// inTitle reports whether token k lies on the first line of the text
// when that line is a headline: at most 20 tokens, no sentence end
// inside but ";", no full stop at its end, and more text after it.
func (s *state) inTitle(k int) bool {
	nl := bytes.IndexByte(s.text, '\n')
	if nl < 0 || k < 0 || k >= len(s.toks) || int(s.toks[k].start) >= nl {
		return false
	}
	le := k
	for le < len(s.toks) && int(s.toks[le].start) < nl {
		le++
	}
	if le > 20 || le == len(s.toks) || s.isPunct(le-1, '.') {
		return false
	}
	for m := 0; m < le-1; m++ {
		if s.sentenceEnd(m) && !s.isPunct(m, ';') {
			return false // (a headline may join two clauses with ";")
		}
	}
	return true
}

// titleOtherDay reports whether the headline (inTitle) holds an
// expression of a day other than day.
func (s *state) titleOtherDay(day cal) bool {
	nl := bytes.IndexByte(s.text, '\n')
	want := day.format()
	if len(want) < 10 {
		return false
	}
	for _, x := range s.res.Timexes {
		if x.Span.End > nl {
			break
		}
		if len(x.Value) >= 10 && x.Value[4] == '-' && x.Value[7] == '-' && x.Value[:10] != want[:10] {
			return true
		}
	}
	return false
}

// aheadOfDay reports whether, in news, a clock time at i in a clause
// that looks ahead from the present ("the next is due at 2 p.m.", "will
// resume at 9 a.m.") stands after a day named before that is already
// past at the DCT ("A warning was issued at 4 p.m. Saturday"): the day
// named is no day of what is to come, and the reading is the DCT's. A
// clause with a verb in the past ("said the storm would hit at 2 p.m.")
// looks ahead from then and keeps the day.
func (s *state) aheadOfDay(i int, day cal) bool {
	if !s.t.hasDCT || day.g < gDay || day.noYear || day.day() >= s.t.dct.day() || s.tense(i) <= 0 {
		return false
	}
	if e, _, ok := s.entryDay(i); ok && e.day() == day.day() {
		// The present of a chronology's entry is its day: "Nov. 14:
		// Freezing rain begins falling at about 3 a.m."
		return false
	}
	lo := i
	for lo > 0 && !s.sentenceEnd(lo-1) {
		lo--
	}
	// A participle of expectation after its noun looks ahead too, no past
	// verb: "MPs will debate the motion before a vote expected at 10
	// p.m.", "with a ruling scheduled for 2 p.m.".
	from := lo
	for k := lo; k < i; k++ {
		if s.isWordIn(k, "expected", "scheduled", "planned", "slated", "anticipated", "forecast", "predicted", "due") && k >= 1 && s.toks[k-1].kind == tkWord &&
			!s.isWordIn(k-1, "had", "was", "were", "been", "is", "are", "be", "it", "he", "she", "they", "we", "i", "who", "that", "which") && !s.pastFormBefore(lo, k) {
			from = k + 1
		}
	}
	return !s.pastFormBefore(from, i)
}

// saidOn reports whether the weekday at i dates a report, its clause's
// verb one of saying: "On Sunday, the commission said", "officials
// announced Tuesday".
func (s *state) saidOn(i int) bool {
	_, by := s.tenseAt(i)
	return by >= 0 && s.reporting(by)
}

// weekdayDate resolves a weekday against the DCT (news) or the last date
// (narrative), looking back or ahead by the tense of the sentence.
func (s *state) weekdayDate(i int, wd int) (cal, int, bool) {
	if off, ok := s.weekNamedAfter(i); ok {
		// "on Monday next week", "Monday through Friday next week": the
		// day of the week named, counted from the DCT's.
		monday := s.t.dct.day() - timeline.Weekday(s.t.dct.day()) + 1
		return fromDay(monday + 7*off + wd - 1), -1, true
	}
	base, anchor, ok := s.base(true, i)
	if !ok || base.g < gDay || anchor >= 0 && s.t.hasDCT && (!s.nearRef(i) || s.saidOn(i)) {
		// In news a weekday is in the week of the DCT unless the story
		// has just named a day of its own: "On March 26, 1996 ... On
		// Thursday" (but not "... Thai officials said Thursday" three
		// sentences after a date from two years before, nor a report
		// made on the day: "crushed on Dec. 19, 2010. On Sunday, the
		// election commission said he had won").
		if s.t.hasDCT {
			base, anchor, ok = s.t.dct, -1, true
		} else {
			return cal{}, -1, false
		}
	}
	b := base.day()
	bw := timeline.Weekday(b)
	tense, by := s.tenseAt(i)
	if tense < 0 && anchor < 0 && by >= 0 && by < i && (s.isWordIn(by, "predicted", "forecast", "projected", "warned") || s.orderedState(by)) &&
		(s.w(i-1) == wThrough || s.w(i-1) == wUntil || s.w(i-1) == wBy) {
		// What was forecast runs ahead of the forecast: "predicted 5 to
		// 10 inches of rain through Wednesday" is the coming Wednesday.
		// So does a state ordered to last: "ordered schools closed
		// through Friday", "ordered flags flown at half-staff until
		// Sunday".
		tense = 1
	}
	if tense < 0 && anchor < 0 && s.t.hasDCT && s.chanceFor(i) {
		// The odds a forecast gives are of what is to come: "gave a 70
		// percent chance of good weather for Sunday", "put the chance of
		// rain Friday at 40 percent", said before Sunday.
		tense = 1
	}
	if tense <= 0 && anchor < 0 && s.t.hasDCT && s.approachesAfter(i+1) {
		// What approaches lies ahead: "as Monday's eclipse approaches",
		// "with Sunday's final drawing near".
		tense = 1
	}
	if tense >= 0 && anchor < 0 && s.t.hasDCT && s.scheduledEventOf(i) && s.perfectOfOutcome(i) && (tense == 0 || by >= 0 && by < i && s.w(by) == wTo && s.commaBetween(by, i)) {
		// A weekday's event told in the present perfect is done, the one
		// just past: "Voters have rejected the plan in Sunday's vote",
		// "Scotland has voted to stay, rejecting independence in
		// Thursday's referendum" (an infinitive closed off by a comma
		// before the date is no plan of it; one that governs the date
		// is: "has urged voters to reject it in Sunday's vote").
		tense = -1
	}
	if tense == 0 && anchor < 0 && s.t.hasDCT && s.scheduledEventOf(i) && !(by >= 0 && by < i && s.afterBetween(by, i)) {
		// A weekday's event on a calendar, in a clause in the present,
		// is still to come: "is not running in Sunday's election",
		// "are campaigning before Tuesday's vote", "is favoured to win
		// Saturday's final" (the past tells of it done: "won Sunday's
		// election"; and "Sunday's election results are" counts what
		// was).
		tense = 1
	}
	if tense == 0 && anchor < 0 && by > i {
		// the present verb after the date may be its noun's ("the fire
		// Sunday is under investigation"): one before it decides
		by = s.presentBefore(i)
	}
	if tense == 0 && anchor < 0 && by >= 0 && s.presentSchedule(by) && !s.isPunct(i+1, '\'') && !s.quoteBetween(by, i) && !s.afterBetween(by, i) && !s.clauseBetween(by, i) {
		// A weekday in the simple present is on a schedule: "have a day
		// off Sunday", "is in Ohio Monday", "does not play Friday"; the
		// past tense reports the one before ("won Friday").
		tense = 1
	}
	if tense == 0 && anchor < 0 && s.t.hasDCT && s.w(i-1) == wFrom && !s.pastFormBefore(s.sentStart(i, 30), i) && !s.pastAuxBefore(i-1) &&
		!s.isPunct(i+1, '\'') && s.w(i+1) != wTo && s.w(i+1) != wUntil && s.w(i+1) != wThrough && !s.levelSince(i) {
		// A change that holds from a weekday, told in the present with
		// no past in its sentence, starts on the one to come: "Fares rise
		// from Monday", "the pool shuts from Friday" (the past tells of
		// one gone: "was shut from Monday"; a level measured against a
		// day's is a comparison with the past: "prices are up 3 percent
		// from Thursday").
		tense = 1
	}
	if tense <= 0 && anchor < 0 && s.t.hasDCT && s.byBefore(i) && s.possibilityBefore(i) {
		// A deadline of what may happen lies ahead: "a storm could bring
		// a foot of snow by Saturday morning", "the ship should dock by
		// Friday".
		tense = 1
	}
	if tense <= 0 && anchor < 0 && s.t.hasDCT && s.throughBefore(i) && s.perfectOfState(i) {
		// The end of a stretch that runs from the past into the present
		// lies ahead: "has asked customers to cut their use through
		// Friday", "have closed the pass through 6 p.m. Sunday" (but a
		// change measured up to a day is past: "have risen every day
		// through Monday").
		tense = 1
	}
	if tense <= 0 && anchor < 0 && s.t.hasDCT && s.weekdayRange(i) && s.perfectOfState(i) {
		// So does a stretch of days set by a present perfect: "has
		// suspended roadworks from Sunday to Tuesday", "have banned
		// fireworks from Friday through Sunday", as "through Friday".
		tense = 1
	}
	if tense == 0 && anchor < 0 && s.t.hasDCT {
		// A weekday the story has named already, without a tense of its
		// own, is the same day: "a storm is forecast for Thursday ...
		// airlines have issued waivers for flights from Thursday" (not
		// a possessive, which mostly names what was: "Friday's close").
		if d, ok := s.namedBefore(i, wd); ok && !s.isPunct(i+1, '\'') {
			return d, anchor, true
		}
	}
	if anchor >= 0 && anchor == s.ref && s.refTok >= 0 && base.g >= gDay {
		if e := s.lx(s.refTok); e != nil && e.weekday > 0 && !e.plural && int(e.weekday) != bw {
			// The story's day was named with its weekday, and the calendar
			// it is dated in is not the Gregorian ("Sunday, 2 September
			// 1666" in England's Julian reckoning): the weekdays that
			// follow count from the one written ("By Tuesday" is 4
			// September).
			s.wdShift, s.wdShiftY = (int(e.weekday)-bw+7)%7, base.y
			bw = int(e.weekday)
		} else if e == nil || e.weekday == 0 {
			if s.wdShift != 0 && !s.t.hasDCT && abs(base.y-s.wdShiftY) <= 1 {
				// And so on after a day told without its weekday ("On
				// Tuesday St Paul's burned. The wind dropped that evening,
				// and by Thursday" is 6 September): the count goes on in
				// the writer's calendar.
				bw = (bw-1+s.wdShift)%7 + 1
			}
		}
	}
	if anchor >= 0 {
		if wd == bw && s.relativeDay(anchor) {
			// The day just reached by counting is named: "martial law was
			// declared the following day. On Wednesday the gunboat
			// shelled Liberty Hall" (that Wednesday).
			return base, anchor, true
		}
		return fromDay(b + (wd-bw+6)%7 + 1), anchor, true // narrative moves forward
	}
	if tense == nearestTense {
		// the nearest such day, ahead or behind ("were to have ended
		// Friday")
		if ahead, back := (wd-bw+7)%7, (bw-wd+7)%7; ahead <= back {
			return fromDay(b + ahead), anchor, true
		} else {
			return fromDay(b - back), anchor, true
		}
	}
	if tense > 0 {
		return fromDay(b + (wd-bw+7)%7), anchor, true
	}
	return fromDay(b - (bw-wd+7)%7), anchor, true
}

// weekdayRange reports whether the weekday at i starts or ends a range
// of days "from Sunday to Tuesday", "from Friday through Sunday".
func (s *state) weekdayRange(i int) bool {
	wd := func(k int) bool { e := s.lx(k); return e != nil && e.weekday > 0 && !e.plural }
	to := func(k int) bool { return s.w(k) == wTo || s.w(k) == wThrough || s.w(k) == wUntil }
	return s.w(i-1) == wFrom && to(i+1) && wd(i+2) || i >= 3 && to(i-1) && wd(i-2) && s.w(i-3) == wFrom
}

// approachesAfter reports whether the noun phrase a date opens at k
// (after its possessive 's, a few words of its noun) is the subject of a
// verb of coming nearer: "Monday's eclipse approaches", "Sunday's final
// draws near", "the March 3 deadline looms", "as Friday's vote nears".
func (s *state) approachesAfter(k int) bool {
	if s.isPunct(k, '\'') && s.isWord(k+1, "s") {
		k += 2
	}
	for n := 0; n <= 5 && k < len(s.toks); n, k = n+1, k+1 {
		if s.toks[k].kind != tkWord || s.toks[k].cap && n > 0 && s.lx(k) != nil {
			return false
		}
		switch {
		case s.isWordIn(k, "approaches", "approach", "approaching", "nears", "nearing", "looms", "loom", "looming"):
			return n > 0 && !s.isWordIn(k-1, "the", "a", "an", "new", "its", "their")
		case s.isWordIn(k, "draws", "draw", "drawing", "gets", "get", "getting", "comes", "come", "coming") && s.isWordIn(k+1, "near", "nearer", "closer"):
			return n > 0
		}
		if e := s.lx(k); e != nil && (e.tense != 0 && e.tense != 3 || e.hasNum || e.unit > 0 || e.month > 0 || e.weekday > 0) {
			return false
		}
		if s.isWordIn(k, "and", "or", "but", "that", "which", "who", "was", "were", "is", "are", "has", "have", "had", "will", "would") {
			return false
		}
	}
	return false
}

// perfectOfState reports whether a present perfect stands before the
// expression at i in its clause ("has asked", "have closed") whose
// participle is no change of a level or amount ("have risen", "has
// fallen").
func (s *state) perfectOfState(i int) bool {
	for k := i - 1; k >= 1 && k >= i-25; k-- {
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			return false
		}
		if !s.isWord(k-1, "has") && !s.isWord(k-1, "have") || s.toks[k].kind != tkWord || s.toks[k].cap {
			continue
		}
		w := s.word(k)
		if n := len(w); n <= 3 || w[n-2] != 'e' || w[n-1] != 'd' && w[n-1] != 'n' {
			continue
		}
		return !s.isWordIn(k, "risen", "fallen", "climbed", "gained", "dropped", "declined", "increased", "decreased", "grown", "slipped", "jumped",
			"surged", "soared", "plunged", "tumbled", "rallied", "eased", "advanced", "retreated", "doubled", "tripled", "halved", "averaged", "totaled", "totalled")
	}
	return false
}

// perfectOfOutcome reports whether a present perfect of a verb that
// tells how a vote or a contest came out ("has voted", "have rejected",
// "has won") stands before the expression at i in its sentence: the
// outcome is known, so the vote or contest is over.
func (s *state) perfectOfOutcome(i int) bool {
	for k := i - 1; k >= 1 && k >= i-25; k-- {
		if s.sentenceEnd(k) || s.isPunct(k, ';') || s.isWordIn(k, "and", "but", "while", "before", "ahead", "until", "when", "for", "toward", "towards") {
			// a clause of its own, or a vote still ahead: "has not won
			// since 1997 and is campaigning before Saturday's vote",
			// "has approved the bill, clearing the way for Thursday's
			// vote"
			return false
		}
		if progressive(s.word(k)) && !s.toks[k].cap && !s.isWordIn(k, "voting", "winning", "losing", "rejecting", "approving", "backing", "electing", "choosing", "endorsing", "defeating", "beating", "ratifying", "turning") {
			return false // a participle of what the outcome leads to: "has voted to delay it, setting up Thursday's vote"
		}
		if !s.isWordIn(k, "voted", "won", "lost", "rejected", "approved", "backed", "elected", "re-elected", "chosen", "endorsed", "defeated", "beaten", "ratified") {
			continue
		}
		j := k - 1
		for j > 0 && s.isWordIn(j, "not", "already", "overwhelmingly", "narrowly", "decisively", "now") {
			j--
		}
		if s.isWordIn(j, "has", "have") {
			return true
		}
	}
	return false
}

// byBefore reports whether "by" stands right before the day at i or
// before a clock reading of it: "by Saturday", "by 5 p.m. Friday".
func (s *state) byBefore(i int) bool { return s.beforeDay(i, wBy) }

// beforeDay reports whether the word w stands right before the day at i
// or before a clock reading of it ("by 5 p.m. Friday").
func (s *state) beforeDay(i int, w wid) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if s.w(k) == w {
			return k == i-1 || s.clockOnly(k+1, i)
		}
	}
	return false
}

// possibilityBefore reports whether a modal of possibility or need
// ("could", "might", "may", "should", "must") with a verb of its own
// comes before i in its sentence: "could bring", "should arrive" (not
// "could not", "could have", "could be reached": a past).
func (s *state) possibilityBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			return false
		}
		if s.isWordIn(k, "could", "might", "should", "must") || s.isWord(k, "may") && !s.toks[k].cap {
			return !s.isWordIn(k+1, "not", "have", "never", "be") && !s.isPunct(k+1, '\'')
		}
	}
	return false
}

// throughBefore reports whether "through" ends a stretch at the day at
// i, right before it or before a clock reading of it: "through Friday",
// "through 8 p.m. Thursday".
func (s *state) throughBefore(i int) bool { return s.beforeDay(i, wThrough) }

// namedBefore finds the day a bare weekday wd was last resolved to in
// this text, among the last 24 expressions, within a week of the DCT.
func (s *state) namedBefore(i, wd int) (cal, bool) {
	names := [...]string{"", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for n, x := len(s.res.Timexes)-1, 0; n >= 0 && x < 24; n, x = n-1, x+1 {
		tx := &s.res.Timexes[n]
		if tx.Type != timeline.TypeDate || len(tx.Value) != 10 || !strings.EqualFold(tx.Text, names[wd]) {
			continue
		}
		y, e1 := strconv.Atoi(tx.Value[:4])
		m, e2 := strconv.Atoi(tx.Value[5:7])
		d, e3 := strconv.Atoi(tx.Value[8:10])
		if e1 != nil || e2 != nil || e3 != nil {
			continue
		}
		c := cal{g: gDay, y: y, m: m, d: d}
		if abs(c.day()-s.t.dct.day()) <= 7 {
			return c, true
		}
	}
	return cal{}, false
}

// presentSchedule reports whether the word at k, which decided that a
// sentence has no tense, is a verb in the simple present that speaks of
// what is to come: "have", "has", "is", "are", "does", not "says" (a
// report), a present perfect ("has won") or a passive ("is accused of
// killing ... Sunday").
func (s *state) presentSchedule(k int) bool {
	if k < 0 || s.toks[k].kind != tkWord {
		return false
	}
	e := s.toks[k].lex()
	if e == nil || e.tense != 2 || s.isWord(k, "says") || s.isWord(k, "say") {
		return false
	}
	j := k + 1
	for s.toks[min(j, len(s.toks)-1)].kind == tkWord && s.adverb(s.word(j)) && j < k+3 {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tkWord {
		return true
	}
	w := s.word(j)
	n := len(w)
	if s.isWord(k, "has") || s.isWord(k, "have") {
		// "have a day off", "has until Friday", "has surgery": what one
		// has ahead; not a present perfect ("has hit 20", "has won").
		if e := s.lx(j); e != nil && (e.w == wThe || e.w == wA || e.w == wAn || e.w == wNo || e.w == wUntil || e.hasNum) {
			return true
		}
		for _, d := range [...]string{"its", "his", "her", "their", "our", "surgery", "practice", "talks"} {
			if lowerEq(w, d) {
				return true
			}
		}
		return false
	}
	for _, v := range [...]string{"published", "released", "held", "broadcast", "screened", "staged", "aired", "launched", "unveiled", "premiered"} {
		if lowerEq(w, v) {
			return true // a release or an event on a schedule: "is published on Thursday", "are held Saturdays"
		}
	}
	if s.isWord(j, "been") || s.isWord(j, "to") || s.lx(j) != nil && s.lx(j).tense == -1 {
		return false // "is to", "are won"
	}
	if n > 4 && w[n-3] == 'i' && w[n-2] == 'n' && w[n-1] == 'g' {
		// a progressive present: ahead only for a verb of schedule or
		// travel ("is playing Monday", "are leaving Friday"), not an
		// ongoing search for what was ("are looking for a man seen
		// Tuesday")
		for _, v := range [...]string{"playing", "meeting", "hosting", "leaving", "flying", "traveling", "travelling", "holding", "visiting",
			"opening", "closing", "going", "coming", "returning", "heading", "facing", "starting", "beginning", "voting", "getting", "taking", "moving", "launching", "releasing"} {
			if lowerEq(w, v) {
				return true
			}
		}
		return false
	}
	for _, m := range [...]string{"up", "down", "higher", "lower", "unchanged", "flat", "steady", "dead", "missing", "hospitalized"} {
		if lowerEq(w, m) {
			return false // a level or a state reached: "the Dow is down 200 points Friday"
		}
	}
	if n > 3 && w[n-2] == 'e' && (w[n-1] == 'd' || w[n-1] == 'n') && !s.isWord(j, "closed") && !s.isWord(j, "open") {
		return false // "has finished", "is accused", "are shown" (but "is closed Monday")
	}
	return true
}

// afterBetween reports whether "after", "since" or "following" stands
// between a present verb at k and a date at i: the date is then of an
// event before the present state ("is in custody after his arrest
// Thursday").
func (s *state) afterBetween(k, i int) bool {
	for m := k + 1; m < i; m++ {
		if s.w(m) == wAfter || s.w(m) == wSince || s.w(m) == wFollowing {
			return true
		}
		if s.w(m) == wFrom && m > k+1 && (s.w(m-1) == wUp || s.isWord(m-1, "down") || s.isWord(m-1, "percent") || s.isPunct(m-1, '%') || s.isWord(m-1, "higher") || s.isWord(m-1, "lower")) {
			return true // a change since then: "prices are up 3 percent from Friday"
		}
	}
	return false
}

// presentBefore returns the nearest present verb (table tense 2) before
// token i in its sentence, within 15 words, or -1.
func (s *state) presentBefore(i int) int {
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		if s.sentenceEnd(k) {
			return -1
		}
		if e := s.lx(k); e != nil && e.tense != 0 {
			if e.tense == 2 {
				return k
			}
			return -1
		}
	}
	return -1
}

// clauseBetween reports whether a clause of its own, or a verb whose
// past is its bare form, stands between a present verb at k and a date
// at i: the date is then that verb's ("it is not clear why the plane
// went down Sunday", "the group does not know who set the fire
// Wednesday", "one of three people hurt Thursday").
func (s *state) clauseBetween(k, i int) bool {
	for m := k + 1; m < i; m++ {
		if s.toks[m].kind != tkWord {
			continue
		}
		for _, w := range [...]string{"who", "that", "which", "why", "when", "where", "whom", "whose", "whether", "if",
			"hit", "hurt", "set", "cut", "put", "shut", "quit", "beat", "let", "cost", "spread", "split", "shed", "burst", "cast", "bid", "read"} {
			if s.isWord(m, w) {
				return true
			}
		}
	}
	return false
}

// quoteBetween reports whether a quotation mark stands between tokens a
// and b: a quoted present speaks of its own time.
func (s *state) quoteBetween(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := a + 1; k < b; k++ {
		if s.toks[k].kind == tkPunct {
			if c := s.text[s.toks[k].start]; c == '"' || c == '`' || c == '\'' && !s.tight(k+1) {
				return true
			}
		}
	}
	return false
}

// relativeDay reports whether timex a is a day counted without naming
// it: "the following day", "the next day", "that day", "two days later".
func (s *state) relativeDay(a int) bool {
	t := strings.ToLower(s.res.Timexes[a].Text)
	for _, w := range [...]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.Contains(t, w) {
			return false
		}
	}
	return strings.HasSuffix(t, " day") || strings.HasSuffix(t, " days later")
}

// pWeekday: "Friday", "Monday morning", "Monday, Jan. 5", "Mondays".
func (s *state) pWeekday(i int) (cand, bool) {
	tk := &s.toks[i]
	e := tk.lex()
	if !tk.cap {
		return cand{}, false
	}
	wd := int(e.weekday)
	if !e.plural && !e.abbr && s.exceptFromSet(i) && s.lx(i+1) == nil && (i+1 >= len(s.toks) || s.toks[i+1].kind != tkNum) {
		// "every afternoon except Sunday", "open daily except Monday":
		// the day left out of a recurring time recurs too, a SET.
		return s.fixed(i, i+1, timeline.TypeSet, "XXXX-WXX-"+strconv.Itoa(wd)), true
	}
	if !e.plural && !e.abbr && s.joinedToSet(i, "XXXX-WXX-") && !(s.isPunct(i+1, ',') && (i+2 < len(s.toks) && s.toks[i+2].kind == tkNum || s.lx(i+2) != nil && s.lx(i+2).month > 0)) &&
		s.lx(i+1) == nil && (i+1 >= len(s.toks) || s.toks[i+1].kind != tkNum) {
		// "every Monday and Thursday": one more day of the weekly set
		// (not "every Monday and Thursday, March 3", a date of its own,
		// nor "Sunday afternoon")
		return s.fixed(i, i+1, timeline.TypeSet, "XXXX-WXX-"+strconv.Itoa(wd)), true
	}
	if (s.w(i-1) == wA || s.w(i-1) == wThe) && (s.isWord(i+1, "edition") || s.isWord(i+1, "editions") || s.isWord(i+1, "newspaper") || s.isWord(i+1, "supplement")) {
		return cand{}, false // a kind of paper: "a Sunday edition", "the Saturday supplement"
	}
	if s.w(i-1) == wThe && !e.plural && !e.abbr && i+1 < len(s.toks) && s.toks[i+1].kind == tkWord && s.toks[i+1].cap && s.toks[i+1].sp &&
		(s.lx(i+1) == nil || s.isWord(i+1, "times")) && !s.isWordIn(i-2, "on", "by", "until", "till", "since", "from", "after", "before", "through") {
		// the title of a paper, a club or a programme: "the Sunday
		// Independent", "the Sunday Times", "the Monday Club" (a weekday
		// is followed by a lower-case word or a date, not by a name; "on
		// the Sunday Lee attacked" is the day)
		return cand{}, false
	}
	if i > 0 && s.toks[i-1].cap && !e.plural && (s.isWordIn(i-1, "bloody", "black", "super", "cyber", "blue", "red", "white", "green", "grey", "gray", "golden", "yellow", "purple", "pink", "brown", "silver") ||
		s.toks[i-1].kind == tkWord && s.lx(i-1) == nil && s.nameGivenAfter(i-2)) {
		// the name of an event or a day of sales: "Bloody Sunday",
		// "Black Monday", "Super Tuesday", "Red Friday" (a colour names
		// a day), as "Black Tuesday" is no weekday of news in newsText;
		// and a day a name is given to: "a day the press called Manic
		// Monday", "what became known as Mad Friday"
		return cand{}, false
	}
	if i > 1 && !e.plural && !e.abbr && s.isWord(i-2, "on") && !s.toks[i-2].cap && s.titleWord(i-1) && s.lx(i-1) == nil && !s.tight(i) &&
		!s.dateAfterWeekday(i) {
		// a weekday after one title-case word, "on" before them, is a
		// named day of a church or a town, no weekday of the calendar:
		// "on Plague Sunday", "on Rogation Sunday", "on Hospital Sunday"
		// (an acronym is a broadcaster, "said on CNN Sunday"; known
		// feasts, "on Palm Sunday", are holidays)
		return cand{}, false
	}
	if e.plural {
		c := cal{g: gWeek, noYear: true, wd: wd}
		v := c.format()
		j := i + 1
		if p := s.lx(j); p != nil && p.pod > 0 {
			v += "T" + podCode[p.pod]
			j++
		}
		return s.fixed(i, j, timeline.TypeSet, v), true
	}
	k := i + 1
	if s.isPunct(k, ',') {
		k++
	}
	if s.isMonthAt(k) {
		if dc, ok := s.pMonth(k); ok && dc.c.g == gDay {
			dc.i, dc.wd = i, wd
			return dc, true
		}
	} else if s.toks[min(k, len(s.toks)-1)].kind == tkNum {
		if dc, ok := s.pDayMonth(k); ok {
			dc.i, dc.wd = i, wd
			return dc, true
		}
	}
	if i >= 1 && i-1 >= s.floor && s.w(i-1) == wThe && (s.w(i+1) == wAfter || s.w(i+1) == wBefore) && s.depth == 0 {
		// "the Tuesday after Labor Day", "the Friday before Christmas",
		// "the Saturday after July 4": one DATE, the first such weekday
		// after (or the last before) the day named.
		if dc, ok := s.dayAt(i + 2); ok && dc.i == i+2 && dc.c.g == gDay {
			b := dc.c.day()
			var d int
			if s.w(i+1) == wAfter {
				n := (wd - timeline.Weekday(b) + 7) % 7
				if n == 0 {
					n = 7
				}
				d = b + n
			} else {
				n := (timeline.Weekday(b) - wd + 7) % 7
				if n == 0 {
					n = 7
				}
				d = b - n
			}
			c := s.date(i-1, dc.j, fromDay(d))
			c.anchor, c.dctRel, c.noRef = dc.anchor, dc.dctRel, dc.noRef
			return c, true
		}
	}
	pod := s.lx(i + 1) // "on the Sunday afternoon"
	if pod != nil && pod.pod == 0 {
		pod = nil
	}
	if s.w(i-1) == wThe && s.dayRef >= 0 && s.dayCal.g >= gDay && !s.dayCal.noYear && s.dayTok >= 0 && s.dayTok < i && s.nearDay(i) &&
		(s.clauseEnd(i+1) || s.w(i+1) == wAnd || s.w(i+1) == wBefore || s.w(i+1) == wAfter || s.isWord(i+1, "when") || pod != nil && s.clauseEnd(i+2)) {
		// "voting on Friday 28 November, with counting on the Saturday":
		// the first such weekday from the day just named; from the first
		// day of a span of days just named, "runs from 26 to 30 June ...
		// headlines on the Friday", whose days the weekday is one of.
		b := s.dayCal.day()
		if d, ok := s.spanStartDay(s.dayRef); ok {
			b = d
		}
		bw := timeline.Weekday(b)
		if e := s.lx(s.dayTok); e != nil && e.weekday > 0 && !e.plural {
			// counted from the weekday written with the day, whatever
			// calendar it is dated in: "on Sunday, 2 September 1666 ...
			// the wind dropped on the Wednesday" (Old Style) is the 5th
			bw = int(e.weekday)
		} else if s.wdShift != 0 && !s.t.hasDCT && abs(s.dayCal.y-s.wdShiftY) <= 1 {
			bw = (bw-1+s.wdShift)%7 + 1
		}
		c := s.date(i, i+1, fromDay(b+(wd-bw+7)%7))
		c.anchor = s.dayRef
		if pod != nil && pod.pod != 1 && pod.pod != 4 {
			c.c.g, c.c.part = gPartOfDay, int(pod.pod)
			c.typ = timeline.TypeTime
			c.j++
		}
		return c, true
	}
	if s.t.hasDCT && s.isWord(i+1, "week") && s.w(i-1) != wA && s.w(i-1) != wThe && s.w(i-1) != wEvery && s.w(i-1) != wEach && (s.clauseEnd(i+2) || s.w(i+2) == wAnd || s.w(i+2) == wAt) {
		// "on Tuesday week" (British): a week after the coming Tuesday,
		// counted from the report's day (on a Tuesday, a week today).
		b := s.t.dct.day()
		c := s.date(i, i+2, fromDay(b+(wd-timeline.Weekday(b)+7)%7+7))
		c.dctRel = true
		return c, true
	}
	if s.t.hasDCT && i+1 < len(s.toks) && s.lineOpen(i) && s.entryMark(i+1) {
		// A bare weekday heading an entry of a chronology ("Wednesday:
		// Council confirms ...", "Saturday – Launch.") has no tense of
		// its own to tell back from ahead (the entries are headlines in
		// the present): the reader takes the nearest such day to the
		// report's, the last days of a chronology being those around it.
		b := s.t.dct.day()
		bw := timeline.Weekday(b)
		day := b - (bw-wd+7)%7
		if ahead := (wd - bw + 7) % 7; ahead < (bw-wd+7)%7 {
			day = b + ahead
		}
		c := s.date(i, i+1, fromDay(day))
		c.dctRel = true
		return c, true
	}
	d, anchor, ok := s.weekdayDate(i, wd)
	c := s.date(i, i+1, d)
	c.anchor, c.dctRel = anchor, ok && anchor < 0
	if !ok {
		c.c = cal{g: gWeek, noYear: true, wd: wd}
		c.note = "weekday with no reference date"
	}
	if p := s.lx(i + 1); p != nil && p.pod > 0 && ok {
		// "Wednesday night" and "Friday morning" are mostly annotated as
		// the day alone (14 of 26 in TimeBank and AQUAINT), "Friday
		// evening" always keeps its part (TEV), and a value with a part of
		// day is a TIME (TimeML; 2 of 3 "evening"s there).
		if p.pod != 1 && p.pod != 4 {
			c.c.g, c.c.part = gPartOfDay, int(p.pod)
			c.typ = timeline.TypeTime
		}
		c.j++
	}
	return c, true
}

// pDayWord: "today", "yesterday morning", "tonight".
func (s *state) pDayWord(i int) (cand, bool) {
	w := s.w(i)
	off := 0
	switch w {
	case wYesterday:
		off = -1
	case wTomorrow:
		off = 1
	}
	if !s.t.hasDCT {
		c := s.fixed(i, i+1, timeline.TypeDate, "PRESENT_REF")
		if w != wToday {
			c.val = "XXXX-XX-XX"
		}
		c.note = "relative date with no reference date"
		return c, true
	}
	if w == wToday && s.toks[i].cap && i > 0 && s.toks[i-1].cap && s.toks[i-1].kind == tkWord {
		return cand{}, false // a title: "USA Today", "VOA Today"
	}
	if w == wToday && s.isPunct(i+1, '\'') && s.isWord(i+2, "s") && s.genericNow(i+3) {
		return cand{}, false // "today's youth", "in today's world": nowadays, not the day
	}
	if w == wToday && !s.toks[i].cap && s.clauseEnd(i+1) && s.practiceGoesOn(i) {
		// A practice that goes on, "is still taught today", "are still
		// sung today", "remains in use today": nowadays, not the day.
		return s.fixed(i, i+1, timeline.TypeDate, "PRESENT_REF"), true
	}
	if w == wToday && s.toks[i].cap && (i == 0 || s.sentenceEnd(i-1) || s.toks[i].para) && (s.storyFar(i) || s.storyFarSince(i) || s.historyArticle()) && s.tense(i) >= 0 && !s.modalAhead(i) {
		// An article dated when it was written, whose story lies years
		// back: "Today the site lies in the suburbs of Tunis" is
		// nowadays, as in an article with no date.
		return s.fixed(i, i+1, timeline.TypeDate, "PRESENT_REF"), true
	}
	c := s.date(i, i+1, fromDay(s.t.dct.day()+off))
	c.dctRel = true
	if (w == wYesterday && s.w(i-1) == wBefore || w == wTomorrow && s.w(i-1) == wAfter) && s.isWord(i-2, "day") && s.w(i-3) == wThe && i-3 >= s.floor {
		// "the day before yesterday", "the day after tomorrow": one date.
		c.i, c.c = i-3, fromDay(s.t.dct.day()+2*off)
		return c, true
	}
	// A value with a part of day is a TIME (TimeML): "tonight",
	// "yesterday morning".
	if w == wTonight {
		if h, next, ok := s.eveningHourAt(i + 1); ok && s.depth == 0 {
			// "tonight at eleven", "tonight at 10": a clock reading of the
			// evening, one TIME
			c.c.g, c.c.hh, c.c.mm, c.typ, c.j = gTime, h, 0, timeline.TypeTime, next
			return c, true
		}
		c.c.g, c.c.part, c.typ = gPartOfDay, 4, timeline.TypeTime
		return c, true
	}
	if p := s.lx(i + 1); p != nil && p.pod > 0 {
		c.c.g, c.c.part, c.typ = gPartOfDay, int(p.pod), timeline.TypeTime
		c.j++
	}
	return c, true
}

// eveningHourAt reads "at" and an hour from six to eleven, in figures or
// in words, at k (after "tonight"), as the hour of the evening: "at
// eleven" is 23. Not before a unit, an amount or a clock of its own.
func (s *state) eveningHourAt(k int) (int, int, bool) {
	if s.w(k) != wAt || k+1 >= len(s.toks) {
		return 0, k, false
	}
	tk := &s.toks[k+1]
	h := 0
	switch {
	case tk.kind == tkNum && tk.suf == sufNone && !tk.grouped && !tk.decimal && tk.ndig <= 2:
		h = int(tk.num)
	case tk.kind == tkWord && tk.lex() != nil && tk.lex().hasNum && !tk.lex().tens && tk.lex().w != wA && tk.lex().w != wAn:
		h = int(tk.lex().num)
	default:
		return 0, k, false
	}
	if h < 6 || h > 11 {
		return 0, k, false
	}
	n := k + 2
	if ap, _ := s.ampm(n); ap > 0 {
		return 0, k, false // "tonight at 8 p.m.": the clock is an expression of its own
	}
	if e := s.lx(n); e != nil && (e.unit > 0 || e.hasNum || e.w == wPM) || s.isPunct(n, ':') || s.isPunct(n, '.') && s.tight(n) && n+1 < len(s.toks) && s.toks[n+1].kind == tkNum || s.isPunct(n, '-') || s.isPunct(n, '%') || s.isWord(n, "o") || s.isWord(n, "percent") {
		return 0, k, false
	}
	return h + 12, n, true
}

// modalAhead reports whether a modal of the future ("will", "shall",
// "would") comes in the sentence after token i, within 20 tokens.
func (s *state) modalAhead(i int) bool {
	for k, n := i+1, 0; k < len(s.toks) && n < 20 && !s.sentenceEnd(k-1); k, n = k+1, n+1 {
		if s.isWord(k, "will") || s.isWord(k, "shall") || s.isWord(k, "would") || s.isWord(k, "going") {
			return true
		}
	}
	return false
}

// genericNow reports whether word k is a noun that makes "today's"
// generic ("today's world", "today's youth"): TimeBank and AQUAINT leave
// those untagged (3 of 3) but tag "today's editions".
func (s *state) genericNow(k int) bool {
	return s.isWordIn(k, "world", "youth", "society", "generation", "young", "children", "kids", "personal", "computers", "technology", "economy")
}

// practiceGoesOn reports whether "today" at i ends a clause in the present
// that tells of a practice still kept: "is still taught", "are still
// widely used", "is still sung", "remains in use" before it.
func (s *state) practiceGoesOn(i int) bool {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if s.toks[k].kind != tkWord {
			return false
		}
		if s.isWord(k, "still") && s.isWordIn(k-1, "is", "are") {
			for j := k + 1; j < i; j++ {
				if s.isWordIn(j, "taught", "used", "read", "cited", "sung", "played", "performed", "spoken", "celebrated", "practised", "practiced", "studied", "remembered", "worn", "quoted", "followed", "observed") {
					return true
				}
			}
			return false
		}
		if s.isWordIn(k, "remains", "remain") && s.isWord(k+1, "in") && s.isWordIn(k+2, "use", "print", "service") {
			return true
		}
	}
	return false
}

// pRef: "now", "currently", "recently", "soon", "future".
func (s *state) pRef(i int) (cand, bool) {
	switch s.w(i) {
	case wNow, wCurrently, wPresently, wNowadays:
		if s.isPunct(i+1, '-') && s.tight(i+1) { // "now-defunct"
			return cand{}, false
		}
		if s.w(i) == wNow && s.toks[i].cap && s.isPunct(i+1, ',') && (i == 0 || s.sentenceEnd(i-1) || s.toks[i].para) {
			return cand{}, false // "Now, he says, ...": a discourse marker, not a time
		}
		if s.w(i) == wNow && s.toks[i].cap && (s.w(i+1) == wTo || s.w(i+1) == wFor) && (i == 0 || s.sentenceEnd(i-1) || s.toks[i].para) {
			return cand{}, false // "Now to the weather", "Now for today's quiz": a broadcast's turn to a new item
		}
		return s.fixed(i, i+1, timeline.TypeDate, "PRESENT_REF"), true
	case wCurrent:
		if s.isPunct(i+1, '-') || s.w(i-1) == wThe && s.isPunct(i-2, ',') || s.currentNoun(i) {
			return cand{}, false
		}
		return s.fixed(i, i+1, timeline.TypeDate, "PRESENT_REF"), true
	case wRecently, wFormerly, wRecent:
		if s.isPunct(i+1, '-') || s.w(i) == wRecently && s.isWord(i-1, "as") && s.isWord(i+1, "as") {
			return cand{}, false // "as recently as March": the date is the expression
		}
		if s.w(i) == wRecent && (s.w(i-1) == wMost || s.w(i-1) == wMore) {
			return cand{}, false // "the most recent in May", "more recent data": an order, not a time
		}
		if s.w(i) == wRecently && s.isWord(i-1, "most") {
			// "most recently on July 20", "most recently last October" (as
			// TimeBank leaves it): the date that follows is the expression.
			k := i + 1
			if s.isPunct(k, ',') {
				k++
			}
			if e := s.lx(k); e != nil && (e.w == wOn || e.w == wIn || e.w == wLast || e.month > 0 || e.weekday > 0) {
				return cand{}, false
			}
		}
		return s.fixed(i, i+1, timeline.TypeDate, "PAST_REF"), true
	case wFuture:
		// "the future", "in future", "the near future"; not the adjective
		// ("future growth").
		if k := i + 1; k < len(s.toks) && s.toks[k].kind == tkWord && (s.toks[k].lex() == nil || s.verbOnly(k)) && !s.toks[k].cap || s.isPunct(i+1, '-') {
			return cand{}, false
		}
		if s.futureTitle(i) {
			return cand{}, false
		}
		c := s.fixed(i, i+1, timeline.TypeDate, "FUTURE_REF")
		switch {
		case s.w(i-1) == wThe:
			c.i = i - 1
		case s.isWord(i-1, "near") && s.w(i-2) == wThe:
			c.i = i - 2
		case s.w(i-1) == wIn:
		default:
			return cand{}, false
		}
		return c, true
	}
	return cand{}, false
}

// currentNoun reports whether "current" at i is the noun, a flow of
// water, air or electricity, and no time: the adjective always has its
// noun after it, so "current" ending its phrase is the noun, before a
// sentence's end, a verb ("a current carried the ice", "the current was
// strong", "a current drove it back") or a preposition ("the current of the river"). A form in -ed
// may be an adjective of the noun after it ("current registered
// voters"), so it counts as the verb only before an object or the
// clause's end.
func (s *state) currentNoun(i int) bool {
	k := i + 1
	if k >= len(s.toks) {
		return true
	}
	if s.toks[k].kind == tkPunct {
		c := s.text[s.toks[k].start]
		return c == '.' || c == ';' || c == ')' || c == '!' || c == '?'
	}
	if s.toks[k].cap {
		return false
	}
	if s.isWordIn(k, "was", "is", "were", "are", "had", "has", "flows", "flowed", "ran", "runs", "carries", "swept", "sweeps", "of", "from", "into", "through", "along", "against") {
		return true
	}
	past := s.pastForm(k) || s.verbOnly(k) && s.lx(k).tense == -1 // "drove", "took"
	return past && (s.clauseEnd(k+1) || s.isWordIn(k+1, "the", "a", "an", "his", "her", "its", "their", "it", "him", "them", "us", "away", "off", "down", "up", "out", "to", "into"))
}

// verbBefore reports whether the word before k makes k a verb: a modal
// or "did"/"does" ("would last", "may last", "did last"). "to" is left
// out: "compared to last year".
func (s *state) verbBefore(k int) bool {
	if k >= 2 && s.isWordIn(k-1, "not", "never") {
		return s.verbBefore(k - 1) // "did not last two years", "would never last a week"
	}
	switch s.w(k - 1) {
	case wWill, wWould, wShall, wDid:
		return true
	}
	if s.isWord(k-1, "may") {
		return !s.toks[k-1].cap // not the month: "May last year"
	}
	for _, w := range [...]string{"can", "could", "might", "must", "should", "does"} {
		if s.isWord(k-1, w) {
			return true
		}
	}
	return false
}

// lastJoined reports whether "last" at k is a verb joined by "and" to
// one after a modal: "will begin on Monday and last 48 hours", "would
// close at noon and last until Friday", or to a plural present before a
// length: "the holidays begin on 23 July and last six weeks".
func (s *state) lastJoined(k int) bool {
	if !s.isWord(k, "last") || s.w(k-1) != wAnd || !(s.quantityStart(k+1) || s.w(k+1) == wUntil || s.w(k+1) == wFor || s.w(k+1) == wThrough) {
		return false
	}
	for m := k - 2; m >= 0 && m >= k-12 && !s.sentenceEnd(m); m-- {
		if s.verbBefore(m+1) || s.w(m) == wTo && s.infinitive(m) {
			return true
		}
		if s.quantityStart(k+1) && s.barePlural(m) && !s.toks[m].cap && m > 0 && s.w(m-1) != wThe && s.w(m-1) != wA && s.toks[m-1].kind == tkWord {
			// or to a plural verb in the present: "the holidays begin
			// on 23 July and last six weeks"
			return true
		}
	}
	return false
}

// rel is base shifted by n units, at the granularity of the unit.
func rel(base cal, u unit, n int) cal {
	g := unitGran(u)
	if base.g < g && !(base.g == gWeek && g > gWeek) {
		return base
	}
	if u == uWeekend {
		return coarsen(shift(base, uWeek, n), gWeek)
	}
	if base.g == gWeek && base.wd == 0 && !base.noYear && g < gWeek {
		// A week has no month of its own: "the week of 3 May 1926 ...
		// later that month" is the month of its Thursday, as the ISO
		// week's year is.
		base = fromDay(weekMonday(base) + 3)
	}
	return coarsen(shift(base, u, n), g)
}

// pOrdWeekdaySet: "the first and third Tuesday of each month", "the last
// Friday of every month", "the second Saturday of the month" after
// "every": a SET with the month's value (P1M), as "twice a month", the
// ordinals a frequency within it.
func (s *state) pOrdWeekdaySet(i int) (cand, bool) {
	j := i
	if s.w(j) == wThe {
		j++
	}
	ord := func(k int) bool {
		if e := s.lx(k); e != nil && (e.ord > 0 && e.ord <= 5 || e.w == wLast) {
			return true
		}
		return k < len(s.toks) && s.toks[k].kind == tkNum && s.toks[k].suf == sufOrd && s.toks[k].num >= 1 && s.toks[k].num <= 5
	}
	if !ord(j) {
		return cand{}, false
	}
	j++
	for n := 0; n < 3 && (s.w(j) == wAnd || s.isPunct(j, ',')) && ord(j+1); n++ {
		j += 2
	}
	e := s.lx(j)
	if e == nil || e.weekday == 0 || !s.toks[j].cap {
		return cand{}, false
	}
	j++
	if s.w(j) != wOf || s.w(j+1) != wEach && s.w(j+1) != wEvery {
		return cand{}, false
	}
	if m := s.lx(j + 2); m == nil || m.unit != uMonth || m.plural {
		return cand{}, false
	}
	return s.fixed(i, j+3, timeline.TypeSet, "P1M"), true
}

// pDeictic: "last year", "this week", "the following year", "next March",
// "last Friday", "this summer", "the past two months", "that day".
func (s *state) pDeictic(i int) (cand, bool) {
	j := i
	hasThe := s.w(j) == wThe
	if hasThe {
		j++
	}
	det := s.w(j)
	switch det {
	case wThis, wThat, wLast, wNext, wPast, wPrevious, wComing, wFollowing, wCurrent, wSame, wLatest, wPrior, wUpcoming, wRecent, wThese:
		j++
	default:
		if !hasThe {
			return cand{}, false
		}
		det = wNone
	}
	if det == wLast && !hasThe && (s.verbBefore(i) || s.w(i-1) == wTo && s.quantityStart(i+1) || s.lastJoined(i)) {
		// the verb: "the strike would last 48 hours", "meant to last two
		// years" (but "compared to last year")
		return cand{}, false
	}
	if hasThe && det == wThis {
		return cand{}, false
	}
	if !hasThe && det == wPast && s.w(i-1) != wThis && j < len(s.toks) && s.toks[j].cap && s.lx(j) != nil && (s.lx(j).month > 0 || s.lx(j).weekday > 0) {
		// "past" before a month or a weekday is the preposition: "the
		// strike could go on past Nov. 1", "stayed past Sunday" (the
		// date is read on its own; "this past Monday" is the determiner).
		return cand{}, false
	}
	if !hasThe && (det == wPrevious || det == wPast || det == wPrior) && i > 0 && s.isWordIn(i-1, "any", "every", "each") {
		// "than in any previous year", "in every past season": each such
		// unit before, no one date.
		return cand{}, false
	}
	if det == wFollowing && !hasThe && s.quantityStart(j) {
		// the preposition: "following 14 hours of debate", "following
		// two days of talks" (the count alone is the expression)
		return cand{}, false
	}
	if det == wThis && !hasThe && s.isWord(j, "day") && s.w(j+1) == wIn && s.t.hasDCT && s.depth == 0 {
		// "On this day in 1945": the DCT's day of the month in the year
		// named, one date.
		if y, next, ok := s.yearTok(j + 2); ok && s.toks[j+2].kind == tkNum && s.toks[j+2].ndig == 4 && y < s.t.dct.y {
			d := s.t.dct
			if d.m == 2 && d.d == 29 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
				d.d = 28
			}
			return s.date(i, next, cal{g: gDay, y: y, m: d.m, d: d.d}), true
		}
	}
	if det == wThis && !hasThe && (s.w(i-1) == wTo || s.w(i-1) == wUntil) && s.isWord(j, "day") && !s.isWord(j+1, "of") {
		// "remains unknown to this day": the present, not a day of the story
		return s.fixed(i, j+1, timeline.TypeDate, "PRESENT_REF"), true
	}
	if !hasThe && (det == wLast || det == wNext || det == wPast || det == wPrevious || det == wFollowing || det == wLatest) && s.possessiveBefore(i) &&
		!s.objectHer(i, j) {
		// "her last decade", "his next year in office", "the
		// company's latest quarter" is a period of someone's life or
		// business named by its order, not a date counted from now
		// ("its latest quarter" is the quarter reported, below).
		if !(det == wLatest && s.lx(j) != nil && s.lx(j).unit == uQuarter) {
			return cand{}, false
		}
	}
	if hasThe && det == wThat {
		return cand{}, false
	}
	if (hasThe || s.w(i-1) == wThe) && det == wLast && s.w(j+1) == wOf && s.isWordIn(j+2, "his", "her", "their", "its") {
		// "the last years of his reign", "the last decade of her life":
		// a period of someone's life or rule, no date or count of time,
		// as "her final years" and "the first years of his reign".
		if e := s.lx(j); e != nil && e.unit >= uWeek && e.unit <= uCentury && e.unit != uQuarter && e.unit != uHalf && e.unit != uSeason && (e.plural || e.unit >= uYear) {
			return cand{}, false
		}
	}
	if det == wSame && !hasThe {
		return cand{}, false
	}
	if det == wThat && s.w(j) == wSame {
		j++
		det = wSame
	}
	// "the past two months", "last three years", "the next few days", "the six months"
	switch det {
	case wPast, wLast, wNext, wComing, wPrevious, wFollowing, wNone:
		k := j
		first := false
		if det == wNone {
			if o := s.lx(k); o != nil && o.ord == 1 || s.isWord(k, "final") {
				k++ // "the first six months", "the final three months", as "the last three months"
				first = true
			}
		}
		n, next, frac, article, ok := s.quantity(k)
		if ok && !article && n > 1 && !frac && s.isWordIn(next, "trading", "business", "working", "calendar", "school", "consecutive", "straight", "full") &&
			s.lx(next+1) != nil && s.lx(next+1).unit > 0 && s.lx(next+1).plural {
			next++ // "the past 12 trading days", "the last three consecutive quarters", as "12 trading days"
		}
		if ok && !article && s.lx(next) != nil && s.lx(next).unit > 0 && (s.lx(next).plural || n == 1 || frac) {
			if det == wNone && !first && s.toks[k].kind == tkNum && s.toks[k].ndig == 4 {
				break
			}
			if s.toks[next].cap && s.nameAfter(next+1) || s.capName(k, next) {
				return cand{}, false // a name: "the Thirty Years' War", "the Hundred Days"
			}
			if !frac && n > 0 && s.w(next+1) == wAnd {
				// "the eight years and nine months of the war": the count
				// with its smaller unit is one DURATION, as "eight years and
				// nine months" is, spanning the determiner.
				if c2, ok := s.pQuantity(k); ok && c2.typ == timeline.TypeDuration && c2.i == k && c2.j > next+1 && strings.HasPrefix(c2.val, "P") {
					return s.fixed(i, c2.j, timeline.TypeDuration, c2.val), true
				}
			}
			return s.fixed(i, next+1, timeline.TypeDuration, durValue(n, s.lx(next).unit, frac)), true
		}
		if det != wNone || first {
			// "the next two and a half years", "the past year and a
			// half", "the next century and a half": a count with its
			// half, spanning the determiner as "the next three years".
			if u := s.lx(k); u != nil && u.unit >= uHour && u.unit <= uCentury && u.unit != uQuarter && u.unit != uHalf && u.unit != uSeason && u.unit != uWeekend && !u.plural &&
				s.w(k+1) == wAnd && s.w(k+2) == wA && s.w(k+3) == wHalf {
				return s.fixed(i, k+4, timeline.TypeDuration, durValue(1, u.unit, true)), true
			}
			if n, next, frac, article, ok := s.quantity(k); ok && !article && !frac && n > 0 && s.w(next) == wAnd && s.w(next+1) == wA && s.w(next+2) == wHalf {
				if u := s.lx(next + 3); u != nil && u.unit >= uHour && u.unit <= uCentury && u.unit != uQuarter && u.unit != uHalf && u.unit != uSeason && u.unit != uWeekend && u.plural {
					return s.fixed(i, next+4, timeline.TypeDuration, durValue(n, u.unit, true)), true
				}
			}
		}
		if first && hasThe && s.isWord(k-1, "first") && s.firstUnitSpan(i, k) {
			// "most common in the first month", "within the first year":
			// the opening stretch counted from an event, a length of time
			// as "the first 90 days" is.
			return s.fixed(i, k+1, timeline.TypeDuration, durValue(1, s.lx(k).unit, false)), true
		}
		if first {
			return cand{}, false
		}
	}
	if det == wNone && hasThe && s.isWord(j, "new") && !s.toks[j].cap && s.w(j+1) == wYear && s.lx(j+1) != nil && !s.lx(j+1).plural {
		return s.newYear(i, j) // "in the new year"
	}
	if det == wNone && (s.isWord(j, "full") || s.w(j) == wFiscal || (s.isWord(j, "financial") || s.isWord(j, "calendar")) && !s.toks[j].cap) && s.w(j+1) == wYear {
		return s.theYear(i, j+2) // "for the full year", "the fiscal year ended June 30", "the financial year to March", "the end of the calendar year"
	}
	if det == wLatest && hasThe && s.w(j) == wPeriod && s.t.hasDCT {
		// "the latest period" of a company report: the last quarter reported.
		return s.date(i, j+1, shift(coarsen(s.t.dct, gQuarter), uQuarter, -1)), true
	}
	if hasThe && det == wNone {
		if c, ok := s.storyPart(i, j); ok {
			return c, true
		}
		if c, ok := s.spelledDecade(i, j); ok {
			return c, true
		}
	}
	if (det == wNext || det == wLast || det == wThis || det == wCurrent) && s.isWordIn(j, "school", "academic") && !s.toks[j].cap && s.w(j+1) == wYear && s.t.hasDCT && !s.isPunct(j+2, '-') {
		// "next school year", "the current academic year": a school year
		// is named by the year it begins in (as "the 2024-25 school
		// year" is 2024), and begins in August or September: in June
		// 2025 the current one is 2024's, the next 2025's.
		y := s.t.dct.y
		if s.t.dct.m < 8 {
			y--
		}
		switch det {
		case wNext:
			y++
		case wLast:
			y--
		}
		c := s.date(i, j+2, cal{g: gYear, y: y})
		c.dctRel = true
		return c, true
	}
	if (det == wNext || det == wLast || det == wThis || det == wCurrent) && (s.w(j) == wFiscal || s.isWord(j, "financial")) && s.w(j+1) == wYear {
		// "next fiscal year", "this fiscal year": the year named as "next
		// year" is, the fiscal year being named by the calendar year it
		// ends in; so "the current financial year", "next financial
		// year" in British copy
		j++
		if y, ok := s.fiscalEnded(i); ok && (det == wThis || det == wCurrent || det == wNext || det == wLast) {
			// After the text has told that fiscal Y ended, the current
			// fiscal year is Y+1 whatever the calendar year: "fiscal 1999,
			// which ended Sept. 30 ... the current fiscal year" (written in
			// December 1999) is fiscal 2000.
			switch det {
			case wNext:
				y++
			case wLast:
				y--
			}
			return s.date(i, j+1, cal{g: gYear, y: y + 1}), true
		}
	}
	if (hasThe && (det == wFollowing || det == wNext || det == wPrevious) || det == wThat || det == wSame) && s.isWordIn(j, "campaigning", "campaign") && !s.toks[j].cap && s.isWord(j+1, "season") && s.ref >= 0 && s.refCal.g >= gYear && s.refCal.g != gWeek && !s.refCal.noYear {
		// "the following campaigning season", "that campaigning season":
		// the year's season of war, named by its year, as a dig's season
		// is; the next (previous) year's after the last date.
		n := 0
		switch det {
		case wFollowing, wNext:
			n = 1
		case wPrevious:
			n = -1
		}
		c := s.date(i, j+2, cal{g: gYear, y: s.refCal.y + n})
		c.anchor, c.noRef = s.ref, n < 0
		return c, true
	}
	if hasThe && (det == wFollowing || det == wNext || det == wPrevious) && s.isWord(j, "season") && s.ref >= 0 && s.refCal.g == gYear && !s.refCal.noYear && s.seasonRef() {
		// "In the 1998–99 season ... the following season": the season
		// after (before) the one named by its year, named by the year it
		// begins, as "next season" in news.
		n := 1
		if det == wPrevious {
			n = -1
		}
		c := s.date(i, j+1, cal{g: gYear, y: s.refCal.y + n})
		c.anchor, c.noRef = s.ref, n < 0
		return c, true
	}
	if hasThe && det == wNone && s.isWord(j, "holiday") && !s.toks[j].cap && s.lx(j+1) != nil && s.lx(j+1).unit == uWeekend && !s.lx(j+1).plural {
		// "closed on Thanksgiving ... open late over the holiday weekend":
		// the weekend a holiday named before it in its sentence is joined
		// to, one on a Thursday, Friday, Monday or Tuesday (a holiday in
		// midweek makes no long weekend).
		if c, ok := s.namedHolidayWeekend(i, j+2); ok {
			return c, true
		}
	}
	if (hasThe && det == wNone || det == wThis || det == wNext || det == wLast) && s.isWordIn(j, "holiday", "long") && !s.toks[j].cap {
		if e := s.lx(j + 1); e != nil && e.unit == uWeekend && !e.plural {
			// "over the holiday weekend", "this long weekend": the weekend
			// meant, as "the weekend"
			j++
		}
	}
	e := s.lx(j)
	if e == nil {
		if det == wPast && hasThe {
			return s.fixed(i, j, timeline.TypeDate, "PAST_REF"), true
		}
		if det == wNone && s.isWord(j, "near") && s.w(j+1) == wFuture {
			return s.fixed(i, j+2, timeline.TypeDate, "FUTURE_REF"), true
		}
		return cand{}, false
	}
	if e.unit > 0 && s.toks[j].cap && s.toks[j-1].cap && j-1 > i-1 && s.toks[j-1].kind == tkWord {
		return cand{}, false // a title: ABC's "This Week"
	}
	if hasThe && det == wNone && !e.plural && !s.toks[j].cap && s.w(j+1) == wThat && s.isWord(j+2, "followed") {
		// "in the winter that followed", "the year that followed": the
		// next one after the last date, as "the following winter"; the
		// relative clause stays outside.
		switch {
		case e.season > 0:
			return s.deicticSeason(i, j, true, wFollowing, int(e.season))
		case e.unit >= uDay && e.unit <= uCentury:
			// (and "in the decade that followed", as "the following
			// decade": the next calendar decade)
			return s.deicticUnit(i, j, true, wFollowing, e.unit)
		}
	}
	switch {
	case e.unit > 0 && !e.plural:
		return s.deicticUnit(i, j, hasThe, det, e.unit)
	case e.unit > 0 && e.plural:
		switch {
		case det == wRecent && e.unit >= uYear:
			return s.fixed(i, j+1, timeline.TypeDate, "PAST_REF"), true // "in recent years": the recent past
		case det == wRecent:
			// "recent months": a plural unit with no number is a duration of
			// unknown length (TimeML: PXM), like "the past few months".
			return s.fixed(i, j+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
		case det == wComing && !hasThe:
			return s.fixed(i, j+1, timeline.TypeDate, "FUTURE_REF"), true // "in coming months"
		case det == wThese && e.unit == uDay:
			return s.fixed(i, j+1, timeline.TypeDate, "PRESENT_REF"), true
		case (det == wFollowing || det == wPrevious || det == wPrior) && hasThe:
			// "over the following centuries", "in the previous months": a
			// stretch of unknown length, like "the past few months".
			return s.fixed(i, j+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
		case det == wPast || det == wLast || det == wNext || det == wComing:
			if hasThe || det == wPast {
				return s.fixed(i, j+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
			}
		}
	case e.month > 0 && s.toks[j].cap && (hasThe || det == wThat || det == wFollowing || det == wSame):
		return s.anchoredMonth(i, j, hasThe, det, int(e.month))
	case e.month > 0 && s.toks[j].cap && !hasThe:
		if !s.t.hasDCT {
			return cand{}, false
		}
		m := int(e.month)
		y := s.t.dct.y
		// "last Oct. 23": the day, in the year the determiner picks.
		day, end := 0, j+1
		if det == wLast || det == wNext || det == wPast || det == wComing {
			if dc, ok := s.pMonth(j); ok && dc.partial && dc.c.g == gDay && dc.c.m == m {
				day, end = dc.c.d, dc.j
			}
		}
		after := m > s.t.dct.m || m == s.t.dct.m && day > s.t.dct.d
		before := m < s.t.dct.m || m == s.t.dct.m && day > 0 && day < s.t.dct.d
		switch det {
		case wLast, wPast, wPrevious:
			if !before {
				y--
			}
		case wNext, wComing:
			if !after {
				y++
			}
		case wThis, wCurrent:
		case wThat:
			base, a, ok := s.anchorBase()
			if !ok {
				return cand{}, false
			}
			c := s.date(i, j+1, cal{g: gMonth, y: base.y, m: m})
			c.anchor = a
			return c, true
		default:
			return cand{}, false
		}
		if day > 0 {
			return s.date(i, end, cal{g: gDay, y: y, m: m, d: min(day, timeline.DaysIn(y, m))}), true
		}
		return s.date(i, j+1, cal{g: gMonth, y: y, m: m}), true
	case e.weekday > 0 && !e.plural && s.toks[j].cap && hasThe && (det == wPrevious || det == wFollowing || det == wNext):
		// "the previous Friday", "the following Monday": counted from the
		// day the story is on.
		b, a, ok := s.anchorBase()
		if !ok || b.g < gDay {
			if s.dayRef < 0 || s.dayPi != s.toks[i].pi {
				return cand{}, false
			}
			b, a = s.dayCal, s.dayRef
		}
		n, wd := b.day(), int(e.weekday)
		bw := timeline.Weekday(n)
		d := n + (wd-bw+6)%7 + 1
		if det == wPrevious {
			d = n - ((bw-wd+6)%7 + 1)
		}
		c := s.date(i, j+1, fromDay(d))
		c.anchor, c.noRef = a, det == wPrevious // a look back: the story stays on its day
		return c, true
	case e.weekday > 0 && !e.plural && s.toks[j].cap && !hasThe:
		if !s.t.hasDCT {
			return cand{}, false
		}
		b := s.t.dct.day()
		bw := timeline.Weekday(b)
		wd := int(e.weekday)
		var d int
		switch det {
		case wLast, wPast, wPrevious:
			d = b - ((bw-wd+6)%7 + 1)
		case wNext, wComing:
			d = b + (wd-bw+6)%7 + 1
		case wThis:
			d = b - bw + wd
		default:
			return cand{}, false
		}
		if k := j + 2; s.isPunct(j+1, ',') && s.depth == 0 && k < len(s.toks) && (s.isMonthAt(k) || s.toks[k].kind == tkNum) {
			// "next Friday, October 24": the day the apposition gives,
			// when it falls on that weekday, as "Friday, October 24".
			s.depth++
			var dc cand
			var ok bool
			if s.isMonthAt(k) {
				dc, ok = s.pMonth(k)
			} else {
				dc, ok = s.pDayMonth(k)
			}
			s.depth--
			if ok && dc.i == k && dc.typ == timeline.TypeDate && dc.val == "" && dc.c.g == gDay && dc.c.m > 0 && dc.c.d > 0 {
				y := dc.c.y
				if dc.partial || dc.c.noYear {
					y = fromDay(d).y
					if n := timeline.DaysFromCivil(y, dc.c.m, min(dc.c.d, timeline.DaysIn(y, dc.c.m))) - d; n > 183 {
						y--
					} else if n < -183 {
						y++
					}
				}
				if dc.c.d <= timeline.DaysIn(y, dc.c.m) {
					if n := timeline.DaysFromCivil(y, dc.c.m, dc.c.d); timeline.Weekday(n) == wd {
						return s.date(i, dc.j, fromDay(n)), true
					}
				}
			}
		}
		c := s.date(i, j+1, fromDay(d))
		if p := s.lx(j + 1); p != nil && p.pod > 0 {
			if p.pod != 1 && p.pod != 4 {
				// "last Friday evening" keeps its part; "next Friday
				// night", "last Saturday morning" are the day alone, as
				// "Friday night" is
				c.typ = timeline.TypeTime
				c.c.g, c.c.part = gPartOfDay, int(p.pod)
			}
			c.j++
		}
		return c, true
	case e.season > 0:
		return s.deicticSeason(i, j, hasThe, det, int(e.season))
	case e.pod > 0 && hasThe && (det == wNext || det == wFollowing || det == wPrevious && !e.plural):
		// "the next morning": the day after the last one mentioned
		// (TimeBank annotates the day); "the previous evening" the day
		// before it.
		b, a, ok := s.anchorBase()
		if !ok {
			return cand{}, false
		}
		if b.g < gDay && s.dayRef >= 0 && s.dayPi == s.toks[i].pi && s.dayCal.y == b.y {
			b, a = s.dayCal, s.dayRef // the day the paragraph is about, in the year it is still in
		}
		if b.g < gDay && !s.t.hasDCT && s.leadDayOK(i) {
			b, a, _ = s.leadEventDay(i) // the event's day, come to again after the background
		}
		if b.g < gDay {
			if b.noYear || b.g < gYear {
				return cand{}, false
			}
			// A day of a known year: "1917-XX-XX".
			c := s.fixed(i, j+1, timeline.TypeDate, cal{g: gYear, y: b.y}.format()+"-XX-XX")
			c.anchor, c.noRef = a, true
			return c, true
		}
		if det == wPrevious {
			c := s.date(i, j+1, fromDay(b.day()-1))
			c.anchor, c.noRef = a, true
			return c, true
		}
		b, _ = s.nightStart(b, a) // "the night of 25–26 March ... the next morning" is the 26th's
		c := s.date(i, j+1, fromDay(b.day()+1))
		c.anchor = a
		return c, true
	case e.pod > 0 && (!hasThe || det == wSame):
		// ("the same afternoon" as "that same afternoon")
		var base cal
		var anchor = -1
		switch det {
		case wThis:
			if !s.t.hasDCT {
				return cand{}, false
			}
			base = s.t.dct
		case wLast:
			if !s.t.hasDCT || e.pod != 4 || i > 0 && (s.w(i-1) == wThe || s.isWordIn(i-1, "its", "their", "his", "her", "our", "my", "your")) {
				// ("cut the last night shift", "on their last night in
				// Rome": the final one, no night before the DCT)
				return cand{}, false
			}
			base = fromDay(s.t.dct.day() - 1)
		case wThat, wSame:
			b, a, ok := s.anchorBase()
			if ok && b.g < gDay && !b.noYear && s.dayRef >= 0 && s.dayPi == s.toks[i].pi && s.dayCal.y == b.y {
				// "A week later Napoleon entered Moscow. Fires broke out
				// that night": the day the paragraph is on.
				b, a = s.dayCal, s.dayRef
			}
			if ok && b.g < gDay && s.t.hasDCT && s.dayRef >= 0 && s.dayTok >= 0 && s.dayTok < i && s.dayCal.g >= gDay && !s.dayCal.noYear &&
				s.dayCal.day() < s.t.dct.day() && (s.tense(i) < 0 || s.pastClauseBefore(i)) {
				// In news "that afternoon" told in the past points back to
				// the last day the text named: a year or month named since
				// has no afternoon ("The quake struck on 22 February 2011.
				// The cathedral's repair began last year. Jenny was at her
				// desk that afternoon" is 22 February's).
				b, a = s.dayCal, s.dayRef
			}
			if ok && s.backDay >= 0 && s.backDay == len(s.res.Timexes)-1 && s.backTok < i && s.oneSentence(s.backTok, i) {
				// A day just counted back, in the same sentence, is the
				// day meant: "The day before, the guns had opened a
				// breach, and that night the defenders slipped away".
				b, a = s.backCal, s.backDay
			}
			if ok && b.g < gDay && !s.t.hasDCT && s.dayRef >= 0 && s.dayTok >= 0 && s.dayTok < i && s.dayPi == s.toks[i].pi && s.dayCal.g >= gDay && !s.dayCal.noYear {
				// A year named in passing since the paragraph's day has no
				// evening: "seized the arsenal on 2 April 1848. Their
				// leader spoke of the revolution of 1830. That evening the
				// troops withdrew" is 2 April's.
				b, a = s.dayCal, s.dayRef
			}
			if ok && b.g < gDay && !s.t.hasDCT && s.leadDayOK(i) {
				// "collapsed on 28 December 1879 ... had opened in June
				// 1878. ¶ The gap was found that night": the event's day,
				// come to again after the background.
				b, a, _ = s.leadEventDay(i)
			}
			if !ok || b.g < gDay {
				return cand{}, false
			}
			if e.pod >= 3 {
				b, _ = s.nightStart(b, a) // "On the night of 25–26 March ... arrested that night": the 25th's
			}
			base, anchor = b, a
		default:
			return cand{}, false
		}
		c := cand{i: i, j: j + 1, typ: timeline.TypeTime, c: base, anchor: anchor}
		c.c.g, c.c.part = gPartOfDay, int(e.pod)
		return c, true
	case e.w == wFuture && hasThe && det == wNone && !s.futureTitle(j):
		return s.fixed(i, j+1, timeline.TypeDate, "FUTURE_REF"), true
	case det == wPast && hasThe:
		return s.fixed(i, j, timeline.TypeDate, "PAST_REF"), true
	}
	return cand{}, false
}

// unknownOf gives the value of a date of unit u whose time the reader
// cannot tell ("XXXX-XX-XX" for a day), "" for the other units.
func unknownOf(u unit) string {
	switch u {
	case uYear:
		return "XXXX"
	case uMonth:
		return "XXXX-XX"
	case uWeek:
		return "XXXX-WXX"
	case uDay:
		return "XXXX-XX-XX"
	}
	return ""
}

// storyPart: "in the afternoon", "by the afternoon", "through the night",
// "throughout the night", "during the night", "in the early evening" of a narrative told day by
// day (news has rules of its own for these): a TIME, that part of the day the story is on ("On 14 July 1789
// ... in the afternoon they stormed the Bastille" is 1789-07-14TAF; TimeBank
// annotates "the morning" so). j is the token after "the"; a preposition
// of time must come before it, and the phrase must end ("the evening
// news", "the night of 4 August" are not this).
func (s *state) storyPart(i, j int) (cand, bool) {
	switch s.w(i - 1) {
	case wIn, wBy, wDuring, wThrough, wUntil:
	case wSince:
		// "had been rising since the afternoon": the part of the day
		// something ran on from, in a narrative told day by day.
		if s.t.hasDCT {
			return cand{}, false
		}
	default:
		if s.isWord(i-1, "throughout") {
			// "throughout the night", "throughout the afternoon": the
			// part of the day something lasts through, as "through the
			// night"
			break
		}
		if !s.isWord(i-1, "into") || s.isWordIn(i-2, "late", "far", "deep", "well") {
			// ("into the evening", "went on into the night": the part of
			// the day something lasts into, as "until the evening"; "late
			// into the night" is an idiom of lateness, left alone)
			return cand{}, false
		}
	}
	k, mod := j, ""
	switch s.w(k) {
	case wEarly:
		k, mod = k+1, "START"
	case wLate:
		k, mod = k+1, "END"
	}
	p := s.lx(k)
	if p == nil || p.pod == 0 || p.plural || s.toks[k].cap || s.ref < 0 && !s.t.hasDCT {
		return cand{}, false
	}
	switch n := k + 1; {
	case n >= len(s.toks) || s.toks[n].kind == tkPunct && (s.isPunct(n, ',') || s.isPunct(n, '.') || s.isPunct(n, ';')):
	case s.toks[n].kind == tkWord && s.toks[n].cap && s.lx(n) == nil:
	case s.storyWord(n):
	case k == j && s.openingSubject(i-1, n):
		// "By the evening ash had buried the town", "In the afternoon
		// crowds gathered": the phrase opens the sentence, a subject
		// follows.
	case k == j && i >= 3 && s.isWordIn(i-2, "and", "but") && s.isPunct(i-3, ',') && s.bareSubjectPast(n):
		// So it does opening a clause joined by ", and": "Gunfire was
		// heard at dawn, and by the afternoon soldiers were seen on the
		// roofs".
	case k == j && i >= 2 && s.isWordIn(i-2, "and", "but") && !s.isWordIn(n, "need", "feed", "seed", "speed", "bed", "red", "shed") &&
		s.pastVerbWord(n):
		// A second predicate of the clause's subject, opened by "and"
		// and its time: "attacked at dawn and by the evening had taken
		// the heights", "and by the afternoon held the ridge"; the verb
		// right after the phrase is the predicate's, as after a season.
	case k == j && s.relativeEndsBefore(i-1, n):
		// The phrase ends a relative clause in the past and the main
		// clause's verb follows: "a fire that began in a shop in the
		// evening destroyed the centre".
	default:
		return cand{}, false
	}
	var b cal
	a := -1
	// In news a day named as the limit of a span ("closed through
	// Friday", "open until Sunday") is not the day the story is on: the
	// night after it is the report's own ("will bring you updates through
	// the night").
	limit := s.t.hasDCT && s.refTok > 0 && s.refTok < i && s.isWordIn(s.refTok-1, "through", "until", "till")
	switch {
	case s.refCal.g >= gDay && !s.refCal.noYear && s.nearRef(i) && !limit:
		b, a = s.refCal, s.ref
	case s.dayRef >= 0 && s.dayPi == s.toks[i].pi && !s.dayCal.noYear && s.dayCal.y == s.refCal.y && !limit:
		b, a = s.dayCal, s.dayRef
	case !s.t.hasDCT && s.dayRef >= 0 && s.dayRef == s.ref && s.dayPi == s.toks[i].pi-1 && !s.dayCal.noYear:
		// A narrative's day runs on into the next paragraph while it
		// names no other date: "... surrounded the barracks by dawn on
		// 25 April. ¶ Crowds ignored the broadcasts. During the
		// afternoon thousands gathered" is that day's afternoon.
		b, a = s.dayCal, s.dayRef
	case !s.t.hasDCT && s.refCal.g < gDay && s.leadDayOK(i):
		// The event's day, come to again after the background without
		// naming it: "collapsed on 28 December 1879 ... had opened in
		// June 1878. ¶ The gale had been rising since the afternoon".
		b, a, _ = s.leadEventDay(i)
	case s.t.hasDCT:
		// In news, with no day named near, the day of the report: "the
		// fire started in the morning", as TimeBank's "placed heavy buy
		// orders in the morning" (the day the story is on). A night
		// gone by is the one before it: "crews worked through the
		// night".
		b = s.t.dct
	default:
		return cand{}, false
	}
	named := false
	if s.depth == 0 && s.w(k+1) == wOn {
		// "in the evening on Monday", "by the afternoon on Friday": the
		// day named right after the part of the day is its day (two
		// expressions, as "at 9 p.m. on Monday").
		s.depth++
		dc, ok := s.podDay(k + 2)
		s.depth--
		if ok && !dc.c.noYear {
			b, a, named = dc.c, dc.anchor, true
		}
	}
	if !named && s.t.hasDCT && podCode[p.pod] == "NI" && b.g >= gDay && b.day() == s.t.dct.day() && s.tense(i) <= 0 && !s.afterClockOn(b, i) {
		b, a = fromDay(b.day()-1), -1
	}
	if lt := s.lastTime; !named && !s.t.hasDCT && p.pod <= 2 && mod == "" && s.w(i-1) != wSince && lt.g == gTime && !lt.noYear && b.g >= gDay && lt.day() == b.day() && lt.hh >= 20 && (!s.pastPerfectSentence(i) || s.timeInSentence(i, false)) {
		// A morning or an afternoon told after a clock time of the
		// night of the story's day is the next day's: "entered the
		// fjord at 23:40 on 27 May, and by the afternoon the Germans
		// had withdrawn" is 28 May's afternoon (a past perfect after the
		// time in its sentence runs on from it, no flashback).
		b = fromDay(b.day() + 1)
	}
	c := cand{i: i, j: k + 1, typ: timeline.TypeTime, c: b, anchor: a, mod: mod}
	c.dctRel = a < 0
	c.c.g, c.c.part, c.c.hh, c.c.mm = gPartOfDay, int(p.pod), 0, 0
	return c, true
}

// relativeEndsBefore reports whether the preposition at p ends a
// relative clause in the past opened by "that", "which" or "who" after a
// noun ("a fire that began in a shop in"), and the word at n after its
// object is the past verb of the main clause, which the relative clause
// sits in the subject of: "the storm which struck in the night flattened
// the crops".
func (s *state) relativeEndsBefore(p, n int) bool {
	past := func(k int) bool {
		return s.pastForm(k) || s.verbOnly(k) && s.lx(k).tense == -1 && !s.toks[k].cap
	}
	if !past(n) || !(s.clauseEnd(n+1) || s.isWordIn(n+1, "the", "a", "an", "his", "her", "its", "their", "much", "most", "many", "all", "it", "them", "him", "away", "off", "down", "up", "out")) {
		return false
	}
	verb := false
	for k := p - 1; k > 0 && k >= p-12; k-- {
		if s.sentenceEnd(k) || s.toks[k].kind == tkPunct {
			return false
		}
		if s.isWordIn(k, "that", "which", "who") && !s.toks[k].cap {
			return verb && s.toks[k-1].kind == tkWord && !past(k-1) && s.lx(k-1) == nil
		}
		if past(k) {
			verb = true
		}
	}
	return false
}

// lastNightOf reports whether the last TIME named is the evening or the
// night of day ("That night the divisions took off", "that evening").
func (s *state) lastNightOf(day cal) bool {
	if day.g < gDay || day.noYear {
		return false
	}
	for k := len(s.res.Timexes) - 1; k >= 0; k-- {
		x := &s.res.Timexes[k]
		if x.Type != timeline.TypeTime {
			continue
		}
		d := cal{g: gDay, y: day.y, m: day.m, d: day.d}.format()
		return x.Value == d+"TNI" || x.Value == d+"TEV"
	}
	return false
}

// afterNightOf reports whether the last time named is of the evening or
// night of day (a clock time from 18:00, "that night", "that evening") and
// the sentence of token i is not in the past perfect: a morning told then
// is the next day's. (A day's span, "from sunup to sundown", is left to
// its caller.)
func (s *state) afterNightOf(day cal, i int) bool {
	lt := s.lastTime
	late := lt.g == gTime && !lt.noYear && lt.y == day.y && lt.m == day.m && lt.d == day.d && lt.hh >= 18
	return (late || s.lastNightOf(day)) && (!s.pastPerfectSentence(i) || s.nightInSentence(i))
}

// nightInSentence reports whether the last time named, one of the evening
// or the night, stands earlier in the sentence of token i: a past perfect
// after it then runs on from it, no flashback ("the swarms arrived at dusk
// on Thursday and had eaten the crop by morning" is Friday morning).
func (s *state) nightInSentence(i int) bool {
	return s.timeInSentence(i, true)
}

// timeInSentence reports whether the last time named stands earlier in
// the sentence of token i (when night, only one of the evening or the
// night).
func (s *state) timeInSentence(i int, night bool) bool {
	for k := len(s.res.Timexes) - 1; k >= 0; k-- {
		x := &s.res.Timexes[k]
		if x.Type != timeline.TypeTime {
			continue
		}
		if night && !strings.HasSuffix(x.Value, "TEV") && !strings.HasSuffix(x.Value, "TNI") {
			return false
		}
		for m := i - 1; m >= 0 && m >= i-40; m-- {
			if s.sentenceEnd(m) {
				return false
			}
			if int(s.toks[m].start) == x.Span.Start {
				return true
			}
		}
		return false
	}
	return false
}

// pastPerfectSentence reports whether the sentence of token i is in the
// past perfect.
func (s *state) pastPerfectSentence(i int) bool {
	lo, hi := i, i
	lo = s.sentStart(lo, 40)
	hi = s.sentEnd(hi, 40)
	// A clause of its own, joined by ", and", ", but" or ";" before the
	// time and told in the simple past, moves the story on: "By midnight
	// it had spread to the closes, and shortly after 2 a.m. the steeple
	// caught fire" is no look back.
	for k := i - 1; k > lo; k-- {
		if (s.isPunct(k, ',') && s.isWordIn(k+1, "and", "but") || s.isPunct(k, ';')) && !s.pastPerfect(k+1, hi) && s.pastFormBefore(k+1, hi+1) {
			return false
		}
	}
	return s.pastPerfect(lo, hi)
}

// afterClockOn reports whether a clock time of the afternoon of day b was
// named in the paragraph of token i or the one before: a night told after
// it is the one that follows it ("The quake struck at 12:51 p.m. on
// Tuesday. Rescuers worked through the night" is Tuesday night, even in a
// report dated Tuesday). (A morning reading may be the report's own time:
// "It is 6 a.m. ... Crews worked through the night" is the night before.)
func (s *state) afterClockOn(b cal, i int) bool {
	if s.clockRef < 0 || s.clockRef >= len(s.res.Timexes) || s.clockCal.noYear || s.clockCal.day() != b.day() || s.clockCal.hh < 12 || s.clockCal.hh >= 18 {
		return false
	}
	x := &s.res.Timexes[s.clockRef]
	for k := i - 1; k >= 0; k-- {
		if int(s.toks[k].start) <= x.Start {
			return s.toks[i].pi-s.toks[k].pi <= 1
		}
	}
	return false
}

// storyWord reports whether the word at k can start the clause after a
// time phrase: a pronoun, a determiner or a conjunction ("in the
// afternoon they stormed the Bastille", "by the afternoon the lines had
// collapsed"), not a noun the phrase modifies ("the evening news").
func (s *state) storyWord(k int) bool {
	switch s.w(k) {
	case wThe, wA, wAnd, wWhen, wOn, wIn, wAt, wUntil, wAfter, wBefore, wBy, wTo:
		return true
	}
	// (a quantifier before the subject too: "by mid-century both sides
	// were exhausted", "by the afternoon most of the guns were silent")
	return s.isWordIn(k, "they", "he", "she", "it", "we", "his", "her", "their", "its", "but", "as", "with", "there", "an",
		"both", "most", "all", "many", "few", "several", "some", "only", "nearly", "almost", "this", "these", "those", "no", "none", "every", "each")
}

// decadeName reports whether token k is a decade spelt out in words
// ("sixties", "Nineties").
func (s *state) decadeName(k int) bool {
	return s.isWordIn(k, "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
}

// spelledDecade: "the nineties", "through the Sixties": a decade of the
// century the story is in (in news the last one that has had it, as "the
// '60s"); not temperatures ("highs in the nineties").
func (s *state) spelledDecade(i, j int) (cand, bool) {
	century := 0
	if e := s.lx(j); e != nil && e.hasNum && !e.tens && (e.num == 18 || e.num == 19) {
		// "the nineteen-seventies", "the nineteen eighties": the century
		// spoken before the decade
		k := j + 1
		if s.isPunct(k, '-') && s.tight(k) && s.tight(k+1) {
			k++
		}
		century, j = int(e.num)*100, k
	}
	n := 0
	for k, w := range [...]string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
		if s.isWord(j, w) {
			n = 20 + 10*k
		}
	}
	if n == 0 || s.isPunct(j+1, '-') {
		return cand{}, false
	}
	for k, m := i-1, 0; k >= 0 && m < 12 && !s.sentenceEnd(k); k, m = k-1, m+1 {
		for _, w := range [...]string{"temperature", "temperatures", "degrees", "highs", "lows", "high", "low", "percent"} {
			if s.isWord(k, w) {
				return cand{}, false
			}
		}
	}
	if century > 0 {
		return s.date(i, j+1, cal{g: gDecade, y: (century + n) / 10}), true
	}
	y := s.twoDigitDecade(n)
	if !s.t.hasDCT {
		if s.ref < 0 || s.refCal.noYear || s.refCal.g < gYear || s.refCal.y < 1000 {
			return cand{}, false
		}
		y = s.refCal.y/100*100 + n
	}
	return s.date(i, j+1, cal{g: gDecade, y: y / 10}), true
}

// futureAdjective reports whether "future" at token k, after "the", is
// the adjective before a noun that names someone by what they would
// become: "Mustafa Kemal, the future founder of the republic", "met the
// future king". The noun "the future" is the object of a preposition
// ("in the future we", "students of the future study") or the subject
// of a verb ("the future looks bright", "the future seemed", "the future
// will"); a noun after it is singular, with no -s, -ed or -ly.
func (s *state) futureAdjective(k int) bool {
	n := k + 1
	if k < 1 || n >= len(s.toks) || s.w(k-1) != wThe || s.toks[n].kind != tkWord || s.toks[n].cap || !(s.toks[n].lex() == nil || s.verbOnly(n)) {
		return false
	}
	if k >= 2 && s.isWordIn(k-2, "in", "into", "for", "of", "to", "about", "towards", "toward", "with", "on", "over", "from", "until", "till", "at", "by", "near", "through", "beyond", "face", "shape", "see", "predict", "foresee", "fear", "secure", "plan") {
		return false
	}
	w := s.word(n)
	if len(w) < 3 || w[len(w)-1] == 's' || bytes.HasSuffix(w, []byte("ed")) || bytes.HasSuffix(w, []byte("ly")) || s.pastForm(n) {
		return false
	}
	return !s.isWordIn(n, "we", "they", "he", "she", "it", "you", "i", "will", "would", "may", "might", "can", "could", "should", "must", "shall", "did", "does", "do", "had", "has", "have", "was", "were", "is", "are", "lay", "lies", "belonged", "held", "remained", "seemed", "looked", "became", "began", "came", "brought", "meant", "that", "which", "who", "what", "when", "where", "and", "or", "but", "as", "than", "depends", "belong")
}

// futureTitle reports whether "the future" ending at token k is a title
// before a name: "Dadu, the future Beijing", "gave birth to the future
// Edward VI" (but "in the future Britain will ...").
func (s *state) futureTitle(k int) bool {
	if s.futureAdjective(k) {
		return true
	}
	if s.w(k-1) == wThe && s.w(k+1) == wOf && k+2 < len(s.toks) && s.toks[k+2].kind == tkWord {
		// "the future of the day centre", "important to the future of
		// our peoples": what becomes of a thing, its fate, no time.
		return true
	}
	n := k + 1
	if n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].cap && s.toks[n].lex() == nil && s.w(k-1) == wThe && s.w(k-2) != wIn && !s.isWord(k-2, "into") {
		return true
	}
	// "the future" before a lower-case noun is the adjective, the person
	// or thing something would later be: "the future emperor Titus", "the
	// future king", "the future capital" (not a verb after the noun "the
	// future": "the future looked bleak", "the future is", "the future
	// holds"; nor "in the future").
	if n < len(s.toks) && s.toks[n].kind == tkWord && !s.toks[n].cap && s.lx(n) == nil && s.w(k-1) == wThe && s.w(k-2) != wIn && !s.isWord(k-2, "into") &&
		!s.pastForm(n) && !s.isWordIn(n, "is", "was", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do",
		"has", "had", "that", "which", "who", "as", "but", "looks", "seems", "holds", "lies", "lay", "belongs", "remains", "depends", "rests", "appears", "became", "becomes") {
		w := s.word(n)
		return len(w) > 2 && (w[len(w)-1] != 's' || w[len(w)-2] == 's')
	}
	// A capital "Future" after a lower-case "the" and before a
	// capitalized word, inside a sentence, begins a name, whatever the
	// word after it: "funds for the Future Made in Australia plan",
	// "invested through the Future Fund" (but "The future" opening a
	// sentence, or "the Future" ending a title).
	if k >= 1 && s.toks[k].cap && s.w(k-1) == wThe && !s.toks[k-1].cap && n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].cap && s.toks[n].sp && !s.toks[n].para {
		return true
	}
	// A capital "Future" after a lower-case "the" and a capitalized word
	// joined by "and" or "of" is a title or a name: "published Portugal
	// and the Future", "the Party of the Future".
	return k >= 3 && s.toks[k].cap && s.w(k-1) == wThe && !s.toks[k-1].cap && (s.w(k-2) == wAnd || s.w(k-2) == wOf) &&
		s.toks[k-3].kind == tkWord && s.toks[k-3].cap && !s.sentenceEnd(k-4)
}

// spanStartBase returns the start of the span whose end base is (the
// date at index a, the end of a range just given), for a look back:
// what was earlier than a span was before its start. "The war of
// 1826-28 ... lands lost thirteen years before" is 1813, "from 1853 to
// 1856. Ten years earlier" 1843, "lasted from 1788 to 1790. The previous
// year" 1787. Otherwise it returns base.
func (s *state) spanStartBase(base cal, a int) cal {
	if a >= 0 && a == s.rangeTo && !s.t.hasDCT && !s.rangeFrom.noYear && s.rangeFrom.g >= gYear && s.rangeFrom.g != gWeek && base.g >= gYear && !base.noYear && s.rangeFrom.y <= base.y {
		return s.rangeFrom
	}
	return base
}

// anchoredMonth: "that September", "the following January", "the
// previous December", "that same month" of a narrative: the month named,
// counted from the last date mentioned (the DCT when there is none).
// "The following January" after the spring of 1915 is 1916-01; "the
// previous December" before August 1942 is 1941-12.
func (s *state) anchoredMonth(i, j int, hasThe bool, det wid, m int) (cand, bool) {
	switch {
	case det == wThat || det == wSame || det == wFollowing:
	case hasThe && (det == wNext || det == wPrevious || det == wPrior):
	default:
		return cand{}, false
	}
	base, a, ok := s.anchorBase()
	if !ok || base.noYear || base.g < gYear {
		return cand{}, false
	}
	// first and last month of the anchor, when it has months
	first, last := 0, 0
	switch base.g {
	case gMonth, gWeek, gDay, gPartOfDay, gTime:
		first, last = base.m, base.m
	case gSeason:
		first = seasonStart[base.part]
		last = first + 2
	case gQuarter:
		first = (base.part-1)*3 + 1
		last = first + 2
	case gHalf:
		first = (base.part-1)*6 + 1
		last = first + 5
	}
	if det == wPrevious || det == wPrior {
		if sb := s.spanStartBase(base, a); sb != base {
			base = sb
			first, last = 0, 0
			if base.g >= gMonth && base.g != gWeek && base.g != gSeason && base.g != gQuarter && base.g != gHalf {
				first, last = base.m, base.m
			}
		}
	}
	y := base.y
	switch det {
	case wFollowing, wNext:
		if first == 0 && !(a >= 0 && a == s.headRef) || first > 0 && m <= last {
			y++ // (after a heading's span, the first such month in it)
		}
	case wPrevious, wPrior:
		if first == 0 || m >= first {
			y--
		}
	}
	c := s.date(i, j+1, cal{g: gMonth, y: y, m: m})
	c.anchor = a
	c.noRef = det == wPrevious || det == wPrior // a look back, like "a year earlier"
	if c.noRef && s.pastPerfectClause(i, j+1) {
		// In the past perfect the look back is a flashback: "had landed
		// the previous September; by November the king had been
		// captured" counts on from it to the sentence's end.
		c.noRef, c.flash = false, true
	}
	return c, true
}

// wouldBefore reports whether "would" stands before token i in its
// clause: back to the sentence's start or an opening bracket, within 15
// tokens.
func (s *state) wouldBefore(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 15; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.isPunct(k, '(') {
			return false
		}
		if s.isWord(k, "would") {
			return true
		}
	}
	return false
}

// deicticUnit handles a determiner before a singular unit.
func (s *state) deicticUnit(i, j int, hasThe bool, det wid, u unit) (cand, bool) {
	end := j + 1
	if (u == uQuarter || u == uHalf) && s.isPunct(end, '-') && s.tight(end) && s.tight(end+1) && end+1 < len(s.toks) &&
		s.toks[end+1].kind == tkWord && s.toks[end+1].lex() == nil {
		// "the quarter-finals", "the half-way mark": the first part of a
		// compound noun, a fraction, not a quarter or half of a year (as
		// "a quarter-point cut").
		return cand{}, false
	}
	if s.isPunct(end, '-') && s.tight(end) && s.tight(end+1) && s.w(end+1) == wLong {
		return cand{}, false // "the week-long strike": the adjective is the expression
	}
	if u == uFortnight && hasThe && (det == wNext || det == wComing || det == wPast || det == wLast || det == wFollowing && (s.spanBefore(i) || s.w(i-1) == wIn || s.w(i-1) == wDuring)) && s.w(end) != wOf {
		// "over the next fortnight", "in the past fortnight": the two
		// weeks ahead or behind, a DURATION, as "the next two weeks"; so
		// "for the following fortnight", as "for the following two
		// weeks".
		return s.fixed(i, end, timeline.TypeDuration, "P2W"), true
	}
	if u == uSecond || u == uMinute || u == uHour {
		if hasThe && (det == wPast || det == wLast || (det == wNext || det == wComing) && (s.spanBefore(i) || s.w(i-1) == wIn || s.w(i-1) == wDuring)) && s.w(end) != wOf {
			// "within the past hour": the stretch up to now, like "the
			// past week"; "over the next hour" the stretch ahead, as "the
			// next two hours"
			return s.fixed(i, end, timeline.TypeDuration, durValue(1, u, false)), true
		}
		return cand{}, false
	}
	if hasThe && det == wNone && (u == uDay || u == uMonth || u == uYear) && (s.w(end) == wBefore || s.w(end) == wAfter) && (s.isPunct(end+1, ',') && (i == 0 || s.sentenceEnd(i-1)) || s.frontedBeforeClause(i, end)) {
		// "The day before, drones had hit a refinery": opening a
		// sentence, the day before (after) the one just named, as "the
		// previous day". (At a clause's end, "the year before" is mostly
		// left untagged in TimeBank, and so is "the day before".)
		// ("The year before, the allies had lost at Denain": the year
		// before the one just named, at the year's granularity.)
		base, a, ok := s.anchorBase()
		if ok && u == uDay && (base.g < gDay || base.g == gWeek) {
			// After a month or a year named since the day of the story,
			// the day the paragraph is on, or in news the DCT's: "held
			// rates on Thursday. ... cuts in December, February and
			// March. The decision was expected. The day before, figures
			// showed" is Wednesday.
			switch {
			case s.dayRef >= 0 && s.dayPi == s.toks[i].pi && !s.dayCal.noYear:
				base, a = s.dayCal, s.dayRef
			case s.t.hasDCT && (s.dayRef < 0 || s.dayPi != s.toks[i].pi):
				base, a = s.t.dct, -1
			}
		}
		if !ok || base.g < unitGran(u) || base.g == gWeek || base.noYear {
			return cand{}, false
		}
		n := -1
		if s.w(end) == wAfter {
			n = 1
		}
		c := s.date(i, end+1, coarsen(rel(base, u, n), unitGran(u)))
		c.anchor, c.noRef = a, n < 0
		return c, true
	}
	if hasThe && det == wNone && (u == uDay || u == uWeek || u == uMonth || u == uYear) && (s.w(end) == wBefore || s.w(end) == wAfter && u != uWeek) && s.ref >= 0 && i > 0 &&
		(s.isPunct(end+1, '.') || s.isPunct(end+1, ',') || s.isPunct(end+1, ';') || s.isPunct(end+1, ')') || s.w(end+1) == wTo && s.infinitive(end+1) || s.w(end) == wBefore && s.laterEnds(end+1)) &&
		s.toks[i-1].kind == tkWord && (!s.isWordIn(i-1, "million", "billion", "trillion", "percent", "cents", "points", "than", "from", "of", "on", "in") || s.inParticle(i-1) || s.w(i-1) == wOf && s.eventNoun(i-2)) {
		// "had begun the raids the year before.", "had arrived in
		// Salalah the day before to relieve the first": after a verb's
		// clause, with nothing after "before" that it could govern, the
		// day (year) before the one just named, as "the previous day".
		// After a figure ("down from $450 million the year before") it is
		// a comparison TimeBank leaves untagged, and before a clause or a
		// noun ("the day before authorities issued a warrant") it is
		// counted from an event. So, counting on, is "the year after",
		// "the day after": "work stopped in 1861 and resumed the year
		// after." is 1862, as "the following year".
		// ("lost two fighters the next day and a helicopter the day
		// after.": the day after the one just named, as "the next day".)
		// After an event dated by "of" it is that event's date: "since
		// the campaign of the year before.", "the battle of the day
		// before." (not a part of a stretch: "most of the year before").
		base, a, ok := s.anchorBase()
		if ok && u == uDay && (base.g < gDay || base.g == gWeek) && s.dayRef >= 0 && s.dayPi == s.toks[i].pi && !s.dayCal.noYear && s.dayCal.g >= gDay {
			// After a year named in passing since the day the paragraph
			// tells of, that day: "On 25 May the rebels burned the Custom
			// House. Elections under the Act of 1920 had been held the
			// day before" is 24 May.
			base, a = s.dayCal, s.dayRef
		}
		n := -1
		if s.w(end) == wAfter {
			n = 1
		}
		if ok && base.g >= unitGran(u) && base.g != gWeek && !base.noYear {
			c := s.date(i, end+1, coarsen(rel(base, u, n), unitGran(u)))
			c.anchor, c.noRef = a, n < 0
			return c, true
		}
		if n > 0 {
			return cand{}, false
		}
		if ok && base.g == gMonth && !base.noYear && base.m > 0 && u == uWeek {
			// After a month, "the week before" is a week of its year the
			// text does not give, as "the following week" after a month:
			// "re-elected in October 2015; the EU had eased its sanctions
			// the week before" is 2015-WXX (not "the week" of the DCT's
			// year). ("the day before" after a month is left untagged.)
			c := s.fixed(i, end+1, timeline.TypeDate, cal{g: gYear, y: base.y}.format()+"-WXX")
			c.anchor, c.noRef = a, true
			return c, true
		}
	}
	if hasThe && det == wNone && s.t.hasDCT && (s.w(end) == wBefore && s.w(end+1) == wLast || s.w(end) == wAfter && s.w(end+1) == wNext) &&
		(u == uWeek || u == uMonth || u == uYear || u == uWeekend) {
		// "the week before last", "the year after next": two back or
		// ahead of the DCT's.
		n := -2
		if s.w(end) == wAfter {
			n = 2
		}
		if u == uWeekend {
			return s.fixed(i, end+2, timeline.TypeDate, weekOf(fromDay(s.t.dct.day()+7*n)).format()+"-WE"), true
		}
		return s.date(i, end+2, rel(s.t.dct, u, n)), true
	}
	news := func(n int) (cand, bool) {
		if !s.t.hasDCT {
			base, a, ok := s.anchorBase()
			if !ok {
				c := s.fixed(i, end, timeline.TypeDate, "XXXX")
				c.note = "relative date with no reference date"
				return c, true
			}
			if !hasThe && s.w(i-1) == wThe && base.g < unitGran(u) && base.g != gWeek {
				// the rest of "The previous day" that its rule left: no
				// date coarser than its unit
				return cand{}, false
			}
			c := s.date(i, end, rel(base, u, n))
			c.anchor = a
			return c, true
		}
		return s.date(i, end, rel(s.t.dct, u, n)), true
	}
	anchored := func(n int) (cand, bool) {
		base, a, ok := s.anchorBase()
		if u == uWeekend && ok && !base.noYear && (base.g == gDay || base.g == gPartOfDay || base.g == gTime || base.g == gWeek && base.wd == 0) && n >= -1 && n <= 1 {
			// "That weekend", "the following weekend", "the previous
			// weekend" after a day: the weekend of its week, the first one
			// after it, the one before it (-WE, as "the weekend" in news).
			var d int
			if base.g == gWeek {
				d = weekMonday(base) // the weekend ends its ISO week: "the following weekend" is that week's
				if n < 0 {
					d -= 7
				}
			} else {
				d = base.day()
				switch {
				case n > 0 && timeline.Weekday(d) >= 6:
					d += 7
				case n < 0:
					d -= 7
				}
			}
			c := s.fixed(i, end, timeline.TypeDate, weekOf(fromDay(d)).format()+"-WE")
			c.anchor, c.noRef = a, n < 0
			return c, true
		}
		if (u == uDecade || u == uCentury) && s.cref >= 0 {
			base, a, ok = s.crefC, s.cref, true
		}
		if u == uQuarter && (!ok || base.g != gQuarter) && s.t.hasDCT {
			// "the previous quarter" in a company report after a half or
			// a day: the quarter before the one reported on, not a shift
			// of whatever came last ("margins should widen in the first
			// half of 2026. In the previous quarter, ...").
			base, a, ok = s.discourseQuarter()
		}
		if unknown := unknownOf(u); !ok && unknown != "" && !s.t.hasDCT && n >= -1 && n <= 1 && !(end < len(s.toks) && s.isPunct(end, '-') && s.tight(end)) {
			// "the same year", "the following year", "the next day" in a
			// history that opens on it, with no date before it to count
			// from: a year (a day) all the same, one the reader cannot
			// tell (XXXX, XXXX-XX-XX).
			c := s.fixed(i, end, timeline.TypeDate, unknown)
			c.noRef = true
			return c, true
		}
		if !ok {
			return cand{}, false
		}
		if n < 0 {
			base = s.spanStartBase(base, a) // "from 1788 to 1790. The previous year" is 1787
		}
		if u == uDay && (n == 0 || hasThe && (n == 1 || n == -1)) && base.g < gDay && s.dayRef >= 0 && s.dayTok >= 0 && s.dayTok < i && !s.dayCal.noYear && s.oneSentence(s.dayTok, i) {
			// "died on 11 August 1447, and his son (r. 1447–1470) was
			// proclaimed king the same day": the day the sentence named,
			// past the years named since; so "signed on 17 October 2023,
			// promising a vote in 2024, and sanctions were eased the
			// following day" is the day after the signing.
			base, a = s.dayCal, s.dayRef
			base.g, base.part, base.hh, base.mm = gDay, 0, 0, 0
		}
		if hasThe && n == 1 && (u == uMonth || u == uWeek || u == uDay) && base.g < unitGran(u) && s.flashEnd >= 0 && i <= s.flashEnd && s.saved.ref >= 0 &&
			s.saved.refCal.g >= unitGran(u) && s.saved.refCal.g != gWeek && !s.saved.refCal.noYear && s.wouldBefore(i) {
			// A look ahead in the future in the past inside an aside
			// counts from the story's day, past the aside's years: "The
			// rebels took the town on 3 June 1685. Their leader (born
			// in 1649, he would be beheaded the following month)" is
			// July 1685.
			base, a = s.saved.refCal, s.saved.ref
		}
		if hasThe && n == 1 && u == uWeek && base.g == gMonth && !base.noYear && a >= 0 && a < len(s.res.Timexes) && s.res.Timexes[a].Mod == "START" &&
			s.dayRef >= 0 && s.dayRef < a && s.dayPi == s.toks[i].pi && !s.dayCal.noYear && s.dayCal.g >= gDay && s.dayCal.g != gWeek &&
			s.dayCal.y == base.y && s.dayCal.m == base.m && s.dayCal.d > 0 && s.dayCal.d <= 10 {
			// "the following week" after the early part of a month whose
			// opening day the paragraph named: the week after that day,
			// the one point the early part is told from ("war broke out
			// on 2 March. Skirmishes went on in early March, and envoys
			// met the following week" is the week after 2 March).
			base, a = s.dayCal, s.dayRef
			base.g, base.part, base.hh, base.mm = gDay, 0, 0, 0
		}
		if base.g < unitGran(u) && !(u == uWeek && base.g >= gDay) {
			if n == 0 && base.g >= gYear {
				return cand{}, false
			}
			if base.g < unitGran(u) {
				if base.g >= gYear && u <= uMonth {
					if hasThe && n != 0 && !base.noYear && base.g != gWeek && (base.g != gQuarter && base.g != gHalf && base.g != gSeason || !s.t.hasDCT) && (u == uWeek || u == uMonth || u == uDay) && s.depth == 0 {
						// (in a narrative after a season or half too: "in
						// the second half of 1942 ... The previous day")
						// "indicted in March and arraigned the following
						// week", "closed in 1998 and reopened the following
						// month": a date whose year (and month) is known, the
						// rest not.
						v := cal{g: gYear, y: base.y}.format()
						switch {
						case u == uWeek:
							v += "-WXX"
						case u == uMonth:
							v += "-XX"
						case base.g >= gMonth:
							v = cal{g: gMonth, y: base.y, m: base.m}.format() + "-XX"
						default:
							v += "-XX-XX"
						}
						c := s.fixed(i, end, timeline.TypeDate, v)
						c.anchor, c.noRef = a, true
						return c, true
					}
					return cand{}, false
				}
			}
		}
		if u == uDay && n == 1 && hasThe {
			base, _ = s.nightStart(base, a) // "the night of 25–26 March ... the next day" is the 26th
		}
		c := s.date(i, end, rel(base, u, n))
		c.anchor = a
		return c, true
	}
	switch det {
	case wThis, wCurrent:
		if u == uWeekend && s.t.hasDCT {
			return s.fixed(i, end, timeline.TypeDate, weekOf(s.t.dct).format()+"-WE"), true
		}
		return news(0)
	case wLast, wPast, wPrevious, wPrior:
		if det == wLast && (hasThe || s.w(i-1) == wThe) && s.w(end) == wTo && s.infinitive(end) {
			// "Tuesday is the last day to apply": the last in an order,
			// not the stretch up to now
			return cand{}, false
		}
		if det == wLast && (hasThe || s.w(i-1) == wThe) && u == uDay && s.w(end) == wOf {
			// "the last day of school", "the last day of the session": the
			// last in an order too, unless a time follows ("the last day
			// of the year")
			k := end + 1
			if s.w(k) == wThe {
				k++
			}
			if e := s.lx(k); e == nil || e.unit == 0 && e.month == 0 && e.season == 0 && e.weekday == 0 {
				return cand{}, false
			}
			// "the last day of the year", "the last day of June 1944": that day
			if (s.w(end+1) == wThe || s.w(end+1) == wThat) && s.lx(end+2) != nil && !s.lx(end+2).plural && (s.lx(end+2).unit == uYear || s.lx(end+2).unit == uMonth) {
				base, a, ok := s.base(true, i)
				if ok && !base.noYear && (base.g >= gMonth || base.g == gYear && s.lx(end+2).unit == uYear) {
					d := cal{g: gDay, y: base.y, m: 12, d: 31}
					if s.lx(end+2).unit == uMonth {
						d.m, d.d = base.m, timeline.DaysIn(base.y, base.m)
					}
					c := s.date(i, end+3, d)
					c.anchor = a
					return c, true
				}
			}
			if s.depth == 0 {
				s.depth++
				p, ok := s.core(end + 1)
				s.depth--
				if ok && p.i == end+1 && p.typ == timeline.TypeDate && p.val == "" && p.mod == "" && (p.c.g == gYear || p.c.g == gMonth) {
					p = s.resolve(p)
					if !p.c.noYear {
						d := cal{g: gDay, y: p.c.y, m: 12, d: 31}
						if p.c.g == gMonth {
							d.m, d.d = p.c.m, timeline.DaysIn(p.c.y, p.c.m)
						}
						c := s.date(i, p.j, d)
						c.anchor = p.anchor
						return c, true
					}
				}
			}
		}
		if hasThe {
			if det == wPrevious || det == wPrior {
				// a look back, like "a year earlier": the story stays where it was
				c, ok := anchored(-1)
				c.noRef = true
				return c, ok
			}
			if u == uYear && s.t.hasDCT && s.w(end) != wOf {
				// "over the past year" in news: TimeBank and AQUAINT
				// annotate the year before the DCT (2 of 2), not P1Y.
				return news(-1)
			}
			return s.fixed(i, end, timeline.TypeDuration, durValue(1, u, false)), true
		}
		if u == uWeekend && s.t.hasDCT {
			return s.fixed(i, end, timeline.TypeDate, weekOf(fromDay(s.t.dct.day()-7)).format()+"-WE"), true
		}
		return news(-1)
	case wNext, wComing, wUpcoming:
		if hasThe && (u == uDecade || u == uCentury || det == wNext && !s.t.hasDCT && (u == uDay || u == uWeek || u == uMonth || u == uYear)) && s.spanBefore(i) {
			// "for the next decade he campaigned", "spent the next
			// century", "over the next decade", and in a story without
			// a DCT "within the next month": a length of time, not the
			// calendar decade or month. (In news "over the next year"
			// is as often the year after the DCT's.)
			return s.fixed(i, end, timeline.TypeDuration, durValue(1, u, false)), true
		}
		if hasThe && det == wNext {
			return anchored(1)
		}
		if u == uWeekend && s.t.hasDCT {
			// "next weekend": the weekend of the next week; "the coming
			// weekend": the first one ahead.
			d := s.t.dct.day()
			if det == wNext || timeline.Weekday(d) >= 6 {
				d += 7
			}
			return s.fixed(i, end, timeline.TypeDate, weekOf(fromDay(d)).format()+"-WE"), true
		}
		return news(1)
	case wFollowing:
		if hasThe && (u == uDecade || u == uCentury) && (s.w(i-1) == wFor || s.measureVerb(i-1)) {
			return s.fixed(i, end, timeline.TypeDuration, durValue(1, u, false)), true
		}
		if hasThe && !s.t.hasDCT && (u == uDay || u == uWeek || u == uMonth) && (s.w(i-1) == wFor || s.w(i-1) == wWithin || s.isWord(i-1, "throughout")) {
			// "For the following week they were becalmed": in a story
			// without a DCT a length of time, as "for the next week"
			// (not "over", which keeps the calendar period)
			return s.fixed(i, end, timeline.TypeDuration, durValue(1, u, false)), true
		}
		return anchored(1)
	case wThat, wSame:
		if det == wSame && hasThe && (s.w(end) == wIn || s.w(end) == wOf) && (s.isWordIn(end+1, "any", "every", "other", "previous", "earlier", "prior", "past") || s.w(end+1) == wEach) {
			// "warmer than the same month in any earlier year", "the same
			// week of every year": the unit of each year compared, no one
			// date.
			return cand{}, false
		}
		if det == wSame && hasThe && (u == uMonth || u == uQuarter) && s.w(end) == wLast && s.w(end+1) == wYear && s.t.hasDCT {
			// "rose 3% compared with the same month last year": the month
			// (quarter) of the year before, "last year" an expression of
			// its own, as "July 21 last year"
			c, ok := anchored(0)
			if ok && c.val == "" && !c.c.noYear && (c.c.g == gMonth || c.c.g == gQuarter) {
				c.c.y--
			}
			return c, ok
		}
		return anchored(0)
	case wLatest, wNone:
		if det == wNone && u == uWeekend && s.w(i) == wThe && s.w(end) == wOf && s.depth == 0 {
			// "the weekend of August 16", "the weekend of 16-17 August":
			// the weekend of that day's week.
			s.depth++
			d, ok := s.core(end + 1)
			if tk := s.toks[min(end+1, len(s.toks)-1)]; !ok && tk.kind == tkNum && tk.suf == sufNone && tk.ndig <= 2 && s.isPunct(end+2, '-') && s.tight(end+2) && s.tight(end+3) {
				// "16-17 August": the weekend the two days make
				if e, ok2 := s.pDayMonth(end + 3); ok2 && e.i == end+3 && e.typ == timeline.TypeDate && e.val == "" && e.c.g == gDay && int(tk.num) < e.c.d {
					d, ok = e, true
				}
			}
			s.depth--
			if ok && d.typ == timeline.TypeDate && d.val == "" && d.c.g == gDay && d.c.m > 0 {
				d.i = i
				d = s.resolve(d)
				if !d.c.noYear {
					c := s.fixed(i, d.j, timeline.TypeDate, weekOf(d.c).format()+"-WE")
					c.anchor = d.anchor
					return c, true
				}
			}
		}
		if det == wNone && u == uWeekend && !s.t.hasDCT && s.w(i) == wThe && (s.w(i-1) == wOver || s.w(i-1) == wDuring || s.w(i-1) == wAt || s.w(i-1) == wOn || s.w(i-1) == wThrough || s.w(i-1) == wBy || s.w(i-1) == wUntil) {
			// "On 9 November 1989 the border opened ... over the weekend
			// millions crossed": in a narrative, the weekend of the day
			// the story is on (the first one after a weekday); so "by the
			// weekend order had been restored".
			if base, a, ok := s.anchorBase(); ok && !base.noYear && base.g >= gDay {
				c := s.fixed(i, end, timeline.TypeDate, weekOf(fromDay(base.day())).format()+"-WE")
				c.anchor = a
				return c, true
			}
		}
		if det == wNone && u == uWeekend && s.t.hasDCT {
			// "over the weekend" in news is the one just past, "ahead of
			// the weekend" the coming one (the DCT's own on Saturday and Sunday).
			d := s.t.dct.day()
			if e, _, ok := s.entryDay(i); ok {
				// In a chronology's entry, the weekend of the entry's
				// day: "Nov. 18: The utility says most customers will
				// have power by the weekend."
				d = e.day()
			}
			t := s.tense(i)
			ahead := s.isWord(i-2, "ahead") || t == 0 && (s.w(i-1) == wFor || s.w(i-1) == wUntil || s.w(i-1) == wBy || s.isWord(i-1, "into")) ||
				s.possibilityBefore(i) || // "warned that storms could reach the area by the weekend"
				// what is left for the weekend, told late in the week, is
				// left for the coming one: "the jury was sent home for the
				// weekend", "the court adjourned for the weekend" (on a
				// Thursday or a Friday)
				(timeline.Weekday(d) == 4 || timeline.Weekday(d) == 5) && s.w(i-1) == wFor && s.isWordIn(i-2, "home", "adjourned", "recessed", "closed", "off", "away", "shut")
			if timeline.Weekday(d) < 6 && t <= 0 && !ahead {
				// (with no tense, "rain is on the way for the weekend",
				// "until the weekend" look ahead too)
				d -= 7
			}
			return s.fixed(i, end, timeline.TypeDate, weekOf(fromDay(d)).format()+"-WE"), true
		}
		if det == wNone && s.w(i) == wThe && (u == uWeek || u == uFortnight || u == uMonth || u == uDecade) && s.lx(end-1) != nil && s.lx(end-1).unit == u && !s.lx(end-1).plural &&
			(s.w(end) == wSince && !s.isWord(end+1, "then") || u == uDecade && (s.w(end) == wTo || s.w(end) == wThrough) && s.yearTokAt(end+1)) {
			// "in the week since the vote", "in the fortnight since the
			// schools reopened", "in the decade to 2020": a stretch of that
			// length up to a point, as "the year to March" and "the weeks
			// since", no calendar week or decade.
			return s.fixed(i, end, timeline.TypeDuration, durValue(1, u, false)), true
		}
		if det == wNone && s.w(i) == wThe && (u == uYear || u == uMonth || u == uDecade || u == uCentury) && i >= 3 && s.w(i-1) == wOf && s.isWord(i-2, "course") && s.w(i-3) == wThe {
			// "over the course of the year", "in the course of the
			// month": the year (month) the story is in
			if base, a, ok := s.anchorBase(); ok && !base.noYear && base.g >= unitGran(u) && base.g != gWeek {
				c := s.date(i, end, coarsen(base, unitGran(u)))
				c.anchor = a
				return c, true
			}
		}
		if det == wNone && u == uYear {
			return s.theYear(i, end)
		}
		if det == wNone && u == uWeek && (s.w(end) == wOf || s.isWord(end, "commencing") || s.isWord(end, "beginning") && s.w(i) == wThe) && s.depth == 0 {
			// "the week of March 6", "the week commencing 10 March"
			// (British): the ISO week of that day.
			s.depth++
			d, ok := s.core(end + 1)
			s.depth--
			if ok && d.typ == timeline.TypeDate && d.val == "" && d.c.g == gDay {
				d.i = i // the tense of the whole phrase: "spring break is the week of March 25"
				d = s.resolve(d)
				if !d.c.noYear {
					c := s.date(i, d.j, weekOf(d.c))
					c.anchor = d.anchor
					return c, true
				}
			}
		}
		if det == wNone && u == uWeek && s.w(i) == wThe && (s.isWord(end, "ended") || s.isWord(end, "ending") || s.w(end) == wTo || s.w(end) == wThrough) && (s.monthOrDayMonthAt(end+1) || s.weekdayAt(end+1)) {
			// "the week ended Nov. 5", "the week ending 10 April" of weekly figures is a reporting
			// period, as "the year ended Sept. 30" (theYear): a DURATION,
			// and the date apart; such weeks rarely are ISO weeks. So
			// "the week to 17 December", as "the year to March".
			return s.fixed(i, end, timeline.TypeDuration, "P1W"), true
		}
		if det == wNone && u == uWeek && s.w(i) == wThe && (s.w(end) == wAfter || s.w(end) == wBefore) && (s.clauseEnd(end+1) || s.seasonEnds(end+1)) {
			// "with opening statements the week after", "The week
			// before, prices fell": the ISO week after (before) the day
			// last named, as "the following week".
			if base, a, ok := s.anchorBase(); ok && a >= 0 && base.g >= gDay && !base.noYear {
				n := 7
				if s.w(end) == wBefore {
					n = -7
				}
				c := s.date(i, end+1, weekOf(fromDay(base.day()+n)))
				c.anchor = a
				return c, true
			}
		}
		if det == wNone && u == uWeek && s.t.hasDCT && s.w(end) != wOf {
			// "For the week, the index dropped", "the week's most active
			// session": TimeBank annotates a week of the DCT's year that
			// it does not pin down (4 of 4).
			return s.fixed(i, end, timeline.TypeDate, cal{g: gYear, y: s.t.dct.y}.format()+"-WXX"), true
		}
		if det == wNone && u == uMonth && s.w(i) == wThe && s.t.hasDCT && s.isWordIn(i-1, "for", "in", "during", "over") && s.clauseEnd(end) &&
			s.ref >= 0 && s.refCal.g == gMonth && !s.refCal.noYear {
			// "Retail sales rose 0.3 percent in March. Analysts had
			// forecast a gain for the month": in a report on a month's
			// figures, the month last named.
			c := s.date(i, end, s.refCal)
			c.anchor = s.ref
			return c, true
		}
		if u == uQuarter && det == wNone && s.w(i) == wThe && (s.isWord(end, "ended") || s.isWord(end, "ending")) && s.monthOrDayMonthAt(end+1) && s.depth == 0 {
			// "the quarter ended March 31", "the quarter ending June 30":
			// the calendar quarter that ends on that day (in a plan too);
			// a fiscal quarter that ends in another month is the calendar
			// quarter of its middle month, which holds most of it ("the
			// quarter ended Jan. 31" is November to January, Q4).
			s.depth++
			d, ok := s.core(end + 1)
			s.depth--
			if ok && d.typ == timeline.TypeDate && d.val == "" && d.c.g >= gMonth {
				d.i = i
				if d = s.resolve(d); !d.c.noYear && d.c.m > 0 {
					mid := cal{g: gMonth, y: d.c.y, m: d.c.m - 1}
					if mid.m == 0 {
						mid.y, mid.m = mid.y-1, 12
					}
					c := s.date(i, end, coarsen(mid, gQuarter))
					c.anchor = d.anchor
					return c, true
				}
			}
		}
		if u == uQuarter && s.t.hasDCT {
			q := coarsen(s.t.dct, gQuarter)
			if det == wNone || det == wLatest {
				q = shift(q, uQuarter, -1)
			}
			return s.date(i, end, q), true
		}
	}
	return cand{}, false
}

// monthOrDayMonthAt reports whether a month name ("Oct. 19", "June")
// or a day before one ("19 October", as British and Commonwealth copy
// writes it) starts at k.
func (s *state) monthOrDayMonthAt(k int) bool {
	return s.isMonthAt(k) || k < len(s.toks) && s.toks[k].kind == tkNum && s.toks[k].ndig <= 2 && s.isMonthAt(k+1)
}

// theYear: "the year ended Sept. 30" is a fiscal year, a duration
// (TimeML annotates the reporting period so); "for the year", "of the
// year" at the end of a phrase is the year of the reference date.
func (s *state) theYear(i, end int) (cand, bool) {
	if s.w(i) == wThe && s.isWordIn(end, "was", "is", "has", "had", "saw", "ended", "began", "brought", "proved") && !s.monthOrDayMonthAt(end+1) &&
		(i == 0 || s.sentenceEnd(i-1) || s.isWordIn(i-1, "that", "said", "says", "but", "and")) &&
		i > 0 {
		if x, y, ok := s.yearTopicBefore(i); ok {
			// "the year" as a subject after a year was the subject of a
			// sentence before it is that year: "Last year was the hottest
			// on record ... records go back to 1940 ... Scientists said
			// the year was probably warmer than any in 100,000 years".
			c := s.date(i, end, cal{g: gYear, y: y})
			c.anchor = x
			return c, true
		}
	}
	if (s.isWord(end, "ended") || s.isWord(end, "ending")) && (s.monthOrDayMonthAt(end+1) || s.w(end+1) == wIn && s.monthOrDayMonthAt(end+2) || s.dayWordAt(end+1)) || (s.w(end) == wTo || s.w(end) == wThrough) && s.w(i) == wThe &&
		(s.monthOrDayMonthAt(end+1) || s.w(end+1) == wEnd && s.isPunct(end+2, '-') && s.tight(end+2) && s.isMonthAt(end+3) ||
			s.w(end+1) == wThe && s.w(end+2) == wEnd && s.w(end+3) == wOf && (s.isMonthAt(end+4) || s.w(end+4) == wLast && s.isWord(end+5, "month"))) {
		// (and "the year to March", "the year to end-March", "the year to
		// the end of March", as the wire writes it, like "the three
		// months to June"; "the year through May", as "the 12 months
		// through August")
		return s.fixed(i, end, timeline.TypeDuration, "P1Y"), true
	}
	if s.w(i) == wThe && end == i+2 && s.isWordIn(i-1, "end", "ends", "ended", "ending", "finish", "finishes", "finished", "finishing", "close", "closes", "closed", "closing",
		"start", "starts", "started", "starting", "begin", "begins", "began", "beginning") && i >= 2 && s.toks[i-2].kind == tkWord && s.w(i-2) != wThe && !s.isWordIn(i-2, "an", "a", "its", "his", "her", "their", "our", "this", "that") {
		// "expect the index to end the year near 5,000", "shares started
		// the year at $40": the verb makes "the year" the one the figures
		// run through, the year of the reference date (the one just over
		// when a closing is told early in the next).
		base, a, ok := s.base(true, i)
		if !ok {
			return cand{}, false
		}
		y := base.y
		if a < 0 && s.t.hasDCT && s.t.dct.m <= 2 && s.isWordIn(i-1, "ended", "finished", "closed") {
			y--
		}
		c := s.date(i, end, cal{g: gYear, y: y})
		c.anchor = a
		return c, true
	}
	switch s.w(i - 1) {
	case wFor, wOf, wDuring:
	default:
		return cand{}, false
	}
	if s.w(i) == wThe && s.shareOfAnyYearBefore(i-1) {
		// "frozen for eight months of the year", "spends six months of
		// the year abroad": a share of any year, no year meant
		return cand{}, false
	}
	if end < len(s.toks) && !(s.isPunct(end, ',') || s.isPunct(end, '.') || s.w(end) == wOf && s.toks[min(end+1, len(s.toks)-1)].kind == tkPunct) && !s.reportedFigure(i-2) && !s.partOfYearBefore(i-1) && !s.rankOfYearBefore(i-1) && !(s.isWord(end-2, "full") && s.w(end) != wOf) && !(end-i == 3 && s.w(i-1) == wOf && s.isWordIn(i-2, "end", "start", "beginning", "middle", "rest", "remainder", "close") && s.w(end) != wOf) {
		// ("the busiest day of the year", "its last meeting of the
		// year on Friday": the year of a ranking is the year meant, as
		// at the end of a phrase; "for the full year and $2 billion in
		// the quarter": a whole year, not the start of a longer span)
		return cand{}, false
	}
	base, a, ok := s.base(true, i)
	if !ok {
		return cand{}, false
	}
	if a < 0 && s.t.hasDCT && s.qRef >= 0 && s.tense(i) <= 0 {
		// In a report on a quarter "the year" is that quarter's: "fourth-
		// quarter profit fell ... For the full year, profit was" in
		// January is last year's.
		base = s.qCal
	}
	c := s.date(i, end, cal{g: gYear, y: base.y})
	c.anchor = a
	return c, true
}

// pastPeriodPart reports whether the part (mod END or MID) of the DCT's
// decade or century lies ahead of the DCT while the date last named falls
// in an earlier decade or century.
func (s *state) pastPeriodPart(u unit, mod string) bool {
	if !s.t.hasDCT || s.crefC.noYear || s.crefC.y >= s.t.dct.y {
		return false
	}
	span, pos := 10, s.t.dct.y%10
	if u == uCentury {
		span, pos = 100, s.t.dct.y%100
	}
	cur, last := rel(s.t.dct, u, 0), rel(s.crefC, u, 0)
	if cur == last || last.g != cur.g {
		return false
	}
	switch mod {
	case "END":
		return pos < span*6/10
	case "MID":
		return pos < span*3/10
	}
	return false
}

// firstUnitSpan reports whether "the first month" (the at i, the unit at
// k) after a preposition of time stands alone as a length of time: an
// hour, week, month, year or decade, the phrase ending there as "the summer"
// does ("in the first month, and", "in the first year it faded",
// "during the first year after surgery", "for the first decade it lost
// money", P10Y as counted decades are). Not "the first
// week of March" (a date), "the first year that" nor "the first day" (a
// day of the story), and not "the first month's rent".
func (s *state) firstUnitSpan(i, k int) bool {
	e := s.lx(k)
	if e == nil || e.plural || !(e.unit == uHour || e.unit == uWeek || e.unit == uMonth || e.unit == uYear || e.unit == uDecade) {
		return false
	}
	switch s.w(i - 1) {
	case wIn, wDuring, wFor, wOver, wAfter:
	default:
		if !s.isWordIn(i-1, "within", "throughout") {
			return false
		}
	}
	if s.isPunct(k+1, '-') && s.tight(k+1) || s.isPunct(k+1, '\'') {
		return false
	}
	return s.clauseEnd(k+1) || s.seasonEnds(k+1) || s.w(k+1) == wAfter
}

// nthWeekday: "the first Monday in February", "the last Thursday of
// November", "the second Sunday in May 1992": one DATE, the day itself.
// "the first weekend of June", "the last weekend in July 1990": the
// weekend of that month's first or last Saturday (YYYY-Www-WE).
func (s *state) nthWeekday(i int) (cand, bool) {
	n := 0
	switch {
	case s.isWord(i+1, "first"):
		n = 1
	case s.isWord(i+1, "second"):
		n = 2
	case s.isWord(i+1, "third"):
		n = 3
	case s.isWord(i+1, "fourth"):
		n = 4
	case s.isWord(i+1, "last"):
		n = -1
	default:
		return cand{}, false
	}
	e := s.lx(i + 2)
	weekend := e != nil && e.unit == uWeekend && !e.plural
	if e == nil || e.weekday == 0 && !weekend || e.plural || !(s.w(i+3) == wIn || s.w(i+3) == wOf) || !s.isMonthAt(i+4) || s.depth > 0 {
		return cand{}, false
	}
	s.depth++
	mc, ok := s.core(i + 4)
	s.depth--
	if !ok || mc.i != i+4 || mc.typ != timeline.TypeDate || mc.val != "" || mc.mod != "" || mc.c.g != gMonth {
		return cand{}, false
	}
	r := s.resolve(mc)
	if r.c.noYear || r.c.m < 1 {
		return cand{}, false
	}
	y, m := r.c.y, r.c.m
	wd := int(e.weekday)
	if weekend {
		wd = 6 // the weekend of the nth Saturday
	}
	var d int
	if n > 0 {
		w1 := timeline.Weekday(timeline.DaysFromCivil(y, m, 1))
		d = 1 + (wd-w1+7)%7 + (n-1)*7
	} else {
		last := timeline.DaysIn(y, m)
		wl := timeline.Weekday(timeline.DaysFromCivil(y, m, last))
		d = last - (wl-wd+7)%7
	}
	c := r
	c.i, c.partial = i, false
	c.c.g, c.c.d = gDay, d
	if weekend {
		c.val = weekOf(c.c).format() + "-WE"
	}
	return c, true
}

// reportedFigure reports whether the word at k, before "for the year",
// names a figure of a company's report, so that the year is the period
// reported on wherever the phrase ends: "Sales for the year rose 5%",
// "Net income for the year was $120 million".
func (s *state) reportedFigure(k int) bool {
	if k < 0 || s.toks[k].kind != tkWord || s.w(k+1) != wFor {
		return false
	}
	for _, f := range []string{"sales", "revenue", "revenues", "net", "income", "earnings", "profit", "profits", "loss", "losses", "results", "shipments", "output", "dividends"} {
		if s.isWord(k, f) {
			return true
		}
	}
	return false
}

// yearPeriodEnd reports whether the date last named ends a year-long
// period reported in the sentence of token i, "the year to March 1", "the
// fiscal year ended Sept. 30" (a DURATION P1Y and "to", "ended", "ending"
// or "through" before the date), and returns that date's year and index.
func (s *state) yearPeriodEnd(i int) (int, int, bool) {
	r := s.ref
	if r < 1 || r >= len(s.res.Timexes) || s.refTok < 0 || s.refTok >= i || s.refCal.noYear || s.refCal.g < gMonth || s.refCal.g == gWeek || !s.oneSentence(s.refTok, i) {
		return 0, 0, false
	}
	d, x := &s.res.Timexes[r-1], &s.res.Timexes[r]
	if d.Type != timeline.TypeDuration || d.Value != "P1Y" || x.Type != timeline.TypeDate || d.End >= x.Start || len(d.Text) < 4 || d.Text[:4] != "the " && d.Text[:4] != "The " {
		return 0, 0, false
	}
	switch string(bytes.TrimSpace(s.text[d.End:x.Start])) {
	case "to", "ended", "ending", "through":
		return s.refCal.y, r, true
	}
	return 0, 0, false
}

// chanceFor reports whether the weekday at i follows the odds of a
// forecast in its clause: "a 70 percent chance of rain for Sunday", "the
// chance of showers on Friday", "odds of a launch Tuesday".
func (s *state) chanceFor(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if s.toks[k].kind == tkPunct && !s.isPunct(k, '%') || s.sentenceEnd(k) {
			return false
		}
		if s.isWordIn(k, "chance", "chances", "odds", "probability", "likelihood") && s.w(k+1) == wOf {
			// (not across a verb or an event's bound: "chances of
			// winning improved after the victory on Sunday")
			for m := k + 2; m < i; m++ {
				if s.pastForm(m) || s.lx(m) != nil && s.lx(m).tense != 0 || s.isWordIn(m, "after", "before", "since") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// partOfYearBefore reports whether the "of" at k follows a part of a
// year counted in months, weeks or quarters: "the first five months of
// the year", "the last two weeks of the year" (the year is a DATE, as
// TimeBank's "the first nine months of the year").
func (s *state) partOfYearBefore(k int) bool {
	if s.w(k) != wOf {
		return false
	}
	e := s.lx(k - 1)
	if e == nil || !e.plural || e.unit != uMonth && e.unit != uWeek && e.unit != uQuarter {
		return false
	}
	for m := k - 2; m >= 0 && m >= k-4; m-- {
		if o := s.lx(m); (o != nil && (o.ord > 0 || o.w == wLast) || s.isWord(m, "final")) && s.w(m-1) == wThe {
			return true
		}
	}
	return false
}

// roundTheClock reports whether the "seven days a week" from i to j is
// joined to "N hours a day" before or after it, the idiom for "all the
// time" ("24 hours a day, seven days a week"), which is no recurrence.
func (s *state) roundTheClock(i, j int) bool {
	hoursADay := func(k int) bool { // "hours a day" ending at k
		if k < 2 {
			return false
		}
		h := s.lx(k - 2)
		d := s.lx(k)
		return h != nil && h.unit == uHour && h.plural && s.w(k-1) == wA && d != nil && d.unit == uDay && !d.plural
	}
	k := i - 1
	if k >= 0 && (s.isPunct(k, ',') || s.w(k) == wAnd) {
		k--
	}
	if hoursADay(k) {
		return true
	}
	k = j
	if s.isPunct(k, ',') || s.w(k) == wAnd {
		k++
	}
	// "seven days a week, 24 hours a day"
	return k < len(s.toks) && (s.toks[k].kind == tkNum || s.lx(k) != nil && s.lx(k).hasNum) && hoursADay(k+3)
}

// shareOfAnyYearBefore reports whether the "of" at k follows a count of
// months or weeks with no determiner: "the river is frozen for eight
// months of the year", "he spent four months of the year in Paris" is a
// share of every year, as "eight months a year" is, and "the year" names
// none. With a determiner the months are those of one year ("the first
// eight months of the year", "its last two weeks of the year"), which
// partOfYearBefore reads.
func (s *state) shareOfAnyYearBefore(k int) bool {
	if k < 2 || s.w(k) != wOf {
		return false
	}
	e := s.lx(k - 1)
	if e == nil || !e.plural || e.unit != uMonth && e.unit != uWeek {
		return false
	}
	m := k - 2
	if !(s.toks[m].kind == tkNum && s.toks[m].ndig <= 2 || s.toks[m].kind == tkWord && s.lx(m) != nil && s.lx(m).hasNum && s.w(m) != wA && s.w(m) != wAn) {
		return false
	}
	if m == 0 {
		return true
	}
	if o := s.lx(m - 1); o != nil && (o.ord > 0 || o.w == wLast || o.w == wNext || o.w == wPast) {
		return false
	}
	return !s.isWordIn(m-1, "the", "its", "their", "his", "her", "our", "those", "these", "first", "final", "last", "same", "following", "previous", "remaining", "coming")
}

// rankOfYearBefore reports whether the "of" at k follows a noun ranked
// by a superlative, "first", "last" or "final": "the busiest day of the
// year", "its last policy meeting of the year".
func (s *state) rankOfYearBefore(k int) bool {
	if k < 2 || s.w(k) != wOf || s.toks[k-1].kind != tkWord {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-4 && !s.sentenceEnd(m); m-- {
		if s.isWordIn(m, "last", "final", "first", "best", "worst") || s.lx(m) != nil && s.lx(m).ord > 0 {
			return true
		}
		w := s.word(m)
		if l := len(w); l > 5 && lowerEq(w[l-3:], "est") && !s.toks[m].cap && !s.isWordIn(m, "interest", "harvest", "request", "protest", "contest", "conquest", "inquest", "arrest", "forest", "manifest") {
			return true // "the busiest", "the highest"
		}
	}
	return false
}

var seasonStart = [...]int{0, 3, 6, 9, 12}

// unanchoredSeason is "that autumn", "the following spring" with no date
// before it to count from (a history that opens on it, with no DCT): a
// season all the same, of a year the reader cannot tell (XXXX-FA).
func (s *state) unanchoredSeason(i, end, season int) (cand, bool) {
	if s.t.hasDCT || end < 1 || end > len(s.toks) {
		return cand{}, false
	}
	if k := end - 1; s.isWordIn(k, "fall", "spring") && k >= 1 && s.isWord(k-1, "that") && end < len(s.toks) && !s.isPunct(end, ',') && !s.isPunct(end, '.') && !s.isPunct(end, ';') && !s.toks[end].cap &&
		!s.isWordIn(end, "the", "a", "an", "his", "her", "its", "their", "he", "she", "they", "it", "we") {
		// "rocks that fall from the cliff", "that spring up": the
		// relative pronoun and a verb, no season
		return cand{}, false
	}
	c := s.date(i, end, cal{g: gSeason, noYear: true, part: season})
	c.anchor, c.noRef = -1, true
	return c, true
}

func (s *state) deicticSeason(i, j int, hasThe bool, det wid, season int) (cand, bool) {
	end := j + 1
	switch det {
	case wFollowing, wNext:
		if hasThe || det == wFollowing {
			base, a, ok := s.anchorBase()
			if !ok {
				return s.unanchoredSeason(i, end, season)
			}
			y := base.y + 1
			if base.g >= gMonth && base.m > 0 && base.m < seasonStart[season] || base.g == gSeason && base.part < season {
				y = base.y // "the spring of 1348 ... the following winter"
			}
			if base.g == gYear && !base.noYear && season >= 3 {
				// After a bare year, an autumn or winter to follow is
				// most likely that year's: most of a year lies before
				// them ("graduated in 1872 and went the following autumn
				// to Heidelberg"; "in 1902 ... died the following
				// winter", 1902-WI), while a spring is next year's.
				y = base.y
			}
			if a >= 0 && a == s.headRef && base.g == gYear {
				y = base.y // the first one in the span a heading names
			}
			c := s.date(i, end, cal{g: gSeason, y: y, part: season})
			c.anchor = a
			return c, true
		}
	case wThat, wSame:
		if det == wThat && !hasThe && season == 3 && s.isWord(j, "fall") && s.isWordIn(j+1, "due", "short", "below", "behind", "apart", "into", "victim", "prey", "silent", "ill", "asleep", "away", "outside", "within", "under") {
			// the relative pronoun and the verb: "loans that fall due by
			// March", "firms that fall short of the target"
			return cand{}, false
		}
		base, a, ok := s.anchorBase()
		if !ok {
			return s.unanchoredSeason(i, end, season)
		}
		y := base.y
		if season == 4 && base.g >= gMonth && base.g != gWeek && base.m >= 1 && base.m <= 2 && !base.noYear {
			// In January and February "that winter" is the one going on,
			// which began the December before and is named by its year:
			// "withdrew on 1 February 1746. That winter they took the
			// forts" is 1745-WI.
			y--
		}
		if season == 4 && !base.noYear && s.winterMonthAhead(end, y) {
			// a winter whose own sentence goes on to January, February or
			// March of the year the story was in is the one that began the
			// December before: "a coronation followed on 5 June 1659.
			// Shuja marched again that winter and was beaten on 5 January
			// 1659" is 1658-WI
			y--
		}
		if season == 4 && det == wThat {
			if wy, ok := s.winterInRange(a, y); ok {
				y = wy // "lasted from 12 November 1708 to 19 April 1709. That winter"
			}
		}
		if det == wThat && base.g == gSeason && base.part == 4 && !base.noYear && (season == 1 || season == 2) {
			// a winter is named by the year it begins, and the spring or
			// summer that comes after it is the next year's: "interrupted
			// in the winter of 1851-52; it resumed that spring" (1852-SP)
			y++
		}
		c := s.date(i, end, cal{g: gSeason, y: y, part: season})
		c.anchor = a
		return c, true
	case wPrevious, wPrior:
		// "the previous summer": the last one over before the anchor
		// ("the previous winter" before March 1813 is 1812-WI).
		base, a, ok := s.anchorBase()
		if !ok || base.noYear || base.g < gYear || !hasThe && s.t.hasDCT {
			break
		}
		y := base.y - 1
		switch {
		case base.g == gSeason:
			if season < base.part {
				y = base.y
			}
		case base.g >= gMonth && base.m > 0:
			if seasonStart[season]+2 < base.m {
				y = base.y
			}
		}
		c := s.date(i, end, cal{g: gSeason, y: y, part: season})
		c.anchor, c.noRef = a, true // a look back, like "a year earlier": the story stays where it was
		if s.pastPerfectClause(i, end) {
			c.noRef, c.flash = false, true // in the past perfect a flashback, as "the previous September"
		}
		return c, true
	}
	if hasThe || !s.t.hasDCT {
		return cand{}, false
	}
	dct := s.t.dct
	cur := dct.m // month index where seasons start: SP 3, SU 6, FA 9, WI 12
	y := dct.y
	start := seasonStart[season]
	switch det {
	case wLast, wPast, wPrevious:
		if start >= cur || season == 4 && cur <= 2 {
			y--
		} else if det == wLast && cur <= start+3 {
			// in the midst of it: "last summer" written in August is a
			// year ago; so in the month after its three, which the season
			// still reaches into and which "this summer" names
			// ("spent £140m this summer, beating the £1.165bn spent last
			// summer", written on 1 September)
			y--
		}
		if season == 4 && cur <= 2 {
			// last winter seen from February started two Decembers ago:
			// the one still running is "this winter"
			y--
		}
	case wNext, wComing, wUpcoming:
		if start <= cur {
			y++
		}
	case wThis, wCurrent:
		if season == 4 && cur <= 2 {
			y--
		}
	default:
		return cand{}, false
	}
	return s.date(i, end, cal{g: gSeason, y: y, part: season}), true
}

// pSeason: "spring 2011", "summer of 1990", "winter" after "in".
func (s *state) pSeason(i int) (cand, bool) {
	e := s.lx(i)
	if n := i + 1; s.toks[i].cap && n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].cap && s.toks[n].lex() == nil && s.toks[n].sp && !s.toks[n].para {
		// A season with a capital before a capitalized noun is part of a
		// name: "the Winter War", "the Winter Palace", "the Summer
		// Olympics".
		return cand{}, false
	}
	if s.isPunct(i+1, ':') && s.w(i-1) != wThe {
		return cand{}, false // a label in a list: "In winter: 17 February 1980"
	}
	if !s.isWord(i, "fall") && !s.isPunct(i+1, '-') && s.w(i+1) != wOf && (i+1 >= len(s.toks) || s.toks[i+1].kind != tkNum) && s.joinedToYearlySet(i) {
		return s.fixed(i, i+1, timeline.TypeSet, cal{g: gSeason, noYear: true, part: int(e.season)}.format()), true
	}
	k := i + 1
	if s.w(k) == wOf {
		k++
	}
	if a, ok := s.plainNum(k); ok && e.season == 4 && k > i+1 && s.toks[k].ndig <= 4 && s.isPunct(k+1, '-') && s.tight(k+1) && s.tight(k+2) {
		// "the winter of 218–217 BC", "the winter of 218–17 BC": years BC
		// count down, and the winter begins in the first (BC0218-WI).
		if b, ok := s.plainNum(k + 2); ok && a > 1 {
			if next, bc, ok := s.eraAfter(k + 3); ok && bc && (b == a-1 || s.toks[k+2].ndig == 2 && b == (a-1)%100) {
				c := s.date(i, next, cal{g: gSeason, y: 1 - a, part: 4})
				if s.w(i-1) == wThe {
					c.i = i - 1
				}
				return c, true
			}
		}
	}
	y, next, ok := s.yearTok(k)
	if !ok && k > i+1 {
		y, next, ok = s.earlyYear(k) // "the summer of 756"
	}
	if ok {
		if n, ok := s.plainNum(next + 1); ok && e.season == 4 && s.isPunct(next, '-') && s.tight(next) && s.tight(next+1) &&
			(s.toks[next+1].ndig == 2 && n == (y+1)%100 || s.toks[next+1].ndig == 4 && n == y+1 || s.toks[next+1].ndig == 1 && n == (y+1)%10) {
			next += 2 // "the winter of 1942-43", "of 1805-6" is one winter: 1942-WI
		}
		c := s.date(i, next, cal{g: gSeason, y: y, part: int(e.season)})
		if s.w(i-1) == wThe {
			c.i = i - 1
		}
		return c, true
	}
	// "the autumn of that year", "the spring of the following year": the
	// season takes the year of the phrase, an expression of its own, as
	// "1 July of that year" does (see emitWithRange).
	if s.w(i-1) == wThe && s.w(i+1) == wOf && s.depth == 0 {
		s.depth++
		yc, ok := s.parse(i + 2)
		s.depth--
		if ok && yc.i == i+2 && yc.typ == timeline.TypeDate && yc.val == "" && yc.c.g == gYear && !yc.c.noYear && !yc.partial {
			c := s.date(i-1, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
			c.partial = true
			return c, true
		}
	}
	// "over the summer", "into the spring", "breaks for the summer": the
	// season nearest the reference date, when nothing follows that could
	// make it generic. "before the fall", "after the winter" bound a time
	// as "until" and "since" do ("before the fall of Rome" is followed by
	// "of" and is no season); but in the past "before the fall" is as
	// likely the accident ("He was healthy before the fall").
	// "slipped from the spring to the summer": the seasons of a move in
	// time, bounds as "until" is.
	// ("between the spring and the autumn": two seasons bounding a
	// change, as "from the spring to the summer")
	fromTo := (s.w(i-2) == wFrom && s.w(i+1) == wTo || s.w(i-2) == wBetween && s.w(i+1) == wAnd) && s.w(i+2) == wThe && s.lx(i+3) != nil && s.lx(i+3).season > 0 ||
		i >= 5 && s.w(i-2) == wAnd && s.w(i-4) == wThe && s.w(i-5) == wBetween && s.lx(i-3) != nil && s.lx(i-3).season > 0 && !s.isWord(i, "fall") ||
		s.w(i-2) == wTo && (s.isPunct(i+1, '.') || s.isPunct(i+1, ',') || s.seasonEnds(i+1)) && (s.movedTo(i-2) || s.fromSeasonBefore(i-2))
	// "Through the spring thousands of ranchers took up arms": a plural
	// of quantity opens the subject; "the spring thousands" is no compound.
	quantity := s.isWordIn(i+1, "hundreds", "thousands", "dozens", "millions", "scores", "tens") && s.w(i+2) == wOf
	// So does a count that cannot be the season's year: "By the autumn
	// 8,600 people had died", "in the spring 300 men deserted".
	if t := i + 1; !quantity && t+1 < len(s.toks) && s.toks[t].kind == tkNum && (s.toks[t].grouped || s.toks[t].ndig < 4) && !s.toks[t].decimal &&
		s.toks[t+1].kind == tkWord && !s.toks[t+1].cap && s.lx(t+1) == nil {
		quantity = true
	}
	// "reached Florence in March and by the summer had killed half the
	// city": a second predicate of the clause's subject, opened by "and"
	// or "but" and a phrase of time; the verb right after the season is
	// that predicate's, the season the object of the preposition. (Not
	// "fall": "those hurt in the fall were".)
	coord := !s.isWord(i, "fall") && i >= 3 && (s.w(i-3) == wAnd || s.isWord(i-3, "but")) && s.pastVerbAt(i+1)
	// "Sickness during the summer halted operations": "during" takes a
	// time or an event, so a past verb right after "during the summer" is
	// the clause's, the season a phrase that ends before it.
	if !s.isWord(i, "fall") && i >= 2 && s.w(i-2) == wDuring && s.pastVerbAt(i+1) {
		coord = true
	}
	if s.w(i-1) == wThe && (fromTo || quantity || coord || s.isPunct(i+1, '.') || s.isPunct(i+1, ',') || s.seasonEnds(i+1) || s.subjectVerb(i+1) || s.openingSubject(i-2, i+1) || s.massSubjectVerb(i+1) || !s.isWord(i, "fall") && s.verbAfterSeason(i+1)) {
		if fromTo {
			c := s.date(i-1, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
			c.partial = true
			return c, true
		}
		bound := s.w(i-2) == wBefore || s.w(i-2) == wAfter
		if bound && s.isWord(i, "fall") && s.tense(i) < 0 {
			return cand{}, false
		}
		switch s.w(i - 2) {
		case wIn, wOver, wDuring, wThrough, wSince, wUntil, wBy, wFor, wBefore, wAfter:
			c := s.date(i-1, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
			c.partial = true
			return c, true
		}
		if i >= 4 && s.w(i-2) == wOf && s.isWordIn(i-3, "course", "height", "depth") && s.w(i-4) == wThe && !s.isWord(i, "fall") {
			// "over the course of the summer", "at the height of the
			// summer", "in the depth of the winter": the season meant
			c := s.date(i-1, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
			c.partial = true
			return c, true
		}
		if s.w(i-2) == wTo && !s.isWord(i, "fall") && s.isWordIn(i-3, "start", "end", "finish", "close") {
			// "after a slow start to the summer", "a wet end to the
			// winter": the start or end of a season, the season nearest
			// the reference date (not "fall": "an end to the fall in
			// prices").
			c := s.date(i-1, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
			c.partial = true
			return c, true
		}
		if s.isWord(i-2, "into") || s.isWord(i-2, "throughout") || s.w(i-2) == wFrom && !s.isWord(i, "fall") {
			// "into the spring"; "Throughout the winter the city was
			// shelled", a preposition of time as "through" is; "will be
			// offered from the autumn", the season something starts
			// (not "injured in a fall": "from the fall" is left alone)
			c := s.date(i-1, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
			c.partial = true
			return c, true
		}
		if s.w(i-2) == wFrom && s.isWord(i, "fall") && s.tense(i) > 0 && !s.hurtBefore(i-2) {
			// "will teach at the university from the fall": in a plan,
			// the start of what is planned is the season, as "from the
			// autumn" (not "will recover from the fall", an accident).
			c := s.date(i-1, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
			c.partial = true
			return c, true
		}
	}
	// "The heat of the summer halted the siege", "the snows of the winter
	// then closed the passes": in a story told in the past, the weather of
	// a season is of the season the story is in, where the phrase ends at
	// the season (not "the rains of the winter campaign").
	if s.w(i-1) == wThe && i >= 4 && s.w(i-2) == wOf && s.isWordIn(i-3, "heat", "cold", "frosts", "snows", "rains", "storms", "floods", "drought") && s.w(i-4) == wThe && !s.isWord(i, "fall") && s.tense(i) < 0 &&
		(s.isPunct(i+1, '.') || s.isPunct(i+1, ',') || s.seasonEnds(i+1) || s.pastVerbAt(i+1) || s.isWord(i+1, "then")) {
		c := s.date(i-1, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
		c.partial = true
		return c, true
	}
	// "During the winter months the troops dug in": in a story told in the
	// past, the season it is in, spanning "months"; in the present or in
	// news it is any year's ("heating bills rise in the winter months").
	if s.w(i-1) == wThe && s.isWord(i+1, "months") && s.w(i+2) != wOf && s.ref >= 0 && !s.t.hasDCT && s.tense(i) < 0 {
		switch s.w(i - 2) {
		case wIn, wDuring, wThrough, wOver:
			c := s.date(i-1, i+2, cal{g: gSeason, part: int(e.season), noYear: true})
			c.partial = true
			return c, true
		}
	}
	// "but the winter was hard", "The summer proved dry": the season the
	// story is in, as the subject of a past verb after a clause's start.
	// (In the present it is any year's: "The winter is the rainy season".)
	// So too after "there" or "then" ("and there the winter caught it"),
	// and with a verb of what the season did ("The winter saw heavy
	// fighting", "the winter froze the river").
	if s.w(i-1) == wThe && s.ref >= 0 && !s.t.hasDCT && i >= 1 &&
		(i == 1 || s.sentenceEnd(i-2) || s.isPunct(i-2, ',') || s.isWordIn(i-2, "but", "and", "there", "then")) &&
		(s.isWordIn(i+1, "was", "proved", "brought", "came", "passed", "turned", "caught", "saw", "found", "froze", "closed", "set", "struck", "overtook", "fell") ||
			s.pastForm(i+1) && !s.isWordIn(i+1, "need", "feed", "seed", "speed", "bed", "red", "shed")) {
		c := s.date(i-1, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
		c.partial = true
		return c, true
	}
	// "In 1867 spring came late", "Winter set in early": a bare season
	// as the subject of a verb of its coming or going, in a story told in
	// the past, is the season the story is in. (Not "was": "Spring was
	// the season for planting" is any year's.)
	if !s.isWord(i, "fall") && s.w(i-1) != wThe && s.ref >= 0 && !s.t.hasDCT &&
		(i == 0 || s.sentenceEnd(i-1) || s.isPunct(i-1, ',') || s.isWordIn(i-1, "and", "but") ||
			i >= 2 && s.toks[i-1].kind == tkNum && s.toks[i-1].ndig == 4 && s.w(i-2) == wIn) &&
		(s.isWordIn(i+1, "came", "arrived", "returned", "began", "ended", "brought") || s.isWord(i+1, "set") && s.isWord(i+2, "in")) {
		c := s.date(i, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
		c.partial = true
		return c, true
	}
	// "spent the summer assembling a fleet", "passed the winter at
	// Valley Forge": the season the story is in, the object of a verb of
	// spending time.
	if s.w(i-1) == wThe && (s.isWord(i-2, "spent") || s.isWord(i-2, "spend") || s.isWord(i-2, "spending") || s.isWord(i-2, "passed")) &&
		(s.isPunct(i+1, '.') || s.isPunct(i+1, ',') || s.seasonEnds(i+1) || s.isWord(i+1, "with") || s.ingWord(i+1)) {
		c := s.date(i-1, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
		c.partial = true
		return c, true
	}
	// "held out through the autumn and the winter", "in the spring of
	// 1919 and the summer": a season with the article joined by "and" or
	// "or" right after a season just tagged is a season of the same story,
	// as the first is, where its phrase ends there or a preposition opens
	// an adjunct after it (not "the winter campaign", nor "the fall of
	// the city").
	if s.w(i-1) == wThe && i >= 3 && (s.w(i-2) == wAnd || s.w(i-2) == wOr) && s.joinedToSeason(i-1) &&
		!s.isPunct(i+1, '-') && !s.seasonNoun(i+1) && s.w(i+1) != wOf &&
		(s.isPunct(i+1, '.') || s.isPunct(i+1, ',') || s.seasonEnds(i+1) || s.isWordIn(i+1, "by", "through", "for", "with", "from", "under", "against")) {
		c := s.date(i-1, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
		c.partial = true
		return c, true
	}
	// "through the summer and autumn", "in the spring or summer": a bare
	// season joined by "and" or "or" to a season with the article shares
	// it, a season as the first is (not one before a noun: "the summer
	// and autumn fairs"). "fall", a noun and a verb, only in a sentence
	// of the past, where the verb would be "fell", and where a comma, a
	// stop or the subject of the clause (a pronoun, a determiner, a name)
	// follows it ("Through the summer and fall his armies pressed on",
	// not "prices rise in the summer and fall in the winter").
	if (!s.isWord(i, "fall") || s.tense(i) < 0 && (s.isPunct(i+1, '.') || s.isPunct(i+1, ',') || s.isPunct(i+1, ';') || s.subjectPronoun(i+1) || s.isWordIn(i+1, "it", "his", "her", "its", "their", "the") && !s.toks[i+1].cap || i+1 < len(s.toks) && s.toks[i+1].kind == tkWord && s.toks[i+1].cap && s.lx(i+1) == nil)) && i >= 3 && s.depth == 0 && (s.w(i-1) == wAnd || s.w(i-1) == wOr) &&
		!s.isPunct(i+1, '-') && !s.seasonNoun(i+1) && (s.isPunct(i+1, '.') || s.isPunct(i+1, ',') || s.seasonEnds(i+1)) {
		if s.joinedToSeason(i) {
			// so after any season just tagged: "That spring and summer",
			// "the following spring and summer"
			c := s.date(i, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
			c.partial = true
			return c, true
		}
		if s.w(i-3) == wThe && s.lx(i-2) != nil && s.lx(i-2).season > 0 && !s.lx(i-2).plural {
			s.depth++
			first, ok := s.pSeason(i - 2)
			s.depth--
			if ok && first.i == i-3 && first.j == i-1 && first.typ == timeline.TypeDate {
				c := s.date(i, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
				c.partial = true
				return c, true
			}
		}
	}
	// A bare season after "in", "since", "until" or "by" ("in summer",
	// "closed since spring", "in autumn"), never "fall" (a noun and a
	// verb), nor one before a noun it modifies ("in spring training",
	// "by summer break"). After "to" only as the new date of something moved,
	// ending its phrase: "pushed back to spring", "delayed to autumn".
	if w := s.w(i - 1); !s.isWord(i, "fall") && (w == wIn || w == wSince || w == wUntil || w == wBy || w == wTo && s.movedTo(i-1) && (s.clauseEnd(i+1) || s.seasonEnds(i+1))) && !s.isPunct(i+1, '-') && !s.seasonNoun(i+1) {
		c := s.date(i, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
		c.partial = true
		return c, true
	}
	// American English names the autumn "fall" bare after the same
	// prepositions, when the season ends its phrase: "should wrap up by
	// fall.", "closed until fall, when", "open since fall and"; not before
	// a noun ("by fall break", "in fall enrollment").
	if w := s.w(i - 1); s.isWord(i, "fall") && (w == wIn || w == wSince || w == wUntil || w == wBy) && !s.toks[i].cap &&
		(s.clauseEnd(i+1) && !s.isPunct(i+1, '-') || s.isWordIn(i+1, "and", "or", "when", "because", "unless")) {
		c := s.date(i, i+1, cal{g: gSeason, part: int(e.season), noYear: true})
		c.partial = true
		return c, true
	}
	return cand{}, false
}

// sharedUnit reports the unit a bare count at i (ending before k) shares
// with a count of units after it, joined by "and" or "or" (after a list
// of counts set off by commas): "two or three days", "12 and 24 weeks",
// "3, 6 and 12 months", the counts rising. Not a year ("in 2009 and
// three years later"), an amount ("$5 to 10 years"), an age ("at 61 and
// four months"), nor a rate ("two or three days a week").
func (s *state) sharedUnit(i, k int, n int64, frac, article bool) (unit, bool) {
	if frac || article || n < 1 || n > 999 || s.toks[i].kind == tkNum && (s.toks[i].ndig > 3 || s.toks[i].decimal || s.toks[i].suf != sufNone) {
		return 0, false
	}
	if s.isPunct(i-1, '$') || s.isWord(i-1, "aged") || s.w(i-1) == wOf && s.isWord(i-2, "age") || s.lx(k) != nil && s.lx(k).unit > 0 {
		return 0, false
	}
	if s.toks[i].kind == tkNum && i >= 2 && s.isPunct(i-1, '-') && s.tight(i-1) && s.tight(i) && s.toks[i-2].kind == tkWord {
		// A numeral hyphened to a word is part of a name, "Tianwen-1",
		// "Soyuz-2", "Covid-19", not a count: "a week after Tianwen-1
		// and 11 days after Hope".
		return 0, false
	}
	for m := 0; s.isPunct(k, ',') && m < 4; m++ {
		if _, next, f, a, ok := s.quantity(k + 1); ok && !f && !a && next == k+2 && (s.lx(next) == nil || s.lx(next).unit == 0) {
			k = next
			continue
		}
		return 0, false
	}
	if s.w(k) != wAnd && s.w(k) != wOr {
		// (a range with "to" is mostly one expression in TimeBank:
		// "within two to three weeks", "the next 12 to 18 months")
		return 0, false
	}
	m, next, f, a, ok := s.quantity(k + 1)
	if !ok || f || a || m <= n || next != k+2 {
		// (the counts of such a list rise: "retire at 61 and four
		// months" is an age and a count of its own)
		return 0, false
	}
	e := s.lx(next)
	if e == nil || !e.plural || e.unit < uMinute || e.unit > uYear || e.unit == uQuarter || e.unit == uHalf || e.unit == uSeason || s.toks[next].cap {
		return 0, false
	}
	switch s.w(next + 1) {
	case wA, wAn, wPer, wEach, wEvery, wOld, wAgo, wLater, wEarlier:
		return 0, false // a rate, an age, or a point counted from another
	}
	return e.unit, true
}

// decimalCount reads a count of units with decimals other than a half,
// as medical and science reports give medians and means: "a median
// follow-up of 3.4 years" (P3.4Y), "14.2 months" (P14.2M); ISO 8601
// allows the decimal on the last part. Halves are read in whole smaller
// units by quantity ("2.5 years" P2Y6M); ages ("aged 3.4 years", "3.4
// years old") and rates ("1.2 days a week") are none.
func (s *state) decimalCount(i int) (cand, bool) {
	if i >= len(s.toks) {
		return cand{}, false
	}
	tk := &s.toks[i]
	if tk.kind != tkNum || !tk.decimal || tk.suf != sufNone || tk.num < 0 {
		return cand{}, false
	}
	txt := string(s.text[tk.start:tk.end])
	dot := strings.IndexByte(txt, '.')
	if dot < 1 || len(txt)-dot-1 > 2 || strings.HasSuffix(txt, ".5") || strings.HasSuffix(txt, ".50") || strings.ContainsAny(txt, ", ") {
		return cand{}, false
	}
	e := s.lx(i + 1)
	if e == nil || !e.plural || s.toks[i+1].cap || !(e.unit == uMinute || e.unit == uHour || e.unit == uDay || e.unit == uWeek || e.unit == uMonth || e.unit == uYear) {
		return cand{}, false
	}
	if s.isWord(i-1, "aged") || s.w(i-1) == wOf && s.isWord(i-2, "age") || s.w(i+2) == wOld || s.w(i+2) == wOf && s.isWord(i+3, "age") || s.w(i+2) == wA || s.w(i+2) == wAn || s.w(i+2) == wPer {
		return cand{}, false
	}
	v := durValue(1, e.unit, false) // "P1Y", "PT1H"
	return s.fixed(i, i+2, timeline.TypeDuration, strings.Replace(v, "1", txt, 1)), true
}

// movedTo reports whether "to" at k follows a verb in the past that moves
// something in time, within two words: "pushed back to", "delayed to",
// "was moved to".
func (s *state) movedTo(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if s.isWordIn(j, "delayed", "postponed", "moved", "pushed", "put", "shifted", "deferred", "rescheduled", "brought", "pulled", "slipped") {
			return true
		}
	}
	return false
}

// weekNamedAfter reports, in news, the week named right after the
// weekday at i, or after a second weekday joined to it ("Monday through
// Friday next week"): 1 for "next week", -1 for "last week", 0 for
// "this week".
func (s *state) weekNamedAfter(i int) (int, bool) {
	if !s.t.hasDCT {
		return 0, false
	}
	k := i + 1
	if (s.w(k) == wThrough || s.w(k) == wTo || s.w(k) == wUntil || s.w(k) == wAnd || s.w(k) == wOr || s.isPunct(k, '-')) && s.lx(k+1) != nil && s.lx(k+1).weekday > 0 && !s.lx(k+1).plural {
		k += 2
	}
	if e := s.lx(k + 1); e == nil || e.unit != uWeek || e.plural {
		return 0, false
	}
	switch s.w(k) {
	case wNext:
		return 1, true
	case wLast:
		return -1, true
	case wThis:
		return 0, true
	}
	return 0, false
}

// joinedToYearlySet reports whether the month or season at i is joined
// by "and" or "or" right after a yearly SET of a month or season: "every
// June or July", "each March and September", "every spring and autumn"
// name more days of the same set.
func (s *state) joinedToYearlySet(i int) bool {
	return s.joinedToSet(i, "XXXX-") && len(s.res.Timexes[len(s.res.Timexes)-1].Value) == 7
}

// joinedToSet reports whether the token at i follows "and" or "or" right
// after a SET whose value begins with prefix.
func (s *state) joinedToSet(i int, prefix string) bool {
	n := len(s.res.Timexes)
	if n == 0 || i < 2 || s.depth > 0 || s.w(i-1) != wOr && s.w(i-1) != wAnd {
		return false
	}
	last := &s.res.Timexes[n-1]
	return last.Type == timeline.TypeSet && last.Span.End == int(s.toks[i-2].end) && strings.HasPrefix(last.Value, prefix)
}

// joinedToSeason reports whether the token at i follows "and" or "or"
// right after a DATE of a season ("the autumn", "the spring of 1919")
// that ends just before it.
func (s *state) joinedToSeason(i int) bool {
	n := len(s.res.Timexes)
	if n == 0 || i < 2 || s.depth > 0 || s.w(i-1) != wOr && s.w(i-1) != wAnd {
		return false
	}
	last := &s.res.Timexes[n-1]
	if last.Type != timeline.TypeDate || last.Span.End != int(s.toks[i-2].end) || len(last.Value) < 3 {
		return false
	}
	switch last.Value[len(last.Value)-3:] {
	case "-SP", "-SU", "-FA", "-WI":
		return true
	}
	return false
}

// exceptFromSet reports whether "except" (or "excluding") at i-1 follows
// a SET that ends just before it: "every afternoon except Sunday".
func (s *state) exceptFromSet(i int) bool {
	n := len(s.res.Timexes)
	if n == 0 || i < 2 || s.depth > 0 || !s.isWordIn(i-1, "except", "excluding") {
		return false
	}
	last := &s.res.Timexes[n-1]
	return last.Type == timeline.TypeSet && last.Span.End == int(s.toks[i-2].end)
}

// fromSeasonBefore reports whether "to" at k closes "from the spring to":
// a season after "from the" just before it.
func (s *state) fromSeasonBefore(k int) bool {
	return k >= 3 && s.w(k-3) == wFrom && s.w(k-2) == wThe && s.lx(k-1) != nil && s.lx(k-1).season > 0
}

// seasonNoun reports whether the word at k is a noun a bare season
// modifies: "spring training", "summer break", "winter storms".
func (s *state) seasonNoun(k int) bool {
	return s.isWordIn(k, "training", "break", "semester", "term", "camp", "camps", "school", "session", "recess", "vacation", "holiday", "holidays",
		"months", "weather", "storm", "storms", "rain", "rains", "crop", "crops", "wheat", "sales", "collection", "collections", "games", "olympics",
		"solstice", "equinox", "festival", "tour", "schedule", "fashion", "league", "water", "meeting", "meetings", "offensive", "palace", "residence", "quarters", "quartered")
}

// joinedByOn reports whether the timexes at indexes x and y are
// written "X on Y" ("6:10 a.m. on 4 June 1916").
func (s *state) joinedByOn(x, y int) bool {
	tx := s.res.Timexes
	if x < 0 || y >= len(tx) || tx[x].Span.End >= tx[y].Span.Start || tx[y].Span.Start-tx[x].Span.End > 24 {
		return false
	}
	between := strings.TrimSpace(string(s.text[tx[x].Span.End:tx[y].Span.Start]))
	switch between {
	case "on", "on the", "on the morning of", "on the afternoon of", "on the evening of", "on the night of":
		// ("at 9:40 on the morning of 1 November 1755": the part of the
		// day that holds the clock time, the day its date)
		return true
	}
	return false
}

// emDash reports whether token k is an em dash, which closes a phrase as
// a colon does ("in the spring — too late").
func (s *state) emDash(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != tkOther {
		return false
	}
	tk := &s.toks[k]
	return string(s.text[tk.start:tk.end]) == "\u2014"
}

// ingWord reports whether the word at k is a lower-case word in -ing.
func (s *state) ingWord(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tkWord || s.toks[k].cap {
		return false
	}
	w := s.word(k)
	return len(w) > 4 && string(w[len(w)-3:]) == "ing"
}

// seasonEnds reports whether the phrase "the summer" ends before token k:
// a conjunction, a determiner or a name follows ("through the summer and
// autumn", "in the summer the army ...", "in the summer Napoleon ...").
func (s *state) seasonEnds(k int) bool {
	if k >= len(s.toks) || s.isPunct(k, ';') || s.isPunct(k, ')') || s.isPunct(k, '?') || s.isPunct(k, '!') || s.isPunct(k, ':') || s.emDash(k) {
		return true // "until the autumn; the judge ...", "came in the autumn: by ..."
	}
	if s.quoteMark(k) && (k+1 >= len(s.toks) || s.toks[k+1].kind == tkPunct) {
		return true // a quotation closed after it: "would decide \"in the summer\"."
	}
	switch s.w(k) {
	case wAnd, wOr, wThe, wA, wWhen, wIn, wOn, wAt, wUntil, wAfter, wBefore:
		return true
	}
	// An adverb is no part of a compound noun: "cross in the winter
	// rather than wait", "in the spring instead", "by the autumn again";
	// nor is a conjunction that opens another clause or predicate: "held
	// during the winter but broke down in April".
	if s.isWordIn(k, "rather", "instead", "again", "but", "yet", "nor") {
		return true
	}
	// Nor is a conjunction of purpose or cause: "brought forward from
	// the autumn so that it is finished", "delayed until the spring
	// because funding ran out".
	if s.isWordIn(k, "because", "unless", "although", "though", "while", "whereas") || s.isWord(k, "so") && s.isWord(k+1, "that") {
		return true
	}
	// Nor is the "to" of an infinitive of purpose: "released from prison
	// in the spring to command the army", "sailed in the autumn to join
	// the fleet".
	if s.w(k) == wTo && s.infinitive(k) {
		return true
	}
	// Nor is a preposition that opens an adjunct of the verb: "had
	// dispersed by the autumn without marching", "held out until the
	// spring despite the famine".
	if s.isWordIn(k, "without", "despite") {
		return true
	}
	// Nor is a conjunction that opens a clause of its own: "fell over the
	// summer as investors bet on cuts", "closed for the winter while the
	// roof is mended", "sold out in the spring because demand soared".
	if s.isWordIn(k, "as", "while", "because", "although", "though", "whereas", "unless") {
		return true
	}
	// A subject pronoun starts the clause: "by the summer it had run out of
	// men"; so does a quantifier or possessive, which no compound noun goes
	// on with: "by the autumn many families were hungry", "in the spring
	// his army marched".
	for _, p := range [...]string{"it", "he", "she", "they", "we", "i", "there", "many", "most", "some", "all", "few", "several", "both", "his", "her", "its", "their", "our"} {
		if s.isWord(k, p) {
			return true
		}
	}
	return s.toks[k].kind == tkWord && s.toks[k].cap && s.toks[k].lex() == nil
}

// subjectVerb reports whether a plural noun at k is the subject of a
// past-tense verb after it: "in the summer workers rose again", where
// "summer workers" is no compound.
func (s *state) subjectVerb(k int) bool {
	w := s.word(k)
	if n := len(w); n < 4 || s.toks[k].cap || s.toks[k].lex() != nil || w[n-1] != 's' || w[n-2] == 's' {
		return false
	}
	if e := s.lx(k + 1); e != nil {
		return e.tense == -1 && s.w(k+1) != wHad && s.w(k+1) != wWas && s.w(k+1) != wWere
	}
	v := s.word(k + 1)
	n := len(v)
	return n > 3 && !s.toks[k+1].cap && v[n-2] == 'e' && v[n-1] == 'd'
}

// verbAfterSeason reports whether the word at k, right after "the
// summer", is the past verb of the clause the phrase sits in, which no
// compound noun goes on with: "the counteroffensive in the autumn
// recaptured Kharkiv", "the offensive in the summer was a failure". A
// form in -ed must have an object after it ("in the summer heated
// debates" could be a noun phrase).
func (s *state) verbAfterSeason(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].kind != tkWord || s.toks[k].cap {
		return false
	}
	if e := s.lx(k); e != nil {
		return e.tense == -1
	}
	if !s.pastForm(k) {
		return false
	}
	return s.w(k+1) == wThe || s.w(k+1) == wA || s.toks[k+1].kind == tkNum || s.toks[k+1].kind == tkWord && s.toks[k+1].cap && s.toks[k+1].lex() == nil ||
		s.isWordIn(k+1, "an", "his", "her", "its", "their", "most", "much", "many", "more", "some", "all", "both", "two", "three", "four", "five")
}

// massSubjectVerb reports whether a singular noun at k is the subject of
// a past verb with an object after it: "and in the summer cholera killed
// hundreds of workers", "by the winter hunger drove the garrison out",
// where "summer cholera" is no compound. (The object is wanted: in "the
// summer camp opened", a compound could be the subject.)
func (s *state) massSubjectVerb(k int) bool {
	if k+2 >= len(s.toks) || s.toks[k].kind != tkWord || s.toks[k].cap || s.toks[k].lex() != nil || s.ingWord(k) {
		return false
	}
	past := false
	if e := s.lx(k + 1); e != nil {
		past = e.tense == -1 && s.w(k+1) != wHad && s.w(k+1) != wWas && s.w(k+1) != wWere
	} else if v := s.word(k + 1); len(v) > 3 && s.toks[k+1].kind == tkWord && !s.toks[k+1].cap && v[len(v)-2] == 'e' && v[len(v)-1] == 'd' {
		past = true
	}
	if !past {
		return false
	}
	return s.toks[k+2].kind == tkNum || s.w(k+2) == wThe || s.w(k+2) == wA ||
		s.isWordIn(k+2, "an", "hundreds", "thousands", "dozens", "many", "most", "some", "his", "her", "its", "their", "two", "three", "four", "five", "six", "half")
}

// openingSubject reports whether the preposition at p opens its sentence
// and the words from k are a subject of one or two bare nouns and a verb
// in the past: "By the autumn gold reserves were running low", "In the
// spring rain had washed out the road". Opening the sentence, the
// phrase "By the autumn" ends before the subject, where "the autumn
// rains" inside a clause would be a compound.
func (s *state) openingSubject(p, k int) bool {
	if p < 0 || !(p == 0 || s.sentenceEnd(p-1) || s.toks[p].para) {
		return false
	}
	return s.bareSubjectPast(k)
}

// bareSubjectPast reports whether the words from k are a subject of one
// or two bare nouns and a verb in the past ("soldiers were seen").
func (s *state) bareSubjectPast(k int) bool {
	for n := 0; n < 2; n++ {
		if k+n >= len(s.toks) || s.toks[k+n].kind != tkWord || s.toks[k+n].cap || s.toks[k+n].lex() != nil {
			return false
		}
		if e := s.lx(k + n + 1); e != nil && e.tense == -1 || e == nil && s.pastForm(k+n+1) {
			// (a regular past too: "by the evening divers reached the
			// wreck")
			return true
		}
		if w := s.word(k + n); k+n+1 < len(s.toks) && !s.toks[k+n+1].cap && s.bareFormVerb(k+n+1) && (w[len(w)-1] != 's' || len(w) > 2 && w[len(w)-2] == 's') {
			// A verb whose past is its bare form after a singular noun
			// is the past, the present taking -s: "Through the summer
			// sickness put more men in hospital", "By the spring hunger
			// cut the garrison by half".
			return true
		}
	}
	return false
}

// newYear: "the new year" (i at "the", j at "new"): in news the year
// after the DCT's, unless the DCT is in its first two months (then its
// own); in narrative the year after the last date, or its own when that
// date is in January or February.
func (s *state) newYear(i, j int) (cand, bool) {
	base, a, ok := s.anchorBase()
	if s.t.hasDCT && (a < 0 || !s.nearRef(i)) {
		base, a, ok = s.t.dct, -1, true
	}
	if !ok || base.noYear || base.g < gYear {
		return cand{}, false
	}
	y := base.y + 1
	if base.g >= gMonth && base.m > 0 && base.m <= 2 {
		// (in January or February the new year is the one just begun;
		// after a spring it is the next: "In the spring of 1858 he
		// reorganised the fleet. Early in the new year" is 1859)
		y = base.y
	}
	if r0, r1 := s.rangeFrom, s.rangeEnd; !s.t.hasDCT && a >= 0 && a == s.rangeTo && r0.g >= gMonth && r0.g != gWeek && r1.g >= gYear && r1.g != gWeek && !r0.noYear && !r1.noYear && r0.y == r1.y-1 && base.y == r1.y {
		// Told right after a span that crosses one new year, the new
		// year is the one the span crosses: "was fought from October
		// 1978 until June 1979. [...] crossed the border early in the
		// new year" is 1979 (as winterInRange takes the winter inside
		// the span).
		y = r1.y
	}
	c := s.date(i, j+2, cal{g: gYear, y: y})
	c.anchor = a
	return c, true
}

// pFuzzy: "late November", "early 2015", "mid-1990s", "the end of the year",
// "earlier this month", "late yesterday", "the beginning of October".
func (s *state) pFuzzy(i int) (cand, bool) {
	j := i
	hasThe := s.w(j) == wThe
	if hasThe {
		j++
	}
	if c, ok := s.midCentury(i, j); ok {
		return c, true
	}
	mod := ""
	w := s.w(j)
	if !hasThe && (w == wLate || w == wEarly) && s.delayBefore(i) {
		// "will run a day late next week", "arrived two hours early on
		// Monday": the adjective of a delay measured before it, no part
		// of the date after it.
		return cand{}, false
	}
	if hasThe && (s.isWord(j, "rest") || s.isWord(j, "remainder")) && s.w(j+1) == wOf && s.w(j+2) == wThe {
		// "the rest of the decade", "the remainder of the year": the
		// period's end, like "the end of the year".
		if e := s.lx(j + 3); e != nil && e.unit >= uWeek && e.unit <= uCentury && !e.plural && s.w(j+4) != wOf {
			base, a, ok := s.base(true, i)
			if (e.unit == uDecade || e.unit == uCentury) && s.cref >= 0 && (!ok || a >= 0 && s.cref > a || a < 0 && s.storyCref()) {
				base, a, ok = s.crefC, s.cref, true
			}
			if !ok {
				return cand{}, false
			}
			c := s.date(i, j+4, rel(base, e.unit, 0))
			c.anchor, c.mod = a, "END"
			return c, true
		}
	}
	rest := hasThe && (s.isWord(j, "rest") || s.isWord(j, "remainder"))
	if hasThe && s.isWord(j, "close") && s.w(j+1) == wOf {
		w = wEnd // "the close of the 18th century", as "the end of"
	}
	switch w {
	case wEarly:
		mod = "START"
	case wLate:
		mod = "END"
	case wMid:
		mod = "MID"
	case wMiddle:
		mod = "MID"
	case wBeginning, wStart:
		mod = "START"
	case wEnd:
		mod = "END"
	case wEarlier:
		mod = "START"
	case wLater:
		mod = "END"
	default:
		if !rest {
			return cand{}, false
		}
		mod = "END" // "the rest of that year", "the remainder of 1945"
	}
	if hasThe && (w == wEarlier || w == wLater) && !s.centuryOrDecadeAt(j+1) {
		// ("the later 14th century", "the earlier 1960s" are its late
		// or early part, as "the late 14th century")
		return cand{}, false
	}
	j++
	if w == wMid && s.isPunct(j, '-') && s.tight(j) {
		j++
		if e := s.lx(j); !hasThe && e != nil && !e.plural && (e.unit == uMonth || e.unit == uWeek || e.unit == uYear) && s.t.hasDCT && s.tight(j) &&
			s.isWordIn(i-1, "by", "in", "at", "until", "till", "since", "from", "around", "before", "after", "until") &&
			(j+1 >= len(s.toks) || s.toks[j+1].kind == tkPunct || s.w(j+1) == wAnd || s.w(j+1) == wOr) {
			// "by mid-month", "in mid-week", "at mid-year": the middle of
			// the DCT's month, week or year, as "mid-July" (not before
			// a noun: "a mid-week game", "the mid-year review")
			c := s.date(i, j+1, rel(s.t.dct, e.unit, 0))
			c.mod, c.dctRel = "MID", true
			return c, true
		}
		if e := s.lx(j); !hasThe && e != nil && !e.plural && (e.unit == uMonth || e.unit == uWeek || e.unit == uYear) && !s.t.hasDCT && s.tight(j) &&
			s.isWordIn(i-1, "by", "in", "at", "until", "till", "since", "from", "around", "before", "after") &&
			(j+1 >= len(s.toks) || s.toks[j+1].kind == tkPunct || s.w(j+1) == wAnd || s.w(j+1) == wOr || s.w(j+1) == wThe) {
			// In a story without a DCT, "by mid-month", "until
			// mid-year": the middle of the month (week, year) the story
			// is in, as "by the middle of the month" ("Fighter wings
			// arrived in June 1940, and by mid-month the raids began"
			// is 1940-06 MID).
			if base, a, ok := s.anchorBase(); ok && !base.noYear && base.g >= unitGran(e.unit) && (base.g != gWeek || e.unit == uWeek) &&
				(e.unit != uWeek || base.g >= gDay) {
				var v cal
				if e.unit == uWeek {
					v = weekOf(base)
				} else {
					v = coarsen(base, unitGran(e.unit))
				}
				c := s.date(i, j+1, v)
				c.mod, c.anchor = "MID", a
				return c, true
			}
		}
	}
	if w == wEnd && !hasThe && !s.toks[i].cap && s.w(j) != wOf && s.endBeforePeriod(i, j) {
		// "by end-March", "at end-2024", "best before end February
		// 2023": the British "end" before a month or a year, the
		// period's end, as "mid-January" is its middle.
		if s.isPunct(j, '-') {
			j++
		}
	} else if w == wMiddle || w == wBeginning || w == wStart || w == wEnd || rest {
		if !hasThe || s.w(j) != wOf {
			return cand{}, false
		}
		j++
	}
	if (w == wEarly || w == wLate) && s.isPunct(j, '-') && s.tight(j) {
		j++ // "late-November"
	}
	if (w == wEarlier || w == wLater) && s.w(j) == wIn && s.w(j+1) == wThe {
		// "earlier in the year"
		if e := s.lx(j + 2); e != nil && e.unit >= uDay && !e.plural {
			base, a, ok := s.anchorBase()
			if (e.unit == uDecade || e.unit == uCentury) && s.cref >= 0 && (!ok || a >= 0 && s.cref > a || a < 0 && s.storyCref()) {
				// "Trade grew in the 1780s. Later in the decade it
				// declined": the decade or century last named, as "by
				// the end of the decade".
				base, a, ok = s.crefC, s.cref, true
			}
			if ok && e.unit == uCentury {
				base = coarsen(base, gCentury) // "the 1780s ... later in the century": the 18th
			}
			if !ok {
				return cand{}, false
			}
			if g := unitGran(e.unit); base.g < g && g != gWeek || g == gWeek && base.g < gDay {
				// "earlier in the day" after "in June": the day of the
				// story, not the month.
				switch {
				case g >= gWeek && s.dayRef >= 0 && s.dayPi == s.toks[i].pi:
					base, a = s.dayCal, s.dayRef
				case s.t.hasDCT:
					base, a = s.t.dct, -1
				default:
					return cand{}, false
				}
			}
			if a >= 0 && s.t.hasDCT {
				// A clause in the past tense cannot speak of a period
				// that begins after the DCT: "Lawmakers hope to finish
				// by Oct. 1. Earlier in the week, the House passed its
				// version" is the DCT's week.
				if st, ok := startDay(rel(base, e.unit, 0)); ok && st > s.t.dct.day() && s.tense(i) < 0 {
					base, a = s.t.dct, -1
				}
			}
			c := s.date(i, j+3, rel(base, e.unit, 0))
			c.anchor, c.mod = a, mod
			return c, true
		}
	}
	if w == wEarly && i > 1 && s.w(j) == wOn && s.isWord(i-1, "close") && s.isWordIn(i-2, "will", "would", "to", "may", "might", "could", "should", "must", "shall") {
		// "markets will close early on Nov. 27": a closing set ahead of
		// the usual time, an adverb of the verb; the day alone is the
		// expression (a past "two stages closed early on Saturday" stays
		// one DATE with START).
		return cand{}, false
	}
	if (w == wEarly || w == wLate || w == wEarlier || w == wLater) && !hasThe && s.w(j) == wOn && s.depth == 0 {
		// "late on Tuesday", "early on March 3", "early on 5 July": one
		// expression, as "late Tuesday" and "early in December" are; so
		// are "earlier on Thursday", "later on Friday", as "earlier
		// Wednesday".
		if e := s.lx(j + 1); e != nil && (e.weekday > 0 && !e.plural || e.month > 0) ||
			j+1 < len(s.toks) && s.toks[j+1].kind == tkNum && s.toks[j+1].ndig <= 2 && (s.isMonthAt(j+2) || s.w(j+2) == wOf && s.isMonthAt(j+3)) ||
			s.w(j+1) == wThe && j+2 < len(s.toks) && s.toks[j+2].kind == tkNum && s.toks[j+2].suf == sufOrd {
			// (and "late on the 26th", a bare ordinal day, as "late on 26
			// January")
			s.depth++
			inner, ok := s.core(j + 1)
			s.depth--
			if ok && inner.i == j+1 && inner.typ == timeline.TypeDate && inner.val == "" && inner.mod == "" && inner.c.g == gDay {
				inner.i, inner.mod = i, mod
				return inner, true
			}
		}
		return cand{}, false
	}
	if (w == wEarly || w == wLate) && !hasThe && s.w(j) == wIn && s.w(j+1) == wThe && s.isWord(j+2, "new") && s.w(j+3) == wYear && !s.toks[j+2].cap {
		// "early in the new year"
		if c, ok := s.newYear(j+1, j+2); ok {
			c.i, c.mod = i, mod
			return c, true
		}
	}
	inPhrase := false
	if w != wMid && s.w(j) == wIn && !hasThe && !s.predicative(i) {
		// "early in 1815", "late in March", "later in the 1990s": the
		// phrase is one expression, like "early 1815".
		j++
		inPhrase = true
	} else if (w == wEarlier || w == wLater) && s.w(j) == wIn {
		return cand{}, false
	}
	// "by the end of the day": the end of the day the story is on (the
	// paragraph's day in narrative, the report's in news); "at the end of
	// the day" is mostly "in the end", no time.
	if s.w(j) == wThe && w == wEnd && hasThe && s.isWordIn(i-1, "by", "until", "till", "before", "towards", "toward") && s.w(j+2) != wOf {
		if e := s.lx(j + 1); e != nil && e.unit == uDay && !e.plural && s.isWord(j+1, "day") {
			var c cal
			a := -1
			switch {
			case s.dayRef >= 0 && s.dayPi == s.toks[i].pi && s.dayCal.g >= gDay && !s.dayCal.noYear:
				c, a = s.dayCal, s.dayRef
			case s.t.hasDCT && s.dayRef < 0:
				c = s.t.dct
			default:
				return cand{}, false
			}
			c.g, c.part, c.hh, c.mm = gDay, 0, 0, 0
			r := s.date(i, j+2, c)
			r.anchor, r.mod, r.dctRel = a, mod, a < 0
			return r, true
		}
	}
	// "the end of the year", "the middle of the month"
	if s.w(j) == wThe {
		if e := s.lx(j + 1); e != nil && e.unit >= uWeek && !e.plural {
			base, a, ok := s.base(true, i)
			if (e.unit == uDecade || e.unit == uCentury) && s.cref >= 0 && (!ok || a >= 0 && s.cref > a || a < 0 && s.storyCref()) {
				base, a, ok = s.crefC, s.cref, true // "The 1930s saw ...; by the end of the decade"
			}
			if (e.unit == uDecade || e.unit == uCentury) && ok && a < 0 && s.cref >= 0 && s.pastPeriodPart(e.unit, mod) && s.tense(i) < 0 {
				// A past-tense clause cannot speak of a part of the DCT's
				// decade still to come: "The program began in 1985. By
				// the end of the decade, enrollment had tripled" (written
				// in 1990) is the 1980s'.
				base, a = s.crefC, s.cref
			}
			if e.unit == uYear && ok && a < 0 && mod == "END" && s.ref >= 0 && !s.refAtt && !s.refCal.noYear && s.refCal.g >= gYear &&
				s.refCal.y < s.t.dct.y && s.t.dct.m <= 6 && s.refPi == s.toks[i].pi && s.pastPerfectAfter(j+2) {
				// Nor of the end of the DCT's year still to come: "Russia
				// began air strikes on 30 September 2015, and by the end
				// of the year government forces had regained ground"
				// (written in February 2016) is 2015's end. (The past
				// perfect after it says so; "wants Tokyo to lift the
				// curbs, imposed in July, by the end of the year" looks
				// ahead.)
				base, a = s.refCal, s.ref
			}
			if e.unit == uYear && ok && a < 0 && mod == "END" && s.t.hasDCT && s.ref >= 0 && !s.refAtt && !s.refCal.noYear && s.refCal.g >= gMonth && s.refCal.g != gWeek &&
				s.refCal.y < s.t.dct.y && s.t.dct.m <= 11 && s.refPi == s.toks[i].pi && s.relTok < s.refTok && s.tense(i) < 0 {
				// A clause in the simple past cannot tell of the end of
				// the DCT's year still to come either: after a month or a
				// day of an earlier year, it is that year's end ("The
				// offensive began on 4 April 2019. By the end of the year
				// mercenaries were fighting on its side", written in
				// October 2020, is 2019's).
				base, a = s.refCal, s.ref
			}
			if (e.unit == uWeek || e.unit == uMonth) && ok && a < 0 && s.t.hasDCT && s.dayRef >= 0 && s.dayPi == s.toks[i].pi && s.dayCal.g >= gDay && !s.dayCal.noYear &&
				s.relTok < s.dayTok && s.dayCal.day() < s.t.dct.day()-40 && s.tense(i) < 0 {
				// A past-tense clause on the week or month of the day its
				// paragraph tells of: "The storm struck on Feb. 3, 2017.
				// Power was back by the end of the week" (written in 2018)
				// is that day's week, not the DCT's.
				base, a = s.dayCal, s.dayRef
			}
			if e.unit == uCentury && ok {
				base = coarsen(base, gCentury) // "the 1720s ... early in the century": the 18th
			}
			if !ok {
				return cand{}, false
			}
			c := s.date(i, j+2, rel(base, e.unit, 0))
			c.anchor, c.mod = a, mod
			return c, true
		}
	}
	// One level of nesting at most ("late early mid-..." must stay linear).
	if s.depth > 0 {
		return cand{}, false
	}
	s.depth++
	inner, ok := s.core(j)
	if !ok && (inPhrase || s.w(j-1) == wOf) && s.w(j) == wThe {
		// "the 1980s", "the summer of 1988" start at the word after "the"
		// ("early in the 1980s", "the end of the 1930s").
		if inner, ok = s.core(j + 1); ok && inner.i != j {
			ok = false
		}
	}
	s.depth--
	if !ok && (w == wEarly || w == wLate || w == wMid) {
		// bare season or part of day: "the early summer", "late afternoon"
		if e := s.lx(j); e != nil {
			switch {
			case e.season > 0:
				inner = s.date(j, j+1, cal{g: gSeason, part: int(e.season), noYear: true})
				inner.partial, ok = true, true
			case e.pod > 0 && s.t.hasDCT && !(s.isPunct(j-1, '-') && s.tight(j) && j+1 < len(s.toks) && s.toks[j+1].kind == tkWord && !s.toks[j+1].cap && s.toks[j+1].lex() == nil && !s.phraseEnds(j+1)):
				// (not before a noun: "late-night stores", "an
				// early-morning flight" name a kind, not a time; a
				// pronoun or possessive opens the clause: "by
				// mid-afternoon his command was destroyed")
				c := s.t.dct
				end, anchor := j+1, -1
				// "mid-morning Friday", "late afternoon yesterday": the day named.
				if dc, ok := s.podDay(j + 1); ok {
					c, end, anchor = dc.c, dc.j, dc.anchor
				}
				c.g, c.part = gPartOfDay, int(e.pod)
				inner = cand{i: j, j: end, typ: timeline.TypeTime, c: c, anchor: anchor}
				ok = true
			case e.pod > 0 && !s.t.hasDCT && !hasThe && !e.plural && s.dayRef >= 0 && s.dayPi == s.toks[i].pi && s.dayCal.g >= gDay && !s.dayCal.noYear &&
				(s.w(i-1) == wBy || s.w(i-1) == wUntil || s.w(i-1) == wAt || s.w(i-1) == wIn) && (s.phraseEnds(j+1) || s.seasonEnds(j+1)) &&
				!(s.isPunct(j-1, '-') && s.tight(j) && j+1 < len(s.toks) && s.toks[j+1].kind == tkWord && !s.toks[j+1].cap && s.toks[j+1].lex() == nil && !s.phraseEnds(j+1)):
				// In narrative, "attacked on 4 October 1917, and by
				// mid-morning the ridge was taken": a part of the day the
				// paragraph is on, as "that night" is.
				c := s.dayCal
				c.g, c.part = gPartOfDay, int(e.pod)
				inner = cand{i: j, j: j + 1, typ: timeline.TypeTime, c: c, anchor: s.dayRef}
				ok = true
			}
		}
	}
	if !ok && (w == wEnd || w == wStart || w == wBeginning || w == wMiddle || rest && s.w(j) == wThe) && s.w(j-1) == wOf {
		// "the end of the summer", "the start of autumn": the season of
		// the year the clause looks to, as "late summer"; "the rest of
		// the winter" its end, as "the rest of the year".
		k := j
		if s.w(k) == wThe {
			k++
		}
		if e := s.lx(k); e != nil && e.season > 0 && !e.plural && !s.isPunct(k+1, '-') && (s.w(k+1) != wOf || k == j) {
			if _, _, isYear := s.yearTok(k + 1); !isYear {
				inner = s.date(j, k+1, cal{g: gSeason, part: int(e.season), noYear: true})
				inner.partial, ok = true, true
			}
		}
	}
	// A century or millennium BC has a fixed value: "the early 7th century BC".
	bcPeriod := ok && inner.typ == timeline.TypeDate && len(inner.val) >= 3 && len(inner.val) <= 4 && inner.val[:2] == "BC"
	if !ok || inner.val != "" && !bcPeriod || inner.typ == timeline.TypeDuration || inner.typ == timeline.TypeSet || inner.mod != "" {
		return cand{}, false
	}
	if inPhrase {
		// Only a named period: "early in the morning", "late in the war"
		// and "later in the day" are not this rule's.
		if inner.typ == timeline.TypeTime && inner.c.g == gPartOfDay && (w == wEarly || w == wLate) && inner.i == j && s.w(j) == wThe {
			// "late in the afternoon", "early in the evening": the part of
			// the day with its mod, as "late that afternoon" and "the late
			// afternoon".
			inner.i, inner.mod = i, mod
			return inner, true
		}
		if inner.typ != timeline.TypeDate || inner.c.g == gNone || inner.c.g >= gWeek || inner.i != j {
			return cand{}, false
		}
		inner.i, inner.mod = i, mod
		return inner, true
	}
	if w == wEarlier || w == wLater {
		// only with a deictic or a day: "earlier this month", "later Sunday"
		if s.w(j) == wThe && s.w(j+1) == wSame {
			j++ // "later the same year", as "later that year"
		}
		switch s.w(j) {
		case wThis, wToday, wYesterday, wTomorrow, wTonight, wLast, wNext:
		case wThat, wSame:
			// "later that year": the anchored period itself (TimeML gives no mod).
			mod = ""
			if w == wEarlier {
				// a look back: "landed in June 1215. Earlier that year
				// the barons had ...; later that month" is June still
				inner.noRef = true
			}
		default:
			if hasThe && (inner.c.g == gCentury || inner.c.g == gDecade) {
				break // "the later 14th century", "the earlier 1960s"
			}
			if e := s.lx(j); e == nil || e.weekday == 0 {
				return cand{}, false
			}
		}
	}
	inner.i = i
	inner.mod = mod
	if hasThe && (w == wEarly || w == wLate || w == wMid) && inner.typ == timeline.TypeDate && (inner.c.g == gMonth || inner.c.g == gDay || inner.c.g == gSeason) {
		// Before its noun the article is the noun's, as in "the November
		// trip": "the late-November trip" tags "late-November".
		c := inner
		c.i = i + 1
		if s.attributive(c) {
			inner.i = i + 1
		}
	}
	return inner, true
}

// pastPerfectAfter reports whether the clause from k on, to the end of
// its sentence, is in the past perfect: "by the end of the year [forces]
// had regained ground".
func (s *state) pastPerfectAfter(k int) bool {
	hi := k
	for n := 0; hi < len(s.toks)-1 && n < 12 && !s.sentenceEnd(hi) && !s.isPunct(hi, ';'); n++ {
		hi++
	}
	return s.pastPerfect(k, hi)
}

// predicative reports whether "early" or "late" at i follows a form of
// "be" as an adjective: "the harvest was late in 1943" says how, not when
// ("it was late in 1943 that" is a time).
func (s *state) predicative(i int) bool {
	switch s.w(i - 1) {
	case wWas, wWere, wIs, wAre, wAm:
		return !s.isWord(i-2, "it")
	}
	return s.isWord(i-1, "be") || s.isWord(i-1, "been")
}

// discourseQuarter is the quarter a company report is about: the last one
// mentioned, else the last one completed before the DCT.
func (s *state) discourseQuarter() (cal, int, bool) {
	if s.ref >= 0 && s.refCal.g == gQuarter && !s.refCal.noYear {
		return s.refCal, s.ref, true
	}
	if s.t.hasDCT {
		return shift(coarsen(s.t.dct, gQuarter), uQuarter, -1), -1, true
	}
	return cal{}, -1, false
}

// pTerm: "the near term", "the short term" (TimeBank: FUTURE_REF, 2 of
// 2), "the long term"; "the weeks ahead", "the days ahead" (a stretch of
// unknown length, as TimeBank's "the weeks ahead", PXW).
func (s *state) pTerm(i int) (cand, bool) {
	if (s.isWord(i+1, "near") || s.isWord(i+1, "short") || s.isWord(i+1, "long")) && s.isWord(i+2, "term") && !s.isPunct(i+3, '-') {
		return s.fixed(i, i+3, timeline.TypeDate, "FUTURE_REF"), true
	}
	if e := s.lx(i + 1); e != nil && e.unit >= uDay && e.unit <= uYear && e.plural && s.isWord(i+2, "ahead") {
		return s.fixed(i, i+3, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	return cand{}, false
}

// changeBy reports whether the quantity at i is the measure of a change
// of a level or amount: "by" after a verb of rising, falling or cutting
// stands before it, or before a modifier of it ("fell by almost a
// quarter", "cut its staff by a quarter", "rose by more than a third").
func (s *state) changeBy(i int) bool {
	k := i - 1
	if s.isWordIn(k, "than") && s.isWordIn(k-1, "more", "less", "fewer") {
		k -= 2
	} else if s.isWordIn(k, "almost", "nearly", "about", "around", "roughly", "some", "just", "over", "approximately") {
		k--
	}
	if k < 1 || !s.isWord(k, "by") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if s.toks[j].kind != tkWord || s.sentenceEnd(j) {
			return false
		}
		if s.isWordIn(j, "fell", "rose", "grew", "cut", "shrank", "sank", "slid", "dropped", "jumped", "climbed", "increased", "decreased",
			"declined", "slumped", "soared", "plunged", "tumbled", "surged", "fallen", "risen", "grown", "shrunk", "reduced", "raised", "lowered",
			"boosted", "expanded", "contracted", "slashed", "fall", "rise", "grow", "drop", "increase", "decrease", "decline", "shrink", "falls",
			"rises", "grows", "drops", "increases", "decreases", "declines", "shrinks", "reduce", "reduces", "slash", "slashes", "trim", "trimmed") {
			return true
		}
	}
	return false
}

// pointAfter reports whether a rate's or a measure's unit follows at k:
// "point", "percentage", "-point", "mile", "-inch".
func (s *state) pointAfter(k int) bool {
	if s.isPunct(k, '-') && s.tight(k) {
		k++
	}
	// So is one of a measure of length, area, weight or volume: "a
	// quarter mile", "a quarter-inch of ice", "half an inch of rain".
	return s.isWord(k, "point") || s.isWord(k, "points") || s.isWord(k, "percentage") ||
		s.isWordIn(k, "mile", "miles", "inch", "inches", "foot", "feet", "yard", "yards", "acre", "acres", "pound", "pounds", "ounce", "ounces", "gallon", "gallons", "cup", "cups", "teaspoon", "tablespoon", "ton", "tons")
}

// pQuarter: "the third quarter", "third-quarter", "Q3 2019", "the first half of 1990".
func (s *state) pQuarter(i int) (cand, bool) {
	for k := i; k < len(s.toks) && k <= i+3; k++ {
		if e := s.lx(k); e != nil && e.unit == uQuarter {
			if s.pointAfter(k + 1) {
				return cand{}, false // "the first quarter-point cut": a rate
			}
			break
		}
	}
	j := i
	hasThe := s.w(j) == wThe
	if hasThe {
		j++
	}
	// A year before the quarter: "the 1988 second quarter", "last year's
	// fourth quarter", "the 1988 period" (the quarter under discussion).
	yearPre, hasYear := 0, false
	if y, next, ok := s.yearTok(j); ok && hasThe {
		yearPre, hasYear, j = y, true, next
	} else if off, ok := s.possessiveYear(j); ok {
		yearPre, hasYear, j = s.t.dct.y+off, true, j+4
	} else if y, next, ok := s.yearTok(j); ok && !hasThe && s.toks[j].kind == tkNum && s.isPunct(next, '\'') && s.tight(next) && s.isWord(next+1, "s") {
		// "2023's fourth quarter", as "last year's fourth quarter"
		if o, after, ok := s.ordAt(next + 2); ok && o <= 4 && s.lx(after) != nil && s.lx(after).unit == uQuarter && !s.lx(after).plural {
			yearPre, hasYear, j = y, true, next+2
		}
	}
	if hasYear {
		if e := s.lx(j); e != nil && (e.w == wPeriod || e.unit == uQuarter && !e.plural) {
			q, a, ok := s.discourseQuarter()
			if !ok {
				if e.w == wPeriod || !hasThe {
					return cand{}, false
				}
				return s.date(i, j+1, cal{g: gYear, y: yearPre}), true
			}
			c := s.date(i, j+1, cal{g: gQuarter, y: yearPre, part: q.part})
			c.anchor, c.noRef = a, true
			return c, true
		}
	}
	if s.w(j) == wFiscal {
		j++
	}
	var q, k int
	g := gQuarter
	adj := false
	if w := s.word(j); len(w) == 1 && (w[0]|0x20) == 'q' && s.tight(j+1) {
		n, ok := s.plainNum(j + 1)
		if !ok || n < 1 || n > 4 || s.toks[j+1].ndig != 1 {
			return cand{}, false
		}
		q, k = n, j+2
	} else if len(w) == 1 && w[0] == 'H' && s.tight(j+1) && !hasThe {
		// "H1 2024", "H2 2023": a half of the year named after it (a
		// half with no year is left alone: "H1" is also a heading, a
		// visa, a virus's part).
		n, ok := s.plainNum(j + 1)
		if !ok || n < 1 || n > 2 || s.toks[j+1].ndig != 1 || s.tight(j+2) {
			return cand{}, false
		}
		if y, next, ok := s.yearTok(j + 2); ok && s.toks[j+2].sp {
			return s.date(i, next, cal{g: gHalf, y: y, part: n}), true
		}
		return cand{}, false
	} else {
		o, next, ok := s.ordAt(j)
		if !ok && hasThe && (s.w(j) == wLast || s.isWord(j, "final") || s.isWord(j, "latter")) && s.w(j+2) == wOf {
			// "the last half of 1989", "the last quarter of the century",
			// "the latter half of the 19th century" (but "the last
			// quarter" alone is the one just over).
			if e := s.lx(j + 1); e != nil && e.w == wHalf {
				o, next, ok = 2, j+1, true
			} else if e != nil && e.unit == uQuarter && !e.plural {
				o, next, ok = 4, j+1, true
			}
		}
		if _, _, yok := s.yearTok(j + 3); !ok && hasThe && (s.isWord(j, "back") || s.isWord(j, "front")) && s.w(j+1) == wHalf && s.w(j+2) == wOf &&
			(yok || (s.w(j+3) == wThe || s.w(j+3) == wThis || s.w(j+3) == wNext || s.w(j+3) == wLast) && s.lx(j+4) != nil && s.lx(j+4).unit == uYear && !s.lx(j+4).plural) {
			// "the back half of the year", "the front half of 2024": the
			// second and the first half, as business news says it
			o, next, ok = 2, j+1, true
			if s.isWord(j, "front") {
				o = 1
			}
		}
		if !ok {
			return cand{}, false
		}
		if s.isPunct(next, '-') && s.tight(next) && s.tight(next+1) {
			next++
			adj = true
		}
		e := s.lx(next)
		switch {
		case e != nil && e.unit == uQuarter && !e.plural && o <= 4:
			q, k = o, next+1
		case e != nil && e.w == wHalf && o <= 2:
			q, k, g = o, next+1, gHalf
		default:
			return cand{}, false
		}
	}
	if adj && hasThe {
		i++ // "the third-quarter results": the adjective alone
	}
	if (g == gHalf || g == gQuarter) && s.w(k) == wOf && s.depth == 0 {
		// "the first half of the 19th century", "the second half of the
		// 1990s": the period, its first or last part.
		s.depth++
		d, ok := s.core(k + 1)
		if !ok && s.w(k+1) == wThe {
			d, ok = s.core(k + 2)
		}
		s.depth--
		if e := s.lx(k + 2); !ok && s.w(k+1) == wThe && e != nil && (e.unit == uCentury || e.unit == uDecade) && !e.plural && s.w(k+3) != wOf {
			// "the second half of the century": the century the story
			// is in, as "the end of the century".
			base, a, bok := s.base(true, i)
			if s.cref >= 0 && (!bok || a >= 0 && s.cref > a || a < 0 && s.storyCref()) {
				base, a, bok = s.crefC, s.cref, true
			}
			if bok && !base.noYear && base.g >= unitGran(e.unit) {
				d, ok = s.date(k+1, k+3, coarsen(base, unitGran(e.unit))), true
				d.anchor = a
			}
		}
		if g == gHalf && ok && d.typ == timeline.TypeDate && d.mod == "" && d.val == "" && d.c.g == gMonth && d.i == k+1 {
			// "the first half of July", "the second half of June 2021":
			// a half of the month, its early or late part, not a half of
			// the year.
			d.i, d.mod = i, "START"
			if q == 2 {
				d.mod = "END"
			}
			return d, true
		}
		if ok && d.typ == timeline.TypeDate && d.mod == "" && !d.partial &&
			(d.val == "" && (d.c.g == gCentury || d.c.g == gDecade) || len(d.val) == 4 && d.val[:2] == "BC") {
			d.i, d.mod = i, "START"
			switch {
			case g == gHalf && q == 2 || g == gQuarter && q == 4:
				d.mod = "END"
			case g == gQuarter && q > 1:
				d.mod = "MID" // "the third quarter of the 19th century"
			}
			return d, true
		}
	}
	c := s.date(i, k, cal{g: g, part: q})
	if hasYear {
		c.c.y = yearPre
		return c, true
	}
	// "of 1989", "1989", "of this year", "of last year", "of fiscal 1990"
	m := k
	if s.w(m) == wOf {
		m++
	}
	if s.w(m) == wFiscal {
		m++
	}
	if y, next, ok := s.yearTok(m); ok && !(g == gHalf && m == k) {
		c.c.y, c.j = y, next
		return c, true
	}
	if m > k && s.isWord(m, "fy") {
		// "the first half of FY2024", "the third quarter of FY25"
		if fy, ok := s.pFY(m); ok {
			c.c.y, c.j = fy.c.y, fy.j
			return c, true
		}
	}
	if s.w(k) == wOf && s.w(k+2) == wYear && s.t.hasDCT {
		if off, ok := s.yearShift(k+1, true); ok {
			c.c.y, c.j = s.t.dct.y+off, k+3
			return c, true
		}
	}
	if g == gHalf && !hasThe && !(adj && s.t.hasDCT && s.reportNoun(k)) {
		// (but "first-half profit", "second-half sales" in a report
		// are the year's half, as "second-quarter profit" is its
		// quarter; "a first-half goal" is a half of a match)
		return cand{}, false
	}
	if e := s.lx(k + 2); s.w(k) == wOf && s.w(k+1) == wThe && e != nil && !e.plural {
		switch {
		case e.unit == uYear && !s.t.hasDCT:
			// "the first half of the year" in a narrative: the year the
			// story is in, the phrase one expression.
			c.j = k + 3
		case e.unit == uCentury || e.unit == uDecade:
			return cand{}, false // "the first half of the decade" with none named
		}
	}
	c.c.noYear, c.partial = true, true
	return c, true
}

// reportNoun reports whether the word at k is a figure a company or an
// economy reports for a period: "profit", "sales", "results".
func (s *state) reportNoun(k int) bool {
	return s.isWordIn(k, "profit", "profits", "earnings", "results", "sales", "revenue", "revenues", "loss", "losses", "income", "growth",
		"output", "deficit", "surplus", "dividend", "figures", "margin", "margins", "orders", "shipments", "production", "exports", "imports", "performance")
}

// possessiveYear reads "last year's", "this year's", "next year's" at k
// and returns the offset from the DCT year.
func (s *state) possessiveYear(k int) (int, bool) {
	if !s.t.hasDCT || s.w(k+1) != wYear || !s.isPunct(k+2, '\'') || !s.isWord(k+3, "s") {
		return 0, false
	}
	return s.yearShift(k, false)
}

// pCentury: "the 19th century", "the nineteenth century", "5th century BC".
func (s *state) pCentury(i int) (cand, bool) {
	j := i
	if s.w(j) == wThe {
		j++
	}
	n, k, ok := s.ordAt(j)
	if !ok || n < 1 {
		return cand{}, false
	}
	if j == i && s.isWordIn(i-1, "his", "her", "its", "their", "our") {
		// "his second century in three weeks": a hundred runs; "in its
		// first century the dynasty expanded": the first hundred years
		// of its life, no calendar century
		return cand{}, false
	}
	if s.isPunct(k, '-') && s.tight(k) {
		k++
	}
	e := s.lx(k)
	if e != nil && e.unit == uMillennium && (!e.plural || s.listedSecond(i, j)) && n <= 10 {
		// "the 2nd millennium", "the 1st millennium BC": its first digit;
		// "3rd millennia BC" after "the 4th and" too.
		k++
		if next, bc, ok := s.eraAfter(k); ok {
			if bc {
				return s.fixed(i, next, timeline.TypeDate, "BC"+strconv.Itoa(n-1)), true
			}
			k = next
		}
		return s.fixed(i, k, timeline.TypeDate, strconv.Itoa(n-1)), true
	}
	if e == nil && j == i+1 && n <= 4 && s.clauseEnd(k) && (s.w(i-1) == wIn || s.w(i-1) == wDuring) && s.ref >= 0 && s.refTok < i && s.oneSentence(s.refTok, i) &&
		(s.refCal.g == gQuarter || s.refCal.g == gHalf && n <= 2) && !s.refCal.noYear {
		// "growth slowed to 2 percent in the fourth quarter, from 2.2
		// percent in the third", "in the final quarter of 2023 after
		// shrinking in the third": a quarter (or half) of the same year
		// with the word left out, right after one was named in its
		// sentence.
		c := s.date(i, k, cal{g: s.refCal.g, y: s.refCal.y, part: n})
		c.anchor = s.ref
		return c, true
	}
	if e == nil || e.unit != uCentury {
		// "the 16th and 17th centuries": two expressions, like "the 1930s
		// and 1940s"; the first takes its unit and era from the second.
		// So does "from the 14th to the 16th century".
		if n <= 21 && !s.isPunct(k, '-') && (s.clauseEnd(k) && (j == i && s.edgeBefore(j) || j == i+1 && (s.w(i-1) == wIn || s.w(i-1) == wDuring)) || s.elidedCentury(i, j, k)) &&
			s.cref >= 0 && s.crefC.g == gCentury && !s.crefC.noYear && s.crefC.y >= 0 {
			// "rebuilt in the 17th century and again in the late 18th.",
			// "flourished in the 9th and 10th centuries, declined in the
			// 11th,": a century, or part of one, with the word left out
			// right after a century was the last date named.
			return s.date(i, k, cal{g: gCentury, y: n - 1}), true
		}
		if w := s.w(k); w != wAnd && w != wOr && w != wTo && w != wThrough && !s.isPunct(k, '-') {
			return cand{}, false
		}
		k1 := k + 1
		if s.w(k1) == wThe {
			k1++
		}
		k1 = s.skipEdge(k1) // "the late 18th and early 19th centuries"
		n2, k2, ok := s.ordAt(k1)
		if e2 := s.lx(k2); ok && e2 != nil && e2.unit == uMillennium && e2.plural && n <= 10 && n2 <= 10 {
			// "the 4th and 3rd millennia BC", "the first and second
			// millennia AD": the first takes the unit and era of the
			// second, a millennium each (its first digit).
			if _, bc, ok := s.eraAfter(k2 + 1); ok && bc {
				return s.fixed(i, k, timeline.TypeDate, "BC"+strconv.Itoa(n-1)), true
			}
			return s.fixed(i, k, timeline.TypeDate, strconv.Itoa(n-1)), true
		}
		if e2 := s.lx(k2); !ok || e2 == nil || e2.unit != uCentury {
			return cand{}, false
		}
		if _, bc, ok := s.eraAfter(k2 + 1); ok && bc {
			return s.fixed(i, k, timeline.TypeDate, "BC"+pad(n-1, 2)), true
		}
		return s.date(i, k, cal{g: gCentury, y: n - 1}), true
	}
	if th := j - 1; s.toks[k].cap && s.toks[j].cap && s.w(th) == wThe && !s.toks[th].cap && s.w(th-1) == wOf && th >= 2 && s.toks[th-2].cap && s.lx(th-2) == nil {
		// Part of a name: "the Crisis of the Third Century", "the
		// Church of the Twentieth Century" (a period, not the century).
		return cand{}, false
	}
	if e.plural {
		b := j - 1
		if s.w(b) != wThe && s.skipEdge(b) == j {
			b-- // "and early 19th centuries"
		} else if s.isPunct(b, '-') && s.w(b-1) == wMid && s.skipEdge(b-1) == j {
			b -= 2 // "and mid-19th centuries"
		}
		if b >= 0 && s.w(b) == wThe {
			b-- // "and the mid-14th centuries"
		}
		if w := s.w(b); w != wAnd && w != wOr && w != wTo {
			return cand{}, false
		}
	}
	k++
	if next, bc, ok := s.eraAfter(k); ok {
		if bc {
			// a date, stored as -N, so that "a century later" counts on
			// from it
			return s.date(i, next, cal{g: gCentury, y: -n}), true
		}
		k = next
	}
	return s.date(i, k, cal{g: gCentury, y: n - 1}), true
}

// elidedCentury reports whether "the 10th" at i (the ordinal at j, the
// token after it at k), after "by", "from", "until", "since", "after",
// "before" or "to", is a century with the word left out: a century is the
// last date named, and the ordinal ends its phrase, before a comma, the
// clause's end or the subject's "the" ("from the 8th century, and by the
// 10th the islands traded with India"), so that no noun it could count
// ("the 10th Regiment") follows.
func (s *state) elidedCentury(i, j, k int) bool {
	if j != i+1 || s.w(i) != wThe || !s.isWordIn(i-1, "by", "from", "until", "since", "after", "before", "to") {
		return false
	}
	if !s.clauseEnd(k) && s.w(k) != wThe {
		return false
	}
	return s.cref >= 0 && s.ref <= s.cref
}

// listedSecond reports whether the ordinal at j (its phrase starting at i)
// comes after "and", "or" or "to" ("the 4th and 3rd millennia BC", "the
// first and the second millennia"): a plural unit after it names each of
// the list.
func (s *state) listedSecond(i, j int) bool {
	b := i - 1
	if j == i && s.w(i-1) == wThe {
		b = i - 2
	}
	w := s.w(b)
	return w == wAnd || w == wOr || w == wTo
}

// edgeBefore reports whether "the early", "the late" or "the mid(-)"
// stands right before token j.
func (s *state) edgeBefore(j int) bool {
	switch {
	case s.w(j-1) == wEarly || s.w(j-1) == wLate || s.w(j-1) == wMid:
		return s.w(j-2) == wThe
	case s.isPunct(j-1, '-') && s.tight(j-1) && s.w(j-2) == wMid:
		return s.w(j-3) == wThe
	}
	return false
}

// skipEdge returns the token after "early", "late" or "mid"/"mid-" at k
// (the part of a period named in a range: "the late 18th and early 19th
// centuries"), or k when there is none.
func (s *state) skipEdge(k int) int {
	switch s.w(k) {
	case wEarly, wLate:
		return k + 1
	case wMid:
		if s.isPunct(k+1, '-') && s.tight(k+1) {
			return k + 2
		}
		return k + 1
	}
	return k
}

// pTurn: "the turn of the century", "the turn of the 20th century". The
// turn is the start of a century (mod START): "the turn of the 19th
// century" is about 1800, as "the early 19th century" is. A bare "the
// century" is the one whose start lies nearest the last date mentioned,
// or the DCT, looking back or ahead by the tense when counted from it.
func (s *state) pTurn(i int) (cand, bool) {
	if !s.isWord(i+1, "turn") || s.w(i+2) != wOf || s.w(i+3) != wThe {
		return cand{}, false
	}
	if s.w(i+4) == wCentury {
		base, anchor, ok := s.base(true, i)
		if s.cref >= 0 && s.cref > s.ref && s.crefC.g == gDecade && !s.crefC.noYear && s.crefC.y > 0 {
			// "the 1960s ... by the turn of the century": from the middle
			// of the decade the story is in.
			base, anchor, ok = cal{g: gYear, y: s.crefC.y*10 + 5}, s.cref, true
		}
		if !ok || base.g < gYear || base.noYear {
			c := s.fixed(i, i+5, timeline.TypeDate, "XX")
			c.mod = "START"
			return c, true
		}
		b := (base.y + 50) / 100 * 100
		if anchor < 0 {
			switch t := s.tense(i); {
			case t > 0 && b <= base.y:
				b += 100
			case t < 0 && b > base.y:
				b -= 100
			}
		}
		c := s.date(i, i+5, cal{g: gCentury, y: b / 100})
		c.mod, c.anchor, c.noRef = "START", anchor, true
		return c, true
	}
	if e := s.lx(i + 4); e != nil && e.unit == uMillennium && !e.plural {
		// "at the turn of the millennium": the millennium that begins,
		// as "the turn of the century"; in narrative near the last date.
		base, anchor, ok := s.base(true, i)
		if !ok || base.g < gYear || base.noYear || base.y < 500 {
			return cand{}, false
		}
		c := s.date(i, i+5, cal{g: gMillennium, y: (base.y + 500) / 1000})
		c.mod, c.anchor, c.noRef = "START", anchor, true
		return c, true
	}
	if s.depth > 0 {
		return cand{}, false
	}
	s.depth++
	d, ok := s.core(i + 3)
	s.depth--
	if !ok || d.i != i+3 || d.typ != timeline.TypeDate || d.mod != "" || d.partial ||
		!(d.val == "" && d.c.g == gCentury || len(d.val) == 4 && d.val[:2] == "BC") {
		return cand{}, false
	}
	d.i, d.mod = i, "START"
	return d, true
}

// pPartYears: "the early years of the 20th century", "the closing years
// of the century", "the latter part of the 1920s": the century's or
// decade's part (START, MID, END), as "the early 20th century" and "the
// first half of the 15th century" ("his final years" is a life's, none).
func (s *state) pPartYears(i int) (cand, bool) {
	mod := ""
	switch {
	case s.w(i+1) == wEarly || s.isWord(i+1, "first") || s.isWord(i+1, "opening") || s.isWord(i+1, "earliest"):
		mod = "START"
	case s.w(i+1) == wLater || s.isWord(i+1, "latter") || s.w(i+1) == wLast || s.isWord(i+1, "final") || s.isWord(i+1, "closing") || s.isWord(i+1, "dying"):
		mod = "END"
	case s.w(i+1) == wMiddle:
		mod = "MID"
	default:
		return cand{}, false
	}
	if s.isWordIn(i+2, "months", "weeks", "days") && s.w(i+3) == wOf && mod != "MID" && s.depth == 0 {
		// "the closing months of 1918", "the first days of March 1917":
		// the year's or month's start or end, as "the first weeks of
		// 1919" (pWeekOf); months only of a year.
		s.depth++
		d, ok := s.core(i + 4)
		s.depth--
		if ok && d.i == i+4 && d.typ == timeline.TypeDate && d.mod == "" && d.val == "" && (d.c.g == gYear || d.c.g == gMonth && !s.isWord(i+2, "months")) {
			d.i, d.mod = i, mod
			return d, true
		}
		return cand{}, false
	}
	if !(s.isWord(i+2, "years") || s.isWord(i+2, "part") || s.isWord(i+2, "decades")) || s.w(i+3) != wOf || s.w(i+4) != wThe || s.depth > 0 {
		return cand{}, false
	}
	if e := s.lx(i + 5); e != nil && (e.unit == uCentury || e.unit == uDecade) && !e.plural && s.w(i+6) != wOf {
		// "the closing years of the century": the one the story is in
		if s.isWord(i+2, "decades") && e.unit == uDecade {
			return cand{}, false
		}
		base, a, ok := s.base(true, i)
		if s.cref >= 0 && (!ok || a >= 0 && s.cref > a || a < 0 && s.storyCref()) {
			base, a, ok = s.crefC, s.cref, true
		}
		if !ok || base.noYear || base.g < unitGran(e.unit) {
			return cand{}, false
		}
		c := s.date(i, i+6, coarsen(base, unitGran(e.unit)))
		c.mod, c.anchor = mod, a
		return c, true
	}
	s.depth++
	d, ok := s.core(i + 4)
	if !ok {
		d, ok = s.core(i + 5)
	}
	s.depth--
	if !ok || d.typ != timeline.TypeDate || d.mod != "" || d.partial || d.i > i+5 ||
		!(d.val == "" && (d.c.g == gCentury || d.c.g == gDecade && !s.isWord(i+2, "decades")) || len(d.val) == 4 && d.val[:2] == "BC") {
		return cand{}, false
	}
	d.i, d.mod = i, mod
	return d, true
}

// midCentury: "by mid-century", "in the mid-century" of a narrative: the
// middle of the century the story is in (mod MID), the last century
// named or the one holding the last date ("in the early 17th century ...
// by mid-century" is 16 MID); not the adjective ("mid-century
// furniture").
func (s *state) midCentury(i, j int) (cand, bool) {
	if s.w(j) != wMid || !s.isPunct(j+1, '-') || !s.tight(j+1) || !s.tight(j+2) || s.w(j+2) != wCentury || s.t.hasDCT {
		return cand{}, false
	}
	switch n := j + 3; {
	case n >= len(s.toks) || s.isPunct(n, ',') || s.isPunct(n, '.') || s.isPunct(n, ';'):
	case s.storyWord(n) || s.seasonEnds(n):
	default:
		return cand{}, false
	}
	var c cal
	a := -1
	switch {
	case s.cref >= 0 && s.cref >= s.ref && !s.crefC.noYear:
		c, a = s.crefC, s.cref
	case s.ref >= 0 && !s.refCal.noYear && s.refCal.g >= gYear && s.refCal.y > 0:
		c, a = cal{g: gCentury, y: s.refCal.y / 100}, s.ref
	default:
		return cand{}, false
	}
	switch {
	case c.g == gDecade && c.y > 0:
		c = cal{g: gCentury, y: c.y / 10}
	case c.g >= gYear && c.y > 0:
		c = cal{g: gCentury, y: c.y / 100}
	case c.g != gCentury:
		return cand{}, false
	}
	r := s.date(i, j+3, c)
	r.mod, r.anchor, r.noRef = "MID", a, true
	return r, true
}

// pWeekOf: "the first week of March 1918", "the last week of June". The
// first and last weeks of a month or year are its start and end (mod
// START/END, as "early March" is; they need not be ISO weeks); the
// second to fourth week of a month is the ISO week holding the middle of
// its seven days, as "the week of March 6" is.
func (s *state) pWeekOf(i int) (cand, bool) {
	n, k := 0, i+1
	switch {
	case s.w(k) == wLast || s.isWord(k, "final"):
		n, k = -1, k+1
	default:
		o, next, ok := s.ordAt(k)
		if !ok || o > 4 {
			return cand{}, false
		}
		n, k = o, next
	}
	if e := s.lx(k); e == nil || e.unit != uWeek || e.plural && n > 1 || s.w(k+1) != wOf || s.depth > 0 {
		return cand{}, false
	}
	s.depth++
	d, ok := s.core(k + 2)
	s.depth--
	if !ok || d.i != k+2 || d.typ != timeline.TypeDate || d.mod != "" || d.val != "" || d.c.g != gMonth && d.c.g != gYear {
		return cand{}, false
	}
	d.i = i
	switch {
	case n == 1:
		d.mod = "START"
	case n == -1:
		d.mod = "END"
	case d.c.g == gMonth:
		d = s.resolve(d)
		if d.c.noYear {
			return cand{}, false
		}
		d.c.g, d.c.d = gDay, 7*(n-1)+4
		d.c = weekOf(d.c)
	default:
		return cand{}, false
	}
	return d, true
}

// dayOf returns the day a part of the day at token i belongs to: the
// day after "on" at k ("at dawn on 6 June 1944"), else the last day
// mentioned, else the DCT, else an unknown day.
func (s *state) dayOf(k int) (cal, int) {
	if s.w(k) == wOn && s.depth == 0 {
		s.depth++
		dc, ok := s.core(k + 1)
		s.depth--
		if ok && dc.typ == timeline.TypeDate && dc.val == "" && dc.c.g == gDay {
			if dc = s.resolve(dc); !dc.c.noYear {
				return dc.c, dc.anchor
			}
		}
	}
	if d, a, ok := s.backToLeadDay(k); ok {
		return d, a
	}
	switch {
	case s.ref >= 0 && s.refCal.g >= gDay:
		return s.refCal, s.ref
	case s.t.hasDCT:
		return s.t.dct, -1
	}
	if d, a, ok := s.leadEventDay(k); ok && (s.ref < 0 || s.refCal.g < gDay) {
		return d, a
	}
	return cal{noYear: true}, -1
}

// pDawn: "at dawn", "by nightfall", "until dusk", "before sunrise": a
// part of the day (dawn the morning, dusk the evening) after a
// preposition of time; not "the dawn of an era" or "a dawn raid".
func (s *state) pDawn(i int) (cand, bool) {
	switch s.w(i - 1) {
	case wAt, wBy, wBefore, wAfter, wUntil, wFrom, wTo, wSince: // ("a crowd that had gathered since dawn")
	default:
		if !s.isWord(i-1, "toward") && !s.isWord(i-1, "towards") {
			return cand{}, false
		}
	}
	end := i + 1
	if s.isWord(i, "first") {
		end = i + 2 // "at first light", "by first light": dawn
	}
	if s.isPunct(end, '\'') || s.isPunct(end, '-') && s.tight(end) || s.w(end) == wOf {
		return cand{}, false // "at Dawn's house", "a dawn-to-dusk curfew", "since dawn of history"
	}
	if s.isWordIn(i, "sunrise", "sunup", "sunset", "sundown") && s.t.hasDCT && s.w(end) != wOn && !(s.ref >= 0 && s.refCal.g >= gDay) {
		// The sun's hours name a day only in a story about one: "a
		// panorama at sunset" under a photograph is any day's.
		return cand{}, false
	}
	day, anchor := s.dayOf(end)
	noRef := false
	if s.depth == 0 && (s.w(end) == wThe || s.w(end) == wThat || s.daysLaterAt(end)) {
		// "at dawn the next day", "by nightfall the following day": the
		// day counted right after it is its day, as "at noon the next
		// day" is the clock time's.
		if dc, ok := s.dayAt(end); ok && dc.i == end && dc.c.g >= gDay && dc.val == "" {
			day, anchor, noRef = dc.c, dc.anchor, true
		}
	}
	if dw := s.w(end); s.t.hasDCT && (dw == wToday || dw == wTomorrow || dw == wYesterday) && !s.isPunct(end+1, '\'') {
		// "at first light tomorrow", "at dawn today": one TIME of the
		// day named, as "noon today".
		off := 0
		if dw == wTomorrow {
			off = 1
		} else if dw == wYesterday {
			off = -1
		}
		day, anchor, noRef = fromDay(s.t.dct.day()+off), -1, false
		end++
	} else if e := s.lx(end); e != nil && e.weekday > 0 && !e.plural && !e.abbr && s.toks[end].cap && !s.isPunct(end+1, '\'') && s.t.hasDCT && !noRef {
		// "by dawn Sunday", "at first light Tuesday": one TIME of the
		// day named, as "noon Monday" is.
		if d, a, ok := s.weekdayDate(end, int(e.weekday)); ok && d.g >= gDay {
			day, anchor = d, a
			end++
		}
	} else if (s.w(i) == wDawn || end == i+2) && day.d > 0 && !noRef {
		// Dawn after a night named in the same sentence is the next
		// morning: "ordered out Monday night, and by dawn the roads were
		// jammed".
		for k := i - 2; k >= 0 && k >= i-12 && !s.sentenceEnd(k); k-- {
			if s.isWord(k, "night") && k > 0 && s.lx(k-1) != nil && s.lx(k-1).weekday > 0 {
				day = fromDay(day.day() + 1)
				break
			}
		}
	}
	if s.w(i) != wDusk && s.w(i-1) != wFrom && !noRef && day.d > 0 && !day.noYear && !s.t.hasDCT && s.afterNightOf(day, i) {
		// In a narrative dawn after the evening or night of its day is
		// the next morning: "That night the divisions took off. At dawn
		// the landings began."
		day = fromDay(day.day() + 1)
	}
	day.g, day.part = gPartOfDay, 1
	if s.w(i) == wDusk {
		day.part = 3
	}
	return cand{i: i, j: end, typ: timeline.TypeTime, c: day, anchor: anchor, noRef: noRef}, true
}

// pBarePod: "by evening", "towards evening", "until morning": the part of
// the day the paragraph is on, as "by mid-morning" and "that evening"
// are, in narrative and in news alike ("met on Thursday morning ... on
// every front page by evening"); not before a noun ("by evening train").
func (s *state) pBarePod(i int) (cand, bool) {
	if s.toks[i].cap || s.dayRef < 0 || s.dayPi != s.toks[i].pi || s.dayCal.g < gDay || s.dayCal.noYear || !(s.phraseEnds(i+1) || s.seasonEnds(i+1)) {
		return cand{}, false
	}
	if s.w(i-1) != wBy && s.w(i-1) != wUntil && !s.isWord(i-1, "towards") && !s.isWord(i-1, "toward") {
		return cand{}, false
	}
	if s.w(i-1) == wBy && s.isWord(i, "night") || s.w(i-1) == wUntil && s.isWord(i, "morning") {
		// "repaired the walls by night": at night, as a manner; "slept
		// until morning" is mostly the next day's
		return cand{}, false
	}
	c := s.dayCal
	next := s.w(i+1) == wThe && (s.w(i+2) == wNext || s.w(i+2) == wFollowing) && s.isWord(i+3, "day")
	if next {
		c = fromDay(c.day() + 1) // "by afternoon the next day", as "noon the next day"
	} else if s.lx(i).pod == 1 && s.afterNightOf(c, i) {
		c = fromDay(c.day() + 1) // "That evening the engineers began the bridge, and by morning it was finished"
	}
	c.g, c.part, c.hh, c.mm = gPartOfDay, int(s.lx(i).pod), 0, 0
	return cand{i: i, j: i + 1, typ: timeline.TypeTime, c: c, anchor: s.dayRef, noRef: next}, true
}

// pOvernight: "prices fell overnight", "took effect overnight": the night
// before the day the story is on (TNI), as TimeBank has it ("depressed
// by overnight losses in New York"); not after a determiner ("an
// overnight stay").
func (s *state) pOvernight(i int) (cand, bool) {
	switch s.w(i - 1) {
	case wA, wAn, wThe, wThis, wThat:
		return cand{}, false
	}
	for _, d := range [...]string{"its", "his", "her", "their", "our", "an"} {
		if s.isWord(i-1, d) {
			return cand{}, false
		}
	}
	if s.isPunct(i+1, '-') && s.tight(i+1) {
		return cand{}, false
	}
	if s.depth == 0 && i+1 < len(s.toks) && s.toks[i+1].cap {
		// "overnight Saturday": the night of the day named, one TIME, as
		// "Saturday night" is that day's.
		s.depth++
		dc, ok := s.podDay(i + 1)
		s.depth--
		if ok {
			c := dc.c
			c.g, c.part = gPartOfDay, 4
			return cand{i: i, j: dc.j, typ: timeline.TypeTime, c: c, anchor: dc.anchor}, true
		}
	}
	if s.depth == 0 && s.isWord(i+1, "into") && i+2 < len(s.toks) && s.toks[i+2].cap {
		// "overnight into Sunday": the night that ends on the day named.
		s.depth++
		dc, ok := s.podDay(i + 2)
		s.depth--
		if ok && !dc.partial {
			c := fromDay(dc.c.day() - 1)
			c.g, c.part = gPartOfDay, 4
			return cand{i: i, j: i + 1, typ: timeline.TypeTime, c: c, anchor: dc.anchor, noRef: true}, true
		}
	}
	var day cal
	a := -1
	ahead := false
	if s.t.hasDCT {
		t := s.tense(i)
		ahead = t == 0 && s.isPunct(i+1, '?') && s.presentQuestion(i)
	}
	switch {
	case s.dayRef >= 0 && s.dayPi == s.toks[i].pi && !s.dayCal.noYear && !s.notStoryDay(i, s.dayCal, s.dayTok) && !ahead &&
		!(s.t.hasDCT && s.dayTok >= 0 && s.dayTok < i && !s.oneSentence(s.dayTok, i) && s.saysNow(i)):
		day, a = s.dayCal, s.dayRef
	case s.t.hasDCT:
		day = s.t.dct
		if t := s.tense(i); t > 0 || ahead {
			// In a forecast or plan the coming night: "counting will
			// continue overnight" is the night of the report's day; so is
			// the night a question in the present asks of: "And what
			// happens overnight?"
			day = fromDay(day.day() + 1)
		}
	default:
		return cand{}, false
	}
	c := fromDay(day.day() - 1)
	if a >= 0 && s.t.hasDCT && day.day() == s.t.dct.day() && s.tense(i) > 0 {
		// In a forecast or plan "overnight" after a time of the report's
		// own day is the night that follows it, as with no day named:
		// "had weakened by midday and was expected to cross the
		// highlands overnight". (A day ahead named first may be the
		// morning the night ends on: "the signal stays up until 0600 on
		// Saturday and the storm will pass overnight", written Friday.)
		c = day
	}
	if ph, pday, ok := s.lastClock(i); ok && ph >= 18 && strings.HasPrefix(s.lastTime.format(), pday) && !s.lastTime.noYear && a >= 0 && s.lastTime.day() == day.day() &&
		s.t.hasDCT && day.day() < s.t.dct.day() {
		// After a reading in the evening of a day before the DCT that
		// the story is on, "overnight" is the night that follows it,
		// the one before the DCT: "Polls closed at 7 p.m. on Tuesday,
		// and by 11 p.m. the race had tilted ... Markets fell sharply
		// overnight", written on Wednesday.
		c = day
	}
	if a >= 0 && s.t.hasDCT && day.day() < s.t.dct.day() && s.dayTok >= 0 && s.dayTok < i && s.oneSentence(s.dayTok, i) && !s.nightBefore(s.dayTok, i) {
		// After a day before the DCT named earlier in its sentence,
		// "overnight" is the night that follows that day (for the day
		// before the DCT, the report's own night before): "a truce
		// agreed on Thursday held overnight", written on Friday;
		// "attacked the town on Monday and shelled it overnight" is
		// Monday night. ("attacked on Thursday after shelling overnight"
		// keeps the night before the day.)
		c = day
	}
	if a >= 0 && s.t.hasDCT && day.day() == s.t.dct.day()-1 && s.dayTok >= 0 && s.dayTok < i && !s.oneSentence(s.dayTok, i) && s.tense(i) < 0 && !s.pastPerfectSentence(i) {
		// So after the day before the DCT named in an earlier sentence
		// of the paragraph: the story goes on from that day into the
		// night before the report, "overnight" as a report of the DCT
		// means it ("lines came down Saturday ... Crews restored power
		// to 35,000 of them overnight", written Sunday); not in a look
		// back in the past perfect ("had worked overnight").
		c = day
	}
	c.g, c.part = gPartOfDay, 4
	return cand{i: i, j: i + 1, typ: timeline.TypeTime, c: c, anchor: a, noRef: true}, true // a look back: the story stays on its day
}

// saysNow reports whether a verb of saying in the simple present stands
// before i in its sentence ("NATO says its planes flew 400 missions
// overnight", "officials say"): the report is of the DCT's day, and a
// look back from it starts there, not from a day an earlier sentence
// named.
func (s *state) saysNow(i int) bool {
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		if s.sentenceEnd(k) {
			return false
		}
		if s.isWordIn(k, "says", "say", "reports", "report", "claims", "claim", "tells") && !s.toks[k].cap {
			return true
		}
	}
	return false
}

// nightBefore reports whether a word between the day at d and
// "overnight" at i sets the night before the day's event: "attacked on
// Thursday after shelling overnight", "following", "before", "had".
// The word stands in the clause of "overnight", after the last comma:
// ("on Saturday, a week after the vote, and police said 40 people were
// arrested overnight" is Saturday night).
func (s *state) nightBefore(d, i int) bool {
	for k := i - 1; k > d; k-- {
		if s.isPunct(k, ',') || s.isPunct(k, ';') {
			return false
		}
		if s.isWordIn(k, "after", "following", "before", "since", "had") {
			return true
		}
	}
	return false
}

// presentQuestion reports whether the sentence of token i asks in the
// simple present: "what happens", "what do they do", "where does it go".
func (s *state) presentQuestion(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if s.sentenceEnd(k) {
			return false
		}
		if s.isWordIn(k, "what", "who", "how", "where", "which") {
			return s.isWordIn(k+1, "happens", "do", "does", "is", "are")
		}
	}
	return false
}

// pPartOf: "the small hours", "the early hours": the start of the morning
// of the day of the story (or of the DCT). With a day ("the early hours
// of 12 May", like "the night of 13 August 1961") the day alone is the
// expression, as the hand-annotated sets have it; "the early hours of
// trading" is none.
func (s *state) pPartOf(i int) (cand, bool) {
	k := i + 1
	if !(s.w(k) == wEarly || s.isWord(k, "small") || s.isWord(k, "wee")) || !s.isWord(k+1, "hours") {
		return cand{}, false
	}
	k += 2
	if s.w(k) == wOf {
		return cand{}, false
	}
	day, anchor := s.dayOf(k)
	day.g, day.part = gPartOfDay, 1
	return cand{i: i, j: k, typ: timeline.TypeTime, c: day, mod: "START", anchor: anchor}, true
}

// changeVerb reports whether the word at k is a verb of a change in
// amount ("fell", "had risen", "was cut", "grew", "up", "down"), after
// which "by a quarter" is a share of the amount.
func (s *state) changeVerb(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != tkWord {
		return false
	}
	w := s.word(k)
	for _, p := range [...]string{"fall", "fell", "rise", "rose", "risen", "rising", "grow", "grew", "increas", "decreas", "drop", "cut", "shrank", "shrunk", "shrink",
		"declin", "reduc", "climb", "jump", "swell", "swoll", "expand", "contract", "rais", "lower", "slash", "boost", "up", "down"} {
		if len(w) >= len(p) && lowerEq(w[:len(p)], p) && (len(w) == len(p) || len(w)-len(p) <= 3) {
			return true
		}
	}
	return false
}

// seasonsWord returns the season a plural season word at k names
// ("winters" 4), or 0. The plurals have no lexicon entries, which would
// make "hot springs" and "the falls" times.
func (s *state) seasonsWord(k int) int {
	switch {
	case s.isWord(k, "springs"):
		return 1
	case s.isWord(k, "summers"):
		return 2
	case s.isWord(k, "autumns"), s.isWord(k, "falls"):
		return 3
	case s.isWord(k, "winters"):
		return 4
	}
	return 0
}

// pSeasonsOf: "the winters of 1881 and 1882", "the summers of 1976 or
// 1977": the first season, "the winters of 1881" (1881-WI); the year
// after "and" is made the second season when the first is emitted (run),
// as "the 1920s and 1930s" are two DATEs.
func (s *state) pSeasonsOf(i int) (cand, bool) {
	sn := s.seasonsWord(i + 1)
	if sn == 0 || s.w(i+2) != wOf {
		return cand{}, false
	}
	y, next, ok := s.yearTok(i + 3)
	if !ok || s.w(next) != wAnd && s.w(next) != wOr {
		return cand{}, false
	}
	if _, _, ok := s.yearTok(next + 1); !ok {
		return cand{}, false
	}
	return s.date(i, next, cal{g: gSeason, y: y, part: sn}), true
}

// seasonsLater reads "two winters later", "three summers earlier" (the
// count at i, the season word at k): a DATE of that season, counted from
// the last date named in seasons of its kind. From a year alone, or from
// within such a season, it is that many years on; from a month or day
// outside it, the first season counted is the next one of the kind
// ("the autumn of 1902 ... two winters later" is the winter of 1903-04).
func (s *state) seasonsLater(i, k, n, season int) (cand, bool) {
	base, a, ok := s.anchorBase()
	if !ok || base.noYear || base.g < gYear {
		return cand{}, false
	}
	later := s.w(k+1) == wLater
	y, m := base.y, 0
	switch {
	case base.g == gSeason:
		m = []int{0, 4, 7, 10, 12}[base.part] // a month within it
	case base.g >= gMonth && base.g != gWeek && base.m >= 1 && base.m <= 12:
		m = base.m
	}
	sy := y // the year of the season counted from
	if m > 0 {
		st := 3 * season // first month: March, June, September, December
		switch {
		case season == 4 && m <= 2:
			sy = y - 1 // January 1740 is in the winter of 1739
		case m >= st && m <= st+2:
		case m < st:
			// before this year's season: it is the first one later, and
			// last year's the first one earlier
			if later {
				sy = y - 1
			}
		default:
			// after this year's season
			if !later {
				sy = y + 1
			}
		}
	}
	if later {
		sy += n
	} else {
		sy -= n
	}
	c := s.date(i, k+2, cal{g: gSeason, y: sy, part: season})
	c.anchor, c.noRef = a, !later
	return c, true
}

// pQuantity: durations ("49 years", "two-year", "a few days"), and dates
// counted from an anchor ("two days later", "a week ago").
// observedAs reports whether "as" before i follows, in its clause within
// eight words, a verb of keeping a day: "mark the anniversary as",
// "kept the date as", "observe it as", "remembered as".
func (s *state) observedAs(i int) bool {
	if i < 2 || !s.isWord(i-1, "as") {
		return false
	}
	for k, n := i-2, 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		if s.toks[k].kind == tkPunct || s.sentenceEnd(k) {
			return false
		}
		if s.isWordIn(k, "mark", "marks", "marked", "marking", "keep", "keeps", "kept", "keeping", "observe", "observes", "observed", "observing",
			"commemorate", "commemorates", "commemorated", "celebrate", "celebrates", "celebrated", "remember", "remembers", "remembered") {
			return true
		}
	}
	return false
}

// observanceNoun reports whether k names what a day is set apart for,
// so that "a day of" it is an occasion, not a length of time: "a day
// of mourning", "a day of prayer" (while "a day of talks", "a day of
// hard fighting" last a day).
func (s *state) observanceNoun(k int) bool {
	return s.isWordIn(k, "mourning", "prayer", "prayers", "fasting", "thanksgiving", "remembrance", "humiliation", "commemoration", "solidarity")
}

// forPastModifier reports whether a modifier of a quantity at i ("more
// than", "less than", "fewer than", "nearly", "almost", "about", "some",
// "around", "roughly", "over", "just") follows "for": "for more than a
// decade", "for nearly a year".
func (s *state) forPastModifier(i int) bool {
	if i >= 3 && s.isWord(i-1, "than") && s.isWordIn(i-2, "more", "less", "fewer") && s.w(i-3) == wFor {
		return true
	}
	return i >= 2 && s.isWordIn(i-1, "nearly", "almost", "about", "some", "around", "roughly", "over", "just") && s.w(i-2) == wFor
}

func (s *state) pQuantity(i int) (cand, bool) {
	if c, ok := s.decimalCount(i); ok {
		return c, true
	}
	n, k, frac, article, ok := s.quantity(i)
	if !ok {
		return cand{}, false
	}
	if u, ok := s.sharedUnit(i, k, n, frac, article); ok {
		// "two or three days", "at 12 and 24 weeks", "3, 6 and 12
		// months": the first count takes the unit of the last, each its
		// own DURATION, as TimeBank annotates "two" (P2D) and "six days"
		// in "between two to six days".
		return s.fixed(i, k, timeline.TypeDuration, durValue(n, u, false)), true
	}
	if s.w(i-1) == wOf && s.isWord(i-2, "age") || s.isWord(i-1, "aged") {
		// "at the age of nine months", "aged two years": an age, which
		// is no time expression, as "at the age of 16".
		return cand{}, false
	}
	if !frac && !article && n >= 1 && s.w(k) == wAnd && s.w(k+1) == wA && s.w(k+2) == wHalf {
		if e := s.lx(k + 3); e != nil && e.unit > 0 && e.plural {
			frac, k = true, k+3 // "three and a half days"
		}
	}
	odd := false
	if n >= 10 && !frac && !article {
		// "40-odd days", "thirty-odd years": a round number and a few
		// more, an approximation of it.
		if s.isPunct(k, '-') && s.tight(k) && s.tight(k+1) && s.isWord(k+1, "odd") {
			k, odd = k+2, true
		} else if s.isWord(k, "odd") && s.lx(k+1) != nil && s.lx(k+1).plural {
			k, odd = k+1, true
		}
		if odd {
			if u := s.lx(k); u == nil || u.unit == 0 || !u.plural {
				return cand{}, false
			}
		}
	}
	adj := false
	switch {
	case s.w(k) == wMore || s.isWord(k, "additional") || s.isWord(k, "extra") || s.isWord(k, "full") || s.isWord(k, "straight") || s.isWord(k, "consecutive") || s.isWord(k, "trading") || s.isWord(k, "business") || s.isWord(k, "working") || s.isWord(k, "calendar"):
		if e := s.lx(k + 1); e != nil && e.unit > 0 {
			k++
		} else if e := s.lx(k + 2); e != nil && e.unit > 0 && e.plural && s.isWordIn(k+1, "trading", "business", "working", "calendar", "school") {
			k += 2 // "20 consecutive trading days", "five full working days"
		} else if s.isWord(k+1, "nights") && s.isWordIn(k, "more", "additional", "full", "straight", "consecutive") {
			k++ // "11 consecutive nights", "two more nights": counted as days below
		}
	case s.isPunct(k, '-') && s.tight(k) && s.tight(k+1) && !article:
		k++
		adj = true
	}
	e := s.lx(k)
	if e == nil && s.isWord(k, "nights") && !adj && !frac && !article && n >= 2 && n <= 999 && !s.toks[k].cap &&
		s.w(k+1) != wA && s.w(k+1) != wPer && s.w(k+1) != wEach && s.w(k+1) != wEvery {
		// "three nights": a count of nights is one of days (ISO 8601
		// has no night), not a rate ("three nights a week").
		return s.fixed(i, k+1, timeline.TypeDuration, durValue(n, uDay, false)), true
	}
	if sn := s.seasonsWord(k); sn > 0 && !adj && !frac && !article && n >= 2 && n <= 999 && !s.toks[k].cap && (s.w(k+1) == wLater || s.w(k+1) == wEarlier) {
		return s.seasonsLater(i, k, int(n), sn)
	}
	if !adj && !frac && !odd && (s.isWord(k, "moments") && n != 1 || s.isWord(k, "moment") && n == 1) && s.w(k+1) == wAgo && !s.isPunct(k+2, '-') {
		// "a few moments ago", "a moment ago" (broadcast speech): the
		// vague recent past, PAST_REF, as "a few minutes ago"; a moment
		// is no calendar unit, as a generation is none in "a generation
		// ago" (pGenerationAgo).
		return s.fixed(i, k+2, timeline.TypeDate, "PAST_REF"), true
	}
	if e == nil || e.unit == 0 || adj && !s.tight(k) {
		return cand{}, false
	}
	if f := s.lx(k + 1); adj && s.toks[k].cap && k+1 < len(s.toks) && s.toks[k+1].kind == tkWord && s.toks[k+1].cap &&
		(f == nil || f.w == wNone && f.unit == 0 && f.month == 0 && f.weekday == 0 && f.holiday == 0 && f.season == 0) {
		// a name in capitals: "the Ninth Five-Year Plan", "the
		// Hundred-Day Reform" (names holding a time word are none)
		return cand{}, false
	}
	u := e.unit
	if u == uSecond && !e.plural && s.toks[i].kind != tkNum {
		return cand{}, false // "a second term"
	}
	if (u == uQuarter || u == uHalf) && !e.plural && s.isPunct(k+1, '-') && s.tight(k+1) && s.tight(k+2) &&
		s.toks[k+2].kind == tkWord && s.toks[k+2].lex() == nil {
		return cand{}, false // "a quarter-point rise", "a half-point cut"
	}
	if (u == uQuarter || u == uHalf) && !e.plural && n == 1 && s.w(i-1) == wBy && s.changeVerb(i-2) {
		return cand{}, false // "had fallen by a quarter", "rose by a half": a share, not three months
	}
	if u == uQuarter && !e.plural && n >= 0 && !frac && s.isPunct(k+1, '-') && s.tight(k+1) && s.tight(k+2) && s.lx(k+2) != nil && s.lx(k+2).unit == uCentury && !s.lx(k+2).plural {
		// "a quarter-century": 25 years
		if d, ok := s.yearsLater(i, k+3, 25*int(n)); ok {
			return d, true // "a quarter-century later"
		}
		return s.fixed(i, k+3, timeline.TypeDuration, "P"+strconv.FormatInt(25*n, 10)+"Y"), true
	}
	if u == uQuarter && n >= 1 && n <= 3 && !frac && s.w(k+1) == wOf && (s.w(k+2) == wA || s.isWord(k+2, "an")) && s.lx(k+3) != nil && !s.lx(k+3).plural {
		// "a quarter of a century", "three quarters of an hour": that
		// part of the unit, one DURATION, as "half a century" is P50Y.
		switch s.lx(k + 3).unit {
		case uCentury:
			if d, ok := s.yearsLater(i, k+4, 25*int(n)); ok {
				return d, true // "a quarter of a century later"
			}
			return s.fixed(i, k+4, timeline.TypeDuration, "P"+strconv.FormatInt(25*n, 10)+"Y"), true
		case uHour:
			return s.fixed(i, k+4, timeline.TypeDuration, "PT"+strconv.FormatInt(15*n, 10)+"M"), true
		}
	}
	if s.toks[k].cap && s.nameAfter(k+1) || s.capName(i, k) {
		return cand{}, false // a name: "the Thirty Years' War", "the Six-Day War"
	}
	if e.plural && n == 1 && !frac && s.toks[i].kind != tkNum {
		return cand{}, false
	}
	if !e.plural && n != 1 && !adj && !frac && n >= 0 {
		// "a five year low", "a two day rally": a number and a singular
		// unit before a noun are an unhyphenated compound adjective.
		nx := k + 1
		if n < 2 || n > 999 || e.unit < uHour || nx >= len(s.toks) || s.toks[nx].kind != tkWord || s.toks[nx].cap || s.toks[nx].lex() != nil && !s.verbOnly(nx) || s.isWord(nx, "olds") {
			return cand{}, false
		}
		return s.fixed(i, k+1, timeline.TypeDuration, durValue(n, e.unit, false)), true
	}
	if n < 0 && !e.plural && !adj {
		return cand{}, false
	}
	if article && s.toks[i].kind == tkWord && !adj && !e.plural && s.isPunct(k+1, '-') && s.tight(k+1) && s.tight(k+2) && s.isWord(k+2, "long") {
		// "a decade-long survey", "a year-long dispute": the compound
		// adjective alone, as "a four-year term" and "two-year-long"
		return s.fixed(k, k+3, timeline.TypeDuration, durValue(1, e.unit, false)), true
	}
	if article && s.toks[i].kind == tkWord && !adj {
		if e.unit == uYear && s.isPunct(k+1, '-') && s.tight(k+1) && (s.isWord(k+2, "old") || s.w(k+2) == wEarlier || s.w(k+2) == wAgo) {
			return cand{}, false // "a year-earlier loss": the adjective is the expression
		}
	}
	if article && n == 1 && u == uDay && !e.plural && !adj && !frac && k == i+1 && i >= 2 && s.isPunct(i-1, ',') &&
		len(s.res.Timexes) > 0 && s.res.Timexes[len(s.res.Timexes)-1].End == int(s.toks[i-2].end) && s.res.Timexes[len(s.res.Timexes)-1].Type == timeline.TypeDate &&
		(s.isWordIn(k+1, "still", "that", "which", "when", "now") || s.participle(k+1)) {
		// "a day" in apposition to the date just given names that date,
		// it does not measure one: "on 4 July 1776, a day still
		// celebrated", "on 9 November, a day that Germans remember".
		return cand{}, false
	}
	end := k + 1
	// "a minute and a half", "two years and a half"
	if !frac && n >= 0 && s.w(end) == wAnd && s.w(end+1) == wA && s.w(end+2) == wHalf {
		frac, end = true, end+3
	}
	quarter := ""
	if !frac && n >= 1 && (u == uHour || u == uYear) && s.w(end) == wAnd && s.w(end+1) == wA && s.isWord(end+2, "quarter") && !s.isWord(end+3, "of") {
		// "an hour and a quarter", "two years and a quarter": the
		// quarter is of the unit just counted, not a quarter year
		if u == uHour {
			quarter = "PT" + strconv.FormatInt(n, 10) + "H15M"
		} else {
			quarter = "P" + strconv.FormatInt(n, 10) + "Y3M"
		}
		end += 3
	}
	c := cand{i: i, j: end, typ: timeline.TypeDuration, val: durValue(n, u, frac), anchor: -1}
	if quarter != "" {
		c.val = quarter
	}
	if odd {
		c.mod = "APPROX"
	}
	if s.w(end) == wOr && s.w(end+1) == wSo { // "a week or so (ago)"
		end += 2
		c.j, c.mod = end, "APPROX"
	}
	// A fraction: "three-quarters of its food", "a quarter of the market"
	// (but "several quarters of losses", "two quarters of 1990" and "a
	// quarter of a century").
	of := end
	if s.w(of) == wOr && (s.w(of+1) == wMore || s.w(of+1) == wLess || s.w(of+1) == wSo) {
		of += 2 // "a quarter or more of the population": a share still
	}
	if u == uQuarter && (s.w(of) == wAnd || s.w(of) == wOr || s.w(of) == wTo) {
		// "between a quarter and two thirds of its population", "a
		// quarter to a third of the crop": a share joined to another
		// fraction.
		f := of + 1
		if s.w(f) == wA || s.isWordIn(f, "an", "one", "two", "three", "four") {
			f++
		}
		if s.isWordIn(f, "half", "third", "thirds", "quarters", "fifth", "fifths", "tenth", "tenths") {
			of = f + 1
			if s.pointAfter(of) || s.isWord(f, "half") && (s.w(of) == wA || s.isWord(of, "an")) && s.pointAfter(of+1) {
				// a share of a measure: "a quarter to half an inch of
				// rain", "a quarter to a half mile"
				return cand{}, false
			}
		}
	}
	if u == uQuarter && s.w(of) == wOf && (adj || !e.plural) {
		if _, _, ok := s.yearTok(of + 1); !ok && !(s.w(of+1) == wA && s.lx(of+2) != nil && s.lx(of+2).unit > 0) {
			return cand{}, false
		}
	}
	// A share as the subject of a verb: "Of the 10,000 men who landed,
	// fewer than a quarter returned", "about a quarter were killed" (a
	// quarter of a year does not return; "a quarter ended June 30" does
	// end).
	if u == uQuarter && !e.plural && n == 1 && !adj && (s.pastForm(end) && !s.isWord(end, "ended") || s.isWordIn(end, "were", "was", "survived")) {
		return cand{}, false
	}
	// The measure of a change: "fell by almost a quarter", "cut its
	// workforce by a quarter" is a share of what changed, not a quarter
	// of a year (which "delayed by a quarter" still is); so is "fell by
	// more than three quarters", the fraction 3/4 ("fell for three
	// quarters" is still time).
	if u == uQuarter && (!e.plural && n == 1 || e.plural && n == 3) && !adj && s.changeBy(i) {
		return cand{}, false
	}
	// "a quarter point", "a quarter-point cut", "half a point": a
	// fraction of a rate, not of a year.
	if u == uQuarter && s.pointAfter(end) {
		return cand{}, false
	}
	// "will one day be": some time in the future, not a day long.
	if n == 1 && u == uDay && !e.plural && s.isWord(i, "one") && end == i+2 {
		switch s.w(i - 1) {
		case wWill, wWould, wShall:
			return s.fixed(i, end, timeline.TypeDate, "FUTURE_REF"), true
		}
		if s.isWord(i-1, "may") || s.isWord(i-1, "might") || s.isWord(i-1, "could") || s.isWord(i-1, "can") {
			return s.fixed(i, end, timeline.TypeDate, "FUTURE_REF"), true
		}
	}
	// "declared Wednesday a day of mourning", "proclaimed a day of
	// prayer": a day named for an observance, no length of time.
	if n == 1 && u == uDay && !e.plural && article && end == i+2 && s.w(end) == wOf && (s.declaredBefore(i) >= 0 || s.observedAs(i) || s.observanceNoun(end+1) && !s.stretchBefore(i)) {
		// (so is one a day is kept as: "mark the anniversary as a day
		// of mourning", "kept 4 June as a day of prayer"; and a day of
		// an observance whatever the verb, "the tribe holds a day of
		// mourning", unless it is governed as a length of time, "after
		// a day of fasting")
		return cand{}, false
	}
	// Ages are not time expressions: "a 6-year-old boy", "52 years old",
	// "every male over ten years of age", "children under five years of
	// age".
	if s.w(end) == wOld || s.isPunct(end, '-') && s.tight(end) && s.w(end+1) == wOld || s.w(end) == wOf && s.isWord(end+1, "age") {
		return cand{}, false
	}
	if !adj && n > 0 && (s.w(end) == wA || s.w(end) == wAn || s.w(end) == wPer) {
		// "24 hours a day", "seven days a week": a measure per unit of
		// time, which TimeBank leaves untagged, like "$5 a year".
		if f := s.lx(end + 1); f != nil && f.unit == uWeek && !f.plural && u == uDay && n >= 1 && n <= 7 && s.w(end) == wA && !frac && !(n == 7 && s.roundTheClock(i, end+2)) {
			// "six days a week", "two days a week": how often, a SET with
			// the week's value, as "twice a week" (TimeML: freq 6X); so is
			// "open seven days a week", every day of it (freq 7X). Joined
			// to "24 hours a day" it is the idiom for "all the time", a
			// measure like the hours.
			c.typ, c.val, c.j = timeline.TypeSet, "P1W", end+2
			return c, true
		}
		if f := s.lx(end + 1); f != nil && f.unit == uMonth && !f.plural && u == uDay && n >= 1 && n <= 10 && s.w(end) == wA && !frac {
			// "two days a month", "three days a month": how often, a SET
			// with the month's value, as "twice a month" and "two days a
			// week" are.
			c.typ, c.val, c.j = timeline.TypeSet, "P1M", end+2
			return c, true
		}
		if f := s.lx(end + 1); f != nil && f.unit > 0 && !f.plural {
			switch s.w(end + 2) {
			case wAgo, wEarlier, wLater, wOf, wAfter, wBefore:
			default:
				return cand{}, false
			}
		}
	}
	if adj {
		if s.isPunct(end, '-') && s.tight(end) && s.w(end+1) == wLong {
			c.j = end + 2
		}
		return c, true
	}
	// "a year" after an amount is a rate: "$5 a year", "twice a day".
	// A frequency is a SET; a quantity per unit of time ("$5 a year",
	// "700 seats a week") is a measure, which TimeBank and AQUAINT leave
	// untagged (9 of 12).
	if article && s.w(end) != wAgo && s.w(end) != wEarlier && s.w(end) != wLater {
		switch s.isRate(i) {
		case rateAmount:
			return cand{}, false
		case rateFreq:
			// The frequency is part of the SET (TimeML: "twice a week",
			// value P1W, freq 2X).
			c.typ = timeline.TypeSet
			switch {
			case s.isWord(i-1, "twice") || s.w(i-1) == wOnce || s.isWord(i-1, "thrice"):
				c.i = i - 1
			case s.isWord(i-1, "times") && i >= 2 && (s.toks[i-2].kind == tkNum || s.lx(i-2) != nil && s.lx(i-2).hasNum || s.w(i-2) == wSeveral || s.w(i-2) == wMany || s.w(i-2) == wFew):
				c.i = i - 2
				if s.w(i-2) == wFew && s.w(i-3) == wA {
					c.i = i - 3
				}
			}
			return c, true
		}
	}
	and := end + 1
	if s.w(end) != wAnd && s.toks[i].kind == tkNum && end < len(s.toks) && s.toks[end].kind == tkNum && u <= uHour {
		and = end // "7 hours 40 minutes", "2 minutes 15 seconds": a record in figures
	}
	if and == end && !frac && n > 0 && (u == uMinute || u == uHour) && s.toks[end].decimal && s.toks[end].suf == sufNone && strings.HasPrefix(c.val, "PT") {
		// "3 minutes 40.8 seconds": a record timed to a fraction of a
		// second, PT3M40.8S.
		if e2 := s.lx(end + 1); e2 != nil && e2.unit == uSecond && e2.plural {
			c.val += string(s.text[s.toks[end].start:s.toks[end].end]) + "S"
			end += 2
			c.j = end
		}
	}
	if !frac && n > 0 && s.isPunct(end, ',') && u != uWeekend && u != uFortnight && u <= uYear && u != uQuarter && u != uSeason && u != uHalf && strings.HasPrefix(c.val, "P") {
		// "five years, four months and eleven days": a list of smaller
		// units ending in "and" is one DURATION, P5Y4M11D.
		if n2, k2, frac2, art2, ok := s.quantity(end + 1); ok && !frac2 && !art2 && n2 > 0 && s.w(k2+1) == wAnd {
			if e2 := s.lx(k2); e2 != nil && e2.unit > 0 && e2.unit < u && e2.unit != uWeekend && e2.unit != uWeek && e2.plural == (n2 != 1) {
				if n3, k3, frac3, art3, ok := s.quantity(k2 + 2); ok && !frac3 && !art3 && n3 > 0 {
					if e3 := s.lx(k3); e3 != nil && e3.unit > 0 && e3.unit < e2.unit && e3.unit != uWeekend && e3.plural == (n3 != 1) {
						if v := joinDur(joinDur(c.val, durValue(n2, e2.unit, false)), durValue(n3, e3.unit, false)); v != "" {
							c.val = v
							end = k3 + 1
							c.j = end
						}
					}
				}
			}
		}
	}
	if !frac && n > 0 && s.isPunct(end, ',') && (u == uHour || u == uMinute) && strings.HasPrefix(c.val, "PT") {
		// "2 hours, 1 minute, 39 seconds", "three hours, 20 minutes": a
		// length written out as a race or a record is timed, smaller
		// units set off by commas, each less than one of the unit before
		// it, is one DURATION, PT2H1M39S (an "and" before the last part
		// is taken below).
		last, v, e := u, c.val, end
		for s.isPunct(e, ',') {
			n2, k2, frac2, art2, ok := s.quantity(e + 1)
			if !ok || frac2 || art2 || n2 <= 0 || s.toks[e+1].kind != tkNum && (s.lx(e+1) == nil || !s.lx(e+1).hasNum) {
				break
			}
			e2 := s.lx(k2)
			if e2 == nil || e2.unit < uSecond || e2.unit >= last || e2.plural != (n2 != 1) || !lessThanOne(n2, e2.unit, last) {
				break
			}
			w := joinDur(v, durValue(n2, e2.unit, false))
			if w == "" || s.isWordIn(k2+1, "of", "later", "earlier", "ago", "before", "after") {
				break
			}
			last, v, e = e2.unit, w, k2+1
		}
		if e > end {
			c.val, end, c.j = v, e, e
			and = end + 1
		}
	}
	if !frac && n > 0 && (s.w(end) == wAnd || and == end) && u != uWeekend && u != uFortnight && u <= uYear && u != uQuarter && u != uSeason && u != uHalf {
		// "two hours and forty minutes", "three years and two months":
		// one DURATION, PT2H40M.
		// ("a year and a day": an article for one of the smaller unit, after
		// a count or an article, P1Y1D)
		if n2, k2, frac2, art2, ok := s.quantity(and); ok && !frac2 && (!art2 || n2 == 1 && s.w(end) == wAnd && s.w(and) == wA) && n2 > 0 {
			if e2 := s.lx(k2); e2 != nil && e2.unit > 0 && e2.unit < u && (u != uWeek || e2.unit == uDay) && e2.unit != uWeekend && e2.plural == (n2 != 1) && lessThanOne(n2, e2.unit, u) {
				v1, v2 := c.val, durValue(n2, e2.unit, false)
				t1 := strings.IndexByte(v1, 'T') >= 0
				switch {
				case t1 && strings.HasPrefix(v2, "PT"):
					c.val = v1 + v2[2:]
				case !t1:
					c.val = v1 + v2[1:]
				default:
					c.val = ""
				}
				if c.val != "" && strings.Count(c.val, "T") <= 1 {
					end = k2 + 1
					c.j = end
				} else {
					c.val = v1
				}
			}
		}
	}
	sw := s.w(end)
	if sw == wOn && n > 0 && u >= uDay && u <= uCentury && u != uWeekend && u != uQuarter && u != uSeason && u != uHalf && s.clauseEnd(end+1) && !s.isPunct(end+1, '-') &&
		(i == 0 || s.toks[i-1].kind == tkPunct || s.sentenceEnd(i-1) || s.w(i-1) == wNow ||
			// at the end of its clause after the predicate: "remain
			// technically at war seventy years on"
			!s.t.hasDCT && s.ref >= 0 && s.toks[i-1].kind == tkWord && !s.toks[i-1].cap && s.lx(i-1) == nil && !s.isWordIn(i-1, "for", "of", "within", "than", "and", "or", "about", "some", "nearly", "almost", "over")) {
		// "Fifty years on, the scars remain", "Now, a decade on, ...": as
		// "later", counted from the last date; with none, the present
		// the anniversary is kept in, at the unit's granularity.
		if s.ref < 0 && s.t.hasDCT && s.depth == 0 {
			c.j, c.typ, c.val, c.anchor, c.noRef = end+1, timeline.TypeDate, "", -1, true
			c.c = coarsen(s.t.dct, unitGran(u))
			return c, true
		}
		sw = wLater
	}
	if sw == wTo && s.w(end+1) == wThe && s.isWord(end+2, "day") && (s.w(end+3) == wLater || s.w(end+3) == wEarlier) &&
		n > 0 && !frac && (u == uYear || u == uMonth || u == uWeek || u == uDecade || u == uCentury) {
		// "a year to the day later", "ten years to the day earlier": the
		// very day that many units from the day last named, one DATE.
		if base, a, ok := s.anchorBase(); ok && base.g == gDay && !base.noYear {
			sign := 1
			if s.w(end+3) == wEarlier {
				sign = -1
			}
			c.j, c.typ, c.val, c.anchor, c.noRef = end+4, timeline.TypeDate, "", a, sign < 0
			c.c = shift(base, u, sign*int(n))
			c.c.g = gDay
			return c, true
		}
	}
	switch sw {
	case wAgo:
		c.j = end + 1
		c.typ = timeline.TypeDate
		if s.w(c.j) == wThis && (s.isWord(c.j+1, "week") || s.isWord(c.j+1, "month")) && n > 0 && unitGran(u) <= gYear {
			// "Fifty years ago this week": one date, years back; the week
			// named is the anniversary's, not one of the DCT's year.
			c.j += 2
		}
		if n < 0 {
			c.val = "PAST_REF"
			return c, true
		}
		if e := s.lx(c.j); e != nil && e.weekday > 0 && !e.plural && !e.abbr && s.toks[c.j].cap && !s.isPunct(c.j+1, '\'') && (u == uWeek || u == uFortnight) && n > 0 && s.t.hasDCT {
			// "a week ago Friday", "two weeks ago Sunday" (US): one date,
			// the last such weekday before the DCT, that many weeks back,
			// as "a week from Friday" looks ahead.
			b := s.t.dct.day()
			last := b - ((timeline.Weekday(b)-int(e.weekday)+6)%7 + 1)
			w := 7
			if u == uFortnight {
				w = 14
			}
			c.j++
			c.val, c.c, c.anchor, c.noRef = "", fromDay(last-w*int(n)), -1, true
			return c, true
		}
		if s.w(c.j) == wToday && n > 0 && u >= uDay && u <= uCentury && u != uWeekend && u != uQuarter && u != uSeason && u != uHalf && s.t.hasDCT && !s.isPunct(c.j+1, '\'') {
			// "30 years ago today", "a week ago today": one date, the very
			// day that many units before the DCT.
			c.j++
			c.val, c.c, c.anchor, c.noRef = "", shift(s.t.dct, u, -int(n)), -1, true
			c.c.g = gDay
			if u >= uYear && (c.i == 0 || s.sentenceEnd(c.i-1) || s.datelineDash(c.i-1)) && s.isPunct(c.j, ',') {
				// "Twenty-five years ago today, the dam gave way at 4:40
				// a.m.": opening an anniversary story, the day its sentence
				// tells of; its clock times are that day's. (The next
				// sentence is back at the DCT: "Its owners said on Tuesday".)
				c.noRef, c.flash = false, true
			}
			return c, true
		}
		base, a, ok := s.base(false, i)
		if !ok {
			c.val, c.note = "XXXX", "relative date with no reference date"
			return c, true
		}
		c.val, c.c, c.anchor, c.noRef = "", rel(base, u, -int(n)), a, true
		if frac && u == uYear && n >= 0 && base.g >= gMonth {
			// "a year and a half ago", "two and a half years ago": the
			// month that many months back, the half year being no year.
			c.c = rel(base, uMonth, -int(12*n+6))
			return c, true
		}
		if s.ref >= 0 && s.refCal.g == gQuarter && u == uYear && !s.refCal.noYear &&
			(!s.t.hasDCT || s.refCal.y*4+s.refCal.part <= s.t.dct.y*4+(s.t.dct.m+2)/3) {
			// "a year ago" beside a quarter compares with the same quarter
			// (one reported on or running, not one forecast: "profit by
			// the end of next quarter ... since going public three years
			// ago" is a year).
			c.c, c.anchor = shift(s.refCal, u, -int(n)), s.ref
		} else if s.qRef >= 0 && u == uYear && n == 1 {
			// Likewise in a report that named a quarter before a day or a
			// year came up ("profit rose in the third quarter ... a plant
			// it had run since 1987. Sales were up from a year ago").
			c.c, c.anchor = shift(s.qCal, u, -int(n)), s.qRef
		} else if a < 0 && s.ref >= 0 && s.agoDatesEvent(c.i) {
			// "N units ago" that dates a past event (not the base of a
			// comparison: "up from a year ago") brings the story back to
			// the DCT's time: "The war began in April 1992. The town fell
			// four months ago, and air strikes in late August" is the
			// August before the DCT, not 1992's.
			c.noRef = false
		}
		return c, true
	case wEarlier, wLater, wBefore, wAfter, wHence:
		w := sw
		if (w == wBefore || w == wAfter) && !s.clauseEnd(end+1) {
			return c, true
		}
		if (w == wEarlier || w == wLater) && s.w(end+1) == wThan {
			return c, true // "six months earlier than expected": how much earlier, a duration
		}
		if (w == wEarlier || w == wLater) && s.isWordIn(end+1, "beginning", "starting") && !s.isPunct(end, ',') {
			// So is a shift of a timetable from a date on: "will start
			// classes 50 minutes later beginning next fall", "opens an
			// hour earlier starting Monday" (the date after it its own).
			if f := s.lx(end + 2); f != nil && (f.w == wNext || f.w == wThis || f.month > 0 || f.weekday > 0 && !f.plural || f.season > 0 || f.holiday > 0 || f.w == wIn || f.w == wOn) {
				return c, true
			}
		}
		if (w == wEarlier || w == wLater) && (s.w(end+1) == wThis || s.w(end+1) == wThat || s.w(end+1) == wLast || s.w(end+1) == wNext) &&
			(s.w(i-1) == wFor || s.w(i-1) == wOn || s.w(i-1) == wOver || s.isWordIn(i+1, "consecutive", "straight", "successive") || s.isWordIn(i+2, "consecutive", "straight", "successive")) {
			// "rained on 13 consecutive days earlier this month", "shut for
			// three weeks earlier this summer": "earlier" opens the date
			// after it ("earlier this month"); the count before is a length.
			// (Not a comparison, "will start a week earlier next year".)
			if f := s.lx(end + 2); f != nil && (f.unit > 0 && !f.plural || f.season > 0 || f.month > 0 || f.weekday > 0) {
				return c, true
			}
		}
		if w == wLater && i > 0 && (s.w(i-1) == wFor || s.forPastModifier(i)) {
			// "For six years afterwards Florence was ruled by exiles",
			// "stayed for a week afterward": how long, after the time
			// just named, a duration ("for" and the adverb outside). So
			// with a modifier between: "for more than a decade
			// afterwards", "for nearly a year afterwards".
			return c, true
		}
		if n < 0 {
			// "a few months later": a date at the next coarser level.
			// (TimeBank keeps "a few days later" a duration: the year is
			// the only part of the date such a phrase gives.)
			g := gNone
			if u == uMonth {
				g = gYear
			}
			base, a, ok := s.anchorBase()
			if w != wLater || g == gNone || !ok || base.g < g {
				return c, true
			}
			c.j, c.typ, c.val, c.anchor, c.c, c.noRef = end+1, timeline.TypeDate, "", a, coarsen(base, g), true
			return c, true
		}
		c.j = end + 1
		c.typ = timeline.TypeDate
		coarseTo := gNone
		if frac && (u == uCentury || u == uDecade || u == uMillennium) {
			// "half a century later", "a decade and a half later": a
			// count of years, then at the unit's granularity, as "a
			// century later" (1794 and half a century is 1844, in the
			// 19th century).
			per := int64(100)
			switch u {
			case uDecade:
				per = 10
			case uMillennium:
				per = 1000
			}
			n, u, frac, coarseTo = n*per+per/2, uYear, false, unitGran(u)
		}
		if frac && u == uHour && n >= 0 {
			n, u, frac = n*60+30, uMinute, false // "half an hour later", "an hour and a half later": minutes
		}
		if g := unitGran(u); w == wLater && s.apposed(i) && (g <= gYear || (g == gMonth || g == gWeek || g == gDay) && !s.refCal.noYear && (s.refCal.g >= gDay || s.refCal.g == g)) {
			// In apposition to the date just given it is that date, at
			// the granularity of the unit: "dissolved in 1799, nearly two
			// centuries later" is the 18th century, not the 20th; "reached
			// the Pole on 14 December, 56 days later" is that day.
			c.val, c.anchor, c.noRef = "", s.ref, true
			c.c = coarsen(s.refCal, unitGran(u))
			return c, true
		}
		if (w == wLater || w == wEarlier) && s.depth == 0 && s.isPunct(end+1, ',') && (s.w(end+2) == wIn || s.w(end+2) == wOn) {
			// "ten years later, in 1520", "a century later, in 1969", "a
			// year earlier, on 14 September 1854": the date given in
			// apposition says which, at the unit's granularity, whatever
			// the last date was.
			s.depth++
			dc, ok := s.core(end + 3)
			s.depth--
			if ok && dc.i == end+3 && dc.typ == timeline.TypeDate && dc.val == "" && !dc.partial && !dc.c.noYear && dc.c.g >= gYear && dc.c.g != gWeek {
				c.val, c.anchor, c.noRef = "", s.ref, true
				c.c = dc.c
				if c.c.g > unitGran(u) {
					c.c = coarsen(c.c, unitGran(u))
				}
				return c, true
			}
			if ok && dc.i == end+3 && dc.typ == timeline.TypeDate && dc.val == "" && dc.c.noYear &&
				(dc.c.g == gMonth || dc.c.g == gDay) && dc.c.m > 0 && (u == uMonth || u == uWeek || u == uDay) {
				// "Four months later, on 27 July": a month or a day
				// with its year left to the reader is the one the count
				// comes closest to, whatever date came last ("in
				// mid-July" named since does not make it November).
				if base, a, ok := s.anchorBase(); ok && !base.noYear && base.g == gYear && base.y > 0 {
					// The story known only to its year ("The regiment
					// arrived in 1864. Three days later, on June 3"): the
					// month or day is of that year, as a bare one is.
					c.val, c.anchor, c.noRef = "", a, true
					c.c = dc.c
					c.c.y, c.c.noYear = base.y, false
					if c.c.g > unitGran(u) {
						c.c = coarsen(c.c, unitGran(u))
					}
					return c, true
				}
				if base, a, ok := s.anchorBase(); ok && !base.noYear && base.g >= gMonth && base.g != gWeek {
					sg := 1
					if w == wEarlier {
						sg = -1
					}
					t := shift(base, u, sg*int(n))
					if t.g >= gMonth && t.g != gWeek && !t.noYear {
						best, bd := dc.c, -1
						for y := t.y - 1; y <= t.y+1; y++ {
							cand := dc.c
							cand.y, cand.noYear = y, false
							d := (cand.y*12 + cand.m) - (t.y*12 + t.m)
							if d < 0 {
								d = -d
							}
							if bd < 0 || d < bd {
								best, bd = cand, d
							}
						}
						c.val, c.anchor, c.noRef = "", a, true
						c.c = best
						if c.c.g > unitGran(u) {
							c.c = coarsen(c.c, unitGran(u))
						}
						return c, true
					}
				}
			}
		}
		base, a, ok := s.anchorBase()
		if (u == uCentury || u == uDecade) && s.cref >= 0 && s.cref > s.ref {
			// "By the early 18th century ...; a century later": a century
			// or decade named since the last date counts too.
			base, a, ok = s.crefC, s.cref, true
		}
		if w == wLater && ok && s.flashLeftBefore(i) && s.left.refCal.y <= base.y && s.left.ref > a {
			// Counted on in the sentence of a flashback that ended at a
			// semicolon, from its date: "Its walls had been breached in
			// May 1452; two months later the emperor sent to Rome" is
			// July 1452.
			base, a = s.left.refCal, s.left.ref
		}
		if w == wLater && ok && s.accessionBefore(i) {
			// Counted on from an accession told with no date of its own
			// right after a reign's range, from the range's first year:
			// "ruled from 1661 to 1722 [...] He came to the throne at
			// seven; six years later he took power" is 1667.
			base = s.spanStartBase(base, a)
		}
		if u == uYear && s.afterWriting(i) && s.penRef >= 0 && s.penPi == s.toks[i].pi && !s.penCal.noYear {
			// One writer after another counts from the first one's year,
			// though it was an aside: "Cowan, whose history appeared in
			// 1922, ...; Belich, writing sixty-four years later" is 1986.
			base, a, ok = s.penCal, s.penRef, true
		}
		if !ok {
			c.val, c.note = "XXXX", "relative date with no anchor"
			return c, true
		}
		sign := 1
		if w == wEarlier || w == wBefore {
			sign = -1
			c.noRef = true
			base = s.spanStartBase(base, a)
			if a >= 0 && s.t.hasDCT && s.relTok == s.refTok && base.g >= gDay && base.day() > s.t.dct.day() {
				// Not from a day still to come: "will report on Friday
				// morning. A year earlier it lost $2 million" compares
				// with now.
				base, a = s.t.dct, -1
			}
		}
		if unitGran(u) >= gWeek && base.g >= gYear && base.g < gMonth && a >= 0 && a == s.ref && s.dayRef >= 0 && s.dayRef < a &&
			s.dayPi == s.toks[i].pi && !s.dayCal.noYear && s.dayCal.y == base.y {
			// "The blast on Aug. 6, 1945 killed 140,000 by the end of that
			// year. Three days later ...": days count from the day the
			// paragraph is about, not from a year named since.
			base, a = s.dayCal, s.dayRef
		}
		if base.g == gWeek && base.wd == 0 && !base.noYear && unitGran(u) < gWeek && unitGran(u) >= gYear {
			// From a week, a month or a year later counts from a day of
			// it: "A week later she met the emperor. A month later she
			// left" is the month after that week's, not January.
			if s.dayRef == a && a >= 0 && s.dayCal.g >= gDay {
				base = s.dayCal
			} else {
				base = fromDay(weekMonday(base))
			}
		}
		if (u == uHour || u == uMinute) && base.g == gDay && a >= 1 && a == s.ref && s.clockRef == a-1 && !s.clockCal.noYear &&
			s.clockCal.y == base.y && s.clockCal.m == base.m && s.clockCal.d == base.d && s.joinedByOn(a-1, a) {
			// "began at 6:10 a.m. on 4 June 1916. Forty minutes later":
			// the minutes count from the clock time, the day joined to it
			// by "on" naming its date.
			base, a = s.clockCal, s.clockRef
		}
		if u == uMonth && sign > 0 && base.g == gYear && !base.noYear && a >= 0 && a < len(s.res.Timexes) && s.res.Timexes[a].Mod == "END" && n >= 1 && n < 12 {
			// From "the end of the year" months count from its December:
			// "By the end of 1683 the garrison was starving, and two
			// months later it surrendered" is February 1684.
			base = cal{g: gMonth, y: base.y, m: 12}
		}
		dur := c.val
		c.val, c.anchor = "", a
		c.c = shift(base, u, sign*int(n))
		if u == uHour && base.g == gTime {
			// "two hours and forty minutes later" than a clock time: the
			// minutes too (the DURATION read PT2H40M).
			if h := strings.IndexByte(dur, 'H'); h > 0 && strings.HasPrefix(dur, "PT") && strings.HasSuffix(dur, "M") {
				if mins, err := strconv.Atoi(dur[h+1 : len(dur)-1]); err == nil && mins > 0 && mins < 60 {
					c.c = shift(c.c, uMinute, sign*mins)
				}
			}
		}
		if base.g < unitGran(u) && base.g != gWeek {
			c.c = base
			if base.g == gYear && u == uMonth && n >= 12 && !base.noYear {
				// "passed in 1535 and repealed eighteen months later":
				// a year or more on, the whole years at least (1536), not
				// the year of the start.
				c.c.y += sign * int(n/12)
			}
			if (base.g == gDay || base.g == gPartOfDay) && u == uHour && n >= 24 && !base.noYear {
				// (and from a part of a day, "By nightfall ... Forty-eight
				// hours later": the day, two days on)
				// "launched on 11 April 1970; 56 hours later" is days on
				// (the 13th), though the hour of the start is not given:
				// the whole days, the rest rounded as from midday.
				c.c = fromDay(base.day() + sign*int((n+11)/24))
			}
			if base.g == gMonth && u == uDay && !base.noYear {
				// "In mid-September ... Six days later": a day of that
				// month whose date the text does not give (YYYY-MM-XX),
				// as "the following day" after a month.
				c.c.g, c.c.d = gDay, 0
				c.noRef = true // (what follows counts from the month still)
			}
		}
		if coarseTo != gNone && c.c.g > coarseTo {
			c.c = coarsen(c.c, coarseTo)
		}
		if c.c.g == gTime && base.g == gTime && (u == uHour || u == uMinute) {
			c.typ = timeline.TypeTime // "at 9 a.m. ... three hours later": 12:00
		}
		if sign < 0 && u == uYear && a >= 0 && a == s.ref && s.qRef >= 0 && (base.g >= gDay || base.g == gMonth && s.periodEnd(s.refTok)) && (s.periodEnd(s.refTok) || n == 1 && s.t.hasDCT && s.refTok == s.relTok && s.qRef == s.ref-1) {
			// (or the day of the report, just after the quarter: "reports
			// second-quarter results Tuesday, after a loss a year
			// earlier")
			// "net income for the three months ended Sept. 30 ... a year
			// earlier" in a report on the third quarter: that quarter's.
			c.c, c.anchor = shift(s.qCal, u, sign*int(n)), s.qRef
		}
		if sign > 0 && base.g == gDay && (u == uWeek || u == uFortnight) {
			c.day = c.c // "a week later" than a day is a week, on a known day
		}
		if sign > 0 && unitGran(u) <= gDay && c.c.g > unitGran(u) && c.c.g != gQuarter && c.c.g != gHalf {
			// "six years later" than 18 June 1815 is 1821, "eleven months
			// later" than 9 November 1989 is 1990-10, "four days later"
			// than "that night" is a day: TimeML gives the granularity of
			// the unit.
			c.c = coarsen(c.c, unitGran(u))
		}
		if sign < 0 && unitGran(u) <= gDay && (c.c.g == gPartOfDay || c.c.g == gTime) {
			// A count of days or more back from a night or a clock time
			// is a day, not that part of it: "arrested that night. A
			// month earlier he had promised" is the day a month before,
			// as from a day.
			c.c = coarsen(c.c, gDay)
		}
		if sign < 0 && (w == wEarlier || w == wBefore) && n >= 2 && (u == uMonth || u == uYear || u == uDecade || u == uCentury) && c.c.g > unitGran(u) &&
			c.c.g != gQuarter && c.c.g != gHalf && c.c.g != gWeek && !c.c.noYear {
			// A counted "six months earlier", "two years earlier" names
			// a month or a year back, as "six months later" does ahead:
			// "signed on 24 July 1923 ... six months earlier" is January
			// 1923, "in the summer of 1866 ... two years earlier" 1864.
			// "Before" closing its clause is "earlier": "the victory of
			// thirty years before" after 21 December 1845 is 1815.
			// ("a year earlier" compares like with like and keeps its
			// anchor's granularity: "by December ... a year earlier".)
			// So do counted decades and centuries, as "three decades
			// later" does: "in October 1838 ... three decades earlier"
			// is the decade 180.
			c.c = coarsen(c.c, unitGran(u))
		}
		if sign < 0 && (w == wEarlier || w == wBefore) && (u == uWeek || u == uFortnight) && n >= 1 && c.c.g == gDay && !c.c.noYear && base.g == gDay {
			// "a week earlier", "two weeks earlier" than a day is a week,
			// as "a week later" is: "reached the river on 26 October;
			// the enemy had crossed it a week earlier" (1950-W42). So is
			// "a fortnight earlier", two weeks, as "a fortnight later".
			c.c = coarsen(c.c, gWeek)
		}
		if sign < 0 && w == wEarlier && u == uYear && n == 1 {
			if y, r, ok := s.yearPeriodEnd(i); ok {
				// "profit for the year to March 1 ... down from 702 million
				// pounds a year earlier": the year before the year
				// reported, named as it is by the year it ends in.
				c.c, c.anchor = cal{g: gYear, y: y - 1}, r
			}
		}
		return c, true
	case wToday, wTomorrow:
		if s.t.hasDCT && s.depth == 0 && n > 0 && (u == uWeek || u == uFortnight) && (s.clauseEnd(end+1) || s.w(end+1) == wAnd) && !s.isPunct(end+1, '-') && !s.stretchBefore(i) {
			// "the vote is three weeks today", "a fortnight tomorrow"
			// (British): one date, counted from the day named; back from
			// it in a clause of the past ("died a week today").
			b := s.t.dct.day()
			if s.w(end) == wTomorrow {
				b++
			}
			sign := 1
			if s.tense(i) < 0 {
				sign = -1
			}
			c.j, c.typ, c.val, c.anchor = end+1, timeline.TypeDate, "", -1
			c.c = shift(fromDay(b), u, sign*int(n))
			return c, true
		}
	case wOn:
		if e := s.lx(end + 1); s.t.hasDCT && s.depth == 0 && n > 0 && (u == uWeek || u == uFortnight) && e != nil && e.weekday > 0 && !e.plural && s.toks[end+1].cap &&
			!s.isPunct(end+2, '\'') && !s.stretchBefore(i) {
			// "a week on Thursday", "a fortnight on Monday" (British): one
			// date, counted from the weekday to come, as "a week from
			// Friday".
			b := s.t.dct.day()
			c.j, c.typ, c.val, c.anchor = end+2, timeline.TypeDate, "", -1
			c.c = shift(fromDay(b+(int(e.weekday)-timeline.Weekday(b)+7)%7), u, int(n))
			return c, true
		}
	case wFrom:
		if s.w(end+1) == wNow && s.t.hasDCT && n >= 0 {
			c.j = end + 2
			c.typ = timeline.TypeDate
			c.val, c.c = "", rel(s.t.dct, u, int(n))
			return c, true
		}
		if e := s.lx(end + 1); n > 0 && u <= uMonth && s.depth == 0 && e != nil && (e.weekday > 0 && !e.plural || e.w == wToday || e.w == wTomorrow) && s.toks[end+1].cap == (e.weekday > 0) && !s.stretchBefore(i) {
			// "a week from Friday", "two weeks from tomorrow": one date,
			// counted from the day named (not after "for", "over", a
			// stretch starting on the day: "will close for three days
			// from Tuesday").
			s.depth++
			dc, ok := s.core(end + 1)
			s.depth--
			if ok && dc.i == end+1 && dc.typ == timeline.TypeDate && dc.val == "" && dc.c.g == gDay {
				if dc = s.resolve(dc); !dc.c.noYear {
					if e.weekday > 0 && dc.anchor < 0 && s.t.hasDCT {
						// the weekday to come: "the vote is a week from Friday"
						b := s.t.dct.day()
						dc.c = fromDay(b + (int(e.weekday)-timeline.Weekday(b)+7)%7)
					}
					c.j, c.typ, c.val, c.anchor = dc.j, timeline.TypeDate, "", dc.anchor
					c.c = shift(dc.c, u, int(n))
					return c, true
				}
			}
		}
	}
	return c, true
}

// pAnother: "another century", "another two years": a further stretch
// of time, a DURATION whose span keeps "another".
func (s *state) pAnother(i int) (cand, bool) {
	if c, ok := s.pQuantity(i + 1); ok {
		if c.typ != timeline.TypeDuration || c.i != i+1 {
			return cand{}, false
		}
		for k := i + 1; k < c.j; k++ {
			if s.isPunct(k, '-') {
				return cand{}, false // "another two-day strike": the adjective alone
			}
		}
		c.i = i
		return c, true
	}
	e := s.lx(i + 1)
	if e == nil || e.unit == 0 || e.plural || e.unit == uSecond || s.isPunct(i+2, '-') && s.tight(i+2) || s.toks[i+1].cap {
		return cand{}, false
	}
	return s.fixed(i, i+2, timeline.TypeDuration, durValue(1, e.unit, false)), true
}

// apposed reports whether the expression whose count starts at token i
// (after at most two words of a quantifier, "nearly", "more than")
// follows the last date emitted and a comma: "in 1799, nearly two
// centuries later".
func (s *state) apposed(i int) bool {
	k := i - 1
	for n := 0; n < 2 && k > 0 && s.toks[k].kind == tkWord && !s.toks[k].cap; n++ {
		q := false
		for _, w := range [...]string{"nearly", "almost", "some", "about", "around", "over", "more", "less", "than", "roughly", "just", "exactly", "precisely", "only", "barely", "scarcely"} {
			q = q || s.isWord(k, w)
		}
		if !q {
			return false
		}
		k--
	}
	if k < 1 || !s.isPunct(k, ',') || s.ref < 0 || s.ref != len(s.res.Timexes)-1 || s.refCal.noYear || s.refCal.g < gYear {
		return false
	}
	end := k - 1
	if end > 0 && s.isPunct(end, ')') {
		end-- // a year in brackets after a title: "until On the Origin of Species (1859), more than twenty years later"
	}
	return s.res.Timexes[s.ref].End == int(s.toks[end].end)
}

// capName reports whether a count spelled in words at i and its unit at k
// are both capitalized inside a sentence, as a name is: "the Hundred
// Days", "The Hundred Days ended", "the Forty Days" (not "Ten days
// later" opening a sentence).
func (s *state) capName(i, k int) bool {
	if i <= 0 || k >= len(s.toks) || s.toks[i].kind != tkWord || !s.toks[i].cap || !s.toks[k].cap || s.sentenceEnd(i-1) || s.toks[i-1].kind == tkPunct {
		return false
	}
	return s.w(i-1) == wThe
}

// nameAfter reports whether a capitalized unit ending at k-1 is part of
// a name: a capitalized word with no meaning to the tagger follows,
// perhaps after a possessive ("Years' War", "Days' Battle").
// possessiveBefore reports whether a possessive pronoun or a noun's 's
// comes right before token i: "her last decade", "Smith's next year".
// objectHer reports whether the "her" before a "last" or "next" at i is
// the object of a preposition, not a possessive, so that "last week"
// ending the clause is a date: "voted for her last week.", "wrote to
// her next month," (but "her last year in office", "for her last film").
func (s *state) objectHer(i, j int) bool {
	if i < 2 || !s.isWord(i-1, "her") || s.w(i) != wLast && s.w(i) != wNext || !s.clauseEnd(j+1) {
		return false
	}
	if e := s.lx(j); e == nil || e.unit == 0 && e.season == 0 || e.plural {
		return false
	}
	if s.t.hasDCT && s.pastVerbBefore(i-1) && !s.isWordIn(i-2, "spent", "enjoyed", "played", "lived", "celebrated", "finished", "started", "began", "ended") {
		// The object of a verb in the past: "I met her last spring.",
		// "saw her last week," (not a period of her life: "spent her
		// last summer", "played her last season").
		return true
	}
	return s.isWordIn(i-2, "for", "to", "with", "from", "about", "against", "at", "behind", "beside", "toward", "towards")
}

func (s *state) possessiveBefore(i int) bool {
	for _, p := range [...]string{"her", "his", "their", "my", "our", "your"} {
		if s.isWord(i-1, p) {
			return true
		}
	}
	return s.isWord(i-1, "s") && s.isPunct(i-2, '\'') && s.tight(i-1)
}

func (s *state) nameAfter(k int) bool {
	if s.isPunct(k, '\'') && s.tight(k) {
		k++
		if s.isWord(k, "s") && s.tight(k) {
			k++
		}
	}
	return k < len(s.toks) && s.toks[k].kind == tkWord && s.toks[k].cap && s.toks[k].lex() == nil
}

// Kinds of rate an article can follow.
const (
	rateNone   = iota
	rateAmount // "$5 a year", "50,000 CDs a year"
	rateFreq   // "twice a day", "three times a week"
)

// isRate reports whether the article at i follows an amount ("$5 a
// year", "50,000 CDs a year") or a count of times ("twice a day").
func (s *state) isRate(i int) int {
	switch s.w(i - 1) {
	case wNearly, wAlmost, wAbout, wAround, wOver, wThan, wLeast, wMost:
		return rateNone // "took nearly a century"
	}
	lo := i - 4
	for k := i - 1; k >= 0 && k >= lo; k-- {
		tk := &s.toks[k]
		if s.isWord(k, "times") || s.isWord(k, "twice") || s.w(k) == wOnce {
			return rateFreq
		}
		if tk.kind == tkWord && !tk.cap && s.isWordIn(k, "million", "millions", "billion", "billions", "trillion", "hundred", "thousand") {
			return rateAmount // "half a million visitors a year", "a billion dollars a month", "a million tons a day", "a hundred people"
		}
		if k == i-1 && s.ingWord(k) && s.isWordIn(k-1, "was", "were", "is", "are", "been") && s.clauseEnd(i+2) {
			// a progressive verb whose counted subject stands before
			// its auxiliary, the rate closing the clause: "300 people
			// were dying a day.", "a dozen ships were arriving a week;"
			k--
			lo -= 2
			continue
		}
		if k == i-1 && s.isWordIn(k, "it", "them", "him", "her", "us", "me") {
			// an object pronoun is no thing counted per unit of time: "one
			// side could denounce it a year before it expired" is a length
			// of time before an event, though a number comes before
			return rateNone
		}
		if k == i-1 && tk.kind == tkWord && !tk.cap && s.vagueAmount(k) {
			return rateAmount // "hundreds a year", "thousands a day"
		}
		if tk.kind == tkWord && !tk.cap && s.moneyOrMeasure(k) && (k == i-1 || s.w(k+1) == wOf) {
			// a price or a measure per unit of time: "earned a dollar a
			// day", "sixpence an hour", "an ounce of gold a day"
			return rateAmount
		}
		if k == i-1 && tk.kind == tkWord && tk.lex() != nil && tk.lex().unit > 0 && tk.lex().plural && k > 0 &&
			(s.toks[k-1].kind == tkNum || s.lx(k-1) != nil && s.lx(k-1).hasNum) {
			return rateAmount // "24 hours a day", "seven days a week"
		}
		if tk.kind == tkNum && !(tk.ndig == 4 && !tk.grouped && !tk.decimal && !s.isPunct(k-1, '$')) || s.isPunct(k, '$') ||
			tk.kind == tkWord && tk.lex() != nil && tk.lex().hasNum && s.w(k) != wA && s.w(k) != wAn {
			return rateAmount // "700 seats a week", "four flights a week", not "in 1904 and spent a decade"
		}
		if k < i-1 && s.w(k) == wOf && k > 0 && s.toks[k-1].kind == tkWord && (s.lx(k-1) == nil || s.isWordIn(k-1, "million", "billion", "trillion")) &&
			s.toks[k+1].kind == tkWord && (!s.toks[k+1].cap || !s.toks[k-1].cap) {
			// "200 kilograms of ice a day", "3,000 barrels of oil a day":
			// the amount is further back; so it is before a name of what
			// is counted, "$45 billion of Treasury securities a month".
			continue
		}
		if k == i-1 && s.verbOnly(k) && k > 0 && (s.toks[k-1].kind == tkNum || s.lx(k-1) != nil && s.lx(k-1).hasNum) {
			continue // a noun that is also a verb, after its count: "three shifts a day", "two reports a week"
		}
		if s.sentenceEnd(k) || s.isPunct(k, ',') || tk.kind == tkNum || tk.kind == tkWord && tk.lex() != nil {
			if s.countedSubjectRate(i) {
				return rateAmount
			}
			return rateNone
		}
	}
	return rateNone
}

// countedSubjectRate reports whether the article at i ends a clause whose
// subject is counted and whose verb takes an object: "half a million
// people visit the ruins a year.", "some 300 ships use the canal a
// year": the count is done per unit of time, a rate, though the object
// stands between the count and the unit.
func (s *state) countedSubjectRate(i int) bool {
	if !s.clauseEnd(i + 2) {
		return false
	}
	det := -1
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.isWordIn(k, "the", "its", "their", "this", "that") && !s.toks[k].cap {
			det = k
			break
		}
		if s.toks[k].kind != tkWord || !plainNoun(s.lx(k)) {
			return false
		}
	}
	// det-1 is the verb, det-2 the counted noun, det-3 the count
	v := det - 1
	if det < 3 || s.toks[v].kind != tkWord || s.toks[v].cap || !plainNoun(s.lx(v)) || s.toks[v-1].kind != tkWord || s.toks[v-1].cap || !plainNoun(s.lx(v-1)) {
		return false
	}
	c := v - 2
	return s.toks[c].kind == tkNum && !(s.toks[c].ndig == 4 && !s.toks[c].grouped) ||
		s.toks[c].kind == tkWord && !s.toks[c].cap && s.isWordIn(c, "million", "millions", "thousand", "thousands", "hundred", "hundreds", "billion")
}

// moneyOrMeasure reports whether the word at k is a unit of money or of
// measure, singular or plural ("dollar", "sixpence", "shillings",
// "ounce", "bushels"): what a rate per unit of time counts.
func (s *state) moneyOrMeasure(k int) bool {
	if s.measureUnit(k) {
		return true
	}
	w := s.word(k)
	if n := len(w); n > 5 && lowerEq(w[n-5:], "pence") {
		return true // "pence", "sixpence", "threepence"
	}
	// lengths: "advanced a few feet a day", "rose six inches an hour"
	if s.isWordIn(k, "foot", "feet", "inch", "inches", "yard", "yards", "league", "leagues", "fathom", "fathoms") {
		return true
	}
	return s.isWordIn(k, "dollar", "dollars", "cent", "cents", "penny", "pennies", "shilling", "shillings", "guinea", "guineas", "pound", "franc", "francs",
		"rupee", "rupees", "florin", "florins", "ducat", "ducats", "peso", "pesos", "ruble", "rubles", "rouble", "roubles", "ounce", "ounces", "ton", "tons",
		"tonne", "barrel", "barrels", "bushel", "bushels", "gallon", "gallons", "acre", "mile", "miles", "kilometre", "kilometer", "litre", "liter", "litres", "liters")
}

// vagueAmount reports whether k is a count without a number: "hundreds",
// "thousands", "dozens".
func (s *state) vagueAmount(k int) bool {
	return s.isWordIn(k, "dozens", "hundreds", "thousands", "millions", "billions", "scores")
}

// plainNoun reports whether a word's lexicon entry, if any, makes it no
// word of time or number: "campaign" is in the lexicon as a verb of plans.
func plainNoun(e *lexEntry) bool {
	return e == nil || e.unit == 0 && e.setUnit == 0 && !e.hasNum && e.month == 0 && e.season == 0 && e.weekday == 0 && e.ord == 0 && e.pod == 0 && e.holiday == 0
}

// clauseEnd reports whether token k ends a clause (punctuation or the end).
func (s *state) clauseEnd(k int) bool {
	if k >= len(s.toks) {
		return true
	}
	if s.toks[k].kind == tkPunct {
		c := s.text[s.toks[k].start]
		return c == '.' || c == ',' || c == ';' || c == ')' || c == '"' || c == '!' || c == '?' || c == '-'
	}
	return false
}

// priceNoun reports whether k is a noun of a price or pay: "charge",
// "wage", "rent", "fee", "rate".
func (s *state) priceNoun(k int) bool {
	return s.isWordIn(k, "charge", "charges", "wage", "wages", "rent", "rents", "fee", "fees", "rate", "rates", "salary", "pay", "fare", "fares", "tariff", "premium", "premiums", "allowance", "stipend")
}

// pSet: "every year", "each Thursday", "daily", "per month".
func (s *state) pSet(i int) (cand, bool) {
	e := s.lx(i)
	if e.setUnit > 0 {
		if s.isPunct(i+1, '-') && s.tight(i+1) {
			return cand{}, false
		}
		if s.toks[i].cap && (s.nameAfter(i+1) || i > 0 && s.toks[i-1].kind == tkWord && s.toks[i-1].cap && !s.sentenceEnd(i-2) && s.lx(i-1) == nil) {
			return cand{}, false // a name: "the Tucson Daily Citizen", "Weekly Standard"
		}
		if !s.toks[i].cap && (s.w(i-1) == wA || s.w(i-1) == wThe) && (i+1 >= len(s.toks) || s.toks[i+1].kind != tkWord || s.w(i+1) == wIn || s.isWord(i+1, "newspaper") || s.isWord(i+1, "paper") || s.isWord(i+1, "magazine") || s.isWord(i+1, "newsletter")) {
			return cand{}, false // a publication: "a daily newspaper", "founded as a weekly", "became a daily in 1855"
		}
		if !s.toks[i].cap && i+1 < len(s.toks) && s.toks[i+1].kind == tkWord && s.toks[i+1].cap && s.toks[i+1].sp && s.lx(i+1) == nil && s.detBefore(i) {
			return cand{}, false // a publication named after it: "the Communist Party daily Granma", "the business weekly Der Spiegel"
		}
		if !s.toks[i].cap && s.priceNoun(i+1) {
			return cand{}, false // a price per unit of time, a rate: "the hourly charge", "her weekly wage", "a monthly fee"
		}
		c := s.fixed(i, i+1, timeline.TypeSet, durValue(1, e.setUnit, false))
		if (s.isWord(i-1, "twice") || s.w(i-1) == wOnce || s.isWord(i-1, "thrice")) && i-1 >= s.floor {
			c.i = i - 1 // "twice weekly", as "twice a week"
		}
		return c, true
	}
	j := i + 1
	n := int64(1)
	if e.w == wEvery && s.isWord(j, "other") {
		n, j = 2, j+1
	}
	if e.w == wPer && s.isRate(i) == rateAmount {
		return cand{}, false // a measure: "15 million instructions per second"
	}
	if e.w == wEvery || e.w == wEach {
		if c, ok := s.everyDayOfYear(i, j); ok {
			return c, true
		}
	}
	if e.w != wPer {
		if m, next, _, article, ok := s.quantity(j); ok && !article && (m > 1 || m < 0 && e.w == wEvery) {
			n, j = m, next // "every four years", "every few decades"
			if e.w == wEvery && m > 0 && (s.w(j) == wTo || s.w(j) == wOr) {
				// "every ten to twenty years", "every two or three
				// weeks": a SET with a count left vague.
				if m2, next2, _, art2, ok2 := s.quantity(j + 1); ok2 && !art2 && m2 > m {
					n, j = -1, next2
				}
			}
		}
	}
	f := s.lx(j)
	if f == nil {
		return cand{}, false
	}
	if f.unit > 0 && n == 1 && !f.plural && (e.w == wEach || e.w == wEvery) && s.w(i-1) == wFor && s.w(j+1) == wOf {
		// "once for each year of its history", "a bonus for every year
		// of service": a count over the units of a span, no recurrence.
		return cand{}, false
	}
	switch {
	case f.unit == uWeekend && n == 1 && !f.plural && e.w != wPer:
		// "every weekend", "each weekend": the weekends of every week, as
		// "on weekends" (XXXX-WXX-WE), not a stretch of two days
		return s.fixed(i, j+1, timeline.TypeSet, "XXXX-WXX-WE"), true
	case f.unit == uWeekend && n > 1 && e.w != wPer:
		// "every other weekend", "every two weekends": once in so many
		// weeks
		return s.fixed(i, j+1, timeline.TypeSet, durValue(n, uWeek, false)), true
	case f.unit > 0:
		if f.unit == uYear && !f.plural && n == 1 && (e.w == wEvery || e.w == wEach) && s.w(j+1) == wOn {
			// "every year on 10 April": the day of each year, one SET, as
			// "every 10 April".
			if c, ok := s.everyDayOfYear(i, j+2); ok {
				return c, true
			}
		}
		return s.fixed(i, j+1, timeline.TypeSet, durValue(n, f.unit, false)), true
	case e.w == wPer:
		return cand{}, false
	case f.weekday > 0 && s.toks[j].cap:
		v := cal{g: gWeek, noYear: true, wd: int(f.weekday)}.format()
		if p := s.lx(j + 1); p != nil && p.pod > 0 && !p.plural && !s.toks[j+1].cap && n == 1 {
			// "every Thursday evening", as "Thursday evenings"
			return s.fixed(i, j+2, timeline.TypeSet, v+"T"+podCode[p.pod]), true
		}
		return s.fixed(i, j+1, timeline.TypeSet, v), true
	case f.month > 0 && s.toks[j].cap && !(f.holiday > 0 && s.isWord(j+1, "day") && s.toks[j+1].cap):
		// (not "every May Day", the feast, below)
		return s.fixed(i, j+1, timeline.TypeSet, cal{g: gMonth, noYear: true, m: int(f.month)}.format()), true
	case f.season > 0:
		return s.fixed(i, j+1, timeline.TypeSet, "XXXX-"+seasonCode[f.season]), true
	case f.pod > 0:
		return s.fixed(i, j+1, timeline.TypeSet, "XXXX-XX-XXT"+podCode[f.pod]), true
	case f.holiday > 0 && s.toks[j].cap && (e.w == wEvery || e.w == wEach) && n == 1 && s.depth == 0:
		// "every Christmas Eve", "each Halloween": a holiday of a fixed
		// date every year, a SET, as "every August".
		h := holidays[f.holiday]
		if h.easter || h.nth != 0 {
			return cand{}, false
		}
		s.depth++
		c, ok := s.pHolidayName(j, false)
		s.depth--
		if !ok || c.i != j || c.val != "" || c.c.g != gDay || s.isWord(c.j-1, "week") || s.isWord(c.j-1, "weekend") {
			return cand{}, false
		}
		return s.fixed(i, c.j, timeline.TypeSet, cal{g: gDay, noYear: true, m: c.c.m, d: c.c.d}.format()), true
	}
	return cand{}, false
}

// monthDays is the most days a month can have (February in a leap year).
var monthDays = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// everyDayOfYear reads a day of the year after "every" or "each" at i,
// the day starting at j: "every 24 June", "each 11th of November", "every
// first of December", "every November 11", "each July 4th", "every Dec.
// 7". It is a SET
// of that day every year, as "every August" is of the month. A year after
// the day makes it a date ("each 1 March 1870" is no such phrase) and is
// left alone.
func (s *state) everyDayOfYear(i, j int) (cand, bool) {
	set := func(m, d, end int) (cand, bool) {
		if d > monthDays[m] || s.yearAfter(end) {
			return cand{}, false
		}
		return s.fixed(i, end, timeline.TypeSet, cal{g: gDay, noYear: true, m: m, d: d}.format()), true
	}
	if d, k, ok := s.dayNum(j); ok {
		if s.w(k) == wOf && s.toks[j].suf == sufOrd {
			k++ // "the 11th of November"
		}
		if f := s.lx(k); f != nil && f.month > 0 && !f.plural && !f.abbr && s.toks[k].cap {
			return set(int(f.month), d, k+1)
		}
		return cand{}, false
	}
	if d, k, ok := s.ordAt(j); ok && d <= 31 && s.w(k) == wOf {
		// a spelled ordinal: "every first of December", "each fourth
		// of July"
		if f := s.lx(k + 1); f != nil && f.month > 0 && !f.plural && !f.abbr && s.toks[k+1].cap {
			return set(int(f.month), d, k+2)
		}
		return cand{}, false
	}
	if f := s.lx(j); f != nil && f.month > 0 && !f.plural && s.toks[j].cap {
		k := j + 1
		if f.abbr && s.isPunct(k, '.') && s.tight(k) {
			k++ // "each Jan. 31", "every Dec. 7", as "Dec. 7" alone
		}
		if d, k, ok := s.dayNum(k); ok {
			return set(int(f.month), d, k)
		}
	}
	return cand{}, false
}

// yearAfter reports whether a year follows at token k, directly or after
// a comma: "24 June 1602", "November 11, 1918".
func (s *state) yearAfter(k int) bool {
	if s.isPunct(k, ',') {
		k++
	}
	return k < len(s.toks) && s.toks[k].kind == tkNum && s.toks[k].ndig == 4 && !s.toks[k].grouped && !s.toks[k].decimal
}

// superlativeBefore reports whether a superlative or "first" comes in
// the few words up to token k of its sentence: "the highest level",
// "the first time".
func (s *state) superlativeBefore(k int) bool {
	for n := 0; k >= 0 && n < 6 && !s.sentenceEnd(k); k, n = k-1, n+1 {
		w := s.word(k)
		if s.toks[k].kind != tkWord {
			continue
		}
		if lowerEq(w, "first") || lowerEq(w, "most") || lowerEq(w, "least") || lowerEq(w, "best") || lowerEq(w, "worst") {
			return true
		}
		if l := len(w); l > 5 && lowerEq(w[l-3:], "est") && !s.toks[k].cap {
			return true // "lowest", "highest", "biggest"
		}
	}
	return false
}

// pDayAndNight: "day and night", "night and day" as an adverb of
// frequency, every day (TimeML SET P1D): "boats ran day and night";
// not a noun phrase ("the day and night shifts", "day and night
// temperatures").
func (s *state) pDayAndNight(i int) (cand, bool) {
	other := "night"
	if s.isWord(i, "night") {
		other = "day"
	}
	if !s.isWord(i+2, other) || s.toks[i].cap && !(i == 0 || s.sentenceEnd(i-1)) {
		return cand{}, false
	}
	if p := s.lx(i - 1); p != nil && (p.w == wThe || p.w == wA || p.w == wEach || p.w == wEvery || p.w == wThat || p.w == wThis || p.w == wSame || p.w == wOf || p.w == wBetween || p.w == wFrom || p.hasNum || p.ord > 0) {
		return cand{}, false
	}
	if k := i + 3; k < len(s.toks) && s.toks[k].kind == tkWord && !s.toks[k].cap && s.toks[k].lex() == nil {
		n := len(s.word(k))
		if w := s.word(k); !(n > 2 && w[n-2] == 'l' && w[n-1] == 'y') && !s.isWord(k, "without") && !s.isWord(k, "with") && !s.isWord(k, "so") && !s.isWord(k, "as") && !s.isWord(k, "into") {
			return cand{}, false // a noun after it: "day and night shifts"
		}
	}
	if s.isPunct(i-1, '\'') {
		return cand{}, false
	}
	return s.fixed(i, i+3, timeline.TypeSet, "P1D"), true
}

// verbOnly reports whether the table entry of word k marks only a tense
// (a verb of schedule that is also a noun: "vote", "rally", "strike"),
// so the word may still be a noun after a compound ("a two day rally").
func (s *state) verbOnly(k int) bool {
	e := s.lx(k)
	return e != nil && e.tense != 0 && e.w == wNone && e.month == 0 && e.weekday == 0 && e.unit == 0 && e.pod == 0 && e.season == 0 && !e.hasNum && e.ord == 0 && e.holiday == 0 && e.setUnit == 0
}

// pMidweek: "by midweek", "through midweek": the middle of the week the
// story is in (the DCT's in news, the next one's when looked ahead to
// from Wednesday on), mod MID; not before a noun ("a midweek game").
// pMidPod: "midmorning", "midafternoon", "midevening" written solid are
// "mid-morning", "mid-afternoon", "mid-evening": a TIME of the DCT's day
// (or the day named after it: "midafternoon Tuesday"), in narrative of the
// day the paragraph is on, with mod MID; not before a noun ("a midmorning
// snack").
func (s *state) pMidPod(i int) (cand, bool) {
	pod := 1
	switch {
	case s.isWord(i, "midafternoon"):
		pod = 2
	case s.isWord(i, "midevening"):
		pod = 3
	}
	if s.w(i-1) == wA || s.w(i-1) == wAn {
		return cand{}, false
	}
	if i+1 < len(s.toks) && s.toks[i+1].kind == tkWord && !s.toks[i+1].cap && s.toks[i+1].lex() == nil && !s.phraseEnds(i+1) {
		return cand{}, false
	}
	if !s.t.hasDCT {
		// In narrative, as "mid-afternoon" is: "crossed on May 3, 1863,
		// and by midafternoon the heights were held" is a part of the
		// day the paragraph is on.
		if s.dayRef < 0 || s.dayPi != s.toks[i].pi || s.dayCal.g < gDay || s.dayCal.noYear ||
			!(s.w(i-1) == wBy || s.w(i-1) == wUntil || s.w(i-1) == wAt || s.w(i-1) == wIn) || !(s.phraseEnds(i+1) || s.seasonEnds(i+1)) {
			return cand{}, false
		}
		c := s.dayCal
		c.g, c.part = gPartOfDay, pod
		return cand{i: i, j: i + 1, typ: timeline.TypeTime, c: c, anchor: s.dayRef, mod: "MID"}, true
	}
	c, end, anchor := s.t.dct, i+1, -1
	if dc, ok := s.podDay(i + 1); ok {
		c, end, anchor = dc.c, dc.j, dc.anchor
	}
	c.g, c.part = gPartOfDay, pod
	return cand{i: i, j: end, typ: timeline.TypeTime, c: c, anchor: anchor, mod: "MID"}, true
}

// pAnnually: "annually" after a verb ("met annually", "held here
// annually", "was renewed annually") is a SET P1Y, as "yearly" is; after
// an amount or its noun ("rise 8.5% annually", "10,000 units annually",
// "doubling its profits annually") it is a rate, no expression.
func (s *state) pAnnually(i int) (cand, bool) {
	k := i - 1
	if k < 0 || s.toks[k].kind != tkWord || s.toks[k].cap {
		return cand{}, false
	}
	w := s.word(k)
	n := len(w)
	verb := n > 3 && w[n-2] == 'e' && w[n-1] == 'd' || s.isWordIn(k, "here", "there", "met", "meet", "meets", "meeting", "held", "hold", "holds", "is", "are", "was", "were", "be", "been", "occur", "occurs", "takes", "take", "took", "run", "runs", "ran", "repeated")
	if !verb && (s.w(k) == wAnd || s.w(k) == wOr) {
		// Coordinated with a frequency before it in the sentence: "held
		// every other year until 1969, and annually thereafter".
		for m := k - 1; m >= 0 && m >= k-20 && !s.sentenceEnd(m); m-- {
			if s.w(m) == wEvery || s.w(m) == wEach {
				verb = true
				break
			}
		}
	}
	if !verb {
		return cand{}, false
	}
	for m := k - 1; m >= 0 && m >= k-3 && s.w(m) != wAnd; m-- {
		if s.toks[m].kind == tkNum && !(s.toks[m].ndig == 4 && !s.toks[m].grouped && !s.toks[m].decimal) || s.isPunct(m, '%') || s.isWordIn(m, "million", "billion", "percent") {
			return cand{}, false // "rise 8.5% annually", "C$17.9 million paid annually"
		}
	}
	return s.fixed(i, i+1, timeline.TypeSet, "P1Y"), true
}

// pMidSeason: "midsummer", "midwinter" written solid are "mid-summer",
// "mid-winter": the season with mod MID, of the year written after it
// ("midwinter 1709") or, after "in", "by", "until", "since", "at",
// "through", "during" or "till", of the year the story is in ("By
// midsummer the revolt had collapsed"). Not before a noun ("a midwinter
// festival", "midsummer madness") nor the feast ("Midsummer Day",
// "Midsummer Eve", "Midsummer Night").
func (s *state) pMidSeason(i int) (cand, bool) {
	season := 2
	if s.isWord(i, "midwinter") {
		season = 4
	}
	if s.isWordIn(i+1, "day", "eve", "night", "night's", "nights") || s.isPunct(i+1, '-') {
		return cand{}, false
	}
	if y, next, ok := s.yearTok(i + 1); ok {
		c := s.date(i, next, cal{g: gSeason, y: y, part: season})
		c.mod = "MID"
		return c, true
	}
	switch s.w(i - 1) {
	case wIn, wBy, wUntil, wSince, wThrough, wDuring:
	default:
		if !s.isWordIn(i-1, "at", "till") {
			return cand{}, false
		}
	}
	if k := i + 1; k < len(s.toks) && s.toks[k].kind == tkWord && !s.toks[k].cap && (s.toks[k].lex() == nil || s.verbOnly(k)) {
		if !s.subjectVerb(k) && !s.isWordIn(k, "it", "he", "she", "they", "we", "there", "most", "many", "some", "all") {
			return cand{}, false
		}
	}
	c := s.date(i, i+1, cal{g: gSeason, part: season, noYear: true})
	c.partial, c.mod = true, "MID"
	return c, true
}

func (s *state) pMidweek(i int) (cand, bool) {
	if k := i + 1; k < len(s.toks) && s.toks[k].kind == tkWord && !s.toks[k].cap && (s.toks[k].lex() == nil || s.verbOnly(k)) {
		return cand{}, false
	}
	if s.w(i-1) == wA || s.w(i-1) == wThe || s.isPunct(i+1, '-') {
		return cand{}, false
	}
	var base cal
	a := -1
	switch {
	case s.t.hasDCT:
		base = s.t.dct
	case s.dayRef >= 0:
		base, a = s.dayCal, s.dayRef
	default:
		return cand{}, false
	}
	if base.g < gDay || base.noYear {
		return cand{}, false
	}
	if a < 0 && timeline.Weekday(base.day()) >= 3 && s.isWordIn(i-1, "by", "until", "till", "toward", "towards", "into") && s.tense(i) > 0 && !s.pastFormBefore(s.sentStart(i, 40), i) {
		// Looked ahead to from a report of Wednesday or later, the middle
		// of the week is the next week's, this one's being here or past:
		// "a warm-up by midweek" in a Thursday forecast.
		base = fromDay(base.day() + 7)
	}
	c := s.date(i, i+1, weekOf(base))
	c.mod, c.anchor, c.noRef = "MID", a, true
	return c, true
}

// pToDate: "up 6 percent year to date", "year-to-date sales", "month to
// date": the period now running, from its start to the DCT, named as
// "so far this year" names it: the DCT's year (month, quarter), a DATE.
// ("the year to date" is "the year" to a date, a reporting period, and
// is left to theYear.)
func (s *state) pToDate(i int) (cand, bool) {
	if !s.t.hasDCT || s.w(i-1) == wThe || s.possessiveBefore(i) {
		return cand{}, false
	}
	j := i + 1
	hy := s.isPunct(j, '-') && s.tight(j) && s.tight(j+1)
	if hy {
		j++
	}
	if s.w(j) != wTo {
		return cand{}, false
	}
	j++
	if hy {
		if !(s.isPunct(j, '-') && s.tight(j) && s.tight(j+1)) {
			return cand{}, false
		}
		j++
	}
	if !s.isWord(j, "date") || s.toks[i].cap && i > 0 && !s.sentenceEnd(i-1) {
		return cand{}, false
	}
	g := gYear
	switch s.lx(i).unit {
	case uMonth:
		g = gMonth
	case uQuarter:
		g = gQuarter
	}
	c := s.date(i, j+1, coarsen(s.t.dct, g))
	c.noRef = true
	return c, true
}

// pWeekdays: a bare "weekdays" or "weekends" is a SET of those days:
// "open weekdays until Aug. 25", "closed on weekends"; not after a count
// or a determiner ("three weekends", "the weekends of June").
func (s *state) pWeekdays(i int) (cand, bool) {
	if s.toks[i].cap && !(i == 0 || s.sentenceEnd(i-1)) {
		return cand{}, false
	}
	if p := s.lx(i - 1); p != nil && (p.hasNum || p.w == wThe || p.w == wThese || p.w == wFew || p.w == wSeveral || p.w == wMany || p.w == wSome || p.w == wThat || p.w == wThis || p.w == wMore || p.w == wLess) ||
		i > 0 && (s.toks[i-1].kind == tkNum || s.isPunct(i-1, '\'')) || s.w(i+1) == wOf {
		return cand{}, false
	}
	v := "XXXX-WXX-WE"
	if s.isWord(i, "weekdays") {
		v = "XXXX-WXX-WD"
	}
	return s.fixed(i, i+1, timeline.TypeSet, v), true
}

// pBareUnit: "for years", "decades-long", "year-end", "year's end".
func (s *state) pBareUnit(i int) (cand, bool) {
	e := s.lx(i)
	if !e.plural && e.unit >= uMinute && e.unit <= uCentury && e.unit != uWeekend && e.unit != uQuarter && e.unit != uSeason && e.unit != uHalf &&
		s.isPunct(i+1, '-') && s.tight(i+1) && s.tight(i+2) && s.w(i+2) == wLong && !s.isPunct(i-1, '-') && (i == 0 || s.toks[i-1].kind != tkNum) {
		// "the week-long strike", "their year-long dispute", "an
		// hour-long meeting": one unit long, as "a decade-long survey".
		return s.fixed(i, i+3, timeline.TypeDuration, durValue(1, e.unit, false)), true
	}
	if e.w == wYearEnd || e.unit == uYear && !e.plural && (s.isPunct(i+1, '-') && s.tight(i+1) && s.w(i+2) == wEnd && s.tight(i+2) || s.w(i+1) == wEnd) {
		end := i + 1
		if e.w != wYearEnd {
			end = i + 3
			if s.w(i+1) == wEnd {
				end = i + 2
			}
		}
		base, a, ok := s.base(true, i)
		if !ok {
			return cand{}, false
		}
		if s.w(i+1) != wEnd {
			// "year-end", "yearend": December 31 (TimeBank 2 of 2), of
			// the year just ended when the sentence looks back ("Cash at
			// year-end was", "the change since year-end").
			y := base.y
			if s.t.hasDCT && a < 0 && s.tense(i) < 0 && !(base.m == 12 && base.d == 31) {
				y--
			}
			c := s.date(i, end, cal{g: gDay, y: y, m: 12, d: 31})
			c.anchor = a
			return c, true
		}
		c := s.date(i, end, cal{g: gYear, y: base.y})
		c.mod, c.anchor = "END", a
		return c, true
	}
	if e.unit == uYear && !e.plural && s.isPunct(i+1, '-') && s.tight(i+1) && s.tight(i+2) && (s.w(i+2) == wEarlier || s.w(i+2) == wAgo) {
		return s.yearAgo(i)
	}
	if e.unit == uYear && !e.plural && i >= 2 && s.w(i-2) == wPrior && s.isPunct(i-1, '-') && s.tight(i-1) && s.tight(i) &&
		(s.w(i+1) == wPeriod || s.lx(i+1) != nil && s.lx(i+1).unit == uQuarter && !s.lx(i+1).plural) {
		// "the prior-year quarter", "the prior-year period": the period
		// under discussion a year before, as "the year-ago quarter"
		return s.yearAgo(i - 2)
	}
	if e.unit == uYear && !e.plural && s.isPunct(i+1, '\'') && s.isWord(i+2, "s") && s.w(i+3) == wEnd {
		base, a, ok := s.base(true, i)
		if !ok {
			return cand{}, false
		}
		c := s.date(i, i+4, cal{g: gYear, y: base.y})
		c.mod, c.anchor = "END", a
		return c, true
	}
	if !e.plural || e.unit < uHour && !((e.unit == uMinute || e.unit == uSecond && s.isWord(i-1, "within")) && (s.isWord(i-1, "within") || s.w(i-1) == wFor || (s.w(i+1) == wLater || s.w(i+1) == wEarlier || s.w(i+1) == wBefore) && s.laterEnds(i+2) || (s.pastClauseBefore(i) || s.w(i-1) == wUntil) && (s.w(i+1) == wAfter || s.w(i+1) == wBefore))) {
		return cand{}, false // ("within minutes", "for minutes", "within seconds" are stretches too)
	}
	if s.isPunct(i+1, '-') && s.tight(i+1) && s.w(i+2) == wLong {
		return s.fixed(i, i+3, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if e.unit >= uHour && e.unit <= uMonth && !s.toks[i].cap && i > 0 && s.isWordIn(i-1, "just", "only", "barely", "mere") && !s.toks[i-1].cap &&
		(s.w(i+1) == wAfter || s.w(i+1) == wBefore) {
		// "the second bid failed just hours before the hearing", "only
		// days after the vote": "just" makes the bare unit a short
		// distance between two events, a stretch of unknown length.
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if e.unit >= uHour && e.unit <= uMonth && !s.toks[i].cap && i > 0 && s.toks[i-1].kind == tkWord && s.w(i-1) != wThe && s.lx(i-1) == nil &&
		s.isWord(i+1, "from") && (s.isWord(i+2, "being") || s.ingAt(i+2)) {
		// "left the club days from being wound up", "weeks from running
		// out of cash": how near something came, a stretch of unknown
		// length.
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if (s.w(i+1) == wLater || s.w(i+1) == wEarlier || (s.w(i+1) == wAfter || s.w(i+1) == wBefore) && e.unit <= uYear && s.isPunct(i-1, ',')) &&
		(i == 0 || s.toks[i-1].kind == tkPunct || s.sentenceEnd(i-1) || s.w(i+1) != wAfter && s.w(i+1) != wBefore && (s.w(i-1) == wAnd || s.isWord(i-1, "but")) && !s.toks[i].cap) {
		// "Hours later, a second tree fell", "died in November 1930,
		// days after his birthday": a stretch of unknown length, as
		// TimeBank has "A few days later" ("A few days", PXD); so after
		// "and" ("defaulted on 7 March, and days later a lockdown
		// began").
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if (s.w(i+1) == wAfter || s.w(i+1) == wBefore) && e.unit >= uHour && e.unit <= uYear && s.frontedAfterClause(i) {
		// "Hours after the polls closed, Kelly spoke", "Only days before
		// the vote, the party split": a phrase set before the sentence's
		// subject, the distance to an event, a stretch of unknown length,
		// as ", days after his birthday".
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if (s.w(i+1) == wLater || s.w(i+1) == wEarlier || s.w(i+1) == wBefore) && s.laterEnds(i+2) && i > 0 && s.toks[i-1].kind == tkWord && (s.lx(i-1) == nil || s.pastVerbBefore(i)) && !s.toks[i].cap {
		// "declared him the winner minutes later.", "had promised him
		// the throne years earlier.": after the object, at the clause's
		// end, a stretch of unknown length as well; so after a past verb
		// ("the second blast came hours later"), and with "before" as
		// an adverb ("had arrived only hours before.").
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if e.unit >= uHour && e.unit <= uYear && !s.toks[i].cap && i >= 3 && s.w(i-1) == wOf && (s.w(i-3) == wA || s.w(i-3) == wAn) &&
		s.toks[i-2].kind == tkWord && !s.toks[i-2].cap && plainNoun(s.lx(i-2)) && !s.isWordIn(i-2, "couple", "number", "lot", "handful", "total", "few", "dozen") &&
		(s.clauseEnd(i+1) || s.w(i+1) == wBefore || s.w(i+1) == wAfter || s.w(i+1) == wAnd || s.w(i+1) == wOr) {
		// "planned for a war of weeks", "a matter of days before it
		// fell", "a siege of months": how long, a stretch of unknown
		// length.
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if e.unit >= uDay && e.unit <= uYear && !s.toks[i].cap && i > 0 && s.toks[i-1].kind == tkWord && s.w(i-1) != wThe &&
		(s.isWord(i+1, "ahead") || s.isWord(i+1, "in") && s.isWord(i+2, "advance")) {
		// "set the launch dates months ahead", "booked rooms weeks in
		// advance", "arrived days ahead of the vote": how far ahead, a
		// stretch of unknown length, as "days after his birthday".
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if e.unit >= uMinute && e.unit <= uDecade && i > 0 && (s.toks[i-1].kind == tkWord && (s.lx(i-1) == nil || !s.lx(i-1).hasNum && s.lx(i-1).unit == 0) || s.quoteMark(i-1)) &&
		!s.isWordIn(i-1, "the", "few", "several", "many", "some", "these", "those", "recent", "more", "two", "three", "four", "five") &&
		(s.isWord(i+1, "too") && s.isWordIn(i+2, "late", "early", "soon") ||
			s.isWordIn(i+1, "late", "early", "overdue") && (s.clauseEnd(i+2) || s.isWordIn(i+2, "and", "but", "for", "because")) ||
			s.isWord(i+1, "behind") && s.isWord(i+2, "schedule")) {
		// "the reform came years too late", "the train ran hours late",
		// "the rent was months overdue", "work is weeks behind
		// schedule": how late or early, a stretch of unknown length, as
		// "months ahead".
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if s.w(i-1) == wUntil && (s.w(i+1) == wBefore || s.w(i+1) == wAfter) && e.unit <= uMonth && !s.toks[i].cap {
		// "shelled the city until minutes before the truce", "kept
		// campaigning until days before the vote": how near the end came
		// to an event, a stretch of unknown length.
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if (s.w(i+1) == wAfter || s.w(i+1) == wBefore) && e.unit >= uHour && e.unit <= uMonth && !s.toks[i].cap &&
		(s.isWordIn(i-1, "comes", "come", "coming") || s.isWordIn(i-1, "just", "only", "barely") && s.isWordIn(i-2, "comes", "come", "coming")) {
		// "It comes weeks after the minister resigned", "The move comes
		// just days after the vote": the news idiom of "come" placing an
		// event after another, the distance between them.
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if (s.w(i+1) == wAfter || s.w(i+1) == wBefore) && e.unit <= uMonth && !s.toks[i].cap && s.pastClauseBefore(i) {
		// "the storm struck minutes after the ferry left", "he died weeks
		// after the crash": right after a past verb, the distance to an
		// event, a stretch of unknown length, as ", days after his
		// birthday".
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if (s.w(i+1) == wAfter || s.w(i+1) == wBefore) && e.unit >= uHour && e.unit <= uMonth && !s.toks[i].cap && i > 0 &&
		s.toks[i-1].kind == tkWord && s.lx(i-1) == nil && !s.isWordIn(i-1, "few", "several", "many", "some", "these", "those", "recent", "more", "of") &&
		s.pastEventClause(i+2) {
		// "shared the sequence with laboratories days after it was
		// identified", "he quit weeks before the deal was signed": a bare
		// unit between what was done and a clause of its own in the past
		// is the distance between the two, a stretch of unknown length,
		// whatever stands before it.
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if e.unit >= uHour && e.unit <= uCentury && (s.isWordIn(i+1, "passed", "elapsed") || s.isWord(i+1, "went") && s.isWord(i+2, "by")) &&
		(i == 0 || s.toks[i-1].kind == tkPunct || s.sentenceEnd(i-1) || s.w(i-1) == wAnd || s.isWord(i-1, "but")) {
		// "months passed before relief arrived", "Years went by": the
		// stretch as the subject, of unknown length.
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if (s.w(i+1) == wBefore || s.w(i+1) == wUntil) && (s.modalBeBefore(i) || s.w(i-1) == wAnd && s.modalBeUnitBefore(i-2)) {
		// "it could be weeks before the cause is known": a stretch; and
		// so is the one joined to it with the verb left out: "could be
		// weeks before the city is drained and months before residents
		// can return".
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if e.unit >= uHour && e.unit <= uDecade && !s.toks[i].cap && s.modalBeBefore(i) && (s.clauseEnd(i+1) && !s.isPunct(i+1, '-') || s.isWord(i+1, "away")) {
		// The wait told with the "before" clause left to the context:
		// "for some it may be months.", "a cure could be years away",
		// "it will be weeks, not days": a stretch of unknown length,
		// as "could be weeks before".
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if s.w(i-1) == wThe && (s.w(i+1) == wAfter || s.w(i+1) == wSince || s.w(i+1) == wFollowing ||
		s.w(i+1) == wThat && s.isWord(i+2, "followed") || s.w(i+1) == wBefore && !s.t.hasDCT && s.w(i-2) == wIn) {
		// "in the decades after the war", "the years that followed": a
		// stretch of unknown length; TimeBank tags the unit alone ("In
		// the years that followed", PXY). ("The weeks before the
		// shooting" in news it gives the date of the event, which is
		// unknown here; in narrative "in the weeks before the campaign"
		// is the stretch, as narrative_blind14.txt has it.)
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if s.w(i-1) == wIn && e.unit >= uDay && (s.clauseEnd(i+1) || s.w(i+1) == wOver || s.w(i+1) == wAfter || s.isWord(i+1, "as") || s.w(i+1) == wWhen) && s.superlativeBefore(i-2) {
		// "the lowest in decades", "for the first time in years"
		// (TimeBank: "years", PXY): a stretch of unknown length.
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if !s.toks[i].cap && s.w(i+1) == wTo && s.infinitive(i+1) {
		// "it took us years to admit it", "will take officials weeks to
		// count": what it takes someone to do is a stretch of time, the
		// one who does it between the verb and the unit.
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if s.toks[k].kind != tkWord {
				break
			}
			if s.isWordIn(k, "took", "takes", "take", "taken", "taking") {
				return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
			}
		}
	}
	v := i - 1
	if s.isWordIn(v, "only", "just") && s.isWordIn(v-1, "lasted", "lasts", "lasting", "took", "takes", "taken", "for") {
		v-- // "another in September lasted only days", "for just hours"
	}
	lastVerb := s.isWordIn(v, "lasts", "lasting") || s.isWord(v, "last") && (s.verbBefore(v) || s.w(v-1) == wTo)
	// "waited weeks for the clouds to clear", "spent months in prison":
	// the object of waiting or spending is a stretch of time.
	lastVerb = lastVerb || !s.toks[i].cap && s.isWordIn(v, "waited", "waits", "waiting", "spent", "spends", "spending")
	// "went months without pay", "have gone years without rain": to go a
	// stretch without something is to spend it so.
	lastVerb = lastVerb || !s.toks[i].cap && s.isWordIn(v, "go", "goes", "went", "gone", "going") && s.isWord(i+1, "without")
	// A verb that takes "of" for its object keeps it past the stretch:
	// "complained for decades of neglect", "had spoken for years of
	// leaving" (the "of" is the verb's, not the unit's, as in "thanked
	// for years of service").
	ofVerb := s.w(v) == wFor && v > 0 && s.isWordIn(v-1, "complained", "complain", "complains", "complaining", "spoke", "spoken", "speak", "speaks", "talked", "talk", "talks",
		"dreamed", "dreamt", "dream", "dreams", "warned", "warn", "warns", "thought", "heard", "boasted", "despaired")
	// "built up over centuries", "grew over decades": "over" with a bare
	// plural of weeks or longer is the stretch something took, as "for".
	overLong := s.w(v) == wOver && v == i-1 && e.unit >= uWeek && e.unit <= uCentury
	if (s.w(v) == wFor || overLong || s.isWord(v, "within") || s.isWord(v, "take") || s.isWord(v, "takes") || s.isWord(v, "took") || s.isWord(v, "taken") || s.isWord(v, "lasted") || lastVerb) && (!s.isWord(i+1, "of") || s.isWord(v, "within") || ofVerb) {
		// ("the war would last years", "expected to last months": the
		// verb "last", after a modal or "to")
		// ("within hours of the attack" is a stretch too; "for years of
		// service" is not)
		c := s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false))
		if f := s.lx(i + 2); s.w(i+1) == wOr && f != nil && f.unit > 0 && f.plural {
			c.j, c.mod = i+3, "APPROX" // "weeks or months"
		}
		return c, true
	}
	if e.unit >= uHour && e.unit <= uDecade && !s.toks[i].cap && s.spentAfter(i) {
		// "freed after weeks in captivity", "released after days or
		// weeks in captivity", "home after months at sea": the stretch
		// spent somewhere before an event, of unknown length, as "after
		// years of war".
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	if (e.unit >= uWeek || e.unit == uDay && s.w(i-1) == wAfter) && e.unit <= uDecade && s.w(i+1) == wOf && i > 0 && s.toks[i-1].kind == tkWord && !s.toks[i-1].cap &&
		i+2 < len(s.toks) && s.toks[i+2].kind == tkWord && !s.toks[i+2].cap && s.lx(i+2) == nil && !s.isWord(i+2, "age") {
		// "ending months of wrangling", "after years of war": a stretch
		// of unknown length, as TimeBank tags "follows months of twists"
		// (not after a count or a quantifier: "many years of service");
		// days only after "after" ("gave way after days of pressure":
		// "the days of the Raj" are a time of history). (Not at the head
		// of a sentence: AQUAINT leaves "After weeks of high-profile
		// public sparring" untagged.)
		switch w := s.w(i - 1); {
		case w == wAfter || w == wBy || w == wFrom || s.isWord(i-1, "with"):
		case w == wAnd && s.isPunct(i-2, ','): // ", and weeks of talks followed"
		case w == wOf && s.isWord(i-2, "out"): // "grew out of decades of work"
		case s.isWord(i-1, "ends") || s.isWord(i-1, "ended") || s.isWord(i-1, "ending") || s.isWord(i-1, "follows") || s.isWord(i-1, "followed"):
		case s.lx(i-1) != nil:
			return cand{}, false
		}
		for _, q := range [...]string{"many", "several", "few", "two", "three", "four", "five", "those", "these", "our", "their", "his", "her", "its", "my", "your", "recent", "earlier", "later", "early", "late", "final", "last", "first", "coming", "past", "next"} {
			if s.isWord(i-1, q) {
				return cand{}, false
			}
		}
		return s.fixed(i, i+1, timeline.TypeDuration, durValue(-1, e.unit, false)), true
	}
	return cand{}, false
}

// spentAfter reports whether the bare plural unit at i follows "after"
// (alone or joined by "or" or "and" to another bare unit after it) and
// goes on with "in" or "at" and a place or a state, not a date: "after
// weeks in captivity", "after days or weeks in captivity", "after months
// at sea" (not "after days in March"). At the head of a sentence it is
// left, as AQUAINT leaves "After weeks of sparring".
func (s *state) spentAfter(i int) bool {
	bare := func(k int) bool {
		f := s.lx(k)
		return f != nil && f.unit > 0 && f.plural && !f.hasNum && !s.toks[k].cap
	}
	j := i + 1
	switch {
	case s.w(i-1) == wAfter && !s.toks[i-1].cap:
		if (s.w(j) == wOr || s.w(j) == wAnd) && bare(j+1) {
			j += 2
		}
	case (s.w(i-1) == wOr || s.w(i-1) == wAnd) && bare(i-2) && s.w(i-3) == wAfter && !s.toks[i-3].cap:
	default:
		return false
	}
	if !s.isWordIn(j, "in", "at") || j+1 >= len(s.toks) || s.toks[j+1].kind != tkWord {
		return false
	}
	f := s.lx(j + 1)
	return f == nil || f.w == wThe
}

// stretchBefore reports whether the quantity at i is governed as a
// length of time: "in more than three weeks", "for two weeks", "than a
// week", "at least a week" (so "three weeks on Wednesday" there is the
// stretch and the day apart, not "a week on Thursday").
func (s *state) stretchBefore(i int) bool {
	switch s.w(i - 1) {
	case wThan, wIn, wFor, wOver, wAfter, wLeast, wMost, wNearly, wAlmost, wAbout, wAround:
		return true
	}
	return s.isWord(i-1, "within") || s.isWord(i-1, "past") || s.isWord(i-1, "last") || s.isWord(i-1, "first")
}

// declaringVerb reports whether k is a verb that names a day for
// something: "declared", "proclaims", "designated", "named".
func (s *state) declaringVerb(k int) bool {
	return s.isWordIn(k, "declare", "declares", "declared", "declaring", "proclaim", "proclaims", "proclaimed", "proclaiming", "designate", "designates", "designated", "designating")
}

// declaredBefore returns the index of a verb of declaring right before k
// or before a day named right before k ("declared Friday", "proclaimed
// Sept. 9"), -1 when there is none.
func (s *state) declaredBefore(k int) int {
	for j, n := k-1, 0; j >= 0 && n < 5; j, n = j-1, n+1 {
		if s.declaringVerb(j) {
			return j
		}
		tk := &s.toks[j]
		e := s.lx(j)
		switch {
		case tk.kind == tkNum && tk.ndig <= 2:
		case tk.kind == tkPunct && s.text[tk.start] == '.':
		case e != nil && (e.weekday > 0 && !e.plural || e.month > 0 || e.w == wToday || e.w == wTomorrow || e.w == wNext || e.w == wThis):
		default:
			return -1
		}
	}
	return -1
}

// pastVerbBefore reports whether the word before k is a verb in the past:
// a past form of the word table ("struck", "died" by its ending) that is
// no participle after an auxiliary.
func (s *state) pastVerbBefore(k int) bool {
	j := k - 1
	if j < 0 || s.toks[j].kind != tkWord || s.toks[j].cap {
		return false
	}
	if e := s.lx(j); e != nil {
		return e.tense == -1 && e.w != wHad && e.w != wWas && e.w != wWere && !s.isWord(j, "last") && !s.isWord(j, "ago") && !s.isWord(j, "yesterday")
	}
	w := s.word(j)
	return len(w) > 3 && w[len(w)-2] == 'e' && w[len(w)-1] == 'd' && !s.auxBefore(j) && !s.adjectival(j)
}

// pastClauseBefore is pastVerbBefore, or a past verb with its object or
// place after it, within eight words before k in its clause: "crashed
// into the sea minutes after takeoff", "exploded in a crowded market
// hours after the ceasefire began", "arrested him at his home days after
// the shooting", "flew to Sichuan hours after the quake" (not the minutes
// of a meeting: "approved the board minutes").
func (s *state) pastClauseBefore(k int) bool {
	if s.pastVerbBefore(k) {
		return true
	}
	j := k - 1
	if j < 1 || s.toks[j].kind != tkWord || s.toks[j].cap && (s.sentenceEnd(j-1) || s.toks[k].cap) || s.lx(j) != nil ||
		s.isWord(k, "minutes") && s.isWordIn(j, "meeting", "board", "council", "committee", "cabinet") {
		// (the place may be a name: "flew to Sichuan hours after the
		// quake", "landed in Kabul days after the fall")
		return false
	}
	words := 0
	for n := j - 1; n >= 0 && words < 8; n-- {
		if s.isPunct(n, '.') && s.tight(n) && !s.sentenceEnd(n) {
			continue // the point of an abbreviation, no word: "called Florida for Mr. Trump minutes after", "at a U.S. base hours before"
		}
		if s.toks[n].kind != tkWord {
			return false
		}
		words++
		if s.pastVerbBefore(n+1) || n > 0 && s.participle(n) && s.isWordIn(n-1, "was", "were", "been") {
			// (a passive in the past with an irregular participle: "was
			// sworn in as president at the base hours before the
			// attack", "had been driven from the city days before")
			return true
		}
	}
	return false
}

// pastEventClause reports whether a clause in the past starts at k: a
// pronoun or a short noun phrase of lower-case words as its subject, then
// "was", "were", "had" or a past form in -ed ("it was identified", "the
// deal was signed", "the ship sailed"), within six words and before any
// punctuation.
func (s *state) pastEventClause(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tkWord {
		return false
	}
	if !s.isWordIn(k, "it", "he", "she", "they", "we", "i", "the", "his", "her", "its", "their") {
		return false
	}
	for m := k + 1; m < len(s.toks) && m <= k+6; m++ {
		if s.toks[m].kind != tkWord {
			return false
		}
		if s.isWordIn(m, "was", "were", "had", "began", "came", "went", "took", "broke", "fell", "struck", "hit", "left", "won", "lost", "sank", "rose", "made", "ran", "met") || s.pastForm(m) {
			return true
		}
		if e := s.lx(m); e != nil && e.tense == -1 {
			return true
		}
		if s.lx(m) != nil && s.w(m) != wThe {
			return false
		}
	}
	return false
}

// yearAgo: "year-earlier", "the year-ago quarter", "the comparable
// year-earlier period": the period under discussion, a year before.
func (s *state) yearAgo(i int) (cand, bool) {
	start, end := i, i+3
	if s.isWord(i-1, "comparable") || s.w(i-1) == wSame {
		start--
	}
	if s.w(start-1) == wThe {
		start--
	}
	if o, next, ok := s.ordAt(end); ok && o <= 4 && s.lx(next) != nil && s.lx(next).unit == uQuarter {
		end = next + 1
	} else if s.w(end) == wPeriod || s.lx(end) != nil && s.lx(end).unit == uQuarter && !s.lx(end).plural {
		end++
	}
	if start < i && end == i+3 {
		start = i // "the year-earlier results": the adjective alone
	}
	c := s.date(start, end, cal{})
	c.noRef = true
	quarter := end > i+3 && !s.isWord(end-1, "period") // "the year-ago quarter"
	switch {
	case s.ref >= 0 && s.refCal.g == gQuarter:
		c.c, c.anchor = shift(s.refCal, uYear, -1), s.ref
	case s.qRef >= 0 && s.ref >= 0 && s.refCal.g >= gDay && s.periodEnd(s.refTok):
		// after "the three months ended Sept. 30" in a report on a
		// quarter, or "the fiscal second quarter, which ended Dec. 31":
		// the quarter named, whatever quarter the day ends
		c.c, c.anchor = shift(s.qCal, uYear, -1), s.qRef
	case quarter && s.t.hasDCT:
		q, _, _ := s.discourseQuarter()
		c.c = shift(q, uYear, -1)
	case end > i+3 && s.t.hasDCT && s.qRef < 0 && s.ref >= 0 && s.refCal.g == gMonth && !s.refCal.noYear && s.refTok >= s.sentStart(i, 60):
		// "Sales in September rose 5% from the year-ago period": the
		// month its sentence reports on, a year before
		c.c, c.anchor = shift(s.refCal, uYear, -1), s.ref
	case end > i+3 && s.t.hasDCT && s.qRef >= 0 && (s.ref < 0 || s.refTok < s.sentStart(i, 60)) && !s.durationSince(s.qRef):
		// "Profit rose in the third quarter. ... the range it gave in
		// July. Orders fell from the year-ago period": with no period
		// named in its own sentence, the period a company report is on
		// is the quarter it named, whatever dates came up since (not
		// after a span named since: "For the nine months, ... In the
		// year-earlier period")
		c.c, c.anchor = shift(s.qCal, uYear, -1), s.qRef
	case s.t.hasDCT:
		c.c = cal{g: gYear, y: s.t.dct.y - 1}
	default:
		return cand{}, false
	}
	return c, true
}

// durationSince reports whether a DURATION was tagged after timex x.
func (s *state) durationSince(x int) bool {
	for k := x + 1; k < len(s.res.Timexes); k++ {
		if s.res.Timexes[k].Type == timeline.TypeDuration {
			return true
		}
	}
	return false
}

// pFiscal: "fiscal 1989", "fiscal year 1990", "fiscal third quarter".
func (s *state) pFiscal(i int) (cand, bool) {
	j := i + 1
	if s.w(j) == wYear {
		j++
	}
	if y, next, ok := s.yearTok(j); ok {
		return s.date(i, next, cal{g: gYear, y: y}), true
	}
	if c, ok := s.pQuarter(i + 1); ok {
		c.i = i
		return c, true
	}
	return cand{}, false
}

// pQuarterYear reads a quarter as analysts write it, the quarter's
// number, "Q" and the year: "3Q24", "2Q19", "4Q 2023", "1Q2025"
// (YYYY-Qn, as "Q3 2024").
func (s *state) pQuarterYear(i int) (cand, bool) {
	tk := &s.toks[i]
	if tk.ndig != 1 || tk.num < 1 || tk.num > 4 || tk.end-tk.start != 2 || s.text[tk.start+1] != 'Q' || s.tight(i) && i > 0 && s.toks[i-1].kind != tkPunct {
		return cand{}, false
	}
	j := i + 1
	if s.tight(j+1) && j+1 < len(s.toks) && (s.toks[j+1].kind != tkPunct || s.isPunct(j+1, '-') || s.isPunct(j+1, '/')) {
		return cand{}, false
	}
	n, ok := s.codeYear(j)
	if !ok {
		return cand{}, false
	}
	return s.date(i, j+1, cal{g: gQuarter, y: n, part: int(tk.num)}), true
}

// codeYear reads the year of a code at j ("FY2024", "FY 24", "3Q24"):
// four plain digits from 1900 to 2999, or two written tight to the code,
// not more than ten years after the DCT.
func (s *state) codeYear(j int) (int, bool) {
	if j >= len(s.toks) || s.toks[j].kind != tkNum || s.toks[j].suf != sufNone || s.toks[j].grouped || s.toks[j].decimal {
		return 0, false
	}
	n, ok := s.plainNum(j)
	if !ok {
		return 0, false
	}
	switch {
	case s.toks[j].ndig == 4 && n >= 1900 && n <= 2999:
	case s.toks[j].ndig == 2 && s.tight(j):
		n = s.twoDigitYear(n)
		if s.t.hasDCT && n > s.t.dct.y+10 {
			return 0, false
		}
	default:
		return 0, false
	}
	return n, true
}

// pFY reads a financial year written "FY2024", "FY 2024" or "FY24": the
// year named, as "fiscal 2024" (whatever months the year covers); not a
// split year "FY2023-24", whose reading varies by country.
func (s *state) pFY(i int) (cand, bool) {
	j := i + 1
	if (s.isPunct(j+1, '-') || s.isPunct(j+1, '/')) && s.tight(j+1) {
		return cand{}, false
	}
	n, ok := s.codeYear(j)
	if !ok {
		return cand{}, false
	}
	return s.date(i, j+1, cal{g: gYear, y: n}), true
}

// dayAt reads the day that starts at k, resolved, for a clock time before
// it ("at 11 a.m. on 11 November 1918"): a DATE of day granularity whose
// year is known, which is an expression of its own.
// daysLaterAt reports whether a count of days "later" or "afterwards"
// starts at k ("two days later", "3 days afterwards"): right after a
// clock time or a part of the day it names that time's day, as "the next
// day" does ("came into force at noon two days later").
func (s *state) daysLaterAt(k int) bool {
	if k < 0 || k+2 >= len(s.toks) {
		return false
	}
	if e := s.lx(k); s.toks[k].kind != tkNum && (e == nil || !e.hasNum || e.unit != uNone) {
		return false
	}
	if e := s.lx(k + 1); e == nil || e.unit != uDay || e.hasNum {
		return false
	}
	return s.isWordIn(k+2, "later", "afterwards", "afterward")
}

func (s *state) dayAt(k int) (cand, bool) {
	s.depth++
	dc, ok := s.core(k)
	s.depth--
	if !ok || dc.typ != timeline.TypeDate || dc.val != "" || dc.c.g != gDay {
		return cand{}, false
	}
	if dc = s.resolve(dc); dc.c.noYear {
		return cand{}, false
	}
	return dc, true
}

// podDay reads the day named by the one word at k after a part of day
// ("mid-morning Friday", "late afternoon yesterday"): a weekday or
// "yesterday", "today", "tomorrow" that is a DATE of a day.
func (s *state) podDay(k int) (cand, bool) {
	f := s.lx(k)
	if f == nil || !(f.weekday > 0 && !f.plural || f.w == wYesterday || f.w == wToday || f.w == wTomorrow) {
		return cand{}, false
	}
	var dc cand
	var ok bool
	if f.weekday > 0 {
		dc, ok = s.pWeekday(k)
	} else {
		dc, ok = s.pDayWord(k)
	}
	return dc, ok && dc.typ == timeline.TypeDate && dc.val == "" && dc.c.g == gDay && dc.j == k+1
}

// hadBeforeInSentence reports whether the sentence holding token i has,
// before it, "had" as the auxiliary of a past perfect ("he had left"),
// not "had" as a verb of its own ("had it under control", "had a day").
func (s *state) hadBeforeInSentence(i int) bool {
	for k := i - 1; k >= 0 && !s.sentenceEnd(k); k-- {
		if s.w(k) == wHad && k+1 < i && s.toks[k+1].kind == tkWord && !s.toks[k+1].cap &&
			!s.isWordIn(k+1, "it", "a", "an", "the", "his", "her", "its", "their", "our", "my", "no", "to", "them", "him", "some", "two", "three") {
			return true
		}
	}
	return false
}

// hurtBefore reports whether a word of harm or of healing stands within
// the six words before k in its sentence ("will recover from", "injuries
// from", "died from"): "the fall" after it is an accident, no season.
func (s *state) hurtBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6 && !s.sentenceEnd(j); j-- {
		w := strings.ToLower(string(s.word(j)))
		for _, p := range [...]string{"recover", "injur", "hurt", "die", "died", "dead", "death", "suffer", "heal", "wound", "bruis", "broke", "fractur", "pain", "surviv", "shaken", "shock"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// midnightPassed reports whether the last clock time, a "midnight" ending
// its day, was a time the story passed through ("woken shortly after
// midnight"), not a limit still ahead of it ("hours before the deadline
// at midnight", "by midnight"), which a reading of the small hours after
// it may precede.
func (s *state) midnightPassed(i int) bool {
	if s.clockRef < 0 || s.clockRef >= len(s.res.Timexes) {
		return false
	}
	start := s.res.Timexes[s.clockRef].Span.Start
	for k := i - 1; k >= 0 && k >= i-60; k-- {
		if int(s.toks[k].start) != start {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if s.isWordIn(j, "deadline", "before", "until", "till", "by") || s.w(j) == wBy || s.w(j) == wUntil || s.w(j) == wBefore {
				return false
			}
		}
		return true
	}
	return false
}

// frontedAfterClause reports whether the bare plural unit at i opens its
// sentence ("Hours after ...", or after "just", "only", "barely") and the
// "after" or "before" phrase it heads is closed by a comma within the
// sentence: a fronted adverbial before the main clause.
func (s *state) frontedAfterClause(i int) bool {
	h := i
	if h > 0 && s.isWordIn(h-1, "just", "only", "barely", "mere") {
		h--
	}
	if h > 0 && !s.sentenceEnd(h-1) {
		return false
	}
	for k := i + 2; k < len(s.toks) && k <= i+16; k++ {
		if k > i+2 && s.toks[k].para || s.sentenceEnd(k) {
			return false
		}
		if s.isPunct(k, ',') {
			return k > i+2
		}
	}
	return false
}

// yearTopicBefore finds, among the last few expressions before token i
// in its paragraph or the one before, a year that was the subject of "was",
// "is", "has" or "had" at the start of its sentence ("Last year was the
// hottest", "2019 was a record"): the year a story is about.
func (s *state) yearTopicBefore(i int) (int, int, bool) {
	start := int(s.toks[i].start)
	for n, m := len(s.res.Timexes)-1, 0; n >= 0 && m < 16; n, m = n-1, m+1 {
		x := &s.res.Timexes[n]
		if x.Span.Start >= start || x.Span.End > start || x.Span.End > len(s.text) {
			continue
		}
		if x.Type != timeline.TypeDate || len(x.Value) != 4 || x.Mod != "" {
			continue
		}
		y, err := strconv.Atoi(x.Value)
		if err != nil {
			continue
		}
		after := strings.TrimLeft(string(s.text[x.Span.End:min(len(s.text), x.Span.End+6)]), " ")
		if !(strings.HasPrefix(after, "was ") || strings.HasPrefix(after, "is ") || strings.HasPrefix(after, "has ") || strings.HasPrefix(after, "had ")) {
			continue
		}
		before := strings.TrimRight(string(s.text[max(0, x.Span.Start-6):x.Span.Start]), " ")
		if before != "" && !strings.HasSuffix(before, ".") && !strings.HasSuffix(before, "\n") && !strings.HasSuffix(before, "—") {
			continue
		}
		if bytes.Count(s.text[x.Span.End:start], []byte("\n")) > 3 {
			return 0, 0, false
		}
		return n, y, true
	}
	return 0, 0, false
}

// yearTokAt reports whether a plain four-digit year starts at k.
func (s *state) yearTokAt(k int) bool {
	_, _, ok := s.yearTok(k)
	return ok && s.toks[k].kind == tkNum && s.toks[k].ndig == 4
}

// dayWordAt reports whether a day named relative to now starts at k:
// "tomorrow", "today", "yesterday", a weekday, or "next", "last", "this"
// before a unit or weekday ("the year ending tomorrow", "the week ended
// Friday").
func (s *state) dayWordAt(k int) bool {
	e := s.lx(k)
	if e == nil {
		return false
	}
	switch e.w {
	case wToday, wTomorrow, wYesterday:
		return true
	case wNext, wLast, wThis:
		f := s.lx(k + 1)
		return f != nil && !f.plural && (f.unit > 0 || f.weekday > 0 || f.month > 0)
	}
	return e.weekday > 0 && !e.plural && s.toks[k].cap
}

// lessThanOne tells whether n units of small make less than one of big, as
// the smaller part of a compound length must ("two hours and forty
// minutes"): "six days and 36 hours" are two measures (the days the
// reading took and the hours it lasted), not one length of seven and a
// half days.
func lessThanOne(n int64, small, big unit) bool {
	sec := func(u unit) int64 {
		switch u {
		case uSecond:
			return 1
		case uMinute:
			return 60
		case uHour:
			return 3600
		case uDay:
			return 86400
		case uWeek:
			return 7 * 86400
		case uMonth:
			return 31 * 86400
		case uYear:
			return 366 * 86400
		}
		return 0
	}
	a, b := sec(small), sec(big)
	if a == 0 || b == 0 {
		return true // decades, centuries, quarters: not measured here
	}
	return n >= 0 && n <= b && n*a < b
}

// ingAt reports whether the word at k is a lower-case -ing form outside
// the word table: "running", "closing".
func (s *state) ingAt(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != tkWord || s.toks[k].cap || s.lx(k) != nil {
		return false
	}
	w := s.word(k)
	return len(w) > 4 && string(w[len(w)-3:]) == "ing"
}

// agoDatesEvent reports whether "N units ago" starting at token i dates
// an event told in its clause rather than being the base of a comparison
// ("up from a year ago", "than a year ago", "compared with two years
// ago", "since a year ago").
func (s *state) agoDatesEvent(i int) bool {
	return i > 0 && !s.isWordIn(i-1, "from", "than", "with", "since", "to", "as", "over", "versus", "vs")
}

// scheduledEventOf reports whether the weekday at i, in the possessive,
// names an event held on a calendar: "Sunday's election", "Tuesday's
// presidential vote", "Saturday's final" (a vote, a meeting, a contest or
// a deadline, one adjective allowed before it), not what came of it
// ("Sunday's election results").
func (s *state) scheduledEventOf(i int) bool {
	if !s.isPunct(i+1, '\'') || !s.isWord(i+2, "s") {
		return false
	}
	k := i + 3
	event := func(k int) bool {
		return s.voteWord(k) || s.isWordIn(k, "summit", "meeting", "talks", "race", "match", "game", "final", "debate", "deadline", "hearing", "ceremony", "inauguration")
	}
	if !event(k) && k+1 < len(s.toks) && s.toks[k].kind == tkWord && !s.toks[k].cap && s.lx(k) == nil && event(k+1) {
		k++
	}
	if !event(k) {
		return false
	}
	if s.isWordIn(k+1, "results", "result", "outcome", "count", "winner", "winners", "aftermath", "returns", "turnout") {
		return false
	}
	// and its own verb is not in the past: "Observers say Saturday's vote
	// was fair"
	return !(s.lx(k+1) != nil && s.lx(k+1).tense == -1 || s.pastForm(k+1))
}

// orderedState reports whether the participle at k tells the state an
// order put its object in: "ordered schools closed", "ordered all flags
// lowered", "declared the border sealed" (a past verb of ordering, then
// its object, then the participle, all in one clause).
func (s *state) orderedState(k int) bool {
	if !s.participle(k) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if s.toks[j].kind != tkWord {
			return false
		}
		if s.isWordIn(j, "ordered", "declared", "decreed", "directed", "wanted") {
			return j < k-1
		}
		if e := s.lx(j); e != nil && e.tense != 0 {
			return false
		}
	}
	return false
}

// modalBeBefore reports whether a modal and "be" stand right before token
// i: "could be", "would be", "will be", "may be", "might be".
func (s *state) modalBeBefore(i int) bool {
	return s.isWord(i-1, "be") && s.isWordIn(i-2, "could", "would", "will", "may", "might")
}

// modalBeUnitBefore reports whether, looking back from token k within
// its sentence, a bare plural unit after a modal and "be" leads a clause
// with "before" or "until": "it could be weeks before the city is
// drained".
func (s *state) modalBeUnitBefore(k int) bool {
	for n := 0; k >= 2 && n < 20; k, n = k-1, n+1 {
		if s.sentenceEnd(k) {
			return false
		}
		if e := s.lx(k); e != nil && e.unit > 0 && e.plural && !e.hasNum && s.modalBeBefore(k) && (s.w(k+1) == wBefore || s.w(k+1) == wUntil) {
			return true
		}
	}
	return false
}

// delayBefore reports whether a counted unit of time stands right before
// token i: "a day" in "a day late", "two hours" in "two hours early".
func (s *state) delayBefore(i int) bool {
	e := s.lx(i - 1)
	if i < 2 || e == nil || e.unit == 0 {
		return false
	}
	n := s.lx(i - 2)
	// (a stretch after "for", "over" is a length, not a delay: "fired
	// its engine for nine minutes late Monday")
	return (s.w(i-2) == wA || s.isWord(i-2, "an") || s.toks[i-2].kind == tkNum || n != nil && n.hasNum) && !s.stretchBefore(i-2)
}

// levelSince reports whether the "from" before the date at i measures a
// level against it: "is up 3 percent from", "were lower from" (a form of
// "be" and "up", "down", "higher" or "lower" within six words before).
func (s *state) levelSince(i int) bool {
	for k := i - 2; k >= 1 && k >= i-7; k-- {
		if s.isWordIn(k, "up", "down", "higher", "lower") && s.isWordIn(k-1, "is", "are", "was", "were", "be", "been") {
			return true
		}
	}
	return false
}
