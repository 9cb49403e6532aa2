package main

import (
	"bytes"
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestBuildIsDeterministic builds the sample content twice into two
// folders and compares every file byte for byte: no clock, no map order,
// no parallel-worker order may reach the output.
func TestBuildIsDeterministic(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	content := filepath.Join(root, "content")
	if _, err := os.Stat(content); err != nil {
		t.Skipf("no sample content: %v", err)
	}
	var trees [2]map[string][]byte
	for i := range trees {
		out := t.TempDir()
		// Run from an empty folder so the repository's config.yaml does not
		// point the output elsewhere; the defaults hold everywhere else.
		code := runIn(t, t.TempDir(), "build", "--content", content, "--templates", filepath.Join(root, "layouts"), "--out", out)
		if code != 0 {
			t.Fatalf("build %d exited with %d", i, code)
		}
		trees[i] = readTree(t, out)
	}
	if len(trees[0]) == 0 {
		t.Fatal("the build wrote nothing")
	}
	for name, a := range trees[0] {
		b, ok := trees[1][name]
		switch {
		case !ok:
			t.Errorf("%s only in the first build", name)
		case !bytes.Equal(a, b):
			t.Errorf("%s differs between two builds of the same input", name)
		}
	}
	for name := range trees[1] {
		if _, ok := trees[0][name]; !ok {
			t.Errorf("%s only in the second build", name)
		}
	}
}

// runIn runs the command line in dir and returns its exit code.
func runIn(t *testing.T, dir string, args ...string) int {
	t.Helper()
	t.Chdir(dir)
	return run(context.Background(), args, nil, io.Discard, io.Discard)
}

func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
