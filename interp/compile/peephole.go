package compile

import (
	"bytes"

	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/opcode"
)

// The peephole pass is PyCode_Optimize from 3.7's Python/peephole.c. It
// works on the finished wordcode, within basic blocks, never growing the
// code: rewrites leave NOPs, which a last pass removes while retargeting
// jumps and the line table. New tuple constants are appended to consts.

// peep is the wordcode being optimised, one code unit per index.
type peep struct {
	code []byte
	n    int // code units
}

func (p *peep) op(i int) opcode.Op { return opcode.Op(p.code[2*i]) }
func (p *peep) rawArg(i int) int   { return int(p.code[2*i+1]) }

func (p *peep) set(i int, op opcode.Op, arg int) {
	p.code[2*i] = byte(op)
	p.code[2*i+1] = byte(arg)
}

// findOp skips EXTENDED_ARGs to the instruction they prefix.
func (p *peep) findOp(i int) int {
	for i < p.n && p.op(i) == opcode.EXTENDED_ARG {
		i++
	}
	return i
}

// getArg is the full argument of the instruction at i, prefixes included.
func (p *peep) getArg(i int) int {
	arg := p.rawArg(i)
	if i >= 1 && p.op(i-1) == opcode.EXTENDED_ARG {
		arg |= p.rawArg(i-1) << 8
		if i >= 2 && p.op(i-2) == opcode.EXTENDED_ARG {
			arg |= p.rawArg(i-2) << 16
			if i >= 3 && p.op(i-3) == opcode.EXTENDED_ARG {
				arg |= p.rawArg(i-3) << 24
			}
		}
	}
	return arg
}

func (p *peep) fillNops(start, end int) {
	for i := start; i < end; i++ {
		p.set(i, opcode.NOP, 0)
	}
}

// setArg replaces the argument of the instruction at i if it fits in the
// space the old one took; it returns the instruction's new index or -1.
func (p *peep) setArg(i, arg int) int {
	cur := p.getArg(i)
	if cur == arg {
		return i
	}
	curLen, newLen := instrSize(cur), instrSize(arg)
	if curLen < newLen {
		return -1
	}
	writeOpArg(p.code[2*(i+1-curLen):], p.op(i), arg, newLen)
	p.fillNops(i+1-curLen+newLen, i+1)
	return i - curLen + newLen
}

// copyOpArg writes op/arg at the end of [i, maxi), NOPs before it.
func (p *peep) copyOpArg(i int, op opcode.Op, arg, maxi int) int {
	l := instrSize(arg)
	if i+l > maxi {
		return -1
	}
	writeOpArg(p.code[2*(maxi-l):], op, arg, l)
	p.fillNops(i, maxi-l)
	return maxi - 1
}

func isAbsJump(op opcode.Op) bool {
	switch op {
	case opcode.JUMP_ABSOLUTE, opcode.CONTINUE_LOOP, opcode.POP_JUMP_IF_FALSE, opcode.POP_JUMP_IF_TRUE,
		opcode.JUMP_IF_FALSE_OR_POP, opcode.JUMP_IF_TRUE_OR_POP:
		return true
	}
	return false
}

func isCondJump(op opcode.Op) bool {
	switch op {
	case opcode.POP_JUMP_IF_FALSE, opcode.POP_JUMP_IF_TRUE,
		opcode.JUMP_IF_FALSE_OR_POP, opcode.JUMP_IF_TRUE_OR_POP:
		return true
	}
	return false
}

func isUncondJump(op opcode.Op) bool {
	return op == opcode.JUMP_ABSOLUTE || op == opcode.JUMP_FORWARD
}

func jumpsOnTrue(op opcode.Op) bool {
	return op == opcode.POP_JUMP_IF_TRUE || op == opcode.JUMP_IF_TRUE_OR_POP
}

// jumpTarget is GETJUMPTGT: the target's code unit index.
func (p *peep) jumpTarget(i int) int {
	t := p.getArg(i) / 2
	if !isAbsJump(p.op(i)) {
		t += i + 1
	}
	return t
}

// markBlocks numbers basic blocks: blocks[i] == blocks[j] when i and j are
// in the same block (no jump target in between).
func (p *peep) markBlocks() []int {
	blocks := make([]int, p.n)
	for i := 0; i < p.n; i++ {
		switch p.op(i) {
		case opcode.FOR_ITER, opcode.JUMP_FORWARD, opcode.JUMP_IF_FALSE_OR_POP,
			opcode.JUMP_IF_TRUE_OR_POP, opcode.POP_JUMP_IF_FALSE, opcode.POP_JUMP_IF_TRUE,
			opcode.JUMP_ABSOLUTE, opcode.CONTINUE_LOOP, opcode.SETUP_LOOP, opcode.SETUP_EXCEPT,
			opcode.SETUP_FINALLY, opcode.SETUP_WITH, opcode.SETUP_ASYNC_WITH:
			if t := p.jumpTarget(i); t < p.n {
				blocks[t] = 1
			}
		}
	}
	cnt := 0
	for i := range blocks {
		cnt += blocks[i]
		blocks[i] = cnt
	}
	return blocks
}

// optimize is PyCode_Optimize. lnotab is fixed up in place; the returned
// consts may have tuples appended.
func optimize(code []byte, consts []constant.Value, lnotab []byte) ([]byte, []constant.Value) {
	// The line table's 255 entries (long gaps) are too hard to fix up.
	if bytes.IndexByte(lnotab, 255) >= 0 {
		return code, consts
	}
	p := &peep{code: append([]byte(nil), code...), n: len(code) / 2}
	blocks := p.markBlocks()
	sameBlock := func(a, b int) bool { return blocks[a] == blocks[b] }

	cumlc, lastlc := 0, 0
	var nexti int
	for i := p.findOp(0); i < p.n; i = nexti {
		op := p.op(i)
		opStart := i
		for opStart >= 1 && p.op(opStart-1) == opcode.EXTENDED_ARG {
			opStart--
		}
		nexti = i + 1
		for nexti < p.n && p.op(nexti) == opcode.EXTENDED_ARG {
			nexti++
		}
		var nextop opcode.Op
		if nexti < p.n {
			nextop = p.op(nexti)
		}
		lastlc = cumlc
		cumlc = 0

		switch op {
		case opcode.LOAD_CONST:
			// LOAD_CONST true; POP_JUMP_IF_FALSE: skip both ("while 1").
			cumlc = lastlc + 1
			if nextop != opcode.POP_JUMP_IF_FALSE || !sameBlock(opStart, i+1) ||
				!truth(consts[p.getArg(i)]) {
				break
			}
			p.fillNops(opStart, nexti+1)
			cumlc = 0

		case opcode.BUILD_TUPLE:
			j := p.getArg(i)
			if j > 0 && lastlc >= j {
				h := p.lastnConstStart(opStart, j)
				if sameBlock(h, opStart) {
					consts = p.foldTuple(h, i+1, consts, j)
					break
				}
			}
			if nextop != opcode.UNPACK_SEQUENCE || !sameBlock(opStart, i+1) || j != p.getArg(nexti) {
				break
			}
			switch {
			case j < 2:
				p.fillNops(opStart, nexti+1)
			case j == 2:
				p.set(opStart, opcode.ROT_TWO, 0)
				p.fillNops(opStart+1, nexti+1)
			case j == 3:
				p.set(opStart, opcode.ROT_THREE, 0)
				p.set(opStart+1, opcode.ROT_TWO, 0)
				p.fillNops(opStart+2, nexti+1)
			}

		case opcode.JUMP_IF_FALSE_OR_POP, opcode.JUMP_IF_TRUE_OR_POP,
			opcode.POP_JUMP_IF_FALSE, opcode.POP_JUMP_IF_TRUE, opcode.FOR_ITER,
			opcode.JUMP_FORWARD, opcode.JUMP_ABSOLUTE, opcode.CONTINUE_LOOP,
			opcode.SETUP_LOOP, opcode.SETUP_EXCEPT, opcode.SETUP_FINALLY,
			opcode.SETUP_WITH, opcode.SETUP_ASYNC_WITH:
			if op == opcode.JUMP_IF_FALSE_OR_POP || op == opcode.JUMP_IF_TRUE_OR_POP {
				// A conditional jump to a conditional jump: when the
				// second test is implied by the first, jump straight to
				// its target; when its opposite is, jump past it, popping.
				h := p.getArg(i) / 2
				tgt := p.findOp(h)
				j := p.op(tgt)
				if isCondJump(j) {
					var hh int
					if jumpsOnTrue(j) == jumpsOnTrue(op) {
						hh = p.setArg(i, p.getArg(tgt))
					} else {
						hh = p.setArg(i, (tgt+1)*2)
						if op == opcode.JUMP_IF_TRUE_OR_POP {
							j = opcode.POP_JUMP_IF_TRUE
						} else {
							j = opcode.POP_JUMP_IF_FALSE
						}
					}
					if hh >= 0 {
						nexti = hh
						p.code[2*nexti] = byte(j)
						break
					}
				}
			}
			// Jumps (and block setups) to unconditional jumps go straight
			// to the final target.
			h := p.jumpTarget(i)
			tgt := p.findOp(h)
			if isUncondJump(op) && tgt < p.n && p.op(tgt) == opcode.RETURN_VALUE {
				p.set(opStart, opcode.RETURN_VALUE, 0)
				p.fillNops(opStart+1, i+1)
			} else if tgt < p.n && isUncondJump(p.op(tgt)) {
				j := p.jumpTarget(tgt)
				if op == opcode.JUMP_FORWARD {
					op = opcode.JUMP_ABSOLUTE
				} else if !isAbsJump(op) {
					if j < i+1 {
						break // no backward relative jumps
					}
					j -= i + 1
				}
				p.copyOpArg(opStart, op, j*2, i+1)
			}

		case opcode.RETURN_VALUE:
			// Unreachable code after a return, up to the block's end.
			h := i + 1
			for h < p.n && sameBlock(i, h) {
				h++
			}
			if h > i+1 {
				p.fillNops(i+1, h)
				nexti = p.findOp(h)
			}
		}
	}

	// Map old code unit indexes to new ones, dropping NOPs.
	nops := 0
	for i := 0; i < p.n; i++ {
		blocks[i] = i - nops
		if p.op(i) == opcode.NOP {
			nops++
		}
	}
	cum, last := 0, 0
	for i := 0; i+1 < len(lnotab); i += 2 {
		cum += int(lnotab[i])
		newOff := 0
		if cum/2 < p.n {
			newOff = blocks[cum/2] * 2
		} else {
			newOff = (p.n - nops) * 2
		}
		lnotab[i] = byte(newOff - last)
		last = newOff
	}

	out := make([]byte, 0, len(p.code))
	for i := 0; i < p.n; i++ {
		opStart := i
		j := p.rawArg(i)
		for p.op(i) == opcode.EXTENDED_ARG {
			i++
			j = j<<8 | p.rawArg(i)
		}
		op := p.op(i)
		switch op {
		case opcode.NOP:
			continue
		case opcode.JUMP_ABSOLUTE, opcode.CONTINUE_LOOP, opcode.POP_JUMP_IF_FALSE,
			opcode.POP_JUMP_IF_TRUE, opcode.JUMP_IF_FALSE_OR_POP, opcode.JUMP_IF_TRUE_OR_POP:
			j = blocks[j/2] * 2
		case opcode.FOR_ITER, opcode.JUMP_FORWARD, opcode.SETUP_LOOP, opcode.SETUP_EXCEPT,
			opcode.SETUP_FINALLY, opcode.SETUP_WITH, opcode.SETUP_ASYNC_WITH:
			j = (blocks[j/2+i+1] - blocks[i] - 1) * 2
		}
		size := i - opStart + 1
		if instrSize(j) > size {
			return code, consts
		}
		// A shorter argument keeps its EXTENDED_ARG 0 prefixes.
		var buf [8]byte
		writeOpArg(buf[:], op, j, size)
		out = append(out, buf[:2*size]...)
	}
	return out, consts
}

// lastnConstStart is lastn_const_start: the start (prefixes included) of
// the n-th LOAD_CONST back from i, skipping NOPs between them.
func (p *peep) lastnConstStart(i, n int) int {
	for {
		i--
		if p.op(i) == opcode.LOAD_CONST {
			n--
			if n == 0 {
				for i > 0 && p.op(i-1) == opcode.EXTENDED_ARG {
					i--
				}
				return i
			}
		}
	}
}

// foldTuple is fold_tuple_on_constants: LOAD_CONST x n; BUILD_TUPLE n
// becomes one LOAD_CONST of a new tuple appended to consts.
func (p *peep) foldTuple(cStart, opEnd int, consts []constant.Value, n int) []constant.Value {
	t := make(constant.Tuple, n)
	pos := cStart
	for i := 0; i < n; i, pos = i+1, pos+1 {
		pos = p.findOp(pos)
		t[i] = consts[p.getArg(pos)]
	}
	consts = append(consts, t)
	p.copyOpArg(cStart, opcode.LOAD_CONST, len(consts)-1, opEnd)
	return consts
}
