package vm

import (
	"github.com/bytepy/bytepy/interp/code"
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
// part of the stack and does not name t. The operator becomes
// opStrOwnAdd, which also does the store; t's record slot (past the stack,
// rt.ownBase + t, as bigown's) holds the str that t alone refers to, or
// NULL. Every other load and store of t becomes opLoadFastOwn or
// opStoreFastOwn, which clear the record, so a str that escapes is never
// appended into. While e runs, the left operand sits on the stack below
// e's values, where no code can see it; Python code called by e reaches
// t only through a frame object (f.obj: the append is off for the
// activation) or locals() (forgetOwned clears the records).

// strOwnInplace marks an opStrOwnAdd whose operator is INPLACE_ADD (a
// user type's __iadd__ then comes first); slots stay below it.
const strOwnInplace = 0x8000

// markOwnedStrs finds the owning `t += e` statements of code and rewrites
// them and t's other loads and stores; after markOwnedInts, whose locals
// it leaves alone; both keep their records past the stack at the same
// base.
func markOwnedStrs(rt *codeRT, n int) {
	co := rt.code
	if co.Flags&(code.Generator|code.Coroutine|code.AsyncGenerator|code.IterableCoroutine) != 0 {
		return
	}
	nargs := co.ArgCount + co.KwOnlyArgCount
	if co.Flags&code.VarArgs != 0 {
		nargs++
	}
	if co.Flags&code.VarKeywords != 0 {
		nargs++
	}
	nlocals := max(co.NLocals, len(co.VarNames))
	base := nlocals + co.StackSize + 2
	if nlocals >= 1<<15 || base >= 1<<15 {
		return
	}
	ins := rt.instrs
	// the original opcodes (EXTENDED_ARG folded into ins's arguments)
	orig := make([]opcode.Op, n+1)
	target := make([]bool, n+1)
	type loop struct{ from, to int }
	var loops []loop
	ext := 0
	for i := 0; i < n; i++ {
		o := opcode.Op(co.Code[2*i])
		orig[i] = o
		arg := ext<<8 | int(co.Code[2*i+1])
		ext = 0
		if o == opcode.EXTENDED_ARG {
			ext = arg
			continue
		}
		t := -1
		switch opcode.Table[o].Kind {
		case opcode.JRel:
			t = i + 1 + arg/2
		case opcode.JAbs:
			t = arg / 2
		}
		if t >= 0 && t <= n {
			target[t] = true
			if t <= i {
				loops = append(loops, loop{t, i})
			}
		}
	}
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
	type site struct{ at, add int }
	var sites []site
	for i := 0; i < n; i++ {
		if orig[i] != opcode.LOAD_FAST || ins[i].op != opLoadFast || !eligible(ins[i].arg) {
			continue
		}
		x := ins[i].arg
		k := rhs(i+1, x)
		if k < 0 || k+1 >= n || target[k+1] || orig[k+1] != opcode.STORE_FAST || ins[k+1].arg != x {
			continue
		}
		// in a loop where t is not otherwise read or stored: the other
		// accesses lose their fused forms
		in := loop{-1, n + 1}
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
		// nor passed alone to a method (l.append(t)): that read would
		// lose its fused form, which costs more than the copies saved
		for j := 1; j+1 < n && ok; j++ {
			if j != i && orig[j] == opcode.LOAD_FAST && ins[j].arg == x && orig[j-1] == opcode.LOAD_METHOD && orig[j+1] == opcode.CALL_METHOD {
				ok = false
			}
		}
		if ok {
			sites = append(sites, site{i, k})
		}
	}
	if len(sites) == 0 {
		return
	}
	slots := map[int32]bool{}
	mine := map[int]bool{}
	for _, s := range sites {
		slots[ins[s.at].arg] = true
		mine[s.at], mine[s.add+1] = true, true
	}
	rt.ownBase = base
	for i := 0; i < n; i++ {
		if a := ins[i].arg; slots[a] && !mine[i] {
			switch ins[i].op {
			case opLoadFast:
				ins[i] = instr{opLoadFastOwn, a | int32(base)<<16}
			case opStoreFast:
				ins[i] = instr{opStoreFastOwn, a | int32(base)<<16}
			}
		}
	}
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
	}
}

// strOwnAdd runs t += e (opStrOwnAdd) for exact strs a and b: the result
// goes into t, its record kept when t owns it. false leaves everything to
// the general operator.
func strOwnAdd(f *Frame, arg int32, a, b py.Value) bool {
	if a.Type() != py.StrType || b.Type() != py.StrType {
		return false
	}
	x, base := int(arg&(strOwnInplace-1)), int(arg>>16)
	m := f.mem
	r, owned := py.StrOwnAppend(a, b, m[base+x] == a && m[x] == a && f.obj == nil)
	m[x] = r
	m[base+x] = ownRecord(r, owned)
	return true
}
