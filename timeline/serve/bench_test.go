package serve

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

// genSite writes n sources, each a few paragraphs with dates, below
// dir/content.
func genSite(b *testing.B, dir string, n int) {
	b.Helper()
	for i := 0; i < n; i++ {
		writeFile(b, filepath.Join(dir, "content", fmt.Sprintf("s%02d", i%20), fmt.Sprintf("source-%04d.md", i)), genSource(i, 0))
	}
}

func genSource(i, rev int) string {
	y := 1900 + i%120
	return fmt.Sprintf(`---
title: Source %d
date: %d-06-01
tags: [generated]
---

# Background

The committee first met on %d March %d, revision %d. It reported in April %d and again two weeks later.

The second phase ran from 1 May %d to 30 September %d, when the work stopped for the winter.

- On 3 October %d the board approved the plan.
- In the 1990s the site was mostly empty.
`, i, y, 1+i%28, y, rev, y, y, y, y)
}

// BenchmarkEditToReload measures, on a generated 1,000-source site, the time
// from writing one source to the moment an open page receives the reload
// message over the event stream (debounce, incremental load, render, push).
func BenchmarkEditToReload(b *testing.B) {
	const sources = 1000
	dir := b.TempDir()
	genSite(b, dir, sources)
	r := start(b, dir, Options{})
	s := openStream(b, r.url)
	build := s.until(b, "first build", func(m stateMsg) bool { return m.Build != "" }).Build
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := (i * 37) % sources
		p := filepath.Join(dir, "content", fmt.Sprintf("s%02d", k%20), fmt.Sprintf("source-%04d.md", k))
		t0 := time.Now()
		if err := os.WriteFile(p, []byte(genSource(k, i+1)), 0o644); err != nil {
			b.Fatal(err)
		}
		m := s.until(b, "reload", func(m stateMsg) bool { return m.Build != build || len(m.Problems) > 0 })
		lat = append(lat, time.Since(t0))
		if len(m.Problems) > 0 {
			b.Fatalf("problems: %+v", m.Problems)
		}
		build = m.Build
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(q float64) float64 {
		return float64(lat[int(q*float64(len(lat)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.5), "median-ms")
	b.ReportMetric(pct(0.95), "p95-ms")
	b.ReportMetric(0, "ns/op") // the wall time per op is the latency above
}
