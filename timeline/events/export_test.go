package events

// NewExhaustiveMerger returns a merger that scores every pair of each
// bucket, the reference the blocked merger must agree with.
func NewExhaustiveMerger(opts MergeOptions) *Merger {
	m := NewMerger(opts)
	m.exhaustive = true
	return m
}
