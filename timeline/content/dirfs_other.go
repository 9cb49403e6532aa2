//go:build !linux

package content

// readSource is ReadFile's open, stat and read of p in d's folder.
func (d dirFS) readSource(p string, opts Options) ([]byte, error) {
	return readFrom(d.fsys, p, opts)
}
