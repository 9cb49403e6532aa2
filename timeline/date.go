package timeline

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Precision is how exactly a date is known, from the coarsest (a
// millennium) to the finest (a time of day).
type Precision uint8

// Precisions, coarsest first.
const (
	PrecisionNone Precision = iota
	PrecisionMillennium
	PrecisionCentury
	PrecisionDecade
	PrecisionYear
	PrecisionHalf
	PrecisionQuarter
	PrecisionSeason
	PrecisionMonth
	PrecisionWeek
	PrecisionDay
	PrecisionTime
)

var precisionNames = [...]string{"none", "millennium", "century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "time"}

func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "unknown"
}

// MarshalText writes the precision's name, so JSON exports read "day", not 10.
func (p Precision) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText reads a precision name.
func (p *Precision) UnmarshalText(b []byte) error {
	for i, n := range precisionNames {
		if n == string(b) {
			*p = Precision(i)
			return nil
		}
	}
	return fmt.Errorf("unknown precision %q", b)
}

// Date is a calendar position given by a TIMEX3 value, with the interval of
// days it covers. First and Last are inclusive day numbers counted from
// 1970-01-01 (day 0) in the proleptic Gregorian calendar; they give every
// date, however coarse, a place on the line.
//
// The numbers are as small as what ParseDate gives fits (years of at most
// six digits, ±366 million days), so that the millions of dates a large
// timeline holds while merging take 56 bytes each rather than 96.
type Date struct {
	Value     string    // TIMEX3 value, e.g. "2015-09-30", "2017-12", "199X"
	Mod       string    // TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ...
	Year      int32     // astronomical year of First (1 BC is 0, 264 BC is -263)
	First     int32     // first day covered (after Mod narrowing)
	Last      int32     // last day covered (after Mod narrowing)
	Precision Precision // how exactly Value is known
	Month     int8      // 1-12 when Precision >= Month (or Week/Day), else 0
	Day       int8      // 1-31 when Precision >= Day, else 0
	Hour, Min int8      // when Precision == Time
}

// ErrNotPlaceable is returned by ParseDate for values that are valid TIMEX3
// but name no position on the calendar ("PRESENT_REF", "XXXX-12-07", "P3Y").
var ErrNotPlaceable = errors.New("value has no calendar position")

var seasons = map[string][2]int{ // first month, number of months (northern hemisphere, meteorological)
	"SP": {3, 3}, "SU": {6, 3}, "FA": {9, 3}, "AU": {9, 3}, "WI": {12, 3},
}

// ParseDate interprets a TIMEX3 DATE or TIME value (and its mod) as a
// calendar interval. Values with unknown parts (X), reference words and
// durations give ErrNotPlaceable; malformed values give another error.
func ParseDate(value, mod string) (Date, error) {
	d := Date{Value: value, Mod: mod}
	v := value
	if v == "" {
		return d, errors.New("empty value")
	}
	if strings.HasSuffix(v, "_REF") || v[0] == 'P' || strings.ContainsRune(v, 'X') {
		return d, ErrNotPlaceable
	}
	neg := false
	switch {
	case strings.HasPrefix(v, "BC"):
		neg, v = true, v[2:]
	case strings.HasPrefix(v, "-"):
		neg, v = true, v[1:]
	}
	// Leading digits: 1 (millennium), 2 (century), 3 (decade), 4 (year).
	n := 0
	for n < len(v) && v[n] >= '0' && v[n] <= '9' {
		n++
	}
	if n == 0 || n > 6 {
		return d, fmt.Errorf("malformed value %q", value)
	}
	num, _ := strconv.Atoi(v[:n])
	rest := v[n:]
	yearOf := func(y int) int { // astronomical year
		if neg {
			if strings.HasPrefix(value, "BC") {
				return 1 - y // BC0264 -> -263
			}
			return -y
		}
		return y
	}
	if n < 4 {
		if rest != "" {
			return d, fmt.Errorf("malformed value %q", value)
		}
		span := map[int]int{1: 1000, 2: 100, 3: 10}[n]
		first := num * span
		d.Precision = map[int]Precision{1: PrecisionMillennium, 2: PrecisionCentury, 3: PrecisionDecade}[n]
		y0, y1 := yearOf(first), yearOf(first+span-1)
		if y0 > y1 {
			y0, y1 = y1, y0
		}
		d.Year = int32(y0)
		d.First, d.Last = int32(DaysFromCivil(y0, 1, 1)), int32(DaysFromCivil(y1, 12, 31))
		return d.narrow(), nil
	}
	y := yearOf(num)
	d.Year = int32(y)
	if rest == "" {
		d.Precision = PrecisionYear
		d.First, d.Last = int32(DaysFromCivil(y, 1, 1)), int32(DaysFromCivil(y, 12, 31))
		return d.narrow(), nil
	}
	if rest[0] != '-' || len(rest) < 3 {
		return d, fmt.Errorf("malformed value %q", value)
	}
	part := rest[1:]
	monthSpan := func(m0, count int) {
		y1, m1 := y, m0+count-1
		for m1 > 12 {
			m1 -= 12
			y1++
		}
		d.First = int32(DaysFromCivil(y, m0, 1))
		d.Last = int32(DaysFromCivil(y1, m1, DaysIn(y1, m1)))
	}
	switch {
	case part[0] == 'Q' && len(part) == 2 && part[1] >= '1' && part[1] <= '4':
		q := int(part[1] - '0')
		d.Precision = PrecisionQuarter
		monthSpan(3*q-2, 3)
	case part[0] == 'H' && len(part) == 2 && (part[1] == '1' || part[1] == '2'):
		h := int(part[1] - '0')
		d.Precision = PrecisionHalf
		monthSpan(6*h-5, 6)
	case len(part) == 2 && seasons[part] != [2]int{}:
		s := seasons[part]
		d.Precision = PrecisionSeason
		monthSpan(s[0], s[1])
	case part[0] == 'W' && len(part) == 3:
		w, err := strconv.Atoi(part[1:])
		if err != nil || w < 1 || w > 53 {
			return d, fmt.Errorf("malformed week in %q", value)
		}
		// ISO week: week 1 holds the year's first Thursday.
		jan4 := DaysFromCivil(y, 1, 4)
		monday := jan4 - Weekday(jan4) + 1 + (w-1)*7
		d.Precision = PrecisionWeek
		d.First, d.Last = int32(monday), int32(monday+6)
		_, month, _ := CivilFromDays(monday)
		d.Month = int8(month)
	default:
		if len(part) < 2 {
			return d, fmt.Errorf("malformed value %q", value)
		}
		m, err := strconv.Atoi(part[:2])
		if err != nil || m < 1 || m > 12 {
			return d, fmt.Errorf("malformed month in %q", value)
		}
		d.Month = int8(m)
		part = part[2:]
		if part == "" {
			d.Precision = PrecisionMonth
			monthSpan(m, 1)
			break
		}
		if part[0] != '-' || len(part) < 3 {
			return d, fmt.Errorf("malformed value %q", value)
		}
		day, err := strconv.Atoi(part[1:3])
		if err != nil || day < 1 || day > DaysIn(y, m) {
			return d, fmt.Errorf("malformed day in %q", value)
		}
		d.Day = int8(day)
		d.Precision = PrecisionDay
		d.First = int32(DaysFromCivil(y, m, day))
		d.Last = d.First
		part = part[3:]
		if part == "" {
			break
		}
		if part[0] != 'T' {
			return d, fmt.Errorf("malformed value %q", value)
		}
		d.Precision = PrecisionTime
		t := part[1:]
		if len(t) >= 5 && t[2] == ':' {
			h, e1 := strconv.Atoi(t[:2])
			mi, e2 := strconv.Atoi(t[3:5])
			if e1 != nil || e2 != nil || h > 24 || mi > 59 {
				return d, fmt.Errorf("malformed time in %q", value)
			}
			d.Hour, d.Min = int8(h), int8(mi)
		} else if len(t) == 2 { // MO, AF, EV, NI: parts of the day
			switch t {
			case "MO":
				d.Hour = 6
			case "AF":
				d.Hour = 13
			case "EV":
				d.Hour = 18
			case "NI":
				d.Hour = 21
			case "DT":
				d.Hour = 9
			default:
				return d, fmt.Errorf("malformed time in %q", value)
			}
		} else {
			return d, fmt.Errorf("malformed time in %q", value)
		}
	}
	return d.narrow(), nil
}

// narrow applies START, MID and END to the covered interval: the first,
// middle and last third of it. Other mods leave the interval alone.
func (d Date) narrow() Date {
	n := d.Last - d.First + 1
	if n < 3 {
		return d
	}
	switch d.Mod {
	case "START":
		d.Last = d.First + n/3 - 1
	case "MID":
		d.First, d.Last = d.First+n/3, d.First+2*n/3-1
	case "END":
		d.First = d.Last - n/3 + 1
	}
	return d
}

// Compare orders dates by their first day, then the finer precision first
// would be wrong for reading (a month reads before its days), so coarser
// first, then by last day, then by value for a total order.
func (d Date) Compare(o Date) int {
	switch {
	case d.First != o.First:
		return cmpInt(int(d.First), int(o.First))
	case d.Precision != o.Precision:
		return cmpInt(int(d.Precision), int(o.Precision))
	case d.Last != o.Last:
		return cmpInt(int(d.Last), int(o.Last))
	case d.Minutes() != o.Minutes():
		return cmpInt(d.Minutes(), o.Minutes())
	case d.Value != o.Value:
		return strings.Compare(d.Value, o.Value)
	}
	return strings.Compare(d.Mod, o.Mod)
}

// Minutes is the time of day in minutes: Hour*60 + Min.
func (d Date) Minutes() int { return int(d.Hour)*60 + int(d.Min) }

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// DaysFromCivil returns the number of days from 1970-01-01 to y-m-d in the
// proleptic Gregorian calendar (astronomical years: 0 is 1 BC).
func DaysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// CivilFromDays is the inverse of DaysFromCivil.
func CivilFromDays(z int) (y, m, d int) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// Weekday returns the ISO weekday of a day number: 1 Monday ... 7 Sunday.
func Weekday(days int) int {
	w := (days%7 + 7 + 3) % 7 // 1970-01-01 was a Thursday (3 with Monday as 0)
	return w + 1
}

// DaysIn returns the number of days in month m of year y.
func DaysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
