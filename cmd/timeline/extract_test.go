package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

var extractSources = map[string]string{
	"news/fall.md": `---
title: Damascus falls
date: 2024-12-09
---

HTS took Damascus on 8 December.

Talks on the Russian bases began in March.
<!-- timeline: suppress "in March" -->
`,
	"history/syria.md": `---
title: Syria
corrections:
  - phrase: in 1990
    suppress: true
---

Rebels led by Hayat Tahrir al-Sham captured Damascus on December 8, 2024.

Israel struck Syrian air defence sites on 8 December 2024.
`,
	"drafts/hidden.md": `---
title: Draft
timeline: false
---

On 1 May 2024 something happened that nobody should see.
`,
}

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExtractTable(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, extractSources)
	code, out, errs := runCLI(t, "extract", "--content", dir)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("want header, 2 events, a merged source line and a count; got:\n%s", out)
	}
	for _, want := range []string{"SOURCE", "DATE", "PRECISION", "ID", "HEADLINE"} {
		if !strings.Contains(lines[0], want) {
			t.Errorf("header %q lacks %s", lines[0], want)
		}
	}
	// The capture is reported by both sources: one event, the earliest
	// path first, the other source on a "+" line right after it. Events
	// of one day are ordered by id.
	row := func(substr string) int {
		for i, l := range lines {
			if strings.Contains(l, substr) {
				return i
			}
		}
		t.Fatalf("no row with %q in:\n%s", substr, out)
		return -1
	}
	m := row("history/syria.md:8")
	if l := lines[m]; !strings.Contains(l, "8 December 2024") || !strings.Contains(l, "day") ||
		!strings.Contains(l, "Rebels led by Hayat Tahrir al-Sham captured Damascus") {
		t.Errorf("merged event row = %q", l)
	}
	if l := lines[m+1]; !strings.HasPrefix(strings.TrimSpace(l), "+ ") || !strings.Contains(l, "news/fall.md:6") {
		t.Errorf("second source row = %q", l)
	}
	if l := lines[row("history/syria.md:10")]; !strings.Contains(l, "Israel struck Syrian air defence sites") {
		t.Errorf("separate event row = %q", l)
	}
	if lines[4] != "2 events" {
		t.Errorf("last line = %q", lines[4])
	}
	if strings.Contains(out, "nobody") || strings.Contains(out, "March") {
		t.Errorf("timeline: false source or suppressed event listed:\n%s", out)
	}
	// The front-matter correction that matches nothing is a warning with its line.
	if want := filepath.ToSlash(dir) + "/history/syria.md:4: warning: correction of \"in 1990\" matches no event"; !strings.Contains(errs, want) {
		t.Errorf("stderr lacks %q:\n%s", want, errs)
	}
}

func TestExtractJSONAndPaths(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, extractSources)
	// One file of the content folder: its ids are those of the build.
	code, out, errs := runCLI(t, "extract", "--content", dir, "--format", "json", filepath.Join(dir, "news", "fall.md"))
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	var evs []struct {
		ID, Date, Display, Precision, Headline string
		Sources                                []struct {
			Path string
			Line int
			ID   string
		}
	}
	if err := json.Unmarshal([]byte(out), &evs); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if len(evs) != 1 || evs[0].Date != "2024-12-08" || evs[0].Precision != "day" || evs[0].Headline != "HTS took Damascus" ||
		len(evs[0].Sources) != 1 || evs[0].Sources[0].Line != 6 || !strings.HasSuffix(evs[0].Sources[0].Path, "news/fall.md") {
		t.Fatalf("events = %+v", evs)
	}
	fileID := evs[0].ID

	// The whole folder: the same source's event carries the same id on its "+" source.
	_, out, _ = runCLI(t, "extract", "--content", dir, "--format", "json")
	if !strings.Contains(out, `"id": "`+fileID+`"`) {
		t.Errorf("id %s of news/fall.md differs between file and folder extraction:\n%s", fileID, out)
	}
	// A folder inside the content folder selects its sources only.
	_, out, _ = runCLI(t, "extract", "--content", dir, filepath.Join(dir, "history"))
	if strings.Contains(out, "news/fall.md") || !strings.Contains(out, "2 events") {
		t.Errorf("extract of history/ =\n%s", out)
	}
}

func TestExtractErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"bad.md": "---\ntitle: Bad\nevents:\n  - date: someday\n    headline: Never\n---\n\nText.\n"})
	code, _, errs := runCLI(t, "extract", "--content", dir)
	if code != exitContent || !strings.Contains(errs, "bad.md:4: error: event date \"someday\"") {
		t.Errorf("exit %d, stderr:\n%s", code, errs)
	}
	if code, _, errs := runCLI(t, "extract", "--format", "xml", dir); code != exitUsage || !strings.Contains(errs, "--format") {
		t.Errorf("bad format: exit %d, stderr %s", code, errs)
	}
	if code, _, errs := runCLI(t, "extract", filepath.Join(dir, "missing.md")); code != exitContent || !strings.Contains(errs, "missing.md") {
		t.Errorf("missing file: exit %d, stderr %s", code, errs)
	}
}
