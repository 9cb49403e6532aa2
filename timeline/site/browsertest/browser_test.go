// Package browsertest drives a real browser (Debian's chromium, through
// chromedp) over the sample site: it checks the events and links in the
// DOM at desktop and phone widths, runs the axe-core accessibility audit
// and saves screenshots under testout/.
//
// The test skips when chromium or axe-core is missing, unless
// TIMELINE_BROWSER_TESTS=1 (as in CI), which makes their absence a
// failure. axe-core is looked up at $TIMELINE_AXE_JS, else at
// .cache/node_modules/axe-core/axe.min.js in the repository (installed by
// .ci/run with npm).
package browsertest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/timeline-tool/timeline/internal/browser"
	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/build"
	"github.com/timeline-tool/timeline/timeline/site"
)

// repoRoot is the folder holding go.mod.
func repoRoot(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test")
		}
		dir = parent
	}
}

// tools finds chromium and axe-core, skipping (or failing in CI) when one
// is missing.
func tools(t *testing.T, root string) (chromium, axe string) {
	chromium = browser.Chromium(t)
	axe = os.Getenv("TIMELINE_AXE_JS")
	if axe == "" {
		axe = filepath.Join(root, ".cache", "node_modules", "axe-core", "axe.min.js")
	}
	if _, err := os.Stat(axe); err != nil {
		browser.Missing(t, "axe-core is missing at "+axe+" (npm install --prefix .cache axe-core)")
	}
	return chromium, axe
}

// buildSample builds the repository's sample content into a folder.
func buildSample(t *testing.T, root string) (dir string, res *build.Result) {
	cfg := timeline.DefaultConfig()
	cfg.Title = "Sample timeline"
	cfg.Description = "Events read from the sample articles."
	l, err := build.NewLoader(cfg)
	if err != nil {
		t.Fatal(err)
	}
	res, err = l.Load(context.Background(), os.DirFS(filepath.Join(root, "content")))
	if err != nil {
		t.Fatal(err)
	}
	dir = t.TempDir()
	if err := site.Render(cfg, res.Docs, res.Events, nil, &site.Dir{Root: dir}); err != nil {
		t.Fatal(err)
	}
	return dir, res
}

type axeResult struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

func TestSampleSiteInBrowser(t *testing.T) {
	root := repoRoot(t)
	chromium, axePath := tools(t, root)
	axeJS, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatal(err)
	}
	dir, res := buildSample(t, root)

	// The site is served under a sub-path, to prove every link is relative.
	const prefix = "/news/timeline/"
	mux := http.NewServeMux()
	mux.Handle(prefix, http.StripPrefix(prefix, http.FileServer(http.Dir(dir))))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	base := srv.URL + prefix

	shots := filepath.Join(root, "testout")
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	bctx, cancelBrowser := browser.New(ctx, t, chromium, chromedp.Flag("hide-scrollbars", true))
	defer cancelBrowser()

	eval := func(expr string, out any) {
		t.Helper()
		raw, err := chromedp.Run(bctx, chromedp.Evaluate[json.RawMessage](expr, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("evaluating %.60q: %v", expr, err)
		}
		if out != nil {
			if err := json.Unmarshal(raw, out); err != nil {
				t.Fatalf("evaluating %.60q: %v (%s)", expr, err, raw)
			}
		}
	}
	open := func(page string, width, height int64, mobile bool) {
		t.Helper()
		var opts []chromedp.EmulateViewportOption
		if mobile {
			opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateScale(2))
		}
		if err := chromedp.Do(bctx, chromedp.EmulateViewport(width, height, opts...), chromedp.Navigate(base+page)); err != nil {
			t.Fatalf("opening %s: %v", page, err)
		}
		eval(`new Promise(r => document.readyState === "complete" ? r(true) : addEventListener("load", () => r(true)))`, nil)
	}
	// screenshot saves what the viewport shows, and the full page as name-full.png.
	screenshot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
		png, err = chromedp.Run(bctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(shots, name+"-full.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	audit := func(page string) {
		t.Helper()
		eval(string(axeJS)+";true", nil)
		var r struct {
			Violations []axeResult `json:"violations"`
			Passes     int         `json:"passes"`
		}
		eval(`axe.run(document, {resultTypes: ["violations"]}).then(r => ({violations: r.violations, passes: r.passes.length}))`, &r)
		if r.Passes == 0 {
			t.Fatalf("%s: axe ran no checks", page)
		}
		for _, v := range r.Violations {
			msg := fmt.Sprintf("%s: axe %s (%s): %s", page, v.ID, v.Impact, v.Help)
			for _, n := range v.Nodes {
				msg += "\n\t" + n.HTML
			}
			if v.Impact == "serious" || v.Impact == "critical" {
				t.Error(msg)
			} else {
				t.Log(msg)
			}
		}
	}
	darkMode := func(on bool) {
		t.Helper()
		v := "light"
		if on {
			v = "dark"
		}
		if _, err := chromedp.Call(bctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: v}}}); err != nil {
			t.Fatal(err)
		}
	}

	// Desktop: the index lists every event, with its <time> and links.
	open("index.html", 1280, 900, false)
	var n int
	eval(`document.querySelectorAll("li.event").length`, &n)
	if n != len(res.Events) {
		t.Errorf("index shows %d events, want %d", n, len(res.Events))
	}
	for dt, text := range map[string]string{
		"2015-09-30": "30 September 2015",
		"2017-12":    "December 2017",
		"2025-01-21": "21 January 2025",
		"2025-01-28": "28 January 2025",
	} {
		var got []string
		eval(fmt.Sprintf(`[...document.querySelectorAll('li.event time[datetime="%s"]')].map(e => e.textContent)`, dt), &got)
		if !contains(got, text) {
			t.Errorf("time[datetime=%s] texts %q, want %q among them", dt, got, text)
		}
	}
	// Every link of the page resolves on the server (relative links under
	// the sub-path); external links are only the sources' original URLs.
	var links []string
	eval(`[...document.querySelectorAll("a[href]")].map(a => new URL(a.getAttribute("href"), document.baseURI).href)`, &links)
	checked := map[string]bool{}
	for _, l := range links {
		u, err := url.Parse(l)
		if err != nil {
			t.Errorf("bad link %q", l)
			continue
		}
		if u.Host != strings.TrimPrefix(srv.URL, "http://") {
			if u.Scheme != "https" && u.Scheme != "http" {
				t.Errorf("link %q is not http(s)", l)
			}
			continue
		}
		if !strings.HasPrefix(u.Path, prefix) {
			t.Errorf("link %q leaves the site's sub-path", l)
		}
		u.Fragment = ""
		if checked[u.String()] {
			continue
		}
		checked[u.String()] = true
		resp, err := http.Get(u.String())
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("link %s: %s", l, resp.Status)
		}
	}
	screenshot("desktop-index")
	eval(`document.getElementById("y2024").scrollIntoView(); true`, nil)
	screenshot("desktop-index-2024")
	audit("index.html (desktop)")

	// The search box narrows the list (progressive enhancement).
	var shown int
	eval(`(() => { const q = document.querySelector("form.filter input[name=q]"); q.value = "Apollo 11"; q.dispatchEvent(new Event("input", {bubbles: true})); return document.querySelectorAll("li.event:not([hidden])").length })()`, &shown)
	if shown == 0 || shown >= n {
		t.Errorf("searching for Apollo 11 shows %d of %d events", shown, n)
	}

	// Dark mode passes the audit too (contrast).
	darkMode(true)
	open("index.html", 1280, 900, false)
	screenshot("desktop-index-dark")
	audit("index.html (dark)")
	darkMode(false)

	// A source page: date phrases link back, paragraphs have anchors.
	open("sources/russian-delegation-damascus.html", 1280, 900, false)
	var phrases []string
	eval(`[...document.querySelectorAll("a.date-phrase")].map(a => a.getAttribute("href"))`, &phrases)
	if len(phrases) == 0 {
		t.Error("no date phrase links on the source page")
	}
	for _, h := range phrases {
		if !strings.HasPrefix(h, "../index.html#e") {
			t.Errorf("date phrase links to %q, want ../index.html#e…", h)
		}
	}
	var internal string
	eval(`(document.querySelector('a[href^="russian-intervention-in-syria.html"]') || {}).href || ""`, &internal)
	if internal == "" {
		t.Error("link to russian-intervention-in-syria.md was not rewritten to its page")
	}
	screenshot("desktop-source")
	audit("source page")

	for _, page := range []string{"sources/index.html", "tags/index.html", "tags/syria.html"} {
		open(page, 1280, 900, false)
		audit(page)
	}

	// Phone: same events, nothing wider than the screen.
	open("index.html", 360, 740, true)
	eval(`document.querySelectorAll("li.event").length`, &n)
	if n != len(res.Events) {
		t.Errorf("phone: index shows %d events, want %d", n, len(res.Events))
	}
	var overflow int
	eval(`document.documentElement.scrollWidth - document.documentElement.clientWidth`, &overflow)
	if overflow > 0 {
		t.Errorf("phone: the page is %dpx wider than the screen", overflow)
	}
	screenshot("phone-index")
	eval(`document.getElementById("y2024").scrollIntoView(); true`, nil)
	screenshot("phone-index-2024")
	audit("index.html (phone)")
	open("sources/russian-delegation-damascus.html", 360, 740, true)
	screenshot("phone-source")

	if err := ctx.Err(); errors.Is(err, context.DeadlineExceeded) {
		t.Fatal("browser test ran out of time")
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
