// Package templates holds the default templates, stylesheet and script of a
// timeline site, embedded in the binary. A site overrides any of them by
// putting a file of the same name in its templates folder (config
// "templates"); see timeline/site for the data each template receives.
package templates

import "embed"

// FS holds the default templates (*.html), stylesheet (*.css) and script (*.js).
//
//go:embed *.html *.css *.js
var FS embed.FS
