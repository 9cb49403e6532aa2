// Package content turns source files into documents: it reads markdown
// sources from an fs.FS, parses their YAML front matter (keeping the line of
// every key for messages), parses the markdown with goldmark and extracts
// the prose as plain text blocks and sentences, with byte offsets that map
// back to the file. Code blocks, code spans, raw HTML and link URLs are not
// prose and are skipped.
//
// Problems in a source are collected as diagnostics on the document; Load
// only returns an error when the file system itself fails.
package content
