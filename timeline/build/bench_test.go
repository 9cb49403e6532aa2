package build

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/internal/benchgen"
	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/site"
)

// benchSources sizes the generated corpus of the build benchmarks:
// go test -run '^$' -bench Build -benchsources 10000 ./timeline/build
var benchSources = flag.Int("benchsources", 1000, "number of generated sources in the build benchmarks")

// corpus writes a generated corpus of n sources into a temporary folder.
func corpus(b *testing.B, n int) (dir string, bytes int64) {
	b.Helper()
	dir = b.TempDir()
	bytes, err := benchgen.Write(dir, 1, n)
	if err != nil {
		b.Fatal(err)
	}
	return dir, bytes
}

// discard is a site.Output that only counts; like Dir it is safe for
// concurrent use and streams the exports (Create).
type discard struct{ files, bytes atomic.Int64 }

func (d *discard) WriteFile(name string, data []byte) error {
	d.files.Add(1)
	d.bytes.Add(int64(len(data)))
	return nil
}

func (d *discard) Create(name string) (io.WriteCloser, error) {
	d.files.Add(1)
	return discardFile{d}, nil
}

type discardFile struct{ d *discard }

func (f discardFile) Write(p []byte) (int, error) {
	f.d.bytes.Add(int64(len(p)))
	return len(p), nil
}

func (discardFile) Close() error { return nil }

// BenchmarkBuildCold loads and renders a fresh corpus with a new loader
// each time (the cold path of `timeline build`, without disk output).
func BenchmarkBuildCold(b *testing.B) {
	n := *benchSources
	dir, size := corpus(b, n)
	cfg := timeline.DefaultConfig()
	fsys := os.DirFS(dir)
	b.SetBytes(size)
	b.ReportAllocs()
	var out *discard
	var loadTime time.Duration
	for b.Loop() {
		l, err := NewLoader(cfg)
		if err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		res, err := l.Load(context.Background(), fsys)
		if err != nil {
			b.Fatal(err)
		}
		loadTime += time.Since(t0)
		out = &discard{}
		if err := site.Render(cfg, res.Docs, res.Events, nil, out); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sources/s")
	b.ReportMetric(float64(out.bytes.Load()), "out-bytes")
	b.ReportMetric(float64(loadTime.Milliseconds())/float64(b.N), "load-ms/op")
}

// pagesOut is the dev server's kind of output: it wants only the pages a
// browser has open (site.Selective), here the index and the edited source.
type pagesOut struct {
	discard
	want map[string]bool
}

func (p *pagesOut) Wants(name string) bool { return p.want[name] }

// BenchmarkRebuildOne is the dev server's path: a warm loader, one source
// touched (new content, new mtime), then Load and render again. "watched"
// is what the dev server does: its watcher names the changed file
// (Loader.Changed) and only the open pages render. "sweep" is the same
// when the watcher cannot tell (every source is listed and statted);
// "full" renders the whole site after a sweep.
func BenchmarkRebuildOne(b *testing.B) {
	for _, mode := range []string{"watched", "sweep", "full"} {
		b.Run(mode, func(b *testing.B) { rebuildOne(b, mode == "full", mode == "watched") })
	}
}

func rebuildOne(b *testing.B, full, watched bool) {
	n := *benchSources
	dir, _ := corpus(b, n)
	cfg := timeline.DefaultConfig()
	fsys := os.DirFS(dir)
	l, err := NewLoader(cfg)
	if err != nil {
		b.Fatal(err)
	}
	if watched {
		l.ReuseResults() // as the dev server does
	}
	first, err := l.Load(context.Background(), fsys)
	if err != nil {
		b.Fatal(err)
	}
	target := filepath.Join(dir, benchgen.Name(n/2))
	orig, err := os.ReadFile(target)
	if err != nil {
		b.Fatal(err)
	}
	var loadTime time.Duration
	views := site.NewCache() // the dev server keeps one for its whole life
	if _, err := views.PrepareChanges(cfg, first.Docs, first.Events, first.Changes, nil); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		b.StopTimer()
		src := append(append([]byte(nil), orig...), fmt.Sprintf("\nEdited on 3 May 2001, edit %d.\n", i)...)
		if err := os.WriteFile(target, src, 0o644); err != nil {
			b.Fatal(err)
		}
		mt := time.Unix(1e9+int64(i), 0)
		_ = os.Chtimes(target, mt, mt)
		b.StartTimer()
		// The label lets a CPU profile of the benchmark leave out the
		// setup: go tool pprof -tagfocus phase=rebuild.
		pprof.Do(context.Background(), pprof.Labels("phase", "rebuild"), func(ctx context.Context) {
			t0 := time.Now()
			if watched {
				l.Changed(benchgen.Name(n / 2))
			}
			res, err := l.Load(ctx, fsys)
			if err != nil {
				b.Fatal(err)
			}
			loadTime += time.Since(t0)
			if res.Reused != n-1 {
				b.Fatalf("reused %d of %d sources, want %d", res.Reused, n, n-1)
			}
			var out site.Output = &discard{}
			if !full {
				out = &pagesOut{want: map[string]bool{"index.html": true, "sources/" + res.Docs[n/2].Slug + ".html": true}}
			}
			prep, err := views.PrepareChanges(cfg, res.Docs, res.Events, res.Changes, nil)
			if err != nil {
				b.Fatal(err)
			}
			if err := prep.Render(out); err != nil {
				b.Fatal(err)
			}
		})
	}
	b.ReportMetric(float64(loadTime.Milliseconds())/float64(b.N), "load-ms/op")
}

// BenchmarkProcess parses, tags and extracts generated sources one by one
// (the per-source cost of a cold load, without reading files).
func BenchmarkProcess(b *testing.B) {
	const n = 200
	srcs := make([][]byte, n)
	var size int64
	for i := range srcs {
		srcs[i] = benchgen.Source(1, i, n)
		size += int64(len(srcs[i]))
	}
	cfg := timeline.DefaultConfig()
	b.SetBytes(size / n)
	b.ReportAllocs()
	evs, i := 0, 0
	for b.Loop() {
		_, e, _ := Process(benchgen.Name(i%n), srcs[i%n], cfg, time.UTC)
		evs += len(e)
		i++
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(max(evs, 1))/1e3, "µs/event")
}

// BenchmarkLoadEdit is the load step of the dev server's rebuild, as
// BenchmarkEditToReload in serve drives it: a warm loader, one source
// rewritten with one more dated sentence (a different source each time),
// the watcher's report of it (Changed), then Load (no rendering).
func BenchmarkLoadEdit(b *testing.B) {
	n := *benchSources
	dir, _ := corpus(b, n)
	cfg := timeline.DefaultConfig()
	fsys := os.DirFS(dir)
	l, err := NewLoader(cfg)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := l.Load(context.Background(), fsys); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		b.StopTimer()
		k := (i * 37) % n
		src := strings.TrimRight(string(benchgen.Source(1, k, n)), "\n") + fmt.Sprintf("\n\nThe archive was reopened on %d May 2003 (edit %d).\n", 1+i%28, i)
		if err := os.WriteFile(filepath.Join(dir, benchgen.Name(k)), []byte(src), 0o644); err != nil {
			b.Fatal(err)
		}
		i++
		b.StartTimer()
		l.Changed(benchgen.Name(k))
		if _, err := l.Load(context.Background(), fsys); err != nil {
			b.Fatal(err)
		}
	}
}
