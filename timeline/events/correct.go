package events

import (
	"fmt"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// Correct applies a source's corrections (front matter `corrections:` and
// inline `<!-- timeline: ... -->` comments) to the events read from it: it
// drops suppressed events, pins dates, ends and precisions, and replaces
// headlines. An event keeps its id when corrected, so the correction keeps
// matching it. A correction that matches no event is a warning, one that
// cannot be applied (an unreadable date) an error, both at the
// correction's line.
func Correct(doc *timeline.Document, evs []timeline.Event) ([]timeline.Event, timeline.Diagnostics) {
	if len(doc.Meta.Corrections) == 0 {
		return evs, nil
	}
	var diags timeline.Diagnostics
	diag := func(sev timeline.Severity, c timeline.Correction, format string, args ...any) {
		diags = append(diags, timeline.Diagnostic{Severity: sev, Path: doc.Path, Line: c.Line, Message: fmt.Sprintf(format, args...)})
	}
	drop := make([]bool, len(evs))
	for _, c := range doc.Meta.Corrections {
		matched := 0
		for i := range evs {
			e := &evs[i]
			if !matches(c, e) {
				continue
			}
			matched++
			if c.Suppress {
				drop[i] = true
				continue
			}
			if err := apply(c, e); err != nil {
				diag(timeline.Error, c, "correction of %s: %v", describe(c), err)
			}
		}
		if matched == 0 {
			diag(timeline.Warning, c, "correction of %s matches no event of this source (see `timeline extract %s`)", describe(c), doc.Path)
		}
	}
	out := evs[:0:0]
	for i, e := range evs {
		if !drop[i] {
			out = append(out, e)
		}
	}
	return out, diags
}

func describe(c timeline.Correction) string {
	if c.ID != "" {
		return "event " + c.ID
	}
	return fmt.Sprintf("%q", c.Phrase)
}

// matches reports whether correction c is about event e: by id, or by a
// quoted phrase that is the event's date phrase or overlaps it in the
// sentence ("in March" for the phrase "March"), within the paragraph of
// an inline comment.
func matches(c timeline.Correction, e *timeline.Event) bool {
	if c.ID != "" {
		return e.ID == c.ID
	}
	if e.Explicit || len(e.Sources) == 0 {
		return false
	}
	src := e.Sources[0]
	if c.Anchor != "" && src.Anchor != c.Anchor {
		return false
	}
	want := normSpace(c.Phrase)
	if want == "" || src.Phrase == "" {
		return false
	}
	if normSpace(src.Phrase) == want {
		return true
	}
	text := strings.ToLower(e.Text)
	if len(text) != len(e.Text) {
		return strings.Contains(normSpace(e.Text), want) && strings.Contains(want, normSpace(src.Phrase))
	}
	p := strings.ToLower(strings.TrimSpace(c.Phrase))
	for off := 0; ; {
		i := strings.Index(text[off:], p)
		if i < 0 {
			return false
		}
		start := off + i
		if start < e.Phrase.End && start+len(p) > e.Phrase.Start {
			return true
		}
		off = start + 1
	}
}

func normSpace(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// apply changes e as c says (suppression is handled by the caller).
func apply(c timeline.Correction, e *timeline.Event) error {
	if c.Date != "" {
		d, err := timeline.ParseDate(c.Date, "")
		if err != nil {
			return fmt.Errorf("date %q: %v (write it as YYYY, YYYY-MM or YYYY-MM-DD)", c.Date, err)
		}
		e.Date = d
	}
	if c.End != "" {
		switch strings.ToLower(c.End) {
		case "none", "-":
			e.End = nil
		default:
			d, err := timeline.ParseDate(c.End, "")
			if err != nil {
				return fmt.Errorf("end %q: %v", c.End, err)
			}
			e.End = &d
		}
	}
	if c.Precision != "" {
		var p timeline.Precision
		if err := p.UnmarshalText([]byte(strings.ToLower(c.Precision))); err != nil {
			return fmt.Errorf("%v (known: century, decade, year, month, day)", err)
		}
		d, err := Coarsen(e.Date, p)
		if err != nil {
			return err
		}
		e.Date = d
		if e.End != nil {
			if d, err := Coarsen(*e.End, p); err == nil {
				e.End = &d
			}
		}
	}
	if e.End != nil && e.End.Last < e.Date.First {
		return fmt.Errorf("the event would end (%s) before it starts (%s)", e.End.Value, e.Date.Value)
	}
	if c.Headline != "" {
		e.Headline = c.Headline
	}
	return nil
}

// Coarsen returns d known only to precision p: 2015-09-30 at month
// precision is 2015-09. A date cannot be made finer than it is.
func Coarsen(d timeline.Date, p timeline.Precision) (timeline.Date, error) {
	if p == d.Precision {
		return d, nil
	}
	if p > d.Precision {
		return d, fmt.Errorf("a %s date cannot be made %s-precise; pin the date instead", d.Precision, p)
	}
	y := d.Year
	sign := ""
	if y < 0 {
		sign, y = "-", -y
	}
	var v string
	switch p {
	case timeline.PrecisionDay:
		v = fmt.Sprintf("%s%04d-%02d-%02d", sign, y, d.Month, d.Day)
	case timeline.PrecisionMonth:
		if d.Month == 0 {
			return d, fmt.Errorf("a %s date has no month", d.Precision)
		}
		v = fmt.Sprintf("%s%04d-%02d", sign, y, d.Month)
	case timeline.PrecisionYear:
		v = fmt.Sprintf("%s%04d", sign, y)
	case timeline.PrecisionDecade:
		v = fmt.Sprintf("%s%03d", sign, y/10)
	case timeline.PrecisionCentury:
		v = fmt.Sprintf("%s%02d", sign, y/100)
	default:
		return d, fmt.Errorf("precision %s cannot be pinned (use century, decade, year, month or day)", p)
	}
	return timeline.ParseDate(v, "")
}
