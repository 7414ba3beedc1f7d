package vm

import (
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// `if x % m == k:` (a filter in a comprehension, `v % 2 == 0`, or a
// loop's `i % 5 == 0`) translates to opFastConstBin (LOAD_FAST x;
// LOAD_CONST m; BINARY_MODULO) then opConstCmpJump (LOAD_CONST k;
// COMPARE_OP; POP_JUMP_IF_FALSE/TRUE). opFastModCmpJump, on the first,
// does all six when x, m and k are ints that fit in 64 bits and m is
// positive: Python's floor modulo, the compare and the branch, one
// dispatch instead of two. Anything else (an unbound x, floats, a str
// % formatting, big ints, m <= 0) runs LOAD_FAST and goes on to the
// instructions as written, which are all still there. The arm in
// eval.go writes the modulo and compare out: a call there would cost
// spills in the loop.

// modCmpLen is how many instructions after the fused one it covers.
const modCmpLen = 5

// fuseModCmp marks the opFastConstBin of each such test whose parts no
// jump lands in.
func fuseModCmp(rt *codeRT) {
	ins := rt.instrs
	var targets []bool
	for i := 0; i+modCmpLen < len(ins); i++ {
		if ins[i].op != opFastConstBin || ins[i+2].op != opBinary || ins[i+2].arg != py.OpMod ||
			ins[i+3].op != opConstCmpJump || ins[i+4].op != opCmpJump || ins[i+4].arg > opcode.CmpGE ||
			(ins[i+5].op != opPopJumpIfFalse && ins[i+5].op != opPopJumpIfTrue) {
			continue
		}
		if noJumpInto(rt.code, &targets, i+1, i+modCmpLen) {
			ins[i].op = opFastModCmpJump
		}
	}
}

// unboundLocal is LOAD_FAST's error for local i.
func unboundLocal(f *Frame, i int32) *py.Exception {
	return py.Errorf(py.UnboundLocalErrorType, "local variable '%s' referenced before assignment", f.rt.code.VarNames[i])
}
