// Command timeline turns a folder of markdown articles and notes into a
// static timeline website. It is a thin layer over the library packages in
// timeline/: each subcommand parses flags, loads the configuration and calls
// the library.
//
// Exit codes: 0 success, 1 content errors (or failures while building),
// 2 usage errors (unknown flags, bad configuration).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitOK      = 0
	exitContent = 1
	exitUsage   = 2
)

// usageError marks errors in how the command was called or configured.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// exitError carries an exit code for failures already reported to stderr.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// run executes the command line and maps the outcome to an exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	fmt.Fprintf(stderr, "timeline: %v\n", err)
	var ue usageError
	if errors.As(err, &ue) {
		return exitUsage
	}
	return exitContent
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "timeline",
		Short: "Turn a folder of markdown sources into a static timeline website",
		Long: `timeline turns a folder of markdown sources into a static timeline website.

Start a project with timeline init, preview it with timeline serve, validate
it with timeline check and write it with timeline build.

Exit codes:
  0  success
  1  content errors (printed as path:line:col: message), or a failure while building
  2  usage errors: unknown command or flag, bad arguments, invalid configuration`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{fmt.Errorf("unknown command %q (see timeline --help)", args[0])}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	root.PersistentFlags().String("config", "", "configuration file (default: config.yaml when present)")
	root.AddCommand(commands()...)
	return root
}
