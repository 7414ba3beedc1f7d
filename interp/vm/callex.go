package vm

import "github.com/bytepy/bytepy/interp/py"

// exFrame is CALL_FUNCTION_EX's call of a Python function with
// positional parameters only (codeRT.simple), the commonest target of a
// forwarding wrapper's fn(*args, **kw): a pooled frame filled straight
// from the tuple's items and the exact dict's entries, already pushed,
// without the scratch argument lists that setupFrame's binders read.
// Keywords are matched to parameters by identity: names that keyword
// calls and dict displays make are interned like co_varnames. It
// returns nil, having taken nothing, for any call it does not bind
// (another key, a missing or doubled argument, a dict subclass), which
// the general path then binds or rejects with CPython's message.
func (th *thread) exFrame(fn *py.Function, self py.Value, args []py.Value, kw *py.Dict) *Frame {
	rt := fnRuntime(fn)
	t := th.pt
	if !rt.simple || th.npool >= len(th.pool) || t.Depth >= t.RecursionLimit {
		return nil
	}
	npos := len(args)
	if !self.IsNull() {
		npos++
	}
	nkw := 0
	if kw != nil {
		if kw.V().Type() != py.DictType {
			return nil
		}
		nkw = kw.Len()
	}
	argc := rt.argc
	if npos > argc || npos+nkw < argc-len(fn.Defaults) || npos+nkw > argc {
		return nil
	}
	f := th.pool[th.npool]
	if f.rt != rt {
		if f = th.poolFor(rt); f == nil {
			return nil
		}
	}
	// element by element: the lists are short, and copy and clear of
	// pointerful memory go through the runtime's bulk barriers
	mem := f.mem[:rt.nlocals]
	i := 0
	if !self.IsNull() {
		mem[0] = self
		i = 1
	}
	for _, a := range args {
		mem[i] = a
		i++
	}
	if nkw > 0 || npos < argc {
		var ents []py.AttrEntry
		if nkw > 0 {
			ents = kw.Ents()
		}
		first := argc - len(fn.Defaults)
		found := 0
		for j := npos; j < argc; j++ {
			name := rt.varnames[j]
			k := 0
			for k < len(ents) && !ents[k].KeyIs(name) {
				k++
			}
			switch {
			case k < len(ents):
				mem[j] = ents[k].Val()
				found++
			case j >= first:
				mem[j] = fn.Defaults[j-first]
			default:
				found = -1 // missing: the general path says so
				j = argc
			}
		}
		if found != nkw {
			clear(mem[:argc])
			return nil
		}
	}
	for j := argc; j < len(mem); j++ {
		mem[j] = py.Value{}
	}
	th.npool++
	th.bindFrame(f, fn)
	f.sp, f.pc, f.nblocks, f.entry = 0, 0, 0, false
	if rt.nfree > 0 {
		f.cells = fn.Closure
	}
	t.Depth++
	f.back = th.frame
	th.frame = f
	return f
}
