package check

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/timeline-tool/timeline/timeline"
)

const good = "---\ntitle: Good\ndate: 2024-03-15\n---\n\n## Background\n\nThe bridge opened on 12 May 1998.\n"

func TestRun(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // diagnostics, in order, as "path:line:col: severity: message" prefixes
	}{
		// clean content
		{"ok", map[string]string{"a.md": good}, nil},

		// front matter
		{"no title", map[string]string{"a.md": "---\ndate: 2024-03-15\n---\n\nText.\n"},
			[]string{"content/a.md:1:1: error: front matter has no title"}},
		{"no front matter", map[string]string{"a.md": "Just text.\n"},
			[]string{"content/a.md:1:1: error: front matter has no title"}},
		{"bad date", map[string]string{"a.md": "---\ntitle: A\ndate: sometime soon\n---\n\nText.\n"},
			[]string{`content/a.md:3: error: front matter "date": cannot read`}},
		{"unclosed", map[string]string{"a.md": "---\ntitle: A\n"},
			[]string{"content/a.md:1:1: error: front matter opened with --- is never closed"}},

		// dates the tagger could not anchor or had to guess
		{"relative date without publication date", map[string]string{"a.md": "---\ntitle: A\n---\n\nThe council met last Tuesday.\n"},
			[]string{"content/a.md:5:", "warning: ", "no reference date"}},
		{"ambiguous numeric date", map[string]string{"a.md": "---\ntitle: A\ndate: 2024-03-15\n---\n\nThe proposal was tabled on 03/04/2024.\n"},
			[]string{"content/a.md:6:", "warning: ambiguous numeric date"}},

		// events
		{"front-matter event without url", map[string]string{"a.md": "---\ntitle: A\nevents:\n  - date: 2001-05-03\n    headline: Founded\n---\n\nText.\n"},
			[]string{`content/a.md:4:1: warning: event "Founded" is written in front matter but the source has no url`}},
		{"front-matter event with url", map[string]string{"a.md": "---\ntitle: A\nurl: https://example.com/a\nevents:\n  - date: 2001-05-03\n    headline: Founded\n---\n\nText.\n"}, nil},

		// page names
		{"duplicate slugs", map[string]string{"a b.md": good, "a-b.md": good},
			[]string{`content/a-b.md: error: page name "a-b" is already used by a b.md`}},

		// links between sources
		{"good links", map[string]string{
			"a.md":     good + "\nSee [b](sub/b.md), [its start](sub/b.md#p1), [here](#p1) and [the web](https://example.com/x.md).\n",
			"sub/b.md": "---\ntitle: B\n---\n\nBack to [a](../a.md#p2). ![pic](pic.png) [pdf](doc.pdf)\n",
		}, nil},
		{"missing source", map[string]string{"a.md": good + "\nSee [b](missing.md) too.\n"},
			[]string{`content/a.md:10:9: error: broken link "missing.md": there is no source missing.md`}},
		{"missing anchor", map[string]string{"a.md": good + "\nSee [b](b.md#nowhere).\n", "b.md": good},
			[]string{`content/a.md:10:9: error: broken link "b.md#nowhere": b.md has no anchor #nowhere`}},
		{"missing local anchor", map[string]string{"a.md": good + "\n[Up](#top)\n"},
			[]string{`content/a.md:10:6: error: broken link "#top": a.md has no anchor #top`}},
		{"link out of the folder", map[string]string{"a.md": good + "\n[x](../other.md)\n"},
			[]string{`content/a.md:10:5: error: broken link "../other.md": there is no source ../other.md`}},
		{"links in code are not links", map[string]string{"a.md": good + "\n```\n[x](missing.md)\n```\n\n`[y](gone.md)`\n"}, nil},
		{"links in front matter are not links", map[string]string{"a.md": "---\ntitle: \"[x](missing.md)\"\n---\n\nText.\n"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, body := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(body)}
			}
			rep, err := Run(context.Background(), Options{Config: timeline.DefaultConfig(), Content: fsys, ContentDir: "content"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range rep.Diagnostics {
				got = append(got, d.String())
			}
			all := strings.Join(got, "\n")
			if tt.want == nil {
				if len(got) != 0 {
					t.Fatalf("want no diagnostics, got:\n%s", all)
				}
				return
			}
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("diagnostics lack %q; got:\n%s", w, all)
				}
			}
		})
	}
}

func TestRunTemplateErrors(t *testing.T) {
	content := fstest.MapFS{"a.md": &fstest.MapFile{Data: []byte(good)}}
	tpl := fstest.MapFS{"index.html": &fstest.MapFile{Data: []byte(`{{define "x"}}{{.Nope}`)}}
	rep, err := Run(context.Background(), Options{Config: timeline.DefaultConfig(), Content: content, Templates: tpl, ContentDir: "content", TemplatesDir: "layouts"})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Failed(false) || !strings.HasPrefix(rep.Diagnostics[0].String(), "layouts: error: ") {
		t.Fatalf("diagnostics = %v, want a template error in layouts", rep.Diagnostics)
	}
}

func TestReportCountsAndStrict(t *testing.T) {
	rep := &Report{Diagnostics: timeline.Diagnostics{{Severity: timeline.Warning, Message: "w"}}}
	if e, w := rep.Counts(); e != 0 || w != 1 {
		t.Errorf("Counts = %d, %d", e, w)
	}
	if rep.Failed(false) || !rep.Failed(true) {
		t.Error("a warning must fail only in strict mode")
	}
}
