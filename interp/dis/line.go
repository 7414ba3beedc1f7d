package dis

import (
	"strconv"
	"strings"
)

// Column widths of Instruction._disassemble.
const (
	opnameWidth = 20
	opargWidth  = 5
)

// String is the instruction's line with the default widths, as
// Instruction._disassemble() with no arguments.
func (in Instruction) String() string {
	return string(in.appendLine(nil, 3, false, 4))
}

// appendLine is Instruction._disassemble: the columns joined by one space,
// trailing blanks removed. lineWidth 0 drops the line column.
func (in Instruction) appendLine(buf []byte, lineWidth int, current bool, offWidth int) []byte {
	start := len(buf)
	if lineWidth > 0 {
		if in.StartsLine != 0 {
			buf = padLeft(buf, strconv.Itoa(in.StartsLine), lineWidth)
		} else {
			buf = append(buf, strings.Repeat(" ", lineWidth)...)
		}
		buf = append(buf, ' ')
	}
	if current {
		buf = append(buf, "--> "...)
	} else {
		buf = append(buf, "    "...)
	}
	if in.IsJumpTarget {
		buf = append(buf, ">> "...)
	} else {
		buf = append(buf, "   "...)
	}
	buf = padLeft(buf, strconv.Itoa(in.Offset), offWidth)
	buf = append(buf, ' ')
	buf = append(buf, in.Opname...)
	for i := len(in.Opname); i < opnameWidth; i++ {
		buf = append(buf, ' ')
	}
	if in.HasArg {
		buf = append(buf, ' ')
		buf = padLeft(buf, strconv.Itoa(in.Arg), opargWidth)
		if in.Argrepr != "" {
			buf = append(buf, " ("...)
			buf = append(buf, in.Argrepr...)
			buf = append(buf, ')')
		}
	}
	// rstrip: only blanks can trail (an argrepr ends with ')').
	end := len(buf)
	for end > start && buf[end-1] == ' ' {
		end--
	}
	return buf[:end]
}

func padLeft(buf []byte, s string, width int) []byte {
	for i := len(s); i < width; i++ {
		buf = append(buf, ' ')
	}
	return append(buf, s...)
}
