package tempeval

import (
	"math"
	"strings"
	"testing"
)

func tx(start, end int, typ, value string) Timex {
	return Timex{Start: start, End: end, Type: typ, Value: value}
}

func TestCountDoc(t *testing.T) {
	gold := []Timex{
		tx(0, 6, "DATE", "1998-02-06"),    // exact match, right value
		tx(10, 20, "DURATION", "P1W"),     // overlapping, wrong offsets, wrong type
		tx(30, 35, "DATE", "PRESENT_REF"), // missed
		tx(40, 50, "DATE", "1989-Q3"),     // exact, wrong value
		tx(60, 70, "DATE", "1990"),        // two predictions overlap: only one may match
	}
	pred := []Timex{
		tx(0, 6, "DATE", "1998-02-06"),
		tx(12, 20, "DATE", "P1W"),
		tx(40, 50, "DATE", "1988-Q3"),
		tx(60, 64, "DATE", "1990"),
		tx(65, 70, "DATE", "1990"),
		tx(80, 85, "SET", "P1D"), // false alarm
	}
	c := CountDoc(gold, pred)
	want := Counts{Gold: 5, Pred: 6, Strict: 2, Relaxed: 4, Value: 3, Type: 3}
	if c != want {
		t.Fatalf("CountDoc = %+v, want %+v", c, want)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	if p := c.StrictPRF(); !near(p.P, 2.0/6) || !near(p.R, 2.0/5) || !near(p.F1, 2*(2.0/6)*(2.0/5)/(2.0/6+2.0/5)) {
		t.Errorf("strict = %+v", p)
	}
	if p := c.RelaxedPRF(); !near(p.P, 4.0/6) || !near(p.R, 4.0/5) {
		t.Errorf("relaxed = %+v", p)
	}
	if p := c.ValuePRF(); !near(p.P, 3.0/6) || !near(p.R, 3.0/5) {
		t.Errorf("value = %+v", p)
	}
}

func TestMatchOneToOne(t *testing.T) {
	// One long prediction over two gold expressions matches only one.
	gold := []Timex{tx(0, 5, "DATE", "a"), tx(6, 10, "DATE", "b")}
	pred := []Timex{tx(0, 10, "DATE", "a")}
	if m := Match(gold, pred); len(m) != 1 || m[0] != (Pair{0, 0}) {
		t.Errorf("Match = %+v, want gold 0 with pred 0 only", m)
	}
	// The prediction overlapping most wins.
	gold = []Timex{tx(10, 20, "DATE", "a")}
	pred = []Timex{tx(5, 11, "DATE", "x"), tx(12, 25, "DATE", "y")}
	if m := Match(gold, pred); len(m) != 1 || m[0] != (Pair{0, 1}) {
		t.Errorf("Match = %+v, want gold 0 with pred 1", m)
	}
	if m := Match(nil, pred); len(m) != 0 {
		t.Errorf("Match with no gold = %+v", m)
	}
}

func TestScoreSubsets(t *testing.T) {
	gold := `{"id":"a","dct":"1998-01-08","subset":"TimeBank","text":"on Friday","timexes":[{"start":3,"end":9,"text":"Friday","type":"DATE","value":"1998-01-09"}]}
{"id":"b","dct":"1998-01-08","subset":"AQUAINT","text":"now and then","timexes":[{"start":0,"end":3,"text":"now","type":"DATE","value":"PRESENT_REF"}]}
`
	preds := `{"id":"a","timexes":[{"start":3,"end":9,"type":"DATE","value":"1998-01-02"}]}
{"id":"b","timexes":[]}
`
	docs, err := ReadGold(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	p, err := ReadPredictions(strings.NewReader(preds))
	if err != nil {
		t.Fatal(err)
	}
	r := Score(docs, p)
	if got := strings.Join(r.Subsets, ","); got != "TimeBank,AQUAINT,overall" {
		t.Errorf("subsets = %s", got)
	}
	if c := r.Counts["TimeBank"]; c != (Counts{Gold: 1, Pred: 1, Strict: 1, Relaxed: 1, Value: 0, Type: 1}) {
		t.Errorf("TimeBank = %+v", c)
	}
	if c := r.Counts[Overall]; c.Gold != 2 || c.Pred != 1 || c.Relaxed != 1 {
		t.Errorf("overall = %+v", c)
	}
	var b strings.Builder
	if err := r.WriteTable(&b); err != nil || !strings.Contains(b.String(), "overall") {
		t.Errorf("table = %q, %v", b.String(), err)
	}
	errs := Errors(docs[0], p["a"])
	if len(errs) != 1 || errs[0].Kind != WrongValue || !strings.Contains(errs[0].Context, "[Friday]") {
		t.Errorf("errors = %v", errs)
	}
	if errs := Errors(docs[1], nil); len(errs) != 1 || errs[0].Kind != Miss {
		t.Errorf("errors = %v", errs)
	}
}

func TestReadErrors(t *testing.T) {
	if _, err := ReadGold(strings.NewReader("{bad")); err == nil {
		t.Error("ReadGold accepted bad JSON")
	}
	if _, err := ReadPredictions(strings.NewReader(`{"id":"a"}` + "\n" + `{"id":"a"}`)); err == nil {
		t.Error("ReadPredictions accepted a duplicate id")
	}
}
