package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/build"
	"github.com/timeline-tool/timeline/timeline/content"
	"github.com/timeline-tool/timeline/timeline/events"
)

func newExtractCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "extract [PATH...]",
		Short: "List the events extracted from the sources, for review before publishing",
		Long: `Extract lists every event the timeline would show, with its source path:line,
date, precision, id and headline, so an author can review extraction before
publishing. PATH may be markdown files or folders (default: the content
folder). Events several sources report are merged as in the build; each
further source is listed on a "+" line with the id of the event as read from
it, which is the id a correction in that source names.

Fix an event without editing its prose with front matter corrections:
(id or phrase, then suppress, date, end, precision or headline) or an inline
comment after its paragraph: <!-- timeline: suppress "in March" -->.

Content problems go to standard error; errors make the command exit with
status 1 after the listing.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "table" && format != "json" {
				return usageError{fmt.Errorf("--format must be table or json, not %q", format)}
			}
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{cfg.ContentDir}
			}
			evs, diags, err := extractPaths(cmd, cfg, args)
			if err != nil {
				return err
			}
			for _, d := range diags {
				fmt.Fprintln(cmd.ErrOrStderr(), d.String())
			}
			if format == "json" {
				err = writeEventsJSON(cmd.OutOrStdout(), evs)
			} else {
				err = writeEventsTable(cmd.OutOrStdout(), evs)
			}
			if err != nil {
				return err
			}
			if diags.HasErrors(cfg.Strict) {
				return exitError{exitContent}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	addSiteFlags(cmd)
	return cmd
}

// extractPaths loads the sources named by paths (files or folders), with
// source paths as given on the command line, then merges and orders the
// events of all of them together.
func extractPaths(cmd *cobra.Command, cfg timeline.Config, paths []string) ([]timeline.Event, timeline.Diagnostics, error) {
	merge := cfg.Merge
	cfg.Merge.Enabled = false // merged once below, across every path
	loc := time.UTC
	if cfg.Timezone != "" {
		l, err := time.LoadLocation(cfg.Timezone)
		if err != nil {
			return nil, nil, usageError{fmt.Errorf("timezone %q: %w", cfg.Timezone, err)}
		}
		loc = l
	}
	var evs []timeline.Event
	var diags timeline.Diagnostics
	for _, arg := range paths {
		st, err := os.Stat(arg)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", arg, unwrapPath(err))
		}
		// Sources inside the content folder keep their path relative to it,
		// which is what their event ids are made of in the build.
		root, sub := arg, "."
		if !st.IsDir() {
			root, sub = filepath.Dir(arg), filepath.Base(arg)
		}
		if rel, ok := within(cfg.ContentDir, arg); ok {
			root, sub = cfg.ContentDir, rel
		}
		sub = filepath.ToSlash(sub)
		show := func(p string) string { return displayPath(filepath.ToSlash(filepath.Clean(root)), p) }
		if !st.IsDir() {
			src, err := content.ReadFile(os.DirFS(root), sub, content.Options{MaxBytes: cfg.MaxSourceBytes})
			if err != nil {
				diags = append(diags, timeline.Diagnostic{Severity: timeline.Error, Path: show(sub), Message: strings.TrimPrefix(err.Error(), sub+": ")})
				continue
			}
			_, fevs, fdiags := build.Process(sub, src, cfg, loc)
			evs = append(evs, relocate(fevs, show)...)
			for _, d := range fdiags {
				d.Path = show(d.Path)
				diags = append(diags, d)
			}
			continue
		}
		loader, err := build.NewLoader(cfg)
		if err != nil {
			return nil, nil, usageError{err}
		}
		res, err := loader.Load(cmd.Context(), os.DirFS(root))
		if err != nil {
			return nil, nil, err
		}
		in := func(p string) bool { return sub == "." || p == sub || strings.HasPrefix(p, sub+"/") }
		for _, e := range res.Events {
			if len(e.Sources) > 0 && in(e.Sources[0].Path) {
				evs = append(evs, relocate([]timeline.Event{e}, show)...)
			}
		}
		for _, d := range res.Diagnostics {
			if in(d.Path) {
				d.Path = show(d.Path)
				diags = append(diags, d)
			}
		}
	}
	if merge.Enabled {
		evs = events.Merge(evs, events.MergeOptionsFrom(merge))
	}
	events.Sort(evs)
	return evs, diags, nil
}

// within returns the slash path of p relative to dir when p is inside it.
func within(dir, p string) (string, bool) {
	if dir == "" {
		return "", false
	}
	ad, err1 := filepath.Abs(dir)
	ap, err2 := filepath.Abs(p)
	if err1 != nil || err2 != nil {
		return "", false
	}
	rel, err := filepath.Rel(ad, ap)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return rel, true
}

// relocate rewrites the source paths of events for display.
func relocate(evs []timeline.Event, show func(string) string) []timeline.Event {
	for i := range evs {
		srcs := make([]timeline.EventSource, len(evs[i].Sources))
		for k, s := range evs[i].Sources {
			s.Path = show(s.Path)
			srcs[k] = s
		}
		evs[i].Sources = srcs
	}
	return evs
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// eventDate writes an event's date or range as the site shows it.
func eventDate(e *timeline.Event) string {
	if e.End != nil {
		return timeline.FormatRange(e.Date, *e.End)
	}
	return e.Date.Format()
}

func sourceRef(s timeline.EventSource) string {
	if s.Line > 0 {
		return fmt.Sprintf("%s:%d", s.Path, s.Line)
	}
	return s.Path
}

// writeEventsTable writes one row per event; the further sources of a
// merged event follow on "+" rows with their own event ids.
func writeEventsTable(w io.Writer, evs []timeline.Event) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tDATE\tPRECISION\tID\tHEADLINE")
	for i := range evs {
		e := &evs[i]
		src := ""
		if len(e.Sources) > 0 {
			src = sourceRef(e.Sources[0])
		}
		prec := e.Date.Precision.String()
		if e.End != nil && e.End.Precision != e.Date.Precision {
			prec += "/" + e.End.Precision.String()
		}
		headline := e.Headline
		if e.Explicit {
			headline += " (front matter)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", src, eventDate(e), prec, e.ID, headline)
		for _, s := range e.Sources[min(1, len(e.Sources)):] {
			id := s.Event
			if id == "" {
				id = e.ID
			}
			fmt.Fprintf(tw, "  + %s\t\t\t%s\t\n", sourceRef(s), id)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d events\n", len(evs))
	return err
}

type jsonSource struct {
	Path   string `json:"path"`
	Line   int    `json:"line,omitempty"`
	Col    int    `json:"col,omitempty"`
	Anchor string `json:"anchor,omitempty"`
	Phrase string `json:"phrase,omitempty"`
	ID     string `json:"id"` // the event's id as read from this source
}

type jsonEvent struct {
	ID        string             `json:"id"`
	Date      string             `json:"date"`
	End       string             `json:"end,omitempty"`
	Display   string             `json:"display"`
	Precision timeline.Precision `json:"precision"`
	Headline  string             `json:"headline"`
	Text      string             `json:"text"`
	Section   string             `json:"section,omitempty"`
	Explicit  bool               `json:"explicit,omitempty"`
	Sources   []jsonSource       `json:"sources"`
}

func writeEventsJSON(w io.Writer, evs []timeline.Event) error {
	out := make([]jsonEvent, 0, len(evs))
	for i := range evs {
		e := &evs[i]
		je := jsonEvent{ID: e.ID, Date: e.Date.Value, Display: eventDate(e), Precision: e.Date.Precision,
			Headline: e.Headline, Text: e.Text, Section: e.Section, Explicit: e.Explicit, Sources: []jsonSource{}}
		if e.End != nil {
			je.End = e.End.Value
		}
		for _, s := range e.Sources {
			id := s.Event
			if id == "" {
				id = e.ID
			}
			je.Sources = append(je.Sources, jsonSource{Path: s.Path, Line: s.Line, Col: s.Col, Anchor: s.Anchor, Phrase: s.Phrase, ID: id})
		}
		out = append(out, je)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
