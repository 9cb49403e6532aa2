package main

import (
	"reflect"
	"regexp"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

// TestScaffoldConfigListsEveryOption keeps the config.yaml that init writes
// in step with timeline.Config: every key appears, set or commented out.
func TestScaffoldConfigListsEveryOption(t *testing.T) {
	var keys func(prefix string, rt reflect.Type) []string
	keys = func(prefix string, rt reflect.Type) []string {
		var out []string
		for i := 0; i < rt.NumField(); i++ {
			k := rt.Field(i).Tag.Get("mapstructure")
			if k == "" {
				continue
			}
			if rt.Field(i).Type.Kind() == reflect.Struct {
				out = append(out, k)
				out = append(out, keys(k, rt.Field(i).Type)...)
				continue
			}
			out = append(out, k)
		}
		return out
	}
	for _, k := range keys("", reflect.TypeOf(timeline.Config{})) {
		re := regexp.MustCompile(`(?m)^#?\s*` + regexp.QuoteMeta(k) + `:`)
		if !re.MatchString(scaffoldConfig) {
			t.Errorf("init's config.yaml does not mention %q", k)
		}
	}
}
