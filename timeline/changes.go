package timeline

// Changes tell how a timeline (a list of events in timeline order) differs
// from an earlier one, for a consumer that keeps what it made of the
// earlier list and wants to redo only what changed (the site's view cache
// after an edit). Each list has an id; outside the splices the two lists
// hold equal events (Event.Equal) in the same order.
//
// The zero Changes tell nothing: the consumer must compare the lists.
type Changes struct {
	From, To uint64   // ids of the earlier list and of this one; From 0: unknown
	Splices  []Splice // in increasing order, neither overlapping nor touching
}

// Splice replaces the earlier list's events [Old, Old+Del) with this
// list's [New, New+Add).
type Splice struct {
	Old, Del int
	New, Add int
}

// Known reports whether the changes describe the list after from.
func (c *Changes) Known(from uint64) bool { return c != nil && c.From != 0 && c.From == from }
