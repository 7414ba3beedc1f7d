package magics

import (
	"bytes"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// System is get_ipython().system(cmd), what "!cmd" becomes: the command
// runs under /bin/sh with its output streamed to the cell's stdout and
// stderr. The exit status is returned for the VM to store as _exit_code.
func (sh *Shell) System(cmd string) (int, error) {
	cmd = sh.VarExpand(cmd)
	c := exec.Command("/bin/sh", "-c", cmd)
	c.Stdout = sh.Interp.Stdout()
	c.Stderr = sh.Interp.Stderr()
	return exitCode(c.Run())
}

// GetOutput is get_ipython().getoutput(cmd), what "x = !cmd" and "!!cmd"
// become: the command's stdout and stderr together, split into lines
// (IPython's SList).
func (sh *Shell) GetOutput(cmd string) ([]string, error) {
	cmd = sh.VarExpand(cmd)
	var out bytes.Buffer
	c := exec.Command("/bin/sh", "-c", cmd)
	c.Stdout = &out
	c.Stderr = &out
	if _, err := exitCode(c.Run()); err != nil {
		return nil, err
	}
	return splitLinesPy(out.String()), nil
}

// exitCode is a finished command's status; only a failure to start it is
// an error.
func exitCode(err error) (int, error) {
	if err == nil {
		return 0, nil
	}
	if ee, ok := err.(*exec.ExitError); ok {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return -int(ws.Signal()), nil
		}
		return ee.ExitCode(), nil
	}
	return 0, &PyError{Type: "OSError", Msg: err.Error()}
}

// splitLinesPy is str.splitlines() without line ends.
func splitLinesPy(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var out []string
	for s != "" {
		i := strings.IndexAny(s, "\n\r\v\f\x1c\x1d\x1e")
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i])
		s = s[i+1:]
	}
	if out == nil {
		out = []string{}
	}
	return out
}

// HostClocks are the real clocks, for a VM that has no others.
type HostClocks struct{}

// Process is time.process_time().
func (HostClocks) Process() float64 {
	u, s := HostClocks{}.Rusage()
	return u + s
}

// Wall is time.time().
func (HostClocks) Wall() float64 { return float64(time.Now().UnixNano()) / 1e9 }

// Rusage is resource.getrusage(RUSAGE_SELF)'s user and system seconds.
func (HostClocks) Rusage() (float64, float64) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime), tv(ru.Stime)
}
