package symtable

import (
	"fmt"
	"sort"
	"strings"

	"github.com/bytepy/bytepy/interp/syntax"
)

// The analysis pass (analyze_block and friends in symtable.c). A nameSet
// stands for the Python sets the C code passes around.
type nameSet map[string]bool

func (s nameSet) copy() nameSet {
	c := make(nameSet, len(s))
	for k := range s {
		c[k] = true
	}
	return c
}

func (s nameSet) addAll(o nameSet) {
	for k := range o {
		s[k] = true
	}
}

// analysisError carries a SyntaxError out of the recursion.
type analysisError struct{ err *syntax.Error }

func analyze(t *Table) (err error) {
	defer func() {
		if r := recover(); r != nil {
			ae, ok := r.(analysisError)
			if !ok {
				panic(r)
			}
			err = ae.err
		}
	}()
	analyzeBlock(t, t.Top, nil, nameSet{}, nameSet{})
	return nil
}

// analyzeBlock gives every name of s its scope. bound holds the names bound
// in enclosing function blocks (nil at module level), global the names
// known to be global; free collects the names free in s and its children.
func analyzeBlock(t *Table, s *Scope, bound, free, global nameSet) {
	local := nameSet{}
	newGlobal, newFree, newBound := nameSet{}, nameSet{}, nameSet{}

	// A class body binds nothing its methods can see, so what the methods
	// inherit is settled before the class's own names are looked at.
	if s.Kind == ClassBlock {
		newGlobal.addAll(global)
		if bound != nil {
			newBound.addAll(bound)
		}
	}
	for _, name := range s.Order {
		analyzeName(t, s, name, s.Flags[name], bound, local, free, global)
	}
	if s.Kind != ClassBlock {
		if s.Kind == FunctionBlock {
			newBound.addAll(local)
		}
		if bound != nil {
			newBound.addAll(bound)
		}
		newGlobal.addAll(global)
	} else {
		// Methods see __class__ as bound by the class.
		newBound["__class__"] = true
	}

	allFree := nameSet{}
	for _, c := range s.Children {
		childFree := newFree.copy()
		analyzeBlock(t, c, newBound.copy(), childFree, newGlobal.copy())
		allFree.addAll(childFree)
		if c.HasFree || c.ChildFree {
			s.ChildFree = true
		}
	}
	newFree.addAll(allFree)

	switch s.Kind {
	case FunctionBlock:
		analyzeCells(s, newFree)
	case ClassBlock:
		if newFree["__class__"] {
			delete(newFree, "__class__")
			s.NeedsClassClosure = true
		}
	}
	updateSymbols(s, bound, newFree)
	free.addAll(newFree)
}

// analyzeName is analyze_name: the scope of one name from its flags and
// what the enclosing blocks bind.
func analyzeName(t *Table, s *Scope, name string, flags int, bound, local, free, global nameSet) {
	switch {
	case flags&DefGlobal != 0:
		if flags&DefNonlocal != 0 {
			errorAtDirective(t, s, name, "name '%s' is nonlocal and global")
		}
		s.scopes[name] = GlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&DefNonlocal != 0:
		if bound == nil {
			errorAtDirective(t, s, name, "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			errorAtDirective(t, s, name, "no binding for nonlocal '%s' found")
		}
		s.scopes[name] = Free
		s.HasFree = true
		free[name] = true
	case flags&DefBound != 0:
		s.scopes[name] = Local
		local[name] = true
		delete(global, name)
	case bound != nil && bound[name]:
		s.scopes[name] = Free
		s.HasFree = true
		free[name] = true
	case global[name]:
		s.scopes[name] = GlobalImplicit
	default:
		if s.Nested {
			s.HasFree = true
		}
		s.scopes[name] = GlobalImplicit
	}
}

// errorAtDirective reports an error at the global or nonlocal statement
// that declared name.
func errorAtDirective(t *Table, s *Scope, name, format string) {
	msg := format
	if strings.Contains(format, "%s") {
		msg = fmt.Sprintf(format, name)
	}
	for _, d := range s.directives {
		if d.name == name {
			panic(analysisError{&syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: t.Filename,
				Lineno: d.lineno, Offset: d.colOffset}})
		}
	}
	panic(analysisError{&syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: t.Filename}})
}

// analyzeCells is analyze_cells: a local that a child uses freely becomes
// a cell, and stops being free.
func analyzeCells(s *Scope, free nameSet) {
	for _, name := range s.Order {
		if s.scopes[name] == Local && free[name] {
			s.scopes[name] = Cell
			delete(free, name)
		}
	}
}

// updateSymbols is update_symbols: names free in children that this block
// neither binds nor declares are added to it as Free, so that the closure
// can pass through; in a class, a name both bound in the class and free in
// a method gets DefFreeClass.
func updateSymbols(s *Scope, bound, free nameSet) {
	names := make([]string, 0, len(free))
	for name := range free {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if flags, ok := s.Flags[name]; ok {
			if s.Kind == ClassBlock && flags&(DefBound|DefGlobal) != 0 {
				s.Flags[name] = flags | DefFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue // a global
		}
		s.record(name, 0)
		s.scopes[name] = Free
	}
}
