package site

import (
	"encoding/xml"
	"fmt"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

// TestExportAppenders checks the byte appenders of the exports against
// the plain library calls they replace.
func TestExportAppenders(t *testing.T) {
	replacer := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	for _, s := range []string{"", "plain", "a,b;c\\d\ne", "x\r\ny\rz\n\r", "\r", "\r\r\n", "é,ü;\\"} {
		if got, want := icsEscape(s), replacer.Replace(s); got != want {
			t.Errorf("icsEscape(%q) = %q, want %q", s, got, want)
		}
		// A piece ending in CR before one of our newlines joins it, as
		// escaping the whole string does.
		got := string(appendICSEscaped(nil, s)) + `\n\nDate: `[crlf(s):]
		if want := replacer.Replace(s + "\n\nDate: "); got != want {
			t.Errorf("%q then newline: %q, want %q", s, got, want)
		}
	}
	for _, days := range []int{0, 1, -719162, 2932896, 20000, -1, 12345} {
		y, m, d := timeline.CivilFromDays(days)
		if y < 0 || y > 9999 {
			continue
		}
		if got, want := isoDay(days), fmt.Sprintf("%04d-%02d-%02d", y, m, d); got != want {
			t.Errorf("isoDay(%d) = %q, want %q", days, got, want)
		}
		if got, want := icsDay(days), fmt.Sprintf("%04d%02d%02d", y, m, d); got != want {
			t.Errorf("icsDay(%d) = %q, want %q", days, got, want)
		}
	}
}

// TestAtomFeedBytes holds the direct feed writer to encoding/xml's output,
// on values that need every kind of escaping and on empty ones.
func TestAtomFeedBytes(t *testing.T) {
	odd := "a \"q\" 'b' & <c> \t\r\n\x00 \xff \uFFFD é \U0001F600 \uFFFE\x7f"
	feeds := []atomFeed{
		{},
		{Title: odd, ID: "urn:x", Updated: "2025-01-01T00:00:00Z", Author: atomAuthor{Name: odd},
			Links: []atomLink{{Href: odd, Rel: "self", Type: odd}, {Href: ""}},
			Entries: []atomEntry{
				{Title: odd, ID: odd, Updated: odd, Links: []atomLink{{Href: "h", Rel: odd}}, Summary: atomText{Type: "text", Body: odd},
					Cats: []atomCat{{Term: odd}, {Term: ""}}},
				{},
			}},
	}
	for i, f := range feeds {
		want, err := xml.MarshalIndent(f, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if got := string(appendAtomFeed(nil, &f)); got != xml.Header+string(want)+"\n" {
			t.Errorf("feed %d:\n got %q\nwant %q", i, got, xml.Header+string(want)+"\n")
		}
	}
}

// Spliced returns how many builds c prepared from the changes alone (for
// the tests of package site_test).
func Spliced(c *Cache) int { return c.spliced }
