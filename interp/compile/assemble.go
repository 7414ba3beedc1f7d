package compile

import (
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/opcode"
)

// assemble is compile.c's assemble plus makecode: finish the unit with a
// return if it can fall off the end, lay the blocks out, resolve jumps,
// encode code and line table, run the peephole pass and build the code
// object.
func (c *compiler) assemble(addNone bool) *code.Code {
	u := c.u
	if !u.cur.ret {
		c.nextBlock()
		if addNone {
			c.loadConst(constant.None)
		}
		c.op(opcode.RETURN_VALUE)
	}
	entry := u.blocks[0]
	if u.firstLine == 0 {
		if len(entry.instrs) > 0 && entry.instrs[0].lineno != 0 {
			u.firstLine = int(entry.instrs[0].lineno)
		} else {
			u.firstLine = 1
		}
	}
	// Layout is the fall-through chain from the entry block: every block
	// compile.c links in is on it, so its depth-first order reduces to this.
	var order []*block
	for b := entry; b != nil && !b.seen; b = b.next {
		b.seen = true
		order = append(order, b)
	}
	resolveJumps(order, u.blocks)

	a := assembler{lineno: u.firstLine}
	a.code = make([]byte, 0, 64)
	for _, b := range order {
		for i := range b.instrs {
			a.emit(&b.instrs[i])
		}
	}

	consts := append([]constant.Value(nil), u.consts...)
	flags := c.codeFlags()
	bytecode, consts := optimize(a.code, consts, a.lnotab)
	co := &code.Code{
		ArgCount:       u.argcount,
		KwOnlyArgCount: u.kwonly,
		NLocals:        len(u.varnames.list),
		StackSize:      stackDepth(u.blocks),
		Flags:          flags,
		Code:           bytecode,
		Consts:         consts,
		Names:          nonNil(u.names.list),
		VarNames:       nonNil(u.varnames.list),
		FreeVars:       nonNil(u.freevars.list),
		CellVars:       nonNil(u.cellvars.list),
		Filename:       c.filename,
		Name:           u.name,
		FirstLineNo:    u.firstLine,
		Lnotab:         a.lnotab,
	}
	if len(co.FreeVars) == 0 && len(co.CellVars) == 0 {
		co.Flags |= code.NoFree
	}
	co.Cell2Arg = cell2arg(co)
	return co
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// codeFlags is compute_code_flags.
func (c *compiler) codeFlags() int {
	ste := c.u.ste
	flags := 0
	if c.u.isFunctionBlock() {
		flags |= code.NewLocals | code.Optimized
		if ste.Nested {
			flags |= code.Nested
		}
		switch {
		case ste.Coroutine && !ste.Generator:
			flags |= code.Coroutine
		case !ste.Coroutine && ste.Generator:
			flags |= code.Generator
		case ste.Coroutine && ste.Generator:
			flags |= code.AsyncGenerator
		}
		if ste.VarArgs {
			flags |= code.VarArgs
		}
		if ste.VarKeywords {
			flags |= code.VarKeywords
		}
	}
	return flags | c.flags&inheritedFlagsMask
}

// cell2arg maps each cell variable that is also an argument to that
// argument's index, as PyCode_New does; nil when there is none.
func cell2arg(co *code.Code) []int {
	if len(co.CellVars) == 0 {
		return nil
	}
	nargs := co.ArgCount + co.KwOnlyArgCount
	if co.Flags&code.VarArgs != 0 {
		nargs++
	}
	if co.Flags&code.VarKeywords != 0 {
		nargs++
	}
	var out []int
	for i, cell := range co.CellVars {
		for j := 0; j < nargs && j < len(co.VarNames); j++ {
			if co.VarNames[j] == cell {
				if out == nil {
					out = make([]int, len(co.CellVars))
					for k := range out {
						out[k] = -1
					}
				}
				out[i] = j
				break
			}
		}
	}
	return out
}

// instrSize is how many code units an argument needs, EXTENDED_ARGs
// included.
func instrSize(arg int) int {
	switch {
	case arg <= 0xff:
		return 1
	case arg <= 0xffff:
		return 2
	case arg <= 0xffffff:
		return 3
	}
	return 4
}

// writeOpArg writes op with arg into size code units at dst.
func writeOpArg(dst []byte, op opcode.Op, arg, size int) {
	for i := size - 1; i > 0; i-- {
		dst[0] = byte(opcode.EXTENDED_ARG)
		dst[1] = byte(arg >> (8 * i))
		dst = dst[2:]
	}
	dst[0] = byte(op)
	dst[1] = byte(arg)
}

// resolveJumps is assemble_jump_offsets: block offsets depend on the size
// of the jumps before them, which depends on the offsets, so iterate until
// no jump changes size.
func resolveJumps(order, all []*block) {
	for {
		total := 0
		for _, b := range order {
			b.offset = total
			for i := range b.instrs {
				total += instrSize(int(b.instrs[i].arg))
			}
		}
		again := false
		for _, b := range all {
			pos := b.offset
			for i := range b.instrs {
				in := &b.instrs[i]
				size := instrSize(int(in.arg))
				pos += size
				if in.jabs || in.jrel {
					arg := in.target.offset
					if in.jrel {
						arg -= pos
					}
					arg *= 2
					in.arg = int32(arg)
					if instrSize(arg) != size {
						again = true
					}
				}
			}
		}
		if !again {
			return
		}
	}
}

// assembler accumulates the code bytes and the line table.
type assembler struct {
	code       []byte
	lnotab     []byte
	lineno     int // line of the last lnotab entry
	linenoOff  int // code units at the last lnotab entry
	codeLength int // in code units
}

func (a *assembler) emit(in *instr) {
	size := instrSize(int(in.arg))
	if in.lineno != 0 {
		a.addLine(int(in.lineno))
	}
	var buf [8]byte
	writeOpArg(buf[:], in.op, int(in.arg), size)
	a.code = append(a.code, buf[:2*size]...)
	a.codeLength += size
}

// addLine is assemble_lnotab: an (address delta, line delta) pair, split
// into (255, 0) steps and (0, ±127/-128) steps when a delta doesn't fit.
func (a *assembler) addLine(lineno int) {
	dBytecode := (a.codeLength - a.linenoOff) * 2
	dLineno := lineno - a.lineno
	if dBytecode == 0 && dLineno == 0 {
		return
	}
	for dBytecode > 255 {
		a.lnotab = append(a.lnotab, 255, 0)
		dBytecode -= 255
	}
	if dLineno < -128 || dLineno > 127 {
		k, n := 127, dLineno/127
		if dLineno < 0 {
			k, n = -128, -dLineno/128
		}
		dLineno -= n * k
		a.lnotab = append(a.lnotab, byte(dBytecode), byte(int8(k)))
		dBytecode = 0
		for j := 1; j < n; j++ {
			a.lnotab = append(a.lnotab, 0, byte(int8(k)))
		}
	}
	a.lnotab = append(a.lnotab, byte(dBytecode), byte(int8(dLineno)))
	a.lineno = lineno
	a.linenoOff = a.codeLength
}

// stackDepth is 3.7's stackdepth(): a worklist walk of the flow graph that
// records each block's entry depth once, following fall-through and jumps
// (with the taken-jump stack effect for the latter).
func stackDepth(blocks []*block) int {
	if len(blocks) == 0 {
		return 0
	}
	const unset = -1 << 31
	for _, b := range blocks {
		b.startDepth = unset
	}
	var stack []*block
	push := func(b *block, depth int) {
		if b.startDepth < depth {
			b.startDepth = depth
			stack = append(stack, b)
		}
	}
	maxDepth := 0
	push(blocks[0], 0)
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		depth := b.startDepth
		next := b.next
		dead := false
		for i := range b.instrs {
			in := &b.instrs[i]
			newDepth := depth + opcode.StackEffect(in.op, int(in.arg), 0)
			if newDepth > maxDepth {
				maxDepth = newDepth
			}
			if in.jabs || in.jrel {
				target := depth + opcode.StackEffect(in.op, int(in.arg), 1)
				if target > maxDepth {
					maxDepth = target
				}
				if in.op == opcode.CONTINUE_LOOP {
					// The loop head has been reached already; the rest
					// of the block is dead.
					next, dead = nil, true
					break
				}
				push(in.target, target)
			}
			depth = newDepth
			switch in.op {
			case opcode.JUMP_ABSOLUTE, opcode.JUMP_FORWARD, opcode.RETURN_VALUE,
				opcode.RAISE_VARARGS, opcode.BREAK_LOOP:
				next, dead = nil, true
			}
			if dead {
				break
			}
		}
		if next != nil {
			push(next, depth)
		}
	}
	return maxDepth
}
