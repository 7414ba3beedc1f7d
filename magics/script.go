package magics

import (
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"syscall"

	"github.com/bytepy/bytepy/interp/constant"
)

// scriptArgs are %%script's options (and %%bash's and %%sh's); --bg and
// --proc, which need background jobs, are not offered.
func scriptArgs(prog string, withCommand bool) *ArgParser {
	ap := &ArgParser{
		Prog:        prog,
		Description: "Run the cell with a shell or another program, feeding it the cell on stdin.",
		Args: []Arg{
			{Flags: []string{"--out"}, Help: "The variable in which to store stdout from the script."},
			{Flags: []string{"--err"}, Help: "The variable in which to store stderr from the script."},
			{Flags: []string{"--no-raise-error"}, Dest: "no_raise_error", Action: StoreTrue, Help: "Whether you should raise an error message in addition to a stream on stderr if you get a nonzero exit code."},
		},
	}
	if withCommand {
		ap.Args = append(ap.Args, Arg{Flags: []string{"command"}, Nargs: "*", Help: "the program and its arguments"})
	}
	return ap
}

var (
	bashArgs   = scriptArgs("%%bash", false)
	shArgs     = scriptArgs("%%sh", false)
	scriptArgp = scriptArgs("%%script", true)
)

func bashMagic(sh *Shell, line, cell string) (any, error) {
	return runScript(sh, bashArgs, []string{"bash"}, line, cell)
}

func shMagic(sh *Shell, line, cell string) (any, error) {
	return runScript(sh, shArgs, []string{"sh"}, line, cell)
}

func scriptMagic(sh *Shell, line, cell string) (any, error) {
	return runScript(sh, scriptArgp, nil, line, cell)
}

// runScript is IPython's shebang magic: start the program, write the
// cell to its stdin, stream (or capture) its output, and raise
// CalledProcessError on a non-zero exit unless told not to.
func runScript(sh *Shell, ap *ArgParser, argv []string, line, cell string) (any, error) {
	args, err := ap.Parse(line)
	if err != nil {
		return nil, err
	}
	if argv == nil {
		argv = args.List("command")
		if len(argv) == 0 {
			return nil, &UsageError{Msg: "the following arguments are required: command"}
		}
	}
	c := exec.Command(argv[0], argv[1:]...)
	c.Stdin = strings.NewReader(cell)
	var outBuf, errBuf bytes.Buffer
	c.Stdout, c.Stderr = io.Writer(sh.Interp.Stdout()), io.Writer(sh.Interp.Stderr())
	if args.Str("out") != "" {
		c.Stdout = &outBuf
	}
	if args.Str("err") != "" {
		c.Stderr = &errBuf
	}
	runErr := c.Run()
	if _, ok := runErr.(*exec.ExitError); runErr != nil && !ok {
		return nil, &PyError{Type: "FileNotFoundError", Msg: fmt.Sprintf("[Errno 2] No such file or directory: %s", strRepr(argv[0]))}
	}
	if name := args.Str("out"); name != "" {
		if err := sh.Interp.SetVar(name, outBuf.String()); err != nil {
			return nil, err
		}
	}
	if name := args.Str("err"); name != "" {
		if err := sh.Interp.SetVar(name, errBuf.String()); err != nil {
			return nil, err
		}
	}
	if ee, ok := runErr.(*exec.ExitError); ok && !args.Bool("no_raise_error") {
		// IPython hands the cell over as UTF-8 bytes, and
		// CalledProcessError shows the command with %s.
		cmd := constant.BytesRepr(cell)
		msg := fmt.Sprintf("Command '%s' returned non-zero exit status %d.", cmd, ee.ExitCode())
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			msg = fmt.Sprintf("Command '%s' died with <Signals.%s: %d>.", cmd, signalName(ws.Signal()), int(ws.Signal()))
		}
		return nil, &PyError{Type: "CalledProcessError", Msg: msg}
	}
	return nil, nil
}

// signalName is the Signals enum name Python prints.
func signalName(s syscall.Signal) string {
	names := map[syscall.Signal]string{syscall.SIGKILL: "SIGKILL", syscall.SIGTERM: "SIGTERM",
		syscall.SIGINT: "SIGINT", syscall.SIGSEGV: "SIGSEGV", syscall.SIGABRT: "SIGABRT", syscall.SIGPIPE: "SIGPIPE",
		syscall.SIGHUP: "SIGHUP"}
	if n, ok := names[s]; ok {
		return n
	}
	return fmt.Sprintf("SIG%d", int(s))
}
