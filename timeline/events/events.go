// Package events turns the time expressions found in a document's
// sentences into timeline events: one event per dated phrase (a range
// phrase gives one event with a start and an end), the publication-date
// event of news sources, and events written explicitly in front matter.
// It applies the author's corrections (Correct), gives each event a short
// headline (HeadlineFor), merges the reports of one happening by several
// sources (Merge) and orders events into the timeline's total order.
package events

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// Options control extraction.
type Options struct {
	// PublicationEvents: "marked", "always" or "never" (see timeline.Config).
	PublicationEvents string
}

// Extract returns the events of one document, given the time expressions
// and ranges the tagger found in doc.Text, in document order.
func Extract(doc *timeline.Document, timexes []timeline.Timex, ranges []timeline.Range, opts Options) ([]timeline.Event, timeline.Diagnostics) {
	var diags timeline.Diagnostics
	if !doc.Meta.Timeline {
		return nil, nil
	}
	// Per timex: 1 + the index of the range it starts (the last one, as
	// a map would keep), or -1 when it ends one.
	var role []int32
	if len(ranges) > 0 {
		role = make([]int32, len(timexes))
		for ri, r := range ranges {
			if r.From >= 0 && r.From < len(role) {
				role[r.From] = int32(ri + 1)
			}
		}
		for _, r := range ranges {
			if r.To >= 0 && r.To < len(role) {
				role[r.To] = -1
			}
		}
	}
	isEnd := func(i int) bool { return role != nil && role[i] < 0 }
	n := 1 + len(doc.Meta.Events) // at most this many events
	for i, tx := range timexes {
		if !isEnd(i) && (tx.Type == timeline.TypeDate || tx.Type == timeline.TypeTime) {
			n++
		}
	}
	out := make([]timeline.Event, 0, n)
	var seen map[string]bool // ids, once there are many (before: out's)
	lastSent, lastText := timeline.Span{Start: -1}, ""
	for i, tx := range timexes {
		if isEnd(i) || (tx.Type != timeline.TypeDate && tx.Type != timeline.TypeTime) {
			continue
		}
		d, err := timeline.ParseDate(tx.Value, tx.Mod)
		if err != nil {
			continue // durations, PRESENT_REF, unresolved XXXX: not placeable
		}
		bi := doc.BlockAt(tx.Start)
		if bi < 0 || doc.Blocks[bi].Kind == timeline.Heading {
			continue
		}
		blk := &doc.Blocks[bi]
		sent := sentenceAt(blk, tx.Start)
		phrase := tx.Span
		var end *timeline.Date
		if role != nil && role[i] > 0 {
			r := ranges[role[i]-1]
			to := timexes[r.To]
			if e, err := timeline.ParseDate(to.Value, to.Mod); err == nil && e.Last >= d.First {
				end = &e
				phrase = timeline.Span{Start: tx.Start, End: to.End}
			}
		}
		if sent.End < phrase.End {
			sent.End = phrase.End
		}
		sent = clampSentence(doc.Text, sent, phrase)
		// The same date again in the same sentence ("In April 1970 ...;
		// the crew returned four days later") is one event: check the id
		// before making the event.
		if sent != lastSent {
			lastSent, lastText = sent, string(doc.Text[sent.Start:sent.End])
		}
		text := lastText // shared by the events of one sentence
		id := ID(doc.Path, d, end, text)
		if seenID(&seen, out, id) {
			continue
		}
		out = append(out, makeEvent(doc, blk, sent, phrase, d, end, text, id))
	}
	if pub := publicationEvent(doc, opts); pub != nil {
		out = append(out, *pub)
	}
	for _, me := range doc.Meta.Events {
		e, err := explicitEvent(doc, me)
		if err != nil {
			diags = append(diags, timeline.Diagnostic{Severity: timeline.Error, Path: doc.Path, Line: me.Line, Message: err.Error()})
			continue
		}
		out = append(out, e)
	}
	out, cdiags := Correct(doc, out)
	if cap(out)-len(out) > len(out)/4 {
		// The events stay in the loader's cache: no room to grow.
		out = append(make([]timeline.Event, 0, len(out)), out...)
	}
	return out, append(diags, cdiags...)
}

// seenID reports whether id is the id of an event in out, remembering it
// otherwise. Few events: a scan; many: the set *seen, made on first need.
func seenID(seen *map[string]bool, out []timeline.Event, id string) bool {
	const scan = 16
	if *seen == nil {
		for k := range out {
			if out[k].ID == id {
				return true
			}
		}
		if len(out) < scan {
			return false
		}
		*seen = make(map[string]bool, 2*len(out))
		for k := range out {
			(*seen)[out[k].ID] = true
		}
	}
	if (*seen)[id] {
		return true
	}
	(*seen)[id] = true
	return false
}

func sentenceAt(blk *timeline.Block, off int) timeline.Span {
	i := sort.Search(len(blk.Sentences), func(i int) bool { return blk.Sentences[i].End > off })
	if i < len(blk.Sentences) && blk.Sentences[i].Start <= off {
		return blk.Sentences[i]
	}
	return blk.Text
}

// maxContext bounds the text kept on each side of a date phrase. Real
// sentences are far shorter; a "sentence" of megabytes (a list without
// punctuation, hostile input) would otherwise be copied into every event
// read from it, making the cost quadratic.
const maxContext = 400

// clampSentence narrows a very long sentence to a window around the
// phrase, cut at spaces.
func clampSentence(text []byte, sent, phrase timeline.Span) timeline.Span {
	if phrase.Start-sent.Start > maxContext {
		i := phrase.Start - maxContext
		for i < phrase.Start && text[i] != ' ' {
			i++
		}
		sent.Start = min(i+1, phrase.Start)
	}
	if sent.End-phrase.End > maxContext {
		i := phrase.End + maxContext
		for i > phrase.End && text[i] != ' ' {
			i--
		}
		sent.End = i
	}
	return sent
}

func newEvent(doc *timeline.Document, blk *timeline.Block, sent, phrase timeline.Span, d timeline.Date, end *timeline.Date) timeline.Event {
	text := string(doc.Text[sent.Start:sent.End])
	return makeEvent(doc, blk, sent, phrase, d, end, text, ID(doc.Path, d, end, text))
}

func makeEvent(doc *timeline.Document, blk *timeline.Block, sent, phrase timeline.Span, d timeline.Date, end *timeline.Date, text, id string) timeline.Event {
	line, col := doc.Position(phrase.Start)
	e := timeline.Event{
		Date:    d,
		End:     end,
		Text:    text,
		Phrase:  timeline.Span{Start: phrase.Start - sent.Start, End: phrase.End - sent.Start},
		Section: blk.Section,
		Tags:    doc.Meta.Tags,
		Sources: []timeline.EventSource{{
			Path: doc.Path, Slug: doc.Slug, Title: doc.Meta.Title, Anchor: blk.Anchor, URL: doc.Meta.URL,
			Line: line, Col: col, Span: timeline.Span{Start: doc.SourceOffset(phrase.Start), End: doc.SourceOffset(phrase.End)},
		}},
	}
	if p := e.Phrase; 0 <= p.Start && p.Start <= p.End && p.End <= len(text) {
		e.Sources[0].Phrase = text[p.Start:p.End] // the same bytes, without a copy
	} else {
		e.Sources[0].Phrase = string(doc.Text[phrase.Start:phrase.End])
	}
	e.Headline = HeadlineFor(text, e.Phrase, blk.Section)
	e.ID = id
	return e
}

// publicationEvent makes the source's own news an event on its publication
// date: the lead sentence, headed by the title.
func publicationEvent(doc *timeline.Document, opts Options) *timeline.Event {
	switch opts.PublicationEvents {
	case "never":
		return nil
	case "always":
	default:
		if !doc.Meta.News {
			return nil
		}
	}
	if doc.Meta.Date == "" {
		return nil
	}
	d, err := timeline.ParseDate(doc.Meta.Date, "")
	if err != nil {
		return nil
	}
	for bi := range doc.Blocks {
		blk := &doc.Blocks[bi]
		if blk.Kind != timeline.Paragraph || len(blk.Sentences) == 0 {
			continue
		}
		sent := blk.Sentences[0]
		e := newEvent(doc, blk, sent, timeline.Span{Start: sent.Start, End: sent.Start}, d, nil)
		e.Headline = doc.Meta.Title
		e.Sources[0].Line = doc.Meta.Lines["date"]
		e.Sources[0].Col = 0
		e.Sources[0].Phrase = ""
		return &e
	}
	return nil
}

func explicitEvent(doc *timeline.Document, me timeline.MetaEvent) (timeline.Event, error) {
	d, err := timeline.ParseDate(me.Date, "")
	if err != nil {
		return timeline.Event{}, fmt.Errorf("event date %q: %v (write it as YYYY, YYYY-MM or YYYY-MM-DD)", me.Date, err)
	}
	var end *timeline.Date
	if me.End != "" {
		e, err := timeline.ParseDate(me.End, "")
		if err != nil {
			return timeline.Event{}, fmt.Errorf("event end %q: %v", me.End, err)
		}
		if e.Last < d.First {
			return timeline.Event{}, fmt.Errorf("event ends (%s) before it starts (%s)", me.End, me.Date)
		}
		end = &e
	}
	text := me.Text
	if text == "" {
		text = me.Headline
	}
	headline := me.Headline
	if headline == "" {
		headline = Headline(text)
	}
	ev := timeline.Event{
		Date: d, End: end, Headline: headline, Text: text, Tags: doc.Meta.Tags, Explicit: true,
		Sources: []timeline.EventSource{{Path: doc.Path, Slug: doc.Slug, Title: doc.Meta.Title, URL: doc.Meta.URL, Line: me.Line}},
	}
	ev.ID = ID(doc.Path, d, end, text)
	return ev, nil
}

// ID returns a stable id for an event: the same source, dates and sentence
// always give the same id, whatever else changes in the document.
func ID(path string, d timeline.Date, end *timeline.Date, text string) string {
	// The bytes hashed must never change: ids are how corrections name
	// events (TestIDStable).
	var stack [256]byte
	b := append(stack[:0], path...)
	b = append(b, 0)
	b = append(b, d.Value...)
	b = append(b, 0)
	b = append(b, d.Mod...)
	b = append(b, 0)
	if end != nil {
		b = append(b, end.Value...)
		b = append(b, 0)
		b = append(b, end.Mod...)
	}
	b = append(b, 0)
	b = append(b, text...)
	sum := sha256.Sum256(b)
	var out [11]byte
	out[0] = 'e'
	hex.Encode(out[1:], sum[:5])
	return string(out[:])
}

// Sort orders events into the timeline's total order (stable: events
// that compare equal keep their order). It sorts positions and moves each
// event once, not the events themselves through every step of the sort.
func Sort(evs []timeline.Event) { sortWith(evs, nil) }

// order returns the positions of evs in the order Sort puts them.
func order(evs []timeline.Event) []int32 {
	// Event.Compare packed into one small array: the dates' numbers, the
	// rank of their value and mod strings, the id's first bytes. Only
	// events whose keys tie are compared in full.
	type dkey struct {
		first, last int64
		prec, hm    int32
		vm, _       int32
	}
	type key struct {
		d, e   dkey
		id     uint64
		i      int32
		hasEnd bool
	}
	// Value and mod strings get provisional ids as they come, then the
	// ids are replaced by their rank in string order.
	ids := map[[2]string]int32{}
	var vms [][2]string
	pack := func(d *timeline.Date) dkey {
		vm := [2]string{d.Value, d.Mod}
		id, ok := ids[vm]
		if !ok {
			id = int32(len(vms))
			ids[vm] = id
			vms = append(vms, vm)
		}
		return dkey{first: int64(d.First), last: int64(d.Last), prec: int32(d.Precision), hm: int32(d.Minutes()), vm: id}
	}
	cmpD := func(a, b *dkey) int {
		switch {
		case a.first != b.first:
			return cmp.Compare(a.first, b.first)
		case a.prec != b.prec:
			return cmp.Compare(a.prec, b.prec)
		case a.last != b.last:
			return cmp.Compare(a.last, b.last)
		case a.hm != b.hm:
			return cmp.Compare(a.hm, b.hm)
		}
		return cmp.Compare(a.vm, b.vm)
	}
	// The keys themselves are sorted, not positions into them, so the
	// sort reads memory in order.
	keys := make([]key, len(evs))
	for i := range evs {
		e := &evs[i]
		k := &keys[i]
		k.d = pack(&e.Date)
		if e.End != nil {
			k.hasEnd, k.e = true, pack(e.End)
		}
		var id [8]byte
		copy(id[:], e.ID)
		k.id = binary.BigEndian.Uint64(id[:])
		k.i = int32(i)
	}
	byText := make([]int32, len(vms))
	for i := range byText {
		byText[i] = int32(i)
	}
	slices.SortFunc(byText, func(a, b int32) int {
		return cmp.Or(strings.Compare(vms[a][0], vms[b][0]), strings.Compare(vms[a][1], vms[b][1]))
	})
	rank := make([]int32, len(vms))
	for r, id := range byText {
		rank[id] = int32(r)
	}
	for i := range keys {
		keys[i].d.vm = rank[keys[i].d.vm]
		keys[i].e.vm = rank[keys[i].e.vm]
	}
	slices.SortFunc(keys, func(ka, kb key) int {
		if c := cmpD(&ka.d, &kb.d); c != 0 {
			return c
		}
		if ka.hasEnd != kb.hasEnd {
			if kb.hasEnd {
				return -1
			}
			return 1
		}
		if c := cmpD(&ka.e, &kb.e); c != 0 {
			return c
		}
		if ka.id != kb.id {
			return cmp.Compare(ka.id, kb.id)
		}
		return cmp.Or(evs[ka.i].Compare(&evs[kb.i]), cmp.Compare(ka.i, kb.i))
	})
	ord := make([]int32, len(keys))
	for k := range keys {
		ord[k] = keys[k].i
	}
	return ord
}
