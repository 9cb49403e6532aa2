package site_test

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/timeline-tool/timeline/internal/benchgen"
	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/build"
	"github.com/timeline-tool/timeline/timeline/content"
	"github.com/timeline-tool/timeline/timeline/site"
)

// benchSources sizes the generated corpus of the render benchmarks:
// go test -run '^$' -bench Render -benchsources 10000 ./timeline/site
var benchSources = flag.Int("benchsources", 1000, "number of generated sources in the render benchmarks")

// counter is an Output that only counts what it is given (safe for
// concurrent use, as Render wants).
type counter struct{ files, bytes atomic.Int64 }

func (c *counter) WriteFile(name string, data []byte) error {
	c.files.Add(1)
	c.bytes.Add(int64(len(data)))
	return nil
}

// Create counts a streamed file, as Dir would write it.
func (c *counter) Create(name string) (io.WriteCloser, error) {
	c.files.Add(1)
	return nopCloser{c}, nil
}

func (c *counter) Write(p []byte) (int, error) {
	c.bytes.Add(int64(len(p)))
	return len(p), nil
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

func loadCorpus(b *testing.B) (timeline.Config, *build.Result) {
	b.Helper()
	dir := b.TempDir()
	if _, err := benchgen.Write(dir, 1, *benchSources); err != nil {
		b.Fatal(err)
	}
	cfg := timeline.DefaultConfig()
	l, err := build.NewLoader(cfg)
	if err != nil {
		b.Fatal(err)
	}
	res, err := l.Load(context.Background(), os.DirFS(dir))
	if err != nil {
		b.Fatal(err)
	}
	return cfg, res
}

// BenchmarkRender renders the whole site of a loaded generated corpus (the
// rendering part of a cold build, without disk output).
func BenchmarkRender(b *testing.B) {
	cfg, res := loadCorpus(b)
	b.ReportAllocs()
	var out *counter
	for b.Loop() {
		out = &counter{}
		if err := site.Render(cfg, res.Docs, res.Events, nil, out); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(out.bytes.Load()), "out-bytes")
	b.ReportMetric(float64(out.files.Load()), "files")
}

// BenchmarkCachePrepare prepares the site of a loaded generated corpus
// through one Cache after an edit of one event's sentence, as the dev
// server does after a save (the pages are not rendered).
func BenchmarkCachePrepare(b *testing.B) {
	cfg, res := loadCorpus(b)
	edited := append([]timeline.Event(nil), res.Events...)
	k := len(edited) / 2
	edited[k].Text = "An edited sentence: " + edited[k].Text
	c := site.NewCache()
	if _, err := c.Prepare(cfg, res.Docs, res.Events, nil); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		evs := res.Events
		if i++; i%2 == 1 {
			evs = edited
		}
		if _, err := c.Prepare(cfg, res.Docs, evs, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderSyndicated renders the site of one sentence syndicated by
// every source (-benchsources of them): one event merged from all of them.
// Each source page marks its phrase; the cost per source must stay flat
// as sources grow (a per-page scan of the event's sources was quadratic).
func BenchmarkRenderSyndicated(b *testing.B) {
	n := *benchSources
	docs := make([]*timeline.Document, n)
	ev := timeline.Event{ID: "e1", Text: "On 3 May 2001 the bridge reopened.", Phrase: timeline.Span{Start: 3, End: 13}}
	for i := range docs {
		p := fmt.Sprintf("s%06d.md", i)
		d := content.Parse(p, []byte("---\ntitle: Story "+strconv.Itoa(i)+"\n---\n\nOn 3 May 2001 the bridge reopened.\n"), content.Options{})
		d.Slug = content.Slug(p)
		docs[i] = d
		ev.Sources = append(ev.Sources, timeline.EventSource{Path: p, Slug: d.Slug, Title: d.Meta.Title, Anchor: "p1", Span: timeline.Span{Start: d.SourceOffset(3), End: d.SourceOffset(13)}})
	}
	d, err := timeline.ParseDate("2001-05-03", "")
	if err != nil {
		b.Fatal(err)
	}
	ev.Date = d
	cfg := timeline.DefaultConfig()
	b.ReportAllocs()
	for b.Loop() {
		if err := site.Render(cfg, docs, []timeline.Event{ev}, nil, &counter{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/source")
}
