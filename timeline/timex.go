package timeline

// Span is a half-open byte range [Start, End) into some text.
type Span struct {
	Start, End int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// TimexType is the TIMEX3 type of a time expression.
type TimexType string

// The four TIMEX3 types.
const (
	TypeDate     TimexType = "DATE"
	TypeTime     TimexType = "TIME"
	TypeDuration TimexType = "DURATION"
	TypeSet      TimexType = "SET"
)

// Timex is one time expression found in a text, normalized the way
// TimeML's TIMEX3 does it.
type Timex struct {
	Span            // bytes of the expression in the tagged text
	Text  string    // the expression as written
	Type  TimexType // DATE, TIME, DURATION or SET
	Value string    // TIMEX3 value: "2015-09-30", "2017-12", "199X", "P49Y", "PRESENT_REF", "XXXX-12-07"
	Mod   string    // TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ... or ""
	// Anchor is the index of the timex this one was resolved against
	// ("two days later" after "On 3 May 2001"), -1 when it was resolved
	// against the reference date or needed no anchor.
	Anchor int
}

// Range links two time expressions that a text writes as one interval
// ("from late November to December 7", "1914-1918").
type Range struct {
	From, To int  // indexes into the tagger's Timexes
	Span     Span // the whole range phrase, including "from", "to", dashes
}
