package site

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

// compareJSON writes v's events.json and timelinejs.json items with the
// hand-written encoder and with encoding/json, and reports any difference.
func compareJSON(t testing.TB, s *Site, v *EventView) {
	t.Helper()
	want, err := json.MarshalIndent(eventsItem(v), "    ", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if got := appendEventsItem(nil, v, nil); !bytes.Equal(got, want) {
		t.Errorf("events.json item %q:\n got %s\nwant %s", v.ID, got, want)
	}
	want, err = json.MarshalIndent(tjsItem(s, v), "    ", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := appendTJSItem(nil, s, v, nil); !bytes.Equal(got, want) {
		t.Errorf("timelinejs.json item %q:\n got %s\nwant %s", v.ID, got, want)
	}
}

// hostileEvent is an event whose strings are s and u, with a range, a
// time of day, no sources or an explicit flag depending on k.
func hostileEvent(t testing.TB, s, u string, k int) *EventView {
	d := timeline.Date{Value: s, Precision: timeline.Precision(k % 11), Mod: u, Year: int32(2024 - k*97), Month: int8(k % 13), Day: int8(k % 29),
		Hour: int8(k % 24), Min: int8(k % 60), First: int32(-k * 40000), Last: int32(k * 1000)}
	e := &timeline.Event{ID: s, Date: d, Headline: u, Text: s + u, Phrase: timeline.Span{Start: len(s), End: len(s) + len(u)},
		Tags: []string{u, s, "b", "a"}, Explicit: k%3 == 0}
	if k%2 == 1 {
		end := d
		end.Value, end.Mod, end.Precision, end.Last = u, s, timeline.Precision((k+5)%11), int32(k*2000)
		e.End = &end
	}
	if k%5 != 4 {
		e.Sources = []timeline.EventSource{{Path: s, Slug: u, Title: u, Anchor: s, URL: "https://example.com/" + u, Line: k - 2},
			{Path: u, Title: s, URL: u}}
	}
	v := newEventView(e)
	for _, n := range e.Tags {
		v.Tags = append(v.Tags, TagLink{Name: n, Href: "tags/" + n + ".html"})
	}
	v.Href = "index.html#" + s
	return v
}

func TestJSONMatchesEncoding(t *testing.T) {
	cfg, docs, evs := fixture(t)
	for _, base := range []string{"", "https://news.example.org/t/"} {
		cfg.BaseURL = base
		p, err := Prepare(cfg, docs, evs, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range p.site.Events {
			compareJSON(t, p.site, v)
		}
		for i, s := range hostileStrings {
			compareJSON(t, p.site, hostileEvent(t, s, hostileStrings[(i+5)%len(hostileStrings)], i))
		}
	}
}

func FuzzJSONString(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s)
	}
	f.Add("\u2028\u2029\b\f\x1f\x7f</script>")
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
		if got := appendJSONString(nil, []byte(s)); !bytes.Equal(got, want) {
			t.Errorf("%q as bytes: got %s, want %s", s, got, want)
		}
		compareJSON(t, &Site{BaseURL: "https://x.test/"}, hostileEvent(t, s, "a<b", len(s)))
	})
}

// BenchmarkJSONString escapes typical export strings: sentences, some with
// quotes or non-ASCII letters.
func BenchmarkJSONString(b *testing.B) {
	strs := []string{
		"The delegation in Quito published its annual report three years earlier, said Lozan Kabelsa.",
		"The port authority in Valparaíso reported record numbers on March 12, said Belquizan Dunmarqui.",
		`He called it "a long time" & left <quietly>.`,
		"https://news.example.org/1997/story-601#:~:text=The%20delegation%20in%20Quito,earlier%2C%20said%20Lozan%20Kabelsa.",
	}
	n := 0
	for _, s := range strs {
		n += len(s)
	}
	b.SetBytes(int64(n))
	var buf []byte
	for b.Loop() {
		for _, s := range strs {
			buf = appendJSONString(buf[:0], s)
		}
	}
}
