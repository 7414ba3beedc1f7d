package vm

import (
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// An attribute of a local read for a test or a return: `not o.a`,
// `o.a is None` / `o.a is not k`, `return o.a` (object-heavy code's
// flags, links and getters: a scheduler's `not self.held and
// (self.queue is not None ...)`, `return self.x`). They were an
// opFastLoadAttr and one or two more dispatches; these forms do the
// instruction after the load too when the load is an instance-dict hit
// of the LOAD_ATTR's cache (the test opFastLoadAttr makes: the type and
// its version, the entry at the hint holding the name), and the value
// needs no Python code (a bool, int or None for UNARY_NOT and the
// jumps; `is` is an identity test). A test's result is branched on in
// the same dispatch when a POP_JUMP_IF or JUMP_IF_..._OR_POP follows it
// (`not o.a and ...`, `if o.a is None:`, `if o.a:`).
// Any other case runs as LOAD_FAST o, or, after a hit whose value is
// not a bool, goes on at the UNARY_NOT with the value pushed: the
// cached LOAD_ATTR and the instructions after it, which stay in place,
// do properties, class attributes, __getattr__ and errors as before.

// fuseAttrTests marks the opFastLoadAttr sites followed by UNARY_NOT,
// LOAD_CONST k; COMPARE_OP is/is not (not branched on), RETURN_VALUE, or
// POP_JUMP_IF_FALSE/TRUE, or BINARY + - * (`a.x + b.x`: ints without
// overflow and floats added in the same dispatch).
func fuseAttrTests(rt *codeRT) {
	ins := rt.instrs
	n := len(ins) - 1 // the opThrowPending sentinel ends it
	for i := 0; i+2 < n; i++ {
		if ins[i].op != opFastLoadAttr || ins[i+1].op != opLoadAttrC {
			continue
		}
		switch next := ins[i+2]; {
		case next.op == opUnaryNot:
			ins[i].op = opFastAttrNot
		case next.op == opReturnValue:
			ins[i].op = opFastAttrReturn
		case next.op == opPopJumpIfFalse || next.op == opPopJumpIfTrue:
			ins[i].op = opFastAttrTest
		case next.op == opBinary && (next.arg == py.OpAdd || next.arg == py.OpSub || next.arg == py.OpMul):
			ins[i].op = opFastAttrBin
		case next.op == opConstCompare && i+3 < n && ins[i+3].op == opCompareOp &&
			(ins[i+3].arg == opcode.CmpIs || ins[i+3].arg == opcode.CmpIsNot):
			ins[i].op = opFastAttrIs
		}
	}
}
