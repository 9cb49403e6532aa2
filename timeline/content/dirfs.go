package content

import (
	"io/fs"
	"os"
)

// DirFS returns the file system of the folder dir, as os.DirFS(dir) does;
// ReadFile reads its sources with fewer system calls where it can (on
// Linux, open, fstat, read and close: os.Open makes five more per file,
// offering the descriptor to the poller, which refuses regular files).
func DirFS(dir string) fs.FS { return dirFS{fsys: os.DirFS(dir), dir: dir} }

type dirFS struct {
	fsys fs.FS // os.DirFS(dir)
	dir  string
}

func (d dirFS) Open(name string) (fs.File, error)          { return d.fsys.Open(name) }
func (d dirFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(d.fsys, name) }
func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.fsys, name) }
func (d dirFS) ReadFile(name string) ([]byte, error)       { return fs.ReadFile(d.fsys, name) }
func (d dirFS) ReadLink(name string) (string, error)       { return fs.ReadLink(d.fsys, name) }
func (d dirFS) Lstat(name string) (fs.FileInfo, error)     { return fs.Lstat(d.fsys, name) }

var (
	_ fs.StatFS     = dirFS{}
	_ fs.ReadDirFS  = dirFS{}
	_ fs.ReadFileFS = dirFS{}
	_ fs.ReadLinkFS = dirFS{}
)
