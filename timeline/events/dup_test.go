package events

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

// TestMergeDuplicatesEqualsExhaustive: buckets full of identical and
// nearly identical sentences (a wire story syndicated by many sources,
// some of which repeat it) merge as scoring every pair does, never join
// two events of one source, and a Timeline gives the same events.
func TestMergeDuplicatesEqualsExhaustive(t *testing.T) {
	stories := []string{
		"The council in Geneva approved the budget, said Kalo Mira.",
		"The council in Geneva approved the new budget, said Kalo Mira.",
		"The council in Geneva rejected the budget, said Kalo Mira.",
		"The Port Authority in Lima opened the northern bridge.",
		"The port authority in Lima opened the bridge, according to Zan Pe.",
		"Rebels captured Damascus.",
		"Rebels took Damascus, HTS said.",
		"Kalo Mira met Zan Pe.",
	}
	dates := []string{"2024-12-08", "2024-12-08T06:00", "1914", "1990-05"}
	var evs []timeline.Event
	for s := range 60 {
		path := fmt.Sprintf("s%02d.md", s)
		line := 1
		for k := range 3 + s%4 {
			story := stories[(s*7+k*3)%len(stories)]
			date := dates[(s+k)%len(dates)]
			if s%5 == 0 && k == 0 {
				date = dates[0] // many reports on one day
			}
			for range 1 + (s+k)%3/2 { // some sources repeat a sentence
				evs = append(evs, mkEvent(t, path, line, date, story))
				line++
			}
			if s%3 == 0 { // and the top story, on its day
				evs = append(evs, mkEvent(t, path, line, dates[0], stories[0]))
				line++
			}
		}
	}
	srcs := map[string]int{}
	for _, e := range evs {
		srcs[e.Sources[0].Path]++
	}
	for _, th := range []float64{0.25, 0.15, 0.4, 0.9, 0.999} {
		opts := MergeOptionsFrom(timeline.DefaultConfig().Merge)
		opts.Threshold = th
		blocked := NewMerger(opts).Merge(evs)
		exhaustive := NewExhaustiveMerger(opts).Merge(evs)
		if !reflect.DeepEqual(blocked, exhaustive) {
			t.Fatalf("threshold %.3f: blocked merge gives %d events, exhaustive %d", th, len(blocked), len(exhaustive))
		}
		biggest := 0
		for _, e := range blocked {
			seen := map[string]bool{}
			for _, s := range e.Sources {
				if seen[s.Path] {
					t.Fatalf("threshold %.3f: %s joined twice in %q", th, s.Path, e.Text)
				}
				seen[s.Path] = true
			}
			biggest = max(biggest, len(e.Sources))
		}
		if th <= 0.4 && biggest < 10 {
			t.Errorf("threshold %.3f: largest group has %d sources; the test joins too little", th, biggest)
		}
		var ses []SourceEvents
		for i := 0; i < len(evs); {
			j := i
			for j < len(evs) && evs[j].Sources[0].Path == evs[i].Sources[0].Path {
				j++
			}
			ses = append(ses, SourceEvents{Path: evs[i].Sources[0].Path, Events: evs[i:j:j]})
			i = j
		}
		sorted := append([]timeline.Event(nil), exhaustive...)
		Sort(sorted)
		if got := NewTimeline(opts).Update(ses); !reflect.DeepEqual(got, sorted) {
			t.Errorf("threshold %.3f: Timeline gives %d events, Merge and Sort %d", th, len(got), len(sorted))
		}
		t.Logf("threshold %.3f: %d events of %d sources -> %d, largest %d sources", th, len(evs), len(srcs), len(blocked), biggest)
	}
}
