package serve

import (
	"slices"
	"sync"

	"github.com/timeline-tool/timeline/timeline/site"
)

// snapshot is one good build: the loaded content, and the pages rendered
// from it so far. Rendering the whole site of a large content folder takes
// far longer than loading it again after an edit, so pages are rendered when
// first asked for: the ones open in a browser right after the build (before
// the pages are told to reload), the others on request.
type snapshot struct {
	id     string
	site   *site.Prepared // the site's model, prepared once for this build
	render *sync.Mutex    // shared by all snapshots: one render at a time

	files   *site.Memory
	mu      sync.Mutex
	missing map[string]bool // names Render does not produce
}

// pageAssets are the files every page of the default templates loads.
var pageAssets = []string{"style.css", "timeline.js"}

// pick is the output of a partial render: it wants a few names and keeps them.
type pick struct {
	want map[string]bool
	into *site.Memory
}

func (p pick) Wants(name string) bool { return p.want[name] }

func (p pick) WriteFile(name string, data []byte) error { return p.into.WriteFile(name, data) }

// prepare renders names that are not rendered yet.
func (s *snapshot) prepare(names ...string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	want := map[string]bool{}
	// The assets every page loads next come along for almost nothing.
	for _, n := range slices.Concat(names, pageAssets) {
		if _, ok := s.files.Get(n); !ok && !s.missing[n] {
			want[n] = true
		}
	}
	if len(want) == 0 {
		return nil
	}
	s.render.Lock()
	err := s.site.Render(pick{want: want, into: s.files})
	s.render.Unlock()
	if err != nil {
		return err
	}
	for n := range want {
		if _, ok := s.files.Get(n); !ok {
			s.missing[n] = true
		}
	}
	return nil
}

// get returns the file name of the site, rendering it when needed.
func (s *snapshot) get(name string) ([]byte, bool, error) {
	if b, ok := s.files.Get(name); ok {
		return b, true, nil
	}
	if err := s.prepare(name); err != nil {
		return nil, false, err
	}
	b, ok := s.files.Get(name)
	return b, ok, nil
}
