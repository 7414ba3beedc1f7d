package vm

import (
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// Superinstructions picked from the instruction-pair counts of the
// benchmark programs (a build with -tags opstats writes them; see
// opstats_on.go). Each saves a dispatch of the eval loop on a pair that
// general Python code runs often:
//
//   - `if x == 'name':` and `if p is None:` — a local compared with a
//     constant and branched on, where opFastConstCmpJump (ints, POP_JUMP_IF_FALSE)
//     does not apply: strs, `is`/`is not`, POP_JUMP_IF_TRUE.
//   - `c in cols` with cols a closure variable (LOAD_DEREF then the
//     compare-and-branch form, and with c a local, LOAD_FAST before).
//   - `cols.add(c)` with cols a closure variable (LOAD_DEREF then the
//     cached LOAD_METHOD).
//   - `(i * j + rep) % 10` in a nested comprehension, whose outer
//     variables are cells: LOAD_DEREF then the operator, as opFastBin.
//   - `return 0`, `return a + b`: a constant or an operator's result
//     returned.
//   - `x is not None or ...`: a compare with a constant whose result is
//     kept (and/or chains).
//   - `k = perm[0]`, `x = a[i]`: an item of a local list or tuple
//     stored to a local.
//   - `cols.add(c)`, `out.append(x)`: a call statement, whose result a
//     builtin's fast path drops instead of pushing it for POP_TOP.
//   - `a[::-1]`, `f(1, 2)`: two constants pushed.
//   - `x = ...` ending a loop body: the store and the jump back.
//
// As with the other fused forms, the covered instructions stay in place
// and a miss runs the first one as itself.

// fuseMore rewrites the pairs above; it runs after fuse and
// attachAttrCaches, whose forms it builds on, and only rewrites an
// instruction still in its plain form.
func fuseMore(rt *codeRT) {
	ins := rt.instrs
	n := len(ins) - 1 // the opThrowPending sentinel ends it
	op := func(i int) uint8 {
		if i < n {
			return ins[i].op
		}
		return opNop
	}
	popJump := func(i int) bool { return op(i) == opPopJumpIfFalse || op(i) == opPopJumpIfTrue }
	for i := 0; i < n; i++ {
		switch ins[i].op {
		case opLoadFast:
			if op(i+1) == opLoadDeref && op(i+2) == opCmpJump {
				ins[i].op = opFastDerefCmpJump
			} else if (op(i+1) == opLoadConst || op(i+1) == opConstCmpJump) &&
				(op(i+2) == opCompareOp || op(i+2) == opCmpJump) && constCmpFusable(ins[i+2].arg) && popJump(i+3) {
				ins[i].op = opFastConstTestJump
			} else if op(i+1) == opYieldValue {
				ins[i].op = opFastYield
			}
		case opLoadConst:
			switch {
			case constHead(op(i + 1)):
				ins[i].op = opLoadConst2
			case op(i+1) == opReturnValue:
				ins[i].op = opConstReturn
			case op(i+1) == opCompareOp && constCmpFusable(ins[i+1].arg):
				ins[i].op = opConstCompare
			}
		case opBinary:
			if op(i+1) == opReturnValue {
				ins[i].op = opBinaryReturn
			}
		case opFastConstSubscr:
			if op(i+3) == opStoreFast {
				ins[i].op = opFastConstSubscrStore
			}
		case opFastFastSubscr:
			if op(i+3) == opStoreFast {
				ins[i].op = opFastFastSubscrStore
			} else if op(i+3) == opUnpackStore {
				ins[i].op = opFastFastSubscrUnpack
			} else if op(i+3) == opBinary && op(i+4) == opInplaceStore {
				ins[i].op = opSubscrBinAccum
			}
		case opStoreFast:
			if op(i+1) == opJumpBack {
				ins[i].op = opStoreFastJumpBack
			}
		case opCallFunction, opCallMethod:
			if op(i+1) == opPopTop {
				if ins[i].op == opCallFunction {
					ins[i].op = opCallFunctionPop
				} else {
					ins[i].op = opCallMethodPop
				}
			}
		case opLoadDeref:
			switch op(i + 1) {
			case opCmpJump:
				ins[i].op = opDerefCmpJump
			case opLoadMethodC:
				ins[i].op = opDerefLoadMethod
			case opBinary, opInplace:
				if !(op(i+2) == opRotThree && op(i+3) == opStoreSubscr) { // not c[k] op= x
					ins[i].op = opDerefBin
				}
			}
		}
	}
	fuseListMethods(rt, n)
	fuseItemArith(rt, n)
}

// fuseItemArith marks the statements of record-style numeric code
// (fields kept in lists: b1[3] -= dx * m2, dx = b1[0] - b2[0]), whose
// three fused forms each become one instruction for floats in exact
// lists; anything else runs the first form as itself.
func fuseItemArith(rt *codeRT, n int) {
	ins := rt.instrs
	for i := 0; i+9 < n; i++ {
		switch ins[i].op {
		case opFastConstDupSubscr:
			if ins[i+4].op == opFastFastBin && ins[i+7].op == opInplaceRotStore {
				ins[i].op = opAugItemFastFast
			}
		case opFastConstSubscr:
			if ins[i+3].op == opFastConstSubscr && ins[i+6].op == opBinaryStore {
				ins[i].op = opItemItemBinStore
			}
		}
	}
}

// fuseListMethods marks `l.pop()` and the statement `l.append(x)` (l and
// x locals), after fuseMore has fused the calls with their POP_TOPs. The
// arms only act on an exact list, whose methods cannot be overridden or
// shadowed, and otherwise run as the opFastLoadMethod they replace.
func fuseListMethods(rt *codeRT, n int) {
	ins := rt.instrs
	op := func(i int) uint8 {
		if i < n {
			return ins[i].op
		}
		return opNop
	}
	for i := 0; i+2 < n; i++ {
		if ins[i].op != opFastLoadMethod || op(i+1) != opLoadMethodC {
			continue
		}
		switch rt.acache[ins[i+1].arg].name.S() {
		case "pop":
			if (op(i+2) == opCallMethod || op(i+2) == opCallMethodPop) && ins[i+2].arg == 0 {
				ins[i].op = opFastListPop
			}
		case "append":
			if op(i+2) == opLoadFast && op(i+3) == opCallMethodPop && ins[i+3].arg == 1 {
				ins[i].op = opFastListAppendFast
			}
		}
	}
}

// cmpTest is the outcome of comparison cmp (a COMPARE_OP argument) of a
// and b when it needs no Python code: ok is false when the general
// protocol must run (then nothing happened).
func cmpTest(t *py.Thread, cmp int32, a, b py.Value) (c, ok bool, err *py.Exception) {
	switch {
	case cmp > opcode.CmpGE:
		return testFast(t, cmp, a, b)
	case a.IsInt() && b.IsInt():
		return intCompare(cmp, a.Int(), b.Int()), true, nil
	}
	c, ok = compareFast(cmp, a, b)
	return c, ok, nil
}

// binaryValue is what BINARY_* computes when its fast paths do not
// apply: the int/float forms, str + and %, else the operator protocol.
func binaryValue(t *py.Thread, op int32, a, b py.Value) (py.Value, *py.Exception) {
	if r, ok := arithFast(op, a, b); ok {
		return r, nil
	}
	if a.Type() == py.StrType {
		if r, done, err := py.StrBinaryFast(t, int(op), a, b); done {
			return r, err
		}
	}
	return py.BinaryOp(t, int(op), a, b)
}

// constHead reports whether op is a LOAD_CONST, plain or as the head of a
// fused form (whose argument is still the constant's index).
func constHead(op uint8) bool {
	switch op {
	case opLoadConst, opConstBin, opConstSubscr, opConstCmpJump, opConstReturn, opConstCompare:
		return true
	}
	return false
}
