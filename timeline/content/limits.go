package content

import (
	"bytes"
	"fmt"
)

// goldmark's cost grows with the square of two structures, which a
// fuzzer found (a source of a few hundred KB kept it busy for minutes; the
// 8 MB size limit allowed hours):
//
//   - the container depth of one line ("> > > …", "1. 1. 1. …"): each
//     level recomputes the line's offset from its start;
//   - the lines of one paragraph that start with "[": each makes it
//     re-read the paragraph looking for a link reference definition.
//
// Prose stays orders of magnitude below these limits; input past them is a
// clear error instead of a build that seems to hang.
const (
	maxNesting     = 500         // lists and block quotes opened on one line
	maxBracketWork = 200_000_000 // lines starting with "[" × bytes, in one blank-line-delimited paragraph
)

// checkComplexity returns the body offset and a message for the first
// structure of body past the limits, or ok.
func checkComplexity(body []byte) (off int, msg string, ok bool) {
	chunkStart, brackets := 0, 0
	flush := func(end int) bool {
		if n := end - chunkStart; brackets > 0 && brackets*n > maxBracketWork {
			off, msg = chunkStart, fmt.Sprintf("paragraph of %d bytes with %d lines starting with \"[\" is too costly to parse; split it with blank lines", n, brackets)
			return false
		}
		return true
	}
	for start := 0; start < len(body); {
		end := bytes.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		line := body[start:end]
		if d := nesting(line); d > maxNesting {
			return start, fmt.Sprintf("line opens %d nested lists or block quotes, more than the %d allowed", d, maxNesting), false
		}
		trimmed := bytes.TrimLeft(line, " \t")
		if len(bytes.TrimSpace(line)) == 0 {
			if !flush(start) {
				return off, msg, false
			}
			chunkStart, brackets = end+1, 0
		} else if trimmed[0] == '[' {
			brackets++
		}
		start = end + 1
	}
	if !flush(len(body)) {
		return off, msg, false
	}
	return 0, "", true
}

// nesting counts the list and block-quote markers that open a line.
func nesting(line []byte) int {
	d, i := 0, 0
	for i < len(line) {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i >= len(line) {
			break
		}
		switch c := line[i]; {
		case c == '>':
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			i += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && (line[j+1] == ' ' || line[j+1] == '\t') {
				i = j + 2
			} else {
				return d
			}
		default:
			return d
		}
		d++
	}
	return d
}
