package dis

import (
	"fmt"
	"strings"

	"github.com/bytepy/bytepy/interp/code"
)

// flagName is dis.COMPILER_FLAG_NAMES[flag] (a switch rather than a map:
// package-level maps are built at every process start).
func flagName(flag int) (string, bool) {
	switch flag {
	case code.Optimized:
		return "OPTIMIZED", true
	case code.NewLocals:
		return "NEWLOCALS", true
	case code.VarArgs:
		return "VARARGS", true
	case code.VarKeywords:
		return "VARKEYWORDS", true
	case code.Nested:
		return "NESTED", true
	case code.Generator:
		return "GENERATOR", true
	case code.NoFree:
		return "NOFREE", true
	case code.Coroutine:
		return "COROUTINE", true
	case code.IterableCoroutine:
		return "ITERABLE_COROUTINE", true
	case code.AsyncGenerator:
		return "ASYNC_GENERATOR", true
	}
	return "", false
}

// PrettyFlags is dis.pretty_flags: the set bits' names, lowest first,
// unknown bits in hex; flags with nothing set (or bits past 31) end with the
// remainder in hex, as the loop's else clause does.
func PrettyFlags(flags int) string {
	var names []string
	done := false
	for i := 0; i < 32; i++ {
		f := 1 << i
		if flags&f == 0 {
			continue
		}
		if n, ok := flagName(f); ok {
			names = append(names, n)
		} else {
			names = append(names, fmt.Sprintf("%#x", f))
		}
		flags ^= f
		if flags == 0 {
			done = true
			break
		}
	}
	if !done {
		names = append(names, pyHex(flags))
	}
	return strings.Join(names, ", ")
}

// pyHex is Python's hex(): "-0x..." for negatives.
func pyHex(v int) string {
	if v < 0 {
		return fmt.Sprintf("-%#x", -v)
	}
	return fmt.Sprintf("%#x", v)
}

// CodeInfo is dis.code_info of a code object.
func CodeInfo(co *code.Code) string {
	var lines []string
	add := func(format string, args ...any) { lines = append(lines, fmt.Sprintf(format, args...)) }
	add("Name:              %s", co.Name)
	add("Filename:          %s", co.Filename)
	add("Argument count:    %d", co.ArgCount)
	add("Kw-only arguments: %d", co.KwOnlyArgCount)
	add("Number of locals:  %d", co.NLocals)
	add("Stack size:        %d", co.StackSize)
	add("Flags:             %s", PrettyFlags(co.Flags))
	if len(co.Consts) > 0 {
		add("Constants:")
		for i, c := range co.Consts {
			add("%4d: %s", i, c.Repr())
		}
	}
	section := func(title string, names []string) {
		if len(names) == 0 {
			return
		}
		add("%s", title)
		for i, n := range names {
			add("%4d: %s", i, n)
		}
	}
	section("Names:", co.Names)
	section("Variable names:", co.VarNames)
	section("Free variables:", co.FreeVars)
	section("Cell variables:", co.CellVars)
	return strings.Join(lines, "\n")
}
