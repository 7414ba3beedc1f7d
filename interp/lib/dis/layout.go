package dismod

import (
	"strconv"
	"strings"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/dis"
)

// formatCode lays out a code object's instructions as _disassemble_bytes
// does, with its line numbers shifted by lineOffset (Bytecode's
// first_line). The column widths grow only for huge line numbers or
// offsets, exactly where dis.py widens them.
func formatCode(co *code.Code, lasti, lineOffset int) string {
	first := 0
	if lineOffset != 0 {
		first = co.FirstLineNo + lineOffset
	}
	ins := dis.Instructions(co, first)
	lineWidth := 3
	maxLine := 0
	for i, ls := range co.LineStarts() {
		if i == 0 || ls.Line > maxLine {
			maxLine = ls.Line
		}
	}
	if ml := maxLine + lineOffset; ml >= 1000 {
		lineWidth = len(strconv.Itoa(ml))
	}
	offWidth := 4
	if mo := len(co.Code) - 2; mo >= 10000 {
		offWidth = len(strconv.Itoa(mo))
	}
	var sb strings.Builder
	for _, in := range ins {
		if in.StartsLine != 0 && in.Offset > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(line(in, lineWidth, in.Offset == lasti, offWidth))
		sb.WriteByte('\n')
	}
	return sb.String()
}

// line is Instruction._disassemble for one instruction.
func line(in dis.Instruction, lineWidth int, current bool, offWidth int) string {
	var sb strings.Builder
	pad := func(s string, w int) {
		for i := len(s); i < w; i++ {
			sb.WriteByte(' ')
		}
		sb.WriteString(s)
	}
	if lineWidth > 0 {
		if in.StartsLine != 0 {
			pad(strconv.Itoa(in.StartsLine), lineWidth)
		} else {
			pad("", lineWidth)
		}
		sb.WriteByte(' ')
	}
	if current {
		sb.WriteString("--> ")
	} else {
		sb.WriteString("    ")
	}
	if in.IsJumpTarget {
		sb.WriteString(">> ")
	} else {
		sb.WriteString("   ")
	}
	pad(strconv.Itoa(in.Offset), offWidth)
	sb.WriteByte(' ')
	sb.WriteString(in.Opname)
	for i := len(in.Opname); i < 20; i++ {
		sb.WriteByte(' ')
	}
	if in.HasArg {
		sb.WriteByte(' ')
		pad(strconv.Itoa(in.Arg), 5)
		if in.Argrepr != "" {
			sb.WriteString(" (" + in.Argrepr + ")")
		}
	}
	return strings.TrimRight(sb.String(), " ")
}
