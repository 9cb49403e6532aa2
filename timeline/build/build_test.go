package build

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/site"
)

func load(t *testing.T, fsys fstestFS) *Result {
	t.Helper()
	return coldLoad(t, timeline.DefaultConfig(), fsys)
}

type fstestFS = fstest.MapFS

// TestSeedEvents loads the project's sample content and checks that the
// seed article and its background give exactly the events the product
// promises, with the right dates and precision.
func TestSeedEvents(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, name := range []string{"russian-delegation-damascus.md", "russian-intervention-in-syria.md"} {
		b, err := os.ReadFile("../../content/" + name)
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	res := load(t, fsys)
	for _, d := range res.Diagnostics {
		if d.Severity == timeline.Error {
			t.Errorf("diagnostic: %s", d)
		}
	}
	type want struct {
		value, mod, end string
		prec            timeline.Precision
		text            string
	}
	wants := []want{
		{"2015-09-30", "", "", timeline.PrecisionDay, "Russia launched a military intervention"},
		{"2017-12", "", "", timeline.PrecisionMonth, "deployed to Syria permanently"},
		{"2024-11", "END", "2024-12-07", timeline.PrecisionMonth, "HTS advanced from northern Syria to Damascus"},
		{"2025-01-21", "", "", timeline.PrecisionDay, "terminated its agreement with the Russian company Stroytransgaz"},
		{"2025-01-28", "", "", timeline.PrecisionDay, "A Russian delegation has arrived in Syria"},
	}
	if len(res.Events) != len(wants) {
		for _, e := range res.Events {
			t.Logf("event %s %s: %s", e.Date.Value, e.Date.Mod, e.Text)
		}
		t.Fatalf("got %d events, want %d", len(res.Events), len(wants))
	}
	for i, w := range wants {
		e := res.Events[i]
		end := ""
		if e.End != nil {
			end = e.End.Value
		}
		if e.Date.Value != w.value || e.Date.Mod != w.mod || end != w.end || e.Date.Precision != w.prec || !strings.Contains(e.Text, w.text) {
			t.Errorf("event %d = %s %s..%s (%s) %q, want %s %s..%s (%s) containing %q",
				i, e.Date.Value, e.Date.Mod, end, e.Date.Precision, e.Text, w.value, w.mod, w.end, w.prec, w.text)
		}
		if len(e.Sources) == 0 || e.Sources[0].Line == 0 || e.ID == "" {
			t.Errorf("event %d has no source line or id: %+v", i, e)
		}
	}
}

func TestContentErrorsAreDiagnostics(t *testing.T) {
	fsys := fstest.MapFS{
		"good.md": {Data: []byte("---\ntitle: ok\n---\nIn 1999 it began.\n")},
		"bad.md":  {Data: []byte("---\ntitle: [x\n---\n")},
		"a b.md":  {Data: []byte("x")},
		"a-b.md":  {Data: []byte("y")},
	}
	res := load(t, fsys)
	if !res.Failed(false) {
		t.Fatal("broken content did not fail")
	}
	var msgs []string
	for _, d := range res.Diagnostics {
		msgs = append(msgs, d.String())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"bad.md:2: error: invalid front matter", `a-b.md: error: page name "a-b" is already used by a b.md`} {
		if !strings.Contains(all, want) {
			t.Errorf("missing %q in\n%s", want, all)
		}
	}
	if len(res.Events) != 1 || res.Events[0].Date.Value != "1999" {
		t.Errorf("good source's events lost: %+v", res.Events)
	}
}

func TestCacheReusesUnchangedSources(t *testing.T) {
	mod := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	fsys := fstest.MapFS{
		"a.md": {Data: []byte("In 1999 it began."), ModTime: mod},
		"b.md": {Data: []byte("In 2001 it ended."), ModTime: mod},
	}
	l, _ := NewLoader(timeline.DefaultConfig())
	if _, err := l.Load(context.Background(), fsys); err != nil {
		t.Fatal(err)
	}
	fsys["b.md"] = &fstest.MapFile{Data: []byte("In 2002 it ended."), ModTime: mod.Add(time.Second)}
	res, err := l.Load(context.Background(), fsys)
	if err != nil {
		t.Fatal(err)
	}
	if res.Reused != 1 {
		t.Errorf("reused %d sources, want 1", res.Reused)
	}
	if len(res.Events) != 2 || res.Events[1].Date.Value != "2002" {
		t.Errorf("events after edit: %+v", res.Events)
	}
	delete(fsys, "a.md")
	res, _ = l.Load(context.Background(), fsys)
	if len(res.Docs) != 1 || len(res.Events) != 1 {
		t.Errorf("deleted source still present: %d docs, %d events", len(res.Docs), len(res.Events))
	}
}

// TestDropSources: a loader that drops the sources renders the same site
// from files read again, and a source that changed since it was loaded
// fails the render with its path instead of mixing two versions.
func TestDropSources(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md": {Data: []byte("---\ntitle: A\n---\n\nOn 3 May 2001 the bridge reopened. See [b](b.md).\n")},
		"b.md": {Data: []byte("In 1999 it began.\n\n[^1]: Note of 12 June 2002.\n\nText[^1].\n")},
	}
	cfg := timeline.DefaultConfig()
	want := renderSite(t, cfg, load(t, fsys))
	l, _ := NewLoader(cfg)
	l.DropSources()
	res, err := l.Load(context.Background(), fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Docs {
		if d.Source != nil {
			t.Errorf("%s: Source kept", d.Path)
		}
		if b, err := d.Bytes(); err != nil || string(b) != string(fsys[d.Path].Data) {
			t.Errorf("%s: Bytes() = %q, %v", d.Path, b, err)
		}
	}
	got := renderSite(t, cfg, res)
	sameSite(t, want, got, "rendered from files read again")
	if !strings.Contains(string(mustGet(t, got, "sources/a.html")), `class="date-phrase">3 May 2001</a>`) {
		t.Errorf("no highlighted phrase in sources/a.html:\n%s", mustGet(t, got, "sources/a.html"))
	}
	fsys["a.md"] = &fstest.MapFile{Data: []byte("---\ntitle: A\n---\n\nOn 4 May 2001 the bridge reopened. See [b](b.md).\n")}
	err = site.Render(cfg, res.Docs, res.Events, nil, site.NewMemory())
	if err == nil || !strings.Contains(err.Error(), "a.md: changed during the build") {
		t.Errorf("render after a.md changed: %v", err)
	}
	orig := string(fsys["b.md"].Data)
	for name, data := range map[string]string{"grown": orig + "More.\n", "shrunk": orig[:len(orig)-2], "gone": ""} {
		if name == "gone" {
			delete(fsys, "b.md")
		} else {
			fsys["b.md"] = &fstest.MapFile{Data: []byte(data)}
		}
		for _, d := range res.Docs {
			if _, err := d.Bytes(); d.Path == "b.md" && (err == nil || !strings.Contains(err.Error(), "b.md")) {
				t.Errorf("b.md %s: Bytes() error %v", name, err)
			}
		}
	}
}

// TestDropSourcesOver: content within the budget keeps its sources;
// content over it drops all of them, the ones read before the budget ran
// out too, and still renders from the files.
func TestDropSourcesOver(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 20 {
		data := fmt.Sprintf("On %d May 2001 bridge %d reopened.\n", i+1, i)
		fsys[fmt.Sprintf("s%02d.md", i)] = &fstest.MapFile{Data: []byte(data)}
	}
	// The budget holds the sources and the pages made from them.
	total := 0
	l, _ := NewLoader(timeline.DefaultConfig())
	l.DropSourcesOver(1 << 30)
	res, err := l.Load(context.Background(), fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Docs {
		if d.Page == nil {
			t.Fatalf("%s: no page made ahead within the budget", d.Path)
		}
		total += len(d.Source) + len(d.Page.HTML)
	}
	for _, c := range []struct {
		keep int64
		kept bool
	}{{int64(total), true}, {int64(total) - 1, false}, {0, false}} {
		l, _ := NewLoader(timeline.DefaultConfig())
		l.DropSourcesOver(c.keep)
		res, err := l.Load(context.Background(), fsys)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range res.Docs {
			if (d.Source != nil) != c.kept || (d.Page != nil) != c.kept {
				t.Errorf("keep %d of %d bytes: %s kept source %v, page %v, want %v", c.keep, total, d.Path, d.Source != nil, d.Page != nil, c.kept)
			}
			if b, err := d.Bytes(); err != nil || string(b) != string(fsys[d.Path].Data) {
				t.Errorf("keep %d: %s: Bytes() = %q, %v", c.keep, d.Path, b, err)
			}
		}
	}
}

// TestDropSourcesProjected: a site whose first few hundred sources show
// that all of them will not fit the budget stops keeping sources (and
// making their pages) from then on, and keeps none in the end.
func TestDropSourcesProjected(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 600 {
		fsys[fmt.Sprintf("s%03d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("On %d May 2001 bridge %d reopened.\n", i%28+1, i))}
	}
	for _, c := range []struct {
		keep int64
		over bool
	}{{1 << 30, false}, {300 * 120, true}} {
		l, _ := NewLoader(timeline.DefaultConfig())
		l.DropSourcesOver(c.keep)
		res, err := l.Load(context.Background(), fsys)
		if err != nil {
			t.Fatal(err)
		}
		if l.over.Load() != c.over {
			t.Errorf("keep %d: over = %v, want %v", c.keep, l.over.Load(), c.over)
		}
		// The projection stops it after 256 of the 600 sources, long
		// before the budget itself would (about 115 bytes a source and page).
		if c.over && l.kept.Load() > c.keep*9/10 {
			t.Errorf("keep %d: %d bytes kept before the projection stopped it", c.keep, l.kept.Load())
		}
		for _, d := range res.Docs {
			if (d.Source != nil) == c.over || (d.Page != nil) == c.over {
				t.Fatalf("keep %d: %s keeps source %v, page %v", c.keep, d.Path, d.Source != nil, d.Page != nil)
			}
			if b, err := d.Bytes(); err != nil || string(b) != string(fsys[d.Path].Data) {
				t.Fatalf("%s: Bytes() = %q, %v", d.Path, b, err)
			}
		}
	}
}

// TestPagesMadeAhead: a loader that keeps its sources renders each
// source's page while loading (Document.Page), and the site built from
// those pages is byte for byte the site rendered from the sources (here
// the project's sample content and sources linking to each other).
func TestPagesMadeAhead(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md":     {Data: []byte("---\ntitle: A\n---\n\nOn 3 May 2001 the bridge reopened. See [b](b.md \"B\") and [c in 2003](sub/c.md#p1).\n\nFrom late November to December 7 it was shut.\n")},
		"b.md":     {Data: []byte("In 1999 it began.\n\n[^1]: Note of 12 June 2002.\n\nText[^1] and [a](a.md).\n")},
		"sub/c.md": {Data: []byte("# In 2003\n\n| when | what |\n|---|---|\n| 4 July 1776 | [back](../a.md) |\n")},
	}
	for _, name := range []string{"apollo-program.md", "printing-press.md", "russian-delegation-damascus.md", "russian-intervention-in-syria.md"} {
		data, err := os.ReadFile("../../content/" + name)
		if err != nil {
			t.Fatal(err)
		}
		fsys["seed/"+name] = &fstest.MapFile{Data: data}
	}
	cfg := timeline.DefaultConfig()
	render := func(drop int64) (*site.Memory, *Result) {
		t.Helper()
		l, _ := NewLoader(cfg)
		l.DropSourcesOver(drop)
		res, err := l.Load(context.Background(), fsys)
		if err != nil {
			t.Fatal(err)
		}
		return renderSite(t, cfg, res), res
	}
	want, res := render(0) // sources dropped: every page rendered from its file read again
	for _, d := range res.Docs {
		if d.Page != nil {
			t.Errorf("%s: page made ahead by a loader that drops its sources", d.Path)
		}
	}
	got, res := render(1 << 30)
	for _, d := range res.Docs {
		if d.Page == nil {
			t.Errorf("%s: no page made ahead", d.Path)
		}
		d.Source, d.Reread = nil, nil // the pages must not need them
	}
	sameSite(t, want, got, "rendered from pages made ahead")
	sameSite(t, want, renderSite(t, cfg, res), "rendered from pages made ahead, without the files")
}

// TestSpoolPages: a loader that drops its sources but has a spool makes
// every page ahead all the same, keeps its HTML in the spool rather than
// in memory, and the site rendered from the pages read back (without the
// files) is the site rendered from the files; a spool that cannot be
// written leaves the pages to be rendered from the files.
func TestSpoolPages(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md":     {Data: []byte("---\ntitle: A\n---\n\nOn 3 May 2001 the bridge reopened. See [b](b.md \"B\").\n")},
		"b.md":     {Data: []byte("In 1999 it began.\n\n[^1]: Note of 12 June 2002.\n\nText[^1] and [a](a.md).\n")},
		"sub/c.md": {Data: []byte("# In 2003\n\n| when | what |\n|---|---|\n| 4 July 1776 | [back](../a.md) |\n")},
	}
	cfg := timeline.DefaultConfig()
	want := renderSite(t, cfg, load(t, fsys))
	for _, failing := range []bool{false, true} {
		f, err := os.CreateTemp(t.TempDir(), "spool")
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		l, _ := NewLoader(cfg)
		l.DropSources()
		if failing {
			l.SpoolPages(failingSpool{f})
		} else {
			l.SpoolPages(f)
		}
		res, err := l.Load(context.Background(), fsys)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range res.Docs {
			if d.Source != nil {
				t.Errorf("%s: source kept", d.Path)
			}
			if failing {
				if d.Page != nil {
					t.Errorf("%s: page kept though the spool failed", d.Path)
				}
				continue
			}
			if d.Page == nil || d.Page.HTML != nil || d.Page.ReadHTML == nil {
				t.Fatalf("%s: page not spooled: %+v", d.Path, d.Page)
			}
			d.Reread = nil // the pages must not need the files
		}
		sameSite(t, want, renderSite(t, cfg, res), fmt.Sprintf("spool failing %v", failing))
	}
}

type failingSpool struct{ *os.File }

func (failingSpool) WriteAt([]byte, int64) (int, error) { return 0, errors.New("disk full") }

// TestFailedProcess: a panic while reading a source (a bug of ours, here
// made to happen) becomes an error naming the file, in a Load that
// reads every other source as usual, instead of a crash.
func TestFailedProcess(t *testing.T) {
	testHookTag = func(p string) {
		if p == "b.md" {
			var m map[string]int
			//lint:ignore SA5000 the panic is the point of the test
			m["x"]++ // a nil map: the kind of bug a rule can have
		}
	}
	defer func() { testHookTag = nil }()
	fsys := fstest.MapFS{
		"a.md": {Data: []byte("On 3 May 2001 the bridge reopened.\n")},
		"b.md": {Data: []byte("On 4 May 2001 the bridge closed.\n")},
	}
	for _, drop := range []bool{false, true} {
		l, _ := NewLoader(timeline.DefaultConfig())
		if drop {
			l.DropSources()
		}
		res, err := l.Load(context.Background(), fsys)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Failed(false) || len(res.Diagnostics) != 1 || res.Diagnostics[0].Path != "b.md" || !strings.Contains(res.Diagnostics[0].Message, "internal error") {
			t.Errorf("diagnostics %v", res.Diagnostics)
		}
		if len(res.Events) != 1 || res.Events[0].Sources[0].Path != "a.md" {
			t.Errorf("events %+v", res.Events)
		}
	}
}

// TestBytesInto checks that a dropped source is read again into the
// caller's buffer when it has room (a site renders page after page with
// one buffer), into new memory when it has not, and that a file changed
// since loading is an error rather than other bytes.
func TestBytesInto(t *testing.T) {
	data := "On 3 May 2001 the bridge reopened.\n"
	fsys := fstest.MapFS{"a.md": &fstest.MapFile{Data: []byte(data)}}
	l, _ := NewLoader(timeline.DefaultConfig())
	l.DropSources()
	res, err := l.Load(context.Background(), fsys)
	if err != nil {
		t.Fatal(err)
	}
	d := res.Docs[0]
	if d.Source != nil {
		t.Fatal("source kept by a dropping loader")
	}
	buf := make([]byte, 0, 4096)
	b, err := d.BytesInto(buf)
	if err != nil || string(b) != data {
		t.Fatalf("BytesInto = %q, %v", b, err)
	}
	if &b[0] != &buf[:1][0] {
		t.Error("BytesInto did not read into the buffer it was given")
	}
	small, err := d.BytesInto(make([]byte, 0, 4))
	if err != nil || string(small) != data {
		t.Fatalf("BytesInto(small) = %q, %v", small, err)
	}
	fsys["a.md"].Data = []byte(strings.Replace(data, "3 May", "4 May", 1))
	if b, err := d.BytesInto(buf); err == nil {
		t.Errorf("changed file read as %q without an error", b)
	}
}

// renderSite renders res's site into memory.
func renderSite(t *testing.T, cfg timeline.Config, res *Result) *site.Memory {
	t.Helper()
	m := site.NewMemory()
	if err := site.Render(cfg, res.Docs, res.Events, nil, m); err != nil {
		t.Fatal(err)
	}
	return m
}

// sameSite reports every file of want that got lacks or has otherwise.
func sameSite(t *testing.T, want, got *site.Memory, how string) {
	t.Helper()
	if len(got.Names()) != len(want.Names()) {
		t.Errorf("%s: %d files, want %d", how, len(got.Names()), len(want.Names()))
	}
	for _, name := range want.Names() {
		w, _ := want.Get(name)
		g, _ := got.Get(name)
		if string(w) != string(g) {
			t.Errorf("%s: %s differs", how, name)
		}
	}
}

func mustGet(t *testing.T, m *site.Memory, name string) []byte {
	t.Helper()
	b, ok := m.Get(name)
	if !ok {
		t.Fatalf("%s not written", name)
	}
	return b
}
