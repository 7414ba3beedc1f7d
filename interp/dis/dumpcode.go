package dis

import (
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"github.com/bytepy/bytepy/interp/code"
)

// DumpCode writes every field of co and of the code objects nested in its
// constants (depth first, in co_consts order) in the line format of the
// compile corpus's NAME.code goldens, which tools/golden/gen_compile.py
// writes from CPython. The two printers must change together.
//
// Each code object is a block of "key value" lines; a list is a count line
// followed by "  index item" lines; a block ends with a blank line. A nested
// code object appears among the constants as "<code NAME line N>", without
// the address that a repr would carry.
func DumpCode(w io.Writer, co *code.Code) {
	var b strings.Builder
	dumpCode(&b, co)
	io.WriteString(w, b.String())
}

// DumpCodeString is DumpCode into a string.
func DumpCodeString(co *code.Code) string {
	var b strings.Builder
	dumpCode(&b, co)
	return b.String()
}

func dumpCode(b *strings.Builder, co *code.Code) {
	fmt.Fprintf(b, "co_name %s\n", co.Name)
	fmt.Fprintf(b, "co_filename %s\n", co.Filename)
	fmt.Fprintf(b, "co_firstlineno %d\n", co.FirstLineNo)
	fmt.Fprintf(b, "co_argcount %d\n", co.ArgCount)
	fmt.Fprintf(b, "co_kwonlyargcount %d\n", co.KwOnlyArgCount)
	fmt.Fprintf(b, "co_nlocals %d\n", co.NLocals)
	fmt.Fprintf(b, "co_stacksize %d\n", co.StackSize)
	fmt.Fprintf(b, "co_flags 0x%08x\n", co.Flags)
	fmt.Fprintf(b, "co_code %s\n", hex.EncodeToString(co.Code))
	fmt.Fprintf(b, "co_consts %d\n", len(co.Consts))
	for i, c := range co.Consts {
		if sub, ok := c.(*code.Code); ok {
			fmt.Fprintf(b, "  %d <code %s line %d>\n", i, sub.Name, sub.FirstLineNo)
		} else {
			fmt.Fprintf(b, "  %d %s\n", i, c.Repr())
		}
	}
	nameList(b, "co_names", co.Names)
	nameList(b, "co_varnames", co.VarNames)
	nameList(b, "co_cellvars", co.CellVars)
	nameList(b, "co_freevars", co.FreeVars)
	fmt.Fprintf(b, "co_lnotab %s\n\n", hex.EncodeToString(co.Lnotab))
	for _, c := range co.Consts {
		if sub, ok := c.(*code.Code); ok {
			dumpCode(b, sub)
		}
	}
}

func nameList(b *strings.Builder, label string, names []string) {
	fmt.Fprintf(b, "%s %d\n", label, len(names))
	for i, n := range names {
		fmt.Fprintf(b, "  %d %s\n", i, n)
	}
}
