package site

import (
	"net/url"
	"path"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/content"
)

// TextFragment returns a URL fragment directive that makes a browser
// scroll to and highlight sentence on the original page:
// "#:~:text=On%2030%20September,Syria%20permanently." Short sentences are
// quoted whole; long ones by their first and last words (textStart,textEnd),
// which survives small differences in between. When rawURL already has a
// fragment, the directive follows it (":~:text=") as the spec allows.
func TextFragment(rawURL, sentence string) string {
	words := strings.Fields(sentence)
	if len(words) == 0 {
		return ""
	}
	var directive string
	const edge = 4
	if len(words) <= 2*edge {
		directive = encodeTextDirective(strings.Join(words, " "))
	} else {
		directive = encodeTextDirective(strings.Join(words[:edge], " ")) + "," + encodeTextDirective(strings.Join(words[len(words)-edge:], " "))
	}
	if strings.Contains(rawURL, "#") {
		return ":~:text=" + directive
	}
	return "#:~:text=" + directive
}

// encodeTextDirective percent-encodes a text directive term. Beyond what
// URLs require, the directive syntax reserves "-", "," and "&", so only
// letters, digits and "._~" are left as they are.
func encodeTextDirective(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// sourceLinker returns the function content.Render uses to point links
// between sources ("other.md", "../b/other.md#part") at the other source's
// page. Links to files that are not sources are left alone.
func sourceLinker(from *timeline.Document, bySlugPath map[string]string) func(string) (string, bool) {
	return func(dest string) (string, bool) {
		// Most links (the date phrases' own among them) cannot name a
		// source: no source extension and no escape that could spell one.
		if p, _, _ := strings.Cut(dest, "#"); !strings.Contains(p, "%") && !content.IsSource(strings.SplitN(p, "?", 2)[0]) {
			return "", false
		}
		u, err := url.Parse(dest)
		if err != nil || u.Scheme != "" || u.Host != "" || u.Path == "" || strings.HasPrefix(u.Path, "/") {
			return "", false
		}
		p, err := url.PathUnescape(u.Path)
		if err != nil {
			return "", false
		}
		target := path.Clean(path.Join(path.Dir(from.Path), p))
		slug, ok := bySlugPath[target]
		if !ok {
			return "", false
		}
		href := slug + ".html" // source pages sit side by side in sources/
		if u.Fragment != "" {
			href += "#" + url.PathEscape(u.Fragment)
		}
		return href, true
	}
}
