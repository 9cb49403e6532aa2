package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/timeline-tool/timeline/timeline"
)

// siteFlags are the flags every command that reads content shares; each
// names the config key it overrides.
var siteFlags = []struct{ flag, key, usage string }{
	{"content", "content", "folder of markdown sources"},
	{"out", "out", "output folder of the built site"},
	{"templates", "templates", "folder of templates overriding the defaults"},
	{"base-url", "base_url", "absolute URL the site is published at"},
	{"date-order", "date_order", "order of numeric dates like 03/04/2015: MDY or DMY"},
}

func addSiteFlags(cmd *cobra.Command) {
	for _, f := range siteFlags {
		cmd.Flags().String(f.flag, "", f.usage)
	}
	cmd.Flags().Bool("strict", false, "treat warnings as errors")
}

// loadConfig merges defaults < config file < TIMELINE_* environment <
// flags into a timeline.Config. It uses its own viper instance, never the
// global one. Relative paths in the config file are relative to the file.
func loadConfig(cmd *cobra.Command) (timeline.Config, error) {
	v := viper.New()
	def := timeline.DefaultConfig()
	setDefaults(v, "", reflect.ValueOf(def))

	file, _ := cmd.Flags().GetString("config")
	explicit := file != ""
	if !explicit {
		file = "config.yaml"
	}
	baseDir := "."
	if _, err := os.Stat(file); err == nil {
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return def, usageError{fmt.Errorf("reading %s: %w", file, err)}
		}
		baseDir = filepath.Dir(file)
	} else if explicit {
		return def, usageError{fmt.Errorf("config file %s: %w", file, errors.Unwrap(err))}
	}

	v.SetEnvPrefix("TIMELINE")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()

	fromFlag := map[string]bool{}
	for _, f := range siteFlags {
		if fl := cmd.Flags().Lookup(f.flag); fl != nil {
			if err := v.BindPFlag(f.key, fl); err != nil {
				return def, err
			}
			fromFlag[f.key] = fl.Changed
		}
	}
	if fl := cmd.Flags().Lookup("strict"); fl != nil {
		_ = v.BindPFlag("strict", fl)
	}

	var cfg timeline.Config
	err := v.Unmarshal(&cfg, func(dc *mapstructure.DecoderConfig) {
		dc.ErrorUnused = true
	})
	if err != nil {
		return def, usageError{fmt.Errorf("configuration %s: %w", file, err)}
	}
	// Keys that came from the file (not flags or the environment) are
	// relative to the file's folder.
	for key, p := range map[string]*string{"content": &cfg.ContentDir, "out": &cfg.OutDir, "templates": &cfg.TemplatesDir} {
		if *p == "" || filepath.IsAbs(*p) || fromFlag[key] || os.Getenv("TIMELINE_"+strings.ToUpper(key)) != "" {
			continue
		}
		*p = filepath.Join(baseDir, *p)
	}
	return cfg, validate(cfg)
}

// setDefaults registers every field of the default config with viper, so
// environment variables reach keys the file does not mention.
func setDefaults(v *viper.Viper, prefix string, rv reflect.Value) {
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		key := rt.Field(i).Tag.Get("mapstructure")
		if key == "" {
			continue
		}
		if prefix != "" {
			key = prefix + "." + key
		}
		if rv.Field(i).Kind() == reflect.Struct {
			setDefaults(v, key, rv.Field(i))
			continue
		}
		v.SetDefault(key, rv.Field(i).Interface())
	}
}

func validate(cfg timeline.Config) error {
	switch strings.ToUpper(cfg.DateOrder) {
	case "MDY", "DMY":
	default:
		return usageError{fmt.Errorf("date_order must be MDY or DMY, not %q", cfg.DateOrder)}
	}
	switch cfg.PublicationEvents {
	case "marked", "always", "never":
	default:
		return usageError{fmt.Errorf("publication_events must be marked, always or never, not %q", cfg.PublicationEvents)}
	}
	for _, e := range cfg.Exports {
		if !slices.Contains(timeline.ExportFiles(), e) {
			return usageError{fmt.Errorf("exports: unknown export %q (the exports are %s)", e, strings.Join(timeline.ExportFiles(), ", "))}
		}
	}
	return nil
}
