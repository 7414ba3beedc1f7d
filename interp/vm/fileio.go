package vm

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"github.com/bytepy/bytepy/interp/py"
)

// fileObj is what open() returns: a text or binary file, buffered.
type fileObj struct {
	py.Object
	f      *os.File
	r      *bufio.Reader
	w      *bufio.Writer
	name   string
	mode   string
	binary bool
	closed bool
}

var fileType = py.NewType("TextIOWrapper", py.ObjectType)

func osError(err error, name string) *py.Exception {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		typ := py.OSErrorType
		switch {
		case errors.Is(err, fs.ErrNotExist):
			typ = py.FileNotFoundErrorType
		case errors.Is(err, fs.ErrExist):
			typ = py.FileExistsErrorType
		case errors.Is(err, fs.ErrPermission):
			typ = py.PermissionErrorType
		case errno == syscall.EISDIR:
			typ = py.IsADirectoryErrorType
		}
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return py.NewOSError(typ, int(errno), msg, name)
	}
	return py.Errorf(py.OSErrorType, "%s", err.Error())
}

// openFile is open(file, mode='r', ...) for text (UTF-8) and binary files.
func openFile(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	p, err := py.ParseArgs("open", a, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1)
	if err != nil {
		return py.Null, err
	}
	if !py.IsStr(p[0]) {
		return py.Null, py.Errorf(py.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", py.TypeName(p[0]))
	}
	name := py.StrOf(p[0])
	mode := "r"
	if !p[1].IsNull() {
		mode = py.StrOf(p[1])
	}
	flags := 0
	switch strings.Trim(mode, "bt") {
	case "r":
		flags = os.O_RDONLY
	case "w":
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case "a":
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case "x":
		flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	case "r+":
		flags = os.O_RDWR
	case "w+":
		flags = os.O_RDWR | os.O_CREATE | os.O_TRUNC
	case "a+":
		flags = os.O_RDWR | os.O_CREATE | os.O_APPEND
	default:
		return py.Null, py.Errorf(py.ValueErrorType, "invalid mode: '%s'", mode)
	}
	f, oerr := os.OpenFile(name, flags, 0o666)
	if oerr != nil {
		return py.Null, osError(oerr, name)
	}
	if st, _ := f.Stat(); st != nil && st.IsDir() {
		f.Close()
		return py.Null, py.NewOSError(py.IsADirectoryErrorType, int(syscall.EISDIR), "Is a directory", name)
	}
	o := &fileObj{f: f, name: name, mode: mode, binary: strings.Contains(mode, "b")}
	o.r = bufio.NewReader(f)
	o.w = bufio.NewWriter(f)
	o.SetType(fileType)
	return py.FromPtr(o), nil
}

func (o *fileObj) value(s string) py.Value {
	if o.binary {
		return py.NewBytes([]byte(s))
	}
	return py.NewStr(s)
}

func (o *fileObj) check() *py.Exception {
	if o.closed {
		return py.Errorf(py.ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

func (o *fileObj) readLine() (string, *py.Exception) {
	o.w.Flush()
	s, err := o.r.ReadString('\n')
	if err != nil && err != io.EOF {
		return "", osError(err, o.name)
	}
	return s, nil
}

func init() {
	ft := fileType
	ft.Module = "_io"
	self := func(a []py.Value) *fileObj { return py.AsPtr[fileObj](a[0]) }
	m := func(name string, fn func(t *py.Thread, o *fileObj, a []py.Value) (py.Value, *py.Exception)) {
		py.AddMethod(ft, name, func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			o := self(a)
			if name != "close" && name != "__exit__" {
				if o.closed && o.binary && strings.HasPrefix(name, "read") {
					return py.Null, py.Errorf(py.ValueErrorType, "read of closed file")
				}
				if err := o.check(); err != nil {
					return py.Null, err
				}
			}
			return fn(t, o, a[1:])
		})
	}
	m("read", func(t *py.Thread, o *fileObj, a []py.Value) (py.Value, *py.Exception) {
		o.w.Flush()
		if len(a) > 0 && !a[0].IsNone() {
			n, err := py.IndexInt(t, a[0])
			if err != nil {
				return py.Null, err
			}
			if n >= 0 {
				if o.binary {
					buf := make([]byte, n)
					k, _ := io.ReadFull(o.r, buf)
					return py.NewBytes(buf[:k]), nil
				}
				var sb strings.Builder
				for i := int64(0); i < n; i++ {
					r, _, err := o.r.ReadRune()
					if err != nil {
						break
					}
					sb.WriteRune(r)
				}
				return py.NewStr(sb.String()), nil
			}
		}
		data, err := io.ReadAll(o.r)
		if err != nil {
			return py.Null, osError(err, o.name)
		}
		return o.value(string(data)), nil
	})
	m("readline", func(t *py.Thread, o *fileObj, a []py.Value) (py.Value, *py.Exception) {
		s, err := o.readLine()
		if err != nil {
			return py.Null, err
		}
		return o.value(s), nil
	})
	m("readlines", func(t *py.Thread, o *fileObj, a []py.Value) (py.Value, *py.Exception) {
		var out []py.Value
		for {
			s, err := o.readLine()
			if err != nil {
				return py.Null, err
			}
			if s == "" {
				return py.NewList(out), nil
			}
			out = append(out, o.value(s))
		}
	})
	m("write", func(t *py.Thread, o *fileObj, a []py.Value) (py.Value, *py.Exception) {
		if len(a) != 1 {
			return py.Null, py.Errorf(py.TypeErrorType, "write() takes exactly one argument (%d given)", len(a))
		}
		if o.binary {
			b, ok := py.BytesOf(a[0])
			if !ok {
				return py.Null, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(a[0]))
			}
			o.w.Write(b)
			return py.MakeInt(int64(len(b))), nil
		}
		if !py.IsStr(a[0]) {
			return py.Null, py.Errorf(py.TypeErrorType, "write() argument must be str, not %s", py.TypeName(a[0]))
		}
		o.w.WriteString(py.StrOf(a[0]))
		return py.MakeInt(int64(py.AsStr(a[0]).Len())), nil
	})
	m("writelines", func(t *py.Thread, o *fileObj, a []py.Value) (py.Value, *py.Exception) {
		items, err := py.Collect(t, a[0])
		if err != nil {
			return py.Null, err
		}
		for _, x := range items {
			if py.IsStr(x) {
				o.w.WriteString(py.StrOf(x))
			} else if b, ok := py.BytesOf(x); ok {
				o.w.Write(b)
			}
		}
		return py.None, nil
	})
	m("flush", func(t *py.Thread, o *fileObj, a []py.Value) (py.Value, *py.Exception) {
		o.w.Flush()
		return py.None, nil
	})
	closeFn := func(t *py.Thread, o *fileObj, a []py.Value) (py.Value, *py.Exception) {
		if !o.closed {
			o.w.Flush()
			o.f.Close()
			o.closed = true
		}
		return py.None, nil
	}
	m("close", closeFn)
	m("__enter__", func(t *py.Thread, o *fileObj, a []py.Value) (py.Value, *py.Exception) { return py.FromPtr(o), nil })
	m("__exit__", func(t *py.Thread, o *fileObj, a []py.Value) (py.Value, *py.Exception) {
		closeFn(t, o, nil)
		return py.False, nil
	})
	ft.Iter = func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		if err := py.AsPtr[fileObj](v).check(); err != nil {
			return py.Null, err
		}
		return v, nil
	}
	ft.Next = func(t *py.Thread, v py.Value) (py.Value, bool, *py.Exception) {
		o := py.AsPtr[fileObj](v)
		if err := o.check(); err != nil {
			return py.Null, false, err
		}
		s, err := o.readLine()
		if err != nil || s == "" {
			return py.Null, false, err
		}
		return o.value(s), true, nil
	}
	ft.Repr = func(t *py.Thread, v py.Value) (string, *py.Exception) {
		o := py.AsPtr[fileObj](v)
		return "<_io.TextIOWrapper name='" + o.name + "' mode='" + o.mode + "' encoding='UTF-8'>", nil
	}
	py.AddGetter(ft, "closed", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.MakeBool(py.AsPtr[fileObj](v).closed), nil
	})
	py.AddGetter(ft, "name", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.NewStr(py.AsPtr[fileObj](v).name), nil
	})
	py.AddGetter(ft, "mode", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.NewStr(py.AsPtr[fileObj](v).mode), nil
	})
}
