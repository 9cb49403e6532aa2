package serve

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/timeline-tool/timeline/timeline/site"
)

// rawGet sends a request line as written, bypassing client-side cleaning,
// and returns the status code.
func rawGet(t *testing.T, addr, target string) int {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, addr)
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

func TestHandlerServesOnlyTheSite(t *testing.T) {
	srv, err := New(Options{Config: testConfig(t.TempDir())})
	if err != nil {
		t.Fatal(err)
	}
	mem := site.NewMemory()
	for name, body := range map[string]string{
		"index.html":           "<html><body><p>home</p></body></html>",
		"sources/index.html":   "<html><body>list</body></html>",
		"sources/a-river.html": "<html><BODY>river</BODY></html>",
		"style.css":            "body{}",
	} {
		if err := mem.WriteFile(name, []byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	prep, err := site.Prepare(srv.cfg, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv.state = state{build: "b-1", site: &snapshot{id: "b-1", site: prep, render: &srv.render, files: mem, missing: map[string]bool{}}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: srv.Handler()}
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	addr := ln.Addr().String()

	tests := []struct {
		target string
		code   int
	}{
		// the site
		{"/", 200},
		{"/index.html", 200},
		{"/sources/", 200},
		{"/sources/a-river.html", 200},
		{"/sources/a%2Driver.html", 200}, // an encoded ordinary character is fine
		{"/style.css", 200},
		{"/style.css?v=1", 200},
		{"/sources", 301},
		{"/missing.html", 404},
		// traversal, plain and encoded
		{"/../etc/passwd", 404},
		{"/sources/../index.html", 404},
		{"/sources/../../etc/passwd", 404},
		{"/./index.html", 404},
		{"/%2e%2e/etc/passwd", 404},
		{"/%2E%2E/%2E%2E/etc/passwd", 404},
		{"/..%2findex.html", 404},
		{"/sources%2f..%2findex.html", 404},
		{"/%252e%252e/etc/passwd", 404},
		{"/%252e%252e%252fetc%252fpasswd", 404},
		{"/..%5cindex.html", 404},
		{"/..\\index.html", 404},
		{"/sources\\a-river.html", 404},
		{"//etc/passwd", 404},
		{"/etc/passwd", 404},
		{"/index.html%00.css", 404},
		{"/C:/Windows/win.ini", 404},
		{"/sources//a-river.html", 404},
	}
	for _, tt := range tests {
		if got := rawGet(t, addr, tt.target); got != tt.code {
			t.Errorf("GET %s = %d, want %d", tt.target, got, tt.code)
		}
	}

	// HTML gets the script, before </body> whatever its case; CSS does not.
	for name, want := range map[string]bool{"/": true, "/sources/a-river.html": true, "/style.css": false} {
		resp, err := http.Get("http://" + addr + name)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		has := strings.Contains(string(b), `<script src="/_timeline/live.js" data-build="b-1"></script>`)
		if has != want {
			t.Errorf("%s: script injected = %v, want %v:\n%s", name, has, want, b)
		}
		if want && !strings.Contains(strings.ToLower(string(b)), "</script></body>") {
			t.Errorf("%s: script not placed before </body>:\n%s", name, b)
		}
	}

	resp, err := http.Post("http://"+addr+"/index.html", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST = %d, want 405", resp.StatusCode)
	}
}

func TestHubLatestWins(t *testing.T) {
	h := newHub()
	ch, unsubscribe := h.subscribe("index.html")
	for i := 0; i < 5; i++ {
		h.publish([]byte{byte('0' + i)}) // never blocks on a slow client
	}
	if got := string(<-ch); got != "4" {
		t.Errorf("slow client got %q, want the latest message 4", got)
	}
	unsubscribe()
	if h.count() != 0 {
		t.Errorf("%d clients after unsubscribe", h.count())
	}
}
