// Command benchgen writes a deterministic benchmark corpus of markdown
// sources: benchgen -n 10000 -seed 1 -out /tmp/corpus/content.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/timeline-tool/timeline/internal/benchgen"
)

func main() {
	n := flag.Int("n", 1000, "number of sources")
	seed := flag.Uint64("seed", 1, "random seed")
	out := flag.String("out", "", "folder to write the sources into")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "benchgen: -out is required")
		os.Exit(2)
	}
	total, err := benchgen.Write(*out, *seed, *n)
	if err != nil {
		fmt.Fprintf(os.Stderr, "benchgen: %v\n", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d sources, %d bytes, to %s\n", *n, total, *out)
}
