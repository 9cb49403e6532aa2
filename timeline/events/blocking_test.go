package events_test

import (
	"flag"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/internal/benchgen"
	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/build"
	"github.com/timeline-tool/timeline/timeline/events"
)

var mergeSources = flag.Int("mergesources", 2000, "sources of the generated corpus of BenchmarkMergeWarm")

// benchgenEvents extracts the events of a generated corpus of n sources,
// unmerged, in path order.
func benchgenEvents(t testing.TB, n int) []timeline.Event {
	t.Helper()
	cfg := timeline.DefaultConfig()
	var evs []timeline.Event
	for i := range n {
		_, e, _ := build.Process(benchgen.Name(i), benchgen.Source(1, i, n), cfg, time.UTC)
		evs = append(evs, e...)
	}
	return evs
}

// TestMergeBlockedEqualsExhaustive: finding candidates through the index
// of rare terms gives the same timeline as scoring every pair of a bucket,
// on a generated corpus whose buckets hold hundreds of events.
func TestMergeBlockedEqualsExhaustive(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 300
	}
	evs := benchgenEvents(t, n)
	for _, th := range []float64{0.25, 0.15, 0.4} {
		opts := events.MergeOptionsFrom(timeline.DefaultConfig().Merge)
		opts.Threshold = th
		blocked := events.NewMerger(opts).Merge(evs)
		exhaustive := events.NewExhaustiveMerger(opts).Merge(evs)
		if th == 0.25 && len(blocked) == len(evs) {
			t.Fatalf("threshold %.2f: nothing merged in %d events; the test compares nothing", th, len(evs))
		}
		if !reflect.DeepEqual(blocked, exhaustive) {
			t.Errorf("threshold %.2f: blocked merge gives %d events, exhaustive %d", th, len(blocked), len(exhaustive))
			for i := range min(len(blocked), len(exhaustive)) {
				if !reflect.DeepEqual(blocked[i], exhaustive[i]) {
					t.Fatalf("first difference at %d:\n%+v\n%+v", i, blocked[i], exhaustive[i])
				}
			}
		}
		t.Logf("threshold %.2f: %d events -> %d", th, len(evs), len(blocked))
	}
}

// BenchmarkMergeWarm merges the events of a generated corpus again with a
// warm Merger (the rebuild path): go test -bench MergeWarm -mergesources 10000
func BenchmarkMergeWarm(b *testing.B) {
	evs := benchgenEvents(b, *mergeSources)
	m := events.NewMerger(events.MergeOptionsFrom(timeline.DefaultConfig().Merge))
	m.Merge(evs)
	b.ReportAllocs()
	for b.Loop() {
		m.Merge(evs)
	}
	b.ReportMetric(float64(len(evs)), "events")
}

// TestSortIsStableSort: Sort gives the order of a stable sort by
// Event.Compare.
func TestSortIsStableSort(t *testing.T) {
	evs := benchgenEvents(t, 200)
	evs = append(evs, evs[:50]...) // equal events keep their order
	for i := range 40 {            // ties on the dates' numbers, not on their strings
		e := evs[i*7]
		e.Date.Mod = []string{"", "APPROX", "START"}[i%3]
		e.Date.Value += []string{"", "X"}[i%2]
		if i%4 == 0 {
			e.End = nil
		} else if e.End == nil {
			d := e.Date
			e.End = &d
		}
		e.ID = []string{e.ID, "e", "e0", "e00000000000", "f"}[i%5]
		evs = append(evs, e)
	}
	want := slices.Clone(evs)
	slices.SortStableFunc(want, func(a, b timeline.Event) int { return a.Compare(&b) })
	got := slices.Clone(evs)
	events.Sort(got)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Sort differs from a stable sort by Compare")
	}
}

// BenchmarkSort orders the merged events of a generated corpus (the last
// step of every load): go test -bench Sort -mergesources 10000
func BenchmarkSort(b *testing.B) {
	evs := events.Merge(benchgenEvents(b, *mergeSources), events.MergeOptionsFrom(timeline.DefaultConfig().Merge))
	buf := make([]timeline.Event, len(evs))
	b.ReportAllocs()
	for b.Loop() {
		copy(buf, evs)
		events.Sort(buf)
	}
}
