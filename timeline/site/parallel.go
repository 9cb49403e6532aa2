package site

import (
	"bytes"
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
// from one goroutine, in job order: creating many files in one folder
// from several threads at once contends on the folder's lock and is
// slower than one writer (measured on ext4). The buffers pages render
// into go back to the workers once written, so rendering allocates little
// and only a few pages wait in memory. Which files are written and the
// error reported (the first failing job's) do not depend on scheduling.
// out must not keep the data it is given. Jobs must not share mutable
// state.
func renderAll(jobs []renderJob, out Output) error {
	workers := runtime.GOMAXPROCS(0)
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
	var failed atomic.Bool
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
				if !failed.Load() {
					slots[i].err = jobs[i].gen(buf)
				}
				slots[i].buf = buf
				close(slots[i].done)
			}
		}()
	}
	var err error
	for i := range slots {
		<-slots[i].done
		if err == nil {
			err = slots[i].err
			if err == nil {
				err = out.WriteFile(jobs[i].name, slots[i].buf.Bytes())
			}
			if err != nil {
				failed.Store(true)
			}
		}
		buf := slots[i].buf
		slots[i].buf = nil
		if buf.Cap() > 16<<20 {
			buf = new(bytes.Buffer) // do not keep a huge page's buffer
		}
		free <- buf
	}
	wg.Wait()
	return err
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
