// Package osmod provides bytepy's os and os.path (posixpath) modules.
//
// The system calls are Go builtins in a private module, _os, each taking
// plain str paths; os.py (embedded) is the Python face over them: fspath
// on every path argument, os.environ as a mapping that writes through to
// the process environment, stat_result, walk, makedirs and the constants.
// posixpath.py is os.path, pure string work plus a few stat calls.
//
// A failing call raises what OSError(errno, strerror, filename) makes,
// so the subclass (FileNotFoundError, IsADirectoryError, ...) and the
// message are chosen exactly as for open().
package osmod

import (
	"crypto/rand"
	_ "embed"
	"errors"
	"os"
	"runtime"
	"sort"
	"strings"
	"syscall"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed os.py
var osSrc []byte

//go:embed posixpath.py
var posixpathSrc []byte

func init() {
	vm.RegisterModule("_os", initPrivate)
	vm.RegisterSourceModule("os", "<frozen os>", osSrc)
	vm.RegisterSourceModule("posixpath", "<frozen posixpath>", posixpathSrc)
}

type fn = func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception)

// oserr raises OSError(errno, strerror, filename...) for a failed call.
func oserr(t *py.Thread, err error, names ...string) *py.Exception {
	var errno syscall.Errno
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	if !errors.As(err, &errno) {
		return py.Errorf(py.OSErrorType, "%s", err.Error())
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	args := []py.Value{py.MakeInt(int64(errno)), py.NewStr(msg)}
	for _, n := range names {
		args = append(args, py.NewStr(n))
	}
	if len(args) == 4 { // OSError(errno, strerror, filename, winerror, filename2)
		args = []py.Value{args[0], args[1], args[2], py.None, args[3]}
	}
	e, perr := py.Call(t, py.OSErrorType.V(), args, nil)
	if perr != nil {
		return perr
	}
	return py.AsException(e)
}

// strArgs checks that a holds n str arguments (os.py has applied fspath).
func strArgs(name string, a []py.Value, kw []string, n int) ([]string, *py.Exception) {
	if err := py.NoKw(name, kw); err != nil {
		return nil, err
	}
	if len(a) != n {
		return nil, py.Errorf(py.TypeErrorType, "%s() takes exactly %d arguments (%d given)", name, n, len(a))
	}
	out := make([]string, n)
	for i, v := range a {
		if !py.IsStr(v) {
			return nil, py.Errorf(py.TypeErrorType, "%s: path should be string, bytes or os.PathLike, not %s", name, py.TypeName(v))
		}
		out[i] = py.StrOf(v)
	}
	return out, nil
}

// pathCall makes a builtin of n paths that returns None or raises.
func pathCall(name string, n int, do func(p []string) error) fn {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := strArgs(name, a, kw, n)
		if err != nil {
			return py.Null, err
		}
		if e := do(p); e != nil {
			return py.Null, oserr(t, e, p...)
		}
		return py.None, nil
	}
}

func initPrivate(it *vm.Interp, m *py.Module) error {
	def := func(name string, f fn) { m.Set(name, py.NewBuiltin(name, f)) }
	def("getcwd", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		d, err := os.Getwd()
		if err != nil {
			return py.Null, oserr(t, err)
		}
		return py.NewStr(d), nil
	})
	def("getpid", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return py.MakeInt(int64(os.Getpid())), nil
	})
	def("getppid", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return py.MakeInt(int64(os.Getppid())), nil
	})
	def("getuid", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return py.MakeInt(int64(os.Getuid())), nil
	})
	def("cpu_count", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return py.MakeInt(int64(runtime.NumCPU())), nil
	})
	def("urandom", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 1 || len(kw) != 0 {
			return py.Null, py.Errorf(py.TypeErrorType, "urandom() takes exactly one argument (%d given)", len(a))
		}
		n, err := py.IndexInt(t, a[0])
		if err != nil {
			return py.Null, err
		}
		if n < 0 {
			return py.Null, py.NewValueError("negative argument not allowed")
		}
		b := make([]byte, n)
		rand.Read(b)
		return py.NewBytes(b), nil
	})
	def("environ", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		d := py.NewDict()
		for _, kv := range os.Environ() {
			if i := strings.IndexByte(kv, '='); i > 0 {
				d.SetStr(kv[:i], py.NewStr(kv[i+1:]))
			}
		}
		return d.V(), nil
	})
	def("putenv", pathCall("putenv", 2, func(p []string) error { return os.Setenv(p[0], p[1]) }))
	def("unsetenv", pathCall("unsetenv", 1, func(p []string) error { return os.Unsetenv(p[0]) }))
	def("chdir", pathCall("chdir", 1, func(p []string) error { return os.Chdir(p[0]) }))
	def("rmdir", pathCall("rmdir", 1, func(p []string) error { return syscall.Rmdir(p[0]) }))
	def("remove", pathCall("remove", 1, func(p []string) error { return syscall.Unlink(p[0]) }))
	def("rename", pathCall("rename", 2, func(p []string) error { return syscall.Rename(p[0], p[1]) }))
	def("mkdir", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 2 || !py.IsStr(a[0]) {
			return py.Null, py.Errorf(py.TypeErrorType, "mkdir: bad arguments")
		}
		mode, err := py.IndexInt(t, a[1])
		if err != nil {
			return py.Null, err
		}
		if e := syscall.Mkdir(py.StrOf(a[0]), uint32(mode)); e != nil {
			return py.Null, oserr(t, e, py.StrOf(a[0]))
		}
		return py.None, nil
	})
	def("listdir", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := strArgs("listdir", a, kw, 1)
		if err != nil {
			return py.Null, err
		}
		f, e := os.Open(p[0])
		if e != nil {
			return py.Null, oserr(t, e, p[0])
		}
		defer f.Close()
		names, e := f.Readdirnames(-1)
		if e != nil {
			return py.Null, oserr(t, e, p[0])
		}
		// the directory's own order is arbitrary; sorted is reproducible
		sort.Strings(names)
		out := make([]py.Value, len(names))
		for i, n := range names {
			out[i] = py.NewStr(n)
		}
		return py.NewList(out), nil
	})
	def("stat", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 2 || !py.IsStr(a[0]) {
			return py.Null, py.Errorf(py.TypeErrorType, "stat: bad arguments")
		}
		name := py.StrOf(a[0])
		var st syscall.Stat_t
		var e error
		if follow, _ := py.Truth(t, a[1]); follow {
			e = syscall.Stat(name, &st)
		} else {
			e = syscall.Lstat(name, &st)
		}
		if e != nil {
			return py.Null, oserr(t, e, name)
		}
		i := func(n int64) py.Value { return py.MakeInt(n) }
		ts := func(s syscall.Timespec) py.Value { return py.MakeFloat(float64(s.Sec) + float64(s.Nsec)/1e9) }
		return py.NewTuple([]py.Value{
			i(int64(st.Mode)), i(int64(st.Ino)), i(int64(st.Dev)), i(int64(st.Nlink)),
			i(int64(st.Uid)), i(int64(st.Gid)), i(st.Size),
			ts(st.Atim), ts(st.Mtim), ts(st.Ctim),
		}), nil
	})
	def("strerror", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 1 {
			return py.Null, py.Errorf(py.TypeErrorType, "strerror() takes exactly one argument (%d given)", len(a))
		}
		n, err := py.IndexInt(t, a[0])
		if err != nil {
			return py.Null, err
		}
		msg := syscall.Errno(n).Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return py.NewStr(msg), nil
	})
	return nil
}
