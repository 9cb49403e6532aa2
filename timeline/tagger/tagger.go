package tagger

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// Options configure a Tagger.
type Options struct {
	DCT       string // reference date "YYYY-MM-DD" (publication date); "" when unknown
	DateOrder string // "DMY" or "MDY" for ambiguous numeric dates like 03/04/2015; default "MDY"
}

// Note is something a reader should check: an ambiguous numeric date, a
// relative date with nothing to anchor it.
type Note struct {
	Span     timeline.Span
	Severity timeline.Severity
	Message  string
}

// Result is what Tag found in a text.
type Result struct {
	Timexes []timeline.Timex // sorted by Start, non-overlapping
	Ranges  []timeline.Range // From and To index Timexes
	Notes   []Note
}

// Tagger finds and normalizes time expressions. It is immutable after New
// and safe for concurrent use.
type Tagger struct {
	opts   Options
	dct    cal
	hasDCT bool
	dmy    bool
}

// New returns a Tagger for the options. An invalid DCT is treated as
// unknown: relative expressions then stay unresolved and get a Note.
func New(opts Options) *Tagger {
	t := &Tagger{opts: opts, dmy: opts.DateOrder == "DMY"}
	if opts.DCT != "" {
		if d, err := time.ParseInLocation("2006-01-02", opts.DCT, time.UTC); err == nil {
			t.dct = cal{g: gDay, y: d.Year(), m: int(d.Month()), d: d.Day()}
			t.hasDCT = true
		}
	}
	return t
}

var tokPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}

// Tag finds the time expressions of text. Offsets are bytes into text.
//
// A bug in the rules must not cost a whole document, nor, in a batch, the
// documents after it: when tagging text panics, Tag tags it again a
// paragraph at a time, and a paragraph that panics again a sentence at a
// time (each piece with the same DCT, so only the anchoring across pieces
// is lost). A sentence on which the rules still panic is left untagged,
// with a Warning note that says so and names the failure.
func (t *Tagger) Tag(text []byte) Result {
	res, err := t.tagSafe(text)
	if err != nil {
		res = Result{}
		t.tagPieces(&res, text, 0, false)
	}
	return res
}

// tagSafe is tag, with a panic of the rules returned as an error.
func (t *Tagger) tagSafe(text []byte) (res Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return t.tag(text), nil
}

// tagPieces appends to res what tagSafe finds in each paragraph of text
// (each sentence when bySentence is set), text being at offset base in
// the whole: a paragraph that panics is tagged again by sentences, and a
// sentence that panics gets a note instead.
func (t *Tagger) tagPieces(res *Result, text []byte, base int, bySentence bool) {
	start := 0
	for _, end := range pieceEnds(text, bySentence) {
		piece := text[start:end]
		r, err := t.tagSafe(piece)
		switch {
		case err == nil:
			off, at := len(res.Timexes), base+start
			for _, x := range r.Timexes {
				x.Start, x.End = x.Start+at, x.End+at
				if x.Anchor >= 0 {
					x.Anchor += off
				}
				res.Timexes = append(res.Timexes, x)
			}
			for _, g := range r.Ranges {
				g.From, g.To = g.From+off, g.To+off
				g.Span.Start, g.Span.End = g.Span.Start+at, g.Span.End+at
				res.Ranges = append(res.Ranges, g)
			}
			for _, n := range r.Notes {
				n.Span.Start, n.Span.End = n.Span.Start+at, n.Span.End+at
				res.Notes = append(res.Notes, n)
			}
		case !bySentence:
			t.tagPieces(res, piece, base+start, true)
		default:
			res.Notes = append(res.Notes, Note{
				Span:     timeline.Span{Start: base + start, End: base + end},
				Severity: timeline.Warning,
				Message:  "time expressions in this sentence were skipped: the tagger failed on it (a bug; please report it with the sentence): " + err.Error(),
			})
		}
		start = end
	}
}

// pieceEnds returns where the paragraphs of text end (after the blank
// lines that close them), or its sentences with bySentence (after the
// spaces that follow ".", "!" or "?" and the quotes and brackets that
// close them); the last end is len(text).
func pieceEnds(text []byte, bySentence bool) []int {
	space := func(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
	var ends []int
	for i := 0; i < len(text); i++ {
		k := i + 1
		switch c := text[i]; {
		case !bySentence && c == '\n':
			for k < len(text) && text[k] != '\n' && space(text[k]) {
				k++
			}
			if k == len(text) || text[k] != '\n' {
				continue
			}
		case bySentence && (c == '.' || c == '!' || c == '?'):
			for k < len(text) && (text[k] == '"' || text[k] == '\'' || text[k] == ')' || text[k] == ']') {
				k++
			}
			if k == len(text) || !space(text[k]) {
				continue
			}
		default:
			continue
		}
		for k < len(text) && space(text[k]) {
			k++
		}
		if k < len(text) {
			ends = append(ends, k)
		}
		i = k - 1
	}
	return append(ends, len(text))
}

// testHookTag, set by tests, runs as tag starts.
var testHookTag func(text []byte)

// byThen reports whether token i is "then" after "by" in the sentence
// right after the aside that ended at s.leftEnd (no sentence end
// between); a "then" in a later sentence forgets the aside.
func (s *state) byThen(i int) bool {
	if i < 1 || !s.isWord(i, "then") || !s.isWord(i-1, "by") {
		return false
	}
	for k := s.leftEnd + 1; k < i; k++ {
		if s.sentenceEnd(k) {
			return false
		}
	}
	return true
}

// saveRef keeps the story's anchors in s.saved, to come back to when an
// aside (a flashback, a look ahead) ends.
func (s *state) saveRef() {
	s.saved = refState{s.ref, s.refCal, s.refPi, s.refTok, s.refAtt, s.dayRef, s.dayCal, s.dayPi, s.dayTok}
}

// setAside makes what follows, up to token end, an aside from the story:
// its dates anchor what comes inside it, and the story's anchors come
// back after it (saved when no aside was open already).
func (s *state) setAside(end int) {
	if s.flashEnd < 0 {
		s.saveRef()
	}
	s.flashEnd = end
}

// tag is Tag without the recovery.
func (t *Tagger) tag(text []byte) Result {
	if testHookTag != nil {
		testHookTag(text)
	}
	tp := tokPool.Get().(*[]token)
	toks := (*tp)[:0]
	if want := len(text)/3 + 16; cap(toks) < want {
		toks = make([]token, 0, want) // prose has about one token per four or five bytes
	}
	s := &state{t: t, text: text, toks: tokenize(text, toks), ref: -1, cref: -1, aheadEnd: -1, relTok: -1, asideTok: -1, dayRef: -1, flashEnd: -1, leftEnd: -1, rangeTo: -1, headRef: -1, qRef: -1, voteRef: -1, clockRef: -1, penRef: -1, spanRef: -1, backDay: -1, lifeEnd: -1, repRef: -1}
	s.run()
	if cap(s.toks) <= 1<<22 { // keep buffers up to ~160 MB of tokens for reuse
		*tp = s.toks[:0]
		tokPool.Put(tp)
	}
	return s.res
}

// state is the work of one Tag call.
type state struct {
	t      *Tagger
	clk    clockWords // a clock reading in words that pTime is to read at clk.at
	text   []byte
	toks   []token
	res    Result
	ref    int // index of the last timex a narrative could anchor to, -1 when none
	refCal cal
	cref   int // like ref, but decades and centuries count too: "the 1850s ... the following decade"
	crefC  cal
	floor  int // first token the next match may cover
	refPi  int32
	refTok int  // first token of the ref timex
	refAtt bool // the ref modifies a noun ("the Dec. 21, 1988, bombing"): background, not narrative time
	relTok int  // first token of the last expression counted from the DCT, -1 for none
	// asideTok is the first token of the last day named in a relative
	// clause set off by commas in news (aside), -1 for none.
	asideTok int
	// A flashback (a year before ref in the past perfect) is ref until
	// its sentence ends at token flashEnd; then saved is ref again.
	flashEnd int
	aheadEnd int // the flashEnd a look ahead (wouldAhead) set, -1 when none
	saved    refState
	// The anchors an aside left when it ended at token leftEnd (-1 for
	// none): "by then" in the next sentence points back to its date.
	left    refState
	leftEnd int
	dayRef  int // like ref, but the last one of a day or finer, -1 when none
	dayCal  cal
	dayPi   int32
	dayTok  int // first token of the dayRef timex
	// The last clock time emitted (clockRef its index, -1 for none):
	// "at 6:10 a.m. on 4 June 1916. Forty minutes later" counts the
	// minutes from it though the day came after it.
	clockRef int
	clockCal cal
	// The last year a writer wrote in, or a work appeared in ("writing
	// in 1922", "whose history appeared in 1922"; penRef its index, -1
	// for none): "Belich, writing sixty-four years later" counts from it.
	penRef int
	penCal cal
	penPi  int32
	// The end of the life an article's first sentence gives in brackets
	// ("Fridtjof Nansen (10 October 1861 – 13 May 1930) was"; lifeEnd its
	// index, -1 for none): a death told later with no date is on it.
	lifeEnd int
	lifeCal cal
	// The end of the aside deathAhead set (0 for none): a later life told
	// to its dated death, whose later dates stay in it.
	deathEnd int
	// A stretch "the next eighteen months" counted in the past from the
	// date at spanRef (-1 for none), in paragraph spanPi, ending in the
	// month spanEnd: the story has moved on to its end.
	spanRef int
	spanEnd cal
	spanPi  int32
	// The last day counted back from the story and kept from its
	// anchors ("The day before"; backDay its index, -1 for none, backTok
	// its first token): "that night" in its sentence is its night.
	backDay int
	backCal cal
	backTok int
	// The last quarter named in news (qRef its index, -1 for none): what
	// a company report's "a year ago" compares with when a day or a year
	// came up since ("the third quarter ... the three months ended Sept.
	// 30 ... a year earlier").
	qRef int
	qCal cal
	// The last range of dates: the index of its end and the value of its
	// start ("1-3 July 1863 ... on the second day").
	rangeTo   int
	rangeFrom cal
	rangeEnd  cal
	// heads are the first tokens of heading lines (headingStarts), once
	// headsOK.
	heads   []int32
	headsOK bool
	// The start of a span of years named by a section heading, when it is
	// the anchor ("The southern campaigns, 1778–1781"): what follows
	// under it starts with the span, so "the following spring" is its
	// first spring.
	headRef int
	// rangeNight: the last range was a night written with its two days
	// ("the night of 25–26 March").
	rangeNight bool
	// The days a weekday written in the text runs ahead of the Gregorian
	// calendar's (a story dated Old Style), and the year it was found in.
	wdShift, wdShiftY int
	// Every range of days named, in the order of the text: what a heading
	// "The second day" counts from.
	dayRanges []dayRange
	depth     int // nesting of rules that call core
	// yearless: ref is a day whose year the story has not given, held in
	// the stand-in year yearlessYear; what counts from it has no year.
	yearless bool
	// standIn: a day in the stand-in year outlived the yearless story (a
	// dated aside told no year for it); what counts from it in that year
	// is still written without one.
	standIn  bool
	news     int8   // newsText: 0 not yet scanned, 1 yes, -1 no
	newsDay  bool   // newsText found more than "last/this/next year": a word of news time finer than the year
	farDates int    // dates with a year, storyYears or more from the DCT, named so far
	lastTime cal    // the last clock time emitted with its day (g gTime), zero for none
	str      string // the text as a string, made at the first expression
	// The last day of a report skipped as the story's day ("the toll
	// rose to 90, officials said Thursday", after "Monday's quake"): what
	// a clock time of the report's release means ("released at 4 p.m.").
	// repRef is -1 when none.
	repRef int
	repCal cal
	repPi  int32
	// The last day named as an election's ("an election for 4 July", "the
	// 12 December vote"): what "polling day" means. -1 when none.
	voteRef int
	voteCal cal
	// The span of months an article's lead (its first paragraph) gives
	// with a range ("fought from October 1935 to May 1936"), when leadSet.
	leadSet           bool
	leadFrom, leadEnd cal
	// The first year of the span of years the lead gives instead
	// ("fought from 1921 to 1926"), 0 when none, and the index of the
	// span's end.
	leadYearFrom, leadYearTo int
	// The first day of the last count of days ("set out on 3 November
	// ... On the 53rd day"): what a later "the 80th day" counts from.
	// Zero when none.
	countFrom cal
}

// refState is what ref, refCal, refPi, refTok and refAtt hold.
type refState struct {
	ref    int
	refCal cal
	refPi  int32
	refTok int
	refAtt bool
	// and the day: dayRef, dayCal, dayPi, dayTok
	dayRef int
	dayCal cal
	dayPi  int32
	dayTok int
}

// cand is a matched expression before it is resolved and emitted.
type cand struct {
	i, j    int // tokens [i, j)
	typ     timeline.TimexType
	c       cal
	val     string // final value; when empty the value is c.format()
	mod     string
	partial bool // c has no year yet: pick it from the reference date and the tense
	anchor  int  // index of the timex c was resolved against, -1 for none
	note    string
	noteSev timeline.Severity
	noRef   bool // a comparison ("a year earlier"): not a new anchor for what follows
	flash   bool // an anchor for the rest of its sentence only ("Thirty years ago today, ...")
	dctRel  bool // counted from the DCT: "Saturday", "yesterday", "in March"
	day     cal  // the day the story is on when c is coarser ("a week later" than a day), else zero
	wd      int  // the weekday named with a partial day ("Monday, Feb. 17"), 0 for none
	// countFrom is the first day of a count of days ("On the 53rd day"
	// of a journey), zero for none.
	countFrom cal
	// remake gives the day of a holiday in another year ("Whitsun the
	// following year"), nil when c is no holiday's.
	remake func(y int) cal
}

func (s *state) run() {
	toks := s.toks
	for i := 0; i < len(toks); {
		tk := &toks[i]
		if s.leftEnd >= 0 && i > s.leftEnd && s.flashEnd < 0 && s.byThen(i) {
			// "by then" right after an aside that ended on a day takes
			// that day back as the story's: "an ultimatum that was to
			// expire on 20 November. No reply had come by then, and the
			// next day" is 21 November.
			r := s.left
			if r.ref >= 0 && r.refCal.g == gDay && !r.refCal.noYear {
				s.ref, s.refCal, s.refPi, s.refTok, s.refAtt = r.ref, r.refCal, r.refPi, r.refTok, r.refAtt
				s.dayRef, s.dayCal, s.dayPi, s.dayTok = r.dayRef, r.dayCal, r.dayPi, r.dayTok
			}
			s.leftEnd = -1
		}
		if s.deathUndated(i) {
			s.ref, s.refCal, s.refPi, s.refTok, s.refAtt = s.lifeEnd, s.lifeCal, tk.pi, i, false
			s.flashEnd = -1
			if s.lifeCal.g >= gDay {
				s.dayRef, s.dayCal, s.dayPi, s.dayTok = s.lifeEnd, s.lifeCal, tk.pi, i
			}
		}
		if tk.kind == tkWord && tk.lex() == nil && !s.decadeName(i) || tk.kind == tkOther || tk.kind == tkPunct && s.text[tk.start] != '\'' {
			i++
			continue
		}
		if s.flashEnd >= 0 && i > s.flashEnd {
			s.left = refState{s.ref, s.refCal, s.refPi, s.refTok, s.refAtt, s.dayRef, s.dayCal, s.dayPi, s.dayTok}
			s.leftEnd = s.flashEnd
			r := s.saved
			s.ref, s.refCal, s.refPi, s.refTok, s.refAtt = r.ref, r.refCal, r.refPi, r.refTok, r.refAtt
			s.dayRef, s.dayCal, s.dayPi, s.dayTok = r.dayRef, r.dayCal, r.dayPi, r.dayTok
			s.flashEnd = -1
		}
		c, ok := s.parse(i)
		if !ok {
			i++
			continue
		}
		if c.i < s.floor {
			c.i = i // a look-behind ("the" before "1990s") must not reach into the last match
		}
		c = s.quarterCentury(c)
		if s.inName(c) || s.periodDescribed(c) || s.appositiveDay(c) || s.yearGiven(c) {
			i = c.j
			s.floor = i
			continue
		}
		i = s.emitWithRange(c)
		s.floor = i
		if s.flashEnd >= 0 && c.i < s.flashEnd && s.aheadEnd != s.flashEnd && s.caughtUp(c) {
			// The flashback has brought the story up to its own time: the
			// story goes on from there.
			s.flashEnd = -1
		}
	}
	s.leadYears()
}

// leadYears gives a day an article's lead names without a year ("The
// battles were fought from 9 April to 8 June as a naval and land
// campaign", the year left to the reader) the year of the same day told
// later with one, or inferred from the background ("As early as
// September 1939 ... In March ... On 9 April"): the lead sums up the
// story the body tells. Only in narrative, and only days (a month recurs
// in a background too readily).
func (s *state) leadYears() {
	if s.t.hasDCT {
		return
	}
	xs := s.res.Timexes
	for n := range xs {
		x := &xs[n]
		if x.Type != timeline.TypeDate || len(x.Value) != 10 || x.Value[:5] != "XXXX-" {
			continue
		}
		if !s.leadParagraph(s.timexTok(x)) {
			continue
		}
		for m := n + 1; m < len(xs); m++ {
			v := xs[m].Value
			if xs[m].Type == timeline.TypeDate && len(v) == 10 && v[4:] == x.Value[4:] && isDigit(v[0]) && isDigit(v[1]) && isDigit(v[2]) && isDigit(v[3]) && !s.leadParagraph(s.timexTok(&xs[m])) {
				x.Value = v[:4] + x.Value[4:]
				break
			}
		}
	}
}

// timexTok returns the index of the first token of x, an expression
// already emitted.
func (s *state) timexTok(x *timeline.Timex) int {
	return sort.Search(len(s.toks), func(k int) bool { return int(s.toks[k].start) >= x.Start })
}

// caughtUp reports whether c, a day or month in the sentence of a
// flashback in the past perfect, stands in a clause after ", and" told in
// the simple past: "Ubico had been driven out in June 1944, and a revolt
// on 20 October overthrew his successor. The teacher won the election
// held in December" goes on in 1944, the background having caught up
// with its own story.
func (s *state) caughtUp(c cand) bool {
	if c.c.g < gMonth || c.c.g == gWeek || c.typ != timeline.TypeDate {
		return false
	}
	and := -1
	for k := c.i - 1; k >= 1 && k >= c.i-12; k-- {
		if s.sentenceEnd(k) || s.w(k) == wHad {
			return false
		}
		if s.isWord(k, "and") && s.isPunct(k-1, ',') {
			and = k
			break
		}
	}
	if and < 0 || !s.hadBeforeInSentence(and) {
		return false
	}
	for k := and + 1; k < len(s.toks) && k < c.j+8; k++ {
		if s.sentenceEnd(k) || s.isPunct(k, ',') && k >= c.j {
			return false
		}
		if s.w(k) == wHad || s.isWordIn(k, "would", "will") {
			return false
		}
		if k >= c.j && s.pastFormBefore(k, k+1) {
			return true
		}
	}
	return false
}

// periodDescribed reports whether c, "a year", "a day" before "of", is
// what a date just named as the subject of "be" is said to be: "2014 will
// be a year of investment", "Monday was a day of mourning" describe that
// year and that day, no length of time beside them (but "after a year of
// talks" is one).
func (s *state) periodDescribed(c cand) bool {
	if c.typ != timeline.TypeDuration || c.j != c.i+2 || s.w(c.i) != wA || s.w(c.j) != wOf || c.i < 2 {
		return false
	}
	if e := s.lx(c.i + 1); e == nil || e.unit == 0 || e.plural {
		return false
	}
	k := c.i - 1
	if s.quoteMark(k) {
		k-- // 2014 would be "a year of investment"
	}
	if !s.isWordIn(k, "was", "is", "be", "been", "proved", "became") {
		return false
	}
	for k > 0 && s.isWordIn(k-1, "will", "would", "could", "should", "may", "might", "to", "has", "had", "have", "be", "been", "going") {
		k--
	}
	n := len(s.res.Timexes)
	return k >= 1 && n > 0 && s.res.Timexes[n-1].Type == timeline.TypeDate && s.res.Timexes[n-1].End == int(s.toks[k-1].end)
}

// appositiveDay reports whether c, "a day" right after a date and its
// comma, opens a noun phrase in apposition to the date, a clause on it
// after it: "left New York on November 25, 1783, a day New Yorkers
// celebrated for a century", "on 3 October, a day the town still keeps".
// It names the date again, no length of time. So does "a day of" and a
// short noun phrase that the next comma or full stop closes, after a date
// inside its sentence ("opened on 14 May 1860, a day of bright sunshine,
// and"), and likewise "a month of", "a year of" after a month or a year
// ("peaked in 1932, a year of mass unemployment."); after a date that
// opens its sentence the phrase may be the subject instead ("On 5 May, a
// day of fighting left ...").
func (s *state) appositiveDay(c cand) bool {
	if c.typ != timeline.TypeDuration || c.j != c.i+2 || !s.isWord(c.i, "a") || c.i < 2 || !s.isPunct(c.i-1, ',') || c.j >= len(s.toks) {
		return false
	}
	n := len(s.res.Timexes)
	if n == 0 || s.res.Timexes[n-1].Type != timeline.TypeDate || s.res.Timexes[n-1].End != int(s.toks[c.i-2].end) {
		return false
	}
	k := c.j
	if !s.isWord(c.i+1, "day") {
		return s.isWordIn(c.i+1, "month", "year") && s.apposedOf(c, valueUnit(s.res.Timexes[n-1].Value))
	}
	if s.apposedOf(c, uDay) {
		return true
	}
	if s.isWordIn(k, "that", "which", "when") || s.isWord(k, "on") && s.isWord(k+1, "which") {
		return true
	}
	if s.isWordIn(k, "he", "she", "they", "we", "it", "i", "you") && !s.toks[k].cap {
		return true
	}
	if s.isWordIn(k, "the", "his", "her", "their", "its", "our", "many", "most") && !s.toks[k].cap && k+2 < len(s.toks) && s.toks[k+1].kind == tkWord && s.lx(k+1) == nil {
		// "a day the town still keeps": the subject of a clause on the day
		return !s.isWordIn(k+1, "day", "night", "week", "month", "year")
	}
	return s.toks[k].kind == tkWord && s.toks[k].cap && (s.lx(k) == nil || s.isWord(k, "new") && !s.isWord(k+1, "year")) && k+1 < len(s.toks) && s.toks[k+1].kind == tkWord
}

// apposedOf reports whether c, "a day", "a month" or "a year" of the
// unit u after the comma that follows the last date, heads a noun phrase
// in apposition to that date: "of" and up to six lower-case words that
// are no time words, closed by a comma, a semicolon or the sentence's
// end, with more than a preposition before the date in its sentence.
func (s *state) apposedOf(c cand, u unit) bool {
	if e := s.lx(c.i + 1); e == nil || e.unit != u || e.plural || s.w(c.j) != wOf {
		return false
	}
	d := c.i - 2 // the date's last token
	for d > 0 && int(s.toks[d-1].end) > s.res.Timexes[len(s.res.Timexes)-1].Start {
		d--
	}
	if d-s.sentStart(d, 40) < 2 {
		return false
	}
	for k := c.j + 1; k <= c.j+7 && k < len(s.toks); k++ {
		if k > c.j+1 && (s.isPunct(k, ',') || s.isPunct(k, ';') || s.sentenceEnd(k)) {
			return true
		}
		if s.toks[k].kind != tkWord || s.toks[k].cap {
			return false
		}
		if e := s.lx(k); e != nil && (e.month > 0 || e.weekday > 0 || e.holiday > 0 || e.unit > 0 || e.season > 0 || e.pod > 0 || e.setUnit > 0 || e.hasNum || e.ord > 0) {
			return false
		}
	}
	return false
}

// valueUnit returns the unit a DATE value names to: uDay for a day
// ("1859-10-14"), uMonth for a month ("1932-05"), uYear for a year
// ("1932"), 0 otherwise.
func valueUnit(v string) unit {
	digits := func(t string) bool {
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return false
			}
		}
		return t != ""
	}
	switch {
	case len(v) == 4 && digits(v):
		return uYear
	case len(v) == 7 && v[4] == '-' && digits(v[:4]) && digits(v[5:]):
		return uMonth
	case len(v) >= 10 && v[4] == '-' && v[7] == '-' && digits(v[:4]) && digits(v[5:7]) && digits(v[8:10]):
		return uDay
	}
	return 0
}

// quarterCentury widens a quarter read before "century" to the 25 years
// it counts: "the next quarter century", "the past quarter century", "a
// quarter century", "a quarter of a century" (as "a quarter-century").
func (s *state) quarterCentury(c cand) cand {
	q := c.j - 1
	if c.typ == timeline.TypeSet || q < c.i || q < 0 {
		return c
	}
	if e := s.lx(q); e == nil || e.unit != uQuarter || e.plural || s.toks[q].cap {
		return c
	}
	k := c.j
	if s.w(k) == wOf && s.w(k+1) == wA {
		k += 2 // "a quarter of a century"
	}
	if e := s.lx(k); k >= len(s.toks) || e == nil || e.unit != uCentury || e.plural || s.toks[k].cap {
		return c
	}
	if d, ok := s.yearsLater(c.i, k+1, 25); ok {
		d.mod = c.mod
		return d
	}
	n := s.fixed(c.i, k+1, timeline.TypeDuration, "P25Y")
	n.mod = c.mod
	return n
}

// yearsLater reads "later" or "earlier" at end after a part of a century
// spanning i to end ("a quarter of a century later", "a quarter-century
// earlier"): a DATE at the century's granularity, as "half a century
// later" is, that many years from the last date.
func (s *state) yearsLater(i, end, years int) (cand, bool) {
	w := s.w(end)
	if w != wLater && w != wEarlier || s.w(end+1) == wThan || s.depth > 0 {
		return cand{}, false
	}
	base, a, ok := s.anchorBase()
	if !ok || base.noYear || base.g < gYear || base.g == gWeek {
		return cand{}, false
	}
	if w == wEarlier {
		years = -years
	}
	d := s.date(i, end+1, coarsen(shift(coarsen(base, gYear), uYear, years), gCentury))
	d.anchor, d.noRef = a, true
	return d, true
}

// inName reports whether c is part of a proper name: a capitalized month
// or "Century" after "the" and right before a capitalized word that is no
// time word, inside a sentence ("the February Revolution", "the July
// Days", "the 20th Century Limited"). A number or a time word after it
// keeps it a date ("the March 15 meeting", "the October 1917 rising").
func (s *state) inName(c cand) bool {
	if c.typ == timeline.TypeDuration && c.j > c.i && c.j+1 < len(s.toks) && c.j-1 > 0 && s.toks[c.j-1].cap && !s.sentenceEnd(c.j-2) && s.w(c.j) == wOf {
		// A capitalized unit before "of" and a capitalized word names a
		// day or a week, no length: "has observed a Day of the Sea", "a
		// Week of Prayer".
		if e := s.toks[c.j-1].lex(); e != nil && e.unit > 0 && !e.plural {
			k := c.j + 1
			if s.w(k) == wThe {
				k++
			}
			if k < len(s.toks) && s.toks[k].kind == tkWord && s.toks[k].cap && s.toks[k].lex() == nil {
				return true
			}
		}
	}
	if c.typ != timeline.TypeDate || c.mod != "" || c.j >= len(s.toks) || c.j-c.i > 3 {
		return false
	}
	if c.partial && c.val == "" && c.c.g == gDay && s.w(c.i-1) == wThe && s.holidayInName(c.j) {
		// A day and month with no year after "the" and before a
		// capitalized noun heading a name names a movement, a revolution
		// or a regime after its day: "the 14 July Revolution", "the 26th
		// of July Movement", "the 4 August Regime" (as a feast does in
		// "the Easter Rising").
		for k := c.i; k < c.j; k++ {
			if e := s.toks[k].lex(); e != nil && e.month > 0 && !e.abbr {
				return true
			}
		}
	}
	last := &s.toks[c.j-1]
	e := last.lex()
	if !last.cap || e == nil || !(e.month > 0 && c.j-c.i == 1 && !e.abbr || e.w == wCentury) {
		return false
	}
	if e.w == wCentury && s.w(c.i) != wThe {
		return false
	}
	if e.month > 0 && c.j-c.i == 1 && s.w(c.i-1) == wOf && s.nameBeforeOf(c.i-2) {
		return true // "the Days of May", "the Three Glorious Days of July"
	}
	if e.month > 0 && c.j-c.i == 1 && c.i >= 2 && s.w(c.i-1) == wOf && s.isWordIn(c.i-2, "earl", "earls", "earldom", "countess", "duke", "dukes", "duchess", "baron", "barons", "marquess", "marquis", "viscount", "lord", "lords") {
		return true // "Edward, Earl of March", "the earldom of March": a title's land, no month
	}
	if e.month > 0 && s.w(c.i-1) != wThe {
		return false
	}
	nx := &s.toks[c.j]
	if k := c.j + 1; e.month == 3 && (s.w(c.j) == wOn || s.w(c.j) == wTo) {
		if s.w(k) == wThe {
			k++
		}
		if k < len(s.toks) && s.toks[k].cap && s.toks[k].kind == tkWord && s.toks[k].lex() == nil {
			return true // "the March on Rome", "the March to the Sea" is a march
		}
	}
	if nx.kind != tkWord || !nx.cap || !nx.sp || nx.para {
		return false
	}
	// (a capitalized plural unit names too: "the June Days", "the July Days")
	ne := nx.lex()
	return ne == nil || e.month > 0 && ne.unit == uDay && ne.plural
}

// nameBeforeOf reports whether the word at k, before "of" and a bare
// month, ends a proper name begun with "the": a capitalized word inside
// the sentence that is no time word, or a capitalized plural unit ("the
// Days of May", "the Glorious Days of July", "the Ordinances of July"),
// with "the" at most two words before it. A date there ("the Ides of
// March", "the Fourth of July") is parsed from the name's first word and
// never reaches this test.
func (s *state) nameBeforeOf(k int) bool {
	if k < 1 || k >= len(s.toks) || s.toks[k].kind != tkWord || !s.toks[k].cap || s.sentenceEnd(k-1) {
		return false
	}
	if e := s.toks[k].lex(); e != nil && !(e.unit > 0 && e.plural) {
		return false
	}
	for b := k - 1; b >= k-3 && b >= 0; b-- {
		if s.w(b) == wThe {
			return true
		}
		if b < k-1 && (s.toks[b].kind != tkWord || !s.toks[b].cap) {
			return false
		}
		if b == k-1 && s.toks[b].kind == tkWord && !s.toks[b].cap {
			return false
		}
	}
	return false
}

// slashYear reports whether the year that ends c is followed by a slash
// and the next year's last one or two digits ("1368/69", "1688/9").
func (s *state) slashYear(c cand) bool {
	if c.typ != timeline.TypeDate || c.val != "" || c.mod != "" || c.c.noYear || c.c.y < 100 || c.j+1 >= len(s.toks) ||
		c.c.g != gYear && c.c.g != gMonth && c.c.g != gDay {
		return false
	}
	yt := &s.toks[c.j-1]
	if yt.kind != tkNum || yt.ndig != 4 || yt.suf != sufNone || int(yt.num) != c.c.y || !s.isPunct(c.j, '/') || !s.tight(c.j) || !s.tight(c.j+1) {
		return false
	}
	nt := &s.toks[c.j+1]
	if nt.kind != tkNum || nt.suf != sufNone || nt.decimal || nt.grouped {
		return false
	}
	switch nt.ndig {
	case 1:
		if int(nt.num) != (c.c.y+1)%10 {
			return false
		}
	case 2:
		if int(nt.num) != (c.c.y+1)%100 {
			return false
		}
	default:
		return false
	}
	// (not a list going on: "1368/69/70")
	return !(c.j+2 < len(s.toks) && s.isPunct(c.j+2, '/') && s.tight(c.j+2))
}

// parenRange reports whether the range from token i to j (exclusive)
// stands alone in brackets after a name: "(1096–1154)", "(r.
// 1135–1154)", "(reigned 1135–1154)", "(3 April – 19 May 1712)".
func (s *state) parenRange(i, j int) bool {
	if !s.isPunct(j, ')') {
		return false
	}
	k := i - 1
	switch {
	case s.reignOpen(k):
		k -= 2
	case s.isWordIn(k, "reigned", "ruled", "r"):
		k--
	}
	return s.isPunct(k, '(') && k > 0 && s.toks[k-1].kind == tkWord && s.toks[k-1].cap
}

// setList reads, from k on, the rest of a list of weekdays, months or
// seasons of the kind of the one at first ("Monday" in "every Monday,
// Wednesday and Friday"): ", Wednesday", "and Friday", each a SET. It
// returns nothing unless the list ends with "and" or "or" and a name, and
// the phrase ends there ("every Monday and Thursday evening" is left).
func (s *state) setList(first, k int) []cand {
	f := s.lx(first)
	if f == nil || f.plural {
		return nil
	}
	kind := func(e *lexEntry, m int) string {
		switch {
		case e == nil || e.plural:
		case f.weekday > 0 && e.weekday > 0 && s.toks[m].cap:
			return cal{g: gWeek, noYear: true, wd: int(e.weekday)}.format()
		case f.month > 0 && e.month > 0 && !e.abbr && s.toks[m].cap:
			return cal{g: gMonth, noYear: true, m: int(e.month)}.format()
		case f.season > 0 && e.season > 0:
			return "XXXX-" + seasonCode[e.season]
		}
		return ""
	}
	var items []cand
	for n := 0; n < 6 && k+1 < len(s.toks); n++ {
		last := s.w(k) == wAnd || s.w(k) == wOr
		if !last && !s.isPunct(k, ',') {
			return nil
		}
		m := k + 1
		if s.isPunct(k, ',') && (s.w(m) == wAnd || s.w(m) == wOr) {
			m, last = m+1, true // the serial comma: "Monday, Wednesday, and Friday"
		}
		v := kind(s.lx(m), m)
		if v == "" {
			return nil
		}
		items = append(items, s.fixed(m, m+1, timeline.TypeSet, v))
		if last {
			if m+1 < len(s.toks) && s.toks[m+1].kind == tkWord && !s.toks[m+1].cap && s.lx(m+1) != nil && s.lx(m+1).pod > 0 {
				return nil
			}
			return items
		}
		k = m + 1
	}
	return nil
}

// emitWithRange emits c and, when a range connector follows ("to",
// "through", a dash, "and" after "between"), the end of the range too.
func (s *state) emitWithRange(c cand) int {
	next := c.j
	k := c.j
	conn := false
	dash := false
	if e, ok := s.bareHourBefore(c); ok {
		s.emit(e) // "between 9 and 10 p.m. Friday": "9" is 9 p.m. Friday too
	}
	if c.typ == timeline.TypeDate && c.val == "" && c.mod == "" && c.c.g == gYear && !c.c.noYear && c.j == c.i+1 && (s.w(c.i-1) == wFrom || s.w(c.i-1) == wBetween) &&
		s.nextYearShort(c.j, c.c.y) && (s.w(c.j+2) == wTo || s.w(c.j+2) == wAnd) {
		// "from 1923–24 to 1925–26": two seasons (or fiscal or academic
		// years), each written with the next year shortened, is a range
		// of two DATEs, each the year it begins, not of four years.
		if e, ok := s.parse(c.j + 3); ok && e.i == c.j+3 && e.j == e.i+1 && e.typ == timeline.TypeDate && e.val == "" && e.mod == "" && e.c.g == gYear && !e.c.noYear &&
			e.c.y > c.c.y && s.nextYearShort(e.j, e.c.y) {
			c.j += 2
			e.j += 2
			from := s.emit(c)
			to := s.emit(e)
			s.res.Ranges = append(s.res.Ranges, timeline.Range{From: from, To: to,
				Span: timeline.Span{Start: int(s.toks[c.i-1].start), End: int(s.toks[e.j-1].end)}})
			return e.j
		}
	}
	if c.typ == timeline.TypeDate && c.c.g == gDay && s.isPunct(k, ',') && (c.wd > 0 || s.usYearClosed(c)) &&
		(s.w(c.i-1) == wFrom && (s.w(k+1) == wTo || s.w(k+1) == wUntil || s.w(k+1) == wThrough) || s.w(c.i-1) == wBetween && s.w(k+1) == wAnd) {
		// A day written with its weekday is set off by commas, the
		// closing one before "to": "from Sunday, 2 September, to
		// Thursday, 6 September 1666" is a range all the same. So is a
		// year after a day in the American way, a comma closing it:
		// "from December 16, 1944, to January 25, 1945".
		k++
	}
	if k < len(s.toks) && c.typ == timeline.TypeTime && c.c.g == gTime && ((s.w(k) == wTo || s.w(k) == wUntil) && s.w(c.i-1) == wFrom || s.w(k) == wAnd && s.w(c.i-1) == wBetween) {
		conn = true // "from 3 a.m. to 10 a.m. Thursday", "between 2 p.m. and 6 p.m. yesterday"
	} else if k < len(s.toks) && c.typ == timeline.TypeDate {
		switch {
		case s.isPunct(k, '-') && (s.tight(k) == s.tight(k+1)):
			conn, dash = true, true
		case s.w(k) == wTo || s.w(k) == wThrough || s.w(k) == wUntil:
			conn = s.w(c.i-1) == wFrom || s.w(c.i-1) == wBetween || s.w(k) == wThrough ||
				// "from the evening of May 19 to the morning of July 4":
				// the part of the day stands between "from" and the date
				c.i >= 4 && s.w(c.i-1) == wOf && s.lx(c.i-2) != nil && s.lx(c.i-2).pod > 0 && !s.lx(c.i-2).plural && s.w(c.i-3) == wThe && s.w(c.i-4) == wFrom ||
				// "The sale runs Nov. 1 to Jan. 31": two days of months
				// joined by "to" bound a stretch, "from" or not (but not
				// a day moved: "moved the hearing Nov. 1 to Jan. 31")
				s.w(k) == wTo && c.val == "" && c.c.g == gDay && c.c.m > 0 && s.isMonthAt(k+1) && k+2 < len(s.toks) && (s.toks[k+2].kind == tkNum || s.isPunct(k+2, '.') && k+3 < len(s.toks) && s.toks[k+3].kind == tkNum) && !s.movedTo(c.i)
		case s.w(k) == wAnd:
			conn = s.w(c.i-1) == wBetween
		}
	}
	if c.typ == timeline.TypeDate && c.val == "" && c.c.g == gSeason && !c.c.noYear && c.i+1 < len(s.toks) && s.seasonsWord(c.i+1) > 0 && (s.w(k) == wAnd || s.w(k) == wOr) {
		// "the winters of 1881 and 1882": the second year is a winter
		// too.
		if e, ok := s.parse(k + 1); ok && e.i == k+1 && e.typ == timeline.TypeDate && e.val == "" && e.mod == "" && e.c.g == gYear && !e.c.noYear && !e.partial {
			e.c = cal{g: gSeason, y: e.c.y, part: c.c.part}
			s.emit(c)
			s.emit(e)
			return e.j
		}
	}
	if c.typ == timeline.TypeSet && c.j == c.i+2 && (s.w(c.i) == wEvery || s.w(c.i) == wEach) && (s.w(k) == wAnd || s.w(k) == wOr || s.isPunct(k, ',')) {
		// "every Monday and Thursday", "every spring and autumn", "each
		// January, April and October": the quantifier goes with each
		// name of the list, a SET each.
		if items := s.setList(c.j-1, k); len(items) > 0 {
			s.emit(c)
			for _, e := range items {
				s.emit(e)
			}
			return items[len(items)-1].j
		}
	}
	if c.partial && c.typ == timeline.TypeDate && c.val == "" && c.mod == "" && c.c.g == gDay && c.c.m > 0 && c.wd == 0 &&
		(s.w(k) == wEvery || s.w(k) == wEach) && s.w(k+1) == wYear && !s.lx(k+1).plural {
		// "on 1 August each year", "on May 5 every year": the day of
		// each year, one SET, as "every year on 1 August".
		c.typ, c.val, c.j, c.partial = timeline.TypeSet, cal{g: gDay, noYear: true, m: c.c.m, d: c.c.d}.format(), k+2, false
		c.anchor, c.noRef = -1, true
		s.emit(c)
		return c.j
	}
	if c.typ == timeline.TypeDate && c.val == "" && c.mod == "" && c.c.g == gYear && !c.c.noYear && k+1 < len(s.toks) &&
		(s.isWord(c.i-1, "season") && c.i-1 >= s.floor || s.w(c.i-1) == wYear && c.i-2 >= s.floor && s.yearKind(c.i-2)) &&
		(s.nextYearShort(k, c.c.y) || s.isPunct(k, '/') && s.tight(k) && s.tight(k+1) && s.toks[k+1].kind == tkNum && s.toks[k+1].ndig == 2 && s.toks[k+1].suf == sufNone && int(s.toks[k+1].num) == (c.c.y+1)%100) {
		// "the academic year 2019-20", "the season 1931–32": the year or
		// season named before its years, one DATE with the year it
		// begins, as "the 2019-20 academic year".
		c.i--
		if s.w(c.i) == wYear {
			c.i--
		}
		if s.w(c.i-1) == wThe && c.i-1 >= s.floor {
			c.i--
		}
		c.j = k + 2
		s.emit(c)
		return c.j
	}
	if c.typ == timeline.TypeDate && c.val == "" && c.c.g == gYear && !c.c.noYear && s.isPunct(k, '/') && s.tight(k) && s.tight(k+1) && k+2 < len(s.toks) {
		// "the 2025/26 tax year", "the 2024/25 season": one season or
		// year named by the year it begins, as "the 2021-22 school year".
		if tk := s.toks[k+1]; tk.kind == tkNum && tk.suf == sufNone && !tk.decimal && !tk.grouped &&
			(tk.ndig == 2 && int(tk.num) == (c.c.y+1)%100 || tk.ndig == 4 && int(tk.num) == c.c.y+1) && (s.playSeason(k+2) || s.yearKind(k+2)) {
			if s.w(c.i-1) == wThe && c.i-1 >= s.floor {
				c.i--
			}
			c.j = k + 3
			if s.yearKind(k + 2) {
				c.j++
			}
			s.emit(c)
			return c.j
		}
	}
	if s.slashYear(c) {
		// "the accounts for 1368/69": one year of account or of office
		// written with the next, one DATE with the year it begins;
		// "11 February 1731/32", "March 1688/9": a day of January to
		// March dated in both the old style (the year beginning on 25
		// March) and the new, which is the year meant.
		c.j += 2
		next, k = c.j, c.j
		if c.c.g >= gMonth && c.c.m >= 1 && c.c.m <= 3 {
			c.c.y++
		}
	}
	if c.partial && c.typ == timeline.TypeDate && c.c.g >= gMonth && s.w(k) == wIn && k+1 < len(s.toks) && s.toks[k+1].kind == tkNum && s.toks[k+1].ndig == 4 {
		// "compared with March 27 in 2016": the year after "in" is the
		// day's.
		if e, ok := s.parse(k + 1); ok && e.i == k+1 && e.typ == timeline.TypeDate && e.val == "" && e.c.g == gYear && !e.c.noYear && !e.partial {
			c.c.y, c.c.noYear, c.partial, c.anchor, c.dctRel = e.c.y, false, false, -1, false
			if c.c.d > timeline.DaysIn(c.c.y, c.c.m) {
				c.c.d = timeline.DaysIn(c.c.y, c.c.m)
			}
			s.emit(c)
			s.emit(e)
			return e.j
		}
	}
	if !c.partial && c.typ == timeline.TypeDate && c.val == "" && c.c.g == gDay && !c.c.noYear && s.w(k) == wOf && (s.w(k+1) == wThat || s.w(k+1) == wThe) {
		// "the 14th of that month", "the 3rd of the following month": the
		// day has its month from the phrase (ordDayOfMonthPhrase); the
		// phrase is that month, and the day what the story moves on from.
		if e, ok := s.parse(k + 1); ok && e.i == k+1 && e.typ == timeline.TypeDate && e.val == "" && e.c.g == gMonth && s.lx(e.j-1) != nil && s.lx(e.j-1).unit == uMonth && !s.lx(e.j-1).plural {
			e.c, e.noRef, e.partial = cal{g: gMonth, y: c.c.y, m: c.c.m}, true, false
			s.emit(c)
			s.emit(e)
			return e.j
		}
	}
	if (c.partial || c.remake != nil) && c.typ == timeline.TypeDate && (c.c.g >= gMonth || c.c.g == gSeason) && s.w(k) == wOf {
		// "on 14 June of the following year", "1 July of that year": the
		// year phrase, counted from the dates before, gives the day its
		// year; the day, not the year, is what the story moves on from.
		if e, ok := s.parse(k + 1); ok && e.i == k+1 && e.typ == timeline.TypeDate && e.val == "" && e.c.g == gYear && !e.c.noYear && !e.partial {
			return s.emitYearPhrase(c, e)
		}
	}
	if (c.partial || c.remake != nil) && c.typ == timeline.TypeDate && c.mod == "" && (c.c.g >= gMonth || c.c.g == gSeason) && (s.w(k) == wThe && (s.w(k+1) == wFollowing || s.w(k+1) == wNext || s.w(k+1) == wPrevious || s.w(k+1) == wSame) || s.w(k) == wThat) {
		// "in March the following year", "on 3 May that year": the year
		// phrase right after the month or day gives it its year, as "of
		// the following year" does.
		if e, ok := s.parse(k); ok && e.i == k && e.typ == timeline.TypeDate && e.val == "" && e.c.g == gYear && !e.c.noYear && !e.partial && s.w(e.j-1) == wYear && !s.isPunct(e.j, '\'') {
			return s.emitYearPhrase(c, e)
		}
	}
	if !conn && c.typ == timeline.TypeDate && c.val == "" && c.c.g == gDay && (s.w(k) == wAnd || s.w(k) == wOr) && k+1 < len(s.toks) {
		// "on May 13 and 14", "on 3 or 4 June": a second day of the
		// same month, when the number ends its phrase ("May 13 and 14
		// people" is a count), or an adverb or past verb follows it ("the
		// snow of Feb. 5 and 6 still holds the record").
		verb := k+2 < len(s.toks) && s.toks[k+2].kind == tkWord && !s.toks[k+2].cap &&
			(s.adverb(s.word(k+2)) || s.lx(k+2) != nil && s.lx(k+2).tense == -1 && s.lx(k+2).unit == 0)
		if tk := s.toks[k+1]; tk.kind == tkNum && tk.suf == sufNone && !tk.grouped && !tk.decimal && tk.ndig <= 2 &&
			tk.num > int64(c.c.d) && tk.num <= 31 && !s.isMonthAt(k+2) && (s.phraseEnds(k+2) || verb) && !s.isPunct(k+2, ':') {
			e := c
			e.i, e.j, e.c.d = k+1, k+2, int(tk.num)
			if !c.partial && !c.c.noYear && e.c.d > timeline.DaysIn(e.c.y, e.c.m) {
				s.emit(c)
				return next
			}
			s.emit(c)
			if n := len(s.res.Timexes); c.partial && n > 0 && s.res.Timexes[n-1].Span.End == int(s.toks[c.j-1].end) {
				// the second day is of the first one's month and year,
				// whatever its own clause's tense ("the snow of Feb. 5 and
				// 6 still holds the record", the fifth of a year named)
				v := s.res.Timexes[n-1].Value
				if y, err := strconv.Atoi(v[:min(4, len(v))]); err == nil && len(v) == 10 && v[4] == '-' && e.c.d <= timeline.DaysIn(y, e.c.m) {
					e.partial, e.c.noYear, e.c.y, e.anchor, e.dctRel = false, false, y, n-1, false
				}
			}
			s.emit(e)
			return e.j
		}
	}
	if c.typ == timeline.TypeDate && c.val == "" && c.c.g == gDecade && !c.c.noYear && c.c.y > 0 &&
		(conn || s.w(k) == wAnd || s.w(k) == wOr) {
		// "the 1960s and 70s", "the 1820s and '30s": a decade written
		// with two digits after one with four is in the same century.
		m := k + 1
		if s.isPunct(m, '\'') && s.tight(m+1) {
			m++
		}
		if m < len(s.toks) && s.toks[m].kind == tkNum && s.toks[m].ndig == 2 && s.toks[m].suf == sufS && s.toks[m].num%10 == 0 {
			ey := c.c.y/10*10 + int(s.toks[m].num)/10
			if ey <= c.c.y {
				ey += 10
			}
			s.emit(c)
			s.emit(s.date(k+1, m+1, cal{g: gDecade, y: ey}))
			return m + 1
		}
	}
	if !conn && c.typ == timeline.TypeDate && c.val == "" && (s.w(k) == wAnd || s.w(k) == wOr) &&
		(c.c.g == gSeason || c.c.g == gMonth || c.c.g == gDay) && (c.partial || c.anchor >= 0 || c.dctRel) {
		// "in June and July 1940", "the spring and summer of 1863": the
		// year that ends the pair is the first one's too.
		if e, ok := s.parse(k + 1); ok && e.i == k+1 && e.typ == timeline.TypeDate && e.val == "" && !e.partial && e.anchor < 0 && !e.dctRel &&
			!e.c.noYear && (e.c.g == c.c.g || e.c.g >= gMonth && c.c.g >= gMonth) {
			c.c.y, c.c.noYear, c.partial, c.anchor, c.dctRel = e.c.y, false, false, -1, false
			if c.c.g == gSeason && c.c.part > e.c.part || c.c.g >= gMonth && e.c.g >= gMonth && c.c.m > e.c.m {
				c.c.y-- // "December and January 1941"
			}
			if c.c.g >= gDay && c.c.d > timeline.DaysIn(c.c.y, c.c.m) {
				c.c.d = timeline.DaysIn(c.c.y, c.c.m)
			}
			s.emit(c)
			s.emit(e)
			return e.j
		}
	}
	if !conn && c.typ == timeline.TypeDate && c.val == "" && c.partial && c.anchor < 0 && c.c.g == gMonth && s.w(k) == wAnd && s.t.hasDCT && s.isMonthAt(k+1) &&
		(s.w(c.i-1) == wIn || s.w(c.i-1) == wDuring || s.w(c.i-1) == wBetween) { // (not a list: "the three months to June, March and December")
		// "sit their exams in May and June": a second month without a
		// year is the first one's (or the next year's, "December and
		// January"), not read apart by its distance from the DCT.
		if e, ok := s.parse(k + 1); ok && e.i == k+1 && e.typ == timeline.TypeDate && e.val == "" && e.partial && e.c.g == gMonth && e.c.m > 0 {
			rc := s.resolve(c)
			if !rc.c.noYear && rc.anchor < 0 {
				e.c.y, e.c.noYear, e.partial, e.dctRel = rc.c.y, false, false, true
				if e.c.m < rc.c.m {
					e.c.y++
				}
				s.emit(rc)
				s.emit(e)
				return e.j
			}
		}
	}
	rk := k + 1
	if conn && !dash && c.typ == timeline.TypeDate && s.w(rk) == wThe && rk+2 < len(s.toks) && s.lx(rk+1) != nil && s.lx(rk+1).pod > 0 && !s.lx(rk+1).plural && !s.toks[rk+1].cap && s.w(rk+2) == wOf {
		// "from May 19 to the morning of July 4, 1863": the part of the
		// day before the end's date stays outside it, as "the evening
		// of" before a start does, and the range holds.
		rk += 3
	}
	if conn {
		if e, ok := s.parseRangeEnd(c, rk, dash); ok && dash && c.val == "" && c.c.g == gYear && e.val == "" && e.c.g == gYear && e.c.y == c.c.y+1 && (s.playSeason(e.j) || s.yearKind(e.j) || s.w(e.j) == wYear && s.w(c.i-1) == wThe) {
			// "the 2022-23 season", "the 2021-22 school year", "the
			// 2024-25 year": one season, named by the year it begins in,
			// not a range of two years.
			if s.w(c.i-1) == wThe && c.i-1 >= s.floor {
				c.i--
			}
			c.j = e.j + 1
			if s.yearKind(e.j) {
				c.j++
			}
			s.emit(c)
			return c.j
		}
		if e, ok := s.parseRangeEnd(c, rk, dash); ok {
			noYear0 := e.partial // the end named without its year
			if e.partial && c.partial && c.val == "" && e.val == "" && c.c.g >= gMonth && e.c.g >= gMonth && c.c.m > e.c.m && !s.t.hasDCT {
				// "between November and March", "from 28 December to 3
				// January" with no year in narrative: the range runs on
				// from its start, which takes its year from the story
				// as a month alone would, and wraps into the next year.
				if rc := s.resolve(c); !rc.c.noYear && rc.c.y != 0 {
					e.c.y, e.c.noYear, e.partial = rc.c.y+1, false, false
				}
			}
			if e.partial && !c.partial && c.c.g >= gYear && !c.c.noYear {
				e.c.y, e.c.noYear, e.partial = c.c.y, false, false
				if e.c.m > 0 && c.c.m > 0 && e.c.m < c.c.m {
					e.c.y++
				}
			}
			ePartial := e.partial
			e = s.resolve(e)
			if ePartial && c.partial && s.t.hasDCT && c.val == "" && e.val == "" && c.c.g >= gMonth && e.c.g >= gMonth && c.c.g != gWeek && e.c.g != gWeek && c.c.m > 0 && e.c.m > 0 && !e.c.noYear {
				// A range ends after it starts: with no year at either
				// end, an end read alone as past and a start read alone
				// as ahead cannot both hold; the start, the nearer, wins
				// and the end follows it: "for travel between June 1 and
				// Sept. 15", written in late May, is this summer's,
				// though Sept. 15 alone would be last year's.
				dct := s.t.dct.y*10000 + s.t.dct.m*100 + s.t.dct.d
				if rc := s.resolve(c); !rc.c.noYear && rc.anchor < 0 && e.anchor < 0 && rc.c.y*10000+rc.c.m*100+max(rc.c.d, 1) > dct && e.c.y*10000+e.c.m*100+e.c.d < dct {
					e.c.y = rc.c.y
					if e.c.m < rc.c.m || e.c.m == rc.c.m && e.c.d < rc.c.d {
						e.c.y++
					}
					if e.c.g >= gDay && e.c.d > timeline.DaysIn(e.c.y, e.c.m) {
						e.c.d = timeline.DaysIn(e.c.y, e.c.m)
					}
				}
			}
			if c.partial && !e.c.noYear && e.c.g >= gYear {
				c.c.y, c.c.noYear, c.partial = e.c.y, false, false
				if c.c.m > 0 && e.c.m > 0 && (c.c.m > e.c.m || c.c.m == e.c.m && c.c.d > e.c.d && e.c.d > 0) {
					c.c.y--
				}
			}
			rc := s.resolve(c)
			if e.val == "" && rc.val == "" && (e.c.g == gCentury || e.c.g == gDecade) && rc.c.g > e.c.g && !rc.c.noYear && rc.c.y > 0 {
				switch s.centuryOfStart(e) {
				case 1:
					// "from the 1530s to the end of the century", "from
					// 1871 to the middle of the decade": the century or
					// decade the range runs on into is the one its start
					// is in, not one of a date named before it.
					e.c = coarsen(rc.c, e.c.g)
				case 2:
					// "from 1871 to the turn of the century": the turn
					// that ends the range is the first after its start.
					y := rc.c.y
					if rc.c.g == gDecade {
						y *= 10
					}
					e.c = cal{g: gCentury, y: y/100 + 1}
				}
			}
			if e.val == "" && rc.val == "" && e.c.g == gTime && rc.c.g == gTime && !s.namesDay(rc.i, rc.j) && s.namesDay(e.i, e.j) {
				// A clock range takes the day of its end: "from 3 a.m.
				// to 10 a.m. Thursday" is Thursday's 3 a.m.; "from 10
				// p.m. to 6 a.m. Friday" begins on Thursday.
				d := e.c.day()
				if rc.c.hh*60+rc.c.mm > e.c.hh*60+e.c.mm {
					d--
				}
				hh, mm := rc.c.hh, rc.c.mm
				rc.c = fromDay(d)
				rc.c.g, rc.c.hh, rc.c.mm = gTime, hh, mm
				rc.anchor = -1
			}
			if e.val == "" && rc.val == "" && e.c.g == gTime && rc.c.g == gTime && rc.c.noYear && s.t.hasDCT && !s.namesDay(e.i, e.j) {
				// a clock range of a recurring day: "daily from 9 a.m. to
				// 4 p.m." is any day's at both ends
				hh, mm := e.c.hh, e.c.mm
				e.c = cal{g: gTime, noYear: true, hh: hh, mm: mm}
			}
			if e.val == "" && rc.val == "" && e.c.g == gDay && rc.c.g == gDay && e.j-e.i == 1 && s.lx(e.i) != nil && s.lx(e.i).weekday > 0 {
				// A range ends after it starts: "between Wednesday and
				// Sunday" is the Sunday after that Wednesday, whatever
				// the tense says of Sunday alone.
				for n := 0; e.c.day() < rc.c.day() && n < 2; n++ {
					e.c = fromDay(e.c.day() + 7)
				}
			}
			prev := refState{s.ref, s.refCal, s.refPi, s.refTok, s.refAtt, s.dayRef, s.dayCal, s.dayPi, s.dayTok}
			// A range of days in brackets right after a range of days is
			// the same days told in another reckoning, "fought from 1 to
			// 4 June (11–14 June New Style)": the story's range stays the
			// first one, which "the second day" counts from.
			restated := s.rangeTo >= 0 && s.rangeTo == len(s.res.Timexes)-1 && s.rangeFrom.g == gDay && s.restatedDay(rc)
			from := s.emit(rc)
			fromRef := refState{s.ref, s.refCal, s.refPi, s.refTok, s.refAtt, s.dayRef, s.dayCal, s.dayPi, s.dayTok}
			var yp cand // "until September of the following year": the year phrase
			if noYear0 && e.val == "" && e.c.g >= gMonth && e.c.g != gWeek && s.w(e.j) == wOf && s.depth == 0 {
				// The year phrase after the range's end gives the end its
				// year, counted from the range's start, as "1 July of
				// that year" does a date alone: "from October 1854 until
				// September of the following year" ends in 1855.
				if y, ok := s.parse(e.j + 1); ok && y.i == e.j+1 && y.typ == timeline.TypeDate && y.val == "" && y.c.g == gYear && !y.c.noYear && !y.partial {
					e.c.y, e.c.noYear = y.c.y, false
					if e.c.g >= gDay && e.c.d > timeline.DaysIn(e.c.y, e.c.m) {
						e.c.d = timeline.DaysIn(e.c.y, e.c.m)
					}
					y.noRef = true
					yp = y
				}
			}
			if restated {
				e.noRef = true // its end too: the story stays on the first range's days
			}
			to := s.emit(e)
			if yp.j > 0 {
				s.emit(yp)
			}
			if prev.ref >= 0 && rc.c.g == gYear && e.c.g == gYear && s.parenRange(c.i, e.j) {
				// A life or a reign in brackets after a name, "Stephen
				// (r. 1135–1154) was crowned on 22 December", is an
				// aside: the story goes on in its own year after it.
				// (Days in brackets are the story's: "the siege of
				// Kessel (3 April – 19 May 1712)".)
				if s.flashEnd < 0 {
					s.saved = prev
				}
				s.flashEnd = e.j
			}
			if fromRef.ref == from && s.ref == to && rc.c.g == gYear && e.c.g == gYear && s.headingLine(c.i, e.j) {
				// A section heading naming a span of years, "The
				// southern campaigns, 1778–1781", opens the section at
				// the span's start: "the following spring" under it
				// counts from the spring of 1778.
				s.ref, s.refCal, s.refPi, s.refTok, s.refAtt = fromRef.ref, fromRef.refCal, fromRef.refPi, fromRef.refTok, fromRef.refAtt
				s.headRef = from
			}
			if restated {
				s.res.Ranges = append(s.res.Ranges, timeline.Range{From: from, To: to,
					Span: timeline.Span{Start: int(s.toks[c.i].start), End: int(s.toks[e.j-1].end)}})
				return e.j
			}
			s.rangeTo, s.rangeFrom, s.rangeEnd = to, rc.c, e.c
			if !s.t.hasDCT && !s.leadSet && s.leadParagraph(rc.i) && !rc.c.noYear && !e.c.noYear &&
				rc.c.g >= gMonth && rc.c.g != gWeek && rc.c.m > 0 && e.c.g >= gMonth && e.c.g != gWeek && e.c.m > 0 && e.c.y*12+e.c.m > rc.c.y*12+rc.c.m {
				// the span of months the article's lead gives its story
				s.leadSet, s.leadFrom, s.leadEnd = true, rc.c, e.c
			} else if !s.t.hasDCT && !s.leadSet && s.leadYearFrom == 0 && s.leadParagraph(rc.i) && !rc.c.noYear && !e.c.noYear &&
				rc.c.g == gYear && e.c.g == gYear && e.c.y > rc.c.y && e.c.y-rc.c.y <= 30 {
				// the span of years it gives ("was fought from 1921 to
				// 1926", "(1952–1960)")
				s.leadYearFrom, s.leadYearTo = rc.c.y, to
			}
			s.rangeNight = rc.i >= 2 && rc.c.g == gDay && e.c.g == gDay && !rc.c.noYear && !e.c.noYear && e.c.day() == rc.c.day()+1 &&
				s.w(rc.i-1) == wOf && s.isWordIn(rc.i-2, "night", "nights")
			if s.ref == to {
				s.rangeEnd = s.refCal
			}
			if s.rangeFrom.g == gDay && !s.rangeFrom.noYear && s.rangeEnd.g >= gDay && !s.rangeEnd.noYear && s.rangeEnd.day() > s.rangeFrom.day() {
				s.dayRanges = append(s.dayRanges, dayRange{to: to, from: s.rangeFrom, end: s.rangeEnd})
			}
			start := s.toks[c.i].start
			if w := s.w(c.i - 1); w == wFrom || w == wBetween {
				start = s.toks[c.i-1].start
			}
			s.res.Ranges = append(s.res.Ranges, timeline.Range{From: from, To: to,
				Span: timeline.Span{Start: int(start), End: int(s.toks[e.j-1].end)}})
			if yp.j > 0 {
				return yp.j
			}
			return e.j
		}
	}
	s.emit(c)
	return next
}

// winterDated returns the year of the winter c, a bare winter, when a
// date with its year in December, January or February follows it in its
// sentence, within 40 tokens: the winter that holds that date.
func (s *state) winterDated(c cand) (int, bool) {
	if c.c.g != gSeason || c.c.part != 4 || s.depth > 0 {
		return 0, false
	}
	for k, n := c.j, 0; k < len(s.toks) && n < 40; k, n = k+1, n+1 {
		if s.sentenceEnd(k) {
			return 0, false
		}
		if s.toks[k].kind != tkNum && !s.isMonthAt(k) {
			continue
		}
		s.depth++
		e, ok := s.core(k)
		s.depth--
		if !ok || e.i != k || e.typ != timeline.TypeDate || e.val != "" || e.c.noYear || e.partial || e.c.g < gMonth || e.c.g == gWeek || e.c.g == gSeason {
			continue
		}
		switch e.c.m {
		case 12:
			return e.c.y, true
		case 1, 2:
			return e.c.y - 1, true
		}
		return 0, false
	}
	return 0, false
}

// sentStart returns the first token of the sentence of token lo, looking
// back at most max tokens.
func (s *state) sentStart(lo, max int) int {
	for n := 0; lo > 0 && n < max && !s.sentenceEnd(lo-1); n++ {
		lo--
	}
	return lo
}

// sentEnd returns the token that ends the sentence of token hi (its
// sentence end, or the text's last token), looking ahead at most max
// tokens.
func (s *state) sentEnd(hi, max int) int {
	for n := 0; hi < len(s.toks)-1 && n < max && !s.sentenceEnd(hi); n++ {
		hi++
	}
	return hi
}

// headedParagraph reports whether the line of token i comes right after
// a heading line ("Background"). (headedSection reaches every paragraph
// of a section from a date in it; this, the first line of a section,
// also from a date a year before the DCT: no chronology's entry lines.)
func (s *state) headedParagraph(i int) bool {
	p := i
	for p > 0 && !s.lineBreak(p) {
		p--
	}
	return p >= 1 && s.headingLine(p-1, p)
}

// headingLine reports whether tokens [i, j) lie on a line of their own
// of at most 16 tokens with no sentence end and no full stop at its end:
// a section heading ("The southern campaigns, 1778–1781", "1777–1778:
// Saratoga", "The war at sea (1778–1783)").
func (s *state) headingLine(i, j int) bool {
	nl := func(k int) bool { // a line break before token k
		return k == 0 || k < len(s.toks) && bytes.IndexByte(s.text[s.toks[k-1].end:s.toks[k].start], '\n') >= 0
	}
	ls := i
	for ; !nl(ls); ls-- {
		if i-ls > 16 {
			return false
		}
	}
	le := j
	for ; le < len(s.toks) && !nl(le); le++ {
		if le-ls > 16 {
			return false
		}
	}
	if le-ls > 16 || le == len(s.toks) || s.isPunct(le-1, '.') {
		return false
	}
	for k := ls; k < le-1; k++ {
		if s.sentenceEnd(k) {
			return false
		}
	}
	return true
}

// emitYearPhrase emits a month or day c and the year phrase e after it
// ("1 July of that year", "in March the following year"), c taking e's
// year; the story moves on from the day, not the year. It returns where
// e ends.
func (s *state) emitYearPhrase(c, e cand) int {
	c.c.y, c.c.noYear, c.partial, c.anchor = e.c.y, false, false, e.anchor
	if c.remake != nil {
		c.c = c.remake(e.c.y) // a movable feast falls on another day
	}
	if c.c.d > timeline.DaysIn(c.c.y, c.c.m) {
		c.c.d = timeline.DaysIn(c.c.y, c.c.m)
	}
	e.noRef = true
	s.emit(c)
	s.emit(e)
	return e.j
}

// usYearClosed reports whether c ends in a year written after its
// month and day and a comma, as American style writes it ("December 16,
// 1944"), so that a comma after it closes the year's aside.
func (s *state) usYearClosed(c cand) bool {
	y := c.j - 1
	if c.j-c.i < 4 || y < 3 || c.c.noYear || s.toks[y].kind != tkNum || s.toks[y].ndig != 4 || !s.isPunct(y-1, ',') || s.toks[y-2].kind != tkNum {
		return false
	}
	m := y - 3
	if s.isPunct(m, '.') && m > c.i {
		m-- // "Dec. 16, 1944"
	}
	return s.isMonthAt(m)
}

// nextYearShort reports whether a dash and the year after y in two
// digits follow at k, tight: "–24" after 1923.
func (s *state) nextYearShort(k, y int) bool {
	return s.isPunct(k, '-') && s.tight(k) && s.tight(k+1) && k+1 < len(s.toks) && s.toks[k+1].kind == tkNum &&
		s.toks[k+1].ndig == 2 && s.toks[k+1].suf == sufNone && int(s.toks[k+1].num) == (y+1)%100
}

// playSeason reports whether the word at k names a season of play after
// its years: "the 2022-23 season", and "the 2021-22 campaign", as
// football writing calls a club's season.
func (s *state) playSeason(k int) bool {
	return s.isWordIn(k, "season", "campaign")
}

// yearKind reports whether "school year", "academic year", "fiscal
// year" or "tax year" starts at k: a year that runs across two calendar
// years.
func (s *state) yearKind(k int) bool {
	// (and the years of trade in farm goods: "the 1997-98 marketing
	// year", "the 2022-23 crop year")
	return s.isWordIn(k, "school", "academic", "fiscal", "financial", "tax", "marketing", "crop", "budget") && s.w(k+1) == wYear
}

// centuryOfStart tells whether e, the end of a range, names a century or
// decade only by "the century", "the decade" ("the end of the century",
// "the middle of the decade"), with no number of its own: 1 when it is the
// one the range's start is in, 2 for "the turn of the century", which
// looks ahead to the century that begins, 0 otherwise.
func (s *state) centuryOfStart(e cand) int {
	if e.j-2 < e.i || s.w(e.j-2) != wThe {
		return 0
	}
	l := s.lx(e.j - 1)
	if l == nil || l.plural || l.unit != uCentury && l.unit != uDecade {
		return 0
	}
	for k := e.i; k < e.j; k++ {
		if s.isWord(k, "turn") {
			if l.unit == uCentury && e.mod == "START" {
				return 2
			}
			return 0
		}
	}
	return 1
}

// parseRangeEnd parses the second half of a range starting at token k.
// Besides a full expression it accepts the short forms "1914-18" and
// "September 1-5, 2015".
func (s *state) parseRangeEnd(c cand, k int, dash bool) (cand, bool) {
	if k >= len(s.toks) {
		return cand{}, false
	}
	tk := s.toks[k]
	if _, _, era := s.eraAfter(k + 1); era && tk.kind == tkNum {
		// "(c. 1279–1213 BC)", "(305–30 BC)": the end has its era; read
		// it whole below.
	} else if tk.kind == tkNum && tk.suf == sufNone && !tk.grouped && !tk.decimal {
		switch {
		case c.c.g == gDay && c.val == "" && tk.ndig <= 2 && tk.num >= 1 && tk.num <= 31 && !s.isMonthAt(k+1) && tk.num > int64(c.c.d):
			e := cand{i: k, j: k + 1, typ: timeline.TypeDate, c: c.c, partial: c.partial, anchor: -1}
			e.c.d = int(tk.num)
			if y, j, ok := s.yearAfterComma(k + 1); ok {
				e.c.y, e.c.noYear, e.partial, e.j = y, false, false, j
			}
			if e.c.y != 0 || e.partial {
				if e.c.m > 0 && !e.partial && e.c.d > timeline.DaysIn(e.c.y, e.c.m) {
					return cand{}, false
				}
			}
			return e, true
		case c.c.g == gYear && c.val == "" && !c.c.noYear && c.c.y > 0 && c.c.y < 1000 && tk.ndig <= 3 && tk.num > int64(c.c.y) && (s.phraseEnds(k+1) || dash && s.tight(k) && (s.pastVerbAt(k+1) || s.closesYearPhrase(k+1))):
			// "between AD 250 and 900", "from 410 to 476": the end of a
			// range of early years is a year too ("in 961–966 under
			// al-Hakam").
			return cand{i: k, j: k + 1, typ: timeline.TypeDate, c: cal{g: gYear, y: int(tk.num)}, anchor: -1}, true
		case dash && c.c.g == gYear && c.val == "" && !c.c.noYear && tk.ndig == 4 && tk.num > int64(c.c.y) && tk.num < 3000:
			return cand{i: k, j: k + 1, typ: timeline.TypeDate, c: cal{g: gYear, y: int(tk.num)}, anchor: -1}, true
		case dash && c.c.g == gYear && c.val == "" && !c.c.noYear && c.c.y >= 1000 && tk.ndig == 1 && s.tight(k) && s.tight(k-1) && int(tk.num) > c.c.y%10 && (s.phraseEnds(k+1) || s.pastVerbAt(k+1)):
			// "1805-6", "the war of 1866-7": the second year shortened to
			// its last digit, in the same decade.
			return cand{i: k, j: k + 1, typ: timeline.TypeDate, c: cal{g: gYear, y: c.c.y - c.c.y%10 + int(tk.num)}, anchor: -1}, true
		case dash && c.c.g == gYear && c.val == "" && !c.c.noYear && tk.ndig == 2 && s.tight(k):
			y := c.c.y - c.c.y%100 + int(tk.num)
			if y <= c.c.y {
				return cand{}, false
			}
			return cand{i: k, j: k + 1, typ: timeline.TypeDate, c: cal{g: gYear, y: y}, anchor: -1}, true
		}
	}
	e, ok := s.parse(k)
	if !ok || e.typ != timeline.TypeDate && !(c.typ == timeline.TypeTime && e.typ == timeline.TypeTime && e.c.g == gTime) {
		return cand{}, false
	}
	return e, true
}

// phraseEnds reports whether a noun phrase ends before token k: the text
// or a clause ends, or a conjunction or preposition follows ("and 900.",
// "and 900 the cities", not "and 900 people"), or a spelled count opens
// the next one ("between 759 and 808 eight kings ruled": a number is no
// noun a count can end on).
func (s *state) phraseEnds(k int) bool {
	if k >= len(s.toks) {
		return true
	}
	tk := &s.toks[k]
	if tk.kind == tkPunct {
		c := s.text[tk.start]
		// (a straight double quote glued to the word before closes a
		// quotation, and the phrase with it: "'a new deal for a
		// generation'," he said)
		return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '"' || !s.tight(k)
	}
	switch s.w(k) {
	case wAnd, wOr, wThe, wA, wWhen, wIn, wOn, wAt, wUntil, wAfter, wBefore, wBy, wFrom, wTo:
		return true
	}
	if s.subjectPronoun(k) || s.isWordIn(k, "his", "its", "their") && !s.toks[k].cap {
		// a subject pronoun opens a clause, which no count or noun goes
		// on into ("on July 11 and 12 he forced them back"); so does a
		// possessive that opens a noun phrase of its own ("by
		// mid-afternoon his command was destroyed")
		return true
	}
	if !tk.cap && s.isWordIn(k, "while", "whereas", "although", "though", "because", "unless", "together") {
		// a conjunction opening a clause, or "together with": words no
		// count is of ("died on 28 August 430 while the city was under
		// siege", "crossed on 31 December 406 together with the Alans")
		return true
	}
	if e := s.lx(k); e != nil && e.hasNum && e.num >= 2 && e.num < 100 && e.num != 12 && !tk.cap && !(k+1 < len(s.toks) && s.isPunct(k+1, '-') && s.tight(k+1)) {
		// ("eight kings", not "one-day", "two-thirds", "dozen")
		return true
	}
	return tk.kind == tkWord && tk.cap && tk.lex() == nil
}

// yearAfterComma reads ", 2015" or " 2015" after a day.
func (s *state) yearAfterComma(k int) (int, int, bool) {
	if s.isPunct(k, ',') {
		k++
	}
	if y, next, ok := s.yearTok(k); ok {
		return y, next, true
	}
	return s.earlyYear(k) // "9 August 378"
}

// julianWeekday is the weekday (1 Monday .. 7 Sunday) of the day c read
// as a date of the Julian calendar, for a date before 1753 (0 after):
// the Julian date falls that many days after the Gregorian one of the
// same name.
func julianWeekday(c cal) int {
	if c.y >= 1753 || c.y < 1 || c.m < 1 {
		return 0
	}
	y := c.y
	if c.m <= 2 {
		y-- // the leap day of a century year comes at the end of February
	}
	return timeline.Weekday(c.day() + y/100 - y/400 - 2)
}

// isMonthDay reports whether c starts with a month or a day of the month
// ("May 2", "6 May 2023"), not a weekday or a word.
func (s *state) isMonthDay(c cand) bool {
	if s.isMonthAt(c.i) {
		return true
	}
	tk := &s.toks[c.i]
	return tk.kind == tkNum && tk.ndig <= 2 && s.isMonthAt(c.i+1)
}

// emit resolves c, appends it and returns its index.
func (s *state) emit(c cand) int {
	guessedYear := c.val == "" && c.c.noYear
	c = s.resolve(c)
	if guessedYear && c.val == "" && !c.c.noYear && !c.noRef && !s.refCal.noYear && s.refCal.g == c.c.g && (c.c.g == gQuarter || c.c.g == gMonth) && s.comparisonBase(c) {
		// The base of a comparison is a period before the one spoken of:
		// "revenue for the quarter was flat with the third quarter" in a
		// January report of the fourth quarter is last year's third.
		ord := func(x cal) int {
			if x.g == gQuarter {
				return x.y*4 + x.part
			}
			return x.y*12 + x.m
		}
		if ord(c.c) > ord(s.refCal) {
			c.c.y--
		}
	}
	if c.val == "" && c.typ == timeline.TypeDate && c.c.g == gDay && c.j-c.i == 1 && s.lx(c.i) != nil && s.lx(c.i).weekday > 0 && s.w(c.i-1) == wA && s.isPunct(c.i-2, ',') &&
		s.dayRef >= 0 && s.dayRef == len(s.res.Timexes)-1 && s.dayCal.g == gDay && !s.dayCal.noYear && int(s.toks[c.i-3].end) == s.res.Timexes[s.dayRef].Span.End &&
		(timeline.Weekday(s.dayCal.day()) == int(s.lx(c.i).weekday) || julianWeekday(s.dayCal) == int(s.lx(c.i).weekday) || !s.t.hasDCT) {
		// "extended to 31 October, a Thursday": the weekday of the day
		// just named. (Before 1753 the date may be Old Style: "crowned on
		// 15 January 1559, a Sunday" is a Sunday in the Julian calendar.
		// In a history, with no DCT to read a weekday from, the
		// apposition names that day even when the calendar disagrees:
		// "the next day, a Saturday," is the next day, whatever calendar
		// or slip the writer followed; in news a mismatch may be a year
		// guessed wrong, and the weekday is read on its own.)
		c.c, c.anchor, c.noRef = s.dayCal, s.dayRef, true
	}
	if c.val == "" && c.typ == timeline.TypeDate && c.c.g == gDay && c.remake != nil && !s.t.hasDCT && s.isPunct(c.i-1, ',') &&
		s.dayRef >= 0 && s.dayRef == len(s.res.Timexes)-1 && s.dayCal.g == gDay && !s.dayCal.noYear && int(s.toks[c.i-2].end) == s.res.Timexes[s.dayRef].Span.End {
		// A feast in apposition to the day just named is that day, as a
		// weekday is: "attacked at dawn on 15 April, Good Friday," (1715,
		// Old Style, when the Gregorian Good Friday fell on the 19th), "on
		// 25 March 1199, Palm Sunday": the history names the day by its
		// own calendar.
		c.c, c.anchor, c.noRef = s.dayCal, s.dayRef, true
	}
	if c.val == "" && c.typ == timeline.TypeDate && c.c.g == gDay && c.j-c.i == 1 && s.lx(c.i) != nil && s.lx(c.i).weekday > 0 && s.t.hasDCT && s.listedAfterDay(c.i) {
		// A weekday listed after another to come ("on Tuesday, Thursday
		// and Saturday" next week) falls after it.
		for n := 0; c.c.day() <= s.dayCal.day() && n < 2; n++ {
			c.c = fromDay(c.c.day() + 7)
		}
	}
	if c.val == "" && c.typ == timeline.TypeDate && c.c.g == gDay && s.isMonthDay(c) {
		if k := s.weekdayAbbrBefore(c.i); k >= 0 && k >= s.floor && (len(s.res.Timexes) == 0 || s.res.Timexes[len(s.res.Timexes)-1].End <= int(s.toks[k].start)) {
			c.i = k // "Tue., May 2, 2023", "Sat, 6 May": one DATE, as "Tuesday, May 2"
		}
	}
	if c.typ == timeline.TypeDate && s.w(c.i) == wComing && s.w(c.i-1) == wThis && c.i-1 >= s.floor && (len(s.res.Timexes) == 0 || s.res.Timexes[len(s.res.Timexes)-1].End <= int(s.toks[c.i-1].start)) {
		c.i-- // "this coming Sunday", "this coming weekend": one DATE with "this"
	}
	if c.typ == timeline.TypeDuration && c.i >= 2 && s.w(c.i) == wThe && s.w(c.i-1) == wOf && s.isWord(c.i-2, "each") && c.i-2 >= s.floor &&
		(len(s.res.Timexes) == 0 || s.res.Timexes[len(s.res.Timexes)-1].End <= int(s.toks[c.i-2].start)) {
		c.i -= 2 // "in each of the past three years": one DURATION with "each of", as TimeBank has it
	}
	if c.val == "" && c.typ == timeline.TypeDate && c.c.g == gDay && c.anchor >= 0 && s.keptDay(c) {
		// A day kept every year, not one year's: "have kept 6 November as
		// Gustavus Adolphus Day", "1 January has been its national
		// holiday ever since", "is still celebrated on 14 July".
		n := c.c
		n.noYear = true
		c.val, c.noRef = n.format(), true
	}
	start, end := int(s.toks[c.i].start), int(s.toks[c.j-1].end)
	val := c.val
	// (A date that ran on into the next year from one written without a
	// year has none either: "appointed on 23 December. By early January"
	// after an aside's year is XXXX-01.)
	yearless := (s.yearless || s.standIn && (c.c.y == yearlessYear || c.c.y == yearlessYear+1 && c.anchor < len(s.res.Timexes) && len(s.res.Timexes[c.anchor].Value) >= 4 && s.res.Timexes[c.anchor].Value[:4] == "XXXX")) && c.val == "" && c.anchor >= 0 && !c.c.noYear
	if yearless {
		// Counted from a date whose year the story never gave: "sailed
		// on 28 October. Three days later" is XXXX-10-31.
		n := c.c
		n.noYear = true
		val = n.format()
		if n.g == gWeek && n.wd == 0 {
			val = "XXXX-WXX" // the week's number depends on the year
		}
	}
	if val == "" {
		val = c.c.format()
	}
	if s.res.Timexes == nil {
		// One copy of the text backs every Timex.Text (one allocation
		// instead of one per expression), and news prose has about one
		// expression per 250 bytes.
		s.str = string(s.text)
		s.res.Timexes = make([]timeline.Timex, 0, len(s.text)/250+4)
	}
	s.res.Timexes = append(s.res.Timexes, timeline.Timex{
		Span: timeline.Span{Start: start, End: end}, Text: s.str[start:end],
		Type: c.typ, Value: val, Mod: c.mod, Anchor: c.anchor,
	})
	idx := len(s.res.Timexes) - 1
	if c.noRef && c.typ == timeline.TypeDate && c.c.g == gDay && !c.c.noYear && c.anchor >= 0 && c.val == "" {
		s.backDay, s.backCal, s.backTok = idx, c.c, c.i
	}
	if u, n, ok := s.storySpan(c); ok {
		s.spanRef, s.spanEnd, s.spanPi = s.ref, shift(coarsen(s.refCal, gMonth), u, n), s.toks[c.i].pi
	}
	if s.backAtDCT(c, val) {
		// "kidnapped on March 16, 1985, and had spent 2,454 days as a
		// hostage" in a report of his release: the days counted from the
		// date named reach the DCT, and the story is back on its day
		// ("freed on Monday" is the Monday before the DCT).
		s.ref, s.refTok, s.dayRef, s.dayTok = -1, -1, -1, -1
	}
	if c.countFrom.g == gDay {
		s.countFrom = c.countFrom
	}
	if c.note != "" {
		s.res.Notes = append(s.res.Notes, Note{Span: timeline.Span{Start: start, End: end}, Severity: c.noteSev, Message: c.note})
	}
	if c.val == "" && c.typ == timeline.TypeDate && c.c.g == gYear && c.j == c.i+1 && c.i > 0 && (s.isPunct(c.i-1, ']') || s.isPunct(c.i-1, ')')) &&
		len(s.res.Timexes) > 1 && s.res.Timexes[len(s.res.Timexes)-1].Anchor == -1 && s.dayRef >= 0 && s.dayCal.y == c.c.y && s.dayCal.g == gDay && s.dayRef == s.ref {
		// The year after "9 June [O.S. 30 May]" is the day's, which stays
		// the anchor.
		c.noRef = true
	}
	if c.val == "" && !c.noRef && s.restatedDay(c) {
		c.noRef = true // "stormed on 7 November 1917 (25 October O.S.). At 9.40 p.m." is 7 November's
	}
	if c.val == "" && !c.noRef && c.i >= 2 && s.w(c.i-1) == wIn && s.isWordIn(c.i-2, "as", "than") &&
		(!s.toks[c.i-2].cap || s.isWord(c.i-2, "as") && (c.i == 2 || s.sentenceEnd(c.i-3) || s.toks[c.i-2].para) && s.isPunct(c.j, ',')) {
		// ("As in 1876, the invaders were thrown back": opening its
		// sentence and set off by a comma, the comparison too.)
		// A time compared with is no time of the story: "signed in the
		// same railway carriage as in 1918. The following day" is the day
		// after the signing; "more men than in 1916" likewise.
		c.noRef = true
	}
	if c.val == "" && !c.noRef && c.typ == timeline.TypeDate && c.c.g == gYear && c.j == c.i+1 && s.comparedList(c.i) {
		// So are the years after it in a list: "more were killed in
		// the first half of 1921 than in 1919 and 1920 together. In
		// April" is 1921's April.
		c.noRef = true
	}
	if c.val == "" && !c.noRef && s.comparisonBase(c) {
		c.noRef = true // "rose 3% in January from December": January stays the period spoken of
	}
	if c.val == "" && !c.noRef && s.t.hasDCT && c.typ == timeline.TypeDate && c.i >= 2 && s.w(c.i-1) == wSince && s.superlativeBefore(c.i-2) &&
		!(s.isPunct(c.j, ',') && s.isWordIn(c.j+1, "when", "where", "which")) {
		// A record's bound in news is what the figure is measured by, no
		// time of the story: "the lowest since September 2008. It had
		// been 7.5 percent a year earlier" compares with a year before
		// the month reported, "its biggest gain since March" leaves the
		// story where it was. (Unless a clause tells of that time: "the
		// worst flood since 1936, when the river crested on March 19".)
		c.noRef = true
	}
	if c.val == "" && c.noRef && !c.flash && c.typ == timeline.TypeDate && !c.c.noYear && c.c.g >= gYear && c.c.g != gWeek && c.anchor >= 0 &&
		s.isPunct(c.j, ',') && (s.w(c.j+1) == wIn || s.w(c.j+1) == wOn) && s.monthOrDayMonthAt(c.j+2) && !s.yearAfter(c.j+3) && !s.yearAfter(c.j+4) &&
		(c.anchor != s.ref || startsBefore(c.c, s.refCal)) {
		// A look back narrowed at once by a month or day in apposition
		// dates that month or day, to the sentence's end: "A year
		// earlier, in December, Prince Albert had died" is the December
		// of the year before, and the story goes on after the sentence.
		// (A look ahead so narrowed moves the story to the day it names:
		// "Three days later, on 26 April, the fort fell. That night" is
		// 26 April's night.)
		c.noRef, c.flash = false, true
	}
	if u, n, ok := s.afterCounted(c, s.res.Timexes[idx].Value, s.res.Timexes[idx].Mod); ok {
		// "After seven months of fighting the capital fell, and in the
		// summer" moves the story as "Seven months later" does: what
		// follows counts from the month (or year) reached.
		r := shift(s.refCal, u, n)
		r.d, r.hh, r.mm, r.part, r.g = 0, 0, 0, 0, gMonth
		if u == uYear {
			r.m, r.g = 0, gYear
		}
		s.ref, s.refCal, s.refPi, s.refTok, s.refAtt = idx, r, s.toks[c.i].pi, c.i, false
		s.dayRef, s.dayTok = -1, -1
	}
	if c.val == "" && !c.noRef && c.typ == timeline.TypeDate && !c.c.noYear && c.c.g == gDay && s.reportDay(c) {
		s.repRef, s.repCal, s.repPi = idx, c.c, s.toks[c.i].pi
	}
	if c.val == "" && !c.noRef && (c.typ == timeline.TypeDate || c.typ == timeline.TypeTime) && !c.c.noYear && c.c.g >= gYear && !s.reportDay(c) && !s.figuresDay(c) {
		if c.flash || s.flashback(c) {
			s.setAside(c.j)
			for n := 0; s.flashEnd < len(s.toks)-1 && n < 80 && !s.sentenceEnd(s.flashEnd); n++ {
				s.flashEnd++
			}
			if s.isPunct(s.flashEnd, ';') && s.flashEnd+1 < len(s.toks) && !s.toks[s.flashEnd+1].para {
				// A clause after a semicolon still in the past perfect
				// goes on with the flashback: "had landed the previous
				// September; by November the king had been captured".
				e := s.flashEnd + 1
				e = s.sentEnd(e, 60)
				if s.pastPerfect(s.flashEnd+1, e) {
					s.flashEnd = e
				}
			}
			if e := s.eventNamedAgain(c); e >= 0 {
				s.flashEnd = e
			}
			if e := s.asideClose(c); e >= 0 {
				// A flashback in an aside ends with it: "The town, which
				// had been besieged in 1629, fell in mid-August" goes on
				// in the story's year within the sentence.
				s.flashEnd = e
			} else if e := s.bracketSentence(c); e >= 0 {
				s.flashEnd = e // "(The fort had been taken once before, in 1828.)"
			} else if e := s.relativeFlashEnd(c); e >= 0 && e < s.flashEnd {
				// A flashback in a relative clause on the subject ends
				// with it, where the subject's own verb in the simple
				// past takes the story back: "The commander who had held
				// the city since the previous summer was promoted, and in
				// June he was sent south" is the story's June.
				s.flashEnd = e
			}
			if e := s.andThatEnd(c); e >= 0 && e < s.flashEnd {
				// A flashback in a clause opened by "that" ends where a
				// second "that" clause joined to it begins: "It found that
				// the line had been laid in 1958, and that the storm in
				// March had broken it" is the story's March.
				s.flashEnd = e
			}
		} else if e := s.relativeLookBack(c); e >= 0 {
			// What led up to the main clause's date, told in a relative
			// clause, looks back from it: "removed the president on 11
			// April 2019, after months of protests that began in December
			// 2018. A deal was signed on 17 August" goes on from April.
			s.setAside(e)
		} else if e := s.asideClose(c); e >= 0 && (s.participleAside(c) || s.relParticipleAside(c) || s.apposRelative(s.commaBack(c.i), c)) && s.ref >= 0 && s.refCal.g >= gYear && !s.refCal.noYear && c.c.y < s.refCal.y && !s.onFromStoryDay(c) {
			// An earlier year in a participle phrase between commas is
			// background: "The works, opened in 1820, had never been
			// busier; in the first half" is the story's year's half.
			s.setAside(e)
		} else if e := s.bornAside(c); e >= 0 && !s.t.hasDCT && s.ref >= 0 && s.refCal.g >= gYear && !s.refCal.noYear && c.c.y > s.refCal.y {
			// A birth years after the story, set off by commas, tells
			// who someone is: "Garcilaso de la Vega, born in Cuzco in
			// 1539, later wrote that the city mourned. The Spaniards
			// entered Cuzco on 15 November" is the November of the story.
			s.setAside(e)
		} else if e := s.asideClose(c); e >= 0 && s.participleAside(c) && s.ref >= 0 && s.refCal.g >= gYear && s.refCal.g != gWeek && !s.refCal.noYear && c.c.y > s.refCal.y &&
			(s.isWord(e+1, "would") || s.isWordIn(e+1, "was", "were") && s.w(e+2) == wTo && s.infinitive(e+2)) && s.plainSentenceEnd(e, 40) >= 0 {
			// A later year in a participle phrase on the subject of a
			// look ahead is part of it: "His grandson, born in 1560,
			// would end the war. The sultan withdrew on 14 October" is the
			// story's October.
			s.setAside(s.plainSentenceEnd(e, 40))
			s.aheadEnd = s.flashEnd
		} else if e := s.asideClose(c); e >= 0 && !s.t.hasDCT && s.participleAside(c) && s.ref >= 0 && s.refCal.g >= gSeason && !s.refCal.noYear && c.c.g == gYear && c.c.y >= s.refCal.y+2 && s.subjectOpens(c) &&
			s.isWordIn(e+1, "remained", "remains", "stayed", "stays", "stood", "stands", "survived", "survives", "still", "lasted", "endured", "is", "are") {
			// A year well after a story told by months or days, in a
			// participle phrase on the subject of a verb of lasting or
			// of the present, tells what became of it:
			// "The Dutch barrier, confirmed in 1715, remained in place
			// until 1781. On 22 June" is the June of the story's year.
			s.setAside(e)
		} else if e := s.closingAsideEnd(c); e >= 0 && s.participleAside(c) && s.ref >= 0 && s.refCal.g >= gYear && s.refCal.g != gWeek && !s.refCal.noYear && c.c.y < s.refCal.y && !s.onFromStoryDay(c) {
			// So is one in an apposition that closes its sentence: "The
			// defence fell to Zizka, a nobleman born about 1360 who had
			// fought at Grunwald in 1410. On the 14th he held the hill"
			// is the story's month after it.
			s.setAside(e)
		} else if s.bracketIn(c.i, s.flashEnd) && s.beforeSaved(c) {
			// (A clause in brackets inside an aside is part of it: "Born
			// on February 22, 1732 (by the calendar used until 1752), he
			// was" goes on with the aside after the bracket.)
		} else if e := s.frontParticipleClose(c); e >= 0 && s.ref >= 0 && s.refCal.g >= gYear && !s.refCal.noYear && c.c.y < s.refCal.y {
			// An earlier year in a participle phrase opening its sentence
			// is background to the sentence's subject: "Born on February
			// 22, 1732 (February 11, 1731, Old Style), he was then
			// forty-three. He took command on July 3" is the July of the
			// story's year.
			s.setAside(e)
		} else if e := s.bracketSentence(c); e >= 0 && s.ref >= 0 && s.refCal.g >= gYear && !s.refCal.noYear {
			// A sentence in brackets is an aside, whatever its dates:
			// "(Williams was released the following year and died in
			// London in 1883.) In December the army went into winter
			// quarters" is the December of the story's year.
			s.setAside(e)
		} else if e := s.namedYearBack(c); e >= 0 {
			// A year in brackets after a name dates a thing of an
			// earlier time, and the story goes on after the sentence:
			// "whose victories at Blenheim (1704) and Turin (1706) lay
			// behind him, watched. On the 21st" is the story's month.
			s.setAside(e)
		} else if e := s.bracketYears(c); e >= 0 {
			// A span of years in brackets after a noun dates it (a life,
			// a reign): "Louis, whose reign (1643–1715) was the longest,
			// watched from a hill. In July he left" is the story's July.
			s.setAside(e)
		} else if e := s.bracketBack(c); e >= 0 {
			// An earlier year in a clause in brackets inside the sentence
			// is an aside: "(he was born in 1819 and would die in 1868)".
			s.setAside(e)
		} else if s.comparedOf(c) || s.comparedWith(c) || s.laterThingOf(c) {
			// An earlier year that dates a thing the story is compared
			// with is no time of the story: "a double envelopment on the
			// scale of the great German operations of 1941. From the
			// west ... by 13 August" is the story's August. Nor is a
			// later year that dates the people or thing the story's
			// event acted on: "it was studied by the Allied planners of
			// 1944, and the force advanced on 23 September" is the
			// story's September.
			if s.flashEnd < 0 {
				s.saveRef()
				s.flashEnd = c.j - 1
				if s.isPunct(c.j, '-') && c.j+1 < len(s.toks) && s.toks[c.j+1].kind == tkNum {
					// and so is the end of its range: "compared with the
					// dead of the Korean War of 1950–53"
					s.flashEnd = c.j + 1
				}
			}
		} else if e := s.clauseClose(c.j, 60); e >= 0 && s.documentOf(c) {
			// An earlier year that dates a law or a treaty the story
			// refers to is the time of its own clause ("The Treaty of
			// 1920 was signed in August" is 1920's August), no more: "The
			// parliament created by the Act of 1920 met. In June the
			// king came" is the story's June, and so is "cited the
			// Constitution of 1909, and in April the mills reopened".
			if s.flashEnd < 0 {
				s.saveRef()
				s.flashEnd = e
				if s.documentObject(c) {
					// After the story's verb, the document is what the
					// story's event acts on, and the clause's time is
					// the story's: "was back behind the frontier of 1858
					// in June", "restored the constitution of 1848 by
					// the summer" (not "signed the treaty of 1858").
					s.flashEnd = c.j - 1
				}
			}
		} else if s.thingFrom(c) && s.ref >= 0 && s.refCal.g >= gYear && !s.refCal.noYear {
			// The year a thing dates from is no time of the story: "ran a
			// photo of an earlier fire, from 1952. In September" is the
			// story's September. (Within a flashback it ends with it.)
			if s.flashEnd < 0 {
				s.saveRef()
				s.flashEnd = c.j - 1
			}
		} else if s.earlierThingYear(c) {
			// A year that names a thing of an earlier time, inside a
			// sentence of the story ("and the 1865 cable was recovered
			// and completed that September", told of 1866), is no time
			// of the story, which goes on in its own year.
			if s.flashEnd < 0 {
				s.saveRef()
				s.flashEnd = c.j - 1
			}
		} else if e := s.writerYear(c); e >= 0 {
			// The year a later writer wrote in is no time of the story,
			// which goes on after the sentence: "The historian Smith
			// wrote in 1962 that the pact was doomed. On 3 May the
			// envoy was killed" is the May of the story's year.
			s.setAside(e)
		} else if e := s.wouldAhead(c); e >= 0 {
			// The future in the past looks ahead of the story, which goes
			// on after the clause: "moved to Versailles, a decision that
			// would not be reversed until 1879. In March" is the March of
			// 1871; "The city, which would fall eleven months later, had
			// 34,000 people".
			s.setAside(e)
			s.aheadEnd = e
		} else if e := s.lookAhead(c); e >= 0 {
			s.setAside(e)
			if s.centuriesAhead(c) == e || s.stillTodayAhead(c) == e {
				// (what the sentence goes on to count from the later
				// year stays in it: "found in 2012 and reburied three
				// years later")
				s.aheadEnd = e
			}
		} else if e := s.deathAhead(c); e >= 0 {
			// A death years after the day the story is on looks ahead to
			// the end of a life, and the story goes on after the
			// sentence from that day: "The fort fell on 3 May; its
			// commander was disgraced in 1810 and died in 1820. In the
			// spring the Swedes attacked" is the spring of the fort's
			// year.
			if s.flashEnd < 0 {
				s.saved = refState{s.dayRef, s.dayCal, s.dayPi, s.dayTok, false, s.dayRef, s.dayCal, s.dayPi, s.dayTok}
			}
			s.flashEnd, s.deathEnd = e, e
		} else if e := s.forwardAside(c); e >= 0 {
			// A later year in a relative clause that ends the sentence
			// and tells of a death looks ahead of the story, which goes
			// on after it: "was flown to London, where he lived until his
			// death in October 1972. ... He flew to Muscat on 30 July" is
			// the July of the story's year.
			s.setAside(e)
			// (and a later month or season in the same clause is the
			// fate's, no end of the aside: "who was sentenced to death
			// in 1945 and died in prison that December, asked for terms
			// on 12 July")
			s.aheadEnd = e
		} else if s.flashEnd < 0 || c.i > s.flashEnd || c.c.g < gDay && !s.beforeSaved(c) && !(s.aheadEnd >= 0 && s.aheadEnd == s.flashEnd && c.i <= s.flashEnd) || c.anchor < 0 && s.simplePastClause(c) && !s.bracketIn(c.i, s.flashEnd) {
			// (A year still before the story's goes on with the flashback
			// in its sentence: "had trained in England in 1962 and served
			// in Germany in 1964." A date of its own in a clause in the
			// simple past ends the
			// flashback in its sentence: "In November 1867 the shogun had
			// handed back his powers, but on 3 January 1868 a coup
			// stripped him of his lands".)
			s.flashEnd = -1
		}
		sayDay := s.sayingDayAfterPlan(c)
		prevRef := refState{s.ref, s.refCal, s.refPi, s.refTok, s.refAtt, s.dayRef, s.dayCal, s.dayPi, s.dayTok}
		s.ref, s.refCal, s.refPi, s.refTok, s.refAtt = idx, c.c, s.toks[c.i].pi, c.i, s.attributive(c) || s.afterDCTRel(c.i) || s.w(c.i-1) == wSince || s.sinceBound(c.i) || s.aside(c) || s.eventOf(c) || s.birthDate(c) && !s.historyGoesOn(c)
		if sayDay {
			// the day of saying closing a sentence about a day ahead is
			// no day of the story: a clock time after it is the plan's
			s.ref, s.refCal, s.refPi, s.refTok, s.refAtt = prevRef.ref, prevRef.refCal, prevRef.refPi, prevRef.refTok, prevRef.refAtt
		}
		if s.t.hasDCT && abs(c.c.y-s.t.dct.y) >= storyYears {
			s.farDates++
		}
		if c.c.g == gDay && c.typ == timeline.TypeDate && s.voteDay(c) && !(s.voteRef >= 0 && (s.isWord(c.i-2, "runoff") || s.isWord(c.j, "runoff"))) {
			// (a runoff after the vote named is a second round that may
			// not be needed: polling hours are still the first round's)
			s.voteRef, s.voteCal = idx, c.c
		}
		if c.c.g == gTime && c.typ == timeline.TypeTime {
			s.clockRef, s.clockCal = idx, c.c
		}
		if !s.t.hasDCT && c.c.g == gYear && c.typ == timeline.TypeDate && s.penYear(c) {
			s.penRef, s.penCal, s.penPi = idx, c.c, s.toks[c.i].pi
		}
		if c.c.g >= gDay && s.sinceBound(c.i) {
			// "since May 2" bounds a span up to now: the day the story is
			// on stays the one named before
		} else if c.c.g >= gDay && (c.typ == timeline.TypeDate || c.typ == timeline.TypeTime) && s.personAside(c) {
			// a day in a relative clause on someone set off by commas is
			// background about them ("Rocha, who was arrested on 14
			// October 2019, has been on bail"): a clock time after it is
			// not of that day
			s.asideTok = c.i
		} else if sayDay {
			// (the day the story is on stays the plan's, above)
		} else if c.c.g == gDay && s.periodEnd(c.i) {
			// "the three months ended Sept. 30" closes a reporting
			// period: the day the story is on stays the one named before
			// ("said yesterday ... in a conference call at 10 a.m.")
		} else if c.c.g >= gDay {
			s.dayRef, s.dayCal, s.dayPi, s.dayTok = idx, c.c, s.refPi, c.i
		} else if c.day.g == gDay {
			s.dayRef, s.dayCal, s.dayPi, s.dayTok = idx, c.day, s.refPi, -1
		}
	}
	if !s.t.hasDCT && s.ref < 0 && c.val == "" && !c.noRef && c.typ == timeline.TypeDate && c.c.noYear && c.c.g == gDay && c.c.m > 0 && c.c.d > 0 {
		// A story that has not given its year ("The brig sailed on 28
		// October"): later dates count from the day in a stand-in year,
		// and are written without a year.
		s.ref, s.refCal, s.refPi, s.refTok, s.refAtt = idx, c.c, s.toks[c.i].pi, c.i, false
		s.refCal.noYear, s.refCal.y = false, yearlessYear
		s.dayRef, s.dayCal, s.dayPi, s.dayTok = idx, s.refCal, s.refPi, c.i
		s.yearless = true
	} else if s.yearless && !yearless && s.ref == idx {
		s.yearless = false // a date with its year: the story has one now
		if !c.c.noYear {
			// The days told in the stand-in year are of the year the
			// reader now infers: "On 12 November the Poles took the town.
			// The republic had been proclaimed on 19 October 1918. On the
			// 21st" is 1918's, a flashback lying before the story's day
			// and a date the story moves on to after it.
			back := s.flashEnd >= 0
			s.saved.refCal = s.standInYear(s.saved.refCal, c.c, back)
			s.saved.dayCal = s.standInYear(s.saved.dayCal, c.c, back)
			s.dayCal = s.standInYear(s.dayCal, c.c, back)
			s.left.refCal = s.standInYear(s.left.refCal, c.c, back)
			s.left.dayCal = s.standInYear(s.left.dayCal, c.c, back)
		}
	}
	if c.dctRel {
		s.relTok = c.i
	}
	if c.val == "" && c.typ == timeline.TypeTime && c.c.g == gTime && !c.c.noYear && c.c.m > 0 && c.c.d > 0 {
		s.lastTime = c.c
	}
	if c.val == "" && !c.noRef && c.typ == timeline.TypeDate && c.c.g == gQuarter && !c.c.noYear && s.t.hasDCT &&
		c.c.y*4+c.c.part < s.t.dct.y*4+(s.t.dct.m+2)/3 {
		// (only a quarter over: the one reported on, not one forecast)
		s.qRef, s.qCal = idx, c.c
	}
	if c.val == "" && !c.noRef && c.typ == timeline.TypeDate && !c.c.noYear && c.c.g >= gCentury {
		s.cref, s.crefC = idx, c.c
	}
	if s.lifeEnd < 0 && s.leadLifeEnd(c) {
		s.lifeEnd, s.lifeCal = idx, c.c
	}
	return idx
}

// leadLifeEnd reports whether c, in a narrative with no DCT, is the end
// of the life the article's first sentence gives in brackets after its
// subject's name: "Lise Meitner (7 November 1878 – 27 October 1968) was".
func (s *state) leadLifeEnd(c cand) bool {
	if s.t.hasDCT || c.typ != timeline.TypeDate || c.val != "" || c.c.noYear || c.c.g < gYear || c.c.g == gWeek || !s.isPunct(c.j, ')') || c.i < 4 {
		return false
	}
	dash := false
	for k := c.i - 1; k >= 0; k-- {
		if s.sentenceEnd(k) || s.isPunct(k, ')') {
			return false
		}
		if s.isPunct(k, '-') {
			dash = true
		}
		if s.isPunct(k, '(') {
			if !dash || k < 1 || !s.toks[k-1].cap {
				return false
			}
			for m := k - 1; m >= 0; m-- {
				if s.toks[m].kind != tkWord || !s.toks[m].cap {
					return false // only the name before the bracket
				}
				if m == 0 || s.toks[m].para {
					return s.toks[m].pi == 0 || s.toks[m].para
				}
			}
		}
	}
	return false
}

// deathUndated reports whether "died" at i tells the death of the
// article's subject ("He died of a heart attack at his home, aged 68, and
// was buried there on 17 May") with no year or count of time in its
// clause: the article gave the day in its first sentence, and the story
// is on it, also for a count after "and" ("and was buried three days
// later").
func (s *state) deathUndated(i int) bool {
	if s.lifeEnd < 0 || s.t.hasDCT || !s.isWord(i, "died") || i < 1 || !s.isWordIn(i-1, "he", "she") {
		return false
	}
	if s.ref == s.lifeEnd {
		return false
	}
	for k := i + 1; k < len(s.toks) && k < i+40; k++ {
		if s.sentenceEnd(k) || s.isWord(k, "and") {
			return true // (what the clause after "and" counts is counted from the death: "and was buried three days later")
		}
		if s.toks[k].kind == tkNum && s.toks[k].ndig >= 3 || s.isWordIn(k, "later", "earlier", "after", "before", "following", "next", "same", "year", "years", "months", "weeks", "days", "that", "then") {
			return false
		}
	}
	return false
}

// comparisonBase reports whether c, after "from", is what a change is
// measured from ("rose 3 percent in January from December", "were down 1
// percent from the third quarter") while the period that changed was
// named before it in the sentence: a "year earlier" after it compares
// with that period, not with the base.
func (s *state) comparisonBase(c cand) bool {
	if s.ref < 0 || c.typ != timeline.TypeDate || c.i < 2 {
		return false
	}
	if s.w(c.i-1) != wFrom && !(s.isWord(c.i-1, "with") && s.isWordIn(c.i-2, "compared", "flat", "unchanged", "level", "steady")) && !s.changeFromIn(c.i) {
		return false
	}
	switch s.w(c.j) {
	case wTo, wUntil, wThrough:
		return false
	}
	if s.isPunct(c.j, '-') {
		return false
	}
	change, seen := false, false
	for k, n := c.i-2, 0; k >= 0 && n < 30; k, n = k-1, n+1 {
		if s.sentenceEnd(k) {
			break
		}
		if k == s.refTok {
			seen = true
		}
		if s.isPunct(k, '%') {
			change = true
			continue
		}
		for _, v := range [...]string{"percent", "up", "down", "rose", "fell", "increased", "decreased", "climbed", "dropped", "gained", "declined", "jumped", "slipped", "higher", "lower", "grew", "shrank", "slid", "eased", "edged", "points", "rebounded", "recovered", "bounced", "rallied", "retreated", "flat", "unchanged", "compared", "steady"} {
			if s.isWord(k, v) {
				change = true
				break
			}
		}
	}
	if change && !seen && s.refTok >= 0 && s.refTok < c.i && !s.refCal.noYear && !c.c.noYear && s.refCal.g == c.c.g && (c.c.g == gMonth || c.c.g == gQuarter) &&
		(c.c.g == gMonth && c.c.y*12+c.c.m < s.refCal.y*12+s.refCal.m || c.c.g == gQuarter && c.c.y*4+c.c.part < s.refCal.y*4+s.refCal.part) {
		// The period spoken of may be named in the sentence before, and
		// the base of its change in the next: "Sales fell in January to
		// the slowest pace in a decade. They were down 0.4 percent from
		// December." (an earlier month: the base, no new anchor)
		ends := 0
		for k := s.refTok; k < c.i && ends < 2; k++ {
			if s.sentenceEnd(k) {
				ends++
			}
		}
		seen = ends == 1
	}
	return change && seen
}

// onlyWordsBetween reports whether the tokens after i and before k are
// all words or figures, no punctuation: one clause.
func (s *state) onlyWordsBetween(i, k int) bool {
	for j := i + 1; j < k && j < len(s.toks); j++ {
		if s.toks[j].kind == tkPunct {
			return false
		}
	}
	return k < len(s.toks)
}

// commaBetween reports whether a comma stands after i and before k.
func (s *state) commaBetween(i, k int) bool {
	for j := i + 1; j < k && j < len(s.toks); j++ {
		if s.isPunct(j, ',') {
			return true
		}
	}
	return false
}

// changeFromIn reports whether the date at i, after "in", dates a change
// that is the base of another: "slowing from an 11.6 percent gain in
// October", "down from a 3 percent rise in June" ("from", then a noun of
// change before "in", within eight tokens): the period spoken of stays
// the anchor.
func (s *state) changeFromIn(i int) bool {
	if i < 3 || s.w(i-1) != wIn {
		return false
	}
	noun := false
	for j := i - 2; j >= 1 && j >= i-9; j-- {
		if s.toks[j].kind == tkPunct && !s.isPunct(j, '%') && !s.isPunct(j, '-') && !(s.isPunct(j, '.') && s.toks[j-1].kind == tkNum) {
			return false
		}
		if s.isWordIn(j, "gain", "gains", "rise", "increase", "drop", "fall", "decline", "growth", "jump", "surge", "slump", "contraction", "expansion", "climb") {
			noun = true
		}
		if s.w(j) == wFrom {
			return noun
		}
	}
	return false
}

// listedAfterDay reports whether the weekday at i follows, in a list
// ("Tuesday, Thursday and Saturday"), a weekday just found that lies
// after the DCT.
func (s *state) listedAfterDay(i int) bool {
	n := len(s.res.Timexes)
	if n == 0 || s.dayRef != n-1 || s.dayTok < 0 || s.dayCal.g != gDay || s.dayCal.noYear || s.dayCal.day() <= s.t.dct.day() {
		return false
	}
	if e := s.lx(s.dayTok); e == nil || e.weekday == 0 {
		return false
	}
	k := i - 1
	if s.w(k) == wAnd || s.w(k) == wOr {
		k--
	}
	if s.isPunct(k, ',') {
		k--
	}
	return k == s.dayTok
}

// asideClose returns the comma or closing bracket that ends an aside
// holding c ("The town, which had been besieged in 1629, fell",
// "the bridge (it had been begun in 1912) opened"), -1 when c is in
// none: an opening comma before a relative pronoun, a participle or a
// short phrase ending in "since", or an opening bracket, before it and the closing one after it, each within
// 12 tokens and in its sentence.
func (s *state) asideClose(c cand) int {
	var open byte
	opened := -1
	// (A relative clause may run long before its date: ", who had been
	// appointed in 1919 and would rule until his own death in May 1944,
	// received him".)
	for k, n := c.i-1, 0; k >= 0 && n < 20; k, n = k-1, n+1 {
		if s.sentenceEnd(k) {
			return -1
		}
		if s.isPunct(k, '(') {
			open = '('
			break
		}
		if s.isPunct(k, ',') {
			if !s.relativeStart(k+1) && !(s.w(c.i-1) == wSince && c.i-k <= 5) && !s.apposRelative(k+1, c) {
				// (a short phrase ending in "since" is one too: ", in
				// force since 27 March 2020,", ", in office since 2019,")
				return -1
			}
			open, opened = ',', k
			break
		}
	}
	if open == 0 {
		return -1
	}
	// (A bracket may hold clauses parted by a semicolon and reach
	// further: "(born 1793; he would himself be regent of Spain from
	// 1840 to 1843)" is one aside.)
	limit := 12
	if open == '(' {
		limit = 24
	}
	for k, n := c.j, 0; k < len(s.toks) && n < limit; k, n = k+1, n+1 {
		if open == ',' && s.isPunct(k, ',') || open == '(' && s.isPunct(k, ')') {
			if open == ',' && s.predicateAfterAside(c.i, k) {
				return -1
			}
			if open == ',' && opened >= 0 && s.participle(opened+1) && s.clauseJoinedAt(k) {
				// A verb in -ed after a name in apposition whose phrase
				// is closed by "but" and a new clause is the sentence's
				// own verb, not a participle aside: "Its leader, Alexander
				// Ypsilantis, crossed the Prut on 6 March 1821, but his
				// army was destroyed in June" tells the story.
				return -1
			}
			return k
		}
		if s.sentenceEnd(k) && !(open == '(' && s.isPunct(k, ';')) || open == ',' && (s.isPunct(k, '(') || s.isPunct(k, ')')) || open == '(' && s.isPunct(k, '(') {
			return -1
		}
	}
	return -1
}

// closingAsideEnd returns the end of the sentence when c stands in a
// phrase opened by a comma and a noun in apposition with its participle
// ("a nobleman born", "a port founded") or "born" that runs to the end of its sentence with no other comma,
// bracket or semicolon: ", a nobleman born about 1360 who had fought at
// Grunwald in 1410." It returns -1 otherwise.
func (s *state) closingAsideEnd(c cand) int {
	open := false
	for k, n := c.i-1, 0; k >= 0 && n < 12; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.toks[k].kind == tkPunct && !s.isPunct(k, ',') && !s.isPunct(k, '\'') {
			return -1
		}
		if s.isPunct(k, ',') {
			// (a noun in apposition with its participle, or "born": a
			// bare participle after a comma may be the predicate after
			// an aside on the subject, "Its ruler, Musa (r. 1312-37),
			// set out in 1324.")
			open = k+1 < c.i && (s.apposParticiple(k+1) >= 0 || s.isWord(k+1, "born") || s.participle(k+1) && s.verbBeforeComma(k))
			break
		}
	}
	if !open {
		return -1
	}
	for k, n := c.j, 0; k < len(s.toks) && n < 40; k, n = k+1, n+1 {
		if s.sentenceEnd(k) {
			if s.isPunct(k, '.') {
				return k
			}
			return -1
		}
		if s.toks[k].kind == tkPunct && !s.isPunct(k, '\'') {
			return -1
		}
	}
	return -1
}

// verbBeforeComma reports whether the clause right before the comma at k
// (from the comma before it or its sentence's start, no relative clause)
// has a verb in the past: a participle after the comma then tells of the noun before it
// ("hoped to win back Scania, lost at Roskilde in 1658"), not the
// subject's predicate after an aside ("Its ruler, Musa, set out").
func (s *state) verbBeforeComma(k int) bool {
	lo := k
	for n := 0; lo > 0 && n < 30 && !s.sentenceEnd(lo-1) && !s.isPunct(lo-1, ','); n++ {
		if s.toks[lo-1].kind == tkPunct {
			return false
		}
		lo--
	}
	if s.isWordIn(lo, "who", "which", "that", "whose", "whom", "where", "when") {
		return false // (the comma closes a relative clause: "The earl, who had fought in France, landed")
	}
	return lo < k && s.pastFormBefore(lo, k)
}

// clauseJoinedAt reports whether the comma at k is followed by "but" or
// "yet" and the subject of a new clause (a pronoun or a determiner):
// ", but his army was destroyed", ", yet the town held".
func (s *state) clauseJoinedAt(k int) bool {
	return s.isPunct(k, ',') && s.isWordIn(k+1, "but", "yet") &&
		s.isWordIn(k+2, "his", "her", "its", "their", "the", "he", "she", "it", "they", "this", "these", "most", "many")
}

// predicateAfterAside reports whether the words between the comma before
// token i and the comma at e are the predicate of the sentence's subject,
// not an aside: the comma before them closes an aside opened right after
// the subject ("Hong, born in 1814 near Guangzhou, failed the examination
// in 1837 and fell ill, ..."), their first word is a verb in -ed, and no
// verb follows the comma at e, as one would if they were an aside stacked
// on the first ("The mill, opened in 1820, enlarged in 1850, was sold").
func (s *state) predicateAfterAside(i, e int) bool {
	k := -1
	for m, n := i-1, 0; m > 0 && n < 12; m, n = m-1, n+1 {
		if s.sentenceEnd(m) {
			return false
		}
		if s.isPunct(m, ',') {
			k = m
			break
		}
	}
	if k < 0 || !s.pastForm(k+1) {
		return false
	}
	k2 := -1
	for m, n := k-1, 0; m > 0 && n < 16; m, n = m-1, n+1 {
		if s.sentenceEnd(m) || s.toks[m].kind == tkPunct && !s.isPunct(m, ',') {
			return false
		}
		if s.isPunct(m, ',') {
			k2 = m
			break
		}
	}
	if k2 < 1 || !s.relativeStart(k2+1) {
		return false
	}
	// The subject: from the sentence's start to the aside, no comma.
	for m, n := k2-1, 0; ; m, n = m-1, n+1 {
		if m < 0 || s.sentenceEnd(m) {
			break
		}
		if n >= 6 || s.toks[m].kind == tkPunct {
			return false
		}
	}
	if e+1 >= len(s.toks) {
		return false
	}
	if x := s.lx(e + 1); x != nil && x.tense != 0 {
		return false
	}
	return !s.pastVerbAt(e+1) && !s.isWordIn(e+1, "is", "are", "has", "have", "became", "remained", "went", "came", "fell", "stood", "lay")
}

// bracketIn reports whether token i is inside brackets that close
// before token end, in i's sentence.
func (s *state) bracketIn(i, end int) bool {
	if end <= i {
		return false
	}
	open := false
	for m, n := i-1, 0; m >= 0 && n < 24; m, n = m-1, n+1 {
		if s.sentenceEnd(m) || s.isPunct(m, ')') {
			return false
		}
		if s.isPunct(m, '(') {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for m := i; m < end && m < len(s.toks); m++ {
		if s.isPunct(m, ')') {
			return true
		}
		if s.sentenceEnd(m) {
			return false
		}
	}
	return false
}

// frontParticipleClose returns the comma that closes a participle phrase
// opening its sentence and holding c ("Born on 4 July 1804 in Salem,
// he ...", "Founded in 1820 (as a fulling mill), the works ..."), brackets
// inside it skipped; -1 when c is in none.
func (s *state) frontParticipleClose(c cand) int {
	k := -1
	for m, n := c.i-1, 0; m >= 0 && n < 6; m, n = m-1, n+1 {
		if s.toks[m].kind != tkWord {
			return -1
		}
		if m == 0 || s.sentenceEnd(m-1) {
			k = m
			break
		}
	}
	if k < 0 || !s.toks[k].cap {
		return -1
	}
	w := s.word(k)
	if n := len(w); !(n > 4 && w[n-2] == 'e' && w[n-1] == 'd') && !lowerEq(w, "born") && !lowerEq(w, "built") && !lowerEq(w, "begun") && !lowerEq(w, "written") {
		return -1
	}
	depth := 0
	for m, n := c.j, 0; m < len(s.toks) && n < 40; m, n = m+1, n+1 {
		switch {
		case s.isPunct(m, '('):
			depth++
		case s.isPunct(m, ')'):
			depth--
		case depth == 0 && s.isPunct(m, ','):
			return m
		case depth == 0 && s.sentenceEnd(m):
			return -1
		}
	}
	return -1
}

// participleAside reports whether c is in a participle phrase opened by
// a comma or a bracket ("The works, opened in 1820, ..."; "first built in
// 1610"; "(born 18 November 1940)"), not
// a relative clause, which may carry the story on ("Li Yuan, who took
// the throne in June 618,").
func (s *state) participleAside(c cand) bool {
	for k, n := c.i-1, 0; k >= 0 && n < 12; k, n = k-1, n+1 {
		if s.isPunct(k, ',') || s.isPunct(k, '(') {
			if s.closesSubjectAside(k) && !s.stackedAside(c) {
				// The comma closes a participle phrase on the subject, and
				// the word after it is the subject's verb: "Te Kooti,
				// exiled without trial, escaped in July 1868" tells the
				// story.
				return false
			}
			// (a bracket too: "Qaboos (born 18 November 1940) had been
			// educated in England")
			return s.participle(k+1) || (s.isWord(k+1, "first") || s.isWord(k+1, "once") || s.isWord(k+1, "originally")) && s.participle(k+2) ||
				k+1 < c.i && s.apposParticiple(k+1) >= 0
		}
		if s.sentenceEnd(k) || s.toks[k].kind == tkPunct {
			return false
		}
	}
	return false
}

// closesSubjectAside reports whether the comma at k closes a participle
// phrase set off by commas after the subject at the start of its
// sentence: "Te Kooti, exiled without trial to the islands," or "The
// governor, appointed by the king," (a subject of at most four words).
func (s *state) closesSubjectAside(k int) bool {
	if !s.isPunct(k, ',') {
		return false
	}
	for p, n := k-1, 0; p >= 1 && n < 16; p, n = p-1, n+1 {
		if s.sentenceEnd(p) || s.toks[p].kind == tkPunct && !s.isPunct(p, ',') {
			return false
		}
		if !s.isPunct(p, ',') {
			continue
		}
		if p+1 >= k || !s.participle(p+1) {
			return false
		}
		// the subject before the opening comma starts its sentence
		for q, m := p-1, 0; m < 4; q, m = q-1, m+1 {
			if q < 0 || s.sentenceEnd(q) {
				return m > 0
			}
			if s.toks[q].kind != tkWord || s.pastForm(q) && !s.toks[q].cap {
				return false
			}
		}
		return false
	}
	return false
}

// subjectOpens reports whether the phrase of c set off by a comma follows
// the subject at the start of its sentence, at most five words with no
// verb: "The Dutch barrier, confirmed in 1715,".
func (s *state) subjectOpens(c cand) bool {
	k := c.i - 1
	for n := 0; k >= 0 && n < 10 && !s.isPunct(k, ','); n, k = n+1, k-1 {
		if s.sentenceEnd(k) {
			return false
		}
	}
	if k < 1 || !s.isPunct(k, ',') {
		return false
	}
	for q, m := k-1, 0; m < 6; q, m = q-1, m+1 {
		if q < 0 || s.sentenceEnd(q) {
			return m > 0
		}
		if s.toks[q].kind != tkWord && !s.isPunct(q, '\'') || s.pastForm(q) && !s.toks[q].cap || s.toks[q].lex() != nil && s.w(q) != wThe {
			return false
		}
	}
	return false
}

// stackedAside reports whether the phrase of c is one more aside on the
// subject, whose verb comes after the comma that closes it: "The
// building, opened in 1820, enlarged in 1850, was then empty".
func (s *state) stackedAside(c cand) bool {
	for k, n := c.j, 0; k+1 < len(s.toks) && n < 12; k, n = k+1, n+1 {
		if s.sentenceEnd(k) || s.toks[k].kind == tkPunct && !s.isPunct(k, ',') {
			return false
		}
		if s.isPunct(k, ',') {
			return s.isWordIn(k+1, "was", "were", "is", "are", "had", "has", "have", "remained", "stood", "became", "lay")
		}
	}
	return false
}

// bornAside returns the comma that closes a phrase "born ... YEAR" set
// off by commas around c (", born in Cuzco in 1539,"), -1 otherwise.
func (s *state) bornAside(c cand) int {
	k := c.i - 1
	for n := 0; k >= 0 && n < 8 && !s.isPunct(k, ','); n, k = n+1, k-1 {
		if s.toks[k].kind == tkPunct || s.sentenceEnd(k) {
			return -1
		}
	}
	if k < 0 || !s.isPunct(k, ',') || !s.isWord(k+1, "born") {
		return -1
	}
	for e, n := c.j, 0; e < len(s.toks) && n < 8; e, n = e+1, n+1 {
		if s.isPunct(e, ',') {
			return e
		}
		if s.toks[e].kind == tkPunct || s.sentenceEnd(e) {
			return -1
		}
	}
	return -1
}

// commaBack returns the token after the nearest comma before i in its
// sentence (within 12 tokens), or -1.
func (s *state) commaBack(i int) int {
	for k, n := i-1, 0; k >= 0 && n < 12; k, n = k-1, n+1 {
		if s.sentenceEnd(k) {
			return -1
		}
		if s.isPunct(k, ',') {
			return k + 1
		}
	}
	return -1
}

// apposRelative reports whether the words from k up to the date c are an
// appositive noun phrase whose relative clause dates an event in the
// passive or with a participle: ", a veteran of the Revolution who had
// been born in 1753,", ", a port which was founded in 1624,". The date is
// then the relative clause's, an aside.
func (s *state) apposRelative(k int, c cand) bool {
	if c.i < k+5 || !s.isWordIn(k, "a", "an", "the") {
		return false
	}
	near := (s.w(c.i-1) == wIn || s.w(c.i-1) == wOn) && s.participle(c.i-2) && s.isWordIn(c.i-3, "was", "were", "been")
	for m := k + 1; m < c.i-2; m++ {
		if s.toks[m].kind == tkPunct && !s.isPunct(m, '\'') {
			// (an apostrophe stays inside the phrase: "the king's
			// envoy", "the d'Artagnan of the novels")
			return false
		}
		if s.isWord(m, "would") && m > k+2 && c.i-m <= 6 && s.contactSubject(k, m, true) {
			// A relative clause with no pronoun that looks ahead with
			// "would" ("the d'Artagnan of the novels Dumas would publish
			// in 1844,") is an aside, as one opened by "who" is.
			return true
		}
		if s.w(m) == wHad && (s.participle(m+1) || s.isWord(m+1, "been") && s.participle(m+2)) && m > k+2 && c.i-m <= 8 && s.contactSubject(k, m, false) {
			// So is one in the past perfect: ", a town the Swedes had
			// taken in 1658,".
			return true
		}
		if s.isWordIn(m, "who", "which") {
			if m == k+1 {
				return false
			}
			// (a relative clause in the past perfect may put its object
			// or a phrase before its date: ", a lawyer who had been
			// sentenced to death after the revolution of 1905,")
			return near || s.w(m+1) == wHad && (s.participle(m+2) || s.isWord(m+2, "been") && s.participle(m+3)) && c.i-m <= 12
		}
	}
	return false
}

// contactSubject reports whether the noun phrase opened by the article at
// k has, before the verb at m, a subject of its own right after a noun:
// a determiner or a pronoun ("a town the Swedes had taken", "the ballads
// a poet would write", "the memoirs his son would print") or, when names
// is set, a name ("the novels Dumas would publish"), so that the words
// before m are a relative clause with no pronoun, not the sentence's own
// subject and verb ("the army had crossed", "the commander of the army
// had crossed", "the infante Don Carlos had entered").
func (s *state) contactSubject(k, m int, names bool) bool {
	for j := k + 2; j < m && j < len(s.toks); j++ {
		if s.toks[j].kind != tkWord || s.toks[j-1].kind != tkWord || s.toks[j-1].cap || s.isWordIn(j-1, "of", "in", "on", "at", "by", "for", "from", "with", "to", "into", "and", "or", "a", "an", "the") {
			continue
		}
		if names && s.toks[j].cap || s.isWordIn(j, "the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "we", "you") {
			return true
		}
	}
	return false
}

// relParticipleAside reports whether c dates the event of a relative
// clause in the passive set off by a comma: ", who was born in 1753,",
// ", which was founded in 1624,".
func (s *state) relParticipleAside(c cand) bool {
	if c.i < 5 || !(s.w(c.i-1) == wIn || s.w(c.i-1) == wOn) || !s.participle(c.i-2) || !s.isWordIn(c.i-3, "was", "were", "been") {
		return false
	}
	m := c.i - 4
	if s.isWord(m, "had") {
		m--
	}
	return m >= 1 && s.isWordIn(m, "who", "which") && s.isPunct(m-1, ',')
}

// relativeStart reports whether the word at k opens a relative clause or
// a participle phrase after a comma: "which", "who", "whose", a past
// participle ("founded", "begun", "first built"), so that ", which had
// been besieged in 1629," is an aside but ", in the spring of 1918," or
// ", he rebelled in 1105," is not.
func (s *state) relativeStart(k int) bool {
	for _, w := range [...]string{"which", "who", "whose", "whom", "first", "once", "originally", "itself"} {
		if s.isWord(k, w) {
			if w == "first" || w == "once" || w == "originally" || w == "itself" {
				return s.participle(k + 1)
			}
			return true
		}
	}
	return s.participle(k) || s.apposParticiple(k) >= 0
}

// apposParticiple returns the index of the past participle that ends the
// head of a noun phrase in apposition opened by an indefinite article ("a
// road opened in 1941", "an ice road opened on 22 November 1941", "a
// bridge first built in 1610"), -1 when the words at k are none: the
// article, up to three lower-case words (the first may be a capitalized
// proper adjective: "a Liberty ship built in 1942"), then the participle,
// or "first", "once", "originally" and the participle.
func (s *state) apposParticiple(k int) int {
	if !s.isWord(k, "a") && !s.isWord(k, "an") || k >= len(s.toks) || s.toks[k].cap {
		return -1
	}
	for m := k + 1; m <= k+4 && m < len(s.toks); m++ {
		if m > k+1 && (s.isWord(m, "first") || s.isWord(m, "once") || s.isWord(m, "originally")) && s.participle(m+1) {
			return m + 1
		}
		if m > k+1 && s.toks[m].kind == tkWord && s.toks[m].cap {
			// a name as the subject of a clause on the head noun, "a
			// scandal Emily Hobhouse exposed in 1901"
			p := m
			for p < m+3 && p+1 < len(s.toks) && s.toks[p+1].kind == tkWord && s.toks[p+1].cap {
				p++
			}
			if s.participle(p + 1) {
				return p + 1
			}
			return -1
		}
		if m == k+1 && m+1 < len(s.toks) && s.toks[m].kind == tkWord && s.toks[m].cap && s.lx(m) == nil && s.toks[m+1].kind == tkWord && !s.toks[m+1].cap && !s.participle(m+1) {
			// a proper adjective or a name before the head noun, "a
			// Liberty ship built in 1942", "a French liner launched in
			// 1932"
			continue
		}
		if m > k+1 && s.participle(m) && (s.lx(m) == nil || s.lx(m).tense == -1) {
			// (an irregular participle that is a past form too, "a
			// cargo ship built in 1942", "a farm sold in 1910")
			return m
		}
		if s.toks[m].kind != tkWord || s.toks[m].cap || s.lx(m) != nil {
			return -1
		}
	}
	return -1
}

// participle reports whether the word at k is a lower-case past
// participle: a regular one in -ed, or a common irregular one.
func (s *state) participle(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tkWord || s.toks[k].cap {
		return false
	}
	w := s.word(k)
	if n := len(w); n > 4 && w[n-2] == 'e' && w[n-1] == 'd' {
		return true
	}
	for _, p := range [...]string{"built", "rebuilt", "begun", "born", "made", "written", "known", "held", "taken", "given", "laid", "set", "won", "lost", "sold", "seen", "shown", "torn", "become", "brought", "bought", "fought", "drawn", "struck", "sent", "spent", "left", "led", "kept", "found",
		"bound", "driven", "chosen", "broken", "beaten", "thrown", "overthrown", "grown", "spoken", "sworn", "hidden", "frozen", "stolen", "forbidden", "undertaken", "shaken", "withdrawn", "overrun", "sunk", "dug"} {
		if string(w) == p {
			return true
		}
	}
	return false
}

// beforeSaved reports whether, in a flashback, the year c names is still
// before the year of the story the flashback left.
func (s *state) beforeSaved(c cand) bool {
	return s.flashEnd >= 0 && s.saved.ref >= 0 && s.saved.refCal.g >= gYear && s.saved.refCal.g != gWeek && !s.saved.refCal.noYear && !c.c.noYear && c.c.y < s.saved.refCal.y
}

// pastPerfectClause reports whether tokens [i, j) lie in a clause in the
// past perfect: "had" and a lower-case word between the clause's start
// (the sentence's, or a comma's or semicolon's) and its end.
func (s *state) pastPerfectClause(i, j int) bool {
	lo := i
	for n := 0; lo > 0 && n < 20 && !s.sentenceEnd(lo-1) && !s.isPunct(lo-1, ','); n++ {
		lo--
	}
	hi := j
	for n := 0; hi < len(s.toks)-1 && n < 20 && !s.sentenceEnd(hi) && !s.isPunct(hi, ','); n++ {
		hi++
	}
	return s.pastPerfect(lo, hi)
}

// simplePastClause reports whether c lies in a clause of its own, after
// a comma, a semicolon, "but" or "and", whose verb is in the simple past,
// not the past perfect.
func (s *state) simplePastClause(c cand) bool {
	lo := -1
	for k, n := c.i-1, 0; k > 0 && n < 8; k, n = k-1, n+1 {
		if s.sentenceEnd(k) {
			return false
		}
		if s.isPunct(k, ',') || s.isWordIn(k, "but", "and") {
			lo = k + 1
			break
		}
	}
	if lo < 0 || s.isWordIn(lo-1, "and", "but") && s.participle(lo) {
		// (a verb right after "and" shares the auxiliary before it: "had
		// trained in England in 1962 and served in Germany in 1964")
		return false
	}
	hi := c.j
	for n := 0; hi < len(s.toks)-1 && n < 10 && !s.sentenceEnd(hi) && !s.isPunct(hi, ','); n++ {
		hi++
	}
	if s.pastPerfect(lo, hi) {
		return false
	}
	return s.pastFormBefore(lo, c.i) || s.pastFormBefore(c.j, hi)
}

// bracketSentence returns the closing bracket when c lies in a sentence
// written in brackets, "(He died in London in 1883.)", -1 otherwise.
func (s *state) bracketSentence(c cand) int {
	open := -1
	for k, n := c.i-1, 0; k >= 0 && n < 40; k, n = k-1, n+1 {
		if s.isPunct(k, ')') {
			return -1
		}
		if s.isPunct(k, '(') {
			open = k
			break
		}
		if s.sentenceEnd(k) {
			return -1
		}
	}
	if open < 0 || !(open == 0 || s.sentenceEnd(open-1) || s.toks[open].para) {
		return -1
	}
	for k, n := c.j, 0; k < len(s.toks) && n < 40; k, n = k+1, n+1 {
		if s.isPunct(k, '(') {
			return -1
		}
		if s.isPunct(k, ')') {
			return k
		}
		if k+1 < len(s.toks) && s.sentenceEnd(k) && !s.isPunct(k+1, ')') {
			return -1 // a sentence of its own ends inside the brackets: no aside of one sentence
		}
	}
	return -1
}

// clauseClose returns the last token of the clause going on at from: the
// sentence's end, or the token before a semicolon or before a comma with
// "and" or "but" after it, within limit tokens; -1 when none comes.
func (s *state) clauseClose(from, limit int) int {
	for k, n := from, 0; k < len(s.toks) && n < limit; k, n = k+1, n+1 {
		if s.sentenceEnd(k) {
			return k
		}
		if s.isPunct(k, ';') || s.isPunct(k, ',') && s.isWordIn(k+1, "and", "but") {
			return k - 1
		}
		if s.isWordIn(k, "and", "but") && s.isWordIn(k+1, "in", "on", "by") {
			// "rejected the Line of 1914 and in October it attacked": a
			// clause of its own opened by its time
			return k - 1
		}
	}
	return -1
}

// documentOf reports whether c, in a narrative, is a year before the
// story's that dates a law, a treaty, a charter or a line drawn, named
// with "the ... of" ("the Act of 1920", "the Anglo-Ethiopian treaty of
// 1897", "the constitution of 1917", "the McMahon Line of 1914", "the
// borders of 1967"): the year names the document the story refers
// to, not a time it moves back to ("The parliament created by the Act of
// 1920 met. In June the king came" is the story's June).
func (s *state) documentOf(c cand) bool {
	if s.t.hasDCT || c.typ != timeline.TypeDate || c.c.g != gYear || c.c.noYear || c.j != c.i+1 || c.i < 3 ||
		s.ref < 0 || s.refCal.g < gYear || s.refCal.g == gWeek || s.refCal.noYear || c.c.y >= s.refCal.y {
		return false
	}
	p := c.i
	if s.isPunct(p-1, '-') && p >= 5 && s.toks[p-2].kind == tkNum {
		p -= 2 // the second year of a range: "the Korean War of 1950–53"
	}
	if s.w(p-1) != wOf {
		return false
	}
	if s.toks[p-2].cap && s.isWordIn(p-2, "war", "wars", "revolution", "rising", "uprising", "rebellion", "revolt", "insurrection", "mutiny", "crisis", "campaign", "emergency", "conflict") {
		// A war or a rising named with its year, before the story's:
		// "a fraction of the toll of the Korean War of 1950–53. In
		// December" is the story's December.
	} else if !s.isWordIn(p-2, "act", "acts", "treaty", "treaties", "convention", "constitution", "agreement", "accord", "accords", "declaration", "charter", "statute", "concordat", "protocol", "pact", "compact", "ordinance", "edict", "decree", "settlement",
		"line", "lines", "boundary", "boundaries", "border", "borders", "frontier", "frontiers", "partition", "award") {
		return false
	}
	for k, n := p-3, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		if s.w(k) == wThe {
			return true
		}
		if s.toks[k].kind != tkWord {
			return false
		}
	}
	return false
}

// documentObject reports whether the phrase "the ... of YEAR" of c (a
// document or a line, see documentOf) comes after a verb in the past of
// its own clause, as its object or the object of a preposition ("crossed
// the line of 1858", "was back behind the frontier of 1858", "restored
// the constitution of 1848"), where that verb does not make the document
// ("signed", "drew", "ratified"...): the story acts on the document.
func (s *state) documentObject(c cand) bool {
	k := c.i - 2
	for n := 0; k >= 0 && n < 4 && s.w(k) != wThe; n, k = n+1, k-1 {
	}
	if k < 1 || s.w(k) != wThe {
		return false
	}
	found := false
	for q, n := k-1, 0; q >= 0 && n < 12; q, n = q-1, n+1 {
		if s.sentenceEnd(q) || s.isPunct(q, ';') || s.isPunct(q, ',') || s.isPunct(q, '(') {
			break
		}
		if s.toks[q].kind != tkWord || s.toks[q].cap {
			continue
		}
		if s.isWordIn(q, "signed", "drew", "drawn", "concluded", "negotiated", "ratified", "agreed", "passed", "enacted", "adopted", "drafted",
			"fixed", "issued", "proclaimed", "promulgated", "granted", "wrote", "written", "made", "framed", "imposed", "dictated", "who", "which", "that") {
			return false
		}
		if s.lexPast(q) || s.pastForm(q) {
			found = true
		}
	}
	return found
}

// comparedList reports whether the year at token i goes on a list of
// years after "than in" or "as in" ("than in 1919 and 1920", "than in
// 1916, 1917 or 1918"): each is compared with, as the first is.
func (s *state) comparedList(i int) bool {
	if i < 4 || !(s.isWordIn(i-1, "and", "or") || s.isPunct(i-1, ',')) {
		return false
	}
	for k, n := i-1, 0; k >= 2 && n < 10; k, n = k-1, n+1 {
		switch {
		case s.isWordIn(k, "and", "or") || s.isPunct(k, ','):
		case s.toks[k].kind == tkNum:
		case s.w(k) == wIn:
			return s.isWordIn(k-1, "as", "than") && !s.toks[k-1].cap && s.toks[k+1].kind == tkNum
		default:
			return false
		}
	}
	return false
}

// comparedOf reports whether c, in a narrative, is a year before the
// story's that ends a noun phrase opened by "the" after a word of
// comparison: "on the scale of the German offensives of 1941", "like the
// famine of 1921", "worse than the floods of 1953", "recalling the
// retreat of 1812". The year dates the thing the story is measured
// against, not a time the story moves to. (A year straight after "as
// in" or "than in", "more men than in 1916", is kept from the story's
// anchors where emit sets noRef.)
func (s *state) comparedOf(c cand) bool {
	if s.t.hasDCT || c.typ != timeline.TypeDate || c.c.g != gYear || c.c.noYear || c.j != c.i+1 || c.i < 4 || s.w(c.i-1) != wOf ||
		s.ref < 0 || s.refCal.g < gYear || s.refCal.g == gWeek || s.refCal.noYear || c.c.y >= s.refCal.y {
		return false
	}
	k, ok := s.theNounOf(c.i, 4)
	if !ok || k < 1 {
		return false
	}
	if s.w(k-1) == wOf {
		return k >= 2 && s.isWordIn(k-2, "scale", "size", "scope", "pattern", "model", "example", "mould", "mold", "lines")
	}
	if s.w(k-1) == wIn && k >= 2 && s.isWordIn(k-2, "than", "as") && !s.toks[k-2].cap {
		// "lighter than in the war of 1876", "as in the famine of
		// 1921": the thing compared with, after "than in" or "as in".
		return true
	}
	return s.isWordIn(k-1, "like", "unlike", "than", "recalling", "echoing", "rivalling", "rivaling", "matching", "repeating", "surpassing", "dwarfing", "exceeding", "resembling", "eclipsing")
}

// theNounOf returns the index of "the" opening a noun phrase ended by
// "of" before the year at i ("the famine of 1921", "the Allied planners
// of 1944"): a lower-case word of no time right before "of", and at most
// words more before it back to "the".
func (s *state) theNounOf(i, words int) (int, bool) {
	k := i - 2
	if k < 0 || s.toks[k].kind != tkWord || s.toks[k].cap || s.toks[k].lex() != nil {
		return 0, false
	}
	for n := 0; n < words && k > 0 && s.w(k) != wThe; n++ {
		k--
		if s.w(k) != wThe && (s.toks[k].kind != tkWord || s.toks[k].lex() != nil) {
			return 0, false
		}
	}
	return k, s.w(k) == wThe
}

// laterThingOf reports whether c, in narrative with no DCT, is a year at
// least two years after the story's last date (a month or a day) that
// names a thing by "the ... of" ("the Allied planners of 1944", "the
// strikers of 1926"), the object of a past verb or the agent after
// "by" and a participle: the thing is of a later time, the sentence is
// the story's.
func (s *state) laterThingOf(c cand) bool {
	if s.t.hasDCT || c.typ != timeline.TypeDate || c.c.g != gYear || c.c.noYear || c.j != c.i+1 || c.i < 4 || s.w(c.i-1) != wOf ||
		s.ref < 0 || s.refCal.g < gMonth || s.refCal.g == gWeek || s.refCal.noYear || c.c.y < s.refCal.y+2 {
		return false
	}
	k, ok := s.theNounOf(c.i, 3)
	if !ok || k < 2 {
		return false
	}
	if s.w(k-1) == wBy {
		return s.pastForm(k - 2)
	}
	return s.pastForm(k-1) && !s.isWordIn(k-1, "until", "till")
}

// comparedWith reports whether c, in narrative, is a year earlier than the
// story's in the object of a comparison or a quotation ("compared with
// Sobieski's relief of Vienna in 1683", "Comparisons with the defence of
// Lucknow during the Indian Rebellion of 1857", "quoting the American
// Declaration of 1776"): the earlier thing is no time of the story, which
// goes on where it was. The object runs back to the comparing word within
// its clause, no comma between.
func (s *state) comparedWith(c cand) bool {
	if s.t.hasDCT || c.typ != timeline.TypeDate || c.c.g != gYear || c.c.noYear || c.j != c.i+1 || c.i < 2 ||
		s.ref < 0 || s.refCal.g < gYear || s.refCal.g == gWeek || s.refCal.noYear || c.c.y >= s.refCal.y {
		return false
	}
	if w := s.w(c.i - 1); w != wOf && w != wIn {
		return false
	}
	for k, n := c.i-2, 0; k >= 1 && n < 16; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.isPunct(k, ',') || s.isPunct(k, ':') || s.isPunct(k, '(') {
			return false
		}
		if s.isWordIn(k, "quoting", "citing", "invoking") {
			return true
		}
		if s.isWord(k, "since") && k > 0 && s.superlativeBefore(k-1) {
			// "the first time since Charles X's march across the ice in
			// 1658 that", "the worst defeat since the sack of Rome in
			// 1527": the earlier thing measures the story's event.
			return true
		}
		if s.isWordIn(k, "with", "to") {
			// "compared with", "Comparisons with", "compared at the time with"
			for m := k - 1; m >= 0 && m >= k-4 && !s.isPunct(m, ',') && !s.sentenceEnd(m); m-- {
				if s.isWordIn(m, "compared", "comparison", "comparisons", "likened", "compare", "comparing", "comparable", "parallels", "analogies") {
					return true
				}
			}
		}
	}
	return false
}

// thingFrom reports whether c is a year after "from" that dates the noun
// before it ("a photo from 1952", "an earlier fire, from 1952", "letters
// from 1840"), not the start of a span ("from 1952 to 1960", "From 1952
// the yard grew").
func (s *state) thingFrom(c cand) bool {
	if c.c.g != gYear || c.j != c.i+1 || c.i < 2 || s.w(c.i-1) != wFrom {
		return false
	}
	if w := s.w(c.j); w == wTo || w == wUntil || w == wThrough || s.isPunct(c.j, '-') || s.isWordIn(c.j, "on", "onwards", "onward") {
		return false
	}
	k := c.i - 2
	if s.isPunct(k, ',') {
		k--
	}
	if k < 0 || s.toks[k].kind != tkWord || s.toks[k].cap || s.toks[k].lex() != nil || s.participle(k) || s.ingWord(k) {
		return false
	}
	w := s.word(k)
	n := len(w)
	return n > 2 && !(w[n-1] == 'y' && w[n-2] == 'l') // a noun, not an adverb ("mainly from 1952")
}

// earlierThingYear reports whether c, in narrative, is a year before a
// noun ("the 1865 cable", "the 1848 constitution") earlier than the
// story's last date, inside its sentence (not the subject that opens it,
// "The 1906 earthquake destroyed the city hall", which moves the story),
// in the simple past: the year names the thing, not the story's time.
func (s *state) earlierThingYear(c cand) bool {
	if s.t.hasDCT || c.c.g != gYear || c.c.noYear || c.j != c.i+1 || c.i < 2 || s.ref < 0 || s.refCal.noYear || s.refCal.g < gYear || c.c.y >= s.refCal.y {
		return false
	}
	if !s.attributive(c) || s.sentenceEnd(c.i-2) || s.toks[c.i-1].cap {
		return false
	}
	return s.tense(c.i) < 0 && !s.pastPerfectClause(c.i, c.j)
}

// deathAhead returns the end of c's sentence when, in narrative told by
// days (or by times of a day: "The battle was over shortly after noon"),
// c is a year at least two years after the story's last day, in its
// paragraph, that dates
// a death or another fate named just before it in its clause ("and died
// near Lyon in 1820", "until his death in 1923", "was hanged in 1651",
// "was pardoned in 1909") or follows "never ... again" in its
// sentence ("never held office again and was shot in 1887"), -1
// otherwise. So is any date, a year or finer, at least two years after
// the story's day (in its paragraph or the one before), in a sentence
// that goes on to someone's dated death: a later life told to its end
// ("Papagos later founded a party and was prime minister from 1952 until
// his death on 4 October 1955", "he was deported in July 1940 and died
// in prison on 20 September 1942") is an aside, and the story goes on
// after it from its day; the later dates inside it stay in it.
func (s *state) deathAhead(c cand) int {
	if !s.t.hasDCT && s.deathEnd > 0 && s.deathEnd == s.flashEnd && c.i <= s.flashEnd {
		return s.flashEnd
	}
	if s.t.hasDCT || c.c.g < gYear || c.c.g == gWeek || c.c.noYear || s.ref < 0 || s.dayRef < 0 || s.dayCal.g < gDay || s.dayCal.noYear || c.c.y < s.dayCal.y+2 || s.refCal.noYear || s.refCal.y < s.dayCal.y {
		return -1
	}
	if pi := s.toks[c.i].pi; s.dayPi != pi {
		if s.ref == s.dayRef && s.dayPi == pi-1 {
			return s.lifeToDeath(c)
		}
		return -1
	}
	if s.ref == s.dayRef {
		if e := s.lifeToDeath(c); e >= 0 || c.c.g != gYear {
			return e
		}
	} else if c.c.g != gYear {
		return -1
	}
	death := false
	for k, n := c.i-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.toks[k].kind == tkPunct {
			break
		}
		if s.fateWord(k) {
			// (a death at another's hands too: "was hanged in 1651", and
			// another end of a career told ahead: "was pardoned in 1909",
			// "retired in 1920")
			death = true
			break
		}
	}
	from := c.j
	if e := s.beforeDeath(c.j); e >= 0 {
		death, from = true, e+1
	}
	for k, n := c.i-1, 0; !death && k > 0 && n < 40 && !s.sentenceEnd(k); k, n = k-1, n+1 {
		if s.isWord(k, "again") {
			// "never held office again and was shot in 1887": the rest
			// of a life told ahead
			for m := k - 1; m >= 0 && m >= k-6 && !s.sentenceEnd(m); m-- {
				if s.isWord(m, "never") {
					death = true
					break
				}
			}
		}
	}
	if !death {
		return -1
	}
	// (what the sentence adds after the death, with no stop, goes with it:
	// "was hanged in 1651 and his head was shown on the bridge for a
	// decade.")
	for k, n := from, 0; k < len(s.toks) && n < 30; k, n = k+1, n+1 {
		if s.sentenceEnd(k) {
			return k
		}
		if s.toks[k].kind == tkPunct && !s.isPunct(k, '.') && !s.wordHyphen(k) {
			return -1
		}
	}
	return -1
}

// lifeToDeath returns the end of c's sentence when the sentence goes on
// from c to someone's dated death told ahead of the story: "his death"
// or "her death" (also "execution"), or a death verb told of "he" or
// "she", followed in its clause by a date, in a sentence that looks ahead
// ("later", "would" before c) or runs a state "until his death" ("was
// president from 1964 until his death on 22 August 1978", "would be
// prime minister again ...; he ... died in prison on 20 September
// 1942"), -1 otherwise. (Not a death in numbers, "and 300 were killed on
// 5 May", nor one the story reaches, "He finished the novel in November
// 1880 and died on 9 February 1881".)
func (s *state) lifeToDeath(c cand) int {
	// (a semicolon goes on with the life: "seized power in a coup on 15
	// May 1934; he was deported in July 1940 and died in prison on 20
	// September 1942")
	stop := func(k int) bool {
		return s.sentenceEnd(k) && (!s.isPunct(k, ';') || k+1 >= len(s.toks) || s.toks[k+1].para)
	}
	lo := s.sentStart(c.i, 80)
	for k, n := c.i, 0; k < len(s.toks) && n < 60; k, n = k+1, n+1 {
		if stop(k) {
			return -1
		}
		if k < c.j || !s.deathWord(k) {
			continue
		}
		person := s.isWordIn(k-1, "his", "her")
		for m := lo; !person && m < k; m++ {
			person = s.isWordIn(m, "he", "she")
		}
		// told ahead of the story: "later", "would", or a state lasting
		// "until his death"
		ahead := s.isWord(k-2, "until") && s.isWordIn(k-1, "his", "her")
		for m := lo; !ahead && m < c.i; m++ {
			ahead = s.isWordIn(m, "later", "would")
		}
		if !person || !ahead {
			continue
		}
		for m, q := k+1, 0; m < len(s.toks) && q < 8; m, q = m+1, q+1 {
			if s.sentenceEnd(m) || s.isPunct(m, ',') || s.isPunct(m, ';') || s.isWordIn(m, "and", "but") {
				break
			}
			if s.toks[m].kind == tkNum && s.toks[m].ndig >= 3 || s.monthOrDayMonthAt(m) {
				for e, r := m, 0; e < len(s.toks) && r < 40; e, r = e+1, r+1 {
					if stop(e) {
						return e
					}
					if s.toks[e].kind == tkPunct && !s.isPunct(e, '.') && !s.isPunct(e, ',') && !s.isPunct(e, '\'') && !s.isPunct(e, ';') {
						return -1
					}
				}
				return -1
			}
		}
	}
	return -1
}

// workAppeared reports whether token k is "appeared" or "published"
// said of a written work named a few words before it in its clause
// ("whose study of the coup appeared in 1991", "her biography, published
// in 1968"): the year it came out is the writer's, as in "wrote in 1991".
// penYear reports whether c, a year, dates a writing: right after "in"
// and a verb of writing or arguing ("wrote in 2011", "writing in 1967"),
// or a work's appearing ("whose history appeared in 1922").
func (s *state) penYear(c cand) bool {
	return c.i >= 2 && s.w(c.i-1) == wIn && (s.isWordIn(c.i-2, "wrote", "writing", "argued", "arguing", "concluded", "observed", "remarked", "commented", "noted", "judged") || s.workAppeared(c.i-2))
}

// afterWriting reports whether token i, a count of time, follows
// "writing", a word of approximation between ("writing some 280 years
// later").
func (s *state) afterWriting(i int) bool {
	k := i - 1
	if k >= 1 && s.isWordIn(k, "some", "about", "nearly", "almost", "over", "around") {
		k--
	}
	return k >= 0 && s.isWord(k, "writing")
}

// titleYear reports whether c is a bare year in brackets right after a
// capitalized title that follows a noun of a written work, or "in" after
// a verb of writing and its object: "described the wounded in A Memory of
// Solferino (1862)", "the novel War and Peace (1869)", "wrote it up in
// Seven Pillars of Wisdom (1926)" (not "the Battle of Magenta (1859)",
// "took Milan (1859)", "fought in Crimea (1855)").
func (s *state) titleYear(c cand) bool {
	if c.j != c.i+1 || c.i < 3 || !s.isPunct(c.i-1, '(') || !s.isPunct(c.j, ')') || s.toks[c.i-2].kind != tkWord || !s.toks[c.i-2].cap {
		return false
	}
	for k, n := c.i-2, 0; k > 0 && n < 10; k, n = k-1, n+1 {
		if s.sentenceEnd(k-1) || s.toks[k].kind != tkWord {
			return false
		}
		if s.toks[k].cap {
			continue
		}
		if s.isWordIn(k, "book", "novel", "memoir", "memoirs", "poem", "play", "study", "essay", "treatise", "pamphlet", "opera", "biography", "autobiography") {
			return true
		}
		if s.w(k) == wIn {
			// "in" after a verb of writing, its object between: "described
			// the suffering of the wounded in A Memory of Solferino"
			for j, m := k-1, 0; j >= 0 && m < 10 && !s.sentenceEnd(j); j, m = j-1, m+1 {
				if s.isWordIn(j, "described", "wrote", "recounted", "told", "published", "recorded", "depicted", "portrayed", "related", "chronicled") {
					return true
				}
			}
			return false
		}
		if !s.isWordIn(k, "of", "the", "and", "a", "an", "in", "on", "to", "from", "for", "with", "at", "by") {
			return false
		}
	}
	return false
}

func (s *state) workAppeared(k int) bool {
	if k < 1 || !s.isWordIn(k, "appeared", "published") {
		return false
	}
	for j, n := k-1, 0; j >= 0 && n < 8; j, n = j-1, n+1 {
		if s.sentenceEnd(j) || s.toks[j].kind == tkNum {
			return false
		}
		if s.isWordIn(j, "study", "book", "history", "biography", "account", "memoir", "memoirs", "article", "essay", "monograph", "histories", "studies") {
			return true
		}
	}
	return false
}

// yearGiven reports whether c is "a year" as the thing a source gives
// or names, a date left unsaid rather than a length of time: "the
// chronicle rarely gives a year, and", "names a year but no month". (Not
// "gave a year of his life", "gave a year to the work", "given a year".)
func (s *state) yearGiven(c cand) bool {
	if c.typ != timeline.TypeDuration || c.j != c.i+2 || c.i < 1 || s.w(c.i) != wA {
		return false
	}
	if e := s.lx(c.i + 1); e == nil || e.unit != uYear || e.plural {
		return false
	}
	if !s.isWordIn(c.i-1, "give", "gives", "gave", "name", "names", "named", "state", "states", "stated") {
		return false
	}
	return c.j >= len(s.toks) || s.isPunct(c.j, ',') || s.isPunct(c.j, '.') || s.isPunct(c.j, ';') || s.w(c.j) == wAnd || s.w(c.j) == wOr || s.isWord(c.j, "but")
}

// writerYear returns the end of c's sentence when c is a year later
// than the story's, right after "in" and a verb of writing or arguing
// ("wrote in 2011", "writing in 1967", "argued in 1985"), or one counted
// after "writing" or "wrote" from such a year or from the story's
// ("Belich, writing sixty-four years later", "a chronicler, writing
// twenty years later"), -1 otherwise.
func (s *state) writerYear(c cand) int {
	if c.c.g != gYear || c.c.noYear || s.ref < 0 || s.refCal.g < gYear || s.refCal.noYear || c.c.y <= s.refCal.y {
		return -1
	}
	// (A count of years right after the verb is the writer's time too:
	// from the writer's year, "whose history appeared in 1922 ... Belich,
	// writing sixty-four years later", or from the story's, "a
	// chronicler, writing some twenty years afterwards, put the words
	// into his mouth".)
	counted := c.anchor >= 0 && c.anchor == s.penRef && s.afterWriting(c.i)
	for k, n := c.i-1, 0; !counted && c.anchor >= 0 && k >= 0 && n < 5 && s.toks[k].kind == tkWord; k, n = k-1, n+1 {
		// (a short phrase between: "writing under Augustus three
		// hundred years later")
		if s.isWordIn(k, "writing", "wrote") {
			// (a writer set off from the story: ", writing", ", who
			// wrote", or "Writing" opening the sentence; not "He was
			// writing to his brother two years later")
			counted = k == 0 || s.isPunct(k-1, ',') || s.sentenceEnd(k-1) || k >= 2 && s.isWord(k-1, "who") && s.isPunct(k-2, ',')
			break
		}
	}
	// (So is the year of a written work: "in a study of 1967", "his
	// history of 1857".)
	counted = counted || c.j == c.i+1 && c.i >= 2 && s.w(c.i-1) == wOf && s.isWordIn(c.i-2, "study", "book", "history", "biography", "account", "memoir", "article", "essay", "monograph", "lecture", "paper", "edition", "translation", "commentary")
	if !counted && !s.penYear(c) {
		return -1
	}
	for k, n := c.j, 0; k < len(s.toks) && n < 60; k, n = k+1, n+1 {
		if s.sentenceEnd(k) {
			return k
		}
	}
	return -1
}

// wouldAhead returns the end of c's clause (its closing comma, or the end
// of its sentence) when, in narrative, c lies after the last date in a
// clause in the future in the past ("would", "was to"), -1 otherwise.
func (s *state) wouldAhead(c cand) int {
	if s.t.hasDCT || s.ref < 0 || s.refCal.g < gYear || s.refCal.g == gWeek || s.refCal.noYear || c.c.noYear {
		return -1
	}
	if !(c.c.y > s.refCal.y || c.c.y == s.refCal.y && c.c.g >= gDay && s.refCal.g >= gDay && c.c.day() > s.refCal.day() ||
		// a later month of the same year: "The conference opened on 4
		// February 1945. Roosevelt would die two months later. On the
		// 11th" is February's
		c.c.y == s.refCal.y && c.c.g >= gMonth && c.c.g != gWeek && s.refCal.g >= gMonth && s.refCal.g != gWeek && c.c.m > s.refCal.m) {
		return -1
	}
	found := -1
	// (The window reaches past an apposition between "would" and the
	// date: "It would reappear, as the \"Curzon Line\", at Tehran in 1943".)
	for k, n := c.i-1, 0; k > 0 && n < 18; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			break
		}
		if s.isWord(k, "would") || (s.isWord(k, "was") || s.isWord(k, "were")) && s.w(k+1) == wTo && s.infinitive(k+1) {
			found = k
			break
		}
		if (s.isWord(k, "was") || s.isWord(k, "were")) && s.isWordIn(k+1, "not", "never") && s.w(k+2) == wTo && s.infinitive(k+2) {
			found = k + 1 // "which were not to reach the Po until April 1945"
			break
		}
		if s.w(k) == wTo && s.isWord(k+1, "be") && (s.participle(k+2) || s.isWordIn(k+2, "paid", "repaid", "done", "run")) && k+2 < c.i {
			// A passive infinitive schedules what is still to come: "an
			// indemnity to be paid over 39 years, until 1940", "elections
			// to be held in July 1956".
			found = k + 2
			break
		}
		if s.w(k) == wTo && s.infinitive(k) && s.isWordIn(k-1, "plan", "plans", "promise", "pledge", "aim", "intention", "scheme", "order", "orders", "deadline") {
			found = k // "a plan to hold the delta until 1955"
			if c.i >= 2 && s.w(c.i-1) == wIn && s.isPunct(c.i-2, ',') && s.isPunct(c.j, ',') && s.pastForm(c.j+1) {
				// A year set off by commas before the sentence's past
				// verb dates what the sentence tells, not the plan: "The
				// failure of a plan to marry the queen to the pretender,
				// in 1846, revived the cause."
				found = -1
			}
			break
		}
	}
	if found < 0 || s.pastFormBefore(found+1, c.i) && !s.untilUnderWould(found, c.i) && !s.pastJoinedToWould(found, c.i) {
		return -1
	}
	if e := s.asideClose(c); e >= 0 {
		return s.wouldGoesOn(e)
	}
	if e := s.bracketWouldAhead(c); e > found {
		// A look ahead in brackets ends with them: "Espartero (born
		// 1793; he would be regent from 1840 to 1843) forced the bridge
		// on Christmas Eve" is the story's Christmas.
		return e
	}
	for k, n := c.j, 0; k < len(s.toks) && n < 30; k, n = k+1, n+1 {
		if s.sentenceEnd(k) {
			return s.wouldGoesOn(k)
		}
	}
	return -1
}

// conditionUnderWould returns the "would" that a clause of "if",
// "unless" or "until" holding token i depends on, when that clause runs
// from its conjunction to i with no punctuation and only past verbs (the
// past a condition takes under "would": "it would strike if the talks
// failed before March 1", but not "had", which looks back), and
// "would" stands between the sentence's start lo and the conjunction;
// -1 otherwise.
func (s *state) conditionUnderWould(lo, i int) int {
	for k := i - 1; k > lo && k >= i-12; k-- {
		if s.toks[k].kind == tkPunct {
			return -1
		}
		if !s.isWordIn(k, "if", "unless", "until") || s.toks[k].cap {
			continue
		}
		if !s.pastFormBefore(k+1, i) {
			return -1
		}
		for m := k + 1; m < i; m++ {
			if s.w(m) == wHad {
				return -1 // "would have won if the referee had not stopped it"
			}
		}
		for m := k - 1; m >= lo && m >= k-15; m-- {
			if s.isPunct(m, ';') {
				return -1
			}
			if s.isWord(m, "would") {
				return m
			}
		}
		return -1
	}
	return -1
}

// untilUnderWould reports whether the past verbs between "would" at
// found and the date at i stand in a clause of "until", "before", "when"
// or "after" that ends the would-clause, with no comma between: "a
// ceiling that would remain in law until Hitler repudiated it in 1935",
// "who would die when his ship sank in 1943" look ahead to the year as a
// whole, the past tense being the one a clause of time takes under
// "would".
func (s *state) untilUnderWould(found, i int) bool {
	for k := found + 1; k < i && k < len(s.toks); k++ {
		if s.toks[k].kind == tkPunct {
			return false
		}
		if s.w(k) == wUntil || s.w(k) == wBefore || s.w(k) == wWhen || s.w(k) == wAfter {
			return !s.pastFormBefore(found+1, k)
		}
	}
	return false
}

// timeClauseUnderWould reports whether the past verb at k, after the
// expression at i, stands in a clause of time ("after", "before",
// "until", "when", "once" and its subject, with no punctuation between)
// and "would" stands before i in its clause: "would resign in May, after
// the party chose a successor" (as untilUnderWould, the clause of time
// coming after the date).
func (s *state) timeClauseUnderWould(k, i int) bool {
	for j := k - 1; j > i && j >= k-6; j-- {
		if s.toks[j].kind != tkWord {
			return false
		}
		if s.isWordIn(j, "after", "before", "until", "when", "once") && !s.toks[j].cap {
			return j+1 < k && (s.toks[j+1].lex() == nil || s.w(j+1) == wThe) && s.wouldBefore(i)
		}
	}
	return false
}

// pastJoinedToWould reports whether the only past verb between "would"
// at found and the date at i opens a second predicate joined by "and" to
// the would-clause, with no subject of its own: "He would command the
// corps in 1941 and took his own life in October 1944" tells the later
// life as the would-clause does, the past tense being the narrator's.
// (A life that goes on after a semicolon is told to its end by
// lifeToDeath and deathAhead: "would be prime minister again and seized
// power in 1934; he was deported in 1940 and died in 1942".)
func (s *state) pastJoinedToWould(found, i int) bool {
	for k, n := i, 0; k < len(s.toks) && n < 60; k, n = k+1, n+1 {
		if s.isPunct(k, ';') {
			return false
		}
		if s.sentenceEnd(k) {
			break
		}
	}
	for k := found + 1; k+1 < i; k++ {
		if s.toks[k].kind == tkPunct {
			return false
		}
		if s.isWord(k, "and") && s.pastFormBefore(k+1, k+2) {
			return !s.pastFormBefore(found+1, k) && !s.pastFormBefore(k+2, i)
		}
	}
	return false
}

// wouldGoesOn extends a look ahead that ends at a semicolon e over the
// clause after it when that clause looks ahead too ("would found the
// party in 1892; the war he launched three years later would end Spanish
// rule": the three years count from 1892, and the story comes back after
// the sentence). Otherwise it returns e.
func (s *state) wouldGoesOn(e int) int {
	if e < 0 || !s.isPunct(e, ';') {
		return e
	}
	for k, n := e+1, 0; k < len(s.toks) && n < 30; k, n = k+1, n+1 {
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			return e
		}
		if s.isWord(k, "would") {
			for m, n2 := k+1, 0; m < len(s.toks) && n2 < 30; m, n2 = m+1, n2+1 {
				if s.sentenceEnd(m) && !s.isPunct(m, ';') {
					return m
				}
			}
			return e
		}
	}
	return e
}

// leadEndBefore returns the byte offset where a narrative's lead (its
// first paragraph, or the one after a title line: leadParagraph) ends, when token i lies after it, else -1. A text with
// no blank lines, written a paragraph to a line, has its first line as its
// lead, when that ends a sentence.
func (s *state) leadEndBefore(i int) int {
	leadEnd := -1
	if s.t.hasDCT || len(s.toks) == 0 || i >= len(s.toks) {
		return -1
	}
	if !s.leadParagraph(i) {
		// (the first paragraph, or the one after a title line)
		for k := 0; k < len(s.toks) && s.leadParagraph(k); k++ {
			leadEnd = int(s.toks[k].end)
		}
		return leadEnd
	}
	if s.toks[i].pi != s.toks[0].pi {
		return -1
	}
	for k := 1; k < i; k++ {
		if s.lineBreak(k) {
			if s.sentenceEnd(k - 1) {
				leadEnd = int(s.toks[k-1].end)
			}
			break
		}
	}
	return leadEnd
}

// leadScanMax bounds the expressions leadEventDay reads back over: it is
// asked at many expressions, and reading them all each time would make
// tagging quadratic in a long text.
const leadScanMax = 300

// leadEventDay returns the day a narrative's lead dates its event by (the
// one day the lead names) and its index, when token i lies after the lead
// and every date named since is earlier than that day: the article went
// back to the event's causes and has come to the day again without naming
// it. A clock time or a part of the day told then is the event's: "The
// bridge collapsed on the evening of 28 December 1879. ¶ It had opened on
// 1 June 1878; the queen crossed it in June 1879. ¶ The train left at 4:15
// p.m." is 28 December's 4:15 p.m.
func (s *state) leadEventDay(i int) (cal, int, bool) {
	leadEnd := s.leadEndBefore(i)
	if leadEnd < 0 || int(s.toks[i].start) < leadEnd {
		return cal{}, -1, false
	}
	num := func(v string) (int, bool) {
		n, err := strconv.Atoi(v)
		return n, err == nil
	}
	day, since := -1, 0
	inLeadRange := false
	var dc cal
	for k := range s.res.Timexes {
		if k >= leadScanMax {
			return cal{}, -1, false // (a background this long is no way back to the lead's day; and the scan stays linear)
		}
		x := &s.res.Timexes[k]
		if x.Type != timeline.TypeDate && x.Type != timeline.TypeTime {
			continue
		}
		v := x.Value
		if x.Start < leadEnd {
			if len(v) >= 10 && v[4] == '-' && v[7] == '-' {
				y, ok1 := num(v[:4])
				m, ok2 := num(v[5:7])
				d, ok3 := num(v[8:10])
				if day >= 0 && ok1 && ok2 && ok3 && (dc.y != y || dc.m != m || dc.d != d) && s.rangeOf(day, k) && !inLeadRange {
					// the lead's event runs over days, "from Sunday, 2
					// September, to Thursday, 6 September 1666": the story
					// comes back to it at its first day
					inLeadRange = true
					continue
				}
				if !ok1 || !ok2 || !ok3 || day >= 0 && (dc.y != y || dc.m != m || dc.d != d) {
					return cal{}, -1, false // two days in the lead, or one unread
				}
				if day < 0 {
					day, dc = k, cal{g: gDay, y: y, m: m, d: d}
				}
			}
			continue
		}
		if day < 0 {
			return cal{}, -1, false
		}
		if len(v) == 3 {
			if d, ok := num(v); ok && d*10+9 < dc.y {
				since++ // a decade of the background, "the 1850s"
				continue
			}
			return cal{}, -1, false
		}
		if len(v) < 4 {
			continue // "PRESENT_REF" and the like name no day of the story
		}
		y, ok := num(v[:4])
		if !ok {
			continue
		}
		switch {
		case y < dc.y:
		case y == dc.y && len(v) == 4:
			// the event's own year, named in passing ("the Seamen's Act
			// of 1915"), names no later day
		case y == dc.y && len(v) >= 7 && v[4] == '-':
			m, ok := num(v[5:7])
			if !ok {
				// a season of the year, by the month it ends in: "that
				// spring" lies before a day of July
				m = map[string]int{"SP": 5, "SU": 8, "FA": 11}[v[5:7]]
				ok = m > 0
			}
			if !ok || m >= dc.m {
				return cal{}, -1, false
			}
		default:
			return cal{}, -1, false
		}
		since++
	}
	if y := s.leadYearFrom; y > 0 && !s.leadSet && day >= 0 && dc.y > y {
		// A lead that gives the story a span of years ("The War of the
		// Austrian Succession (1740–1748) ... ended with the treaty
		// signed on 18 October 1748") dates no one event by a day it
		// names in a later year than the span's first: that day is where
		// the story ends, and the story told after the background begins
		// with the span, not there.
		return cal{}, -1, false
	}
	return dc, day, day >= 0 && since > 0
}

// rangeOf reports whether the timexes at indexes a and b were emitted as
// the two ends of one range.
func (s *state) rangeOf(a, b int) bool {
	for _, r := range s.res.Ranges {
		if r.From == a && r.To == b {
			return true
		}
	}
	return false
}

// backToLeadDay returns the lead's event day (leadEventDay) when the
// story's last day was told in the past perfect in an earlier paragraph
// and token i, in the simple past, comes back to the event: "The ship
// struck the reef on 4 June 1629. ¶ She had sailed on 27 October 1628. ¶
// The ship ran aground shortly before dawn" is 4 June's dawn.
func (s *state) backToLeadDay(i int) (cal, int, bool) {
	if s.t.hasDCT || s.ref < 0 || s.refTok < 0 || s.refPi == s.toks[i].pi || !s.pastPerfectSentence(s.refTok) || s.pastPerfectSentence(i) {
		return cal{}, -1, false
	}
	return s.leadEventDay(i)
}

// leadDayOK reports whether leadEventDay finds the event's day at i.
func (s *state) leadDayOK(i int) bool {
	_, _, ok := s.leadEventDay(i)
	return ok
}

// sameDayNamed returns the year of the last day named with the month and
// day of c (a bare day), when it lies in a later year than base and every
// date named since it is of an earlier year or its own, and none of them a
// day: the story went back to background and c names its day again.
func (s *state) sameDayNamed(c cand, base cal) (int, bool) {
	if c.c.g != gDay || c.c.m == 0 || c.c.d == 0 || base.noYear {
		return 0, false
	}
	// (The article's lead sums up the story: its later years do not move
	// it, and a day of the month its lead dates the story's start by,
	// named a day or two off after background of earlier years, is in
	// the lead's year too: "Beginning on 10 August 1680, it drove the
	// settlers out until 1692. [...] In 1675 the governor had arrested
	// the leaders. [...] The rising was set for 11 August" is 1680's.)
	leadEnd := s.leadEndBefore(c.i)
	decadeFrom, later := 0, 0
	for k := len(s.res.Timexes) - 1; k >= 0; k-- {
		x := &s.res.Timexes[k]
		v := x.Value
		if x.Type != timeline.TypeDate && x.Type != timeline.TypeTime {
			continue
		}
		inLead := x.Start < leadEnd
		if (len(v) == 3 || len(v) == 2) && x.Type == timeline.TypeDate && v[0] >= '0' && v[0] <= '9' {
			if d, err := strconv.Atoi(v); err == nil {
				// a decade of background ("the 1670s"), by its start:
				// "the 1720s" may lead up to 1729; so a century ("in
				// the early 17th century", 16)
				if len(v) == 2 {
					d *= 10
				}
				decadeFrom = max(decadeFrom, d*10)
				continue
			}
		}
		if len(v) < 4 || v[0] < '0' || v[0] > '9' {
			return 0, false
		}
		y, err := strconv.Atoi(v[:4])
		if err != nil {
			return 0, false
		}
		if len(v) >= 10 && v[4] == '-' && v[7] == '-' {
			m, err1 := strconv.Atoi(v[5:7])
			d, err2 := strconv.Atoi(v[8:10])
			if err1 == nil && err2 == nil && m == c.c.m && (d == c.c.d || inLead && abs(d-c.c.d) <= 2 && y > base.y+1 && x.Anchor < 0) {
				if y > base.y && y > decadeFrom && y >= later && x.Anchor < 0 {
					return y, true
				}
				return 0, false
			}
			if inLead {
				continue
			}
			// Another day since: the story is being told day by day in
			// its own year ("The war ended on 31 May 1902 ... Pretoria
			// fell on 5 June [1900] ... Roberts took Johannesburg on 31
			// May" is 1900's), not from background of years.
			return 0, false
		}
		if y > base.y && !inLead {
			// a later date than the background's since: the story is
			// elsewhere, unless the day found lies later still (a
			// background of several years: "He was minister from 1969
			// to 1976 and again from 1982", before the day of 1986)
			later = max(later, y)
		}
	}
	return 0, false
}

// subjectYearAcross returns the year of an article's subject, named as
// its first expression before a noun in the first sentence ("The 2023
// Suriname protests were ..."), when the story has gone back to an earlier
// year since and a section heading ("== Protests ==") stands between the
// last date named and c.
func (s *state) subjectYearAcross(c cand) (int, bool) {
	if s.t.hasDCT || len(s.res.Timexes) == 0 || s.ref < 1 || s.refTok < 0 || s.refTok >= c.i || s.refCal.noYear {
		return 0, false
	}
	x := &s.res.Timexes[0]
	if x.Type != timeline.TypeDate || len(x.Value) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(x.Value)
	if err != nil || s.refCal.y >= y {
		return 0, false
	}
	k0 := 0
	for k0 < len(s.toks) && int(s.toks[k0].start) < x.Start {
		if s.sentenceEnd(k0) {
			return 0, false
		}
		k0++
	}
	if k0 < 1 || k0+1 >= len(s.toks) || int(s.toks[k0].end) != x.End || s.w(k0-1) != wThe || s.toks[k0+1].kind != tkWord || s.lx(k0+1) != nil {
		return 0, false
	}
	for k := s.refTok + 1; k < c.i; k++ {
		if s.toks[k].para && s.isPunct(k, '=') {
			return y, true
		}
	}
	return 0, false
}

// deadlineAhead returns the end of the sentence when c, a date after the
// last one named, is the deadline of a commitment in the past: after "by",
// in a clause where a verb of promise or plan governs an infinitive
// ("pledged to reach a deal by the end of 2008", "agreed to finish the
// line by 1869"). It returns -1 otherwise.
func (s *state) deadlineAhead(c cand) int {
	if s.ref < 0 || s.refCal.g < gYear || s.refCal.g == gWeek || s.refCal.noYear || c.c.noYear || c.i < 1 || s.w(c.i-1) != wBy {
		return -1
	}
	if !(c.c.y > s.refCal.y || c.c.y == s.refCal.y && c.c.g >= gDay && s.refCal.g >= gDay && c.c.day() > s.refCal.day()) {
		return -1
	}
	found := false
	for k, n := c.i-2, 0; k > 0 && n < 12; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			return -1
		}
		if s.w(k) == wTo && s.isWordIn(k-1, "pledged", "promised", "vowed", "agreed", "aimed", "planned", "hoped", "undertook", "committed", "resolved", "decided", "sought", "intended", "pledging", "promising", "vowing", "agreeing", "aiming", "planning", "hoping") {
			found = true
			break
		}
	}
	if !found {
		return -1
	}
	return s.plainSentenceEnd(c.j, 30)
}

// centuriesAhead returns the end of the sentence of c when c, a bare year
// a century or more after the story's date (a season, a month, a week or
// a day), jumps out of the story to a later age, in a narrative with no
// DCT: "Henry
// was killed on 22 August. His remains were found under a car park in
// 2012 and reburied three years later. Henry was crowned on 30 October"
// is the October of the story's year. It returns -1 otherwise.
//
// A history told across the ages has moved on, though, when the year is
// the first time named in a new paragraph, or when a later decade or
// century was named after the story's date and the year falls in or after
// it: "teaching began that autumn. During the Reformation of the
// 1520s the university declined; it was refounded in 1593" goes on from
// 1593.
func (s *state) centuriesAhead(c cand) int {
	if s.t.hasDCT || s.ref < 0 || s.refCal.g < gSeason || s.refCal.noYear || c.c.noYear || c.c.g != gYear || c.typ != timeline.TypeDate ||
		c.c.y < s.refCal.y+100 {
		return -1
	}
	if s.cref > s.ref && !s.crefC.noYear && (s.crefC.g == gDecade || s.crefC.g == gCentury) {
		lo := s.crefC.y * 10
		if s.crefC.g == gCentury {
			lo = s.crefC.y * 100
		}
		if lo > s.refCal.y && c.c.y >= lo {
			return -1
		}
	}
	if s.firstInParagraph(c) && s.refPi != s.toks[c.i].pi {
		// So has one whose year is the first time named in a paragraph
		// after the story's: "founded on 6 December 1534. || The cathedral
		// was completed in 1672."
		return -1
	}
	return s.plainSentenceEnd(c.j, 40)
}

// firstInParagraph reports whether c is the first expression of its
// paragraph.
func (s *state) firstInParagraph(c cand) bool {
	pi := s.toks[c.i].pi
	k := c.i
	for k > 0 && s.toks[k-1].pi == pi {
		k--
	}
	n := len(s.res.Timexes)
	if n > 0 && s.res.Timexes[n-1].Span.Start >= int(s.toks[c.i].start) {
		n-- // c itself, emitted already
	}
	return n == 0 || s.res.Timexes[n-1].Span.Start < int(s.toks[k].start)
}

// stillTodayAhead returns the end of the sentence of c when c, a year
// after the story's date (a season, a month, a week or a day), stands in a
// sentence that reaches to the writer's present ("is still sung today",
// "remains in use today"), in a narrative with no DCT: a comment on what
// came after, not a move of the story. "Cope's name never recovered,
// although an inquiry cleared him in 1746, and the song is still sung
// today. The army crossed on 8 November" is the November of the story's
// year. It returns -1 otherwise.
func (s *state) stillTodayAhead(c cand) int {
	if s.t.hasDCT || s.ref < 0 || s.refCal.g < gSeason || s.refCal.noYear || c.c.noYear || c.c.g != gYear || c.typ != timeline.TypeDate ||
		c.c.y <= s.refCal.y {
		return -1
	}
	e := s.plainSentenceEnd(c.j, 40)
	if e < 0 {
		return -1
	}
	lo := c.i
	lo = s.sentStart(lo, 40)
	for k := lo; k < e; k++ {
		if s.isWord(k, "today") && !s.toks[k].cap && k > 0 && !s.isWordIn(k-1, "of", "until", "till", "to") {
			return e
		}
		if s.isWord(k, "still") && k > lo && s.isWordIn(k-1, "is", "are", "remains", "remain") {
			return e
		}
		// "The walls still stand", "its bell still hangs in the tower",
		// "the gate can still be seen", "the feud lives on to this day":
		// the writer's present, in the present tense.
		if s.isWord(k, "still") && k+1 < e && (s.isWordIn(k+1, "stand", "stands", "survive", "survives", "exist", "exists", "hang", "hangs", "lie", "lies", "bear", "bears", "dominate", "dominates", "shape", "shapes", "mark", "marks") ||
			s.isWord(k+1, "be") && k > lo && s.isWordIn(k-1, "can", "may")) {
			return e
		}
		if s.isWord(k, "to") && s.isWord(k+1, "this") && s.isWord(k+2, "day") && k+2 < e {
			return e
		}
	}
	return -1
}

// recordUntilAhead returns the end of the sentence of c when c, a date
// after the story's in a narrative with no DCT, ends the record of a
// superlative before "until" or "till", itself ("2,209 people died, the
// worst civilian loss of life in the United States until 1900", "the
// largest crowd the town saw until 1919") or as the date of a later event
// named by a noun phrase after it ("won the bloodiest battle fought in
// Europe until Malplaquet sixteen years later", "the largest fleet seen
// there until the Armada of 1588"). What is measured against is no time
// the story moves to. It returns -1 otherwise.
func (s *state) recordUntilAhead(c cand) int {
	if s.t.hasDCT || c.i < 3 || s.ref < 0 || s.refCal.g < gYear || s.refCal.g == gWeek || s.refCal.noYear || c.c.noYear || c.c.g < gYear || c.c.g == gWeek || c.c.y <= s.refCal.y {
		return -1
	}
	u := -1
	if s.isWordIn(c.i-1, "until", "till") {
		u = c.i - 1
	} else {
		for k, n := c.i-1, 0; k >= 1 && n < 6; k, n = k-1, n+1 {
			if s.toks[k].kind != tkWord {
				return -1
			}
			if s.isWordIn(k, "until", "till") {
				u = k
				break
			}
			// a noun phrase naming the event ("Malplaquet", "the Armada
			// of", "the great gale of"), not a clause: no verb, no pronoun
			if s.pastForm(k) || s.isWordIn(k, "was", "were", "is", "are", "had", "has", "have", "would", "could", "did", "he", "she", "it", "they", "we", "i", "you") {
				return -1
			}
		}
		if u < 1 || !(s.toks[u+1].cap || s.isWord(u+1, "the")) {
			return -1
		}
	}
	if u < 1 || !s.superlativeBefore(u-1) && !s.theSuperlativeBefore(u-1) {
		return -1
	}
	return s.plainSentenceEnd(c.j, 40)
}

// notSuperlative are words in -est that are no superlatives.
var notSuperlative = map[string]bool{"interest": true, "forest": true, "request": true, "protest": true, "harvest": true, "honest": true, "modest": true,
	"earnest": true, "contest": true, "arrest": true, "manifest": true, "conquest": true, "inquest": true, "behest": true, "priest": true, "midwest": true, "northwest": true,
	"southwest": true, "northeast": true, "southeast": true, "digest": true, "bequest": true, "unrest": true, "tempest": true}

// theSuperlativeBefore reports whether "the" and a superlative come in
// the clause up to token k, further back than superlativeBefore looks:
// "the worst civilian loss of life in the United States".
func (s *state) theSuperlativeBefore(k int) bool {
	for n := 0; k >= 1 && n < 13; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.isPunct(k, ';') || s.toks[k].kind != tkWord && !s.isPunct(k, ',') {
			return false
		}
		if s.toks[k].kind != tkWord || s.toks[k].cap || s.w(k-1) != wThe {
			continue
		}
		w := string(s.word(k)) // lower-case: tested above
		if w == "worst" || w == "best" || w == "most" || len(w) > 5 && w[len(w)-3:] == "est" && !notSuperlative[w] {
			return true
		}
	}
	return false
}

// storySpan reports whether c, in a narrative with no DCT, is a stretch
// of months or years counted on from the story's month or day that
// someone spent ("spent the next eighteen months", "passed the following
// two years"), and returns its unit and count. (A stretch over which
// something went on, "harried the garrisons for the next two years", may
// be told from its start again.)
func (s *state) storySpan(c cand) (unit, int, bool) {
	if s.t.hasDCT || c.typ != timeline.TypeDuration || s.ref < 0 || s.refCal.g < gMonth || s.refCal.g == gWeek || s.refCal.noYear || s.refCal.m < 1 ||
		c.i < 1 || c.j-c.i < 3 || s.w(c.i) != wThe || !s.isWordIn(c.i+1, "next", "following") || !s.isWordIn(c.i-1, "spent", "passed") {
		return 0, 0, false
	}
	v := c.val
	if len(v) < 3 || v[0] != 'P' {
		return 0, 0, false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil || n < 1 || n > 60 {
		return 0, 0, false
	}
	switch v[len(v)-1] {
	case 'M':
		return uMonth, n, true
	case 'Y':
		if n > 5 {
			return 0, 0, false
		}
		return uYear, n, true
	}
	return 0, 0, false
}

// spanMovedOn returns the year of c, a bare month or day, when the story
// has moved on from its anchor through a stretch counted from it ("Grey,
// back as governor since September 1861, spent the next eighteen months
// having the road built. On 9 July the government ordered" is 1863's
// July): the one nearest the stretch's end, when that is a later year
// than the anchor's.
func (s *state) spanMovedOn(c cand, anchor int) (int, bool) {
	if anchor < 0 || anchor != s.spanRef || s.spanPi != s.toks[c.i].pi || s.spanEnd.noYear || c.c.m < 1 || c.c.g != gMonth && c.c.g != gDay {
		return 0, false
	}
	e := s.spanEnd.y*12 + s.spanEnd.m
	best, bd := c.c.y, -1
	for y := c.c.y; y <= s.spanEnd.y+1; y++ {
		d := abs(y*12 + c.c.m - e)
		if bd < 0 || d < bd {
			best, bd = y, d
		}
	}
	if best <= c.c.y {
		return 0, false
	}
	return best, true
}

// bracketWouldAhead returns the closing bracket when c, a date after the
// story's, stands in brackets inside a sentence and the bracket holds a
// clause of its own, in the future in the past or the past: "threw the
// councillors from the windows (the second defenestration, in 1618,
// would open the Thirty Years' War). The king died on 16 August" goes on
// in the story's year after the bracket, as does "(a second siege, in
// 1683, ended at the gates)". A bracket of dates alone ("(1829)", "(r.
// 1312-37)") is left to other rules. It returns -1 otherwise.
func (s *state) bracketWouldAhead(c cand) int {
	if s.t.hasDCT || s.ref < 0 || s.refCal.g < gYear || s.refCal.g == gWeek || s.refCal.noYear || c.c.noYear || c.c.y <= s.refCal.y {
		return -1
	}
	return s.bracketClause(c)
}

// bracketBack returns the closing bracket when c, in a narrative with no
// DCT, is a year before the story's in a clause in brackets inside a
// sentence: "Edwardes, a lieutenant (he was born in 1819 and would die in
// 1868), raised levies, and by July had shut him up" is the July of the
// story's year. A life told in brackets is an aside, as a later year
// there is (bracketWouldAhead); -1 otherwise.
func (s *state) bracketBack(c cand) int {
	if s.t.hasDCT || s.ref < 0 || s.refCal.g < gYear || s.refCal.g == gWeek || s.refCal.noYear || c.c.noYear || c.c.g < gYear || c.c.y >= s.refCal.y {
		return -1
	}
	return s.bracketClause(c)
}

// namedYearBack returns the end of the sentence when c, in a narrative
// with no DCT, is a year alone in brackets right after a name inside a
// sentence ("at Blenheim (1704)", "the Peace of Utrecht (1713)"), before
// the story's year, or after it in a relative clause on someone; -1
// otherwise.
func (s *state) namedYearBack(c cand) int {
	if s.t.hasDCT || s.ref < 0 || s.refCal.g < gYear || s.refCal.g == gWeek || s.refCal.noYear || c.c.noYear || c.c.g != gYear || c.j != c.i+1 || c.c.y == s.refCal.y {
		return -1
	}
	if c.i < 3 || !s.isPunct(c.i-1, '(') || !s.isPunct(c.j, ')') || s.toks[c.i-2].kind != tkWord || !s.toks[c.i-2].cap || s.sentenceEnd(c.i-3) {
		return -1
	}
	if c.c.y > s.refCal.y && !s.whoseBefore(c.i) && !s.titleYear(c) {
		// (a later year so named moves the story on, unless a relative
		// clause on someone holds it: "Peter, whose victory at Poltava
		// (1709) was still years away, rebuilt his army. In January" is
		// the January after the story's November; or the name is a
		// written work's title, whose year is its writer's: "described
		// the wounded in A Memory of Solferino (1862). On 8 July" is the
		// story's July)
		return -1
	}
	for k, n := c.j+1, 0; k < len(s.toks) && n < 80; k, n = k+1, n+1 {
		if s.toks[k].para {
			return -1
		}
		if s.sentenceEnd(k) {
			return k
		}
	}
	return -1
}

// whoseBefore reports whether a relative clause opened by "whose" or
// "who" after a comma holds token i: the pronoun stands before it in its
// sentence within 12 tokens, with a comma right before it.
func (s *state) whoseBefore(i int) bool {
	for k, n := i-1, 0; k >= 1 && n < 12; k, n = k-1, n+1 {
		if s.sentenceEnd(k) {
			return false
		}
		if s.isWordIn(k, "whose", "who") {
			return s.isPunct(k-1, ',')
		}
	}
	return false
}

// bracketYears returns the closing bracket when c, in a narrative with no
// DCT and a story with a year, is a year of a span of years in brackets
// alone, right after a word inside a sentence: "whose reign (1643–1715)
// was", "Vauban (1633–1707) directed"; -1 otherwise.
func (s *state) bracketYears(c cand) int {
	if s.t.hasDCT || s.ref < 0 || s.refCal.g < gYear || s.refCal.noYear || c.c.g != gYear || c.c.noYear || c.j != c.i+1 {
		return -1
	}
	open := -1
	switch {
	case c.i >= 2 && s.isPunct(c.i-1, '('):
		open = c.i - 1
	case c.i >= 4 && s.isPunct(c.i-1, '-') && s.toks[c.i-2].kind == tkNum && s.isPunct(c.i-3, '('):
		open = c.i - 3
	default:
		return -1
	}
	if open < 1 || s.toks[open-1].kind != tkWord || s.sentenceEnd(open-1) || !s.toks[open-1].cap && !s.isWordIn(open-1, "reign", "life", "rule", "lifetime", "tenure", "pontificate") {
		// (a person's or a reign's span: the years of an event of the
		// story, "The siege lasted two years (1629–1631)", date it)
		return -1
	}
	e := c.j
	if !s.isPunct(e, ')') {
		if !s.isPunct(e, '-') || e+2 >= len(s.toks) || s.toks[e+1].kind != tkNum || !s.isPunct(e+2, ')') {
			return -1
		}
		e += 2
	} else if open == c.i-1 && s.toks[open-1].cap && !s.citedYear(e) {
		// (one year in brackets after a name dates the work or the event
		// it names: "until On the Origin of Species (1859), twenty years
		// later"; but see citedYear)
		return -1
	}
	if e+1 >= len(s.toks) || s.lineBreak(e+1) || s.toks[e+1].para || s.sentenceEnd(e) {
		return -1 // a heading's span ("The war at sea (1778–1783)") dates the section
	}
	return e
}

// citedYear reports whether the bracket closing at e, holding one year
// after a name, cites a writer's work in a clause in the present tense
// ("historians such as Fred Anderson (2000) regard it as a turning
// point", "Smith (1998) argues"): the writer's year, no time of the story.
func (s *state) citedYear(e int) bool {
	for k, n := e+1, 0; k < len(s.toks) && n < 8 && !s.sentenceEnd(k); k, n = k+1, n+1 {
		if s.presentForm(k) || s.isWordIn(k, "regard", "argue", "argues", "suggest", "suggests", "describe", "describes", "call", "calls", "see", "sees", "estimate", "estimates", "note", "notes", "claim", "claims", "maintain", "maintains", "consider", "considers") {
			return true
		}
		if s.toks[k].kind == tkPunct && !s.isPunct(k, ',') {
			return false
		}
	}
	return false
}

// bracketClause returns the closing bracket when c stands in brackets
// opened inside a sentence (not at its start) that hold a clause, a past
// verb or "would" in them; -1 otherwise.
func (s *state) bracketClause(c cand) int {
	// (A semicolon inside the bracket parts its clauses, not the
	// sentence: "Espartero (born 1793; he would be regent from 1840 to
	// 1843) forced the bridge on Christmas Eve" is the story's Christmas.)
	// (A bracket may hold a long clause: "(born in 1670 as the son of
	// a duke, he would be killed by a cannonball in the trenches before
	// Philippsburg in June 1734)" is an aside to its end.)
	open := -1
	for k, n := c.i-1, 0; k >= 0 && n < 40; k, n = k-1, n+1 {
		if s.sentenceEnd(k) && !s.isPunct(k, ';') || s.isPunct(k, ')') {
			return -1
		}
		if s.isPunct(k, '(') {
			if k > 0 && !s.sentenceEnd(k-1) {
				open = k
			}
			break
		}
	}
	if open < 0 {
		return -1
	}
	verb := false
	for k := open + 1; k < c.i; k++ {
		if s.isWord(k, "would") || s.pastFormBefore(k, k+1) {
			verb = true
		}
	}
	for k, n := c.j, 0; k < len(s.toks) && n < 40; k, n = k+1, n+1 {
		if s.isPunct(k, '(') || s.sentenceEnd(k) && !s.isPunct(k, ')') && !s.isPunct(k, ';') {
			return -1
		}
		if s.isPunct(k, ')') {
			if verb {
				return k
			}
			return -1
		}
		if s.isWord(k, "would") || s.pastFormBefore(k, k+1) {
			verb = true
		}
	}
	return -1
}

// validUntilAhead returns the end of the sentence when c, a date after
// the last one named, ends the term of something's validity: "valid
// until", "in force until", "in effect until", "binding until" ("it
// remained valid until April 1946", "the treaty was to stay in force
// until 1990"). The term is a look ahead; the story goes on from the date
// it was at. It returns -1 otherwise.
func (s *state) validUntilAhead(c cand) int {
	if c.i < 3 || s.ref < 0 || s.refCal.g < gYear || s.refCal.g == gWeek || s.refCal.noYear || c.c.noYear {
		return -1
	}
	u := -1
	if s.w(c.i-1) == wUntil {
		u = c.i - 1
	} else if s.w(c.i-1) == wIn {
		// The end may be named by an event and dated after it: "in
		// force until the next war in 1914", "valid until its renewal
		// in 1950", "in force until the second war broke out in 1848".
		// (The event's name may hold an apostrophe: "until the Nine
		// Years' War broke out in 1688".)
		for k := c.i - 2; k >= 1 && k >= c.i-10; k-- {
			if s.toks[k].kind != tkWord && !s.isPunct(k, '\'') {
				break
			}
			if s.w(k) == wUntil {
				u = k
				break
			}
		}
	}
	if u < 3 {
		return -1
	}
	if !(c.c.y > s.refCal.y || c.c.y == s.refCal.y && c.c.g >= gDay && s.refCal.g >= gDay && c.c.day() > s.refCal.day()) {
		return -1
	}
	if !s.isWordIn(u-1, "valid", "binding", "effective") && !(s.isWordIn(u-1, "force", "effect") && s.isWord(u-2, "in")) {
		return -1
	}
	return s.untilAsideEnd(u, c)
}

// untilAsideEnd returns where a look ahead to c, the end of a stretch
// after "until" at u, ends: the comma right after c when "until" stands in
// a relative clause, which that comma closes ("a ban that stayed in force
// until 1782, and the act passed the following year" goes on from the
// story's year after it); else the end of the sentence.
func (s *state) untilAsideEnd(u int, c cand) int {
	if c.j < len(s.toks) && s.isPunct(c.j, ',') && s.relativeUntil(u) {
		return c.j
	}
	return s.plainSentenceEnd(c.j, 30)
}

// untilEventIn returns the "until" that opens a clause dating its event
// by "in" and c ("until the diet abolished them in 1567"): only words
// between, at most six; -1 when c is not so placed.
func (s *state) untilEventIn(c cand) int {
	if c.i < 2 || s.w(c.i-1) != wIn {
		return -1
	}
	for k := c.i - 2; k >= 1 && k >= c.i-7; k-- {
		if s.toks[k].kind != tkWord {
			return -1
		}
		if s.w(k) == wUntil {
			return k
		}
	}
	return -1
}

// forwardAside returns the end of the sentence when c, a year after the
// last date's, lies in a relative clause that ends the sentence and tells
// of a death (", where he lived until his death in 1972.", ", who died
// in 1890."): a look ahead from the story, not a move of it. It returns
// -1 otherwise.
// notUntilAhead returns the end of the sentence of c when c, a date of a
// later year than the story's, follows "not until" and the next sentence
// opens with "meanwhile" (in its first six tokens), which goes back to the
// story's time; -1 otherwise.
func (s *state) notUntilAhead(c cand) int {
	if c.i < 2 || s.ref < 0 || s.refCal.g < gYear || s.refCal.g == gWeek || s.refCal.noYear || c.c.noYear || c.c.y <= s.refCal.y ||
		s.w(c.i-1) != wUntil {
		return -1
	}
	// A relative clause after a comma that denies its verb until the date
	// tells a later fate of the thing it is about, as an aside:
	// "withdrew to the beachheads, which did not fall until January 1943.
	// On 28 September" is the story's year.
	rel, not := false, false
	for k, n := c.i-2, 0; k > 0 && n < 8; k, n = k-1, n+1 {
		if s.toks[k].kind == tkPunct {
			rel = not && s.isPunct(k, ',') && s.isWordIn(k+1, "which", "who", "where") && !s.toks[k+1].cap
			break
		}
		if s.isWord(k, "not") {
			not = true
		}
	}
	if !rel && !s.isWord(c.i-2, "not") {
		return -1
	}
	for k, n := c.j, 0; k < len(s.toks) && n < 30; k, n = k+1, n+1 {
		if s.sentenceEnd(k) {
			if rel && s.isPunct(k, '.') {
				return k
			}
			for m := k + 1; m < len(s.toks) && m <= k+6; m++ {
				if s.isWord(m, "meanwhile") {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// cleftAhead returns the end of the sentence of c when c, a year at least
// two years after the story's date (a season, a month or a day; in an
// aside, the story's saved date), is the focus of a cleft that looks
// ahead: "it was only in 1901 that", "it was not until 1901 that", "it
// was 1901 before", or an inverted one opening its sentence, "Only in
// 1590 did", "Not until 1604 was". The same focus after the verb looks
// ahead alike, for a date with its year in a later year than the story's
// (a season, a month or a day): "The decree was approved by parliament
// only on 25 February 1912" told of November 1911 is "it was only on 25
// February 1912 that the decree was approved", and the story goes on in
// 1911 after the sentence. It returns -1 otherwise.
func (s *state) cleftAhead(c cand) int {
	if e := s.onlyAfterVerb(c); e >= 0 {
		return e
	}
	if s.t.hasDCT || c.i < 3 || c.c.noYear || c.c.g != gYear {
		return -1
	}
	story := s.refCal
	if s.flashEnd >= 0 && c.i <= s.flashEnd {
		story = s.saved.refCal
	} else if s.ref < 0 {
		return -1
	}
	if story.g < gSeason || story.g == gWeek || story.noYear || c.c.y < story.y+2 {
		return -1
	}
	k := c.i - 1
	if s.isWordIn(c.j, "did", "was", "were", "could", "would", "had") && (s.w(k) == wIn && s.isWord(k-1, "only") || s.w(k) == wUntil && s.isWord(k-1, "not")) &&
		k >= 1 && (k-1 == 0 || s.sentenceEnd(k-2)) {
		// The inverted cleft looks ahead alike: "Only in 1590 did the
		// king admit the loss", "Not until 1604 was peace made".
		return s.plainSentenceEnd(c.j, 40)
	}
	switch {
	case s.w(k) == wIn && s.isWord(k-1, "only"):
		k -= 2
	case s.w(k) == wUntil && s.isWord(k-1, "not"):
		k -= 2
	case s.w(k) == wIn && s.w(k-1) == wUntil && s.isWord(k-2, "not"):
		k -= 3
	default:
		return -1
	}
	if k < 1 || !s.isWord(k, "was") || !s.isWord(k-1, "it") || !s.isWord(c.j, "that") {
		return -1
	}
	return s.plainSentenceEnd(c.j, 40)
}

// onlyAfterVerb is cleftAhead's focus after the verb: "only in" or "only
// on" inside its sentence before c, a date with its year in a later year
// than the story's last date (a season, a month or a day, in a narrative
// with no DCT, outside an aside), the word before "only" a word of the
// clause. It returns the end of the sentence, -1 otherwise.
func (s *state) onlyAfterVerb(c cand) int {
	if s.t.hasDCT || c.i < 3 || c.c.noYear || c.c.g < gYear || c.c.g == gWeek || s.ref < 0 || s.flashEnd >= 0 ||
		s.refCal.g < gSeason || s.refCal.g == gWeek || s.refCal.noYear || c.c.y <= s.refCal.y {
		return -1
	}
	k := c.i - 1
	if s.w(k) != wIn && !s.isWord(k, "on") || !s.isWord(k-1, "only") || s.toks[k-2].kind != tkWord || s.isWordIn(k-2, "not", "if") {
		return -1
	}
	return s.plainSentenceEnd(c.j, 40)
}

// peakAhead returns the end of the sentence of c when c, a date of a later
// year than the story's (in a narrative with no DCT), is the time of
// something's height: "at its height", "at their peak" in the words just
// before it ("at their height the following year", "at its peak in
// 1969"). It returns -1 otherwise.
func (s *state) peakAhead(c cand) int {
	if s.t.hasDCT || c.i < 3 || s.ref < 0 || s.refCal.g < gYear || s.refCal.g == gWeek || s.refCal.noYear || c.c.noYear || c.c.y <= s.refCal.y {
		return -1
	}
	found := false
	for k, n := c.i-1, 0; k >= 2 && n < 4; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			return -1
		}
		if s.isWordIn(k, "height", "peak", "zenith") && s.isWordIn(k-1, "its", "their") && s.isWord(k-2, "at") {
			found = true
			break
		}
	}
	if !found {
		return -1
	}
	return s.plainSentenceEnd(c.j, 40)
}

// untilYearAhead returns the end of the sentence of c when c, a year (or
// a season, a month or a day with its year) at least two years after the
// story's date, which is a season, a month or a day, follows "until" in a
// clause denied by "not" or "never" before it ("the river did not return
// to its old course until 1947", "the city was never rebuilt until 1952",
// "the empress did not return until January 1902"): the date bounds a
// state looking ahead, not a move of the story. "It was not until" stays
// with notUntilAhead. A date only one year on (a month or a year, told
// of a story told by months or days) looks ahead alike when its sentence
// closes the paragraph: the paragraph ends by telling how long what it
// told went on ("the old city was shelled on 6 December, and the siege
// was not finally lifted until May 1992."), and the next paragraph goes
// back to the story ("Vukovar fell on 18 November" is the story's
// November). It returns -1 otherwise.
func (s *state) untilYearAhead(c cand) int {
	if s.t.hasDCT || c.i < 3 || s.ref < 0 || s.refCal.g < gSeason || s.refCal.noYear || c.c.noYear || c.c.g < gYear || c.c.g == gWeek ||
		c.c.y < s.refCal.y+1 || s.w(c.i-1) != wUntil || s.isWordIn(c.i-2, "not", "never") {
		return -1
	}
	if c.c.y == s.refCal.y+1 {
		e := s.plainSentenceEnd(c.j, 30)
		if s.refCal.g < gMonth || c.c.g > gMonth || e < 0 || !s.isPunct(e, '.') || e+1 >= len(s.toks) || !s.toks[e+1].para {
			return -1
		}
		// (but "that" before a month or a season in the next sentence
		// points back to the year just named: "did not return until
		// February 1666. That September a fire" is 1666's September)
		for k, n := e+1, 0; k+1 < len(s.toks) && n < 40 && !s.sentenceEnd(k); k, n = k+1, n+1 {
			if s.isWord(k, "that") && (s.isMonthAt(k+1) || s.isWordIn(k+1, "spring", "summer", "autumn", "fall", "winter", "year")) {
				return -1
			}
		}
	}
	neg := false
	for k, n := c.i-2, 0; k >= 0 && n < 12; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.isPunct(k, ';') || s.isPunct(k, ',') || s.w(k) == wAnd && neg {
			break
		}
		if s.isWordIn(k, "not", "never") {
			neg = true
		}
	}
	if !neg {
		return -1
	}
	return s.plainSentenceEnd(c.j, 30)
}

// stateUntilAhead returns the end of the sentence of c when c, a date at
// least two years after the story's date, which is a season, a month or a
// day, follows "until" in a clause whose verb tells of a state lasting
// ("remained", "stayed", "lasted"): "The town remained in their hands
// until 1948", "the colony remained under occupation for three years and
// eight months, until 30 August 1945". It returns -1 otherwise.
func (s *state) stateUntilAhead(c cand) int {
	if s.t.hasDCT || c.i < 3 || s.ref < 0 || s.refCal.g < gSeason || s.refCal.noYear || c.c.noYear || c.c.g < gYear || c.c.g == gWeek ||
		c.c.y < s.refCal.y+1 {
		return -1
	}
	// The end may be an event dated after "until": "which remained the law
	// until the diet abolished them in 1567" looks ahead to 1567 as
	// "remained the law until 1567" does.
	u := c.i - 1
	if s.w(u) != wUntil {
		if u = s.untilEventIn(c); u < 0 || c.c.y < s.refCal.y+2 {
			return -1
		}
	}
	if c.c.y < s.refCal.y+2 {
		// A year just after the story's stays a look ahead only in a
		// relative clause, a side remark on a noun ("an inquiry that sat
		// until 1874"); a main clause may carry the story on.
		if !s.lastedUntil(u) || !s.relativeUntil(u) || s.whenNarrates(c.j) {
			return -1
		}
		return s.untilAsideEnd(u, c)
	}
	found := false
	for k, n := u-1, 0; k >= 0 && n < 14; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			break
		}
		if s.isWordIn(k, "remained", "stayed", "lasted", "continued", "survived", "persisted", "endured", "lingered", "stood") {
			found = true
			break
		}
	}
	if !found && c.c.y >= s.refCal.y+5 && u >= 2 && s.participle(u-1) && s.isWordIn(u-2, "was", "were") && !s.isPunct(u-1, ',') {
		// A state a passive sets, lasting years past the story: "the
		// Black Sea was neutralised until 1871", "the port was closed
		// until 1920".
		found = true
	}
	if !found && s.lastedUntil(u) && s.relativeUntil(u) {
		// A stretch told in a relative clause hangs on a noun of the
		// story and looks ahead of it: "the indemnity, for which Spain
		// paid in instalments until 1702", "a commission that sat until
		// 1921".
		found = true
	}
	if !found || s.whenNarrates(c.j) {
		return -1
	}
	return s.untilAsideEnd(u, c)
}

// spanEndAhead returns the end of the sentence when c, a date after the
// story's, ends a stretch that a relative clause on a noun gives whole,
// its start and its end: "which began on 28 June 1922 and ended in May
// 1923", "that opened in March 1915 and closed in January 1916". The
// clause sums up the noun; the story goes on from the start, which is
// the date before c ("Collins was killed on 22 August" is 1922's). It
// returns -1 otherwise.
func (s *state) spanEndAhead(c cand) int {
	if s.t.hasDCT || c.i < 6 || s.ref < 0 || s.refCal.g < gMonth || s.refCal.g == gWeek || s.refCal.noYear || c.c.noYear || c.c.g < gYear || c.c.g == gWeek ||
		!s.isWordIn(c.i-1, "in", "on") || !s.isWordIn(c.i-2, "ended", "finished", "closed", "concluded") || s.w(c.i-3) != wAnd {
		return -1
	}
	cm := c.c.m
	if cm == 0 {
		cm = 12
	}
	if c.c.y*12+cm <= s.refCal.y*12+s.refCal.m || s.refTok >= c.i-3 || s.refTok < 2 {
		return -1
	}
	// the start: "began on 28 June 1922" right before the "and"
	if !s.isWordIn(s.refTok-1, "in", "on") || !s.isWordIn(s.refTok-2, "began", "started", "opened", "commenced") {
		return -1
	}
	for k, n := s.refTok-3, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		if s.isWordIn(k, "which", "that") && !s.toks[k].cap {
			return s.plainSentenceEnd(c.j, 30)
		}
		if s.toks[k].kind != tkWord {
			return -1
		}
	}
	return -1
}

// countByAhead returns the end of the sentence when c, a date after the
// story's month or day, follows "by" in a clause that gives a count
// reached ("there were 15,000 of them", "numbered 2,000", "had reached
// 40,000") with no other verb: the figure reached by then is told ahead of
// the story ("Cuban troops began to arrive in December; there were about
// 15,000 of them by the following March. The attacks had failed by the
// end of the year" is 1977's end). It returns -1 otherwise.
func (s *state) countByAhead(c cand) int {
	if s.t.hasDCT || c.i < 4 || s.ref < 0 || s.refCal.g < gMonth || s.refCal.g == gWeek || s.refCal.noYear || c.c.noYear || c.c.g < gYear || c.c.g == gWeek ||
		s.w(c.i-1) != wBy {
		return -1
	}
	cm := c.c.m
	if cm == 0 {
		cm = 12
	}
	if c.c.y*12+cm <= s.refCal.y*12+s.refCal.m {
		return -1
	}
	count, num := false, false
	for k, n := c.i-2, 0; k >= 0 && n < 12; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.isPunct(k, ';') || s.isPunct(k, ':') {
			break
		}
		if s.toks[k].kind == tkNum {
			num = true
		}
		if s.isWordIn(k, "were", "was") && s.isWord(k-1, "there") || s.isWordIn(k, "numbered", "totalled", "totaled", "reached") {
			count = true
			break
		}
	}
	if !count || !num {
		return -1
	}
	return s.plainSentenceEnd(c.j, 30)
}

// captiveUntilAhead returns the end of the sentence when c, a date some
// months or more after the story's day, ends a captivity after
// "held", "kept", "imprisoned", "detained", "interned", "jailed" or
// "confined" and "until", in a clause that tells of a prisoner or a
// captive: "Its commander was taken prisoner on 22 October and held until
// May 1963. On the 23rd Tawang was evacuated" goes on in October. A
// prisoner's release is his fate, told ahead, not a time the story moves
// to; -1 otherwise.
func (s *state) captiveUntilAhead(c cand) int {
	// (a story told by days: "was captured in May 1940 and held until
	// June 1945. In July he returned home" may go on with the prisoner)
	if s.t.hasDCT || c.i < 3 || s.ref < 0 || s.refCal.g < gDay || s.refCal.g == gWeek || s.refCal.noYear || c.c.noYear || c.c.g < gYear || c.c.g == gWeek ||
		s.w(c.i-1) != wUntil {
		return -1
	}
	cm, rm := c.c.m, s.refCal.m
	if cm == 0 {
		cm = 1
	}
	if c.c.y*12+cm-(s.refCal.y*12+rm) < 3 {
		return -1
	}
	held := false
	for k := c.i - 2; k >= 0 && k >= c.i-4; k-- {
		if s.toks[k].kind != tkWord {
			break
		}
		if s.isWordIn(k, "held", "kept", "imprisoned", "detained", "interned", "jailed", "confined") {
			held = true
			break
		}
	}
	if !held {
		return -1
	}
	captive := false
	for k, n := c.i-2, 0; k >= 0 && n < 30 && !s.sentenceEnd(k); k, n = k-1, n+1 {
		if s.isWordIn(k, "prisoner", "prisoners", "captive", "captives", "captured", "arrested", "hostage", "hostages", "imprisoned", "interned", "detained", "jailed", "seized") {
			captive = true
			break
		}
	}
	if !captive || s.whenNarrates(c.j) {
		return -1
	}
	return s.plainSentenceEnd(c.j, 30)
}

// relativeUntil reports whether "until" at u stands in a relative clause
// ("which", "that", "who", "whom", "whose") opened within the eight words
// before it, with no comma, semicolon or sentence end between.
func (s *state) relativeUntil(u int) bool {
	for k, n := u-1, 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.isPunct(k, ',') || s.isPunct(k, ';') {
			return false
		}
		if s.isWordIn(k, "which", "that", "who", "whom", "whose") {
			return true
		}
	}
	return false
}

// whenNarrates reports whether ", when" at k opens a clause in the simple
// past after a date: the clause tells what happened on the date, which is
// then the story's ("lasted until 17 September 1939, when the Red Army
// invaded Poland. The following spring" is the spring of 1940), not a
// look ahead ("until 1990, when it would be sold").
func (s *state) whenNarrates(k int) bool {
	if !s.isPunct(k, ',') || !s.isWord(k+1, "when") {
		return false
	}
	for m, n := k+2, 0; m < len(s.toks) && n < 10; m, n = m+1, n+1 {
		if s.sentenceEnd(m) || s.isPunct(m, ',') || s.isWordIn(m, "would", "was", "were", "had") && s.w(m+1) == wTo || s.isWordIn(m, "would", "could", "might", "should") {
			return false
		}
		if s.pastForm(m) {
			return true
		}
	}
	return false
}

// appositiveRelative reports whether the comma at k opens a noun in
// apposition with a relative clause on it: ", a reprisal that", ", a
// step which", ", the treaty that".
func (s *state) appositiveRelative(k int) bool {
	if k+3 >= len(s.toks) || !s.isWordIn(k+1, "a", "an", "the") {
		return false
	}
	for m := k + 2; m < len(s.toks) && m <= k+4; m++ {
		if s.toks[m].kind != tkWord || s.toks[m].cap {
			return false
		}
		if m > k+2 && s.isWordIn(m, "that", "which") {
			return true
		}
		if s.lx(m) != nil {
			return false
		}
	}
	return false
}

// fateWord reports whether token k tells a person's fate, which a
// relative clause set off by commas tells ahead of the story: a death,
// also at another's hands ("who was later strangled in 1588"), an exile,
// an honour, a pardon ("Kaul, who died in 1972, resigned the following
// week"; "The captain, who was awarded the medal in 2000, died three
// days later"). "The Rebellion, which broke out in May 1857, delayed the
// expedition" and "Nixon, who took office in January 1969, promised
// peace" tell no fate: the story moves to their dates.
func (s *state) fateWord(k int) bool {
	return s.deathWord(k) || s.isWordIn(k, "exiled", "banished", "sentenced", "convicted", "imprisoned", "jailed", "awarded", "decorated", "knighted", "ennobled", "pardoned", "rehabilitated", "buried", "reburied", "canonized", "canonised", "beatified", "retired")
}

// beforeDeath returns the death word's token when the words from token j
// date what comes before them by someone's death (", four years before
// his death", "a year after her execution", "shortly before his death"),
// -1 otherwise. A date so placed is a life told to its end ("was made a
// field marshal in 1924, four years before his death").
func (s *state) beforeDeath(j int) int {
	k := j
	if s.isPunct(k, ',') {
		k++
	}
	for n := 0; n < 4 && k < len(s.toks) && !s.isWordIn(k, "before", "after"); n, k = n+1, k+1 {
		if s.sentenceEnd(k) || s.toks[k].kind == tkPunct {
			return -1
		}
	}
	if s.isWordIn(k, "before", "after") && s.isWordIn(k+1, "his", "her") && s.deathWord(k+2) {
		return k + 2
	}
	return -1
}

// deathWord reports whether token k names a death, also at another's
// hands ("was hanged in 1651", "whose execution in 1649").
func (s *state) deathWord(k int) bool {
	return s.isWordIn(k, "death", "died", "killed", "executed", "execution", "hanged", "beheaded", "strangled", "poisoned", "guillotined", "lynched", "assassinated", "murdered")
}

func (s *state) forwardAside(c cand) int {
	// A season later in the year of the day the story is on, in such a
	// clause, looks ahead too, of whatever it tells: "surprised the fort
	// on May 10, whose cannon were dragged to Boston over the winter. On
	// June 17" is the June of that year.
	season := s.ref >= 0 && s.refCal.g >= gDay && s.refCal.g != gWeek && !s.refCal.noYear && s.refCal.m > 0 &&
		c.c.g == gSeason && !c.c.noYear && c.c.y == s.refCal.y && seasonStart[c.c.part] > s.refCal.m
	if !season && (s.ref < 0 || s.refCal.g < gYear || s.refCal.g == gWeek || s.refCal.noYear || c.c.noYear || c.c.y <= s.refCal.y) {
		return -1
	}
	open, appos := -1, false
	for k, n := c.i-1, 0; k > 0 && n < 20; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.isPunct(k, ';') || s.isPunct(k, '(') || s.isPunct(k, ')') {
			return -1
		}
		if s.isPunct(k, ',') {
			if s.isWordIn(k+1, "where", "who", "whom", "whose", "which") && !s.toks[k+1].cap {
				open = k
			} else if c.anchor >= 0 && s.appositiveRelative(k) {
				open, appos = k, true
			}
			break
		}
	}
	if open < 0 {
		return -1
	}
	// A fate (fateWord) is told ahead of the story; so is whatever such a
	// clause tells of a decade or more after the story's month or day
	// ("Colonel Brandt, who wrote a memoir of the campaign in 1951, led
	// the first assault"), where a year close ahead may be the story
	// moving ("The minister, who took office in January 1882, received
	// him. In June" is 1882's).
	death := appos || s.refCal.g >= gMonth && c.c.y >= s.refCal.y+10
	if !season && s.refCal.g >= gDay && s.refTok >= 0 && s.refTok < open && s.oneSentence(s.refTok, c.i) && s.isWord(open+1, "which") {
		// A clause on a thing ("which"), set off after the day its
		// sentence tells, looks ahead of that day to the thing's later
		// lot: "signed a treaty on 21 September 1832 ceding the land,
		// which was opened to settlers on 1 June 1833. He spent the
		// winter in prison" is 1832's winter.
		death = true
	}
	for k := open + 1; k < c.i; k++ {
		if s.fateWord(k) {
			death = true
		}
	}
	for k, n := c.j, 0; k < len(s.toks) && n < 8; k, n = k+1, n+1 {
		if s.fateWord(k) {
			death = true
		}
		if s.sentenceEnd(k) {
			if death || season {
				return k
			}
			return -1
		}
		if s.isPunct(k, ',') && death && !appos {
			// a relative clause set off by commas inside the sentence
			// closes after the year: "The engineer, who died in 1860, was
			// not present", "The duke, whose death in 1803 ended the
			// scheme, raised the money" looks ahead only there
			return k
		}
		if s.toks[k].kind == tkPunct && !s.isPunct(k, '.') && !s.wordHyphen(k) {
			return -1
		}
	}
	return -1
}

// standInYear gives a day held in the stand-in year yearlessYear the
// year that day n, the first with a year, tells, when n lies within half
// a year before it (back: n is a flashback before the story's day) or
// after it (the story moved on to n); otherwise the day keeps the
// stand-in year, and what counts from it is written without a year
// (standIn): "had been fortified in 1866" tells no year of the story.
// Other dates come back as they were.
func (s *state) standInYear(d cal, n cal, back bool) cal {
	if d.noYear || d.y != yearlessYear || d.g < gDay || d.g == gWeek || d.m == 0 || d.d == 0 {
		return d
	}
	if n.noYear || n.g < gDay || n.g == gWeek || n.m == 0 || n.d == 0 {
		s.standIn = true
		return d
	}
	nd := timeline.DaysFromCivil(n.y, n.m, n.d)
	for _, y := range [...]int{n.y - 1, n.y, n.y + 1} {
		dd := timeline.DaysFromCivil(y, d.m, min(d.d, timeline.DaysIn(y, d.m)))
		if back && dd-nd > 0 && dd-nd <= 183 || !back && nd-dd >= 0 && nd-dd <= 183 {
			d.y = y
			return d
		}
	}
	s.standIn = true
	return d
}

// afterCounted returns the unit and count of a DURATION c of months or
// years that opens its sentence after "After" ("After seven months of
// fighting", "After a siege of two years,"), told in narrative right
// after a month or a day on which something began: the story has moved
// on by that much from it.
func (s *state) afterCounted(c cand, val, mod string) (unit, int, bool) {
	if s.t.hasDCT || c.typ != timeline.TypeDuration || mod != "" || s.ref < 0 || s.flashEnd >= 0 || s.refCal.noYear || s.yearless ||
		s.refCal.g != gMonth && s.refCal.g != gDay || s.refCal.m == 0 || len(val) < 3 || val[0] != 'P' {
		return 0, 0, false
	}
	var u unit
	switch val[len(val)-1] {
	case 'M':
		u = uMonth
	case 'Y':
		u = uYear
	default:
		return 0, 0, false
	}
	n, err := strconv.Atoi(val[1 : len(val)-1])
	if err != nil || n < 1 || n > 20 {
		return 0, 0, false
	}
	k := c.i - 1
	if k >= 3 && s.w(k) == wOf && s.isWordIn(k-2, "a", "an") && s.toks[k-1].kind == tkWord && !s.toks[k-1].cap {
		k -= 3 // "After a siege of seven months"
	}
	if k < 0 || !s.isWord(k, "after") || k > 0 && !s.sentenceEnd(k-1) {
		return 0, 0, false
	}
	if s.refTok < 0 || s.refTok >= c.i || !s.plainSentenceBefore(s.refTok, k) {
		return 0, 0, false
	}
	// The count runs from the ref only when the ref began what is
	// counted ("The siege began in October 1935. After seven months of
	// fighting"), not from a day inside it ("On 21 November the British
	// dropped their demand. After four months of talks, the treaty was
	// signed" counts from August).
	lo := s.refTok
	for m := 0; lo > 0 && m < 40 && !s.sentenceEnd(lo-1); m++ {
		lo--
	}
	for m := lo; m < k; m++ {
		if s.isWordIn(m, "began", "begun", "started", "opened", "erupted") || s.isWord(m, "broke") && s.isWord(m+1, "out") {
			return u, n, true
		}
	}
	return 0, 0, false
}

// plainSentenceBefore reports whether the sentence that token k opens
// follows at once the one the ref at token r stands in (no paragraph
// break between): "The siege began in October 1935. After seven months".
func (s *state) plainSentenceBefore(r, k int) bool {
	if r < 0 || k <= r || k >= len(s.toks) || s.toks[k].pi != s.toks[r].pi {
		return false
	}
	ends := 0
	for m := r; m < k; m++ {
		if s.sentenceEnd(m) {
			ends++
		}
	}
	return ends <= 1
}

// yearlessYear stands in for the unknown year of a story that gives none:
// a leap year, so that 29 February counts.
const yearlessYear = 2000

// reportDay reports whether, in news, c is the day a report was made
// ("police said Wednesday") after a day the story is about, in its
// paragraph: what follows goes on with that day, not with the report's
// ("in connection with Saturday's shooting, police said Wednesday. The
// victim was shot at about 11:40 p.m.").
func (s *state) reportDay(c cand) bool {
	if !s.t.hasDCT || c.c.g != gDay || s.dayRef < 0 || s.dayPi != s.toks[c.i].pi || s.dayCal.day() >= c.c.day() {
		return false
	}
	return s.reportedOn(c.i)
}

// sayingDayAfterPlan reports whether c, a day after a verb of reporting
// at the end of its sentence, follows a day ahead of the DCT named before
// it in the same sentence: "will open bookings on Monday, officials
// announced Friday." The day of saying is when the news came out; what
// follows ("Booking opens at 8 a.m.") is of the day planned.
func (s *state) sayingDayAfterPlan(c cand) bool {
	if !s.t.hasDCT || c.c.g != gDay || c.typ != timeline.TypeDate || !s.reportedOn(c.i) || s.dayRef < 0 || s.dayTok < 0 || s.dayTok >= c.i ||
		s.dayCal.noYear || s.dayCal.g != gDay || s.dayCal.day() <= s.t.dct.day() || !s.oneSentence(s.dayTok, c.i) {
		return false
	}
	return c.j < len(s.toks) && s.sentenceEnd(c.j)
}

// reportedOn reports whether the day at i dates a verb of reporting
// before it ("police said Wednesday", "the group reported on Monday"),
// "here" of the dateline's city between them too ("the customs office
// said here Monday", "told reporters here on Friday").
func (s *state) reportedOn(i int) bool {
	k := i - 1
	if s.w(k) == wOn {
		k--
	}
	if k > 0 && s.isWord(k, "here") && !s.toks[k].cap {
		k--
	}
	return s.reporting(k)
}

// figuresDay reports whether c is the day figures were given out ("Sales
// fell in January, the group reported Monday", "Exports rose 5 percent in
// 2007, the ministry said on Friday"): a day after a verb of reporting,
// with a month, quarter, half or year named before it in the sentence.
// The period the figures describe stays the anchor: "a year earlier" in
// the next sentence is a year before January, not before Monday.
func (s *state) figuresDay(c cand) bool {
	if !s.t.hasDCT || c.typ != timeline.TypeDate || c.c.g != gDay || s.ref < 0 || s.refTok < 0 || s.refTok >= c.i || s.refCal.noYear ||
		!(s.refCal.g == gMonth || s.refCal.g == gQuarter || s.refCal.g == gHalf || s.refCal.g == gYear) {
		return false
	}
	return s.oneSentence(s.refTok, c.i) && s.reportedOn(c.i)
}

// presentForm reports whether the word at k is a verb in the simple
// present: "is", "are", "has", "have", "begins", "holds".
func (s *state) presentForm(k int) bool {
	w := s.word(k)
	for _, p := range [...]string{"is", "are", "has", "have", "does", "do"} {
		if lowerEq(w, p) {
			return true
		}
	}
	n := len(w)
	return s.toks[k].kind == tkWord && !s.toks[k].cap && n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && s.toks[k].lex() != nil && s.toks[k].lex().tense > 0
}

// datedPassive reports whether the present-tense verb at k is "is" or
// "are" of a passive of dating, before the date at i: "The crossing is
// usually placed in late October", "the battle is dated to August". The
// historian's present dates one past event, no yearly one, so the month
// is the story's, not any year's.
func (s *state) datedPassive(k, i int) bool {
	if k < 0 || k >= i || !s.isWordIn(k, "is", "are") {
		return false
	}
	p := k + 1
	for p < i && s.toks[p].kind == tkWord && s.adverb(s.word(p)) {
		p++ // "usually", "traditionally", "generally"
	}
	return p < i && s.isWordIn(p, "dated", "placed", "assigned") && s.isWordIn(p+1, "to", "in", "at") && p+2 <= i && p+3 >= i
}

// resolve picks the year of a partial date from the reference date and
// the tense of its sentence.
func (s *state) resolve(c cand) cand {
	if !c.partial {
		return c
	}
	if c.typ == timeline.TypeDate && c.c.g == gDay && c.c.m > 0 && c.c.d > 0 {
		if y, ok := s.styleYear(c); ok {
			// "9 June [O.S. 30 May] 1672": both days are of the year
			// written after the bracket; the one in the bracket is an
			// aside, no anchor for what follows.
			c.partial, c.c.noYear, c.c.y, c.anchor = false, false, y, -1
			if s.isPunct(c.j, ']') || s.isPunct(c.j, ')') {
				c.noRef = true
			}
			return c
		}
	}
	leapDay := c.c.g >= gDay && c.c.m == 2 && c.c.d == 29
	c = s.resolveYear(c)
	if leapDay && c.c.g >= gDay && !c.c.noYear && c.c.m == 2 && c.c.d >= 28 && timeline.DaysIn(c.c.y, 2) < 29 && c.wd == 0 {
		c.c.d = 29
		// A Feb. 29 without its year is a leap day, of the leap year
		// nearest the year the tense gave: "warned about Feb. 29",
		// written in December 1999, is 2000's (on a tie the earlier).
		for dy := 1; dy <= 8; dy++ {
			if timeline.DaysIn(c.c.y-dy, 2) == 29 {
				c.c.y -= dy
				break
			}
			if timeline.DaysIn(c.c.y+dy, 2) == 29 {
				c.c.y += dy
				break
			}
		}
	}
	if c.wd > 0 && c.c.g >= gDay && !c.c.noYear && c.c.m > 0 && c.c.d > 0 && timeline.Weekday(c.c.day()) != c.wd {
		// The weekday named with it picks the year: "Monday, Feb. 17"
		// written in January 2025 is 2025's, whatever the tense says.
		for _, dy := range [...]int{1, -1} {
			y := c.c.y + dy
			if c.c.d <= timeline.DaysIn(y, c.c.m) && timeline.Weekday(timeline.DaysFromCivil(y, c.c.m, c.c.d)) == c.wd {
				c.c.y = y
				break
			}
		}
	}
	return c
}

// frontedYear reports whether the last date named is a year set at the
// head of the sentence of token i ("In 2005, ..."), which frames the
// sentence's bare days and months.
func (s *state) frontedYear(i int) bool {
	k := s.refTok
	if k < 1 || k >= i || s.w(k-1) != wIn || !(k-1 == 0 || s.sentenceEnd(k-2)) {
		return false
	}
	if !s.oneSentence(k+1, i) {
		return false
	}
	return true
}

// afterClause reports whether the expression at i stands in a clause
// opened by "after" or "following" that follows the last date named in
// its sentence: what it tells came before that date ("A third lockdown
// began on 6 January, after cases rose in December" is the December
// before). ("after 6 January" itself is a date, not a clause.)
func (s *state) afterClause(i int) bool {
	if s.ref < 0 || s.refTok < 0 || s.refTok >= i {
		return false
	}
	after := -1
	for k := s.refTok + 1; k < i; k++ {
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			return false
		}
		if (s.w(k) == wAfter || s.isWord(k, "following")) && k+1 < i && s.toks[k+1].kind == tkWord && !s.isMonthAt(k+1) &&
			(s.toks[k+1].lex() == nil || s.w(k+1) == wThe || s.w(k+1) == wA) {
			after = k
		}
	}
	if after < 0 {
		return false
	}
	// The date in the clause "after" opens: one past verb between, no
	// punctuation ("after a siege of five months, and the treaty ended
	// the war on 30 May", "after a month of attempts to revive it the
	// mission was declared over on 1 March" go on in a main clause).
	verbs := 0
	for k := after + 1; k < i; k++ {
		if s.toks[k].kind == tkPunct || s.isWordIn(k, "which", "that", "to") {
			return false
		}
		if e := s.lx(k); e != nil && e.tense == -1 || s.pastForm(k) {
			verbs++
		}
	}
	return verbs == 1
}

// rangeStartYear returns the year of the range just given ("from June
// 2019 to May 2020") that a month or day without a year, told right after
// it with a verb of beginning, belongs to: the first year, when it puts
// the date inside the range. "Fires began unusually early, in September"
// is September 2019, "The strike lasted from March 1984 to March 1985. It
// began on 6 March" is 1984's, the story starting over from the range's
// beginning. ("He served from June 2019 to May 2020. In September he
// became governor" moves on: no such verb.)
func (s *state) rangeStartYear(c cand, anchor int) (int, bool) {
	from, end := s.rangeFrom, s.rangeEnd
	if anchor < 0 || anchor != s.rangeTo || from.noYear || end.noYear || from.g < gYear || end.g < gMonth || end.g == gWeek ||
		from.y >= end.y || c.c.m == 0 || (c.c.g != gMonth && c.c.g != gDay) || from.g >= gMonth && c.c.m < from.m {
		return 0, false
	}
	lo, hi := c.i, c.j
	lo = s.sentStart(lo, 30)
	hi = s.sentEnd(hi, 30)
	for k := lo; k <= hi; k++ {
		if s.isWordIn(k, "began", "begun", "started", "erupted", "opened") || s.isWord(k, "broke") && s.isWord(k+1, "out") {
			return from.y, true
		}
	}
	return 0, false
}

// winterInRange returns the year of the winter within the span just
// given (anchor being its end), when a winter of year y, told right after
// it in narrative, would be the one after the span's end: a bare winter
// told of a span from one autumn to the next spring is the winter within
// it, "fought from 28 October 1940 to 23 April 1941 [...] the front froze
// for the winter" is 1940-WI, and so is "that winter".
func (s *state) winterInRange(anchor, y int) (int, bool) {
	r0, r1 := s.rangeFrom, s.rangeEnd
	if s.t.hasDCT || anchor < 0 || anchor != s.rangeTo || r0.g < gMonth || r1.g < gMonth || r0.g == gWeek || r1.g == gWeek || r0.noYear || r1.noYear || r0.m == 0 ||
		r0.y != r1.y-1 || r1.m < 3 || r1.m > 11 || y != r1.y {
		return 0, false
	}
	return r0.y, true
}

// inLeadSpanYear returns the year a month or a day without a year, told
// in the simple past after base, takes from the span of months the lead
// gives the story, when it would fall before the span in base's year:
// the year after base's when base's year would take the story back and
// the next puts it inside the span, or, after a bare year of background more
// than a year before a span of a year or less, the one year that puts it
// inside ("The siege lasted from September 1870 to January 1871. The
// city had last been besieged in 1815. On 19 September the Prussians
// closed the ring" is 1870's).
func (s *state) inLeadSpanYear(c cand, base cal) (int, bool) {
	if y := s.leadYearFrom; y > 0 && !s.leadSet && !s.t.hasDCT && c.c.g >= gMonth && c.c.g != gWeek && c.c.m > 0 && !base.noYear && base.g == gYear && (base.y < y-1 || s.ref == s.leadYearTo) && !s.leadParagraph(c.i) &&
		s.refPi != s.toks[c.i].pi && (s.dayRef < 0 || s.dayCal.noYear || s.dayCal.y < y) {
		// After a bare year of background more than a year before the
		// span of years the lead gives the war, a bare month in a later
		// paragraph, before any day of the span was told,
		// goes back to the story, which begins with the span: "was
		// fought from 1921 to 1926 [...] troops pushed inland after the
		// conference of 1906. [...] The Rifians attacked on 1 June" is
		// 1921's; so, after background, is one still counted from the
		// span's end year: "fought from 1896 to 1899. [...] The first
		// traders had reached the hills in 1871. [...] The tribes
		// attacked on 3 March" is 1896's. (Not once the story has
		// reached the span: "on 22 July
		// [1880] ... the worst defeat since the retreat of 1842. Roberts
		// set out on 8 August" stays in 1880.)
		lo, hi := s.sentStart(c.i, 40), s.sentEnd(c.j, 40)
		if s.pastPerfect(lo, hi) {
			return 0, false
		}
		return y, true
	}
	if !s.leadSet || s.t.hasDCT || c.c.g < gMonth || c.c.g == gWeek || c.c.m == 0 || base.noYear || base.g < gYear || base.g == gWeek || s.leadParagraph(c.i) {
		return 0, false
	}
	from := s.leadFrom.y*12 + s.leadFrom.m
	end := s.leadEnd.y*12 + s.leadEnd.m
	here := base.y*12 + c.c.m
	if here >= from {
		return 0, false
	}
	y := 0
	back := base.g >= gMonth && base.m > 0 && here < base.y*12+base.m
	far := end-from < 12 && base.g == gYear && base.y < s.leadFrom.y-1
	switch {
	case back && here+12 >= from && here+12 <= end:
		// (only when base's year would take the story back: "Menshikov
		// left on 21 May" after February 1853 stays in 1853, the prelude
		// told forward before a war that began in October)
		y = base.y + 1
	case far && s.leadFrom.y*12+c.c.m >= from && s.leadFrom.y*12+c.c.m <= end:
		y = s.leadFrom.y
	case far && s.leadEnd.y*12+c.c.m >= from && s.leadEnd.y*12+c.c.m <= end:
		y = s.leadEnd.y
	default:
		return 0, false
	}
	if y <= base.y {
		return 0, false
	}
	lo, hi := c.i, c.j
	lo = s.sentStart(lo, 40)
	hi = s.sentEnd(hi, 40)
	if s.pastPerfect(lo, hi) {
		return 0, false
	}
	return y, true
}

// leadParagraph reports whether token i is in an article's lead: its
// first paragraph, or the one after a title line of its own ("Rif
// War\nThe Rif War was fought from 1921 to 1926", a plain-text export).
func (s *state) leadParagraph(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	return s.leadPi(s.toks[i].pi)
}

// leadPi is leadParagraph for the paragraph numbered pi.
func (s *state) leadPi(pi int32) bool {
	if len(s.toks) == 0 {
		return false
	}
	p0 := s.toks[0].pi
	switch pi {
	case p0:
		return true
	case p0 + 1:
		for k := 0; k < len(s.toks) && s.toks[k].pi == p0; k++ {
			if k >= 12 || s.sentenceEnd(k) && s.toks[k+1].pi == p0 || s.toks[k].kind == tkNum {
				return false
			}
		}
		return true
	}
	return false
}

// fromOpen reports whether the timex at index anchor, the ref, opens a
// stretch with "from" that names no end ("From late 1961 the government
// pursued a forward policy"): the story is in that stretch after it, so a
// month of the year that would fall before the stretch began is the next
// year's, however far back it would be ("In June a post was set up" is
// June 1962), unless a past perfect looks back. So, in a narrative, does
// a stretch "since" a date: "the mills had been idle since August 1893,
// and in March the marchers set out" is March 1894.
func (s *state) fromOpen(anchor int) bool {
	if anchor < 0 || anchor != s.ref || s.refTok < 1 || s.refTok >= len(s.toks) || s.w(s.refTok-1) != wFrom && (s.w(s.refTok-1) != wSince || s.t.hasDCT) || anchor >= len(s.res.Timexes) {
		return false
	}
	end := s.res.Timexes[anchor].End
	k := s.refTok
	for k < len(s.toks) && int(s.toks[k].end) <= end {
		k++
	}
	// ("from late 1961 to 1963", "from June until August": a range, told
	// by its end)
	if k < len(s.toks) && (s.w(k) == wTo || s.isWordIn(k, "until", "till", "through", "onwards", "onward") || s.toks[k].kind == tkPunct && !s.isPunct(k, ',') && !s.sentenceEnd(k)) {
		return false
	}
	return true
}

// crossesYear reports whether a month or day without a year, told after the
// last date base of a story late in its year (anchor, the index of that
// date, may make "late 2019" its last months), has crossed into the next:
// "elected in November 1932, he took office in March" is March 1933,
// "designated on 19 December; the cabinet was formed on January 21" is
// the next January. A story runs forward, and a jump of eight months
// or more back within the year would be told as one ("had", "earlier
// that year"); a month up to four after the last date is read forward. The
// past perfect looks back and keeps the year ("in December 1990 ... in
// February he had warned").
func (s *state) crossesYear(c cand, base cal, anchor int) bool {
	if base.g == gYear && !base.noYear && anchor >= 0 && anchor < len(s.res.Timexes) && s.res.Timexes[anchor].Mod == "END" {
		// "In late 2019 a new virus appeared. On 30 January the WHO
		// declared an emergency": the end of a year is its last months.
		base.g, base.m = gMonth, 12
	}
	switch {
	case base.g == gWeek && !base.noYear && base.part > 0:
		// A week is of the days it holds: "came ashore on 24 November.
		// Two weeks later Finland declared its independence, and the war
		// broke out in January" goes on into the next year from the
		// week's December, as from a month or a day (the week's Thursday
		// decides its month, as it decides its year).
		y, m, d := timeline.CivilFromDays(weekMonday(base) + 3)
		base = cal{g: gDay, y: y, m: m, d: d}
	case base.g == gHalf && base.part == 2, base.g == gQuarter && base.part == 4:
		// "during the second half of 2023, and again in January": so
		// after the last half or quarter of a year
		base.g, base.m = gMonth, 12
	case base.g == gSeason && base.part == 3:
		base.g, base.m = gMonth, 10 // "in the autumn of 1943 ... In January"
	}
	cm := c.c.m
	if c.c.g == gSeason && (c.c.part == 1 || c.c.part == 2) {
		// A spring told after a December is the next one, as March is:
		// "surrendered on 10 December 1877 ... in the spring", by its
		// first month.
		cm = []int{0, 3, 6}[c.c.part]
	} else if c.c.g != gMonth && c.c.g != gDay {
		return false
	}
	if base.g < gMonth || base.g == gWeek || base.m == 0 || cm == 0 ||
		cm >= base.m || cm+12-base.m > 4 && !s.fromOpen(anchor) && !s.waitEnded(c.i) {
		return false
	}
	if s.w(c.i-1) == wBy {
		// "by mid-January the talks had stalled": done by a time ahead,
		// the past perfect of a deadline, not a look back
		return true
	}
	lo, hi := c.i, c.j
	for n := 0; lo > 0 && n < 40 && !s.sentenceEnd(lo-1); n++ {
		if s.isPunct(lo-1, ';') || lo >= 2 && s.isPunct(lo-2, ',') && s.isWordIn(lo-1, "and", "but") {
			// the date's own clause, back as ahead: "Within a week the
			// attack had stalled, and on 3 January the Allies struck"
			// goes on into January; the past perfect before the "and"
			// is of another clause.
			break
		}
		if lo >= 2 && s.isPunct(lo-2, ',') && s.isWordIn(lo-1, "which", "who", "where") {
			// so is a relative clause after a comma, which tells what
			// came next: "Within a month the rebels had taken Bayamo,
			// which they burned in January" goes on into January.
			break
		}
		lo--
	}
	for n := 0; hi < len(s.toks)-1 && n < 40 && !s.sentenceEnd(hi); n++ {
		if s.isPunct(hi, ';') || s.isPunct(hi, ',') && s.isWordIn(hi+1, "and", "but", "while") {
			// the date's own clause: "returned on 14 January, and by
			// March half had gone home" has a deadline of its own after
			break
		}
		if hi >= c.j && s.toks[hi].kind == tkWord && !s.toks[hi].cap && s.isWordIn(hi, "after", "once", "because", "although", "though") && hi+1 < len(s.toks) && s.toks[hi+1].kind == tkWord && !s.isWord(hi+1, "that") {
			// a clause of time or cause after the date takes the past
			// perfect of what came first, and says nothing of the
			// date's own clause: "won at the ford on 2 February, after
			// a comet had been seen" goes on into February
			break
		}
		if hi == c.j && s.isPunct(hi, ',') && (s.isWord(hi+1, "when") || s.isWord(hi+1, "by") && s.isWord(hi+2, "which") && s.isWord(hi+3, "time")) {
			// so does a clause on the date itself: "reached the town on
			// 25 January, when (by which time) the garrison had
			// surrendered"
			break
		}
		hi++
	}
	for k := lo; k < c.i; k++ {
		if s.w(k) == wEarlier || s.isWord(k, "previously") || s.isWord(k, "back") && s.lookBackWord(k, c.i) {
			return false // "Earlier, in February, the fleet trained": a look back
		}
	}
	return !s.pastPerfect(lo, hi)
}

// waitEnded reports whether the clause of the date at i says, before it,
// that something long awaited came at last ("finally", "eventually", "at
// last"): the month it names is the first such after the last date, up to
// a year on, not one of that date's year before it ("had urged in
// September 1939 that the leads be mined. The cabinet finally agreed in
// March" is 1940's March).
func (s *state) waitEnded(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 10; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.toks[k].kind == tkPunct {
			return false
		}
		if s.isWordIn(k, "finally", "eventually") || s.isWord(k, "last") && k > 0 && s.isWord(k-1, "at") {
			return true
		}
	}
	return false
}

// countedBack reports whether c, a month or day without a year, ends a
// length of time counted back from the date just named: the length stands
// in apposition to that date, after its comma, and is followed by "after"
// or "since" within eight words before c, with no punctuation between
// ("formed on 21 December 2010, nine months after the election of 7
// March"). A length of a state ("rested for two weeks after the battle of
// 3 May") is no such count.
func (s *state) countedBack(c cand, base cal) bool {
	n := len(s.res.Timexes)
	if n < 2 || c.c.m == 0 || c.c.g != gMonth && c.c.g != gDay || base.g < gMonth || base.g == gWeek || base.m == 0 || base.noYear {
		return false
	}
	dur, prev := &s.res.Timexes[n-1], &s.res.Timexes[n-2]
	if dur.Type != timeline.TypeDuration || prev.Type != timeline.TypeDate {
		return false
	}
	k := c.i - 1
	for ; k >= 2 && k >= c.i-8; k-- {
		if w := s.w(k); w == wAfter || w == wSince {
			break
		}
		if s.toks[k].kind == tkPunct {
			return false
		}
	}
	if k < 2 || k < c.i-8 || int(s.toks[k-1].end) != dur.End {
		return false
	}
	p := k - 1
	for p > 0 && int(s.toks[p].start) > dur.Start {
		p--
	}
	return p >= 2 && int(s.toks[p].start) == dur.Start && s.isPunct(p-1, ',') && int(s.toks[p-2].end) == prev.End
}

// lookBackWord reports whether "back" at k looks back in time, before a
// time ("back in February", "back then", "Back on 3 January") or the date
// at i itself, rather than telling of a return ("went back to work in
// February", "was back at its base in January", "came back in March").
func (s *state) lookBackWord(k, i int) bool {
	if k+1 == i || s.isWord(k+1, "then") {
		return true
	}
	if k > 0 && s.isWordIn(k-1, "went", "came", "was", "were", "got", "flew", "sailed", "moved", "headed", "brought", "sent", "turned", "fought", "bounced", "is", "are", "be", "been", "go", "come", "get", "goes", "comes") {
		return false
	}
	return true
}

// wayFor reports whether the date at i stands in a phrase of what an act
// prepares, within twelve words before it in its sentence: "opening the
// way for an early election in the spring", "paved the way for a vote in
// March", "setting the stage for layoffs in April", "laid the ground for
// talks in June".
func (s *state) wayFor(i int) bool {
	for k := i - 1; k >= 2 && k >= i-12; k-- {
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			return false
		}
		if s.isWordIn(k, "way", "stage", "ground", "groundwork") && s.isWord(k+1, "for") && s.w(k-1) == wThe &&
			s.isWordIn(k-2, "open", "opens", "opened", "opening", "pave", "paves", "paved", "paving", "clear", "clears", "cleared", "clearing",
				"set", "sets", "setting", "prepare", "prepares", "prepared", "preparing", "lay", "lays", "laid", "laying") {
			return true
		}
	}
	return false
}

// proposedBefore reports whether the date at i is the time of something
// proposed: a verb of proposing, then a gerund or "to" and a verb, within
// eight words before it in its clause: "proposed holding the vote in
// January", "suggested meeting again on May 4", "offered to resign in
// March". ("The union proposed a strike in March" says when it proposed.)
func (s *state) proposedBefore(i int) bool {
	for k := i - 1; k > 0 && k >= i-8; k-- {
		if s.toks[k].kind == tkPunct {
			return false
		}
		if !s.isWordIn(k, "proposed", "suggested", "recommended", "offered", "urged", "proposing", "suggesting") {
			continue
		}
		if k+1 >= i {
			return false
		}
		if s.w(k+1) == wTo {
			return k+2 < i && s.toks[k+2].kind == tkWord && s.toks[k+2].lex() == nil
		}
		w := s.word(k + 1)
		n := len(w)
		return s.toks[k+1].kind == tkWord && n > 4 && string(w[n-3:]) == "ing"
	}
	return false
}

// lookedBack reports whether a month or day without a year, later in the
// calendar than the last date base of a story, is told in the past
// perfect before it: the past perfect looks back from the story's time,
// so the date is the year before's ("By March 2023 inflation, which had
// peaked at 70 percent in September, was falling" is September 2022).
// "By June he had left" ("had" after the date) is the story's June; a
// plan or hope held before ("had planned to return in June") is not a
// look back.
func (s *state) lookedBack(c cand, base cal) bool {
	if c.c.g == gSeason || base.g == gSeason {
		// Seasons by their first months: "The war opened in the autumn
		// of 1675. Sweden had marched into Brandenburg over the winter"
		// is the winter before it (1674-WI), not the one after.
		if c.c.g == gSeason && c.c.part > 0 && c.c.part < len(seasonStart) {
			c.c.g, c.c.m = gMonth, seasonStart[c.c.part]
		}
		if base.g == gSeason && base.part > 0 && base.part < len(seasonStart) {
			base.g, base.m = gMonth, seasonStart[base.part]
		}
	}
	if base.g < gMonth || base.g == gWeek || base.m == 0 || c.c.m == 0 || (c.c.g != gMonth && c.c.g != gDay) || c.c.m <= base.m {
		return false
	}
	if c.i > 0 && s.w(c.i-1) == wBy {
		// "In March 1862 the army advanced. It had reached the river by
		// June": the past perfect of a deadline looks ahead, as in
		// crossesYear.
		return false
	}
	if s.afterClause(c.i) {
		return true
	}
	if s.countedOnAfter(c) {
		// "The Emperor and the Dutch had signed an alliance on 12 May;
		// England declared war five days later": the story counts on
		// from the date, which is its own, no look back.
		return false
	}
	if s.frontBeforeClause(c.i) {
		// "Before Napier could reach India, Gough had won at Gujrat on
		// 21 February": the past perfect looks back from the later
		// event the opening clause names, not from the story's date.
		return false
	}
	if !base.noYear && s.ref >= 0 && s.refTok >= 0 && s.refTok < c.i && s.refCal.g >= gMonth && s.refCal.m == base.m && s.refCal.y == base.y &&
		s.oneSentence(s.refTok, c.i) && s.hadClauseAt(s.refTok) {
		// So after a month or day its sentence told in the past perfect,
		// written without its year: "had arrived in November, and the
		// fleet had sailed on 13 December" (after February 1904) is
		// 1903's November and December, not a December a year further
		// back.
		return false
	}
	if !base.noYear && s.pastPerfectDatedBefore(c.i, base.y) {
		// A past perfect after a date its sentence told in the past
		// perfect goes on from it, the flashback running forward: "had
		// joined the counties into one province in April 1917, but the
		// Bolsheviks had taken Tallinn in November" is 1917's November.
		return false
	}
	if !s.t.hasDCT && !base.noYear {
		// A past perfect looks back from the time its sentence goes on
		// to name: "besieged from April 1491. Its sultan, who had signed
		// the capitulation on 25 November, handed over the keys on 2
		// January 1492" is 1491's November, between the two.
		for k, n := c.j, 0; k < len(s.toks) && n < 30 && !s.sentenceEnd(k); k, n = k+1, n+1 {
			if y, _, ok := s.yearTok(k); ok && y == base.y+1 {
				return false
			}
			// So from a later day of the story's year its main clause
			// names with "on": "Makarov, who had arrived in early March,
			// was killed on 13 April" (after February 1904) is March 1904.
			if e := s.lx(k); e != nil && e.month > 0 && int(e.month) >= c.c.m && c.c.m > 0 && s.onDayAt(k) {
				if _, _, ok := s.yearTok(k + 1); !ok && s.closedAsideBefore(c.j, k) {
					return false
				}
			}
		}
	}
	for k, n := c.i-1, 0; k > 0 && n < 12 && s.toks[k].kind != tkPunct && s.w(k) != wAnd && !s.isWord(k, "but"); k, n = k-1, n+1 {
		// (in the date's own clause: "its columns had advanced 500
		// kilometres, and Smolensk fell on 16 July" is the story's July)
		if s.w(k) == wHad && s.toks[k+1].kind == tkWord && !s.toks[k+1].cap && !s.hadObject(k) {
			if s.relativeHad(k) {
				return false
			}
			return !s.isWordIn(k+1, "planned", "expected", "hoped", "intended", "promised", "agreed", "scheduled", "proposed", "wanted", "meant", "been", "bet", "anticipated", "forecast")
		}
	}
	return false
}

// onDayAt reports whether the month at k is a day's, after "on": "on 13
// April", "on April 13".
func (s *state) onDayAt(k int) bool {
	if k >= 2 && s.toks[k-1].kind == tkNum && s.isWord(k-2, "on") {
		return true
	}
	return k >= 1 && k+1 < len(s.toks) && s.toks[k+1].kind == tkNum && s.toks[k+1].ndig <= 2 && s.isWord(k-1, "on")
}

// closedAsideBefore reports whether a comma between tokens from and to
// closes the clause at from, and no past perfect follows it before to:
// the main clause the aside was set in goes on in the simple past.
func (s *state) closedAsideBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if s.isPunct(k, ',') {
			return !s.pastPerfect(k+1, to)
		}
	}
	return false
}

// pastPerfectDatedBefore reports whether the sentence of token i names
// the year y before it in a clause in the past perfect ("had joined ...
// in April 1917, but"), "had" and a verb within 14 words before the year.
func (s *state) pastPerfectDatedBefore(i, y int) bool {
	for k, n := i-1, 0; k >= 0 && n < 40 && !s.sentenceEnd(k); k, n = k-1, n+1 {
		if yy, _, ok := s.yearTok(k); !ok || yy != y {
			continue
		}
		return s.hadClauseAt(k)
	}
	return false
}

// hadClauseAt reports whether token k stands in a clause in the past
// perfect: "had" and a verb within 14 words before it, no comma or
// semicolon between.
func (s *state) hadClauseAt(k int) bool {
	for m, p := k-1, 0; m >= 0 && p < 14 && !s.sentenceEnd(m) && !s.isPunct(m, ',') && !s.isPunct(m, ';'); m, p = m-1, p+1 {
		if s.w(m) == wHad && m+1 < len(s.toks) && s.toks[m+1].kind == tkWord && !s.toks[m+1].cap {
			return true
		}
	}
	return false
}

// flashLeftBefore reports whether, in a narrative with no DCT, an aside
// back before the story's date ended at a semicolon before token i in
// its sentence, with its anchors in s.left: "Its walls had been breached
// in May 1452; two months later".
func (s *state) flashLeftBefore(i int) bool {
	if s.t.hasDCT || s.leftEnd < 0 || s.leftEnd >= i || !s.isPunct(s.leftEnd, ';') || s.left.ref < 0 || s.left.refCal.noYear || s.left.refCal.g < gYear || s.left.refCal.g == gWeek {
		return false
	}
	for k := s.leftEnd + 1; k < i; k++ {
		if s.sentenceEnd(k) || s.toks[k].kind == tkNum {
			return false
		}
	}
	return true
}

// countedOnAfter reports whether the clause after c's, past a semicolon
// in its sentence, counts days or weeks on from it ("; England declared
// war five days later"), nothing dated between.
func (s *state) countedOnAfter(c cand) bool {
	semi := -1
	for k, n := c.j, 0; k < len(s.toks) && n < 20; k, n = k+1, n+1 {
		if s.isPunct(k, ';') {
			semi = k
			break
		}
		if s.sentenceEnd(k) {
			return false
		}
		if s.toks[k].kind == tkNum || s.lx(k) != nil && (s.lx(k).month > 0 || s.lx(k).weekday > 0) {
			return false
		}
	}
	if semi < 0 {
		return false
	}
	for k, n := semi+1, 0; k+1 < len(s.toks) && n < 16; k, n = k+1, n+1 {
		if s.sentenceEnd(k) || s.toks[k].kind == tkPunct {
			return false
		}
		if s.w(k+1) == wLater && s.lx(k) != nil && (s.lx(k).unit == uDay || s.lx(k).unit == uWeek) {
			return true
		}
	}
	return false
}

// frontBeforeClause reports whether the sentence of token i opens with a
// clause of "Before" or "By the time", closed by a comma before i:
// "Before Napier could reach India, however, Gough had won".
func (s *state) frontBeforeClause(i int) bool {
	lo := i
	lo = s.sentStart(lo, 40)
	if !(s.w(lo) == wBefore || s.w(lo) == wBy && s.w(lo+1) == wThe && s.isWord(lo+2, "time")) {
		return false
	}
	if s.w(lo) == wBefore && (s.isWordIn(lo+1, "that", "this", "then", "these", "those", "it", "long") || s.toks[lo+1].kind == tkNum) {
		return false // "Before that, it had wintered in Poland": no clause, the story's time
	}
	for k := lo + 3; k < i; k++ {
		if s.isPunct(k, ',') {
			return true
		}
		if s.toks[k].kind == tkPunct {
			return false
		}
	}
	return false
}

// restatedDay reports whether c, a day, opens a bracket set right after a
// day already tagged ("7 November 1917 (25 October O.S.)", "9 June 1672
// (30 May in the Julian calendar)", "8 November 1917 (25-26 October in
// the Old Style)"): the same day told in another reckoning, which leaves
// the story on the day before the bracket.
func (s *state) restatedDay(c cand) bool {
	if c.typ != timeline.TypeDate || c.c.g != gDay || c.c.noYear {
		return false
	}
	ob := -1
	for k := c.i - 1; k >= 0 && k >= c.i-3; k-- {
		if s.isPunct(k, '(') || s.isPunct(k, '[') {
			ob = k
			break
		}
		if s.toks[k].kind != tkNum && !s.isPunct(k, '-') && s.toks[k].kind != tkPunct {
			return false
		}
	}
	if ob < 1 {
		return false
	}
	end := int(s.toks[ob-1].end)
	for n, k := 0, len(s.res.Timexes)-1; k >= 0 && n < 3; n, k = n+1, k-1 {
		tx := s.res.Timexes[k]
		if tx.Span.End == end {
			return tx.Type == timeline.TypeDate && len(tx.Value) == 10 && tx.Value[4] == '-' && tx.Value[7] == '-'
		}
	}
	return false
}

// styleYear returns the year written after a bracketed date in the other
// style ("O.S.", "N.S.", "Old Style", "New Style") that c stands before
// or inside: "9 June [O.S. 30 May] 1672", "8 February (O.S. 28 January)
// 1725".
func (s *state) styleYear(c cand) (int, bool) {
	open, close := -1, -1
	if s.isPunct(c.j, '[') || s.isPunct(c.j, '(') {
		open = c.j
		for n := c.j + 1; n < len(s.toks) && n <= c.j+8; n++ {
			if s.isPunct(n, ']') || s.isPunct(n, ')') {
				close = n
				break
			}
		}
	} else if s.isPunct(c.j, ']') || s.isPunct(c.j, ')') {
		close = c.j
		for n := c.i - 1; n >= 0 && n >= c.i-5; n-- {
			if s.isPunct(n, '[') || s.isPunct(n, '(') {
				open = n
				break
			}
		}
	}
	if open < 0 || close < 0 {
		return 0, false
	}
	style := false
	for n := open + 1; n < close; n++ {
		if s.toks[n].cap && (s.isWord(n, "o") || s.isWord(n, "n") || s.isWord(n, "os") || s.isWord(n, "ns")) ||
			(s.isWord(n, "old") || s.isWord(n, "new")) && s.isWord(n+1, "style") {
			style = true
			break
		}
	}
	if !style && close == open+3 && s.dayOfMonthAt(open+1) && (open == c.j || open >= 2 && s.isMonthAt(open-1) && s.toks[open-2].kind == tkNum) {
		// A day and month alone in the bracket, beside another, is the
		// same day in the other style, the mark left out: "killed on 30
		// January (11 February) 1829".
		style = true
	}
	if !style {
		return 0, false
	}
	y, _, ok := s.yearTok(close + 1)
	if !ok || y < 1000 || y > 1999 {
		return 0, false
	}
	return y, true
}

// resolveYear is resolve without the weekday check.
func (s *state) resolveYear(c cand) cand {
	c.partial = false
	base, anchor, ok := s.base(true, c.i)
	if !ok {
		c.anchor = -1
		c.note = "date without a year and no reference date: year left unknown"
		return c
	}
	if anchor < 0 && (c.c.g == gDay && c.c.d > 0 || c.c.g == gMonth) && c.c.m > 0 && s.laterPlanYear(c.i) {
		// A plan's calendar dated in a later year goes on in it: "the
		// ferry will resume sailings on 6 April 2026 and run a summer
		// service from 15 June", written in 2025, is June 2026, not the
		// coming June of the year written.
		base, anchor = s.refCal, s.ref
	}
	c.anchor = anchor
	c.dctRel = anchor < 0 && s.t.hasDCT
	if y, k, ok := s.fiscalEndDay(c); ok {
		c.c.y, c.c.noYear, c.anchor, c.dctRel = y, false, k, false
		return c
	}
	if (c.c.g == gMonth || c.c.g == gDay) && c.c.m > 0 && s.entryHead(c) {
		if h, k, ok := s.prevEntryHead(c.i); ok {
			// A chronology is read heading by heading: an entry dated
			// by its month alone ("Sept. 28 — ...") is in the year of
			// the heading before it ("2017" on its own line, "Feb. 3,
			// 2017 —"), or the next one when its month comes earlier,
			// whatever other years the entries' text names ("Feb. 3 —
			// Opening moved to August 2018.").
			y := h.y
			if h.g >= gMonth && (c.c.m < h.m || c.c.m == h.m && h.g >= gDay && c.c.g >= gDay && c.c.d < h.d) {
				y++
			}
			c.c.y, c.c.noYear, c.anchor, c.dctRel = y, false, k, false
			return c
		}
	}
	tense, by := s.tenseAt(c.i)
	if c.c.g == gMonth && c.j == c.i+1 && s.isWordIn(c.j, "delivery", "contract", "contracts", "futures") {
		// A month of delivery of a commodity lies ahead, whatever the
		// tense: "Oil for August delivery rose 45 cents", "the December
		// contract fell".
		tense, by = 1, -1
	}
	t0 := tense
	if w := s.w(c.i - 1); tense == 1 && by == c.i-1 && c.c.g == gDay && (w == wTo || w == wUntil || w == wThrough) && s.pastPutOff(by) {
		// So may a day set by a putting off told in the past: "the
		// parties then extended the deadline to July 7", "the vote was
		// moved to March 3" is the nearest such day, passed or still
		// ahead (not "has extended its warning through Thursday"; a
		// month put off to, "was postponed until March", is the coming
		// one).
		tense = nearestTense
	}
	if w := s.w(c.i - 1); tense < 0 && (w == wTo || w == wUntil || w == wThrough) && !(w == wUntil && s.lastedUntil(c.i-1)) {
		// An end point set in the past may lie ahead: "the offer was
		// extended to Nov. 6", "talks were put off until March". (Not
		// the end of a past stretch: "the talks dragged on until March",
		// "riders paid $2.25 a trip until March" ended then.)
		tense = 0
	}
	if (s.isWord(c.i-1, "set") || s.isWord(c.i-1, "sets") || s.isWord(c.i-1, "fixed") || s.isWord(c.i-1, "named") || s.isWord(c.i-1, "chose")) && s.dateAsAfter(c.i) {
		// The day chosen for what is to come: "set June 15 as the trial
		// date", "named 4 May as the deadline", whatever the tense of
		// the choosing.
		tense = 1
	}
	if tense < 0 && c.i-by > 3 && s.reporting(by) {
		// A report in the past tense says nothing of when what it reports
		// happens: "Saudi Arabia told its customers of a cutback in its
		// oil supply in September" (unless the date is the report's own:
		// "said in March").
		tense = 0
	}
	if tense == 0 && by > 0 && s.w(by-1) == wHad && (s.isWord(by, "expected") || s.isWord(by, "hoped") || s.isWord(by, "anticipated")) ||
		tense <= 0 && by > 1 && (s.isWord(by-1, "been") && s.w(by-2) == wHad || s.isWordIn(by-1, "was", "were")) && s.isWordIn(by, "expected", "anticipated") && by < c.i && c.i-by <= 3 {
		// An expectation held in the past: the nearest such month or
		// season, ahead or behind ("members who had expected a vote in
		// the autumn", written in May, is this autumn); so is one a
		// passive tells of right before the date ("a decision had been
		// expected by mid-August", "was expected in August", written in
		// July, is this August).
		tense = nearestTense
	}
	if tense < 0 && anchor < 0 && s.t.hasDCT && (c.c.g == gMonth || c.c.g == gDay) && s.threatCondition(c.i) {
		// The condition of a threat or a warning lies ahead of it: "were
		// threatened with fines if they opened before 1 October",
		// written in September, is this October, the nearest such day.
		tense = nearestTense
	}
	if tense < 0 && anchor < 0 && (c.c.g == gMonth || c.c.g == gDay) && s.decidedStart(c.i) {
		// The start of what a decision brings about is no time of the
		// deciding: "the council voted on Monday to close the road to cars
		// from August" (written in July) is the nearest August, this one.
		tense = nearestTense
	}
	if tense == 0 && anchor < 0 && s.t.hasDCT && c.i >= 2 && (s.w(c.i-1) == wIn || s.w(c.i-1) == wOn) && s.isWordIn(c.i-2, "is", "are", "falls") && !s.toks[c.i-2].cap {
		// An event placed by the present of "be" or "fall" is one of the
		// calendar, still to come: "the trial is in October", "the next
		// hearing is on 3 March", "half-term falls in late October",
		// written in June, are the coming ones (what is past "was").
		tense = 1
	}
	if tense == 0 && anchor < 0 && s.needBy(c.i) {
		// A deadline of what is needed or wanted now is one to meet:
		// "needs the money by December", written in July, is this
		// December.
		tense = 1
	}
	if tense <= 0 && anchor < 0 && s.t.hasDCT && s.w(c.i-1) == wBy && (c.c.g == gMonth || c.c.g == gSeason) && s.possibilityBefore(c.i) {
		// A deadline of what may happen lies ahead, as for a weekday:
		// "prices could fall by March", "levels could drop another five
		// feet by spring".
		tense = 1
	}
	if tense <= 0 && anchor < 0 && s.wayFor(c.i) {
		// What an act opens the way for comes after it: "voted on
		// Wednesday to dissolve itself, opening the way for an early
		// election in the spring", written in January, is the coming
		// spring.
		tense = 1
	}
	if anchor < 0 && c.c.g >= gDay && c.c.d > 0 && c.i >= 3 && s.w(c.i-1) == wOn && (s.isWordIn(c.i-2, "price", "prices", "level", "value") && s.isWordIn(c.i-3, "closing", "close", "share", "stock") || s.isWord(c.i-2, "close") && (s.w(c.i-3) == wThe || s.isPunct(c.i-3, '\'') || s.isWordIn(c.i-3, "its", "their"))) {
		// A price fixed at a day's close is pinned by the nearest such
		// day, whatever the tense of the deal it measures: "a premium to
		// the closing price on Oct. 14" (written Oct. 23) is just past,
		// "based on the closing price on Nov. 1" just ahead.
		tense = nearestTense
	}
	if tense != 0 && anchor < 0 && s.t.hasDCT && s.movedFrom(c.i) {
		// What was moved from a time had been planned for it: the nearest
		// such, ahead or behind, whatever the tense of the moving ("the
		// scheme was brought forward from the autumn", written in June,
		// is this autumn; "the vote, put back from March", written in
		// May, last March).
		tense = nearestTense
	}
	if tense <= 0 && s.proposedBefore(c.i) {
		// What was proposed for a date lies ahead of the proposal, which
		// may itself lie behind: the nearest such month or day ("had
		// proposed holding the vote in mid-January", written in
		// November, is the coming January).
		tense = nearestTense
	}
	if tense < 0 && anchor < 0 && s.t.hasDCT && c.c.g >= gDay && c.c.m > 0 && c.c.d > 0 && (s.attributive(c) || s.w(c.i-1) == wThe && s.voteWord(c.j)) {
		// A day named before its noun, "the Nov. 3 election", "the Dec.
		// 11 deadline", is an event of the calendar, known ahead: a past
		// verb about something else ("Early voting for the Nov. 3
		// election began last week") says nothing of it when the day
		// comes within weeks.
		y := base.y
		if c.c.m < base.m || c.c.m == base.m && c.c.d < base.d {
			y++
		}
		if c.c.d <= timeline.DaysIn(y, c.c.m) && timeline.DaysFromCivil(y, c.c.m, c.c.d)-base.day() <= 45 {
			tense = 1
		}
	}
	if s.periodEnd(c.i) {
		// The end of a period reported on, "results for the three months
		// to June", "the six months ended March 31", is the last such
		// month; in a sentence that looks ahead, one just ahead ("expects
		// profit to rise in the three months to June"), the nearest.
		if t0 > 0 {
			tense = 0
		} else {
			tense = -1
		}
	}
	if tense > 0 && s.entryHead(c) {
		// A date heading an entry of a chronology, "Nov. 14: Freezing rain
		// begins falling", is told in the present of the entry, the
		// historical present of a log: no look ahead, the nearest such
		// day (a schedule's entries, "Dec. 2: The committee votes", still
		// lie within weeks ahead).
		tense = 0
	}
	if anchor < 0 && s.t.hasDCT && s.whenDated(c.i) && (c.c.g == gMonth || c.c.g == gDay) {
		// A clause opened by ", when" after a date tells of that time: "resumed
		// in late November 2021, when a draft was agreed on Dec. 3" (written
		// in December 2022) is December 2021.
		base, anchor = s.refCal, s.ref
		c.anchor, c.dctRel = anchor, false
	}
	sameSentence := s.refTok >= 0 && s.refTok < c.i
	for k := s.refTok; sameSentence && k < c.i; k++ {
		if s.sentenceEnd(k) {
			sameSentence = false
		}
	}
	if anchor < 0 && s.t.hasDCT && tense < 0 && s.ref >= 0 && !s.refAtt && !s.refCal.noYear && (s.refCal.g == gYear || s.refCal.g == gMonth || s.refCal.g == gDay) && s.refPi == s.toks[c.i].pi && !s.sinceThenBetween(s.refTok, c.i) &&
		s.refCal.y <= s.t.dct.y-2 && (s.refCal.g == gYear && (s.res.Timexes[s.ref].Anchor < 0 || sameSentence) || s.refCal.g != gYear && c.c.m > s.refCal.m) && (c.c.g == gMonth || c.c.g == gDay) && c.c.m > 0 &&
		(sameSentence || !s.pastPerfectAside(s.refTok, c.i)) &&
		((c.c.m > s.t.dct.m || c.c.m == s.t.dct.m && c.c.d > s.t.dct.d) && 12+s.t.dct.m-c.c.m > 3 || s.frontedYear(c.i) || sameSentence && s.res.Timexes[s.ref].Anchor >= 0) {
		// News names a day or month of an earlier year with its year,
		// one of the current year without: in the past tense, a month
		// not yet come this year, after a paragraph has named a year of
		// its own years back, is that year's ("In 2018, the Camp Fire
		// destroyed Paradise. It began at 6:33 a.m. on Nov. 8", written
		// in August 2021, is 2018-11-08). (A month already come this year
		// stays this year's: "Smith was first elected in 1984. He
		// resigned in January". A year counted from another, "the
		// following year", is no such frame: "On May 22, 1995, he was
		// made a general, and the following year he was posted to
		// Washington. Cited by police in December, he was ordered home"
		// is last December; so is a month of the last three: "founded in
		// 1995. Its shares fell in December", written in January 2000,
		// is recent news.) A year set at the head of the sentence
		// frames all of it: "In 2005, after the assassination on Feb.
		// 14, protests forced the troops out by the end of April". A
		// month of that year named after it is a frame too ("In 1996 the
		// tests came back in April, and he was arrested in September",
		// written in February 1998, is 1996-09), and so is a year counted
		// within the background, for the rest of its sentence ("In June
		// 2001 they won; two years later they lost it in a vote held on
		// May 18" is 2003-05-18).
		base, anchor = s.refCal, s.ref
		c.anchor, c.dctRel = anchor, false
	}
	if anchor < 0 && s.t.hasDCT && tense < 0 && s.ref >= 0 && !s.refAtt && !s.refCal.noYear && (s.refCal.g == gMonth || s.refCal.g == gDay) && s.refCal.m > 0 && s.refCal.y < s.t.dct.y &&
		s.refTok < c.i && s.oneSentence(s.refTok, c.i) && c.c.g == gMonth && c.c.m > s.refCal.m && c.mod == "" && !s.sinceThenBetween(s.refTok, c.i) {
		// A later month of the year just named in the same sentence, told
		// in the past, goes on in that year: "In January 2023 the leader
		// was jailed, and in March a court barred him from standing",
		// written in July 2024, is March 2023.
		base, anchor = s.refCal, s.ref
		c.anchor, c.dctRel = anchor, false
	}
	if anchor < 0 && s.t.hasDCT && tense < 0 && s.ref >= 0 && !s.refAtt && !s.refCal.noYear && (s.refCal.g == gMonth || s.refCal.g == gDay) && s.refCal.m > 0 && s.refCal.y < s.t.dct.y &&
		s.refPi == s.toks[c.i].pi && s.refTok < c.i && (c.c.g == gMonth || c.c.g == gDay) && c.c.m > s.refCal.m && !s.sinceThenBetween(s.refTok, c.i) && s.headedParagraph(c.i) {
		// A background section under a heading of its own ("Background")
		// tells on from its own dates, in the simple past as in the past
		// perfect: "in February 2022 the first turbine began producing
		// power. In August the third filling was completed", written in
		// September 2023, is August 2022.
		base, anchor = s.refCal, s.ref
		c.anchor, c.dctRel = anchor, false
	}
	if anchor < 0 && s.t.hasDCT && (tense < 0 || s.pastRangeEnd(c.i)) && (c.c.g == gDay && c.c.d > 0 || c.c.g == gMonth && c.mod != "" && s.refCal.g == gDay) && c.c.m > 0 && s.ref >= 0 && !s.refAtt && !s.refCal.noYear &&
		(s.refCal.g == gMonth || s.refCal.g == gDay) && s.refCal.m > 0 && s.refCal.y <= s.t.dct.y-1 && s.refPi == s.toks[c.i].pi && s.relTok < s.refTok &&
		!s.sinceThenBetween(s.refTok, c.i) && s.monthsOnFrom(s.refCal, c.c.m, c.c.g == gMonth) {
		// A day one to three months after the month or day of an earlier
		// year just named goes on with that story, month by month, into
		// the next year if it comes to that: "Talks
		// stalled in November 2021, and the minister resigned on 2
		// January" (written in 2023) is 2022-01-02; "by October 2021
		// the rebels had taken the pass. The government declared an
		// emergency on 2 November" is 2021's November, though a 2
		// November has passed since. (A month of a year named alone
		// stays the current year's: "first elected in 1984. He resigned
		// in January". A part of a month, "late November", "mid-December",
		// goes on from a day likewise, its own month included: "declared
		// on 2 November 2021. By late November" is 2021's; so does the
		// end of a span in the past, "a counteroffensive from late
		// November to mid-December drove them back". A bare month, often
		// last year's in news: "arrested in October 2017. She pleaded guilty in November",
		// written in March 2019, is November 2018.)
		base, anchor = s.refCal, s.ref
		c.anchor, c.dctRel = anchor, false
	}
	if anchor < 0 && s.t.hasDCT && tense <= 0 && c.c.g == gDay && c.c.m > 0 && c.c.d > 0 && s.ref >= 0 && !s.refAtt && !s.refCal.noYear &&
		(s.refCal.g == gMonth || s.refCal.g == gDay) && s.refCal.m == c.c.m && s.refCal.y < s.t.dct.y && s.refPi == s.toks[c.i].pi && !s.sinceThenBetween(s.refTok, c.i) {
		// A day of the month just named with its year is a day of that
		// month: "In March 2020 he called a referendum. The vote, held
		// on 22 March, was boycotted", written in 2021, is 2020-03-22.
		// English names the same month twice only for the same month;
		// another year's would say so ("this March", "in March this
		// year").
		base, anchor = s.refCal, s.ref
		c.anchor, c.dctRel = anchor, false
	}
	if anchor < 0 && s.t.hasDCT && tense < 0 && c.c.g == gDay && c.c.m > 0 && c.c.d > 0 && s.ref >= 0 && !s.refAtt && !s.refCal.noYear &&
		s.refCal.g == gDay && s.refCal.y <= s.t.dct.y-2 && s.relTok < s.refTok && s.toks[c.i].pi == s.refPi+1 &&
		(c.c.m > s.t.dct.m || c.c.m == s.t.dct.m && c.c.d > s.t.dct.d) && c.c.d <= timeline.DaysIn(s.refCal.y, c.c.m) {
		// A day a few weeks after the full date that closed the last
		// paragraph goes on with its story, though a new paragraph
		// opens: "stepped onto the summit on May 29, 1953. ¶ The news
		// reached London on June 2" (written in May 2023) is 1953's June
		// 2; news would name a day of last year with its year or its
		// weekday, and a day not yet come this year in the past tense
		// is no news of the days just gone.
		if d := timeline.DaysFromCivil(s.refCal.y, c.c.m, c.c.d) - s.refCal.day(); d > 0 && d <= 31 {
			base, anchor = s.refCal, s.ref
			c.anchor, c.dctRel = anchor, false
		}
	}
	if anchor < 0 && s.t.hasDCT && tense < 0 && c.c.g == gMonth && c.c.m > 0 && s.dayRef >= 0 && !s.dayCal.noYear && s.dayCal.m > 0 &&
		s.dayCal.y <= s.t.dct.y-1 && s.dayPi == s.toks[c.i].pi && s.relTok < s.dayTok && s.ref >= 0 && !s.refCal.noYear && s.refCal.y == s.dayCal.y &&
		c.c.m > s.dayCal.m && c.c.m-s.dayCal.m <= 4 && !s.sinceThenBetween(s.dayTok, c.i) {
		// A month a few months after the day a story is told of, in its
		// paragraph, is of that day's year: the story runs on ("The fire
		// started at 1:20 a.m. on Jan. 8, 2017. ... Two more died in
		// hospital that week, and the last survivor was discharged in
		// March", written in 2018, is March 2017), as a writer names the
		// day with its year once and then goes on through the months.
		base, anchor = cal{g: gMonth, y: s.dayCal.y, m: c.c.m}, s.dayRef
		c.anchor, c.dctRel = anchor, false
	}
	if anchor < 0 && s.t.hasDCT && tense < 0 && c.c.g == gDay && c.c.m > 0 && c.c.d > 0 &&
		(c.c.m > s.t.dct.m || c.c.m == s.t.dct.m && c.c.d > s.t.dct.d) && 12+s.t.dct.m-c.c.m > 3 {
		if y, k, ok := s.monthNamedFar(c.c.m); ok {
			// News writes a day of a past year with its year ("Nov. 21,
			// 2016"), unless the month is one it has named with its year
			// for the story it tells: "sank with 63 aboard in November
			// 1917, the agency said on Sunday. ... The ship left Oulu on
			// the evening of 21 November", written in August 2017, is
			// 1917's November, not last year's, though weekdays of the
			// news came between. (A bare month is often last year's in
			// news: "Acme, founded in November 1987, said on Tuesday that
			// sales fell in November" is last November.)
			base, anchor = cal{g: gMonth, y: y, m: c.c.m}, k
			c.anchor, c.dctRel = anchor, false
		}
	}
	if anchor < 0 && s.t.hasDCT && tense < 0 && s.ref >= 0 && !s.refAtt && !s.refCal.noYear && s.refCal.g == gYear && s.refCal.y <= s.t.dct.y-2 &&
		(c.c.g == gMonth || c.c.g == gDay || c.c.g == gSeason) && s.sameClause(s.refTok+1, c.i) {
		// A year frames its own clause: "and in 2016 a fire shut one of
		// its furnaces for the summer", in a 2019 report, is 2016's
		// summer, as a year opening the sentence frames it.
		base, anchor = s.refCal, s.ref
		c.anchor, c.dctRel = anchor, false
	}
	if !s.t.hasDCT && anchor >= 0 && by >= 0 && t0 >= 0 && (c.c.g == gMonth || c.c.g == gSeason) && s.presentForm(by) && !s.datedPassive(by, c.i) {
		// History told in the past has no now: a month in the present
		// tense is any year's, "the festival is held in August", "its
		// term begins in late September" (XXXX-09), not the last year
		// named.
		c.anchor = -1
		return c
	}
	if !s.t.hasDCT && anchor >= 0 && (c.c.g == gMonth || c.c.g == gSeason || c.c.g == gDay) && s.yearlyClause(c.i) {
		// So does a clause of what happened every year: "Each year the
		// Oba held the festival at the end of December" is any year's
		// December (XXXX-12), not the last year named.
		c.anchor = -1
		return c
	}
	if s.t.hasDCT && (c.c.g == gMonth || c.c.g == gSeason) && (by < 0 && t0 == 0 || by >= 0 && t0 >= 0 && s.presentForm(by) && !s.datedPassive(by, c.i)) && s.yearlyClause(c.i) {
		// News tells what happens every year in the present of habit:
		// "Each year in May the village holds a boat race", "The market
		// is held every year in early December" name any year's month
		// (XXXX-05), not the nearest one to the report.
		c.anchor, c.dctRel = -1, false
		return c
	}
	c.c.noYear = false
	if y, ok := s.possessiveYearBefore(c.i); ok && anchor < 0 {
		// "Next year's edition will run from July 16": the year named
		// as the owner of the thing the date is of.
		c.c.y = y
		if c.c.g >= gDay && c.c.d > timeline.DaysIn(c.c.y, c.c.m) {
			c.c.d = timeline.DaysIn(c.c.y, c.c.m)
		}
		return c
	}
	if y, ok := s.subjectYearAcross(c); ok && anchor >= 0 && (c.c.g == gMonth || c.c.g == gDay) {
		// A new section of an article on "The 2023 Suriname protests",
		// after a background section on earlier years, is back in the
		// subject's year: "== Protests == On 17 February" is 2023's.
		c.c.noYear, c.c.y = false, y
		if c.c.g >= gDay && c.c.d > timeline.DaysIn(c.c.y, c.c.m) {
			c.c.d = timeline.DaysIn(c.c.y, c.c.m)
		}
		return c
	}
	if s.t.hasDCT && anchor >= 0 && t0 < 0 && tense < 0 && base.g >= gYear && base.g != gWeek && !base.noYear && base.y > s.t.dct.y &&
		(c.c.g == gMonth || c.c.g == gDay || c.c.g == gSeason) && !s.futureInPast(c.i) {
		// What the report tells in the past tense has happened by the
		// time of writing: a month named after a year still to come is
		// no month of that year ("By 2030 one in three will be over 65,
		// says the minister, who pushed the plan through the cabinet in
		// November", written in March 2007, is November 2006), but the
		// nearest such month before the report.
		base, anchor = s.t.dct, -1
		c.anchor, c.dctRel = -1, true
	}
	if anchor >= 0 && base.g >= gYear {
		// Narrative moves forward through its dates, and its past tense
		// says nothing about the direction from the last one: "In June
		// 1812 he invaded Russia; by December ..." stays in 1812.
		c.c.y = base.y
		if d, a, ok := s.leadEventDay(c.i); ok && (base.g == gYear || base.g == gMonth || base.g == gDay) && !base.noYear && d.y > base.y && s.refPi != s.toks[c.i].pi && c.c.m > 0 &&
			(c.c.g == gMonth || c.c.g >= gDay && c.c.d > 0) {
			// A new paragraph after a background of earlier years goes on
			// from the day the lead dates the event by, when its bare
			// month or day falls within weeks after it: "The expedition
			// left Melbourne on 20 August 1860. ¶ A prize had been offered
			// in 1855. ¶ The party reached Menindee in mid-October" is
			// 1860's.
			dd := c.c.d
			if c.c.g == gMonth {
				dd = 1
			}
			dd = min(max(dd, 1), timeline.DaysIn(d.y, c.c.m))
			if n := timeline.DaysFromCivil(d.y, c.c.m, dd) - d.day(); n > 0 && n <= 60 || c.c.g == gMonth && c.c.m == d.m {
				c.c.y, c.anchor = d.y, a
			}
		}
		if !s.t.hasDCT && base.g == gYear && !base.noYear && c.c.g >= gDay && c.c.m > 0 && c.c.d > 0 && s.dayRef >= 0 && s.dayRef < anchor &&
			s.dayPi == s.toks[c.i].pi && s.dayCal.g >= gDay && !s.dayCal.noYear && s.dayCal.y > base.y {
			// A day told day by day, after earlier years named in passing:
			// "On 23 July 1970 the sultan was deposed. His son was born in
			// 1940 and trained at Sandhurst in 1962. On 30 July he flew to
			// Muscat" goes on from the day, not from the years, when it
			// falls within weeks after it.
			if d := min(c.c.d, timeline.DaysIn(s.dayCal.y, c.c.m)); timeline.DaysFromCivil(s.dayCal.y, c.c.m, d)-s.dayCal.day() > 0 && timeline.DaysFromCivil(s.dayCal.y, c.c.m, d)-s.dayCal.day() <= 60 {
				c.c.y, c.anchor = s.dayCal.y, s.dayRef
			}
		}
		if base.g == gSeason && base.part == 4 && (c.c.g != gSeason && c.c.m >= 1 && c.c.m <= 6 || c.c.g == gSeason && (c.c.part == 1 || c.c.part == 2)) {
			// "the winter of 1713–14 ... in February": the winter runs
			// into the next year, and the spring and summer after it are
			// that year's ("the winter of 1777–78 at Valley Forge ... In
			// the spring the army drilled, and in June it marched").
			c.c.y++
		}
		if r0, r1 := s.rangeFrom, s.rangeEnd; c.c.g >= gMonth && c.c.m > 0 && anchor == s.rangeTo && r0.g >= gMonth && r1.g >= gMonth && r0.g != gWeek && r1.g != gWeek &&
			!r0.noYear && !r1.noYear && r1.y*12+r1.m-(r0.y*12+r0.m) < 12 && c.c.y*12+c.c.m > r1.y*12+r1.m+6 && (c.c.y-1)*12+c.c.m >= r0.y*12+r0.m {
			// Right after a span of less than a year given by its months
			// or days, a month of it is the one inside it: "The siege
			// lasted from 19 September 1870 to 28 January 1871. By late
			// October" is 1870's October, the story told from the start.
			// (A month up to six after the span's end is the story moving
			// on: "served from June 2019 to May 2020. In September he
			// became governor" is 2020's. Over a span of years the month
			// is not known to be inside:
			// "occupied from 9 April 1940 to 8 May 1945. On 30 September
			// the last troops left.")
			c.c.y--
		}
		if y, ok := s.sameDayNamed(c, base); ok {
			// The day the story opened with, named again without its
			// year after background of earlier years, is that day: "The
			// flood occurred on May 31, 1889 ... The dam had been built
			// between 1838 and 1853, and was bought in 1879. On the
			// afternoon of May 31, the dam gave way" is 1889's.
			c.c.y = y
		} else if c.c.g >= gDay && anchor == s.rangeTo && s.rangeFrom.g == gDay && !s.rangeFrom.noYear && s.rangeFrom.m == c.c.m && s.rangeFrom.d == c.c.d {
			// The first day of the range just given, named again without
			// its year, is that day: "fought from 17 July 1936 to 1 April
			// 1939. The rising began on the afternoon of 17 July", the
			// story starting over from the beginning.
			c.c.y = s.rangeFrom.y
		} else if c.c.g >= gDay && s.leadSet && !s.t.hasDCT && s.leadFrom.g == gDay && !s.leadFrom.noYear && s.leadFrom.m == c.c.m && s.leadFrom.d == c.c.d &&
			!s.leadParagraph(c.i) && s.dayTok >= 0 && s.leadParagraph(s.dayTok) {
			// So is the first day of the span the lead gives, named again
			// after background with no day of its own, whatever years the
			// background reached: "fought from 1 September 1961 to 24 May
			// 1991 [...] annexed the territory in November 1962, a year
			// after the first shots. [...] fired the first shots on 1
			// September" is 1961's.
			c.c.y = s.leadFrom.y
		} else if y, ok := s.inLeadSpanYear(c, base); ok {
			// A bare month that would fall before the span of months the
			// article's lead gives the story, in the last date's year,
			// and inside it the year after, is the span's: "fought from
			// October 1935 to May 1936. [...] A clash on 5 December 1934
			// gave him a pretext. At dawn on 3 October Italian columns
			// crossed the river" is 1935's October, and "late December
			// ... On 5 May Badoglio entered the capital" 1936's May.
			c.c.y = y
		} else if c.c.g >= gMonth && c.c.m > 0 && !s.t.hasDCT && anchor >= 0 && anchor == s.rangeTo && s.rangeFrom.g >= gMonth && s.rangeFrom.g != gWeek && !s.rangeFrom.noYear && !s.rangeEnd.noYear &&
			s.rangeFrom.y < s.rangeEnd.y && s.rangeFrom.m == c.c.m && s.leadPi(s.refPi) && s.toks[c.i].pi > s.refPi {
			// The month a range in the article's lead began with, named
			// again in the body, is where the body starts telling it: "The
			// war was fought from July 1977 to March 1978. [...] Somalia
			// invaded on 13 July" is 1977's July.
			c.c.y = s.rangeFrom.y
		} else if y, ok := s.rangeStartYear(c, anchor); ok {
			c.c.y = y
		} else if s.countedBack(c, base) {
			// The date a length of time in apposition to the last date is
			// counted back to lies before it: "formed on 21 December
			// 2010, nine months after the election of 7 March" is 2010's
			// March, and "on 21 January 2011, two months after the vote
			// of 28 November" the November before.
			if c.c.m > base.m || c.c.g >= gDay && base.g >= gDay && c.c.m == base.m && c.c.d > base.d {
				c.c.y--
			}
		} else if y, ok := s.spanMovedOn(c, anchor); ok {
			c.c.y = y
		} else if s.crossesYear(c, base, anchor) {
			c.c.y++
		} else if base.g >= gMonth && base.g != gWeek && base.m > 0 && !base.noYear && (c.c.g == gMonth || c.c.g == gDay) && c.c.m > 0 && c.c.m < base.m && s.wayFor(c.i) {
			// What an act of June 1990 paved the way for "in March" is the
			// March after it.
			c.c.y++
		} else if s.lookedBack(c, base) {
			c.c.y--
		}
		if c.c.g == gSeason && c.c.part == 4 && base.g >= gMonth && base.g != gWeek && base.m >= 1 && base.m <= 2 && !base.noYear && c.c.y == base.y &&
			s.w(c.i) == wThe && s.isWordIn(c.i+1, "rest", "remainder", "end") && s.w(c.i+2) == wOf {
			// The rest or the end of a bare winter told in January or
			// February is of the winter then going on: "reached
			// Inverness in February 1746 and spent the rest of the
			// winter there" is the winter of 1745-46.
			c.c.y = base.y - 1
		}
		if y, ok := s.winterDated(c); ok {
			// A bare winter whose sentence dates a day or month of it
			// with its year is the winter that holds that date: "Over
			// the winter, while Rome was in turmoil after the murder of
			// Clodius on 18 January 52 BC" is the winter of 53-52 BC.
			c.c.y = y
		}
		if c.c.g == gSeason && c.c.part == 4 {
			if y, ok := s.winterInRange(anchor, c.c.y); ok {
				c.c.y = y
			}
		}
		if c.c.g == gSeason && c.c.part == 4 && c.c.y == base.y && base.g >= gMonth && base.g != gWeek && base.m >= 1 && base.m <= 2 && !base.noYear &&
			!(s.w(c.i-1) == wUntil || s.w(c.i-1) == wFor || s.isWord(c.i-1, "till")) && !s.isWordIn(c.i-1, "spent", "spend", "spending", "passed") {
			// In January and February the story is in the winter that
			// began the December before, which a winter named by one
			// year is named by: "The truce took effect on 1 January 1995
			// and held during the winter" is 1994-WI. (A whole winter
			// spent is one still ahead: "reached the coast in January
			// 1911. The party spent the winter in a hut" is 1911's.)
			c.c.y--
		}
		if c.c.g == gSeason && c.c.y > base.y && (s.w(c.i-1) == wUntil || s.w(c.i-1) == wFor || s.isWord(c.i-1, "till")) {
			// A season waited for in the next year is ahead of the
			// story, which has not reached it: "would not wait for the
			// spring. On 25 December they marched" is still the December
			// before.
			c.noRef = true
		}
		if c.c.g >= gDay && c.c.d > timeline.DaysIn(c.c.y, c.c.m) {
			c.c.d = timeline.DaysIn(c.c.y, c.c.m)
		}
		return c
	}
	if tense > 0 && anchor < 0 && (c.c.g == gMonth || c.c.g == gDay) && (s.saidBefore(c.i, by) || s.hadSaidBefore(c.i, by)) {
		// What was to come when it was said looks ahead from the saying:
		// "warned last month that it might miss a payment due Nov. 15",
		// written on Nov. 29, is this Nov. 15, not next year's. (Only a
		// month after the saying's: "said on May 31 that it will reopen
		// in May" is next May.)
		r := s.refCal
		if y := pickYear(r, c.c.m, max(c.c.d, 1), c.c.m, 1); y*12+c.c.m > r.y*12+r.m {
			base = r
		}
	}
	if tense > 0 && anchor < 0 && (c.c.g == gMonth || c.c.g == gDay) && s.futureInPast(c.i) {
		// What was to come at a moment dated in the past looks ahead
		// from that moment: "On 17 September 2018 they agreed on a zone
		// from which weapons were to be withdrawn by 10 October", written
		// in 2020, is the October after that September.
		base = s.refCal
	}
	if anchor < 0 && (c.c.g == gMonth || c.c.g == gDay) && s.endSetAt(c.i) {
		// A new end point set at a moment dated in the past looks ahead
		// from that moment: "In December it pushed the date to March",
		// written in September, is the March after that December.
		base, tense = s.refCal, 1
	}
	switch c.c.g {
	case gQuarter, gHalf:
		// Quarters and halves are reported within the year of the reference
		// date, unless they have not begun yet and the sentence looks back.
		size := 3
		if c.c.g == gHalf {
			size = 6
		}
		first := (c.c.part-1)*size + 1
		c.c.y = base.y
		if c.c.g == gQuarter && c.c.part == 4 && base.m > 0 && base.m <= 2 && tense > 0 && anchor < 0 {
			// In January and February "the fourth quarter" is the one
			// just ended, even in a plan: "will publish data for the
			// fourth quarter", "will report fourth-quarter results".
			c.c.y--
		} else if base.m > 0 && tense > 0 && anchor < 0 && first+size-1 < base.m-3 {
			// Long over, in a sentence that looks ahead: the next
			// year's ("will vote in the first quarter", said in
			// October), but not one just ended, which is reported on
			// ("will report third-quarter results" in October).
			c.c.y++
		} else if base.m > 0 && first > base.m && tense <= 0 {
			// Not begun yet: last year's unless the sentence looks ahead
			// or it begins within weeks.
			if bd := max(base.d, 1); tense < 0 || timeline.DaysFromCivil(base.y, first, 1)-timeline.DaysFromCivil(base.y, base.m, bd) > soonDays {
				c.c.y--
			}
		}
	case gSeason:
		first := []int{0, 3, 6, 9, 12}[c.c.part]
		c.c.y = pickYear(base, first, 1, first+2, tense)
		if c.c.part == 4 && base.m <= 2 && tense <= 0 {
			c.c.y = base.y - 1
		}
	case gMonth:
		c.c.y = pickYear(base, c.c.m, 1, c.c.m, tense)
		if tense < 0 && anchor < 0 && base.g >= gDay && base.d > 0 && c.c.y == base.y && c.c.m == base.m && (s.w(c.i-1) == wIn || s.w(c.i-1) == wDuring) && (c.mod == "END" && base.d <= 20 || c.mod == "MID" && base.d <= 10) {
			// The late part of the current month, in the past tense, has
			// not come yet: "turned down two bids in late August", written
			// on Aug. 6, is last year's late August (after "in" or
			// "during": "promised deliveries by mid-September" is a
			// deadline, ahead of the promise).
			c.c.y--
		}
	default:
		d := c.c.d
		if d == 0 {
			d = 1
		}
		lastM := c.c.m
		if tense > 0 && c.c.d > 0 && base.g >= gDay && base.m == c.c.m && base.d-c.c.d > 3 {
			// A day of the current month well past, in a plan, is next
			// year's: "will run on July 16" written on July 20 (but a
			// deadline a day or two gone is still this one: "to return
			// the child by Jan. 14" written on Jan. 15).
			lastM = 0
		}
		if tense < 0 && anchor < 0 && c.c.d > 0 && base.g >= gDay && base.m == c.c.m && c.c.d > base.d && s.periodEnd(c.i) {
			// The end of a period reported on is past: "profit rose in
			// the six months to 31 March", written on 14 March, is last
			// year's March 31.
			lastM = 0
		}
		c.c.y = pickYear(base, c.c.m, d, lastM, tense)
		if c.c.d > timeline.DaysIn(c.c.y, c.c.m) {
			c.c.d = timeline.DaysIn(c.c.y, c.c.m)
		}
	}
	return c
}

// possessiveYearBefore finds a year named with a possessive ("next
// year's", "2026's") as the last expression before token i in its
// sentence, within 12 tokens.
func (s *state) possessiveYearBefore(i int) (int, bool) {
	n := len(s.res.Timexes)
	if n == 0 {
		return 0, false
	}
	x := &s.res.Timexes[n-1]
	if x.Type != timeline.TypeDate || len(x.Value) != 4 || x.Mod != "" {
		return 0, false
	}
	y, err := strconv.Atoi(x.Value)
	if err != nil {
		return 0, false
	}
	for k, m := i-1, 0; k >= 1 && m < 12; k, m = k-1, m+1 {
		if s.sentenceEnd(k) {
			return 0, false
		}
		if int(s.toks[k].end) == x.Span.End+2 && s.isWord(k, "s") && s.isPunct(k-1, '\'') && int(s.toks[k-1].start) == x.Span.End {
			return y, true
		}
	}
	return 0, false
}

// bareHourBefore returns the TIME of a bare hour that opens a range of
// clock times ending in the time c: "between 9 and 10 p.m. Friday", "from
// 7 to 9 p.m. Tuesday", "between 2 and 3 a.m.". The hour takes c's day and
// its half of the day when it comes before c's hour in it ("between 11
// and 1 p.m." is 11 a.m.).
func (s *state) bareHourBefore(c cand) (cand, bool) {
	h := c.i - 2
	if c.typ != timeline.TypeTime || c.c.g != gTime || c.val != "" || h < 1 || h < s.floor {
		return cand{}, false
	}
	if !(s.w(c.i-1) == wAnd || s.w(c.i-1) == wTo || s.w(c.i-1) == wUntil) || !(s.w(h-1) == wBetween || s.w(h-1) == wFrom) {
		return cand{}, false
	}
	tk := s.toks[h]
	if tk.kind != tkNum || tk.suf != sufNone || tk.grouped || tk.decimal || tk.ndig > 2 || tk.num < 1 || tk.num > 12 {
		return cand{}, false
	}
	n, hh := int(tk.num), c.c.hh
	switch {
	case hh >= 12 && n < 12 && n+12 < hh:
		n += 12
	case n < hh && n < 12:
	default:
		return cand{}, false
	}
	e := c
	e.i, e.j = h, h+1
	e.c.hh, e.c.mm = n, 0
	return e, true
}

// periodEnd reports whether the date at token i ends a period reported
// on: "the three months to June", "the six months ended March 31".
func (s *state) periodEnd(i int) bool {
	k := i - 1
	if !(s.w(k) == wTo || s.isWord(k, "ended") || s.isWord(k, "ending")) {
		return false
	}
	n := k - 1
	if s.isWord(k, "ended") && s.isWordIn(n, "which", "that") {
		// a relative clause: "the fiscal second quarter, which ended
		// Dec. 31"
		n--
		if s.isPunct(n, ',') {
			n--
		}
	}
	e := s.lx(n)
	// (or one quarter or year: "the second quarter ended June 30", "the
	// fiscal year ended Sept. 30")
	return e != nil && e.unit >= uWeek && (e.plural || s.w(k) != wTo && (e.unit == uQuarter || e.unit == uYear))
}

// saidBefore reports whether, in news, the last date found dates a
// saying in the past, earlier in the sentence of token i than the marker
// by that looks ahead: "warned last month that ... due Nov. 15", "said
// in October that it would ... in December". The date is a month or a
// day before the DCT's.
func (s *state) saidBefore(i, by int) bool {
	if !s.t.hasDCT || s.ref < 0 || s.refTok < 1 || by <= s.refTok || by > i {
		return false
	}
	k := s.refTok - 1
	if s.w(k) == wOn || s.w(k) == wIn {
		k--
	}
	if !s.reporting(k) {
		return false
	}
	if !s.oneSentence(s.refTok, i) {
		return false
	}
	return s.refBeforeDCT()
}

// refBeforeDCT reports whether the last date found is a month or a day
// (with its year) before the DCT's.
func (s *state) refBeforeDCT() bool {
	r, d := s.refCal, s.t.dct
	switch {
	case r.noYear || r.m == 0:
		return false
	case r.g == gMonth:
		return r.y*12+r.m < d.y*12+d.m
	case r.g == gDay:
		return r.day() < d.day()
	}
	return false
}

// lineBreak reports whether a line ends between token k-1 and token k
// (true at the text's ends).
func (s *state) lineBreak(k int) bool {
	if k <= 0 || k >= len(s.toks) {
		return true
	}
	return bytes.IndexByte(s.text[s.toks[k-1].end:s.toks[k].start], '\n') >= 0
}

// entryHead reports whether c opens its line, after a bullet if any, and
// is followed by a colon or a dash, the date heading an entry of a
// chronology or a schedule ("Nov. 14: Freezing rain begins", "- Nov. 15:
// The governor declares", "Nov. 16 -- Two people die").
func (s *state) entryHead(c cand) bool {
	return s.entryMark(c.j) && s.lineOpen(c.i)
}

// prevEntryHead returns the date heading the chronology entry before the
// one that token i heads, and its index among the expressions found: the
// last expression with a year of its own that opens its line (after a
// bullet if any) and is followed by a colon, a dash or the line's end
// ("2017" alone on a line, "Feb. 3, 2017 —", "- March 2018:"). Only the
// entries of one chronology count: a blank line or a line of prose with
// no such heading between ends the search.
func (s *state) prevEntryHead(i int) (cal, int, bool) {
	if i < 0 || i >= len(s.toks) {
		return cal{}, -1, false
	}
	start := int(s.toks[i].start)
	for k, n := len(s.res.Timexes)-1, 0; k >= 0 && n < 12; k, n = k-1, n+1 {
		x := &s.res.Timexes[k]
		if x.Start >= start {
			continue
		}
		ls := bytes.LastIndexByte(s.text[:x.Start], '\n') + 1
		lead := bytes.TrimLeft(s.text[ls:x.Start], " \t")
		lead = bytes.TrimPrefix(bytes.TrimPrefix(bytes.TrimPrefix(bytes.TrimPrefix(lead, []byte("-")), []byte("*")), []byte("\u2022")), []byte(" "))
		if len(bytes.TrimSpace(lead)) != 0 {
			continue
		}
		rest := bytes.TrimLeft(s.text[x.End:], " \t")
		if !(len(rest) == 0 || rest[0] == '\n' || rest[0] == ':' || rest[0] == '-' || bytes.HasPrefix(rest, []byte("\u2014")) || bytes.HasPrefix(rest, []byte("\u2013"))) {
			continue
		}
		// the lines between must be entries: no blank line
		if bytes.Contains(s.text[x.End:start], []byte("\n\n")) {
			return cal{}, -1, false
		}
		if x.Type != timeline.TypeDate || len(x.Value) < 4 {
			return cal{}, -1, false
		}
		v := x.Value
		if len(v) == 4 && !(len(rest) == 0 || rest[0] == '\n') || len(v) > 4 && yearWritten(x.Text) {
			// A year heads the entries under it from a line of its own;
			// an entry that writes its year ("Feb. 2010 – ...") heads
			// only itself: news writes a date of the current year
			// without one ("June 14 – Closure announced").
			return cal{}, -1, false
		}
		y, err := strconv.Atoi(v[:4])
		if err != nil {
			return cal{}, -1, false
		}
		c := cal{g: gYear, y: y}
		if len(v) >= 7 && v[4] == '-' {
			if m, err := strconv.Atoi(v[5:7]); err == nil && m >= 1 && m <= 12 {
				c.g, c.m = gMonth, m
				if len(v) == 10 {
					if d, err := strconv.Atoi(v[8:10]); err == nil {
						c.g, c.d = gDay, d
					}
				}
			}
		}
		return c, k, true
	}
	return cal{}, -1, false
}

// yearWritten reports whether text writes a year: four digits in a row.
func yearWritten(text string) bool {
	n := 0
	for i := 0; i < len(text); i++ {
		if text[i] >= '0' && text[i] <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// lineOpen reports whether token i opens its line, or follows a bullet
// ("-", "*", "•") that does.
func (s *state) lineOpen(i int) bool {
	if s.lineBreak(i) {
		return true
	}
	if i < 1 || !s.lineBreak(i-1) {
		return false
	}
	return s.isPunct(i-1, '-') || s.isPunct(i-1, '*') || s.toks[i-1].kind == tkOther && string(s.text[s.toks[i-1].start:s.toks[i-1].end]) == "\u2022"
}

// entryMark reports whether token k closes the heading of an entry: a
// colon, or a dash ("--", "-", an en or em dash).
func (s *state) entryMark(k int) bool {
	if s.isPunct(k, ':') || s.isPunct(k, '-') {
		return true
	}
	return k >= 0 && k < len(s.toks) && s.toks[k].kind == tkOther && string(s.text[s.toks[k].start:s.toks[k].end]) == "\u2014"
}

// entryDay returns the day heading the chronology entry that token i
// stands in: its line opens with a date of a day followed by a colon
// ("Nov. 18: Line crews arrive. The utility says ..."). The entry is told
// from its day, as a news report from its DCT.
func (s *state) entryDay(i int) (cal, int, bool) {
	if i < 0 || i >= len(s.toks) {
		return cal{}, -1, false
	}
	l := i
	for n := 0; l > 0 && n < 80 && !s.lineBreak(l); n++ {
		l--
	}
	if !s.lineBreak(l) {
		return cal{}, -1, false
	}
	if l+1 < len(s.toks) && !s.lineBreak(l+1) && s.lineOpen(l+1) {
		l++ // after a bullet
	}
	start := int(s.toks[l].start)
	for k := len(s.res.Timexes) - 1; k >= 0; k-- {
		x := &s.res.Timexes[k]
		if x.Start < start {
			return cal{}, -1, false
		}
		if x.Start != start {
			continue
		}
		rest := bytes.TrimLeft(s.text[x.End:], " \t")
		v := x.Value
		if x.Type != timeline.TypeDate || len(v) != 10 || !(bytes.HasPrefix(rest, []byte(":")) || bytes.HasPrefix(rest, []byte("-")) || bytes.HasPrefix(rest, []byte("\u2014")) || bytes.HasPrefix(rest, []byte("\u2013"))) {
			return cal{}, -1, false
		}
		y, err1 := strconv.Atoi(v[:4])
		m, err2 := strconv.Atoi(v[5:7])
		d, err3 := strconv.Atoi(v[8:10])
		if err1 != nil || err2 != nil || err3 != nil || m < 1 || m > 12 || d < 1 || d > timeline.DaysIn(y, m) {
			return cal{}, -1, false
		}
		return cal{g: gDay, y: y, m: m, d: d}, k, true
	}
	return cal{}, -1, false
}

// monthNamedFar returns the year and the index of the last expression
// before the current one that names month m with a year two or more years
// before the DCT's ("in November 1917", "on Nov. 21, 1917"), when every
// date named since is of the news, within weeks of the DCT ("said on
// Sunday", "on Thursday"): a date of another past time between moves the
// story there ("convicted in October 2012 ... filed in April 2013 ... on
// Oct. 4" is 2013's).
func (s *state) monthNamedFar(m int) (int, int, bool) {
	for k := len(s.res.Timexes) - 1; k >= 0; k-- {
		x := &s.res.Timexes[k]
		v := x.Value
		if x.Type != timeline.TypeDate && x.Type != timeline.TypeTime {
			continue
		}
		if len(v) < 7 || v[4] != '-' || v[5] < '0' || v[5] > '1' || v[6] < '0' || v[6] > '9' {
			if !s.newsTimeValue(v) {
				return 0, -1, false
			}
			continue
		}
		y, err := strconv.Atoi(v[:4])
		if err != nil {
			continue
		}
		if mm := int(v[5]-'0')*10 + int(v[6]-'0'); mm != m {
			if !s.newsTimeValue(v) {
				return 0, -1, false
			}
			continue
		}
		if y > s.t.dct.y-2 {
			return 0, -1, false
		}
		return y, k, true
	}
	return 0, -1, false
}

// newsTimeValue reports whether a DATE or TIME value is of the news's own
// time: a day or month within about three months of the DCT, a week or a
// year of the DCT's year, or no calendar date at all ("PRESENT_REF").
func (s *state) newsTimeValue(v string) bool {
	if len(v) < 4 || v[0] < '0' || v[0] > '9' {
		return true
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return false
	}
	d := s.t.dct
	switch {
	case len(v) >= 10 && v[4] == '-' && v[7] == '-':
		m, err1 := strconv.Atoi(v[5:7])
		dd, err2 := strconv.Atoi(v[8:10])
		if err1 != nil || err2 != nil || m < 1 || m > 12 || dd < 1 || dd > timeline.DaysIn(y, m) {
			return false
		}
		return abs(timeline.DaysFromCivil(y, m, dd)-d.day()) <= soonDays
	case len(v) == 7 && v[4] == '-' && v[5] != 'W':
		m, err := strconv.Atoi(v[5:7])
		return err == nil && abs(y*12+m-d.y*12-d.m) <= 3
	}
	return y == d.y
}

// hadSaidBefore reports whether, in news, the marker by that looks ahead
// ("would", "will") follows a saying in the past perfect earlier in the
// sentence of token i ("had said she would rule by the end of
// February"), while the last date found, a month or a day before the
// DCT's, dates the story the saying came before: what was to come then
// looks ahead from that date, not from the DCT.
func (s *state) hadSaidBefore(i, by int) bool {
	if !s.t.hasDCT || s.ref < 0 || s.refTok < 0 || s.refTok >= i || by < 2 || by > i {
		return false
	}
	said := false
	for k := by - 1; k >= 1 && k >= by-6; k-- {
		if s.sentenceEnd(k) {
			break
		}
		if s.reporting(k) && s.w(k-1) == wHad {
			said = true
			break
		}
	}
	if !said {
		return false
	}
	return s.refBeforeDCT()
}

// endSetAt reports whether the month or day at i, after "to" or "until",
// is an end point set by a past verb at a month or day named earlier in
// its sentence and past at the DCT: "In December it pushed the date to
// March", "On Feb. 3 the board postponed the vote until April".
func (s *state) endSetAt(i int) bool {
	if !s.t.hasDCT || s.ref < 0 || s.refAtt || s.refTok < 0 || s.refTok >= i || s.w(i-1) != wTo && s.w(i-1) != wUntil {
		return false
	}
	r, d := s.refCal, s.t.dct
	if r.noYear || r.m == 0 || r.g != gMonth && r.g != gDay || r.y*12+r.m >= d.y*12+d.m {
		return false
	}
	if !s.oneSentence(s.refTok, i) {
		return false
	}
	return s.pastFormBefore(s.refTok, i-1)
}

// futureInPast reports whether the month or day at i is looked ahead to
// from a month or day of a past year named earlier in its sentence, by a
// future in the past: "would", "was to", "were to", "was meant to", "was
// due to", or a past verb with an infinitive ("agreed to withdraw ... by
// 10 October").
func (s *state) futureInPast(i int) bool {
	if !s.t.hasDCT || s.ref < 0 || s.refAtt || s.refTok < 0 || s.refTok >= i {
		return false
	}
	r, d := s.refCal, s.t.dct
	if r.noYear || r.m == 0 || r.g != gMonth && r.g != gDay || r.y >= d.y || !s.oneSentence(s.refTok, i) || s.ref != len(s.res.Timexes)-1 {
		return false
	}
	// The past date must frame the plan: opening the sentence ("On 17
	// September 2018, they agreed"), or dating its past verb with nothing
	// set off between ("agreed on 3 June 2018 to"); not an aside on a
	// noun ("The minister, appointed on 3 June 2022, said that talks
	// would resume on 15 March" is this March).
	p := s.refTok - 1
	if !s.isWordIn(p, "on", "in", "by", "during") {
		return false
	}
	opens := p == 0 || p > 0 && s.sentenceEnd(p-1)
	if !opens && !s.pastVerbAt(p-1) {
		return false
	}
	for k := s.refTok + 1; k < i; k++ {
		if !opens && s.isPunct(k, ',') {
			return false
		}
		switch {
		case s.isWord(k, "would"):
			return true
		case (s.isWord(k, "was") || s.isWord(k, "were")) && s.w(k+1) == wTo:
			return true
		case (s.isWord(k, "was") || s.isWord(k, "were")) && s.isWordIn(k+1, "meant", "supposed", "due", "expected", "scheduled", "set") && s.w(k+2) == wTo:
			// ("was meant to lead to elections by April 11", "were due
			// to hand over power by 30 June")
			return true
		case s.w(k) == wTo && k > 0 && (s.pastForm(k-1) || !opens && int(s.toks[k-1].end) == s.res.Timexes[s.ref].Span.End) && s.infinitive(k):
			// ("agreed to leave", "agreed on 3 June 2022 to leave")
			return true
		}
	}
	return false
}

// countAfterBetween reports whether a count of time and "after" ("a
// month after", "days after") stand between the verb at k and the date at
// i.
func (s *state) countAfterBetween(k, i int) bool {
	for m := k + 2; m < i; m++ {
		if s.w(m) == wAfter {
			if e := s.lx(m - 1); e != nil && e.unit > 0 {
				return true
			}
		}
	}
	return false
}

// pickYear chooses the year of a month (and day) relative to base: the
// most recent one when the sentence looks back, the next one when it looks
// ahead, the nearest one otherwise.
func pickYear(base cal, m, d, lastM int, tense int8) int {
	if base.g < gMonth || base.m == 0 {
		return base.y
	}
	bd := base.d
	if base.g < gDay || bd == 0 {
		bd = 1
	}
	cmp := func(y int) int { // days from base
		return timeline.DaysFromCivil(y, m, min(d, timeline.DaysIn(y, m))) - timeline.DaysFromCivil(base.y, base.m, bd)
	}
	switch {
	case tense == nearestTense:
		best := base.y
		for _, y := range [...]int{base.y - 1, base.y + 1} {
			if abs(cmp(y)) < abs(cmp(best)) {
				best = y
			}
		}
		return best
	case tense < 0:
		if cmp(base.y) <= 0 || lastM >= base.m && m <= base.m {
			return base.y
		}
		return base.y - 1
	case tense > 0:
		if cmp(base.y) >= 0 || lastM >= base.m {
			return base.y
		}
		return base.y + 1
	}
	// No tense: news reports far more often on what has happened than on
	// what is coming, so the most recent occurrence wins unless the next
	// one is only weeks away ("a meeting in January" written in late
	// October; "the Oct. 23 slaying" written in May is last October).
	past := base.y
	if cmp(past) > 0 && !(lastM >= base.m && m <= base.m) {
		past--
	}
	next := past + 1
	if cmp(past) == 0 || lastM >= base.m && m <= base.m {
		return past // the month or day of the reference date itself
	}
	if cmp(next) <= soonDays {
		return next
	}
	return past
}

// nearestTense asks pickYear for the nearest occurrence, ahead or behind.
const nearestTense int8 = 4

// soonDays is how far ahead a month or day without a year and without a
// tense may lie before the previous occurrence is read instead.
const soonDays = 92

// base returns the value relative expressions count from: the DCT in news,
// the last date mentioned in narrative. narrative asks for the last date
// when the text has moved away from the DCT: no DCT, or a past-tense
// paragraph about a date (season or finer) at least two years from it:
// two calendar years for a day (a story of its own: "kidnapped on March
// 26, 1996. On Thursday his captors called", written in February 1998),
// 24 months for a month (December 2022 is recent news in July 2024). A
// season with its year is as much a time of the story as a month ("By the
// summer of 2012 rebels held the north, and in July the fighting reached
// Aleppo", in a 2016 report's background, is July 2012); a bare year is
// not ("Smith was first elected in 1984. He resigned in January").
func (s *state) base(narrative bool, i int) (cal, int, bool) {
	if narrative && s.ref >= 0 && s.t.hasDCT && s.sinceThenBetween(s.refTok, i) {
		// "closed in August 1992. Since then the town has lost half its
		// people. In June, the council voted": the present perfect after
		// "since then" has brought the story up to now.
		return s.t.dct, -1, true
	}
	if narrative && s.ref >= 0 {
		far := abs(s.refCal.y-s.t.dct.y) >= 2
		if s.refCal.g < gDay {
			m := s.refCal.m
			if s.refCal.g == gSeason {
				m = seasonStart[s.refCal.part] + 1 // its middle month
			}
			far = abs(s.refCal.y*12+m-s.t.dct.y*12-s.t.dct.m) >= 24
		}
		// (A season with its year is as close a time as a month: "a
		// strike in the summer of 1979 ... it began on July 2".)
		// Under a heading of its own a news section's chronology goes on
		// from its last date, near as it may be: "by October 2021 they
		// had pushed into Amhara. ¶ A state of emergency was declared on
		// 2 November" (written in November 2022) is 2021's.
		headed := !far && s.t.hasDCT && s.refCal.y < s.t.dct.y && s.refTok >= 0 && s.refPi != s.toks[i].pi && s.headedSection(s.refTok, i)
		if !s.t.hasDCT || (far || headed) && s.refCal.g >= gSeason && !s.refAtt && (s.refPi == s.toks[i].pi || s.headedSection(s.refTok, i)) && s.tense(i) < 0 &&
			!(s.isWord(i-1, "as") && s.isWord(i-2, "recently")) && !s.presentPerfect(i) {
			return s.refCal, s.ref, true
		}
		if s.t.hasDCT && (s.frameOpens(i) || s.whenPeriod(i)) {
			return s.refCal, s.ref, true
		}
	}
	if narrative && s.whenPeriod(i) { // (whenPeriod asks the tense last: it is dear)
		// A date in a clause on the year just named, opened by ", when",
		// is in that year: "the worst flood since 1936, when the river
		// reached 35 feet on March 19".
		return s.refCal, s.ref, true
	}
	if narrative && s.ref >= 0 && s.t.hasDCT && !s.refAtt && s.refCal.g == gYear && !s.refCal.noYear && abs(s.refCal.y-s.t.dct.y) >= 2 &&
		s.refPi == s.toks[i].pi && s.thatSubject(i) && s.tense(i) < 0 {
		// A sentence whose subject points back with "That" to the event
		// of the year just named goes on with it: "last struck in 1971,
		// when a 134-day walkout idled ships. That strike ended on
		// Christmas Eve" is 1971's.
		return s.refCal, s.ref, true
	}
	if narrative && s.storyAnchor(i) {
		return s.refCal, s.ref, true
	}
	if s.t.hasDCT {
		return s.t.dct, -1, true
	}
	if s.ref >= 0 {
		return s.refCal, s.ref, true
	}
	return cal{}, -1, false
}

// headedSection reports whether tokens a and i lie in one section of a
// news text under a heading line of its own ("Background", "How we got
// here"), with nothing counted from the DCT since the heading and no
// other heading between them: the section tells its own story, and a
// new paragraph in it goes on with that story as a paragraph of an
// encyclopedia does ("filed its study in January 2008. ¶ Opposition grew
// quickly. In April some 2,000 people marched" is April 2008).
func (s *state) headedSection(a, i int) bool {
	if a < 0 || i >= len(s.toks) || a >= i || !s.t.hasDCT {
		return false
	}
	heads := s.headingStarts()
	// the first heading after a: none up to i
	n := sort.Search(len(heads), func(m int) bool { return int(heads[m]) > a })
	if n < len(heads) && int(heads[n]) <= i {
		return false
	}
	// the last heading at or before a, within 3000 tokens
	if n == 0 || a-int(heads[n-1]) >= 3000 {
		return false
	}
	return s.relTok < int(heads[n-1])
}

// headingStarts returns the first tokens (after the first) of the lines
// that are headings (headingLine), in order, found once per text.
func (s *state) headingStarts() []int32 {
	if !s.headsOK {
		s.headsOK = true
		// The tokens after the text's line breaks (far fewer than its
		// tokens), then each line judged as headingLine judges it: at
		// most 16 tokens up to the next line, no sentence end inside, no
		// full stop at its end, and a line after it.
		var starts []int
		k := 1
		for off := 0; k < len(s.toks); {
			nl := bytes.IndexByte(s.text[off:], '\n')
			if nl < 0 {
				break
			}
			off += nl + 1
			for k < len(s.toks) && int(s.toks[k].start) < off {
				k++
			}
			if k < len(s.toks) && int(s.toks[k-1].end) < off && (len(starts) == 0 || starts[len(starts)-1] != k) {
				starts = append(starts, k)
			}
		}
	line:
		for m, ls := range starts {
			if m+1 == len(starts) {
				break // (no line after it)
			}
			le := starts[m+1]
			if le-ls > 16 || s.isPunct(le-1, '.') {
				continue
			}
			for k := ls; k < le-1; k++ {
				if s.sentenceEnd(k) {
					continue line
				}
			}
			s.heads = append(s.heads, int32(ls))
		}
	}
	return s.heads
}

// laterPlanYear reports whether the date at token i, a month and day with
// no year, follows in its own sentence a day whose year is written and
// lies after the DCT's, in a clause that looks ahead: a plan's calendar
// ("will close on 1 March 2027 and will reopen on 12 October").
func (s *state) laterPlanYear(i int) bool {
	if s.ref < 0 || s.ref >= len(s.res.Timexes) || !s.t.hasDCT || s.refAtt || s.refCal.noYear || s.refCal.g < gYear || s.refCal.y <= s.t.dct.y {
		return false
	}
	if s.refTok < 0 || s.refTok >= i || !s.oneSentence(s.refTok, i) {
		return false
	}
	if x := s.res.Timexes[s.ref]; s.refCal.g == gYear {
		// A later year itself frames the plan told in its sentence, a
		// year written after "in" or "next year": "will return next year
		// and move to August", "In 2027 the market will move to
		// September" (not "next year's budget", a noun's year).
		next := bytes.EqualFold([]byte(x.Text), []byte("next year"))
		if !next && !(yearWritten(x.Text) && s.w(s.refTok-1) == wIn) {
			return false // a deadline or a span's end, "by 2030", "through 2019", frames nothing
		}
		k := s.refTok + 1
		if next {
			k++
		}
		if s.isPunct(k, '\'') || s.isPunct(k, '-') && s.tight(k) {
			return false
		}
	} else if !yearWritten(x.Text) {
		return false
	}
	for k := s.refTok + 1; k < i; k++ {
		if s.isWordIn(k, "if", "unless", "provided", "once", "before", "after", "when") {
			// a condition or a step before it: "due to take effect on
			// January 1, 2008, if the upper house approves it on March 30"
			return false
		}
	}
	return s.tense(i) > 0
}

// sameClause reports whether tokens a to i-1 are words of one clause: no
// punctuation, no conjunction that opens another ("and", "but", "while",
// "when", "before", "after", "until") and no relative pronoun.
func (s *state) sameClause(a, i int) bool {
	if a < 0 || i > len(s.toks) || a > i {
		return false
	}
	for k := a; k < i; k++ {
		if s.toks[k].kind != tkWord && s.toks[k].kind != tkNum || s.isWordIn(k, "and", "but", "while", "when", "before", "after", "until", "since", "which", "who", "that", "where") {
			return false
		}
	}
	return true
}

// andOrBetween reports whether "and", "or" or "but" stands between
// tokens a and b: a second verb may be joined there ("which began Monday
// and were to have ended Friday").
func (s *state) andOrBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.isWordIn(k, "and", "or", "but") {
			return true
		}
	}
	return false
}

// sinceThenBetween reports whether a sentence that opens with "Since
// then" (or "Ever since") and goes on in the present perfect ("Since then
// the town has lost half its people") lies after token a and before token
// i, in the same paragraph as i.
func (s *state) sinceThenBetween(a, i int) bool {
	if a < 0 || i >= len(s.toks) {
		return false
	}
	for k := a + 1; k+1 < i; k++ {
		if s.w(k) != wSince || !s.isWord(k+1, "then") || !(k == 0 || s.sentenceEnd(k-1) || s.isWord(k-1, "ever") && (k == 1 || s.sentenceEnd(k-2))) {
			continue
		}
		if s.toks[k].pi != s.toks[i].pi {
			continue
		}
		for j, n := k+2, 0; j < i && n < 12 && !s.sentenceEnd(j-1); j, n = j+1, n+1 {
			if s.isWordIn(j, "has", "have") && s.toks[j+1].kind == tkWord && !s.isWordIn(j+1, "to") {
				return true
			}
		}
	}
	return false
}

// frameOpens reports whether the last date named opens the sentence of
// token i as its frame, "In 2008, the count was not complete until Nov.
// 14", "In the summer of 2003, a heatwave that lasted two weeks in August
// killed 15,000", or is the year of its opening subject, "The 2003
// heatwave killed 15,000 people over two weeks in August", so that a month or day without a year later in that
// sentence, in the past, is of that year even in news, where such a date
// is otherwise counted from the DCT. Only a year or a part of one
// frames: after "In December" a month may lie beyond it ("In December it
// pushed the date to March"). A weekday still counts from the DCT, and a
// date modifying a noun ("the 2008 count") frames nothing.
func (s *state) frameOpens(i int) bool {
	if s.refCal.noYear || s.refCal.g < gYear || s.refCal.g > gSeason || s.refTok < 1 || s.refTok >= i {
		return false
	}
	opens := s.refTok == 1 || s.sentenceEnd(s.refTok-2)
	switch {
	case !s.refAtt && s.isWordIn(s.refTok-1, "in", "during", "by") && opens:
	case (s.refAtt || s.voteWord(s.refTok+1)) && s.refCal.g == gYear && s.w(s.refTok-1) == wThe && opens && s.ref < len(s.res.Timexes) && s.res.Timexes[s.ref].Span.End == int(s.toks[s.refTok].end):
		// The year of the subject, "The 2003 heatwave killed 15,000
		// people over two weeks in August", frames its sentence too, and
		// so does a vote's year ("The 2006 election was called in
		// January", "election" being a word the lexicon knows).
	default:
		return false
	}
	if !s.oneSentence(s.refTok, i) {
		return false
	}
	if e := s.lx(i); e != nil && e.weekday > 0 {
		return false
	}
	t, by := s.tenseAt(i)
	if t > 0 && by == i-1 && (s.w(by) == wUntil || s.w(by) == wThrough || s.w(by) == wTo) {
		// "was not complete until Nov. 14": the verb's tense, not the
		// preposition's
		return !s.modalAhead(s.refTok) && s.pastFormBefore(s.refTok, by)
	}
	return t < 0
}

// whenClause returns the token of "when" when token i lies in a clause
// opened by ", when" right after the last date named, which has its year,
// and -1 otherwise: "resumed in late November 2021, when a draft was
// agreed on Dec. 3", "The record had stood since 1947, when a heatwave
// gripped France for most of July". The clause tells of that date's time,
// even after "since", which otherwise makes the date no time of the story.
func (s *state) whenClause(i int) int {
	if s.ref < 0 || s.refTok < 0 || s.refTok >= i || s.refCal.noYear || s.refCal.g < gYear || s.ref >= len(s.res.Timexes) {
		return -1
	}
	end := s.res.Timexes[s.ref].Span.End
	k := s.refTok
	for k < i && int(s.toks[k].end) <= end {
		k++
	}
	if !s.isPunct(k, ',') || !s.isWord(k+1, "when") || s.toks[k+1].cap {
		return -1
	}
	if !s.oneSentence(k, i) {
		return -1
	}
	return k + 1
}

// whenPeriod reports whether token i lies in a ", when" clause after a
// year or a part of one (a month at most), before the clause closes, in
// the past, and is no weekday: "The record had stood since 1947, when a
// heatwave gripped France for most of July" is July 1947, "the worst
// flood since 1936, when the river reached 35 feet on March 19" March
// 1936.
func (s *state) whenPeriod(i int) bool {
	w := s.whenClause(i)
	if w < 0 || s.refCal.g > gMonth || s.refCal.g == gWeek {
		return false
	}
	for k := w + 1; k < i; k++ {
		if s.isPunct(k, ',') || s.isPunct(k, ';') {
			return false // the clause is closed: ", when it had 40 workers, and left in March"
		}
	}
	if e := s.lx(i); e != nil && e.weekday > 0 {
		return false
	}
	return s.tense(i) < 0
}

// whenDated reports whether the month or day at i, in a ", when" clause
// right after a date with its year, belongs to that clause's own words
// (no punctuation between "when" and it): "in late November 2021, when a
// draft was agreed on Dec. 3" is December 2021.
func (s *state) whenDated(i int) bool {
	w := s.whenClause(i)
	return w >= 0 && s.noPunct(w+1, i)
}

// thatSubject reports whether the sentence of token i opens with "That"
// and a noun, a subject pointing back to something just told: "That
// strike ended", "That season he scored" (not "That year", a date of its
// own, nor "That is").
func (s *state) thatSubject(i int) bool {
	lo := i
	lo = s.sentStart(lo, 30)
	if lo+1 >= i || !s.isWord(lo, "that") || !s.toks[lo].cap || s.toks[lo+1].kind != tkWord || s.toks[lo+1].cap {
		return false
	}
	e := s.lx(lo + 1)
	return e == nil || e.unit == 0 && e.month == 0 && e.weekday == 0 && e.season == 0 && e.tense != -1 && s.w(lo+1) != wIs && s.w(lo+1) != wWas
}

// storyAnchor reports whether, in a text with a DCT, a month, season or
// day without a year at token i belongs to the story the text has told so
// far rather than to the DCT: nothing yet has been counted from the DCT,
// and the last date named lies years away from it, as in an encyclopedia
// article dated when it was written ("The February Revolution of 1917
// ... In July, Lenin fled to Finland"). It takes a clause in the past: a
// weekday, or a clause in the present, present perfect or future, still
// counts from the DCT ("In June the site is open to visitors").
func (s *state) storyAnchor(i int) bool {
	if !s.storyFar(i) || s.presentPerfect(i) {
		return false
	}
	t, by := s.tenseAt(i)
	if t > 0 && by == i-1 && (s.w(by) == wUntil || s.w(by) == wThrough || s.w(by) == wTo) && by > 0 {
		t, by = s.tenseAt(by) // "went on until 18 November": the verb's tense, not the preposition's
	}
	// (no tense found: past unless its verb is a present, "went on until
	// 18 November" but not "In June the ruins are open")
	return t < 0 || t == 0 && (by < 0 || !s.presentForm(by))
}

// storyFar is storyAnchor without the tense: nothing counted from the
// DCT yet, the last date years from it, no weekday at i.
func (s *state) storyFar(i int) bool {
	if !s.t.hasDCT || s.ref < 0 || s.relTok >= 0 || s.refAtt || s.refCal.noYear || s.refCal.g < gYear ||
		abs(s.refCal.y-s.t.dct.y) < storyYears || s.newsText() && s.newsDay {
		// ("Next year", "last year" alone, later in the text, do not make
		// it news, as for historyArticle: an article of history dated when
		// it was written may end on its own time, "Next year's race will
		// start in Barcelona", and a date counted from the DCT before i
		// is caught by relTok.)
		return false
	}
	if s.farDates < 2 && abs(s.refCal.y-s.t.dct.y) < storyYearsOne {
		// One date a decade or two back is news background ("Smith was
		// first elected in 1984. He resigned in January"); a story needs
		// two such dates, or one far back ("The February Revolution of
		// 1917 ... In July").
		return false
	}
	for k := i; k <= i+2 && k < len(s.toks); k++ {
		if e := s.lx(k); e != nil && (k <= i+1 && e.weekday > 0 || e.unit == uQuarter) {
			return false // (a quarter is a company's report: "the first quarter")
		}
	}
	return true
}

// storyFarSince is storyFar when the last date was named after "since"
// ("has played there since 2011"), which storyFar leaves aside as no
// time of the story: in an article with two or more dates far from its
// DCT, the story has come up to the present, and "Today" after it is
// nowadays all the same.
func (s *state) storyFarSince(i int) bool {
	if !s.refAtt || s.refTok < 1 || s.w(s.refTok-1) != wSince || s.farDates < 2 {
		return false
	}
	s.refAtt = false
	far := s.storyFar(i)
	s.refAtt = true
	return far
}

// historyArticle reports whether a dated text is an article of history
// that has come up to recent years: three or more dates far from its DCT,
// nothing counted from the DCT and no word of news time ("founded in
// 1905 ... won in 1921 ... returned in 2019. Today it plays").
//
// "last year", "this year" or "next year" alone do not make it news: an
// article of history dated when it was written may tell of its own time
// at the end ("a new exhibition opened last year"); a word of news time
// finer than the year does ("last week", "yesterday", "on Tuesday").
func (s *state) historyArticle() bool {
	return s.t.hasDCT && s.farDates >= 3 && s.relTok < 0 && (!s.newsText() || !s.newsDay)
}

// newsText reports whether the text speaks from its DCT anywhere: a bare
// weekday ("officials said on Tuesday", not "Sunday, 1 September 1923"
// or "Black Tuesday"), "yesterday", "tomorrow", "tonight", or "this",
// "last" or "next" before a unit or a weekday without "the" ("last
// year", "next week"). A news story that opens on background ("The
// bridge was built in 1932. Inspectors closed it in March, officials
// said on Tuesday") counts its months from the DCT; an encyclopedia
// article has none of these. The scan is made once per text.
func (s *state) newsText() bool {
	if s.news != 0 {
		return s.news > 0
	}
	s.news = -1
	for k := range s.toks {
		e := s.toks[k].lex()
		if e == nil {
			continue
		}
		day := true
		switch {
		case e.w == wYesterday || e.w == wTomorrow || e.w == wTonight:
			s.news = 1
		case e.weekday > 0 && !e.plural && !e.abbr && s.toks[k].cap:
			if s.isPunct(k+1, ',') && k+2 < len(s.toks) && (s.dayOfMonthAt(k+2) || s.lx(k+2) != nil && s.lx(k+2).month > 0) ||
				k+1 < len(s.toks) && (s.dayOfMonthAt(k+1) || s.lx(k+1) != nil && s.lx(k+1).month > 0) {
				// "Sunday, 1 September 1923", "Monday 4 May" (not a count
				// after the day: "On Monday, 312 patients were")
				continue
			}
			if k > 0 && s.toks[k-1].cap && s.toks[k-1].kind == tkWord && !(k == 1 || s.sentenceEnd(k-2)) {
				continue // "Black Tuesday", "Bloody Sunday", "Good Friday"
			}
			if s.w(k-1) == wThe {
				continue // "on the Monday"
			}
			s.news = 1
		case (e.w == wLast || e.w == wThis || e.w == wNext) && s.w(k-1) != wThe:
			if f := s.lx(k + 1); f != nil && !f.plural && (f.unit == uWeek || f.unit == uMonth || f.unit == uYear || f.weekday > 0) {
				s.news, day = 1, f.unit != uYear
			} else {
				day = false
			}
		default:
			day = false
		}
		if day && s.news > 0 {
			// (a word of the year alone goes on scanning for a finer one,
			// which historyArticle asks for)
			s.newsDay = true
			break
		}
	}
	return s.news > 0
}

// storyCref reports whether, in a text with a DCT, the decade or century
// last named is a story's, not the DCT's: nothing counted from the DCT,
// no word of the DCT's time, and the period fifty years or more back
// ("During the early 1500s ... Early in the century").
func (s *state) storyCref() bool {
	if !s.t.hasDCT || s.cref < 0 || s.relTok >= 0 || s.crefC.noYear || s.newsText() {
		return false
	}
	y := s.crefC.y
	switch s.crefC.g {
	case gCentury:
		y = y*100 + 50
	case gDecade:
		y = y*10 + 5
	case gMillennium:
		y = y*1000 + 500
	}
	return abs(y-s.t.dct.y) >= storyYearsOne
}

// storyYears is how far from the DCT the last date must lie before a
// date without a year is read in its story rather than against the DCT.
const storyYears = 10

// storyYearsOne is how far from the DCT a single date must lie to be a
// story of its own before a second has been named.
const storyYearsOne = 50

// flashback reports whether c is a year before the last date in a
// clause in the past perfect: background to the narrative, which goes on
// from where it was after the sentence ("found in July 1799. It had been
// carved in 196 BC ... British troops took it two years later"), though
// the sentence itself may count from it ("had fled in June 1998 and
// returned later that year").
//
// A date after "since" before the last one is background too, in
// narrative: "The Estates-General met on 5 May 1789, for the first time
// since 1614. On 17 June ..." goes on in 1789. So is a day before the
// last day in the past perfect: "The rising began on Easter Monday, 24
// April. It had been planned for Easter Sunday ... At noon" is noon of
// the Monday; and a month before the last date's ("fought on 1-3 July
// 1863. Lee had crossed the Potomac in mid-June ... On the first day").
// andThatEnd returns the comma before ", and that" when c stands in a
// clause opened by "that" in its sentence and a second clause opened by
// "that" is joined to it after c ("found that the power had been raised
// in 1965, and that the test in March had"), -1 otherwise: the two
// clauses are parallel objects of one verb, each with its own time.
func (s *state) andThatEnd(c cand) int {
	open := false
	for k, n := c.i-1, 0; k >= 0 && n < 30; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			break
		}
		if s.isWord(k, "that") && k > 0 && s.toks[k-1].kind == tkWord {
			open = true
			break
		}
	}
	if !open {
		return -1
	}
	for k, n := c.j, 0; k+2 < len(s.toks) && n < 30; k, n = k+1, n+1 {
		if s.sentenceEnd(k) {
			return -1
		}
		if s.isPunct(k, ',') && s.isWord(k+1, "and") && s.isWord(k+2, "that") {
			return k
		}
	}
	return -1
}

func (s *state) flashback(c cand) bool {
	if s.ref < 0 || s.refCal.g < gYear {
		return false
	}
	if !s.t.hasDCT && s.leadPi(s.refPi) && s.toks[c.i].pi > s.refPi {
		// An article's lead sums the story up (a title line of its own
		// before it too); the body tells it from
		// its start, and a past perfect that opens it (in the first
		// sentence of its paragraph) is where the telling begins, no
		// look back from the lead's last date: "fought from 1877 to
		// 1878. ... In April 1876 Bulgarians had risen ... Serbia
		// declared war in June" is June 1876.
		p := c.i
		for p > 0 && s.toks[p-1].pi == s.toks[c.i].pi {
			p--
		}
		if s.oneSentence(p, c.i) {
			return false
		}
	}
	if s.t.hasDCT && c.c.g >= gMonth && c.c.g != gWeek && c.c.m > 0 && !s.refCal.noYear && s.refCal.y >= s.t.dct.y-1 && c.c.y <= s.t.dct.y-2 && s.refTok >= 0 && s.refTok < c.i {
		// So does a section of news background under a heading of its
		// own ("Background") that opens in the past perfect with a month
		// or a day years back: "The two parties had governed together
		// since the vote of 9 May 2019. A budget deal followed on 2
		// August" is August 2019, the history told on from there, not
		// the news's August. (Weekdays and "last week" still count from
		// the DCT. With no heading, the past perfect is a look back from
		// the news: "It had been founded in March 1998. Sales fell in
		// September, the chief executive said" is the news's September.)
		p := c.i
		for p > 0 && !s.sentenceEnd(p-1) && !s.lineBreak(p) {
			p--
		}
		if p >= 1 && s.lineBreak(p) && s.refTok < p && s.headingLine(p-1, p) {
			return false
		}
	}
	month := func(c cal) bool { return c.g >= gMonth && c.g != gWeek && c.m > 0 }
	ref := s.refCal
	if ref.g == gSeason && ref.part > 0 && ref.part < len(seasonStart) && !ref.noYear {
		// A season by its first month: "began in the winter of 1853–54.
		// Omar Pasha had crossed the river in October 1853" looks back.
		ref.g, ref.m = gMonth, seasonStart[ref.part]
	}
	if c.c.y >= s.refCal.y && !(c.c.g >= gDay && s.refCal.g >= gDay && c.c.day() < s.refCal.day()) &&
		!(month(c.c) && month(ref) && c.c.y == ref.y && c.c.m < ref.m) {
		return false
	}
	if !s.t.hasDCT && s.w(c.i-1) == wSince && c.c.y < s.refCal.y {
		return true
	}
	lo := c.i
	lo = s.sentStart(lo, 40)
	if s.countedFrom(lo, c.i) {
		return true
	}
	// A relative clause in the simple past has a time of its own: in "A
	// gunman who had held four clerks surrendered Wednesday, ending a
	// standoff that began at 9 a.m. Tuesday", Tuesday is no flashback.
	for k := c.i - 1; k > lo; k-- {
		if s.relativePast(k) || s.whenPast(k) {
			lo = k + 1
			break
		}
	}
	// A relative clause on the subject in the past perfect, closed by its
	// comma before the subject's own verb in the simple past, is
	// background to the subject, no flashback of the date after it:
	// "Sertorius, who had served under Marius, landed in Spain in the
	// spring of 80 BC" is told in the story's time; so is one opened by
	// "whose": "Philip, whose claims had been given up in 1713, sent an
	// army in August 1717".
	for k := lo; k+2 < c.i; k++ {
		if !s.isPunct(k, ',') || !s.isWordIn(k+1, "who", "which", "whose") || s.toks[k+1].cap {
			continue
		}
		for e := k + 2; e < c.i; e++ {
			if s.isPunct(e, ',') {
				if e+1 < c.i && !s.isWord(e+1, "had") && s.pastFormBefore(e+1, e+2) {
					lo = e + 1
				}
				break
			}
		}
	}
	if s.pastPerfect(lo, c.i-1) {
		return true
	}
	// A date that opens its clause, before the past perfect: "on his
	// return in 1964 his father had kept him confined", "In 1821, the
	// port had been opened to foreign ships"; or one set between commas
	// after the subject, however long: "The volcano's previous eruption,
	// in 1971, had lasted 24 days".
	between := c.i >= lo+2 && s.isPunct(c.i-2, ',') && (s.w(c.i-1) == wIn || s.isWord(c.i-1, "on")) && s.isPunct(c.j, ',')
	// So does a date in the subject of a relative clause between commas
	// that goes on in the past perfect: "The Bashkirs, whose own revolt
	// of 1755 had been crushed, joined him".
	relOpen := false
	for k, n := c.i-1, 0; k > lo && n < 8; k, n = k-1, n+1 {
		if s.toks[k].kind != tkWord {
			break
		}
		if s.isWordIn(k, "whose", "which", "who") && !s.toks[k].cap && k >= 1 && s.isPunct(k-1, ',') {
			lo, relOpen = k+1, true
			break
		}
	}
	past := s.pastFormBefore(lo, c.i)
	if between && past {
		// ("last" before a noun is no verb: "The town's last great flood,
		// in 1938, had drowned the streets")
		past = false
		for k := lo; k < c.i && !past; k = k + 1 {
			if s.w(k) != wLast && s.pastFormBefore(k, k+1) {
				past = true
			}
		}
	}
	// A date that closes a long subject, in a phrase of it, right before
	// the main verb in the past perfect, is the subject's own time looked
	// back to, however long the subject: "The killing of the king by an
	// anarchist in July 1900 had impressed him deeply".
	if !past && c.i-lo > 4 && c.i >= 1 && s.w(c.i-1) == wIn && s.w(c.j) == wHad && s.participle(c.j+1) {
		return true
	}
	if c.i-lo > 4 && !between && !relOpen || past {
		return false
	}
	for k, n := c.j, 0; k < len(s.toks) && n < 6; k, n = k+1, n+1 {
		if s.sentenceEnd(k) || s.toks[k].kind == tkPunct && !s.isPunct(k, ',') {
			return false
		}
		if s.w(k) == wHad && k+1 < len(s.toks) && s.toks[k+1].kind == tkWord && !s.toks[k+1].cap {
			return true
		}
	}
	return false
}

// relativeFlashEnd returns the last token of c when c ends a restrictive
// relative clause in the past perfect ("who had held the city since the
// previous summer", no comma before the pronoun) and the next word is the
// main clause's verb in the simple past ("was", "were" or a past form):
// the flashback is the clause's alone. It returns -1 otherwise.
func (s *state) relativeFlashEnd(c cand) int {
	if c.j >= len(s.toks) || !(s.isWordIn(c.j, "was", "were") || s.pastFormBefore(c.j, c.j+1)) {
		return -1
	}
	for k, n := c.i-1, 0; k >= 2 && n < 15; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.toks[k].kind == tkPunct {
			return -1
		}
		if s.w(k) == wHad {
			if s.isWordIn(k-1, "who", "which", "that") && !s.toks[k-1].cap && s.toks[k-2].kind == tkWord {
				return c.j - 1
			}
			return -1
		}
	}
	return -1
}

// yearlyClause reports whether the sentence of token i says what
// happened every year: "each year", "every year", "annually", "yearly".
func (s *state) yearlyClause(i int) bool {
	// (within its clause: "opened in May, and every year after it grew"
	// is one May)
	coord := func(k int) bool {
		return s.isPunct(k, ';') || s.isPunct(k, ',') && (s.w(k+1) == wAnd || s.isWord(k+1, "but"))
	}
	lo, hi := i, i
	for n := 0; lo > 0 && n < 30 && !s.sentenceEnd(lo-1) && !coord(lo-1); n++ {
		lo--
	}
	// (nor past a relative clause set off by a comma after it: "its
	// preface is dated 28 February, which Finns celebrate each year" is
	// one day, its anniversary kept in the relative clause)
	for n := 0; hi < len(s.toks)-1 && n < 20 && !s.sentenceEnd(hi) && !coord(hi+1) && !(hi+1 > i && s.isPunct(hi+1, ',') && s.isWordIn(hi+2, "which", "who")); n++ {
		hi++
	}
	for k := lo; k <= hi; k++ {
		if (s.w(k) == wEach || s.w(k) == wEvery) && s.w(k+1) == wYear || s.isWordIn(k, "annually", "yearly") && !s.attributiveYearly(k) {
			return true
		}
		if (s.w(k) == wEach || s.w(k) == wEvery) && s.lx(k+1) != nil && s.lx(k+1).season > 0 && !s.lx(k+1).plural && s.w(k+2) != wOf {
			// a season that comes every year: "every winter it was
			// closed from December to April" is any year's months
			return true
		}
		if s.w(k) == wIn && s.isWord(k+1, "most") && s.lx(k+2) != nil && s.lx(k+2).unit == uYear && s.lx(k+2).plural {
			// "In most years it was frozen from November until March"
			return true
		}
	}
	return false
}

// attributiveYearly reports whether "yearly" at k is an adjective after a
// determiner before its noun ("promise a yearly tribute", "their yearly
// fair"): it says what the thing is, not that the clause's event came
// each year ("sailed in July ... to promise a yearly tribute" is one July).
func (s *state) attributiveYearly(k int) bool {
	if !s.isWord(k, "yearly") || k < 1 || k+1 >= len(s.toks) {
		return false
	}
	return s.isWordIn(k-1, "a", "an", "the", "its", "their", "his", "her", "our", "this") &&
		s.toks[k+1].kind == tkWord && !s.toks[k+1].cap && s.lx(k+1) == nil
}

// whenPast reports whether "when" at k opens a clause in the simple past
// after its subject: "Díaz had ruled for decades when Madero challenged
// him in June 1910" tells what had gone before the story's time, and the
// "when" clause is that time, no flashback.
func (s *state) whenPast(k int) bool {
	if !s.isWord(k, "when") || s.toks[k].cap {
		return false
	}
	for m := k + 1; m <= k+4 && m < len(s.toks); m++ {
		if s.toks[m].kind != tkWord || s.w(m) == wHad {
			return false
		}
		if s.pastFormBefore(m, m+1) {
			return m > k+1 // (a subject first: "when taken" is no clause of its own)
		}
	}
	return false
}

// countedFrom reports whether the date at i, earlier than the story's,
// is where a length of time named before it is counted from: "talks
// opened on 25 October 2022, nearly two years after the war began on 4
// November 2020" stays in 2022, the date only the start of the count.
// The length must end right before "after", "before" or "since", which
// must stand within twelve tokens of the date, in its sentence (from lo),
// with no punctuation between: the event it is counted from may be named
// at length ("less than six months after a stronger but far less deadly
// quake on 4 September 2010").
func (s *state) countedFrom(lo, i int) bool {
	n := len(s.res.Timexes) - 1 // (the date itself is the last one)
	if n < 1 || s.res.Timexes[n-1].Type != timeline.TypeDuration {
		return false
	}
	for k := i - 1; k > lo && k >= i-12; k-- {
		if w := s.w(k); w == wAfter || w == wBefore || w == wSince {
			return s.res.Timexes[n-1].End == int(s.toks[k-1].end)
		}
		if s.toks[k].kind == tkPunct {
			return false
		}
	}
	return false
}

// pastRangeEnd reports whether the date at i ends a span after "to" or
// "until" in a sentence told in the past ("ran to mid-December", "from
// late November to mid-December drove them back"), which alone would
// read as a time ahead.
func (s *state) pastRangeEnd(i int) bool {
	if i < 1 || s.w(i-1) != wTo && s.w(i-1) != wUntil {
		return false
	}
	lo, hi := i, i
	lo = s.sentStart(lo, 40)
	hi = s.sentEnd(hi, 40)
	return s.pastFormBefore(lo, hi+1) && !s.futureFormBefore(lo, hi+1)
}

// monthsOnFrom reports whether month m comes one to three months after
// the month of ref (or is that month, when same), crossing into the next year if it must, and the
// month so reached lies at least six months before the DCT's: the story
// of an earlier year told on, not news of the months just gone.
func (s *state) monthsOnFrom(ref cal, m int, same bool) bool {
	d := (m - ref.m + 12) % 12
	if d < 1 && !(same && d == 0) || d > 3 {
		return false
	}
	y := ref.y
	if m < ref.m {
		y++
	}
	return y*12+m <= s.t.dct.y*12+s.t.dct.m-6
}

// relativeLookBack returns the end of c's sentence when c, a month or a
// day with its year, lies in a relative clause in the simple past ("that
// began in December 2018") after a later date named in the same sentence
// (the main clause's), and -1 otherwise: the clause looks back from that
// date, and the story goes on from it after the sentence.
func (s *state) relativeLookBack(c cand) int {
	if s.ref < 0 || s.refTok < 0 || s.refTok >= c.i || s.refCal.noYear || s.refCal.g < gMonth || s.refCal.g == gWeek || s.refCal.m == 0 ||
		c.c.noYear || c.c.g < gMonth || c.c.g == gWeek || c.c.m == 0 {
		return -1
	}
	if !(c.c.y < s.refCal.y || c.c.y == s.refCal.y && c.c.m < s.refCal.m) || !s.oneSentence(s.refTok, c.i) {
		return -1
	}
	rel := false
	for k := c.i - 1; k > s.refTok && k >= c.i-5; k-- {
		if s.relativePast(k) {
			rel = true
			break
		}
	}
	if !rel {
		return -1
	}
	e := c.j - 1
	e = s.sentEnd(e, 80)
	return e
}

// relativePast reports whether a relative pronoun at k opens a clause in
// the simple past: "that began", "which opened", "who fled".
func (s *state) relativePast(k int) bool {
	if !s.isWordIn(k, "that", "which", "who") || s.toks[k].cap || k+1 >= len(s.toks) {
		return false
	}
	if s.w(k+1) == wHad || s.isWordIn(k+1, "last", "ago", "yesterday") {
		return false
	}
	return s.pastFormBefore(k+1, k+2)
}

// attributive reports whether the date c modifies the noun after it, as
// in "the August 1988 cease-fire" or "the Dec. 21, 1988, bombing": news
// names past events that way without moving its story back to them. A
// conjunction that opens a clause is no noun ("fled in the late summer
// but was captured", "the early spring, although").
func (s *state) attributive(c cand) bool {
	if s.w(c.i-1) != wThe {
		return false
	}
	k := c.j
	if s.isPunct(k, ',') {
		k++
	}
	return k < len(s.toks) && s.toks[k].kind == tkWord && !s.toks[k].cap && (s.toks[k].lex() == nil || s.verbOnly(k)) &&
		!s.isWordIn(k, "but", "nor", "than", "because", "although", "though", "whereas", "unless")
}

// birthDate reports whether, in news, c dates a birth: "born on 4 July
// 1932", "was born in 1950", "born in Leeds on 9 May 1947". A life begins there; the story a report
// tells ("died in hospital on Monday") is not counted from it.
func (s *state) birthDate(c cand) bool {
	if !s.t.hasDCT {
		return false
	}
	// "born on 4 July 1932", "Born in Rosmuc on 3 March 1937"
	return s.wordBack(c.i, "born") >= 0 || s.w(c.i-1) == wOn && s.wordBack(c.i-1, "born") >= 0
}

// historyGoesOn reports whether the date c comes inside a history the
// paragraph is already telling: the last date named, in the same
// paragraph, is a time of the story (not attributive, not an aside) with
// its year, years from the DCT and not after c. A birth dated there is an
// event of that history, and a bare month after it goes on with it: "The
// elephant house opened in 1928. Its first calf was born on Jan. 9, 1969,
// and a second arrived in October" is October 1969.
func (s *state) historyGoesOn(c cand) bool {
	if !s.t.hasDCT || s.ref < 0 || s.refAtt || s.refCal.noYear || s.refCal.g < gYear || c.i < 1 || s.refPi != s.toks[c.i].pi {
		return false
	}
	return abs(s.refCal.y-s.t.dct.y) >= storyYears && s.refCal.y <= c.c.y
}

// eventOf reports whether, in news, c dates an event named before it,
// "the crash of Oct. 19, 1987", "the floods of 1953": a past event the
// story recalls, not a time it moves to ("Analysts compared the drop
// with the crash of Oct. 19, 1987. Stocks had gained 20 percent in the
// first half" is this year's half).
func (s *state) eventOf(c cand) bool {
	if !s.t.hasDCT || s.w(c.i-1) != wOf || c.i < 3 || s.w(c.i-3) != wThe {
		return false
	}
	k := c.i - 2
	return s.toks[k].kind == tkWord && !s.toks[k].cap && s.toks[k].lex() == nil
}

// personAside is aside for a clause opened by ", who" or ", which" and
// closed by a comma inside its sentence: "Rocha, who was arrested on 14
// October 2019, has been on bail since then"; "Shares, which fell 9
// percent Monday, recovered by noon" (today's noon).
func (s *state) personAside(c cand) bool {
	if !s.aside(c) {
		return false
	}
	for k, n := c.i-1, 0; k > 0 && n < 12; k, n = k-1, n+1 {
		if s.isPunct(k, ',') {
			if !s.isWordIn(k+1, "who", "which") {
				return false
			}
			break
		}
	}
	for k, n := c.j, 0; k < len(s.toks) && n < 12; k, n = k+1, n+1 {
		if s.isPunct(k, ',') {
			return true
		}
		if s.sentenceEnd(k) {
			return false
		}
	}
	return false
}

// aside reports whether, in news, c lies in a relative clause set off by
// commas or closing its sentence ("Ruiz, who took over in March 2023,
// told analysts that orders had picked up in September"): background
// about someone, not a story the text goes on with.
func (s *state) aside(c cand) bool {
	if !s.t.hasDCT {
		return false
	}
	open := false
	for k, n := c.i-1, 0; k > 0 && n < 12; k, n = k-1, n+1 {
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			return false
		}
		if s.isPunct(k, ',') {
			if !s.isWord(k+1, "who") && !s.isWord(k+1, "which") {
				return false
			}
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for k, n := c.j, 0; k < len(s.toks) && n < 12; k, n = k+1, n+1 {
		if s.isPunct(k, ',') {
			return true
		}
		if s.sentenceEnd(k) {
			// The clause may close the sentence: "emptied by Hurricane
			// Katrina, which came ashore on Aug. 29, 2005. Oil prices
			// jumped Friday" (the Friday before the DCT).
			return s.isPunct(k, '.')
		}
		if s.isPunct(k, ';') {
			return false
		}
	}
	return false
}

// afterDCTRel reports whether an expression counted from the DCT comes
// earlier in the sentence of token i: a date far from the DCT there is
// background to the news, not a story the next sentences follow
// ("gathered on Saturday to mark the assassination on 28 June 1914. The
// orchestra played on Friday evening": the Friday before the DCT).
func (s *state) afterDCTRel(i int) bool {
	if s.relTok < 0 || s.relTok >= i || i-s.relTok > 60 {
		return false
	}
	if !s.oneSentence(s.relTok, i) {
		return false
	}
	return true
}

// nearRef reports whether the ref timex starts in the sentence of token i
// or the one before it.
func (s *state) nearRef(i int) bool {
	if s.ref < 0 || s.refTok > i || i-s.refTok > 80 {
		return false
	}
	ends := 0
	for k := s.refTok; k < i; k++ {
		if s.sentenceEnd(k) {
			if ends++; ends > 1 {
				return false
			}
		}
	}
	return true
}

// nightStart returns the first day of the night just named with its two
// days when b, anchored at a, is its second ("On the night of 25–26 March
// the army moved in"): the night belongs to the day it began on, so "that
// night" is the 25th's and "the next day" the 26th, the day after it.
func (s *state) nightStart(b cal, a int) (cal, bool) {
	if !s.rangeNight || a < 0 || a != s.rangeTo || b.g != gDay || b.noYear || s.rangeEnd.g != gDay || b.day() != s.rangeEnd.day() {
		return b, false
	}
	return s.rangeFrom, true
}

// anchorBase returns what "two days later", "the following year" and
// "that month" count from: the last date mentioned, else the DCT.
func (s *state) anchorBase() (cal, int, bool) {
	if s.ref >= 0 {
		return s.refCal, s.ref, true
	}
	if s.t.hasDCT {
		return s.t.dct, -1, true
	}
	return cal{}, -1, false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// reportInAside reports whether the words from a to b (an aside's verb
// up to a date) tell of something said or planned rather than done: a
// clause of its own ("that", "would", "will", an infinitive) or another
// time word the verb may own ("which said earlier this month that they
// would cut back their schedules on Friday night").
func (s *state) reportInAside(a, b int) bool {
	for k := a; k < b; k++ {
		if s.isWordIn(k, "that", "would", "will", "could", "might", "should", "to", "said", "says", "announced", "promised", "pledged") || s.lx(k) != nil && (s.lx(k).month > 0 || s.lx(k).weekday > 0 || s.lx(k).unit > 0) {
			return true
		}
	}
	return false
}

// causeOpens reports whether "after" or "because" at c opens a clause
// with a subject of its own and a verb in the past before hi: "after the
// cabinet backed the budget", "because nurses walked out".
func (s *state) causeOpens(c, hi int) bool {
	return s.isWordIn(c, "after", "because") && !s.toks[c].cap && c+1 < len(s.toks) && s.toks[c+1].kind == tkWord &&
		(s.lx(c+1) == nil || s.w(c+1) == wThe || s.w(c+1) == wA) && s.pastFormBefore(c+1, hi+1)
}

// noCommaTo reports whether no comma or semicolon stands from token k to
// hi: a clause that runs to the end of its sentence.
func (s *state) noCommaTo(k, hi int) bool {
	for m := k; m <= hi; m++ {
		if s.isPunct(m, ',') || s.isPunct(m, ';') {
			return false
		}
	}
	return true
}

// tense looks at the sentence around token i: +1 when it speaks of the
// future, -1 of the past, 0 when it cannot tell.
func (s *state) tense(i int) int8 {
	t, _ := s.tenseAt(i)
	return t
}

// tenseAt is tense with the index of the word that decided it (-1 for
// none).
func (s *state) tenseAt(i int) (int8, int) {
	lo := i
	for n := 0; lo > 0 && n < 40; n++ {
		if s.sentenceEnd(lo - 1) {
			break
		}
		lo--
	}
	hi := i
	for n := 0; hi < len(s.toks)-1 && n < 40; n++ {
		if s.sentenceEnd(hi) {
			break
		}
		hi++
	}
	if e := s.lx(i); e != nil && e.weekday > 0 && !e.plural {
		// A weekday after "then" that follows "tonight" or "tomorrow" in
		// its sentence comes after what is still ahead, so is ahead too:
		// "Rain tonight, then snow Thursday night into Friday", "Sun
		// tomorrow, then storms Sunday".
		for k := i - 1; k > lo && k >= i-8; k-- {
			if s.isWord(k, "then") && !s.toks[k].cap {
				for m := k - 1; m >= lo && m >= k-8; m-- {
					if s.w(m) == wTonight || s.w(m) == wTomorrow {
						return 1, m
					}
				}
				break
			}
			if s.toks[k].kind == tkPunct && !s.isPunct(k, ',') || s.lx(k) != nil && s.lx(k).tense != 0 {
				break
			}
		}
		// A weekday after a forecast's measure opening the sentence,
		// "Highs", "Lows", "Temperatures", with a present after it, is
		// ahead: "Highs Saturday afternoon only reach the teens", "Lows
		// Sunday drop below zero" (not "Highs Saturday were 90").
		if i == lo+1 && s.isWordIn(lo, "highs", "lows", "temperatures", "temps") {
			v := i + 1
			if s.isWordIn(v, "morning", "afternoon", "evening", "night") {
				v++
			}
			if s.isWordIn(v, "only", "just", "barely", "likely") {
				v++
			}
			if v < len(s.toks) && s.toks[v].kind == tkWord && !s.pastForm(v) && (s.lx(v) == nil || s.lx(v).tense >= 0) {
				return 1, v
			}
		}
		// A weekday that is the subject of the present of "be" is one of
		// the calendar, still to come: "Friday is the deadline for bids",
		// "Monday is a rest day" (a day past "was"). So is one, or a pair
		// joined by "and", that is the subject of a present verb of
		// seeming, as a forecast has it: "Saturday looks like the hottest
		// day", "Tuesday and Wednesday look wet" (a day past "looked").
		first, v := i, i+1
		if f := s.lx(i + 2); s.w(i+1) == wAnd && f != nil && f.weekday > 0 && !f.plural {
			v = i + 3
		} else if f := s.lx(i - 2); s.w(i-1) == wAnd && f != nil && f.weekday > 0 && !f.plural {
			first = i - 2
		}
		if first == lo && (v == i+1 && s.isWordIn(v, "is", "are") || s.isWordIn(v, "are", "looks", "look", "seems", "seem", "promises", "promise")) && !s.isWordIn(v+1, "not", "still", "now") {
			return 1, v
		}
	}
	for k := i - 1; k >= lo && k >= i-16; k-- {
		if s.toks[k].kind == tkPunct || s.toks[k].kind != tkWord && !s.tight(k) {
			break
		}
		// (Further back than ten words only an aside set off by a comma
		// counts, "The minister, who raised the levy for small firms in
		// the spring statement in March, will ...": its verb is plainly
		// its own.)
		if k < i-10 && !(s.isWordIn(k, "who", "which") && s.isPunct(k-1, ',') && !s.reportInAside(k+1, i)) {
			continue
		}
		if (s.isWord(k, "who") || s.isWordIn(k, "that", "which") && !s.andOrBetween(k+1, i)) && !s.toks[k].cap && k+1 < i && !s.isWordIn(k+1, "had", "was", "were", "did") && (s.pastForm(k+1) || s.lx(k+1) != nil && s.lx(k+1).tense == -1 ||
			s.isWordIn(k+1, "bought", "ate", "drank", "went", "took", "got", "saw", "flew", "came", "paid", "left", "sat", "sent", "made", "drove", "rode", "wore")) {
			// A past act that picks out people, "shoppers who bought the
			// item in June", "anyone who ate there in August", "a man who
			// stole two bikes from the station car park in August", dates
			// the act, whatever the main verb after it ("should return
			// it"); a road's or a unit's number glued to its letter ("the
			// M6") is part of the clause. So does a past act that picks
			// out things ("cuts that took effect in March would save $85
			// billion", "the rule, which took effect in April, will
			// stay"), when the date is the past verb's own, with no second
			// verb joined to it ("which began Monday and were to have ended
			// Friday").
			return -1, k + 1
		}
	}
	if s.isWord(i-1, "due") && s.overdueAfter(i, hi) {
		// "The budget, due July 1, is now four months late": what is
		// late or overdue was due before now.
		return -1, i - 1
	}
	if k := s.conditionUnderWould(lo, i); k >= 0 {
		// A condition under "would" takes the past by the sequence of
		// tenses but looks ahead from the saying: "said it would hire
		// replacements if the strike lasted beyond Nov. 1".
		return 1, k
	}
	if e := s.lx(i); e != nil && e.month > 0 && !e.plural && s.toks[i].kind == tkWord && (s.monthFiguresNoun(i+1) ||
		i+1 < len(s.toks) && s.toks[i+1].kind == tkWord && s.lx(i+1) == nil && !s.toks[i+1].cap && s.monthFiguresNoun(i+2)) {
		// A month before a noun of figures names what they cover, over
		// before they come out: "the October figures are due Dec. 15",
		// "May retail sales will be released next week".
		return -1, i + 1
	}
	if s.figureAside(i) {
		// "The jobless rate, 4.1 percent in April, is expected to rise",
		// "Inflation, 0.7 percent in January, is forecast to climb": a
		// figure set off by commas with no verb of its own was measured,
		// in the past; the verb after it tells of the subject, not of
		// when.
		return -1, -1
	}
	// A second verb joined by "and" or "but" after the expression has a
	// clause of its own: "was sentenced on Tuesday and will be eligible
	// for parole in 2032" reads Tuesday by "was sentenced"; so does a
	// future before it: "is due to brief the council on Tuesday and has
	// called for talks" reads Tuesday by "is due"; so does the present of
	// a timetable: "reports its results on March 5, and said it would
	// give an update" reads March 5 by "reports", still to come.
	for k := i + 1; k < hi && k <= i+6; k++ {
		if (s.isWord(k, "and") || s.isWord(k, "but")) && s.clauseVerb(k+1, hi) && (s.pastFormBefore(lo, i) || s.futureFormBefore(lo, i) || s.scheduledFormBefore(lo, i)) {
			hi = k - 1
			break
		}
		// So does a speaker named after ", and": "The next match is at
		// home on Saturday, and Smith said tickets would be cheap" reads
		// Saturday by "is", not by what Smith said.
		if k > 0 && (s.isWord(k, "and") || s.isWord(k, "but")) && s.isPunct(k-1, ',') && s.nameSays(k+1, hi) {
			hi = k - 1
			break
		}
	}
	// A clause opened by a conjunction of time or cause right after the
	// expression, running to the end of the sentence, tells of its own
	// event, the one the main clause follows or rests on: "face a tax
	// rise from April after the cabinet backed the budget" reads April by
	// "face", not by "backed".
	for k := i + 1; k < hi && k <= i+3; k++ {
		if s.toks[k].kind == tkPunct {
			break
		}
		if s.causeOpens(k, hi) && !s.pastFormBefore(lo, i) {
			if s.noCommaTo(k+1, hi) {
				hi = k - 1
			}
			break
		}
	}
	// So does such a clause set off by a comma right after the
	// expression, whatever the main verb: "announced two more strikes on
	// 6 and 7 February, after nurses walked out last month" reads 7
	// February by "announced", not by "walked out".
	for k := i + 1; k < hi && k <= i+5; k++ {
		if s.toks[k].kind == tkWord && s.lx(k) != nil && s.lx(k).month > 0 || s.toks[k].kind == tkNum || s.isWordIn(k, "and", "or") {
			continue // (the second day of a pair, "on 6 and 7 February,")
		}
		if !s.isPunct(k, ',') {
			if s.toks[k].kind == tkPunct || s.lx(k) == nil {
				break
			}
			continue
		}
		if c := k + 1; c+1 < hi && s.causeOpens(c, hi) && s.noCommaTo(c+1, hi) {
			hi = k - 1
		}
		break
	}
	// So does an "until" clause set off by a comma after the expression,
	// with a subject and a past verb of its own: it ends the stretch the
	// main clause tells of at an event that came, no end point ahead of
	// the date ("no one knew they were alive after the cave-in on Aug. 5,
	// until a probe came back with a note" reads Aug. 5 by "knew").
	for k := i + 1; k < hi && k <= i+5; k++ {
		if !s.isPunct(k, ',') {
			if s.toks[k].kind == tkWord && s.lx(k) == nil || s.sentenceEnd(k) {
				break // the comma must close the expression itself ("Aug. 5,")
			}
			continue
		}
		if s.isWord(k+1, "until") && !s.toks[k+1].cap && k+2 <= hi && s.toks[k+2].kind == tkWord &&
			(s.lx(k+2) == nil || s.w(k+2) == wThe || s.w(k+2) == wA) && s.pastFormBefore(k+2, hi+1) {
			hi = k - 1
		}
		break
	}
	// A comparison set off after the expression (", as" with a clause of
	// its own) tells of other times, not of this one: "will go forward an
	// hour at 2 a.m. on Sunday, as they have every spring since 1996"
	// reads Sunday by "will".
	for k := i + 1; k < hi && k <= i+4; k++ {
		if s.isPunct(k, ',') {
			if s.isWord(k+1, "as") && !s.toks[k+1].cap && s.clauseVerb(k+2, hi) {
				hi = k - 1
			}
			break
		}
	}
	// A relative clause right after the expression ("that", "which" and
	// its verb) tells of the noun before it, not of when the past verb
	// before the expression happened: "signed an extension in January that
	// runs through 2018" reads January by "signed".
	for k := i + 1; k < hi && k <= i+4; k++ {
		if s.isPunct(k, ',') || s.isPunct(k, ';') || s.isWord(k, "and") || s.isWord(k, "but") {
			break
		}
		if (s.isWord(k, "that") || s.isWord(k, "which") || s.isWord(k, "who")) && !s.toks[k].cap && s.clauseVerb(k+1, hi) && s.pastFormBefore(lo, i) {
			hi = k - 1
			break
		}
	}
	// A participle of saying set off after the expression opens what was
	// said, whose verbs tell nothing of when the past verb before it
	// happened: "unveiled the phone on Tuesday, saying it would go on
	// sale in June" reads Tuesday by "unveiled".
	for k := i + 1; k < hi && k <= i+4; k++ {
		if s.isPunct(k, ',') {
			if s.sayingParticiple(k+1) && s.pastFormBefore(lo, i) {
				hi = k - 1
			}
			break
		}
	}
	// A date between a verb of saying and "that" tells when it was said;
	// the verbs after "that" are what was said: "told lawyers at a
	// hearing Friday that the trial should last six weeks".
	if s.reportedBefore(lo, i) {
		for k := i + 1; k < hi && k <= i+3; k++ {
			if s.isWord(k, "that") && s.toks[k+1].kind == tkWord {
				hi = k - 1
				break
			}
			if s.toks[k].kind == tkPunct {
				break
			}
		}
	}
	// An intention told under a verb of saying looks ahead of the saying,
	// its "had" only the backshift of "have": "organizers said they had
	// no plans to schedule play on Sunday" is the coming Sunday.
	for k := i - 1; k >= lo+3 && k >= i-8; k-- {
		if s.toks[k].kind == tkPunct {
			break
		}
		if s.w(k) == wTo && s.infinitive(k) && s.isWordIn(k-1, "plans", "plan", "intention", "intentions") {
			h := k - 2
			if s.isWordIn(h, "no", "any", "firm", "immediate", "new") && h > lo {
				h--
			}
			if s.w(h) == wHad && s.reportedBefore(lo, h) {
				return 1, k - 1
			}
			break
		}
	}
	// So does one in the present opening the sentence, for what its main
	// clause says after the comma: "If the panel orders a new trial, it
	// could not begin before January, he said."
	if lo < i && s.isWord(lo, "if") && s.conditional(lo) {
		for k := lo + 2; k < i; k++ {
			if s.isPunct(k, ',') {
				return 1, lo
			}
		}
	}
	// So does a condition in the present before the expression in its
	// clause, whatever the main verb: "voted Saturday to strike if no
	// contract is reached by midnight Thursday".
	for k := i - 1; k >= lo && k >= i-10; k-- {
		if s.toks[k].kind == tkPunct {
			break
		}
		if s.conditional(k) && !s.isWordIn(k-1, "ask", "asks", "asked", "wonder", "wondered", "know", "knew", "see", "saw", "check", "checked") {
			return 1, k
		}
	}
	// A condition right after the expression puts it ahead, whatever the
	// main verb: "warned of a longer walkout in July if talks fail".
	for k := i + 1; k <= hi && k <= i+4; k++ {
		if s.w(k) == wTo && s.infinitive(k) {
			break // the condition is the infinitive's: "voted Saturday to strike if no contract is reached"
		}
		if s.conditional(k) {
			return 1, k
		}
	}
	// An attribution set off after the expression tells when it was said,
	// not when what it says happens: "will strike on Friday, their union
	// said yesterday, ..." reads Friday by "will".
	attLo, attHi := s.attribution(i, hi)
	for k := i - 1; k >= lo && k >= i-14; k-- {
		if s.isPunct(k, ',') {
			if e := s.asideEnd(k, hi); e > i {
				// Inside a relative clause set off by commas its own
				// verbs decide: "Berlin, which hosts the games in July,
				// was chosen in 2019."
				lo, hi, attLo, attHi = k+2, e-1, -1, -1
			}
			break
		}
	}
	// So does an aside opened by a past participle after a comma and closed
	// by a comma after the expression: it tells when its noun was done, not
	// the main verb after it ("The accord, signed in the early hours of
	// Sunday, ends a dispute" reads Sunday by "signed").
	// (A possessive's apostrophe is no boundary: "The deal, approved by
	// Acme's board at a meeting on Saturday, is expected to close".) The
	// aside may join two participles with their agents: "The deal,
	// brokered by the United States and France and approved by the
	// cabinet late on Tuesday, provides for ..." reads Tuesday by them.
	for k := i - 1; k > lo && k >= i-20; k-- {
		if s.toks[k].kind != tkPunct || s.isPunct(k, '\'') && k+1 < i && s.isWordIn(k+1, "s") {
			continue
		}
		if s.isPunct(k, ',') && k+1 < i && s.participle(k+1) && s.lx(k+1) == nil && !s.auxBefore(k+1) {
			for e := i + 1; e <= hi && e <= i+4; e++ {
				if s.isPunct(e, ',') {
					lo, hi, attLo, attHi = k+1, e-1, -1, -1
					break
				}
				if s.toks[e].kind == tkPunct && !s.isPunct(e, '.') || s.sentenceEnd(e) {
					break
				}
			}
		}
		break
	}
	// A plan set off by commas after its noun, named beside what the main
	// clause says is now planned, is the nearest such day, kept or
	// missed, whatever the main verb: "The match, originally due to be
	// played on 10 March, will now be held in May".
	for k := i - 1; k > lo && k >= i-9; k-- {
		if s.toks[k].kind == tkPunct {
			break
		}
		if s.isWord(k, "due") && s.w(k+1) == wTo && s.infinitive(k+1) && s.dueAside(k, i) {
			return nearestTense, k
		}
	}
	// So does a phrase opening the sentence with a preposition, in which a
	// past participle after its noun dates what was done, closed by a
	// comma after the expression: "According to the itinerary released
	// by the bishops on Monday, the pope will ..." reads Monday by
	// "released", not by the main clause.
	if s.toks[lo].kind == tkWord && s.isWordIn(lo, "according", "under", "in", "despite", "with", "after", "unlike", "like") {
		part := -1
		for k := lo + 1; k < i; k++ {
			if s.toks[k].kind == tkPunct && !s.isPunct(k, '\'') {
				part = -1
				break
			}
			if part < 0 && s.participle(k) && s.lx(k) == nil && !s.auxBefore(k) && k >= 1 && s.toks[k-1].kind == tkWord {
				part = k
			}
		}
		if part >= 0 {
			for e := i + 1; e <= hi && e <= i+3; e++ {
				if s.isPunct(e, ',') {
					hi, attLo, attHi = e-1, -1, -1
					break
				}
				if s.toks[e].kind == tkPunct || s.sentenceEnd(e) {
					break
				}
			}
		}
	}
	// The marker nearest to the expression decides: "said on Friday it
	// will ..." reads Friday by "said".
	best, bestD, bestK := int8(0), 1<<30, -1
	clocks := int8(-1) // whether [lo, hi] holds a clock reading, -1 until asked
	for k := lo; k <= hi; k++ {
		if k == attLo {
			k = attHi
			continue
		}
		if e := s.asideEnd(k, hi); e > 0 && (i < k || i > e) {
			// A relative clause set off by commas speaks of its own time:
			// "The mayor, who was elected in 2020, faces a runoff on April
			// 2."
			k = e
			continue
		}
		tk := &s.toks[k]
		var t int8
		switch {
		case k == i-1 && k > 0 && (s.isWord(k, "is") || s.isWord(k, "are")) && s.toks[k-1].kind == tkWord && !s.toks[k-1].cap && (s.lx(k-1) == nil || s.lx(k-1).tense == 0 && s.lx(k-1).unit == 0 && s.lx(k-1).month == 0 && s.lx(k-1).weekday == 0 && s.w(k-1) != wToday && s.w(k-1) != wTomorrow && s.w(k-1) != wYesterday) && !s.isWord(k-1, "it") && !s.isWord(k-1, "that") && !s.isWord(k-1, "this"):
			return 1, k // "the election is Nov. 7", "the deadline is Friday": a date set ahead
		case k == i-2 && s.t.hasDCT && s.isWordIn(k+1, "on", "from", "between", "in") && s.isWordIn(k, "held", "played", "staged", "hosted", "run", "contested", "celebrated", "observed", "performed", "screened") && (s.isWordIn(k-1, "is", "are") || k >= 2 && s.isWordIn(k-1, "usually", "normally", "traditionally", "always") && s.isWordIn(k-2, "is", "are")):
			// The present passive of an event's staging is its timetable,
			// still to come: "The regatta is held from 14 to 18 June",
			// "the final is played on 2 July", written in February (in a
			// history it tells of every year: "Its fair is held in May").
			return 1, k
		case tk.kind == tkPunct && s.text[tk.start] == '\'' && k+1 <= hi && s.tight(k+1) && lowerEq(s.word(k+1), "ll"):
			t = 1
		case tk.kind != tkWord:
			continue
		case k == i-1 && s.reporting(k) && s.lx(i) != nil && s.lx(i).weekday > 0 && !s.lx(i).plural && i+1 <= hi && s.isWordIn(i+1, "would", "will", "could", "might") && !s.toks[i+1].cap:
			// A weekday right after a verb of saying and right before a
			// modal is the subject of what was said, no day of saying:
			// "the president said Sunday would be a day of rest", "officials
			// said Friday will be the last day to vote" ("said Sunday it
			// would" has its subject after the day).
			return 1, i + 1
		case k == i-1 && s.declaringVerb(k) && s.namesDay(i, i+1) && s.articleAfterDay(i):
			// A day declared something is named for what is to come:
			// "declared Wednesday a day of mourning", "proclaimed Friday
			// a public holiday".
			return 1, k
		case k == i-1 && s.isPunct(i+1, '\'') && s.lx(i) != nil && s.lx(i).weekday > 0 && !s.lx(i).plural &&
			(s.isWordIn(k, "canceled", "cancelled", "scrapped", "postponed") || s.isWord(k, "off") && s.isWordIn(k-1, "called", "call", "calls")):
			// An event named by its weekday that was called off had not
			// yet taken place when it was, so the past verb does not put
			// it behind: "the city canceled Sunday's triathlon", "rain
			// called off Saturday's parade" are the nearest such day,
			// ahead or just past.
			return nearestTense, k
		case k < i && k >= i-9 && (s.isWord(k, "starting") || s.isWord(k, "beginning")) && s.onlyClockBetween(k+1, i) && !s.pastAuxBefore(k) && s.toks[k-1].kind == tkWord && s.lx(k-1) == nil && !s.toks[k-1].cap:
			// After a noun, "starting Wednesday" names when something
			// declared or planned begins: "declared three days of
			// mourning starting Wednesday", "ordered evacuations
			// beginning at noon Wednesday".
			t = 1
		case k < i && k >= i-9 && k >= 2 && lo < k-1 && (s.isWord(k, "starting") || s.isWord(k, "beginning")) && s.isPunct(k-1, ',') && s.onlyClockBetween(k+1, i) && !s.pastFormBefore(lo, k-1) && !s.pastAuxBefore(k-1):
			// After a clause in the present, ", starting Nov. 15" names
			// when a standing arrangement begins, ahead: "The notes pay
			// interest twice a year, starting on Nov. 15."
			t = 1
		case k < i && k >= i-8 && s.isWord(k, "up") && s.w(k+1) == wFor && (s.isWord(k-1, "is") || s.isWord(k-1, "are") || s.isWord(k-1, "be") || s.isWord(k-1, "comes") || s.isWord(k-1, "come")):
			// "is up for re-election in November", "comes up for renewal
			// in March": what one is up for lies ahead.
			t = 1
		case k < i && s.returnFrom(k, i):
			// What one returns from lies before the return, whenever that
			// is: "when Congress returns from its August recess" is the
			// nearest August, past in September, ahead in July.
			return 0, k
		case k < i && k >= i-6 && s.isWordIn(k, "likely", "unlikely", "possible", "impossible", "probable", "improbable", "doubtful") && s.copulaBefore(k):
			// A judgement of likelihood looks ahead of the time it was
			// made, even in reported speech: "said a vote was unlikely
			// before July", "a deal seemed likely in March", "said a deal
			// was possible by Thursday".
			t = 1
		case k > i && k <= i+5 && s.isWordIn(k, "likely", "unlikely", "possible", "impossible", "probable", "improbable", "doubtful") && s.copulaBefore(k) && s.onlyWordsBetween(i, k) &&
			!s.isWordIn(k-2, "had", "been") && !s.isWordIn(k-3, "had") && !(s.w(k+1) == wTo && s.isWord(k+2, "have")) && !s.butPastAfter(k):
			// So does one told of a subject with its date: "analysts said
			// a deal before Christmas now looked unlikely", "a vote in
			// June seemed possible": the date lies ahead of the judgement
			// (not one held in the past perfect, "had seemed likely", one
			// of a perfect, "were likely to have fallen", or one undone by
			// "but" and a past).
			return 1, k
		case s.lastJoined(k):
			continue // the verb "last" after a modal: "will begin on Monday and last 48 hours"
		case k < i && s.isWordIn(k, "run", "drag", "stretch", "extend", "continue", "spill") && s.isWordIn(k-1, "could", "might", "may", "would", "can") &&
			(s.isWordIn(k+1, "into", "until", "through", "beyond") || s.isWord(k+1, "on") && s.isWordIn(k+2, "into", "until", "through", "beyond")):
			// A modal and a verb of lasting, as "could last into
			// December": "a contest that could run into the autumn",
			// "talks might drag on until March"; what it runs into lies
			// ahead.
			t = 1
		case s.isWord(k, "last") && (s.isWord(k-1, "could") || s.isWord(k-1, "might") || s.isWord(k-1, "may") || s.isWord(k-1, "would") || s.isWord(k-1, "will") || s.isWord(k-1, "can") || s.isWord(k-1, "should") || s.w(k-1) == wTo) &&
			(s.lx(k+1) == nil || s.lx(k+1).unit == 0 && s.lx(k+1).weekday == 0 && s.lx(k+1).month == 0 && s.lx(k+1).season == 0):
			// the verb "last" after a modal or "to": "talks could last
			// into December", "expected to last until March"; what it
			// lasts into lies ahead (or the word before decides)
			if s.w(k-1) == wTo {
				continue
			}
			t = 1
		case k < i && k >= i-2 && tk.lex() != nil && tk.lex().tense == 1 && s.word(k)[len(s.word(k))-1] == 's' && s.copulaAfterDay(i):
			// A verb's form before the date and a verb of its own after it
			// make the first a noun: "Housing starts in February were
			// down", "Store openings in March were delayed".
			continue
		case k < i && k >= 1 && s.isWord(k, "forecast") && s.reportNoun(k+1) && s.lx(i) != nil && s.lx(i).weekday > 0 && s.toks[k-1].kind == tkWord && !s.isWordIn(k-1, "will", "would", "to", "could", "may", "might", "they", "we", "analysts", "economists") && !s.auxBefore(k):
			// "Acme forecast revenue above estimates on Wednesday": the
			// figures are forecast for a period, so the day is when the
			// forecast was made, in the past.
			return -1, k
		case tk.lex() != nil && tk.lex().tense != 0 && k == i-2 && s.w(i-1) == wIn && s.isWordIn(k, "forecast", "predicted", "projected") &&
			(s.isWordIn(k-1, "cent", "percent") || s.isPunct(k-1, '%') || k > 0 && s.toks[k-1].kind == tkNum):
			// "down from 2.5 per cent forecast in March": a participle
			// after a figure, dating the forecast, in the past
			return -1, k
		case k >= 2 && k < i && s.participle(k) && s.isWordIn(k-1, "normally", "usually", "regularly", "typically", "ordinarily", "traditionally") &&
			s.toks[k-2].kind == tkWord && s.lx(k-2) == nil && !s.isWordIn(k-2, "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "they", "we", "he", "she", "i", "you", "who", "which", "that"):
			// A participle of habit after its noun (not after a subject
			// or an auxiliary: "they normally collected") tells of a standing
			// arrangement, no past event: "Bins normally collected on New
			// Year's Day will be emptied on 2 January", "the fair,
			// traditionally held in May, moves to June"; the main verb
			// decides.
			continue
		case k >= 2 && k < i && s.w(k+1) == wBy && s.participle(k) && s.nounLike(k-1) && s.isWordIn(k-2, "to", "for", "on", "of", "with", "from", "all", "any"):
			// A participle right after a noun that is the object of a
			// preposition is passive, a deadline set on the noun, not a
			// past event: "apply to tickets bought by June 5", "count all
			// ballots postmarked by Nov. 3"; the main verb decides.
			continue
		case k < i && k >= i-6 && (s.w(k) == wWas || s.w(k) == wWere) && s.w(k+1) == wTo && s.isWord(k+2, "have") && (s.pastForm(k+3) || s.lx(k+3) != nil && s.lx(k+3).tense == -1 || s.isWordIn(k+3, "begun", "gone", "taken", "held", "met", "been")):
			// A plan that fell through ("were to have ended Friday", "was to
			// have begun on Monday"): the plan's date, the nearest such,
			// whether still to come or missed, as "had been planned for".
			return nearestTense, k
		case k < i && k >= i-6 && s.isWordIn(k, "remain", "remains", "stay", "stays") && s.w(k-1) != wTo && !s.isWordIn(k-1, "did", "had", "was", "were", "the", "human", "its", "his", "her", "their") &&
			k+1 < i && s.toks[k+1].kind == tkWord && s.isWordIn(k+2, "through", "until", "till", "on", "into", "beyond"):
			// A state in the present that lasts to a date, "schools
			// remain closed through Friday", "the bridge stays shut until
			// Monday": the state goes on, and its end lies ahead.
			t = 1
		case s.w(k) == wAm && k > 0 && s.toks[k-1].kind == tkNum:
			continue // the clock's "am", no present of "be": "struck at 11:56 am local time on Saturday"
		case k < i && tk.lex() == nil && s.w(k+1) == wTo && s.infinitive(k+1) && (s.isWordIn(k, "hopes", "aims", "wants", "seeks", "wishes") ||
			s.isWordIn(k, "hope", "aim", "want", "seek", "wish") && s.isWordIn(k-1, "we", "they", "i", "still", "now")):
			// A present wish or aim looks ahead, whatever past verb stands
			// further off: "unveiled a package in April and hopes to pass
			// it before elections on July 12" is the coming July 12.
			t = 1
		case s.t.hasDCT && k < i && k >= i-6 && s.w(i-1) != wOf && s.isWordIn(k, "could", "might") && !tk.cap && k+1 < i && s.toks[k+1].kind == tkWord && !s.toks[k+1].cap && !s.isWordIn(k+1, "have", "not", "never", "hardly", "barely") &&
			(s.reportedBefore(lo, k) || attLo >= 0):
			// In news "could" or "might" before a verb of its own, in what
			// someone said, tells of what may come: "said talks could
			// resume on Monday", "Talks could resume on Monday, the
			// minister said" are the coming Monday (not "could not play
			// on Monday", a past ability, "could have left", a past
			// possibility, nor, unreported, "Neither he nor his parents
			// could be located Wednesday"; nor a date a few words on that
			// names a thing, "could exceed the storms of January").
			t = 1
		case tk.lex() != nil && tk.lex().tense == 2 && k > 0 && s.w(k-1) == wTo && s.isWordIn(k, "have", "do"):
			continue // a bare infinitive, no present: "hopes to have the rules in place by the fall" ("to" and the verb before decide)
		case tk.lex() != nil && tk.lex().tense != 0:
			t = tk.lex().tense
			if t == 3 {
				if k > i || s.countAfterBetween(k, i) {
					// (a date after a count of time and "after" is of the
					// event the present one follows, not of the schedule:
					// "The deal comes a month after the offensive on Sept.
					// 19"; without the count, "The team returns after the
					// break on Monday" may still be the return's day)
					continue
				}
				t = 1
			}
			if t == 1 && k < i && s.w(k-1) == wHad && (s.isWord(k, "expected") || s.isWord(k, "hoped") || s.isWord(k, "anticipated")) {
				// an expectation held in the past reads its date as the
				// nearest such, whatever past verb stands further off:
				// "called the vote, surprising members who had expected
				// one in the autumn"
				t = 2
			} else if t == 1 && !s.futureVerb(k) {
				continue // a noun or a preposition: "the plan", "next to"
			}
			if s.adjectival(k) && !((s.isWord(k, "plan") || s.isWord(k, "plans")) && s.w(k+1) == wTo && s.infinitive(k+1)) {
				continue // "the hastily planned trip", "an expected rise" (but "a plan to close the road" looks ahead)
			}
			if t == -1 && s.w(k) == wHad && (s.isWord(k+1, "bet") || s.isWord(k+1, "expected") || s.isWord(k+1, "hoped") || s.isWord(k+1, "anticipated") || s.isWord(k+1, "forecast")) {
				if k+3 == i && (s.w(k+2) == wIn || s.w(k+2) == wOn) {
					// "than it had forecast in February": the date of the
					// forecasting, no object between, in the past
					return -1, k
				}
				continue // the expectation decides, below
			}
			if t == -1 && (s.w(k) == wWas || s.w(k) == wWere) && s.hypothetical(lo, k) {
				// "would be cancelled if the signal was still up at 9 a.m.":
				// a condition ahead; so after the date, in reported speech:
				// "would strike at 12:01 a.m. Saturday unless a deal was
				// reached"
				t = 1
			}
			if t == -1 && s.auxBefore(k) {
				t = 0 // participle: "will be held"
				if s.modalBe(k) {
					t = 1 // "could be held in June": a possibility ahead
				}
			}
			if t == 2 && k+1 <= hi && s.toks[k+1].lex() != nil && s.toks[k+1].lex().tense == 1 && s.futureVerb(k+1) {
				continue // the verb after the auxiliary decides: "is expected to", "are awaiting"
			}
			if t == -1 && (s.w(k) == wWas || s.w(k) == wWere) && k+1 <= hi && s.toks[k+1].lex() != nil && s.toks[k+1].lex().tense == 1 && progressive(s.word(k+1)) {
				continue // likewise "were planning", "was preparing"
			}
			if t == 1 && s.isWordIn(k, "expected", "forecast") && (s.w(k-1) == wWas || s.w(k-1) == wWere) && s.w(k+1) == wTo && k < i {
				// "was expected to weaken over the weekend", "was forecast
				// to cross the coast overnight": in a report the forecast
				// still looks ahead; "had been expected" does not.
			} else if t == 1 && (s.isWord(k, "due") && (s.w(k-1) == wWas || s.w(k-1) == wWere) || s.isWordIn(k, "set", "scheduled", "slated") && s.pastBeBefore(k)) && s.w(k+1) == wTo && s.infinitive(k+1) && k < i && k >= i-9 && !s.butPastAfter(i) {
				// "was due to fly over the area on Monday": a plan told in
				// the past of the report, kept or missed, is the nearest
				// such day, as "were to have ended Friday" ("was due" with
				// no infinitive, a payment or a deadline, stays behind; so
				// does a plan undone by a past after "but": "were due to
				// begin on Friday but were postponed"). So is one "set",
				// "scheduled" or "slated" to happen, an adverb allowed
				// between: "offices were already set to close Monday".
				t = nearestTense
			} else if t == 1 && s.w(k-1) == wHad && s.isWordIn(k, "planned", "intended") && s.w(k+1) == wTo && s.infinitive(k+1) && k < i && k >= i-12 && !s.butPastAfter(i) {
				// "had planned to return on Jan. 3", "had intended to
				// vote Thursday": a plan held until now, kept or given up,
				// is the nearest such day, as "was due to" is.
				t = nearestTense
			} else if t == 1 && s.pastAuxBefore(k) && !progressive(s.word(k)) {
				t = -1 // "had been scheduled", "was due" (not "were planning")
				if s.w(k-1) == wHad && (s.isWord(k, "bet") || s.isWord(k, "expected") || s.isWord(k, "hoped") || s.isWord(k, "anticipated") || s.isWord(k, "forecast")) {
					// an expectation held in the past says nothing of when
					// what was expected falls: "investors had bet on a cut
					// in September" (the nearest September)
					t = 0
				}
			}
		case k < i && k >= i-6 && s.isWordIn(k, "originally", "initially") && s.isWordIn(k+1, "due", "scheduled", "set", "planned", "slated", "expected", "meant", "intended"):
			// "payments originally due on Sept. 4", "a vote initially
			// set for May": the date of the first plan, the nearest such,
			// whether still ahead or passed, whatever the main verb (as
			// "had been planned for April").
			return 0, k
		case k < i && k >= i-8 && (s.isWord(k, "could") || s.isWord(k, "might")) && s.isWordIn(k+1, "make", "peak", "crest", "plateau", "arrive"):
			// "the storm could make landfall late Wednesday", "cases could
			// peak in late April", "the river might crest Friday": a turn
			// of events foreseen, a possibility ahead (no past ability)
			t = 1
		case k < i && k >= i-8 && !tk.cap && s.isWordIn(k, "might", "may") && s.isWord(k+1, "not") && k+2 < i && s.toks[k+2].kind == tkWord && !s.isWordIn(k+2, "have", "be", "been"):
			t = 1 // "flights might not resume before the weekend", "may not reopen until Friday": what may not happen yet lies ahead
		case k < i && k >= i-12 && k > 0 && !tk.cap && s.isPunct(k-1, ',') && s.isWordIn(k, "blaming", "citing", "attributing", "crediting"):
			// A participle set off after a forecast gives its cause, a thing
			// that has happened: "said its profit would fall, blaming weak
			// sales in December", "will post a loss, citing a strike in
			// February" (the last such month, not the next).
			t = -1
		case k == i-1 && s.isWord(k, "as") && s.isWord(k-1, "soon") && s.isWord(k-2, "as"):
			return 1, k // "as soon as Tuesday"
		case k == i-1 && s.isWord(k, "as") && s.isWordIn(k-1, "early", "soon") && s.isWord(k-2, "as") && s.modalBefore(k-2, lo):
			// "a vote could come as early as Thursday", "may be freed as
			// early as March", "could take place as soon as Monday": the
			// earliest a possibility could happen lies ahead, whatever
			// verb of saying frames it (but "had warned as early as
			// Monday" looks back).
			return 1, k
		case tk.lex() != nil && tk.lex().w == wFor && k == i-1 && s.figuresNoun(k-1) && s.lx(i) != nil && s.lx(i).month > 0:
			// What figures are "for" is the month they cover, over before
			// they come out: "Friday's jobs report for June", "sales
			// figures for March" (in a plan to publish them too).
			return -1, k
		case tk.lex() != nil && tk.lex().w == wFor && k == i-1 && s.schedules(k):
			if s.hadBeen(k) {
				// a plan in the past perfect: the plan's date, the
				// nearest such, whether it is still to come or was missed
				// ("had been planned for April but was delayed")
				return 0, k
			}
			return 1, k // "set trial for Feb. 3", "scheduled a vote for March": a date to come
		case tk.lex() != nil && (tk.lex().w == wTo || tk.lex().w == wUntil || tk.lex().w == wThrough) && (k == i-1 || k < i && s.clockOnly(k+1, i)) && s.putOff(k):
			// "was moved to June 12", "were postponed until March", "has
			// extended its heat warning through Thursday": a new date,
			// ahead
			return 1, k
		case tk.lex() != nil && tk.lex().w == wSince && k == i-1:
			return -1, k // "since Jan. 13" looks back whatever the verb
		case k == i-1 && tk.lex() != nil && tk.lex().w == wIn && s.baseOfChange(k):
			// The base a change is measured from was reached before it:
			// "expects earnings of $3.10, up from $2.90 in June", "is
			// expected to reach 8.3 percent, down from 8.5 percent in June"
			// (the last such month, whatever the forecast).
			return -1, k
		case k == i-1 && tk.lex() != nil && tk.lex().w == wIn && s.levelNoun(k-1) && s.isWordIn(k-2, "its", "their", "a", "the", "record") ||
			k == i+1 && s.levelNoun(k) && s.isWordIn(i-1, "its", "their") && s.lx(i) != nil && s.lx(i).month > 0:
			// A level a price or an index reached is behind it: "is down
			// nearly half from its high in March", "has lost 11 percent
			// since its January peak" (the last such month).
			return -1, k
		case tk.lex() != nil && tk.lex().w == wSince && k < i && k >= i-9 && !tk.cap && s.sinceBound(i):
			// so does the date of the event "since" names: "has refused
			// since the collapse of the talks in December"
			return -1, k
		case tk.lex() != nil && tk.lex().w == wTo && k > 0 && (s.toks[k-1].lex() != nil && s.toks[k-1].lex().tense == 1 || s.aspectual(k-1)):
			continue // "due to expire", "expected to close", "began to recede": the word before decides
		case tk.lex() != nil && tk.lex().w == wTo && k < i && (s.implicative(k) || s.directive(k, i)):
			continue // "forced organizers to halt", "managed to land": what was done, the verb before decides
		case tk.lex() != nil && tk.lex().w == wUntil && s.pastPerfect(lo, hi):
			continue // "until Thursday they had not called him": up to a past day
		case tk.lex() != nil && tk.lex().w == wUntil && (k == i-1 || k < i && s.clockOnly(k+1, i) || k+2 == i && s.isWordIn(k+1, "early", "late")) && s.lastedUntil(k):
			continue // "the fight dragged on until March", "worked until 3 a.m. Friday", "lasted until early Friday": the verb's past decides
		case tk.lex() != nil && tk.lex().w == wUntil && s.untilClosesFrom(k):
			continue // "picketed the plant from Monday until Wednesday": the end of a range, as "to"; the verb decides
		case tk.lex() != nil && tk.lex().w == wUntil && s.notUntilPast(k):
			return -1, k // "did not stop until shortly before midnight Saturday": it stopped then, in the past
		case tk.lex() != nil && tk.lex().w == wUntil && k+2 < i && s.toks[k+1].kind == tkNum && s.toks[k+1].ndig == 4 && s.toks[k+1].suf == sufNone && !s.toks[k+1].grouped && s.toks[k+1].num >= 1000 && s.toks[k+1].num <= 2999:
			continue // "froze the thresholds until 2028 in November's Budget": the year is what lies ahead, not the month after it
		case tk.lex() != nil && tk.lex().w == wTo && k < i && s.isWord(k-3, "with") && (s.toks[k-2].kind == tkNum || s.lx(k-2) != nil && s.lx(k-2).hasNum) && s.toks[k-1].kind == tkWord && s.lx(k-1) == nil:
			continue // "won the title with three games to spare": a count left, the main verb decides
		case tk.lex() != nil && tk.lex().w == wTo && k < i && s.infinitive(k) && s.purposeAfterPast(lo, k):
			continue // "was kidnapped along with the boy to make the late-November trip": the past verb decides
		case tk.lex() != nil && tk.lex().w == wTo && k < i && k >= 1 && s.infinitive(k) && s.isWordIn(k-1, "revised", "adjusted", "restated", "updated", "corrected", "recalculated") &&
			s.isWordIn(k+1, "show", "reflect", "include", "add", "put"):
			// A figure revised to show, restated to reflect, what it
			// counts: the infinitive gives the figure's content, no plan,
			// and the verb of revising decides ("Payrolls were revised to
			// show 39,000 more jobs in June" is the June past).
			continue
		case tk.lex() != nil && tk.lex().w == wUntil && k > i && s.isPunct(i+1, '\''):
			// "Thursday's ruling gives him until Sept. 30": "until" leads
			// its own date; the day before it, named for what it did,
			// is no end point ahead.
			continue
		case tk.lex() != nil && tk.lex().w == wTo && k < i && k >= 1 && s.infinitive(k) && s.isWordIn(k-1, "agreed", "offered", "voted", "decided") && s.isWordIn(k+1, "buy", "sell", "acquire", "purchase", "merge", "trade") && s.lx(i) != nil && s.lx(i).weekday > 0 && !s.lx(i).plural:
			// "agreed to acquire the player late Wednesday", "voted to
			// sell the site on Monday": a sale agreed is closed weeks or
			// months on, so a bare weekday, within a week of the saying,
			// dates the agreement, in the past.
			return -1, k
		case tk.lex() != nil && tk.lex().w == wTo && k < i && k >= 1 && s.infinitive(k) && s.isWordIn(k-1, "agreed", "offered", "voted", "decided") && s.isWordIn(k+1, "buy", "sell", "acquire", "purchase", "merge") && s.isMonthAt(i) && !(i+1 < len(s.toks) && s.toks[i+1].kind == tkNum):
			// "agreed to buy the company in February": a month may date
			// the agreement (past) or the purchase (ahead); the nearer
			// reading wins.
			if s.t.hasDCT && s.lx(i) != nil && s.lx(i).month > 0 {
				if back := (s.t.dct.m - int(s.lx(i).month) + 12) % 12; back > 0 && back <= 5 {
					return -1, k
				}
			}
			return 1, k
		case tk.lex() != nil && tk.lex().w == wUntil && k < i && s.commaBetween(k, i) && s.pastFormBefore(lo, k):
			// An "until" closed off by a comma before the expression ends
			// a past stretch of its own clause, no end point ahead of the
			// date: "shelled the town until minutes before the truce,
			// hitting 40 targets on Sunday" reads Sunday by "shelled".
			continue
		case tk.lex() != nil && (tk.lex().w == wUntil || tk.lex().w == wTo && k < i && s.infinitive(k)):
			t = 1 // "until Tuesday", "set to resume Monday"; an infinitive after the date is a purpose: "fell on Friday to close at"
		default:
			// A past form, unless it is a participle after an auxiliary
			// ("to be completed", "has been delayed") or before an agent
			// ("markets untouched by the crisis").
			w := s.word(k)
			if len(w) > 3 && w[len(w)-2] == 'e' && w[len(w)-1] == 'd' && !tk.cap && !s.auxBefore(k) && !s.adjectival(k) && s.w(k+1) != wBy && !s.withAbsolute(k) && !s.objectComplement(k) {
				t = -1
			}
			if t == 0 && !tk.cap && s.bareFormPast(k) {
				t = -1
			}
			if t == 0 && !tk.cap && len(w) > 3 && w[len(w)-2] == 'e' && w[len(w)-1] == 'd' && s.modalBe(k) {
				t = 1 // "might be delayed until May", "could be completed in June"
			}
			if t == 0 && (k == i-1 || k == i-2 && s.particle(k+1)) && s.presentS(k) && s.dateEndsClause(i) && !s.pastAfter(i, hi) {
				t = 1 // "the parade steps off Sunday", "Smith testifies Tuesday": a verb of the present right before the date, a schedule
			}
		}
		if t == 0 {
			continue
		}
		if t < 0 && k > i && s.timeClauseUnderWould(k, i) {
			// The past of a clause of time after the expression, under a
			// "would" before it, is the one such a clause takes by the
			// sequence of tenses: "said he would step down in November,
			// after the party chose a successor" reads November by
			// "would".
			continue
		}
		if t < 0 && k == i-2 && (s.w(k+1) == wIn || s.w(k+1) == wOn) && s.toks[k].kind == tkWord {
			// A past form right before "in"/"on" and the expression is
			// the expression's own verb, even in a clause that reduces a
			// relative: "the deal agreed in March would raise prices".
			return -1, k
		}
		d := abs(k - i)
		if clocks < 0 {
			// (whether the sentence holds a clock reading at all, once:
			// most hold none, and the count below is a scan per marker)
			clocks = 0
			for m := lo + 1; m < hi; m++ {
				if s.clockAfterAt(m) {
					clocks = 1
					break
				}
			}
		}
		if clocks > 0 {
			d -= s.clockExtraBetween(min(k, i), max(k, i))
		}
		if t == 2 && k < i && s.futureTimeClause(k, lo) {
			// The present of a clause of time under a future or a modal
			// tells of what is to come: "It may be days before the line
			// is reopened on Friday", "will decide when the board meets
			// on Tuesday".
			t = 1
		}
		if t == 2 {
			t = 0 // present tense: the nearest date
		}
		if t > 0 && k < i {
			d-- // "will" governs a whole clause
		}
		if d < bestD {
			best, bestD, bestK = t, d, k
		}
	}
	return best, bestK
}

// futureTimeClause reports whether the verb at k, a present, stands in
// a clause of time opened by "before", "until", "when", "once" or "as
// soon as" after its subject ("before the line is"), and the clause
// hangs on a future or a modal of possibility before it in the sentence
// (from lo): English tells what is to come so in such clauses.
func (s *state) futureTimeClause(k, lo int) bool {
	for j := k - 2; j >= lo && j >= k-6; j-- {
		if s.toks[j].kind != tkWord || s.toks[j].cap && j > lo {
			return false
		}
		if s.isWordIn(j, "before", "until", "till", "when", "once") || s.isWord(j, "as") && s.isWord(j-1, "soon") && s.isWord(j-2, "as") {
			if s.toks[j+1].lex() != nil && s.toks[j+1].lex().w != wThe {
				return false // "before Friday", "until next week": no clause
			}
			return s.modalBefore(j, lo)
		}
	}
	return false
}

// modalBefore reports whether a modal of possibility or of the future
// ("could", "may", "might", "will", "would", "should", "can") stands within
// the eight tokens before k, not before lo, with no punctuation between but
// a possessive's apostrophe.
func (s *state) modalBefore(k, lo int) bool {
	for j := k - 1; j >= lo && j >= 0 && j >= k-8; j-- {
		if s.toks[j].kind != tkWord {
			if s.isPunct(j, '\'') {
				continue
			}
			return false
		}
		if s.isWordIn(j, "could", "may", "might", "will", "would", "should", "can") && !s.toks[j].cap || s.isWord(j, "ll") && j > 0 && s.isPunct(j-1, '\'') {
			return true
		}
	}
	return false
}

// objectComplement reports whether the form in -ed at k is a participle
// that says what a verb's object is kept or made, no past verb: "will
// open the center at 6 p.m. Friday and keep it staffed", "plans to leave
// them stranded", "wants it finished by Monday".
func (s *state) objectComplement(k int) bool {
	return s.isWordIn(k-1, "it", "them", "him", "her", "us", "me", "everything", "everyone") &&
		s.isWordIn(k-2, "keep", "keeps", "keeping", "leave", "leaves", "leaving", "get", "gets", "getting", "have", "want", "wants", "need", "needs", "make", "makes", "making")
}

// clockExtraBetween counts the tokens after the first of each clock
// reading strictly between a and b ("11:59 p.m." is seven tokens, one
// phrase): a verb is as near to a day as to its clock time, "expires at
// 11:59 p.m. on Thursday, and the president said" reads Thursday by
// "expires".
func (s *state) clockExtraBetween(a, b int) int {
	n := 0
	for m := a + 1; m < b; m++ {
		if !s.clockAfterAt(m) {
			continue
		}
		e := m + 1
		for e < b && s.clockOnly(m, e+1) {
			e++
		}
		if e < b {
			n += e - m - 1 // (a reading right before b is b's own: "11 p.m. Tuesday")
		}
		m = e - 1
	}
	return n
}

// clockOnly reports whether tokens [a, b) hold a clock reading alone:
// "8 p.m.", "noon", "10:30".
func (s *state) clockOnly(a, b int) bool {
	for k := a; k < b; k++ {
		tk := &s.toks[k]
		switch {
		case tk.kind == tkNum && tk.ndig <= 2, s.isPunct(k, '.'), s.isPunct(k, ':'),
			s.w(k) == wNoon || s.w(k) == wMidnight || s.w(k) == wPM,
			s.w(k) == wA && s.isPunct(k+1, '.') && s.isWord(k+2, "m"), // "a.m."
			tk.kind == tkWord && s.lx(k) == nil && len(s.word(k)) <= 2 && !tk.cap:
		default:
			return false
		}
	}
	return a < b
}

// clockAfterAt reports whether a clock reading starts at k, after "at":
// "22:00", "10 p.m.", "10pm", "noon", "midnight" (not a level, "at
// 1,234").
func (s *state) clockAfterAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	if s.w(k) == wNoon || s.w(k) == wMidnight {
		return true
	}
	tk := &s.toks[k]
	if tk.kind != tkNum || tk.ndig > 2 || tk.grouped {
		return false
	}
	if tk.suf == sufAM || tk.suf == sufPM {
		return true // "10pm"
	}
	if tk.suf != sufNone {
		return false
	}
	// "22:00", "10 pm", "5 p.m.", "9 a.m."
	return s.isPunct(k+1, ':') && s.tight(k+1) || s.w(k+1) == wPM || s.w(k+1) == wAm ||
		(s.isWord(k+1, "p") || s.isWord(k+1, "a")) && s.isPunct(k+2, '.') && s.isWord(k+3, "m")
}

// onlyClockBetween reports whether tokens [a, b) hold nothing but a
// preposition of time and a clock reading: "at noon", "at 6 a.m. on",
// "on".
func (s *state) onlyClockBetween(a, b int) bool {
	for k := a; k < b; k++ {
		tk := &s.toks[k]
		switch {
		case tk.kind == tkNum, s.isPunct(k, '.'), s.isPunct(k, ':'),
			s.w(k) == wAt || s.w(k) == wOn || s.w(k) == wIn || s.w(k) == wFrom || s.w(k) == wNoon || s.w(k) == wMidnight || s.w(k) == wPM,
			tk.kind == tkWord && s.lx(k) == nil && len(s.word(k)) <= 2 && !tk.cap:
		default:
			return false
		}
	}
	return true
}

// figuresNoun reports whether k is a noun of published figures: "report",
// "data", "figures", "numbers", "statistics", "reading".
func (s *state) figuresNoun(k int) bool {
	return s.isWordIn(k, "report", "reports", "data", "figures", "numbers", "statistics", "reading", "readings", "payrolls", "index")
}

// monthFiguresNoun reports whether k is a noun of figures that a month
// before it can cover: figuresNoun's nouns, "sales", "deficit",
// "surplus", "output", "exports", "imports", "orders", "shipments",
// "production".
func (s *state) monthFiguresNoun(k int) bool {
	return s.figuresNoun(k) && !s.isWord(k, "index") || s.isWordIn(k, "sales", "deficit", "surplus", "output", "exports", "imports", "orders", "shipments", "production")
}

// copulaAfterDay reports whether a finite "was", "were", "is" or "are"
// follows the month or day named at i ("February were", "Jan. 5 was").
func (s *state) copulaAfterDay(i int) bool {
	j := i + 1
	for n := 0; j < len(s.toks) && n < 4; n++ {
		if tk := &s.toks[j]; tk.kind == tkNum || tk.kind == tkPunct && s.text[tk.start] == '.' && j == i+1 {
			j++
			continue
		}
		break
	}
	return s.w(j) == wWas || s.w(j) == wWere || s.isWord(j, "is") || s.isWord(j, "are")
}

// articleAfterDay reports whether an article follows the day named at i
// ("Wednesday a", "Sept. 9 a", "May 1 an").
func (s *state) articleAfterDay(i int) bool {
	j := i + 1
	for n := 0; j < len(s.toks) && n < 3; n++ {
		if tk := &s.toks[j]; tk.kind == tkNum && tk.ndig <= 2 || tk.kind == tkPunct && s.text[tk.start] == '.' && j == i+1 {
			j++
			continue
		}
		break
	}
	return s.w(j) == wA || s.w(j) == wAn
}

// returnFrom reports whether the word at k is a verb of return ("returns",
// "returned", "back") followed by "from" and a noun phrase in which the
// date at i stands before its noun: "returns from its August recess",
// "back from the Christmas break" (not "returned from Paris in March").
func (s *state) returnFrom(k, i int) bool {
	if s.w(k+1) != wFrom || !(s.isWord(k, "returns") || s.isWord(k, "return") || s.isWord(k, "returning") || s.isWord(k, "returned") || s.isWord(k, "back")) {
		return false
	}
	switch {
	case i == k+2:
	case i == k+3 && (s.w(k+2) == wThe || s.isWord(k+2, "its") || s.isWord(k+2, "their") || s.isWord(k+2, "his") || s.isWord(k+2, "her") || s.isWord(k+2, "a") || s.isWord(k+2, "an")):
	default:
		return false
	}
	n := i + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord || s.toks[n].cap {
		return false
	}
	return s.isWord(n, "recess") || s.isWord(n, "break") || s.isWord(n, "vacation") || s.isWord(n, "holiday") || s.isWord(n, "holidays") || s.isWord(n, "trip") || s.isWord(n, "leave") || s.isWord(n, "furlough")
}

// copulaBefore reports whether a form of "be", "seem", "look" or "appear"
// stands before the adjective at k, perhaps with one degree adverb
// between: "was unlikely", "seemed highly likely", "is still unlikely".
func (s *state) copulaBefore(k int) bool {
	j := k - 1
	if j >= 0 && (s.isWord(j, "very") || s.isWord(j, "highly") || s.isWord(j, "still") || s.isWord(j, "increasingly") || s.isWord(j, "more") || s.isWord(j, "less") || s.isWord(j, "most") || s.isWord(j, "now")) {
		j--
	}
	if j < 0 || s.toks[j].kind != tkWord {
		return false
	}
	for _, c := range []string{"was", "were", "is", "are", "be", "been", "seemed", "seems", "looked", "looks", "appeared", "appears"} {
		if s.isWord(j, c) {
			return true
		}
	}
	return false
}

// baseOfChange reports whether "in" at k ends the base of a change after
// "from": "up from $2.90 in June", "down from its forecast in May", "fell
// from 8.5 percent in March".
func (s *state) baseOfChange(k int) bool {
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		if s.toks[j].kind == tkPunct && !s.isPunct(j, '$') && !s.isPunct(j, '%') && !(s.isPunct(j, '.') && s.toks[j-1].kind == tkNum) {
			return false
		}
		if s.w(j) == wFrom {
			return s.isWordIn(j-1, "up", "down") || s.changeVerb(j-1) && s.pastForm(j-1) || s.isWordIn(j-1, "fell", "rose", "grew", "shrank")
		}
	}
	return false
}

// levelNoun reports whether the word at k names a level reached by a
// price, an index or a count: "high", "peak", "low", "record".
func (s *state) levelNoun(k int) bool {
	return k >= 0 && k < len(s.toks) && !s.toks[k].cap && s.isWordIn(k, "high", "highs", "peak", "peaks", "low", "lows", "record", "top", "bottom", "trough")
}

// hypothetical reports whether "was" or "were" at k is in an "if" or
// "unless" clause of a main clause with "would" (lo is the sentence's
// start): "trading would be cancelled if the signal was still in force".
func (s *state) hypothetical(lo, k int) bool {
	for j := k - 1; j >= lo && j >= k-6; j-- {
		if s.isWord(j, "if") || s.isWord(j, "unless") {
			for m := j - 1; m >= lo && m >= j-12; m-- {
				if s.w(m) == wWould {
					return true
				}
			}
			return false
		}
	}
	return false
}

// withAbsolute reports whether the -ed form at k is the participle of an
// absolute phrase after "with" and its subject, which has no tense of its
// own: "polls close at 10 p.m., with most results declared early on 5
// July".
func (s *state) withAbsolute(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if s.isWord(j, "with") {
			return j < k-1
		}
		if s.toks[j].kind != tkWord || s.toks[j].cap {
			return false
		}
		if e := s.lx(j); e != nil && e.tense != 0 {
			return false
		}
	}
	return false
}

// figureAside reports whether token i is the month or day of a figure
// set off by commas with no verb of its own, right after the noun it
// measures: ", 4.1 percent in April,", ", $2.3 billion in March,".
func (s *state) figureAside(i int) bool {
	num := false
	k := i - 1
	for n := 0; k > 0 && n < 6; k, n = k-1, n+1 {
		if s.isPunct(k, ',') {
			break
		}
		if s.toks[k].kind == tkNum {
			num = true
		} else if s.isWordIn(k, "aged", "ages") {
			// an age picks out people, no figure measured: "teachers in
			// February, people aged 65 to 74 in March," is a list whose
			// verb was given once
			return false
		} else if e := s.lx(k); s.toks[k].kind == tkPunct && !s.isPunct(k, '$') && !s.isPunct(k, '%') && !s.isPunct(k, '.') || e != nil && e.tense != 0 || s.participle(k) {
			return false
		}
	}
	if !num || k <= 0 || !s.isPunct(k, ',') || s.toks[k-1].kind != tkWord {
		return false
	}
	for m, n := i+1, 0; m < len(s.toks) && n < 4; m, n = m+1, n+1 {
		if s.isPunct(m, ',') {
			return true
		}
		if s.toks[m].kind == tkPunct || s.lx(m) != nil && s.lx(m).tense != 0 {
			return false
		}
	}
	return false
}

// clauseVerb reports whether a clause with a verb of its own starts at
// k after "and" or "but": the verb at once ("and will"), or after a
// short subject of lower-case words ("and a study will follow", "but the
// board has"), which may end in a place or a body after "in", "at", "of"
// ("but officials in Brussels say", "and analysts at the bank expect").
func (s *state) clauseVerb(k, hi int) bool {
	prep := -1
	for m := k; m <= hi && m <= k+3 || prep >= 0 && m <= prep+3 && m <= hi; m++ {
		if e := s.lx(m); e != nil && e.tense != 0 && e.tense != 3 {
			return m == k || e.tense != 1 || e.w != wNext
		}
		if prep < 0 && m > k && m < hi && (s.w(m) == wIn || s.w(m) == wAt || s.w(m) == wOf) && !s.toks[m-1].cap && s.lx(m-1) == nil && s.toks[m-1].kind == tkWord {
			prep = m // "officials in Brussels", "the head of the union"
			continue
		}
		if prep >= 0 && m > prep && s.toks[m].kind == tkWord && (s.toks[m].cap && s.lx(m) == nil || s.w(m) == wThe) {
			continue
		}
		if s.toks[m].kind != tkWord || s.toks[m].cap || s.lx(m) != nil && m > k && s.w(m) != wThe && s.w(m) != wA && !s.holidayWordOnly(m) {
			return false
		}
	}
	return false
}

// overdueAfter reports whether the sentence after token i, up to hi, says
// that what was due is late or overdue, with no modal before it: "due July
// 1, is now almost four months late", "due in March, was overdue" (not
// "will be late").
func (s *state) overdueAfter(i, hi int) bool {
	for k := i + 1; k <= hi && k < len(s.toks); k++ {
		if s.isWordIn(k, "will", "would", "could", "might", "may", "shall", "ll") {
			return false
		}
		if s.isWordIn(k, "late", "overdue") {
			return true
		}
	}
	return false
}

// needBy reports whether the date at i follows "by" in a clause of the
// present whose verb is one of need, wish or plan, with no past verb
// between: "the trust needs 400,000 pounds more by Christmas", "wants
// the money by December".
func (s *state) needBy(i int) bool {
	if !s.t.hasDCT || s.w(i-1) != wBy {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		if s.sentenceEnd(k) || s.isPunct(k, ';') {
			return false
		}
		if s.isWordIn(k, "needs", "need", "wants", "want", "aims", "hopes", "plans", "intends", "expects", "must") && !s.toks[k].cap {
			return !s.pastFormBefore(k+1, i-1) && !s.isWordIn(k-1, "had", "did")
		}
	}
	return false
}

// holidayWordOnly reports whether the word at k is in the lexicon only as
// the first word of a holiday's name, written in lower case where the
// name would be capitalized: "new" in "no new sessions are scheduled" is
// an adjective, not "New Year".
func (s *state) holidayWordOnly(k int) bool {
	e := s.lx(k)
	return e != nil && e.holiday > 0 && !s.toks[k].cap && e.w == wNone && e.tense == 0 && e.unit == 0 && e.month == 0 && e.weekday == 0 && e.season == 0 && e.pod == 0 && !e.hasNum && e.ord == 0
}

// namesDay reports whether tokens i..j-1 name a day: a weekday, a
// month or "today", "tomorrow", "tonight", "yesterday".
func (s *state) namesDay(i, j int) bool {
	for k := i; k < j && k < len(s.toks); k++ {
		if e := s.lx(k); e != nil && (e.weekday > 0 || e.month > 0 || e.w == wToday || e.w == wTomorrow || e.w == wTonight || e.w == wYesterday) {
			return true
		}
	}
	return false
}

// sayingParticiple reports whether k is the -ing form of a verb of
// saying: "saying", "adding", "warning", "noting".
func (s *state) sayingParticiple(k int) bool {
	return s.isWordIn(k, "saying", "adding", "noting", "warning", "arguing", "claiming", "insisting", "explaining", "stating", "promising", "predicting", "telling")
}

// pastFormBefore reports whether a verb in the past stands in [lo, i): a
// past form of the word table or a lower-case "-ed" word that is no
// participle after an auxiliary and no modifier after an article.
func (s *state) pastFormBefore(lo, i int) bool {
	for k := lo; k < i; k++ {
		if e := s.lx(k); e != nil && e.tense == -1 && !(k > 0 && s.auxBefore(k)) {
			// ("last" after "would", "will" or "to" is the verb, no mark
			// of the past: "which would last until 1940"; nor is an
			// irregular participle after "be" or "have": "He would later
			// be shot at Verona in January 1944".)
			return true
		}
		w := s.word(k)
		h := k
		for h >= 2 && s.isPunct(h-1, '-') && s.tight(h-1) && s.tight(h) && s.toks[h-2].kind == tkWord {
			h -= 2 // a hyphenated verb takes its auxiliary before the compound: "would be court-martialed"
		}
		if n := len(w); s.toks[k].kind == tkWord && !s.toks[k].cap && n > 3 && w[n-2] == 'e' && w[n-1] == 'd' && !s.auxBefore(h) && !s.adjectival(k) {
			return true
		}
		if s.toks[k].kind == tkWord && !s.toks[k].cap && s.bareFormPast(k) {
			return true // "youth unemployment hit 12 percent"
		}
	}
	return false
}

// futureFormBefore reports whether a marker of the future used as one
// stands in [lo, i): "will", "is due to", "is expected to" (not the
// noun "the plan", nor "had been scheduled").
func (s *state) futureFormBefore(lo, i int) bool {
	for k := lo; k < i; k++ {
		if e := s.lx(k); e != nil && e.tense == 1 && s.futureVerb(k) && !s.adjectival(k) && !s.pastAuxBefore(k) {
			return true
		}
	}
	return false
}

// scheduledFormBefore reports whether a verb in the present of a
// timetable ("holds", "reports", "returns": tense 3 in the lexicon) stands
// between lo and i.
func (s *state) scheduledFormBefore(lo, i int) bool {
	for k := lo; k < i; k++ {
		if e := s.lx(k); e != nil && e.tense == 3 && s.presentForm(k) {
			return true
		}
	}
	return false
}

// appositiveEnd returns the end of a noun in apposition opened at k by
// ", a" or ", an" and a relative clause on it (", a system that can
// hold", ", a move which will"): its closing comma, or the last token of
// the sentence when it runs to the end; 0 when there is none. The
// relative clause describes the noun; its verbs do not date what the
// sentence before it tells ("unveiled the model on Monday, a system that
// can answer in real time" reads Monday by "unveiled").
func (s *state) appositiveEnd(k, hi int) int {
	if !s.isPunct(k, ',') || !s.isWordIn(k+1, "a", "an") || s.toks[k+1].cap {
		return 0
	}
	rel := 0
	for j := k + 2; j <= hi && j <= k+6; j++ {
		if s.toks[j].kind != tkWord || s.toks[j].cap || s.lx(j) != nil && (s.lx(j).tense != 0 || s.lx(j).unit > 0) {
			break
		}
		if s.isWordIn(j, "that", "which", "who") {
			if j > k+2 {
				rel = j
			}
			break
		}
	}
	if rel == 0 {
		return 0
	}
	for e := rel + 1; e <= hi && e <= rel+25; e++ {
		if s.isPunct(e, ',') {
			return e
		}
		if s.sentenceEnd(e) {
			return e - 1
		}
	}
	return 0
}

// asideEnd returns the closing comma of a relative clause opened at k by
// ", who" or ", which", before hi; 0 when there is none.
func (s *state) asideEnd(k, hi int) int {
	if e := s.appositiveEnd(k, hi); e > 0 {
		return e
	}
	if !s.isPunct(k, ',') || !s.isWord(k+1, "who") && !s.isWord(k+1, "which") {
		return 0
	}
	for e := k + 2; e <= hi && e <= k+14; e++ {
		if s.isPunct(e, ',') {
			return e
		}
		if s.toks[e].kind == tkPunct && !s.isPunct(e, '.') && !s.isPunct(e, '\'') && !s.isPunct(e, '-') && !s.isPunct(e, '%') && !s.isPunct(e, '$') || s.sentenceEnd(e) {
			return 0 // (a score, a share or a sum stays inside: "who beat Carolina 3-2 Thursday,")
		}
	}
	return 0
}

// lastedUntil reports whether "until" at k ends a past stretch: a past
// verb of lasting comes just before it ("dragged on until", "lasted
// until", "stayed open until"), not one of putting off ("was postponed
// until", "put off until"), which may reach ahead.
func (s *state) lastedUntil(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if s.toks[j].kind == tkNum || s.isPunct(j, '$') || s.isPunct(j, '%') {
			continue // a figure in the clause: "paid $2.25 a trip until March"
		}
		if s.toks[j].kind != tkWord || s.w(j) == wUntil || s.isWordIn(j, "and", "but", "when", "while", "which", "that", "who") {
			return false
		}
		for _, v := range [...]string{"lasted", "dragged", "continued", "remained", "stayed", "ran", "served", "lived", "worked", "reigned", "ruled", "went", "met", "sat", "waited", "bargained", "negotiated", "talked",
			"paid", "charged", "operated", "played", "taught", "earned", "produced"} {
			if s.isWord(j, v) {
				return !s.auxBefore(j)
			}
		}
	}
	return false
}

// untilClosesFrom reports whether "until" at k closes a range opened by
// "from" a few words before it, with no comma or clause break between,
// after a past verb in the same clause: "picketed the plant from Monday
// until Wednesday". Such an "until" is the range's end, as "to" is, and
// says nothing of whether the range lies ahead.
func (s *state) untilClosesFrom(k int) bool {
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		if s.sentenceEnd(j) || s.isPunct(j, ',') || s.isPunct(j, ';') {
			return false
		}
		if s.toks[j].kind == tkWord && s.w(j) == wFrom {
			if j >= k-1 {
				return false
			}
			// and a past verb opens the range's clause ("picketed the
			// plant from ..."): a warning "in force from 6 p.m. Wednesday
			// until noon Thursday" after a comma still reads ahead
			lo := j
			for lo > 0 && lo > j-10 && !s.sentenceEnd(lo-1) && !s.isPunct(lo-1, ',') && !s.isPunct(lo-1, ';') {
				lo--
			}
			return s.pastFormBefore(lo, j)
		}
		if s.toks[j].kind == tkWord && s.lx(j) == nil && !s.toks[j].cap && len(s.word(j)) > 2 {
			return false // a plain word: "from" opens something else ("from work until Monday")
		}
	}
	return false
}

// notUntilPast reports whether "until" at k follows a negated past in its
// clause, "did not stop until", "didn't end until", "was not known until",
// "had never ... until": what happened only then, so the date is past (not an
// end point ahead, as "closed until Monday" may be).
func (s *state) notUntilPast(k int) bool {
	past := false
	for j, n := k-1, 0; j >= 0 && n < 10; j, n = j-1, n+1 {
		if s.toks[j].kind == tkPunct && !s.isPunct(j, '\'') || j > 0 && s.sentenceEnd(j) {
			return false
		}
		if s.isWordIn(j, "was", "were", "had", "did") {
			past = true
		}
		if past && j+1 < k && s.isWordIn(j, "no", "none", "nobody", "nothing", "neither") {
			// A negative subject before a past verb: "No injuries were
			// reported until January", "nothing was heard until Friday":
			// the first one came then, in the past.
			return true
		}
		if j == 0 {
			return false
		}
		neg := s.isWordIn(j, "not", "never") || s.isWord(j, "t") && s.isPunct(j-1, '\'')
		if !neg {
			continue
		}
		p := j - 1
		if s.isWord(j, "t") {
			p = j - 2 // "didn't": "didn", "'", "t"
		}
		return p >= 0 && (s.isWordIn(p, "did", "was", "were", "had", "could", "didn", "wasn", "weren", "hadn", "couldn"))
	}
	return false
}

// schedules reports whether "for" at k completes a verb of scheduling a
// few words before it: "set trial for", "scheduled a vote for".
func (s *state) schedules(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if s.toks[j].kind != tkWord {
			return false
		}
		for _, v := range [...]string{"set", "sets", "scheduled", "schedules", "rescheduled", "slated", "called", "calls", "planned", "booked", "pencilled", "penciled", "earmarked", "targeted"} {
			if s.isWord(j, v) {
				return true
			}
		}
	}
	return false
}

// hadBeen reports whether "had been" or "had" comes within five words
// before k: "had been planned for", "had originally been set for"; or
// "originally", "initially", which tell as much of a plan: "originally
// set for Feb. 12".
func (s *state) hadBeen(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if s.w(j) == wHad {
			return true
		}
		if s.toks[j].kind != tkWord {
			return false
		}
		if s.isWordIn(j, "originally", "initially", "previously") || s.isWord(j, "first") && j == k-2 {
			// "originally set for Feb. 12", "first set for Feb. 12"
			// (right before its verb): a plan superseded, like "had
			// been planned for"
			return true
		}
	}
	return false
}

// imperative reports whether the capitalized verb at k opens its
// sentence as a command, before its object: "Join us Sunday", "Visit the
// fair Saturday", "Tune in Monday" (not "Travel was slow Monday").
func (s *state) imperative(k int) bool {
	if !s.toks[k].cap || !(k == 0 || s.sentenceEnd(k-1)) {
		return false
	}
	for _, o := range [...]string{"us", "me", "them", "him", "her", "the", "a", "an", "your", "our", "in", "this", "these"} {
		if s.isWord(k+1, o) {
			return true
		}
	}
	return false
}

// putOff reports whether "to" or "until" at k follows, within three
// words, a verb that moves a date: "was moved to", "postponed until",
// "pushed back to", "delayed until".
func (s *state) putOff(k int) bool {
	if s.wordBack(k, "moved", "postponed", "delayed", "pushed", "rescheduled", "deferred", "adjourned", "shifted", "bumped", "put", "extended", "prolonged") >= 0 {
		return true
	}
	// A verb of prolonging may stand further back, before its object:
	// "extended its excessive heat warning through Thursday".
	for j := k - 4; j >= 0 && j >= k-8; j-- {
		if s.isWordIn(j, "extended", "extends", "extend", "prolonged", "postponed", "postpones", "postpone") {
			for m := j + 1; m < k; m++ {
				// (a past or future verb, or a clause of its own, between:
				// "extended the talks and stayed through Friday"; a word
				// that may be a verb of the present is here a noun: "the
				// flood watch")
				if s.toks[m].kind != tkWord || s.lx(m) != nil && (s.lx(m).tense == -1 || s.lx(m).tense == 1 || s.lx(m).w == wUntil || s.lx(m).w == wTo) ||
					s.isWordIn(m, "and", "but", "which", "that", "who") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// pastPutOff reports whether "to", "until" or "through" at k follows a
// verb of putting off in the past, within three words ("then extended it
// to", "was moved to", "postponed the vote until"): no present perfect,
// modal or infinitive before the verb ("has extended", "will postpone").
func (s *state) pastPutOff(k int) bool {
	j := s.wordBack(k, "moved", "postponed", "delayed", "pushed", "rescheduled", "deferred", "adjourned", "shifted", "bumped", "extended", "prolonged")
	if j < 1 {
		return false
	}
	for h := j - 1; h >= 0 && h >= j-3; h-- {
		if s.toks[h].kind != tkWord {
			break
		}
		if s.isWordIn(h, "has", "have", "will", "would", "to", "could", "may", "might", "should", "must", "can", "ll") {
			return false
		}
	}
	return true
}

// implicative reports whether "to" at k follows, directly or after a
// one- or two-word object, a past verb that says the infinitive was done:
// "forced organizers to halt", "managed to land", "prompted police to
// close".
// A vote's tally between the verb and "to" is no object: "voted 3-2 to
// overturn a ruling of Oct. 28" is past, as "voted to overturn" is.
func (s *state) implicative(k int) bool {
	j := s.wordBack(k, "forced", "compelled", "prompted", "caused", "managed", "failed", "obliged", "voted", "declined", "refused", "neglected")
	if j < 0 && k >= 4 && s.toks[k-1].kind == tkNum && s.isPunct(k-2, '-') && s.toks[k-3].kind == tkNum && s.tight(k-2) && s.tight(k-1) && s.isWord(k-4, "voted") {
		j = k - 4
	}
	return j >= 0 && !s.auxBefore(j)
}

// wordBack returns the nearest of the three words before k that is one of
// words, without crossing anything but words; -1 when there is none.
func (s *state) wordBack(k int, words ...string) int {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.toks[j].kind != tkWord {
			return -1
		}
		for _, v := range words {
			if s.isWord(j, v) {
				return j
			}
		}
	}
	return -1
}

// directive reports whether "to" at k follows a past verb of ordering
// that tells when the order was carried out, as far as a date after the
// infinitive goes: "residents were told to leave over the weekend" (not
// a deadline, "told to leave by Friday", or an appointment at a clock
// time, "told to report at 6 a.m. Friday", which lie ahead).
func (s *state) directive(k, i int) bool {
	if s.deadlineAfter(k) {
		return false
	}
	for m := k + 1; m < i; m++ {
		if s.toks[m].kind == tkNum {
			return false
		}
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.toks[j].kind != tkWord {
			return false
		}
		for _, v := range [...]string{"told", "ordered", "asked", "urged", "advised", "instructed", "allowed", "permitted"} {
			if s.isWord(j, v) && j >= 2 && s.isWord(j-1, "been") && s.isWord(j-2, "had") {
				// The past perfect puts the order, and what it bade,
				// before the story's time: "the pit had been ordered to
				// close in January" closed (or was to) in the January
				// past.
				return true
			}
			if s.isWord(j, v) && (j == k-1 || s.isWord(j-1, "were") || s.isWord(j-1, "was")) {
				return !s.isWord(j-1, "be") && !s.isWord(j-1, "been")
			}
		}
	}
	return false
}

// deadlineAfter reports whether "by", "until", "before" or "no later
// than" comes within eight words after the "to" at k: the infinitive's
// date is then a deadline, ahead.
func (s *state) deadlineAfter(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+8; j++ {
		if s.sentenceEnd(j) {
			return false
		}
		switch s.w(j) {
		case wBy, wUntil, wBefore:
			return true
		case wLater:
			if s.w(j-1) == wNo {
				return true
			}
		}
	}
	return false
}

// progressive reports whether w is an -ing form: "were planning".
func progressive(w []byte) bool {
	n := len(w)
	return n > 4 && w[n-3] == 'i' && w[n-2] == 'n' && w[n-1] == 'g'
}

// presentPerfect reports whether the sentence of token i has a verb in
// the present perfect ("have not won since", "has risen"): it speaks
// from the present, so its dates count from the DCT, not from a far date
// the paragraph is on.
func (s *state) presentPerfect(i int) bool {
	lo, hi := i, i
	lo = s.sentStart(lo, 40)
	hi = s.sentEnd(hi, 40)
	for k := lo; k < hi; k++ {
		if !s.isWord(k, "has") && !s.isWord(k, "have") {
			continue
		}
		j := k + 1
		for s.isWord(j, "not") || s.isWord(j, "never") || s.isWord(j, "already") || s.isWord(j, "also") {
			j++
		}
		w := s.word(j)
		if len(w) < 3 || s.toks[j].cap {
			continue
		}
		if e := s.toks[j].lex(); e != nil {
			if s.isWord(j, "been") || e.tense == -1 {
				return true
			}
			continue
		}
		if n := len(w); n > 3 && w[n-2] == 'e' && (w[n-1] == 'd' || w[n-1] == 'n') {
			return true
		}
	}
	return false
}

// attribution finds a clause of attribution set off by a comma after
// token i and before hi: ", their union said yesterday," or ", officials
// said." It returns its first and last tokens, or -1, -1.
func (s *state) attribution(i, hi int) (int, int) {
	c := i + 1
	for ; c <= hi && c <= i+12; c++ {
		if s.isPunct(c, ',') {
			break
		}
		if s.toks[c].kind == tkPunct && !s.isPunct(c, '.') && !s.isPunct(c, ':') && !s.isPunct(c, ')') && !s.quoteMark(c) {
			return -1, -1
		}
	}
	if c > hi || c > i+12 || !s.isPunct(c, ',') {
		return -1, -1
	}
	// Quoted speech closes before the attribution: "will leave at 4 a.m.
	// Thursday,'' Castro said", "... on Friday," she said.
	for c+1 <= hi && s.quoteMark(c+1) {
		c++
	}
	// The speaker is a short noun phrase, perhaps with a modifier of its
	// own: ", officials said", ", an official from the organization said
	// on Wednesday", ", a spokesman for the ministry told reporters". A
	// possessive's apostrophe is no boundary in it: ", the mayor's office
	// said", ", the company's spokesman told reporters".
	end, verb, subj := c+1, -1, true
	for ; end <= hi && (s.toks[end].kind != tkPunct || s.isPunct(end, '\'') && s.isWord(end+1, "s") && s.tight(end+1)); end++ {
		if verb < 0 && end <= c+8 && s.reporting(end) && (end <= c+4 || subj) {
			verb = end
		}
		if verb < 0 && (s.lx(end) != nil && s.lx(end).tense != 0 || s.isWordIn(end, "that", "which", "who", "and", "but", "as", "when", "while")) {
			subj = false
		}
	}
	if verb < 0 || end-c > 7 && end-verb > 4 && !s.plainTail(verb+1, end) {
		return -1, -1
	}
	return c + 1, end - 1
}

// plainTail reports whether tokens [a, b) after a verb of reporting are a
// short run of adverbials with no verb of their own: "on Wednesday ahead
// of the verdict", "reporters on Monday after the vote". They tell when
// or where it was said and open no clause, so the attribution still ends
// at b.
func (s *state) plainTail(a, b int) bool {
	if b-a > 8 {
		return false
	}
	for m := a; m < b; m++ {
		if s.toks[m].kind != tkWord {
			return false
		}
		if e := s.lx(m); e != nil && e.tense != 0 && e.tense != 3 && e.weekday == 0 && e.month == 0 && e.unit == 0 {
			return false
		}
		if s.isWordIn(m, "that", "which", "who", "when", "while", "as", "if", "because", "and", "but", "it", "he", "she", "they", "we", "is", "are", "was", "were") {
			return false
		}
		if w := s.word(m); len(w) > 3 && !s.toks[m].cap && string(w[len(w)-2:]) == "ed" {
			return false
		}
	}
	return true
}

// purposeAfterPast reports whether "to" at k opens an infinitive of
// purpose after the object of a past verb in [lo, k): "was kidnapped along
// with the boy to make the trip", "hired advisers to sell the unit". The
// infinitive tells why, not that the date lies ahead. (Not after a verb
// of its own, "set to resume", "agreed to hold", which the cases before
// settle, nor with a modal or a future verb in the clause.)
func (s *state) purposeAfterPast(lo, k int) bool {
	p := k - 1
	for p > lo && s.quoteMark(p) {
		p--
	}
	if p < 0 || p < lo {
		return false // "To sell the unit in March" opens its sentence
	}
	if s.toks[p].kind != tkWord || s.lx(p) != nil && s.lx(p).tense != 0 || !s.quoteMark(k-1) && !s.nounLike(p) {
		return false
	}
	near := p - 4
	for near > lo && near > p-10 && (s.toks[near-1].kind == tkWord && (s.lx(near-1) == nil || s.lx(near-1).tense == 0) || s.isPunct(near-1, '-') && s.tight(near-1)) {
		// The object may be a long noun phrase, "ordered residents of three
		// low-lying neighborhoods to leave by Sunday": words and hyphens
		// with no verb of their own still join the verb to "to".
		near--
	}
	for j := lo; j < k; j++ {
		if e := s.lx(j); e != nil && e.tense > 0 {
			return false
		}
		if j >= near-1 && s.isWordIn(j, "ordered", "asked", "told", "urged", "allowed", "required", "invited", "instructed", "directed", "encouraged", "authorized", "authorised", "permitted", "advised", "pressed", "persuaded", "warned", "wanted", "called", "gave", "given") {
			return false // the object is the infinitive's subject: "ordered both sides to file their motions by April 3" lies ahead
		}
	}
	return s.pastFormBefore(lo, p)
}

// nounLike reports whether the word at k reads as the end of a noun
// phrase: a plain word after a determiner ("the boy", "a new plant") or
// a plural ("advisers").
func (s *state) nounLike(k int) bool {
	w := s.word(k)
	n := len(w)
	if s.toks[k].kind != tkWord || s.lx(k) != nil || n < 3 || w[n-2] == 'e' && w[n-1] == 'd' || w[n-2] == 'l' && w[n-1] == 'y' || n > 4 && w[n-3] == 'i' && w[n-2] == 'n' && w[n-1] == 'g' {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.isWordIn(j, "the", "a", "an", "his", "her", "its", "their", "our", "this", "that") {
			return true
		}
		if s.toks[j].kind != tkWord {
			break
		}
	}
	if s.isWordIn(k, "people", "men", "women", "children", "volunteers", "staff", "police", "cattle", "sheep", "geese", "mice", "feet", "teeth") {
		return true // a plural not in -s: "trained 240 young people to spray"
	}
	return w[n-1] == 's' && w[n-2] != 's'
}

// quoteMark reports whether token k is a quotation mark: ", ', `, or a
// curly one.
func (s *state) quoteMark(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	tk := &s.toks[k]
	switch tk.kind {
	case tkPunct:
		c := s.text[tk.start]
		return c == '"' || c == '\'' || c == '`'
	case tkOther:
		q := string(s.text[tk.start:tk.end])
		return q == "\u201c" || q == "\u201d" || q == "\u2018" || q == "\u2019"
	}
	return false
}

// conditional reports whether an "if" or "unless" clause in the present
// tense starts at k: "if talks fail", not "if talks failed" or "as if".
func (s *state) conditional(k int) bool {
	if !s.isWord(k, "if") && !s.isWord(k, "unless") || s.isWord(k-1, "as") || s.isWord(k-1, "even") {
		return false
	}
	for j := k + 1; j <= k+4 && j < len(s.toks); j++ {
		if s.toks[j].kind == tkPunct {
			break // the clause ends
		}
		if s.auxBefore(j) && !s.isWord(j-1, "to") {
			continue // a passive in the present: "if no contract is reached", "unless talks are resumed"
		}
		if s.isWordIn(j, "beat", "hit", "cut", "shut", "quit", "hurt", "put", "cost", "spread", "shed", "let", "set") && s.isWordIn(j-1, "they", "we", "you", "i") {
			// A verb whose past is its bare form after a plural or
			// first-person subject is the present the condition takes:
			// "if they beat Canada on Thursday", "unless we cut costs".
			continue
		}
		if e := s.toks[j].lex(); e != nil && e.tense == -1 {
			return false
		}
		w := s.word(j)
		if n := len(w); n > 3 && w[n-2] == 'e' && w[n-1] == 'd' {
			return false
		}
	}
	return true
}

// aspectual reports whether the word at k is a past verb whose
// infinitive happens when it does: "began to recede", "failed to agree".
func (s *state) aspectual(k int) bool {
	return s.isWordIn(k, "began", "started", "continued", "failed", "managed", "tried", "ceased", "seemed", "appeared", "used", "failing", "trying")
}

// pastPerfect reports whether tokens [lo, hi] hold "had" before a
// participle or "not": a clause about a time before another past one.
func (s *state) pastPerfect(lo, hi int) bool {
	for k := lo; k <= hi; k++ {
		if s.w(k) == wHad && k+1 <= hi && s.toks[k+1].kind == tkWord && !s.toks[k+1].cap && !s.relativeHad(k) && !s.hadObject(k) {
			return true
		}
	}
	return false
}

// hadObject reports whether "had" at k is the verb of having, its object
// opening with a determiner, not the past perfect's auxiliary: "his army
// had no heavy guns until late April", "the town had a garrison of 400
// men", "they had to wait".
func (s *state) hadObject(k int) bool {
	return k+1 < len(s.toks) && s.isWordIn(k+1, "no", "a", "an", "the", "it", "them", "him", "some", "many", "few", "little", "much", "enough", "more", "less", "fewer", "his", "her", "their", "its", "our", "my", "your", "nothing", "several", "any", "to", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundreds", "thousands")
}

// relativeHad reports whether the past perfect at k ("had" and a
// participle) lies in a relative clause on the subject, whose own verb,
// in the simple past, follows it: "The battalions he had asked for
// landed at the end of December", "the men who had trained marched
// south". The sentence is told in the story's time, no flashback. After
// "who", "which" or "that" the relative clause may have its object and
// an irregular participle before the subject's verb: "The survivors who
// had taken refuge at Monte Arruit held out until 9 August".
func (s *state) relativeHad(k int) bool {
	if k < 1 || k+2 >= len(s.toks) || s.w(k) != wHad || !s.participle(k+1) || s.isWord(k+1, "been") {
		return false
	}
	if !s.isWordIn(k-1, "he", "she", "they", "we", "i", "who", "that", "which") {
		return false
	}
	m := k + 2
	if s.isWordIn(m, "for", "to", "on", "with", "about", "from", "in", "up", "out", "ahead", "away", "off", "back") {
		m++
	}
	if m < len(s.toks) && s.pastForm(m) && s.pastForm(k+1) {
		return true
	}
	if !s.isWordIn(k-1, "who", "that", "which") {
		return false
	}
	for m := k + 3; m < len(s.toks) && m <= k+9; m++ {
		if e := s.lx(m); s.toks[m].kind != tkWord || e != nil && (e.month > 0 || e.weekday > 0 || e.unit != 0) || s.isWordIn(m, "and", "or", "but", "that", "which", "who", "whom", "when", "where", "because", "after", "before", "until", "while", "since") {
			return false // (a date inside the relative clause is its own)
		}
		if s.pastForm(m) || s.isWordIn(m, "was", "were") && s.participle(m+1) || s.isWordIn(m, "held", "fled", "fought", "took", "went", "fell", "gave", "came", "ran", "rode", "stood", "kept", "left", "led", "won", "lost", "sent", "began", "broke", "drove", "saw", "met", "made") {
			p := m - 1
			return s.toks[p].kind == tkWord && !s.isWordIn(p, "the", "a", "an", "to", "be", "been", "being", "had", "has", "have", "was", "were", "is", "are", "not", "never", "of", "in", "at", "on", "by", "with", "for", "from", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "some", "many", "all", "no", "two", "three", "four", "five", "six")
		}
	}
	return false
}

// reporting reports whether the word at k is a verb of saying in the
// past tense.
func (s *state) reporting(k int) bool {
	if k < 0 {
		return false
	}
	return s.isWordIn(k, "said", "told", "announced", "reported", "added", "stated", "projected", "predicted", "estimated", "showed", "warned", "wrote", "ruled", "testified", "argued", "claimed", "insisted", "confirmed", "disclosed", "noted", "explained")
}

// nameSays reports whether a name of one to three capitalized words
// outside the word table starts at k and a verb of reporting follows it
// before hi: "Smith said", "Anna Berg told reporters".
func (s *state) nameSays(k, hi int) bool {
	for m := k; m <= hi && m < len(s.toks) && m <= k+3; m++ {
		if m > k && s.reporting(m) {
			return true
		}
		if s.toks[m].kind != tkWord || !s.toks[m].cap || s.lx(m) != nil {
			return false
		}
	}
	return false
}

// presentS reports whether the word at k is a verb in the third person
// singular present after its subject: a lower-case word in -s that is
// no table word, after a name ("Smith testifies") or after a determiner
// and a singular noun ("the jury deliberates", "the parade steps off").
func (s *state) presentS(k int) bool {
	tk := &s.toks[k]
	w := s.word(k)
	n := len(w)
	if k < 2 || tk.kind != tkWord || tk.cap || tk.lex() != nil || n < 4 || w[n-1] != 's' || w[n-2] == 's' || w[n-2] == 'u' || w[n-2] == 'i' && w[n-3] != 'e' {
		return false
	}
	p := k - 1
	if s.toks[p].kind != tkWord {
		return false
	}
	pw := s.word(p)
	pn := len(pw)
	// the subject opens its clause: "Smith testifies", "Judge Ellen
	// Marsh rules", "The parade steps off" (not an object: "met his
	// aides Wednesday", "lashed out at his Miami relatives")
	opens := func(m int) bool {
		return m == 0 || s.sentenceEnd(m-1) || s.isPunct(m-1, ',') || s.isPunct(m-1, ';') || s.isWord(m-1, "and") || s.isWord(m-1, "but")
	}
	switch {
	case s.toks[p].cap && s.toks[p].lex() == nil && pw[pn-1] != 's':
		m := p
		for m > 0 && m > p-3 && s.toks[m-1].kind == tkWord && s.toks[m-1].cap && s.toks[m-1].lex() == nil {
			m--
		}
		return opens(m) // a name: "Smith testifies"
	case lowerEq(pw, "he") || lowerEq(pw, "she") || lowerEq(pw, "it"):
		return true
	case !s.toks[p].cap && s.toks[p].lex() == nil && pn > 2 && pw[pn-1] != 's':
		return (s.w(p-1) == wThe || s.w(p-1) == wA || s.w(p-1) == wAn) && opens(p-1) // "the jury deliberates"
	}
	return false
}

// dateEndsClause reports whether a one-word date at i (a weekday, with
// a part of the day) is followed by what can end a verb phrase: a
// punctuation mark or a preposition, not a verb ("officials Monday
// rejected": then the word in -s before the date was a plural subject).
func (s *state) dateEndsClause(i int) bool {
	k := i + 1
	if e := s.lx(k); e != nil && e.pod > 0 {
		k++
	}
	if k >= len(s.toks) || s.toks[k].kind != tkWord {
		return true
	}
	switch s.w(k) {
	case wIn, wAt, wFor, wTo, wOn, wFrom, wBefore, wAfter, wAnd, wOr, wWhen, wUntil, wThrough, wDuring:
		return true
	}
	return s.isWord(k, "against") || s.isWord(k, "with") || s.isWord(k, "but")
}

// pastAfter reports whether a verb in the past follows token i up to
// hi: "heavy rains Sunday in the north killed 12" (the word in -s was a
// plural subject).
func (s *state) pastAfter(i, hi int) bool {
	for m := i + 1; m <= hi && m < len(s.toks); m++ {
		if s.toks[m].kind != tkWord || s.toks[m].cap {
			continue
		}
		if e := s.toks[m].lex(); e != nil && e.tense == -1 {
			return true
		}
		w := s.word(m)
		if n := len(w); n > 3 && w[n-2] == 'e' && w[n-1] == 'd' && !s.auxBefore(m) && !s.adjectival(m) {
			return true
		}
	}
	return false
}

// butPastAfter reports whether "but" and a verb in the past follow the
// expression at i in its sentence: "were due to begin on Friday but were
// postponed", "was due to land on Friday but crashed".
func (s *state) butPastAfter(i int) bool {
	for m := i + 1; m < len(s.toks) && m <= i+12; m++ {
		if s.sentenceEnd(m) {
			return false
		}
		if s.isWord(m, "but") && !s.toks[m].cap {
			return s.isWordIn(m+1, "was", "were", "had") || s.pastAfter(m, min(m+3, len(s.toks)-1))
		}
	}
	return false
}

// particle reports whether the word at k is an adverb particle of a
// phrasal verb: "steps off", "moves in", "heads out" (not "on", "over":
// "officials on Monday rejected", "officials over the weekend").
func (s *state) particle(k int) bool {
	return s.isWordIn(k, "off", "in", "out", "up", "down", "back", "away")
}

// reportedBefore reports whether a verb of saying in the past comes
// within eight words before token i, in [lo, i).
func (s *state) reportedBefore(lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-8; k-- {
		if s.reporting(k) {
			return true
		}
	}
	return false
}

// dateAsAfter reports whether a date written with its month starts at k
// and "as" follows it: "set June 15 as the trial date", "set 4 May as
// the deadline": the date chosen for what is to come.
func (s *state) dateAsAfter(k int) bool {
	if !s.monthOrDayMonthAt(k) {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+5; j++ {
		if s.isWord(j, "as") {
			return true
		}
		if tk := &s.toks[j]; tk.kind != tkNum && !s.isPunct(j, ',') && !s.isPunct(j, '.') && !s.isMonthAt(j) {
			return false
		}
	}
	return false
}

// futureVerb reports whether the future marker at k is used as one:
// "plan" and "intend" are verbs only before "to" ("plans to sell", not
// "the plan Aug. 21"), "next" is not a preposition ("next to the
// embassy"), and "due" is not "due to" before a noun ("due to the
// storm").
func (s *state) futureVerb(k int) bool {
	switch {
	case s.isWord(k, "plan") || s.isWord(k, "plans") || s.isWord(k, "intend") || s.isWord(k, "intends"):
		if (s.isWord(k, "plan") || s.isWord(k, "plans")) && s.plannedObject(k+1) {
			return true // "protesters plan a rally Saturday", "the union plans another walkout"
		}
		return s.w(k+1) == wTo
	case s.isWord(k, "set"):
		return s.w(k+1) == wFor || s.w(k+1) == wTo && s.infinitive(k+1) // "a summit set for April", not "the record set in 2019"
	case s.isWord(k, "due"):
		return s.w(k+1) != wTo || s.infinitive(k+1) // "due to reopen", not "due to the storm"
	case s.w(k) == wNext:
		return s.w(k+1) != wTo
	case s.isWord(k, "may"):
		return !s.toks[k].cap // the month
	case s.isWord(k, "ahead"):
		return s.w(k+1) == wOf // "ahead of Thursday's meeting", not "went ahead"
	case s.isWord(k, "close") && (s.isWord(k+1, "higher") || s.isWord(k+1, "lower") || s.w(k+1) == wUp || s.isWord(k+1, "down") || s.isWord(k+1, "mixed") || s.isWord(k+1, "unchanged") || s.isWord(k+1, "flat") || s.w(k+1) == wAt && !s.clockAfterAt(k+2)):
		return false // a market's close reported: "stocks close higher Friday" (but "polls close at 22:00 on Thursday" is a schedule)
	case s.isWord(k, "reports"):
		// the verb after a name or a pronoun ("Alphabet reports earnings
		// Thursday", "Tesla, which reports Tuesday"), not the noun ("news
		// reports Monday said")
		if k == 0 || s.isWord(k+1, "that") || s.isWord(k+1, "said") || s.isWord(k+1, "say") {
			return false
		}
		p := k - 1
		for _, n := range [...]string{"news", "media", "press", "wire", "police", "intelligence"} {
			if s.isWord(p, n) {
				return false
			}
		}
		return s.toks[p].kind == tkWord && (s.toks[p].cap && s.toks[p].lex() == nil ||
			s.isWord(p, "which") || s.isWord(p, "who") || s.isWord(p, "it") || s.isWord(p, "he") || s.isWord(p, "she") || s.isWord(p, "company"))
	case s.isWord(k, "appears"):
		return s.w(k+1) != wTo // "appears in court Monday", not "appears to have died Sunday"
	case s.isWord(k, "forecast"):
		// the noun after a determiner or a possessive, with or without a
		// noun of what is forecast ("cut its volume forecast in April",
		// "the forecast for May", "the bank's forecast"), not the verb
		// ("the company forecast a loss in March", "was forecast to")
		if s.isWordIn(k-1, "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "latest", "previous") || s.possessiveBefore(k) {
			return false
		}
		return !(k >= 2 && s.isWordIn(k-2, "its", "his", "her", "their", "our") && s.toks[k-1].kind == tkWord && !s.toks[k-1].cap && s.lx(k-1) == nil)
	case s.barePlural(k):
		// or an imperative opening its sentence: "Join us Sunday",
		// "Visit the fair Saturday"
		return s.subjectBefore(k) || s.imperative(k)
	case s.isWord(k, "votes"):
		// the verb, not the noun: "the council votes Thursday", not "the
		// votes Thursday", "2,000 votes", "a million votes", "thousands of
		// votes", "many votes"
		p := s.lx(k - 1)
		return !(p != nil && (p.w == wThe || p.w == wA || p.hasNum || p.w == wMore || p.w == wLess) || k > 0 && s.toks[k-1].kind == tkNum ||
			s.isWordIn(k-1, "million", "billion", "thousand", "hundred", "dozen", "few", "many", "fewer", "of") || s.vagueAmount(k-1) ||
			s.isWord(k-1, "his") || s.isWord(k-1, "her") || s.isWord(k-1, "its") || s.isWord(k-1, "their") || s.isWord(k-1, "enough"))
	case s.isWord(k, "runs") || s.isWord(k, "lasts") || s.isWord(k, "continues"):
		switch s.w(k + 1) {
		case wFrom, wThrough, wUntil, wTo:
			return true
		}
		if e := s.lx(k + 1); e != nil && (e.month > 0 || e.weekday > 0 && !e.plural) {
			// "winter break runs Dec. 23 through Jan. 7", not "scored
			// two runs Friday"
			p := s.lx(k - 1)
			return !(p != nil && (p.hasNum || p.w == wThe || p.w == wA) || k > 0 && s.toks[k-1].kind == tkNum)
		}
		return s.isWord(k+1, "into")
	}
	return true
}

// plannedObject reports whether an object of "plan" as a verb starts at
// k: an article or "another" and a noun that is no unit of time ("plan a
// rally", "plans another strike", not the noun in "expansion plans a
// year ago"). A noun "plan" before an article is rare in English; after
// a determiner the caller's adjectival check still rules it out.
func (s *state) plannedObject(k int) bool {
	if k >= len(s.toks) || s.toks[k].cap || s.w(k) != wA && s.w(k) != wAn && s.w(k) != wThe && !s.isWord(k, "another") {
		return false
	}
	if k+1 >= len(s.toks) || s.toks[k+1].kind != tkWord {
		return false
	}
	e := s.lx(k + 1)
	return e == nil || e.unit == 0 && e.month == 0 && e.weekday == 0 && e.season == 0 && !e.hasNum && e.ord == 0
}

// barePlural reports whether k is the plural present of a verb of
// schedule, travel or hosting ("begin", "host", "play"), which is also a
// noun or an infinitive.
func (s *state) barePlural(k int) bool {
	return s.isWordIn(k, "begin", "start", "meet", "resume", "reopen", "convene", "open", "host", "play", "travel", "visit", "face", "arrive", "depart", "go", "reach", "report", "return", "hold", "vote", "gather", "fly", "compete", "head", "take", "leave", "land", "testify", "speak", "celebrate", "hear", "consider", "continue", "close", "debate", "campaign", "rally", "protest", "strike", "perform", "join", "watch", "tune")
}

// subjectBefore reports whether the word before k can be the subject of
// a plural verb at k: a name ("City host"), a plural noun ("pre-orders
// begin"), a plural pronoun, or the comma closing a relative clause
// ("United, who have not won since 2013, play").
func (s *state) subjectBefore(k int) bool {
	if k == 0 {
		return false
	}
	if s.isPunct(k-1, ',') {
		return true
	}
	if s.toks[k-1].kind != tkWord {
		return false
	}
	w := s.word(k - 1)
	for _, p := range [...]string{"they", "we", "you", "both", "teams", "sides", "pair", "duo", "trio", "two", "couple"} {
		if lowerEq(w, p) {
			return true
		}
	}
	if s.toks[k-1].cap && s.toks[k-1].lex() == nil {
		return true
	}
	plural := func(k int) bool {
		w := s.word(k)
		n := len(w)
		return k >= 0 && s.toks[k].kind == tkWord && n > 3 && (w[n-1] == 's' || w[n-1] == 'S') && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i' && s.toks[k].lex() == nil
	}
	if plural(k - 1) {
		return true
	}
	// a collective noun after a possessive, with the plural verb of
	// British usage: "Guardiola's side host Chelsea", "Klopp's team face"
	if s.isWord(k-1, "side") || s.isWord(k-1, "team") || s.isWord(k-1, "squad") || s.isWord(k-1, "men") || s.isWord(k-1, "women") {
		if s.isWord(k-2, "s") && s.isPunct(k-3, '\'') || s.isPunct(k-2, '\'') {
			return true
		}
	}
	// a plural head before a short "of", "for" or "in" phrase:
	// "candidates for governor hold", "members of the board meet",
	// "students in the district return"
	for p := k - 2; p >= k-3 && p > 0; p-- {
		if s.w(p) == wOf || s.w(p) == wFor || s.w(p) == wIn {
			return plural(p-1) && s.toks[k-1].kind == tkWord && s.toks[k-1].lex() == nil
		}
	}
	return false
}

// auxBefore reports whether the word before k is an auxiliary that makes
// k a participle.

// bareFormVerb reports whether the word at k is a verb whose past is its
// bare form: "hit", "cut", "put", "spread".
func (s *state) bareFormVerb(k int) bool {
	w := s.word(k)
	for _, v := range [...]string{"hit", "cut", "shut", "quit", "beat", "hurt", "put", "cost", "spread", "shed"} {
		if lowerEq(w, v) {
			return true
		}
	}
	return false
}

// bareFormPast reports whether the word at k is a verb whose past is
// its bare form ("hit", "cut", "shut") used as a finite verb with an
// object: "hit his 46th home run Monday", not "will hit", "to cut" or
// "a hit record". Wire copy tells what was done, so it reads as past.
func (s *state) bareFormPast(k int) bool {
	if !s.bareFormVerb(k) || s.auxBefore(k) {
		return false
	}
	if k >= 2 && s.isWord(k-1, "and") && s.isPunct(k-2, ',') && s.pastPredicateBefore(k-2) &&
		(s.isWordIn(k+1, "a", "an", "the", "its", "their", "his", "her", "record", "new") || k+1 < len(s.toks) && s.toks[k+1].kind == tkNum) {
		// a second predicate after ", and" whose first was told in the
		// past: "Rates had fallen over the summer as investors bet on
		// cuts, and hit a low in late September", "The storm flattened
		// crops, and cut power to 40,000 homes"
		return true
	}
	for _, m := range [...]string{"will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "does", "do", "not", "a", "an", "the", "and", "or", "i", "we", "they", "you"} {
		if lowerEq(s.word(k-1), m) {
			return false
		}
	}
	for _, d := range [...]string{"his", "her", "its", "their", "a", "an", "the", "our", "my",
		"one", "two", "three", "all", "both", "most", "some", "this", "these", "those", "down", "off"} {
		// (and a count or a particle: "a fire shut one of its furnaces",
		// "the storm cut off the town")
		if lowerEq(s.word(k+1), d) {
			return true
		}
	}
	// after a singular subject, whose present would end in -s: "The Fed
	// cut rates", "it shed 2,000 jobs", "He quit politics"
	if k > 0 && k+1 < len(s.toks) && (s.toks[k+1].kind == tkWord && !s.toks[k+1].cap && s.lx(k+1) == nil || s.toks[k+1].kind == tkNum) &&
		(s.isWordIn(k-1, "it", "he", "she") || s.toks[k-1].kind == tkWord && s.toks[k-1].cap && s.lx(k-1) == nil && !s.sentenceEnd(k-2) && k >= 2 && s.w(k-2) == wThe) {
		if p := s.word(k - 1); len(p) > 1 && p[len(p)-1] != 's' {
			return true
		}
	}
	// after a common noun in the singular, with a figure as object:
	// "consumer price inflation hit 10.1 percent", "the dollar hit 150
	// yen" (not a plural with no -s, "police hit 40 protesters", nor an
	// adverb of frequency, "storms often hit 100 mph"; a capital opening
	// the sentence may be a name, "McGwire hit 12 in June", told as a
	// tally of the season)
	if k > 1 && k+1 < len(s.toks) && s.toks[k+1].kind == tkNum && s.toks[k-1].kind == tkWord && !s.toks[k-1].cap && s.lx(k-1) == nil {
		p := s.word(k - 1)
		n := len(p)
		if n > 2 && p[n-1] != 's' && !(p[n-2] == 'l' && p[n-1] == 'y') && !s.isWordIn(k-1, "people", "police", "men", "women", "children", "staff", "often", "never", "always", "seldom", "ever", "who", "that", "which") {
			return true
		}
	}
	// a name as object after a relative pronoun or a name: "who beat
	// Carolina", "Rangers beat Boston"
	return k+1 < len(s.toks) && s.toks[k+1].kind == tkWord && s.toks[k+1].cap && s.toks[k+1].lex() == nil &&
		(s.isWord(k-1, "who") || s.isWord(k-1, "that") || k > 0 && s.toks[k-1].kind == tkWord && s.toks[k-1].cap && s.toks[k-1].lex() == nil)
}

// pastPredicateBefore reports whether the sentence up to token k has a
// past form and no modal or "to" infinitive marker of its own: its first
// predicate was told in the past.
func (s *state) pastPredicateBefore(k int) bool {
	lo := k
	for n := 0; lo > 0 && n < 40; n++ {
		if s.sentenceEnd(lo - 1) {
			break
		}
		lo--
	}
	for m := lo; m < k; m++ {
		if s.isWordIn(m, "will", "would", "could", "can", "may", "might", "should", "must", "shall", "to") || s.isPunct(m, '\'') && s.isWord(m+1, "ll") {
			return false
		}
	}
	return s.pastFormBefore(lo, k)
}

// modalBe reports whether the participle at k follows "be" after a
// modal of possibility: "could be held", "might be delayed", "may be
// signed".
func (s *state) modalBe(k int) bool {
	if k < 2 || !s.isWord(k-1, "be") || !(s.isWord(k-2, "could") || s.isWord(k-2, "might") || s.isWord(k-2, "may")) {
		return false
	}
	// Under a negation "could" is the past of "can": "neither he nor his
	// parents could be reached Wednesday".
	for j := k - 3; j >= 0 && j >= k-10 && !s.isPunct(j, ',') && !s.isPunct(j, '.'); j-- {
		for _, n := range [...]string{"not", "neither", "nor", "never", "no", "none", "nobody"} {
			if s.isWord(j, n) {
				return false
			}
		}
	}
	return !s.isWord(k-1, "not")
}

func (s *state) auxBefore(k int) bool {
	w := s.word(k - 1)
	if k >= 2 && s.toks[k-1].kind == tkWord && !s.toks[k-1].cap && s.adverb(w) {
		// an adverb between: "is also closed", "was not completed",
		// "has already finished", "were quickly evacuated"
		w = s.word(k - 2)
	}
	for _, a := range [...]string{"be", "been", "being", "is", "are", "am", "get", "gets", "to", "will", "would", "has", "have", "remain", "remains", "stay", "stays"} {
		if lowerEq(w, a) {
			return true
		}
	}
	return false
}

// adverb reports whether w is an adverb that can stand between an
// auxiliary and its participle: "not", "also", "already", "-ly" words.
func (s *state) adverb(w []byte) bool {
	for _, a := range [...]string{"not", "also", "already", "still", "just", "never", "since", "now", "then", "often", "long"} {
		if lowerEq(w, a) {
			return true
		}
	}
	n := len(w)
	return n > 4 && w[n-2] == 'l' && w[n-1] == 'y' && !lowerEq(w, "early") && !lowerEq(w, "daily") && !lowerEq(w, "weekly") && !lowerEq(w, "monthly") && !lowerEq(w, "yearly") && !lowerEq(w, "only") && !lowerEq(w, "july")
}

// adjectival reports whether the participle at k modifies a noun: it
// follows a determiner, possibly with an adverb between ("a still
// unspecified date", "the hastily planned trip").
func (s *state) adjectival(k int) bool {
	j := k - 1
	if w := s.word(j); len(w) > 2 && w[len(w)-2] == 'l' && w[len(w)-1] == 'y' || lowerEq(w, "still") || lowerEq(w, "much") {
		j--
	}
	if e := s.lx(j); e != nil && e.ord > 0 && j < k {
		j-- // "the first scheduled attempt", "its second planned launch"
	}
	if s.w(j) == wThe || s.w(j) == wA || s.w(j) == wAn {
		return true
	}
	// After ", and" a clause of its own opens with its subject, so a form
	// in -ed right before a plural noun modifies it: "can preview the show
	// on Saturday, and timed tickets go on sale Friday", ", and reserved
	// seats cost $40" (the comma parts two clauses, not two verbs of one
	// subject).
	if j == k-1 && s.isWord(j, "and") && s.isPunct(j-1, ',') && k+1 < len(s.toks) && s.toks[k+1].kind == tkWord && !s.toks[k+1].cap && s.lx(k+1) == nil {
		if w := s.word(k + 1); len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i' {
			return true
		}
	}
	// "aged" before a number gives an age, an attribute of the noun
	// before it, no verb: "people aged 65 to 74 in March", "children aged
	// 5 and older".
	if s.isWord(k, "aged") && k+1 < len(s.toks) && s.toks[k+1].kind == tkNum {
		return true
	}
	// After "than", a participle of expectation is the comparison's
	// reduced clause, no verb of the sentence: "slower than hoped in
	// December", "higher than expected", "than originally forecast" (but
	// "more than doubled" is the verb; "as planned" is left alone, its
	// date may be the plan's: "begin as previously planned Saturday").
	if j >= 0 && j < k && s.isWord(j, "than") && !s.toks[j].cap && s.isWordIn(k, "expected", "hoped", "planned", "forecast", "anticipated", "predicted", "feared", "projected", "estimated", "intended", "scheduled", "budgeted", "promised", "thought") {
		return true
	}
	for _, d := range [...]string{"its", "his", "her", "their", "our", "your", "my"} {
		if s.isWord(j, d) {
			return true
		}
	}
	// After a count and before its noun the form modifies the noun: "plays
	// four ranked teams", "treated 12 injured workers" (not a year: "in
	// 1998 signed", nor a verb before its preposition: "12 killed in").
	if w := s.word(k); j >= 0 && j < k && len(w) > 3 && w[len(w)-2] == 'e' && w[len(w)-1] == 'd' && k+1 < len(s.toks) && s.toks[k+1].kind == tkWord && !s.toks[k+1].cap && s.lx(k+1) == nil {
		if e := s.lx(j); e != nil && e.hasNum && e.num > 1 && e.ord == 0 && s.toks[j].kind == tkWord {
			return true
		}
		if tk := &s.toks[j]; tk.kind == tkNum && tk.suf == sufNone && !tk.decimal && tk.num > 1 && (tk.ndig < 4 || tk.grouped) {
			return true
		}
	}
	return false
}

// pastAuxBefore reports whether one of the two words before k is a past
// auxiliary: "had been scheduled", "was expected".
func (s *state) pastAuxBefore(k int) bool {
	for j := k - 1; j >= k-2; j-- {
		switch s.w(j) {
		case wHad, wWas, wWere:
			return true
		}
	}
	return false
}

// infinitive reports whether "to" at k starts an infinitive: a lower-case
// word that is not a past form or a determiner follows.
func (s *state) infinitive(k int) bool {
	if s.isWord(k-1, "back") {
		return false // "back to normal by Wednesday", "went back to work Monday"
	}
	w := s.word(k + 1)
	if s.isWord(k+1, "have") && !s.toks[k+1].cap {
		// "hopes to have the rules in place by the fall"; not a perfect
		// infinitive, which looks back: "appears to have fled Saturday"
		e := s.lx(k + 2)
		return !s.pastForm(k+2) && !s.isWordIn(k+2, "been", "not", "never", "already") && !(e != nil && e.tense == -1) && !s.isWordIn(k+2, "gone", "done", "seen", "taken", "given", "written", "known", "begun", "won", "lost", "fled", "left", "made", "paid", "sold", "fallen", "risen", "grown", "broken", "spoken", "chosen", "driven", "flown", "stolen", "shot", "hit", "put", "cut", "set", "found", "held", "kept", "sent", "spent", "built", "caught", "brought", "bought", "fought", "thought", "told", "said", "met", "led", "run", "come", "become")
	}
	if len(w) < 2 || s.toks[k+1].cap || s.toks[k+1].lex() != nil && !s.barePlural(k+1) {
		return false
	}
	for _, p := range [...]string{"his", "her", "its", "their", "my", "our", "your", "whom", "which",
		"death", "power", "court", "prison", "jail", "office", "date", "trial", "war", "market", "bed",
		"work", "school", "hospital", "normal", "safety", "church",
		"service", "duty", "port", "sea", "orbit", "earth", "shore", "class", "camp", "base", "town", "training"} {
		if lowerEq(w, p) {
			return false // "returned to his father", "shot to death", "came to power", "returned to service"
		}
	}
	n := len(w)
	if n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i' {
		return false // a plural noun: "added $2 million to reserves", not "to discuss", "to focus"
	}
	return !(w[n-2] == 'e' && w[n-1] == 'd') && !(n > 3 && w[n-3] == 'i' && w[n-2] == 'n' && w[n-1] == 'g')
}

// sentenceEnd reports whether token k ends a sentence.
// shortWord reports whether the two-letter word at k is a word of its
// own, not an abbreviation, so a full stop after it ends a sentence:
// "the unions had called it. At midnight", "the ban was lifted. On".
func (s *state) shortWord(k int) bool {
	w := s.word(k)
	if len(w) != 2 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch string(w) {
	case "it", "us", "up", "in", "on", "to", "do", "go", "so", "me", "he", "we", "be", "by", "of", "is", "at", "as", "or", "an", "my":
		return true
	}
	return false
}

// eraEnd reports whether the period at k closes a year's era and its
// sentence: "sacked in 390 BC. Two years later", unlike "U.S.": "BC" or
// "AD" after a number, then a space and a capitalized word.
func (s *state) eraEnd(k int) bool {
	w := s.word(k - 1)
	if len(w) != 2 || !(w[0] == 'B' && w[1] == 'C' || w[0] == 'A' && w[1] == 'D') || k < 2 || s.toks[k-2].kind != tkNum {
		return false
	}
	return k+1 < len(s.toks) && s.toks[k+1].sp && s.toks[k+1].cap
}

func (s *state) sentenceEnd(k int) bool {
	if k+1 < len(s.toks) && s.toks[k+1].para {
		return true
	}
	tk := &s.toks[k]
	if tk.kind != tkPunct {
		return false
	}
	switch s.text[tk.start] {
	case '!', '?', ';':
		return true
	case '.':
		if k > 0 && s.toks[k-1].kind == tkWord && (s.toks[k-1].end-s.toks[k-1].start <= 2 && !s.shortWord(k-1) && !s.eraEnd(k) || s.toks[k-1].lex() != nil && s.toks[k-1].lex().abbr) {
			return false // "Sept.", "Mr.", "U.S."
		}
		return k+1 >= len(s.toks) || s.toks[k+1].sp
	}
	return false
}

// backAtDCT reports whether the DURATION c, a count of days, runs from
// the day named last in its sentence to the DCT, a day either way.
func (s *state) backAtDCT(c cand, val string) bool {
	if !s.t.hasDCT || c.typ != timeline.TypeDuration || s.ref < 0 || s.refTok < 0 || s.refTok >= c.i || s.refCal.g != gDay {
		return false
	}
	if len(val) < 3 || val[0] != 'P' || val[len(val)-1] != 'D' {
		return false
	}
	n := 0
	for _, r := range val[1 : len(val)-1] {
		if r < '0' || r > '9' || n > 1e6 {
			return false
		}
		n = n*10 + int(r-'0')
	}
	if n < 2 {
		return false
	}
	if c.j < len(s.toks) && s.isWordIn(c.j, "ahead", "early", "earlier", "late", "later", "behind", "sooner") {
		// A margin against a schedule or another event, "handed over
		// the camp on Sunday, two days ahead of schedule", "arrived two
		// days late", is no stretch running from the day named. (Not
		// "before": "held for 2,454 days before his release" runs to it.)
		return false
	}
	if !s.oneSentence(s.refTok, c.i) {
		return false
	}
	return abs(s.refCal.day()+n-s.t.dct.day()) <= 1
}

// threatCondition reports whether token i lies in a clause opened by
// "if" or "unless" that states the condition of a threat or a warning
// told before it in its sentence ("were threatened with reprisals if
// they reopened before 1 April", "warned them that unless they paid by
// June"): what is threatened or warned of is still to come when it is
// said.
func (s *state) threatCondition(i int) bool {
	for k := i - 1; k >= 1 && k >= i-15 && !s.sentenceEnd(k); k-- {
		if !s.isWordIn(k, "if", "unless") {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-14 && !s.sentenceEnd(j); j-- {
			if s.isWordIn(j, "threatened", "threatening", "warned", "warning", "vowed") {
				return true
			}
		}
		return false
	}
	return false
}

// decidedStart reports whether the date at i, after "from", "starting"
// or "beginning", is the start of what an infinitive after a past verb of
// deciding sets: "voted to close the road from August", "decided to
// charge fees starting in May".
func (s *state) decidedStart(i int) bool {
	p := i - 1
	if p >= 0 && (s.w(p) == wIn || s.w(p) == wOn) {
		p--
	}
	if p < 1 || !(s.w(p) == wFrom || s.isWordIn(p, "starting", "beginning", "effective")) {
		return false
	}
	for k := p - 1; k >= 1 && k >= p-12; k-- {
		if s.sentenceEnd(k) || s.toks[k].kind != tkWord {
			return false
		}
		if s.w(k) == wTo && s.infinitive(k) && s.wordBack(k, "voted", "decided", "resolved", "chose", "opted", "elected") >= 0 {
			return true
		}
	}
	return false
}

// pastPerfectAside reports whether the date at token r stood in a
// sentence in the past perfect ("The tunnel had failed two audits, in
// 2009 and again in 2014"), a look back from the story's time, while the
// sentence of token i, later, is not: the story then goes on from its own
// time, not from the years of the look back ("The tunnel reopened in
// October" is the October after the fire the report is about).
func (s *state) pastPerfectAside(r, i int) bool {
	if r < 0 || i <= r || i >= len(s.toks) {
		return false
	}
	start := func(k int) int {
		for k > 0 && !s.sentenceEnd(k-1) {
			k--
		}
		return k
	}
	a := start(r)
	if !s.hadBeforeInSentence(r) || a > r {
		return false
	}
	return !s.hadBeforeInSentence(i) && start(i) > r
}

// dayOfMonthAt reports whether a day of the month before its month starts
// at k: "1 September", "4th May".
func (s *state) dayOfMonthAt(k int) bool {
	return k < len(s.toks) && s.toks[k].kind == tkNum && s.toks[k].ndig <= 2 && s.toks[k].num >= 1 && s.toks[k].num <= 31 &&
		(s.isMonthAt(k+1) || s.w(k+1) == wOf && s.isMonthAt(k+2))
}

// onFromStoryDay tells whether c is a day on from the last day the
// paragraph named, in that day's year: the story is still in that year,
// whatever a relative year said since ("On 29 January 1923 he married;
// they divorced two years later. The treaty, signed on 24 July 1923, ...
// on 13 October" is 1923's October: the divorce looked ahead, the treaty
// goes on from January).
func (s *state) onFromStoryDay(c cand) bool {
	if c.c.g != gDay || c.c.noYear || s.dayRef < 0 || s.dayCal.g != gDay || s.dayCal.noYear || c.i >= len(s.toks) || s.dayPi != s.toks[c.i].pi {
		return false
	}
	d, r := c.c, s.dayCal
	if d.y != r.y || d.m < r.m || d.m == r.m && d.d < r.d {
		return false
	}
	// The year the story is said to be in came after the day, counted on
	// from it ("two years later", "the following year"), not named.
	for k := s.refTok; k >= 0 && k > s.dayTok && k < len(s.toks) && k <= s.refTok+3; k++ {
		if w := s.w(k); w == wLater || w == wFollowing || w == wNext {
			return true
		}
	}
	return false
}

// keptDay tells whether the day of the month c names is a day kept every
// year: the object of "keep", "observe", "celebrate", "commemorate",
// "mark" with "as" after it, the subject of "is", "has been", "remains"
// with "holiday" or "national day" after it, or the day on which
// something "is celebrated", "is observed", in the present.
func (s *state) keptDay(c cand) bool {
	kept := func(k int) bool {
		return s.isWordIn(k, "keep", "keeps", "kept", "observe", "observes", "observed", "celebrate", "celebrates", "celebrated", "commemorate", "commemorates", "commemorated", "mark", "marks", "marked")
	}
	if c.i >= 1 && kept(c.i-1) && s.isWord(c.j, "as") {
		return true
	}
	j := c.j
	if c.i >= 1 && s.isPunct(c.i-1, ',') && s.isPunct(j, ',') {
		j++ // a day in apposition: "The day of the revolution, 1 December, is still a holiday"
	}
	if s.isWordIn(j, "is", "remains") || s.isWord(j, "has") && s.isWord(j+1, "been") {
		for k := j + 1; k < j+6 && k < len(s.toks) && !s.clauseEnd(k); k++ {
			if s.isWordIn(k, "holiday", "holidays") || s.isWord(k, "day") && s.isWord(k-1, "national") {
				return true
			}
		}
	}
	if c.i >= 3 && s.w(c.i-1) == wOn && kept(c.i-2) {
		for k := c.i - 3; k >= 0 && k >= c.i-4; k-- {
			if s.isWordIn(k, "is", "are") {
				return true
			}
		}
	}
	return false
}

// lookAhead returns the end of what c looks ahead in, when c is a date
// ahead of the story that the story does not move to, and -1 otherwise;
// the story goes on after it from where it was. The kinds, tried in
// this order:
//   - deadlineAhead: a deadline set in the story looks ahead of it, which goes
//     on after the sentence: "In February 2007, 46 nations
//     pledged to reach a deal by the end of 2008. A first draft
//     was circulated on May 23" is 2007's May.
//   - validUntilAhead: the end of a term of validity is no time of the story:
//     "Moscow said it would not renew the pact, though it
//     remained valid until April 1946. Germany surrendered on 8
//     May" is May 1945.
//   - notUntilAhead: "It was not until January 1847 that the province was
//     secured. Taylor, meanwhile, attacked on September 21":
//     "not until" jumps ahead of the story, and "meanwhile" takes
//     the reader back to the time it left.
//   - cleftAhead: "it was only in 1901 that the name became official": a
//     cleft on a year well after the story's day or month jumps ahead
//     of it, and the story goes on after the sentence.
//   - peakAhead: the height of something the story has just begun is a
//     look ahead, and the story goes on after the sentence: "The
//     airlift began in August; at its height the following year
//     it carried 500 tons a night. In September Aba fell" is the
//     September of the airlift's first year.
//   - stateUntilAhead: a date years ahead that ends a state ("remained under
//     occupation ... until 30 August 1945") looks ahead of a
//     story told by months or days, which goes on after the
//     sentence.
//   - recordUntilAhead: the year a record stood until ("the worst civilian
//     loss of life in the United States until 1900") is no time of the
//     story, which goes on after the sentence.
//   - untilYearAhead: a year some years ahead that only ends a state denied
//     until then looks ahead of a story told by months or days,
//     which goes on after the sentence: "the river did not return
//     to its old course until 1947. Wuhan fell in late October"
//     is the October of 1938.
//   - captiveUntilAhead: the end of a captivity told of a prisoner ("was
//     taken prisoner and held until May 1963") is his fate, told ahead of
//     a story told by months or days, which goes on after the sentence.
//   - countByAhead: a count that something told as beginning has reached
//     "by" a later date ("troops began to arrive in December; there were
//     15,000 of them by the following March") tells how it grew, ahead of
//     the story, which goes on after the sentence.
//   - spanEndAhead: the end of a stretch a relative clause gives whole
//     ("the Civil War, which began on 28 June 1922 and ended in May
//     1923") looks ahead of the story, which goes on from its start.
//   - centuriesAhead, stillTodayAhead: a later age, or the writer's present.
//   - recordUntilAhead: the later event that ends a superlative's record
//     ("the bloodiest battle fought in Europe until Malplaquet sixteen
//     years later") is no time of the story.
func (s *state) lookAhead(c cand) int {
	for _, ahead := range [...]func(*state, cand) int{(*state).bracketWouldAhead, (*state).deadlineAhead, (*state).validUntilAhead, (*state).notUntilAhead, (*state).cleftAhead, (*state).peakAhead, (*state).stateUntilAhead, (*state).untilYearAhead, (*state).centuriesAhead, (*state).stillTodayAhead, (*state).recordUntilAhead, (*state).captiveUntilAhead, (*state).countByAhead, (*state).spanEndAhead} {
		if e := ahead(s, c); e >= 0 {
			return e
		}
	}
	return -1
}

// plainSentenceEnd returns the end of the sentence going on at from when
// it comes within limit tokens with no punctuation but full stops, commas
// and apostrophes before it, -1 otherwise: the rules that set a look
// ahead aside to the end of its sentence stop at a bracket or a quote,
// which may hold a sentence of its own.
func (s *state) plainSentenceEnd(from, limit int) int {
	for k, n := from, 0; k < len(s.toks) && n < limit; k, n = k+1, n+1 {
		if s.sentenceEnd(k) {
			return k
		}
		if s.toks[k].kind == tkPunct && !s.isPunct(k, '.') && !s.isPunct(k, ',') && !s.isPunct(k, '\'') && !s.wordHyphen(k) {
			return -1
		}
	}
	return -1
}

// eventNamedAgain returns the end of the sentence after the flashback of c
// when that sentence, in the same paragraph, opens by naming again, with
// "the", the event the flashback told by its verb ("in January 1772 they
// had risen and killed the general. The rising was put down in June" is
// June 1772: the reader stays with the event); -1 otherwise.
func (s *state) eventNamedAgain(c cand) int {
	f := s.flashEnd
	if f < 0 || f+3 >= len(s.toks) || !s.isPunct(f, '.') || s.toks[f+1].para || s.w(f+1) != wThe {
		return -1
	}
	verbs := map[string][]string{
		"rising": {"risen", "rose"}, "uprising": {"risen", "rose"}, "revolt": {"revolted"},
		"rebellion": {"rebelled"}, "mutiny": {"mutinied"}, "siege": {"besieged"},
		"invasion": {"invaded"}, "riots": {"rioted"}, "raid": {"raided"},
	}
	var vs []string
	for n, v := range verbs {
		if s.isWord(f+2, n) {
			vs = v
		}
	}
	if vs == nil {
		return -1
	}
	lo := c.i
	lo = s.sentStart(lo, 60)
	named := false
	for k := lo; k < f && !named; k++ {
		for _, v := range vs {
			if s.isWord(k, v) && k >= 1 && s.w(k-1) == wHad {
				named = true
			}
		}
	}
	if !named {
		return -1
	}
	e := f + 1
	e = s.sentEnd(e, 60)
	return e
}

// dueAside reports whether "due" at k opens an aside set off by commas,
// maybe after an adverb of the first plan ("originally", "first"), and
// closed by a comma after the date at i: ", originally due to be played
// on 10 March,".
func (s *state) dueAside(k, i int) bool {
	h := k - 1
	if s.isWordIn(h, "originally", "first", "initially", "previously") {
		h--
	}
	if h < 1 || !s.isPunct(h, ',') || s.toks[h-1].kind != tkWord {
		return false
	}
	for e := i + 1; e < len(s.toks) && e <= i+4; e++ {
		if s.isPunct(e, ',') {
			return true
		}
		if s.toks[e].kind == tkPunct || s.sentenceEnd(e) {
			return false
		}
	}
	return false
}

// movedFrom reports whether the date at i follows "from" after a verb or
// an adverb of moving a plan in time: "brought forward from", "put back
// from", "moved from", "postponed from", "rescheduled from".
func (s *state) movedFrom(i int) bool {
	if s.w(i-1) != wFrom || i < 2 {
		return false
	}
	return s.isWordIn(i-2, "forward", "forwards", "back", "moved", "postponed", "delayed", "rescheduled", "shifted", "switched", "deferred")
}

// pastBeBefore reports whether the past of "be" stands right before k,
// or before one adverb of time or degree that stands there: "was set",
// "were already set", "was originally scheduled".
func (s *state) pastBeBefore(k int) bool {
	if s.w(k-1) == wWas || s.w(k-1) == wWere {
		return true
	}
	return s.isWordIn(k-1, "already", "originally", "initially", "still", "now", "also") && (s.w(k-2) == wWas || s.w(k-2) == wWere)
}
