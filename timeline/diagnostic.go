package timeline

import (
	"fmt"
	"strings"
)

// Severity tells whether a diagnostic fails a build.
type Severity uint8

const (
	// Warning is reported but only fails a build in strict mode.
	Warning Severity = iota
	// Error fails the build.
	Error
)

func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// Diagnostic is a problem found in the content, kept as data and reported
// at the edge (esbuild style) instead of aborting the work.
type Diagnostic struct {
	Severity Severity
	Path     string // slash path of the file, relative to the project when possible
	Line     int    // 1-based; 0 when the problem concerns the whole file
	Col      int    // 1-based byte column; 0 when unknown
	Message  string
}

// String formats the diagnostic as "path:line:col: severity: message",
// the shape editors and CI annotate.
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(d.Path)
	if d.Line > 0 {
		fmt.Fprintf(&b, ":%d", d.Line)
		if d.Col > 0 {
			fmt.Fprintf(&b, ":%d", d.Col)
		}
	}
	fmt.Fprintf(&b, ": %s: %s", d.Severity, d.Message)
	return b.String()
}

// Error lets a single diagnostic be returned as an error.
func (d Diagnostic) Error() string { return d.String() }

// Diagnostics is a list of diagnostics with helpers to inspect it.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error, or any at all when
// strict is set.
func (ds Diagnostics) HasErrors(strict bool) bool {
	for _, d := range ds {
		if d.Severity == Error || strict {
			return true
		}
	}
	return false
}

// Error joins the diagnostics one per line so a list can be returned as an error.
func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// LineCol converts a byte offset in src into a 1-based line and byte column.
func LineCol(src []byte, off int) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > len(src) {
		off = len(src)
	}
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if src[i] == '\n' {
			line++
			start = i + 1
		}
	}
	return line, off - start + 1
}
