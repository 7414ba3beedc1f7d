package vm

import "github.com/bytepy/bytepy/interp/py"

// builtinsFor is the builtins namespace of code run with these globals:
// their __builtins__ (a dict, or a module's dict), as exec and eval with
// {"__builtins__": {...}} expect; the interpreter's otherwise.
func builtinsFor(it *Interp, globals *py.Dict) *py.Dict {
	b, ok := globals.GetStr("__builtins__")
	switch {
	case !ok:
	case py.IsDict(b):
		return py.AsDict(b)
	case b.Type() == py.ModuleType:
		return py.AsModule(b).Dict
	}
	return it.Builtins
}
