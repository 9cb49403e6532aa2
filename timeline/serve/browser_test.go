package serve

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/timeline-tool/timeline/internal/browser"
)

// TestBrowserLiveReload opens a page of the dev server in a real browser,
// edits the source behind it and sees the new text without reloading by
// hand; breaks the front matter and sees the error overlay; fixes it and
// sees the overlay go.
func TestBrowserLiveReload(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	bin := browser.Chromium(t)
	dir := project(t, map[string]string{"content/river.md": okSource})
	r := start(t, dir, Options{})
	src := filepath.Join(dir, "content", "river.md")

	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Second) // a guard against a stalled browser, not a measurement
	defer cancel()
	bctx, cancelBrowser := browser.New(ctx, t, bin)
	defer cancelBrowser()

	// wait polls expr until it is true. The page reloads itself while we
	// wait, which aborts a poll in progress: then poll again in the new page.
	wait := func(what, expr string) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for {
			_, err := chromedp.Run(bctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(10*time.Second)))
			if err == nil {
				return
			}
			if time.Now().Before(deadline) && ctx.Err() == nil {
				time.Sleep(50 * time.Millisecond)
				continue
			}
			body, _ := chromedp.Run(bctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ""`))
			t.Fatalf("waiting for %s: %v\npage text:\n%s\nserver log:\n%s", what, err, body, r.log.String())
		}
	}
	const overlay = `document.getElementById("timeline-error-overlay")`

	if err := chromedp.Do(bctx, chromedp.Navigate(r.url+"/sources/river.html")); err != nil {
		t.Fatal(err)
	}
	wait("the page", `document.body.innerText.includes("The bridge opened")`)
	// Wait until the page listens for builds, and mark this load of the
	// page: a reload (only the page itself can do one) clears the mark.
	wait("the event stream", `document.documentElement.getAttribute("data-timeline-live") === "open"`)
	if _, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`window.timelineTestMark = true`)); err != nil {
		t.Fatal(err)
	}

	writeFile(t, src, strings.Replace(okSource, "The bridge opened", "The ferry opened", 1))
	wait("the edited text", `document.body.innerText.includes("The ferry opened") && !window.timelineTestMark`)

	writeFile(t, src, "---\ntitle: [unclosed\ndate: 2024-03-15\n---\n\nThe ferry opened on 12 May 1998.\n")
	wait("the error overlay", overlay+` !== null && `+overlay+`.innerText.includes("river.md:2")`)
	// The last good build is still what the page shows under the overlay.
	wait("the last good build", `document.body.innerText.includes("The ferry opened")`)

	writeFile(t, src, strings.Replace(okSource, "The bridge opened", "The tunnel opened", 1))
	wait("the overlay to go", overlay+` === null && document.body.innerText.includes("The tunnel opened")`)
}
