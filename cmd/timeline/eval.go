package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/timeline/tagger"
	"github.com/timeline-tool/timeline/timeline/tempeval"
)

// goldFile is the TempEval-3 gold file the eval command reads from --data.
const goldFile = "tbaq.gold.jsonl"

func newEvalCmd() *cobra.Command {
	var data string
	var showErrors bool
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score the time-expression tagger on the TempEval-3 gold data",
		Long: `Eval runs the tagger on DIR/` + goldFile + ` (TimeBank and AQUAINT) and prints the
TempEval-3 task A scores: strict and relaxed span P/R/F1, value and type F1,
per subset and overall. --errors lists misses, false alarms and wrong values.

The data is not part of the repository. Exit status 2 when it is missing.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if data == "" {
				data = os.Getenv("EVAL_DATA")
			}
			if data == "" {
				data = filepath.Join("..", "shared", "eval")
			}
			path := filepath.Join(data, goldFile)
			f, err := os.Open(path)
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					fmt.Fprintf(cmd.ErrOrStderr(), "timeline eval: gold data missing: %s not found (looked in %s; set --data or EVAL_DATA to the directory holding %s)\n", goldFile, data, goldFile)
					return exitError{code: exitUsage}
				}
				return fmt.Errorf("open gold data: %w", err)
			}
			defer f.Close()
			docs, err := tempeval.ReadGold(f)
			if err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			preds := make(map[string][]tempeval.Timex, len(docs))
			out := cmd.OutOrStdout()
			for _, d := range docs {
				res := tagger.New(tagger.Options{DCT: d.DCT}).Tag([]byte(d.Text))
				ts := tempeval.FromTimexes(res.Timexes)
				preds[d.ID] = ts
				if showErrors {
					for _, e := range tempeval.Errors(d, ts) {
						fmt.Fprintln(out, e)
					}
				}
			}
			fmt.Fprintf(out, "TempEval-3 task A on %s (%d documents)\n", path, len(docs))
			return tempeval.Score(docs, preds).WriteTable(out)
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "directory holding "+goldFile+" (default $EVAL_DATA, else ../shared/eval)")
	cmd.Flags().BoolVar(&showErrors, "errors", false, "list every error before the score table")
	return cmd
}
