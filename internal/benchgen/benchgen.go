// Package benchgen writes realistic, deterministic markdown corpora for
// benchmarks: n sources of a few KB each, with front matter (title, date,
// tags, url) and prose carrying every kind of time expression the tagger
// handles — full and partial dates, fuzzy parts of periods, relative dates,
// ranges, durations, decades, centuries and BC years. The same seed and
// count always give the same files, so corpora are generated, never
// committed.
package benchgen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

var (
	months = []string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	places = []string{"Damascus", "Geneva", "Moscow", "Paris", "Lagos", "Lima", "Osaka", "Cairo",
		"Oslo", "Quito", "Hanoi", "Accra", "Riverside", "Kraków", "Valparaíso", "Nairobi"}
	actors = []string{"the council", "the ministry", "the delegation", "the committee", "the mayor",
		"the company", "the board", "the court", "the union", "the museum", "the observatory",
		"the port authority", "the university", "the press office"}
	verbs = []string{"announced a new plan", "signed the agreement", "opened the northern bridge",
		"published its annual report", "closed the old archive", "approved the budget",
		"launched the survey", "held talks", "rejected the proposal", "began construction",
		"reported record numbers", "suspended the programme", "appointed a new director",
		"completed the restoration", "moved its headquarters"}
	filler = []string{
		"Observers said the decision had been expected for some time.",
		"The details were not made public.",
		"Several local groups welcomed the move, while others were more cautious.",
		"Critics pointed to the cost and to the lack of consultation.",
		"It was the first such step in the region.",
		"A spokesperson declined to comment further.",
		"Residents gathered outside the building to follow the proceedings.",
		"The opposition called for an independent review of the process.",
		"Funding came from a mix of public grants and private donations.",
		"Engineers warned that the schedule left little room for delays.",
		"The original documents are kept in the municipal archive.",
		"Attendance was lower than the organisers had hoped.",
		"The figures were later revised upwards.",
	}
	// bcYears are the few ancient years a corpus of articles mentions.
	bcYears   = []int{44, 146, 221, 323, 331, 480, 490, 509, 753, 776, 1200, 2560, 3100}
	syllables = []string{"ka", "lo", "mi", "ra", "ven", "tor", "sa", "bel", "dun", "ris", "mar", "eth", "ol", "qui", "zan", "pe"}
	tags      = func() []string {
		base := []string{"politics", "science", "history", "economy", "culture", "sport", "health",
			"transport", "energy", "law", "education", "space", "climate", "trade", "media", "art"}
		var out []string
		for _, b := range base {
			out = append(out, b)
			for i := 1; i <= 7; i++ {
				out = append(out, fmt.Sprintf("%s-%d", b, i))
			}
		}
		return out
	}()
)

// gen holds the random stream of one source.
type gen struct{ r *rand.Rand }

func (g gen) pick(s []string) string { return s[g.r.IntN(len(s))] }
func (g gen) year() int              { return 1850 + g.r.IntN(175) }
func (g gen) day() int               { return 1 + g.r.IntN(28) }

// expr returns one time expression of a kind chosen at random.
func (g gen) expr() string {
	y, m, d := g.year(), g.pick(months), g.day()
	switch g.r.IntN(16) {
	case 0:
		return fmt.Sprintf("on %d %s %d", d, m, y)
	case 1:
		return fmt.Sprintf("on %s %d, %d", m, d, y)
	case 2:
		return fmt.Sprintf("on %d-%02d-%02d", y, 1+g.r.IntN(12), d)
	case 3:
		return fmt.Sprintf("in %s %d", m, y)
	case 4:
		return fmt.Sprintf("in %d", y)
	case 5:
		return fmt.Sprintf("in early %d", y)
	case 6:
		return fmt.Sprintf("in the summer of %d", y)
	case 7:
		return fmt.Sprintf("from %s to %s %d", months[g.r.IntN(6)], months[6+g.r.IntN(6)], y)
	case 8:
		return fmt.Sprintf("between %d and %d", y, y+1+g.r.IntN(8))
	case 9:
		return fmt.Sprintf("in the %ds", y/10*10)
	case 10:
		return fmt.Sprintf("in the %s century", ordinal(12+g.r.IntN(9)))
	case 11:
		return fmt.Sprintf("in %d BC", bcYears[g.r.IntN(len(bcYears))])
	case 12:
		return g.pick([]string{"last year", "two days later", "the following week", "yesterday", "next month", "three years earlier"})
	case 13:
		return fmt.Sprintf("for %s", g.pick([]string{"six months", "three weeks", "two years", "a decade", "forty days"}))
	case 14:
		return fmt.Sprintf("on %s %d", m, d)
	default:
		return fmt.Sprintf("in the late %d0s", 185+g.r.IntN(17))
	}
}

func ordinal(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return fmt.Sprintf("%d%s", n, suf)
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// name is a made-up proper name, so sentences of different sources
// differ the way real reports do and do not all merge.
func (g gen) name() string {
	var b strings.Builder
	for k := 0; k < 2+g.r.IntN(2); k++ {
		b.WriteString(g.pick(syllables))
	}
	return capitalize(b.String())
}

// sentence is one dated (or, sometimes, undated) sentence.
func (g gen) sentence() string {
	if g.r.IntN(3) != 0 { // about one sentence in three is dated, as in news prose
		return g.pick(filler)
	}
	a, v, p, e := g.pick(actors), g.pick(verbs), g.pick(places), g.expr()
	who := g.name() + " " + g.name()
	if g.r.IntN(2) == 0 {
		return fmt.Sprintf("%s, %s in %s %s, according to %s.", capitalize(e), a, p, v, who)
	}
	return fmt.Sprintf("%s in %s %s %s, said %s.", capitalize(a), p, v, e, who)
}

// Source returns the markdown of source i of a corpus of n with seed.
func Source(seed uint64, i, n int) []byte {
	g := gen{rand.New(rand.NewPCG(seed, uint64(i)))}
	var b strings.Builder
	y := 1990 + g.r.IntN(35)
	fmt.Fprintf(&b, "---\ntitle: \"%s: %s %s\"\n", capitalize(g.pick(actors)), g.pick(places), g.pick(verbs))
	fmt.Fprintf(&b, "date: %d-%02d-%02d\n", y, 1+g.r.IntN(12), g.day())
	fmt.Fprintf(&b, "tags: [%s, %s]\n", g.pick(tags), g.pick(tags))
	fmt.Fprintf(&b, "url: https://news.example.org/%d/story-%d\n", y, i)
	if g.r.IntN(10) == 0 {
		b.WriteString("news: true\n")
	}
	b.WriteString("---\n\n")
	sections := 2 + g.r.IntN(3)
	for s := 0; s < sections; s++ {
		fmt.Fprintf(&b, "## %s\n\n", capitalize(g.pick(places)))
		for p := 0; p < 2+g.r.IntN(3); p++ {
			for k := 0; k < 3+g.r.IntN(4); k++ {
				if k > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(g.sentence())
			}
			if n > 1 && g.r.IntN(4) == 0 {
				fmt.Fprintf(&b, " See also [the earlier report](%s).", Name((i+1+g.r.IntN(n-1))%n))
			}
			b.WriteString("\n\n")
		}
		if g.r.IntN(3) == 0 {
			for k := 0; k < 3; k++ {
				fmt.Fprintf(&b, "- %s\n", g.sentence())
			}
			b.WriteString("\n")
		}
	}
	return []byte(b.String())
}

// Name is the file name of source i.
func Name(i int) string { return fmt.Sprintf("source-%06d.md", i) }

// Write writes a corpus of n sources into dir (created if needed) and
// returns the total number of bytes written.
func Write(dir string, seed uint64, n int) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	var total int64
	for i := 0; i < n; i++ {
		src := Source(seed, i, n)
		if err := os.WriteFile(filepath.Join(dir, Name(i)), src, 0o644); err != nil {
			return total, err
		}
		total += int64(len(src))
	}
	return total, nil
}
