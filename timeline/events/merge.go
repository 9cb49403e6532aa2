package events

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// Merging folds the reports of one happening by several sources into one
// event. Two events are candidates only when their dates agree: single
// dates on the same day (or the same month, year... at the same
// precision), ranges whose ends have the same precisions and whose
// intervals overlap. Candidates are compared by the words of their
// sentences:
//
//   - each sentence becomes a bag of content words: the date phrase,
//     numbers, month and weekday names and stop words are dropped, a small
//     table folds common news verbs onto one concept ("took", "captured",
//     "seized" -> capture), and the rest is stemmed with the Snowball
//     (Porter 2) English stemmer;
//   - a word written with a capital letter inside the sentence is a name
//     (entity) and weighs EntityWeight times more;
//   - every word is weighted by its inverse document frequency over the
//     events being merged, so words every event shares ("Syria" in a Syria
//     collection) count little;
//   - similarity is the cosine of the two weighted bags, from 0 to 1,
//     halved when the two share only names (same parties, possibly a
//     different happening: "Russia invaded Ukraine" / "Ukraine cut ties
//     with Russia").
//
// Events at or above the threshold are joined, strongest pairs first, but
// never two events of the same source (a source's range ends are already
// one event). A merged event keeps the id, text and date of its member
// from the earliest path (an explicit front-matter event's headline wins),
// and lists every source in path order.
//
// The comparisons are made only inside a date bucket, so the work grows
// with the number of events sharing a date, not with the whole timeline.
// The precision and recall of these rules on a labelled set of pairs are
// measured by TestMergePairs (testdata/merge_pairs.txt).

// DefaultEntityWeight is how much more a name counts than another word.
const DefaultEntityWeight = 2.0

// MergeOptions tune merging.
type MergeOptions struct {
	Threshold    float64 // cosine similarity at or above which events merge
	EntityWeight float64 // weight of names relative to other words (0: DefaultEntityWeight)
}

// MergeOptionsFrom reads the merge options from the site configuration.
func MergeOptionsFrom(c timeline.MergeConfig) MergeOptions {
	return MergeOptions{Threshold: c.Threshold, EntityWeight: c.EntityWeight}
}

// Merge returns evs with the events that report the same happening from
// different sources folded into one. The result is in the order of the
// input (a merged event stands where its first member stood); sort it
// afterwards. evs is not modified.
func Merge(evs []timeline.Event, opts MergeOptions) []timeline.Event {
	return NewMerger(opts).Merge(evs)
}

// Merger merges events like Merge and remembers the term bags of the
// events it has seen, so that a rebuild after a one-source edit (the dev
// server keeps one Merger) stems only the sentences that changed.
//
// Inside a date bucket the events compared are found through an inverted
// index instead of trying every pair (a big collection has thousands of
// events on one day): each event indexes only the prefix of its terms,
// rarest in the bucket first, that the rest of its terms could not make up
// for: the part left out (the bucket's most common words) has a weighted
// norm below Threshold times the event's norm, so by Cauchy-Schwarz an
// event sharing none of the indexed terms has a cosine below the threshold
// (prefix filtering, as in all-pairs similarity search). Every pair that
// can reach the threshold is still scored, so the result is the one of
// comparing all pairs (TestMergeBlockedEqualsExhaustive).
type Merger struct {
	opts  MergeOptions
	cache map[bagKey]*bagEntry
	ids   map[string]int32 // term -> id, for the merger's life
	names []string         // id -> term

	bk         *blocker // scratch tables, reused
	exhaustive bool     // score every candidate pair (tests: the blocking's reference)
}

type bagKey struct {
	id     string
	phrase timeline.Span
}

// bagEntry is the term bag of one event, sorted by term text so that sums
// over it are made in an order that does not depend on the merger's
// history: a rebuild scores exactly like a cold build.
type bagEntry struct {
	terms []int32
	w     []float64 // weight before idf
	ent   []bool    // the term is a name
}

// NewMerger returns a merger with an empty cache.
func NewMerger(opts MergeOptions) *Merger {
	if opts.EntityWeight <= 0 {
		opts.EntityWeight = DefaultEntityWeight
	}
	return &Merger{opts: opts, cache: map[bagKey]*bagEntry{}, ids: map[string]int32{}}
}

// Merge is Merge with the merger's options and cache. The cache keeps only
// the events of the latest call. Not safe for concurrent use.
func (m *Merger) Merge(evs []timeline.Event) []timeline.Event {
	if len(evs) < 2 {
		return evs
	}
	return m.merge(evs, m.newScorer(evs))
}

// merge is Merge with the bags and idf of sc (which may be those of a
// larger timeline, evs being one of its buckets).
func (m *Merger) merge(evs []timeline.Event, sc *scorer) []timeline.Event {
	out, _ := m.mergeSafe(evs, sc, m.newBlocker(sc), nil)
	return out
}

// prefixMargin widens the prefix filter a little: an event's left-out
// terms bound its cosine to below (1-prefixMargin) times the threshold,
// so a slightly different idf (one event more or less in the timeline, a
// common word's document frequency moving by one) cannot lift a pair that
// was never scored over the threshold. It also caps how far a bucket's
// scores may move before Timeline merges it again (mergeSafe): 1% keeps a
// bucket through an edit that moves a common word's idf by a few tenths of
// a percent, for a few more candidate pairs scored (no measurable cost).
const prefixMargin = 1e-2

// mergeSafe is merge, and also says how far every score may move, by a
// factor 1+safe either way, without changing the result: no scored pair
// crosses the threshold, the joined pairs keep their order, and no pair
// left unscored can reach the threshold.
//
// When crit is not nil, the scored pairs whose score is within a factor
// 1+prefixMargin of the threshold are appended to crit.pairs instead of
// bounding safe, and so are the consecutive pairs (in join order) of a
// component with a refused join whose scores are that close to crit.order:
// their side of the threshold and their order are checked with the scores
// of the moment (see bucket.keeps); safe is then what the other pairs
// allow.
//
// bk holds the scratch tables (one per goroutine: buckets may be merged in
// parallel); mergeSafe only reads the merger.
func (m *Merger) mergeSafe(evs []timeline.Event, sc *scorer, bk *blocker, crit *critical) ([]timeline.Event, float64) {
	safe := prefixMargin / (1 - prefixMargin)
	if len(evs) < 2 {
		return evs, safe
	}
	// Candidate pairs, bucket by bucket.
	pairs := bk.pairBuf[:0]
	defer func() {
		if cap(pairs) <= maxPairBuf {
			bk.pairBuf = pairs[:0]
		}
	}()
	singles := map[dateKey][]int{}
	ranges := map[[2]timeline.Precision][]int{}
	for i := range evs {
		e := &evs[i]
		if e.End == nil {
			k := keyOf(e.Date)
			singles[k] = append(singles[k], i)
		} else {
			k := [2]timeline.Precision{dayClass(e.Date.Precision), dayClass(e.End.Precision)}
			ranges[k] = append(ranges[k], i)
		}
	}
	bk.sc = sc
	bk.maxBelow = 0
	if crit != nil {
		bk.crit = &crit.pairs
		defer func() { bk.crit = nil }()
	}
	// Compact per-event facts, so the candidate loop does not chase the
	// events' pointers: the path of single-source events, range bounds.
	bk.path = slices.Grow(bk.path[:0], len(evs))[:len(evs)]
	bk.first = slices.Grow(bk.first[:0], len(evs))[:len(evs)]
	bk.last = slices.Grow(bk.last[:0], len(evs))[:len(evs)]
	if bk.pathIDs == nil {
		bk.pathIDs = map[string]int32{}
	}
	pathIDs := bk.pathIDs
	clear(pathIDs)
	lastPath, lastID := "", int32(-1)
	for i := range evs {
		e := &evs[i]
		bk.first[i] = e.Date.First
		bk.last[i] = 0
		if e.End != nil {
			bk.last[i] = e.End.Last
		}
		if len(e.Sources) != 1 {
			bk.path[i] = -1
			continue
		}
		p := e.Sources[0].Path
		if p != lastPath || lastID < 0 {
			id, ok := pathIDs[p]
			if !ok {
				id = int32(len(pathIDs))
				pathIDs[p] = id
			}
			lastPath, lastID = p, id
		}
		bk.path[i] = lastID
	}
	for _, idx := range singles {
		pairs = bk.pairs(evs, idx, false, pairs)
	}
	for _, idx := range ranges {
		pairs = bk.pairs(evs, idx, true, pairs)
	}
	th := m.opts.Threshold
	if bk.maxBelow > 0 && th > 0 {
		safe = min(safe, th/bk.maxBelow-1)
	}
	if th <= 0 {
		safe = 0
	}
	if len(pairs) == 0 {
		return evs, safe
	}
	// Join the strongest pairs first (a total order, so the result does not
	// depend on map iteration), never two events of one source.
	slices.SortFunc(pairs, func(p, q pair) int {
		return cmp.Or(cmp.Compare(q.score, p.score), cmp.Compare(p.a, q.a), cmp.Compare(p.b, q.b))
	})
	if th > 0 && crit == nil {
		safe = min(safe, pairs[len(pairs)-1].score/th-1)
	} else if th > 0 {
		for _, p := range pairs {
			if s := p.score/th - 1; s < safe {
				crit.pairs = append(crit.pairs, p)
			}
		}
	}
	parent := make([]int, len(evs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// The sources of every group, by path id, kept with the group's root:
	// a join checks the smaller set against the larger and adds it to it,
	// so a group of thousands of sources costs no more per join than its
	// partner (checking every path of the joined group made merging
	// quadratic in the size of the groups).
	sets := make([]pathSet, len(evs))
	for i := range evs {
		if bk.path[i] >= 0 {
			sets[i].one = bk.path[i]
			continue
		}
		sets[i].m = make(map[int32]struct{}, len(evs[i].Sources))
		for _, s := range evs[i].Sources {
			id, ok := pathIDs[s.Path]
			if !ok {
				id = int32(len(pathIDs))
				pathIDs[s.Path] = id
			}
			sets[i].m[id] = struct{}{}
		}
	}
	joined, clashed := false, false
	var refused []pair
	for _, p := range pairs {
		ra, rb := find(p.a), find(p.b)
		if ra == rb {
			continue
		}
		if sets[ra].meets(&sets[rb]) {
			clashed = true
			refused = append(refused, p)
			continue
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
		sets[ra] = union(sets[ra], sets[rb])
		sets[rb] = pathSet{}
		joined = true
	}
	if clashed {
		// The order of the joins decided which ones were refused: scores
		// moving by 1+safe must keep their order. Without a refusal the
		// groups are the connected components of the pairs over the
		// threshold whatever the order (every group, and so every part
		// of one, holds each source at most once), so order is free; so it
		// is between pairs of two components (they share no event), and
		// within a component whose pairs were all joined or already
		// together (it holds each source at most once). Only the pairs of
		// a component with a refusal must keep their order.
		comp := make([]int, len(evs))
		for i := range comp {
			comp[i] = i
		}
		root := func(i int) int {
			for comp[i] != i {
				comp[i] = comp[comp[i]]
				i = comp[i]
			}
			return i
		}
		for _, p := range pairs {
			if ra, rb := root(p.a), root(p.b); ra != rb {
				comp[max(ra, rb)] = min(ra, rb)
			}
		}
		last := map[int]int{} // component with a refusal -> its last pair so far (-1: none)
		for _, p := range refused {
			last[root(p.a)] = -1
		}
		for k, p := range pairs {
			r := root(p.a)
			prev, ok := last[r]
			if !ok {
				continue
			}
			if prev >= 0 {
				g := math.Sqrt(pairs[prev].score/p.score) - 1
				if crit != nil && g < prefixMargin/(1-prefixMargin) {
					crit.order = append(crit.order, [2]pair{pairs[prev], p})
				} else {
					safe = min(safe, g)
				}
			}
			last[r] = k
		}
	}
	if !joined {
		return evs, safe
	}
	// A group's root is its first member (the smaller root wins a join).
	groups := map[int][]int{}
	for i := range evs {
		if r := find(i); r != i {
			if groups[r] == nil {
				groups[r] = []int{r}
			}
			groups[r] = append(groups[r], i)
		}
	}
	out := make([]timeline.Event, 0, len(evs))
	for i := range evs {
		if parent[i] != i {
			continue // emitted with its group's first member
		}
		if g := groups[i]; g != nil {
			out = append(out, mergeGroup(evs, g))
			continue
		}
		out = append(out, evs[i])
	}
	return out, safe
}

// critical are the pairs of a bucket whose scores decide its result by
// little (see mergeSafe).
type critical struct {
	pairs []pair
	order [][2]pair
}

// pathSet is a set of path ids: {one} while m is nil, m otherwise.
type pathSet struct {
	m   map[int32]struct{}
	one int32
}

func (s *pathSet) len() int {
	if s.m == nil {
		return 1
	}
	return len(s.m)
}

func (s *pathSet) has(p int32) bool {
	if s.m == nil {
		return s.one == p
	}
	_, ok := s.m[p]
	return ok
}

// meets reports whether s and t share a path, in the time of the smaller.
func (s *pathSet) meets(t *pathSet) bool {
	if s.len() > t.len() {
		s, t = t, s
	}
	if s.m == nil {
		return t.has(s.one)
	}
	for p := range s.m {
		if t.has(p) {
			return true
		}
	}
	return false
}

// union returns s and t together, adding the smaller to the larger (one
// of them is reused).
func union(s, t pathSet) pathSet {
	if s.len() < t.len() {
		s, t = t, s
	}
	if s.m == nil {
		s.m = map[int32]struct{}{s.one: {}}
	}
	if t.m == nil {
		s.m[t.one] = struct{}{}
		return s
	}
	for p := range t.m {
		s.m[p] = struct{}{}
	}
	return s
}

// maxPairBuf caps the candidate pairs buffer a blocker keeps between
// buckets.
const maxPairBuf = 1 << 20

type pair struct {
	a, b  int
	score float64
}

// blocker finds the candidate pairs of a bucket through an inverted index
// of term prefixes (see Merger). Its scratch tables are indexed by term id
// and left clean after each bucket.
type blocker struct {
	m        *Merger
	sc       *scorer
	count    []int32      // term -> events of the bucket with it
	postings [][]int32    // term -> bucket positions indexing it
	spread   []spreadTerm // term -> its entry in the bag of the event probing
	// the bucket's bags by position: terms off[x]:off[x+1] of ft, their
	// weights times idf, whether they are names; the norms
	off      []int32
	ft       []int32
	fwa      []float64
	fent     []bool
	fnorm    []float64
	stamp    []int32   // bucket position -> last probe that saw it
	maxw     []float64 // term -> largest normalised weight in the bucket
	maxBelow float64   // the best score under the threshold (but for those in crit)
	crit     *[]pair   // where the pairs close under the threshold go (see mergeSafe)
	path     []int32   // event -> path id of its single source (-1: several)
	first    []int32   // event -> first day of its date
	last     []int32   // event -> last day of its end (ranges)
	order    []int
	pairBuf  []pair // candidate pairs, reused
	pathIDs  map[string]int32
}

// newBlocker returns the merger's blocker, its tables grown to the
// vocabulary (they are clean between buckets, so they are kept).
func (m *Merger) newBlocker(sc *scorer) *blocker {
	m.bk = m.growBlocker(m.bk)
	m.bk.sc = sc
	return m.bk
}

// growBlocker returns bk, or a new blocker when bk is nil or its tables
// are smaller than the vocabulary.
func (m *Merger) growBlocker(bk *blocker) *blocker {
	n := len(m.names)
	if bk == nil || len(bk.count) < n {
		n += n / 4
		bk = &blocker{count: make([]int32, n), postings: make([][]int32, n), maxw: make([]float64, n), spread: make([]spreadTerm, n)}
	}
	bk.m = m
	return bk
}

// pairs appends to out the pairs of the bucket idx (event indices in
// increasing order) at or above the threshold; ranges are compared only
// when they overlap.
func (bk *blocker) pairs(evs []timeline.Event, idx []int, isRange bool, out []pair) []pair {
	if len(idx) < 2 {
		return out
	}
	sc, th := bk.sc, bk.m.opts.Threshold
	// apart reports the pairs never scored: ranges that do not overlap,
	// events of one source.
	apart := func(i, j int) bool {
		if isRange && !(bk.first[i] <= bk.last[j] && bk.first[j] <= bk.last[i]) {
			return true
		}
		if pi, pj := bk.path[i], bk.path[j]; pi >= 0 && pj >= 0 {
			return pi == pj
		}
		return samePath(&evs[i], &evs[j])
	}
	keep := func(i, j int, s float64) {
		if s >= th {
			out = append(out, pair{min(i, j), max(i, j), s})
		} else if bk.crit != nil && th/s-1 < prefixMargin/(1-prefixMargin) {
			*bk.crit = append(*bk.crit, pair{min(i, j), max(i, j), s})
		} else {
			bk.maxBelow = max(bk.maxBelow, s)
		}
	}
	consider := func(i, j int) {
		if !apart(i, j) {
			keep(i, j, sc.similarity(i, j))
		}
	}
	if bk.m.exhaustive || th <= 0 || len(idx) <= 4 {
		for x := range idx {
			for y := x + 1; y < len(idx); y++ {
				consider(idx[x], idx[y])
			}
		}
		return out
	}
	for _, i := range idx {
		b := sc.bags[i]
		for k, t := range b.terms {
			bk.count[t]++
			if sc.norm[i] > 0 {
				bk.maxw[t] = max(bk.maxw[t], b.w[k]*sc.idf[t]/sc.norm[i])
			}
		}
	}
	if isRange {
		slices.SortFunc(idx, func(a, b int) int { return cmp.Or(cmp.Compare(bk.first[a], bk.first[b]), cmp.Compare(a, b)) })
	}
	// The bucket's bags by position, flat, each weight times its term's
	// idf (the first product of similarity's sum), so that scoring a
	// candidate reads one run of memory.
	bk.off = append(bk.off[:0], 0)
	bk.ft, bk.fwa, bk.fent, bk.fnorm = bk.ft[:0], bk.fwa[:0], bk.fent[:0], bk.fnorm[:0]
	for _, i := range idx {
		b := sc.bags[i]
		for k, t := range b.terms {
			bk.ft = append(bk.ft, t)
			bk.fwa = append(bk.fwa, b.w[k]*sc.idf[t])
			bk.fent = append(bk.fent, b.ent[k])
		}
		bk.off = append(bk.off, int32(len(bk.ft)))
		bk.fnorm = append(bk.fnorm, sc.norm[i])
	}
	if cap(bk.stamp) < len(idx) {
		bk.stamp = make([]int32, len(idx))
	}
	stamp := bk.stamp[:len(idx)]
	clear(stamp)
	for x, j := range idx {
		b := sc.bags[j]
		// Probe: every earlier event that indexed one of j's terms (and,
		// for ranges, is still open: they come by start, so one that ended
		// before j starts overlaps no later range either).
		for l, t := range b.terms {
			bk.spread[t] = spreadTerm{w: b.w[l], idf: sc.idf[t], ent: b.ent[l]}
		}
		for _, t := range b.terms {
			if isRange {
				live := bk.postings[t][:0]
				for _, y := range bk.postings[t] {
					if bk.last[idx[y]] >= bk.first[j] {
						live = append(live, y)
					}
				}
				bk.postings[t] = live
			}
			for _, y := range bk.postings[t] {
				if stamp[y] != int32(x+1) {
					stamp[y] = int32(x + 1)
					if i := idx[y]; !apart(i, j) {
						keep(i, j, bk.score(int(y), x))
					}
				}
			}
		}
		for _, t := range b.terms {
			bk.spread[t] = spreadTerm{}
		}
		if sc.norm[j] == 0 {
			continue
		}
		// Index j's prefix: leave out its most common terms while their
		// weighted norm stays below the threshold's share of j's norm.
		bk.order = bk.order[:0]
		for k := range b.terms {
			bk.order = append(bk.order, k)
		}
		slices.SortFunc(bk.order, func(p, q int) int {
			return cmp.Or(cmp.Compare(bk.count[b.terms[q]], bk.count[b.terms[p]]), cmp.Compare(p, q))
		})
		// Two bounds on what the left-out terms can add to the cosine with
		// any event of the bucket: their norm (Cauchy-Schwarz) and the sum
		// of their weights times the largest weight each has in the bucket.
		limit := th * (1 - prefixMargin)
		energy, byMax := 0.0, 0.0
		k := 0
		for ; k < len(bk.order); k++ {
			t := b.terms[bk.order[k]]
			x := b.w[bk.order[k]] * sc.idf[t] / sc.norm[j]
			if min(math.Sqrt(energy+x*x), byMax+x*bk.maxw[t]) >= limit {
				break
			}
			energy += x * x
			byMax += x * bk.maxw[t]
		}
		for ; k < len(bk.order); k++ {
			t := b.terms[bk.order[k]]
			bk.postings[t] = append(bk.postings[t], int32(x))
		}
	}
	for _, i := range idx {
		for _, t := range sc.bags[i].terms {
			bk.count[t] = 0
			bk.maxw[t] = 0
			bk.postings[t] = bk.postings[t][:0]
		}
	}
	return out
}

// mergeGroup folds a group of events into one.
func mergeGroup(evs []timeline.Event, g []int) timeline.Event {
	members := make([]*timeline.Event, len(g))
	for k, i := range g {
		members[k] = &evs[i]
	}
	slices.SortFunc(members, func(a, b *timeline.Event) int { return compareFirstSource(a, b) })
	rep := *members[0]
	n := 0
	for _, m := range members {
		n += len(m.Sources)
	}
	var srcs []timeline.EventSource // nil without sources, as before
	if n > 0 {
		srcs = make([]timeline.EventSource, 0, n)
	}
	var tags []string
	seenTag := map[string]bool{}
	for _, m := range members {
		for _, s := range m.Sources {
			if s.Event == "" {
				s.Event = m.ID
			}
			srcs = append(srcs, s)
		}
		for _, t := range m.Tags {
			if !seenTag[t] {
				seenTag[t] = true
				tags = append(tags, t)
			}
		}
		if m.Explicit && !rep.Explicit {
			rep.Headline = m.Headline
			rep.Explicit = true
		}
	}
	slices.SortStableFunc(srcs, func(a, b timeline.EventSource) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	rep.Sources = srcs
	rep.Tags = tags
	return rep
}

func compareFirstSource(a, b *timeline.Event) int {
	var sa, sb timeline.EventSource
	if len(a.Sources) > 0 {
		sa = a.Sources[0]
	}
	if len(b.Sources) > 0 {
		sb = b.Sources[0]
	}
	return cmp.Or(strings.Compare(sa.Path, sb.Path), cmp.Compare(sa.Line, sb.Line), cmp.Compare(sa.Col, sb.Col), strings.Compare(a.ID, b.ID))
}

func samePath(a, b *timeline.Event) bool {
	for _, s := range a.Sources {
		for _, t := range b.Sources {
			if s.Path == t.Path {
				return true
			}
		}
	}
	return false
}

// dateKey buckets single dates: the same day (whatever the time of day),
// or the same interval at the same coarser precision.
type dateKey struct {
	prec        timeline.Precision
	first, last int32
}

func keyOf(d timeline.Date) dateKey {
	return dateKey{dayClass(d.Precision), d.First, d.Last}
}

// dayClass counts a time of day as its day: "on 8 December" and "at 6 am
// on 8 December" agree.
func dayClass(p timeline.Precision) timeline.Precision {
	if p == timeline.PrecisionTime {
		return timeline.PrecisionDay
	}
	return p
}

// scorer holds the weighted word bags of the events being merged.
type scorer struct {
	bags []*bagEntry
	idf  []float64 // term id -> inverse document frequency
	norm []float64
}

func (m *Merger) newScorer(evs []timeline.Event) *scorer {
	sc := &scorer{bags: make([]*bagEntry, len(evs)), norm: make([]float64, len(evs))}
	next := make(map[bagKey]*bagEntry, len(evs))
	for i := range evs {
		k := bagKey{evs[i].ID, evs[i].Phrase}
		be := m.cache[k]
		if be == nil {
			be = m.bag(&evs[i])
		}
		next[k] = be
		sc.bags[i] = be
	}
	m.cache = next
	df := make([]int32, len(m.names))
	for _, b := range sc.bags {
		for _, t := range b.terms {
			df[t]++
		}
	}
	sc.idf = idfOf(df, len(evs))
	sc.setNorms()
	return sc
}

// idfOf is the inverse document frequency of every term among n events.
func idfOf(df []int32, n int) []float64 {
	idf := make([]float64, len(df))
	for t, c := range df {
		if c > 0 {
			idf[t] = 1 + math.Log(float64(n)/float64(c))
		}
	}
	return idf
}

func (sc *scorer) setNorms() {
	if len(sc.norm) < len(sc.bags) {
		sc.norm = make([]float64, len(sc.bags))
	}
	for i, b := range sc.bags {
		sc.norm[i] = bagNorm(b, sc.idf)
	}
}

// namesOnlyFactor scales the similarity of events that share only names.
const namesOnlyFactor = 0.5

// similarity is the cosine of the idf-weighted bags of events i and j,
// or 0 when they share only names: "Russia invaded Ukraine" and "Ukraine
// cut ties with Russia" are about the same parties but not the same
// happening, so some word of what happened must agree too. The shared
// terms are summed in text order, so the score does not depend on which
// event comes first.
func (sc *scorer) similarity(i, j int) float64 {
	return bagSimilarity(sc.bags[i], sc.bags[j], sc.norm[i], sc.norm[j], sc.idf)
}

// bagNorm is the norm of the idf-weighted bag b, as setNorms makes it.
func bagNorm(b *bagEntry, idf []float64) float64 {
	s := 0.0
	for k, t := range b.terms {
		x := b.w[k] * idf[t]
		s += x * x
	}
	return math.Sqrt(s)
}

// bagSimilarity is similarity for bags a and b with norms na and nb.
func bagSimilarity(a, b *bagEntry, na, nb float64, idf []float64) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	dot := 0.0
	action := false
	for k, t := range a.terms {
		for l, u := range b.terms {
			if u != t {
				continue
			}
			idf := idf[t]
			dot += a.w[k] * idf * b.w[l] * idf
			if !a.ent[k] || !b.ent[l] {
				action = true
			}
			break
		}
	}
	cos := dot / (na * nb)
	if !action {
		return cos * namesOnlyFactor
	}
	return cos
}

// spreadTerm is a term of the bag of the event probing (w is 0 for the
// other terms: weights are positive).
type spreadTerm struct {
	w, idf float64
	ent    bool
}

// score is the similarity of the events at bucket positions y and x, the
// terms of x spread in bk.spread: the same products summed in the same
// order (y's terms) as similarity, so the very same score.
func (bk *blocker) score(y, x int) float64 {
	ny, nx := bk.fnorm[y], bk.fnorm[x]
	if ny == 0 || nx == 0 {
		return 0
	}
	dot := 0.0
	action := false
	ft, fwa, fent := bk.ft[bk.off[y]:bk.off[y+1]], bk.fwa[bk.off[y]:bk.off[y+1]], bk.fent[bk.off[y]:bk.off[y+1]]
	for k, t := range ft {
		sp := &bk.spread[t]
		if sp.w == 0 {
			continue
		}
		dot += fwa[k] * sp.w * sp.idf
		if !fent[k] || !sp.ent {
			action = true
		}
	}
	cos := dot / (ny * nx)
	if !action {
		return cos * namesOnlyFactor
	}
	return cos
}

// bag returns the weighted content words of an event's sentence, without
// its date phrase, sorted by term.
func (m *Merger) bag(e *timeline.Event) *bagEntry {
	var sc termScanner
	pre := m.preBag(nil, eventTerms(&sc, nil, e))
	be := &bagEntry{terms: make([]int32, len(pre)), w: make([]float64, len(pre)), ent: make([]bool, len(pre))}
	m.intern(be, pre)
	return be
}

// eventTerms appends to out the terms of an event's sentence without its
// date phrase (as Terms of the sentence with the phrase replaced by a
// space), sorted. It is pure (and the costly part: stemming), so callers
// may run it in parallel.
func eventTerms(sc *termScanner, out []Term, e *timeline.Event) []Term {
	text := e.Text
	if e.Phrase.End > e.Phrase.Start && e.Phrase.End <= len(text) {
		out = sc.scan(out, text[:e.Phrase.Start])
		text = text[e.Phrase.End:]
	}
	out = sc.end(sc.scan(out, text))
	slices.SortStableFunc(out, func(a, b Term) int { return strings.Compare(a.Stem, b.Stem) })
	return out
}

// bagTerm is one term of a bag before it has an id.
type bagTerm struct {
	stem string
	w    float64 // weight before idf
	ent  bool    // the term is a name
}

// preBag appends the bag of the sorted terms to out: one entry per term,
// weighing as the heaviest of its occurrences.
func (m *Merger) preBag(out []bagTerm, terms []Term) []bagTerm {
	base := len(out)
	for _, w := range terms {
		weight := 1.0
		if w.Entity {
			weight = m.opts.EntityWeight
		}
		if n := len(out); n > base && out[n-1].stem == w.Stem {
			out[n-1].w = max(out[n-1].w, weight)
			out[n-1].ent = out[n-1].ent || w.Entity
			continue
		}
		out = append(out, bagTerm{w.Stem, weight, w.Entity})
	}
	return out
}

// intern fills be (its slices as long as pre) from the bag pre, giving new
// terms their ids.
func (m *Merger) intern(be *bagEntry, pre []bagTerm) {
	for k, t := range pre {
		id, ok := m.ids[t.stem]
		if !ok {
			id = int32(len(m.names))
			m.ids[t.stem] = id
			m.names = append(m.names, t.stem)
		}
		be.terms[k], be.w[k], be.ent[k] = id, t.w, t.ent
	}
}

// concepts fold the common verbs and nouns of news and history that
// say the same thing in different words onto one term. Keys are words or
// their Snowball stems.
var concepts = map[string]string{}

func init() {
	for concept, words := range map[string]string{
		"=capture":   "take took taken takes captur seiz seize seized overran overrun conquer conquered fell fall fallen falls collaps toppl ousted oust overthrown overthrow",
		"=die":       "die died dies death dead kill killed assassin assassinated slain murder murdered",
		"=agree":     "sign signed agree agreed agreement accord deal treati treaty pact",
		"=begin":     "begin began begun start started launch launched commenc open opened",
		"=end":       "end ended ceas ceasefir conclud finish finished",
		"=win":       "win won wins victori victory elect elected",
		"=arrive":    "arriv arrived land landed reach reached",
		"=leave":     "leav left depart departed withdrew withdraw withdrawn withdraw flee fled",
		"=attack":    "attack attacked storm stormed strike struck strikes bomb bombed bombard shell shelled airstrik raid",
		"=invade":    "invad invas invaded invasion",
		"=resign":    "resign resigned quit quits",
		"=announce":  "announc unveil unveiled",
		"=protest":   "protest demonstr rallies ralli march marched",
		"=vote":      "vote voted ballot referendum poll",
		"=pass":      "pass passed approv approved adopt adopted enact enacted ratifi ratified",
		"=capital":   "capit capital",
		"=troops":    "troop troops forc force forces armi army soldier soldiers militari military",
		"=rebels":    "rebel rebels insurg insurgents fighter fighters militant militants",
		"=president": "presid president presidenti presidential",
	} {
		for _, w := range strings.Fields(words) {
			concepts[w] = concept
		}
	}
}

// dateWords are dropped: the dates of candidates agree already.
var dateWords = set("january february march april may june july august september october november december " +
	"jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday " +
	"today yesterday tomorrow tonight morning evening afternoon night week weeks month months year years day days " +
	"decade century bc ad ce bce early late mid")

// stopWords carry no content, reporting verbs included ("said",
// "reported"): sources differ in how they attribute, not in what happened.
var stopWords = set("a about above after again against all also am an and any are as at be been before being " +
	"below between both but by can could did do does doing down during each few for from further had has have " +
	"having he her here hers herself him himself his how i if in into is it its itself just me more most my " +
	"no nor not now of off on once only or other our ours out over own same she should so some such than that " +
	"the their theirs them themselves then there these they this those through to too under until up very was " +
	"we were what when where which while who whom why will with would you your yours yourself " +
	"said says say reported reports report told according announced stated added noted wrote claimed " +
	"news agency agencies per cent percent first second third new former finally later earlier ago since " +
	"about around nearly almost some several many much one two three four five six seven eight nine ten " +
	"also already still yet just even however meanwhile amid despite following upon via al el de la le von van der")

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
