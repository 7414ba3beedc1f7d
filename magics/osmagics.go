package magics

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"sync"
	"syscall"
)

func (sh *Shell) getwd() (string, error) {
	if sh.Getwd != nil {
		return sh.Getwd()
	}
	return os.Getwd()
}

func (sh *Shell) chdir(dir string) error {
	if sh.Chdir != nil {
		return sh.Chdir(dir)
	}
	return os.Chdir(dir)
}

func pwdMagic(sh *Shell, line string) (any, error) {
	wd, err := sh.getwd()
	if err != nil {
		return nil, osError(err)
	}
	return wd, nil
}

// expandUser is os.path.expanduser.
func expandUser(p string) string {
	if p == "~" || strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return home + p[1:]
		}
	}
	return p
}

// cdMagic is %cd: no argument goes home, "-" goes back, -q is quiet; the
// new directory is printed. A failure is printed, not raised, as IPython
// does.
func cdMagic(sh *Shell, line string) (any, error) {
	if len(sh.dirHistory) == 0 {
		if wd, err := sh.getwd(); err == nil {
			sh.dirHistory = []string{wd}
		}
	}
	opts, target, err := ParseOptions(line, "qb", OptionsConfig{Strict: true})
	if err != nil {
		return nil, err
	}
	old, _ := sh.getwd()
	if target == "-" {
		if len(sh.dirHistory) < 2 {
			return nil, &UsageError{Msg: "%cd -: No previous directory to change to."}
		}
		target = sh.dirHistory[len(sh.dirHistory)-2]
	}
	if target == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return nil, osError(err)
		}
		target = home
	}
	if err := sh.chdir(expandUser(unquote(target))); err != nil {
		fmt.Fprintln(sh.stdout(), osError(err).Msg)
	} else if wd, err := sh.getwd(); err == nil && wd != old {
		sh.dirHistory = append(sh.dirHistory, wd)
	}
	if !opts.Has("q") && len(sh.dirHistory) > 0 {
		fmt.Fprintln(sh.stdout(), sh.dirHistory[len(sh.dirHistory)-1])
	}
	return nil, nil
}

// unquote drops the quotes parse_options keeps around a quoted word.
func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// osError renders a Go file-system error as Python's OSError str:
// "[Errno 2] No such file or directory: 'x'".
func osError(err error) *PyError {
	var pe *fs.PathError
	var errno syscall.Errno
	if errors.As(err, &pe) && errors.As(pe.Err, &errno) {
		typ := "OSError"
		switch errno {
		case syscall.ENOENT:
			typ = "FileNotFoundError"
		case syscall.ENOTDIR:
			typ = "NotADirectoryError"
		case syscall.EACCES, syscall.EPERM:
			typ = "PermissionError"
		case syscall.EISDIR:
			typ = "IsADirectoryError"
		}
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return &PyError{Type: typ, Msg: fmt.Sprintf("[Errno %d] %s: %s", int(errno), msg, strRepr(pe.Path))}
	}
	return &PyError{Type: "OSError", Msg: err.Error()}
}

// envMagic is %env: list (secrets hidden), get, or set variables.
func envMagic(sh *Shell, line string) (any, error) {
	if strings.TrimSpace(line) != "" {
		sep := " "
		if strings.Contains(line, "=") {
			sep = "="
		}
		bits := strings.Split(line, sep)
		if len(bits) == 1 {
			key := strings.TrimSpace(line)
			if v, ok := os.LookupEnv(key); ok {
				return v, nil
			}
			return nil, usageErrorf("Environment does not have key: %s", key)
		}
		return nil, setEnv(sh, line)
	}
	env := map[string]string{}
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		low := strings.ToLower(k)
		if strings.Contains(low, "key") || strings.Contains(low, "token") || strings.Contains(low, "secret") {
			v = "<hidden>"
		}
		env[k] = v
	}
	return env, nil
}

// setEnvRE is compiled on first use (package init runs in every process).
var setEnvRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?s)\s*(?P<name>[^=\s]+)(?:\s*=\s*|\s+)(?P<value>.*)$`)
})

// setEnv is %set_env's body: "NAME VALUE" or "NAME=VALUE", quotes around
// the value dropped, confirmed with "env: NAME=VALUE".
func setEnv(sh *Shell, line string) error {
	m := setEnvRE().FindStringSubmatch(line)
	if m == nil {
		return &UsageError{Msg: "unable to parse: " + line}
	}
	name, value := m[1], m[2]
	if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') && value[len(value)-1] == value[0] {
		value = value[1 : len(value)-1]
	}
	if err := os.Setenv(name, value); err != nil {
		return osError(err)
	}
	fmt.Fprintf(sh.stdout(), "env: %s=%s\n", name, value)
	return nil
}

var writefileArgs = &ArgParser{
	Prog:        "%writefile",
	Description: "Write the contents of the cell to a file.\n\nThe file will be overwritten unless the -a (--append) flag is specified.",
	Args: []Arg{
		{Flags: []string{"-a", "--append"}, Action: StoreTrue, Help: "Append contents of the cell to an existing file. The file will be created if it does not exist."},
		{Flags: []string{"filename"}, Help: "file to write"},
	},
}

// writefileMagic is %%writefile [-a] FILE.
func writefileMagic(sh *Shell, line, cell string) (any, error) {
	args, err := writefileArgs.Parse(line)
	if err != nil {
		return nil, err
	}
	name := args.Str("filename")
	if len(name) >= 2 && (name[0] == '\'' || name[0] == '"') && name[len(name)-1] == name[0] {
		name = name[1 : len(name)-1]
	}
	name = expandUser(name)
	appendMode := args.Bool("append")
	switch _, err := os.Stat(name); {
	case err == nil && appendMode:
		fmt.Fprintf(sh.stdout(), "Appending to %s\n", name)
	case err == nil:
		fmt.Fprintf(sh.stdout(), "Overwriting %s\n", name)
	default:
		fmt.Fprintf(sh.stdout(), "Writing %s\n", name)
	}
	flag := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if appendMode {
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	}
	f, err := os.OpenFile(name, flag, 0o666)
	if err != nil {
		return nil, osError(err)
	}
	if _, err := f.WriteString(cell); err != nil {
		f.Close()
		return nil, osError(err)
	}
	return nil, f.Close()
}
