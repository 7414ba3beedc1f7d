package vm

import (
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/opcode"
)

// An EXTENDED_ARG keeps its slot in the translated code (instruction i
// is byte offset 2*i) as a no-op, which costs a dispatch whenever it
// runs: in a long function every far jump has one, so a loop's back
// edge, its FOR_ITER and its exit tests each ran an extra no-op per
// iteration. Two rewrites take them out of the paths that run:
//
//   - a jump whose target is an EXTENDED_ARG slot goes to the
//     instruction it extends instead (skipExtendedTargets, before any
//     fusion, so fused forms read the new targets): running the no-op
//     first changed nothing;
//   - an EXTENDED_ARG slot before a jump, which only the instruction
//     before reaches now (by falling through), becomes a copy of that
//     jump (copyExtendedJumps, after fusion), and the original stays in
//     place: an unconditional jump never falls through into it, and
//     POP_JUMP_IF_FALSE/TRUE become opPopJumpIfFalseX/TrueX, which skip
//     it when they fall through.
//
// Line numbers are the same (the prefix is part of its instruction), and
// the copy's f_lasti is the prefix's offset, as CPython 3.7 reports for
// an instruction with EXTENDED_ARG.

// skipExtendedTargets moves the jumps of rt that land on an EXTENDED_ARG
// to the instruction after the prefixes.
func skipExtendedTargets(rt *codeRT, co *code.Code, n int) {
	ins := rt.instrs
	for i := 0; i < n; i++ {
		switch opcode.Table[opcode.Op(co.Code[2*i])].Kind {
		case opcode.JRel, opcode.JAbs:
		default:
			continue
		}
		t := int(ins[i].arg)
		for t < n && opcode.Op(co.Code[2*t]) == opcode.EXTENDED_ARG {
			t++
		}
		ins[i].arg = int32(t)
	}
}

// copyExtendedJumps puts a copy of each extended jump in the slot of
// its (last) EXTENDED_ARG; a STORE_FAST falling into one then fuses with
// it as opStoreFastJumpBack would have without the prefix.
func copyExtendedJumps(rt *codeRT, co *code.Code, n int) {
	ins := rt.instrs
	for i := 0; i < n; i++ {
		if opcode.Op(co.Code[2*i]) != opcode.EXTENDED_ARG || ins[i].op != opNop {
			continue
		}
		j := i + 1 // the jump: with two prefixes, the second slot takes it
		if j >= n || opcode.Op(co.Code[2*j]) == opcode.EXTENDED_ARG {
			continue
		}
		c := ins[j]
		switch c.op {
		case opJumpForward, opJumpAbsolute, opJumpBack:
		case opPopJumpIfFalse:
			c.op = opPopJumpIfFalseX
		case opPopJumpIfTrue:
			c.op = opPopJumpIfTrueX
		default:
			continue
		}
		ins[i] = c
		if ins[j].op == opJumpBack && i > 0 && ins[i-1].op == opStoreFast {
			ins[i-1].op = opStoreFastJumpBack
		}
	}
}
