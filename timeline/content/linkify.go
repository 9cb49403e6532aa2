package content

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// linkify is goldmark's GFM Linkify extension with a cheaper refusal.
// Its parser runs at every space of every paragraph (a URL may follow
// any), and most of its cost there is spent finding out that no URL or
// e-mail address starts: a context lookup, prefix tests and an e-mail
// scan. fastLinkify refuses first, from the bytes alone, what the inner
// parser would refuse; whatever may be a link goes to it unchanged.
type linkify struct {
	// exclusive says the goldmark instance is used by one goroutine at
	// a time (Parse and Render pool theirs), so its parser may remember
	// the block it last looked at.
	exclusive bool
}

func (e linkify) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithInlineParsers(
		util.Prioritized(&fastLinkify{inner: extension.NewLinkifyParser(), exclusive: e.exclusive}, 999), // extension.Linkify's priority
	))
}

type fastLinkify struct {
	inner     parser.InlineParser
	exclusive bool
	block     ast.Node // the block whose inline content is being parsed
	none      bool     // block has no URL prefix and no "@" anywhere
}

func (p *fastLinkify) Trigger() []byte { return p.inner.Trigger() }

func (p *fastLinkify) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	if p.exclusive {
		// The parser is called at each space of a block: look at the
		// whole block once. (Holding the node keeps it from being freed,
		// so a later block cannot have its address.)
		if parent != p.block {
			p.block, p.none = parent, !blockMayLink(parent, block.Source())
		}
		if p.none {
			return nil
		}
	}
	if line, _ := block.PeekLine(); len(line) > 0 && !mayLink(line) {
		return nil
	}
	return p.inner.Parse(parent, block, pc)
}

// blockMayLink reports whether the lines of block hold anything a link
// could start with: the ":" of a URL scheme, "www." or the "@" of an
// e-mail address.
func blockMayLink(block ast.Node, source []byte) bool {
	lines := block.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		l := seg.Value(source)
		if bytes.IndexByte(l, '@') >= 0 || bytes.IndexByte(l, ':') >= 0 {
			return true
		}
		for j := 0; ; j++ { // "www.": 'w' is common, "ww" is not
			k := bytes.IndexByte(l[j:], 'w')
			if k < 0 {
				break
			}
			if j += k; bytes.HasPrefix(l[j:], domainWWW) {
				return true
			}
		}
	}
	return false
}

var (
	protoHTTP  = []byte("http:")
	protoHTTPS = []byte("https:")
	protoFTP   = []byte("ftp:")
	domainWWW  = []byte("www.")
)

// mayLink reports whether goldmark's linkify parser could find a link at
// the start of line (after the trigger byte it skips): a URL needs one of
// its prefixes, an e-mail address (util.FindEmailIndex) a local part of at
// most 64 bytes followed by "@".
func mayLink(line []byte) bool {
	if c := line[0]; c == ' ' || c == '*' || c == '_' || c == '~' || c == '(' {
		line = line[1:]
	}
	if len(line) == 0 {
		return false
	}
	switch line[0] {
	case 'h':
		if bytes.HasPrefix(line, protoHTTP) || bytes.HasPrefix(line, protoHTTPS) {
			return true
		}
	case 'f':
		if bytes.HasPrefix(line, protoFTP) {
			return true
		}
	case 'w':
		if bytes.HasPrefix(line, domainWWW) {
			return true
		}
	}
	i, lim := 0, min(len(line), 64)
	for i < lim && emailLocal[line[i]] {
		i++
	}
	return i > 0 && i < len(line) && line[i] == '@'
}

// emailLocal holds the bytes of the local part of an e-mail address as
// goldmark's util.FindEmailIndex reads it.
var emailLocal = func() (t [256]bool) {
	for c := range t {
		t[c] = isAlnum(byte(c)) || strings.IndexByte("!#$%&'*+-./=?^_`{|}~", byte(c)) >= 0
	}
	return t
}()
