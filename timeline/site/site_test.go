package site

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/content"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func render(t *testing.T, cfg timeline.Config, docs []*timeline.Document, evs []timeline.Event, overrides *fstest.MapFS) *Memory {
	t.Helper()
	m := NewMemory()
	var err error
	if overrides != nil {
		err = Render(cfg, docs, evs, overrides, m)
	} else {
		err = Render(cfg, docs, evs, nil, m)
	}
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func file(t *testing.T, m *Memory, name string) string {
	t.Helper()
	b, ok := m.Get(name)
	if !ok {
		t.Fatalf("%s was not written; files: %v", name, m.Names())
	}
	return string(b)
}

func TestEventDisplay(t *testing.T) {
	tests := []struct {
		value, mod         string
		end                string // range end value
		text, start, endTx string
		datetime, prec     string
	}{
		// every precision
		{value: "2015-09-30", text: "30 September 2015", datetime: "2015-09-30", prec: "day"},
		{value: "2015-09-30T14:05", text: "30 September 2015, 14:05", datetime: "2015-09-30T14:05", prec: "time of day"},
		{value: "2015-W40", text: "week of 28 September 2015", datetime: "2015-W40", prec: "week"},
		{value: "2017-12", text: "December 2017", datetime: "2017-12", prec: "month"},
		{value: "2011-SP", text: "spring 2011", datetime: "2011", prec: "season"},
		{value: "2024-Q3", text: "Q3 2024", datetime: "2024", prec: "quarter"},
		{value: "2024-H2", text: "second half of 2024", datetime: "2024", prec: "half"},
		{value: "1850", text: "1850", datetime: "1850", prec: "year"},
		{value: "199", text: "the 1990s", datetime: "1990", prec: "decade"},
		{value: "18", text: "the 19th century", datetime: "1800", prec: "century"},
		{value: "1", text: "the 2nd millennium", datetime: "1000", prec: "millennium"},
		{value: "BC0264", text: "264 BC", datetime: "-0263", prec: "year"},
		// every mod
		{value: "1850", mod: "APPROX", text: "c. 1850", datetime: "1850", prec: "approximate year"},
		{value: "2024-11", mod: "END", text: "late November 2024", datetime: "2024-11", prec: "part of a month"},
		{value: "2024-11", mod: "START", text: "early November 2024", datetime: "2024-11", prec: "part of a month"},
		{value: "2024-11", mod: "MID", text: "mid-November 2024", datetime: "2024-11", prec: "part of a month"},
		{value: "199", mod: "END", text: "the late 1990s", datetime: "1990", prec: "part of a decade"},
		{value: "2001", mod: "BEFORE", text: "before 2001", datetime: "2001", prec: "upper bound, year"},
		{value: "2001", mod: "AFTER", text: "after 2001", datetime: "2001", prec: "lower bound, year"},
		{value: "2001-05", mod: "ON_OR_BEFORE", text: "by May 2001", datetime: "2001-05", prec: "upper bound, month"},
		{value: "2001-05", mod: "ON_OR_AFTER", text: "from May 2001", datetime: "2001-05", prec: "lower bound, month"},
		// ranges: drawn as one entry with two <time>s
		{value: "2024-11", mod: "END", end: "2024-12-07", text: "late November \u2013 7 December 2024", start: "late November", endTx: "7 December 2024", datetime: "2024-11", prec: "part of a month"},
		{value: "2015-09-01", end: "2015-09-05", text: "1\u20135 September 2015", start: "1", endTx: "5 September 2015", datetime: "2015-09-01", prec: "day"},
		{value: "1914", end: "1918", text: "1914\u20131918", start: "1914", endTx: "1918", datetime: "1914", prec: "year"},
	}
	for _, tc := range tests {
		d := mustDate(t, tc.value, tc.mod)
		e := &timeline.Event{ID: "e1", Date: d, Text: "x"}
		if tc.end != "" {
			end := mustDate(t, tc.end, "")
			e.End = &end
		}
		v := newEventView(e)
		if v.DateText != tc.text || v.Datetime != tc.datetime || v.PrecisionLabel != tc.prec {
			t.Errorf("%s %s: got %q datetime %q precision %q, want %q %q %q", tc.value, tc.mod, v.DateText, v.Datetime, v.PrecisionLabel, tc.text, tc.datetime, tc.prec)
		}
		if tc.end != "" {
			if !v.Range || v.StartText != tc.start || v.EndText != tc.endTx || v.StartText+v.Sep+v.EndText != v.DateText || v.EndDatetime != e.End.Datetime() {
				t.Errorf("%s–%s: split into %q %q %q (end %q)", tc.value, tc.end, v.StartText, v.Sep, v.EndText, v.EndDatetime)
			}
		} else if v.Range || v.StartText != v.DateText {
			t.Errorf("%s: single date drawn as range", tc.value)
		}
	}
}

func TestGrouping(t *testing.T) {
	var views []*EventView
	for _, v := range []struct{ value, mod string }{
		{"1450", "APPROX"}, {"14", "END"}, {"183", ""}, {"1833-09", ""},
		{"2024", ""}, {"2024-02-14", ""}, {"2024-02-28", ""}, {"2024-03", "START"}, {"2024-Q3", ""}, {"2024-11", "END"},
	} {
		d := mustDate(t, v.value, v.mod)
		views = append(views, newEventView(&timeline.Event{ID: v.value, Date: d}))
	}
	groups := group(views, map[string]bool{})
	var got []string
	for _, g := range groups {
		s := g.ID + "=" + g.Label + ":"
		for _, m := range g.Months {
			s += "[" + m.Label + "]"
			for _, e := range m.Events {
				s += " " + e.ID
			}
		}
		got = append(got, s)
	}
	want := []string{
		"y1450=1450:[] 1450",
		"y15th-century=15th century:[] 14",
		"y1830s=1830s:[] 183",
		"y1833=1833:[September] 1833-09",
		"y2024=2024:[] 2024[February] 2024-02-14 2024-02-28[March] 2024-03[Q3 2024] 2024-Q3[November] 2024-11",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("groups:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Ids stay unique when a label comes back.
	again := group(append(views, views[0]), map[string]bool{})
	if last := again[len(again)-1]; last.ID != "y1450-2" {
		t.Errorf("repeated group id %q, want y1450-2", last.ID)
	}
}

func TestTextFragment(t *testing.T) {
	tests := []struct{ url, sentence, want string }{
		{"https://a.example/x", "On January 21, Damascus ended it.", "#:~:text=On%20January%2021%2C%20Damascus%20ended%20it."},
		{"https://a.example/x", "In just one week-from late November to December 7-HTS advanced & won, said al-Sharaa today.",
			"#:~:text=In%20just%20one%20week%2Dfrom,won%2C%20said%20al%2DSharaa%20today."},
		{"https://a.example/x#part", "Short one.", ":~:text=Short%20one."},
		{"https://a.example/x", "Café “quoted”", "#:~:text=Caf%C3%A9%20%E2%80%9Cquoted%E2%80%9D"},
	}
	for _, tc := range tests {
		if got := TextFragment(tc.url, tc.sentence); got != tc.want {
			t.Errorf("TextFragment(%q)\n got %s\nwant %s", tc.sentence, got, tc.want)
		}
	}
}

func TestSitePages(t *testing.T) {
	cfg, docs, evs := fixture(t)
	m := render(t, cfg, docs, evs, nil)
	index := file(t, m, "index.html")
	for _, want := range []string{
		`<time datetime="2015-09-30">30 September 2015</time>`,
		`<time datetime="2017-12">December 2017</time>`,
		`<time datetime="2024-11">late November</time> – <time datetime="2024-12-07">7 December 2024</time>`,
		`<time datetime="1850">c. 1850</time>`,
		`<time datetime="1990">the 1990s</time>`,
		`<time datetime="2025-01-28">28 January 2025</time>`,
		`<h2 id="y2015-h">2015`, `<h3 id="y2015-09">September</h3>`,
		`href="sources/a.html#p1"`,
		`href="https://www.example.com/world/syria?id=1#:~:text=On%2030%20September%202015,critics%2C%20%22a%20long%20time%22."`,
		`>example.com</a>`,
		`<a href="tags/syria.html">syria</a>`,
		`<svg class="chart"`,
	} {
		if !strings.Contains(index, want) {
			t.Errorf("index.html lacks %s", want)
		}
	}
	if strings.Count(index, `<li class="event`) != len(evs) {
		t.Errorf("index lists %d events, want %d", strings.Count(index, `<li class="event`), len(evs))
	}
	src := file(t, m, "sources/a.html")
	for _, want := range []string{
		`<p id="p1">`, `<p id="p2">`,
		`class="date-phrase">30 September 2015</a>`,
		`class="date-phrase">late November to December 7</a>`,
		`<a href="b.html#p1">the background</a>`, // a link to b.md points at b's page
	} {
		if !strings.Contains(src, want) {
			t.Errorf("sources/a.html lacks %s", want)
		}
	}
	if !strings.Contains(src, `href="../index.html#`+evs[0].ID+`"`) && !strings.Contains(src, `href="../index.html#e`) {
		t.Error("date phrases do not link back to the timeline")
	}
	for _, name := range []string{"sources/index.html", "sources/b.html", "tags/index.html", "tags/syria.html", "tags/history.html", "style.css", "timeline.js",
		"events.json", "timelinejs.json", "events.ics", "feed.xml"} {
		file(t, m, name)
	}
	if _, ok := m.Get("sitemap.xml"); ok {
		t.Error("sitemap.xml written without base_url")
	}
	// Every link is relative: none starts at the server root.
	for _, name := range m.Names() {
		if strings.HasSuffix(name, ".html") {
			if b, _ := m.Get(name); bytes.Contains(b, []byte(`href="/`)) || bytes.Contains(b, []byte(`src="/`)) {
				t.Errorf("%s has a root-relative link", name)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	cfg, docs, evs := fixture(t)
	cfg.BaseURL = "https://news.example.org/timeline"
	a, b := render(t, cfg, docs, evs, nil), render(t, cfg, docs, evs, nil)
	if strings.Join(a.Names(), " ") != strings.Join(b.Names(), " ") {
		t.Fatal("different files")
	}
	for _, n := range a.Names() {
		x, _ := a.Get(n)
		y, _ := b.Get(n)
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds", n)
		}
	}
}

func TestYearPages(t *testing.T) {
	cfg, docs, evs := fixture(t)
	cfg.YearPageThreshold = 3
	m := render(t, cfg, docs, evs, nil)
	index := file(t, m, "index.html")
	if strings.Contains(index, `<li class="event`) {
		t.Error("split index still lists events")
	}
	y := file(t, m, "years/y2015.html")
	if !strings.Contains(y, `<time datetime="2015-09-30">`) || !strings.Contains(y, `href="../sources/a.html#p1"`) {
		t.Error("year page lacks its event or relative links")
	}
	if !strings.Contains(index, `href="years/y2015.html"`) {
		t.Error("index does not link the year page")
	}
	if src := file(t, m, "sources/a.html"); !strings.Contains(src, `href="../years/y2015.html#`) {
		t.Error("date phrases do not link to the year page")
	}
}

func TestOverride(t *testing.T) {
	cfg, docs, evs := fixture(t)
	over := fstest.MapFS{
		"sources.html": {Data: []byte(`{{template "head" .}}<p class="mine">{{len .Site.Sources}} sources, my way</p>{{template "foot" .}}`)},
		"style.css":    {Data: []byte(`body{color:red}`)},
	}
	m := render(t, cfg, docs, evs, &over)
	if got := file(t, m, "sources/index.html"); !strings.Contains(got, `<p class="mine">2 sources, my way</p>`) {
		t.Errorf("override not used:\n%s", got)
	}
	if got := file(t, m, "style.css"); got != `body{color:red}` {
		t.Errorf("style.css override not used: %q", got)
	}
	if got := file(t, m, "index.html"); !strings.Contains(got, `<li class="event`) {
		t.Error("index.html (not overridden) lost its default template")
	}
	bad := fstest.MapFS{"index.html": {Data: []byte(`{{.Nope`)}}
	if err := Render(cfg, docs, evs, bad, NewMemory()); err == nil || !strings.Contains(err.Error(), "index.html") {
		t.Errorf("a broken override gives %v, want an error naming index.html", err)
	}
}

func TestHostileInput(t *testing.T) {
	src := "---\ntitle: <script>alert(1)</script> title\ntags: [\"<script>x</script>\", \"a&b\"]\n---\n\n" +
		"In 2015 the <script>alert(2)</script> tag and <img src=x onerror=alert(3)> ran. [click](javascript:alert(4)) and <b>bold</b>.\n\n" +
		"<div onclick=\"alert(5)\">raw block</div>\n"
	doc := content.Parse("evil.md", []byte(src), content.Options{})
	doc.Meta.URL = "javascript:alert(6)" // as if front matter checks had been bypassed
	ev := mkEvent(t, doc, "2015", mustDate(t, "2015", ""), nil)
	ev.Headline = `"><script>alert(7)</script>`
	ev.Sources[0].URL = "javascript:alert(8)"
	ev.Sources[0].Title = "<script>alert(9)</script>"
	cfg := timeline.DefaultConfig()
	cfg.Title = "</title><script>alert(10)</script>"
	m := render(t, cfg, []*timeline.Document{doc}, []timeline.Event{ev}, nil)
	for _, name := range m.Names() {
		b, _ := m.Get(name)
		s := string(b)
		if name == "timeline.js" || name == "events.ics" {
			continue // a script of ours; plain text, not markup
		}
		if strings.Contains(s, "<script>alert") || strings.Contains(s, "<script>x") || strings.Contains(strings.ToLower(s), "javascript:") ||
			strings.Contains(s, "onerror=") || strings.Contains(s, "onclick=") || strings.Contains(s, "<b>bold") {
			t.Errorf("%s lets hostile input through:\n%s", name, s)
		}
	}
	if got := file(t, m, "index.html"); !strings.Contains(got, "&lt;script&gt;alert(9)&lt;/script&gt;") {
		t.Error("the escaped source title is missing from the index")
	}
}

func TestExportsParse(t *testing.T) {
	cfg, docs, evs := fixture(t)
	cfg.BaseURL = "https://news.example.org/timeline/"
	m := render(t, cfg, docs, evs, nil)

	var ef EventsFile
	if err := json.Unmarshal([]byte(file(t, m, "events.json")), &ef); err != nil {
		t.Fatal(err)
	}
	if ef.Version != 1 || len(ef.Events) != len(evs) {
		t.Fatalf("events.json: version %d, %d events", ef.Version, len(ef.Events))
	}
	for i, e := range ef.Events {
		if e.ID != evs[i].ID || e.Page == "" || len(e.Sources) == 0 || e.FirstDay > e.LastDay {
			t.Errorf("events.json event %d: %+v", i, e)
		}
	}
	var tjs map[string]any
	if err := json.Unmarshal([]byte(file(t, m, "timelinejs.json")), &tjs); err != nil {
		t.Fatal(err)
	}
	if n := len(tjs["events"].([]any)); n != len(evs) {
		t.Errorf("timelinejs.json has %d events", n)
	}

	var feed struct {
		Title   string `xml:"title"`
		Entries []struct {
			ID      string `xml:"id"`
			Updated string `xml:"updated"`
			Title   string `xml:"title"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(file(t, m, "feed.xml")), &feed); err != nil {
		t.Fatal(err)
	}
	if feed.Title != cfg.Title || len(feed.Entries) != len(evs) || feed.Entries[0].Updated != "2025-01-28T00:00:00Z" {
		t.Errorf("feed: %+v", feed)
	}
	var sm struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal([]byte(file(t, m, "sitemap.xml")), &sm); err != nil {
		t.Fatal(err)
	}
	if len(sm.URLs) == 0 || sm.URLs[0].Loc != "https://news.example.org/timeline/index.html" {
		t.Errorf("sitemap: %+v", sm)
	}

	ics := file(t, m, "events.ics")
	if !strings.HasPrefix(ics, "BEGIN:VCALENDAR\r\n") || !strings.HasSuffix(ics, "END:VCALENDAR\r\n") {
		t.Error("events.ics is not one calendar")
	}
	lines := strings.Split(strings.TrimSuffix(ics, "\r\n"), "\r\n")
	folded := 0
	for _, l := range lines {
		if len(l) > 75 {
			t.Errorf("line longer than 75 octets: %q", l)
		}
		if strings.Contains(l, "\n") {
			t.Errorf("bare newline in %q", l)
		}
		if strings.HasPrefix(l, " ") {
			folded++
		}
	}
	if folded == 0 {
		t.Error("no folded line in events.ics")
	}
	unfolded := strings.ReplaceAll(ics, "\r\n ", "")
	for _, want := range []string{
		"DTSTART;VALUE=DATE:20150930\r\nDTEND;VALUE=DATE:20151001\r\n", // a day: all-day
		"DTSTART;VALUE=DATE:20241121\r\nDTEND;VALUE=DATE:20241208\r\n", // a range: multi-day
		"SUMMARY:[December 2017] In December 2017\\, the government",   // coarse: marked
		"DTSTAMP:20250128T000000Z",                                     // from the publication date
		"UID:" + evs[0].ID + "@news.example.org",                       //
		"CATEGORIES:history,syria",                                     //
		`say critics\, "a long time".`,                                 // escaped comma
	} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("events.ics lacks %q", want)
		}
	}
}

func TestICSFolding(t *testing.T) {
	var b bytes.Buffer
	long := "DESCRIPTION:" + strings.Repeat("é", 60) // 2-byte runes must not be cut
	writeICSLine(&b, long)
	out := b.String()
	for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets", len(l))
		}
		if !utf8ValidString(strings.TrimPrefix(l, " ")) {
			t.Errorf("cut inside a rune: %q", l)
		}
	}
	if got := strings.ReplaceAll(out, "\r\n ", ""); got != long+"\r\n" {
		t.Errorf("unfolding gives %q", got)
	}
	if got := icsEscape("a,b;c\\d\ne"); got != `a\,b\;c\\d\ne` {
		t.Errorf("icsEscape: %q", got)
	}
}

func utf8ValidString(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// TestGolden compares the exports of the fixed site with testdata/golden;
// go test -run Golden -update rewrites them (review the diff).
func TestGolden(t *testing.T) {
	cfg, docs, evs := fixture(t)
	cfg.BaseURL = "https://news.example.org/timeline/"
	m := render(t, cfg, docs, evs, nil)
	for _, name := range []string{"events.json", "timelinejs.json", "events.ics", "feed.xml", "sitemap.xml"} {
		got := file(t, m, name)
		path := filepath.Join("testdata", "golden", name)
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run Golden -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs from %s (go test -run Golden -update rewrites it):\n%s", name, path, got)
		}
	}
}

// TestStreamedExportsEmpty checks the streamed JSON exports against
// json.MarshalIndent of the whole document when there are no events (the
// golden files cover a timeline with events).
func TestStreamedExportsEmpty(t *testing.T) {
	s := newSite(timeline.Config{Title: "T <&>", Description: "d"}, nil, nil, nil, nil)
	got, err := EventsJSON(s)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.MarshalIndent(EventsFile{Version: 1, Title: s.Title, Events: []EventsItem{}}, "", "  ")
	if string(got) != string(want)+"\n" {
		t.Errorf("events.json:\n%s\nwant:\n%s", got, want)
	}
	got, err = TimelineJS(s)
	if err != nil {
		t.Fatal(err)
	}
	want, _ = json.MarshalIndent(tjsFile{Title: &tjsTitle{Text: tjsText{Headline: "T &lt;&amp;&gt;", Text: "d"}}, Events: []tjsEvent{}}, "", "  ")
	if string(got) != string(want)+"\n" {
		t.Errorf("timelinejs.json:\n%s\nwant:\n%s", got, want)
	}
}

// TestCacheReuse prepares a site again after edits through one Cache and
// checks every file against a fresh build of the same input: changed
// events, a changed template and a split into year pages all show.
func TestCacheReuse(t *testing.T) {
	cfg, docs, evs := fixture(t)
	c := NewCache()
	same := func(step string, cfg timeline.Config, evs []timeline.Event, over fstest.MapFS) {
		t.Helper()
		p, err := c.Prepare(cfg, docs, evs, over)
		if err != nil {
			t.Fatal(err)
		}
		got := NewMemory()
		if err := p.Render(got); err != nil {
			t.Fatal(err)
		}
		want := render(t, cfg, docs, evs, &over)
		if strings.Join(got.Names(), " ") != strings.Join(want.Names(), " ") {
			t.Fatalf("%s: files %v, want %v", step, got.Names(), want.Names())
		}
		for _, n := range want.Names() {
			x, _ := got.Get(n)
			y, _ := want.Get(n)
			if !bytes.Equal(x, y) {
				t.Errorf("%s: %s differs from a fresh build", step, n)
			}
		}
	}
	same("first", cfg, evs, fstest.MapFS{})
	same("unchanged", cfg, evs, fstest.MapFS{})
	edited := append([]timeline.Event(nil), evs...)
	edited[0].Text = "An edited sentence in " + edited[0].Text
	edited[1].Tags = append([]string{"new tag"}, edited[1].Tags...)
	same("edited", cfg, edited, fstest.MapFS{})
	over := fstest.MapFS{"partials.html": {Data: bytes.Replace(mustRead(t, "partials.html"), []byte(`<p class="when">`), []byte(`<p class="when changed">`), 1)}}
	same("template", cfg, edited, over)
	cfg.YearPageThreshold = 2
	same("split", cfg, edited, over)
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := readTemplateFile(nil, name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestExportsSetting: the site writes the exports cfg.Exports names (nil:
// all of them), and its pages link to those and no others: the footer's
// Download list, and the feed in the head only when the feed is written.
func TestExportsSetting(t *testing.T) {
	cfg, docs, evs := fixture(t)
	for _, c := range []struct {
		name    string
		exports []string
		want    []string
	}{
		{"default", nil, timeline.ExportFiles()},
		{"none", []string{}, nil},
		{"calendar and feed", []string{"feed.xml", "events.ics"}, []string{"events.ics", "feed.xml"}},
		{"json twice", []string{"events.json", "events.json"}, []string{"events.json"}},
	} {
		cfg.Exports = c.exports
		out := NewMemory()
		if err := Render(cfg, docs, evs, nil, out); err != nil {
			t.Fatal(err)
		}
		page, ok := out.Get("index.html")
		if !ok {
			t.Fatalf("%s: no index.html", c.name)
		}
		var links []string
		if i := bytes.Index(page, []byte(`<p class="exports">`)); i >= 0 {
			foot := page[i : i+bytes.Index(page[i:], []byte("</p>"))]
			for _, m := range regexp.MustCompile(`href="([^"]+)"`).FindAllSubmatch(foot, -1) {
				links = append(links, string(m[1]))
			}
		}
		if !slices.Equal(links, c.want) {
			t.Errorf("%s: the footer links %q, want %q", c.name, links, c.want)
		}
		for _, f := range timeline.ExportFiles() {
			_, written := out.Get(f)
			if want := slices.Contains(c.want, f); written != want {
				t.Errorf("%s: %s written %v, want %v", c.name, f, written, want)
			}
		}
		feedLink := bytes.Contains(page, []byte(`type="application/atom+xml"`))
		if want := slices.Contains(c.want, "feed.xml"); feedLink != want {
			t.Errorf("%s: the head links the feed %v, want %v", c.name, feedLink, want)
		}
	}
}
