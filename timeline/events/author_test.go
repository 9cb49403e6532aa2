package events_test

import (
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/build"
)

// process runs one source through the real pipeline (content, tagger,
// extraction, corrections).
func process(t *testing.T, src string) (*timeline.Document, []timeline.Event, timeline.Diagnostics) {
	t.Helper()
	cfg := timeline.DefaultConfig()
	return build.Process("notes/port.md", []byte(src), cfg, time.UTC)
}

// summary lists events as "value headline" lines, and diagnostics as strings.
func summary(evs []timeline.Event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString(e.Date.Value)
		if e.End != nil {
			b.WriteString("/" + e.End.Value)
		}
		b.WriteString(" " + e.Headline + "\n")
	}
	return b.String()
}

func diagStrings(ds timeline.Diagnostics) string {
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return strings.Join(out, "\n")
}

const body = `
The talks began in March and ended on 4 May 2024.

On January 21, Damascus terminated its agreement with Stroytransgaz.

Rebels advanced from late November to December 7.
`

func TestCorrections(t *testing.T) {
	_, plain, _ := process(t, "---\ntitle: Port\ndate: 2025-01-28\n---\n"+body)
	idOf := func(value string) string {
		for _, e := range plain {
			if e.Date.Value == value {
				return e.ID
			}
		}
		t.Fatalf("no event on %s in %s", value, summary(plain))
		return ""
	}
	tests := []struct {
		name      string
		front     string // extra front matter lines
		inline    map[string]string
		want      string
		wantDiags string
	}{
		{name: "none", want: "2024-03 The talks began in March and ended\n2024-05-04 The talks began in March and ended\n2025-01-21 Damascus terminated its agreement with Stroytransgaz\n2024-11/2024-12-07 Rebels advanced\n"},
		// Front matter, by phrase and by id.
		{name: "suppress by phrase", front: "corrections:\n  - phrase: in March\n    suppress: true\n",
			want: "2024-05-04 The talks began in March and ended\n2025-01-21 Damascus terminated its agreement with Stroytransgaz\n2024-11/2024-12-07 Rebels advanced\n"},
		{name: "pin date by id", front: "corrections:\n  - id: " + idOf("2025-01-21") + "\n    date: 2024-01-21\n",
			want: "2024-03 The talks began in March and ended\n2024-05-04 The talks began in March and ended\n2024-01-21 Damascus terminated its agreement with Stroytransgaz\n2024-11/2024-12-07 Rebels advanced\n"},
		{name: "headline and precision", front: "corrections:\n  - phrase: \"4 May 2024\"\n    headline: Talks end\n    precision: month\n  - phrase: March\n    date: 2023-03\n",
			want: "2023-03 The talks began in March and ended\n2024-05 Talks end\n2025-01-21 Damascus terminated its agreement with Stroytransgaz\n2024-11/2024-12-07 Rebels advanced\n"},
		{name: "end pinned", front: "corrections:\n  - phrase: late November\n    end: 2024-12-08\n",
			want: "2024-03 The talks began in March and ended\n2024-05-04 The talks began in March and ended\n2025-01-21 Damascus terminated its agreement with Stroytransgaz\n2024-11/2024-12-08 Rebels advanced\n"},
		{name: "stale correction warns", front: "\ncorrections:\n  - phrase: in April\n    suppress: true\n  - id: e0000000000\n    headline: Gone\n",
			want:      "2024-03 The talks began in March and ended\n2024-05-04 The talks began in March and ended\n2025-01-21 Damascus terminated its agreement with Stroytransgaz\n2024-11/2024-12-07 Rebels advanced\n",
			wantDiags: "notes/port.md:6: warning: correction of \"in April\" matches no event of this source (see `timeline extract notes/port.md`)\nnotes/port.md:8: warning: correction of event e0000000000 matches no event of this source (see `timeline extract notes/port.md`)"},
		{name: "bad date is an error", front: "corrections:\n  - phrase: March\n    date: next spring\n",
			want:      "2024-03 The talks began in March and ended\n2024-05-04 The talks began in March and ended\n2025-01-21 Damascus terminated its agreement with Stroytransgaz\n2024-11/2024-12-07 Rebels advanced\n",
			wantDiags: "notes/port.md:5: error: correction of \"March\": date \"next spring\": malformed value \"next spring\" (write it as YYYY, YYYY-MM or YYYY-MM-DD)"},
		// Inline comments reach only the paragraph they follow.
		{name: "inline", inline: map[string]string{
			"The talks":  `<!-- timeline: suppress "in March" -->`,
			"On January": `<!-- timeline: date "January 21" = 2024-01-21 -->`,
			"Rebels":     `<!-- timeline: headline "late November" = HTS offensive reaches Damascus -->`,
		}, want: "2024-05-04 The talks began in March and ended\n2024-01-21 Damascus terminated its agreement with Stroytransgaz\n2024-11/2024-12-07 HTS offensive reaches Damascus\n"},
		{name: "inline in another paragraph does not match", inline: map[string]string{
			"On January": `<!-- timeline: suppress "in March" -->`,
		}, want: "2024-03 The talks began in March and ended\n2024-05-04 The talks began in March and ended\n2025-01-21 Damascus terminated its agreement with Stroytransgaz\n2024-11/2024-12-07 Rebels advanced\n",
			wantDiags: "notes/port.md:9: warning: correction of \"in March\" matches no event of this source (see `timeline extract notes/port.md`)"},
		{name: "inline malformed", inline: map[string]string{
			"The talks": "<!-- timeline: pin \"March\" = 2024 -->",
		}, want: "2024-03 The talks began in March and ended\n2024-05-04 The talks began in March and ended\n2025-01-21 Damascus terminated its agreement with Stroytransgaz\n2024-11/2024-12-07 Rebels advanced\n",
			wantDiags: "notes/port.md:7: warning: timeline comment \"pin \\\"March\\\" = 2024\": unknown correction \"pin\" (known: suppress, date, end, precision, headline)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := body
			for prefix, comment := range tt.inline {
				i := strings.Index(b, prefix)
				j := strings.Index(b[i:], "\n") + i
				b = b[:j+1] + comment + "\n" + b[j+1:]
			}
			src := "---\ntitle: Port\ndate: 2025-01-28\n" + tt.front + "---\n" + b
			_, evs, diags := process(t, src)
			if got := summary(evs); got != tt.want {
				t.Errorf("events:\n%s\nwant:\n%s\nsource:\n%s", got, tt.want, src)
			}
			if got := diagStrings(diags); got != tt.wantDiags {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, tt.wantDiags)
			}
		})
	}
}

func TestExplicitEvents(t *testing.T) {
	src := `---
title: Notes
events:
  - date: 2024-12-08
    headline: Fall of the Assad regime
    text: Rebels entered Damascus and Bashar al-Assad fled to Moscow.
  - date: 2024-11-27
    end: 2024-12-08
    text: The offensive that ended the Assad regime.
  - date: soon
    headline: Broken
  - date: 2024-12-08
    end: 2024-12-01
    headline: Backwards
---

Nothing dated here.
`
	_, evs, diags := process(t, src)
	want := "2024-12-08 Fall of the Assad regime\n2024-11-27/2024-12-08 The offensive that ended the Assad regime\n"
	if got := summary(evs); got != want {
		t.Errorf("events:\n%s\nwant:\n%s", got, want)
	}
	for _, e := range evs {
		if !e.Explicit || e.Sources[0].Path != "notes/port.md" || e.Sources[0].Line == 0 {
			t.Errorf("explicit event %+v should be marked explicit with its source line", e)
		}
	}
	wantDiags := "notes/port.md:10: error: event date \"soon\": malformed value \"soon\" (write it as YYYY, YYYY-MM or YYYY-MM-DD)\n" +
		"notes/port.md:12: error: event ends (2024-12-01) before it starts (2024-12-08)"
	if got := diagStrings(diags); got != wantDiags {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", got, wantDiags)
	}
}

func TestTimelineFalse(t *testing.T) {
	src := "---\ntitle: Draft\ntimeline: false\nevents:\n  - date: 2024-01-01\n    headline: Hidden\n---\n\nOn 4 May 2024 the council met.\n"
	doc, evs, diags := process(t, src)
	if len(evs) != 0 || len(diags) != 0 {
		t.Errorf("timeline: false gave %d events and diagnostics %v, want none", len(evs), diags)
	}
	if doc.Meta.Timeline || len(doc.Blocks) == 0 {
		t.Errorf("the document itself should still be loaded (for its page): %+v", doc.Meta)
	}
}
