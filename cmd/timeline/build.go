package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/build"
	"github.com/timeline-tool/timeline/timeline/content"
	"github.com/timeline-tool/timeline/timeline/site"
)

func newBuildCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Build the static timeline site",
		Long: `Build reads every markdown source in the content folder, extracts its dated
events and writes the site to the output folder (public/ by default).

The site is written to a new folder and swapped in only when the build
succeeds: a failed build leaves the previous site untouched. Content problems
are printed as path:line:col: message; errors (and warnings with --strict)
make the command exit with status 1.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			stopProfile, err := startProfiles(cmd)
			if err != nil {
				return err
			}
			defer stopProfile()
			start := time.Now()
			budgetMemory()
			prog := newProgress(cmd.ErrOrStderr())
			defer prog.stop()
			// The phases carry profile labels: go tool pprof -tagfocus phase=load.
			spool, closeSpool := pageSpool(cfg.OutDir)
			defer closeSpool()
			var res *build.Result
			pprof.Do(cmd.Context(), pprof.Labels("phase", "load"), func(context.Context) { res, err = loadContent(cmd, cfg, prog, spool) })
			if err != nil {
				return err
			}
			loaded := time.Now()
			limitMemory()
			c := &countingOutput{prog: prog}
			pprof.Do(cmd.Context(), pprof.Labels("phase", "write"), func(context.Context) {
				err = site.Publish(cfg.OutDir, func(out site.Output) error {
					c.Output = out
					return site.Render(cfg, res.Docs, res.Events, overridesFS(cfg), c)
				})
			})
			prog.stop()
			if err != nil {
				return fmt.Errorf("writing %s: %w", cfg.OutDir, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "built %s: %d sources, %d events, %d pages (%d files), %d warnings in %s (load %s, write %s)\n",
				cfg.OutDir, len(res.Docs), len(res.Events), c.pages.Load(), c.files.Load(), len(res.Diagnostics), time.Since(start).Round(time.Millisecond),
				loaded.Sub(start).Round(time.Millisecond), time.Since(loaded).Round(time.Millisecond))
			return nil
		},
	}
	addSiteFlags(cmd)
	cmd.Flags().String("cpuprofile", "", "write a CPU profile of the build to `file` (go tool pprof)")
	cmd.Flags().String("memprofile", "", "write a heap profile at the end of the build to `file` (go tool pprof)")
	return cmd
}

// startProfiles starts the CPU profile asked for with --cpuprofile; the
// function it returns stops it and writes the --memprofile heap profile.
func startProfiles(cmd *cobra.Command) (func(), error) {
	cpu, _ := cmd.Flags().GetString("cpuprofile")
	mem, _ := cmd.Flags().GetString("memprofile")
	var cpuFile *os.File
	if cpu != "" {
		f, err := os.Create(cpu)
		if err != nil {
			return nil, usageError{fmt.Errorf("--cpuprofile: %w", err)}
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, usageError{fmt.Errorf("--cpuprofile: %w", err)}
		}
		cpuFile = f
	}
	return func() {
		if cpuFile != nil {
			pprof.StopCPUProfile()
			cpuFile.Close()
		}
		if mem != "" {
			f, err := os.Create(mem)
			if err != nil {
				fmt.Fprintf(cmd.ErrOrStderr(), "timeline: --memprofile: %v\n", err)
				return
			}
			defer f.Close()
			if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
				fmt.Fprintf(cmd.ErrOrStderr(), "timeline: --memprofile: %v\n", err)
			}
		}
	}, nil
}

// loadContent loads the content folder, prints its diagnostics to stderr
// and fails with exit status 1 when there are errors.
func loadContent(cmd *cobra.Command, cfg timeline.Config, prog *progress, spool *os.File) (*build.Result, error) {
	st, err := os.Stat(cfg.ContentDir)
	if err != nil || !st.IsDir() {
		return nil, fmt.Errorf("content folder %s does not exist (set content: in config.yaml or --content)", cfg.ContentDir)
	}
	loader, err := build.NewLoader(cfg)
	if err != nil {
		return nil, usageError{err}
	}
	if prog != nil {
		loader.OnProgress(prog.loaded)
	}
	loader.DropSourcesOver(keepSourceBytes)
	if spool != nil {
		loader.SpoolPages(spool)
	}
	res, err := loader.Load(cmd.Context(), content.DirFS(cfg.ContentDir))
	if err != nil {
		return nil, err
	}
	prog.hold(func() {
		for _, d := range res.Diagnostics {
			d.Path = displayPath(cfg.ContentDir, d.Path)
			fmt.Fprintln(cmd.ErrOrStderr(), d.String())
		}
	})
	if res.Failed(cfg.Strict) {
		n := 0
		for _, d := range res.Diagnostics {
			if d.Severity == timeline.Error || cfg.Strict {
				n++
			}
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "timeline: %d problem(s) in the content; nothing was written\n", n)
		return nil, exitError{exitContent}
	}
	return res, nil
}

// pageSpool returns the file where loading puts the pages it makes of
// the sources it does not keep in memory (build.Loader.SpoolPages), so
// that rendering reads each back instead of reading and parsing the
// source again: a temporary file beside the output folder (on its file
// system, which has room for the site), unlinked at once where the
// system allows (elsewhere close removes it), so that nothing is left
// behind. Nil when it cannot be made: the pages are then rendered from the
// sources.
func pageSpool(outDir string) (*os.File, func()) {
	dir := filepath.Dir(filepath.Clean(outDir))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, func() {}
	}
	f, err := os.CreateTemp(dir, ".timeline-pages-*")
	if err != nil {
		return nil, func() {}
	}
	if runtime.GOOS != "windows" && os.Remove(f.Name()) == nil {
		return f, func() { f.Close() }
	}
	return f, func() {
		f.Close()
		os.Remove(f.Name())
	}
}

// budgetMemory sets the soft memory limit of loading to memoryBudget.
// Loading's live heap grows until the events are merged, and at the
// collector's default pace the heap reaches twice the live heap of the
// collection before: at 100k sources 2.5 GB for 1.5 GB live at the end,
// memory the process then keeps while rendering (peak RSS 2.88 GB).
// Under the limit the collector runs once or twice more near the end of
// loading instead (2.48 GB, the same CPU within the noise). A limit set
// with GOMEMLIMIT is left alone.
func budgetMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryBudget)
	}
}

// limitMemory sets the soft memory limit for rendering: four times the
// heap the loaded content holds once loading's garbage is collected,
// between minMemoryLimit and memoryBudget. (Returning loading's garbage
// to the system here, debug.FreeOSMemory, cost 15 s of system time at
// 100k sources: rendering faults the pages back in.)
// Rendering's live heap peaks at two to three times the loaded heap (the
// event views, the pages in flight), and the collector's default goal
// (twice the live heap, plus memory not yet returned) would let a large
// build reach five times its live heap. The limit is soft: it only makes
// the collector run earlier near the peak. Too low a limit costs much
// more CPU than it saves memory: at 10k sources, once loading kept less
// (74 MB live after loading), four times that was 296 MB and the
// collector ran 14 times while rendering, marking ~190 MB each time (now
// 5, under the floor). A limit set with GOMEMLIMIT is left alone.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	runtime.GC() // loading's garbage would count as live
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := int64(min(s[0].Value.Uint64(), math.MaxInt64/4))
	debug.SetMemoryLimit(min(max(4*live, minMemoryLimit), memoryBudget))
}

// minMemoryLimit is the lowest limit limitMemory sets: sites up to about
// 10k sources render under it at the collector's default pace, with a
// peak RSS under 500 MB.
const minMemoryLimit = 448 << 20

// memoryBudget is the highest soft limit a build sets itself. Sites whose
// live heap outgrows it still build (the runtime caps the collector's
// share of the CPU), more slowly; GOMEMLIMIT sets another. Peak RSS
// follows it closely at 100k sources (about 1% over), where the budget
// binds both at the end of loading and while rendering. Lower costs CPU
// quickly: when the live heap while rendering was 1.3-1.5 GB, a 2 GiB
// budget made the collector run 50 times instead of 40, 14% more CPU for
// 10% less memory (2.23 GB). At 1.2-1.3 GB live (smaller dates, views and
// links, term bags made a chunk at a time) 1850 MiB gave 1.92 GB at 4% more
// CPU than the old heap under 2400 MiB; 1875-1920 MiB gave 1.94-2.07 GB
// (the heap overshoots the soft limit by up to 5% when the machine is
// busy and the collector's marks are long).
const memoryBudget = 1850 << 20

func displayPath(dir, p string) string {
	if dir == "" || dir == "." {
		return p
	}
	return dir + "/" + p
}

func overridesFS(cfg timeline.Config) fs.FS {
	if cfg.TemplatesDir == "" {
		return nil
	}
	if st, err := os.Stat(cfg.TemplatesDir); err != nil || !st.IsDir() {
		return nil
	}
	return os.DirFS(cfg.TemplatesDir)
}

// countingOutput counts the files and pages written; render workers may
// call it concurrently.
type countingOutput struct {
	site.Output
	prog         *progress
	files, pages atomic.Int64
}

func (c *countingOutput) WriteFile(name string, data []byte) error {
	c.files.Add(1)
	if strings.HasSuffix(name, ".html") {
		c.prog.page(c.pages.Add(1))
	}
	return c.Output.WriteFile(name, data)
}

// Create lets the site stream its large exports through to the output.
func (c *countingOutput) Create(name string) (io.WriteCloser, error) {
	c.files.Add(1)
	return site.Create(c.Output, name)
}

// progress shows how far a build has come on one terminal line, redrawn a
// few times a second: sources read, events found, pages written. It is nil
// (and every method a no-op) when stderr is not a terminal or CI is set,
// so logs only get the final summary.
type progress struct {
	w                               io.Writer
	mu                              sync.Mutex
	sources, total, events, written atomic.Int64
	quit, done                      chan struct{}
	once                            sync.Once
}

func newProgress(w io.Writer) *progress {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) || os.Getenv("CI") != "" {
		return nil
	}
	p := &progress{w: w, quit: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.quit:
				return
			case <-t.C:
				p.draw()
			}
		}
	}()
	return p
}

func (p *progress) loaded(lp build.Progress) {
	p.sources.Store(int64(lp.Sources))
	p.total.Store(int64(lp.Total))
	p.events.Store(int64(lp.Events))
}

func (p *progress) page(n int64) {
	if p != nil {
		p.written.Store(n)
	}
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, "\r\x1b[K%d/%d sources read, %d events found, %d pages written",
		p.sources.Load(), p.total.Load(), p.events.Load(), p.written.Load())
}

// hold erases the progress line and runs print (diagnostics) without the
// display drawing over it.
func (p *progress) hold(print func()) {
	if p == nil {
		print()
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprint(p.w, "\r\x1b[K")
	print()
}

// stop ends the display and erases its line.
func (p *progress) stop() {
	if p == nil {
		return
	}
	p.once.Do(func() {
		close(p.quit)
		<-p.done
		p.hold(func() {})
	})
}

// keepSourceBytes is how much markdown a build keeps in memory to render
// the source pages from, instead of reading each file again: all of a
// 10,000-source site of a few KB each (44 MB), none of a larger one
// (see build.Loader.DropSourcesOver).
const keepSourceBytes = 64 << 20
