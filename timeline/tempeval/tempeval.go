// Package tempeval scores time-expression predictions against gold
// annotations with the TempEval-3 task A measures: strict and relaxed span
// precision, recall and F1, and value and type F1 over relaxed matches,
// per subset and overall. It reads the JSON-lines layout described in the
// evaluation data's README and can list the errors behind the numbers.
package tempeval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// Timex is one annotated or predicted expression; Start and End are byte
// offsets into the document text, half-open.
type Timex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

// FromTimexes converts a tagger's expressions into predictions to score.
func FromTimexes(xs []timeline.Timex) []Timex {
	ts := make([]Timex, 0, len(xs))
	for _, x := range xs {
		ts = append(ts, Timex{Start: x.Start, End: x.End, Text: x.Text, Type: string(x.Type), Value: x.Value, Mod: x.Mod})
	}
	return ts
}

// Doc is one gold document.
type Doc struct {
	ID      string  `json:"id"`
	DCT     string  `json:"dct"`
	Subset  string  `json:"subset"`
	Text    string  `json:"text"`
	Timexes []Timex `json:"timexes"`
}

// Prediction is the predicted expressions of one document.
type Prediction struct {
	ID      string  `json:"id"`
	Timexes []Timex `json:"timexes"`
}

// ReadGold reads gold documents, one JSON object a line.
func ReadGold(r io.Reader) ([]Doc, error) {
	var docs []Doc
	err := readLines(r, func(line []byte, n int) error {
		var d Doc
		if err := json.Unmarshal(line, &d); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if d.ID == "" {
			return fmt.Errorf("line %d: document without id", n)
		}
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

// ReadPredictions reads predictions, one JSON object a line, keyed by id.
func ReadPredictions(r io.Reader) (map[string][]Timex, error) {
	preds := map[string][]Timex{}
	err := readLines(r, func(line []byte, n int) error {
		var p Prediction
		if err := json.Unmarshal(line, &p); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if _, dup := preds[p.ID]; dup {
			return fmt.Errorf("line %d: duplicate id %q", n, p.ID)
		}
		preds[p.ID] = p.Timexes
		return nil
	})
	return preds, err
}

func readLines(r io.Reader, f func([]byte, int) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		if err := f(line, n); err != nil {
			return err
		}
	}
	return sc.Err()
}

// Counts are the raw tallies behind the scores.
type Counts struct {
	Gold, Pred int // expressions
	Strict     int // predictions with exactly the gold offsets
	Relaxed    int // one-to-one overlapping pairs
	Value      int // relaxed pairs with equal value
	Type       int // relaxed pairs with equal type
}

// Add accumulates o into c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.Pred += o.Pred
	c.Strict += o.Strict
	c.Relaxed += o.Relaxed
	c.Value += o.Value
	c.Type += o.Type
}

// PRF is precision, recall and F1.
type PRF struct{ P, R, F1 float64 }

func prf(correct, pred, gold int) PRF {
	var r PRF
	if pred > 0 {
		r.P = float64(correct) / float64(pred)
	}
	if gold > 0 {
		r.R = float64(correct) / float64(gold)
	}
	if r.P+r.R > 0 {
		r.F1 = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}

// StrictPRF is the exact-offset span score.
func (c Counts) StrictPRF() PRF { return prf(c.Strict, c.Pred, c.Gold) }

// RelaxedPRF is the overlapping span score.
func (c Counts) RelaxedPRF() PRF { return prf(c.Relaxed, c.Pred, c.Gold) }

// ValuePRF scores values over relaxed matches.
func (c Counts) ValuePRF() PRF { return prf(c.Value, c.Pred, c.Gold) }

// TypePRF scores types over relaxed matches.
func (c Counts) TypePRF() PRF { return prf(c.Type, c.Pred, c.Gold) }

// Pair is a relaxed match between gold and predicted expressions, by index.
type Pair struct{ Gold, Pred int }

// Match pairs gold and predicted expressions one to one: each gold
// expression takes the unmatched prediction that overlaps it most
// (the earliest on ties), gold taken in order of offsets.
func Match(gold, pred []Timex) []Pair {
	gi := order(gold)
	pi := order(pred)
	used := make([]bool, len(pred))
	var pairs []Pair
	lo := 0
	for _, g := range gi {
		G := gold[g]
		for lo < len(pi) && pred[pi[lo]].End <= G.Start && pred[pi[lo]].End > pred[pi[lo]].Start {
			lo++
		}
		best, bestOv := -1, 0
		for k := lo; k < len(pi) && pred[pi[k]].Start < G.End; k++ {
			p := pi[k]
			if used[p] {
				continue
			}
			ov := min(G.End, pred[p].End) - max(G.Start, pred[p].Start)
			if ov > bestOv {
				best, bestOv = p, ov
			}
		}
		if best >= 0 {
			used[best] = true
			pairs = append(pairs, Pair{g, best})
		}
	}
	return pairs
}

func order(ts []Timex) []int {
	idx := make([]int, len(ts))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		x, y := ts[idx[a]], ts[idx[b]]
		if x.Start != y.Start {
			return x.Start < y.Start
		}
		return x.End < y.End
	})
	return idx
}

// CountDoc tallies one document.
func CountDoc(gold, pred []Timex) Counts {
	c := Counts{Gold: len(gold), Pred: len(pred)}
	exact := map[[2]int]int{}
	for _, g := range gold {
		exact[[2]int{g.Start, g.End}]++
	}
	for _, p := range pred {
		k := [2]int{p.Start, p.End}
		if exact[k] > 0 {
			exact[k]--
			c.Strict++
		}
	}
	for _, m := range Match(gold, pred) {
		c.Relaxed++
		if gold[m.Gold].Value == pred[m.Pred].Value {
			c.Value++
		}
		if gold[m.Gold].Type == pred[m.Pred].Type {
			c.Type++
		}
	}
	return c
}

// Overall is the name of the all-subsets row of a Report.
const Overall = "overall"

// Report holds counts per subset, in order of first appearance, then overall.
type Report struct {
	Subsets []string
	Counts  map[string]Counts
}

// Score compares predictions (by document id) with the gold documents.
// A document without predictions counts as predicting nothing.
func Score(gold []Doc, pred map[string][]Timex) Report {
	r := Report{Counts: map[string]Counts{}}
	var all Counts
	for _, d := range gold {
		c := CountDoc(d.Timexes, pred[d.ID])
		sub := d.Subset
		if sub == "" {
			sub = "all"
		}
		if _, ok := r.Counts[sub]; !ok {
			r.Subsets = append(r.Subsets, sub)
		}
		sc := r.Counts[sub]
		sc.Add(c)
		r.Counts[sub] = sc
		all.Add(c)
	}
	r.Subsets = append(r.Subsets, Overall)
	r.Counts[Overall] = all
	return r
}

// WriteTable prints the report as an aligned text table.
func (r Report) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s %5s %5s | %-20s | %-20s | %-20s | %-20s\n", "subset", "gold", "pred",
		"strict P/R/F1", "relaxed P/R/F1", "value P/R/F1", "type P/R/F1")
	for _, s := range r.Subsets {
		c := r.Counts[s]
		fmt.Fprintf(&b, "%-10s %5d %5d | %s | %s | %s | %s\n", s, c.Gold, c.Pred,
			fmtPRF(c.StrictPRF()), fmtPRF(c.RelaxedPRF()), fmtPRF(c.ValuePRF()), fmtPRF(c.TypePRF()))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func fmtPRF(p PRF) string { return fmt.Sprintf("%.3f %.3f %.3f    ", p.P, p.R, p.F1)[:20] }

// ErrorKind classifies a disagreement with the gold annotation.
type ErrorKind string

// The kinds of errors, from the coarsest to the finest.
const (
	Miss       ErrorKind = "miss"        // gold expression with no overlapping prediction
	FalseAlarm ErrorKind = "false-alarm" // prediction overlapping no gold expression
	WrongSpan  ErrorKind = "span"        // overlapping but different offsets
	WrongType  ErrorKind = "type"
	WrongValue ErrorKind = "value"
)

// Error is one disagreement, with some context from the text.
type Error struct {
	Doc     string
	Kind    ErrorKind
	Gold    *Timex
	Pred    *Timex
	Context string
}

// Errors lists the disagreements of one document; text gives context.
// A relaxed pair can give several errors (span, type, value).
func Errors(doc Doc, pred []Timex) []Error {
	var errs []Error
	ctx := func(start, end int) string {
		lo, hi := max(0, start-40), min(len(doc.Text), end+40)
		if lo > start || end > hi || start > end {
			return ""
		}
		s := doc.Text[lo:start] + "[" + doc.Text[start:end] + "]" + doc.Text[end:hi]
		return strings.Join(strings.Fields(s), " ")
	}
	pairs := Match(doc.Timexes, pred)
	gm := make([]bool, len(doc.Timexes))
	pm := make([]bool, len(pred))
	for _, m := range pairs {
		gm[m.Gold], pm[m.Pred] = true, true
		g, p := &doc.Timexes[m.Gold], &pred[m.Pred]
		c := ctx(min(g.Start, p.Start), max(g.End, p.End))
		if g.Start != p.Start || g.End != p.End {
			errs = append(errs, Error{doc.ID, WrongSpan, g, p, c})
		}
		if g.Type != p.Type {
			errs = append(errs, Error{doc.ID, WrongType, g, p, c})
		}
		if g.Value != p.Value {
			errs = append(errs, Error{doc.ID, WrongValue, g, p, c})
		}
	}
	for i := range doc.Timexes {
		if !gm[i] {
			g := &doc.Timexes[i]
			errs = append(errs, Error{doc.ID, Miss, g, nil, ctx(g.Start, g.End)})
		}
	}
	for i := range pred {
		if !pm[i] {
			p := &pred[i]
			errs = append(errs, Error{doc.ID, FalseAlarm, nil, p, ctx(p.Start, p.End)})
		}
	}
	return errs
}

// String formats an error on one line.
func (e Error) String() string {
	f := func(t *Timex) string {
		if t == nil {
			return "-"
		}
		s := fmt.Sprintf("%q %s %s", t.Text, t.Type, t.Value)
		if t.Mod != "" {
			s += " " + t.Mod
		}
		return s
	}
	return fmt.Sprintf("%s\t%s\tgold=%s\tpred=%s\t%s", e.Doc, e.Kind, f(e.Gold), f(e.Pred), e.Context)
}
