package content

import (
	"bytes"

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
type linkify struct{}

func (linkify) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithInlineParsers(
		util.Prioritized(&fastLinkify{inner: extension.NewLinkifyParser()}, 999), // extension.Linkify's priority
	))
}

type fastLinkify struct{ inner parser.InlineParser }

func (p *fastLinkify) Trigger() []byte { return p.inner.Trigger() }

func (p *fastLinkify) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	if line, _ := block.PeekLine(); len(line) > 0 && !mayLink(line) {
		return nil
	}
	return p.inner.Parse(parent, block, pc)
}

var (
	protoHTTP  = []byte("http:")
	protoHTTPS = []byte("https:")
	protoFTP   = []byte("ftp:")
	domainWWW  = []byte("www.")
)

// mayLink reports whether goldmark's linkify parser could find a link at
// the start of line (after the trigger byte it skips): a URL needs one of
// its prefixes, an e-mail address an "@" within the 64 bytes its local
// part may take, plus the "@".
func mayLink(line []byte) bool {
	if c := line[0]; c == ' ' || c == '*' || c == '_' || c == '~' || c == '(' {
		line = line[1:]
	}
	if bytes.HasPrefix(line, protoHTTP) || bytes.HasPrefix(line, protoHTTPS) || bytes.HasPrefix(line, protoFTP) || bytes.HasPrefix(line, domainWWW) {
		return true
	}
	return bytes.IndexByte(line[:min(len(line), 65)], '@') >= 0
}
