package timeline

import "testing"

func TestFormat(t *testing.T) {
	tests := []struct {
		value, mod, want, datetime string
		prec                       Precision
	}{
		// Day, month and year precision.
		{"2015-09-30", "", "30 September 2015", "2015-09-30", PrecisionDay},
		{"2017-12", "", "December 2017", "2017-12", PrecisionMonth},
		{"2017", "", "2017", "2017", PrecisionYear},
		// Fuzzy parts.
		{"2024-11", "END", "late November 2024", "2024-11", PrecisionMonth},
		{"2015", "START", "early 2015", "2015", PrecisionYear},
		{"1850", "APPROX", "c. 1850", "1850", PrecisionYear},
		{"199", "", "the 1990s", "1990", PrecisionDecade},
		{"199", "MID", "the mid-1990s", "1990", PrecisionDecade},
		{"18", "", "the 19th century", "1800", PrecisionCentury},
		{"14", "END", "the late 15th century", "1400", PrecisionCentury},
		{"2011-SP", "", "spring 2011", "2011", PrecisionSeason},
		{"2019-Q3", "", "Q3 2019", "2019", PrecisionQuarter},
		{"1998-W32", "", "week of 3 August 1998", "1998-W32", PrecisionWeek},
		{"2015-09-30T15:00", "", "30 September 2015, 15:00", "2015-09-30T15:00", PrecisionTime},
		{"2015-09-30TMO", "", "30 September 2015, morning", "2015-09-30T06:00", PrecisionTime},
		{"2024-03-12T24:00", "", "12 March 2024, midnight", "2024-03-13T00:00", PrecisionTime},
		{"2024-12-31T24:00", "", "31 December 2024, midnight", "2025-01-01T00:00", PrecisionTime},
		{"2024-03-12T12:00", "", "12 March 2024, noon", "2024-03-12T12:00", PrecisionTime},
		// BC years.
		{"BC0264", "", "264 BC", "-0263", PrecisionYear},
		{"-0263", "", "264 BC", "-0263", PrecisionYear},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.value, tt.mod)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.value, err)
			continue
		}
		if got := d.Format(); got != tt.want {
			t.Errorf("Format(%q %s) = %q, want %q", tt.value, tt.mod, got, tt.want)
		}
		if got := d.Datetime(); got != tt.datetime {
			t.Errorf("Datetime(%q) = %q, want %q", tt.value, got, tt.datetime)
		}
		if d.Precision != tt.prec {
			t.Errorf("Precision(%q) = %v, want %v", tt.value, d.Precision, tt.prec)
		}
	}
}

func TestFormatRange(t *testing.T) {
	tests := []struct{ a, amod, b, want string }{
		{"2024-11", "END", "2024-12-07", "late November \u2013 7 December 2024"},
		{"2015-09-01", "", "2015-09-05", "1\u20135 September 2015"},
		{"1914", "", "1918", "1914\u20131918"},
		{"1972-12-07", "", "1972-12-19", "7\u201319 December 1972"},
		{"1702", "", "1735", "1702\u20131735"},
		{"2019-12-30", "", "2020-01-02", "30 December 2019 \u2013 2 January 2020"},
	}
	for _, tt := range tests {
		a, err1 := ParseDate(tt.a, tt.amod)
		b, err2 := ParseDate(tt.b, "")
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if got := FormatRange(a, b); got != tt.want {
			t.Errorf("FormatRange(%s, %s) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestParseDateIntervals(t *testing.T) {
	tests := []struct {
		value, mod  string
		first, last string
	}{
		{"2015-09-30", "", "2015-09-30", "2015-09-30"},
		{"2024-02", "", "2024-02-01", "2024-02-29"},
		{"2024-11", "END", "2024-11-21", "2024-11-30"},
		{"199", "", "1990-01-01", "1999-12-31"},
		{"2019-Q4", "", "2019-10-01", "2019-12-31"},
		{"2011-WI", "", "2011-12-01", "2012-02-29"},
		{"2020-W01", "", "2019-12-30", "2020-01-05"},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.value, tt.mod)
		if err != nil {
			t.Fatalf("ParseDate(%q): %v", tt.value, err)
		}
		f, l := civil(int(d.First)), civil(int(d.Last))
		if f != tt.first || l != tt.last {
			t.Errorf("ParseDate(%q %s) covers %s..%s, want %s..%s", tt.value, tt.mod, f, l, tt.first, tt.last)
		}
	}
	for _, bad := range []string{"", "2015-13", "2015-02-30", "abc", "2015-W60", "2015-09-30T25:00", "1234567"} {
		if _, err := ParseDate(bad, ""); err == nil {
			t.Errorf("ParseDate(%q) accepted", bad)
		}
	}
	for _, np := range []string{"PRESENT_REF", "XXXX-12-07", "P3Y", "2015-XX"} {
		if _, err := ParseDate(np, ""); err != ErrNotPlaceable {
			t.Errorf("ParseDate(%q) = %v, want ErrNotPlaceable", np, err)
		}
	}
}

func civil(days int) string {
	y, m, d := CivilFromDays(days)
	return Date{Year: int32(y), Month: int8(m), Day: int8(d), Precision: PrecisionDay}.Datetime()
}

func TestCivilRoundTrip(t *testing.T) {
	for days := -800000; days < 800000; days += 997 {
		y, m, d := CivilFromDays(days)
		if got := DaysFromCivil(y, m, d); got != days {
			t.Fatalf("round trip %d -> %d-%d-%d -> %d", days, y, m, d, got)
		}
	}
	if w := Weekday(DaysFromCivil(2025, 1, 28)); w != 2 {
		t.Errorf("2025-01-28 weekday = %d, want 2 (Tuesday)", w)
	}
}

func TestDiagnosticString(t *testing.T) {
	d := Diagnostic{Severity: Error, Path: "content/a.md", Line: 3, Col: 7, Message: "bad"}
	if d.String() != "content/a.md:3:7: error: bad" {
		t.Error(d.String())
	}
	d = Diagnostic{Severity: Warning, Path: "a.md", Message: "w"}
	if d.String() != "a.md: warning: w" {
		t.Error(d.String())
	}
	if l, c := LineCol([]byte("ab\ncd"), 4); l != 2 || c != 2 {
		t.Errorf("LineCol = %d:%d", l, c)
	}
}
