package main

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/spf13/cobra"
)

// FuzzConfig feeds any config.yaml to loadConfig: it must never panic, and
// must either give a configuration that validates or a usage error (exit
// status 2) that names the file.
func FuzzConfig(f *testing.F) {
	for _, s := range []string{
		"title: x\ncontent: content\nout: public\n",
		"date_order: DMY\npublication_events: always\nmerge:\n  enabled: false\n  threshold: 0.5\n",
		"max_source_bytes: -1\nyear_page_threshold: 1e99\n",
		"title: [a, b]\n", "merge: 3\n", "unknown_key: 1\n", "strict: maybe\n", "timezone: Mars/Olympus\n",
		"a: &a [*a]\n", ": :\n", "\t", "---\n---\n", "content: ../../../etc\n", "title: !!binary aGVsbG8=\n",
	} {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		file := filepath.Join(dir, "config.yaml")
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := &cobra.Command{Use: "fuzz"}
		cmd.Flags().String("config", file, "")
		addSiteFlags(cmd)
		_ = cmd.Flags().Set("config", file)
		cfg, err := loadConfig(cmd)
		if err != nil {
			var ue usageError
			if !errors.As(err, &ue) {
				t.Fatalf("error is not a usage error: %v", err)
			}
			return
		}
		if err := validate(cfg); err != nil {
			t.Fatalf("loadConfig accepted a config that does not validate: %v", err)
		}
	})
}
