package vm

import (
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// F-string parts joined without a str each (py's fmtdefer.go). A
// FORMAT_VALUE without conversion gets argFmtDefer when its result can
// only be consumed by a BUILD_STRING: from it to that BUILD_STRING runs
// straight-line code (no jump, yield or block), and every instruction
// in between pops only values pushed after it. Such a BUILD_STRING gets
// argFmtDefer too and joins placeholders as well as strs. A jump from
// elsewhere into the stretch brings strs, which either form takes.

// argFmtDefer marks a FORMAT_VALUE or BUILD_STRING (above any argument
// these can have: FORMAT_VALUE's flags are 3 bits, and a BUILD_STRING
// of 1<<16 parts or more is never marked).
const argFmtDefer = 1 << 24

// markDeferredFormats sets argFmtDefer on the plain instructions (before
// fusion) of rt.
func markDeferredFormats(rt *codeRT, n int) {
	ins := rt.instrs
	var marks []int
	for i := 0; i < n; i++ {
		if ins[i].op != opFormatValue || ins[i].arg&opcode.FVConvMask != 0 {
			continue
		}
		if j := fmtConsumer(ins[:n], i); j >= 0 {
			marks = append(marks, i, j)
		}
	}
	for _, i := range marks {
		ins[i].arg |= argFmtDefer
	}
}

// fmtConsumer is the index of the BUILD_STRING that pops the result of
// the FORMAT_VALUE at i, or -1 if something else might see it first.
func fmtConsumer(ins []instr, i int) int {
	h := 1 // values on the stack from the FORMAT_VALUE's result up
	for j := i + 1; j < len(ins); j++ {
		pop, push := fmtStretchEffect(ins[j])
		if pop < 0 {
			return -1
		}
		if pop >= h {
			if ins[j].op == opBuildString && ins[j].arg < 1<<16 {
				return j
			}
			return -1
		}
		h += push - pop
	}
	return -1
}

// fmtStretchEffect is how many values in pops and pushes, for the
// instructions an f-string's parts are commonly made of; pop < 0 for
// any other.
func fmtStretchEffect(in instr) (pop, push int) {
	a := int(in.arg)
	switch in.op {
	case opNop:
		return 0, 0
	case opLoadConst, opLoadFast, opLoadGlobal, opLoadName, opLoadDeref, opLoadClassDeref:
		return 0, 1
	case opLoadAttr, opUnaryPositive, opUnaryNegative, opUnaryNot, opUnaryInvert:
		return 1, 1
	case opLoadMethod:
		return 1, 2
	case opCallMethod:
		return a + 2, 1
	case opCallFunction:
		return a + 1, 1
	case opCallFunctionKw:
		return a + 2, 1
	case opBinary, opInplace, opBinarySubscr, opCompareOp:
		return 2, 1
	case opBuildTuple, opBuildList, opBuildSlice, opBuildString:
		return a, 1
	case opFormatValue:
		if a&opcode.FVHaveSpec != 0 {
			return 2, 1
		}
		return 1, 1
	}
	return -1, 0
}

// formatDeferred runs a marked FORMAT_VALUE (arg) on the stack's top
// values: the result replaces the n it takes. ok is false when the plain
// instruction must run instead.
func formatDeferred(t *py.Thread, stack []py.Value, arg int32) (r py.Value, n int, ok bool, err *py.Exception) {
	n = 1
	spec := py.Null
	if arg&opcode.FVHaveSpec != 0 {
		n = 2
		spec = stack[len(stack)-1]
	}
	r, ok, err = py.FormatDeferred(t, stack[len(stack)-n], spec)
	return r, n, ok, err
}
