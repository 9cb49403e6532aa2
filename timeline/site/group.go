package site

import (
	"fmt"
	"strings"

	"github.com/timeline-tool/timeline/timeline"
)

// groupLabel names the group an event is listed under: its year for dates
// known to the year or better, else its period ("1830s", "15th century"),
// so a vague date never pretends to belong to one precise year.
func groupLabel(d timeline.Date) string {
	if d.Precision >= timeline.PrecisionYear {
		y := int(d.Year)
		if d.Precision == timeline.PrecisionWeek {
			y, _, _ = timeline.CivilFromDays(int(d.First))
		}
		return timeline.YearString(y)
	}
	era := d
	era.Mod = ""
	return strings.TrimPrefix(era.Format(), "the ")
}

// monthKey names the run of a group an event is listed in: "09" and
// "September" for dates known to the month or better; for coarser dates
// within a year the date itself ("Q3 2024"), or no label for a plain year.
func monthKey(d timeline.Date) (key, label string) {
	switch d.Precision {
	case timeline.PrecisionMonth, timeline.PrecisionDay, timeline.PrecisionTime:
		return fmt.Sprintf("%02d", d.Month), timeline.MonthName(int(d.Month))
	case timeline.PrecisionWeek:
		_, m, _ := timeline.CivilFromDays(int(d.First))
		return fmt.Sprintf("%02d", m), timeline.MonthName(m)
	}
	if d.Precision <= timeline.PrecisionYear {
		return "year", ""
	}
	f := d.Format()
	return slugify(f), capitalize(f)
}

// group splits events (in timeline order) into runs of the same group and,
// within them, of the same month. Fragment ids are made unique through used.
func group(evs []*EventView, used map[string]bool) []*Group {
	var out []*Group
	var g *Group
	var m *MonthGroup
	lastMonth := ""
	for _, e := range evs {
		label := e.groupLabel
		if g == nil || g.Label != label {
			id := uniqueSlug(used, "y"+slugify(label), "y")
			g = &Group{ID: id, Label: label}
			out = append(out, g)
			m, lastMonth = nil, ""
		}
		key, mlabel := e.monthKey, e.monthLabel
		if m == nil || key != lastMonth {
			m = &MonthGroup{ID: uniqueSlug(used, g.ID+"-"+key, g.ID+"-m"), Label: mlabel}
			g.Months = append(g.Months, m)
			lastMonth = key
		}
		m.Events = append(m.Events, e)
		g.Count++
	}
	return out
}

// place sets where each group is listed: on page (with a fragment) or, when
// split, on a page of its own below years/.
func place(groups []*Group, page string, split bool) {
	for _, g := range groups {
		if split {
			g.Page = "years/" + g.ID + ".html"
			g.Href = g.Page
		} else {
			g.Page = page
			g.Href = page + "#" + g.ID
		}
	}
}
