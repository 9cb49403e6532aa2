package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
)

func newInitCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "init [DIR]",
		Short: "Create a new timeline project",
		Long: `Init creates a new project in DIR (the current folder by default):
config.yaml with every option explained, a first source in content/, a
GitHub Actions workflow that checks pull requests and publishes the site to
GitHub Pages, and a .gitignore. It never overwrites a file: when one of them
exists, nothing is written.`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			var existing []string
			for _, f := range scaffold {
				p := filepath.Join(dir, filepath.FromSlash(f.name))
				if _, err := os.Lstat(p); err == nil {
					existing = append(existing, p)
				} else if !errors.Is(err, fs.ErrNotExist) {
					return err
				}
			}
			if len(existing) > 0 {
				return fmt.Errorf("not overwriting %s; nothing was written", strings.Join(existing, ", "))
			}
			for _, f := range scaffold {
				p := filepath.Join(dir, filepath.FromSlash(f.name))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					return err
				}
				// O_EXCL: a file that appeared since the check is still not overwritten.
				fh, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
				if err != nil {
					return err
				}
				_, err = fh.WriteString(f.body)
				if cerr := fh.Close(); err == nil {
					err = cerr
				}
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "created %s\n", p)
			}
			next := "timeline serve"
			if dir != "." {
				next = "cd " + dir + " && " + next
			}
			fmt.Fprintf(cmd.OutOrStdout(), "\nNext: %s   (preview at http://127.0.0.1:1313/), then timeline build.\n", next)
			return nil
		},
	}
}

// usageArgs makes an argument count error a usage error (exit status 2).
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// scaffold is what init writes, in order.
var scaffold = []struct{ name, body string }{
	{"config.yaml", scaffoldConfig},
	{"content/first-source.md", scaffoldSource},
	{".github/workflows/timeline.yml", scaffoldWorkflow},
	{".gitignore", "/public/\n"},
}

// scaffoldConfig lists every option with its default (a test keeps it in
// step with timeline.Config).
const scaffoldConfig = `# timeline site configuration. Every key is optional: the values shown
# commented out are the defaults. TIMELINE_<KEY> environment variables
# override this file (TIMELINE_OUT=dist), and command-line flags override
# both (--out dist). Paths are relative to this file.

title: "My timeline"
# description: ""              # one line shown under the title
# language: en                 # html lang attribute
# base_url: ""                 # absolute URL the site is published at; empty keeps links relative

# content: content             # folder of markdown sources
# out: public                  # where timeline build writes the site
# templates: layouts           # files here override the default templates, by name

# date_order: MDY              # numeric dates like 03/04/2015: MDY or DMY
# timezone: UTC                # zone for reading front-matter dates
# publication_events: marked   # a source's publication date is an event: marked (news: true), always or never

# strict: false                # true: warnings fail the build (and timeline check)
# max_source_bytes: 8388608    # refuse sources larger than this (0: no limit)
# unsafe_html: false           # true lets raw HTML in markdown through to the pages
# year_page_threshold: 1000    # more events than this: one page per year
# exports: [events.json, timelinejs.json, events.ics, feed.xml]  # machine-readable files to write ([] for none)
# timestamp: ""                # printed in the footer as the build time; empty keeps builds byte-identical

# merge:                       # one entry for a happening reported by several sources
#   enabled: true
#   threshold: 0.25            # similarity (0-1) of same-date sentences at which they merge; lower merges more
#   entity_weight: 2           # how much more a shared name counts than another shared word
`

const scaffoldSource = `---
title: The first source
date: 2025-01-28
# url: https://example.com/the-original-article
tags: [example]
---

This is a source: a markdown article or note. Every dated event in its prose
becomes an entry on the timeline, linked back to this page.

The bridge over the river opened on 12 May 1998, after two years of work.
It was closed for repairs in the spring of 2019 and reopened on January 21,
the year coming from the publication date above.
`

const scaffoldWorkflow = `# Checks the content of pull requests and publishes the site to GitHub
# Pages on pushes to main that touch the content, templates or config.
# Enable Pages with "GitHub Actions" as the source in the repository settings.
name: timeline

on:
  pull_request:
  push:
    branches: [main]
    paths:
      - "content/**"
      - "layouts/**"
      - "config.yaml"
      - ".github/workflows/timeline.yml"
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: timeline-${{ github.ref }}
  cancel-in-progress: true

jobs:
  check:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.26"
      - run: go install github.com/timeline-tool/timeline/cmd/timeline@latest
      - run: timeline check --format github

  build:
    if: github.event_name != 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.26"
      - run: go install github.com/timeline-tool/timeline/cmd/timeline@latest
      - id: pages
        uses: actions/configure-pages@v5
      - run: timeline check --format github
      - run: timeline build
        env:
          TIMELINE_BASE_URL: ${{ steps.pages.outputs.base_url }}/
      - uses: actions/upload-pages-artifact@v3
        with:
          path: public

  deploy:
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`
