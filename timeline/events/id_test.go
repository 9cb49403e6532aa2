package events

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

// idV1 is how ids were first computed; ID must give the same ids forever,
// since author corrections name events by them.
func idV1(path string, d timeline.Date, end *timeline.Date, text string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00", path, d.Value, d.Mod)
	if end != nil {
		fmt.Fprintf(h, "%s\x00%s", end.Value, end.Mod)
	}
	h.Write([]byte{0})
	h.Write([]byte(text))
	return "e" + hex.EncodeToString(h.Sum(nil)[:5])
}

func TestIDStable(t *testing.T) {
	d, _ := timeline.ParseDate("2024-12-08", "")
	m, _ := timeline.ParseDate("1970-04", "START")
	end, _ := timeline.ParseDate("2025-01", "")
	long := strings.Repeat("Damascus – Дамаск, 8 December. ", 40)
	for _, c := range []struct {
		path string
		d    timeline.Date
		end  *timeline.Date
		text string
	}{
		{"a.md", d, nil, "HTS took Damascus on 8 December."},
		{"syria/russia.md", m, &end, "In early April 1970 the crew returned."},
		{"x.md", d, &end, ""},
		{"", timeline.Date{}, nil, long},
		{strings.Repeat("deep/", 60) + "x.md", d, nil, long},
	} {
		if got, want := ID(c.path, c.d, c.end, c.text), idV1(c.path, c.d, c.end, c.text); got != want {
			t.Errorf("ID(%q, %s, ...) = %s, want %s as always", c.path, c.d.Value, got, want)
		}
	}

}
