package serve

import "sync"

// hub fans the server state out to the open pages. Every message carries
// the whole state, so a slow client may skip intermediate ones: each client
// has a one-slot mailbox in which the latest message wins.
type hub struct {
	mu      sync.Mutex
	clients map[chan []byte]struct{}
}

func newHub() *hub { return &hub{clients: map[chan []byte]struct{}{}} }

// subscribe registers a client; the returned function unregisters it.
func (h *hub) subscribe() (<-chan []byte, func()) {
	ch := make(chan []byte, 1)
	h.mu.Lock()
	h.clients[ch] = struct{}{}
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

// count returns the number of connected clients.
func (h *hub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.clients)
}
