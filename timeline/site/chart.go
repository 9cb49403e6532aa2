package site

import (
	"fmt"
	"html/template"
	"math"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// bucket is one bar of the overview chart: the events starting in years
// [From, From+Size).
type bucket struct {
	From, Size int
	Count      int
	Href       string // the group of the bucket's first event, from the root
}

// bucketSizes are the widths, in years, the chart may give a bar; it takes
// the smallest that keeps the chart under maxBars bars.
var bucketSizes = []int{1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}

const maxBars = 80

// yearRun is a run of events (in timeline order) whose first day falls
// in the same year, listed in the same group.
type yearRun struct {
	year, n int
	href    string // the group's Href
}

// yearRuns returns the runs of the events (in timeline order). The year
// of an event is the year of the first day it covers.
func yearRuns(evs []*EventView) []yearRun {
	var out []yearRun
	for _, e := range evs {
		y, _, _ := timeline.CivilFromDays(int(e.Event.Date.First))
		href := ""
		if e.Group != nil {
			href = e.Group.Href
		}
		if n := len(out); n > 0 && out[n-1].year == y && out[n-1].href == href {
			out[n-1].n++
			continue
		}
		out = append(out, yearRun{year: y, n: 1, href: href})
	}
	return out
}

// buckets counts the events of the runs (in timeline order) per bar.
func buckets(runs []yearRun) []bucket {
	if len(runs) == 0 {
		return nil
	}
	lo, hi := runs[0].year, runs[0].year
	for _, r := range runs {
		lo, hi = min(lo, r.year), max(hi, r.year)
	}
	size := bucketSizes[len(bucketSizes)-1]
	for _, s := range bucketSizes {
		if (hi/s-floorDiv(lo, s))+1 <= maxBars {
			size = s
			break
		}
	}
	first := floorDiv(lo, size) * size
	n := (hi-first)/size + 1
	out := make([]bucket, n)
	for i := range out {
		out[i] = bucket{From: first + i*size, Size: size}
	}
	for _, r := range runs {
		b := &out[(r.year-first)/size]
		if b.Href == "" {
			b.Href = r.href
		}
		b.Count += r.n
	}
	return out
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func (b bucket) label() string {
	if b.Size == 1 {
		return timeline.YearString(b.From)
	}
	if b.Size == 10 && b.From > 0 {
		return fmt.Sprintf("%ds", b.From)
	}
	return timeline.YearString(b.From) + "\u2013" + timeline.YearString(b.From+b.Size-1)
}

// chart draws the overview: one bar per bucket, its height the number of
// events, each bar a link to the first group it holds. It is plain SVG
// drawn at build time (no script); colours come from the stylesheet.
// Heights use a square-root scale so a single event stays visible next to
// a busy year. root prefixes the links. runs are the events' yearRuns.
func chart(runs []yearRun, root string) (svg template.HTML, from, to string) {
	bs := buckets(runs)
	if len(bs) == 0 {
		return "", "", ""
	}
	peak := 0
	for _, b := range bs {
		peak = max(peak, b.Count)
	}
	const w, h, gap = 1000, 100, 2
	bw := float64(w) / float64(len(bs))
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart" viewBox="0 0 %d %d" preserveAspectRatio="none" role="group" aria-label="Number of events over time, %s to %s">`,
		w, h, template.HTMLEscapeString(bs[0].label()), template.HTMLEscapeString(bs[len(bs)-1].label()))
	fmt.Fprintf(&sb, `<line class="axis" x1="0" y1="%d" x2="%d" y2="%d"/>`, h-1, w, h-1)
	for i, b := range bs {
		x := float64(i) * bw
		if b.Count == 0 {
			continue
		}
		bh := 8 + (h-12)*sqrtRatio(b.Count, peak)
		noun := "events"
		if b.Count == 1 {
			noun = "event"
		}
		name := template.HTMLEscapeString(fmt.Sprintf("%s: %d %s", b.label(), b.Count, noun))
		fmt.Fprintf(&sb, `<a href="%s" aria-label="%s"><title>%s</title><rect x="%.1f" y="0" width="%.1f" height="%d" class="hit"/><rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" class="bar"/></a>`,
			template.HTMLEscapeString(root+b.Href), name, name, x, bw, h, x+gap/2, float64(h)-bh, max(bw-gap, 1), bh)
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String()), bs[0].label(), bs[len(bs)-1].label()
}

// sqrtRatio is sqrt(n/peak), in [0, 1].
func sqrtRatio(n, peak int) float64 {
	if peak <= 0 {
		return 0
	}
	return math.Sqrt(float64(n) / float64(peak))
}
