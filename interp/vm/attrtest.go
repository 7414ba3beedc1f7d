package vm

import (
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// An attribute of a local used at once: `not o.a`, `o.a is k` / `is not
// k`, `if o.a:`, `return o.a`, `x = o.a`, `t + o.a` (object-heavy code's
// flags, links, getters and fields: a scheduler's `not self.held and
// (self.queue is not None or not self.waiting)`, a vector's
// `self.x + other.x`). They were an opFastLoadAttr and one or more
// dispatches; these forms do the instruction after the load too when
// the load is a hit of the LOAD_ATTR's cache (the instance-dict or slot
// test opFastLoadAttr makes, else its c.load) and the next step needs no
// Python code: UNARY_NOT and the jumps on a bool, int or None; `is` as
// an identity test; + - * on ints without overflow or on floats. A
// test's result is branched on in the same dispatch when a POP_JUMP_IF
// or JUMP_IF_..._OR_POP follows it, and returned when RETURN_VALUE does.
// A miss runs as LOAD_FAST o, and a value the step cannot take is pushed
// for the instruction after the LOAD_ATTR: those instructions stay in
// place and do properties, __getattr__, __bool__, operator dunders and
// errors as before.

// fuseAttrTests marks the opFastLoadAttr sites followed by UNARY_NOT,
// LOAD_CONST k; COMPARE_OP is/is not (not branched on), RETURN_VALUE,
// POP_JUMP_IF_FALSE/TRUE, STORE_FAST or BINARY + - *.
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
		case next.op == opStoreFast:
			ins[i].op = opFastAttrStore
		case next.op == opBinary && (next.arg == py.OpAdd || next.arg == py.OpSub || next.arg == py.OpMul):
			ins[i].op = opFastAttrBin
		case next.op == opConstCompare && i+3 < n && ins[i+3].op == opCompareOp &&
			(ins[i+3].arg == opcode.CmpIs || ins[i+3].arg == opcode.CmpIsNot):
			ins[i].op = opFastAttrIs
		}
	}
}
