package site

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Creator is an Output that can also stream a file: Create returns a
// writer whose content becomes the file when closed. The exports, which
// grow with the timeline, are streamed this way instead of being held
// whole in memory. Create must be safe to call while WriteFile runs.
type Creator interface {
	Output
	Create(name string) (io.WriteCloser, error)
}

// Create opens name in out for streaming: through out's own Create when
// it has one, else into a buffer that is written with WriteFile on Close.
func Create(out Output, name string) (io.WriteCloser, error) {
	if c, ok := out.(Creator); ok {
		return c.Create(name)
	}
	return &bufferedFile{out: out, name: name}, nil
}

// bufferedFile collects a file for an Output that cannot stream.
type bufferedFile struct {
	bytes.Buffer
	out  Output
	name string
}

func (b *bufferedFile) Close() error { return b.out.WriteFile(b.name, b.Bytes()) }

// Memory is an Output that keeps the files in memory (the dev server's).
type Memory struct {
	mu    sync.RWMutex
	files map[string][]byte
}

// NewMemory returns an empty in-memory output.
func NewMemory() *Memory { return &Memory{files: map[string][]byte{}} }

// WriteFile stores a copy of data under name.
func (m *Memory) WriteFile(name string, data []byte) error {
	if err := checkName(name); err != nil {
		return err
	}
	m.mu.Lock()
	m.files[name] = append([]byte(nil), data...)
	m.mu.Unlock()
	return nil
}

// Create returns a writer whose content is stored under name on Close.
func (m *Memory) Create(name string) (io.WriteCloser, error) {
	if err := checkName(name); err != nil {
		return nil, err
	}
	return &memFile{m: m, name: name}, nil
}

type memFile struct {
	bytes.Buffer
	m    *Memory
	name string
}

func (f *memFile) Close() error {
	f.m.mu.Lock()
	f.m.files[f.name] = bytes.Clone(f.Bytes())
	f.m.mu.Unlock()
	return nil
}

// Get returns the file stored under name.
func (m *Memory) Get(name string) ([]byte, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	b, ok := m.files[name]
	return b, ok
}

// Names returns the stored names, sorted.
func (m *Memory) Names() []string {
	m.mu.RLock()
	defer m.mu.RUnlock()
	names := make([]string, 0, len(m.files))
	for n := range m.files {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Dir is an Output writing below a folder on disk.
type Dir struct {
	Root string
	mu   sync.Mutex
	made map[string]bool
}

// WriteFile writes data to Root/name, creating folders as needed.
func (d *Dir) WriteFile(name string, data []byte) error {
	full, err := d.path(name)
	if err != nil {
		return err
	}
	return writeFile(full, data)
}

// Create opens Root/name for writing, creating folders as needed.
func (d *Dir) Create(name string) (io.WriteCloser, error) {
	full, err := d.path(name)
	if err != nil {
		return nil, err
	}
	return os.OpenFile(full, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
}

// path returns the file path of name, its folder made.
func (d *Dir) path(name string) (string, error) {
	if err := checkName(name); err != nil {
		return "", err
	}
	full := filepath.Join(d.Root, filepath.FromSlash(name))
	dir := filepath.Dir(full)
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.made == nil {
		d.made = map[string]bool{}
	}
	if !d.made[dir] {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", err
		}
		d.made[dir] = true
	}
	return full, nil
}

// checkName refuses names that would escape the site root.
func checkName(name string) error {
	if name == "" || path.IsAbs(name) || strings.Contains(name, "\\") || path.Clean(name) != name || strings.HasPrefix(name, "../") || name == ".." {
		return fmt.Errorf("refusing to write %q outside the site", name)
	}
	return nil
}

// Publish builds a site into a fresh folder next to outDir with write, then
// swaps it into place, so a failed build leaves the previous site intact
// and a reader never sees half a site.
func Publish(outDir string, write func(Output) error) error {
	outDir = filepath.Clean(outDir)
	parent := filepath.Dir(outDir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(outDir)+".new-")
	if err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := write(&Dir{Root: tmp}); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	old := ""
	if _, err := os.Lstat(outDir); err == nil {
		old = tmp + ".old"
		if err := os.Rename(outDir, old); err != nil {
			os.RemoveAll(tmp)
			return fmt.Errorf("replacing %s: %w", outDir, err)
		}
	}
	if err := os.Rename(tmp, outDir); err != nil {
		if old != "" {
			_ = os.Rename(old, outDir)
		}
		os.RemoveAll(tmp)
		return fmt.Errorf("replacing %s: %w", outDir, err)
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}
