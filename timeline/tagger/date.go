package tagger

import (
	"strconv"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// gran is the granularity of a calendar value.
type gran uint8

const (
	gNone gran = iota
	gMillennium
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gDay
	gPartOfDay
	gTime
)

// cal is a calendar value being built: a year (possibly unknown), and finer
// parts down to the granularity g.
type cal struct {
	g      gran
	y      int  // year (astronomical: 0 is 1 BC); for gCentury the century number - 1 ("19th century" -> 18); for gDecade the decade (199)
	noYear bool // year unknown: value written with XXXX
	m, d   int
	part   int // week number, quarter, half, season or part of day
	hh, mm int
	wd     int // weekday for XXXX-WXX-n
}

// format writes the TIMEX3 value of c.
func (c cal) format() string {
	b := make([]byte, 0, 20)
	if c.noYear {
		b = append(b, "XXXX"...)
	} else {
		switch c.g {
		case gMillennium:
			return pad(c.y, 1)
		case gCentury:
			if c.y < 0 {
				return "BC" + pad(-c.y-1, 2) // -1 is the 1st century BC (BC00)
			}
			return pad(c.y, 2)
		case gDecade:
			if c.y < 0 {
				return "BC" + pad(-c.y-1, 3) // -1 is the decade of 1-9 BC (BC000)
			}
			return pad(c.y, 3)
		}
		if c.y <= 0 {
			b = append(b, "BC"...)
			b = append(b, pad(1-c.y, 4)...)
		} else {
			b = append(b, pad(c.y, 4)...)
		}
	}
	switch c.g {
	case gYear:
	case gHalf:
		b = append(b, "-H"...)
		b = strconv.AppendInt(b, int64(c.part), 10)
	case gQuarter:
		b = append(b, "-Q"...)
		b = strconv.AppendInt(b, int64(c.part), 10)
	case gSeason:
		b = append(b, '-')
		b = append(b, seasonCode[c.part]...)
	case gMonth:
		b = append(b, '-')
		b = append(b, pad(c.m, 2)...)
	case gWeek:
		if c.wd > 0 {
			b = append(b, "-WXX-"...)
			b = strconv.AppendInt(b, int64(c.wd), 10)
			break
		}
		b = append(b, "-W"...)
		b = append(b, pad(c.part, 2)...)
	case gDay, gPartOfDay, gTime:
		b = append(b, '-')
		if c.m == 0 {
			b = append(b, "XX"...)
		} else {
			b = append(b, pad(c.m, 2)...)
		}
		b = append(b, '-')
		if c.d == 0 {
			b = append(b, "XX"...)
		} else {
			b = append(b, pad(c.d, 2)...)
		}
		if c.g == gPartOfDay {
			b = append(b, 'T')
			b = append(b, podCode[c.part]...)
		} else if c.g == gTime {
			b = append(b, 'T')
			b = append(b, pad(c.hh, 2)...)
			b = append(b, ':')
			b = append(b, pad(c.mm, 2)...)
		}
	}
	return string(b)
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// day returns the day number of a day-precise value.
func (c cal) day() int { return timeline.DaysFromCivil(c.y, c.m, c.d) }

func fromDay(n int) cal {
	y, m, d := timeline.CivilFromDays(n)
	return cal{g: gDay, y: y, m: m, d: d}
}

// isoWeek returns the ISO year and week of day number n.
func isoWeek(n int) (int, int) {
	// The Thursday of the week decides its year.
	thu := n - timeline.Weekday(n) + 4
	y, _, _ := timeline.CivilFromDays(thu)
	jan1 := timeline.DaysFromCivil(y, 1, 1)
	return y, (thu-jan1)/7 + 1
}

// weekOf returns the ISO week containing a day-precise value.
func weekOf(c cal) cal {
	y, w := isoWeek(c.day())
	return cal{g: gWeek, y: y, part: w}
}

// shift moves c by n units, keeping c's granularity where it is finer than
// the unit ("a year earlier" than 1989-Q3 is 1988-Q3) and coarsening it to
// the unit otherwise.
func shift(c cal, u unit, n int) cal {
	if c.noYear {
		return c
	}
	if c.g == gTime && (u == uHour || u == uMinute) {
		// A clock time moves by the clock: 9:00 and three hours is 12:00,
		// 23:40 and two hours 01:40 the next day.
		m := c.hh*60 + c.mm + n
		if u == uHour {
			m = c.hh*60 + c.mm + 60*n
		}
		days := m / 1440
		if m < 0 && m%1440 != 0 {
			days--
		}
		m -= days * 1440
		r := fromDay(c.day() + days)
		r.g, r.hh, r.mm = gTime, m/60, m%60
		return r
	}
	switch u {
	case uDay, uWeek, uFortnight, uWeekend, uHour, uMinute, uSecond:
		days := n
		switch u {
		case uWeek, uWeekend:
			days = 7 * n
		case uFortnight:
			days = 14 * n
		case uHour:
			days = n / 24
		case uMinute, uSecond:
			days = 0
		}
		switch c.g {
		case gDay, gPartOfDay, gTime:
			r := fromDay(c.day() + days)
			r.g, r.part, r.hh, r.mm = c.g, c.part, c.hh, c.mm
			if u == uDay || u == uHour {
				return r
			}
			if c.g == gDay {
				return r
			}
			r.g = gDay
			return r
		case gWeek:
			if u == uWeek || u == uFortnight || u == uWeekend {
				return weekOf(fromDay(weekMonday(c) + days))
			}
		}
		return c
	case uMonth, uQuarter, uSeason, uHalf:
		months := n
		switch u {
		case uQuarter, uSeason:
			months = 3 * n
		case uHalf:
			months = 6 * n
		}
		switch c.g {
		case gYear, gDecade, gCentury, gMillennium:
			return c
		case gQuarter:
			if u == uQuarter {
				q := c.y*4 + c.part - 1 + n
				return cal{g: gQuarter, y: floorDiv(q, 4), part: q - floorDiv(q, 4)*4 + 1}
			}
			return c
		case gSeason:
			if u == uSeason {
				s := c.y*4 + c.part - 1 + n
				return cal{g: gSeason, y: floorDiv(s, 4), part: s - floorDiv(s, 4)*4 + 1}
			}
			return c
		}
		mi := c.y*12 + c.m - 1 + months
		r := c
		r.y, r.m = floorDiv(mi, 12), mi-floorDiv(mi, 12)*12+1
		if r.g == gWeek {
			r.g = gMonth
		}
		if r.d > 0 {
			if dn := timeline.DaysIn(r.y, r.m); r.d > dn {
				r.d = dn
			}
		}
		return r
	case uYear, uDecade, uCentury, uMillennium:
		years := n
		switch u {
		case uDecade:
			years = 10 * n
		case uCentury:
			years = 100 * n
		case uMillennium:
			years = 1000 * n
		}
		r := c
		switch c.g {
		case gDecade:
			r.y += years / 10
			return r
		case gCentury:
			r.y += years / 100
			return r
		case gMillennium:
			r.y += years / 1000
			return r
		case gWeek:
			r.y += years
			return r
		}
		r.y += years
		if r.d > 0 && r.m > 0 {
			if dn := timeline.DaysIn(r.y, r.m); r.d > dn {
				r.d = dn
			}
		}
		return r
	}
	return c
}

func weekMonday(c cal) int {
	jan4 := timeline.DaysFromCivil(c.y, 1, 4)
	return jan4 - timeline.Weekday(jan4) + 1 + (c.part-1)*7
}

// startDay returns the day number on which the period c begins, for a
// known year at the granularity of a year, month, week, day or finer.
func startDay(c cal) (int, bool) {
	switch {
	case c.noYear:
		return 0, false
	case c.g == gWeek:
		return weekMonday(c), true
	case c.g == gYear:
		return timeline.DaysFromCivil(c.y, 1, 1), true
	case c.g == gMonth && c.m > 0:
		return timeline.DaysFromCivil(c.y, c.m, 1), true
	case c.g >= gDay && c.g != gWeek && c.m > 0 && c.d > 0:
		return c.day(), true
	}
	return 0, false
}

// startsBefore reports whether period a begins before period b, both of
// a known year ("December 1860" before "14 December 1861"); false when
// either has no start day.
func startsBefore(a, b cal) bool {
	sa, ok := startDay(a)
	sb, ok2 := startDay(b)
	return ok && ok2 && sa < sb
}

// coarsen reduces c to granularity g (which must be coarser or equal).
func coarsen(c cal, g gran) cal {
	if g >= c.g {
		if c.g == gWeek && g > gWeek {
			return c
		}
		return c
	}
	switch g {
	case gYear:
		return cal{g: gYear, y: c.y, noYear: c.noYear}
	case gMonth:
		if c.g >= gMonth && c.g != gWeek {
			return cal{g: gMonth, y: c.y, m: c.m, noYear: c.noYear}
		}
		if c.g == gWeek {
			_, m, _ := timeline.CivilFromDays(weekMonday(c) + 3)
			return cal{g: gMonth, y: c.y, m: m}
		}
	case gQuarter:
		if c.g >= gMonth && c.g != gWeek && c.m > 0 {
			return cal{g: gQuarter, y: c.y, part: (c.m-1)/3 + 1}
		}
	case gWeek:
		if c.g >= gDay && !c.noYear && c.m > 0 && c.d > 0 {
			return weekOf(c)
		}
	case gDay:
		if c.g > gDay {
			r := c
			r.g, r.part, r.hh, r.mm = gDay, 0, 0, 0
			return r
		}
	case gDecade:
		if c.g >= gYear {
			if c.y <= 0 {
				// 735 BC (astronomical -734) is in the 730s BC: BC073,
				// stored as -74 so that counting on by decades runs
				// through BC000 (-1) into the AD 0s (0).
				return cal{g: gDecade, y: -((1 - c.y) / 10) - 1}
			}
			return cal{g: gDecade, y: floorDiv(c.y, 10)}
		}
	case gCentury:
		if c.g >= gYear {
			if c.y <= 0 {
				// The Nth century BC is BC(N-1), as "the 6th century BC"
				// is BC05: 412 BC (astronomical -411) is in the 5th,
				// BC04, and 1100 BC in the 11th, BC10. Stored as -(N)
				// so that counting on by centuries runs through BC00
				// (-1) into the AD 1st century (0).
				return cal{g: gCentury, y: -((-c.y) / 100) - 1}
			}
			return cal{g: gCentury, y: floorDiv(c.y, 100)}
		}
		if c.g == gDecade && c.y >= 0 && !c.noYear {
			return cal{g: gCentury, y: c.y / 10} // the 1720s are in the 18th century
		}
	}
	return c
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// unitGran is the granularity of a value one unit long.
func unitGran(u unit) gran {
	switch u {
	case uSecond, uMinute, uHour:
		return gTime
	case uDay:
		return gDay
	case uWeek, uWeekend, uFortnight:
		return gWeek
	case uMonth:
		return gMonth
	case uQuarter:
		return gQuarter
	case uSeason:
		return gSeason
	case uHalf:
		return gHalf
	case uYear:
		return gYear
	case uDecade:
		return gDecade
	case uCentury:
		return gCentury
	case uMillennium:
		return gMillennium
	}
	return gNone
}

// durValue writes a TIMEX3 duration of n units; n < 0 means unknown ("X").
func durValue(n int64, u unit, frac bool) string {
	if frac && n >= 0 {
		// ISO 8601 allows a decimal fraction, but TimeML annotates "2 1/2
		// years" in whole smaller units: P2Y6M, PT5H30M.
		var date, time string // half of the unit
		switch u {
		case uYear:
			date = "6M"
		case uMonth:
			date = "15D"
		case uDay:
			time = "12H"
		case uHour:
			time = "30M"
		case uMinute:
			time = "30S"
		case uDecade:
			return "P" + strconv.FormatInt(10*n+5, 10) + "Y"
		case uCentury:
			return "P" + strconv.FormatInt(100*n+50, 10) + "Y"
		case uMillennium:
			return "P" + strconv.FormatInt(1000*n+500, 10) + "Y" // "two and a half millennia", as centuries
		}
		if date != "" || time != "" {
			v := "P"
			if n > 0 {
				v = durValue(n, u, false)
			}
			if time != "" && !strings.Contains(v, "T") {
				v += "T"
			}
			return v + date + time
		}
	}
	num := "X"
	if n >= 0 {
		num = strconv.FormatInt(n, 10)
		if frac {
			num += ".5"
		}
	}
	switch u {
	case uSecond:
		return "PT" + num + "S"
	case uMinute:
		return "PT" + num + "M"
	case uHour:
		return "PT" + num + "H"
	case uDay:
		return "P" + num + "D"
	case uWeekend:
		if n >= 0 {
			return "P" + strconv.FormatInt(2*n, 10) + "D"
		}
		return "PXWE"
	case uWeek:
		return "P" + num + "W"
	case uFortnight:
		if n >= 0 {
			return "P" + strconv.FormatInt(2*n, 10) + "W"
		}
		return "PXW"
	case uMonth:
		return "P" + num + "M"
	case uQuarter:
		return "P" + num + "Q"
	case uSeason:
		if n >= 0 {
			return "P" + strconv.FormatInt(3*n, 10) + "M"
		}
		return "PXM"
	case uHalf:
		if n >= 0 {
			return "P" + strconv.FormatInt(6*n, 10) + "M"
		}
		return "PXM"
	case uYear:
		return "P" + num + "Y"
	case uDecade:
		if n >= 0 && !frac {
			return "P" + strconv.FormatInt(10*n, 10) + "Y"
		}
		return "P" + num + "DE"
	case uCentury:
		if n >= 0 && !frac {
			return "P" + strconv.FormatInt(100*n, 10) + "Y"
		}
		return "P" + num + "CE"
	case uMillennium:
		if n >= 0 && !frac {
			return "P" + strconv.FormatInt(1000*n, 10) + "Y"
		}
		return "P" + num + "ML"
	}
	return "P" + num
}
