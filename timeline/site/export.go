package site

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// writeExports writes the machine-readable views of the timeline. They
// all come from the same event views as the pages. The large ones stream
// into the output (see Create), so no export is held whole in memory.
func writeExports(s *Site, out Output) error {
	type file struct {
		name string
		gen  func(*Site, io.Writer) error
	}
	gens := map[string]func(*Site, io.Writer) error{
		"events.json":     writeEventsJSON,
		"timelinejs.json": writeTimelineJS,
		"events.ics":      writeICalendar,
		"feed.xml":        bytesWriter(AtomFeed),
	}
	var files []file // the exports the site was set to write (s.Exports)
	for _, l := range s.Exports {
		files = append(files, file{l.File, gens[l.File]})
	}
	if s.BaseURL != "" {
		files = append(files, file{"sitemap.xml", bytesWriter(Sitemap)})
	}
	// Each export streams from its own goroutine: they are independent,
	// and the largest would otherwise be the tail of a build.
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		if !wants(out, f.name) {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			w, err := Create(out, f.name)
			if err != nil {
				errs[i] = err
				return
			}
			bw := bufio.NewWriterSize(w, 64<<10)
			err = f.gen(s, bw)
			if err == nil {
				err = bw.Flush()
			}
			if cerr := w.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				errs[i] = fmt.Errorf("%s: %w", f.name, err)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs { // the first export's error, whatever finished first
		if err != nil {
			return err
		}
	}
	return nil
}

// bytesWriter adapts an export made whole in memory (the small ones).
func bytesWriter(gen func(*Site) ([]byte, error)) func(*Site, io.Writer) error {
	return func(s *Site, w io.Writer) error {
		b, err := gen(s)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	}
}

// toBytes runs a streaming export into memory.
func toBytes(s *Site, gen func(*Site, io.Writer) error) ([]byte, error) {
	var b bytes.Buffer
	err := gen(s, &b)
	return b.Bytes(), err
}

// writeIndentedArray writes v, a value whose JSON form ends with an array
// (given empty in v), as json.MarshalIndent(v, "", "  ") would with the
// array holding n items, item appending the i-th as
// json.MarshalIndent(x, "    ", "  ") would: byte for byte the same,
// without the whole document in memory.
func writeIndentedArray(w io.Writer, v any, n int, item func(b []byte, i int) []byte) error {
	head, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	cut := bytes.LastIndex(head, []byte("[]"))
	if cut < 0 {
		return fmt.Errorf("no array to fill")
	}
	b := make([]byte, 0, 64<<10)
	b = append(b, head[:cut+1]...)
	for i := range n {
		if i == 0 {
			b = append(b, "\n    "...)
		} else {
			b = append(b, ",\n    "...)
		}
		b = item(b, i)
		if len(b) >= 48<<10 {
			if _, err := w.Write(b); err != nil {
				return err
			}
			b = b[:0]
		}
	}
	if n > 0 {
		b = append(b, "\n  "...)
	}
	b = append(b, head[cut+1:]...)
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// ---- events.json ----

// EventsFile is the schema of events.json, the site's own export of its
// timeline (documented in docs/events-json.md). It is meant to be read by
// programs and diffed by people: events come in timeline order, tags
// sorted, keys in a fixed order, indented by two spaces, and the same
// content always gives the same bytes. Version changes when a field
// changes meaning or goes away; new fields may be added without it.
type EventsFile struct {
	Version int          `json:"version"` // 1
	Title   string       `json:"title"`
	BaseURL string       `json:"base_url,omitempty"` // the configured base URL, when set
	Events  []EventsItem `json:"events"`
}

// EventsItem is one event of events.json.
type EventsItem struct {
	ID string `json:"id"` // stable id; also the fragment id of the entry on the timeline page
	// Start is the ISO 8601 value of the start at its own precision:
	// "2015-09-30", "2017-12", "1850", "2024-W05", "2015-09-30T14:00".
	// Periods coarser than a year give their first year ("1990" for the 1990s).
	Start string `json:"start"`
	// End is the same for the end of a range, absent for single dates.
	End string `json:"end,omitempty"`
	// Value and EndValue are the TIMEX3 values ("199X" decades, "18" centuries, "2024-Q3").
	Value    string `json:"value"`
	EndValue string `json:"end_value,omitempty"`
	// Precision names how exactly the start is known: millennium, century,
	// decade, year, half, quarter, season, month, week, day, time.
	Precision    string `json:"precision"`
	EndPrecision string `json:"end_precision,omitempty"`
	// Modifier is the TIMEX3 mod of the start: START ("early"), MID, END
	// ("late"), APPROX ("c."), BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER; "" when none.
	Modifier    string `json:"modifier"`
	EndModifier string `json:"end_modifier,omitempty"`
	// FirstDay and LastDay are the inclusive calendar days (YYYY-MM-DD) the
	// whole event covers after the modifier: "late November" covers
	// 21-30 November. They place every event, however vague, on a line.
	FirstDay string `json:"first_day"`
	LastDay  string `json:"last_day"`
	// Display is the date as the site writes it: "late November – 7 December 2024".
	Display  string         `json:"display"`
	Headline string         `json:"headline"`
	Text     string         `json:"text"`   // the sentence the event was read from
	Phrase   string         `json:"phrase"` // the date phrase within text ("" for publication dates)
	Tags     []string       `json:"tags"`
	Page     string         `json:"page"` // the entry in the site, relative to its root: "index.html#e…"
	Sources  []EventsSource `json:"sources"`
	Explicit bool           `json:"explicit,omitempty"` // written in front matter, not extracted
}

// EventsSource is one source of an event in events.json.
type EventsSource struct {
	Path  string `json:"path"`  // the markdown file, relative to the content folder
	Title string `json:"title"` // its title
	Page  string `json:"page"`  // its page and paragraph in the site: "sources/slug.html#p4"
	URL   string `json:"url,omitempty"`
	// TextURL is URL with a text fragment that scrolls to the sentence.
	TextURL string `json:"text_url,omitempty"`
	Line    int    `json:"line,omitempty"` // line of the date phrase in the file
}

// isoDay writes a day number as YYYY-MM-DD (astronomical years, signed
// beyond 0000-9999 as ISO 8601 expanded years are).
func isoDay(days int) string {
	y, m, d := timeline.CivilFromDays(days)
	if y < 0 || y > 9999 {
		return fmt.Sprintf("%+05d-%02d-%02d", y, m, d)
	}
	b := make([]byte, 0, 10)
	b = appendDigits(b, y, 4)
	b = appendDigits(append(b, '-'), m, 2)
	b = appendDigits(append(b, '-'), d, 2)
	return string(b)
}

// EventsJSON renders events.json.
func EventsJSON(s *Site) ([]byte, error) { return toBytes(s, writeEventsJSON) }

func writeEventsJSON(s *Site, w io.Writer) error {
	f := EventsFile{Version: 1, Title: s.Title, BaseURL: s.BaseURL, Events: []EventsItem{}}
	urls := map[string]string{}
	return writeIndentedArray(w, f, len(s.Events), func(b []byte, i int) []byte { return appendEventsItem(b, s.Events[i], urls) })
}

// eventsItem is the EventsItem of v (appendEventsItem writes it).
func eventsItem(v *EventView) EventsItem {
	{
		e := v.Event
		it := EventsItem{ID: e.ID, Start: v.Datetime, End: v.EndDatetime, Value: e.Date.Value,
			Precision: e.Date.Precision.String(), Modifier: e.Date.Mod,
			FirstDay: isoDay(int(e.Date.First)), LastDay: isoDay(int(e.Date.Last)), Display: v.DateText,
			Headline: e.Headline, Text: e.Text, Phrase: v.Phrase(), Tags: []string{}, Page: v.Href, Explicit: e.Explicit}
		if e.End != nil {
			it.EndValue, it.EndPrecision, it.EndModifier = e.End.Value, e.End.Precision.String(), e.End.Mod
			it.LastDay = isoDay(int(max(e.End.Last, e.Date.Last)))
		}
		for _, t := range v.Tags {
			it.Tags = append(it.Tags, t.Name)
		}
		sort.Strings(it.Tags)
		for i, src := range e.Sources {
			u := safeURL(src.URL)
			it.Sources = append(it.Sources, EventsSource{Path: src.Path, Title: src.Title, Page: v.Sources[i].Href(),
				URL: u, TextURL: v.Sources[i].URL(), Line: src.Line})
		}
		return it
	}
}

// ---- TimelineJS ----

// tjsDate is a TimelineJS 3 date. Only the parts the precision knows are
// set, so TimelineJS shows "December 2017" and not "1 December 2017".
type tjsDate struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	Hour        *int   `json:"hour,omitempty"`
	Minute      *int   `json:"minute,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

type tjsText struct {
	Headline string `json:"headline,omitempty"`
	Text     string `json:"text,omitempty"`
}

type tjsEvent struct {
	StartDate   tjsDate  `json:"start_date"`
	EndDate     *tjsDate `json:"end_date,omitempty"`
	Text        tjsText  `json:"text"`
	Group       string   `json:"group,omitempty"`
	DisplayDate string   `json:"display_date"`
	UniqueID    string   `json:"unique_id"`
}

type tjsFile struct {
	Title  *tjsTitle  `json:"title,omitempty"`
	Events []tjsEvent `json:"events"`
}

type tjsTitle struct {
	Text tjsText `json:"text"`
}

func toTJS(d timeline.Date) tjsDate {
	// Periods coarser than a year start at their first year; the display
	// date keeps them honest ("the 1990s").
	t := tjsDate{Year: int(d.Year)}
	switch d.Precision {
	case timeline.PrecisionHalf, timeline.PrecisionQuarter, timeline.PrecisionSeason:
		t.Year, t.Month, _ = timeline.CivilFromDays(int(d.First))
	case timeline.PrecisionWeek:
		t.Year, t.Month, t.Day = timeline.CivilFromDays(int(d.First))
	}
	switch d.Precision {
	case timeline.PrecisionMonth:
		t.Month = int(d.Month)
	case timeline.PrecisionDay:
		t.Month, t.Day = int(d.Month), int(d.Day)
	case timeline.PrecisionTime:
		t.Month, t.Day = int(d.Month), int(d.Day)
		h, m := int(d.Hour), int(d.Min)
		t.Hour, t.Minute = &h, &m
	}
	return t
}

// TimelineJS renders timelinejs.json in the TimelineJS 3 JSON format. The
// text fields of that format are HTML, so they are escaped here; each
// event's text ends with links to its sources.
func TimelineJS(s *Site) ([]byte, error) { return toBytes(s, writeTimelineJS) }

func writeTimelineJS(s *Site, w io.Writer) error {
	f := tjsFile{Events: []tjsEvent{}}
	if s.Title != "" {
		f.Title = &tjsTitle{Text: tjsText{Headline: html.EscapeString(s.Title), Text: html.EscapeString(s.Description)}}
	}
	var text []byte
	return writeIndentedArray(w, f, len(s.Events), func(b []byte, i int) []byte {
		b, text = appendTJSItem(b, s, s.Events[i], text)
		return b
	})
}

// tjsItem is the tjsEvent of v (appendTJSItem writes it).
func tjsItem(s *Site, v *EventView) tjsEvent {
	{
		e := v.Event
		var text strings.Builder
		text.WriteString("<p>")
		text.WriteString(html.EscapeString(v.Before()))
		if v.Phrase() != "" {
			text.WriteString("<mark>" + html.EscapeString(v.Phrase()) + "</mark>")
		}
		text.WriteString(html.EscapeString(v.After()))
		text.WriteString("</p>")
		for _, src := range v.Sources {
			href := src.Href()
			if s.BaseURL != "" {
				href = s.BaseURL + href
			}
			fmt.Fprintf(&text, `<p class="source"><a href="%s">%s</a>`, html.EscapeString(href), html.EscapeString(src.Title()))
			if src.URL() != "" {
				fmt.Fprintf(&text, ` · <a href="%s">%s</a>`, html.EscapeString(src.URL()), html.EscapeString(src.Domain()))
			}
			text.WriteString("</p>")
		}
		headline := e.Headline
		te := tjsEvent{StartDate: toTJS(e.Date), Text: tjsText{Headline: html.EscapeString(headline), Text: text.String()},
			DisplayDate: v.DateText, UniqueID: e.ID}
		if e.End != nil {
			end := toTJS(*e.End)
			te.EndDate = &end
		}
		if len(v.Tags) > 0 {
			te.Group = v.Tags[0].Name
		}
		return te
	}
}

// ---- iCalendar ----

// ICalendar renders events.ics (RFC 5545). Calendars only know days and
// times, so:
//
//   - an event known to the day (or time) is an all-day event on that day;
//     a range of days is one multi-day all-day event (DTEND is the day after
//     the last day, as the RFC wants);
//   - a range whose ends are coarser ("late November – 7 December 2024")
//     spans the days both ends cover, when that is at most a year;
//   - anything coarser (a month, a year, a decade, or a longer range) is a
//     one-day marker on the first day it covers, its summary starting with
//     the date as the site writes it ("[December 2017] …") and its
//     description stating the precision, so no calendar shows a vague date
//     as an exact one or blocks out whole years;
//   - dates before year 1 or after 9999 cannot be written and are left out.
//
// UIDs are the event ids (stable across builds). DTSTAMP, which the RFC
// requires, is not the build time (that would change every build): it is
// derived from the content, as the latest publication date of the
// event's sources or, failing that, the event's first day.
func ICalendar(s *Site) ([]byte, error) { return toBytes(s, writeICalendar) }

func writeICalendar(s *Site, w io.Writer) error {
	host := "timeline"
	if s.BaseURL != "" {
		if d := domain(s.BaseURL); d != "" {
			host = d
		}
	}
	// Each content line is made in l, then folded into b, which goes to w
	// whenever it holds enough: no string is built per value.
	b := make([]byte, 0, 64<<10)
	var l []byte
	flush := func() error {
		_, err := w.Write(b)
		b = b[:0]
		return err
	}
	line := func(name, value string) {
		l = append(append(append(l[:0], name...), ':'), value...)
		b = appendICSLine(b, l)
	}
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", "-//timeline-tool//timeline//EN")
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	l = appendICSEscaped(append(l[:0], "X-WR-CALNAME:"...), s.Title)
	b = appendICSLine(b, l)
	pubs := make(map[string]string, len(s.Sources))
	for _, src := range s.Sources {
		pubs[src.Doc.Path] = src.Date
	}
	// A source's URL is checked once, not once per event it gives.
	links := make(map[string]string, len(s.Sources))
	for _, v := range s.Events {
		e := v.Event
		first, last := int(e.Date.First), int(e.Date.Last)
		if e.End != nil {
			last = max(last, int(e.End.Last))
		}
		y0, _, _ := timeline.CivilFromDays(first)
		y1, _, _ := timeline.CivilFromDays(last)
		if y0 < 1 || y1 > 9999 {
			continue
		}
		exact := e.Date.Precision >= timeline.PrecisionDay && (e.End == nil || e.End.Precision >= timeline.PrecisionDay)
		span := e.End != nil && last-first < 366
		marker := !exact && !span
		if marker {
			last = first
		}
		stamp := ""
		for _, src := range e.Sources {
			stamp = max(stamp, pubs[src.Path])
		}
		line("BEGIN", "VEVENT")
		l = append(append(append(append(l[:0], "UID:"...), e.ID...), '@'), host...)
		b = appendICSLine(b, l)
		l = append(l[:0], "DTSTAMP:"...)
		if stamp == "" {
			l = appendICSDay(l, first)
		} else {
			for i := 0; i < len(stamp); i++ {
				if stamp[i] != '-' {
					l = append(l, stamp[i])
				}
			}
		}
		l = append(l, "T000000Z"...)
		b = appendICSLine(b, l)
		l = appendICSDay(append(l[:0], "DTSTART;VALUE=DATE:"...), first)
		b = appendICSLine(b, l)
		l = appendICSDay(append(l[:0], "DTEND;VALUE=DATE:"...), last+1)
		b = appendICSLine(b, l)
		l = append(l[:0], "SUMMARY:"...)
		if marker {
			l = append(l, '[')
			l = appendICSEscaped(l, v.DateText)
			l = append(l, "] "...)
		}
		l = appendICSEscaped(l, e.Headline)
		b = appendICSLine(b, l)
		l = append(l[:0], "DESCRIPTION:"...)
		// The description is escaped piece by piece; a piece ending in a
		// CR before a newline of ours gives one \n, as the CRLF pair does.
		l = appendICSEscaped(l, e.Text)
		l = append(l, `\n\nDate: `[crlf(e.Text):]...)
		l = appendICSEscaped(l, v.DateText)
		l = append(l, ` (precision: `...)
		l = appendICSEscaped(l, v.PrecisionLabel)
		l = append(l, ")."...)
		prev := ""
		for _, src := range v.Sources {
			l = append(l, `\nSource: `[crlf(prev):]...)
			l = appendICSEscaped(l, src.Title())
			prev = src.Title()
			if src.at.origin != "" {
				raw := src.page()
				u, ok := links[raw]
				if !ok {
					u = safeURL(raw)
					links[raw] = u
				}
				l = append(l, ' ')
				l = appendICSEscaped(l, u)
				prev = u
			}
		}
		b = appendICSLine(b, l)
		if len(v.Tags) > 0 {
			l = append(l[:0], "CATEGORIES:"...)
			for i, t := range v.Tags {
				if i > 0 {
					l = append(l, ',')
				}
				l = appendICSEscaped(l, t.Name)
			}
			b = appendICSLine(b, l)
		}
		if s.BaseURL != "" {
			l = append(append(append(l[:0], "URL:"...), s.BaseURL...), v.Href...)
			b = appendICSLine(b, l)
		}
		line("X-TIMELINE-PRECISION", e.Date.Precision.String())
		line("END", "VEVENT")
		if len(b) >= 48<<10 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	line("END", "VCALENDAR")
	return flush()
}

// crlf is 2 (the length of an escaped newline) when s ends in a CR that
// the newline written after it joins, else 0.
func crlf(s string) int {
	if strings.HasSuffix(s, "\r") {
		return 2
	}
	return 0
}

func icsDay(days int) string { return string(appendICSDay(nil, days)) }

// appendICSDay appends a day (years 1-9999) as YYYYMMDD.
func appendICSDay(b []byte, days int) []byte {
	y, m, d := timeline.CivilFromDays(days)
	return appendDigits(appendDigits(appendDigits(b, y, 4), m, 2), d, 2)
}

// appendDigits appends n >= 0 in decimal, zero-padded to width digits.
func appendDigits(b []byte, n, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for n >= 10 || width > 1 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	i--
	buf[i] = byte('0' + n)
	return append(b, buf[i:]...)
}

// icsEscape escapes a TEXT value: backslash, semicolon, comma and newline;
// other control characters but tab are dropped.
func icsEscape(s string) string { return string(appendICSEscaped(nil, s)) }

// appendICSEscaped appends s escaped as icsEscape does; a CRLF pair, a
// lone CR and a lone LF each become one \n.
func appendICSEscaped(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			b = append(b, `\\`...)
		case ';':
			b = append(b, `\;`...)
		case ',':
			b = append(b, `\,`...)
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			b = append(b, `\n`...)
		case '\n':
			b = append(b, `\n`...)
		case '\t':
			b = append(b, c)
		default:
			if c < 0x20 || c == 0x7f {
				continue // RFC 5545 text has no other control characters
			}
			b = append(b, c)
		}
	}
	return b
}

// writeICSLine writes a content line folded at 75 octets (RFC 5545 3.1).
func writeICSLine(b io.StringWriter, l string) {
	b.WriteString(string(appendICSLine(nil, []byte(l))))
}

// appendICSLine appends a content line folded at 75 octets (RFC 5545 3.1):
// continuation lines start with a space, and a UTF-8 sequence is never cut.
func appendICSLine(b, l []byte) []byte {
	const limit = 75
	width := limit
	for len(l) > width {
		cut := width
		for cut > 0 && !utf8.RuneStart(l[cut]) {
			cut--
		}
		b = append(b, l[:cut]...)
		b = append(b, "\r\n "...)
		l = l[cut:]
		width = limit - 1 // the leading space counts
	}
	b = append(b, l...)
	return append(b, "\r\n"...)
}

// ---- Atom ----

// feedSize is the number of newest events the Atom feed carries.
const feedSize = 50

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomText struct {
	Type string `xml:"type,attr,omitempty"`
	Body string `xml:",chardata"`
}

type atomEntry struct {
	Title   string     `xml:"title"`
	ID      string     `xml:"id"`
	Updated string     `xml:"updated"`
	Links   []atomLink `xml:"link"`
	Summary atomText   `xml:"summary"`
	Cats    []atomCat  `xml:"category"`
}

type atomCat struct {
	Term string `xml:"term,attr"`
}

// atomID returns a stable, globally unique id: the entry's absolute URL
// when the site has a base URL, else a name-based UUID of the key.
func atomID(s *Site, key, href string) string {
	if s.BaseURL != "" {
		return s.BaseURL + href
	}
	h := sha256.Sum256([]byte("timeline\x00" + s.Title + "\x00" + key))
	h[6] = h[6]&0x0f | 0x50 // version 5 layout (name-based)
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

// AtomFeed renders feed.xml: the newest events (by the day they end),
// newest first. An entry's updated time is derived from the content (the
// day the event ends, or its source's later publication date), never the
// build clock. Without a base URL the links are relative to the feed,
// which sits at the site root.
func AtomFeed(s *Site) ([]byte, error) {
	type item struct {
		v   *EventView
		day string
	}
	pubs := map[string]string{}
	for _, src := range s.Sources {
		pubs[src.Doc.Path] = src.Date
	}
	var items []item
	for _, v := range s.Events {
		last := int(v.Event.Date.Last)
		if v.Event.End != nil {
			last = max(last, int(v.Event.End.Last))
		}
		if y, _, _ := timeline.CivilFromDays(last); y < 1 || y > 9999 {
			continue
		}
		day := isoDay(last)
		for _, src := range v.Event.Sources {
			if p := pubs[src.Path]; p > day {
				day = p
			}
		}
		items = append(items, item{v, day})
	}
	// Newest first; the timeline order (reversed) breaks ties.
	slices.Reverse(items)
	slices.SortStableFunc(items, func(a, b item) int { return strings.Compare(b.day, a.day) })
	if len(items) > feedSize {
		items = items[:feedSize]
	}
	f := atomFeed{Title: s.Title, ID: atomID(s, "feed", "feed.xml"), Author: atomAuthor{Name: s.Title},
		Links: []atomLink{{Href: s.BaseURL + "feed.xml", Rel: "self", Type: "application/atom+xml"}, {Href: s.BaseURL + "index.html", Rel: "alternate", Type: "text/html"}}}
	f.Updated = "1970-01-01T00:00:00Z"
	for _, it := range items {
		v := it.v
		upd := it.day + "T00:00:00Z"
		if upd > f.Updated {
			f.Updated = upd
		}
		title := v.DateText + ": " + v.Event.Headline
		var sb strings.Builder // not +=: an event may have thousands of sources
		sb.WriteString(v.Text())
		for _, src := range v.Sources {
			sb.WriteString("\n\u2014 ")
			sb.WriteString(src.Title())
		}
		summary := sb.String()
		en := atomEntry{Title: title, ID: atomID(s, v.ID, v.Href), Updated: upd,
			Links: []atomLink{{Href: s.BaseURL + v.Href, Rel: "alternate", Type: "text/html"}}, Summary: atomText{Type: "text", Body: summary}}
		for _, src := range v.Sources {
			if src.at.origin != "" {
				en.Links = append(en.Links, atomLink{Href: src.URL(), Rel: "related", Type: "text/html"})
			}
		}
		for _, t := range v.Tags {
			en.Cats = append(en.Cats, atomCat{Term: t.Name})
		}
		f.Entries = append(f.Entries, en)
	}
	return appendAtomFeed(make([]byte, 0, 1024+512*len(f.Entries)), &f), nil
}

// appendAtomFeed appends feed.xml as xml.Header and
// xml.MarshalIndent(f, "", "  ") would write it, and a final newline
// (a test holds the two to the same bytes), without reflection.
func appendAtomFeed(b []byte, f *atomFeed) []byte {
	elem := func(b []byte, indent, name, text string) []byte {
		b = append(append(append(append(b, indent...), '<'), name...), '>')
		b = appendXMLEscaped(b, text)
		return append(append(append(b, "</"...), name...), ">\n"...)
	}
	link := func(b []byte, indent string, l atomLink) []byte {
		b = append(append(b, indent...), `<link href="`...)
		b = append(appendXMLEscaped(b, l.Href), '"')
		if l.Rel != "" {
			b = append(appendXMLEscaped(append(b, ` rel="`...), l.Rel), '"')
		}
		if l.Type != "" {
			b = append(appendXMLEscaped(append(b, ` type="`...), l.Type), '"')
		}
		return append(b, "></link>\n"...)
	}
	b = append(b, xml.Header...)
	b = append(b, "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"...)
	b = elem(b, "  ", "title", f.Title)
	b = elem(b, "  ", "id", f.ID)
	b = elem(b, "  ", "updated", f.Updated)
	for _, l := range f.Links {
		b = link(b, "  ", l)
	}
	b = append(b, "  <author>\n"...)
	b = elem(b, "    ", "name", f.Author.Name)
	b = append(b, "  </author>\n"...)
	for _, en := range f.Entries {
		b = append(b, "  <entry>\n"...)
		b = elem(b, "    ", "title", en.Title)
		b = elem(b, "    ", "id", en.ID)
		b = elem(b, "    ", "updated", en.Updated)
		for _, l := range en.Links {
			b = link(b, "    ", l)
		}
		b = append(b, "    <summary"...)
		if en.Summary.Type != "" {
			b = append(appendXMLEscaped(append(b, ` type="`...), en.Summary.Type), '"')
		}
		b = append(appendXMLEscaped(append(b, '>'), en.Summary.Body), "</summary>\n"...)
		for _, c := range en.Cats {
			b = append(appendXMLEscaped(append(b, `    <category term="`...), c.Term), "\"></category>\n"...)
		}
		b = append(b, "  </entry>\n"...)
	}
	return append(b, "</feed>\n"...)
}

// appendXMLEscaped appends s escaped as encoding/xml escapes text and
// attribute values: the five markup characters, tab, newline and CR as
// character references, and what XML cannot hold as U+FFFD.
func appendXMLEscaped(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRuneInString(s[i:])
		i += width
		var esc string
		switch r {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			esc = "&#xA;"
		case '\r':
			esc = "&#xD;"
		default:
			if !xmlChar(r) || (r == utf8.RuneError && width == 1) {
				esc = "\uFFFD"
				break
			}
			continue
		}
		b = append(append(b, s[last:i-width]...), esc...)
		last = i
	}
	return append(b, s[last:]...)
}

// xmlChar reports whether r is in XML's character range.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// ---- sitemap ----

type sitemapURLSet struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc string `xml:"loc"`
}

// Sitemap renders sitemap.xml. Sitemaps need absolute URLs, so the site
// writes one only when base_url is configured; it lists every page, in a
// fixed order, without modification times (there is no honest one that is
// not the clock).
func Sitemap(s *Site) ([]byte, error) {
	if s.BaseURL == "" {
		return nil, fmt.Errorf("a sitemap needs base_url")
	}
	set := sitemapURLSet{}
	add := func(p string) { set.URLs = append(set.URLs, sitemapURL{Loc: s.BaseURL + p}) }
	add("index.html")
	if s.Split {
		for _, g := range s.Groups {
			add(g.Page)
		}
	}
	add("sources/index.html")
	for _, src := range s.Sources {
		add(src.Href)
	}
	add("tags/index.html")
	for _, t := range s.Tags {
		add(t.Href)
	}
	b, err := xml.MarshalIndent(set, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(append([]byte(xml.Header), b...), '\n'), nil
}
