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
	"fmt"
	"html/template"
	"io/fs"
	"net/url"
	"path"
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

// Site is the data every page template receives as .Site.
type Site struct {
	Title       string
	Description string
	Language    string
	BaseURL     string
	Timestamp   string
	Events      []*EventView
	Sources     []*SourceView
}

// EventView is one timeline entry as the templates see it.
type EventView struct {
	ID          string
	Year        int
	DateText    string // "30 September 2015", "late November – 7 December 2024"
	Datetime    string // ISO value of the start for <time datetime>
	EndDatetime string // ISO value of the end of a range, "" otherwise
	Precision   string // "day", "month", ...
	Headline    string
	Before      string // the sentence before the date phrase
	Phrase      string // the date phrase
	After       string // the sentence after the date phrase
	Tags        []string
	Sources     []SourceLink
	Event       *timeline.Event
}

// SourceLink points from an event to a source page and the original URL.
type SourceLink struct {
	Title string
	Href  string // "sources/slug.html#p4", relative to the site root
	URL   string // original URL ("" when none)
	Line  int
}

// SourceView is one source as the templates see it.
type SourceView struct {
	Title string
	Slug  string
	Href  string // "sources/slug.html"
	Date  string
	URL   string
	Tags  []string
	HTML  template.HTML // the rendered markdown body
	Doc   *timeline.Document
}

// YearGroup is the events of one year on the index.
type YearGroup struct {
	Year   int
	Label  string
	Events []*EventView
}

// Page is what a page template executes with.
type Page struct {
	Site   *Site
	Title  string
	Root   string // prefix from this page to the site root: "" or "../"
	Years  []YearGroup
	Source *SourceView
	Event  *EventView // set by With for the "event" partial
}

// With returns a copy of the page for rendering one event partial.
func (p *Page) With(e *EventView) *Page {
	q := *p
	q.Event = e
	return &q
}

// Domain returns the host of a URL for display ("www.example.com").
func (p *Page) Domain(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return strings.TrimPrefix(u.Host, "www.")
}

// Render writes the whole site for the given documents and events.
func Render(cfg timeline.Config, docs []*timeline.Document, evs []timeline.Event, overrides fs.FS, out Output) error {
	tpl, err := Templates(overrides)
	if err != nil {
		return err
	}
	s := &Site{Title: cfg.Title, Description: cfg.Description, Language: cfg.Language, BaseURL: cfg.BaseURL, Timestamp: cfg.Timestamp}
	if s.Language == "" {
		s.Language = "en"
	}
	for i := range evs {
		s.Events = append(s.Events, newEventView(&evs[i]))
	}
	// Highlights per source: the date phrases of its events.
	marks := map[string][]content.Highlight{}
	for _, v := range s.Events {
		for _, src := range v.Event.Sources {
			if src.Span.Len() > 0 {
				marks[src.Path] = append(marks[src.Path], content.Highlight{Span: src.Span, Href: "../index.html#" + v.ID, Title: v.DateText})
			}
		}
	}
	for _, m := range marks {
		sort.Slice(m, func(i, j int) bool { return m[i].Span.Start < m[j].Span.Start })
	}
	for _, d := range docs {
		s.Sources = append(s.Sources, &SourceView{Title: d.Meta.Title, Slug: d.Slug, Href: "sources/" + d.Slug + ".html",
			Date: d.Meta.Date, URL: d.Meta.URL, Tags: d.Meta.Tags, Doc: d})
	}
	page := func(name string, p *Page) error {
		var buf bytes.Buffer
		if err := tpl.ExecuteTemplate(&buf, path.Base(templateFor(name)), p); err != nil {
			return fmt.Errorf("rendering %s: %w", name, err)
		}
		return out.WriteFile(name, buf.Bytes())
	}
	if err := page("index.html", &Page{Site: s, Years: groupByYear(s.Events)}); err != nil {
		return err
	}
	if err := page("sources/index.html", &Page{Site: s, Title: "Sources", Root: "../"}); err != nil {
		return err
	}
	for _, sv := range s.Sources {
		html, err := content.Render(sv.Doc, content.RenderOptions{Unsafe: cfg.UnsafeHTML, Highlights: marks[sv.Doc.Path]})
		if err != nil {
			return err
		}
		sv.HTML = template.HTML(html)
		if err := page(sv.Href, &Page{Site: s, Title: sv.Title, Root: "../", Source: sv}); err != nil {
			return err
		}
		sv.HTML = ""
	}
	for _, asset := range []string{"style.css", "timeline.js"} {
		b, err := readTemplateFile(overrides, asset)
		if err != nil {
			return err
		}
		if err := out.WriteFile(asset, b); err != nil {
			return err
		}
	}
	return nil
}

func templateFor(name string) string {
	switch {
	case name == "sources/index.html":
		return "sources.html"
	case strings.HasPrefix(name, "sources/"):
		return "source.html"
	}
	return name
}

func newEventView(e *timeline.Event) *EventView {
	v := &EventView{ID: e.ID, Year: e.Date.Year, Precision: e.Date.Precision.String(), Headline: e.Headline, Tags: e.Tags, Event: e}
	v.Datetime = e.Date.Datetime()
	if e.End != nil {
		v.DateText = timeline.FormatRange(e.Date, *e.End)
		v.EndDatetime = e.End.Datetime()
	} else {
		v.DateText = e.Date.Format()
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
		v.Sources = append(v.Sources, SourceLink{Title: src.Title, Href: href, URL: src.URL, Line: src.Line})
	}
	return v
}

func groupByYear(evs []*EventView) []YearGroup {
	var out []YearGroup
	for _, e := range evs {
		if len(out) == 0 || out[len(out)-1].Year != e.Year {
			out = append(out, YearGroup{Year: e.Year, Label: timeline.YearString(e.Year)})
		}
		g := &out[len(out)-1]
		g.Events = append(g.Events, e)
	}
	return out
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
	tpl := template.New("").Funcs(template.FuncMap{"itoa": strconv.Itoa})
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
