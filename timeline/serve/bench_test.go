package serve

import (
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/internal/benchgen"
	"github.com/timeline-tool/timeline/timeline/content"
)

// benchSources sizes the generated site of BenchmarkEditToReload:
// go test -run '^$' -bench EditToReload -benchsources 10000 ./timeline/serve
var benchSources = flag.Int("benchsources", 1000, "number of generated sources in BenchmarkEditToReload")

// BenchmarkEditToReload measures, on a generated site (1,000 sources by
// default, see -benchsources), the time
// from writing one source to the moment an open page receives the reload
// message over the event stream: debounce, incremental load (one source
// re-read, the rest from the cache), merging and ordering the events,
// rendering the open page, pushing the message. The page open is the
// edited source's page, or the index (the largest page).
func BenchmarkEditToReload(b *testing.B) {
	sources := *benchSources
	dir := b.TempDir()
	if _, err := benchgen.Write(filepath.Join(dir, "content"), 1, sources); err != nil {
		b.Fatal(err)
	}
	r := start(b, dir, Options{})
	// edit rewrites a source with a sentence no edit wrote before (the
	// i-th edit of the run: a repeated text would be a save without a
	// change) while page is open and returns the time until that page is
	// told to reload.
	edits := 0
	edit := func(b *testing.B, page string) time.Duration {
		i := edits
		edits++
		k := (i * 37) % sources
		name := benchgen.Name(k)
		if page == "source" {
			page = "/sources/" + content.Slug(name) + ".html"
		}
		s := openStream(b, r.url+"?page="+url.QueryEscape(page))
		defer s.body.Close()
		build := s.until(b, "current state", func(stateMsg) bool { return true }).Build
		src := string(benchgen.Source(1, k, sources))
		src = strings.TrimRight(src, "\n") + fmt.Sprintf("\n\nThe archive was reopened on %d May 2003 (edit %d).\n", 1+i%28, i)
		t0 := time.Now()
		if err := os.WriteFile(filepath.Join(dir, "content", name), []byte(src), 0o644); err != nil {
			b.Fatal(err)
		}
		m := s.until(b, "reload", func(m stateMsg) bool { return m.Build != build || len(m.Problems) > 0 })
		if len(m.Problems) > 0 {
			b.Fatalf("problems: %+v", m.Problems)
		}
		return time.Since(t0)
	}
	// Ten edits first, not measured: the first rebuilds after the cold
	// build pay for collecting its garbage (whichever page was measured
	// first had twice the median), which is not the steady state.
	for range 10 {
		edit(b, "/index.html")
	}
	for _, open := range []string{"source", "index"} {
		b.Run("page="+open, func(b *testing.B) {
			page := "/index.html"
			if open == "source" {
				page = "source"
			}
			lat := make([]time.Duration, 0, b.N)
			for i := 0; i < b.N; i++ {
				lat = append(lat, edit(b, page))
			}
			b.StopTimer()
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			pct := func(q float64) float64 {
				return float64(lat[int(q*float64(len(lat)-1)+0.5)].Microseconds()) / 1000
			}
			b.ReportMetric(pct(0.5), "median-ms")
			b.ReportMetric(pct(0.95), "p95-ms")
			b.ReportMetric(0, "ns/op") // the time per op is the latency above
		})
	}
}
