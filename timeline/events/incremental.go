package events

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/timeline-tool/timeline/timeline"
)

// SourceEvents are the events read from one source.
type SourceEvents struct {
	Path string
	// Events must be the very same slice as in the previous call while
	// the source is unchanged (a loader's cache gives that): a different
	// slice means the source changed.
	Events []timeline.Event
}

// Timeline merges (as Merge) and orders (as Sort) the events of a set of
// sources, and keeps what it computed so that the next call redoes only
// the date buckets a change reaches: those holding an event of a changed,
// added or removed source, and those whose scores could move far enough to
// change their result as the idf of their words moves (every idf moves a
// little when the number of events changes, and a word's more when its
// document frequency changes). The result is always the one of Merge and Sort over
// all the events in path order (TestRebuildEqualsColdBuild in build).
// Not safe for concurrent use.
type Timeline struct {
	m       *Merger
	paths   []string            // the sources of the last Update, in its order
	states  []*srcState         // and what it made of them
	ids     map[bucketKey]int32 // bucket -> id, for the timeline's life
	buckets []*bucket           // by id
	df      []int32             // term -> events with it
	n       int                 // events
	sorted  []timeline.Event    // the last result
	// buf is the array the results are made in when reuse is set (see
	// ReuseResults): the last result is buf[off:off+len(sorted)], bufOf
	// holds the bucket ids of its events.
	buf     []timeline.Event
	bufOf   []int32
	off     int
	reuse   bool
	of      []int32         // bucket of each sorted event
	bks     []*mergeScratch // one per merging goroutine, kept for the next call
	redone  int             // buckets merged again by the last Update
	total   int
	changes timeline.Changes // the last result against the one before
}

// resultIDs numbers the results of every Timeline (see Changes).
var resultIDs atomic.Uint64

// Changes tells how the last result of Update differs from the one before
// (From 0 after the first Update). The splices are the timeline's until
// the next Update.
func (tl *Timeline) Changes() timeline.Changes { return tl.changes }

// Redone returns how many date buckets the last Update merged again, of
// how many (for tests and profiles).
func (tl *Timeline) Redone() (redone, total int) { return tl.redone, tl.total }

type bucketKey struct {
	date  dateKey               // single dates
	class [2]timeline.Precision // ranges (date unset)
	rng   bool
}

// preSource holds the bags of a source's events before their terms have
// ids: event i's are bags[off[i]:off[i+1]].
type preSource struct {
	bags []bagTerm
	off  []int32
}

// mergeScratch is what one goroutine merging buckets reuses.
type mergeScratch struct {
	evs   []timeline.Event // the events of the bucket being merged
	bk    *blocker
	sc    scorer
	seen  []int32 // term -> stamp of the last bucket listing it
	crit  critical
	stamp int32
}

// critPair is a pair of events scored close to the threshold: above or
// under it.
type critPair struct {
	a, b  *bagEntry
	above bool
}

// critOrder is two pairs of a bucket's events joined in this order, with
// scores close to each other (see mergeSafe): first's score must stay
// above second's, or equal when first comes first on a tie (by event).
type critOrder struct {
	first, second critPair
	tie           bool
}

// critMin is the size from which a bucket keeps its pairs close to the
// threshold apart (see bucket.keeps): smaller buckets merge again in no
// time.
const critMin = 64

type srcState struct {
	evs    []timeline.Event
	bags   []*bagEntry
	bucket []int32
}

type bucket struct {
	terms []int32   // distinct terms of its events
	idf   []float64 // their idf when it was merged
	// crit and order, for large buckets, are the pairs of events scored
	// close to the threshold and the pairs joined in an order that their
	// close scores decide, which safe leaves out: keeps scores them again.
	crit  []critPair
	order []critOrder
	n     int     // events in the timeline when it was merged
	safe  float64 // how far its scores may move (mergeSafe)
	alone bool    // nothing joined: out is its events as they are
}

// NewTimeline returns an empty timeline that merges with opts.
func NewTimeline(opts MergeOptions) *Timeline {
	return &Timeline{m: NewMerger(opts), ids: map[bucketKey]int32{}}
}

func sameSlice(a, b []timeline.Event) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// Update returns the merged, ordered events of srcs (in path order). The
// result is a new slice that later calls do not modify (unless
// ReuseResults was called); callers must not modify it either: the
// timeline builds the next result from it.
func (tl *Timeline) Update(srcs []SourceEvents) []timeline.Event {
	m := tl.m
	olds, gone := tl.align(srcs)
	states := make([]*srcState, len(srcs)) // the state of each source
	dirty := map[int32]bool{}
	n := tl.n
	// The terms of the new events, stemmed in parallel.
	var changed []int
	for k, s := range srcs {
		if old := olds[k]; old == nil || !sameSlice(old.evs, s.Events) {
			changed = append(changed, k)
		}
	}
	// The pre-bags (a string and a weight per term of every event) are
	// made in parallel a chunk of sources at a time, just before they are
	// interned in path order: made all at once they were the largest part
	// of a cold load's peak (390 MB at 100k sources).
	pre := make([]preSource, len(changed))
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), len(changed)/64+1)
	type preScratch struct {
		sc    termScanner
		terms []Term
	}
	scratch := make([]preScratch, workers)
	const preChunk = 1024
	prepared := 0 // pre holds the bags of changed[:prepared]
	prepare := func() {
		lo, hi := prepared, min(prepared+preChunk, len(changed))
		for w := range workers {
			wg.Go(func() {
				ws := &scratch[w]
				for c := lo + w; c < hi; c += workers {
					evs := srcs[changed[c]].Events
					ps := &pre[c]
					ps.off = make([]int32, len(evs)+1)
					for i := range evs {
						ws.terms = eventTerms(&ws.sc, ws.terms[:0], &evs[i])
						ps.bags = m.preBag(ps.bags, ws.terms)
						ps.off[i+1] = int32(len(ps.bags))
					}
				}
			})
		}
		wg.Wait()
		prepared = hi
	}
	c := 0
	// kept: per changed source, its old events that come back equal (an
	// edit usually changes one paragraph): their buckets are not dirty on
	// their account, only those of events added, changed or gone.
	kept := map[int][]bool{}
	for k, s := range srcs {
		if c >= len(changed) || changed[c] != k {
			states[k] = olds[k]
			continue
		}
		if c == prepared {
			prepare()
		}
		ps := &pre[c]
		c++
		old := olds[k]
		var oldByID map[string][]int
		var keptOld []bool
		if old != nil {
			keptOld = make([]bool, len(old.evs))
			oldByID = make(map[string][]int, len(old.evs))
			for j := range old.evs {
				oldByID[old.evs[j].ID] = append(oldByID[old.evs[j].ID], j)
			}
			kept[k] = keptOld
		}
		// The bags of a source share three arrays.
		nt := len(ps.bags)
		ids, ws, ents := make([]int32, nt), make([]float64, nt), make([]bool, nt)
		bags := make([]bagEntry, len(s.Events))
		st := &srcState{evs: s.Events, bags: make([]*bagEntry, len(s.Events)), bucket: make([]int32, len(s.Events))}
		for i := range s.Events {
			e := &s.Events[i]
			a, b := ps.off[i], ps.off[i+1]
			be := &bags[i]
			be.terms, be.w, be.ent = ids[a:b:b], ws[a:b:b], ents[a:b:b]
			m.intern(be, ps.bags[a:b])
			st.bags[i] = be
			st.bucket[i] = tl.bucketID(e)
			if !keepOld(old, oldByID, keptOld, e, st.bucket[i]) {
				dirty[st.bucket[i]] = true
			}
		}
		// The pre-bags are the largest part of a cold load's merge state
		// (a string and a weight per term of every event): let each
		// source's go once interned rather than at the end of Update.
		ps.bags, ps.off = nil, nil
		n += len(s.Events)
		states[k] = st
	}
	// The old states that changed or went.
	var replaced []*srcState
	for k, old := range olds {
		if old == nil || states[k] == old {
			continue
		}
		replaced = append(replaced, old)
		kk := kept[k]
		for j, b := range old.bucket {
			if kk == nil || !kk[j] {
				dirty[b] = true
			}
		}
		n -= len(old.evs)
	}
	for _, old := range gone {
		replaced = append(replaced, old)
		for _, b := range old.bucket {
			dirty[b] = true
		}
		n -= len(old.evs)
	}
	// Document frequencies, from the changes only.
	if len(tl.df) < len(m.names) {
		tl.df = append(tl.df, make([]int32, len(m.names)-len(tl.df))...)
	}
	for _, old := range replaced {
		for _, b := range old.bags {
			for _, t := range b.terms {
				tl.df[t]--
			}
		}
	}
	for k := range srcs {
		if st := states[k]; olds[k] != st {
			for _, b := range st.bags {
				for _, t := range b.terms {
					tl.df[t]++
				}
			}
		}
	}
	all := tl.sorted == nil
	tl.n = n
	tl.paths, tl.states = tl.paths[:0], states
	for _, s := range srcs {
		tl.paths = append(tl.paths, s.Path)
	}
	// The buckets whose events changed; the others are redone only because
	// their scores moved.
	moved := make(map[int32]bool, len(dirty))
	for id := range dirty {
		moved[id] = true
	}
	idf := idfOf(tl.df, n)
	if !all {
		// A bucket whose events did not change is redone only if its
		// scores could move far enough to change its result (see
		// mergeSafe). Every weight of its events is some term's idf times
		// a constant; when each idf moves by a factor within [lo, hi], a
		// cosine moves by one within [(lo/hi)^2, (hi/lo)^2]. One event
		// more or less moves every idf a little (log(n'/n)), a document
		// frequency that changed moves its term's.
		for id, b := range tl.buckets {
			if b == nil || dirty[int32(id)] {
				continue
			}
			if len(b.terms) == 0 {
				continue
			}
			if !b.keeps(idf, m.opts.Threshold) {
				dirty[int32(id)] = true
			}
		}
	}

	// Redo the dirty buckets (or all) from their events in path order:
	// group the events by bucket (a counting sort, in path order within a
	// bucket), merge the buckets in parallel, each from a worker's scratch
	// copy into an array of its merged events, then join those in bucket
	// order: the result does not depend on the scheduling. (The copies of
	// every event at once, in one array, were the largest part of a cold
	// load's peak: 360 MB at 100k sources.)
	if all {
		tl.buckets = make([]*bucket, len(tl.ids))
	} else if len(tl.buckets) < len(tl.ids) {
		tl.buckets = append(tl.buckets, make([]*bucket, len(tl.ids)-len(tl.buckets))...)
	}
	redo := make([]bool, len(tl.ids))
	for id := range dirty {
		redo[id] = true
	}
	start := make([]int32, len(tl.ids)+1) // bucket -> its first slot, once counted
	for _, st := range states {
		for _, b := range st.bucket {
			if all || redo[b] {
				start[b+1]++
			}
		}
	}
	var ids []int32 // the buckets to merge, in id order
	for id := range len(tl.ids) {
		if start[id+1] > 0 {
			ids = append(ids, int32(id))
		}
		start[id+1] += start[id]
	}
	total := int(start[len(tl.ids)])
	type member struct {
		st *srcState
		i  int
	}
	members := make([]member, total)
	fill := slices.Clone(start[:len(tl.ids)])
	for _, st := range states {
		for i, b := range st.bucket {
			if all || redo[b] {
				members[fill[b]] = member{st, i}
				fill[b]++
			}
		}
	}
	for id := range dirty {
		if start[id+1] == start[id] {
			tl.buckets[id] = nil // emptied
		}
	}
	tl.redone, tl.total = len(ids), 0
	type result struct {
		b   *bucket
		evs []timeline.Event // the merged events, an array of their own
	}
	results := make([]result, len(ids))
	// The largest buckets first, so that no worker is left with a big one
	// at the end.
	bySize := make([]int32, len(ids))
	for k := range bySize {
		bySize[k] = int32(k)
	}
	size := func(k int32) int32 { return start[ids[k]+1] - start[ids[k]] }
	slices.SortFunc(bySize, func(a, b int32) int { return cmp.Or(cmp.Compare(size(b), size(a)), cmp.Compare(a, b)) })
	for len(tl.bks) < runtime.GOMAXPROCS(0) {
		tl.bks = append(tl.bks, &mergeScratch{})
	}
	var nextBucket atomic.Int64
	for w := range min(len(tl.bks), max(1, len(ids)/8)) {
		ws := tl.bks[w]
		ws.bk = m.growBlocker(ws.bk)
		if len(ws.seen) < len(m.names) {
			ws.seen = make([]int32, len(m.names)+len(m.names)/4)
		}
		wg.Go(func() {
			for {
				next := int(nextBucket.Add(1) - 1)
				if next >= len(bySize) {
					return
				}
				slot := bySize[next]
				id := ids[slot]
				pos := members[start[id]:start[id+1]]
				ws.evs = slices.Grow(ws.evs[:0], len(pos))[:len(pos)]
				bevs := ws.evs
				sc := &ws.sc
				sc.bags, sc.idf = sc.bags[:0], idf
				ws.stamp++
				var terms []int32
				for x, p := range pos {
					bevs[x] = p.st.evs[p.i]
					b := p.st.bags[p.i]
					sc.bags = append(sc.bags, b)
					for _, t := range b.terms {
						if ws.seen[t] != ws.stamp {
							ws.seen[t] = ws.stamp
							terms = append(terms, t)
						}
					}
				}
				sc.setNorms()
				var critp *critical
				if len(bevs) >= critMin && m.opts.Threshold > 0 {
					ws.crit.pairs, ws.crit.order = ws.crit.pairs[:0], ws.crit.order[:0]
					critp = &ws.crit
				}
				out, safe := m.mergeSafe(bevs, sc, ws.bk, critp)
				var crit []critPair
				var order []critOrder
				if critp != nil {
					cp := func(p pair) critPair {
						return critPair{a: pos[p.a].st.bags[pos[p.a].i], b: pos[p.b].st.bags[pos[p.b].i], above: p.score >= m.opts.Threshold}
					}
					crit = make([]critPair, len(ws.crit.pairs))
					for k, p := range ws.crit.pairs {
						crit[k] = cp(p)
					}
					order = make([]critOrder, len(ws.crit.order))
					for k, o := range ws.crit.order {
						order[k] = critOrder{first: cp(o[0]), second: cp(o[1]), tie: o[0].a < o[1].a || o[0].a == o[1].a && o[0].b < o[1].b}
					}
				}
				alone := len(out) == len(bevs)
				if len(out) < cap(out) || len(out) > 0 && &out[0] == &bevs[0] {
					out = slices.Clone(out) // not the scratch copy, nor room to spare
				}
				clear(bevs) // no references kept in the scratch copy
				bidf := make([]float64, len(terms))
				for k, t := range terms {
					bidf[k] = idf[t]
				}
				results[slot] = result{&bucket{terms: terms, idf: bidf, crit: crit, order: order, n: n, safe: safe, alone: alone}, out}
			}
		})
	}
	wg.Wait()
	// A bucket merged again only because its scores moved usually merges
	// as it did: where its events come out equal to those it has in the
	// last result, they stay there (not sorted and searched into place
	// again, and not reported as changed).
	var oldPos [][]int32 // per slot of ids: the bucket's places in tl.sorted
	if !all {
		cand := make([]int32, len(tl.buckets)) // bucket -> 1 + its slot
		found := false
		for k, id := range ids {
			if old := tl.buckets[id]; !moved[id] && old != nil && !(results[k].b.alone && old.alone) {
				cand[id] = int32(k + 1)
				found = true
			}
		}
		if found {
			oldPos = make([][]int32, len(ids))
			for i, b := range tl.of {
				if k := cand[b]; k > 0 {
					oldPos[k-1] = append(oldPos[k-1], int32(i))
				}
			}
		}
	}
	var into []int // the slots of ids whose merged events go into the result
	w := 0
	for k, id := range ids {
		old := tl.buckets[id]
		r := results[k]
		tl.buckets[id] = r.b
		if !all && !moved[id] && r.b.alone && old != nil && old.alone {
			// The same events, still joined to none: they stay where they
			// are in the last result.
			delete(dirty, id)
			continue
		}
		if oldPos != nil && len(oldPos[k]) == len(r.evs) && len(r.evs) > 0 {
			out := r.evs
			sortWith(out, nil)
			same := true
			for x, i := range oldPos[k] {
				if !tl.sorted[i].Equal(&out[x]) {
					same = false
					break
				}
			}
			if same {
				delete(dirty, id)
				continue
			}
		}
		into = append(into, k)
		w += len(r.evs)
	}
	fresh := make([]timeline.Event, 0, w)
	freshOf := make([]int32, 0, w)
	for _, k := range into {
		fresh = append(fresh, results[k].evs...)
		results[k].evs = nil
		for range len(fresh) - len(freshOf) {
			freshOf = append(freshOf, ids[k])
		}
	}
	for _, b := range tl.buckets {
		if b != nil {
			tl.total++
		}
	}
	sortWith(fresh, freshOf)
	prevID := tl.changes.To
	tl.changes = timeline.Changes{From: prevID, To: resultIDs.Add(1), Splices: tl.changes.Splices[:0]}
	if all {
		tl.changes.From, tl.changes.Splices = 0, nil
		tl.sorted, tl.of = fresh, freshOf
		return fresh
	}
	// Keep the clean buckets' events where they were and put the new ones
	// in between. Events of two buckets never compare equal (equal events
	// have equal dates), so no tie rule is needed.
	isDirty := make([]bool, len(tl.buckets))
	for id := range dirty {
		isDirty[id] = true
	}
	// The plan: runs of clean events of tl.sorted, each moved to its place
	// in the result, with the fresh events in the gaps.
	var runs []keptRun
	at := 0 // the next place in the result
	// splice records that tl.sorted[old:old+del] became the result's [at, at+add).
	splice := func(old, del, add int) {
		sp := &tl.changes.Splices
		if n := len(*sp); n > 0 {
			if l := &(*sp)[n-1]; l.Old+l.Del == old && l.New+l.Add == at {
				l.Del += del
				l.Add += add
				return
			}
		}
		*sp = append(*sp, timeline.Splice{Old: old, Del: del, New: at, Add: add})
	}
	keep := func(from, to int) { // the clean events of tl.sorted[from:to], in runs
		for from < to {
			skip := from
			for from < to && isDirty[tl.of[from]] {
				from++
			}
			if from > skip {
				splice(skip, from-skip, 0)
			}
			run := from
			for run < to && !isDirty[tl.of[run]] {
				run++
			}
			if run > from {
				runs = append(runs, keptRun{from, run, at})
				at += run - from
			}
			from = run
		}
	}
	freshAt := make([]int, len(fresh))
	i := 0
	for j := range fresh {
		f := &fresh[j]
		p := i + sort.Search(len(tl.sorted)-i, func(k int) bool { return tl.sorted[i+k].Compare(f) > 0 })
		keep(i, p)
		splice(p, 0, 1)
		freshAt[j] = at
		at++
		i = p
	}
	keep(i, len(tl.sorted))
	var out []timeline.Event
	var of []int32
	if tl.reuse {
		out, of = tl.moveInPlace(runs, at)
	} else {
		out, of = make([]timeline.Event, at), make([]int32, at)
		for _, r := range runs {
			copy(out[r.at:], tl.sorted[r.from:r.to])
			copy(of[r.at:], tl.of[r.from:r.to])
		}
	}
	for j, k := range freshAt {
		out[k], of[k] = fresh[j], freshOf[j]
	}
	tl.sorted, tl.of = out, of
	return out
}

// keptRun is a run of events of the last result, tl.sorted[from:to],
// that the next result holds at [at, at+to-from).
type keptRun struct{ from, to, at int }

// moveInPlace moves the kept runs of tl.sorted within its array (tl.buf)
// to their places in a result of n events, which it returns (the places
// of the fresh events are left for the caller). Either the start or the
// end of the timeline stays where it is, whichever moves fewer events:
// an edit moves the events between it and the nearer end, not all of
// them. The array keeps room at both ends; when it has too little, the
// events move to a new one.
func (tl *Timeline) moveInPlace(runs []keptRun, n int) ([]timeline.Event, []int32) {
	old := len(tl.sorted)
	if tl.buf == nil { // the first result: no room (the first edit that adds an event makes some)
		tl.buf, tl.bufOf, tl.off = tl.sorted, tl.of[:old], 0
	}
	// The cost of keeping the start (shift 0) or the end in place.
	cost := func(shift int) int {
		moved := 0
		for _, r := range runs {
			if tl.off+r.from != shift+r.at {
				moved += r.to - r.from
			}
		}
		return moved
	}
	start, end := tl.off, tl.off+old-n // the result's offset in either case
	fitStart, fitEnd := start+n <= len(tl.buf), end >= 0
	var off int
	switch {
	case fitStart && (!fitEnd || cost(start) <= cost(end)):
		off = start
	case fitEnd:
		off = end
	default: // a new array, with room at both ends
		room := n/32 + 64
		buf, bufOf := make([]timeline.Event, n+2*room), make([]int32, n+2*room)
		for _, r := range runs {
			copy(buf[room+r.at:], tl.sorted[r.from:r.to])
			copy(bufOf[room+r.at:], tl.of[r.from:r.to])
		}
		tl.buf, tl.bufOf, tl.off = buf, bufOf, room
		return buf[room : room+n : room+n], bufOf[room : room+n : room+n]
	}
	// Runs that move towards the start go first, from the first; then
	// those that move towards the end, from the last: no run is
	// overwritten before it moved.
	for _, r := range runs {
		if src, dst := tl.off+r.from, off+r.at; dst < src {
			copy(tl.buf[dst:], tl.buf[src:src+r.to-r.from])
			copy(tl.bufOf[dst:], tl.bufOf[src:src+r.to-r.from])
		}
	}
	for k := len(runs) - 1; k >= 0; k-- {
		r := runs[k]
		if src, dst := tl.off+r.from, off+r.at; dst > src {
			copy(tl.buf[dst:], tl.buf[src:src+r.to-r.from])
			copy(tl.bufOf[dst:], tl.bufOf[src:src+r.to-r.from])
		}
	}
	// No references kept where the timeline was and is no more.
	if off > tl.off {
		clear(tl.buf[tl.off:min(off, tl.off+old)])
	}
	if e := off + n; e < tl.off+old {
		clear(tl.buf[max(e, tl.off) : tl.off+old])
	}
	tl.off = off
	return tl.buf[off : off+n : off+n], tl.bufOf[off : off+n : off+n]
}

// keeps reports whether the bucket's result stays with the idf now (see
// Update): every score of its pairs may move by the factor q of the
// largest to the smallest move of its terms' idf, which must be within
// its margin, but for the pairs close to the threshold it keeps apart
// (large buckets have some whatever happens): those are scored again and
// must stay on their side of it.
func (b *bucket) keeps(idf []float64, th float64) bool {
	lo, hi := math.Inf(1), 0.0
	for k, t := range b.terms {
		r := idf[t] / b.idf[k]
		lo, hi = min(lo, r), max(hi, r)
	}
	if q := hi / lo; !((q*q-1)*(1+1e-6)+1e-12 < b.safe) {
		return false
	}
	for _, c := range b.crit {
		s := c.score(idf)
		if c.above && !(s >= th*(1+1e-9)) || !c.above && !(s < th*(1-1e-9)) {
			return false
		}
	}
	for _, o := range b.order {
		s1, s2 := o.first.score(idf), o.second.score(idf)
		if !(s1 > s2*(1+1e-9) || s1 == s2 && o.tie) {
			return false
		}
	}
	return true
}

// score is the pair's similarity with idf.
func (c *critPair) score(idf []float64) float64 {
	return bagSimilarity(c.a, c.b, bagNorm(c.a, idf), bagNorm(c.b, idf), idf)
}

// ReuseResults lets Update make a result in the memory of the last one,
// moving its events in place, instead of copying the whole timeline into a
// new array (the timeline of a large site is tens of megabytes, and an
// edit moves only the events between its buckets and the nearer end of
// the timeline): a result then stays valid only until the next Update.
// For a caller that keeps no result that long, like the dev server, whose
// site views copy what they need from the events.
func (tl *Timeline) ReuseResults() { tl.reuse = true }

// align returns, per source of srcs, its state in the last Update (nil
// for a new one), and the states of the sources gone since.
func (tl *Timeline) align(srcs []SourceEvents) (olds, gone []*srcState) {
	olds = make([]*srcState, len(srcs))
	ordered := func(n int, path func(int) string) bool {
		for k := 1; k < n; k++ {
			if path(k-1) >= path(k) {
				return false
			}
		}
		return true
	}
	if !ordered(len(srcs), func(k int) string { return srcs[k].Path }) || !ordered(len(tl.paths), func(k int) string { return tl.paths[k] }) {
		byPath := make(map[string]*srcState, len(tl.paths))
		for i, p := range tl.paths {
			byPath[p] = tl.states[i]
		}
		for k, s := range srcs {
			if st, ok := byPath[s.Path]; ok {
				olds[k] = st
				delete(byPath, s.Path)
			}
		}
		for _, st := range byPath {
			gone = append(gone, st)
		}
		return olds, gone
	}
	i := 0
	for k, s := range srcs {
		for i < len(tl.paths) && tl.paths[i] < s.Path {
			gone = append(gone, tl.states[i])
			i++
		}
		if i < len(tl.paths) && tl.paths[i] == s.Path {
			olds[k] = tl.states[i]
			i++
		}
	}
	return olds, append(gone, tl.states[i:]...)
}

// keepOld reports whether e (in bucket b) equals an old event of its
// source not matched yet, and marks that one matched. An equal event has
// the same terms, bucket and place among its source's events, so a bucket
// whose events all come back equal merges as it did.
func keepOld(old *srcState, byID map[string][]int, kept []bool, e *timeline.Event, b int32) bool {
	if old == nil {
		return false
	}
	for _, j := range byID[e.ID] {
		if !kept[j] && old.bucket[j] == b && old.evs[j].Equal(e) {
			kept[j] = true
			return true
		}
	}
	return false
}

// bucketID names the bucket of e, as Merge groups candidates.
func (tl *Timeline) bucketID(e *timeline.Event) int32 {
	var k bucketKey
	if e.End == nil {
		k.date = keyOf(e.Date)
	} else {
		k.rng, k.class = true, [2]timeline.Precision{dayClass(e.Date.Precision), dayClass(e.End.Precision)}
	}
	id, ok := tl.ids[k]
	if !ok {
		id = int32(len(tl.ids))
		tl.ids[k] = id
	}
	return id
}

// sortWith sorts evs as Sort does, in place, carrying tags along.
func sortWith(evs []timeline.Event, tags []int32) {
	keys := order(evs)
	// Move each event once, following the cycles of the permutation (no
	// second copy of the timeline for the collector to scan).
	for start := range keys {
		if keys[start] < 0 || int(keys[start]) == start {
			continue
		}
		tmp := evs[start]
		var tmpTag int32
		if tags != nil {
			tmpTag = tags[start]
		}
		j := start
		for {
			src := int(keys[j])
			keys[j] = -1
			if src == start {
				evs[j] = tmp
				if tags != nil {
					tags[j] = tmpTag
				}
				break
			}
			evs[j] = evs[src]
			if tags != nil {
				tags[j] = tags[src]
			}
			j = src
		}
	}
}
