package timeline

import "testing"

func TestEventEqual(t *testing.T) {
	d, err := ParseDate("2015-09-30", "")
	if err != nil {
		t.Fatal(err)
	}
	end, err := ParseDate("2015-10", "")
	if err != nil {
		t.Fatal(err)
	}
	base := func() Event {
		e2 := end
		return Event{ID: "e1", Date: d, End: &e2, Headline: "h", Text: "t", Phrase: Span{1, 2}, Section: "s",
			Tags: []string{"a"}, Sources: []EventSource{{Path: "a.md", Line: 3}}, Explicit: true}
	}
	a := base()
	if b := base(); !a.Equal(&b) {
		t.Error("equal events (separate slices) not Equal")
	}
	if b := a; !a.Equal(&b) {
		t.Error("a copy sharing its slices not Equal")
	}
	changes := map[string]func(*Event){
		"id": func(e *Event) { e.ID = "e2" }, "date": func(e *Event) { e.Date.Day++ },
		"no end": func(e *Event) { e.End = nil }, "end": func(e *Event) { e.End.Month++ },
		"headline": func(e *Event) { e.Headline = "x" }, "text": func(e *Event) { e.Text = "x" },
		"phrase": func(e *Event) { e.Phrase.End++ }, "section": func(e *Event) { e.Section = "x" },
		"tags": func(e *Event) { e.Tags = []string{"b"} }, "more tags": func(e *Event) { e.Tags = append(e.Tags, "b") },
		"source line": func(e *Event) { e.Sources = []EventSource{{Path: "a.md", Line: 4}} },
		"explicit":    func(e *Event) { e.Explicit = false },
	}
	for name, change := range changes {
		b := base()
		change(&b)
		if a.Equal(&b) || b.Equal(&a) {
			t.Errorf("%s changed, still Equal", name)
		}
	}
}
