package timeline

// Config is the whole configuration of a site. The command line fills it
// from config.yaml, TIMELINE_* environment variables and flags (in that
// order of precedence); library packages only ever receive it.
type Config struct {
	Title       string `mapstructure:"title"`       // site title
	Description string `mapstructure:"description"` // one line shown under the title
	BaseURL     string `mapstructure:"base_url"`    // absolute URL the site is published at; "" keeps links relative
	Language    string `mapstructure:"language"`    // html lang attribute

	ContentDir   string `mapstructure:"content"`   // folder of markdown sources
	OutDir       string `mapstructure:"out"`       // where the site is written
	TemplatesDir string `mapstructure:"templates"` // folder whose files override the embedded templates

	// DateOrder decides numeric dates such as 03/04/2015: "MDY" or "DMY".
	DateOrder string `mapstructure:"date_order"`
	// Timezone names the location used to read front-matter dates.
	Timezone string `mapstructure:"timezone"`

	// PublicationEvents decides when a source's publication date becomes an
	// event of its own (the article's own news): "marked" (only sources whose
	// front matter says `news: true`), "always" (every source with a date) or
	// "never".
	PublicationEvents string `mapstructure:"publication_events"`

	// Strict turns warnings into build failures.
	Strict bool `mapstructure:"strict"`
	// MaxSourceBytes refuses sources larger than this (0: no limit).
	MaxSourceBytes int64 `mapstructure:"max_source_bytes"`
	// UnsafeHTML lets raw HTML in markdown through to the pages. Off by
	// default: raw HTML is dropped from the rendered sources.
	UnsafeHTML bool `mapstructure:"unsafe_html"`
	// YearPageThreshold: timelines with more events than this are split into
	// one page per year.
	YearPageThreshold int `mapstructure:"year_page_threshold"`
	// Exports names the machine-readable files written beside the pages,
	// by file name: events.json, timelinejs.json, events.ics, feed.xml.
	// Nil means all four (the default); an empty list writes none. The
	// pages link to those written.
	Exports []string `mapstructure:"exports"`
	// Timestamp, when set, is printed in the site footer as the build time;
	// empty by default so builds are byte-identical.
	Timestamp string `mapstructure:"timestamp"`

	Merge MergeConfig `mapstructure:"merge"`
}

// MergeConfig tunes how events reported by several sources are merged
// (see package events for the method).
type MergeConfig struct {
	Enabled bool `mapstructure:"enabled"`
	// Threshold is the similarity (cosine of idf-weighted stemmed content
	// words, 0 to 1) at or above which same-date events of different
	// sources merge. Lower merges more.
	Threshold float64 `mapstructure:"threshold"`
	// EntityWeight is how much more a capitalised name counts than another
	// word (0: the default, 2).
	EntityWeight float64 `mapstructure:"entity_weight"`
}

// DefaultConfig returns the configuration used where config.yaml is silent.
func DefaultConfig() Config {
	return Config{
		Title:             "Timeline",
		Language:          "en",
		ContentDir:        "content",
		OutDir:            "public",
		TemplatesDir:      "layouts",
		DateOrder:         "MDY",
		Timezone:          "UTC",
		PublicationEvents: "marked",
		MaxSourceBytes:    8 << 20,
		YearPageThreshold: 1000,
		Exports:           ExportFiles(),
		Merge:             MergeConfig{Enabled: true, Threshold: 0.25, EntityWeight: 2},
	}
}

// ExportFiles returns the file names of every export, in the order the
// pages list them.
func ExportFiles() []string {
	return []string{"events.json", "timelinejs.json", "events.ics", "feed.xml"}
}
