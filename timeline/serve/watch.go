package serve

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/timeline-tool/timeline/timeline/content"
)

// maxDelay bounds how long a steady stream of events can hold a rebuild back.
const maxDelay = 250 * time.Millisecond

// singleQuiet is the quiet period after writes to, or the creation of, a
// single source and nothing else: an editor's save in place, or the last
// step (the rename over the original) of a write-temp-then-rename save,
// whose earlier steps touch only files the build ignores. The events of a
// write arrive together, so waiting the full debounce adds only latency.
// Anything else (a second source, a removal or rename, a folder, a
// template, the configuration) waits the full debounce, so the steps of a
// save that moves the original away are still folded into one rebuild.
const singleQuiet = 3 * time.Millisecond

// quiet is the quiet period for the pending burst.
func (ch *change) quiet(debounce time.Duration) time.Duration {
	if !ch.moved && !ch.sweep && !ch.config && len(ch.sources) == 1 {
		return min(singleQuiet, debounce)
	}
	return debounce
}

// watcher follows the content folder and the templates folder recursively
// and the configuration file through its parent folder (editors replace
// files by renaming, which a watch on the file itself would lose).
type watcher struct {
	s  *Server
	fs *fsnotify.Watcher
	// dirs are the folders watched, by absolute path.
	dirs map[string]bool
	// blind: a folder could not be watched, so changes in it go unseen and
	// every rebuild sweeps the content folder.
	blind bool
}

func newWatcher(s *Server) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{s: s, fs: fw, dirs: map[string]bool{}}
	w.watchRoots()
	return w, nil
}

func (w *watcher) close() { _ = w.fs.Close() }

// roots returns the absolute content folder, templates folder and
// configuration file of the current configuration.
func (w *watcher) roots() (contentDir, templatesDir, configFile string) {
	cfg := w.s.cfg
	contentDir = absPath(cfg.ContentDir)
	if cfg.TemplatesDir != "" {
		templatesDir = absPath(cfg.TemplatesDir)
	}
	if w.s.opts.ConfigFile != "" {
		configFile = absPath(w.s.opts.ConfigFile)
	}
	return
}

func absPath(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	return a
}

// watchRoots (re)adds every folder to watch. Folders that do not exist yet
// are watched through their parent, so their creation is seen.
func (w *watcher) watchRoots() {
	c, t, f := w.roots()
	for _, root := range []string{c, t} {
		if root == "" {
			continue
		}
		if st, err := os.Stat(root); err == nil && st.IsDir() {
			w.addTree(root)
		} else {
			w.add(filepath.Dir(root))
		}
	}
	if f != "" {
		w.add(filepath.Dir(f))
	}
}

func (w *watcher) add(dir string) {
	if w.dirs[dir] {
		return
	}
	if err := w.fs.Add(dir); err != nil {
		w.s.logf("watch %s: %v", dir, err)
		w.blind = true
		return
	}
	w.dirs[dir] = true
}

// addTree watches dir and every folder below it, skipping hidden folders
// (.git and the like), and returns the sources found in it.
func (w *watcher) addTree(dir string) (sources []string) {
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			w.add(p)
			return nil
		}
		if content.IsSource(d.Name()) {
			sources = append(sources, p)
		}
		return nil
	})
	return sources
}

// change is what a burst of events amounts to.
type change struct {
	sources map[string]bool // changed sources, slash paths relative to the content folder
	rebuild bool            // something relevant happened
	config  bool            // the configuration file changed
	// sweep: sources may have changed unseen (events lost, a folder
	// created, removed or moved): the loader must list the folder again.
	sweep bool
	// moved: a source was removed or renamed, or a template changed: the
	// burst is more than a save of one source (see singleQuiet).
	moved bool
}

// classify decides whether an event matters and records it in ch.
func (w *watcher) classify(ev fsnotify.Event, ch *change) {
	if ev.Op == fsnotify.Chmod {
		return // touch, chmod, indexers: nothing to rebuild
	}
	name := filepath.Clean(ev.Name)
	contentDir, templatesDir, configFile := w.roots()
	if name == configFile {
		ch.config, ch.rebuild, ch.sweep = true, true, true
		return
	}
	wasDir := w.dirs[name]
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		if wasDir {
			// The folder is gone (or moved away): forget it and everything below.
			for d := range w.dirs {
				if d == name || strings.HasPrefix(d, name+string(filepath.Separator)) {
					delete(w.dirs, d)
					_ = w.fs.Remove(d)
				}
			}
		}
	}
	isDir := false
	if ev.Has(fsnotify.Create) {
		if st, err := os.Stat(name); err == nil && st.IsDir() {
			isDir = true
		}
	}
	for _, root := range []string{contentDir, templatesDir} {
		if root == "" || !within(name, root) || hiddenBelow(name, root) {
			continue
		}
		if isDir {
			// A new folder (created, moved in, or the root itself appearing):
			// watch it and treat every source in it as changed.
			for _, p := range w.addTree(name) {
				if root == contentDir {
					ch.addSource(contentDir, p)
				}
			}
			ch.rebuild, ch.sweep = true, true
			continue
		}
		switch {
		case wasDir:
			ch.rebuild, ch.sweep = true, true
		case root == contentDir && content.IsSource(filepath.Base(name)):
			ch.addSource(contentDir, name)
			ch.rebuild = true
			if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
				ch.moved = true
			}
		case root == templatesDir:
			ch.rebuild, ch.moved = true, true
		}
	}
}

func (ch *change) addSource(contentDir, p string) {
	rel, err := filepath.Rel(contentDir, p)
	if err != nil {
		return
	}
	if ch.sources == nil {
		ch.sources = map[string]bool{}
	}
	ch.sources[filepath.ToSlash(rel)] = true
}

// within reports whether p is root or below it.
func within(p, root string) bool {
	return p == root || strings.HasPrefix(p, root+string(filepath.Separator))
}

// hiddenBelow reports whether a path element below root starts with "."
// (editor swap files, .git): the build ignores those, so does the watcher.
func hiddenBelow(p, root string) bool {
	rel, err := filepath.Rel(root, p)
	if err != nil || rel == "." {
		return false
	}
	for _, el := range strings.Split(rel, string(filepath.Separator)) {
		if strings.HasPrefix(el, ".") {
			return true
		}
	}
	return false
}

// run turns events into rebuilds until ctx is done: the first relevant
// event starts a quiet-period timer that every further event restarts, up
// to maxDelay after the first.
func (w *watcher) run(ctx context.Context) {
	var (
		pending change
		quiet   = time.NewTimer(time.Hour)
		first   time.Time
	)
	quiet.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case err, ok := <-w.fs.Errors:
			if !ok {
				return
			}
			// An overflowing event queue loses events: rebuild everything.
			w.s.logf("watcher: %v", err)
			pending.rebuild, pending.sweep = true, true
			w.s.loader.Invalidate(w.allSources()...)
			quiet.Reset(w.s.opts.Debounce)
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			before := pending.rebuild
			w.classify(ev, &pending)
			if !pending.rebuild {
				continue
			}
			if !before {
				first = time.Now()
			}
			wait := pending.quiet(w.s.opts.Debounce)
			if left := maxDelay - time.Since(first); left < wait {
				wait = max(left, 0)
			}
			quiet.Reset(wait)
		case <-quiet.C:
			if !pending.rebuild {
				continue
			}
			srcs := make([]string, 0, len(pending.sources))
			for p := range pending.sources {
				srcs = append(srcs, p)
			}
			sort.Strings(srcs)
			cfgChanged, exact := pending.config, !pending.sweep && !w.blind
			pending = change{}
			w.s.rebuild(ctx, srcs, exact, cfgChanged)
			if cfgChanged {
				w.watchRoots() // the folders may have moved
			}
		}
	}
}

// allSources lists the sources currently known to the loader's folder.
func (w *watcher) allSources() []string {
	paths, _ := content.List(os.DirFS(w.s.cfg.ContentDir))
	return paths
}
