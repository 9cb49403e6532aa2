package site

import (
	"net/url"
	"path"
	"strings"
	"unicode"

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
	return string(appendTextFragment(nil, rawURL, sentence))
}

// appendTextFragment appends TextFragment(rawURL, sentence) to b, without
// splitting the sentence into words first.
func appendTextFragment(b []byte, rawURL, sentence string) []byte {
	const edge = 4
	n := 0
	for w := range fields(sentence) {
		_ = w
		n++
	}
	if n == 0 {
		return b
	}
	if strings.Contains(rawURL, "#") {
		b = append(b, ":~:text="...)
	} else {
		b = append(b, "#:~:text="...)
	}
	k := 0
	for w := range fields(sentence) {
		switch {
		case n > 2*edge && k >= edge && k < n-edge:
			k++
			continue
		case k == 0:
		case n > 2*edge && k == n-edge:
			b = append(b, ',')
		default:
			b = append(b, "%20"...) // the space between two words
		}
		b = appendTextDirective(b, w)
		k++
	}
	return b
}

// fields yields the words of s as strings.Fields splits them.
func fields(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range s {
			if unicode.IsSpace(r) {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// appendTextDirective percent-encodes a text directive term. Beyond what
// URLs require, the directive syntax reserves "-", "," and "&", so only
// letters, digits and "._~" are left as they are.
func appendTextDirective(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '~' {
			b = append(b, c)
			continue
		}
		b = append(b, '%', hex[c>>4], hex[c&15])
	}
	return b
}

// sourceLinker returns the function content.Render uses to point links
// between sources ("other.md", "../b/other.md#part") at the other source's
// page. Links to files that are not sources are left alone.
func sourceLinker(from *timeline.Document, bySlugPath map[string]string) func(string) (string, bool) {
	return func(dest string) (string, bool) {
		// Most links (the date phrases' own among them) cannot name a
		// source: no source extension and no escape that could spell one.
		if !content.MayNameSource(dest) {
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
