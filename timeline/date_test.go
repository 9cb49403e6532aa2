package timeline

import (
	"errors"
	"testing"
)

// FuzzParseDate checks that ParseDate never panics and that what it
// accepts is consistent: a non-empty interval, First <= Last, and the
// narrowing mods keep it inside the unmodified interval.
func FuzzParseDate(f *testing.F) {
	for _, v := range []string{"2015-09-30", "2017-12", "2024-11", "1998-W32", "199X", "19", "P49Y", "PRESENT_REF",
		"XXXX-12-07", "BC0264", "BC04", "2019-Q3", "2011-SP", "1989-H2", "2025-01-28T15:00", "2025-01-27TMO", "199", "-0044",
		"2015-02-29", "2015-13-01", "9999999", "BC", "1998-W", "2000-WI", "2000-01-01T"} {
		for _, m := range []string{"", "START", "MID", "END", "APPROX"} {
			f.Add(v, m)
		}
	}
	f.Fuzz(func(t *testing.T, value, mod string) {
		d, err := ParseDate(value, mod)
		if err != nil {
			if errors.Is(err, ErrNotPlaceable) && d.First != 0 {
				t.Fatalf("%q: not placeable but has a position", value)
			}
			return
		}
		if d.First > d.Last {
			t.Fatalf("ParseDate(%q, %q): First %d > Last %d", value, mod, d.First, d.Last)
		}
		whole, err := ParseDate(value, "")
		if err != nil {
			t.Fatalf("ParseDate(%q, %q) ok but without mod: %v", value, mod, err)
		}
		if d.First < whole.First || d.Last > whole.Last {
			t.Fatalf("ParseDate(%q, %q) = [%d,%d] outside [%d,%d]", value, mod, d.First, d.Last, whole.First, whole.Last)
		}
	})
}
