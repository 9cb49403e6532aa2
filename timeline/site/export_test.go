package site

import (
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
