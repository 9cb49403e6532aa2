package serve

import (
	"sort"
	"sync"
)

// hub fans the server state out to the open pages. Every message carries
// the whole state, so a slow client may skip intermediate ones: each client
// has a one-slot mailbox in which the latest message wins.
type hub struct {
	mu      sync.Mutex
	clients map[chan []byte]string // client -> the site file it shows ("" unknown)
}

func newHub() *hub { return &hub{clients: map[chan []byte]string{}} }

// subscribe registers a client showing page (a file of the site, "" when
// unknown); the returned function unregisters it.
func (h *hub) subscribe(page string) (<-chan []byte, func()) {
	ch := make(chan []byte, 1)
	h.mu.Lock()
	h.clients[ch] = page
	h.mu.Unlock()
	return ch, func() {
		h.mu.Lock()
		delete(h.clients, ch)
		h.mu.Unlock()
	}
}

// publish sends msg to every client without ever blocking on one.
func (h *hub) publish(msg []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.clients {
		for {
			select {
			case ch <- msg:
			default:
				select { // full: drop the stale message and retry
				case <-ch:
				default:
				}
				continue
			}
			break
		}
	}
}

// pages returns the files the clients show, sorted, without repeats.
func (h *hub) pages() []string {
	h.mu.Lock()
	seen := map[string]bool{}
	for _, p := range h.clients {
		if p != "" {
			seen[p] = true
		}
	}
	h.mu.Unlock()
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// count returns the number of connected clients.
func (h *hub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.clients)
}
