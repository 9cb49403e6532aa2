// Package build is the pipeline that turns a content folder into a site:
// it lists the sources, then loads, tags and extracts each one in parallel
// (keeping a per-source cache so a rebuild only redoes what changed),
// orders the events and hands everything to the site renderer. Both
// `timeline build` and the dev server use it.
package build

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/content"
	"github.com/timeline-tool/timeline/timeline/events"
	"github.com/timeline-tool/timeline/timeline/tagger"
)

// Result is everything the site needs from the content.
type Result struct {
	// Docs are every source, in path order, without their Text, blocks
	// and line index (see release): Path, Slug, Source (or, after
	// DropSources, Reread: use Document.Bytes), Meta and Diagnostics
	// remain.
	Docs        []*timeline.Document
	Events      []timeline.Event     // the timeline, in its total order; read-only (the Loader builds the next one from it)
	Diagnostics timeline.Diagnostics // every problem found, in path order
	Reused      int                  // sources taken from the cache
	// Changes tell how Events differ from the Events of the Load before
	// (see site.Cache.PrepareChanges); zero when unknown.
	Changes timeline.Changes
}

// Failed reports whether the content has errors (or warnings, in strict mode).
func (r *Result) Failed(strict bool) bool { return r.Diagnostics.HasErrors(strict) }

// Loader loads content with a per-source cache. It is safe to use from one
// goroutine at a time; the dev server keeps one for its whole life.
type Loader struct {
	cfg      timeline.Config
	loc      *time.Location
	mu       sync.Mutex
	cache    map[string]*entry
	stale    map[string]bool  // paths to re-read whatever their size and mtime say
	only     bool             // stale holds every change since the last Load (see Changed)
	sweep    bool             // the next Load lists and stats every source (see Invalidate)
	quick    int              // Loads since the last full sweep
	paths    []string         // the sources of the last Load, in path order
	entries  []*entry         // their cache entries, by position in paths
	timeline *events.Timeline // remembers the merged timeline across rebuilds
	reuse    bool             // see ReuseResults
	drop     bool             // see DropSources
	keep     int64            // source bytes a dropping Load may keep (see DropSourcesOver)
	kept     atomic.Int64     // source bytes read by the running Load
	read     atomic.Int64     // sources it read
	over     atomic.Bool      // its sources will not fit keep: it keeps none
	spool    Spool            // see SpoolPages
	spoolEnd atomic.Int64     // bytes written to spool
	listed   int              // sources it listed
	slugs    map[string]int   // sources per page slug, of paths
	dupSlugs int              // slugs of more than one source

	progress func(Progress)
}

// Progress is how far a Load has come.
type Progress struct {
	Sources int // sources loaded so far (from the cache or read)
	Total   int // sources listed
	Events  int // events found in the loaded sources (before merging)
}

// ReuseResults lets a Load build its Events in the memory of the Events
// of the Load before (see events.Timeline.ReuseResults): a Result's
// Events then stay valid only until the next Load. The dev
// server, which copies what it keeps, saves allocating and collecting the
// whole timeline on every edit.
func (l *Loader) ReuseResults() {
	l.mu.Lock()
	l.reuse = true
	if l.timeline != nil {
		l.timeline.ReuseResults()
	}
	l.mu.Unlock()
}

// DropSources makes Load drop each document's Source once its events are
// extracted, leaving a Reread that reads the file again (and fails if it
// changed since): a one-off build renders each source page once, and the
// files are a tenth of what a large site holds in memory while it
// renders. It drops Meta.Lines too. The dev server, which renders pages again and again while the
// files change under it, keeps them.
func (l *Loader) DropSources() { l.DropSourcesOver(0) }

// DropSourcesOver is DropSources for content of more than keep bytes
// (the files and the pages made ahead from them, Document.Page): a
// smaller site keeps its sources and their pages, and renders without
// opening, reading and parsing every file a second time. Sources are
// kept while they are read and the total stays within keep (and, from
// the 256th on, while all the sources listed would, at the mean size so
// far); when the content turns out larger, the kept ones are dropped at
// the end of loading, before the timeline is merged, so a large site's
// peak memory holds none of them.
func (l *Loader) DropSourcesOver(keep int64) {
	l.mu.Lock()
	l.drop, l.keep = true, keep
	l.mu.Unlock()
}

// Spool is where a loader keeps the pages it made ahead of the sources
// it dropped: an os.File, typically unnamed (see SpoolPages).
type Spool interface {
	io.ReaderAt
	io.WriterAt
}

// SpoolPages makes a dropping Load make the page of every source
// (Document.Page) even when it drops the source, writing the page's HTML
// to f instead of keeping it in memory: the site then reads the page back
// and fills in its links instead of reading and parsing the file again.
// f must stay open until the site is rendered. A page that cannot be
// written is dropped (the site renders it from the file).
func (l *Loader) SpoolPages(f Spool) {
	l.mu.Lock()
	l.spool = f
	l.mu.Unlock()
}

// spoolPage moves pg's HTML to the spool, reporting whether it could.
func (l *Loader) spoolPage(pg *timeline.PageCache) bool {
	html := pg.HTML
	n := int64(len(html))
	if l.spool == nil || n == 0 {
		return false
	}
	off := l.spoolEnd.Add(n) - n
	if _, err := l.spool.WriteAt(html, off); err != nil {
		return false
	}
	sp := l.spool
	pg.HTML = nil
	pg.ReadHTML = func(buf []byte) ([]byte, error) {
		if int64(cap(buf)) < n {
			buf = make([]byte, n)
		}
		buf = buf[:n]
		if _, err := sp.ReadAt(buf, off); err != nil {
			return nil, err
		}
		return buf, nil
	}
	return true
}

// dropSource drops d's Source, and its page unless the page can go to
// the spool.
func (l *Loader) dropSource(d *timeline.Document) {
	d.Source = nil
	if d.Page != nil && d.Page.HTML != nil && !l.spoolPage(d.Page) {
		d.Page = nil
	}
}

// OnProgress sets a function that Load calls after each source, from its
// worker goroutines: it must be safe for concurrent use and return quickly
// (a terminal display samples it; the library itself never prints).
func (l *Loader) OnProgress(fn func(Progress)) {
	l.mu.Lock()
	l.progress = fn
	l.mu.Unlock()
}

type entry struct {
	size   int64
	mod    time.Time
	doc    *timeline.Document
	events []timeline.Event
	diags  timeline.Diagnostics
}

// NewLoader returns a loader for cfg.
func NewLoader(cfg timeline.Config) (*Loader, error) {
	loc, err := time.LoadLocation(cfg.Timezone)
	if cfg.Timezone == "" {
		loc, err = time.UTC, nil
	}
	if err != nil {
		return nil, fmt.Errorf("timezone %q: %w", cfg.Timezone, err)
	}
	return &Loader{cfg: cfg, loc: loc, cache: map[string]*entry{}}, nil
}

// Invalidate makes the next Load re-read the given sources (slash paths
// relative to the content folder) even when their size and modification
// time look unchanged: a watcher that saw them change knows better than a
// coarse or restored mtime. Unknown paths are ignored. The next Load lists
// and stats every source, whatever Changed said.
func (l *Loader) Invalidate(paths ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep = true
	l.addStale(paths)
}

// Changed is Invalidate from a watcher that saw every event since the last
// Load: paths (slash paths relative to the content folder) are all the
// sources that were written, created, removed or renamed, so the next Load
// re-reads only those and takes the others from the cache without listing
// the folder or statting every source. A watcher that lost events
// (overflow), or saw a folder appear, go or move, calls Invalidate instead.
// The first Load, and one in every sweepEvery, still sweeps the folder.
func (l *Loader) Changed(paths ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.only = true
	l.addStale(paths)
}

// sweepEvery bounds how many Loads in a row trust Changed: a change the
// watcher could not see (a folder it failed to watch) is picked up at the
// latest by the next full sweep.
const sweepEvery = 100

func (l *Loader) addStale(paths []string) {
	if l.stale == nil {
		l.stale = map[string]bool{}
	}
	for _, p := range paths {
		l.stale[p] = true
	}
}

// Load reads every source under fsys. Sources whose size and modification
// time are unchanged since the last call come from the cache. Content
// problems are diagnostics in the result; the error is only for a file
// system that cannot be listed or a cancelled context.
func (l *Loader) Load(ctx context.Context, fsys fs.FS) (*Result, error) {
	l.mu.Lock()
	quick := l.only && !l.sweep && l.paths != nil && l.quick < sweepEvery
	l.only, l.sweep = false, false
	if quick {
		if paths, entries, reused, ok := l.loadChanged(fsys); ok {
			l.quick++
			defer l.mu.Unlock()
			if l.progress != nil {
				l.progress(Progress{Sources: len(paths), Total: len(paths), Events: countEvents(entries)})
			}
			return l.finish(paths, entries, reused)
		}
	}
	l.mu.Unlock()
	paths, err := content.List(fsys)
	if err != nil {
		return nil, fmt.Errorf("listing sources: %w", err)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.quick = 0
	entries := make([]*entry, len(paths))
	reused := make([]bool, len(paths))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var done, found atomic.Int64
	// Reading blocks in the kernel (open, stat, read): two workers more
	// than CPUs keep the CPUs busy meanwhile.
	workers := runtime.GOMAXPROCS(0) + 2
	l.kept.Store(0)
	l.read.Store(0)
	l.over.Store(false)
	l.listed = len(paths)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				entries[i], reused[i] = l.loadOne(fsys, paths[i])
				d, f := done.Add(1), found.Add(int64(len(entries[i].events)))
				if l.progress != nil {
					l.progress(Progress{Sources: int(d), Total: len(paths), Events: int(f)})
				}
			}
		}()
	}
	for i := range paths {
		if ctx.Err() != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if l.drop && (l.over.Load() || l.kept.Load() > l.keep) {
		for i, e := range entries {
			if !reused[i] && e.doc.Reread != nil && e.doc.Source != nil {
				l.dropSource(e.doc)
			}
		}
	}
	return l.finish(paths, entries, reused)
}

// loadChanged is Load when the stale paths are the only changes: it
// re-reads those (dropping the ones gone) and keeps every other entry. It
// reports false when a path is not a plain file it can tell about (a
// folder, a stat error other than not existing): the caller sweeps then.
func (l *Loader) loadChanged(fsys fs.FS) (paths []string, entries []*entry, reused []bool, ok bool) {
	changed := make([]string, 0, len(l.stale))
	for p := range l.stale {
		changed = append(changed, p)
	}
	sort.Strings(changed)
	paths = slices.Clone(l.paths)
	entries = slices.Clone(l.entries)
	reused = make([]bool, len(paths))
	for i := range reused {
		reused[i] = true
	}
	for _, p := range changed {
		i, found := slices.BinarySearch(paths, p)
		if !listed(p) {
			if found { // cannot be: List never returned it
				return nil, nil, nil, false
			}
			continue
		}
		st, err := fs.Stat(fsys, p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			if found {
				paths = slices.Delete(paths, i, i+1)
				entries = slices.Delete(entries, i, i+1)
				reused = slices.Delete(reused, i, i+1)
			}
			continue
		case err != nil || st.IsDir():
			return nil, nil, nil, false
		}
		e, _ := l.loadOne(fsys, p)
		if found {
			entries[i], reused[i] = e, false
		} else {
			paths = slices.Insert(paths, i, p)
			entries = slices.Insert(entries, i, e)
			reused = slices.Insert(reused, i, false)
		}
	}
	return paths, entries, reused, true
}

// listed reports whether content.List would list p if it exists: a
// source, in no folder that starts with "." or "_".
func listed(p string) bool {
	if !content.IsSource(p) || !fs.ValidPath(p) || p == "." {
		return false
	}
	for _, el := range strings.Split(p, "/")[:strings.Count(p, "/")] {
		if strings.HasPrefix(el, ".") || strings.HasPrefix(el, "_") {
			return false
		}
	}
	return true
}

func countEvents(entries []*entry) int {
	n := 0
	for _, e := range entries {
		n += len(e.events)
	}
	return n
}

// finish makes the result of a load from the entries of paths, and
// remembers them for the next one.
func (l *Loader) finish(paths []string, entries []*entry, reused []bool) (*Result, error) {
	res := &Result{Docs: make([]*timeline.Document, 0, len(paths))}
	n := 0
	for i, e := range entries {
		if reused[i] {
			res.Reused++
		}
		res.Docs = append(res.Docs, e.doc)
		res.Diagnostics = append(res.Diagnostics, e.diags...)
		n += len(e.events)
	}
	// The cache and the count of sources per slug follow the changes:
	// the paths of both loads are in order.
	if l.slugs == nil {
		l.slugs = map[string]int{}
	}
	slug := func(e *entry, by int) {
		k := e.doc.Slug
		c := l.slugs[k] + by
		if c > 0 {
			l.slugs[k] = c
		} else {
			delete(l.slugs, k)
		}
		if by > 0 && c == 2 {
			l.dupSlugs++
		} else if by < 0 && c == 1 {
			l.dupSlugs--
		}
	}
	i, j := 0, 0
	for i < len(l.paths) || j < len(paths) {
		switch {
		case i < len(l.paths) && j < len(paths) && l.paths[i] == paths[j]:
			if l.entries[i] != entries[j] {
				l.cache[paths[j]] = entries[j]
			}
			i++
			j++
		case j == len(paths) || i < len(l.paths) && l.paths[i] < paths[j]:
			delete(l.cache, l.paths[i])
			slug(l.entries[i], -1)
			i++
		default:
			l.cache[paths[j]] = entries[j]
			slug(entries[j], 1)
			j++
		}
	}
	l.stale = nil
	l.paths, l.entries = paths, entries
	if l.dupSlugs > 0 {
		res.Diagnostics = append(res.Diagnostics, checkSlugs(res.Docs)...)
	}
	if l.cfg.Merge.Enabled {
		// The timeline remembers the merge of the last load and redoes
		// only the date buckets the changed sources reach.
		if l.timeline == nil {
			l.timeline = events.NewTimeline(events.MergeOptionsFrom(l.cfg.Merge))
			if l.reuse {
				l.timeline.ReuseResults()
			}
		}
		srcs := make([]events.SourceEvents, len(entries))
		for i, e := range entries {
			srcs[i] = events.SourceEvents{Path: paths[i], Events: e.events}
		}
		res.Events = l.timeline.Update(srcs)
		res.Changes = l.timeline.Changes()
		return res, nil
	}
	res.Events = make([]timeline.Event, 0, n)
	for _, e := range entries {
		res.Events = append(res.Events, e.events...)
	}
	events.Sort(res.Events)
	return res, nil
}

// loadOne loads one source, from the cache when its size and modification
// time are unchanged. Reading is done by the caller's worker, so loading
// runs in parallel.
func (l *Loader) loadOne(fsys fs.FS, p string) (*entry, bool) {
	st, statErr := fs.Stat(fsys, p)
	if statErr == nil {
		if old := l.cache[p]; old != nil && !l.stale[p] && old.size == st.Size() && old.mod.Equal(st.ModTime()) && !st.ModTime().IsZero() {
			return old, true
		}
	}
	e := &entry{}
	if statErr == nil {
		e.size, e.mod = st.Size(), st.ModTime()
	}
	src, err := content.ReadFile(fsys, p, content.Options{MaxBytes: l.cfg.MaxSourceBytes})
	if err != nil {
		e.doc = &timeline.Document{Path: p, Slug: content.Slug(p)}
		e.diags = timeline.Diagnostics{{Severity: timeline.Error, Path: p, Message: trimPathPrefix(err.Error())}}
		return e, false
	}
	// The page is made ahead (Document.Page) for a source that is kept,
	// and for one that is not when its page can go to the spool.
	keep := !l.drop || l.mayKeep(int64(len(src)))
	e.doc, e.events, e.diags = process(p, src, l.cfg, l.loc, keep || l.spool != nil)
	release(e.doc)
	if l.drop {
		e.doc.Reread = rereader(fsys, p, src)
		n := int64(len(src))
		if e.doc.Page != nil {
			n += int64(len(e.doc.Page.HTML))
		}
		l.read.Add(1)
		if !keep || l.kept.Add(n) > l.keep {
			l.dropSource(e.doc)
		}
		// The lines of the front matter keys only place extraction's
		// diagnostics (and check's): a map per source, 25 MB at 100k.
		e.doc.Meta.Lines = nil
	}
	return e, false
}

// mayKeep reports whether a dropping Load may keep a source of n bytes
// and its page: whether the sources kept so far and it fit the budget,
// and, once a few hundred are read, whether all the sources listed would,
// at the mean size (with their pages) so far. A site that will not fit
// keeps none from then on, instead of making pages that the end of the
// Load drops.
func (l *Loader) mayKeep(n int64) bool {
	if l.over.Load() {
		return false
	}
	kept, read := l.kept.Load(), l.read.Load()
	if kept+n > l.keep || read >= 256 && kept/read*int64(l.listed) > l.keep {
		l.over.Store(true)
		return false
	}
	return true
}

// release drops what only tagging and extraction read from a loaded
// document: its Text, blocks and line index. Nothing after loading needs
// them (events carry their positions, and their phrases' spans are in
// Source, which the source page renders from), and they are a third of
// the memory a large site's documents hold while it renders. Process
// keeps them for its other callers.
func release(d *timeline.Document) {
	d.Text = nil
	d.Blocks = nil
	d.LineStarts = nil
}

// rereader returns a function that reads p again and checks that it
// still holds src (its length and hash). It reads with one read call where
// it can, and without the symbolic-link check loading made: bytes equal to
// what loading read cannot come from anywhere else.
func rereader(fsys fs.FS, p string, src []byte) func([]byte) ([]byte, error) {
	n, sum := len(src), maphash.Bytes(rereadSeed, src)
	return func(b []byte) ([]byte, error) {
		f, err := fsys.Open(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		defer f.Close()
		if cap(b) < n+1 {
			b = make([]byte, n+1) // one byte more: a file that grew fills it
		}
		b = b[:n+1]
		got := 0
		for got < n {
			k, err := f.Read(b[got:])
			got += k
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, fmt.Errorf("%s: %w", p, err)
			}
		}
		if got != n || maphash.Bytes(rereadSeed, b[:n]) != sum {
			return nil, fmt.Errorf("%s: changed during the build; build again", p)
		}
		return b[:n], nil
	}
}

var rereadSeed = maphash.MakeSeed()

// trimPathPrefix drops the "path: " that content.ReadFile errors start
// with; the diagnostic carries the path on its own.
func trimPathPrefix(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == ':' && s[i+1] == ' ' {
			return s[i+2:]
		}
	}
	return s
}

// Process runs one source through the pipeline: parse, tag, extract. It is
// pure and safe to call concurrently.
func Process(p string, src []byte, cfg timeline.Config, loc *time.Location) (*timeline.Document, []timeline.Event, timeline.Diagnostics) {
	return process(p, src, cfg, loc, false)
}

// process is Process; with page set, it also renders the source's page
// (Document.Page) from the tree it parsed, its date phrases marked, so
// that the site does not parse the source a second time.
func process(p string, src []byte, cfg timeline.Config, loc *time.Location, page bool) (doc *timeline.Document, evs []timeline.Event, diags timeline.Diagnostics) {
	defer func() {
		if r := recover(); r != nil {
			doc, evs, diags = failedProcess(p, doc, diags, r)
		}
	}()
	opts := content.Options{MaxBytes: cfg.MaxSourceBytes, Location: loc}
	var pd *content.Parsed
	if page {
		pd = content.ParseTree(p, src, opts, cfg.UnsafeHTML)
		defer pd.Release()
		doc = pd.Doc
	} else {
		doc = content.Parse(p, src, opts)
	}
	diags = append(timeline.Diagnostics(nil), doc.Diagnostics...)
	if diags.HasErrors(false) {
		return doc, nil, diags
	}
	if testHookTag != nil {
		testHookTag(p)
	}
	res := tagger.New(tagger.Options{DCT: doc.Meta.Date, DateOrder: cfg.DateOrder}).Tag(doc.Text)
	for _, n := range res.Notes {
		line, col := doc.Position(n.Span.Start)
		diags = append(diags, timeline.Diagnostic{Severity: n.Severity, Path: p, Line: line, Col: col, Message: n.Message})
	}
	evs, ediags := events.Extract(doc, res.Timexes, res.Ranges, events.Options{PublicationEvents: cfg.PublicationEvents})
	diags = append(diags, ediags...)
	if pd != nil {
		doc.Page = pd.Page(phraseSpans(p, evs))
	}
	return doc, evs, diags
}

// testHookTag, set by tests, runs before a source is tagged.
var testHookTag func(path string)

// failedProcess is what process returns when reading source p panicked
// (a bug of ours, never the content's fault): the document without
// events and an error naming the file, so that a build fails clearly,
// leaving the site it would have replaced as it was, and the dev server
// keeps serving its last good build, instead of the program crashing.
func failedProcess(p string, doc *timeline.Document, diags timeline.Diagnostics, r any) (*timeline.Document, []timeline.Event, timeline.Diagnostics) {
	if doc == nil {
		doc = &timeline.Document{Path: p, Slug: content.Slug(p)}
	}
	doc.Page = nil
	return doc, nil, append(diags, timeline.Diagnostic{Severity: timeline.Error, Path: p, Line: 1,
		Message: fmt.Sprintf("internal error while reading this source (a bug in timeline: please report it with the file): %v", r)})
}

// phraseSpans returns the date phrases in source p of evs, sorted as the
// site sorts the highlights of a source page: by start, the longer first.
func phraseSpans(p string, evs []timeline.Event) []timeline.Span {
	var spans []timeline.Span
	for i := range evs {
		for _, s := range evs[i].Sources {
			if s.Path == p {
				spans = append(spans, s.Span)
			}
		}
	}
	slices.SortStableFunc(spans, content.ComparePhrases)
	return spans
}

// checkSlugs reports sources whose page names collide ("a b.md", "a-b.md").
func checkSlugs(docs []*timeline.Document) timeline.Diagnostics {
	var out timeline.Diagnostics
	seen := make(map[string]string, len(docs))
	for _, d := range docs {
		if first, ok := seen[d.Slug]; ok {
			out = append(out, timeline.Diagnostic{Severity: timeline.Error, Path: d.Path,
				Message: fmt.Sprintf("page name %q is already used by %s; rename one of the files", d.Slug, first)})
			continue
		}
		seen[d.Slug] = d.Path
	}
	return out
}
