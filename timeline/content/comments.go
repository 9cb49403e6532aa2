package content

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/timeline-tool/timeline/timeline"
)

// collectCorrections reads the `<!-- timeline: ... -->` comments of a
// body (HTML blocks and inline raw HTML, which are not prose) into
// corrections of doc.Meta.Corrections. Each applies to the paragraph it
// follows (or sits in): its Anchor is that block's. One directive per line:
//
//	<!-- timeline: suppress "in March" -->
//	<!-- timeline: date "January 21" = 2024-01-21 -->
//	<!-- timeline: end "from May" = 2024-06 -->
//	<!-- timeline: precision "in spring 1455" = year -->
//	<!-- timeline: headline "January 21" = Damascus ends the Tartus port deal -->
//
// The quoted phrase may be replaced by an event id (e1a2b3c4d5e).
// Malformed directives are warnings.
func collectCorrections(doc *timeline.Document, root ast.Node, body []byte, bodyStart int) {
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var raw strings.Builder
		start := -1
		switch nd := n.(type) {
		case *ast.HTMLBlock:
			lines := nd.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				if start < 0 {
					start = seg.Start
				}
				raw.Write(seg.Value(body))
			}
			if nd.HasClosure() {
				raw.Write(nd.ClosureLine.Value(body))
			}
		case *ast.RawHTML:
			for i := 0; i < nd.Segments.Len(); i++ {
				seg := nd.Segments.At(i)
				if start < 0 {
					start = seg.Start
				}
				raw.Write(seg.Value(body))
			}
		default:
			return ast.WalkContinue, nil
		}
		if start >= 0 {
			addCommentCorrections(doc, raw.String(), bodyStart+start)
		}
		return ast.WalkSkipChildren, nil
	})
}

// addCommentCorrections parses the directives of one HTML fragment that
// starts at byte off of doc.Source.
func addCommentCorrections(doc *timeline.Document, html string, off int) {
	anchor := ""
	for _, b := range doc.Blocks {
		if b.Source.Start <= off && b.Kind != timeline.Heading {
			anchor = b.Anchor
		}
	}
	baseLine, _ := timeline.LineCol(doc.Source, off)
	for {
		i := strings.Index(html, "<!--")
		if i < 0 {
			return
		}
		j := strings.Index(html[i:], "-->")
		if j < 0 {
			return
		}
		inner := ""
		if j > 4 { // "<!-->" and "<!--->" are empty comments (CommonMark 0.31)
			inner = html[i+4 : i+j]
		}
		line := baseLine + strings.Count(html[:i], "\n")
		html = html[i+j+3:]
		baseLine = line + strings.Count(inner, "\n")
		t := strings.TrimSpace(inner)
		if !strings.HasPrefix(t, "timeline:") {
			continue
		}
		t = strings.TrimPrefix(t, "timeline:")
		for k, d := range strings.Split(t, "\n") {
			d = strings.TrimSpace(d)
			if d == "" {
				continue
			}
			c, err := parseDirective(d)
			if err != nil {
				doc.Diagnostics = append(doc.Diagnostics, timeline.Diagnostic{Severity: timeline.Warning, Path: doc.Path, Line: line + k,
					Message: fmt.Sprintf("timeline comment %q: %v", d, err)})
				continue
			}
			c.Anchor, c.Line = anchor, line+k
			doc.Meta.Corrections = append(doc.Meta.Corrections, c)
		}
	}
}

// parseDirective reads `verb "phrase" [= value]` or `verb id [= value]`.
func parseDirective(d string) (timeline.Correction, error) {
	var c timeline.Correction
	verb, rest, _ := strings.Cut(d, " ")
	rest = strings.TrimSpace(rest)
	var target string
	if q, end, ok := quoted(rest); ok {
		target, rest = q, strings.TrimSpace(rest[end:])
		c.Phrase = target
	} else {
		target, rest, _ = strings.Cut(rest, " ")
		rest = strings.TrimSpace(rest)
		if target == "" || target == "=" {
			return c, fmt.Errorf(`want %s "date phrase" or %s <event id>`, verb, verb)
		}
		c.ID = target
	}
	value := ""
	if strings.HasPrefix(rest, "=") {
		value = strings.TrimSpace(rest[1:])
		if q, end, ok := quoted(value); ok && strings.TrimSpace(value[end:]) == "" {
			value = q
		}
	} else if rest != "" {
		return c, fmt.Errorf("unexpected %q after the target (write = value)", rest)
	}
	needValue := func() error {
		if value == "" {
			//lint:ignore ST1005 the dots are part of the example the message shows
			return fmt.Errorf(`%s needs a value: %s "phrase" = ...`, verb, verb)
		}
		return nil
	}
	switch strings.ToLower(verb) {
	case "suppress", "drop", "remove":
		if value != "" {
			return c, fmt.Errorf("suppress takes no value")
		}
		c.Suppress = true
	case "date":
		c.Date = value
		return c, needValue()
	case "end":
		c.End = value
		return c, needValue()
	case "precision":
		c.Precision = value
		return c, needValue()
	case "headline":
		c.Headline = value
		return c, needValue()
	default:
		return c, fmt.Errorf("unknown correction %q (known: suppress, date, end, precision, headline)", verb)
	}
	return c, nil
}

// quoted reads a "..." or “...” string at the start of s, returning its
// content and the offset after the closing quote.
func quoted(s string) (string, int, bool) {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"'", "'"}} {
		if strings.HasPrefix(s, q[0]) {
			if j := strings.Index(s[len(q[0]):], q[1]); j >= 0 {
				return s[len(q[0]) : len(q[0])+j], len(q[0]) + j + len(q[1]), true
			}
		}
	}
	return "", 0, false
}
