//go:build !linux

package site

import "os"

// writeFile is os.WriteFile(name, data, 0o644).
func writeFile(name string, data []byte) error { return os.WriteFile(name, data, 0o644) }
