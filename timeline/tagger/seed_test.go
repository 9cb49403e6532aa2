package tagger

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

// TestSeedArticle checks the sample article the pipeline is built around
// (read from EVAL_DATA's sibling seed directory; skipped when absent).
func TestSeedArticle(t *testing.T) {
	path := filepath.Join(dataDir(), "..", "seed", "article.txt")
	text, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	res := New(Options{DCT: "2025-01-28"}).Tag(text)
	want := []struct {
		text, typ, value, mod string
	}{
		{"one week", "DURATION", "P1W", ""},
		{"late November", "DATE", "2024-11", "END"},
		{"December 7", "DATE", "2024-12-07", ""},
		{"49 years", "DURATION", "P49Y", ""},
		{"January 21", "DATE", "2025-01-21", ""},
		{"30 September 2015", "DATE", "2015-09-30", ""},
		{"December 2017", "DATE", "2017-12", ""},
	}
	if len(res.Timexes) != len(want) {
		for _, x := range res.Timexes {
			t.Logf("got %q %s %s %s", x.Text, x.Type, x.Value, x.Mod)
		}
		t.Fatalf("got %d timexes, want %d", len(res.Timexes), len(want))
	}
	for i, w := range want {
		x := res.Timexes[i]
		if x.Text != w.text || string(x.Type) != w.typ || x.Value != w.value || x.Mod != w.mod {
			t.Errorf("timex %d = %q %s %s %s, want %q %s %s %s", i, x.Text, x.Type, x.Value, x.Mod, w.text, w.typ, w.value, w.mod)
		}
	}
	if len(res.Ranges) != 1 || res.Ranges[0].From != 1 || res.Ranges[0].To != 2 {
		t.Errorf("ranges = %+v, want late November -> December 7", res.Ranges)
	}
	_ = timeline.TypeDate
}

// dataDir is where the evaluation data lives: $EVAL_DATA or ../../../shared/eval.
func dataDir() string {
	if d := os.Getenv("EVAL_DATA"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "eval")
}
