// Package symtable is CPython 3.7's symbol table (Python/symtable.c): it
// decides, for every name in every block (module, class, function, lambda,
// comprehension), whether the compiler must treat it as local, global,
// free or cell.
//
// The machine has two passes, as in C.
//
// The first pass (build.go) walks the tree once, opening a Scope for each
// block and recording per name what the block does with it: DefLocal for a
// binding, Use for a read, DefParam, DefGlobal, DefNonlocal, DefImport,
// DefAnnot. Names are mangled inside classes (__x -> _C__x) before they are
// recorded. Errors that need only one block (duplicate argument, "global"
// after use, import * in a function) are raised here.
//
// The second pass (analyze.go) walks the blocks top-down carrying three sets
// (names bound in enclosing function scopes, names declared global, names
// free in children) and gives each name its scope: a name bound in a
// function is Local; a name used but not bound is Free when an enclosing
// function binds it, else GlobalImplicit; a Local that some nested block
// uses freely becomes Cell. Class bodies are invisible to the functions
// inside them, except for the implicit __class__ cell that super() needs.
//
// Comprehensions and generator expressions are functions of their own with
// one parameter ".0" that receives the first iterable, which is evaluated in
// the enclosing block.
package symtable

// BlockKind is the kind of a block (ste_type).
type BlockKind int

const (
	FunctionBlock BlockKind = iota
	ClassBlock
	ModuleBlock
)

func (k BlockKind) String() string {
	return [...]string{"function", "class", "module"}[k]
}

// Symbol flag bits, as symtable.h defines them.
const (
	DefGlobal    = 1 << iota // global statement
	DefLocal                 // bound in the block
	DefParam                 // a parameter
	DefNonlocal              // nonlocal statement
	Use                      // read in the block
	DefFree                  // (unused by 3.7, kept for the numbering)
	DefFreeClass             // free in a method, bound in its class
	DefImport                // bound by import
	DefAnnot                 // annotated target

	DefBound = DefLocal | DefParam | DefImport
)

// Scopes, as symtable.h's LOCAL..CELL.
const (
	Local = 1 + iota
	GlobalExplicit
	GlobalImplicit
	Free
	Cell
)

// ScopeOffset is where CPython's symbol table keeps the scope in a
// symbol's flags word (SCOPE_OFFSET); Raw uses it.
const ScopeOffset = 11

// Scope is one block, CPython's PySTEntryObject.
type Scope struct {
	Name      string // the block's name: "top", the def or class name, "lambda", "listcomp", ...
	Kind      BlockKind
	Lineno    int
	ColOffset int
	Node      any // the node that opened the block

	Flags    map[string]int // Def* bits per (mangled) name
	Order    []string       // names in the order they were first recorded
	VarNames []string       // parameters in order: positional, keyword-only, *args, **kwargs
	Children []*Scope

	Nested            bool // a function (or anything) inside a function
	Generator         bool // contains yield (or is a generator expression)
	Coroutine         bool // async def, or async comprehension
	Comprehension     bool // a list/set/dict comprehension or generator expression
	VarArgs           bool
	VarKeywords       bool
	ReturnsValue      bool // has "return value"
	ChildFree         bool // some child block has free variables
	HasFree           bool // ste_free: this block has free variables (or implicit globals while nested)
	NeedsClassClosure bool // a class whose methods use __class__ or super

	scopes     map[string]int
	directives []directive
}

// directive is a global or nonlocal statement's name and position, for
// errors found during analysis.
type directive struct {
	name              string
	lineno, colOffset int
}

// ScopeOf is PyST_GetScope: the name's scope after analysis, 0 if the block
// never saw the name. name must already be mangled.
func (s *Scope) ScopeOf(name string) int { return s.scopes[name] }

// Raw is the flags word CPython's symtable module shows for name: the Def*
// bits with the scope shifted in at ScopeOffset.
func (s *Scope) Raw(name string) int { return s.Flags[name] | s.scopes[name]<<ScopeOffset }

// Table is the symbol table of one module.
type Table struct {
	Top      *Scope
	Filename string
	Future   int
	Warnings []Warning

	blocks map[any]*Scope
}

// Warning is a warning the symbol table issues; 3.7 has one, a
// DeprecationWarning for yield inside a comprehension (an error in 3.8).
type Warning struct {
	Category string // "DeprecationWarning"
	Msg      string
	Lineno   int
	// ColOffset is where 3.7 points the SyntaxError it raises instead when
	// warnings are errors.
	ColOffset int
}

// Lookup returns the block of a node that opens one: the root passed to
// Build, *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef,
// *ast.Lambda, *ast.ListComp, *ast.SetComp, *ast.DictComp or
// *ast.GeneratorExp. It is nil for any other node.
func (t *Table) Lookup(node any) *Scope { return t.blocks[node] }

// Mangle is _Py_Mangle: inside class private, a name __x that does not end
// in two underscores and has no dot becomes _private__x, private stripped of
// leading underscores; a class named only with underscores mangles nothing.
func Mangle(private, name string) string {
	if private == "" || len(name) < 2 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if name[len(name)-1] == '_' && name[len(name)-2] == '_' {
		return name
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return name
		}
	}
	i := 0
	for i < len(private) && private[i] == '_' {
		i++
	}
	if i == len(private) {
		return name
	}
	return "_" + private[i:] + name
}
