package tagger

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline/tempeval"
)

// tbaqText joins the texts of the TempEval-3 data, or skips when absent.
func tbaqText(b *testing.B) []byte {
	f, err := os.Open(filepath.Join(dataDir(), "tbaq.gold.jsonl"))
	if err != nil {
		b.Skipf("evaluation data not available: %v", err)
	}
	defer f.Close()
	docs, err := tempeval.ReadGold(f)
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for _, d := range docs {
		sb.WriteString(d.Text)
		sb.WriteString("\n\n")
	}
	return []byte(sb.String())
}

// BenchmarkTag tags the whole TempEval-3 text (about 0.5 MB) as one input.
func BenchmarkTag(b *testing.B) {
	text := tbaqText(b)
	tg := New(Options{DCT: "1998-03-04"})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(text)
	}
}

// synthetic returns n bytes of news-like prose, deterministic, dense in
// time expressions and near misses (numbers, capitalised words).
func synthetic(n int) []byte {
	r := rand.New(rand.NewSource(1))
	parts := []string{
		"The minister said on Monday that", "talks resumed on 30 September 2015", "and will continue until late November.",
		"Revenue rose 12% to $4.5 billion in the third quarter,", "compared with $3.1 billion a year earlier.",
		"Troops will stay for 49 years", "under the 1998 agreement", "signed between 1939 and 1945 by Deputy Minister Smith.",
		"Shares fell 2.5 points yesterday", "after the company reported 1,200 job cuts", "at 3 p.m. on Friday.",
		"See https://example.org/licenses/by/4.0/ for details.", "In the 19th century the city grew", "every year by 5 percent.",
		"Two days later the army left", "and the following spring it returned.", "Prices are currently high",
		"and recently fell from the levels of the mid-1990s.", "It was, however, a long and difficult journey for all involved.",
	}
	var sb strings.Builder
	for sb.Len() < n {
		sb.WriteString(parts[r.Intn(len(parts))])
		if r.Intn(8) == 0 {
			sb.WriteString("\n\n")
		} else {
			sb.WriteByte(' ')
		}
	}
	return []byte(sb.String()[:n])
}

// BenchmarkTagSynthetic needs no data: 1 MB of generated prose.
func BenchmarkTagSynthetic(b *testing.B) {
	text := synthetic(1 << 20)
	tg := New(Options{DCT: "2025-01-28"})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(text)
	}
}

// BenchmarkTagSynthetic10MB checks linearity: its MB/s should match
// BenchmarkTagSynthetic's (compare the two; no timing is asserted).
func BenchmarkTagSynthetic10MB(b *testing.B) {
	text := synthetic(10 << 20)
	tg := New(Options{DCT: "2025-01-28"})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(text)
	}
}

// TestLinear checks that the work grows linearly with the input by
// counting, not timing: ten copies of a text give ten times the
// expressions, and a pathological input (endless digits, hyphens,
// apostrophes) is tagged without blowing up.
func TestLinear(t *testing.T) {
	tg := New(Options{DCT: "2025-01-28"})
	one := synthetic(1 << 16)
	one = append(one, "\n\n"...)
	n1 := len(tg.Tag(one).Timexes)
	ten := []byte(strings.Repeat(string(one), 10))
	if n10 := len(tg.Tag(ten).Timexes); n10 != 10*n1 {
		t.Errorf("10 copies gave %d expressions, want %d", n10, 10*n1)
	}
	for _, p := range []string{strings.Repeat("9", 1<<20), strings.Repeat("1-", 1<<19), strings.Repeat("' ", 1<<19), strings.Repeat("the ", 1<<18), strings.Repeat("late early mid-", 1<<16)} {
		res := tg.Tag([]byte(p))
		checkInvariants(t, []byte(p), res)
	}
}
