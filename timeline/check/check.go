// Package check validates everything a build needs without writing
// anything: the configuration's templates, every source's front matter
// (a title; dates that parse), dates the tagger could not anchor or had to
// guess (relative dates in a source without a publication date, ambiguous
// numeric dates like 03/04/2015), events that cite no source, page names
// that collide, and links between sources that point at a missing source
// or a missing #anchor.
//
// It reuses build.Loader, so it sees exactly what `timeline build` sees,
// and adds the checks a build does not need to make. Problems are
// diagnostics, sorted by file and position; `timeline check` prints them
// and decides the exit status.
package check

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/build"
	"github.com/timeline-tool/timeline/timeline/content"
	"github.com/timeline-tool/timeline/timeline/site"
)

// Options say what to check.
type Options struct {
	Config timeline.Config
	// Content holds the sources.
	Content fs.FS
	// Templates holds the site's template overrides (nil: none).
	Templates fs.FS
	// ContentDir and TemplatesDir prefix the paths of diagnostics so they
	// name files as the user sees them ("content/a.md"); "" leaves them
	// relative to their folder.
	ContentDir, TemplatesDir string
}

// Report is the outcome of a check.
type Report struct {
	Sources     int
	Events      int
	Diagnostics timeline.Diagnostics // sorted by path, line, column
}

// Counts returns the number of errors and warnings.
func (r *Report) Counts() (errors, warnings int) {
	for _, d := range r.Diagnostics {
		if d.Severity == timeline.Error {
			errors++
		} else {
			warnings++
		}
	}
	return
}

// Failed reports whether the check fails: errors, or warnings when strict.
func (r *Report) Failed(strict bool) bool { return r.Diagnostics.HasErrors(strict) }

// Run checks the content and templates. The error is only for what stops
// the check itself (an unreadable folder, a cancelled context); problems in
// the content are diagnostics in the report.
func Run(ctx context.Context, opts Options) (*Report, error) {
	loader, err := build.NewLoader(opts.Config)
	if err != nil {
		return nil, err
	}
	res, err := loader.Load(ctx, opts.Content)
	if err != nil {
		return nil, err
	}
	tplPath := opts.TemplatesDir
	if tplPath == "" {
		tplPath = "templates"
	}
	diags := append(timeline.Diagnostics(nil), res.Diagnostics...)
	diags = append(diags, titles(res.Docs)...)
	diags = append(diags, sourceless(res.Docs, res.Events)...)
	diags = append(diags, links(res.Docs)...)
	for i := range diags {
		diags[i].Path = join(opts.ContentDir, diags[i].Path)
	}
	if !diags.HasErrors(false) {
		// Render into nothing: template errors show only when executed.
		if err := site.Render(opts.Config, res.Docs, res.Events, opts.Templates, discard{}); err != nil {
			diags = append(diags, timeline.Diagnostic{Severity: timeline.Error, Path: tplPath, Message: err.Error()})
		}
	} else if _, err := site.Templates(opts.Templates); err != nil {
		diags = append(diags, timeline.Diagnostic{Severity: timeline.Error, Path: tplPath, Message: err.Error()})
	}
	diags = dedupe(diags)
	return &Report{Sources: len(res.Docs), Events: len(res.Events), Diagnostics: diags}, nil
}

// discard is an Output that drops what it is given; the exports stream
// into it (Create) instead of being held whole in memory.
type discard struct{}

func (discard) WriteFile(string, []byte) error { return nil }

func (discard) Create(string) (io.WriteCloser, error) { return nopCloser{io.Discard}, nil }

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

func join(dir, p string) string {
	switch {
	case dir == "" || dir == ".":
		return p
	case p == "":
		return dir
	}
	return strings.TrimSuffix(dir, "/") + "/" + p
}

// dedupe sorts diagnostics by position and drops exact repeats (the same
// note reported for the same span twice).
func dedupe(ds timeline.Diagnostics) timeline.Diagnostics {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		switch {
		case a.Path != b.Path:
			return a.Path < b.Path
		case a.Line != b.Line:
			return a.Line < b.Line
		case a.Col != b.Col:
			return a.Col < b.Col
		case a.Severity != b.Severity:
			return a.Severity > b.Severity // errors first
		}
		return a.Message < b.Message
	})
	out := ds[:0]
	for i, d := range ds {
		if i > 0 && d == ds[i-1] {
			continue
		}
		out = append(out, d)
	}
	return out
}

// hasErrors reports whether the document already has an error, in which
// case further checks on it would only add noise.
func hasErrors(d *timeline.Document) bool { return d.Diagnostics.HasErrors(false) }

// titles reports sources whose front matter gives no title (the build
// falls back to the file name; a site should not).
func titles(docs []*timeline.Document) timeline.Diagnostics {
	var out timeline.Diagnostics
	for _, d := range docs {
		if hasErrors(d) || d.Source == nil {
			continue
		}
		if d.Meta.Lines["title"] == 0 {
			out = append(out, timeline.Diagnostic{Severity: timeline.Error, Path: d.Path, Line: 1, Col: 1,
				Message: "front matter has no title (add title: to the --- block at the top)"})
		}
	}
	return out
}

// sourceless reports events that cite no source, and events written by
// hand in front matter whose source gives no url: nothing backs them, not
// even the document's own prose.
func sourceless(docs []*timeline.Document, evs []timeline.Event) timeline.Diagnostics {
	var out timeline.Diagnostics
	for i := range evs {
		if len(evs[i].Sources) == 0 {
			out = append(out, timeline.Diagnostic{Severity: timeline.Error,
				Message: fmt.Sprintf("event %s (%s) has no source", evs[i].ID, evs[i].Headline)})
		}
	}
	for _, d := range docs {
		if d.Meta.URL != "" || hasErrors(d) {
			continue
		}
		for _, me := range d.Meta.Events {
			out = append(out, timeline.Diagnostic{Severity: timeline.Warning, Path: d.Path, Line: me.Line, Col: 1,
				Message: fmt.Sprintf("event %q is written in front matter but the source has no url: to back it", me.Headline)})
		}
	}
	return out
}

// links reports links between sources that lead nowhere: a .md target that
// is not a source, or a #fragment that is no id of the target's page.
func links(docs []*timeline.Document) timeline.Diagnostics {
	byPath := make(map[string]*timeline.Document, len(docs))
	for _, d := range docs {
		byPath[d.Path] = d
	}
	ids := map[string]map[string]bool{} // path -> ids of its rendered page
	idsOf := func(d *timeline.Document) map[string]bool {
		if s, ok := ids[d.Path]; ok {
			return s
		}
		s := pageIDs(d)
		ids[d.Path] = s
		return s
	}
	// Parsing for links is most of the check of a large folder: sources
	// that cannot hold a link to another file (no "](" of an inline link,
	// no "]:" of a definition) are skipped, the others parsed in parallel.
	found := make([][]link, len(docs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(docs) {
					return
				}
				d := docs[i]
				src, err := d.Bytes()
				if hasErrors(d) || err != nil || src == nil || !bytes.Contains(src, []byte("](")) && !bytes.Contains(src, []byte("]:")) {
					continue // (a source that cannot be read again fails the render)
				}
				found[i] = linksOf(src)
			}
		})
	}
	wg.Wait()
	var out timeline.Diagnostics
	for i, d := range docs {
		for _, l := range found[i] {
			u, err := url.Parse(l.dest)
			if err != nil || u.Scheme != "" || u.Host != "" || strings.HasPrefix(u.Path, "/") {
				continue
			}
			p, err := url.PathUnescape(u.Path)
			if err != nil {
				continue
			}
			line, col := timeline.LineCol(d.Source, l.off)
			bad := func(format string, args ...any) {
				out = append(out, timeline.Diagnostic{Severity: timeline.Error, Path: d.Path, Line: line, Col: col, Message: fmt.Sprintf(format, args...)})
			}
			target := d
			if p != "" {
				if !content.IsSource(p) {
					continue // an image, a PDF: not ours to check
				}
				tp := path.Clean(path.Join(path.Dir(d.Path), p))
				target = byPath[tp]
				if target == nil {
					bad("broken link %q: there is no source %s", l.dest, tp)
					continue
				}
			}
			if u.Fragment != "" && !idsOf(target)[u.Fragment] {
				bad("broken link %q: %s has no anchor #%s", l.dest, target.Path, u.Fragment)
			}
		}
	}
	return out
}

type link struct {
	dest string
	off  int // byte offset of the destination (or the link) in the source
}

// linksOf returns the links of a markdown source, with positions. The front
// matter is blanked out first (keeping offsets) so YAML is never read as
// markdown.
func linksOf(src []byte) []link {
	body := blankFrontMatter(src)
	root := content.Markdown().Parser().Parse(text.NewReader(body))
	var out []link
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.(type) {
		case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		}
		l, ok := n.(*ast.Link)
		if !ok {
			return ast.WalkContinue, nil
		}
		dest := string(l.Destination)
		off := textStart(l)
		if i := bytes.Index(body[off:], []byte("("+dest)); i >= 0 {
			off += i + 1
		} else if i := bytes.Index(body[off:], []byte(dest)); i >= 0 { // a reference definition
			off += i
		}
		out = append(out, link{dest: dest, off: off})
		return ast.WalkContinue, nil
	})
	return out
}

// textStart returns the offset of the first text inside a node.
func textStart(n ast.Node) int {
	start := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			start = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if start < 0 {
		return 0
	}
	return start
}

func blankFrontMatter(src []byte) []byte {
	first, _, _ := bytes.Cut(src, []byte("\n"))
	if string(bytes.TrimRight(first, " \t\r")) != "---" {
		return src
	}
	end := -1
	for off := len(first) + 1; off < len(src); {
		line, _, _ := bytes.Cut(src[off:], []byte("\n"))
		t := string(bytes.TrimRight(line, " \t\r"))
		off += len(line) + 1
		if t == "---" || t == "..." {
			end = off
			break
		}
	}
	if end < 0 {
		return src
	}
	end = min(end, len(src))
	out := append([]byte(nil), src...)
	for i := 0; i < end; i++ {
		if out[i] != '\n' {
			out[i] = ' '
		}
	}
	return out
}

var idRe = regexp.MustCompile(`\sid="([^"]*)"`)

// pageIDs returns the ids of a source's rendered page body: what a
// #fragment can land on.
func pageIDs(d *timeline.Document) map[string]bool {
	ids := map[string]bool{}
	html, err := content.Render(d, content.RenderOptions{})
	if err != nil {
		return ids
	}
	for _, m := range idRe.FindAllSubmatch(html, -1) {
		ids[string(m[1])] = true
	}
	return ids
}
