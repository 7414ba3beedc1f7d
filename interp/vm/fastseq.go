package vm

import (
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/opcode"
)

// A slice read whose only use is to be copied by a slice assignment in
// the same statement — `perm[:k+1] = perm[k::-1]` — need not allocate a
// list each time: opSliceTmp fills a scratch list the frame keeps
// (Frame.sliceTmp) and the assignment copies out of it. That is safe when
// nothing else can see the value between the two instructions: only
// loads and operators run in between (they cannot reach the value stack),
// no jump lands there, and the assignment is the fused slice store, which
// on any path but its list fast path forgets the scratch list (the value
// may then be kept by a __setitem__) so the next use makes a new one.

// sliceTmpOK reports whether the BUILD_SLICE at i (followed by
// BINARY_SUBSCR) yields a value used only by a slice assignment.
func sliceTmpOK(rt *codeRT, i, n int) bool {
	ins := rt.instrs
	depth := 0 // values pushed above the slice's result
	var targets []bool
	for k := i + 2; k < n && k < i+24; k++ {
		if targets == nil {
			targets = jumpTargets(rt.code)
		}
		if targets[k] {
			return false
		}
		switch ins[k].op {
		case opLoadFast, opLoadConst, opLoadGlobal:
			depth++
		case opBinary:
			if depth < 2 {
				return false
			}
			depth--
		case opBuildSlice:
			return k+1 < n && ins[k+1].op == opStoreSubscr && depth == 1+int(ins[k].arg) && !targets[k+1]
		default:
			return false
		}
	}
	return false
}

// noJumpInto reports whether no jump or block setup goes to any of the
// instructions from..to, which a fused form would otherwise skip over;
// *targets is jumpTargets(co), made on the first call of a scan.
func noJumpInto(co *code.Code, targets *[]bool, from, to int) bool {
	if *targets == nil {
		*targets = jumpTargets(co)
	}
	for _, t := range (*targets)[from : to+1] {
		if t {
			return false
		}
	}
	return true
}

// jumpTargets marks the instructions some jump or block setup goes to.
func jumpTargets(co *code.Code) []bool {
	n := len(co.Code) / 2
	t := make([]bool, n+1)
	ext := 0
	for i := 0; i < n; i++ {
		op := opcode.Op(co.Code[2*i])
		arg := ext<<8 | int(co.Code[2*i+1])
		ext = 0
		if op == opcode.EXTENDED_ARG {
			ext = arg
			continue
		}
		var to int
		switch opcode.Table[op].Kind {
		case opcode.JRel:
			to = i + 1 + arg/2
		case opcode.JAbs:
			to = arg / 2
		default:
			continue
		}
		if to >= 0 && to <= n {
			t[to] = true
		}
	}
	return t
}
