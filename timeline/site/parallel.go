package site

import (
	"bytes"
	"math"
	"runtime"
	"sync"
	"sync/atomic"
)

// renderJob makes one file of the site into buf (empty when called).
type renderJob struct {
	name string
	gen  func(buf *bytes.Buffer) error
}

// renderAll runs jobs on GOMAXPROCS workers and writes their files to out
// from two goroutines, each taking every other job in order. Creating many
// files in one folder from many threads at once contends on the folder's
// lock, but one writer alone was the tail of a build: once the cheap
// source pages are reached, the workers wait for it while it waits for
// the kernel to create each file. The buffers pages render into go back
// to the workers once written, so rendering allocates little and only a
// few pages wait in memory. The error reported is the first failing
// job's, whatever the scheduling; after a failure, the files of the jobs
// after it may or may not be written. out must not keep the data it is
// given. Jobs must not share mutable state.
func renderAll(jobs []renderJob, out Output) error {
	workers := runtime.GOMAXPROCS(0)
	writers := min(2, len(jobs))
	window := 4 * workers
	type slot struct {
		buf  *bytes.Buffer
		err  error
		done chan struct{}
	}
	slots := make([]slot, len(jobs))
	for i := range slots {
		slots[i].done = make(chan struct{})
	}
	free := make(chan *bytes.Buffer, window)
	for range window {
		free <- new(bytes.Buffer)
	}
	var next atomic.Int64
	// failed is the lowest index of a job that failed (rendering or
	// writing): the jobs after it are not rendered, and their files not
	// written, once it is known.
	var failed atomic.Int64
	failed.Store(math.MaxInt64)
	fail := func(i int) {
		for {
			f := failed.Load()
			if int64(i) >= f || failed.CompareAndSwap(f, int64(i)) {
				return
			}
		}
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				buf := <-free
				i := int(next.Add(1) - 1)
				if i >= len(jobs) {
					free <- buf
					return
				}
				buf.Reset()
				if int64(i) < failed.Load() {
					if slots[i].err = jobs[i].gen(buf); slots[i].err != nil {
						fail(i)
					}
				}
				slots[i].buf = buf
				close(slots[i].done)
			}
		}()
	}
	// A writer takes its jobs in order, so the lowest job not yet written
	// is always the next of one writer, and its buffer comes back: the
	// workers never all wait.
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(slots); i += writers {
				<-slots[i].done
				if slots[i].err == nil && int64(i) < failed.Load() {
					if slots[i].err = out.WriteFile(jobs[i].name, slots[i].buf.Bytes()); slots[i].err != nil {
						fail(i)
					}
				}
				buf := slots[i].buf
				slots[i].buf = nil
				if buf.Cap() > 16<<20 {
					buf = new(bytes.Buffer) // do not keep a huge page's buffer
				}
				free <- buf
			}
		}()
	}
	wg.Wait()
	if f := failed.Load(); f < int64(len(slots)) {
		return slots[f].err
	}
	return nil
}

// parallelChunks calls fn on the chunks [lo, hi) of [0, n), at most
// chunk long, from at most GOMAXPROCS goroutines, numbered from 0 by
// worker; it returns when all are done.
func parallelChunks(n, chunk int, fn func(worker, lo, hi int)) {
	if n <= chunk {
		fn(0, 0, n)
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range min(runtime.GOMAXPROCS(0), (n+chunk-1)/chunk) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := int(next.Add(int64(chunk))) - chunk
				if lo >= n {
					return
				}
				fn(w, lo, min(lo+chunk, n))
			}
		}()
	}
	wg.Wait()
}
