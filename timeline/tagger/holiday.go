package tagger

import "github.com/timeline-tool/timeline/timeline"

// holiday is a named day. Its date is fixed (m, d), the nth weekday of a
// month (nth < 0 counts from the end), or Easter Sunday plus d days.
type holiday struct {
	word   string // first word, lower case
	second string // required second word ("day"), "" when the word stands alone
	m, d   int
	wd     int  // weekday for nth-weekday holidays
	nth    int  // 4 for the fourth Thursday, -1 for the last Monday
	plus   int  // days after the nth weekday: Black Friday is Thanksgiving + 1
	easter bool // d counts from Easter Sunday
	saint  bool // the name begins at "St", "St." or "Saint": "St Patrick's Day"
	// orthodox marks an Easter of the Orthodox churches ("Orthodox
	// Easter"), reckoned by the Julian computus and given in the
	// Gregorian calendar.
	orthodox bool
}

// holidays lists days English-language news names without a date. The
// US federal holidays are included because US news is the bulk of the
// data the tagger is written for.
var holidays = [...]holiday{
	{},
	{word: "christmas", m: 12, d: 25},
	{word: "thanksgiving", m: 11, wd: 4, nth: 4},
	{word: "easter", easter: true},
	{word: "halloween", m: 10, d: 31},
	{word: "independence", second: "day", m: 7, d: 4},
	{word: "labor", second: "day", m: 9, wd: 1, nth: 1},
	{word: "memorial", second: "day", m: 5, wd: 1, nth: -1},
	{word: "veterans", second: "day", m: 11, d: 11},
	{word: "valentine", second: "day", m: 2, d: 14},
	{word: "new", second: "year", m: 1, d: 1},
	{word: "good", second: "friday", d: -2, easter: true},
	{word: "boxing", second: "day", m: 12, d: 26},
	// "May Day", 1 May, the labour movement's day and the old spring
	// feast; keyed on the month's word, "Day" capitalized (pHolidayName).
	{word: "may", second: "day", m: 5, d: 1},
	// "April Fool's Day", "April Fools' Day", 1 April; keyed on the
	// month's word too, "Day" required (pHolidayName).
	{word: "april", second: "fool", m: 4, d: 1},
	{word: "black", second: "friday", m: 11, wd: 4, nth: 4, plus: 1},
	{word: "cyber", second: "monday", m: 11, wd: 4, nth: 4, plus: 4},
	// US Election Day: the Tuesday after the first Monday in November.
	{word: "election", second: "day", m: 11, wd: 1, nth: 1, plus: 1},
	// "All Saints' Day", keyed on its second word: the name begins at
	// "All" (pHolidayName), a word too common to carry a table entry.
	{word: "saints", second: "day", m: 11, d: 1},
	// "St Patrick's Day", keyed on "Patrick": the name begins at "St",
	// "St." or "Saint" (pHolidayName).
	{word: "patrick", second: "day", m: 3, d: 17, saint: true},
	// Other saints' days by which history dates events ("the massacre of
	// St Bartholomew's Day 1572", "St Crispin's Day"), fixed days of the
	// Western calendar; the name needs "St" or "Saint" and "Day".
	{word: "bartholomew", second: "day", m: 8, d: 24, saint: true},
	{word: "george", second: "day", m: 4, d: 23, saint: true},
	{word: "andrew", second: "day", m: 11, d: 30, saint: true},
	{word: "david", second: "day", m: 3, d: 1, saint: true},
	{word: "stephen", second: "day", m: 12, d: 26, saint: true},
	{word: "swithin", second: "day", m: 7, d: 15, saint: true},
	{word: "crispin", second: "day", m: 10, d: 25, saint: true},
	{word: "lucy", second: "day", m: 12, d: 13, saint: true},
	{word: "nicholas", second: "day", m: 12, d: 6, saint: true},
	// The feasts and quarter days by which English and European history
	// dates events ("signed at Michaelmas 1422", "crowned at Whitsun"):
	// fixed days and days counted from Easter.
	{word: "michaelmas", m: 9, d: 29},
	{word: "candlemas", m: 2, d: 2},
	{word: "lammas", m: 8, d: 1},
	{word: "martinmas", m: 11, d: 11},
	{word: "lady", second: "day", m: 3, d: 25},
	{word: "midsummer", second: "day", m: 6, d: 24},
	{word: "epiphany", m: 1, d: 6},
	{word: "whitsun", d: 49, easter: true},
	{word: "whitsunday", d: 49, easter: true},
	{word: "whit", d: 49, easter: true}, // "Whit Sunday", "Whit Monday" (pHolidayName)
	{word: "pentecost", d: 49, easter: true},
	{word: "ascension", second: "day", d: 39, easter: true},
	{word: "trinity", second: "sunday", d: 56, easter: true},
	{word: "palm", second: "sunday", d: -7, easter: true},
	{word: "maundy", second: "thursday", d: -3, easter: true},
	{word: "holy", second: "thursday", d: -3, easter: true}, // Maundy Thursday
	{word: "holy", second: "saturday", d: -1, easter: true},
	{word: "ash", second: "wednesday", d: -46, easter: true},
	{word: "shrove", second: "tuesday", d: -47, easter: true},
}

// date returns the holiday's month and day in year y.
func (h holiday) date(y int) (int, int) {
	switch {
	case h.easter && h.orthodox && y >= 1583:
		// Orthodox Easter: the Julian computus, its Julian date moved to
		// the Gregorian calendar (13 days later from 1900 to 2099):
		// Orthodox Easter 1999 is 11 April, a week after the western.
		a, b, c := y%4, y%7, y%19
		d := (19*c + 15) % 30
		e := (2*a + 4*b - d + 34) % 7
		month := (d + e + 114) / 31
		day := (d+e+114)%31 + 1
		r := fromDay(timeline.DaysFromCivil(y, month, day) + y/100 - y/400 - 2 + h.d)
		return r.m, r.d
	case h.easter && y < 1583:
		// Before the Gregorian reform dates are given in the Julian
		// calendar, and so is Easter (Meeus's Julian computus): "Easter
		// 1483" is 30 March, as the chronicles date it.
		a, b, c := y%4, y%7, y%19
		d := (19*c + 15) % 30
		e := (2*a + 4*b - d + 34) % 7
		month := (d + e + 114) / 31
		day := (d+e+114)%31 + 1
		return julianAdd(y, month, day, h.d)
	case h.easter:
		// Anonymous Gregorian computus (Meeus/Jones/Butcher).
		a, b, c := y%19, y/100, y%100
		d, e := b/4, b%4
		f := (b + 8) / 25
		g := (b - f + 1) / 3
		hh := (19*a + b - d - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - hh - k) % 7
		m := (a + 11*hh + 22*l) / 451
		month := (hh + l - 7*m + 114) / 31
		day := (hh+l-7*m+114)%31 + 1
		n := timeline.DaysFromCivil(y, month, day) + h.d
		r := fromDay(n)
		return r.m, r.d
	case h.nth > 0:
		first := timeline.DaysFromCivil(y, h.m, 1)
		off := (h.wd - timeline.Weekday(first) + 7) % 7
		r := fromDay(first + off + 7*(h.nth-1) + h.plus)
		return r.m, r.d
	case h.nth < 0:
		n := timeline.DaysIn(y, h.m)
		last := timeline.DaysFromCivil(y, h.m, n)
		return h.m, n - (timeline.Weekday(last)-h.wd+7)%7
	}
	return h.m, h.d
}

// dayIn returns the day of the holiday in year y, shift days from it
// ("Christmas Eve", -1). An eve that falls in the year before its feast's
// is of the year it falls in: "New Year's Eve 1999" is 31 December 1999,
// the eve of New Year's Day 2000.
func (h holiday) dayIn(y, shift int) cal {
	m, d := h.date(y)
	c := fromDay(timeline.DaysFromCivil(y, m, d) + shift)
	if c.y < y {
		m, d = h.date(y + 1)
		c = fromDay(timeline.DaysFromCivil(y+1, m, d) + shift)
	}
	return c
}

// julianAdd returns the month and day n days after month m, day d of
// year y in the Julian calendar (every fourth year a leap year), within
// the year.
func julianAdd(y, m, d, n int) (int, int) {
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if y%4 == 0 {
		days[2] = 29
	}
	d += n
	for d < 1 && m > 1 {
		m--
		d += days[m]
	}
	for m < 12 && d > days[m] {
		d -= days[m]
		m++
	}
	return m, d
}

// pHoliday: "Christmas", "Thanksgiving Day", "Christmas Eve", "New Year's
// Day", "Easter 1916", "last Christmas".
func (s *state) pHoliday(i int) (cand, bool) {
	if s.w(i-1) == wThe && s.toks[i].cap {
		// "the Thanksgiving weekend", "the Easter week": the holiday's
		// weekend or week, spanning "the" as "the weekend" does (not "the
		// Christmas tree", "the Thanksgiving holiday").
		if c, ok := s.pHolidayName(i, true); ok && (s.isWord(c.j-1, "weekend") || s.isWord(c.j-1, "week")) {
			c.i = i - 1
			return c, true
		}
		return cand{}, false
	}
	return s.pHolidayName(i, false)
}

func (s *state) pHolidayName(i int, afterThe bool) (cand, bool) {
	tk := &s.toks[i]
	if !tk.cap || !afterThe && s.w(i-1) == wThe || s.w(i-1) == wA {
		return cand{}, false // "the Christmas tree": a modifier
	}
	if !afterThe && s.nameGivenAfter(i-1) {
		// a holiday's name given to another day is no date of the
		// holiday: "on September 5, which the fair called President's
		// Day", "a Monday the workers dubbed Labor Day"
		return cand{}, false
	}
	h := holidays[tk.lex().holiday]
	if h.second != "" && !s.isWord(i+1, h.second) {
		// One first word names several days ("Holy Thursday", "Holy
		// Saturday"): the second word tells which.
		for _, o := range holidays {
			if o.word == h.word && o.second != "" && s.isWord(i+1, o.second) {
				h = o
				break
			}
		}
	}
	if h.easter && h.d == 0 && s.orthodoxBefore(i) {
		h.orthodox = true // "Orthodox Easter", "Orthodox Christians celebrate Easter"
	}
	if h.second == "" && !h.saint && s.holidayInName(i+1) {
		return cand{}, false // "the North's Easter Offensive", "Christmas Island"
	}
	if h.second == "" && !h.saint && s.holidayObject(i+1) {
		// "Real Christmas trees can be left out", "Easter eggs went on
		// sale": a kind of thing made for the holiday, no date (as "the
		// Christmas tree")
		return cand{}, false
	}
	j := i + 1
	first := i
	if h.word == "saints" {
		// "All Saints' Day", "All Saints Day": both capitals, "Day" required.
		if !s.isWord(i-1, "all") || !s.toks[i-1].cap || !afterThe && s.w(i-2) == wThe {
			return cand{}, false
		}
		first = i - 1
		if s.isPunct(j, '\'') && s.tight(j) && s.toks[min(j+1, len(s.toks)-1)].cap {
			j++
		}
		if !s.toks[min(j, len(s.toks)-1)].cap {
			return cand{}, false
		}
	}
	feast := false
	if h.saint {
		// "St Patrick's Day", "St. Patrick's Day", "Saint Patrick's Day"
		switch {
		case (s.isWord(i-1, "st") || s.isWord(i-1, "saint")) && s.toks[i-1].cap:
			first = i - 1
		case s.isPunct(i-1, '.') && s.isWord(i-2, "st") && s.toks[i-2].cap:
			first = i - 2
		default:
			return cand{}, false
		}
		if s.isWord(first-1, "of") && s.isWord(first-2, "feast") && s.w(first-3) == wThe {
			// "the feast of St Bartholomew", "the Feast of Saint
			// Nicholas": the saint's day, spanning "the" (as "the Ides of
			// March"), with no "Day" after the name.
			first -= 3
			feast = true
		}
	}
	if (h.second != "" || !h.saint && h.word != "saints") && s.nameBeforeHoliday(first-1) {
		// "Vietnam Veterans Day", "Chinese New Year": another day's name;
		// so for a one-word holiday, "Victory and Homeland Thanksgiving
		// Day", "Canadian Thanksgiving", "Coptic Christmas"
		return cand{}, false
	}
	if first >= 2 && s.isWord(first-1, "as") {
		// "26 March is kept as Independence Day", "the day became known
		// as Armistice Day": the name given to a day, not a date of its
		// own (the day was named before, or is an event's); so with words
		// between the verb and "as", "is still celebrated every year as
		// Independence Day", and with the day between them: "is
		// celebrated every 24 May as Independence Day", "was marked on 11
		// November as Armistice Day".
		// (observedAs finds the verbs of keeping a day, right before "as"
		// or a few words back; naming ones stand right before it.)
		if s.isWordIn(first-2, "known", "designated", "declared", "proclaimed", "honoured", "honored") || s.observedAs(first) {
			return cand{}, false
		}
	}
	if h.second == "day" && s.isPunct(j, '\'') && s.tight(j) && s.isWord(j+1, "s") && s.tight(j+1) && s.isWord(j+2, "day") && s.toks[j+2].cap {
		j += 2 // "Valentine's Day", "St Patrick's Day"
	}
	if h.second != "" && !feast {
		if !s.isWord(j, h.second) && !(h.second == "day" && s.isWord(j, "days")) && !(h.word == "april" && s.isWord(j, "fools")) {
			return cand{}, false
		}
		if h.word == "april" {
			// "April Fool's Day", "April Fools' Day", "April Fools Day":
			// all capitals, "Day" required ("an April fool" is a prank).
			k := j + 1
			if s.isPunct(k, '\'') && s.tight(k) {
				k++
				if s.isWord(k, "s") && s.tight(k) {
					k++
				}
			}
			if !s.toks[j].cap || !s.isWord(k, "day") || !s.toks[k].cap {
				return cand{}, false
			}
			j = k - 1
		}
		if h.word == "may" && (!s.toks[j].cap || s.isWord(j, "days")) {
			return cand{}, false // "a cold May day" is a day of May
		}
		j++
		if s.isPunct(j, '\'') && s.isWord(j+1, "s") && s.tight(j) {
			j += 2 // "Valentine's Day", "New Year's"
		} else if s.isWord(j, "s") {
			j++
		}
		if h.word == "new" && j == i+2 {
			return cand{}, false // "New Year" without 's names the year more often than the day
		}
	} else if h.word == "valentine" {
		return cand{}, false
	}
	shiftDays := 0
	if h.word == "whit" && !(s.toks[min(j, len(s.toks)-1)].cap && (s.isWord(j, "sunday") || s.isWord(j, "monday"))) {
		return cand{}, false // "Whit" alone is no day
	}
	if h.easter && (h.d == 0 || h.word == "whit") && s.toks[min(j, len(s.toks)-1)].cap && (s.isWord(j, "sunday") || s.isWord(j, "monday")) {
		if s.isWord(j, "monday") {
			shiftDays = 1 // "Easter Monday"
		}
		j++ // "Easter Sunday"
	} else if s.isWord(j, "eve") && s.toks[j].cap {
		shiftDays = -1
		j++
	} else if s.isWord(j, "day") && s.toks[j].cap {
		j++
	}
	week, weekend := false, false
	if s.isWord(j, "week") && shiftDays == 0 {
		week = true // "Easter week", "Christmas week": the ISO week of the day
		j++
	} else if s.isWord(j, "weekend") && shiftDays == 0 && !s.isPunct(j+1, '-') {
		weekend = true // "Memorial Day weekend"
		j++
	} else if s.isWordIn(j, "night", "morning") && !s.toks[j].cap && s.w(j+1) != wOf && !s.isPunct(j+1, '-') {
		j++ // "Christmas night", "Easter morning": the day, as "Wednesday night" is
	}
	mk := func(y int) cal {
		c := h.dayIn(y, shiftDays)
		if week {
			c = weekOf(c)
		}
		return c
	}
	// An explicit year: "Christmas 1914", "Christmas Day, 1941".
	k := j
	if s.isPunct(k, ',') {
		k++
	}
	if y, next, ok := s.yearTok(k); ok && s.toks[k].kind == tkNum && s.toks[k].ndig == 4 {
		return holidayWeekend(s.date(first, next, mk(y)), weekend), true
	}
	if y, next, ok := s.earlyYear(k); ok && !h.easter {
		return holidayWeekend(s.date(first, next, mk(y)), weekend), true // "Christmas Day 800"
	}
	// The date in apposition: "Easter Monday, 24 April 1916", "Christmas
	// Day, December 25, 1941" is one DATE, the day given.
	if !week && !weekend && s.depth == 0 && k < len(s.toks) && (s.toks[k].kind == tkNum || s.isMonthAt(k)) {
		s.depth++
		e, ok := s.core(k)
		s.depth--
		if ok && e.i == k && e.typ == timeline.TypeDate && e.val == "" && e.c.g == gDay && !e.c.noYear && !e.partial {
			if m, d := h.date(e.c.y); shiftDays != 0 || h.easter || m == e.c.m && d == e.c.d {
				e.i = first
				return e, true
			}
		}
		if ok && e.i == k && s.isPunct(j, ',') && e.typ == timeline.TypeDate && e.val == "" && e.c.g == gDay && e.c.m > 0 && e.c.d > 0 && shiftDays == 0 && !h.easter && h.m > 0 {
			// A day in apposition that is not the feast's names the day
			// the words name: "on Black Friday, 6 December" (1745, the
			// Jacobites' day at Derby) is 6 December, no late-November
			// feast; the date alone is the expression, as with "Bloody
			// Sunday, 30 January 1972".
			y := e.c.y
			if e.c.noYear {
				if base, _, ok := s.anchorBase(); ok && !base.noYear {
					y = base.y
				}
			}
			if m, d := h.date(y); m != e.c.m || d != e.c.d {
				return cand{}, false
			}
		}
	}
	if (s.w(first-1) == wFollowing || s.w(first-1) == wNext || s.w(first-1) == wPrevious) && s.w(first-2) == wThe && first-2 >= s.floor && !week && !weekend {
		// "the following Easter", "the previous Christmas": the first such
		// feast after (before) the last date named; after a year alone,
		// the next (last) year's.
		if base, a, ok := s.anchorBase(); ok && !base.noYear && base.g >= gYear && (a >= 0 || !s.t.hasDCT) {
			after := s.w(first-1) != wPrevious
			y := base.y
			if st, ok := startDay(base); ok && base.g >= gMonth {
				if after && mk(y).day() <= st {
					y++
				} else if !after && mk(y).day() >= st {
					y--
				}
			} else if after {
				y++
			} else {
				y--
			}
			c := s.date(first-2, j, mk(y))
			c.anchor, c.noRef = a, !after
			return c, true
		}
	}
	start := first
	var c cal
	switch s.w(first - 1) {
	case wLast, wNext, wThis:
		if !s.t.hasDCT {
			break
		}
		dct := s.t.dct.day()
		y := s.t.dct.y
		switch s.w(first - 1) {
		case wLast:
			if mk(y).day() >= dct {
				y--
			}
		case wNext:
			if mk(y).day() <= dct {
				y++
			}
		}
		start, c = first-1, mk(y)
	}
	if c.g == 0 {
		y, anchor, ok := s.holidayYear(h, i, shiftDays)
		if !s.t.hasDCT && !week && !weekend && (s.w(j) == wIn || s.w(j) == wOf) {
			// The year right after "in" or "of" ("on Christmas Day in
			// 1914", "on Easter Monday of 1916"): the feast of that year,
			// whatever year the story was in, the year an expression of
			// its own, as "on 4 August in 1914".
			if yy, _, ok2 := s.yearTok(j + 1); ok2 && s.toks[j+1].kind == tkNum && s.toks[j+1].ndig == 4 {
				y, anchor, ok = yy, -1, true
			}
		}
		if !ok && !s.t.hasDCT && !week && !weekend && (h.easter || h.nth != 0 || h.m > 0 && h.d > 0) {
			// A feast told before any year is named, in a narrative: a
			// fixed one that day of an unknown year, as "on 25 December"
			// would be ("On Christmas Day the guns fell silent"); a
			// movable one of an unknown month and day too ("On Easter
			// Monday the rebels seized the post office"; the weekday
			// alone was taken).
			if h.easter || h.nth != 0 {
				c := s.date(first, j, cal{g: gDay, noYear: true})
				c.val = "XXXX-XX-XX"
				return c, true
			}
			c := h.dayIn(2001, shiftDays) // (a common year: the day's month and day)
			c.noYear = true
			return s.date(first, j, c), true
		}
		if !ok {
			return cand{}, false
		}
		cd := s.date(first, j, mk(y))
		cd.anchor = anchor
		if !week && !weekend {
			cd.remake = mk // "Whitsun the following year": the year phrase's
		}
		return holidayWeekend(cd, weekend), true
	}
	return holidayWeekend(s.date(start, j, c), weekend), true
}

// holidayWeekend turns the day of a holiday into the weekend named after
// it, when weekend is set: the weekend before a Monday or Tuesday holiday
// ("Memorial Day weekend"), that of the holiday's week otherwise
// ("Thanksgiving weekend", "Easter weekend").
func holidayWeekend(c cand, weekend bool) cand {
	if !weekend || c.c.g < gDay || c.c.noYear {
		return c
	}
	d := c.c.day()
	if timeline.Weekday(d) <= 2 {
		d -= 7
	}
	c.val = weekOf(fromDay(d)).format() + "-WE"
	return c
}

// namedDays are holidays named by a word before a capitalized "Day"
// that is no trigger of its own ("president" and "mother" are too
// common to be table words): "Presidents Day", "Presidents' Day",
// "Mother's Day", "Columbus Day".
var namedDays = [...]struct {
	word string
	h    holiday
}{
	{"presidents", holiday{m: 2, wd: 1, nth: 3}},
	{"president", holiday{m: 2, wd: 1, nth: 3}},
	{"washington", holiday{m: 2, wd: 1, nth: 3}},
	{"king", holiday{m: 1, wd: 1, nth: 3}},
	{"mlk", holiday{m: 1, wd: 1, nth: 3}},
	{"columbus", holiday{m: 10, wd: 1, nth: 2}},
	{"mother", holiday{m: 5, wd: 7, nth: 2}},
	{"mothers", holiday{m: 5, wd: 7, nth: 2}},
	{"father", holiday{m: 6, wd: 7, nth: 3}},
	{"fathers", holiday{m: 6, wd: 7, nth: 3}},
	{"armistice", holiday{m: 11, d: 11}},
	{"remembrance", holiday{m: 11, d: 11}},
	{"bastille", holiday{m: 7, d: 14}},
	{"canada", holiday{m: 7, d: 1}},
}

// pNamedDay: a holiday named before "Day" at i, "Presidents Day",
// "Mother's Day", "Martin Luther King Jr. Day"; the match starts at the
// name.
func (s *state) pNamedDay(i int) (cand, bool) {
	if !s.toks[i].cap || s.toks[i].lex().plural || i < 1 {
		return cand{}, false
	}
	k := i - 1
	if s.isWord(k, "s") && s.isPunct(k-1, '\'') && s.tight(k) {
		k -= 2 // "Mother's Day"
	} else if s.isPunct(k, '\'') && s.tight(k) {
		k-- // "Presidents' Day"
	}
	if s.isPunct(k, '.') && s.isWord(k-1, "jr") {
		k -= 2 // "Martin Luther King Jr. Day"
	} else if s.isWord(k, "jr") {
		k--
	}
	if k < 0 || k < s.floor || s.toks[k].kind != tkWord || !s.toks[k].cap {
		return cand{}, false
	}
	var h holiday
	found := false
	for _, n := range namedDays {
		if s.isWord(k, n.word) {
			h, found = n.h, true
			break
		}
	}
	if !found {
		return cand{}, false
	}
	start := k
	if s.isWord(k, "king") && s.isWord(k-1, "luther") && s.isWord(k-2, "martin") && k-2 >= s.floor {
		start = k - 2
	}
	if s.nameGivenAfter(start - 1) {
		return cand{}, false // a name given to another day: "which the fair called Presidents' Day"
	}
	// An explicit year, as after "Christmas": "Armistice Day 1919",
	// "Columbus Day, 1892".
	yk := i + 1
	if s.isPunct(yk, ',') {
		yk++
	}
	if y, next, ok := s.yearTok(yk); ok && s.toks[yk].kind == tkNum && s.toks[yk].ndig == 4 && !s.isWord(i+1, "weekend") {
		m, d := h.date(y)
		return s.date(start, next, cal{g: gDay, y: y, m: m, d: d}), true
	}
	y, anchor, ok := s.holidayYear(h, i, 0)
	if !ok {
		return cand{}, false
	}
	m, d := h.date(y)
	end := i + 1
	weekend := s.isWord(end, "weekend") && !s.isPunct(end+1, '-')
	if weekend {
		end++ // "Presidents Day weekend"
	}
	c := s.date(start, end, cal{g: gDay, y: y, m: m, d: d})
	c.anchor = anchor
	if !weekend {
		// "on Armistice Day the following year": the year phrase's
		c.remake = func(y int) cal {
			m, d := h.date(y)
			return cal{g: gDay, y: y, m: m, d: d}
		}
	}
	return holidayWeekend(c, weekend), true
}

// holidayYear is the year of holiday h named at i with no year of its
// own: the one the tense picks around the base date, or in narrative the
// year the story is in, as partial dates do; and the anchor of the base.
func (s *state) holidayYear(h holiday, i, shift int) (y, anchor int, ok bool) {
	base, anchor, ok := s.base(true, i)
	if !ok || base.g < gYear {
		return 0, anchor, false
	}
	dc := h.dayIn(base.y, shift)
	m, d := dc.m, dc.d
	tense := s.tense(i)
	if tense == 0 && anchor < 0 && s.needBy(i) {
		tense = 1 // "needs 400,000 pounds more by Christmas": this one, to come
	}
	lastM := m
	if tense > 0 && base.g >= gDay && base.m == m && base.d-d > 3 {
		// A feast of the current month well past, in a plan, is next
		// year's, as a date is: "parades will be held on St David's Day"
		// written on 10 March.
		lastM = 0
	}
	y = pickYear(base, m, d, lastM, tense)
	if base.g < gMonth || anchor >= 0 {
		y = base.y
		if anchor >= 0 && s.crossesYear(cand{i: i, j: i + 1, c: cal{g: gDay, m: m, d: d}}, base, anchor) {
			y++ // as a month: "On Christmas Day 1805 ... on New Year's Day"
		}
		if st, ok := startDay(base); ok && base.g >= gMonth && base.g != gWeek && dc.day() > st && s.afterClause(i) {
			y-- // "began on 6 January, after cases rose over Christmas": the Christmas before
		}
	}
	return y, anchor, true
}

// holidayInName reports whether the word at k, right after a one-word
// holiday, makes the holiday part of a proper name: a capitalized noun of
// an event or a place in the same sentence ("the North's Easter
// Offensive", "the Christmas Truce", "Ireland's Easter Rising", "Christmas
// Island"), which names an offensive, a truce or an island, not the day.
// inName asks it too after a day and month ("the 14 July Revolution",
// "the 26th of July Movement", "the 4 August Regime").
func (s *state) holidayInName(k int) bool {
	if k <= 0 || k >= len(s.toks) || s.toks[k].kind != tkWord || !s.toks[k].cap || !s.toks[k].sp || s.toks[k].para {
		return false
	}
	return s.eventNoun(k) || s.isWordIn(k, "offensive", "offensives", "rising", "truce", "bombing", "bombings", "attack", "attacks",
		"riots", "revolution", "coup", "agreement", "accord", "accords", "tsunami", "blizzard", "island", "islands", "movement", "regime", "incident")
}

// orthodoxBefore reports whether "Orthodox" stands within four words
// before the holiday at i in its sentence: "Orthodox Easter", "Orthodox
// Christians celebrate Easter", "the Orthodox church marks Easter".
func (s *state) orthodoxBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.sentenceEnd(k) || s.isPunct(k, ',') {
			return false
		}
		if s.isWord(k, "orthodox") {
			return true
		}
	}
	return false
}

// holidayObject reports whether the lower-case word at k, right after a
// one-word holiday, names a kind of thing made for it: "Christmas trees",
// "Easter eggs", "Halloween costumes".
func (s *state) holidayObject(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tkWord || s.toks[k].cap || !s.toks[k].sp {
		return false
	}
	return s.isWordIn(k, "tree", "trees", "card", "cards", "decorations", "lights", "pudding", "puddings", "cake", "cakes", "cracker", "crackers",
		"jumper", "jumpers", "stocking", "stockings", "carol", "carols", "egg", "eggs", "bonnet", "bonnets", "pumpkin", "pumpkins", "costume", "costumes")
}

// nameBeforeHoliday reports whether the word at k, right before a
// two-word holiday name, is a capitalized name word of the same name
// ("Vietnam Veterans Day", "Mexican Independence Day", "Chinese New
// Year", "International Labour Day"): the whole names another day, on
// another date, not the holiday the last two words name. A word at the
// start of a sentence or a line, a word of the lexicon ("On", "Last",
// "Good"), a word after another capitalized word (a title-case
// headline's "Brace For Biggest Black Friday"), and the country's own
// qualifiers ("US", "American", "National", "Federal") keep the holiday.
func (s *state) nameBeforeHoliday(k int) bool {
	if k < 1 || k >= len(s.toks) || s.toks[k].kind != tkWord || !s.toks[k].cap || s.toks[k].para || s.lx(k) != nil || s.sentenceEnd(k-1) || s.lineBreak(k) {
		return false
	}
	if s.toks[k-1].kind == tkWord && s.toks[k-1].cap {
		return false
	}
	return !s.isWordIn(k, "us", "usa", "american", "americans", "national", "federal", "orthodox", "st", "saint", "all", "happy", "merry", "joyous", "blessed")
}
