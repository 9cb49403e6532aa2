package site

import (
	"bytes"
	"fmt"
	"html/template"
	"slices"
	"strings"
	"sync"

	"github.com/timeline-tool/timeline/timeline"
)

// An event is listed on several pages (the timeline or its year page, every
// tag page of its tags); executing its template for every listing made
// html/template's reflection most of the build. Each entry is rendered once
// per template and root instead, and the result, escaped by html/template,
// is pasted into every page that lists it.

// fragments holds the rendered entries of one event.
type fragments struct {
	mu sync.Mutex
	m  map[fragKey]template.HTML
}

type fragKey struct{ name, root string }

// Entry returns the event's timeline entry: the "event" template executed
// with p.With(e), rendered once per build and page depth.
func (p *Page) Entry(e *EventView) (template.HTML, error) { return p.fragment("event", e) }

// Brief returns the event's compact entry for listings such as tag pages
// (date, headline, link to the entry): the "brief" template executed with
// p.With(e), rendered once per build and page depth.
func (p *Page) Brief(e *EventView) (template.HTML, error) { return p.fragment("brief", e) }

// fragment executes the named template for e, or returns the copy made
// for an earlier page of the same depth. Two pages asking at once may both
// render it: the result is the same.
func (p *Page) fragment(name string, e *EventView) (template.HTML, error) {
	if p.prep == nil || e.frag == nil || !p.prep.keepEntries && (name == "event" || name == "brief" && p.prep.nativeBrief) {
		// A cold build lists each full entry once (the timeline or its
		// year page; tag pages are compact): keeping them would only
		// hold the whole timeline's HTML in memory. A brief written in Go
		// costs less to write again than to keep.
		return p.execFragment(name, e)
	}
	key := fragKey{name, p.Root}
	f := e.frag
	f.mu.Lock()
	h, ok := f.m[key]
	f.mu.Unlock()
	if ok {
		return h, nil
	}
	h, err := p.execFragment(name, e)
	if err != nil {
		return "", err
	}
	f.mu.Lock()
	if f.m == nil {
		f.m = map[fragKey]template.HTML{}
	}
	f.m[key] = h
	f.mu.Unlock()
	return h, nil
}

func (p *Page) execFragment(name string, e *EventView) (template.HTML, error) {
	if p.prep == nil {
		return "", fmt.Errorf("%s: page not prepared for rendering", name)
	}
	switch {
	case name == "event" && p.prep.nativeEvent:
		return template.HTML(appendEvent(nil, p.Root, e)), nil
	case name == "brief" && p.prep.nativeBrief:
		return template.HTML(appendBrief(nil, p.Root, e)), nil
	}
	var buf bytes.Buffer
	if err := p.prep.tpl.ExecuteTemplate(&buf, name, p.With(e)); err != nil {
		return "", err
	}
	return template.HTML(buf.String()), nil // escaped by html/template above
}

// YearNav returns the items of the year navigation (one <li> per group,
// the page's own marked aria-current), as the default year page lists
// them. The escaped links and labels are made once per build, not once
// per year page.
func (p *Page) YearNav() template.HTML {
	if p.prep == nil {
		return ""
	}
	pr := p.prep
	pr.navOnce.Do(func() {
		for _, g := range pr.site.Groups {
			pr.nav = append(pr.nav, template.HTMLEscapeString(g.Href))
			pr.navCur = append(pr.navCur, template.HTMLEscapeString(g.Label))
		}
	})
	root := template.HTMLEscapeString(p.Root)
	var b strings.Builder
	for i, g := range pr.site.Groups {
		b.WriteString(`<li><a href="`)
		b.WriteString(root)
		b.WriteString(pr.nav[i])
		b.WriteByte('"')
		if p.Group != nil && g.ID == p.Group.ID {
			b.WriteString(` aria-current="page"`)
		}
		b.WriteByte('>')
		b.WriteString(pr.navCur[i])
		b.WriteString(`</a></li>`)
	}
	return template.HTML(b.String())
}

// sameEvent reports whether a cached event view can stand for e: the
// event and its resolved tag links are what a view is made from. Strings
// and slices of unchanged events share their bytes with the cached copy,
// so this is mostly pointer comparisons.
func sameEvent(cv *cachedView, e *timeline.Event, tags []TagLink) bool {
	return cv.ev.Equal(e) && slices.Equal(cv.base.Tags, tags)
}

// cacheCopy is the copy of e a cached view keeps for sameEvent. It shares
// e's slices and strings: events are read-only once handed to Prepare.
func cacheCopy(e *timeline.Event) timeline.Event { return *e }
