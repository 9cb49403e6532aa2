package site

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"testing"
	"testing/fstest"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/build"
)

// hostileStrings are values the Go partials must escape exactly as
// html/template does: markup, quotes, NUL, invalid UTF-8, non-characters,
// and URLs with unsafe schemes, spaces and broken percent escapes.
var hostileStrings = []string{
	"", "plain", `<script>alert(1)</script>`, `"><img src=x onerror=alert(2)>`, `a&b 'c' "d" +e`, "nul\x00byte",
	"bad \xff\xfe utf-8", "\uFFFD \uFDD0 \uFFFF", "javascript:alert(3)", "JavaScript:alert(4)", "mailto:a@b.c",
	"data:text/html,x", "http://example.com/a b?c=é&d=%41%4", "https://x.test/#:~:text=a%20b,c", "%", "%4", "a%41",
	"/x:y", "?a:b", "#a:b", "sources/a b.html#p'1", "tags/(x).html", "../", "\t\n\r", "a\u2013b",
}

// nativePrepared prepares evs with the default templates.
func nativePrepared(t testing.TB, cfg timeline.Config, docs []*timeline.Document, evs []timeline.Event) *Prepared {
	t.Helper()
	p, err := Prepare(cfg, docs, evs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !p.nativeEvent || !p.nativeBrief {
		t.Fatal("the default partials do not render in Go")
	}
	return p
}

// compareNative renders e's "event" and "brief" partials both ways, at
// both page depths, and reports any byte that differs.
func compareNative(t testing.TB, p *Prepared, e *EventView) {
	t.Helper()
	for _, root := range []string{"", "../"} {
		pg := &Page{Site: p.site, Kind: "index", Root: root, prep: p}
		for _, c := range []struct {
			name   string
			native func([]byte, string, *EventView) []byte
		}{{"event", appendEvent}, {"brief", appendBrief}} {
			var want bytes.Buffer
			if err := p.tpl.ExecuteTemplate(&want, c.name, pg.With(e)); err != nil {
				t.Fatal(err)
			}
			if got := c.native(nil, root, e); !bytes.Equal(got, want.Bytes()) {
				t.Errorf("%s of %q, root %q:\n got %q\nwant %q", c.name, e.ID, root, got, want.Bytes())
			}
		}
	}
}

func TestNativeMatchesTemplates(t *testing.T) {
	t.Run("sample", func(t *testing.T) {
		cfg := timeline.DefaultConfig()
		l, err := build.NewLoader(cfg)
		if err != nil {
			t.Fatal(err)
		}
		res, err := l.Load(context.Background(), os.DirFS("../../content"))
		if err != nil {
			t.Fatal(err)
		}
		p := nativePrepared(t, cfg, res.Docs, res.Events)
		if len(p.site.Events) == 0 {
			t.Fatal("no sample events")
		}
		for _, e := range p.site.Events {
			compareNative(t, p, e)
		}
	})
	t.Run("fixture", func(t *testing.T) {
		cfg, docs, evs := fixture(t)
		p := nativePrepared(t, cfg, docs, evs)
		for _, e := range p.site.Events {
			compareNative(t, p, e)
		}
	})
	t.Run("hostile", func(t *testing.T) {
		cfg, docs, evs := fixture(t)
		p := nativePrepared(t, cfg, docs, evs)
		for i, s := range hostileStrings {
			compareNative(t, p, hostileView(s, hostileStrings[(i+1)%len(hostileStrings)], i%2 == 0))
		}
	})
}

// hostileView is an event view whose every field holds s or u.
func hostileView(s, u string, rng bool) *EventView {
	// Text reads s u s with u the date phrase; the headline (s) is not
	// trimmed, so Short repeats it.
	e := &timeline.Event{Text: s + u + s, Phrase: timeline.Span{Start: len(s), End: len(s) + len(u)}, Headline: "x" + s}
	v := &EventView{ID: s, DateView: &DateView{DateText: s, StartText: s, Datetime: u, PrecisionLabel: s, Range: rng}, Headline: u,
		Event: e, Href: u,
		Tags: []TagLink{{Name: s, Href: u}, {Name: u, Href: s}},
		Sources: []SourceLink{{src: &timeline.EventSource{Title: s, Slug: u, Anchor: s, Line: 3}, at: &linkTarget{origin: s, domain: u}, frag: u},
			{src: &timeline.EventSource{Title: u, Slug: s}, at: &linkTarget{origin: u, domain: s}}}}
	if rng {
		v.EndText, v.Sep, v.EndDatetime = u, s, s
	}
	return v
}

func FuzzNativeEntry(f *testing.F) {
	for i, s := range hostileStrings {
		f.Add(s, hostileStrings[(i+3)%len(hostileStrings)], i%2 == 0)
	}
	cfg, docs, evs := fixture(f)
	p := nativePrepared(f, cfg, docs, evs)
	f.Fuzz(func(t *testing.T, s, u string, rng bool) {
		compareNative(t, p, hostileView(s, u, rng))
	})
}

// TestNativeSite renders whole sites with the Go partials and with
// html/template alone, cold and through a Cache, and compares every file.
func TestNativeSite(t *testing.T) {
	cfg := timeline.DefaultConfig()
	l, err := build.NewLoader(cfg)
	if err != nil {
		t.Fatal(err)
	}
	res, err := l.Load(context.Background(), os.DirFS("../../content"))
	if err != nil {
		t.Fatal(err)
	}
	fcfg, fdocs, fevs := fixture(t)
	split := fcfg
	split.YearPageThreshold = 2
	hostile := fcfg
	hostile.Title = `</title><script>alert(1)</script>`
	hostile.Description = `"><script>alert(2)</script> url=javascript:alert(3) a+b`
	hostile.Timestamp = `<b>now</b>`
	hostile.Language = `en" onload="x`
	hostile.BaseURL = "https://example.com/a b/<x>'"
	based := fcfg
	based.BaseURL = "https://news.example.org/timeline/"
	noExports := fcfg
	noExports.Exports = []string{}
	someExports := fcfg
	someExports.Exports = []string{"events.ics", "events.json"}
	hevs := append([]timeline.Event(nil), fevs...)
	for i := range hevs {
		hevs[i].Headline = hostileStrings[i%len(hostileStrings)]
		hevs[i].Tags = append([]string{hostileStrings[(i+2)%len(hostileStrings)]}, hevs[i].Tags...)
	}
	hdocs := make([]*timeline.Document, len(fdocs))
	for i, d := range fdocs {
		h := *d
		h.Meta.Title = hostileStrings[(i+2)%len(hostileStrings)]
		h.Meta.Author = hostileStrings[(i+4)%len(hostileStrings)]
		h.Meta.Date = hostileStrings[(i+6)%len(hostileStrings)]
		h.Meta.URL = []string{"javascript:alert(1)", "https://x.test/a b?c=<d>&e='f'", "data:text/html,x", ""}[i%4]
		h.Meta.Tags = []string{hostileStrings[(i+8)%len(hostileStrings)], `<b>"tag"</b>`}
		hdocs[i] = &h
	}
	sites := []struct {
		name string
		cfg  timeline.Config
		docs []*timeline.Document
		evs  []timeline.Event
	}{
		{"sample", cfg, res.Docs, res.Events},
		{"fixture", fcfg, fdocs, fevs},
		{"split", split, fdocs, fevs},
		{"hostile", hostile, fdocs, hevs},
		{"base url", based, fdocs, fevs},
		{"hostile sources", hostile, hdocs, hevs},
		{"no exports", noExports, fdocs, fevs},
		{"two exports", someExports, fdocs, fevs},
	}
	for _, s := range sites {
		for _, cache := range []bool{false, true} {
			var outs [2]*Memory
			for i, native := range []bool{false, true} {
				var c *Cache
				if cache {
					c = NewCache()
				}
				p, err := c.prepare(s.cfg, s.docs, s.evs, nil, nil, native)
				if err != nil {
					t.Fatal(err)
				}
				if native && !(p.nativeEvent && p.nativeBrief && p.nativeGroups && p.nativeBriefs && p.nativeHead && p.nativeFoot && p.nativeSource) {
					t.Fatal("the default partials do not render in Go")
				}
				outs[i] = NewMemory()
				if err := p.Render(outs[i]); err != nil {
					t.Fatal(err)
				}
			}
			names := outs[0].Names()
			if len(names) != len(outs[1].Names()) {
				t.Errorf("%s: %d files with html/template, %d in Go", s.name, len(names), len(outs[1].Names()))
			}
			for _, name := range names {
				want, _ := outs[0].Get(name)
				got, _ := outs[1].Get(name)
				if !bytes.Equal(got, want) {
					t.Errorf("%s (cache %v): %s differs:\n got %q\nwant %q", s.name, cache, name, got, want)
				}
			}
		}
	}
}

func TestNativeFallback(t *testing.T) {
	cfg, docs, evs := fixture(t)
	for _, c := range []struct {
		name      string
		overrides fstest.MapFS
		native    bool
	}{
		{"defaults", nil, true},
		{"index overridden", fstest.MapFS{"index.html": {Data: []byte(`{{template "groups" .}}`)}}, true},
		{"partials overridden", fstest.MapFS{"partials.html": {Data: []byte(`{{define "event"}}mine{{end}}`)}}, false},
		{"event redefined later", fstest.MapFS{"year.html": {Data: []byte(`{{define "event"}}mine{{end}}`)}}, false},
	} {
		var over fs.FS
		if c.overrides != nil {
			over = c.overrides
		}
		p, err := Prepare(cfg, docs, evs, over)
		if err != nil {
			t.Fatal(err)
		}
		if p.nativeEvent != c.native {
			t.Errorf("%s: event in Go %v, want %v", c.name, p.nativeEvent, c.native)
		}
	}
}

// TestListSplice checks the pages whose lists are spliced in after the
// template ran (listSplice) against html/template alone: with lists in
// escaped places, lists twice, and content that spells a marker.
func TestListSplice(t *testing.T) {
	cfg, docs, evs := fixture(t)
	cfg.Title = listMarker + "0\x00 and " + listMarker + "1\x00"
	hevs := append([]timeline.Event(nil), evs...)
	hevs[0].Headline = listMarker + "0\x00"
	hevs[1].Text = "In 2015 " + listMarker + "1\x00 happened."
	for _, c := range []struct {
		name  string
		index string
		// escaped: the list also goes where html/template cannot put the
		// partial itself, so only the Go lists render; want is what the
		// page must then hold.
		escaped bool
		want    []string
	}{
		{"default", "", false, nil},
		{"twice", `{{template "head" .}}{{template "groups" .}}<hr>{{template "groups" .}}{{template "foot" .}}`, false, nil},
		{"in an attribute", `{{template "head" .}}<div title="{{template "groups" .}}">{{template "groups" .}}</div>{{template "foot" .}}`,
			true, []string{"<div title=\"\n1850 ", "</section>\n</div>"}}, // html/template strips tags in attributes
		{"in a script", `{{template "head" .}}<script>var x = {{template "groups" .}};</script>{{template "groups" .}}{{template "foot" .}}`,
			true, []string{`var x = "\u003csection class=\"year\"`, `</script><section class="year"`}},
	} {
		var over fs.FS
		if c.index != "" {
			over = fstest.MapFS{"index.html": {Data: []byte(c.index)}}
		}
		if c.escaped {
			p, err := Prepare(cfg, docs, hevs, over)
			if err != nil {
				t.Fatal(err)
			}
			out := NewMemory()
			if err := p.Render(out); err != nil {
				t.Fatal(err)
			}
			page, _ := out.Get("index.html")
			for _, w := range c.want {
				if !bytes.Contains(page, []byte(w)) {
					t.Errorf("%s: index.html lacks %q:\n%s", c.name, w, page)
				}
			}
			if bytes.Contains(page, []byte("\x00")) {
				t.Errorf("%s: index.html has a NUL byte", c.name)
			}
			continue
		}
		var outs [2]*Memory
		for i, native := range []bool{false, true} {
			p, err := (*Cache)(nil).prepare(cfg, docs, hevs, nil, over, native)
			if err != nil {
				t.Fatal(err)
			}
			if native && !p.nativeGroups {
				t.Fatal("groups do not render in Go")
			}
			outs[i] = NewMemory()
			if err := p.Render(outs[i]); err != nil {
				t.Fatal(err)
			}
		}
		for _, name := range outs[0].Names() {
			want, _ := outs[0].Get(name)
			got, _ := outs[1].Get(name)
			if !bytes.Equal(got, want) {
				t.Errorf("%s: %s differs:\n got %q\nwant %q", c.name, name, got, want)
			}
			if bytes.Contains(got, []byte("\x00")) { // html/template, JSON, XML and iCalendar all keep it out
				t.Errorf("%s: %s has a NUL byte", c.name, name)
			}
		}
	}
}
