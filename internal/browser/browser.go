// Package browser starts Debian's headless Chromium for the project's
// browser tests (chromedp), with the flags that keep it off the network:
// without them Chromium tries to reach Google's services and stalls on a
// closed network.
package browser

import (
	"context"
	"os"
	"os/exec"
	"testing"

	"github.com/chromedp/chromedp"
)

// Required reports whether browser tests must run (CI sets
// TIMELINE_BROWSER_TESTS=1): then a missing tool fails the test instead of
// skipping it.
func Required() bool { return os.Getenv("TIMELINE_BROWSER_TESTS") == "1" }

// Missing skips the test because what is missing, or fails it when
// browser tests are required.
func Missing(t testing.TB, what string) {
	t.Helper()
	if Required() {
		t.Fatalf("TIMELINE_BROWSER_TESTS=1 but %s", what)
	}
	t.Skipf("skipping browser test: %s (set TIMELINE_BROWSER_TESTS=1 to require it)", what)
}

// Chromium returns the path of the chromium binary (see Missing).
func Chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	Missing(t, "chromium is not installed (apt-get install chromium)")
	return ""
}

// New starts a headless Chromium with a fresh profile in a temporary
// folder and returns a browser context; cancel stops the browser.
func New(ctx context.Context, t testing.TB, bin string, extra ...chromedp.ExecAllocatorOption) (context.Context, context.CancelFunc) {
	opts := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
	}, extra...)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	return bctx, func() { cancelBrowser(); cancelAlloc() }
}
