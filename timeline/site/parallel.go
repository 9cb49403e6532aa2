package site

import (
	"io"
	"runtime"
	"sync"
	"sync/atomic"
)

// renderJob makes one file of the site.
type renderJob struct {
	name string
	gen  func() ([]byte, error)
}

// renderAll runs jobs on GOMAXPROCS workers and writes their files to out
// in job order, so the order of writes and the error reported (the first
// failing job's) do not depend on scheduling. Workers run at most a small
// window ahead of the writer, so only a few rendered pages wait in memory.
// Jobs must not share mutable state.
func renderAll(jobs []renderJob, out Output) error {
	workers := runtime.GOMAXPROCS(0)
	type slot struct {
		data []byte
		err  error
		done chan struct{}
	}
	slots := make([]slot, len(jobs))
	for i := range slots {
		slots[i].done = make(chan struct{})
	}
	window := make(chan struct{}, 4*workers)
	var next atomic.Int64
	var failed atomic.Bool
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				window <- struct{}{}
				i := int(next.Add(1) - 1)
				if i >= len(jobs) {
					<-window
					return
				}
				if !failed.Load() {
					slots[i].data, slots[i].err = jobs[i].gen()
				}
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
				err = out.WriteFile(jobs[i].name, slots[i].data)
			}
			if err != nil {
				failed.Store(true)
			}
		}
		slots[i].data = nil
		<-window
	}
	wg.Wait()
	return err
}

// lockedOutput serialises writes to an Output shared by the page writer
// and the exports, which run side by side.
type lockedOutput struct {
	mu  sync.Mutex
	out Output
}

func (l *lockedOutput) WriteFile(name string, data []byte) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out.WriteFile(name, data)
}

func (l *lockedOutput) Wants(name string) bool { return wants(l.out, name) }

// Create streams name straight into the shared output when it can (its
// Create is safe alongside WriteFile), else through a buffer and the lock.
func (l *lockedOutput) Create(name string) (io.WriteCloser, error) {
	if c, ok := l.out.(Creator); ok {
		return c.Create(name)
	}
	return &bufferedFile{out: l, name: name}, nil
}
