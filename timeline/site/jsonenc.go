package site

import (
	"html"
	"sort"
	"strconv"
	"unicode/utf8"
)

// The large exports (events.json, timelinejs.json) write each event with
// the small JSON encoder below instead of encoding/json, whose reflection
// per event was a noticeable part of a build. The output is byte for byte
// what json.MarshalIndent gives for EventsItem and tjsEvent (same key
// order, omitempty, HTML-safe string escapes); TestJSONMatchesEncoding and
// FuzzJSONString compare the two.

// jsonObject writes the members of one indented JSON object.
type jsonObject struct {
	b      []byte
	indent string // the indentation of the members
	n      int    // members written
}

// open starts an object whose members are indented by indent.
func openObject(b []byte, indent string) jsonObject {
	return jsonObject{b: append(b, '{'), indent: indent}
}

func (o *jsonObject) key(k string) {
	if o.n > 0 {
		o.b = append(o.b, ',')
	}
	o.n++
	o.b = append(o.b, '\n')
	o.b = append(o.b, o.indent...)
	o.b = append(o.b, '"')
	o.b = append(o.b, k...)
	o.b = append(o.b, `": `...)
}

func (o *jsonObject) str(k, v string) {
	o.key(k)
	o.b = appendJSONString(o.b, v)
}

// strOmit writes a string member tagged omitempty.
func (o *jsonObject) strOmit(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

func (o *jsonObject) int(k string, v int) {
	o.key(k)
	o.b = strconv.AppendInt(o.b, int64(v), 10)
}

// close ends the object; outer is the indentation of its closing brace.
func (o *jsonObject) close(outer string) []byte {
	if o.n > 0 {
		o.b = append(o.b, '\n')
		o.b = append(o.b, outer...)
	}
	return append(o.b, '}')
}

// appendJSONString appends s as a JSON string the way encoding/json
// writes it with HTML escaping (its default): <, > and & as \u003c,
// \u003e and \u0026, invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped.
func appendJSONString[S string | []byte](b []byte, s S) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonSafe marks the ASCII bytes encoding/json writes as they are when
// escaping HTML.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := byte(0x20); c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendEventsItem appends v's EventsItem as json.MarshalIndent(it, "    ", "  ") would.
// urls, when not nil, remembers safeURL of the sources' URLs: the events
// of a source share its URL.
func appendEventsItem(b []byte, v *EventView, urls map[string]string) []byte {
	e := v.Event
	o := openObject(b, "      ")
	o.str("id", e.ID)
	o.str("start", v.Datetime)
	o.strOmit("end", v.EndDatetime)
	o.str("value", e.Date.Value)
	if e.End != nil {
		o.strOmit("end_value", e.End.Value)
	}
	o.str("precision", e.Date.Precision.String())
	if e.End != nil {
		o.strOmit("end_precision", e.End.Precision.String())
	}
	o.str("modifier", e.Date.Mod)
	if e.End != nil {
		o.strOmit("end_modifier", e.End.Mod)
	}
	o.str("first_day", isoDay(int(e.Date.First)))
	last := e.Date.Last
	if e.End != nil {
		last = max(e.End.Last, e.Date.Last)
	}
	o.str("last_day", isoDay(int(last)))
	o.str("display", v.DateText)
	o.str("headline", e.Headline)
	o.str("text", e.Text)
	o.str("phrase", v.Phrase())
	o.key("tags")
	if len(v.Tags) == 0 {
		o.b = append(o.b, "[]"...)
	} else {
		tags := make([]string, len(v.Tags))
		for i, t := range v.Tags {
			tags[i] = t.Name
		}
		sort.Strings(tags)
		o.b = append(o.b, '[')
		for i, t := range tags {
			if i > 0 {
				o.b = append(o.b, ',')
			}
			o.b = append(o.b, "\n        "...)
			o.b = appendJSONString(o.b, t)
		}
		o.b = append(o.b, "\n      ]"...)
	}
	o.str("page", v.Href)
	o.key("sources")
	if len(e.Sources) == 0 {
		o.b = append(o.b, "null"...) // a nil slice, as encoding/json writes it
	} else {
		o.b = append(o.b, '[')
		for i, src := range e.Sources {
			if i > 0 {
				o.b = append(o.b, ',')
			}
			o.b = append(o.b, "\n        "...)
			so := openObject(o.b, "          ")
			so.str("path", src.Path)
			so.str("title", src.Title)
			var tmp [256]byte // the links, made without a string of their own
			so.key("page")
			so.b = appendJSONString(so.b, v.Sources[i].appendHref(tmp[:0]))
			u, ok := urls[src.URL]
			if !ok {
				u = safeURL(src.URL)
				if urls != nil {
					urls[src.URL] = u
				}
			}
			so.strOmit("url", u)
			if l := v.Sources[i]; l.at.origin != "" {
				so.key("text_url")
				so.b = appendJSONString(so.b, l.appendURL(tmp[:0]))
			}
			if src.Line != 0 {
				so.int("line", src.Line)
			}
			o.b = so.close("        ")
		}
		o.b = append(o.b, "\n      ]"...)
	}
	if e.Explicit {
		o.key("explicit")
		o.b = append(o.b, "true"...)
	}
	return o.close("    ")
}

// appendTJSItem appends v's tjsEvent as json.MarshalIndent(te, "    ", "  ") would.
func appendTJSItem(b []byte, s *Site, v *EventView, text []byte) ([]byte, []byte) {
	e := v.Event
	text = appendTJSText(text[:0], s, v)
	o := openObject(b, "      ")
	o.key("start_date")
	o.b = appendTJSDate(o.b, toTJS(e.Date))
	if e.End != nil {
		o.key("end_date")
		o.b = appendTJSDate(o.b, toTJS(*e.End))
	}
	o.key("text")
	to := openObject(o.b, "        ")
	to.strOmit("headline", html.EscapeString(e.Headline))
	if len(text) > 0 {
		to.key("text")
		to.b = appendJSONString(to.b, text)
	}
	o.b = to.close("      ")
	if len(v.Tags) > 0 {
		o.strOmit("group", v.Tags[0].Name)
	}
	o.str("display_date", v.DateText)
	o.str("unique_id", e.ID)
	return o.close("    "), text
}

func appendTJSDate(b []byte, d tjsDate) []byte {
	o := openObject(b, "        ")
	o.int("year", d.Year)
	if d.Month != 0 {
		o.int("month", d.Month)
	}
	if d.Day != 0 {
		o.int("day", d.Day)
	}
	if d.Hour != nil {
		o.int("hour", *d.Hour)
	}
	if d.Minute != nil {
		o.int("minute", *d.Minute)
	}
	o.strOmit("display_date", d.DisplayDate)
	return o.close("      ")
}

// appendHTMLEscaped appends s escaped as html.EscapeString escapes it.
func appendHTMLEscaped[S string | []byte](b []byte, s S) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '<':
			b = append(b, "&lt;"...)
		case '>':
			b = append(b, "&gt;"...)
		case '&':
			b = append(b, "&amp;"...)
		case '\'':
			b = append(b, "&#39;"...)
		case '"':
			b = append(b, "&#34;"...)
		default:
			b = append(b, c)
		}
	}
	return b
}

// appendTJSText appends the HTML text of v's TimelineJS event: the
// sentence with its date phrase marked, then links to its sources.
func appendTJSText(b []byte, s *Site, v *EventView) []byte {
	b = append(b, "<p>"...)
	b = append(b, html.EscapeString(v.Before())...)
	if v.Phrase() != "" {
		b = append(b, "<mark>"...)
		b = append(b, html.EscapeString(v.Phrase())...)
		b = append(b, "</mark>"...)
	}
	b = append(b, html.EscapeString(v.After())...)
	b = append(b, "</p>"...)
	for _, src := range v.Sources {
		var tmp [256]byte // the links, made without a string of their own
		b = append(b, `<p class="source"><a href="`...)
		b = appendHTMLEscaped(b, s.BaseURL)
		b = appendHTMLEscaped(b, src.appendHref(tmp[:0]))
		b = append(b, `">`...)
		b = append(b, html.EscapeString(src.Title())...)
		b = append(b, `</a>`...)
		if src.at.origin != "" {
			b = append(b, ` · <a href="`...)
			b = appendHTMLEscaped(b, src.appendURL(tmp[:0]))
			b = append(b, `">`...)
			b = append(b, html.EscapeString(src.Domain())...)
			b = append(b, `</a>`...)
		}
		b = append(b, "</p>"...)
	}
	return b
}
