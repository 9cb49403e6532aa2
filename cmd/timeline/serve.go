package main

import (
	"fmt"
	"net"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/serve"
)

func newServeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Preview the site with live reload",
		Long: `Serve builds the site in memory and serves it on a loopback address
(http://127.0.0.1:1313/ by default). It watches the content folder, the
templates folder and the configuration file, rebuilds on every change (only
the sources that changed are read again) and reloads the open pages.

When the content is broken, the last good build stays online: the problems
are printed here and shown over the open pages, and go away once fixed.
Nothing is written to the output folder. Stop with Ctrl-C.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			bind, _ := cmd.Flags().GetString("bind")
			port, _ := cmd.Flags().GetInt("port")
			if port < 0 || port > 65535 {
				return usageError{fmt.Errorf("--port %d is not a TCP port", port)}
			}
			file, _ := cmd.Flags().GetString("config")
			if file == "" {
				if _, err := os.Stat("config.yaml"); err == nil {
					file = "config.yaml"
				}
			}
			srv, err := serve.New(serve.Options{
				Config:     cfg,
				ConfigFile: file,
				Reload:     func() (timeline.Config, error) { return loadConfig(cmd) },
				Log:        cmd.ErrOrStderr(),
			})
			if err != nil {
				return usageError{err}
			}
			ln, err := net.Listen("tcp", net.JoinHostPort(bind, strconv.Itoa(port)))
			if err != nil {
				return fmt.Errorf("listening on %s:%d: %w", bind, port, err)
			}
			if ip := net.ParseIP(bind); bind != "localhost" && (ip == nil || !ip.IsLoopback()) {
				fmt.Fprintf(cmd.ErrOrStderr(), "timeline: warning: serving on %s, reachable from other machines\n", bind)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "serving %s at http://%s/ (Ctrl-C to stop)\n", cfg.ContentDir, ln.Addr())
			return srv.Run(cmd.Context(), ln)
		},
	}
	addSiteFlags(cmd)
	cmd.Flags().String("bind", "127.0.0.1", "address to listen on (loopback by default)")
	cmd.Flags().Int("port", 1313, "port to listen on (0 picks a free one)")
	return cmd
}
