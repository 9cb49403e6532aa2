package serve

import (
	"bytes"
	_ "embed"
	"fmt"
	"html"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"
)

// Paths the server answers besides the site's files. The leading
// underscore keeps them out of the way of generated pages, whose names are
// slugs of [a-z0-9-].
const (
	eventsPath = "/_timeline/events"
	scriptPath = "/_timeline/live.js"
)

//go:embed live.js
var liveJS []byte

// Handler returns the HTTP handler: the site's files with the live-reload
// script injected into HTML, the script itself and the event stream.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(s.serveHTTP)
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case eventsPath:
		s.serveEvents(w, r)
		return
	case scriptPath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_, _ = w.Write(liveJS)
		return
	}
	name, ok := siteName(r)
	if !ok {
		http.NotFound(w, r)
		return
	}
	st := s.current()
	if st.site == nil {
		s.serveNotBuilt(w)
		return
	}
	data, found, err := st.site.get(name)
	if err != nil {
		s.serveRenderError(w, st.build, err)
		return
	}
	if !found {
		// "/sources" -> "/sources/": relative links need the slash.
		if path.Ext(name) == "" {
			if _, ok, _ := st.site.get(name + "/index.html"); ok {
				http.Redirect(w, r, "/"+name+"/", http.StatusMovedPermanently)
				return
			}
		}
		http.NotFound(w, r)
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = http.DetectContentType(data)
	}
	if strings.HasPrefix(ctype, "text/html") {
		data = inject(data, st.build)
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

// siteName maps a request to the name of a file of the site, refusing
// everything that is not a plain relative path below the root: dot
// segments, encoded dots and slashes, double encoding, backslashes, NUL
// and empty segments. The files come from memory, so nothing outside the
// site could be reached anyway; refusing early keeps it obvious.
func siteName(r *http.Request) (string, bool) {
	if r.URL.Opaque != "" {
		return "", false
	}
	return cleanName(r.URL.EscapedPath())
}

// cleanName maps an escaped URL path to a file name of the site.
func cleanName(raw string) (string, bool) {
	if !strings.HasPrefix(raw, "/") {
		return "", false
	}
	lower := strings.ToLower(raw)
	for _, bad := range []string{"\\", "%5c", "%2e", "%2f", "%25", "%00", "//"} {
		if strings.Contains(lower, bad) {
			return "", false
		}
	}
	p, err := url.PathUnescape(raw)
	if err != nil {
		return "", false
	}
	name := strings.TrimPrefix(p, "/")
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	if !fs.ValidPath(name) || strings.ContainsAny(name, "\\\x00") {
		return "", false
	}
	return name, true
}

// inject adds the live-reload script before </body>, or at the end.
func inject(page []byte, build string) []byte {
	tag := fmt.Sprintf(`<script src="%s" data-build="%s"></script>`, scriptPath, html.EscapeString(build))
	i := bytes.LastIndex(bytes.ToLower(page), []byte("</body>"))
	if i < 0 {
		i = len(page)
	}
	out := make([]byte, 0, len(page)+len(tag))
	out = append(out, page[:i]...)
	out = append(out, tag...)
	return append(out, page[i:]...)
}

// serveNotBuilt answers while no build has succeeded yet: a page that
// shows the problems and reloads itself once the content is fixed.
func (s *Server) serveNotBuilt(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusServiceUnavailable)
	page := []byte("<!doctype html><html><head><meta charset=\"utf-8\"><title>Not built yet</title></head><body>" +
		"<p>The site has not been built yet: the content has errors. This page reloads when they are fixed.</p></body></html>")
	_, _ = w.Write(inject(page, ""))
}

// serveRenderError answers a page whose template failed: the error, and
// the script, so the page reloads once the templates are fixed.
func (s *Server) serveRenderError(w http.ResponseWriter, build string, err error) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusInternalServerError)
	page := []byte("<!doctype html><html><head><meta charset=\"utf-8\"><title>Template error</title></head><body><pre>" +
		html.EscapeString(err.Error()) + "</pre></body></html>")
	_, _ = w.Write(inject(page, build))
}

// serveEvents streams the server state to one page, starting with the
// current state, until the page goes away or the server stops.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	// The page says which file it shows, so the next build renders it
	// before telling it to reload.
	page, _ := cleanName(r.URL.Query().Get("page"))
	ch, unsubscribe := s.hub.subscribe(page)
	defer unsubscribe()
	send := func(msg []byte) bool {
		_, err := fmt.Fprintf(w, "data: %s\n\n", msg)
		fl.Flush()
		return err == nil
	}
	if !send(s.message()) {
		return
	}
	keepAlive := time.NewTicker(20 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case msg := <-ch:
			if !send(msg) {
				return
			}
		case <-keepAlive.C:
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			fl.Flush()
		}
	}
}
