package content

import (
	"runtime"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/internal/benchgen"
	"github.com/timeline-tool/timeline/timeline"
)

// benchSources returns n generated sources, as a cold build reads them.
func benchSources(n int) (srcs [][]byte, size int64) {
	srcs = make([][]byte, n)
	for i := range srcs {
		srcs[i] = benchgen.Source(1, i, n)
		size += int64(len(srcs[i]))
	}
	return srcs, size
}

// BenchmarkParse parses generated sources one by one (the content part of
// the per-source load cost). live-B/doc is the heap the documents keep
// once parsed: the loader holds every one of them for the whole build.
func BenchmarkParse(b *testing.B) {
	const n = 200
	srcs, size := benchSources(n)
	b.SetBytes(size / n)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Parse(benchgen.Name(i%n), srcs[i%n], Options{})
		i++
	}
	b.StopTimer()
	b.ReportMetric(float64(liveBytes(srcs))/n, "live-B/doc")
}

// liveBytes returns the heap held by the documents of srcs, beyond the
// sources themselves.
func liveBytes(srcs [][]byte) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	docs := make([]*timeline.Document, len(srcs))
	for i, src := range srcs {
		docs[i] = Parse(benchgen.Name(i), src, Options{})
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(docs)
	return after.HeapAlloc - before.HeapAlloc
}

// BenchmarkRender renders the page of generated sources as the site does:
// date phrases highlighted and links between sources rewritten.
func BenchmarkRender(b *testing.B) {
	const n = 200
	srcs, size := benchSources(n)
	docs := make([]*timeline.Document, n)
	hls := make([][]Highlight, n)
	for i, src := range srcs {
		docs[i] = Parse(benchgen.Name(i), src, Options{})
		hls[i] = inSource(docs[i], yearHighlights(docs[i].Text))
	}
	link := func(dest string) (string, bool) {
		if strings.HasSuffix(dest, ".md") {
			return "../" + strings.TrimSuffix(dest, ".md") + ".html", true
		}
		return "", false
	}
	b.SetBytes(size / n)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := Render(docs[i%n], RenderOptions{Highlights: hls[i%n], Link: link}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// yearHighlights marks every run of four digits in text, a stand-in for
// the date phrases the tagger finds.
func yearHighlights(text []byte) []Highlight {
	var hl []Highlight
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	for k := 0; k+4 <= len(text); k++ {
		if (k == 0 || !isDigit(text[k-1])) && isDigit(text[k]) && isDigit(text[k+1]) && isDigit(text[k+2]) && isDigit(text[k+3]) && (k+4 == len(text) || !isDigit(text[k+4])) {
			hl = append(hl, Highlight{Span: timeline.Span{Start: k, End: k + 4}, Href: "../index.html#e1"})
			k += 4
		}
	}
	return hl
}
