// Package traceback provides bytepy's traceback and linecache modules,
// written in Python (traceback.py, linecache.py, built in with go:embed).
// Both read source text through one Go helper, _linecache.source, which
// asks the interpreter first (a notebook cell's or a built-in module's
// text is registered with it, not on disk) and the file system second, so
// the lines traceback quotes are the ones the interpreter's own uncaught
// traceback quotes.
package traceback

import (
	_ "embed"
	"os"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed traceback.py
var tracebackSrc []byte

//go:embed linecache.py
var linecacheSrc []byte

func init() {
	vm.RegisterModule("_linecache", initPrivate)
	vm.RegisterSourceModule("linecache", "<frozen linecache>", linecacheSrc)
	vm.RegisterSourceModule("traceback", "<frozen traceback>", tracebackSrc)
}

func initPrivate(it *vm.Interp, m *py.Module) error {
	m.Set("source", py.NewBuiltin("source", source))
	return nil
}

// source(filename) is the file's text, or None when there is none to be
// had; decoding errors are replaced, since a quoted line is only a hint.
func source(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := py.NoKw("source", kw); err != nil {
		return py.Null, err
	}
	if len(a) != 1 || !py.IsStr(a[0]) {
		return py.None, nil
	}
	name := py.StrOf(a[0])
	if src, ok := vm.Source(name); ok {
		return py.NewStr(src), nil
	}
	if name == "" || name[0] == '<' {
		return py.None, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return py.None, nil
	}
	return py.NewStr(string([]rune(string(data)))), nil
}
