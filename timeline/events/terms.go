package events

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// Term is one content word of a sentence, as merging compares it.
type Term struct {
	Stem   string // concept or Snowball stem
	Entity bool   // written with a capital letter: a name
}

// Terms returns the content words of a sentence, in order: stop words,
// numbers, month and weekday names dropped, possessives cut, the rest
// folded by the concept table and stemmed. Words in capitals (HTS, WHO)
// are kept as acronyms, and a run of two or more capitalised words also
// gives its acronym ("World Health Organization" -> WHO, "Hayat Tahrir
// al-Sham" -> HTS), so a name and its abbreviation agree.
func Terms(s string) []Term { return appendTerms(nil, s) }

func appendTerms(out []Term, s string) []Term {
	var sc termScanner
	return sc.end(sc.scan(out, s))
}

// termScanner finds the terms of a text given in pieces, as Terms finds
// those of the pieces joined by spaces. What a word gives is looked up in
// the word cache (words), so a word seen before costs one map lookup and
// no allocation.
type termScanner struct {
	initials []byte // of the current run of capitalised words
	stop     bool   // the gap since the last word ends the run
	stack    [32]byte
}

// scan appends the terms of the next piece of text to out.
func (sc *termScanner) scan(out []Term, s string) []Term {
	if sc.initials == nil {
		sc.initials = sc.stack[:0]
	}
	for len(s) > 0 {
		// The next word, and whether the gap before it ends a run of
		// capitalised words.
		i, stop := 0, sc.stop
		for i < len(s) {
			r, n := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[i:])
			}
			if isWordRune(r) {
				break
			}
			switch r {
			case '.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”':
				stop = true
			}
			i += n
		}
		sc.stop = stop
		if i == len(s) {
			break
		}
		if stop {
			out, sc.initials = flushInitials(out, sc.initials)
		}
		sc.stop = false
		s = s[i:]
		j := 0
		for j < len(s) {
			r, n := rune(s[j]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[j:])
			}
			if !isWordRune(r) && r != '\'' && r != '’' && r != '-' {
				break
			}
			j += n
		}
		word := s[:j]
		s = s[j:]
		for {
			part, rest, more := strings.Cut(word, "-")
			word = rest
			if part != "" {
				out, sc.initials = appendPart(out, sc.initials, part)
			}
			if !more {
				break
			}
		}
	}
	return out
}

// end appends the terms that the end of the text gives and makes sc ready
// for another text.
func (sc *termScanner) end(out []Term) []Term {
	out, sc.initials = flushInitials(out, sc.initials)
	sc.stop = false
	return out
}

// appendPart appends the terms of one part of a word (between hyphens).
func appendPart(out []Term, initials []byte, part string) ([]Term, []byte) {
	w := lookupWord(part)
	r, _ := utf8.DecodeRuneInString(part)
	switch {
	case w.acronym != "":
		out, initials = flushInitials(out, initials)
		return append(out, Term{Stem: w.acronym, Entity: true}), initials
	case unicode.IsUpper(r) && !w.stop:
		initials = append(initials, byte(unicode.ToLower(r)))
	case part == "al" || part == "of" || part == "de" || part == "von" || part == "van":
		// particles inside names: "Hayat Tahrir al-Sham", "Bank of England"
	default:
		out, initials = flushInitials(out, initials)
	}
	if w.ok {
		out = append(out, w.term)
	}
	return out, initials
}

// flushInitials ends a run of capitalised words: two or more give their
// acronym as a term.
func flushInitials(out []Term, initials []byte) ([]Term, []byte) {
	if len(initials) >= 2 {
		out = append(out, Term{Stem: acronymOf(initials), Entity: true})
	}
	return out, initials[:0]
}

// acronymOf returns "#" + strings.ToLower(string(initials)), shared.
func acronymOf(initials []byte) string {
	var stack [32]byte
	b := append(stack[:0], '#')
	for _, c := range initials {
		if c >= utf8.RuneSelf {
			return "#" + strings.ToLower(string(initials))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return words.intern(b)
}

// isAcronym reports words of two to six capital letters: "HTS", "EU".
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordInfo is what Terms makes of one part of a word (between hyphens), as
// written.
type wordInfo struct {
	term    Term   // the term it gives, if ok
	ok      bool   //
	stop    bool   // its lower case is a stop word
	acronym string // "#" + its lower case, when it is an acronym
}

func newWordInfo(part string) wordInfo {
	w := wordInfo{stop: stopWords[strings.ToLower(part)]}
	if isAcronym(part) {
		w.acronym = "#" + strings.ToLower(part)
	}
	w.term, w.ok = term(part)
	w.term.Stem = strings.Clone(w.term.Stem) // the stem may be a piece of the sentence
	return w
}

func term(w string) (Term, bool) {
	w = strings.TrimRight(w, "'’")
	if i := strings.IndexAny(w, "'’"); i >= 0 {
		w = w[:i] // Assad's -> Assad, al-Sham's -> al-Sham
	}
	if w == "" {
		return Term{}, false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) {
		return Term{}, false // numbers and ordinals: the date agrees already
	}
	lower := strings.ToLower(w)
	if stopWords[lower] || dateWords[lower] || utf8.RuneCountInString(lower) < 2 {
		return Term{}, false
	}
	entity := unicode.IsUpper(r)
	if c, ok := concepts[lower]; ok {
		return Term{Stem: c, Entity: false}, true
	}
	stem := english.Stem(lower, true)
	if c, ok := concepts[stem]; ok {
		return Term{Stem: c}, true
	}
	return Term{Stem: stem, Entity: entity}, true
}

// words remembers what Terms made of the words seen (a collection repeats
// its vocabulary; stemming is the costly part of a term bag), up to
// maxWords words. It is a pure cache: the terms are the same with or
// without it.
var words wordCache

const maxWords = 1 << 20

// wordCache is a map sharded by a hash of the word, each shard behind its
// own lock, so the goroutines stemming sources in parallel rarely wait.
type wordCache struct {
	shards [64]wordShard
	n      atomic.Int64
}

type wordShard struct {
	mu      sync.RWMutex
	infos   map[string]wordInfo
	strings map[string]string // interned acronyms of runs of names
	_       [64]byte          // no false sharing between shards
}

func shardOf(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h % uint32(len(words.shards))
}

func lookupWord(part string) wordInfo {
	sh := &words.shards[shardOf(part)]
	sh.mu.RLock()
	w, ok := sh.infos[part]
	sh.mu.RUnlock()
	if ok {
		return w
	}
	w = newWordInfo(part)
	if words.n.Load() < maxWords {
		sh.mu.Lock()
		if sh.infos == nil {
			sh.infos = map[string]wordInfo{}
		}
		if _, ok := sh.infos[part]; !ok {
			sh.infos[strings.Clone(part)] = w
			words.n.Add(1)
		}
		sh.mu.Unlock()
	}
	return w
}

// intern returns string(b), shared with earlier calls.
func (c *wordCache) intern(b []byte) string {
	sh := &c.shards[shardOf(string(b))]
	sh.mu.RLock()
	s, ok := sh.strings[string(b)]
	sh.mu.RUnlock()
	if ok {
		return s
	}
	s = string(b)
	if c.n.Load() < maxWords {
		sh.mu.Lock()
		if sh.strings == nil {
			sh.strings = map[string]string{}
		}
		if _, ok := sh.strings[s]; !ok {
			sh.strings[s] = s
			c.n.Add(1)
		}
		sh.mu.Unlock()
	}
	return s
}
