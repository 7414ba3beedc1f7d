package vm

import (
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// `t += e` on a str local, appended in place when t provably holds the
// only reference (py/strown.go says why). This is bigown's proof for strs:
//
//	LOAD_FAST t; <e>; INPLACE_ADD or BINARY_ADD; STORE_FAST t
//
// in a loop, where e is straight-line code (loads, attribute loads,
// calls, operators, subscripts, builds) that never reaches below its own
// part of the stack and does not name t, and the loop's body touches t
// nowhere else. The operator becomes opStrOwnAdd, which also does the
// store; t's record slot (past the stack, rt.ownBase + t, as bigown's)
// holds the str that t alone refers to, or NULL. The loop's SETUP_LOOP
// becomes opSetupLoopOwn, which clears the record: the loop is entered
// only there (no jump from outside lands inside it), and inside it only
// the statement itself reads or stores t, so whatever the code outside
// did with t (l.append(t), u = t) happened before the record was
// cleared, and t's loads and stores elsewhere keep their plain and fused
// forms. While e runs, the left operand sits on the stack below e's
// values, where no code can see it; Python code called by e reaches t
// only through a frame object (f.obj: the append is off for the
// activation) or locals() (forgetOwned clears the records).

// strOwnInplace marks an opStrOwnAdd whose operator is INPLACE_ADD (a
// user type's __iadd__ then comes first); slots stay below it.
const strOwnInplace = 0x8000

// markOwnedStrs finds the owning `t += e` statements of code and rewrites
// them and their loops' SETUP_LOOPs (one statement per loop); after
// markOwnedInts, whose locals it leaves alone; both keep their records
// past the stack at the same base.
func markOwnedStrs(rt *codeRT, n int) {
	co := rt.code
	nargs, base, ok := ownLayout(co)
	if !ok {
		return
	}
	ins := rt.instrs
	// the original opcodes (EXTENDED_ARG folded into ins's arguments)
	orig, target, loops := scanJumps(co, n)
	big := map[int32]bool{} // bigown's locals
	if rt.ownBase > 0 {
		for i := 0; i < n; i++ {
			switch a := ins[i].arg & ownSlotMask; ins[i].op {
			case opLoadFastOwn, opStoreFastOwn, opOwnBinStore:
				big[a] = true
			case opOwnSwapBin:
				big[a], big[ins[i+1].arg&ownSlotMask] = true, true
			case opOwnBinaryStore:
				big[ins[i+1].arg&ownSlotMask] = true
			}
		}
	}
	eligible := func(x int32) bool {
		if big[x] || int(x) < nargs || int(x) >= len(co.VarNames) {
			return false
		}
		for _, c := range co.CellVars {
			if c == co.VarNames[x] {
				return false
			}
		}
		return true
	}
	// rhs returns the end k of a right operand starting at j that leaves
	// one value and touches nothing below it, or -1.
	rhs := func(j int, x int32) int {
		depth := 0
		for k := j; k < n; k++ {
			if target[k] {
				return -1
			}
			o, a := orig[k], int(ins[k].arg)
			pops, pushes := 0, 1
			switch o {
			case opcode.EXTENDED_ARG:
				pushes = 0
			case opcode.LOAD_FAST:
				if int32(a) == x {
					return -1
				}
			case opcode.LOAD_CONST, opcode.LOAD_GLOBAL, opcode.LOAD_DEREF:
			case opcode.LOAD_ATTR, opcode.UNARY_POSITIVE, opcode.UNARY_NEGATIVE, opcode.UNARY_NOT, opcode.UNARY_INVERT:
				pops = 1
			case opcode.LOAD_METHOD:
				pops, pushes = 1, 2
			case opcode.CALL_FUNCTION:
				pops = a + 1
			case opcode.CALL_METHOD, opcode.CALL_FUNCTION_KW:
				pops = a + 2
			case opcode.INPLACE_ADD, opcode.BINARY_ADD:
				if depth == 1 {
					return k // t + e
				}
				if o == opcode.INPLACE_ADD {
					return -1
				}
				pops = 2
			case opcode.BINARY_POWER, opcode.BINARY_MULTIPLY, opcode.BINARY_MODULO,
				opcode.BINARY_SUBTRACT, opcode.BINARY_SUBSCR, opcode.BINARY_FLOOR_DIVIDE, opcode.BINARY_TRUE_DIVIDE,
				opcode.BINARY_LSHIFT, opcode.BINARY_RSHIFT, opcode.BINARY_AND, opcode.BINARY_XOR, opcode.BINARY_OR,
				opcode.COMPARE_OP:
				pops = 2
			case opcode.BUILD_TUPLE, opcode.BUILD_LIST, opcode.BUILD_SLICE, opcode.BUILD_STRING:
				pops = a
			case opcode.FORMAT_VALUE:
				pops = 1
				if a&4 != 0 {
					pops = 2
				}
			default:
				return -1
			}
			if pops > depth {
				return -1
			}
			depth += pushes - pops
		}
		return -1
	}
	// a str accumulator: somewhere given a str constant (t = ""), or
	// added a str constant, f-string or %-format. An int counter (i += 1,
	// acc += a[j]) never is, so it keeps its fused int forms.
	strVar := map[int32]bool{}
	isStrConst := func(j int) bool {
		if orig[j] != opcode.LOAD_CONST {
			return false
		}
		_, ok := co.Consts[ins[j].arg].(constant.Str)
		return ok
	}
	for j := 1; j < n; j++ {
		if orig[j] == opcode.STORE_FAST && isStrConst(j-1) {
			strVar[ins[j].arg] = true
		}
	}
	strRHS := func(k int) bool {
		switch orig[k-1] {
		case opcode.BUILD_STRING, opcode.FORMAT_VALUE:
			return true
		case opcode.LOAD_CONST:
			return isStrConst(k - 1)
		}
		return false
	}
	type site struct{ at, add, setup int }
	var sites []site
	claimed := map[int]bool{}
	for i := 0; i < n; i++ {
		if orig[i] != opcode.LOAD_FAST || ins[i].op != opLoadFast || !eligible(ins[i].arg) {
			continue
		}
		x := ins[i].arg
		k := rhs(i+1, x)
		if k < 0 || k+1 >= n || target[k+1] || orig[k+1] != opcode.STORE_FAST || ins[k+1].arg != x {
			continue
		}
		if !strVar[x] && !strRHS(k) {
			continue
		}
		// in a loop where t is not otherwise read or stored: the other
		// accesses lose their fused forms
		in := ownLoop{-1, n + 1}
		for _, l := range loops {
			if l.from <= i && k+1 <= l.to && l.to-l.from < in.to-in.from {
				in = l
			}
		}
		if in.from < 0 {
			continue
		}
		ok := true
		for j := in.from; j <= in.to && ok; j++ {
			if j == i || j == k+1 {
				continue
			}
			switch orig[j] {
			case opcode.LOAD_FAST, opcode.STORE_FAST, opcode.DELETE_FAST:
				ok = ins[j].arg != x
			}
		}
		// entered only through its SETUP_LOOP, which clears the record
		setup := loopSetup(orig, ins, n, in.from, in.to)
		if ok && setup >= 0 && !claimed[setup] {
			claimed[setup] = true
			sites = append(sites, site{i, k, setup})
		}
	}
	if len(sites) == 0 {
		return
	}
	rt.ownBase = base
	for _, s := range sites {
		x := ins[s.at].arg
		arg := x | int32(base)<<16
		if orig[s.add] == opcode.INPLACE_ADD {
			arg |= strOwnInplace
		}
		ins[s.add] = instr{opStrOwnAdd, arg}
		// never run: opStrOwnAdd stores and skips it; not a plain
		// STORE_FAST, so that no later pass fuses it
		ins[s.add+1] = instr{opStoreFastOwn, x | int32(base)<<16}
		ins[s.setup] = instr{opSetupLoopOwn, ins[s.setup].arg | x<<16}
	}
}

// loopSetup returns the SETUP_LOOP of the loop whose body runs from
// `from` to its backward jump at `to`, when every jump into the loop
// comes from within it (so the loop is entered only through the
// SETUP_LOOP) and its end fits opSetupLoopOwn's argument; else -1.
func loopSetup(orig []opcode.Op, ins []instr, n, from, to int) int {
	s := -1
	for j := from - 1; j >= 0; j-- {
		if orig[j] == opcode.SETUP_LOOP && int(ins[j].arg) > to {
			s = j
			break
		}
	}
	if s < 0 || ins[s].arg >= 1<<16 {
		return -1
	}
	for j := 0; j < n; j++ {
		if j >= s && j <= to {
			continue
		}
		switch opcode.Table[orig[j]].Kind {
		case opcode.JRel, opcode.JAbs:
			if t := int(ins[j].arg); t > s && t <= to {
				return -1
			}
		}
	}
	return s
}

// strOwnAdd runs t += e (opStrOwnAdd) for exact strs a and b: the result
// goes into t, its record kept when t owns it. false leaves everything to
// the general operator.
func strOwnAdd(f *Frame, arg int32, a, b py.Value) bool {
	if a.Type() != py.StrType || b.Type() != py.StrType {
		return false
	}
	x, base := int(arg&(strOwnInplace-1)), int(arg>>16)
	// the record and t hold a when their words point at a's str: a str
	// is a heap object, so its pointer word is its identity; and the
	// slots are read through the loop's unchecked view, as the loop
	// reads locals (markOwnedStrs placed both inside the frame)
	m := f.loc
	owned := m.at(base+x).Ptr() == a.Ptr() && m.at(x).Ptr() == a.Ptr() && f.obj == nil
	if owned && py.StrOwnAppendByte(a, b) {
		return true // t and its record already hold a
	}
	r, owned := py.StrOwnAppend(a, b, owned)
	*m.p(x) = r
	*m.p(base + x) = ownRecord(r, owned)
	return true
}
