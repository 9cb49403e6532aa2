package main

import (
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/build"
	"github.com/timeline-tool/timeline/timeline/site"
)

func newBuildCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Build the static timeline site",
		Long: `Build reads every markdown source in the content folder, extracts its dated
events and writes the site to the output folder (public/ by default).

The site is written to a new folder and swapped in only when the build
succeeds: a failed build leaves the previous site untouched. Content problems
are printed as path:line:col: message; errors (and warnings with --strict)
make the command exit with status 1.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			start := time.Now()
			res, err := loadContent(cmd, cfg)
			if err != nil {
				return err
			}
			var pages int
			err = site.Publish(cfg.OutDir, func(out site.Output) error {
				c := &countingOutput{Output: out}
				err := site.Render(cfg, res.Docs, res.Events, overridesFS(cfg), c)
				pages = c.n
				return err
			})
			if err != nil {
				return fmt.Errorf("writing %s: %w", cfg.OutDir, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "built %s: %d sources, %d events, %d files, %d warnings in %s\n",
				cfg.OutDir, len(res.Docs), len(res.Events), pages, len(res.Diagnostics), time.Since(start).Round(time.Millisecond))
			return nil
		},
	}
	addSiteFlags(cmd)
	return cmd
}

// loadContent loads the content folder, prints its diagnostics to stderr
// and fails with exit status 1 when there are errors.
func loadContent(cmd *cobra.Command, cfg timeline.Config) (*build.Result, error) {
	st, err := os.Stat(cfg.ContentDir)
	if err != nil || !st.IsDir() {
		return nil, fmt.Errorf("content folder %s does not exist (set content: in config.yaml or --content)", cfg.ContentDir)
	}
	loader, err := build.NewLoader(cfg)
	if err != nil {
		return nil, usageError{err}
	}
	res, err := loader.Load(cmd.Context(), os.DirFS(cfg.ContentDir))
	if err != nil {
		return nil, err
	}
	for _, d := range res.Diagnostics {
		d.Path = displayPath(cfg.ContentDir, d.Path)
		fmt.Fprintln(cmd.ErrOrStderr(), d.String())
	}
	if res.Failed(cfg.Strict) {
		n := 0
		for _, d := range res.Diagnostics {
			if d.Severity == timeline.Error || cfg.Strict {
				n++
			}
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "timeline: %d problem(s) in the content; nothing was written\n", n)
		return nil, exitError{exitContent}
	}
	return res, nil
}

func displayPath(dir, p string) string {
	if dir == "" || dir == "." {
		return p
	}
	return dir + "/" + p
}

func overridesFS(cfg timeline.Config) fs.FS {
	if cfg.TemplatesDir == "" {
		return nil
	}
	if st, err := os.Stat(cfg.TemplatesDir); err != nil || !st.IsDir() {
		return nil
	}
	return os.DirFS(cfg.TemplatesDir)
}

type countingOutput struct {
	site.Output
	n int
}

func (c *countingOutput) WriteFile(name string, data []byte) error {
	c.n++
	return c.Output.WriteFile(name, data)
}
