package build

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/internal/benchgen"
	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/content"
	"github.com/timeline-tool/timeline/timeline/events"
	"github.com/timeline-tool/timeline/timeline/site"
)

// warmCorpus writes n generated sources to a temporary folder and returns
// it with a loader that has loaded it once.
func warmCorpus(t *testing.T, n int) (string, fs.FS, timeline.Config, *Loader) {
	t.Helper()
	dir := t.TempDir()
	if _, err := benchgen.Write(dir, 1, n); err != nil {
		t.Fatal(err)
	}
	cfg := timeline.DefaultConfig()
	fsys := os.DirFS(dir)
	warm, err := NewLoader(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := warm.Load(context.Background(), fsys); err != nil {
		t.Fatal(err)
	}
	return dir, fsys, cfg, warm
}

// TestRebuildEqualsColdBuild: a warm loader that saw a corpus, then an
// edit, an added and a removed source, gives exactly the events and
// documents of a cold build of the edited corpus.
func TestRebuildEqualsColdBuild(t *testing.T) {
	n := 300
	dir, fsys, cfg, warm := warmCorpus(t, n)
	edits := []func(step int) error{
		func(step int) error { // a new dated sentence, and one like another source's
			p := filepath.Join(dir, benchgen.Name(n/2))
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			src = append(src, fmt.Sprintf("\nOn 3 May 2001 the council signed the agreement in Geneva, edit %d.\n", step)...)
			return os.WriteFile(p, src, 0o644)
		},
		func(step int) error { // a sentence changed in place
			p := filepath.Join(dir, benchgen.Name(7))
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			src = []byte(string(src[:len(src)/2]) + "Lagos " + string(src[len(src)/2:]))
			return os.WriteFile(p, src, 0o644)
		},
		func(step int) error { // the same number of events, other words
			p := filepath.Join(dir, benchgen.Name(n/2))
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(p, []byte(strings.Replace(string(src), "the council signed", "the mayor rejected", 1)), 0o644)
		},
		func(step int) error { // common words everywhere in one source
			p := filepath.Join(dir, benchgen.Name(7))
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(p, []byte(strings.ReplaceAll(string(src), "the ", "the Oslo ")), 0o644)
		},
		func(step int) error { return nil }, // touched, unchanged
		func(step int) error { return os.Remove(filepath.Join(dir, benchgen.Name(11))) },
		func(step int) error {
			return os.WriteFile(filepath.Join(dir, "zz-new.md"), benchgen.Source(2, 5, n), 0o644)
		},
	}
	var prev, prevCopy []timeline.Event
	for step, edit := range edits {
		if err := edit(step); err != nil {
			t.Fatal(err)
		}
		warm.Invalidate(benchgen.Name(n/2), benchgen.Name(7))
		mt := time.Unix(2e9+int64(step), 0)
		for _, name := range []string{benchgen.Name(n / 2), benchgen.Name(7)} {
			_ = os.Chtimes(filepath.Join(dir, name), mt, mt)
		}
		got, err := warm.Load(context.Background(), fsys)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(prev, prevCopy) {
			t.Errorf("step %d: the previous result changed", step)
		}
		checkChanges(t, fmt.Sprint("step ", step), prevCopy, got)
		prev, prevCopy = got.Events, slices.Clone(got.Events)
		want := coldLoad(t, cfg, fsys)
		if got.Reused == 0 {
			t.Errorf("step %d: nothing reused", step)
		}
		redone, total := warm.timeline.Redone()
		t.Logf("step %d: %d of %d date buckets merged again", step, redone, total)
		// An edit redoes the buckets of the events it adds, changes or
		// removes, not of the source's other events, which come back equal.
		if step == 0 && redone > 5 {
			t.Errorf("step %d (one more event): %d of %d date buckets merged again, want the new event's and few more", step, redone, total)
		}
		if step == 4 && redone != 0 {
			t.Errorf("step %d (touched, unchanged): %d of %d date buckets merged again, want none", step, redone, total)
		}
		if !reflect.DeepEqual(want.Events, reference(t, fsys, cfg)) {
			t.Errorf("step %d: a cold load differs from Merge and Sort over every source's events", step)
		}
		if !reflect.DeepEqual(got.Events, want.Events) {
			t.Errorf("step %d: rebuild gives %d events, cold build %d (or they differ)", step, len(got.Events), len(want.Events))
		}
		if !reflect.DeepEqual(got.Docs, want.Docs) || !reflect.DeepEqual(got.Diagnostics, want.Diagnostics) {
			t.Errorf("step %d: rebuild documents or diagnostics differ from a cold build", step)
		}
	}
}

// checkChanges checks that res.Changes tell how res.Events differ from
// prev, the events of the load before (nil for the first): the splices
// are in order, apart, within both lists, and outside them the events are
// equal.
func checkChanges(t *testing.T, what string, prev []timeline.Event, res *Result) {
	t.Helper()
	ch := res.Changes
	if prev == nil {
		return
	}
	if ch.From == 0 || ch.To == 0 || ch.From == ch.To {
		t.Errorf("%s: changes %d -> %d, want known ids", what, ch.From, ch.To)
		return
	}
	i, j := 0, 0 // next events of prev and of res.Events
	same := func(n int) {
		for range n {
			if !prev[i].Equal(&res.Events[j]) {
				t.Errorf("%s: event %d (was %d) is outside every splice but changed", what, j, i)
			}
			i++
			j++
		}
	}
	for k, sp := range ch.Splices {
		if sp.Old-i != sp.New-j || sp.Old < i || (k > 0 && sp.Old == i) || sp.Del < 0 || sp.Add < 0 || sp.Del+sp.Add == 0 {
			t.Fatalf("%s: splice %d %+v after old %d, new %d", what, k, sp, i, j)
		}
		same(sp.Old - i)
		i, j = sp.Old+sp.Del, sp.New+sp.Add
	}
	if len(prev)-i != len(res.Events)-j || i > len(prev) {
		t.Fatalf("%s: splices end at old %d of %d, new %d of %d", what, i, len(prev), j, len(res.Events))
	}
	same(len(prev) - i)
}

// coldLoad loads fsys with a new loader: what any rebuild must equal.
func coldLoad(t *testing.T, cfg timeline.Config, fsys fs.FS) *Result {
	t.Helper()
	l, err := NewLoader(cfg)
	if err != nil {
		t.Fatal(err)
	}
	res, err := l.Load(context.Background(), fsys)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// reference is the timeline as Merge and Sort make it from the events of
// every source in path order.
func reference(t *testing.T, fsys fs.FS, cfg timeline.Config) []timeline.Event {
	paths, err := content.List(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var evs []timeline.Event
	for _, p := range paths {
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			t.Fatal(err)
		}
		_, e, _ := Process(p, src, cfg, time.UTC)
		evs = append(evs, e...)
	}
	out := events.Merge(evs, events.MergeOptionsFrom(cfg.Merge))
	events.Sort(out)
	return out
}

// TestChangedEqualsColdLoad: a loader told of each change through Changed
// (no folder sweep) gives, after an edit, an addition (also in a subfolder
// and in a drafts folder it must ignore), a deletion and a rename, exactly
// what a cold load of the folder gives.
func TestChangedEqualsColdLoad(t *testing.T) {
	n := 60
	dir, fsys, cfg, warm := warmCorpus(t, n)
	write := func(name string, src []byte) error {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name), src, 0o644)
	}
	steps := []struct {
		name    string
		changed []string
		do      func() error
		reread  int
	}{
		{"edit", []string{benchgen.Name(3)}, func() error {
			return write(benchgen.Name(3), append(benchgen.Source(1, 3, n), "\nOn 3 May 2001 the council signed the agreement in Geneva.\n"...))
		}, 1},
		{"add", []string{"aa-new.md"}, func() error { return write("aa-new.md", benchgen.Source(2, 5, n)) }, 1},
		{"add in a subfolder", []string{"sub/zz.md"}, func() error { return write("sub/zz.md", benchgen.Source(2, 6, n)) }, 1},
		{"add a draft", []string{"_drafts/d.md"}, func() error { return write("_drafts/d.md", benchgen.Source(2, 7, n)) }, 0},
		{"delete", []string{benchgen.Name(9)}, func() error { return os.Remove(filepath.Join(dir, benchgen.Name(9))) }, 0},
		{"rename", []string{benchgen.Name(12), "renamed.md"}, func() error {
			return os.Rename(filepath.Join(dir, benchgen.Name(12)), filepath.Join(dir, "renamed.md"))
		}, 1},
		{"unknown path gone", []string{"never.md"}, func() error { return nil }, 0},
		{"a page name taken", []string{"source 000003.md"}, func() error { return write("source 000003.md", benchgen.Source(2, 8, n)) }, 1},
		{"a page name taken twice", []string{"source_000003.md"}, func() error { return write("source_000003.md", benchgen.Source(2, 9, n)) }, 1},
		{"one taker gone", []string{"source 000003.md"}, func() error { return os.Remove(filepath.Join(dir, "source 000003.md")) }, 0},
		{"the other gone", []string{"source_000003.md"}, func() error { return os.Remove(filepath.Join(dir, "source_000003.md")) }, 0},
	}
	for _, st := range steps {
		if err := st.do(); err != nil {
			t.Fatal(err)
		}
		warm.Changed(st.changed...)
		got, err := warm.Load(context.Background(), fsys)
		if err != nil {
			t.Fatal(err)
		}
		if warm.quick == 0 {
			t.Errorf("%s: the load swept the folder", st.name)
		}
		want := coldLoad(t, cfg, fsys)
		if reread := len(got.Docs) - got.Reused; reread != st.reread {
			t.Errorf("%s: %d sources re-read, want %d", st.name, reread, st.reread)
		}
		if !reflect.DeepEqual(got.Events, want.Events) {
			t.Errorf("%s: %d events, cold load %d (or they differ)", st.name, len(got.Events), len(want.Events))
		}
		if !reflect.DeepEqual(got.Docs, want.Docs) || !reflect.DeepEqual(got.Diagnostics, want.Diagnostics) {
			t.Errorf("%s: documents or diagnostics differ from a cold load", st.name)
		}
		if strings.HasPrefix(st.name, "a page name") && !strings.Contains(fmt.Sprint(got.Diagnostics), "already used") {
			t.Errorf("%s: no diagnostic of the page name used twice", st.name)
		}
	}
}

// TestManyEditsEqualColdLoad: a long run of small edits, each moving some
// words' document frequencies a little (as the dev server sees them: one
// source at a time, the watcher's report through Changed), keeps the warm
// timeline equal to a cold load after every step, however far the idf of
// the buckets kept since their last merge has drifted by then; also when
// each result is made in the memory of the last (ReuseResults), with
// edits near the start, the middle and the end of the timeline.
func TestManyEditsEqualColdLoad(t *testing.T) {
	for _, reuse := range []bool{false, true} {
		t.Run(fmt.Sprint("reuse=", reuse), func(t *testing.T) { manyEdits(t, reuse) })
	}
}

func manyEdits(t *testing.T, reuse bool) {
	n := 120
	dir, fsys, cfg, _ := warmCorpus(t, n)
	warm, err := NewLoader(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if reuse {
		warm.ReuseResults()
	}
	if _, err := warm.Load(context.Background(), fsys); err != nil {
		t.Fatal(err)
	}
	var prev []timeline.Event
	words := []string{"the council signed the agreement in Geneva", "the archive was reopened", "the mayor rejected the archive plan", "Geneva signed"}
	years := []string{"2003", "1850", "1911", "2003", "1410", "1987", "44 BC"}
	for step := range 30 {
		k := (step * 37) % n
		src := strings.TrimRight(string(benchgen.Source(1, k, n)), "\n")
		for j := 0; j <= step%3; j++ {
			src += fmt.Sprintf("\n\nOn %d May %s %s (edit %d).\n", 1+(step+j)%5, years[(step+j)%len(years)], words[(step+j)%len(words)], step)
		}
		if step%5 == 4 {
			src = string(benchgen.Source(1, k, n)) // back to the original
		}
		if step%7 == 6 {
			src = "---\ntitle: Short\n---\n\nNothing dated.\n" // every event of the source gone
		}
		if err := os.WriteFile(filepath.Join(dir, benchgen.Name(k)), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		warm.Changed(benchgen.Name(k))
		got, err := warm.Load(context.Background(), fsys)
		if err != nil {
			t.Fatal(err)
		}
		want := coldLoad(t, cfg, fsys)
		if !reflect.DeepEqual(got.Events, want.Events) {
			t.Fatalf("step %d: %d events, cold load %d (or they differ)", step, len(got.Events), len(want.Events))
		}
		checkChanges(t, fmt.Sprint("step ", step), prev, got)
		prev = slices.Clone(got.Events)
		redone, total := warm.timeline.Redone()
		t.Logf("step %d: %d of %d date buckets merged again, %d splices", step, redone, total, len(got.Changes.Splices))
	}
}

// TestReuseResults: with ReuseResults, later Loads build their events in
// the memory of earlier results, yet a site prepared through a site.Cache
// from an earlier result (the dev server's snapshot) renders the same after
// them; and every result still equals a cold build.
func TestReuseResults(t *testing.T) {
	n := 120
	dir, fsys, cfg, _ := warmCorpus(t, n)
	l, err := NewLoader(cfg)
	if err != nil {
		t.Fatal(err)
	}
	l.ReuseResults()
	if _, err := l.Load(context.Background(), fsys); err != nil {
		t.Fatal(err)
	}
	views := site.NewCache()
	var first *site.Prepared
	var firstOut *site.Memory
	var firstEvents, firstCopy []timeline.Event
	for step := range 5 {
		p := filepath.Join(dir, benchgen.Name(step*7%n))
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		src = append(src, fmt.Sprintf("\nOn %d March 1999 the bridge in Lagos reopened, step %d.\n", step+1, step)...)
		if err := os.WriteFile(p, src, 0o644); err != nil {
			t.Fatal(err)
		}
		l.Changed(benchgen.Name(step * 7 % n))
		res, err := l.Load(context.Background(), fsys)
		if err != nil {
			t.Fatal(err)
		}
		want := coldLoad(t, cfg, fsys)
		if !reflect.DeepEqual(res.Events, want.Events) {
			t.Fatalf("step %d: events differ from a cold build", step)
		}
		prep, err := views.PrepareChanges(cfg, res.Docs, res.Events, res.Changes, nil)
		if err != nil {
			t.Fatal(err)
		}
		if step == 0 {
			firstEvents, firstCopy = res.Events, slices.Clone(res.Events)
			first, firstOut = prep, site.NewMemory()
			if err := first.Render(firstOut); err != nil {
				t.Fatal(err)
			}
		}
	}
	if reflect.DeepEqual(firstEvents, firstCopy) {
		t.Fatal("later loads did not reuse the first result's memory: the test shows nothing")
	}
	again := site.NewMemory()
	if err := first.Render(again); err != nil {
		t.Fatal(err)
	}
	for _, name := range firstOut.Names() {
		a, _ := firstOut.Get(name)
		b, _ := again.Get(name)
		if !bytes.Equal(a, b) {
			t.Errorf("%s of the first site changed after later loads reused its events' memory", name)
		}
	}
}
