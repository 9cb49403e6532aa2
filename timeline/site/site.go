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
	"html/template"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/timeline-tool/timeline/templates"
	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/content"
)

// Output receives the files of the site. Paths are slash-separated and
// relative to the site root.
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
// files.
func Render(cfg timeline.Config, docs []*timeline.Document, evs []timeline.Event, overrides fs.FS, out Output) error {
	tpl, err := Templates(overrides)
	if err != nil {
		return err
	}
	s := newSite(cfg, docs, evs)
	// Pages are queued here and rendered in parallel by renderAll; the
	// exports are made meanwhile on their own goroutine.
	var jobs []renderJob
	exec := func(name string, p *Page) ([]byte, error) {
		p.Site, p.Path = s, name
		p.Root = strings.Repeat("../", strings.Count(name, "/"))
		var buf bytes.Buffer
		if err := tpl.ExecuteTemplate(&buf, templateFor(name), p); err != nil {
			return nil, fmt.Errorf("rendering %s: %w", name, err)
		}
		return buf.Bytes(), nil
	}
	page := func(name string, p *Page) error {
		if wants(out, name) {
			jobs = append(jobs, renderJob{name, func() ([]byte, error) { return exec(name, p) }})
		}
		return nil
	}
	if err := page("index.html", &Page{Kind: "index", Groups: s.Groups}); err != nil {
		return err
	}
	if s.Split {
		for _, g := range s.Groups {
			if err := page(g.Page, &Page{Kind: "year", Title: g.Label, Groups: []*Group{g}, Group: g}); err != nil {
				return err
			}
		}
	}
	if err := page("sources/index.html", &Page{Kind: "sources", Title: "Sources"}); err != nil {
		return err
	}
	marks := highlights(s.Events)
	bySlugPath := make(map[string]string, len(docs))
	for _, d := range docs {
		bySlugPath[d.Path] = d.Slug
	}
	for _, sv := range s.Sources {
		if !wants(out, sv.Href) {
			continue
		}
		jobs = append(jobs, renderJob{sv.Href, func() ([]byte, error) {
			html, err := content.Render(sv.Doc, content.RenderOptions{Unsafe: cfg.UnsafeHTML, Highlights: marks[sv.Doc.Path], Link: sourceLinker(sv.Doc, bySlugPath)})
			if err != nil {
				return nil, err
			}
			own := *sv // a copy: other pages read the shared view meanwhile
			own.HTML = template.HTML(html)
			return exec(sv.Href, &Page{Kind: "source", Title: sv.Title, Source: &own})
		}})
	}
	if err := page("tags/index.html", &Page{Kind: "tags", Title: "Tags"}); err != nil {
		return err
	}
	for _, t := range s.Tags {
		if err := page(t.Href, &Page{Kind: "tag", Title: t.Name, Groups: t.Groups, Tag: t}); err != nil {
			return err
		}
	}
	for _, asset := range []string{"style.css", "timeline.js"} {
		if !wants(out, asset) {
			continue
		}
		jobs = append(jobs, renderJob{asset, func() ([]byte, error) { return readTemplateFile(overrides, asset) }})
	}
	lo := &lockedOutput{out: out}
	exports := make(chan error, 1)
	go func() { exports <- writeExports(s, lo) }()
	err = renderAll(jobs, lo)
	return cmp.Or(err, <-exports)
}

// newSite builds the view of the whole site: event views in timeline
// order, their groups and links, tags and sources.
func newSite(cfg timeline.Config, docs []*timeline.Document, evs []timeline.Event) *Site {
	s := &Site{Title: cfg.Title, Description: cfg.Description, Language: cfg.Language, Timestamp: cfg.Timestamp}
	if s.Language == "" {
		s.Language = "en"
	}
	if b := safeURL(cfg.BaseURL); b != "" {
		s.BaseURL = strings.TrimSuffix(b, "/") + "/"
	}
	tags := map[string]*TagView{}
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
				t = &TagView{Name: n, Slug: slug, Href: "tags/" + slug + ".html"}
				tags[n] = t
			}
			out = append(out, TagLink{Name: t.Name, Href: t.Href})
		}
		return out
	}
	// Tag slugs are handed out in sorted name order so they do not depend
	// on which event mentions a tag first.
	var names []string
	for _, d := range docs {
		names = append(names, d.Meta.Tags...)
	}
	for i := range evs {
		names = append(names, evs[i].Tags...)
	}
	sort.Strings(names)
	tagLinks(names)

	for i := range evs {
		v := newEventView(&evs[i])
		v.Tags = tagLinks(evs[i].Tags)
		s.Events = append(s.Events, v)
		for _, t := range v.Tags {
			tags[t.Name].Events = append(tags[t.Name].Events, v)
		}
	}
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
	if len(s.Groups) > 0 {
		s.Span = s.Groups[0].Label
		if last := s.Groups[len(s.Groups)-1].Label; last != s.Span {
			s.Span += "\u2013" + last
		}
	}
	s.Chart, s.ChartFrom, s.ChartTo = chart(s.Events, "")

	for _, t := range tags {
		s.Tags = append(s.Tags, t)
		t.Groups = group(t.Events, map[string]bool{})
		place(t.Groups, t.Href, false)
	}
	sort.Slice(s.Tags, func(i, j int) bool { return s.Tags[i].Name < s.Tags[j].Name })

	count := map[string]int{}
	for _, e := range s.Events {
		for _, src := range e.Event.Sources {
			count[src.Path]++
		}
	}
	for _, d := range docs {
		u := safeURL(d.Meta.URL)
		pub := d.Meta.Date
		if pd, err := timeline.ParseDate(d.Meta.Date, ""); err == nil && pd.Precision == timeline.PrecisionDay {
			pub = pd.Format()
		}
		s.Sources = append(s.Sources, &SourceView{Title: d.Meta.Title, Slug: d.Slug, Href: "sources/" + d.Slug + ".html",
			Date: d.Meta.Date, DateText: pub, URL: u, Domain: domain(u), Summary: d.Meta.Summary, Author: d.Meta.Author,
			Tags: tagLinks(d.Meta.Tags), Events: count[d.Path], Doc: d})
	}
	return s
}

// highlights returns, per source path, the date phrases of its events,
// each linking back to the event's entry, in text order.
func highlights(evs []*EventView) map[string][]content.Highlight {
	marks := map[string][]content.Highlight{}
	for _, v := range evs {
		for _, src := range v.Event.Sources {
			if src.Span.Len() > 0 {
				marks[src.Path] = append(marks[src.Path], content.Highlight{Span: src.Span, Href: "../" + v.Href, Title: v.DateText})
			}
		}
	}
	for _, m := range marks {
		sort.SliceStable(m, func(i, j int) bool {
			if m[i].Span.Start != m[j].Span.Start {
				return m[i].Span.Start < m[j].Span.Start
			}
			return m[i].Span.End > m[j].Span.End // the longer (a range) first
		})
	}
	return marks
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

func newEventView(e *timeline.Event) *EventView {
	v := &EventView{ID: e.ID, Precision: e.Date.Precision.String(), PrecisionLabel: precisionLabel(e.Date),
		Modifier: e.Date.Mod, Text: e.Text, Event: e}
	if !redundantHeadline(e.Headline, e.Text) {
		v.Headline = e.Headline
	}
	v.Datetime = e.Date.Datetime()
	if e.End != nil {
		v.Range = true
		v.DateText = timeline.FormatRange(e.Date, *e.End)
		v.StartText, v.EndText = splitRange(v.DateText, *e.End)
		v.EndDatetime = e.End.Datetime()
		if v.EndText == "" {
			v.StartText = v.DateText
		} else {
			v.Sep = v.DateText[len(v.StartText) : len(v.DateText)-len(v.EndText)]
		}
	} else {
		v.DateText = e.Date.Format()
		v.StartText = v.DateText
	}
	ps, pe := e.Phrase.Start, e.Phrase.End
	if ps < 0 || pe > len(e.Text) || ps > pe {
		ps, pe = 0, 0
	}
	v.Before, v.Phrase, v.After = e.Text[:ps], e.Text[ps:pe], e.Text[pe:]
	for _, src := range e.Sources {
		href := "sources/" + src.Slug + ".html"
		if src.Anchor != "" {
			href += "#" + src.Anchor
		}
		u := safeURL(src.URL)
		v.Sources = append(v.Sources, SourceLink{Title: src.Title, Href: href, URL: originURL(u, e.Text), Domain: domain(u), Line: src.Line})
	}
	return v
}

// Funcs are the functions templates may call besides the builtins:
//
//	plural N "event" "events"   -> "1 event", "3 events"
var Funcs = template.FuncMap{
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return strconv.Itoa(n) + " " + many
	},
}

// Templates parses the default templates with the site's overrides: a file
// in overrides replaces the embedded file of the same name.
func Templates(overrides fs.FS) (*template.Template, error) {
	names, err := fs.Glob(templates.FS, "*.html")
	if err != nil {
		return nil, err
	}
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
		b, err := readTemplateFile(overrides, name)
		if err != nil {
			return nil, err
		}
		if _, err := tpl.New(name).Parse(string(b)); err != nil {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
	}
	return tpl, nil
}

// readTemplateFile reads name from overrides when it is there, else from
// the embedded defaults.
func readTemplateFile(overrides fs.FS, name string) ([]byte, error) {
	if overrides != nil {
		if b, err := fs.ReadFile(overrides, name); err == nil {
			return b, nil
		}
	}
	return fs.ReadFile(templates.FS, name)
}
