package build

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/net/html"

	"github.com/timeline-tool/timeline/timeline"
	tlcontent "github.com/timeline-tool/timeline/timeline/content"
	"github.com/timeline-tool/timeline/timeline/site"
)

// TestBadInput feeds the whole pipeline (load, then render the site) input
// meant to break it. Each case either fails with a clear diagnostic naming
// the file or builds a safe site; none may panic, hang or let markup
// through.
func TestBadInput(t *testing.T) {
	deep := func(prefix string, n int) []byte {
		return []byte(strings.Repeat(prefix, n) + "On 3 May 1999 it was deep.\n")
	}
	script := "<script>alert(1)</script>"
	cases := []struct {
		name  string
		files fstest.MapFS
		cfg   func(*timeline.Config)
		// diag is a substring of the expected diagnostics ("" for none);
		// safe checks the rendered site when the content builds.
		diag string
		safe func(t *testing.T, files map[string]string)
	}{
		// ---- not text ----
		{name: "invalid UTF-8", files: fstest.MapFS{"bad.md": {Data: []byte("ok\n\xff\xfe in 1999")}},
			diag: "bad.md:2:1: error: invalid UTF-8"},
		{name: "NUL byte", files: fstest.MapFS{"nul.md": {Data: []byte("In 1999\x00 it began.")}},
			diag: "nul.md:1:8: error: NUL byte"},

		// ---- size ----
		{name: "50 MB source over max_source_bytes", files: fstest.MapFS{"big.md": {Data: []byte(strings.Repeat("In 1999 it began. ", 50<<20/18))}},
			diag: "big.md: error: source is 52428798 bytes, larger than the limit of 8388608 (max_source_bytes)"},
		{name: "limit is configurable", files: fstest.MapFS{"small.md": {Data: []byte(strings.Repeat("x", 2000))}},
			cfg: func(c *timeline.Config) { c.MaxSourceBytes = 1000 }, diag: "small.md: error: source is 2000 bytes, larger than the limit of 1000"},

		// ---- shape ----
		// goldmark is quadratic in these: past the limits they are errors.
		{name: "10,000 nested lists", files: fstest.MapFS{"lists.md": {Data: deep("- ", 10000)}},
			diag: "lists.md:1:1: error: line opens 10000 nested lists or block quotes, more than the 500 allowed"},
		{name: "10,000 nested quotes", files: fstest.MapFS{"quotes.md": {Data: deep("> ", 10000)}},
			diag: "quotes.md:1:1: error: line opens 10000 nested lists or block quotes"},
		{name: "10,000 nested numbered lists", files: fstest.MapFS{"n.md": {Data: deep("1. ", 10000)}},
			diag: "n.md:1:1: error: line opens 10000 nested"},
		{name: "500 nested quotes are fine", files: fstest.MapFS{"q.md": {Data: deep("> ", 500)}}},
		{name: "100,000 link definitions in one paragraph", files: fstest.MapFS{"defs.md": {Data: []byte("---\ntitle: d\n---\nIn 1999.\n\n" + strings.Repeat("[a]: b\n", 100000))}},
			diag: "defs.md:6:1: error: paragraph of 700000 bytes with 100000 lines starting with \"[\" is too costly to parse; split it with blank lines"},
		{name: "100,000 link definitions apart", files: fstest.MapFS{"defs.md": {Data: []byte("In 1999.\n\n" + strings.Repeat("[a]: b\n\n", 100000))}}},
		{name: "10,000 nested emphasis and links", files: fstest.MapFS{"inline.md": {Data: []byte(strings.Repeat("*[", 10000) + "In 1999" + strings.Repeat("](x)*", 10000))}}},
		{name: "1 MB line", files: fstest.MapFS{"long.md": {Data: []byte(strings.Repeat("On 3 May 1999 a thing happened and ", 1<<20/35))}}},
		{name: "50,000 short lines", files: fstest.MapFS{"lines.md": {Data: []byte(strings.Repeat("In 1999\n", 50000))}}},

		// ---- front matter of the wrong types ----
		{name: "title is a list", files: fstest.MapFS{"t.md": {Data: []byte("---\ntitle: [a, b]\n---\nIn 1999.\n")}}, diag: "t.md:2"},
		{name: "tags is a map", files: fstest.MapFS{"t.md": {Data: []byte("---\ntags: {a: 1}\n---\nIn 1999.\n")}}, diag: "t.md:2"},
		{name: "date is a map", files: fstest.MapFS{"t.md": {Data: []byte("---\ndate: {y: 2020}\n---\nIn 1999.\n")}}, diag: "t.md:2"},
		{name: "front matter is a list", files: fstest.MapFS{"t.md": {Data: []byte("---\n- a\n- b\n---\nIn 1999.\n")}}, diag: "t.md:2: error: invalid front matter"},
		{name: "yaml alias bomb", files: fstest.MapFS{"t.md": {Data: []byte("---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\ntags: *g\n---\nIn 1999.\n")}},
			diag: "t.md"},

		// ---- names ----
		{name: "duplicate slugs", files: fstest.MapFS{"A b.md": {Data: []byte("x")}, "a-b.md": {Data: []byte("y")}},
			diag: `a-b.md: error: page name "a-b" is already used by A b.md`},

		// ---- script injection in every field ----
		{name: "script in title, tags, summary, author, url, body", files: fstest.MapFS{
			"x.md": {Data: []byte("---\ntitle: \"" + script + "\"\ntags: [\"" + script + "\", \"a\\\"onmouseover=alert(1)\"]\nsummary: \"" + script + "\"\nauthor: \"" + script + "\"\n---\n" +
				"On 3 May 1999 " + script + " it began <img src=x onerror=alert(1)>.\n\n<div onclick=\"alert(1)\">In 2001 raw.</div>\n\n" +
				"[click](javascript:alert(1)) and [data](data:text/html,<script>alert(1)</script>) and ![i](javascript:alert(1)) in 2002.\n")},
		}, safe: func(t *testing.T, files map[string]string) {
			for name, body := range files {
				if strings.HasSuffix(name, ".html") {
					checkHTML(t, name, body)
				}
				if strings.HasSuffix(name, ".json") || strings.HasSuffix(name, ".xml") {
					if strings.Contains(body, "<script") {
						t.Errorf("%s carries an unescaped <script", name)
					}
				}
			}
		}},
		{name: "javascript: source URL", files: fstest.MapFS{"x.md": {Data: []byte("---\nurl: \"javascript:alert(1)\"\n---\nIn 1999.\n")}},
			diag: `x.md:2: error: front matter "url": URL "javascript:alert(1)" must start with http:// or https://`},
		{name: "data: source URL", files: fstest.MapFS{"x.md": {Data: []byte("---\nurl: \"data:text/html;base64,PHNjcmlwdD4=\"\n---\nIn 1999.\n")}},
			diag: `x.md:2: error: front matter "url": URL "data:text/html;base64,PHNjcmlwdD4=" must start with http`},
		{name: "unsafe_html lets raw HTML through on source pages", files: fstest.MapFS{"x.md": {Data: []byte("On 3 May 1999 <b class=raw>bold</b> began.\n")}},
			cfg: func(c *timeline.Config) { c.UnsafeHTML = true },
			safe: func(t *testing.T, files map[string]string) {
				if !strings.Contains(files["sources/x.html"], "<b class=raw>") {
					t.Errorf("raw HTML dropped although unsafe_html is on")
				}
			}},
		{name: "raw HTML is escaped or dropped by default", files: fstest.MapFS{"x.md": {Data: []byte("On 3 May 1999 <b class=raw>bold</b> began.\n")}},
			safe: func(t *testing.T, files map[string]string) {
				if strings.Contains(files["sources/x.html"], "<b class=raw>") {
					t.Errorf("raw HTML let through without unsafe_html")
				}
			}},

		// ---- files that cannot be read ----
		{name: "unreadable file", files: fstest.MapFS{"locked.md": {Data: []byte("x")}, "ok.md": {Data: []byte("In 1999.")}},
			diag: "locked.md: error: permission denied"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := timeline.DefaultConfig()
			if c.cfg != nil {
				c.cfg(&cfg)
			}
			var fsys fs.FS = c.files
			if c.name == "unreadable file" {
				fsys = deniedFS{c.files, "locked.md"}
			}
			res := coldLoad(t, cfg, fsys)
			diags := diagText(res)
			if c.diag != "" {
				if !strings.Contains(diags, c.diag) {
					t.Fatalf("diagnostics lack %q:\n%s", c.diag, diags)
				}
				if res.Failed(false) {
					return
				}
			} else if res.Failed(false) {
				t.Fatalf("unexpected errors:\n%s", diags)
			}
			mem := site.NewMemory()
			if err := site.Render(cfg, res.Docs, res.Events, nil, mem); err != nil {
				t.Fatalf("render: %v", err)
			}
			files := map[string]string{}
			for _, n := range mem.Names() {
				b, _ := mem.Get(n)
				files[n] = string(b)
			}
			if c.safe != nil {
				c.safe(t, files)
			}
		})
	}
}

// TestSymlinksOutsideContent: os.DirFS follows links anywhere; sources
// reached through a link out of the content folder are refused with a
// diagnostic, links inside it are followed.
func TestSymlinksOutsideContent(t *testing.T) {
	root := t.TempDir()
	content := filepath.Join(root, "content")
	secret := filepath.Join(root, "secret")
	for _, d := range []string{content, secret, filepath.Join(content, "sub")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(secret, "passwd.md"), "In 1999 the secret was kept.")
	write(filepath.Join(content, "real.md"), "In 2001 it was real.")
	links := map[string]string{
		"abs.md":       filepath.Join(secret, "passwd.md"),
		"rel.md":       "../secret/passwd.md",
		"sub/climb.md": "../../secret/passwd.md",
		"inside.md":    "real.md",
		"chain.md":     "sub/hop.md",
		"sub/hop.md":   "../rel.md",
		"outdir":       secret, // a linked folder is not walked
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(content, filepath.FromSlash(name))); err != nil {
			t.Skipf("symlinks: %v", err)
		}
	}
	// Through os.DirFS and through content.DirFS, which timeline build
	// loads with (its own read path must not bypass the check).
	for _, fsys := range []fs.FS{os.DirFS(content), tlcontent.DirFS(content)} {
		checkSymlinkLoad(t, coldLoad(t, timeline.DefaultConfig(), fsys))
	}
}

func checkSymlinkLoad(t *testing.T, res *Result) {
	t.Helper()
	diags := diagText(res)
	for _, name := range []string{"abs.md", "rel.md", "sub/climb.md", "chain.md", "sub/hop.md"} {
		if !strings.Contains(diags, name+": error: symbolic link") || !strings.Contains(diags, "leads outside the content folder") {
			t.Errorf("%s: no refusal in\n%s", name, diags)
		}
	}
	if strings.Contains(diags, "inside.md") || strings.Contains(diags, "real.md:") {
		t.Errorf("link inside the folder refused:\n%s", diags)
	}
	for _, e := range res.Events {
		if strings.Contains(e.Text, "secret") {
			t.Errorf("read through a link out of the content folder: %q", e.Text)
		}
	}
	for _, d := range res.Docs {
		if strings.HasPrefix(d.Path, "outdir/") {
			t.Errorf("walked into a linked folder: %s", d.Path)
		}
	}
}

// TestUnreadableFileOnDisk is the real chmod 000 case; root reads
// anything, so it only runs as another user (deniedFS covers it above).
func TestUnreadableFileOnDisk(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: chmod 000 does not stop reading")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "locked.md")
	if err := os.WriteFile(p, []byte("In 1999."), 0o000); err != nil {
		t.Fatal(err)
	}
	res := coldLoad(t, timeline.DefaultConfig(), os.DirFS(dir))
	if d := diagText(res); !strings.Contains(d, "locked.md: error: permission denied") {
		t.Errorf("diagnostics: %s", d)
	}
}

// checkHTML fails on any script element, event-handler attribute or
// javascript:/data: link that the page's markup (not its text) carries.
func checkHTML(t *testing.T, name, body string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(body))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		for _, a := range tok.Attr {
			v := strings.ToLower(strings.TrimSpace(a.Val))
			switch {
			case strings.HasPrefix(a.Key, "on"):
				t.Errorf("%s: <%s %s=%q>: event handler attribute", name, tok.Data, a.Key, a.Val)
			case (a.Key == "href" || a.Key == "src") && (strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:text") || strings.HasPrefix(v, "vbscript:")):
				t.Errorf("%s: <%s %s=%q>: dangerous URL", name, tok.Data, a.Key, a.Val)
			}
		}
		if tok.Data == "script" {
			for _, a := range tok.Attr {
				if a.Key == "src" {
					goto next
				}
			}
			if z.Next() == html.TextToken && strings.Contains(string(z.Text()), "alert") {
				t.Errorf("%s: injected inline script", name)
			}
		}
	next:
	}
}

func diagText(res *Result) string {
	var b strings.Builder
	for _, d := range res.Diagnostics {
		b.WriteString(d.String() + "\n")
	}
	return b.String()
}

// deniedFS refuses to open one file, as a chmod 000 file does for a
// user other than root.
type deniedFS struct {
	fs.FS
	name string
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if name == d.name {
		return nil, &fs.PathError{Op: "open", Path: name, Err: errors.Join(fs.ErrPermission)}
	}
	return d.FS.Open(name)
}
