package site_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/timeline-tool/timeline/internal/benchgen"
	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/build"
	"github.com/timeline-tool/timeline/timeline/site"
)

// TestCacheRandomEdits makes many random edits to a generated site (new
// sentences, rewritten, added and deleted sources, tags added, renamed
// and removed) and checks after each that the site prepared through one
// Cache is the site a cold build makes, file for file, with the timeline
// whole and split into year pages, and with the cache told the loader's
// changes (PrepareChanges) or not.
func TestCacheRandomEdits(t *testing.T) {
	for _, tc := range []struct {
		threshold int
		changes   bool
	}{{1000, false}, {150, false}, {1000, true}, {150, true}, {40, true}} {
		threshold := tc.threshold
		t.Run(fmt.Sprint("threshold=", threshold, "/changes=", tc.changes), func(t *testing.T) {
			const n = 40
			cfg := timeline.DefaultConfig()
			cfg.YearPageThreshold = threshold
			fsys := fstest.MapFS{}
			mtime := time.Unix(1e9, 0)
			put := func(name string, data []byte) {
				mtime = mtime.Add(time.Second)
				fsys[name] = &fstest.MapFile{Data: data, ModTime: mtime}
			}
			for k := range n {
				put(benchgen.Name(k), benchgen.Source(1, k, n))
			}
			l, err := build.NewLoader(cfg)
			if err != nil {
				t.Fatal(err)
			}
			c := site.NewCache()
			r := rand.New(rand.NewPCG(7, uint64(threshold)))
			// retag replaces the tags of a source (a generated source has
			// one "tags: [...]" line).
			retag := func(name, tags string) {
				if old := fsys[name]; old != nil {
					s := string(old.Data)
					if i := strings.Index(s, "tags: ["); i >= 0 {
						j := i + strings.Index(s[i:], "]")
						put(name, []byte(s[:i]+"tags: ["+tags+"]"+s[j+1:]))
					}
				}
			}
			for step := range 60 {
				k := r.IntN(n + 5)
				name := benchgen.Name(k)
				switch op := r.IntN(9); {
				case step == 0:
				case op == 0: // a new sentence with a date
					old := fsys[name]
					if old == nil {
						put(name, benchgen.Source(1, k, n))
						break
					}
					add := fmt.Sprintf("\n\nThe archive was reopened on %d May %d (edit %d).\n", 1+r.IntN(28), 1900+r.IntN(120), step)
					put(name, append(bytes.Clone(old.Data), add...))
				case op == 1: // rewritten
					put(name, benchgen.Source(uint64(2+step), k, n))
				case op == 2: // deleted
					delete(fsys, name)
				case op == 3: // a paragraph fewer
					if old := fsys[name]; old != nil {
						s := string(old.Data)
						if i := strings.LastIndex(strings.TrimRight(s, "\n"), "\n\n"); i > 0 {
							put(name, []byte(s[:i+1]))
						}
					}
				case op == 5: // a tag no other source has (a new tag)
					retag(name, fmt.Sprintf("history-1, fresh-%d", step))
				case op == 6: // the tags of another source, or none
					retag(name, []string{"", "culture-6", "history-4, culture-6", "Culture 6"}[r.IntN(4)])
				case op == 7: // a paragraph with two dates, in other years
					if old := fsys[name]; old != nil {
						add := fmt.Sprintf("\n\nOn %d June %d the bridge closed; it reopened in %d (edit %d).\n", 1+r.IntN(28), 1800+r.IntN(200), 1800+r.IntN(200), step)
						put(name, append(bytes.Clone(old.Data), add...))
					}
				default: // touched only
					if old := fsys[name]; old != nil {
						put(name, old.Data)
					}
				}
				res, err := l.Load(context.Background(), fsys)
				if err != nil {
					t.Fatal(err)
				}
				var p *site.Prepared
				if tc.changes {
					p, err = c.PrepareChanges(cfg, res.Docs, res.Events, res.Changes, nil)
				} else {
					p, err = c.Prepare(cfg, res.Docs, res.Events, nil)
				}
				if err != nil {
					t.Fatal(err)
				}
				got := site.NewMemory()
				if err := p.Render(got); err != nil {
					t.Fatal(err)
				}
				want := site.NewMemory()
				if err := site.Render(cfg, res.Docs, res.Events, nil, want); err != nil {
					t.Fatal(err)
				}
				if g, w := strings.Join(got.Names(), " "), strings.Join(want.Names(), " "); g != w {
					t.Fatalf("step %d: files\n%s\nwant\n%s", step, g, w)
				}
				for _, f := range want.Names() {
					x, _ := got.Get(f)
					y, _ := want.Get(f)
					if !bytes.Equal(x, y) {
						t.Fatalf("step %d: %s differs from a cold build", step, f)
					}
				}
			}
			t.Logf("%d of 60 builds prepared from the changes", site.Spliced(c))
			if tc.changes && site.Spliced(c) < 20 {
				t.Errorf("%d of 60 builds prepared from the changes, want most", site.Spliced(c))
			}
		})
	}
}
