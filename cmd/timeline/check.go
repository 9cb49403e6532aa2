package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/check"
)

func newCheckCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Validate the content without writing the site",
		Long: `Check validates everything a build needs without writing anything: front
matter (a title, dates that parse), relative dates that cannot be anchored
(no publication date), ambiguous numeric dates, events without a source,
duplicate page names, broken links between sources and to #anchors, and the
templates.

Problems are printed as path:line:col: severity: message, or as GitHub
Actions annotations with --format github. The exit status is 1 when there
are errors, or warnings with --strict; 0 otherwise.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			format, _ := cmd.Flags().GetString("format")
			if format != "text" && format != "github" {
				return usageError{fmt.Errorf("--format must be text or github, not %q", format)}
			}
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			if st, err := os.Stat(cfg.ContentDir); err != nil || !st.IsDir() {
				return fmt.Errorf("content folder %s does not exist (set content: in config.yaml or --content)", cfg.ContentDir)
			}
			rep, err := check.Run(cmd.Context(), check.Options{
				Config:       cfg,
				Content:      os.DirFS(cfg.ContentDir),
				Templates:    overridesFS(cfg),
				ContentDir:   filepath.ToSlash(cfg.ContentDir),
				TemplatesDir: filepath.ToSlash(cfg.TemplatesDir),
			})
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			for _, d := range rep.Diagnostics {
				if format == "github" {
					writeAnnotation(out, d, cfg.Strict)
				} else {
					fmt.Fprintln(out, d.String())
				}
			}
			errs, warns := rep.Counts()
			fmt.Fprintf(cmd.ErrOrStderr(), "checked %d sources, %d events: %d errors, %d warnings\n", rep.Sources, rep.Events, errs, warns)
			if rep.Failed(cfg.Strict) {
				return exitError{exitContent}
			}
			return nil
		},
	}
	addSiteFlags(cmd)
	cmd.Flags().String("format", "text", "output format: text (path:line:col: message) or github (Actions annotations)")
	return cmd
}

// writeAnnotation prints a diagnostic as a GitHub Actions workflow command,
// which GitHub shows on the line of the pull request's diff. In strict mode
// warnings fail the check, so they are reported as errors.
func writeAnnotation(w io.Writer, d timeline.Diagnostic, strict bool) {
	kind := "warning"
	if d.Severity == timeline.Error || strict {
		kind = "error"
	}
	var props []string
	if d.Path != "" {
		props = append(props, "file="+escapeProperty(d.Path))
	}
	if d.Line > 0 {
		props = append(props, "line="+strconv.Itoa(d.Line))
		if d.Col > 0 {
			props = append(props, "col="+strconv.Itoa(d.Col))
		}
	}
	sep := ""
	if len(props) > 0 {
		sep = " "
	}
	fmt.Fprintf(w, "::%s%s%s::%s\n", kind, sep, strings.Join(props, ","), escapeData(d.Message))
}

// escapeData and escapeProperty follow the workflow command syntax:
// % and newlines always, and : , in property values.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
