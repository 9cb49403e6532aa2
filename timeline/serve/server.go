package serve

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sync"
	"time"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/build"
	"github.com/timeline-tool/timeline/timeline/site"
)

// Options configure a Server.
type Options struct {
	// Config is the site configuration; its ContentDir and TemplatesDir are
	// the folders watched and built.
	Config timeline.Config
	// ConfigFile is the configuration file to watch ("" watches none).
	ConfigFile string
	// Reload reads the configuration again after ConfigFile changed. Nil
	// keeps Config for the life of the server.
	Reload func() (timeline.Config, error)
	// Debounce is how long the watcher waits for a burst of file events to
	// end before rebuilding (0: DefaultDebounce).
	Debounce time.Duration
	// Log receives one line per build and the problems found (nil: discard).
	Log io.Writer
}

// DefaultDebounce is short enough to feel instant and long enough to fold
// an editor's save (write temp file, rename over the original) into one
// rebuild.
const DefaultDebounce = 15 * time.Millisecond

// Problem is one error shown in the page overlay and the terminal.
type Problem struct {
	Path    string `json:"path,omitempty"`
	Line    int    `json:"line,omitempty"`
	Col     int    `json:"col,omitempty"`
	Message string `json:"message"`
}

func (p Problem) String() string {
	d := timeline.Diagnostic{Severity: timeline.Error, Path: p.Path, Line: p.Line, Col: p.Col, Message: p.Message}
	if p.Path == "" {
		return "error: " + p.Message
	}
	return d.String()
}

// state is what the server serves: the last good build, and the problems
// of the latest build when it failed.
type state struct {
	build    string    // id of the last good build: instance-generation
	site     *snapshot // nil until a build succeeds
	problems []Problem // nil when the latest build succeeded
}

// Server is a development server. Create it with New, then call Run.
type Server struct {
	opts     Options
	instance string // random per server, so pages reload after a restart too
	hub      *hub

	// Only the build goroutine touches these.
	cfg    timeline.Config
	loader *build.Loader
	views  *site.Cache // the event views of the last build, reused by the next
	gen    int

	mu     sync.RWMutex
	state  state
	render sync.Mutex // one site.Render at a time

	logMu sync.Mutex
}

// New returns a server for opts. It does not build yet.
func New(opts Options) (*Server, error) {
	if opts.Debounce <= 0 {
		opts.Debounce = DefaultDebounce
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	loader, err := build.NewLoader(opts.Config)
	if err != nil {
		return nil, err
	}
	loader.ReuseResults() // a snapshot's site copies what it keeps of the events
	var nonce [4]byte
	_, _ = rand.Read(nonce[:])
	return &Server{opts: opts, cfg: opts.Config, loader: loader, views: site.NewCache(), instance: hex.EncodeToString(nonce[:]), hub: newHub()}, nil
}

// Run builds the site, serves it on ln and rebuilds it on every change
// until ctx is cancelled, then shuts down and returns nil. A broken build
// never stops it: the last good build stays online.
func (s *Server) Run(ctx context.Context, ln net.Listener) error {
	w, err := newWatcher(s)
	if err != nil {
		return err
	}
	defer w.close()
	s.Rebuild(ctx, nil, false)

	srv := &http.Server{
		Handler:           s.Handler(),
		BaseContext:       func(net.Listener) context.Context { return ctx }, // cancels open event streams
		ReadHeaderTimeout: 10 * time.Second,
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	watchDone := make(chan struct{})
	go func() {
		defer close(watchDone)
		w.run(ctx)
	}()

	select {
	case err = <-serveErr:
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if sErr := srv.Shutdown(shutCtx); err == nil && sErr != nil && !errors.Is(sErr, http.ErrServerClosed) {
		err = sErr
	}
	<-watchDone
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// Rebuild builds the site again. changed lists the sources (slash paths
// relative to the content folder) known to have changed; the others come
// from the loader's cache when their size and mtime are unchanged.
// configChanged reads the configuration again first. On success the new
// site replaces the old one and open pages reload; on failure the old one
// stays and open pages show the problems. It reports whether the build
// succeeded.
func (s *Server) Rebuild(ctx context.Context, changed []string, configChanged bool) bool {
	return s.rebuild(ctx, changed, false, configChanged)
}

// rebuild is Rebuild; exact says changed holds every source change since
// the last build (the watcher lost no event and saw no folder change), so
// the loader re-reads those without sweeping the content folder.
func (s *Server) rebuild(ctx context.Context, changed []string, exact, configChanged bool) (ok bool) {
	// Profiles of the dev server can single out rebuilds: -tagfocus phase=rebuild.
	pprof.Do(ctx, pprof.Labels("phase", "rebuild"), func(ctx context.Context) { ok = s.rebuildLabelled(ctx, changed, exact, configChanged) })
	return ok
}

func (s *Server) rebuildLabelled(ctx context.Context, changed []string, exact, configChanged bool) bool {
	start := time.Now()
	if configChanged && s.opts.Reload != nil {
		cfg, err := s.opts.Reload()
		if err == nil {
			var loader *build.Loader
			loader, err = build.NewLoader(cfg)
			if err == nil {
				loader.ReuseResults()
				s.cfg, s.loader, s.views = cfg, loader, site.NewCache() // the caches depend on the configuration
			}
		}
		if err != nil {
			s.fail([]Problem{{Path: filepath.ToSlash(s.opts.ConfigFile), Message: err.Error()}})
			return false
		}
	}
	cfg := s.cfg
	if st, err := os.Stat(cfg.ContentDir); err != nil || !st.IsDir() {
		s.fail([]Problem{{Path: filepath.ToSlash(cfg.ContentDir), Message: "content folder does not exist"}})
		return false
	}
	if exact {
		s.loader.Changed(changed...)
	} else {
		s.loader.Invalidate(changed...)
	}
	res, err := s.loader.Load(ctx, os.DirFS(cfg.ContentDir))
	if err != nil {
		if ctx.Err() == nil {
			s.fail([]Problem{{Path: filepath.ToSlash(cfg.ContentDir), Message: err.Error()}})
		}
		return false
	}
	if res.Failed(cfg.Strict) {
		var ps []Problem
		for _, d := range res.Diagnostics {
			if d.Severity == timeline.Error || cfg.Strict {
				ps = append(ps, Problem{Path: displayPath(cfg.ContentDir, d.Path), Line: d.Line, Col: d.Col, Message: d.Message})
			}
		}
		s.fail(ps)
		return false
	}
	// Render the pages open in browsers now, so they reload into a page
	// that is ready and a template error keeps the last good build; the
	// rest of the site renders on request.
	// The site's model is prepared once per build, reusing the views of the
	// events that did not change.
	prep, err := s.views.PrepareChanges(cfg, res.Docs, res.Events, res.Changes, overrides(cfg.TemplatesDir))
	if err != nil {
		s.fail([]Problem{{Path: filepath.ToSlash(cfg.TemplatesDir), Message: err.Error()}})
		return false
	}
	s.gen++
	snap := &snapshot{id: fmt.Sprintf("%s-%d", s.instance, s.gen), site: prep,
		render: &s.render, files: site.NewMemory(), missing: map[string]bool{}}
	if err := snap.prepare(s.hub.pages()...); err != nil {
		s.fail([]Problem{{Path: filepath.ToSlash(cfg.TemplatesDir), Message: err.Error()}})
		return false
	}
	s.mu.Lock()
	s.state = state{build: snap.id, site: snap}
	s.mu.Unlock()
	s.hub.publish(s.message())
	warnings := 0
	for _, d := range res.Diagnostics {
		if d.Severity == timeline.Warning {
			warnings++
		}
	}
	s.logf("built %d sources (%d re-read), %d events, %d warnings in %s",
		len(res.Docs), len(res.Docs)-res.Reused, len(res.Events), warnings, time.Since(start).Round(100*time.Microsecond))
	return true
}

// fail records the problems of a failed build, keeping the last good site.
func (s *Server) fail(ps []Problem) {
	if len(ps) == 0 {
		ps = []Problem{{Message: "the build failed"}}
	}
	s.mu.Lock()
	s.state.problems = ps
	s.mu.Unlock()
	s.hub.publish(s.message())
	s.logMu.Lock()
	defer s.logMu.Unlock()
	fmt.Fprintf(s.opts.Log, "build failed; still serving the last good build:\n")
	for _, p := range ps {
		fmt.Fprintf(s.opts.Log, "  %s\n", p)
	}
}

func (s *Server) logf(format string, args ...any) {
	s.logMu.Lock()
	defer s.logMu.Unlock()
	fmt.Fprintf(s.opts.Log, format+"\n", args...)
}

// message is the state as the live-reload script receives it.
func (s *Server) message() []byte {
	s.mu.RLock()
	msg := struct {
		Build    string    `json:"build"`
		Problems []Problem `json:"problems"`
	}{s.state.build, s.state.problems}
	s.mu.RUnlock()
	if msg.Problems == nil {
		msg.Problems = []Problem{}
	}
	b, _ := json.Marshal(msg)
	return b
}

func (s *Server) current() state {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.state
}

func displayPath(dir, p string) string {
	if dir == "" || dir == "." {
		return p
	}
	return filepath.ToSlash(dir) + "/" + p
}

func overrides(dir string) fs.FS {
	if dir == "" {
		return nil
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil
	}
	return os.DirFS(dir)
}
