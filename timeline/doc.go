// Package timeline is the vocabulary shared by every stage of the pipeline
// that turns a folder of markdown sources into a static timeline site:
//
//	sources -> documents -> time expressions -> events -> site
//
// It defines the data that flows between the stages (Config, Document,
// Block, Timex, Date, Event, Diagnostic) and the small pure functions that
// interpret it (ParseDate, Diagnostic formatting). It performs no I/O, reads
// no clock and keeps no global state: the reference date, location and file
// system are always passed in by the caller.
//
// Positions are byte offsets until the edge of the system, where they become
// path:line:col for messages and anchors for links.
package timeline
