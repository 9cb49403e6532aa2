package timeline

import (
	"fmt"
	"strconv"
	"strings"
)

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// MonthName returns the English name of month m (1-12).
func MonthName(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return monthNames[m]
}

// YearString writes an astronomical year as a reader would: 2015, 264 BC.
func YearString(y int) string {
	if y <= 0 {
		return strconv.Itoa(1-y) + " BC"
	}
	return strconv.Itoa(y)
}

func ordinal(n int) string {
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return strconv.Itoa(n) + suf
}

// Format writes the date as a reader would, with its precision visible:
// "30 September 2015", "December 2017", "late November 2024", "c. 1850",
// "the 1990s", "the 19th century", "spring 2011".
func (d Date) Format() string { return d.format(true) }

func (d Date) format(withYear bool) string {
	year := ""
	if withYear {
		year = " " + YearString(int(d.Year))
	}
	var s string
	switch d.Precision {
	case PrecisionMillennium, PrecisionCentury, PrecisionDecade:
		return d.formatEra()
	case PrecisionYear:
		s = YearString(int(d.Year))
		if !withYear {
			s = ""
		}
	case PrecisionHalf:
		h := "first"
		if d.Month > 6 || strings.HasSuffix(d.Value, "H2") {
			h = "second"
		}
		s = h + " half of" + year
	case PrecisionQuarter:
		s = "Q" + d.Value[len(d.Value)-1:] + year
	case PrecisionSeason:
		names := map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
		s = names[d.Value[len(d.Value)-2:]] + year
	case PrecisionMonth:
		s = MonthName(int(d.Month)) + year
	case PrecisionWeek:
		y, m, dd := CivilFromDays(int(d.First))
		s = fmt.Sprintf("week of %d %s", dd, MonthName(m))
		if withYear {
			s += " " + YearString(y)
		}
	case PrecisionDay, PrecisionTime:
		s = fmt.Sprintf("%d %s", d.Day, MonthName(int(d.Month))) + year
		if d.Precision == PrecisionTime {
			s += ", " + d.clock()
		}
	default:
		return d.Value
	}
	return modPrefix(d.Mod, d.Precision) + s
}

func (d Date) clock() string {
	if i := strings.IndexByte(d.Value, 'T'); i >= 0 {
		switch d.Value[i+1:] {
		case "MO":
			return "morning"
		case "AF":
			return "afternoon"
		case "EV":
			return "evening"
		case "NI":
			return "night"
		case "DT":
			return "daytime"
		}
	}
	switch {
	case d.Hour == 24 || d.Hour == 0 && d.Min == 0:
		return "midnight" // TIMEX3 writes the midnight ending a day as T24:00
	case d.Hour == 12 && d.Min == 0:
		return "noon"
	}
	return fmt.Sprintf("%02d:%02d", d.Hour, d.Min)
}

func (d Date) formatEra() string {
	var s string
	switch d.Precision {
	case PrecisionDecade:
		if d.Year < 0 {
			s = "the " + strconv.Itoa(-int(d.Year)-9) + "s BC"
		} else {
			s = "the " + strconv.Itoa(int(d.Year)) + "s"
		}
	case PrecisionCentury, PrecisionMillennium:
		span := 100
		unit := "century"
		if d.Precision == PrecisionMillennium {
			span, unit = 1000, "millennium"
		}
		if d.Year < 0 {
			s = "the " + ordinal(-int(d.Year)/span+1) + " " + unit + " BC"
		} else {
			s = "the " + ordinal(int(d.Year)/span+1) + " " + unit
		}
	}
	switch d.Mod {
	case "START":
		return strings.Replace(s, "the ", "the early ", 1)
	case "MID":
		return strings.Replace(s, "the ", "the mid-", 1)
	case "END":
		return strings.Replace(s, "the ", "the late ", 1)
	}
	return modPrefix(d.Mod, d.Precision) + s
}

func modPrefix(mod string, p Precision) string {
	switch mod {
	case "START":
		return "early "
	case "MID":
		if p == PrecisionYear || p == PrecisionDecade {
			return "mid-"
		}
		return "mid-"
	case "END":
		return "late "
	case "APPROX":
		return "c. "
	case "BEFORE":
		return "before "
	case "AFTER":
		return "after "
	case "ON_OR_BEFORE":
		return "by "
	case "ON_OR_AFTER":
		return "from "
	}
	return ""
}

// FormatRange writes a range the way a reader would, leaving out what the
// two ends share: "1–5 September 2015", "late November – 7 December 2024",
// "1914–1918".
func FormatRange(a, b Date) string {
	const dash = "\u2013"
	sameYear := a.Year == b.Year && a.Precision >= PrecisionYear && b.Precision >= PrecisionYear && a.Precision != PrecisionWeek
	if sameYear && a.Precision == PrecisionDay && b.Precision == PrecisionDay && a.Month == b.Month && a.Mod == "" && b.Mod == "" {
		return fmt.Sprintf("%d%s%s", a.Day, dash, b.Format())
	}
	if sameYear && a.Precision > PrecisionYear && b.Precision > PrecisionYear {
		left := a.format(false)
		sep := dash
		if strings.Contains(left, " ") || strings.Contains(b.Format(), " ") {
			sep = " " + dash + " "
		}
		return left + sep + b.Format()
	}
	left, right := a.Format(), b.Format()
	if a.Precision == PrecisionYear && b.Precision == PrecisionYear && a.Mod == "" && b.Mod == "" && a.Year > 0 {
		return left + dash + right
	}
	return left + " " + dash + " " + right
}

// Datetime returns the value for an HTML <time datetime> attribute: the
// ISO form of the date at its own precision ("2015-09-30", "2017-12",
// "2015", "1998-W32"); coarser periods give their first year.
func (d Date) Datetime() string {
	y := int(d.Year)
	ys := fmt.Sprintf("%04d", y)
	if y < 0 {
		ys = fmt.Sprintf("-%04d", -y)
	}
	switch d.Precision {
	case PrecisionDay:
		return fmt.Sprintf("%s-%02d-%02d", ys, d.Month, d.Day)
	case PrecisionTime:
		if d.Hour == 24 { // HTML has no 24:00: the midnight ending a day starts the next
			ny, nm, nd := CivilFromDays(int(d.First) + 1)
			return Date{Year: int32(ny), Month: int8(nm), Day: int8(nd), Precision: PrecisionTime}.Datetime()
		}
		return fmt.Sprintf("%s-%02d-%02dT%02d:%02d", ys, d.Month, d.Day, d.Hour, d.Min)
	case PrecisionMonth:
		return fmt.Sprintf("%s-%02d", ys, d.Month)
	case PrecisionWeek:
		return d.Value
	}
	return ys
}
