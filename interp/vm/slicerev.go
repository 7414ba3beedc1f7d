package vm

import (
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// `a[:k + 1] = a[k::-1]` reverses a's first k+1 items. Run as written it
// is thirteen instructions, a slice read into the frame's scratch list
// and a copy back; as opSliceRevPrefix, which takes the place of the
// read's BUILD_SLICE (already opSliceTmp), it is one: with the list and
// k on the stack, an exact list and 0 <= k < len(a) are reversed in place
// (py.ReversePrefix) and the rest of the statement is skipped. Between
// the BUILD_SLICE and the STORE_SUBSCR the statement only reloads a and k
// (nothing is stored, no jump lands there) and adds 1 to an int, which
// runs no Python code, so the skipped instructions could not have seen
// anything else. Otherwise the instruction is opSliceTmp.

// When the statement's two loads were fused into an opLoadFast2 (they
// are, unless a jump lands between them), that becomes opRevPrefixFast,
// which reads a and k from the frame and runs the whole statement, two
// dispatches fewer than through opSliceRevPrefix; anything it does not
// reverse (a not an exact list, k not an int in range, either unbound)
// it loads as opLoadFast2 would, and opSliceRevPrefix then tries again
// and runs the statement as written.

// revPrefixLen is how many instructions of the statement follow the
// BUILD_SLICE 3, through the STORE_SUBSCR.
const revPrefixLen = 8

// revPrefixFastLen is how many instructions follow the opRevPrefixFast
// (the one reading k) through the STORE_SUBSCR.
const revPrefixFastLen = revPrefixLen + 4

// fuseReversePrefix marks each opSliceTmp that is the BUILD_SLICE of the
// statement.
func fuseReversePrefix(rt *codeRT) {
	co := rt.code
	n := len(co.Code) / 2
	var targets []bool
	for i := 4; i+revPrefixLen < n; i++ {
		if rt.instrs[i].op != opSliceTmp || !isReversePrefix(rt, i) {
			continue
		}
		if noJumpInto(co, &targets, i-3, i+revPrefixLen) {
			rt.instrs[i].op = opSliceRevPrefix
			if rt.instrs[i-4].op == opLoadFast2 {
				rt.instrs[i-4].op = opRevPrefixFast
			}
		}
	}
}

// isReversePrefix reports whether co_code around the BUILD_SLICE at i is
// LOAD_FAST a; LOAD_FAST k; LOAD_CONST None; LOAD_CONST -1; BUILD_SLICE 3;
// BINARY_SUBSCR; LOAD_FAST a; LOAD_CONST None; LOAD_FAST k; LOAD_CONST 1;
// BINARY_ADD; BUILD_SLICE 2; STORE_SUBSCR.
func isReversePrefix(rt *codeRT, i int) bool {
	code := rt.code.Code
	at := func(j int) (opcode.Op, int) { return opcode.Op(code[2*j]), int(code[2*j+1]) }
	is := func(j int, op opcode.Op) bool { o, _ := at(j); return o == op }
	arg := func(j int) int { _, a := at(j); return a }
	konst := func(j int, want py.Value) bool {
		return is(j, opcode.LOAD_CONST) && rt.consts[arg(j)] == want
	}
	return is(i-4, opcode.LOAD_FAST) && is(i-3, opcode.LOAD_FAST) && arg(i-4) != arg(i-3) &&
		konst(i-2, py.None) && konst(i-1, py.MakeInt(-1)) &&
		is(i, opcode.BUILD_SLICE) && arg(i) == 3 && is(i+1, opcode.BINARY_SUBSCR) &&
		is(i+2, opcode.LOAD_FAST) && arg(i+2) == arg(i-4) && konst(i+3, py.None) &&
		is(i+4, opcode.LOAD_FAST) && arg(i+4) == arg(i-3) && konst(i+5, py.MakeInt(1)) &&
		is(i+6, opcode.BINARY_ADD) && is(i+7, opcode.BUILD_SLICE) && arg(i+7) == 2 &&
		is(i+8, opcode.STORE_SUBSCR)
}
