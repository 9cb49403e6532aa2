package serve

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// project writes files (slash paths relative to a fresh folder) and
// returns the folder.
func project(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		writeFile(t, filepath.Join(dir, filepath.FromSlash(name)), body)
	}
	return dir
}

func writeFile(t testing.TB, p, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func testConfig(dir string) timeline.Config {
	cfg := timeline.DefaultConfig()
	cfg.ContentDir = filepath.Join(dir, "content")
	cfg.TemplatesDir = filepath.Join(dir, "layouts")
	cfg.OutDir = filepath.Join(dir, "public")
	return cfg
}

// running is a server started for a test, with its base URL.
type running struct {
	srv  *Server
	url  string
	log  *syncBuffer
	done chan error
}

// start runs a server for the project in dir on a loopback port until the
// test ends.
func start(t testing.TB, dir string, opts Options) *running {
	t.Helper()
	if opts.Config.ContentDir == "" {
		opts.Config = testConfig(dir)
	}
	log := &syncBuffer{}
	opts.Log = log
	srv, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{srv: srv, url: "http://" + ln.Addr().String(), log: log, done: make(chan error, 1)}
	go func() { r.done <- srv.Run(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-r.done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Errorf("server did not shut down")
		}
	})
	return r
}

type syncBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// stateMsg is a message of the event stream.
type stateMsg struct {
	Build    string    `json:"build"`
	Problems []Problem `json:"problems"`
}

// stream is an open event stream.
type stream struct {
	msgs chan stateMsg
	body io.Closer
}

func openStream(t testing.TB, base string) *stream {
	t.Helper()
	u := base + eventsPath
	if i := strings.Index(base, "?"); i >= 0 {
		u = base[:i] + eventsPath + base[i:]
	}
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("event stream content type %q", ct)
	}
	s := &stream{msgs: make(chan stateMsg, 64), body: resp.Body}
	go func() {
		defer close(s.msgs)
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if data, ok := strings.CutPrefix(line, "data: "); ok {
				var m stateMsg
				if json.Unmarshal([]byte(data), &m) == nil {
					s.msgs <- m
				}
			}
		}
	}()
	t.Cleanup(func() { resp.Body.Close() })
	return s
}

// next waits for the next message (a generous timeout guards against a
// hang; it is not a performance assertion).
func (s *stream) next(t testing.TB) stateMsg {
	t.Helper()
	select {
	case m, ok := <-s.msgs:
		if !ok {
			t.Fatal("event stream closed")
		}
		return m
	case <-time.After(20 * time.Second):
		t.Fatal("no message on the event stream")
	}
	return stateMsg{}
}

// until reads messages until one satisfies ok.
func (s *stream) until(t testing.TB, what string, ok func(stateMsg) bool) stateMsg {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		select {
		case m, open := <-s.msgs:
			if !open {
				t.Fatalf("event stream closed waiting for %s", what)
			}
			if ok(m) {
				return m
			}
		case <-deadline:
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

func get(t testing.TB, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

const okSource = `---
title: River notes
date: 2024-03-15
---

The bridge opened on 12 May 1998 after two years of work.
`

func TestServeRebuildsOnChanges(t *testing.T) {
	dir := project(t, map[string]string{"content/river.md": okSource, "config.yaml": "title: Test\n"})
	r := start(t, dir, Options{})
	s := openStream(t, r.url)
	first := s.next(t)
	if first.Build == "" || len(first.Problems) != 0 {
		t.Fatalf("first state = %+v, want a good build", first)
	}
	code, body, _ := get(t, r.url+"/sources/river.html")
	if code != 200 || !strings.Contains(body, "The bridge opened") {
		t.Fatalf("GET source page: %d %q", code, body)
	}
	if !strings.Contains(body, `src="/_timeline/live.js" data-build="`+first.Build+`"`) {
		t.Errorf("source page lacks the live-reload script of build %s", first.Build)
	}
	build := first.Build
	newBuild := func(what string) stateMsg {
		t.Helper()
		m := s.until(t, what, func(m stateMsg) bool { return m.Build != build || len(m.Problems) > 0 })
		if len(m.Problems) > 0 {
			t.Fatalf("%s: unexpected problems %+v", what, m.Problems)
		}
		build = m.Build
		return m
	}
	page := func(name string) string {
		t.Helper()
		_, body, _ := get(t, r.url+"/"+name)
		return body
	}
	content := filepath.Join(dir, "content")

	// A plain write.
	writeFile(t, filepath.Join(content, "river.md"), strings.Replace(okSource, "bridge", "ferry", 1))
	newBuild("edit in place")
	if !strings.Contains(page("sources/river.html"), "The ferry opened") {
		t.Error("edit in place not served")
	}

	// Write to a temporary file, then rename over the original.
	tmp := filepath.Join(content, ".river.md.tmp")
	writeFile(t, tmp, strings.Replace(okSource, "bridge", "tunnel", 1))
	if err := os.Rename(tmp, filepath.Join(content, "river.md")); err != nil {
		t.Fatal(err)
	}
	newBuild("atomic save")
	if !strings.Contains(page("sources/river.html"), "The tunnel opened") {
		t.Error("atomic save not served")
	}

	// A new folder with a source in it.
	sub := filepath.Join(content, "more")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(sub, "dam.md"), "---\ntitle: Dam\n---\n\nThe dam burst on 3 June 1911.\n")
	m := newBuild("new folder")
	for !strings.Contains(page("sources/more-dam.html"), "The dam burst") {
		// the folder's creation and the file's write may be two builds
		m = newBuild("file in new folder")
	}
	_ = m
	// A later edit inside the new folder is seen too (the folder is watched).
	writeFile(t, filepath.Join(sub, "dam.md"), "---\ntitle: Dam\n---\n\nThe dam held on 3 June 1911.\n")
	newBuild("edit in new folder")
	if !strings.Contains(page("sources/more-dam.html"), "The dam held") {
		t.Error("edit in a new folder not served")
	}

	// Rename a source.
	if err := os.Rename(filepath.Join(sub, "dam.md"), filepath.Join(sub, "weir.md")); err != nil {
		t.Fatal(err)
	}
	newBuild("rename")
	if code, _, _ := get(t, r.url+"/sources/more-weir.html"); code != 200 {
		t.Errorf("renamed source: %d", code)
	}
	if code, _, _ := get(t, r.url+"/sources/more-dam.html"); code != 404 {
		t.Errorf("old name after rename: %d, want 404", code)
	}

	// Delete the folder.
	if err := os.RemoveAll(sub); err != nil {
		t.Fatal(err)
	}
	newBuild("delete folder")
	if code, _, _ := get(t, r.url+"/sources/more-weir.html"); code != 404 {
		t.Errorf("deleted source: %d, want 404", code)
	}

	// Broken front matter: problems pushed, last good build still served.
	writeFile(t, filepath.Join(content, "river.md"), "---\ntitle: [unclosed\n---\n\nText.\n")
	bad := s.until(t, "problems", func(m stateMsg) bool { return len(m.Problems) > 0 })
	if bad.Build != build {
		t.Errorf("failed build changed the build id: %s -> %s", build, bad.Build)
	}
	p := bad.Problems[0]
	if !strings.HasSuffix(p.Path, "content/river.md") || p.Line != 2 || p.Message == "" {
		t.Errorf("problem = %+v, want content/river.md line 2", p)
	}
	if !strings.Contains(page("sources/river.html"), "The tunnel opened") {
		t.Error("last good build not served while the content is broken")
	}
	if !strings.Contains(r.log.String(), "river.md:2") {
		t.Errorf("terminal log lacks the problem:\n%s", r.log.String())
	}
	// A page opened now learns about the problem at once.
	if m := openStream(t, r.url).next(t); len(m.Problems) == 0 {
		t.Error("new stream did not start with the current problems")
	}

	// Fixed: a new build, no problems.
	writeFile(t, filepath.Join(content, "river.md"), okSource)
	newBuild("fix")
	if !strings.Contains(page("sources/river.html"), "The bridge opened") {
		t.Error("fixed content not served")
	}
}

func TestServeTemplatesAndConfig(t *testing.T) {
	dir := project(t, map[string]string{"content/river.md": okSource, "config.yaml": "title: First title\n"})
	cfgFile := filepath.Join(dir, "config.yaml")
	reload := func() (timeline.Config, error) {
		cfg := testConfig(dir)
		b, err := os.ReadFile(cfgFile)
		if err != nil {
			return cfg, err
		}
		if title, ok := strings.CutPrefix(strings.TrimSpace(string(b)), "title: "); ok {
			cfg.Title = title
		}
		return cfg, nil
	}
	cfg, _ := reload()
	r := start(t, dir, Options{Config: cfg, ConfigFile: cfgFile, Reload: reload})
	s := openStream(t, r.url)
	build := s.next(t).Build
	wait := func(what string) {
		t.Helper()
		m := s.until(t, what, func(m stateMsg) bool { return m.Build != build })
		build = m.Build
	}
	writeFile(t, cfgFile, "title: Second title\n")
	wait("config change")
	if _, body, _ := get(t, r.url+"/"); !strings.Contains(body, "Second title") {
		t.Error("config change not applied")
	}
	// The templates folder does not exist yet: creating it is seen.
	writeFile(t, filepath.Join(dir, "layouts", "style.css"), "body{color:red}/*custom*/")
	_, body, hdr := get(t, r.url+"/style.css")
	for !strings.Contains(body, "custom") {
		wait("templates folder")
		_, body, hdr = get(t, r.url+"/style.css")
	}
	if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "text/css") {
		t.Errorf("style.css content type %q", ct)
	}
	if strings.Contains(body, "live.js") {
		t.Error("script injected into CSS")
	}
}

func TestServeFirstBuildBroken(t *testing.T) {
	dir := project(t, map[string]string{"content/river.md": "---\ntitle: x\n"})
	r := start(t, dir, Options{})
	s := openStream(t, r.url)
	if m := s.next(t); len(m.Problems) == 0 || m.Build != "" {
		t.Fatalf("state = %+v, want problems and no build", m)
	}
	code, body, _ := get(t, r.url+"/")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "live.js") {
		t.Errorf("GET / before any good build: %d %q", code, body)
	}
	writeFile(t, filepath.Join(dir, "content", "river.md"), okSource)
	s.until(t, "first good build", func(m stateMsg) bool { return m.Build != "" && len(m.Problems) == 0 })
	if code, _, _ := get(t, r.url+"/"); code != 200 {
		t.Errorf("GET / after the fix: %d", code)
	}
}

// TestServeRendersOpenPagesFirst checks that a build renders the pages
// open in browsers before telling them to reload, and leaves the rest of
// the site to be rendered on request.
func TestServeRendersOpenPagesFirst(t *testing.T) {
	dir := project(t, map[string]string{"content/river.md": okSource, "content/dam.md": "---\ntitle: Dam\n---\n\nThe dam burst on 3 June 1911.\n"})
	r := start(t, dir, Options{})
	s := openStream(t, r.url+"?page=/sources/river.html")
	build := s.next(t).Build
	writeFile(t, filepath.Join(dir, "content", "river.md"), strings.Replace(okSource, "bridge", "ferry", 1))
	s.until(t, "a new build", func(m stateMsg) bool { return m.Build != build })
	snap := r.srv.current().site
	for name, want := range map[string]bool{"sources/river.html": true, "style.css": true, "sources/dam.html": false, "index.html": false} {
		if _, got := snap.files.Get(name); got != want {
			t.Errorf("%s rendered before any request = %v, want %v", name, got, want)
		}
	}
	if code, body, _ := get(t, r.url+"/sources/dam.html"); code != 200 || !strings.Contains(body, "The dam burst") {
		t.Errorf("page rendered on request: %d", code)
	}
}
