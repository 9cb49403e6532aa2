package events

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

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
type Merger struct {
	opts  MergeOptions
	cache map[bagKey]bagEntry
}

type bagKey struct {
	id     string
	phrase timeline.Span
}

type bagEntry struct {
	bag  map[string]float64
	ents map[string]bool
}

// NewMerger returns a merger with an empty cache.
func NewMerger(opts MergeOptions) *Merger {
	if opts.EntityWeight <= 0 {
		opts.EntityWeight = DefaultEntityWeight
	}
	return &Merger{opts: opts, cache: map[bagKey]bagEntry{}}
}

// Merge is Merge with the merger's options and cache. The cache keeps only
// the events of the latest call. Not safe for concurrent use.
func (m *Merger) Merge(evs []timeline.Event) []timeline.Event {
	opts := m.opts
	if len(evs) < 2 {
		return evs
	}
	sc := m.newScorer(evs)

	// Candidate pairs, bucket by bucket.
	type pair struct {
		a, b  int
		score float64
	}
	var pairs []pair
	consider := func(i, j int) {
		if samePath(&evs[i], &evs[j]) {
			return
		}
		if s := sc.similarity(i, j); s >= opts.Threshold {
			pairs = append(pairs, pair{min(i, j), max(i, j), s})
		}
	}
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
	for _, idx := range singles {
		for x := range idx {
			for y := x + 1; y < len(idx); y++ {
				consider(idx[x], idx[y])
			}
		}
	}
	for _, idx := range ranges {
		// Sweep by start: compare each range with the earlier ones still open.
		slices.SortFunc(idx, func(a, b int) int {
			return cmp.Or(cmp.Compare(evs[a].Date.First, evs[b].Date.First), cmp.Compare(a, b))
		})
		for x := range idx {
			for y := x - 1; y >= 0; y-- {
				if rangeOverlaps(&evs[idx[y]], &evs[idx[x]]) {
					consider(idx[y], idx[x])
				}
			}
		}
	}
	if len(pairs) == 0 {
		return evs
	}
	// Join the strongest pairs first (a total order, so the result does not
	// depend on map iteration), never two events of one source.
	slices.SortFunc(pairs, func(p, q pair) int {
		return cmp.Or(cmp.Compare(q.score, p.score), cmp.Compare(p.a, q.a), cmp.Compare(p.b, q.b))
	})
	parent := make([]int, len(evs))
	paths := make([]map[string]bool, len(evs))
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
	pathsOf := func(r int) map[string]bool {
		if paths[r] == nil {
			paths[r] = map[string]bool{}
			for _, s := range evs[r].Sources {
				paths[r][s.Path] = true
			}
		}
		return paths[r]
	}
	for _, p := range pairs {
		ra, rb := find(p.a), find(p.b)
		if ra == rb {
			continue
		}
		pa, pb := pathsOf(ra), pathsOf(rb)
		clash := false
		for k := range pb {
			if pa[k] {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		if rb < ra {
			ra, rb = rb, ra
			pa, pb = pb, pa
		}
		parent[rb] = ra
		for k := range pb {
			pa[k] = true
		}
	}
	groups := map[int][]int{}
	for i := range evs {
		r := find(i)
		groups[r] = append(groups[r], i)
	}
	out := make([]timeline.Event, 0, len(groups))
	for i := range evs {
		g := groups[find(i)]
		if g[0] != i {
			continue // emitted with its group's first member
		}
		if len(g) == 1 {
			out = append(out, evs[i])
			continue
		}
		out = append(out, mergeGroup(evs, g))
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
	var srcs []timeline.EventSource
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
	first, last int
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

func rangeOverlaps(a, b *timeline.Event) bool {
	return a.Date.First <= b.End.Last && b.Date.First <= a.End.Last
}

// scorer holds the weighted word bags of the events being merged.
type scorer struct {
	bags []map[string]float64 // term -> weight (before idf)
	ents []map[string]bool    // terms that are names
	idf  map[string]float64
	norm []float64
}

func (m *Merger) newScorer(evs []timeline.Event) *scorer {
	sc := &scorer{bags: make([]map[string]float64, len(evs)), ents: make([]map[string]bool, len(evs)), idf: map[string]float64{}, norm: make([]float64, len(evs))}
	df := map[string]int{}
	next := make(map[bagKey]bagEntry, len(evs))
	for i := range evs {
		k := bagKey{evs[i].ID, evs[i].Phrase}
		be, ok := m.cache[k]
		if !ok {
			be.bag, be.ents = bag(&evs[i], m.opts.EntityWeight)
		}
		next[k] = be
		sc.bags[i], sc.ents[i] = be.bag, be.ents
		for t := range sc.bags[i] {
			df[t]++
		}
	}
	m.cache = next
	n := float64(len(evs))
	for t, c := range df {
		sc.idf[t] = 1 + math.Log(n/float64(c))
	}
	for i, b := range sc.bags {
		s := 0.0
		for t, w := range b {
			x := w * sc.idf[t]
			s += x * x
		}
		sc.norm[i] = math.Sqrt(s)
	}
	return sc
}

// namesOnlyFactor scales the similarity of events that share only names.
const namesOnlyFactor = 0.5

// similarity is the cosine of the idf-weighted bags of events i and j,
// or 0 when they share only names: "Russia invaded Ukraine" and "Ukraine
// cut ties with Russia" are about the same parties but not the same
// happening, so some word of what happened must agree too.
func (sc *scorer) similarity(i, j int) float64 {
	if sc.norm[i] == 0 || sc.norm[j] == 0 {
		return 0
	}
	a, b := sc.bags[i], sc.bags[j]
	ea, eb := sc.ents[i], sc.ents[j]
	if len(b) < len(a) {
		a, b = b, a
		ea, eb = eb, ea
	}
	dot := 0.0
	action := false
	for t, wa := range a {
		if wb, ok := b[t]; ok {
			idf := sc.idf[t]
			dot += wa * idf * wb * idf
			if !ea[t] || !eb[t] {
				action = true
			}
		}
	}
	cos := dot / (sc.norm[i] * sc.norm[j])
	if !action {
		return cos * namesOnlyFactor
	}
	return cos
}

// bag returns the weighted content words of an event's sentence, without
// its date phrase.
func bag(e *timeline.Event, entityWeight float64) (map[string]float64, map[string]bool) {
	text := e.Text
	if e.Phrase.End > e.Phrase.Start && e.Phrase.End <= len(text) {
		text = text[:e.Phrase.Start] + " " + text[e.Phrase.End:]
	}
	out := map[string]float64{}
	ents := map[string]bool{}
	for _, w := range Terms(text) {
		weight := 1.0
		if w.Entity {
			weight = entityWeight
			ents[w.Stem] = true
		}
		if weight > out[w.Stem] {
			out[w.Stem] = weight
		}
	}
	return out, ents
}

// Term is one content word of a sentence, as merging compares it.
type Term struct {
	Stem   string // concept or Snowball stem
	Entity bool   // written with a capital letter: a name
}

// Terms returns the content words of a sentence, in order: stop words,
// numbers, month and weekday names dropped, possessives cut, the rest
// folded by the concept table and stemmed. Words in capitals (HTS, WHO)
// are kept as acronyms, and a run of two or more capitalised words also
// gives its acronym ("World Health Organization" -> WHO, "Hayat Tahrir
// al-Sham" -> HTS), so a name and its abbreviation agree.
func Terms(s string) []Term {
	var out []Term
	var initials []byte // of the current run of capitalised words
	flush := func() {
		if len(initials) >= 2 {
			out = append(out, Term{Stem: "#" + strings.ToLower(string(initials)), Entity: true})
		}
		initials = initials[:0]
	}
	for len(s) > 0 {
		i := strings.IndexFunc(s, isWordRune)
		if i < 0 {
			break
		}
		if strings.ContainsAny(s[:i], ".,;:!?()\"“”") {
			flush()
		}
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !isWordRune(r) && r != '\'' && r != '’' && r != '-' })
		if j < 0 {
			j = len(s)
		}
		word := s[:j]
		s = s[j:]
		for _, part := range strings.Split(word, "-") {
			r, _ := utf8.DecodeRuneInString(part)
			switch {
			case part == "":
			case isAcronym(part):
				flush()
				out = append(out, Term{Stem: "#" + strings.ToLower(part), Entity: true})
				continue
			case unicode.IsUpper(r) && !stopWords[strings.ToLower(part)]:
				initials = append(initials, byte(unicode.ToLower(r)))
			case part == "al" || part == "of" || part == "de" || part == "von" || part == "van":
				// particles inside names: "Hayat Tahrir al-Sham", "Bank of England"
			default:
				flush()
			}
			if t, ok := term(part); ok {
				out = append(out, t)
			}
		}
	}
	flush()
	return out
}

// isAcronym reports words of two to six capital letters: "HTS", "EU".
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func term(w string) (Term, bool) {
	w = strings.TrimRight(w, "'’")
	if i := strings.IndexAny(w, "'’"); i >= 0 {
		w = w[:i] // Assad's -> Assad, al-Sham's -> al-Sham
	}
	if w == "" {
		return Term{}, false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) {
		return Term{}, false // numbers and ordinals: the date agrees already
	}
	lower := strings.ToLower(w)
	if stopWords[lower] || dateWords[lower] || utf8.RuneCountInString(lower) < 2 {
		return Term{}, false
	}
	entity := unicode.IsUpper(r)
	if c, ok := concepts[lower]; ok {
		return Term{Stem: c, Entity: false}, true
	}
	stem := english.Stem(lower, true)
	if c, ok := concepts[stem]; ok {
		return Term{Stem: c}, true
	}
	return Term{Stem: stem, Entity: entity}, true
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
