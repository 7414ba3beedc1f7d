package vm

import "github.com/bytepy/bytepy/interp/opcode"

// chr(ord(ch) ^ 1), len(a + b): the CALL_FUNCTION 1 of a call of the
// global len, ord or chr whose argument is an expression rather than a
// local (opGlobalUnaryFast's shape) becomes opCallUnary1. At run time it
// checks the callee on the stack, not the name: when it is the builtin
// and unaryBuiltinFast (callunary.go) can compute the call without
// failing or running Python code, the result replaces the two stack
// slots; anything else (another callable bound to the name, an argument
// the fast path leaves to the builtin, the recursion limit) runs as the
// CALL_FUNCTION 1 it is, so errors and tracebacks are unchanged.

// fuseCallUnary marks the CALL_FUNCTION 1 that consumes a LOAD_GLOBAL of
// len, ord or chr, found by following the stack depth through
// straight-line code: no jump and no jump target between the load and
// the call.
func fuseCallUnary(rt *codeRT) {
	ins := rt.instrs
	raw := rt.code.Code
	var targets []bool
	for i := 0; i+2 < len(ins); i++ {
		if ins[i].op != opLoadGlobal {
			continue
		}
		if !unaryCallName(rt.names[ins[i].arg]) {
			continue
		}
		if targets == nil {
			targets = jumpTargets(rt.code)
		}
		depth := 0 // values above the callee
		for j := i + 1; j < len(ins) && 2*j+1 < len(raw); j++ {
			op := opcode.Op(raw[2*j])
			if targets[j] || op == opcode.EXTENDED_ARG || op.IsJump() {
				break
			}
			if depth == 1 && op == opcode.CALL_FUNCTION && raw[2*j+1] == 1 {
				if ins[j] == (instr{opCallFunction, 1}) {
					ins[j].op = opCallUnary1
				}
				break
			}
			e := opcode.StackEffect(op, int(raw[2*j+1]), 0)
			if e == opcode.InvalidStackEffect {
				break
			}
			if depth += e; depth < 1 {
				break // the callee itself was consumed
			}
		}
	}
}
