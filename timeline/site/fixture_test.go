package site

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/content"
)

// The fixed site of the golden tests: two sources and events made by hand
// (not by the tagger), so the goldens change only when the site does.
const fixtureA = `---
title: Russia in Syria
url: https://www.example.com/world/syria?id=1
tags: [syria, russia]
date: 2025-01-28
news: true
---

On 30 September 2015 Russia launched a military intervention in Syria; the campaign had been planned since c. 1850, say critics, "a long time".

In just one week, from late November to December 7, HTS advanced to Damascus. See [the background](b.md#p1).
`

const fixtureB = `---
title: Background, part 2
tags: [history, syria]
---

In December 2017, the government announced its troops would stay. The 1990s were quieter.
`

func mustDate(t testing.TB, value, mod string) timeline.Date {
	t.Helper()
	d, err := timeline.ParseDate(value, mod)
	if err != nil {
		t.Fatalf("ParseDate(%q, %q): %v", value, mod, err)
	}
	return d
}

// mkEvent makes the event of phrase in doc, the way the events package
// does: the sentence around it, the paragraph anchor, the phrase span
// (in Source).
func mkEvent(t testing.TB, doc *timeline.Document, phrase string, d timeline.Date, end *timeline.Date) timeline.Event {
	t.Helper()
	off := bytes.Index(doc.Text, []byte(phrase))
	if off < 0 {
		t.Fatalf("%q not in %s", phrase, doc.Path)
	}
	blk := doc.Blocks[doc.BlockAt(off)]
	sent := blk.Text
	for _, s := range blk.Sentences {
		if off >= s.Start && off < s.End {
			sent = s
		}
	}
	text := string(doc.Text[sent.Start:sent.End])
	line, col := doc.Position(off)
	e := timeline.Event{ID: fmt.Sprintf("e%x", sha256.Sum256([]byte(d.Value+phrase)))[:11], Date: d, End: end, Headline: text, Text: text,
		Phrase: timeline.Span{Start: off - sent.Start, End: off - sent.Start + len(phrase)}, Tags: doc.Meta.Tags,
		Sources: []timeline.EventSource{{Path: doc.Path, Slug: doc.Slug, Title: doc.Meta.Title, Anchor: blk.Anchor, URL: doc.Meta.URL,
			Line: line, Col: col, Phrase: phrase, Span: timeline.Span{Start: doc.SourceOffset(off), End: doc.SourceOffset(off + len(phrase))}}}}
	return e
}

func fixture(t testing.TB) (timeline.Config, []*timeline.Document, []timeline.Event) {
	t.Helper()
	a := content.Parse("a.md", []byte(fixtureA), content.Options{})
	b := content.Parse("b.md", []byte(fixtureB), content.Options{})
	for _, d := range []*timeline.Document{a, b} {
		if len(d.Diagnostics) > 0 {
			t.Fatalf("%s: %v", d.Path, d.Diagnostics)
		}
	}
	end := mustDate(t, "2024-12-07", "")
	evs := []timeline.Event{
		mkEvent(t, a, "30 September 2015", mustDate(t, "2015-09-30", ""), nil),
		mkEvent(t, a, "c. 1850", mustDate(t, "1850", "APPROX"), nil),
		mkEvent(t, a, "late November to December 7", mustDate(t, "2024-11", "END"), &end),
		mkEvent(t, b, "December 2017", mustDate(t, "2017-12", ""), nil),
		mkEvent(t, b, "The 1990s", mustDate(t, "199", ""), nil),
	}
	// The article's own news on its publication date.
	pub := mkEvent(t, a, "On 30 September", mustDate(t, "2025-01-28", ""), nil)
	pub.ID, pub.Headline, pub.Phrase = "epub", a.Meta.Title, timeline.Span{}
	pub.Sources[0].Span, pub.Sources[0].Phrase = timeline.Span{}, ""
	evs = append(evs, pub)
	for i := range evs {
		for j := i + 1; j < len(evs); j++ {
			if evs[j].Compare(&evs[i]) < 0 {
				evs[i], evs[j] = evs[j], evs[i]
			}
		}
	}
	cfg := timeline.DefaultConfig()
	cfg.Title = "Fixture timeline"
	cfg.Description = "A small fixed site for the golden tests."
	return cfg, []*timeline.Document{a, b}, evs
}
