package site_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/build"
	"github.com/timeline-tool/timeline/timeline/site"
)

// buildSample builds the repository's sample content (content/) in memory.
func buildSample(t *testing.T) (*site.Memory, *build.Result) {
	t.Helper()
	cfg := timeline.DefaultConfig()
	cfg.Title = "Sample timeline"
	l, err := build.NewLoader(cfg)
	if err != nil {
		t.Fatal(err)
	}
	res, err := l.Load(context.Background(), os.DirFS("../../content"))
	if err != nil {
		t.Fatal(err)
	}
	m := site.NewMemory()
	if err := site.Render(cfg, res.Docs, res.Events, nil, m); err != nil {
		t.Fatal(err)
	}
	return m, res
}

// entry is one event of the index as a reader sees it.
type entry struct {
	id, datetime, endDatetime, date, text, mark string
	links                                       []string
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, c string) bool {
	return n.Type == html.ElementNode && strings.Contains(" "+attr(n, "class")+" ", " "+c+" ")
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func find(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func entries(t *testing.T, page []byte) []entry {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []entry
	for _, li := range find(doc, func(n *html.Node) bool { return n.Data == "li" && hasClass(n, "event") }) {
		e := entry{id: attr(li, "id")}
		times := find(li, func(n *html.Node) bool { return n.Data == "time" })
		if len(times) > 0 {
			e.datetime = attr(times[0], "datetime")
		}
		if len(times) > 1 {
			e.endDatetime = attr(times[1], "datetime")
		}
		if w := find(li, func(n *html.Node) bool { return hasClass(n, "when") }); len(w) > 0 {
			e.date = text(w[0])
		}
		if p := find(li, func(n *html.Node) bool { return hasClass(n, "text") }); len(p) > 0 {
			e.text = text(p[0])
		}
		if m := find(li, func(n *html.Node) bool { return n.Data == "mark" }); len(m) > 0 {
			e.mark = text(m[0])
		}
		for _, a := range find(li, func(n *html.Node) bool { return n.Data == "a" }) {
			e.links = append(e.links, attr(a, "href"))
		}
		out = append(out, e)
	}
	return out
}

// TestSampleSite builds content/ and checks the seed events as a reader
// finds them on the index page.
func TestSampleSite(t *testing.T) {
	m, res := buildSample(t)
	index, _ := m.Get("index.html")
	got := entries(t, index)
	if len(got) != len(res.Events) {
		t.Errorf("index lists %d entries, the build has %d events", len(got), len(res.Events))
	}
	seeds := []struct {
		datetime, end, date, inText, source string
	}{
		{"2015-09-30", "", "30 September 2015", "Russia launched a military intervention", "sources/russian-intervention-in-syria.html#p"},
		{"2017-12", "", "December 2017", "deployed to Syria permanently", "sources/russian-intervention-in-syria.html#p"},
		{"2024-11", "2024-12-07", "late November \u2013 7 December 2024", "HTS advanced", "sources/russian-delegation-damascus.html#p"},
		{"2025-01-21", "", "21 January 2025", "Stroytransgaz", "sources/russian-delegation-damascus.html#p"},
		{"2025-01-28", "", "28 January 2025", "A Russian delegation has arrived in Syria", "sources/russian-delegation-damascus.html#p1"},
	}
	for _, s := range seeds {
		found := false
		for _, e := range got {
			if e.datetime != s.datetime || e.endDatetime != s.end || !strings.Contains(e.text, s.inText) {
				continue
			}
			found = true
			if !strings.HasPrefix(strings.TrimSpace(e.date), s.date) {
				t.Errorf("%s: date reads %q, want %q", s.datetime, e.date, s.date)
			}
			ok := false
			for _, l := range e.links {
				ok = ok || strings.HasPrefix(l, s.source)
			}
			if !ok {
				t.Errorf("%s: no link to %s… in %q", s.datetime, s.source, e.links)
			}
		}
		if !found {
			t.Errorf("no entry <time datetime=%q>%s with %q; entries:\n%v", s.datetime, s.date, s.inText, got)
		}
	}
	// The range is one entry, not two.
	n := 0
	for _, e := range got {
		if strings.Contains(e.text, "HTS advanced") && e.mark != "" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the late November – 7 December range shows as %d entries", n)
	}
}

// TestPageBudget keeps the sample index page, with its stylesheet and
// script, under 60 KB uncompressed.
func TestPageBudget(t *testing.T) {
	m, _ := buildSample(t)
	total := 0
	for _, name := range []string{"index.html", "style.css", "timeline.js"} {
		b, ok := m.Get(name)
		if !ok {
			t.Fatalf("%s missing", name)
		}
		t.Logf("%s: %d bytes", name, len(b))
		total += len(b)
	}
	const budget = 60 << 10
	t.Logf("total %d bytes (%.1f KB) of %d", total, float64(total)/1024, budget)
	if total > budget {
		t.Errorf("index page weighs %d bytes with CSS and script, over the %d budget", total, budget)
	}
}
