package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/tagger"
)

func newTagCmd() *cobra.Command {
	var dct, format, order string
	var jsonl bool
	cmd := &cobra.Command{
		Use:   "tag [FILE...]",
		Short: "Find and normalize the time expressions of plain text files",
		Long: `Tag finds the time expressions (TIMEX3) of plain text files, or of standard
input when no file is given, and prints them as JSON or as TimeML.

With --jsonl it reads JSON lines {"id","dct","text"} on standard input and
writes one line {"id","timexes":[...]} per input line.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if order != "MDY" && order != "DMY" {
				return usageError{fmt.Errorf("--date-order must be MDY or DMY, not %q", order)}
			}
			if format != "json" && format != "timeml" {
				return usageError{fmt.Errorf("--format must be json or timeml, not %q", format)}
			}
			if dct != "" {
				if _, err := time.Parse("2006-01-02", dct); err != nil {
					return usageError{fmt.Errorf("--dct must be YYYY-MM-DD: %w", err)}
				}
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			if jsonl {
				if len(args) > 0 {
					return usageError{fmt.Errorf("--jsonl reads standard input; no files expected")}
				}
				return tagJSONL(cmd.InOrStdin(), out, order, dct)
			}
			tg := tagger.New(tagger.Options{DCT: dct, DateOrder: order})
			if len(args) == 0 {
				text, err := io.ReadAll(cmd.InOrStdin())
				if err != nil {
					return fmt.Errorf("read stdin: %w", err)
				}
				return writeTagged(out, "-", text, tg.Tag(text), format, dct)
			}
			for _, path := range args {
				text, err := os.ReadFile(path)
				if err != nil {
					return err
				}
				if err := writeTagged(out, path, text, tg.Tag(text), format, dct); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dct, "dct", "", "reference (publication) date YYYY-MM-DD for relative expressions")
	cmd.Flags().StringVar(&format, "format", "json", "output format: json or timeml")
	cmd.Flags().StringVar(&order, "date-order", "MDY", "order of ambiguous numeric dates: MDY or DMY")
	cmd.Flags().BoolVar(&jsonl, "jsonl", false, `read {"id","dct","text"} lines on stdin, write {"id","timexes"} lines`)
	return cmd
}

type jsonTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

func toJSON(ts []timeline.Timex) []jsonTimex {
	out := make([]jsonTimex, 0, len(ts))
	for _, t := range ts {
		out = append(out, jsonTimex{t.Start, t.End, t.Text, string(t.Type), t.Value, t.Mod})
	}
	return out
}

func tagJSONL(in io.Reader, out io.Writer, order, defaultDCT string) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	n := 0
	for sc.Scan() {
		n++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var doc struct{ ID, DCT, Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return fmt.Errorf("stdin line %d: %w", n, err)
		}
		if doc.DCT == "" {
			doc.DCT = defaultDCT
		}
		res := tagger.New(tagger.Options{DCT: doc.DCT, DateOrder: order}).Tag([]byte(doc.Text))
		if err := enc.Encode(struct {
			ID      string      `json:"id"`
			Timexes []jsonTimex `json:"timexes"`
		}{doc.ID, toJSON(res.Timexes)}); err != nil {
			return err
		}
	}
	return sc.Err()
}

func writeTagged(out io.Writer, path string, text []byte, res tagger.Result, format, dct string) error {
	if format == "json" {
		type rng struct {
			From, To   int
			Start, End int
		}
		type note struct {
			Start, End int
			Severity   string
			Message    string
		}
		doc := struct {
			Path    string      `json:"path"`
			DCT     string      `json:"dct,omitempty"`
			Timexes []jsonTimex `json:"timexes"`
			Ranges  []rng       `json:"ranges,omitempty"`
			Notes   []note      `json:"notes,omitempty"`
		}{Path: path, DCT: dct, Timexes: toJSON(res.Timexes)}
		for _, r := range res.Ranges {
			doc.Ranges = append(doc.Ranges, rng{r.From, r.To, r.Span.Start, r.Span.End})
		}
		for _, n := range res.Notes {
			doc.Notes = append(doc.Notes, note{n.Span.Start, n.Span.End, n.Severity.String(), n.Message})
		}
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(doc)
	}
	return writeTimeML(out, text, res, dct)
}

// writeTimeML writes TempEval-3 style TimeML: the text with TIMEX3 tags.
func writeTimeML(out io.Writer, text []byte, res tagger.Result, dct string) error {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" ?>\n<TimeML>\n")
	if dct != "" {
		fmt.Fprintf(&b, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n",
			html.EscapeString(dct), html.EscapeString(dct))
	}
	b.WriteString("<TEXT>")
	last := 0
	for i, t := range res.Timexes {
		b.WriteString(html.EscapeString(string(text[last:t.Start])))
		fmt.Fprintf(&b, "<TIMEX3 tid=\"t%d\" type=\"%s\" value=\"%s\"", i+1, t.Type, html.EscapeString(t.Value))
		if t.Mod != "" {
			fmt.Fprintf(&b, " mod=\"%s\"", html.EscapeString(t.Mod))
		}
		fmt.Fprintf(&b, ">%s</TIMEX3>", html.EscapeString(t.Text))
		last = t.End
	}
	b.WriteString(html.EscapeString(string(text[last:])))
	b.WriteString("</TEXT>\n</TimeML>\n")
	_, err := io.WriteString(out, b.String())
	return err
}
