package site

import (
	"slices"
	"sort"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// An edit usually changes the events of one source, which fall into a few
// of the timeline's groups. regroup keeps every other group of the last
// build as it was, with its views: only the groups whose events changed
// are made again, so preparing a site after an edit costs little more
// than a walk over the events.

// cachedGroup is a group of the last build and the cached views its
// events were made from, in order.
type cachedGroup struct {
	g      *Group
	cvs    []*cachedView
	flat   []*EventView // the group's views, in order
	runs   []yearRun    // its events' yearRuns, for the chart
	byTag  []tagRun     // its views per tag (by TagLink.idx), made on first need
	tagged bool         // byTag is made
}

// tagRun is the views of a group that have one tag, in order.
type tagRun struct {
	idx int
	evs []*EventView
}

// tagSet makes the site's tags from their names, in the order given (the
// order sets the slugs and TagLink.idx).
type tagSet struct {
	tags map[string]*TagView
	list []*TagView
	used map[string]bool
}

func newTagSet(names []string) *tagSet {
	ts := &tagSet{tags: make(map[string]*TagView, len(names)), used: map[string]bool{"index": true}}
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" || ts.tags[n] != nil {
			continue
		}
		slug := uniqueSlug(ts.used, slugify(n), "tag")
		t := &TagView{Name: n, Slug: slug, Href: "tags/" + slug + ".html", idx: len(ts.list)}
		ts.tags[n] = t
		ts.list = append(ts.list, t)
	}
	return ts
}

// links returns the links of the named tags, which must all be in ts.
func (ts *tagSet) links(names []string) []TagLink {
	var out []TagLink
	for _, n := range names {
		if t := ts.tags[strings.TrimSpace(n)]; t != nil {
			out = append(out, t.link())
		}
	}
	return out
}

// site sets everything of s but its header from docs and evs: the views
// of the events, their groups, the tags and their lists, the chart and
// the sources. ch, when it tells how evs differ from the last build's
// events, limits the work to its splices (splice); otherwise every event
// is compared with the cached views (walk).
func (c *Cache) site(s *Site, cfg timeline.Config, docs []*timeline.Document, evs []timeline.Event, ch *timeline.Changes) {
	s.Split = cfg.YearPageThreshold > 0 && len(evs) > cfg.YearPageThreshold
	c.gen++
	var segs []segment
	var ts *tagSet
	sameTags := false
	if ch.Known(c.ver) && s.Split == c.split && len(c.order) > 0 && validSplices(ch.Splices, c.n, len(evs)) {
		starts := make([]int, len(c.order)+1) // the last build's groups in its views
		for k, cg := range c.order {
			starts[k+1] = starts[k] + len(cg.cvs)
		}
		if c.countTagsChanged(docs, evs, ch.Splices, starts) {
			sameTags = true
			ts = newTagSet(c.tagNames)
			segs = c.splice(evs, ch.Splices, ts, starts)
			c.spliced++
		}
	}
	if segs == nil {
		c.countTags(docs, evs)
		names := make([]string, 0, len(c.names))
		for n := range c.names {
			names = append(names, n)
		}
		sort.Strings(names)
		sameTags = slices.Equal(c.tagNames, names)
		c.tagNames = names
		ts = newTagSet(names)
		segs = []segment{{cvs: c.walk(evs, sameTags, ts)}}
	}
	c.ver, c.split, c.n = 0, s.Split, len(evs)
	if ch != nil {
		c.ver = ch.To
	}
	c.regroup(s, segs)

	// Each tag's events: the groups' runs of it, in group order.
	counts := make([]int, len(ts.list))
	for _, cg := range c.order {
		for _, r := range cg.tagRuns(len(ts.list)) {
			counts[r.idx] += len(r.evs)
		}
	}
	for i, t := range ts.list {
		t.Events = make([]*EventView, 0, counts[i])
	}
	for _, cg := range c.order {
		for _, r := range cg.byTag {
			ts.list[r.idx].Events = append(ts.list[r.idx].Events, r.evs...)
		}
	}
	setSpan(s)
	s.Chart, s.ChartFrom, s.ChartTo = chart(c.yearRuns(), "")
	s.Tags = sortedTags(ts.list)

	// The sources: the view of the last build while its document, tags
	// and count stay.
	s.Sources = make([]*SourceView, len(docs))
	matchDocs(c.docs, docs, func(i, j int) {
		if j < 0 {
			return
		}
		d := docs[j]
		n := c.count[d.Path]
		if i >= 0 && sameTags && c.srcs[i].Events == n {
			s.Sources[j] = c.srcs[i]
			return
		}
		s.Sources[j] = newSourceView(d, ts.links(d.Meta.Tags), n)
	})
	if len(c.docs) != len(docs) {
		c.slugs = nil
	}
	for k := 0; k < len(docs) && c.slugs != nil; k++ {
		if c.docs[k] != docs[k] && c.docs[k].Path != docs[k].Path {
			c.slugs = nil // a source came or went
		}
	}
	c.docs, c.srcs = docs, s.Sources
}

// matchDocs calls fn(i, j) for the documents of old and docs (both in
// path order): i and j the indexes of one document in both, or -1 where
// one of them does not hold it (a document re-read is another).
func matchDocs(old, docs []*timeline.Document, fn func(i, j int)) {
	i, j := 0, 0
	for i < len(old) || j < len(docs) {
		switch {
		case i < len(old) && j < len(docs) && old[i] == docs[j]:
			fn(i, j)
			i++
			j++
		case j == len(docs) || i < len(old) && old[i].Path < docs[j].Path:
			fn(i, -1)
			i++
		default:
			fn(-1, j)
			j++
		}
	}
}

// addTags counts a tag list in or out (by -1) of c.lists and c.names, and
// reports whether a name came or went.
func (c *Cache) addTags(ns []string, by int) bool {
	if len(ns) == 0 {
		return false
	}
	k := tagList{&ns[0], len(ns)}
	n := c.lists[k]
	c.lists[k] = n + by
	if n+by == 0 {
		delete(c.lists, k)
	}
	if n != 0 && n+by != 0 {
		return false
	}
	changed := false
	for _, name := range ns {
		m := c.names[name] + by
		if m == 0 {
			delete(c.names, name)
			changed = true
		} else {
			c.names[name] = m
			changed = changed || m == by
		}
	}
	return changed
}

// countTags counts the tag lists of docs and evs from scratch.
func (c *Cache) countTags(docs []*timeline.Document, evs []timeline.Event) {
	c.lists, c.names = map[tagList]int{}, map[string]int{}
	for _, d := range docs {
		c.addTags(d.Meta.Tags, 1)
	}
	for i := range evs {
		c.addTags(evs[i].Tags, 1)
	}
}

// countTagsChanged counts the tag lists of the documents that came and
// went since the last build and of the events of the splices, and reports
// whether the set of tag names stayed.
func (c *Cache) countTagsChanged(docs []*timeline.Document, evs []timeline.Event, sps []timeline.Splice, starts []int) bool {
	changed := false
	matchDocs(c.docs, docs, func(i, j int) {
		switch {
		case i < 0:
			changed = c.addTags(docs[j].Meta.Tags, 1) || changed
		case j < 0:
			changed = c.addTags(c.docs[i].Meta.Tags, -1) || changed
		}
	})
	for _, sp := range sps {
		for p := sp.Old; p < sp.Old+sp.Del; p++ {
			changed = c.addTags(c.viewAt(starts, p).ev.Tags, -1) || changed
		}
		for i := sp.New; i < sp.New+sp.Add; i++ {
			changed = c.addTags(evs[i].Tags, 1) || changed
		}
	}
	return !changed
}

// validSplices reports whether sps fit lists of n and m events.
func validSplices(sps []timeline.Splice, n, m int) bool {
	i, j := 0, 0
	for _, sp := range sps {
		if sp.Old < i || sp.New-j != sp.Old-i || sp.Del < 0 || sp.Add < 0 {
			return false
		}
		i, j = sp.Old+sp.Del, sp.New+sp.Add
	}
	return i <= n && n-i == m-j
}

// segment is a run of the build's views, in order: the views of one
// group of the last build, unchanged and in order (cg), or views to group
// by their labels (cg nil).
type segment struct {
	cg  *cachedGroup
	cvs []*cachedView
}

// viewAt returns the view at position p of the last build (starts: where
// each of its groups starts).
func (c *Cache) viewAt(starts []int, p int) *cachedView {
	k := sort.Search(len(c.order), func(k int) bool { return starts[k+1] > p })
	return c.order[k].cvs[p-starts[k]]
}

// walk returns the views of evs, taking the views of unchanged events
// from the last build: every event is compared with the view in its
// place, or looked up by id. sameTags tells that every tag has the slug
// it had in the last build, so the tag links of an event whose tags did
// not change are the cached ones.
func (c *Cache) walk(evs []timeline.Event, sameTags bool, ts *tagSet) []*cachedView {
	gen := c.gen
	var old []*cachedView // the last build's views, in order
	for _, cg := range c.order {
		old = append(old, cg.cvs...)
	}
	cached := make([]*cachedView, len(evs))
	j := 0 // the next view of the last build, in its timeline order
	for i := range evs {
		e := &evs[i]
		// Unchanged events keep their order: most are the next view of
		// the last build; the others are looked up by id, and a view
		// found a little ahead skips the ones removed before it.
		var cv *cachedView
		if j < len(old) && old[j].ev.ID == e.ID {
			cv = old[j]
			j++
		} else if cv = c.views[e.ID]; cv != nil && cv.gen != gen && cv.pos > j && cv.pos-j <= 32 {
			j = cv.pos + 1
		}
		if cv != nil && cv.gen == gen {
			cv = nil // ids should be unique; never share entries if not
		}
		if nv := c.view(cv, e, sameTags, ts); nv != cv {
			cv = nv
			if m := c.views[e.ID]; m == nil || m.gen != gen {
				c.views[e.ID] = cv
			}
		}
		cv.gen, cv.pos = gen, i
		cached[i] = cv
	}
	for _, cv := range old {
		if cv.gen != gen {
			c.drop(cv)
		}
	}
	return cached
}

// view returns cv when it stands for e, else a new view of e.
func (c *Cache) view(cv *cachedView, e *timeline.Event, sameTags bool, ts *tagSet) *cachedView {
	var links []TagLink
	if cv != nil && sameTags {
		links = cv.base.Tags // right whenever sameEvent holds: it compares the tag names
	} else {
		links = ts.links(e.Tags)
	}
	if cv != nil && sameEvent(cv, e, links) {
		return cv
	}
	if cv != nil && sameTags {
		links = ts.links(e.Tags)
	}
	v := newEventView(e)
	v.Tags = links
	v.Event = nil
	cv = &cachedView{ev: cacheCopy(e), base: *v}
	for _, src := range cv.ev.Sources {
		c.count[src.Path]++
	}
	return cv
}

// drop forgets a view the build no longer uses.
func (c *Cache) drop(cv *cachedView) {
	if c.views[cv.ev.ID] == cv {
		delete(c.views, cv.ev.ID)
	}
	for _, src := range cv.ev.Sources {
		if c.count[src.Path]--; c.count[src.Path] == 0 {
			delete(c.count, src.Path)
		}
	}
}

// splice returns the segments of the views of evs, which are the last
// build's events but for the splices sps: the last build's groups that
// no splice touches or borders (a splice may join two groups), kept as
// they are, and between them the views of the groups it touches, with
// those of the new events in place of those it removed. A new event's
// view is one the splices removed when it is equal, or a new one.
func (c *Cache) splice(evs []timeline.Event, sps []timeline.Splice, ts *tagSet, starts []int) []segment {
	gen := c.gen
	removed := map[string]*cachedView{}
	for _, sp := range sps {
		for p := sp.Old; p < sp.Old+sp.Del; p++ {
			if cv := c.viewAt(starts, p); removed[cv.ev.ID] == nil {
				removed[cv.ev.ID] = cv
			}
		}
	}
	// The views of the new events.
	var made []*cachedView
	added := make([][]*cachedView, len(sps))
	for k, sp := range sps {
		added[k] = make([]*cachedView, sp.Add)
		for x := range sp.Add {
			e := &evs[sp.New+x]
			cv := removed[e.ID]
			if cv != nil {
				delete(removed, e.ID)
			}
			if nv := c.view(cv, e, true, ts); nv != cv {
				made = append(made, nv)
				cv = nv
			}
			cv.gen = gen
			added[k][x] = cv
		}
	}
	for _, sp := range sps {
		for p := sp.Old; p < sp.Old+sp.Del; p++ {
			if cv := c.viewAt(starts, p); cv.gen != gen {
				cv.gen = gen // dropped once
				c.drop(cv)
			}
		}
	}
	for _, cv := range made {
		if c.views[cv.ev.ID] == nil {
			c.views[cv.ev.ID] = cv
		}
	}

	// The groups a splice touches: start <= sp.Old+sp.Del and end >= sp.Old.
	touched := make([]bool, len(c.order))
	for _, sp := range sps {
		k := sort.Search(len(c.order), func(k int) bool { return starts[k+1] >= sp.Old })
		for ; k < len(c.order) && starts[k] <= sp.Old+sp.Del; k++ {
			touched[k] = true
		}
	}
	var segs []segment
	p := 0 // the next splice
	for k := 0; k < len(c.order); {
		if !touched[k] {
			segs = append(segs, segment{cg: c.order[k], cvs: c.order[k].cvs})
			k++
			continue
		}
		// A run of touched groups, [from, to) in the last build's views,
		// with the splices within.
		e := k
		for e < len(c.order) && touched[e] {
			e++
		}
		from, to := starts[k], starts[e]
		var cvs []*cachedView
		at := from
		for ; p < len(sps) && sps[p].Old <= to; p++ {
			sp := sps[p]
			for q := at; q < sp.Old; q++ {
				cvs = append(cvs, c.viewAt(starts, q))
			}
			cvs = append(cvs, added[p]...)
			at = sp.Old + sp.Del
		}
		for q := at; q < to; q++ {
			cvs = append(cvs, c.viewAt(starts, q))
		}
		segs = append(segs, segment{cvs: cvs})
		k = e
	}
	return segs
}

// regroup sets s.Events and s.Groups, and c.order and c.groups, for the
// views of segs (see segment), taking the groups of the last build that
// list exactly the same views, labelled and placed the same. s.Split must
// be set.
func (c *Cache) regroup(s *Site, segs []segment) {
	used := make(map[string]bool, c.used) // the ids of groups and months
	groups := make(map[string]*cachedGroup, len(c.groups))
	order := make([]*cachedGroup, 0, len(c.order))
	s.Events = make([]*EventView, 0, c.n)
	// stable: every group so far is the last build's at the same place,
	// so the ids handed out so far are the same.
	stable := true
	add := func(run []*cachedView, known *cachedGroup) {
		label := run[0].base.groupLabel
		id := uniqueSlug(used, "y"+slugify(label), "y")
		page, href := "index.html", "index.html#"+id
		if s.Split {
			page = "years/" + id + ".html"
			href = page
		}
		old := c.groups[id]
		k := len(order)
		stable = stable && k < len(c.order) && c.order[k] == old
		g := old.reuse(run, known != nil && old == known, stable, label, page, used)
		cg := old
		stable = stable && g != nil
		if g == nil {
			g = newGroup(run, id, label, page, href, used)
			cg = &cachedGroup{g: g, flat: make([]*EventView, 0, len(run))}
			for _, m := range g.Months {
				cg.flat = append(cg.flat, m.Events...)
			}
		}
		cg.cvs = run
		groups[id] = cg
		order = append(order, cg)
		s.Groups = append(s.Groups, g)
		s.Events = append(s.Events, cg.flat...)
	}
	for _, sg := range segs {
		if sg.cg != nil {
			add(sg.cvs, sg.cg)
			continue
		}
		cvs := sg.cvs
		for a := 0; a < len(cvs); {
			label := cvs[a].base.groupLabel
			b := a + 1
			for b < len(cvs) && cvs[b].base.groupLabel == label {
				b++
			}
			add(cvs[a:b:b], nil)
			a = b
		}
	}
	c.groups, c.order, c.used = groups, order, len(used)
}

// yearRuns returns the yearRuns of the build's groups, made once per
// group.
func (c *Cache) yearRuns() []yearRun {
	var out []yearRun
	for _, cg := range c.order {
		if cg.runs == nil {
			cg.runs = yearRuns(cg.flat)
		}
		for _, r := range cg.runs {
			if n := len(out); n > 0 && out[n-1].year == r.year && out[n-1].href == r.href {
				out[n-1].n += r.n
				continue
			}
			out = append(out, r)
		}
	}
	return out
}

// tagRuns returns the group's views per tag, made on first use; ntags is
// the number of tags of the build.
func (cg *cachedGroup) tagRuns(ntags int) []tagRun {
	if cg.tagged {
		return cg.byTag
	}
	cg.tagged = true
	counts := make([]int, ntags)
	total := 0
	for _, v := range cg.flat {
		for _, t := range v.Tags {
			counts[t.idx]++
			total++
		}
	}
	all := make([]*EventView, 0, total)
	at := make([]int, ntags) // where each tag's views start in all
	for idx, n := range counts {
		if n > 0 {
			at[idx] = len(all)
			cg.byTag = append(cg.byTag, tagRun{idx: idx})
			all = all[:len(all)+n]
		}
	}
	for _, v := range cg.flat {
		for _, t := range v.Tags {
			all[at[t.idx]] = v
			at[t.idx]++
		}
	}
	for k := range cg.byTag {
		r := &cg.byTag[k]
		end := at[r.idx]
		r.evs = all[end-counts[r.idx] : end : end]
	}
	return cg.byTag
}

// reuse returns the group of the last build when it lists exactly the
// events of run (as the caller knows when same), labelled and placed the
// same, and records the ids of its months in used; nil otherwise.
func (cg *cachedGroup) reuse(run []*cachedView, same, sameIDs bool, label, page string, used map[string]bool) *Group {
	if cg == nil || cg.g.Label != label || cg.g.Page != page || len(cg.cvs) != len(run) {
		return nil
	}
	for k := 0; k < len(run) && !same; k++ { // same: known to be the same views
		if cg.cvs[k] != run[k] {
			return nil
		}
	}
	if same && sameIDs {
		// Every id handed out before is the one handed out before it in
		// the last build: so are the months'.
		for _, m := range cg.g.Months {
			used[m.ID] = true
		}
		return cg.g
	}
	// The month ids depend on the ids handed out before: check them.
	k := 0
	for i, m := range cg.g.Months {
		key := run[k].base.monthKey
		if id := uniqueSlug(used, cg.g.ID+"-"+key, cg.g.ID+"-m"); id != m.ID {
			delete(used, id)
			for _, m := range cg.g.Months[:i] {
				delete(used, m.ID)
			}
			return nil
		}
		k += len(m.Events)
	}
	return cg.g
}

// newGroup makes the group of run, with new views of its events, as
// group and place would.
func newGroup(run []*cachedView, id, label, page, href string, used map[string]bool) *Group {
	g := &Group{ID: id, Label: label, Page: page, Href: href, Count: len(run)}
	views := make([]EventView, len(run))
	var m *MonthGroup
	last := ""
	for k, cv := range run {
		key := cv.base.monthKey
		if m == nil || key != last {
			m = &MonthGroup{ID: uniqueSlug(used, id+"-"+key, id+"-m"), Label: cv.base.monthLabel}
			g.Months = append(g.Months, m)
			last = key
		}
		v := &views[k]
		*v = cv.base
		v.Event = &cv.ev
		v.Group = g
		v.Href = page + "#" + v.ID
		// Rendered entries link to Href: they are kept while it stays.
		if cv.frag == nil || cv.href != v.Href {
			cv.frag, cv.href = &fragments{}, v.Href
		}
		v.frag = cv.frag
		m.Events = append(m.Events, v)
	}
	return g
}
