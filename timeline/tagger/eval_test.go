package tagger

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline/tempeval"
)

// TestTempEval scores the tagger on the TempEval-3 training data (skipped
// when the data is absent) and fails when the overall scores fall below
// the floors the tagger has reached, so regressions show up in go test.
// TAGGER_ERRORS=path writes the error list there.
func TestTempEval(t *testing.T) {
	f, err := os.Open(filepath.Join(dataDir(), "tbaq.gold.jsonl"))
	if err != nil {
		t.Skipf("evaluation data not available: %v", err)
	}
	defer f.Close()
	docs, err := tempeval.ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	rep, errs := tagAndScore(t, docs, false)
	var b strings.Builder
	rep.WriteTable(&b)
	t.Log("\n" + b.String())
	if p := os.Getenv("TAGGER_ERRORS"); p != "" {
		if err := os.WriteFile(p, []byte(errs+b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	all := rep.Counts[tempeval.Overall]
	floors := []struct {
		name  string
		got   float64
		floor float64
	}{
		{"strict F1", all.StrictPRF().F1, 0.890},
		{"relaxed F1", all.RelaxedPRF().F1, 0.947},
		{"value F1", all.ValuePRF().F1, 0.824},
		{"type F1", all.TypePRF().F1, 0.915},
	}
	for _, fl := range floors {
		if fl.got < fl.floor {
			t.Errorf("%s = %.3f, below %.3f", fl.name, fl.got, fl.floor)
		}
	}
}
