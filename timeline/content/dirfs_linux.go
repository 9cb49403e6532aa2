package content

import (
	"fmt"
	"io"
	"syscall"
)

// readSource is ReadFile's open, stat and read of p, which must be a
// valid path, in d's folder, made with the system calls themselves: the
// same bytes and errors as through os.DirFS.
func (d dirFS) readSource(p string, opts Options) ([]byte, error) {
	if d.dir == "" {
		return readFrom(d.fsys, p, opts) // os.DirFS("") refuses it
	}
	name := d.dir + "/" + p
	var fd int
	var err error
	for {
		fd, err = syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	defer syscall.Close(fd)
	size := 0
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil {
		if opts.MaxBytes > 0 && st.Size > opts.MaxBytes {
			return nil, fmt.Errorf("%s: source is %d bytes, larger than the limit of %d (max_source_bytes)", p, st.Size, opts.MaxBytes)
		}
		if st.Size > 0 && st.Size < 1<<30 {
			size = int(st.Size)
		}
	}
	return readAll(p, size, opts, func(b []byte) (int, error) {
		for {
			n, err := syscall.Read(fd, b)
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				return 0, err
			}
			if n == 0 {
				return 0, io.EOF
			}
			return n, nil
		}
	})
}
