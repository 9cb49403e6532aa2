package site

import (
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
	g    *Group
	cvs  []*cachedView
	runs []yearRun // its events' yearRuns, for the chart
}

// yearRuns returns the yearRuns of the groups' events (groups of the
// current build, all in c.groups), made once per group.
func (c *Cache) yearRuns(groups []*Group) []yearRun {
	var out []yearRun
	for _, g := range groups {
		cg := c.groups[g.ID]
		if cg.runs == nil {
			var evs []*EventView
			for _, m := range g.Months {
				evs = append(evs, m.Events...)
			}
			cg.runs = yearRuns(evs)
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

// regroup sets s.Events and s.Groups for evs (in timeline order), taking
// the views of unchanged events and the groups that hold only such events
// in the same order from the last build. s.Split must be set. sameTags
// tells that every tag has the slug it had in the last build, so the tag
// links of an event whose tags did not change are the cached ones.
func (c *Cache) regroup(s *Site, evs []timeline.Event, sameTags bool, tagLinks func([]string) []TagLink) {
	c.gen++
	gen, old := c.gen, c.list
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
		var links []TagLink
		if cv != nil && sameTags {
			links = cv.base.Tags // right whenever sameEvent holds: it compares the tag names
		} else {
			links = tagLinks(e.Tags)
		}
		if cv == nil || !sameEvent(cv, e, links) {
			if cv != nil && sameTags {
				links = tagLinks(e.Tags)
			}
			v := newEventView(e)
			v.Tags = links
			v.Event = nil
			cv = &cachedView{ev: cacheCopy(e), base: *v}
			for _, src := range cv.ev.Sources {
				c.count[src.Path]++
			}
			if m := c.views[e.ID]; m == nil || m.gen != gen {
				c.views[e.ID] = cv
			}
		}
		cv.gen, cv.pos = gen, i
		cached[i] = cv
	}
	for _, cv := range old {
		if cv.gen == gen {
			continue
		}
		if c.views[cv.ev.ID] == cv {
			delete(c.views, cv.ev.ID)
		}
		for _, src := range cv.ev.Sources {
			if c.count[src.Path]--; c.count[src.Path] == 0 {
				delete(c.count, src.Path)
			}
		}
	}
	c.list = cached

	used := map[string]bool{}
	groups := make(map[string]*cachedGroup, len(c.groups))
	s.Events = make([]*EventView, 0, len(evs))
	for a := 0; a < len(cached); {
		label := cached[a].base.groupLabel
		b := a + 1
		for b < len(cached) && cached[b].base.groupLabel == label {
			b++
		}
		run := cached[a:b:b]
		a = b
		id := uniqueSlug(used, "y"+slugify(label), "y")
		page, href := "index.html", "index.html#"+id
		if s.Split {
			page = "years/" + id + ".html"
			href = page
		}
		g := c.groups[id].reuse(run, label, page, used)
		if g == nil {
			g = newGroup(run, id, label, page, href, used)
		}
		cg := &cachedGroup{g: g, cvs: run}
		if old := c.groups[id]; old != nil && old.g == g {
			cg.runs = old.runs
		}
		groups[id] = cg
		s.Groups = append(s.Groups, g)
		for _, m := range g.Months {
			s.Events = append(s.Events, m.Events...)
		}
	}
	c.groups = groups
}

// reuse returns the group of the last build when it lists exactly the
// events of run, labelled and placed the same, and records the ids of its
// months in used; nil otherwise.
func (cg *cachedGroup) reuse(run []*cachedView, label, page string, used map[string]bool) *Group {
	if cg == nil || cg.g.Label != label || cg.g.Page != page || len(cg.cvs) != len(run) {
		return nil
	}
	for k, cv := range run {
		if cg.cvs[k] != cv {
			return nil
		}
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
