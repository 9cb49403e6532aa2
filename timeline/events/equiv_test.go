package events_test

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/internal/benchgen"
	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/content"
	"github.com/timeline-tool/timeline/timeline/events"
	"github.com/timeline-tool/timeline/timeline/tagger"
)

// mutations turn a sentence into the odd inputs the fast paths must treat
// as the reference does: non-ASCII case changes whose lower case is
// longer or shorter, invalid UTF-8, Unicode spaces, asides, stray marks.
var mutations = []func(r *rand.Rand, s string) string{
	func(r *rand.Rand, s string) string { return insertAt(r, s, " (aside, with [note]) ") },
	func(r *rand.Rand, s string) string { return insertAt(r, s, "İ") },
	func(r *rand.Rand, s string) string { return insertAt(r, s, "\u212a") }, // Kelvin sign: lower case is ASCII
	func(r *rand.Rand, s string) string { return insertAt(r, s, "\xff") },
	func(r *rand.Rand, s string) string { return insertAt(r, s, "\u00a0\t ") },
	func(r *rand.Rand, s string) string { return insertAt(r, s, " , ") },
	func(r *rand.Rand, s string) string { return insertAt(r, s, " . *") },
	func(r *rand.Rand, s string) string { return insertAt(r, s, ", WHICH ") },
	func(r *rand.Rand, s string) string { return insertAt(r, s, " — ") },
	func(r *rand.Rand, s string) string { return insertAt(r, s, ": ") },
	func(r *rand.Rand, s string) string { return insertAt(r, s, ", Reuters SAID") },
	func(r *rand.Rand, s string) string { return insertAt(r, s, "Élysée Palace's Al-Assad-led") },
	func(r *rand.Rand, s string) string { return strings.ToUpper(s) },
	func(r *rand.Rand, s string) string { return strings.ToLower(s) },
	func(r *rand.Rand, s string) string { return "  " + s + " \n" },
	func(r *rand.Rand, s string) string { return strings.Repeat(s+" ", 3) },
	func(r *rand.Rand, s string) string { return s[:r.IntN(len(s)+1)] },
}

func insertAt(r *rand.Rand, s, ins string) string {
	i := r.IntN(len(s) + 1)
	return s[:i] + ins + s[i:]
}

// TestHeadlineMatchesReference: HeadlineFor and Terms give what the
// reference implementations give, on the sentences of a generated corpus
// and on mutations of them.
func TestHeadlineMatchesReference(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 100
	}
	evs := benchgenEvents(t, n)
	r := rand.New(rand.NewPCG(1, 2))
	check := func(s string, p timeline.Span, section string) {
		t.Helper()
		if got, want := events.HeadlineFor(s, p, section), events.RefHeadlineFor(s, p, section); got != want {
			t.Fatalf("HeadlineFor(%q, %v, %q) = %q, want %q", s, p, section, got, want)
		}
		if got, want := events.Terms(s), events.RefTerms(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("Terms(%q) = %v, want %v", s, got, want)
		}
		if p.End > p.Start {
			want := events.RefTerms(s[:p.Start] + " " + s[p.End:])
			slices.SortStableFunc(want, func(a, b events.Term) int { return strings.Compare(a.Stem, b.Stem) })
			if got := events.EventTerms(&timeline.Event{Text: s, Phrase: p}); !reflect.DeepEqual(got, want) {
				t.Fatalf("terms of %q without %v = %v, want %v", s, p, got, want)
			}
		}
	}
	for _, e := range evs {
		check(e.Text, e.Phrase, e.Section)
		check(e.Text, timeline.Span{}, "")
		for range 3 {
			s := mutations[r.IntN(len(mutations))](r, e.Text)
			a := r.IntN(len(s) + 1)
			b := a + r.IntN(len(s)-a+1)
			check(s, timeline.Span{Start: a, End: b}, e.Section)
			check(s, timeline.Span{}, "")
		}
	}
}

func FuzzHeadlineMatchesReference(f *testing.F) {
	f.Add("On 30 September 2015, Russia began air strikes in Syria.", 3, 20)
	f.Add("Tragedy struck early: on January 27, 1967, a cabin fire (İ) killed three, Reuters said.", 25, 41)
	f.Add("The HTS group, which is banned in Russia, took Aleppo on 30 November.", 59, 70)
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		p := timeline.Span{Start: a, End: b}
		if a < 0 || b > len(s) || a > b {
			p = timeline.Span{}
		}
		if got, want := events.HeadlineFor(s, p, "Section"), events.RefHeadlineFor(s, p, "Section"); got != want {
			t.Fatalf("HeadlineFor(%q, %v) = %q, want %q", s, p, got, want)
		}
		if got, want := events.Terms(s), events.RefTerms(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("Terms(%q) = %v, want %v", s, got, want)
		}
	})
}

// tagged is a parsed and tagged generated source, ready for Extract.
type tagged struct {
	doc *timeline.Document
	res tagger.Result
}

func taggedCorpus(b *testing.B, n int) []tagged {
	b.Helper()
	out := make([]tagged, n)
	for i := range out {
		doc := content.Parse(benchgen.Name(i), benchgen.Source(1, i, n), content.Options{Location: time.UTC})
		out[i] = tagged{doc, tagger.New(tagger.Options{DCT: doc.Meta.Date}).Tag(doc.Text)}
	}
	return out
}

// BenchmarkExtract extracts the events of parsed and tagged generated
// sources (the events package's share of loading one source).
func BenchmarkExtract(b *testing.B) {
	docs := taggedCorpus(b, 200)
	b.ReportAllocs()
	evs, i := 0, 0
	for b.Loop() {
		d := &docs[i%len(docs)]
		e, _ := events.Extract(d.doc, d.res.Timexes, d.res.Ranges, events.Options{})
		evs += len(e)
		i++
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(max(evs, 1))/1e3, "µs/event")
}

// BenchmarkTimelineCold merges and orders the events of a generated corpus
// with a new Timeline (the cold build's last load step):
// go test -bench TimelineCold -mergesources 10000
func BenchmarkTimelineCold(b *testing.B) {
	evs := benchgenEvents(b, *mergeSources)
	var srcs []events.SourceEvents
	for i := 0; i < len(evs); {
		j := i
		for j < len(evs) && evs[j].Sources[0].Path == evs[i].Sources[0].Path {
			j++
		}
		srcs = append(srcs, events.SourceEvents{Path: evs[i].Sources[0].Path, Events: evs[i:j:j]})
		i = j
	}
	opts := events.MergeOptionsFrom(timeline.DefaultConfig().Merge)
	b.ReportAllocs()
	for b.Loop() {
		events.NewTimeline(opts).Update(srcs)
	}
	b.ReportMetric(float64(len(evs)), "events")
}
