package vm

import (
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// Big ints rewritten in place when a local provably holds the only
// reference (py/bigown.go says why).
//
// Two statement shapes get an owning form, when they sit in a loop:
//
//	x = x op y    LOAD_FAST x; LOAD_FAST y; BINARY/INPLACE op; STORE_FAST x
//	a, b = b, a op b
//	              LOAD_FAST b; LOAD_FAST a; LOAD_FAST b; BINARY op;
//	              ROT_TWO; STORE_FAST a; STORE_FAST b
//
//	x = e1 op e2  BINARY op; STORE_FAST x (the result written over x's box)
//
// with op + - or *. Each local x of such a statement gets a record slot in
// the frame, past its stack (rt.ownBase + x), holding the big int box
// that x owns, or NULL. The invariant: when the record equals the value in
// x, that box is referenced by x alone. The owning forms keep it: they set
// the record only to a box that py.IntOwnOp made or rewrote, and clear the
// records of what they read on any other path. Every other read of x
// (opLoadFastOwn) and store to x (opStoreFastOwn) clears the record, so
// a box that escapes, or a value that arrives from elsewhere, is never
// owned. x is not an argument (its first store in an activation is one of
// these instructions, so a stale record left in a reused frame never
// matches), not a cell, and the code is no generator. Python code reaches
// locals otherwise only through locals()/vars()/dir(), which clear the
// records (frameLocals), and through a frame object, whose existence turns
// the rewriting off for the activation (f.obj).
//
// A read of x that only feeds `x op k` or `x < k` with k a small int
// constant (op + - * // %, any of the six comparisons) keeps its plain
// form and its record: when x owns its box, x is an exact int, so the
// operation runs int's own code, which makes a new int, an inline one or
// a bool and never hands back x's box.

// Owning forms and their helpers. arg is slot | rt.ownBase<<16.
const ownSlotMask = 0xffff

// ownLayout says where a code's owning forms keep their records: past
// its locals and stack, at base (the 16 bits the instruction arguments
// carry it in). nargs locals are arguments, which never own. A generator
// or coroutine has none (its frame outlives a call).
func ownLayout(co *code.Code) (nargs, base int, ok bool) {
	if co.Flags&(code.Generator|code.Coroutine|code.AsyncGenerator|code.IterableCoroutine) != 0 {
		return 0, 0, false
	}
	nargs = co.ArgCount + co.KwOnlyArgCount
	if co.Flags&code.VarArgs != 0 {
		nargs++
	}
	if co.Flags&code.VarKeywords != 0 {
		nargs++
	}
	nlocals := max(co.NLocals, len(co.VarNames))
	base = nlocals + co.StackSize + 2
	return nargs, base, nlocals < 1<<15 && base < 1<<15
}

// An ownLoop is a backward jump: instructions from..to run again.
type ownLoop struct{ from, to int }

// scanJumps reads co's 3.7 bytecode (n instructions) for the owning
// passes: each instruction's original opcode, which instructions a jump
// lands on, and the loops.
func scanJumps(co *code.Code, n int) (orig []opcode.Op, target []bool, loops []ownLoop) {
	orig = make([]opcode.Op, n+1)
	target = make([]bool, n+1)
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
				loops = append(loops, ownLoop{t, i})
			}
		}
	}
	return orig, target, loops
}

// markOwnedInts finds the owning statements of code and rewrites them and
// the other reads and stores of their locals, before fuse runs.
func markOwnedInts(rt *codeRT, n int) {
	co := rt.code
	nargs, base, ok := ownLayout(co)
	if !ok {
		return
	}
	eligible := func(x int32) bool {
		if int(x) < nargs || int(x) >= len(co.VarNames) {
			return false
		}
		for _, c := range co.CellVars {
			if c == co.VarNames[x] {
				return false
			}
		}
		return true
	}
	ins := rt.instrs
	op := func(i int) uint8 {
		if i < n {
			return ins[i].op
		}
		return opNop
	}
	// Jump targets (no owning statement may be entered in the middle)
	// and backward jumps (the loops).
	_, target, loops := scanJumps(co, n)
	arith := func(j int) bool {
		if op(j) != opBinary && op(j) != opInplace {
			return false
		}
		a := ins[j].arg
		return a == py.OpAdd || a == py.OpSub || a == py.OpMul
	}
	inside := func(i, k int) bool { // i+1..i+k-1 are no jump targets
		for j := i + 1; j < i+k; j++ {
			if target[j] {
				return false
			}
		}
		return true
	}
	type site struct {
		at, size int
		swap     bool
		a, b     int32 // x and y, or a and b; x and -1 for a store
	}
	// safe is the read of x at j that feeds x op k or x < k
	safe := func(j int, x int32) bool {
		if op(j) != opLoadFast || ins[j].arg != x || op(j+1) != opLoadConst {
			return false
		}
		c, ok := co.Consts[ins[j+1].arg].(constant.Int)
		if !ok || !c.V.IsInt64() {
			return false
		}
		switch op(j + 2) {
		case opBinary, opInplace:
			a := ins[j+2].arg
			return a == py.OpAdd || a == py.OpSub || a == py.OpMul || a == py.OpFloorDiv || a == py.OpMod
		case opCompareOp:
			return ins[j+2].arg <= opcode.CmpGE
		}
		return false
	}
	var sites []site
	covered := make([]bool, n+1)
	for i := 0; i < n; i++ {
		if op(i) != opLoadFast {
			continue
		}
		x := ins[i].arg
		switch {
		case op(i+1) == opLoadFast && arith(i+2) && op(i+3) == opStoreFast && ins[i+3].arg == x &&
			ins[i+1].arg != x && eligible(x) && inside(i, 4):
			sites = append(sites, site{i, 4, false, x, ins[i+1].arg})
			covered[i+2] = true
		case op(i+1) == opLoadFast && op(i+2) == opLoadFast && arith(i+3) && op(i+4) == opRotTwo &&
			op(i+5) == opStoreFast && op(i+6) == opStoreFast && ins[i+2].arg == x && ins[i+6].arg == x &&
			ins[i+1].arg == ins[i+5].arg && ins[i+1].arg != x && eligible(x) && eligible(ins[i+1].arg) && inside(i, 7):
			sites = append(sites, site{i, 7, true, ins[i+1].arg, x})
		}
	}
	for i := 0; i < n; i++ {
		if op(i) == opBinary && (ins[i].arg == py.OpAdd || ins[i].arg == py.OpSub || ins[i].arg == py.OpMul) &&
			op(i+1) == opStoreFast && eligible(ins[i+1].arg) && inside(i, 2) && !covered[i] {
			sites = append(sites, site{i, 2, false, ins[i+1].arg, -1})
		}
	}
	// Keep a statement only if it is in a loop where its locals are not
	// otherwise read or stored: those accesses lose their fused forms.
	var slots map[int32]bool
	var keep []site
	for _, s := range sites {
		in := ownLoop{-1, n + 1}
		for _, l := range loops {
			if l.from <= s.at && s.at+s.size-1 <= l.to && l.to-l.from < in.to-in.from {
				in = l
			}
		}
		if in.from < 0 {
			continue
		}
		ok := true
		for j := in.from; j <= in.to && ok; j++ {
			if j >= s.at && j < s.at+s.size {
				continue
			}
			if (op(j) == opLoadFast || op(j) == opStoreFast || op(j) == opDeleteFast) &&
				(ins[j].arg == s.a || s.swap && ins[j].arg == s.b) && !safe(j, ins[j].arg) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		keep = append(keep, s)
		if slots == nil {
			slots = map[int32]bool{}
		}
		slots[s.a] = true
		if s.swap {
			slots[s.b] = true
		}
	}
	if len(keep) == 0 {
		return
	}
	rt.ownBase = base
	for i := 0; i < n; i++ {
		if a := ins[i].arg; slots[a] {
			switch ins[i].op {
			case opLoadFast:
				if safe(i, a) {
					continue
				}
				ins[i] = instr{opLoadFastOwn, a | int32(base)<<16}
			case opStoreFast:
				ins[i] = instr{opStoreFastOwn, a | int32(base)<<16}
			}
		}
	}
	for _, s := range keep {
		if s.b < 0 {
			ins[s.at].op = opOwnBinaryStore
		} else if s.swap {
			ins[s.at].op = opOwnSwapBin
		} else {
			ins[s.at].op = opOwnBinStore
		}
	}
}

// ownBinStore runs x = x op y (opOwnBinStore at pc-1) for a big x; false
// leaves the records of x and y cleared and the statement to the plain
// instructions.
func ownBinStore(f *Frame, arg int32, pc int) bool {
	x, base := int(arg&ownSlotMask), int(arg>>16)
	ins := f.rt.instrs
	y := int(ins[pc].arg & ownSlotMask)
	m := f.mem
	a, b := m[x], m[y]
	r, owned, ok := py.IntOwnOp(int(ins[pc+1].arg), a, b, a, !a.IsNull() && m[base+x] == a && f.obj == nil)
	if !ok {
		m[base+x], m[base+y] = py.Value{}, py.Value{}
		return false
	}
	m[x] = r
	m[base+x] = ownRecord(r, owned)
	return true
}

// ownSwapBin runs a, b = b, a op b (opOwnSwapBin at pc-1, arg b) for a
// big a: a's box takes the result when a owns it, and b's ownership moves
// to a with its value.
func ownSwapBin(f *Frame, arg int32, pc int) bool {
	b, base := int(arg&ownSlotMask), int(arg>>16)
	ins := f.rt.instrs
	a := int(ins[pc].arg & ownSlotMask)
	m := f.mem
	va, vb := m[a], m[b]
	if vb.IsNull() {
		m[base+a], m[base+b] = py.Value{}, py.Value{}
		return false
	}
	r, owned, ok := py.IntOwnOp(int(ins[pc+2].arg), va, vb, va, !va.IsNull() && m[base+a] == va && f.obj == nil)
	if !ok {
		m[base+a], m[base+b] = py.Value{}, py.Value{}
		return false
	}
	if m[base+b] == vb {
		m[base+a] = vb
	} else {
		m[base+a] = py.Value{}
	}
	m[a] = vb
	m[b] = r
	m[base+b] = ownRecord(r, owned)
	return true
}

// ownBinaryStore runs x = a op b (opOwnBinaryStore at pc-1, arg op) for
// big ints a and b on the stack, into x's box when x owns it; false leaves
// x's record cleared and the operator to the caller.
func ownBinaryStore(f *Frame, op int32, sp, pc int) bool {
	x, base := int(f.rt.instrs[pc].arg&ownSlotMask), f.rt.ownBase
	m := f.mem
	s := f.stack
	a, b, old := s[sp-2], s[sp-1], m[x]
	own := !old.IsNull() && m[base+x] == old && f.obj == nil
	r, owned, ok := py.IntOwnOp(int(op), a, b, old, own)
	if !ok {
		m[base+x] = py.Value{}
		return false
	}
	s[sp-2], s[sp-1] = py.Value{}, py.Value{}
	m[x] = r
	m[base+x] = ownRecord(r, owned)
	return true
}

// forgetOwned clears f's ownership records: its locals are being copied
// where Python code can reach them.
func forgetOwned(f *Frame) {
	if base := f.rt.ownBase; base > 0 {
		for i := base; i < len(f.mem); i++ {
			f.mem[i] = py.Value{}
		}
	}
}

// ownRecord is the record to keep for a result r: r itself when the
// operation left it owned, else none.
func ownRecord(r py.Value, owned bool) py.Value {
	if owned {
		return r
	}
	return py.Value{}
}
