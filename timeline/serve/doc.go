// Package serve is the development server behind `timeline serve`: it
// builds the site in memory, serves it on a loopback address, watches the
// content folder, the templates folder and the configuration file, and
// rebuilds on every change.
//
// The parts, each small and separately testable:
//
//   - the watcher (watch.go) follows folders recursively with fsnotify,
//     adds folders as they appear, and debounces bursts of events (an
//     editor's write-to-temp-then-rename, a folder moved in) into one
//     rebuild that knows which sources changed;
//   - the builder (server.go) reuses one build.Loader for the life of the
//     server, telling it which sources the watcher saw change, so a rebuild
//     re-reads and re-extracts only those; it keeps the last good build and
//     serves it while the content is broken;
//   - the hub (hub.go) pushes the state after every build to open pages over
//     server-sent events: a new build number makes the page reload, a list
//     of problems shows an overlay that goes away once the content is fixed;
//   - the handler (handler.go) serves only files of the built site, never
//     the file system, answers 404 to anything that looks like a path
//     traversal, and injects the live-reload script into HTML responses.
//     The script is never part of the site `timeline build` writes.
//
// Like the rest of the library it has no global state: the configuration,
// the folders and the log writer are passed in.
package serve
