package vm

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/py"
)

type ioWriter = io.Writer

// PyError is an uncaught Python exception, as RunCode returns it.
type PyError struct {
	Exc *py.Exception
	t   *py.Thread // for running __str__ while formatting
}

func (e *PyError) Error() string { return e.Exc.Error() }

// CompileFunc compiles source (exec, eval or single mode) to a code object.
type CompileFunc func(src []byte, filename, mode string, flags, optimize int) (*code.Code, error)

// Compile is the compiler used by exec, eval and compile; whoever links
// the compiler and the VM sets it (vm does not import the compiler).
var Compile CompileFunc

func init() {
	py.CallFunction = func(t *py.Thread, fn *py.Function, args []py.Value, kwnames []string) (py.Value, *py.Exception) {
		return t.VM.(*thread).callFunction(fn, args, kwnames)
	}
	py.CallFunctionSelf = func(t *py.Thread, fn *py.Function, self py.Value, args []py.Value, kwnames []string) (py.Value, *py.Exception) {
		return t.VM.(*thread).callFunctionSelf(fn, self, args, kwnames)
	}
}

// minBuiltins is a lower bound of the builtins module's entries (147
// today): New sizes the dict for them up front (py.NewDictSized).
const minBuiltins = 140

// New makes an interpreter with the builtins and sys ready and output
// going to os.Stdout and os.Stderr.
func New() *Interp {
	it := &Interp{Stdout: os.Stdout, Stderr: os.Stderr}
	it.Modules = py.NewDict()
	it.Builtins = py.NewDictSized(minBuiltins)
	th := &thread{interp: it}
	th.base = py.ExcState{Type: py.None, Value: py.None, Tb: py.None}
	th.pt = &py.Thread{RecursionLimit: 1000, VM: th, Interrupted: &it.interrupted}
	th.pt.Exc = &th.base
	th.pt.Stdout = writerFunc(func(p []byte) (int, error) { return it.Stdout.Write(p) })
	th.pt.Stderr = writerFunc(func(p []byte) (int, error) { return it.Stderr.Write(p) })
	it.th = th
	setupBuiltins(it)
	addSiteBuiltins(it)
	bm := py.ModuleWith(it.Builtins)
	it.Builtins.SetStr("__name__", py.NewStr("builtins"))
	it.Modules.SetStr("builtins", bm.V())
	documentBuiltins(it.Builtins)
	it.Builtins.Range(func(_, v py.Value) bool {
		if v.Type() == py.BuiltinType && py.AsBuiltin(v).Owner == nil {
			py.AsBuiltin(v).Self = bm.V() // print.__self__ is the builtins module
		}
		return true
	})
	it.sys = newSysModule(it)
	it.sys.Dict.SetStr("copyright", py.NewStr(copyrightText))
	it.Modules.SetStr("sys", it.sys.V())
	return it
}

// BatchGC is the garbage collector policy for running a program to its
// end (`bytepy run`): Python programs allocate many small, short-lived
// objects, and the default GOGC=100 collects so often on a small heap that
// GC dominates, so unless the user chose a GOGC it trades memory for speed
// (GOGC=400). Where the system allows, the heap a program grows into is
// also put on huge pages once it has allocated a few megabytes
// (hugeheap_linux.go). It is the embedder's choice, not New's: a
// long-lived kernel wants its memory back more than it wants the last 10%
// of throughput.
func BatchGC() {
	if os.Getenv("GOGC") != "" {
		hugeHeap(-1)
	} else if !hugeHeap(400) {
		debug.SetGCPercent(400)
	}
	// (heap profile sampling is off from before the first package init:
	// internal/earlyinit)
}

type writerFunc func(p []byte) (int, error)

func (w writerFunc) Write(p []byte) (int, error) { return w(p) }

// Thread is the interpreter's Python thread state, for Go code that calls
// into Python (py.Call(it.Thread(), ...)).
func (it *Interp) Thread() *py.Thread { return it.th.pt }

// NewModule makes a module (its globals have __name__ and
// __builtins__) and registers it in sys.modules.
func (it *Interp) NewModule(name string) *py.Module {
	m := py.NewModule(name)
	m.Dict.SetStr("__builtins__", it.Modules.Must("builtins"))
	it.Modules.SetStr(name, m.V())
	return m
}

// Sys is the interpreter's sys module (runners set sys.argv and
// sys.path there: sys.path[0] is the script's directory).
func (it *Interp) Sys() *py.Module { return it.sys }

// Interrupt asks the running code to raise KeyboardInterrupt at the next
// backward jump or call; safe from any goroutine.
func (it *Interp) Interrupt() { it.interrupted.Store(true) }

// RunCode runs a module-level code object with globals as both globals
// and locals. It returns the code's value (None for modules; the
// expression's value for eval-mode code) or a *PyError.
func (it *Interp) RunCode(co *code.Code, globals *py.Dict) (result py.Value, err error) {
	return it.RunCodeLocals(co, globals, globals)
}

// RunCodeLocals is RunCode with a separate locals mapping.
func (it *Interp) RunCodeLocals(co *code.Code, globals, locals *py.Dict) (result py.Value, err error) {
	it.mu.Lock()
	defer it.mu.Unlock()
	th := it.th
	depth, npool, frame := th.pt.Depth, th.npool, th.frame
	defer func() {
		if r := recover(); r != nil {
			for _, f := range th.pool[npool:] {
				clear(f.mem)
			}
			th.pt.Depth, th.npool, th.frame = depth, npool, frame
			th.pt.Exc = &th.base
			e := py.Errorf(py.SystemErrorType, "Go panic in the VM: %v\n%s", r, debug.Stack())
			result, err = py.Null, &PyError{e, th.pt}
		}
	}()
	if _, ok := globals.GetStr("__builtins__"); !ok {
		globals.SetStr("__builtins__", it.Modules.Must("builtins"))
	}
	it.interrupted.Store(false)
	v, e := th.runCode(co, globals, locals)
	if e != nil {
		return py.Null, &PyError{e, th.pt}
	}
	return v, nil
}

// Call calls a Python callable from Go (the magics' %timeit uses it),
// with the same locking and panic recovery as RunCode.
func (it *Interp) Call(fn py.Value, args ...py.Value) (result py.Value, err error) {
	it.mu.Lock()
	defer it.mu.Unlock()
	th := it.th
	depth, npool, frame := th.pt.Depth, th.npool, th.frame
	defer func() {
		if r := recover(); r != nil {
			for _, f := range th.pool[npool:] {
				clear(f.mem)
			}
			th.pt.Depth, th.npool, th.frame = depth, npool, frame
			th.pt.Exc = &th.base
			e := py.Errorf(py.SystemErrorType, "Go panic in the VM: %v\n%s", r, debug.Stack())
			result, err = py.Null, &PyError{e, th.pt}
		}
	}()
	it.interrupted.Store(false)
	v, e := py.Call(th.pt, fn, args, nil)
	if e != nil {
		return py.Null, &PyError{e, th.pt}
	}
	return v, nil
}

// runCode runs module or class-body level code in a new entry frame.
func (th *thread) runCode(co *code.Code, globals, locals *py.Dict) (py.Value, *py.Exception) {
	if th.pt.Depth == 0 {
		py.DropFormatParts(th.pt) // no f-string can be half built now
	}
	rt := runtimeOf(co)
	f := th.newPooledFrame(rt)
	f.globals = globals
	f.builtins = builtinsFor(th.interp, globals)
	f.locals = locals
	f.special = true
	if rt.ncells+rt.nfree > 0 {
		f.cells = make([]*py.Cell, rt.ncells+rt.nfree)
		for i := range f.cells {
			f.cells[i] = py.NewCell(py.Null)
		}
	}
	if err := th.push(f); err != nil {
		th.freeFrame(f)
		return py.Null, err
	}
	f.entry = true
	return th.run(f)
}

func (it *Interp) display(t *py.Thread, v py.Value) *py.Exception {
	if v.IsNone() {
		return nil
	}
	it.Builtins.SetStr("_", v)
	if it.DisplayHook != nil {
		if err := it.DisplayHook(v); err != nil {
			if pe, ok := err.(*PyError); ok {
				return pe.Exc
			}
			return py.Errorf(py.RuntimeErrorType, "%s", err.Error())
		}
		return nil
	}
	s, err := py.Repr(t, v)
	if err != nil {
		return err
	}
	io.WriteString(it.Stdout, s+"\n")
	return nil
}

// Module registry: Go-implemented modules that `import` can load.

// ModuleInit fills a fresh module's namespace.
type ModuleInit func(it *Interp, m *py.Module) error

var (
	regMu sync.Mutex
	// sized for the ~60 modules that register from init functions, so
	// start-up does not grow these maps step by step
	registry = make(map[string]ModuleInit, 64)
)

// RegisterModule makes a Go module importable under name (call it from
// an init function of the module's package).
func RegisterModule(name string, init ModuleInit) {
	regMu.Lock()
	defer regMu.Unlock()
	registry[name] = init
}

// RegisteredModules lists the importable Go module names.
func RegisteredModules() []string {
	regMu.Lock()
	defer regMu.Unlock()
	var out []string
	for k := range registry {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (it *Interp) loadModule(t *py.Thread, name string) (py.Value, *py.Exception) {
	if m, ok := it.Modules.GetStr(name); ok {
		return m, nil
	}
	regMu.Lock()
	init := registry[name]
	regMu.Unlock()
	if init == nil {
		regMu.Lock()
		sm, ok := sourceModuleFor(name)
		regMu.Unlock()
		if ok {
			m, err := it.execSourceModule(t, name, sm.filename, sm.src, false)
			return m, err
		}
		if m, err, found := it.loadSourceModule(t, name); found {
			return m, err
		}
		msg := py.NewStr(fmt.Sprintf("No module named '%s'", name))
		e := py.NewException(py.ModuleNotFoundErrorType, msg)
		e.Dict = py.NewDict()
		e.Dict.SetStr("msg", msg)
		e.Dict.SetStr("name", py.NewStr(name))
		e.Dict.SetStr("path", py.None)
		return py.Null, e
	}
	m := py.NewModule(name)
	it.Modules.SetStr(name, m.V())
	if err := init(it, m); err != nil {
		it.Modules.DelItem(t, py.NewStr(name))
		if pe, ok := err.(*PyError); ok {
			return py.Null, pe.Exc
		}
		return py.Null, py.Errorf(py.ImportErrorType, "%s", err.Error())
	}
	return m.V(), nil
}

// importName is __import__(name, globals, None, fromlist, level).
func (it *Interp) importName(t *py.Thread, name string, globals *py.Dict, fromlist, level py.Value) (py.Value, *py.Exception) {
	if imp, ok := it.Builtins.GetStr("__import__"); ok && py.AsBuiltin(imp).Name != "__import__" {
		return py.Call(t, imp, []py.Value{py.NewStr(name), globals.V(), py.None, fromlist, level}, nil)
	}
	if level.IsInt() && level.Int() > 0 {
		return py.Null, py.Errorf(py.ImportErrorType, "attempted relative import with no known parent package")
	}
	parts := strings.Split(name, ".")
	var top py.Value
	for i := range parts {
		m, err := it.loadModule(t, strings.Join(parts[:i+1], "."))
		if err != nil {
			return py.Null, err
		}
		if i == 0 {
			top = m
		} else if prev, ok := it.Modules.GetStr(strings.Join(parts[:i], ".")); ok && prev.Type() == py.ModuleType {
			py.AsModule(prev).Dict.SetStr(parts[i], m)
		}
	}
	if !fromlist.IsNull() && !fromlist.IsNone() && py.Truth_(fromlist) {
		return it.Modules.Must(name), nil
	}
	return top, nil
}

// loadSourceModule imports name from a NAME.py (or NAME/__init__.py)
// found on sys.path, compiling it with the Compile hook.
func (it *Interp) loadSourceModule(t *py.Thread, name string) (py.Value, *py.Exception, bool) {
	pathV, _ := it.sys.Dict.GetStr("path")
	dirs, _ := py.Collect(t, pathV)
	rel := strings.ReplaceAll(name, ".", "/")
	for _, d := range dirs {
		if !py.IsStr(d) {
			continue
		}
		dir := py.StrOf(d)
		if dir == "" {
			dir = "."
		}
		for _, cand := range []string{rel + ".py", rel + "/__init__.py"} {
			file := filepath.Join(dir, cand)
			src, err := os.ReadFile(file)
			if err != nil {
				continue
			}
			m, perr := it.execSourceModule(t, name, file, src, strings.HasSuffix(cand, "__init__.py"))
			return m, perr, true
		}
	}
	return py.Null, nil, false
}

// execSourceModule compiles and runs a module's source as module name.
func (it *Interp) execSourceModule(t *py.Thread, name, file string, src []byte, isPkg bool) (py.Value, *py.Exception) {
	co, perr := compileSource(src, file, "exec", 0, -1)
	if perr != nil {
		return py.Null, perr
	}
	m := py.NewModule(name)
	m.Dict.SetStr("__file__", py.NewStr(file))
	m.Dict.SetStr("__builtins__", it.Modules.Must("builtins"))
	if isPkg {
		m.Dict.SetStr("__path__", py.NewList([]py.Value{py.NewStr(filepath.Dir(file))}))
	}
	it.Modules.SetStr(name, m.V())
	if _, err := it.th.runCode(co, m.Dict, m.Dict); err != nil {
		it.Modules.DelItem(t, py.NewStr(name))
		return py.Null, err
	}
	return it.Modules.Must(name), nil
}

// sourceModule is a module written in Python and built into bytepy.
type sourceModule struct {
	filename string
	src      []byte
}

var sourceRegistry = make(map[string]sourceModule, 64)

// RegisterSourceModule makes a module written in Python importable under
// name, ahead of sys.path, as CPython's own library is. filename is what
// tracebacks show for it.
func RegisterSourceModule(name, filename string, src []byte) {
	regMu.Lock()
	defer regMu.Unlock()
	sourceRegistry[name] = sourceModule{filename, src}
	moduleFiles[filename] = src
}

// moduleFiles is the source of each registered module by file name, for
// tracebacks: the embedded bytes themselves, neither copied nor split
// until a traceback quotes a line.
var moduleFiles = make(map[string][]byte, 64)
