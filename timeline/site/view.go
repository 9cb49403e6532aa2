package site

import (
	"cmp"
	"html/template"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// The view types below are the data the templates receive. Every href in
// them is relative to the site root ("sources/a.html#p4"); a template
// prefixes it with .Root, the way from its own page back to the root, so
// the site works under any sub-path and when opened from disk.

// Site is the data every page template receives as .Site.
type Site struct {
	Title       string
	Description string
	Language    string        // html lang attribute
	BaseURL     string        // absolute URL of the site root ending in "/", "" when not configured
	Timestamp   string        // build time to print, "" by default (builds are byte-identical)
	Events      []*EventView  // every event, in timeline order
	Sources     []*SourceView // every source, in path order
	Tags        []*TagView    // every tag, by name
	Groups      []*Group      // the events grouped by year (or period), in timeline order
	Span        string        // the years the timeline covers, "1450–2025" ("" without events)
	Split       bool          // the timeline is split into one page per group (years/…html)
	Chart       template.HTML // the overview chart (inline SVG), "" without events
	ChartFrom   string        // label of the chart's first bar: "1450s"
	ChartTo     string        // label of the chart's last bar: "2020s"
	Exports     []ExportLink  // the exports written, in the order the footer lists them
	Feed        string        // "feed.xml" when the Atom feed is written, else ""
}

// ExportLink is one machine-readable file of the site as the pages link it.
type ExportLink struct {
	File  string // "events.json"
	Label string // "events.json", "TimelineJS", "calendar (.ics)", "Atom feed"
}

// exportLabels are the footer's names of the exports, by file.
var exportLabels = map[string]string{"events.json": "events.json", "timelinejs.json": "TimelineJS", "events.ics": "calendar (.ics)", "feed.xml": "Atom feed"}

// exportLinks returns the links to the exports files names (nil: all), in
// the footer's order, each once; unknown names are left out (the command
// line refuses them).
func exportLinks(files []string) []ExportLink {
	if files == nil {
		files = timeline.ExportFiles()
	}
	var out []ExportLink
	for _, f := range timeline.ExportFiles() {
		if slices.Contains(files, f) {
			out = append(out, ExportLink{File: f, Label: exportLabels[f]})
		}
	}
	return out
}

// exports reports whether the site writes the export file.
func (s *Site) exports(file string) bool {
	return slices.ContainsFunc(s.Exports, func(l ExportLink) bool { return l.File == file })
}

// EventView is one timeline entry as the templates see it.
type EventView struct {
	ID string // stable id, also the fragment id of the entry
	// DateView holds the texts of the event's dates (.DateText, .Datetime,
	// .Precision... are its fields); events with the same dates share one.
	*DateView
	Headline string // short title: "" when it only repeats the start of Text
	// Short, Text, Before, Phrase and After (methods, made from Event
	// when asked for: a large site has a million views) are what a
	// compact listing shows, the sentence, and the sentence around its
	// highlighted date phrase.
	Tags    []TagLink
	Sources []SourceLink
	Href    string // the entry in the timeline: "index.html#e…" or "years/2015.html#e…"
	Group   *Group // the year group the entry is listed in
	Event   *timeline.Event

	frag *fragments // the entry rendered once per build (see Page.Entry)
}

// Short is what a compact listing shows: the headline, or the start of Text.
func (v *EventView) Short() string { return cmp.Or(strings.TrimSpace(v.Event.Headline), v.Event.Text) }

// Text is the whole sentence.
func (v *EventView) Text() string { return v.Event.Text }

// Before is Text before the date phrase.
func (v *EventView) Before() string { ps, _ := v.phrase(); return v.Event.Text[:ps] }

// Phrase is the date phrase, highlighted.
func (v *EventView) Phrase() string { ps, pe := v.phrase(); return v.Event.Text[ps:pe] }

// After is Text after the date phrase.
func (v *EventView) After() string { _, pe := v.phrase(); return v.Event.Text[pe:] }

// phrase is the date phrase's place in Text, empty at 0 when it does not
// fit there.
func (v *EventView) phrase() (ps, pe int) {
	e := v.Event
	ps, pe = e.Phrase.Start, e.Phrase.End
	if ps < 0 || pe > len(e.Text) || ps > pe {
		ps, pe = 0, 0
	}
	return ps, pe
}

// DateView is what an event view shows of its dates. It depends on the
// dates alone, so the events that share them share one DateView: read-only.
type DateView struct {
	// DateText is the date as a reader writes it, with its precision
	// visible: "30 September 2015", "December 2017", "c. 1850", "the 1990s",
	// "late November – 7 December 2024".
	DateText string
	// StartText and EndText split DateText of a range into its two ends
	// ("late November", "7 December 2024"); EndText is "" for single dates
	// and StartText then equals DateText.
	StartText, EndText string
	Sep                string // what DateText writes between the ends: "–" or " – "
	Datetime           string // ISO value of the start for <time datetime>: "2015-09-30", "2017-12", "1850"
	EndDatetime        string // ISO value of the end of a range, "" otherwise
	Precision          string // precision of the start: "day", "month", "year", "decade", ...
	PrecisionLabel     string // the same for readers: "day", "month", "approximate year", ...
	Modifier           string // TIMEX3 mod of the start: "", "START", "END", "APPROX", ...
	Range              bool   // the event is a range (EndText, EndDatetime set)

	// where group lists the event: its group label, month key and label
	groupLabel, monthKey, monthLabel string
}

// SourceLink points from an event to a source: its page in the site and
// its original URL. Templates read it as if it had the fields Title,
// Href, URL, Domain and Line. Href and URL are made when asked for
// rather than kept: a large site has a million of them, and each is
// written a few times at most. The links to one original URL share what
// is made of it (a linkTarget).
type SourceLink struct {
	src  *timeline.EventSource
	at   *linkTarget
	frag string // the text fragment that scrolls the origin to the sentence
}

// linkTarget is what a source link makes of the source's original URL.
type linkTarget struct {
	origin string // the original URL made safe, "" when none
	domain string // its host without "www.": "example.com"
}

// Domain is the host of the original URL without "www.": "example.com".
func (l SourceLink) Domain() string { return l.at.domain }

// Title is the source's title.
func (l SourceLink) Title() string { return l.src.Title }

// Line is the line of the date phrase in the source file.
func (l SourceLink) Line() int { return l.src.Line }

// Href is the paragraph in the source page: "sources/slug.html#p4".
func (l SourceLink) Href() string { return string(l.appendHref(nil)) }

func (l SourceLink) appendHref(b []byte) []byte {
	b = append(b, "sources/"...)
	b = append(b, l.src.Slug...)
	b = append(b, ".html"...)
	if l.src.Anchor != "" {
		b = append(b, '#')
		b = append(b, l.src.Anchor...)
	}
	return b
}

// URL is the original URL with a text fragment that scrolls to the
// sentence, "" when the source has none.
func (l SourceLink) URL() string {
	if l.at.origin == "" {
		return ""
	}
	return l.at.origin + l.frag
}

// appendURL appends URL() to b.
func (l SourceLink) appendURL(b []byte) []byte {
	if l.at.origin == "" {
		return b
	}
	return append(append(b, l.at.origin...), l.frag...)
}

// page is the original URL without its fragment, "" when none.
func (l SourceLink) page() string {
	p, _, _ := strings.Cut(l.at.origin, "#")
	return p
}

// TagLink is a tag with the page listing its events.
type TagLink struct {
	Name string
	Href string // "tags/slug.html"

	idx int // the tag's place in the order its site made the tags
}

// TagView is one tag and its events.
type TagView struct {
	Name   string
	Slug   string
	Href   string // "tags/slug.html"
	Events []*EventView
	Groups []*Group // the tag's events grouped like the index (set once its page renders)

	groupOnce sync.Once
	idx       int // see TagLink
}

func (t *TagView) link() TagLink { return TagLink{Name: t.Name, Href: t.Href, idx: t.idx} }

// grouped groups the tag's events on first use: only its page needs them.
func (t *TagView) grouped() []*Group {
	t.groupOnce.Do(func() {
		t.Groups = group(t.Events, map[string]bool{})
		place(t.Groups, t.Href, false)
	})
	return t.Groups
}

// SourceView is one source as the templates see it.
type SourceView struct {
	Title    string
	Slug     string
	Href     string // "sources/slug.html"
	Date     string // publication date, YYYY-MM-DD, "" when unknown
	URL      string // original URL, "" when none
	Domain   string // host of URL without "www."
	DateText string // publication date as a reader writes it: "28 January 2025"
	Summary  string
	Author   string
	Tags     []TagLink
	Events   int           // number of events the source reports
	HTML     template.HTML // the rendered markdown body (set only while its page renders)
	Doc      *timeline.Document
}

// Group is the events of one year, or of one period for dates coarser
// than a year ("the 1830s", "the 15th century"), in timeline order.
type Group struct {
	ID     string // fragment id of the heading: "y2015", "y15th-century"
	Label  string // heading: "2015", "1830s", "15th century"
	Href   string // where the group is listed: "index.html#y2015" or "years/y2015.html"
	Page   string // the page it is listed on, from the root: "index.html", "years/y2015.html"
	Months []*MonthGroup
	Count  int // number of events

	srcOnce sync.Once
	srcs    map[string][]eventSource // see bySource
}

// MonthGroup is a run of events of one month within a group. Events known
// only to the year (or a part of it coarser than a month) form runs of
// their own, labelled with their date ("Q3 2024", "Late 2024") or not at
// all (plain "2024").
type MonthGroup struct {
	ID     string // fragment id: "y2015-09", "y2015-a"
	Label  string // "September", "Q3 2024", or ""
	Events []*EventView
}

// Page is what a page template executes with.
type Page struct {
	Site   *Site
	Kind   string      // "index", "year", "source", "sources", "tag", "tags"
	Title  string      // page title ("" on the index)
	Path   string      // this page's path from the root: "index.html", "sources/a.html"
	Root   string      // prefix from this page to the site root: "" or "../"
	Groups []*Group    // the groups whose events this page lists (index, year and tag pages)
	Group  *Group      // the year page's group
	Source *SourceView // the source page's source
	Tag    *TagView    // the tag page's tag
	Event  *EventView  // set by With for the "event" partial

	prep   *Prepared
	splice *listSplice // where the Go lists go in the rendered page (nil: inline)
}

// With returns a copy of the page for rendering one event partial.
func (p *Page) With(e *EventView) *Page {
	q := *p
	q.Event = e
	return &q
}

// domain returns the host of a URL for display ("example.com").
func domain(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// safeURL returns raw when it is an absolute http(s) URL and "" otherwise,
// so no export carries a javascript: or relative link.
func safeURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.String()
	}
	return ""
}

// precisionLabel says for readers how exactly a date is known.
func precisionLabel(d timeline.Date) string {
	p := d.Precision.String()
	if d.Precision == timeline.PrecisionTime {
		p = "time of day"
	}
	switch d.Mod {
	case "APPROX":
		return "approximate " + p
	case "BEFORE", "ON_OR_BEFORE":
		return "upper bound, " + p
	case "AFTER", "ON_OR_AFTER":
		return "lower bound, " + p
	case "START", "MID", "END":
		return "part of a " + p
	}
	return p
}

// splitRange cuts FormatRange's text into its two ends: the end is always
// written as end.Format(), so what precedes it (less the dash) is the start.
func splitRange(text string, end timeline.Date) (string, string) {
	right := end.Format()
	left, ok := strings.CutSuffix(text, right)
	if !ok {
		return text, ""
	}
	left = strings.TrimRight(left, " \u2013")
	if left == "" {
		return text, ""
	}
	return left, right
}

// slugify keeps [a-z0-9] runs of s joined by dashes: "Middle East" -> "middle-east".
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}

// uniqueSlug returns slug, or slug-2, slug-3... the first not yet in used,
// and records it. An empty slug becomes fallback.
func uniqueSlug(used map[string]bool, slug, fallback string) string {
	if slug == "" {
		slug = fallback
	}
	s := slug
	for i := 2; used[s]; i++ {
		s = slug + "-" + strconv.Itoa(i)
	}
	used[s] = true
	return s
}

// capitalize upper-cases the first letter: "late 2024" -> "Late 2024".
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// redundantHeadline reports whether a headline only repeats the start of
// the sentence (extracted events): the page then shows the sentence alone.
func redundantHeadline(headline, text string) bool {
	h := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(headline), "\u2026"))
	return h == "" || strings.HasPrefix(strings.TrimSpace(text), h)
}
