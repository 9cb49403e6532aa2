package serve

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestServeUnderLoad sends a bounded stream of requests from loopback
// clients (20,000, or 2,000 with -short, stopping after 30 s in any case)
// while a writer keeps editing sources so the server keeps rebuilding.
// Every request must succeed, and once the load is over the server must be
// back to about the goroutines and heap it had before.
func TestServeUnderLoad(t *testing.T) {
	total := 20000
	if testing.Short() {
		total = 2000
	}
	files := map[string]string{"config.yaml": "title: Load\n"}
	for i := range 20 {
		files[fmt.Sprintf("content/s%02d.md", i)] = fmt.Sprintf("---\ntitle: Source %d\n---\n\nOn %d May 2001 the bridge %d opened.\n", i, i%28+1, i)
	}
	dir := project(t, files)
	r := start(t, dir, Options{})
	s := openStream(t, r.url)
	if first := s.next(t); first.Build == "" || len(first.Problems) != 0 {
		t.Fatalf("first state = %+v, want a good build", first)
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 8}, Timeout: 10 * time.Second}
	fetch := func(path string) error {
		resp, err := client.Get(r.url + path)
		if err != nil {
			return err
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err == nil && resp.StatusCode != 200 {
			err = fmt.Errorf("GET %s: status %d", path, resp.StatusCode)
		}
		return err
	}
	pages := []string{"/", "/sources/", "/sources/s03.html", "/sources/s17.html", "/style.css", "/events.json", "/tags/"}
	// Warm up, then take the baseline.
	for _, p := range pages {
		if err := fetch(p); err != nil {
			t.Fatal(err)
		}
	}
	goroutines, heap := settle()

	deadline := time.Now().Add(30 * time.Second)
	stop := make(chan struct{})
	var edits, sent, failed atomic.Int64
	var firstErr atomic.Value
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the editor: one source rewritten every 50 ms
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
			err := os.WriteFile(filepath.Join(dir, "content", fmt.Sprintf("s%02d.md", i%20)),
				fmt.Appendf(nil, "---\ntitle: Source %d\n---\n\nOn %d May 2001 the bridge %d opened, edit %d.\n", i%20, i%28+1, i%20, i), 0o644)
			if err != nil {
				failed.Add(1)
				firstErr.CompareAndSwap(nil, err)
				return
			}
			edits.Add(1)
		}
	}()
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				n := sent.Add(1)
				if n > int64(total) || time.Now().After(deadline) {
					return
				}
				if err := fetch(pages[n%int64(len(pages))]); err != nil {
					failed.Add(1)
					firstErr.CompareAndSwap(nil, err)
				}
			}
		}()
	}
	for sent.Load() <= int64(total) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	close(stop)
	wg.Wait()
	done := min(sent.Load()-1, int64(total))
	t.Logf("%d requests, %d edits, %d failed", done, edits.Load(), failed.Load())
	if f := failed.Load(); f > 0 {
		t.Fatalf("%d of %d requests failed; first: %v", f, done, firstErr.Load())
	}
	if edits.Load() == 0 {
		t.Fatal("no edits happened during the load")
	}
	client.CloseIdleConnections()
	g2, h2 := settle()
	if g2 > goroutines+10 {
		t.Errorf("goroutines grew from %d to %d after the load", goroutines, g2)
	}
	if h2 > heap*3+16<<20 {
		t.Errorf("heap grew from %d to %d bytes after the load", heap, h2)
	}
}

// settle lets the server go idle and returns its goroutine count and live
// heap.
func settle() (int, uint64) {
	var ms runtime.MemStats
	n := 0
	for range 20 {
		time.Sleep(100 * time.Millisecond)
		runtime.GC()
		if g := runtime.NumGoroutine(); g == n {
			break
		} else {
			n = g
		}
	}
	runtime.ReadMemStats(&ms)
	return n, ms.HeapAlloc
}
