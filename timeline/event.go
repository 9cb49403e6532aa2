package timeline

import "slices"

// Event is one dated happening on the timeline, with every source that
// reports it.
type Event struct {
	ID       string // stable id: same source, date and sentence give the same id
	Date     Date   // when it happened (the start of a range)
	End      *Date  // the end of a range, nil for a single date
	Headline string // short title: the main clause, trimmed
	Text     string // the sentence the event came from
	Phrase   Span   // the date phrase within Text (the whole range phrase for ranges)
	Section  string // heading of the paragraph it came from
	Tags     []string
	Sources  []EventSource
	// Explicit is set for events written in front matter, not extracted.
	Explicit bool
}

// EventSource points from an event back to where it was read.
type EventSource struct {
	Path   string // source file, slash path relative to the content folder
	Slug   string // the source's page slug
	Title  string // the source's title
	Anchor string // fragment id of the paragraph in the source page
	URL    string // the original URL, "" when the source has none
	Line   int    // line of the date phrase in the source file
	Col    int
	Phrase string // the date phrase as written
	// Span is the date phrase in the document's Source (the file as read),
	// for highlighting it in the source page (zero for events not read
	// from the prose). It is in Source rather than Text so that rendering
	// needs only the file, not the blocks that map one to the other.
	Span Span
	// Event is the id of the event as read from this source alone, before
	// merging; set on the sources of merged events ("" otherwise, where it
	// is the event's own id). Corrections in a source's front matter name
	// this id.
	Event string
}

// Equal reports whether e and o are equal in every field. Slices that
// share their elements (an unchanged event's copies do) are equal at once.
// A field added to Event must be compared here too.
func (e *Event) Equal(o *Event) bool {
	if e.ID != o.ID || e.Date != o.Date || (e.End == nil) != (o.End == nil) || e.End != nil && *e.End != *o.End ||
		e.Headline != o.Headline || e.Text != o.Text || e.Phrase != o.Phrase || e.Section != o.Section || e.Explicit != o.Explicit {
		return false
	}
	return (sameElements(e.Tags, o.Tags) || slices.Equal(e.Tags, o.Tags)) &&
		(sameElements(e.Sources, o.Sources) || slices.Equal(e.Sources, o.Sources))
}

// sameElements reports whether a and b are the very same elements.
func sameElements[T any](a, b []T) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// Compare orders events for the timeline: by date, then by the end of a
// range (single dates first), then by id, which makes the order total.
func (e *Event) Compare(o *Event) int {
	if c := e.Date.Compare(o.Date); c != 0 {
		return c
	}
	switch {
	case e.End == nil && o.End != nil:
		return -1
	case e.End != nil && o.End == nil:
		return 1
	case e.End != nil:
		if c := e.End.Compare(*o.End); c != 0 {
			return c
		}
	}
	switch {
	case e.ID < o.ID:
		return -1
	case e.ID > o.ID:
		return 1
	}
	return 0
}
