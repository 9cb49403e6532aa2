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
// sentences, rewritten, added and deleted sources) and checks after each
// that the site prepared through one Cache is the site a cold build makes,
// file for file, with the timeline whole and split into year pages.
func TestCacheRandomEdits(t *testing.T) {
	for _, threshold := range []int{1000, 150} {
		t.Run(fmt.Sprint("threshold=", threshold), func(t *testing.T) {
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
			for step := range 40 {
				k := r.IntN(n + 5)
				name := benchgen.Name(k)
				switch op := r.IntN(5); {
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
				default: // touched only
					if old := fsys[name]; old != nil {
						put(name, old.Data)
					}
				}
				res, err := l.Load(context.Background(), fsys)
				if err != nil {
					t.Fatal(err)
				}
				p, err := c.Prepare(cfg, res.Docs, res.Events, nil)
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
		})
	}
}
