package events

import (
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

func TestHeadline(t *testing.T) {
	tests := []struct {
		name, text, phrase, section, want string
	}{
		// Leading date phrases and openers.
		{"leading date", "On 30 September 2015, Russia began air strikes in Syria.", "30 September 2015", "", "Russia began air strikes in Syria"},
		{"leading date no comma", "On January 21 Damascus terminated its agreement with Stroytransgaz.", "January 21", "", "Damascus terminated its agreement with Stroytransgaz"},
		{"leading month", "In late November 2024 the rebels launched an offensive from Idlib.", "late November 2024", "", "The rebels launched an offensive from Idlib"},
		{"opener without phrase", "After months of talks, the two sides signed a ceasefire.", "", "", "The two sides signed a ceasefire"},
		{"two openers", "In 2015, after long negotiations, Iran accepted limits on its nuclear programme.", "2015", "", "Iran accepted limits on its nuclear programme"},
		{"date with comma", "On May 25, 1961, President John F. Kennedy asked Congress to commit the United States to landing a man on the Moon before the end of the decade.", "the end of the decade", "", "President John F. Kennedy asked Congress to commit the United States to landing a man on…"},
		{"lead-in before colon", "Tragedy struck early: on January 27, 1967, a cabin fire during a launch rehearsal killed the three astronauts of Apollo 1.", "January 27, 1967", "", "A cabin fire during a launch rehearsal killed the three astronauts of Apollo 1"},
		// Trailing date phrases.
		{"trailing date", "HTS took Damascus on 8 December 2024.", "8 December 2024", "", "HTS took Damascus"},
		{"trailing date unknown span", "Assad's regime fell on December 8.", "", "", "Assad's regime fell"},
		{"trailing year", "Gutenberg printed his Bible in 1455.", "1455", "", "Gutenberg printed his Bible"},
		// Subordinate and relative clauses, parentheticals, attributions.
		{"which clause", "The HTS group, which is banned in Russia, took Aleppo on 30 November.", "30 November", "", "The HTS group"},
		{"after clause", "Bashar al-Assad fled to Moscow after rebels entered Damascus on 8 December.", "8 December", "", "Bashar al-Assad fled to Moscow"},
		{"parenthetical", "Hayat Tahrir al-Sham (HTS) captured Hama on 5 December.", "5 December", "", "Hayat Tahrir al-Sham captured Hama"},
		{"footnote star", "HTS* leader Ahmed al-Sharaa said Syria wants the bases to stay.", "", "", "HTS leader Ahmed al-Sharaa said Syria wants the bases to stay"},
		{"attribution", "A Russian delegation has arrived in Syria, RIA Novosti news agency reports.", "", "", "A Russian delegation has arrived in Syria"},
		{"according to", "Turnout reached 61 percent, according to the election commission.", "", "", "Turnout reached 61 percent"},
		{"semicolon", "Apollo 11 landed on the Moon on 20 July 1969; Armstrong stepped out hours later.", "20 July 1969", "", "Apollo 11 landed on the Moon"},
		{"relative opener", "Two days later, the government resigned.", "", "", "The government resigned"},
		// Capitalisation.
		{"capitalise", "on 4 May the council approved the budget.", "4 May", "", "The council approved the budget"},
		// Section when the clause says little.
		{"pronoun uses section", "It was signed on 12 March 2016.", "12 March 2016", "Geneva ceasefire", "Geneva ceasefire"},
		{"pronoun without section", "It was signed on 12 March 2016.", "12 March 2016", "", "It was signed"},
		{"strong clause keeps clause", "The council approved the budget on 4 May.", "4 May", "Budget", "The council approved the budget"},
		// Nothing to trim.
		{"plain", "The printing press spread across Europe", "", "", "The printing press spread across Europe"},
		{"only a date", "8 December 2024.", "8 December 2024", "", "8 December 2024"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sp timeline.Span
			if tt.phrase != "" {
				i := strings.Index(tt.text, tt.phrase)
				if i < 0 {
					t.Fatalf("phrase %q not in text", tt.phrase)
				}
				sp = timeline.Span{Start: i, End: i + len(tt.phrase)}
			}
			if got := HeadlineFor(tt.text, sp, tt.section); got != tt.want {
				t.Errorf("HeadlineFor(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestHeadlineLength(t *testing.T) {
	long := "The committee " + strings.Repeat("reviewed every single submitted proposal carefully ", 5) + "today"
	h := Headline(long)
	if n := len([]rune(h)); n > headlineMax+1 {
		t.Errorf("headline has %d runes, want at most %d: %q", n, headlineMax+1, h)
	}
	if !strings.HasSuffix(h, "\u2026") {
		t.Errorf("cut headline should end with an ellipsis: %q", h)
	}
	if strings.Contains(h, "  ") || strings.HasSuffix(strings.TrimSuffix(h, "\u2026"), " ") {
		t.Errorf("headline not cut at a word boundary: %q", h)
	}
}

func TestFieldCount(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "x\u00a0y\u0085z", "\xff \xfe", "Дамаск –  8"} {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}
