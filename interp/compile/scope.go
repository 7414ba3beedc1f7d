package compile

import (
	"sort"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/compile/symtable"
	"github.com/bytepy/bytepy/interp/opcode"
)

// enterScope is compiler_enter_scope: a new unit for the code object of
// key (the root, or a def, class, lambda or comprehension node).
func (c *compiler) enterScope(name string, st scopeType, key any, lineno int) {
	ste := c.st.Lookup(key)
	if ste == nil {
		panic("compile: no symbol table entry for " + name)
	}
	u := &unit{
		ste:       ste,
		name:      name,
		scopeType: st,
		constIdx:  map[constKey]int{},
		firstLine: lineno,
	}
	for _, v := range ste.VarNames {
		u.varnames.add(v)
	}
	// Cells and free variables are numbered in sorted order, cells first.
	if ste.NeedsClassClosure {
		u.cellvars.add("__class__")
	}
	var cells, frees []string
	for n, flags := range ste.Flags {
		sc := ste.ScopeOf(n)
		if sc == symtable.Cell {
			cells = append(cells, n)
		}
		if sc == symtable.Free || flags&symtable.DefFreeClass != 0 {
			frees = append(frees, n)
		}
	}
	sort.Strings(cells)
	sort.Strings(frees)
	for _, n := range cells {
		u.cellvars.add(n)
	}
	for _, n := range frees {
		u.freevars.add(n)
	}
	if c.u != nil {
		c.stack = append(c.stack, c.u)
		u.private = c.u.private
	}
	c.u = u
	c.nestLevel++
	u.cur = c.newBlock()
	if st != scopeModule {
		c.setQualname()
	}
}

func (c *compiler) exitScope() {
	c.nestLevel--
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
}

// setQualname is compiler_set_qualname: the parent's qualname, plus
// ".<locals>" under a function, unless the name is declared global there.
func (c *compiler) setQualname() {
	u := c.u
	if len(c.stack) <= 1 {
		u.qualname = u.name
		return
	}
	parent := c.stack[len(c.stack)-1]
	if u.scopeType == scopeFunction || u.scopeType == scopeAsyncFunction || u.scopeType == scopeClass {
		mangled := mangle(parent.private, u.name)
		if parent.ste.ScopeOf(mangled) == symtable.GlobalExplicit {
			u.qualname = u.name
			return
		}
	}
	base := parent.qualname
	switch parent.scopeType {
	case scopeFunction, scopeAsyncFunction, scopeLambda:
		base += ".<locals>"
	}
	u.qualname = base + "." + u.name
}

// isFunctionBlock reports whether the unit's symbol table entry is a
// function scope (functions, lambdas and comprehensions).
func (u *unit) isFunctionBlock() bool { return u.ste.Kind == symtable.FunctionBlock }

// nameop is compiler_nameop: choose FAST, DEREF, GLOBAL or NAME access for
// a variable from its scope.
func (c *compiler) nameop(name string, ctx ast.ExprContext) {
	u := c.u
	mangled := mangle(u.private, name)
	const (
		opName = iota
		opFast
		opGlobal
		opDeref
	)
	kind := opName
	var dict *indexMap = &u.names
	switch u.ste.ScopeOf(mangled) {
	case symtable.Free:
		dict = &u.freevars
		kind = opDeref
	case symtable.Cell:
		dict = &u.cellvars
		kind = opDeref
	case symtable.Local:
		if u.isFunctionBlock() {
			kind = opFast
		}
	case symtable.GlobalImplicit:
		if u.isFunctionBlock() {
			kind = opGlobal
		}
	case symtable.GlobalExplicit:
		kind = opGlobal
	}
	var op opcode.Op
	switch kind {
	case opDeref:
		switch ctx {
		case ast.Load:
			op = opcode.LOAD_DEREF
			if u.ste.Kind == symtable.ClassBlock {
				op = opcode.LOAD_CLASSDEREF
			}
		case ast.Store:
			op = opcode.STORE_DEREF
		case ast.Del:
			op = opcode.DELETE_DEREF
		}
	case opFast:
		switch ctx {
		case ast.Load:
			op = opcode.LOAD_FAST
		case ast.Store:
			op = opcode.STORE_FAST
		case ast.Del:
			op = opcode.DELETE_FAST
		}
		c.opArg(op, u.varnames.add(mangled))
		return
	case opGlobal:
		switch ctx {
		case ast.Load:
			op = opcode.LOAD_GLOBAL
		case ast.Store:
			op = opcode.STORE_GLOBAL
		case ast.Del:
			op = opcode.DELETE_GLOBAL
		}
	default:
		switch ctx {
		case ast.Load:
			op = opcode.LOAD_NAME
		case ast.Store:
			op = opcode.STORE_NAME
		case ast.Del:
			op = opcode.DELETE_NAME
		}
	}
	if op == 0 {
		panic("compile: bad context for name " + name)
	}
	arg := dict.add(mangled)
	if kind == opDeref && dict == &u.freevars {
		arg += len(u.cellvars.list)
	}
	c.opArg(op, arg)
}
