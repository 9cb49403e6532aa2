package benchgen

import (
	"bytes"
	"testing"
)

// TestDeterministic: a corpus is a function of its seed and size.
func TestDeterministic(t *testing.T) {
	for i := range 20 {
		a, b := Source(1, i, 100), Source(1, i, 100)
		if !bytes.Equal(a, b) {
			t.Fatalf("source %d differs between two runs", i)
		}
		if !bytes.HasPrefix(a, []byte("---\ntitle: ")) || !bytes.Contains(a, []byte("\ndate: ")) || !bytes.Contains(a, []byte("\nurl: https://")) {
			t.Fatalf("source %d lacks front matter:\n%s", i, a)
		}
		if len(a) < 1000 || len(a) > 10000 {
			t.Errorf("source %d is %d bytes, want a few KB", i, len(a))
		}
	}
	if bytes.Equal(Source(1, 0, 100), Source(2, 0, 100)) {
		t.Error("seeds 1 and 2 give the same source")
	}
}
