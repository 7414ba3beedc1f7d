package vm

import "github.com/bytepy/bytepy/interp/py"

// A with statement over a class with Python __enter__ and __exit__ keeps
// __exit__ and the manager on the stack as this record rather than as a
// bound method: the stack slot is the VM's own (no Python code can see
// it), and WITH_CLEANUP_START, the only instruction that reads it, hands
// the record back to the thread for the next with statement, so a with
// block allocates nothing.
type withExit struct {
	py.Object
	fn   py.Value // the __exit__ function found at SETUP_WITH
	self py.Value // the context manager
}

// withExitType marks the records; it is no Python type and is never
// registered anywhere Python code could reach it.
var withExitType = &py.Type{Name: "with_exit"}

// newWithExit is the record for a manager's __exit__ function.
func (th *thread) newWithExit(fn, self py.Value) py.Value {
	var w *withExit
	if n := len(th.exitFree); n > 0 {
		w = th.exitFree[n-1]
		th.exitFree = th.exitFree[:n-1]
	} else {
		w = &withExit{}
		w.SetType(withExitType)
	}
	w.fn, w.self = fn, self
	return py.FromPtr(w)
}

// takeWithExit returns the function and manager of a record and frees
// it; the caller has already removed it from the stack.
func (th *thread) takeWithExit(v py.Value) (fn, self py.Value) {
	w := py.AsPtr[withExit](v)
	fn, self = w.fn, w.self
	w.fn, w.self = py.Null, py.Null
	if len(th.exitFree) < 16 {
		th.exitFree = append(th.exitFree, w)
	}
	return fn, self
}

// withMethods is a class's __enter__ and __exit__ as SETUP_WITH found
// them, valid while the class's version is ver: any change to what a
// lookup on the class could find renews the version (py.Type.Modified),
// and the one store that does not (a plain-data class attribute rebound
// in place) never applies to a dunder or to a function.
type withMethods struct {
	typ         *py.Type
	ver         uint64
	enter, exit py.Value
}

// withLookup is SETUP_WITH's lookup of typ's __enter__ and __exit__:
// the thread remembers the last class whose two were Python functions,
// as a with statement in a loop (or the same manager class at several
// places) asks the same class again and again.
func (th *thread) withLookup(typ *py.Type) (enter, exit py.Value) {
	c := &th.withLast
	if c.typ == typ && c.ver == typ.Version() {
		return c.enter, c.exit
	}
	enter, exit = typ.Lookup(strEnter), typ.Lookup(strExit)
	if ver := typ.Version(); typ.User && ver != 0 && !enter.IsNull() && !exit.IsNull() && enter.Type() == py.FunctionType && exit.Type() == py.FunctionType {
		*c = withMethods{typ, ver, enter, exit}
	}
	return enter, exit
}

// enterWith starts a frame for a manager's Python __enter__ or __exit__
// (args: the manager, and __exit__'s three): a pooled frame filled in
// place when fn takes exactly those arguments, else enterFunction.
func (th *thread) enterWith(fn *py.Function, args []py.Value) (*Frame, py.Value, *py.Exception) {
	if nf := th.pooledFrame(fn, th.interp.Builtins, args); nf != nil {
		th.pt.Depth++
		nf.back = th.frame
		th.frame = nf
		return nf, py.Null, nil
	}
	return th.enterFunction(fn, args, nil)
}
