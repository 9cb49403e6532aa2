package site

import (
	"bytes"
	"fmt"
	"html/template"
	"strconv"
	"strings"
	"sync"
)

// The default "event" and "brief" partials are written here in Go as well:
// executing them through html/template cost tens of microseconds per entry
// (reflection for every field and escaper call), most of a build's
// rendering. The Go versions escape exactly as html/template escapes the
// same actions in the same contexts (text and quoted attribute values:
// attrEscaper; href values: urlFilter, urlNormalizer, attrEscaper), and
// TestNativeMatchesTemplates compares both byte for byte. They are used
// only while the partial comes from the embedded defaults: a site that
// overrides the file defining it gets html/template.

// nativeFile is the default file that defines the partials written in Go.
const nativeFile = "partials.html"

// useNatives makes the partials that come from the embedded partials.html
// render in Go: "event" and "brief" through Page.Entry and Page.Brief,
// "groups" and "briefs" by redefining them as a call of their Go version.
func (p *Prepared) useNatives(overridden map[string]bool) error {
	if overridden[nativeFile] {
		return nil
	}
	from := func(name string) bool {
		t := p.tpl.Lookup(name)
		return t != nil && t.Tree != nil && t.Tree.ParseName == nativeFile
	}
	p.nativeEvent, p.nativeBrief = from("event"), from("brief")
	p.nativeGroups, p.nativeBriefs = from("groups"), from("briefs")
	p.nativeHead, p.nativeFoot = from("head"), from("foot")
	if t := p.tpl.Lookup(sourcePage); t != nil && t.Tree != nil && t.Tree.ParseName == sourcePage && !overridden[sourcePage] {
		p.nativeSource = p.nativeHead && p.nativeFoot
	}
	p.tpl.Funcs(template.FuncMap{
		"timelineNativeGroups": func(pg *Page) (template.HTML, error) { return pg.nativeList(false) },
		"timelineNativeBriefs": func(pg *Page) (template.HTML, error) { return pg.nativeList(true) },
		"timelineNativeHead":   func(pg *Page) template.HTML { return template.HTML(appendHead(nil, pg)) },
		"timelineNativeFoot":   func(pg *Page) template.HTML { return template.HTML(appendFoot(nil, pg)) },
	})
	for _, d := range []struct {
		on         bool
		name, body string
	}{{p.nativeGroups, "groups", "{{timelineNativeGroups .}}"}, {p.nativeBriefs, "briefs", "{{timelineNativeBriefs .}}"},
		{p.nativeHead, "head", "{{timelineNativeHead .}}"}, {p.nativeFoot, "foot", "{{timelineNativeFoot .}}"}} {
		if !d.on {
			continue
		}
		if _, err := p.tpl.New(d.name).Parse(d.body); err != nil {
			return fmt.Errorf("template %s: %w", d.name, err)
		}
	}
	return nil
}

// nativeList is the "groups" partial of partials.html for the page (the
// "briefs" partial when briefs): its groups, months and entries.
func (p *Page) nativeList(briefs bool) (template.HTML, error) {
	scratch := listScratch.Get().(*[]byte)
	b := (*scratch)[:0]
	var err error
	for _, g := range p.Groups {
		b = append(b, `<section class="year" id="`...)
		b = appendEscaped(b, g.ID)
		b = append(b, `" aria-labelledby="`...)
		b = appendEscaped(b, g.ID)
		b = append(b, "-h\">\n<h2 id=\""...)
		b = appendEscaped(b, g.ID)
		b = append(b, `-h">`...)
		b = appendEscaped(b, g.Label)
		b = append(b, ` <span class="count">`...)
		b = appendEscaped(b, plural(g.Count, "event", "events"))
		b = append(b, "</span></h2>\n"...)
		if briefs {
			b = append(b, "<ol class=\"briefs\">\n"...)
		}
		for _, m := range g.Months {
			if !briefs {
				b = append(b, `<div class="month">`...)
				if m.Label != "" {
					b = append(b, `<h3 id="`...)
					b = appendEscaped(b, m.ID)
					b = append(b, `">`...)
					b = appendEscaped(b, m.Label)
					b = append(b, `</h3>`...)
				}
				b = append(b, "\n<ol class=\"events\">\n"...)
			}
			for _, e := range m.Events {
				if b, err = p.appendEntry(b, e, briefs); err != nil {
					*scratch = b
					releaseScratch(scratch)
					return "", err
				}
			}
			if !briefs {
				b = append(b, "</ol></div>\n"...)
			}
		}
		if briefs {
			b = append(b, "</ol></section>\n"...)
		} else {
			b = append(b, "</section>\n"...)
		}
	}
	*scratch = b
	if p.splice != nil {
		return p.splice.add(scratch), nil // the page keeps the list until it is spliced in
	}
	h := template.HTML(b) // a copy: the scratch is reused
	releaseScratch(scratch)
	return h, nil
}

// listScratch holds the buffers nativeList builds a page's list in.
var listScratch = sync.Pool{New: func() any { return new([]byte) }}

func releaseScratch(b *[]byte) {
	if cap(*b) <= 32<<20 { // keep the grown scratch, unless a huge page's
		*b = (*b)[:0]
		listScratch.Put(b)
	}
}

// A page's lists of events (nativeList) are most of its bytes. Instead of
// passing each through html/template, which copies it twice more, the
// template gets a marker and the list is spliced in where the marker came
// out. A marker starts with NUL, which html/template never lets through
// from data (it writes U+FFFD), so it cannot be forged by content.
type listSplice struct{ lists []*[]byte }

const listMarker = "\x00timeline:list:"

// add keeps list and returns its marker.
func (s *listSplice) add(list *[]byte) template.HTML {
	s.lists = append(s.lists, list)
	return template.HTML(listMarker + strconv.Itoa(len(s.lists)-1) + "\x00")
}

// apply replaces the markers in page (buf) by their lists and releases
// them. It reports false, leaving buf as it was, unless every list's
// marker is found once and in order (a template that put one where it is
// escaped, or twice): the page must be rendered with inline lists then.
func (s *listSplice) apply(buf *bytes.Buffer) bool {
	defer s.release()
	page := buf.Bytes()
	var at []int // where each marker starts
	var ends []int
	pos := 0
	for k := range s.lists {
		m := listMarker + strconv.Itoa(k) + "\x00"
		i := bytes.Index(page[pos:], []byte(m))
		if i < 0 {
			return false
		}
		at, ends = append(at, pos+i), append(ends, pos+i+len(m))
		pos = pos + i + len(m)
	}
	if bytes.Contains(page[pos:], []byte(listMarker)) {
		return false
	}
	base := at[0]
	tail := bytes.Clone(page[base:])
	buf.Truncate(base)
	prev := 0 // in tail, the end of the last marker written over
	for k, list := range s.lists {
		buf.Write(tail[prev : at[k]-base])
		buf.Write(*list)
		prev = ends[k] - base
	}
	buf.Write(tail[prev:])
	return true
}

func (s *listSplice) release() {
	for _, l := range s.lists {
		releaseScratch(l)
	}
	s.lists = nil
}

// appendEntry appends e's entry (its brief when brief): written straight
// into the page when it renders in Go and is not kept, else through
// Page.Entry or Page.Brief.
func (p *Page) appendEntry(b []byte, e *EventView, brief bool) ([]byte, error) {
	pr := p.prep
	switch {
	case brief && pr.nativeBrief && !pr.keepEntries:
		return appendBrief(b, p.Root, e), nil
	case !brief && pr.nativeEvent && !pr.keepEntries:
		return appendEvent(b, p.Root, e), nil
	}
	var h template.HTML
	var err error
	if brief {
		h, err = p.Brief(e)
	} else {
		h, err = p.Entry(e)
	}
	return append(b, h...), err
}

// appendHead appends the "head" partial of partials.html for p.
func appendHead(b []byte, p *Page) []byte {
	b = append(b, "<!doctype html>\n<html lang=\""...)
	b = appendEscaped(b, p.Site.Language)
	b = append(b, "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"...)
	if p.Title != "" {
		b = appendEscaped(b, p.Title)
		b = append(b, " · "...)
	}
	b = appendEscaped(b, p.Site.Title)
	b = append(b, "</title>\n"...)
	if p.Site.Description != "" {
		b = append(b, `<meta name="description" content="`...)
		b = appendEscaped(b, p.Site.Description)
		b = append(b, "\">\n"...)
	}
	b = append(b, "<meta name=\"color-scheme\" content=\"light dark\">\n<link rel=\"stylesheet\" href=\""...)
	b = appendURL(b, p.Root)
	b = append(b, "style.css\">\n"...)
	if p.Site.Feed != "" {
		b = append(b, "<link rel=\"alternate\" type=\"application/atom+xml\" title=\""...)
		b = appendEscaped(b, p.Site.Title)
		b = append(b, `" href="`...)
		b = appendURL(b, p.Root)
		b = appendURL(b, p.Site.Feed)
		b = append(b, "\">\n"...)
	}
	if p.Site.BaseURL != "" {
		b = append(b, `<link rel="canonical" href="`...)
		b = appendURL(b, p.Site.BaseURL)
		b = appendURL(b, p.Path)
		b = append(b, "\">\n"...)
	}
	b = append(b, "</head>\n<body class=\""...)
	b = appendEscaped(b, p.Kind)
	b = append(b, "\">\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n<header class=\"site\"><div class=\"bar\"><a class=\"brand\" href=\""...)
	b = appendURL(b, p.Root)
	b = append(b, `index.html">`...)
	b = appendEscaped(b, p.Site.Title)
	b = append(b, "</a>\n<nav aria-label=\"Site\"><a href=\""...)
	current := func(b []byte, kinds ...string) []byte {
		for _, k := range kinds {
			if p.Kind == k {
				return append(b, ` aria-current="page"`...)
			}
		}
		return b
	}
	b = appendURL(b, p.Root)
	b = append(b, `index.html"`...)
	b = current(b, "index", "year")
	b = append(b, `>Timeline</a> <a href="`...)
	b = appendURL(b, p.Root)
	b = append(b, `sources/index.html"`...)
	b = current(b, "sources", "source")
	b = append(b, `>Sources</a> <a href="`...)
	b = appendURL(b, p.Root)
	b = append(b, `tags/index.html"`...)
	b = current(b, "tags", "tag")
	return append(b, ">Tags</a></nav></div></header>\n"...)
}

// sourcePage is the default template of source pages, also written in Go
// (appendSourcePage): there is one such page per source.
const sourcePage = "source.html"

// appendSourcePage appends the page of source.html for p, whose
// Source.HTML is the rendered body.
func appendSourcePage(b []byte, p *Page) []byte {
	sv := p.Source
	b = appendHead(b, p)
	b = append(b, "\n<main id=\"main\">\n<article class=\"source\">\n<header>\n<p class=\"kicker\"><a href=\""...)
	b = appendURL(b, p.Root)
	b = append(b, "sources/index.html\">Source</a></p>\n<h1>"...)
	b = appendEscaped(b, sv.Title)
	b = append(b, "</h1>\n<p class=\"meta\">"...)
	if sv.Date != "" {
		b = append(b, `Published <time datetime="`...)
		b = appendEscaped(b, sv.Date)
		b = append(b, `">`...)
		b = appendEscaped(b, sv.DateText)
		b = append(b, "</time> · "...)
	}
	if sv.Author != "" {
		b = append(b, "By "...)
		b = appendEscaped(b, sv.Author)
		b = append(b, " · "...)
	}
	b = appendEscaped(b, plural(sv.Events, "event", "events"))
	b = append(b, " on the timeline"...)
	if sv.URL != "" {
		b = append(b, ` · <a href="`...)
		b = appendURL(b, sv.URL)
		b = append(b, `" rel="noopener noreferrer">Original at `...)
		b = appendEscaped(b, sv.Domain)
		b = append(b, "</a>"...)
	}
	b = append(b, "</p>\n"...)
	if len(sv.Tags) > 0 {
		b = append(b, `<p class="tags">`...)
		for _, t := range sv.Tags {
			b = append(b, `<a href="`...)
			b = appendURL(b, p.Root)
			b = appendURL(b, t.Href)
			b = append(b, `">`...)
			b = appendEscaped(b, t.Name)
			b = append(b, "</a> "...)
		}
		b = append(b, "</p>"...)
	}
	b = append(b, "\n</header>\n<div class=\"body\">"...)
	b = append(b, sv.HTML...)
	b = append(b, "</div>\n</article>\n</main>\n"...)
	return append(appendFoot(b, p), '\n')
}

// appendFoot appends the "foot" partial of partials.html for p.
func appendFoot(b []byte, p *Page) []byte {
	b = append(b, `<footer class="site"><p>`...)
	b = appendEscaped(b, plural(len(p.Site.Events), "event", "events"))
	b = append(b, " from "...)
	b = appendEscaped(b, plural(len(p.Site.Sources), "source", "sources"))
	b = append(b, '.')
	if p.Site.Timestamp != "" {
		b = append(b, " Built "...)
		b = appendEscaped(b, p.Site.Timestamp)
		b = append(b, '.')
	}
	b = append(b, "</p>"...)
	if len(p.Site.Exports) > 0 {
		b = append(b, "\n<p class=\"exports\">Download: "...)
		for i, l := range p.Site.Exports {
			if i > 0 {
				b = append(b, " · "...)
			}
			b = append(b, `<a href="`...)
			b = appendURL(b, p.Root)
			b = appendURL(b, l.File)
			b = append(b, `">`...)
			b = appendEscaped(b, l.Label)
			b = append(b, `</a>`...)
		}
		b = append(b, "</p>"...)
	}
	b = append(b, "</footer>\n<script src=\""...)
	b = appendURL(b, p.Root)
	return append(b, "timeline.js\" defer></script>\n</body>\n</html>\n"...)
}

// appendEvent appends the "event" partial of partials.html for e on a
// page whose way back to the root is root.
func appendEvent(b []byte, root string, e *EventView) []byte {
	if e == nil {
		return b
	}
	b = append(b, `<li class="event`...)
	if e.Range {
		b = append(b, ` range`...)
	}
	b = append(b, `" id="`...)
	b = appendEscaped(b, e.ID)
	b = append(b, `" data-tags="|`...)
	for _, t := range e.Tags {
		b = appendEscaped(b, t.Name)
		b = append(b, '|')
	}
	b = append(b, "\">\n<p class=\"when\"><time datetime=\""...)
	b = appendEscaped(b, e.Datetime)
	b = append(b, `">`...)
	b = appendEscaped(b, e.StartText)
	b = append(b, `</time>`...)
	if e.EndText != "" {
		b = appendEscaped(b, e.Sep)
		b = append(b, `<time datetime="`...)
		b = appendEscaped(b, e.EndDatetime)
		b = append(b, `">`...)
		b = appendEscaped(b, e.EndText)
		b = append(b, `</time>`...)
	}
	b = append(b, ` <span class="prec" title="How exactly the date is known">`...)
	b = appendEscaped(b, e.PrecisionLabel)
	b = append(b, "</span></p>\n<div class=\"what\">"...)
	if e.Headline != "" {
		b = append(b, `<p class="headline">`...)
		b = appendEscaped(b, e.Headline)
		b = append(b, `</p>`...)
	}
	b = append(b, "\n<p class=\"text\">"...)
	b = appendEscaped(b, e.Before())
	if e.Phrase() != "" {
		b = append(b, `<mark>`...)
		b = appendEscaped(b, e.Phrase())
		b = append(b, `</mark>`...)
	}
	b = appendEscaped(b, e.After())
	b = append(b, "</p>\n<p class=\"src\">"...)
	for i, s := range e.Sources {
		if i > 0 {
			b = append(b, `<br>`...)
		}
		b = append(b, `<a class="page" href="`...)
		var tmp [256]byte // the link, made without a string of its own
		b = appendURL(b, root)
		b = appendURL(b, s.appendHref(tmp[:0]))
		b = append(b, `">`...)
		b = appendEscaped(b, s.Title())
		b = append(b, `</a>`...)
		if s.at.origin != "" {
			b = append(b, ` <a class="origin" href="`...)
			b = appendURL(b, s.appendURL(tmp[:0]))
			b = append(b, `" rel="noopener noreferrer">`...)
			b = appendEscaped(b, s.Domain())
			b = append(b, `</a>`...)
		}
	}
	b = append(b, "</p>\n"...)
	if len(e.Tags) > 0 {
		b = append(b, `<p class="tags">`...)
		for _, t := range e.Tags {
			b = append(b, `<a href="`...)
			b = appendURL(b, root)
			b = appendURL(b, t.Href)
			b = append(b, `">`...)
			b = appendEscaped(b, t.Name)
			b = append(b, `</a> `...)
		}
		b = append(b, `</p>`...)
	}
	b = append(b, "</div>\n</li>\n"...)
	return b
}

// appendBrief appends the "brief" partial of partials.html for e.
func appendBrief(b []byte, root string, e *EventView) []byte {
	if e == nil {
		return b
	}
	b = append(b, `<li><a href="`...)
	b = appendURL(b, root)
	b = appendURL(b, e.Href)
	b = append(b, `"><time datetime="`...)
	b = appendEscaped(b, e.Datetime)
	b = append(b, `">`...)
	b = appendEscaped(b, e.DateText)
	b = append(b, `</time> <span>`...)
	b = appendEscaped(b, e.Short())
	b = append(b, "</span></a></li>\n"...)
	return b
}

// htmlEscapes is html/template's replacement table for text and quoted
// attribute values (htmlReplacementTable). Every other byte, including
// those of invalid UTF-8, is copied as it is.
var htmlEscapes = [256]string{
	0:    "\uFFFD",
	'"':  "&#34;",
	'&':  "&amp;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'>':  "&gt;",
}

// appendEscaped appends s escaped as html/template escapes a string in
// text or in a quoted attribute value.
func appendEscaped(b []byte, s string) []byte {
	written := 0
	for i := 0; i < len(s); i++ {
		if r := htmlEscapes[s[i]]; r != "" {
			b = append(b, s[written:i]...)
			b = append(b, r...)
			written = i + 1
		}
	}
	return append(b, s[written:]...)
}

// appendURL appends s as html/template writes an action at the start of
// a quoted href value: unsafe schemes become "#ZgotmplZ" (urlFilter),
// bytes outside the URL alphabet are percent-encoded (urlNormalizer), and
// the result is escaped for the attribute.
func appendURL[S string | []byte](b []byte, s S) []byte {
	if !safeScheme(s) {
		return append(b, "#ZgotmplZ"...)
	}
	const hex = "0123456789abcdef"
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case urlKeep[c]:
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
		default:
			b = append(b, '%', hex[c>>4], hex[c&15])
			continue
		}
		switch c {
		case '&':
			b = append(b, "&amp;"...)
		case '+':
			b = append(b, "&#43;"...)
		default:
			b = append(b, c)
		}
	}
	return b
}

// urlKeep marks the bytes urlNormalizer keeps as they are.
var urlKeep = func() (t [256]bool) {
	for _, c := range []byte("!#$&*+,/:;=?@[]-._~") {
		t[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	return t
}()

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// safeScheme is html/template's isSafeURL: no scheme, or http, https or
// mailto.
func safeScheme[S string | []byte](s S) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '/':
			return true // no scheme before the first ':'
		case ':':
			protocol := string(s[:i])
			return strings.EqualFold(protocol, "http") || strings.EqualFold(protocol, "https") || strings.EqualFold(protocol, "mailto")
		}
	}
	return true
}
