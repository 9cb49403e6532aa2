package tagger

import (
	"bytes"
	"sort"
	"unicode"
	"unicode/utf8"
)

// This file holds the tokenizer and the precompiled word tables. The
// tokenizer makes one pass over the bytes; the tables are built once at
// package initialisation and only read afterwards, so a Tagger can be used
// from many goroutines.

type tokKind uint8

const (
	tkWord  tokKind = iota + 1 // ASCII letters
	tkNum                      // ASCII digits, with ",ddd" groups and ".d" decimals
	tkPunct                    // one ASCII punctuation byte
	tkOther                    // anything else (non-ASCII runs, control bytes)
)

// Number suffixes written without a space: "30th", "1990s", "3pm".
const (
	sufNone uint8 = iota
	sufOrd        // st, nd, rd, th
	sufS          // s ("1990s", "90s")
	sufAM
	sufPM
	sufOther // any other letters: "4G", "10mm"
)

type token struct {
	start, end int32
	kind       tokKind
	sp         bool   // whitespace before the token
	para       bool   // a blank line (or the start of the text) before the token
	cap        bool   // word starting with an upper-case letter
	suf        uint8  // number suffix
	ndig       uint8  // digits in a number (saturating)
	grouped    bool   // number with ",ddd" groups
	decimal    bool   // number with a decimal part
	li         uint16 // index into lexTable, 0 when the word has no entry
	num        int64  // value of a number (-1 when it does not fit)
	pi         int32  // paragraph index
}

// maxNum is the largest number the tagger interprets; larger ones are
// still tokens but never times.
const maxNum = 1 << 40

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// lineParagraphs reports whether text is written a paragraph to a line:
// no blank line anywhere and most of its lines too long to be a line
// wrapped at a fixed width (as text copied from a web page or an
// encyclopedia is). Its single line breaks then end paragraphs, as blank
// lines do in text wrapped by hand. Title and heading lines (short, with
// no stop at their end: "Background", "Siege of Petersburg") are not
// counted: an article of many sections and short paragraphs is still
// written a paragraph to a line. (A line wrapped at a fixed width is
// never long, so leaving out those of its lines that end mid-sentence
// cannot make such text look so.)
func lineParagraphs(text []byte) bool {
	lines, long := 0, 0
	start, blank := 0, false
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		line := bytes.TrimSpace(text[start:i])
		start = i + 1
		if len(line) == 0 {
			blank = lines > 0
			continue
		}
		if blank {
			return false // a blank line between lines: paragraphs are marked so
		}
		if len(line) <= 80 && !bytes.ContainsAny(line[len(line)-1:], ".!?:;,\"'") {
			continue // a title or a heading
		}
		lines++
		if len(line) > 160 {
			long++
		}
	}
	return lines >= 2 && 2*long >= lines
}

// tokenize splits text into tokens, appending to toks (reused between
// calls). URLs are skipped whole so "by/4.0/" never looks like a number.
func tokenize(text []byte, toks []token) []token {
	sp, para := true, true
	newlines := 0
	breaks := 2 // newlines that end a paragraph: a blank line
	if lineParagraphs(text) {
		breaks = 1
	}
	var pi int32 = -1
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		if isSpace(c) {
			sp = true
			if c == '\n' {
				newlines++
				if newlines >= breaks {
					para = true
				}
			}
			i++
			continue
		}
		if para {
			pi++
		}
		t := token{start: int32(i), sp: sp, para: para, pi: pi}
		sp, para, newlines = false, false, 0
		switch {
		case isLetter(c) || c >= 0x80 && uniLetter(text, i) > 0:
			// A word runs through letters of any script: "Piłsudski",
			// "Hồ", "Żeligowski" are one word each, a name, not an
			// ASCII fragment beside a run of other bytes.
			j := i + 1
			if c >= 0x80 {
				j = i + uniLetter(text, i)
			}
			for j < n {
				if isLetter(text[j]) {
					j++
				} else if sz := uniLetter(text, j); text[j] >= 0x80 && sz > 0 {
					j += sz
				} else {
					break
				}
			}
			// Skip URLs and e-mail-like runs: scheme "://" or "www.".
			if j+2 < n && text[j] == ':' && text[j+1] == '/' && text[j+2] == '/' ||
				j-i == 3 && j < n && text[j] == '.' && lowerEq(text[i:j], "www") {
				for j < n && !isSpace(text[j]) {
					j++
				}
				t.kind = tkOther
				t.end = int32(j)
				toks = append(toks, t)
				i = j
				continue
			}
			t.kind = tkWord
			t.end = int32(j)
			t.cap = c >= 'A' && c <= 'Z'
			if c >= 0x80 {
				r, _ := utf8.DecodeRune(text[i:j])
				t.cap = unicode.IsUpper(r)
			}
			t.li = lookup(text[i:j])
			if t.li != 0 && lexTable[t.li].holiday > 0 && holidays[lexTable[t.li].holiday].saint && !afterSt(text, toks) {
				t.li = 0 // "George", "Andrew": a name, unless "St George's Day"
			}
			i = j
		case isDigit(c):
			j := i
			var v int64
			nd := 0
			for j < n && isDigit(text[j]) {
				if v >= 0 {
					v = v*10 + int64(text[j]-'0')
					if v > maxNum {
						v = -1
					}
				}
				nd++
				j++
			}
			// Thousands groups: exactly three digits after each comma.
			for j+3 < n && text[j] == ',' && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) && (j+4 >= n || !isDigit(text[j+4])) {
				t.grouped = true
				for k := j + 1; k < j+4; k++ {
					if v >= 0 {
						v = v*10 + int64(text[k]-'0')
						if v > maxNum {
							v = -1
						}
					}
				}
				nd += 3
				j += 4
			}
			if j+1 < n && text[j] == '.' && isDigit(text[j+1]) {
				t.decimal = true
				j++
				for j < n && isDigit(text[j]) {
					j++
				}
			}
			if nd > 255 {
				nd = 255
			}
			t.kind, t.num, t.ndig = tkNum, v, uint8(nd)
			if j < n && isLetter(text[j]) {
				k := j
				for k < n && isLetter(text[k]) {
					k++
				}
				switch s := text[j:k]; {
				case lowerEq(s, "st") || lowerEq(s, "nd") || lowerEq(s, "rd") || lowerEq(s, "th"):
					t.suf = sufOrd
				case len(s) == 1 && s[0] == 'd' && (v%10 == 2 || v%10 == 3) && v%100/10 != 1:
					// the older American ordinal: "June 3d", "the 22d" (not
					// "3D", and "3d" of money is rare before a month)
					t.suf = sufOrd
				case lowerEq(s, "s"):
					t.suf = sufS
				case lowerEq(s, "am"):
					t.suf = sufAM
				case lowerEq(s, "pm"):
					t.suf = sufPM
				default:
					t.suf = sufOther
				}
				j = k
			}
			t.end = int32(j)
			i = j
		case c < 0x80:
			t.kind = tkPunct
			t.end = int32(i + 1)
			i++
		default:
			j := i + 1
			for j < n && text[j] >= 0x80 {
				j++
			}
			t.kind = tkOther
			t.end = int32(j)
			i = j
		}
		toks = append(toks, t)
	}
	return toks
}

// uniLetter returns the length of the rune at text[i] when it is a
// letter outside ASCII ("ł", "ồ", "Ż"), 0 otherwise.
func uniLetter(text []byte, i int) int {
	if i >= len(text) || text[i] < 0x80 {
		return 0
	}
	r, sz := utf8.DecodeRune(text[i:])
	if r == utf8.RuneError || !unicode.IsLetter(r) {
		return 0
	}
	return sz
}

// lowerEq reports whether b, folded to lower case, equals the lower-case s.
func lowerEq(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		if b[i]|0x20 != s[i] {
			return false
		}
	}
	return true
}

// lookup finds the table index of an ASCII word, case-insensitively.
// Tokens hold indexes, not pointers, so token slices are not scanned by
// the garbage collector.
func lookup(w []byte) uint16 {
	if len(w) > maxWordLen || !triggerFirst[w[0]|0x20] || lexLens[w[0]|0x20]&(1<<len(w)) == 0 {
		return 0
	}
	// An open-addressed table with the hash made while lower-casing: a
	// third of the cost of a map lookup, and every word of the text is
	// looked up.
	var buf [maxWordLen]byte
	h := uint32(2166136261)
	for i, c := range w {
		c |= 0x20
		buf[i] = c
		h = (h ^ uint32(c)) * 16777619
	}
	key := buf[:len(w)]
	for i := h & lexMask; ; i = (i + 1) & lexMask {
		k := lexKeys[i]
		if k == "" {
			return 0
		}
		if k == string(key) {
			return lexVals[i]
		}
	}
}

// lex returns the table entry of a word token, nil when it has none.
// afterSt reports whether the last tokens are "St", "St." or "Saint",
// capitalised, before a saint's name.
func afterSt(text []byte, toks []token) bool {
	k := len(toks) - 1
	if k >= 1 && toks[k].kind == tkPunct && text[toks[k].start] == '.' {
		k--
	}
	if k < 0 || toks[k].kind != tkWord || !toks[k].cap {
		return false
	}
	w := string(text[toks[k].start:toks[k].end])
	return w == "St" || w == "Saint" || w == "ST" || w == "SAINT"
}

func (t *token) lex() *lexEntry {
	if t.li == 0 {
		return nil
	}
	return &lexTable[t.li]
}

// Units of time, finest first.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uFortnight
	uMonth
	uQuarter
	uSeason
	uHalf
	uYear
	uDecade
	uCentury
	uMillennium
)

// Word ids for the function words the rules look for.
type wid uint8

const (
	wNone wid = iota
	wThe
	wThis
	wThat
	wLast
	wNext
	wPast
	wPrevious
	wComing
	wFollowing
	wCurrent
	wSame
	wLatest
	wPrior
	wUpcoming
	wEarly
	wLate
	wMid
	wMiddle
	wBeginning
	wStart
	wEnd
	wEarlier
	wLater
	wAgo
	wBefore
	wAfter
	wHence
	wFrom
	wTo
	wThrough
	wUntil
	wAnd
	wOr
	wBetween
	wOf
	wIn
	wOn
	wAt
	wBy
	wSince
	wFor
	wDuring
	wWithin
	wAbout
	wAround
	wApprox
	wNearly
	wAlmost
	wSome
	wMore
	wLess
	wThan
	wLeast
	wMost
	wUp
	wOver
	wUnder
	wNo
	wCirca
	wBC
	wAD
	wToday
	wYesterday
	wTomorrow
	wTonight
	wNow
	wCurrently
	wPresently
	wRecently
	wRecent
	wFormerly
	wSoon
	wFuture
	wEvery
	wEach
	wPer
	wNoon
	wMidnight
	wFiscal
	wYearEnd
	wFew
	wSeveral
	wCouple
	wMany
	wA
	wAn
	wOnce
	wDays
	wNowadays
	wThese
	wHalf
	wOld
	wLong
	wTime
	wSo
	wBeyond
	wYear
	wCentury
	wOvernight
	wEST
	wWill
	wWould
	wShall
	wWas
	wWere
	wHad
	wDid
	wSaid
	wHas
	wIs
	wAre
	wAm
	wPM
	wMorning
	wPeriod
	wWhen
	wJust
	wMomentarily
	wDawn
	wDusk
	wAnother
)

// lexEntry describes a word. A word can play several parts ("second" is
// an ordinal and a unit; "may" is a month and a verb).
type lexEntry struct {
	w       wid
	month   int8 // 1-12
	abbr    bool // month or weekday abbreviation: needs a period or a number after it
	weekday int8 // 1 (Monday) - 7
	holiday int8 // index into holidays
	plural  bool // "Mondays", "years"
	unit    unit
	hasNum  bool
	num     int64 // cardinal value of a number word
	tens    bool  // twenty, thirty ... (can take "-one" .. "-nine")
	ord     int8  // ordinal value: first = 1
	season  int8  // 1 spring, 2 summer, 3 fall, 4 winter
	pod     int8  // part of day: 1 morning, 2 afternoon, 3 evening, 4 night
	setUnit unit  // daily, weekly, ...
	tense   int8  // -1 past marker, +1 future marker, 2 present marker, 3 future marker only before the date
	// named: a word core tests by its spelling (coreNamed), so that the
	// other entries skip those tests.
	named bool
}

// coreNamed are the words core asks for by spelling ("midweek",
// "annually", "election"): their entries are marked named.
var coreNamed = [...]string{"quarter", "day", "night", "midweek", "midmorning", "midafternoon", "midevening", "annually", "midsummer", "midwinter", "weekdays", "fy", "election", "polling", "voting", "first"}

const maxWordLen = 16

var (
	lexicon      = map[string]*lexEntry{} // built by init, then frozen into lexTable
	lexTable     []lexEntry               // entry 0 is unused
	lexIndex     map[string]uint16
	triggerFirst [256]bool
	// lexKeys and lexVals hold lexIndex as an open-addressed table for
	// lookup (lexMask+1 slots, at most a quarter full); lexLens has, for
	// each first byte, a bit for each length a word of the lexicon has.
	lexKeys []string
	lexVals []uint16
	lexMask uint32
	lexLens [256]uint32
)

func entry(word string) *lexEntry {
	e := lexicon[word]
	if e == nil {
		e = &lexEntry{}
		lexicon[word] = e
		triggerFirst[word[0]] = true
	}
	return e
}

var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}
var podCode = [...]string{"", "MO", "AF", "EV", "NI"}

func init() {
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, m := range months {
		entry(m).month = int8(i + 1)
	}
	for _, a := range []struct {
		s string
		m int8
	}{{"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}} {
		e := entry(a.s)
		e.month, e.abbr = a.m, true
	}
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, d := range days {
		entry(d).weekday = int8(i + 1)
		e := entry(d + "s")
		e.weekday, e.plural = int8(i+1), true
	}
	units := []struct {
		s, p string
		u    unit
	}{
		{"second", "seconds", uSecond}, {"minute", "minutes", uMinute}, {"hour", "hours", uHour},
		{"day", "days", uDay}, {"week", "weeks", uWeek}, {"weekend", "weekends", uWeekend},
		{"fortnight", "fortnights", uFortnight}, {"month", "months", uMonth}, {"quarter", "quarters", uQuarter},
		{"year", "years", uYear}, {"decade", "decades", uDecade}, {"century", "centuries", uCentury},
		{"millennium", "millennia", uMillennium},
	}
	for _, u := range units {
		entry(u.s).unit = u.u
		e := entry(u.p)
		e.unit, e.plural = u.u, true
	}
	entry("weekdays") // a SET: "open weekdays"
	entry("midweek")
	entry("midwinter") // "by midwinter": pMidSeason ("midsummer" is a feast's word)
	entry("annually")  // "met annually": pAnnually
	for _, w := range []string{"midmorning", "midafternoon", "midevening"} {
		entry(w) // written solid, as AP style has it: pMidPod
	}
	entry("yr").unit = uYear
	e := entry("yrs")
	e.unit, e.plural = uYear, true
	entry("hr").unit = uHour
	e = entry("hrs")
	e.unit, e.plural = uHour, true
	e = entry("millenniums")
	e.unit, e.plural = uMillennium, true

	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, s := range nums {
		e := entry(s)
		e.hasNum, e.num = true, int64(i)
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, s := range tens {
		e := entry(s)
		e.hasNum, e.num, e.tens = true, int64(20+10*i), true
	}
	for _, s := range []struct {
		s string
		n int64
	}{{"hundred", 100}, {"thousand", 1000}, {"dozen", 12}} {
		e := entry(s.s)
		e.hasNum, e.num = true, s.n
	}
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, s := range ords {
		entry(s).ord = int8(i + 1)
	}
	for i, s := range []string{"thirtieth", "fortieth", "fiftieth"} {
		entry(s).ord = int8(30 + 10*i)
	}
	for i, s := range []string{"spring", "summer", "fall", "winter"} {
		entry(s).season = int8(i + 1)
	}
	entry("autumn").season = 3
	for i, s := range []string{"morning", "afternoon", "evening", "night"} {
		entry(s).pod = int8(i + 1)
	}
	for _, s := range []struct {
		s string
		u unit
	}{{"hourly", uHour}, {"daily", uDay}, {"nightly", uDay}, {"weekly", uWeek}, {"biweekly", uFortnight}, {"fortnightly", uFortnight},
		{"monthly", uMonth}, {"yearly", uYear}} {
		entry(s.s).setUnit = s.u
	}
	words := []struct {
		s string
		w wid
	}{
		{"the", wThe}, {"this", wThis}, {"that", wThat}, {"last", wLast}, {"next", wNext}, {"past", wPast},
		{"previous", wPrevious}, {"preceding", wPrevious}, {"coming", wComing}, {"following", wFollowing}, {"current", wCurrent},
		{"same", wSame}, {"latest", wLatest}, {"prior", wPrior}, {"upcoming", wUpcoming},
		{"early", wEarly}, {"late", wLate}, {"mid", wMid}, {"middle", wMiddle}, {"beginning", wBeginning},
		{"start", wStart}, {"end", wEnd}, {"earlier", wEarlier}, {"later", wLater}, {"afterwards", wLater}, {"afterward", wLater}, {"ago", wAgo},
		{"before", wBefore}, {"after", wAfter}, {"hence", wHence}, {"from", wFrom}, {"to", wTo},
		{"through", wThrough}, {"until", wUntil}, {"till", wUntil}, {"and", wAnd}, {"or", wOr}, {"between", wBetween},
		{"of", wOf}, {"in", wIn}, {"on", wOn}, {"at", wAt}, {"by", wBy}, {"since", wSince}, {"for", wFor},
		{"during", wDuring}, {"within", wWithin}, {"about", wAbout}, {"around", wAround},
		{"approximately", wApprox}, {"roughly", wApprox}, {"some", wSome}, {"nearly", wNearly}, {"almost", wAlmost},
		{"more", wMore}, {"less", wLess}, {"fewer", wLess}, {"than", wThan}, {"least", wLeast}, {"most", wMost},
		{"up", wUp}, {"over", wOver}, {"under", wUnder}, {"no", wNo}, {"c", wCirca}, {"ca", wCirca}, {"circa", wCirca},
		{"bc", wBC}, {"bce", wBC}, {"ad", wAD}, {"ce", wAD},
		{"today", wToday}, {"yesterday", wYesterday}, {"tomorrow", wTomorrow}, {"tonight", wTonight},
		{"now", wNow}, {"currently", wCurrently}, {"presently", wPresently}, {"recently", wRecently},
		{"lately", wRecently}, {"recent", wRecent}, {"future", wFuture}, {"every", wEvery}, {"each", wEach}, {"per", wPer},
		{"noon", wNoon}, {"midday", wNoon}, {"midnight", wMidnight}, {"fiscal", wFiscal},
		{"yearend", wYearEnd}, {"few", wFew}, {"several", wSeveral}, {"couple", wCouple}, {"many", wMany},
		{"a", wA}, {"an", wAn}, {"once", wOnce}, {"nowadays", wNowadays}, {"these", wThese}, {"half", wHalf},
		{"old", wOld}, {"long", wLong}, {"time", wTime}, {"so", wSo}, {"beyond", wBeyond},
		{"overnight", wOvernight}, {"est", wEST}, {"edt", wEST}, {"gmt", wEST}, {"utc", wEST}, {"pst", wEST},
		{"pdt", wEST}, {"cst", wEST}, {"cdt", wEST}, {"bst", wEST}, {"cet", wEST},
		{"ist", wEST}, {"jst", wEST}, {"kst", wEST}, {"hkt", wEST}, {"sgt", wEST}, {"aest", wEST}, {"aedt", wEST}, {"awst", wEST},
		{"nzst", wEST}, {"nzdt", wEST}, {"pkt", wEST}, {"sast", wEST}, {"cest", wEST}, {"eest", wEST}, {"msk", wEST},
		// the other North American zones: Mountain, Atlantic (the
		// hurricane center's for Puerto Rico), Alaska, Hawaii
		{"mst", wEST}, {"mdt", wEST}, {"ast", wEST}, {"adt", wEST}, {"akst", wEST}, {"akdt", wEST}, {"hst", wEST},
		{"will", wWill}, {"would", wWould}, {"shall", wShall}, {"was", wWas}, {"were", wWere}, {"had", wHad},
		{"did", wDid}, {"said", wSaid}, {"has", wHas}, {"is", wIs}, {"are", wAre}, {"am", wAm}, {"pm", wPM},
		{"period", wPeriod}, {"when", wWhen}, {"just", wJust}, {"another", wAnother},
		{"dawn", wDawn}, {"daybreak", wDawn}, {"sunrise", wDawn}, {"sunup", wDawn}, {"dusk", wDusk}, {"nightfall", wDusk}, {"sunset", wDusk}, {"sundown", wDusk},
	}
	for _, w := range words {
		entry(w.s).w = w.w
	}
	entry("a").hasNum, entry("a").num = true, 1
	entry("an").hasNum, entry("an").num = true, 1
	entry("q")  // quarters: "Q3"
	entry("h")  // halves: "H1 2024"
	entry("fy") // financial years: "FY2024"
	entry("polling")
	entry("voting")
	entry("present")
	entry("year").w = wYear
	entry("century").w = wCentury
	entry("morning").w = wMorning
	for k, h := range holidays {
		if k > 0 {
			entry(h.word).holiday = int8(k)
		}
	}
	// Tense markers: words that tell whether a sentence looks back or ahead.
	for _, s := range []string{"will", "would", "shall", "tomorrow", "upcoming", "expect", "expected", "expects", "scheduled", "plans", "planned", "intends", "intend", "plan", "due", "next", "coming", "forecast", "bet", "betting", "hoped", "hoping", "anticipated", "anticipate", "anticipates", "expecting", "predict", "predicts", "foresee", "foresees", "envisage", "envisages", "envisions"} {
		entry(s).tense = 1
	}
	for _, s := range []string{"is", "are", "am", "has", "have", "says", "say", "does", "do"} {
		entry(s).tense = 2
	}
	// Modals speak of what is possible or required from now on: "can take
	// part in the summit in April". ("could" and "might" are left out:
	// they are as often past or hypothetical; "may" counts only lower-case.)
	for _, s := range []string{"can", "should", "must", "may"} {
		entry(s).tense = 1
	}
	for _, s := range []string{"payable", "effective", "set"} {
		entry(s).tense = 1
	}
	// The present of a verb of schedule speaks of what is planned:
	// "the bank meets again on September 18", "the trial opens in June".
	for _, s := range []string{"meets", "opens", "reopens", "begins", "resumes", "convenes", "expires", "ends", "starts", "closes", "concludes"} {
		entry(s).tense = 1
	}
	// And of one of lasting before the span it names (futureVerb): "the
	// break runs from March 25", "the show lasts until May".
	for _, s := range []string{"runs", "lasts", "continues"} {
		entry(s).tense = 1
	}
	// So does the present of a verb of travel or hosting before the date
	// (tense 3): "Nagasaki holds its memorial on Sunday", "he returns to
	// the state on Saturday"; not after it, where it is mostly a state:
	// "Tuesday's move by Ford, which holds a stake".
	for _, s := range []string{"holds", "hosts", "returns", "arrives", "travels", "visits", "departs", "heads", "faces", "takes", "plays", "goes", "comes", "reaches", "votes", "gathers", "competes",
		"kicks", "wraps", "launches", "debuts", "airs", "premieres", "lands", "leaves", "testifies", "speaks", "releases", "publishes", "hears", "considers", "celebrates",
		// a forecast's present: "snow moves in Tuesday night and tapers off Wednesday"
		"moves", "tapers", "lingers", "clears", "develops", "spreads", "brings", "sweeps", "peaks", "warms", "cools", "deliberates", "decides",
		// and a front's: "the front crosses the metro Thursday afternoon", "a ridge builds Sunday"
		"crosses", "builds", "approaches", "pushes", "slides", "stalls", "exits",
		"shifts", "switches", "finishes", "flies", "sails", "tours", "appears", "reports",
		// a parliament's or court's sitting: "the house sits from Monday"
		"sits", "adjourns", "reconvenes"} {
		entry(s).tense = 3
	}
	// Their plural present likewise, when a subject stands before it
	// (futureVerb): "City host Liverpool on Saturday", "pre-orders begin
	// on Friday", "United, who have not won since 2013, play Chelsea on
	// Wednesday"; not the noun of "a strong start on Monday".
	for _, s := range []string{"begin", "start", "meet", "resume", "reopen", "convene", "open"} {
		entry(s).tense = 1
	}
	for _, s := range []string{"host", "play", "travel", "visit", "face", "arrive", "depart", "go", "reach", "report", "return", "hold", "vote", "gather", "fly", "compete", "head", "take", "leave", "land", "testify", "speak", "celebrate", "hear", "consider", "continue", "close", "debate", "campaign", "rally", "protest", "strike", "perform", "join", "watch", "tune"} {
		entry(s).tense = 3
	}
	// Waiting and planning look ahead, even in the past progressive of
	// reported speech: "investors are awaiting the meeting on Thursday",
	// "they said they were planning a march on Saturday"; so does "ahead
	// of" (futureVerb).
	for _, s := range []string{"awaiting", "await", "awaits", "waiting", "planning", "preparing"} {
		entry(s).tense = 1
	}
	// "ahead of" looks ahead only before the date it governs ("ahead of
	// Thursday's meeting"); after one it says nothing of it ("cancelled
	// trains Tuesday ahead of the storm").
	entry("ahead").tense = 3
	for _, s := range []string{"was", "were", "had", "did", "said", "ago", "yesterday", "last", "told", "took", "came", "went", "began", "fled", "left", "won", "lost", "fell", "rose", "made", "met", "saw", "gave", "got", "became", "held", "led", "sent", "spent", "paid", "sold", "bought", "brought", "fought", "thought", "knew", "grew", "drew", "ran", "wrote", "spoke", "broke", "chose", "struck", "sat", "stood", "flew", "threw", "wore", "rode", "drove", "froze", "shook", "swore"} {
		entry(s).tense = -1
	}
	// More irregular pasts that are no present or noun as well (not "put",
	// "cut", "set", "read", "hit", "lay", "found"...).
	for _, s := range []string{"shot", "kept", "heard", "felt", "hid", "meant", "sank", "sang", "slept", "sought", "stole", "swept", "swung",
		"taught", "tore", "understood", "woke", "withdrew", "overtook", "forgot", "forgave", "built", "caught", "clung", "crept", "dealt",
		"dug", "drank", "fed", "flung", "hung", "knelt", "leapt", "mistook", "overcame", "rang", "sped", "spun", "sprang", "stuck", "stung",
		"strode", "swam", "wept", "awoke", "arose", "blew", "slid", "shrank", "undertook", "upheld", "withheld", "oversaw", "overthrew",
		"foresaw", "beat", "bought", "brought", "sold", "lent", "bent", "fled",
		"laid", "bore", "ate", "bled", "bred", "dwelt", "learnt", "dreamt", "strove", "wove", "trod", "shone", "smote", "stank", "wrung", "strung",
		"overran", "outran", "partook", "beheld", "withstood", "underwent", "befell", "foretold", "forbade", "retook", "rebuilt", "rewrote",
		"redrew", "outgrew", "misled", "besought", "wrought"} {
		if entry(s).tense == 0 {
			entry(s).tense = -1
		}
	}
	for _, w := range coreNamed {
		if e, ok := lexicon[w]; ok {
			e.named = true // (a word without an entry never reaches core's tests)
		}
	}
	// Freeze: one slice of entries, in sorted word order for determinism.
	keys := make([]string, 0, len(lexicon))
	for w := range lexicon {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	lexTable = make([]lexEntry, 1, len(keys)+1)
	lexIndex = make(map[string]uint16, len(keys))
	for _, w := range keys {
		lexIndex[w] = uint16(len(lexTable))
		lexTable = append(lexTable, *lexicon[w])
	}
	size := 1
	for size < 4*len(keys) {
		size *= 2
	}
	lexKeys, lexVals, lexMask = make([]string, size), make([]uint16, size), uint32(size-1)
	for _, w := range keys {
		if len(w) > maxWordLen {
			continue // (lookup never asks for one)
		}
		h := uint32(2166136261)
		for k := 0; k < len(w); k++ {
			h = (h ^ uint32(w[k]|0x20)) * 16777619
		}
		i := h & lexMask
		for lexKeys[i] != "" {
			i = (i + 1) & lexMask
		}
		lexKeys[i], lexVals[i] = w, lexIndex[w]
		lexLens[w[0]|0x20] |= 1 << len(w)
	}
}
