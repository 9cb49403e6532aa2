package content

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/araddon/dateparse"
	"gopkg.in/yaml.v3"

	"github.com/timeline-tool/timeline/timeline"
)

// splitFrontMatter finds a YAML front matter block delimited by "---" lines
// at the very start of src. It returns the YAML bytes, the byte offset of the
// first YAML line, the offset where the markdown body starts, and whether the
// opening delimiter had no closing one.
func splitFrontMatter(src []byte) (yml []byte, ymlStart, bodyStart int, unclosed bool) {
	first, rest, ok := cutLine(src)
	if !ok && len(rest) == 0 && strings.TrimRight(string(first), " \t\r") != "---" {
		return nil, 0, 0, false
	}
	if strings.TrimRight(string(first), " \t\r") != "---" {
		return nil, 0, 0, false
	}
	ymlStart = len(src) - len(rest)
	off := ymlStart
	for len(rest) > 0 {
		line, next, _ := cutLine(rest)
		t := strings.TrimRight(string(line), " \t\r")
		if t == "---" || t == "..." {
			return src[ymlStart:off], ymlStart, len(src) - len(next), false
		}
		off += len(rest) - len(next)
		rest = next
	}
	return nil, ymlStart, ymlStart, true
}

func cutLine(b []byte) (line, rest []byte, found bool) {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i], b[i+1:], true
	}
	return b, nil, false
}

var yamlLineRe = regexp.MustCompile(`(?m)\byaml: line (\d+): `)

// parseMeta decodes the front matter into Meta, reporting problems with
// their line in the file. lineBase is the file line of the first YAML line.
func parseMeta(doc *timeline.Document, yml []byte, lineBase int, loc *time.Location) {
	m := &doc.Meta
	m.Timeline = true
	m.Lines = map[string]int{}
	diag := func(sev timeline.Severity, line int, format string, args ...any) {
		doc.Diagnostics = append(doc.Diagnostics, timeline.Diagnostic{Severity: sev, Path: doc.Path, Line: line, Message: fmt.Sprintf(format, args...)})
	}
	root, ok := simpleYAML(yml) // most front matter: without the YAML parser
	if !ok {
		root = &yaml.Node{}
		if err := yaml.Unmarshal(yml, root); err != nil {
			msg := err.Error()
			line := lineBase
			if sm := yamlLineRe.FindStringSubmatch(msg); sm != nil {
				n, _ := strconv.Atoi(sm[1])
				line = lineBase + n - 1
				msg = yamlLineRe.ReplaceAllString(msg, "")
			}
			msg = strings.TrimPrefix(msg, "yaml: ")
			diag(timeline.Error, line, "invalid front matter: %s", msg)
			return
		}
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return // empty front matter
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		diag(timeline.Error, lineBase+top.Line-1, "invalid front matter: expected key: value pairs, found %s", kindName(top))
		return
	}
	lineOf := func(n *yaml.Node) int { return lineBase + n.Line - 1 }
	str := func(key string, n *yaml.Node) (string, bool) {
		if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
			if n.Tag == "!!null" {
				return "", true
			}
			diag(timeline.Error, lineOf(n), "front matter %q must be text, found %s", key, kindName(n))
			return "", false
		}
		return n.Value, true
	}
	boolean := func(key string, n *yaml.Node) (bool, bool) {
		var b bool
		if n.Kind != yaml.ScalarNode || n.Decode(&b) != nil {
			diag(timeline.Error, lineOf(n), "front matter %q must be true or false, found %q", key, n.Value)
			return false, false
		}
		return b, true
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		key := strings.ToLower(k.Value)
		m.Lines[key] = lineOf(k)
		switch key {
		case "title":
			m.Title, _ = str(key, v)
		case "date", "published", "publication_date", "pubdate":
			s, ok := str(key, v)
			if !ok || s == "" {
				continue
			}
			d, err := ParseDate(s, loc)
			if err != nil {
				diag(timeline.Error, lineOf(v), "front matter %q: cannot read %q as a date", key, s)
				continue
			}
			m.Date = d
			m.Lines["date"] = lineOf(k)
		case "url", "source", "source_url", "link":
			s, ok := str(key, v)
			if !ok || s == "" {
				continue
			}
			u, err := CheckURL(s)
			if err != nil {
				diag(timeline.Error, lineOf(v), "front matter %q: %v", key, err)
				continue
			}
			m.URL = u
			m.Lines["url"] = lineOf(k)
		case "tags", "tag", "categories":
			m.Tags = append(m.Tags, readTags(v, func(n *yaml.Node) {
				diag(timeline.Error, lineOf(n), "front matter %q must be a list of words, found %s", key, kindName(n))
			})...)
		case "summary", "description":
			m.Summary, _ = str(key, v)
		case "author", "authors":
			if v.Kind == yaml.SequenceNode {
				var names []string
				for _, n := range v.Content {
					if s, ok := str(key, n); ok {
						names = append(names, s)
					}
				}
				m.Author = strings.Join(names, ", ")
			} else {
				m.Author, _ = str(key, v)
			}
		case "news":
			m.News, _ = boolean(key, v)
		case "timeline":
			if b, ok := boolean(key, v); ok {
				m.Timeline = b
			}
		case "events":
			m.Events = readEvents(v, lineOf, diag)
		case "corrections", "fix", "fixes":
			m.Corrections = readCorrections(v, lineOf, diag)
		}
	}
	m.Tags = normalizeTags(m.Tags)
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.ScalarNode:
		return "a value"
	case yaml.AliasNode:
		return "an alias"
	}
	return "nothing"
}

func readTags(v *yaml.Node, bad func(*yaml.Node)) []string {
	switch v.Kind {
	case yaml.ScalarNode:
		if v.Tag == "!!null" {
			return nil
		}
		return strings.Split(v.Value, ",")
	case yaml.SequenceNode:
		var out []string
		for _, n := range v.Content {
			if n.Kind != yaml.ScalarNode {
				bad(n)
				continue
			}
			out = append(out, n.Value)
		}
		return out
	}
	bad(v)
	return nil
}

// normalizeTags trims, lowercases and de-duplicates tags, keeping their order.
func normalizeTags(tags []string) []string {
	seen := map[string]bool{}
	out := tags[:0]
	for _, t := range tags {
		t = strings.ToLower(strings.Join(strings.Fields(t), " "))
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

type diagFunc func(sev timeline.Severity, line int, format string, args ...any)

func readEvents(v *yaml.Node, lineOf func(*yaml.Node) int, diag diagFunc) []timeline.MetaEvent {
	if v.Kind != yaml.SequenceNode {
		diag(timeline.Error, lineOf(v), "front matter \"events\" must be a list, found %s", kindName(v))
		return nil
	}
	var out []timeline.MetaEvent
	for _, n := range v.Content {
		if n.Kind != yaml.MappingNode {
			diag(timeline.Error, lineOf(n), "each event must be a mapping with date and headline, found %s", kindName(n))
			continue
		}
		e := timeline.MetaEvent{Line: lineOf(n)}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			if val.Kind != yaml.ScalarNode {
				diag(timeline.Error, lineOf(val), "event %q must be text, found %s", k.Value, kindName(val))
				continue
			}
			switch strings.ToLower(k.Value) {
			case "date", "start":
				e.Date = val.Value
			case "end":
				e.End = val.Value
			case "headline", "title":
				e.Headline = val.Value
			case "text", "body":
				e.Text = val.Value
			default:
				diag(timeline.Warning, lineOf(k), "unknown event field %q (known: date, end, headline, text)", k.Value)
			}
		}
		if e.Date == "" {
			diag(timeline.Error, e.Line, "event has no date")
			continue
		}
		out = append(out, e)
	}
	return out
}

func readCorrections(v *yaml.Node, lineOf func(*yaml.Node) int, diag diagFunc) []timeline.Correction {
	if v.Kind != yaml.SequenceNode {
		diag(timeline.Error, lineOf(v), "front matter \"corrections\" must be a list, found %s", kindName(v))
		return nil
	}
	var out []timeline.Correction
	for _, n := range v.Content {
		if n.Kind != yaml.MappingNode {
			diag(timeline.Error, lineOf(n), "each correction must be a mapping (id or phrase, and what to change), found %s", kindName(n))
			continue
		}
		c := timeline.Correction{Line: lineOf(n)}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			if val.Kind != yaml.ScalarNode {
				diag(timeline.Error, lineOf(val), "correction %q must be a value, found %s", k.Value, kindName(val))
				continue
			}
			switch strings.ToLower(k.Value) {
			case "id":
				c.ID = val.Value
			case "phrase", "match":
				c.Phrase = val.Value
			case "suppress", "drop", "remove":
				if err := val.Decode(&c.Suppress); err != nil {
					diag(timeline.Error, lineOf(val), "correction %q must be true or false", k.Value)
				}
			case "date":
				c.Date = val.Value
			case "end":
				c.End = val.Value
			case "headline":
				c.Headline = val.Value
			case "precision":
				c.Precision = val.Value
			default:
				diag(timeline.Warning, lineOf(k), "unknown correction field %q (known: id, phrase, suppress, date, end, precision, headline)", k.Value)
			}
		}
		if c.ID == "" && c.Phrase == "" {
			diag(timeline.Error, c.Line, "correction needs an id or a phrase to match")
			continue
		}
		out = append(out, c)
	}
	return out
}

// ParseDate reads a front-matter date ("2025-01-28", "January 28, 2025",
// "2025-01-28T10:00:00Z") in loc and returns it as YYYY-MM-DD.
func ParseDate(s string, loc *time.Location) (string, error) {
	if loc == nil {
		loc = time.UTC
	}
	t, err := dateparse.ParseIn(strings.TrimSpace(s), loc)
	if err != nil {
		return "", err
	}
	return t.In(loc).Format("2006-01-02"), nil
}

// CheckURL accepts absolute http and https URLs and refuses everything
// else (javascript:, data:, relative paths), so a hostile front matter
// cannot put a script behind a link.
func CheckURL(s string) (string, error) {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil {
		return "", fmt.Errorf("not a valid URL: %q", s)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	default:
		return "", fmt.Errorf("URL %q must start with http:// or https://", s)
	}
	if u.Host == "" {
		return "", fmt.Errorf("URL %q has no host", s)
	}
	return u.String(), nil
}
