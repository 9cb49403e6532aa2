package events

import "github.com/timeline-tool/timeline/timeline"

// NewExhaustiveMerger returns a merger that scores every pair of each
// bucket, the reference the blocked merger must agree with.
func NewExhaustiveMerger(opts MergeOptions) *Merger {
	m := NewMerger(opts)
	m.exhaustive = true
	return m
}

// The reference implementations (reference_test.go), for the external tests.
var (
	RefHeadlineFor = refHeadlineFor
	RefTerms       = refTerms
)

// EventTerms returns the sorted terms of e's sentence without its date
// phrase, as merging reads them.
func EventTerms(e *timeline.Event) []Term {
	var sc termScanner
	return eventTerms(&sc, nil, e)
}
