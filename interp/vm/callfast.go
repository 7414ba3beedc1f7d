package vm

import "github.com/bytepy/bytepy/interp/py"

// The commonest call is a plain Python function (positional parameters
// only, no cells of its own, not a generator) given exactly as many
// positional arguments as it takes: fib(n - 1), a helper called from a
// loop. CALL_FUNCTION tests for it first, before the bound-method,
// builtin and defaults cases, and fills the pooled frame that already
// holds the function's code (or framealt.go's hinted frame; other
// retargeting goes through the general path's poolFor). Its writes are
// conditional where the pooled frame usually holds the value already
// (the same function, globals and builtins as last time), sparing the
// GC write barriers.

// `f(x + c)` and `f(x - c)`, with f a global, x a local and c an int
// constant (fib(n - 1), a recursive walk's step), are LOAD_GLOBAL f;
// opFastConstBin x, c, op; CALL_FUNCTION 1: three dispatches and two
// pushes. As opCallGlobalConstArg, which takes the LOAD_GLOBAL's place,
// a cached global that is a plain function of one parameter and an
// inline int x whose x ± c does not overflow go straight into the
// function's pooled frame; the global load and the int operation run no
// Python code, so nothing could have seen the skipped steps, and the
// caller resumes after the CALL_FUNCTION as it would have. Anything
// else runs as LOAD_GLOBAL, and the rest as written.

// callConstArgLen is how many instructions follow the
// opCallGlobalConstArg through the CALL_FUNCTION.
const callConstArgLen = 4

// fuseCallConstArg marks each LOAD_GLOBAL that starts such a call.
func fuseCallConstArg(rt *codeRT) {
	ins := rt.instrs
	var targets []bool
	for i := 0; i+callConstArgLen < len(ins); i++ {
		if ins[i].op != opLoadGlobal || ins[i+1].op != opFastConstBin || ins[i+3].op != opBinary ||
			ins[i+4].op != opCallFunction || ins[i+4].arg != 1 || !rt.consts[ins[i+2].arg].IsInt() ||
			(ins[i+3].arg != py.OpAdd && ins[i+3].arg != py.OpSub) {
			continue
		}
		if c := rt.consts[ins[i+2].arg].Int(); c < -1<<31 || c > 1<<31 {
			continue
		}
		if noJumpInto(rt.code, &targets, i+1, i+callConstArgLen) {
			ins[i].op = opCallGlobalConstArg
		}
	}
}
