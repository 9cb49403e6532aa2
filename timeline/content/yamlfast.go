package content

import (
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// simpleYAML builds, for the front matter most sources have, the node
// tree yaml.Unmarshal would (kinds, styles, tags, values, lines and
// columns), without the YAML parser, which cost a quarter of loading a
// source: one "key: value" per line, at the start of the line, the value
// a plain scalar starting with a letter or digit (or a non-ASCII
// character), a quoted string without escapes, or a flow list of plain
// words. Anything else (comments,
// indentation, block lists, empty values, repeated keys, tabs, CRs...)
// returns false, and the caller asks yaml.v3.
func simpleYAML(yml []byte) (*yaml.Node, bool) {
	lines := 0
	for _, c := range yml {
		if c == '\n' {
			lines++
		}
	}
	if lines == 0 || lines > 64 {
		return nil, false
	}
	// One allocation for the nodes of up to lines keys and values, and one
	// for the mapping's Content; list items come on their own.
	nodes := make([]yaml.Node, 2, 2+2*lines)
	doc, top := &nodes[0], &nodes[1]
	top.Content = make([]*yaml.Node, 0, 2*lines)
	for ln, rest := 1, yml; len(rest) > 0; ln++ {
		var line []byte
		if i := indexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			line, rest = rest, nil
		}
		if len(line) == 0 {
			continue
		}
		k := 0
		for k < len(line) && k < 64 && isKeyByte(line[k], k) {
			k++
		}
		if k == 0 || k+1 >= len(line) || line[k] != ':' || line[k+1] != ' ' {
			return nil, false
		}
		key := internKey(line[:k])
		for i := 0; i < len(top.Content); i += 2 {
			if top.Content[i].Value == key {
				return nil, false
			}
		}
		v := k + 1
		for v < len(line) && line[v] == ' ' {
			v++
		}
		if v == len(line) {
			return nil, false
		}
		nodes = append(nodes, yaml.Node{Kind: yaml.ScalarNode, Value: key, Line: ln, Column: 1})
		kn := &nodes[len(nodes)-1]
		kn.Tag = kn.ShortTag()
		nodes = append(nodes, yaml.Node{Line: ln, Column: v + 1})
		vn := &nodes[len(nodes)-1]
		if !simpleValue(vn, line[v:], v) {
			return nil, false
		}
		top.Content = append(top.Content, kn, vn)
	}
	if len(top.Content) == 0 {
		return nil, false
	}
	first := top.Content[0]
	*top = yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: first.Line, Column: 1, Content: top.Content}
	*doc = yaml.Node{Kind: yaml.DocumentNode, Line: first.Line, Column: 1, Content: []*yaml.Node{top}}
	return doc, true
}

// simpleValue fills n from the value text s (at byte col-1 of an ASCII
// key line), or reports false.
func simpleValue(n *yaml.Node, s []byte, col int) bool {
	switch c := s[0]; {
	case c == '"' || c == '\'':
		end := 1
		for end < len(s) && s[end] != c {
			if s[end] == '\\' || !printable(s, end) {
				return false
			}
			end++
		}
		if end == len(s) || !allSpaces(s[end+1:]) {
			return false
		}
		n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!str", string(s[1:end])
		n.Style = yaml.DoubleQuotedStyle
		if c == '\'' {
			n.Style = yaml.SingleQuotedStyle
		}
		return true
	case c == '[':
		return simpleList(n, s, col)
	case isAlnum(c) || c >= utf8.RuneSelf && printable(s, 0):
		end := len(s)
		for end > 0 && s[end-1] == ' ' {
			end--
		}
		s = s[:end]
		if s[len(s)-1] == ':' {
			return false
		}
		for i := range s {
			if !printable(s, i) {
				return false
			}
			if i+1 < len(s) && (s[i] == ':' && s[i+1] == ' ' || s[i] == ' ' && s[i+1] == '#') {
				return false // a mapping inside the value, or a comment
			}
		}
		n.Kind, n.Value = yaml.ScalarNode, string(s)
		n.Tag = n.ShortTag()
		return true
	}
	return false
}

// simpleList reads "[a, b c, d]": plain words of letters, digits, spaces
// and "-_.", separated by commas.
func simpleList(n *yaml.Node, s []byte, col int) bool {
	end := len(s)
	for end > 0 && s[end-1] == ' ' {
		end--
	}
	if end < 2 || s[end-1] != ']' {
		return false
	}
	n.Kind, n.Tag, n.Style = yaml.SequenceNode, "!!seq", yaml.FlowStyle
	runes := col // column of s[i] is runes+1 while walking s
	i := 1
	runes++
	for {
		for i < end-1 && s[i] == ' ' {
			i, runes = i+1, runes+1
		}
		if i == end-1 {
			return len(n.Content) == 0 // "[]", but not "[a, ]"
		}
		if !isAlnum(s[i]) && (s[i] < utf8.RuneSelf || !printable(s, i)) {
			return false
		}
		start, startCol := i, runes+1
		for i < end-1 && s[i] != ',' {
			c := s[i]
			if c < utf8.RuneSelf {
				if !isAlnum(c) && c != ' ' && c != '-' && c != '_' && c != '.' {
					return false
				}
				i, runes = i+1, runes+1
				continue
			}
			if !printable(s, i) {
				return false
			}
			_, size := utf8.DecodeRune(s[i:])
			i, runes = i+size, runes+1
		}
		w := i
		for w > start && s[w-1] == ' ' {
			w--
		}
		item := &yaml.Node{Kind: yaml.ScalarNode, Value: string(s[start:w]), Line: n.Line, Column: startCol}
		item.Tag = item.ShortTag()
		n.Content = append(n.Content, item)
		if i == end-1 {
			return true
		}
		i, runes = i+1, runes+1 // the comma
	}
}

// printable reports whether the character starting at s[i] is one YAML
// reads as itself: printable ASCII, or a non-ASCII character other than
// the ones YAML takes for line breaks or a byte order mark. (Parse has
// checked that the source is UTF-8.)
func printable(s []byte, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return c >= ' ' && c <= '~'
	}
	if c < 0xC0 {
		return true // a continuation byte of a character checked at its start
	}
	r, _ := utf8.DecodeRune(s[i:])
	return r >= 0xA0 && r != 0x2028 && r != 0x2029 && r != 0xFEFF && r <= 0xFFFD || r >= 0x10000
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isKeyByte(c byte, i int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || i > 0 && (c >= '0' && c <= '9' || c == '-')
}

func allSpaces(s []byte) bool {
	for _, c := range s {
		if c != ' ' {
			return false
		}
	}
	return true
}

func indexByte(s []byte, c byte) int {
	for i, b := range s {
		if b == c {
			return i
		}
	}
	return -1
}

// internKey returns key as a string, without allocating one for the keys
// parseMeta knows (they stay in Meta.Lines).
func internKey(key []byte) string {
	switch string(key) {
	case "title":
		return "title"
	case "date":
		return "date"
	case "url":
		return "url"
	case "tags":
		return "tags"
	case "summary":
		return "summary"
	case "description":
		return "description"
	case "author":
		return "author"
	case "news":
		return "news"
	case "timeline":
		return "timeline"
	}
	return string(key)
}
