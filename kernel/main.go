package kernel

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/rs/zerolog"
)

// Main is `bytepy kernel`: parse flags, read the connection file, serve
// until shutdown. It returns the exit status. newEngine is called once.
func Main(args []string, newEngine func() Engine, version string) int {
	fs := flag.NewFlagSet("kernel", flag.ContinueOnError)
	connFile := fs.String("connection-file", "", "Jupyter connection file `FILE`")
	fs.StringVar(connFile, "f", "", "short for --connection-file (as ipykernel accepts)")
	level := fs.String("log-level", os.Getenv("BYTEPY_LOG"), "log `LEVEL`: debug, info, warn, error (default warn; env BYTEPY_LOG)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *connFile == "" {
		fmt.Fprintln(os.Stderr, "usage: bytepy kernel --connection-file FILE [--log-level LEVEL]")
		return 2
	}
	log, err := NewLogger(os.Stderr, *level)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bytepy kernel:", err)
		return 2
	}
	ci, err := ReadConnectionFile(*connFile)
	if err != nil {
		log.Error().Err(err).Msg("cannot start")
		return 1
	}
	// SIGINT is how Jupyter interrupts a kernel whose spec says
	// interrupt_mode "signal"; catching it keeps it from being fatal.
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)

	k, err := New(Config{Conn: ci, Engine: newEngine(), Version: version, Log: log, Signals: sigs,
		TuneGC: os.Getenv("GOGC") == ""})
	if err != nil {
		log.Error().Err(err).Msg("cannot start")
		return 1
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if os.Getenv("JPY_PARENT_PID") != "" {
		go watchParent(ctx, cancel, log)
	}
	restart, err := k.Run(ctx)
	if err != nil {
		log.Error().Err(err).Msg("kernel failed")
		return 1
	}
	log.Info().Bool("restart", restart).Msg("kernel stopped")
	return 0
}

// NewLogger writes human-readable lines to w at the named level.
func NewLogger(w io.Writer, level string) (zerolog.Logger, error) {
	lv := zerolog.WarnLevel
	if level != "" {
		var err error
		lv, err = zerolog.ParseLevel(strings.ToLower(level))
		if err != nil {
			return zerolog.Nop(), fmt.Errorf("log level %q: %w", level, err)
		}
	}
	// Millisecond stamps: the interesting intervals in a kernel are short.
	zerolog.TimeFieldFormat = zerolog.TimeFormatUnixMs
	cw := zerolog.ConsoleWriter{Out: w, NoColor: true, TimeFormat: "15:04:05.000"}
	return zerolog.New(cw).Level(lv).With().Timestamp().Str("kernel", "bytepy").Logger(), nil
}
