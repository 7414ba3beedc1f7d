// Package code defines the code object: the compiler's output, what dis
// shows, and what the VM runs. Its fields are CPython 3.7's co_* attributes,
// with the same meaning and the same order of entries, so a Code built here
// is byte-for-byte the one CPython 3.7 builds for the same source.
//
// The VM never changes a Code; it keeps whatever faster form it derives
// (renumbered opcodes, caches) in Runtime, built at first execution.
package code

import (
	"fmt"
	"sync/atomic"

	"github.com/bytepy/bytepy/interp/constant"
)

// co_flags bits (Include/code.h).
const (
	Optimized         = 0x0001
	NewLocals         = 0x0002
	VarArgs           = 0x0004
	VarKeywords       = 0x0008
	Nested            = 0x0010
	Generator         = 0x0020
	NoFree            = 0x0040
	Coroutine         = 0x0080
	IterableCoroutine = 0x0100
	AsyncGenerator    = 0x0200

	// __future__ flags kept in co_flags.
	FutureBarryAsBDFL   = 0x40000
	FutureGeneratorStop = 0x80000
	FutureAnnotations   = 0x100000
)

// Code is a code object.
type Code struct {
	ArgCount       int
	KwOnlyArgCount int
	NLocals        int
	StackSize      int
	Flags          int
	Code           []byte // wordcode
	Consts         []constant.Value
	Names          []string
	VarNames       []string
	FreeVars       []string
	CellVars       []string
	Filename       string
	Name           string
	FirstLineNo    int
	Lnotab         []byte

	// Cell2Arg maps a cell variable index to the argument it copies, or -1
	// (CPython's co_cell2arg), for the VM; nil when no argument is a cell.
	Cell2Arg []int

	// Runtime is the VM's private, lazily built form of this code object.
	Runtime atomic.Pointer[any]

	id atomic.Uint64
}

var nextID atomic.Uint64

// ID is a stable fake address for repr: CPython prints the object's address,
// which nobody can match; this keeps the "0x7f..." shape and is unique.
func (c *Code) ID() uint64 {
	if id := c.id.Load(); id != 0 {
		return id
	}
	c.id.CompareAndSwap(0, 0x7f0000000000+nextID.Add(1)*0x90)
	return c.id.Load()
}

// Repr is CPython's repr of a code object.
func (c *Code) Repr() string {
	return fmt.Sprintf("<code object %s at %#x, file %q, line %d>", c.Name, c.ID(), c.Filename, c.FirstLineNo)
}

// LineStarts returns (offset, line) for each instruction that starts a new
// source line, as dis.findlinestarts does: lnotab pairs are summed and a
// pair is reported when the line changes at a new offset.
func (c *Code) LineStarts() []LineStart {
	var out []LineStart
	lastLine := -1
	line := c.FirstLineNo
	addr := 0
	for i := 0; i+1 < len(c.Lnotab); i += 2 {
		ainc, linc := int(c.Lnotab[i]), int(int8(c.Lnotab[i+1]))
		if ainc != 0 {
			if line != lastLine {
				out = append(out, LineStart{addr, line})
				lastLine = line
			}
			addr += ainc
		}
		line += linc
	}
	if line != lastLine {
		out = append(out, LineStart{addr, line})
	}
	return out
}

// LineStart pairs a bytecode offset with the source line that starts there.
type LineStart struct {
	Offset, Line int
}

// Addr2Line is PyCode_Addr2Line: the source line of the instruction at
// byte offset addr.
func (c *Code) Addr2Line(addr int) int {
	line := c.FirstLineNo
	a := 0
	for i := 0; i+1 < len(c.Lnotab); i += 2 {
		a += int(c.Lnotab[i])
		if a > addr {
			break
		}
		line += int(int8(c.Lnotab[i+1]))
	}
	return line
}
