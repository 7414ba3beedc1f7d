package symtable

import (
	"sort"

	"github.com/bytepy/bytepy/interp/code"
)

// What compile.c derives from a block for its code object.

// CellVars is co_cellvars: the block's Cell names, sorted (dictbytype sorts
// them); for a class that needs it, just the implicit __class__ cell.
func (s *Scope) CellVars() []string {
	if s.NeedsClassClosure {
		return []string{"__class__"}
	}
	return s.namesWhere(func(name string) bool { return s.scopes[name] == Cell })
}

// FreeVars is co_freevars: the Free names, and in a class also the names
// the class binds that a method uses freely (DefFreeClass), sorted.
func (s *Scope) FreeVars() []string {
	return s.namesWhere(func(name string) bool {
		return s.scopes[name] == Free || s.Flags[name]&DefFreeClass != 0
	})
}

func (s *Scope) namesWhere(keep func(string) bool) []string {
	var out []string
	for _, name := range s.Order {
		if keep(name) {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// CodeFlags is compute_code_flags plus makecode's CO_NOFREE: the co_flags
// bits that come from the symbol table (no __future__ bits).
func (s *Scope) CodeFlags() int {
	flags := 0
	if s.Kind == FunctionBlock {
		flags |= code.NewLocals | code.Optimized
		if s.Nested {
			flags |= code.Nested
		}
		switch {
		case s.Generator && s.Coroutine:
			flags |= code.AsyncGenerator
		case s.Generator:
			flags |= code.Generator
		case s.Coroutine:
			flags |= code.Coroutine
		}
		if s.VarArgs {
			flags |= code.VarArgs
		}
		if s.VarKeywords {
			flags |= code.VarKeywords
		}
	}
	if len(s.CellVars()) == 0 && len(s.FreeVars()) == 0 {
		flags |= code.NoFree
	}
	return flags
}
