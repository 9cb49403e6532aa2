package content

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDirFSReadsAsOSDirFS: ReadFile through DirFS gives the bytes and the
// errors it gives through os.DirFS.
func TestDirFSReadsAsOSDirFS(t *testing.T) {
	dir := t.TempDir()
	big := make([]byte, 70000)
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	for name, data := range map[string][]byte{"a.md": []byte("---\ntitle: A\n---\nOn 3 May 2001.\n"), "empty.md": nil, "sub/big.md": big} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("/etc/hostname", filepath.Join(dir, "out.md")); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"a.md", "empty.md", "sub/big.md", "missing.md", "sub", "out.md", "../x.md"} {
		for _, opts := range []Options{{}, {MaxBytes: 100}} {
			want, werr := ReadFile(os.DirFS(dir), p, opts)
			got, gerr := ReadFile(DirFS(dir), p, opts)
			if string(got) != string(want) || (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
				t.Errorf("%s %+v: DirFS read %d bytes, %v; os.DirFS %d bytes, %v", p, opts, len(got), gerr, len(want), werr)
			}
		}
	}
}
