package events

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

// TestMoveInPlace: moving the kept runs of a result within its array
// (ReuseResults) gives the result a copy into a new array gives, for
// random edits anywhere in the timeline, however many, and clears the
// slots the timeline left.
func TestMoveInPlace(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	tl := &Timeline{reuse: true}
	n := 200
	mk := func(id int) timeline.Event { return timeline.Event{ID: fmt.Sprint("e", id), Tags: []string{"x"}} }
	for i := range n {
		tl.sorted = append(tl.sorted, mk(i))
		tl.of = append(tl.of, int32(i))
	}
	next := n
	for step := range 400 {
		// A plan: runs of the last result, deleted stretches, inserted
		// events, in order.
		var runs []keptRun
		var fresh []int // places of new events
		at, i := 0, 0
		for i < len(tl.sorted) {
			switch op := r.IntN(6); {
			case op == 0: // delete a few
				i += min(1+r.IntN(3), len(tl.sorted)-i)
			case op == 1: // insert a few
				for range 1 + r.IntN(3) {
					fresh = append(fresh, at)
					at++
				}
			default: // keep a run (sometimes a long one)
				k := min(1+r.IntN(1+r.IntN(60)), len(tl.sorted)-i)
				runs = append(runs, keptRun{i, i + k, at})
				i += k
				at += k
			}
		}
		want := make([]timeline.Event, at)
		wantOf := make([]int32, at)
		for _, kr := range runs {
			copy(want[kr.at:], tl.sorted[kr.from:kr.to])
			copy(wantOf[kr.at:], tl.of[kr.from:kr.to])
		}
		for _, k := range fresh {
			want[k], wantOf[k] = mk(next), int32(next)
			next++
		}
		out, of := tl.moveInPlace(runs, at)
		for _, k := range fresh {
			out[k], of[k] = want[k], wantOf[k]
		}
		for k := range want {
			if out[k].ID != want[k].ID || of[k] != wantOf[k] {
				t.Fatalf("step %d: event %d is %s (%d), want %s (%d)", step, k, out[k].ID, of[k], want[k].ID, wantOf[k])
			}
		}
		for k := range tl.buf {
			if (k < tl.off || k >= tl.off+len(out)) && tl.buf[k].Tags != nil {
				t.Fatalf("step %d: slot %d outside the timeline [%d, %d) still holds %s", step, k, tl.off, tl.off+len(out), tl.buf[k].ID)
			}
		}
		tl.sorted, tl.of = out, of
	}
}
