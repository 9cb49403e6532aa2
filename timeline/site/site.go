// Package site renders a timeline site from the events and documents the
// build produced: the index timeline, one page per source, the sources list
// and the static assets. Pages are rendered through html/template from the
// embedded default templates, each of which a site may override by putting a
// file of the same name in its templates folder.
//
// Every link is relative, so the site works under a sub-path and when
// opened from disk.
package site

import (
	"bytes"
	"cmp"
	"fmt"
	"hash/maphash"
	"html/template"
	"io/fs"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/timeline-tool/timeline/templates"
	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/content"
)

// Output receives the files of the site. Paths are slash-separated and
// relative to the site root. Render writes the pages from one goroutine
// while the exports stream from another (Creator), and reuses data once
// WriteFile returns: an Output must be safe for concurrent use and must
// copy what it keeps.
type Output interface {
	WriteFile(name string, data []byte) error
}

// Selective is an Output that wants only some of the files. Render skips
// the work for the others: the dev server renders the pages a browser asks
// for after an edit, not the whole site.
type Selective interface {
	Output
	Wants(name string) bool
}

func wants(out Output, name string) bool {
	sel, ok := out.(Selective)
	return !ok || sel.Wants(name)
}

// Render writes the whole site for the given documents and events (in
// timeline order): the pages, the stylesheet and script, and the exports
// (events.json, timelinejs.json, events.ics, feed.xml, and sitemap.xml
// when cfg.BaseURL is set). The same input always gives byte-identical
// files. It is Prepare followed by Prepared.Render.
func Render(cfg timeline.Config, docs []*timeline.Document, evs []timeline.Event, overrides fs.FS, out Output) error {
	p, err := Prepare(cfg, docs, evs, overrides)
	if err != nil {
		return err
	}
	return p.Render(out)
}

// Prepared is the model of one build of the site: the templates, the
// views of every event, source and tag, their groups and the overview
// chart. It is made once per build (Prepare, or Cache.Prepare to reuse the
// unchanged parts of the previous build) and then renders any part of the
// site, as often as wanted and from several goroutines.
type Prepared struct {
	cfg       timeline.Config
	docs      []*timeline.Document
	overrides fs.FS
	tpl       *template.Template
	site      *Site
	// keepEntries keeps the rendered entries with the cached views (a
	// Cache's builds, whose pages render again after every edit).
	keepEntries bool
	// nativeEvent and nativeBrief: the "event" and "brief" partials are
	// the defaults, rendered in Go (see native.go); so are "groups",
	// "briefs", "head" and "foot" when nativeGroups... nativeFoot.
	nativeEvent, nativeBrief, nativeGroups, nativeBriefs, nativeHead, nativeFoot bool
	// nativeSource: source pages render in Go (appendSourcePage) while
	// source.html, head and foot are the defaults.
	nativeSource bool

	marksMu    sync.Mutex
	marks      map[string][]content.Highlight // date phrases per source path, of the pages rendered so far (kept with keepEntries)
	asked      int                            // sources whose phrases were asked for
	byPath     map[string][]eventSource       // the event sources read from each path, once more than a few pages render
	slugsOnce  sync.Once
	bySlugPath map[string]string // source path -> slug

	navOnce sync.Once
	nav     []string // per group: its escaped href (for YearNav)
	navCur  []string // per group: its escaped label
}

// Prepare builds the model of the site for the given documents and events
// (in timeline order) with the site's template overrides.
func Prepare(cfg timeline.Config, docs []*timeline.Document, evs []timeline.Event, overrides fs.FS) (*Prepared, error) {
	return (*Cache)(nil).Prepare(cfg, docs, evs, overrides)
}

// Site returns the view of the whole site the pages are rendered from.
func (p *Prepared) Site() *Site { return p.site }

// Render writes the site to out; a Selective out gets only the files it
// wants, and only they are rendered.
func (p *Prepared) Render(out Output) error {
	s, cfg, tpl, overrides := p.site, p.cfg, p.tpl, p.overrides
	// Pages are queued here and rendered in parallel by renderAll; the
	// exports are made meanwhile on their own goroutine.
	var jobs []renderJob
	exec := func(buf *bytes.Buffer, name string, pg *Page) error {
		pg.Site, pg.Path, pg.prep = s, name, p
		pg.Root = strings.Repeat("../", strings.Count(name, "/"))
		pg.splice = &listSplice{}
		if err := tpl.ExecuteTemplate(buf, templateFor(name), pg); err != nil {
			pg.splice.release()
			return fmt.Errorf("rendering %s: %w", name, err)
		}
		if len(pg.splice.lists) == 0 || pg.splice.apply(buf) {
			return nil
		}
		// A template put a list where it is escaped: render it inline.
		buf.Reset()
		pg.splice = nil
		if err := tpl.ExecuteTemplate(buf, templateFor(name), pg); err != nil {
			return fmt.Errorf("rendering %s: %w", name, err)
		}
		return nil
	}
	page := func(name string, pg *Page) {
		if wants(out, name) {
			jobs = append(jobs, renderJob{name, func(buf *bytes.Buffer) error { return exec(buf, name, pg) }})
		}
	}
	page("index.html", &Page{Kind: "index", Groups: s.Groups})
	if s.Split {
		for _, g := range s.Groups {
			page(g.Page, &Page{Kind: "year", Title: g.Label, Groups: []*Group{g}, Group: g})
		}
	}
	page("sources/index.html", &Page{Kind: "sources", Title: "Sources"})
	for _, sv := range s.Sources {
		if !wants(out, sv.Href) {
			continue
		}
		jobs = append(jobs, renderJob{sv.Href, func(buf *bytes.Buffer) error {
			opts := content.RenderOptions{Unsafe: cfg.UnsafeHTML, Highlights: p.highlights(sv.Doc.Path), Link: sourceLinker(sv.Doc, p.slugs())}
			return content.RenderWith(sv.Doc, opts, func(html []byte) error {
				own := *sv // a copy: other pages read the shared view meanwhile
				// The page copies html into buf before RenderWith reuses
				// its memory: a string over it saves a copy of every source.
				own.HTML = template.HTML(unsafe.String(unsafe.SliceData(html), len(html)))
				pg := &Page{Kind: "source", Title: sv.Title, Source: &own}
				if p.nativeSource {
					pg.Site, pg.Path, pg.prep = s, sv.Href, p
					pg.Root = strings.Repeat("../", strings.Count(sv.Href, "/"))
					buf.Write(appendSourcePage(buf.AvailableBuffer(), pg))
					return nil
				}
				return exec(buf, sv.Href, pg)
			})
		}})
	}
	page("tags/index.html", &Page{Kind: "tags", Title: "Tags"})
	for _, t := range s.Tags {
		if wants(out, t.Href) {
			jobs = append(jobs, renderJob{t.Href, func(buf *bytes.Buffer) error {
				return exec(buf, t.Href, &Page{Kind: "tag", Title: t.Name, Groups: t.grouped(), Tag: t})
			}})
		}
	}
	for _, asset := range []string{"style.css", "timeline.js"} {
		if !wants(out, asset) {
			continue
		}
		jobs = append(jobs, renderJob{asset, func(buf *bytes.Buffer) error {
			b, err := readTemplateFile(overrides, asset)
			buf.Write(b)
			return err
		}})
	}
	exports := make(chan error, 1)
	go func() { exports <- writeExports(s, out) }()
	err := renderAll(jobs, out)
	return cmp.Or(err, <-exports)
}

// highlights returns the date phrases of a source, made when its page
// first renders: a build after an edit renders a page or two, so finding
// the phrases of every source would cost more than the pages.
func (p *Prepared) highlights(path string) []content.Highlight {
	p.marksMu.Lock()
	m, ok := p.marks[path]
	p.marksMu.Unlock()
	if ok {
		return m
	}
	// The dev server renders a page or two per build: scanning the events
	// for each is cheapest, or, in a Cache's build, looking the source up
	// in each group's index of its views by source (made once per group,
	// kept with it). A full render asks for every source: scanning all
	// events per page would be quadratic, so from the third page on an
	// index of the event sources by path is built once and used instead
	// (of the sources, not the events: an event merged from thousands of
	// sources would make each of their pages scan all of them).
	p.marksMu.Lock()
	p.asked++
	byGroup := p.keepEntries && p.byPath == nil && p.asked <= 2
	if !byGroup && p.byPath == nil && p.asked > 2 {
		p.byPath = make(map[string][]eventSource, len(p.docs))
		for _, v := range p.site.Events {
			for i, src := range v.Event.Sources {
				if src.Span.Len() > 0 {
					p.byPath[src.Path] = append(p.byPath[src.Path], eventSource{v, i})
				}
			}
		}
	}
	idx := p.byPath
	p.marksMu.Unlock()
	switch {
	case byGroup:
		var srcs []eventSource
		for _, g := range p.site.Groups {
			srcs = append(srcs, g.bySource()[path]...)
		}
		m = highlightsOf(srcs)
	case idx != nil:
		m = highlightsOf(idx[path])
	default:
		m = highlights(p.site.Events, path)
	}
	if !p.keepEntries {
		return m // a cold build renders each source page once
	}
	p.marksMu.Lock()
	if p.marks == nil {
		p.marks = map[string][]content.Highlight{}
	}
	p.marks[path] = m
	p.marksMu.Unlock()
	return m
}

// eventSource is one source of an event view: v.Event.Sources[i].
type eventSource struct {
	v *EventView
	i int
}

// bySource returns the group's views per source path, as highlights
// wants them (in order, the sources with a date phrase), made once.
func (g *Group) bySource() map[string][]eventSource {
	g.srcOnce.Do(func() {
		g.srcs = map[string][]eventSource{}
		for _, m := range g.Months {
			for _, v := range m.Events {
				for i, src := range v.Event.Sources {
					if src.Span.Len() > 0 {
						g.srcs[src.Path] = append(g.srcs[src.Path], eventSource{v, i})
					}
				}
			}
		}
	})
	return g.srcs
}

// slugs returns the slug per source path, made on first use.
func (p *Prepared) slugs() map[string]string {
	p.slugsOnce.Do(func() {
		p.bySlugPath = make(map[string]string, len(p.docs))
		for _, d := range p.docs {
			p.bySlugPath[d.Path] = d.Slug
		}
	})
	return p.bySlugPath
}

// Cache keeps the event views of the previous build, so preparing the
// next one rebuilds only the views (and rendered entries) of events that
// changed. The dev server keeps one for its whole life. A nil *Cache
// prepares from scratch. Prepare may run while pages of an earlier build
// are still rendering, but not concurrently with itself. Events given to
// Prepare must not be modified afterwards (a build.Loader never does): the
// cache keeps them to tell which changed.
type Cache struct {
	mu    sync.Mutex
	tpl   uint64 // hash of the templates the cached entries were rendered with
	views map[string]*cachedView
	// groups are the last build's groups by id, order the same in
	// timeline order; tagNames its tag names, sorted (the same names get
	// the same slugs).
	groups   map[string]*cachedGroup
	order    []*cachedGroup
	used     int // ids of groups and months in the last build
	tagNames []string
	// n is the number of the last build's views (their order is the
	// groups'); gen counts the builds (a view's gen is the last build
	// that used it; views kept through a splice keep theirs).
	n   int
	gen int
	// ver is the id of the last build's events (timeline.Changes.To), 0
	// when unknown; split whether its timeline was split.
	ver   uint64
	split bool
	// count is the number of events per source path of list.
	count map[string]int
	// tags counts the tag lists of the last build's documents and events
	// (by their array: most events share their source's) and, per name,
	// the lists naming it: the names are the keys of names.
	lists map[tagList]int
	names map[string]int
	// docs are the last build's documents and srcs their views.
	docs []*timeline.Document
	srcs []*SourceView
	// slugs is the slug per path of docs (read-only: builds share it).
	slugs map[string]string
	// spliced counts the builds prepared through splices (for tests).
	spliced int
}

// reset empties the cache (but for its lock).
func (c *Cache) reset() {
	c.views, c.count = map[string]*cachedView{}, map[string]int{}
	c.groups, c.order, c.tagNames, c.n, c.ver, c.split = nil, nil, nil, 0, 0, false
	c.lists, c.names, c.docs, c.srcs, c.slugs = nil, nil, nil, nil, nil
}

// tagList names a list of tag names by its array.
type tagList struct {
	first *string
	n     int
}

// cachedView is the part of an event view that depends only on the event
// and its tag links, with the entries rendered from it.
type cachedView struct {
	ev   timeline.Event // a copy of the event the view was made from
	base EventView      // without Href, Group and Event
	href string         // the Href the entries were rendered with
	frag *fragments
	gen  int // the last build that used the view
	pos  int // its index in that build's events
}

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{} }

// Prepare builds the model of the site like the package's Prepare,
// reusing the views of events that did not change since the last call.
func (c *Cache) Prepare(cfg timeline.Config, docs []*timeline.Document, evs []timeline.Event, overrides fs.FS) (*Prepared, error) {
	return c.prepare(cfg, docs, evs, nil, overrides, true)
}

// PrepareChanges is Prepare told how evs differ from the events of the
// last call (a build.Loader's Result.Changes): when ch describes the
// events the cache last prepared, only the views and groups around its
// splices are looked at, not every event. Other changes (unknown ones,
// a change of the set of tags, of the templates) prepare as Prepare does.
func (c *Cache) PrepareChanges(cfg timeline.Config, docs []*timeline.Document, evs []timeline.Event, ch timeline.Changes, overrides fs.FS) (*Prepared, error) {
	return c.prepare(cfg, docs, evs, &ch, overrides, true)
}

// prepare is Prepare; native false renders every partial through
// html/template (the reference the Go partials are tested against).
func (c *Cache) prepare(cfg timeline.Config, docs []*timeline.Document, evs []timeline.Event, ch *timeline.Changes, overrides fs.FS, native bool) (*Prepared, error) {
	tpl, tplHash, overridden, err := loadTemplates(overrides)
	if err != nil {
		return nil, err
	}
	p := &Prepared{cfg: cfg, docs: docs, overrides: overrides, tpl: tpl, keepEntries: c != nil}
	if native {
		if err := p.useNatives(overridden); err != nil {
			return nil, err
		}
	}
	if c != nil {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.tpl != tplHash || c.views == nil {
			c.reset()
			c.tpl = tplHash
		}
	}
	p.site = newSite(cfg, docs, evs, c, ch)
	if c != nil {
		// The slugs by path, kept while the paths stay.
		if c.slugs == nil {
			c.slugs = make(map[string]string, len(docs))
			for _, d := range docs {
				c.slugs[d.Path] = d.Slug
			}
		}
		p.slugsOnce.Do(func() { p.bySlugPath = c.slugs })
	}
	return p, nil
}

// newSite builds the view of the whole site: event views in timeline
// order, their groups and links, tags and sources. Views come from c when
// their event did not change (c may be nil; see Cache.site).
func newSite(cfg timeline.Config, docs []*timeline.Document, evs []timeline.Event, c *Cache, ch *timeline.Changes) *Site {
	s := &Site{Title: cfg.Title, Description: cfg.Description, Language: cfg.Language, Timestamp: cfg.Timestamp}
	if s.Language == "" {
		s.Language = "en"
	}
	s.Exports = exportLinks(cfg.Exports)
	if s.exports("feed.xml") {
		s.Feed = "feed.xml"
	}
	if b := safeURL(cfg.BaseURL); b != "" {
		s.BaseURL = strings.TrimSuffix(b, "/") + "/"
	}
	if c != nil {
		c.site(s, cfg, docs, evs, ch)
		return s
	}
	tags := map[string]*TagView{}
	var tagList []*TagView // in the order made, which TagLink.idx counts
	tagUsed := map[string]bool{"index": true}
	tagLinks := func(names []string) []TagLink {
		var out []TagLink
		for _, n := range names {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			t := tags[n]
			if t == nil {
				slug := uniqueSlug(tagUsed, slugify(n), "tag")
				t = &TagView{Name: n, Slug: slug, Href: "tags/" + slug + ".html", idx: len(tagList)}
				tags[n] = t
				tagList = append(tagList, t)
			}
			out = append(out, t.link())
		}
		return out
	}
	// Tag slugs are handed out in sorted name order so they do not depend
	// on which event mentions a tag first. Events mostly share their
	// source's tag list: each list is read once.
	seen := map[string]bool{}
	type list struct {
		first *string
		n     int
	}
	seenList := map[list]bool{}
	var names []string
	add := func(ns []string) {
		if len(ns) == 0 {
			return
		}
		if k := (list{&ns[0], len(ns)}); !seenList[k] {
			seenList[k] = true
			for _, n := range ns {
				if !seen[n] {
					seen[n] = true
					names = append(names, n)
				}
			}
		}
	}
	for _, d := range docs {
		add(d.Meta.Tags)
	}
	for i := range evs {
		add(evs[i].Tags)
	}
	sort.Strings(names)
	tagLinks(names)

	s.Events = newEventViews(evs, func(names []string) []TagLink {
		var out []TagLink
		for _, n := range names {
			if t := tags[strings.TrimSpace(n)]; t != nil { // every tag is made above: tags is only read here
				out = append(out, t.link())
			}
		}
		return out
	})
	s.Split = cfg.YearPageThreshold > 0 && len(s.Events) > cfg.YearPageThreshold
	s.Groups = group(s.Events, map[string]bool{})
	place(s.Groups, "index.html", s.Split)
	for _, g := range s.Groups {
		for _, m := range g.Months {
			for _, e := range m.Events {
				e.Group = g
				e.Href = g.Page + "#" + e.ID
			}
		}
	}
	// Every tag was made above, so a link's idx is its tag's: each tag's
	// list of events is counted, then filled, without a map lookup.
	counts := make([]int, len(tagList))
	for _, v := range s.Events {
		for _, t := range v.Tags {
			counts[t.idx]++
		}
	}
	for i, t := range tagList {
		t.Events = make([]*EventView, 0, counts[i])
	}
	for _, v := range s.Events {
		for _, t := range v.Tags {
			tagList[t.idx].Events = append(tagList[t.idx].Events, v)
		}
	}
	setSpan(s)
	s.Chart, s.ChartFrom, s.ChartTo = chart(yearRuns(s.Events), "")

	s.Tags = sortedTags(tagList) // grouped when its page renders

	count := map[string]int{}
	for _, e := range s.Events {
		for _, src := range e.Event.Sources {
			count[src.Path]++
		}
	}
	s.Sources = make([]*SourceView, 0, len(docs))
	for _, d := range docs {
		s.Sources = append(s.Sources, newSourceView(d, tagLinks(d.Meta.Tags), count[d.Path]))
	}
	return s
}

// setSpan sets the years the timeline covers from its groups.
func setSpan(s *Site) {
	if len(s.Groups) > 0 {
		s.Span = s.Groups[0].Label
		if last := s.Groups[len(s.Groups)-1].Label; last != s.Span {
			s.Span += "\u2013" + last
		}
	}
}

// sortedTags returns the tags by name.
func sortedTags(tagList []*TagView) []*TagView {
	out := slices.Clone(tagList)
	slices.SortFunc(out, func(a, b *TagView) int { return strings.Compare(a.Name, b.Name) })
	return out
}

func newSourceView(d *timeline.Document, tags []TagLink, events int) *SourceView {
	m := newSourceMeta(d)
	return &SourceView{Title: d.Meta.Title, Slug: d.Slug, Href: "sources/" + d.Slug + ".html",
		Date: d.Meta.Date, DateText: m.pub, URL: m.u, Domain: m.domain, Summary: d.Meta.Summary, Author: d.Meta.Author,
		Tags: tags, Events: events, Doc: d}
}

// sourceMeta is what a source view makes of a document's URL and date.
type sourceMeta struct {
	url, date      string // d.Meta.URL and d.Meta.Date
	u, domain, pub string // safe URL, its domain, the date as a reader writes it
}

func newSourceMeta(d *timeline.Document) sourceMeta {
	m := sourceMeta{url: d.Meta.URL, date: d.Meta.Date, pub: d.Meta.Date}
	m.u = safeURL(d.Meta.URL)
	m.domain = domain(m.u)
	if pd, err := timeline.ParseDate(d.Meta.Date, ""); err == nil && pd.Precision == timeline.PrecisionDay {
		m.pub = pd.Format()
	}
	return m
}

// highlights returns the date phrases of the source at path, each
// linking back to its event's entry, in text order.
func highlights(evs []*EventView, path string) []content.Highlight {
	var srcs []eventSource
	for _, v := range evs {
		for i, src := range v.Event.Sources {
			if src.Path == path && src.Span.Len() > 0 {
				srcs = append(srcs, eventSource{v, i})
			}
		}
	}
	return highlightsOf(srcs)
}

// highlightsOf returns the highlights of srcs (in timeline order), in
// text order.
func highlightsOf(srcs []eventSource) []content.Highlight {
	m := make([]content.Highlight, 0, len(srcs))
	for _, s := range srcs {
		m = append(m, content.Highlight{Span: s.v.Event.Sources[s.i].Span, Href: "../" + s.v.Href, Title: s.v.DateText})
	}
	slices.SortStableFunc(m, func(a, b content.Highlight) int { return content.ComparePhrases(a.Span, b.Span) })
	return m
}

// templateFor names the template that renders a page.
func templateFor(name string) string {
	switch {
	case name == "index.html":
		return "index.html"
	case strings.HasPrefix(name, "years/"):
		return "year.html"
	case name == "sources/index.html":
		return "sources.html"
	case strings.HasPrefix(name, "sources/"):
		return "source.html"
	case name == "tags/index.html":
		return "tags.html"
	case strings.HasPrefix(name, "tags/"):
		return "tag.html"
	}
	return name
}

// newEventViews makes the views of evs, in parallel chunks, into one
// array; tagLinks must be safe to call from several goroutines.
func newEventViews(evs []timeline.Event, tagLinks func([]string) []TagLink) []*EventView {
	views := make([]EventView, len(evs))
	frags := make([]fragments, len(evs))
	out := make([]*EventView, len(evs))
	const chunk = 2048
	memos := make([]*viewMemo, runtime.GOMAXPROCS(0))
	parallelChunks(len(evs), chunk, func(w, lo, hi int) {
		if memos[w] == nil {
			memos[w] = newViewMemo()
		}
		memo := memos[w]
		for i := lo; i < hi; i++ {
			v := &views[i]
			fillEventView(v, &evs[i], memo)
			v.Tags = memo.tags(evs[i].Tags, tagLinks)
			v.frag = &frags[i]
			out[i] = v
		}
	})
	return out
}

// viewMemo remembers, for the views one goroutine makes, what a source
// URL gives an event's links and what a date gives its texts: the events
// of one source share the URL, many events share a date. A nil memo
// remembers nothing.
type viewMemo struct {
	urls  map[string]*linkTarget
	dates map[dateKey]*DateView
	links map[tagsKey][]TagLink
	buf   []byte
}

// fragment returns TextFragment(origin, text), made in a reused buffer.
func (m *viewMemo) fragment(origin, text string) string {
	if m == nil {
		return TextFragment(origin, text)
	}
	m.buf = appendTextFragment(m.buf[:0], origin, text)
	return string(m.buf)
}

func newViewMemo() *viewMemo {
	return &viewMemo{urls: map[string]*linkTarget{}, dates: map[dateKey]*DateView{}, links: map[tagsKey][]TagLink{}}
}

// tagsKey is a list of tag names by identity: the events of one source
// share their document's list.
type tagsKey struct {
	p *string
	n int
}

// tags returns the tag links of names, shared by the views of every event
// with the same list (views only read them).
func (m *viewMemo) tags(names []string, links func([]string) []TagLink) []TagLink {
	if len(names) == 0 {
		return links(names)
	}
	k := tagsKey{unsafe.SliceData(names), len(names)}
	if l, ok := m.links[k]; ok {
		return l
	}
	l := links(names)
	m.links[k] = l
	return l
}

// url returns the target of links to a source URL: the domain of its safe
// form, and the base of the link with a text fragment (the safe form made
// safe again, as the link always was). The links to one URL share it.
func (m *viewMemo) url(raw string) *linkTarget {
	if m != nil {
		if t, ok := m.urls[raw]; ok {
			return t
		}
	}
	safe := safeURL(raw)
	t := &linkTarget{domain: domain(safe), origin: safeURL(safe)}
	if m != nil {
		m.urls[raw] = t
	}
	return t
}

type dateKey struct {
	start, end timeline.Date
	rng        bool
}

// date returns the DateView of e's dates, shared with the events before
// it that have the same.
func (m *viewMemo) date(e *timeline.Event) *DateView {
	k := dateKey{start: e.Date}
	if e.End != nil {
		k.end, k.rng = *e.End, true
	}
	if m != nil {
		if d := m.dates[k]; d != nil {
			return d
		}
	}
	d := &DateView{Precision: e.Date.Precision.String(), PrecisionLabel: precisionLabel(e.Date), Datetime: e.Date.Datetime(),
		Modifier: e.Date.Mod, groupLabel: groupLabel(e.Date)}
	d.monthKey, d.monthLabel = monthKey(e.Date)
	if e.End != nil {
		d.Range = true
		d.DateText = timeline.FormatRange(e.Date, *e.End)
		d.StartText, d.EndText = splitRange(d.DateText, *e.End)
		d.EndDatetime = e.End.Datetime()
		if d.EndText == "" {
			d.StartText = d.DateText
		} else {
			d.Sep = d.DateText[len(d.StartText) : len(d.DateText)-len(d.EndText)]
		}
	} else {
		d.DateText = e.Date.Format()
		d.StartText = d.DateText
	}
	if m != nil {
		m.dates[k] = d
	}
	return d
}

func newEventView(e *timeline.Event) *EventView {
	v := &EventView{}
	fillEventView(v, e, nil)
	return v
}

func fillEventView(v *EventView, e *timeline.Event, memo *viewMemo) {
	*v = EventView{ID: e.ID, DateView: memo.date(e), Event: e}
	if !redundantHeadline(e.Headline, e.Text) {
		v.Headline = e.Headline
	}
	v.Sources = make([]SourceLink, len(e.Sources))
	var frags [2]string // the text fragment after a URL without and with a "#"
	var made [2]bool
	for i := range e.Sources {
		src := &e.Sources[i]
		at := memo.url(src.URL)
		origin := at.origin
		l := SourceLink{src: src, at: at}
		if origin != "" {
			k := 0
			if strings.Contains(origin, "#") {
				k = 1
			}
			if !made[k] {
				frags[k], made[k] = memo.fragment(origin, e.Text), true
			}
			l.frag = frags[k]
		}
		v.Sources[i] = l
	}
}

// Funcs are the functions templates may call besides the builtins:
//
//	plural N "event" "events"   -> "1 event", "3 events"
var Funcs = template.FuncMap{
	"plural": plural,
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// Templates parses the default templates with the site's overrides: a file
// in overrides replaces the embedded file of the same name.
func Templates(overrides fs.FS) (*template.Template, error) {
	tpl, _, _, err := loadTemplates(overrides)
	return tpl, err
}

// loadTemplates is Templates, also returning a hash of every template
// read, so rendered entries are kept only while the templates stay, and
// the names of the files taken from overrides.
func loadTemplates(overrides fs.FS) (*template.Template, uint64, map[string]bool, error) {
	var h maphash.Hash
	h.SetSeed(templateSeed)
	names, err := fs.Glob(templates.FS, "*.html")
	if err != nil {
		return nil, 0, nil, err
	}
	overridden := map[string]bool{}
	if overrides != nil {
		extra, _ := fs.Glob(overrides, "*.html")
		names = append(names, extra...)
	}
	sort.Strings(names)
	tpl := template.New("").Funcs(Funcs)
	for i, name := range names {
		if i > 0 && names[i-1] == name {
			continue
		}
		b, own, err := readTemplate(overrides, name)
		if err != nil {
			return nil, 0, nil, err
		}
		if own {
			overridden[name] = true
		}
		h.WriteString(name)
		h.WriteByte(0)
		h.Write(b)
		h.WriteByte(0)
		if _, err := tpl.New(name).Parse(string(b)); err != nil {
			return nil, 0, nil, fmt.Errorf("template %s: %w", name, err)
		}
	}
	return tpl, h.Sum64(), overridden, nil
}

var templateSeed = maphash.MakeSeed()

// readTemplateFile reads name from overrides when it is there, else from
// the embedded defaults.
func readTemplateFile(overrides fs.FS, name string) ([]byte, error) {
	b, _, err := readTemplate(overrides, name)
	return b, err
}

// readTemplate is readTemplateFile, also reporting whether the file came
// from overrides.
func readTemplate(overrides fs.FS, name string) ([]byte, bool, error) {
	if overrides != nil {
		if b, err := fs.ReadFile(overrides, name); err == nil {
			return b, true, nil
		}
	}
	b, err := fs.ReadFile(templates.FS, name)
	return b, false, err
}
