// Package dis is CPython 3.7's Lib/dis.py: it turns a code object's wordcode
// back into the text `python3.7 -m dis` prints, character for character.
//
// The machine is small. Wordcode is read two bytes at a time, folding
// EXTENDED_ARG prefixes into the next argument (unpack); each argument is
// explained by its kind from the opcode table (a constant's repr, a name, a
// jump's destination, a comparison); jump destinations become the ">>"
// labels and the line table becomes the line-number column. Layout follows
// Instruction._disassemble: fixed columns joined by single spaces, widened
// only when line numbers reach 1000 or offsets reach 10000.
package dis

import (
	"io"
	"strconv"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/opcode"
)

// Instruction is dis.Instruction: one decoded instruction.
type Instruction struct {
	Opname       string
	Opcode       int
	Arg          int
	HasArg       bool // false for opcodes below HAVE_ARGUMENT (Python's arg None)
	Argval       any  // constant.Value, string, int, or FormatValue
	Argrepr      string
	Offset       int
	StartsLine   int // 0: the instruction does not start a line
	IsJumpTarget bool
}

// FormatValue is FORMAT_VALUE's argval: the conversion ("" for none, "str",
// "repr", "ascii") and whether a format spec is on the stack.
type FormatValue struct {
	Conversion string
	HasSpec    bool
}

// opArg is one raw instruction as _unpack_opargs yields it.
type opArg struct {
	offset int
	op     opcode.Op
	arg    int
	hasArg bool
}

// unpack decodes wordcode, applying EXTENDED_ARG to the argument that follows
// it; the EXTENDED_ARG itself is still reported, as dis prints it.
func unpack(b []byte) []opArg {
	out := make([]opArg, 0, len(b)/2)
	ext := 0
	for i := 0; i+1 < len(b); i += 2 {
		op := opcode.Op(b[i])
		a := opArg{offset: i, op: op}
		if op.HasArg() {
			a.arg = int(b[i+1]) | ext
			a.hasArg = true
			ext = 0
			if op == opcode.EXTENDED_ARG {
				ext = a.arg << 8
			}
		}
		out = append(out, a)
	}
	return out
}

// jumpTarget returns where a jumps to, if it is a jump.
func jumpTarget(a opArg) (int, bool) {
	if !a.hasArg {
		return 0, false
	}
	switch opcode.Table[a.op].Kind {
	case opcode.JRel:
		return a.offset + 2 + a.arg, true
	case opcode.JAbs:
		return a.arg, true
	}
	return 0, false
}

// FindLabels is dis.findlabels: the jump targets in b, in order of first
// appearance.
func FindLabels(b []byte) []int {
	var labels []int
	seen := map[int]bool{}
	for _, a := range unpack(b) {
		if t, ok := jumpTarget(a); ok && !seen[t] {
			seen[t] = true
			labels = append(labels, t)
		}
	}
	return labels
}

// FindLineStarts is dis.findlinestarts.
func FindLineStarts(co *code.Code) []code.LineStart { return co.LineStarts() }

// tables is what _get_instructions_bytes is given to explain arguments; a
// nil slice means "not given", and the argument is then shown as a number.
type tables struct {
	varnames, names, cells []string
	consts                 []constant.Value
	linestarts             map[int]int // nil: no line numbers at all
	lineOffset             int
}

func codeTables(co *code.Code, lineOffset int) tables {
	t := tables{
		varnames:   nonNil(co.VarNames),
		names:      nonNil(co.Names),
		consts:     co.Consts,
		linestarts: map[int]int{},
		lineOffset: lineOffset,
	}
	if t.consts == nil {
		t.consts = []constant.Value{}
	}
	t.cells = append(append([]string{}, co.CellVars...), co.FreeVars...)
	for _, ls := range co.LineStarts() {
		t.linestarts[ls.Offset] = ls.Line
	}
	return t
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Instructions is dis.get_instructions(co, first_line=firstLine); firstLine
// 0 keeps the code object's own line numbers.
func Instructions(co *code.Code, firstLine int) []Instruction {
	off := 0
	if firstLine != 0 {
		off = firstLine - co.FirstLineNo
	}
	return instructions(co.Code, codeTables(co, off))
}

// instructions is _get_instructions_bytes.
func instructions(b []byte, t tables) []Instruction {
	labels := map[int]bool{}
	for _, l := range FindLabels(b) {
		labels[l] = true
	}
	ops := unpack(b)
	out := make([]Instruction, 0, len(ops))
	for _, a := range ops {
		in := Instruction{
			Opname:       a.op.String(),
			Opcode:       int(a.op),
			Arg:          a.arg,
			HasArg:       a.hasArg,
			Offset:       a.offset,
			IsJumpTarget: labels[a.offset],
		}
		if t.linestarts != nil {
			if line, ok := t.linestarts[a.offset]; ok {
				in.StartsLine = line + t.lineOffset
			}
		}
		if a.hasArg {
			in.Argval, in.Argrepr = explain(a, t)
		}
		out = append(out, in)
	}
	return out
}

// explain gives an argument's argval and argrepr by its kind.
func explain(a opArg, t tables) (any, string) {
	switch opcode.Table[a.op].Kind {
	case opcode.Const:
		if t.consts != nil && a.arg < len(t.consts) {
			v := t.consts[a.arg]
			return v, v.Repr()
		}
		return a.arg, strconv.Itoa(a.arg)
	case opcode.Name:
		return nameInfo(a.arg, t.names)
	case opcode.Local:
		return nameInfo(a.arg, t.varnames)
	case opcode.Free:
		return nameInfo(a.arg, t.cells)
	case opcode.JRel:
		to := a.offset + 2 + a.arg
		return to, "to " + strconv.Itoa(to)
	case opcode.Compare:
		if a.arg < len(opcode.CmpOp) {
			return opcode.CmpOp[a.arg], opcode.CmpOp[a.arg]
		}
		return a.arg, ""
	}
	if a.op == opcode.FORMAT_VALUE {
		fv := FormatValue{
			Conversion: [...]string{"", "str", "repr", "ascii"}[a.arg&opcode.FVConvMask],
			HasSpec:    a.arg&opcode.FVHaveSpec != 0,
		}
		r := fv.Conversion
		if fv.HasSpec {
			if r != "" {
				r += ", "
			}
			r += "with format"
		}
		return fv, r
	}
	return a.arg, ""
}

func nameInfo(i int, names []string) (any, string) {
	if names != nil && i < len(names) {
		return names[i], names[i]
	}
	return i, strconv.Itoa(i)
}

// Disassemble is dis.disassemble(co, lasti): lasti marks the instruction at
// that offset with "-->" (-1: none).
func Disassemble(w io.Writer, co *code.Code, lasti int) {
	disassembleBytes(w, co.Code, lasti, codeTables(co, 0))
}

// DisRecursive is dis.dis of a code object (_disassemble_recursive): the
// code, then every code object among its constants, depth first.
func DisRecursive(w io.Writer, co *code.Code) {
	Disassemble(w, co, -1)
	for _, c := range co.Consts {
		if sub, ok := c.(*code.Code); ok {
			io.WriteString(w, "\nDisassembly of "+sub.Repr()+":\n")
			DisRecursive(w, sub)
		}
	}
}

// DisBytes is dis.dis of a bytes object: raw wordcode with no line column
// and arguments shown as bare numbers.
func DisBytes(w io.Writer, b []byte) {
	disassembleBytes(w, b, -1, tables{})
}

// disassembleBytes is _disassemble_bytes.
func disassembleBytes(w io.Writer, b []byte, lasti int, t tables) {
	lineWidth := 0
	if t.linestarts != nil {
		maxLine := 0
		first := true
		for _, l := range t.linestarts {
			if first || l > maxLine {
				maxLine, first = l, false
			}
		}
		maxLine += t.lineOffset
		lineWidth = 3
		if maxLine >= 1000 {
			lineWidth = len(strconv.Itoa(maxLine))
		}
	}
	offWidth := 4
	if maxOff := len(b) - 2; maxOff >= 10000 {
		offWidth = len(strconv.Itoa(maxOff))
	}
	var buf []byte
	for _, in := range instructions(b, t) {
		if lineWidth > 0 && in.StartsLine != 0 && in.Offset > 0 {
			buf = append(buf, '\n')
		}
		buf = in.appendLine(buf, lineWidth, in.Offset == lasti, offWidth)
		buf = append(buf, '\n')
		if len(buf) > 1<<16 {
			w.Write(buf)
			buf = buf[:0]
		}
	}
	w.Write(buf)
}
