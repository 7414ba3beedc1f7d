// Package ast declares the syntax tree of Python 3.7, node for node and field
// for field as CPython 3.7's ast module has it (Parser/Python.asdl), so that
// Dump prints exactly what ast.dump prints and the compiler can follow
// Python/compile.c case by case.
//
// Nodes are Go structs behind four interfaces (Mod, Stmt, Expr, Slice) plus
// plain structs for the product types (Arguments, Arg, Keyword, Alias,
// WithItem, Comprehension, ExceptHandler). A field that the ASDL marks
// optional (expr?) is a nil interface or nil pointer when absent; an optional
// identifier is the empty string, since Python identifiers are never empty
// (ImportFrom also keeps HasModule, to tell "from . import x" apart).
//
// Positions are CPython's: Lineno counts from 1, ColOffset is a UTF-8 byte
// offset into the line (CPython 3.7 reports bytes, not characters).
package ast

import "github.com/bytepy/bytepy/interp/constant"

// Pos is the (lineno, col_offset) pair that stmt, expr, excepthandler and arg
// nodes carry.
type Pos struct {
	Lineno    int
	ColOffset int
}

// GetPos returns the node's position.
func (p *Pos) GetPos() Pos { return *p }

// A Node is any node that has a position.
type Node interface {
	GetPos() Pos
}

// Root is a module-level root (ASDL "mod"): Module, Interactive, Expression or Suite.
type Root interface{ modNode() }

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Slice is the slice of a Subscript: Slice, ExtSlice or Index.
type Slice interface{ sliceNode() }

// ---- mod ----

type (
	Module      struct{ Body []Stmt }
	Interactive struct{ Body []Stmt }
	Expression  struct{ Body Expr }
	Suite       struct{ Body []Stmt }
)

func (*Module) modNode()      {}
func (*Interactive) modNode() {}
func (*Expression) modNode()  {}
func (*Suite) modNode()       {}

// ---- stmt ----

type (
	FunctionDef struct {
		Pos
		Name          string
		Args          *Arguments
		Body          []Stmt
		DecoratorList []Expr
		Returns       Expr // optional
	}
	AsyncFunctionDef struct {
		Pos
		Name          string
		Args          *Arguments
		Body          []Stmt
		DecoratorList []Expr
		Returns       Expr // optional
	}
	ClassDef struct {
		Pos
		Name          string
		Bases         []Expr
		Keywords      []*Keyword
		Body          []Stmt
		DecoratorList []Expr
	}
	Return struct {
		Pos
		Value Expr // optional
	}
	Delete struct {
		Pos
		Targets []Expr
	}
	Assign struct {
		Pos
		Targets []Expr
		Value   Expr
	}
	AugAssign struct {
		Pos
		Target Expr
		Op     Operator
		Value  Expr
	}
	AnnAssign struct {
		Pos
		Target     Expr
		Annotation Expr
		Value      Expr // optional
		Simple     int
	}
	For struct {
		Pos
		Target Expr
		Iter   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	AsyncFor struct {
		Pos
		Target Expr
		Iter   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	While struct {
		Pos
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	If struct {
		Pos
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}
	With struct {
		Pos
		Items []*WithItem
		Body  []Stmt
	}
	AsyncWith struct {
		Pos
		Items []*WithItem
		Body  []Stmt
	}
	Raise struct {
		Pos
		Exc   Expr // optional
		Cause Expr // optional
	}
	Try struct {
		Pos
		Body      []Stmt
		Handlers  []*ExceptHandler
		Orelse    []Stmt
		Finalbody []Stmt
	}
	Assert struct {
		Pos
		Test Expr
		Msg  Expr // optional
	}
	Import struct {
		Pos
		Names []*Alias
	}
	ImportFrom struct {
		Pos
		Module    string // empty when HasModule is false (from . import x)
		HasModule bool
		Names     []*Alias
		Level     int
	}
	Global struct {
		Pos
		Names []string
	}
	Nonlocal struct {
		Pos
		Names []string
	}
	ExprStmt struct { // ast.Expr
		Pos
		Value Expr
	}
	Pass     struct{ Pos }
	Break    struct{ Pos }
	Continue struct{ Pos }
)

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*ExprStmt) stmtNode()         {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}

// ---- expr ----

type (
	BoolOp struct {
		Pos
		Op     BoolOpKind
		Values []Expr
	}
	BinOp struct {
		Pos
		Left  Expr
		Op    Operator
		Right Expr
	}
	UnaryOp struct {
		Pos
		Op      UnaryOpKind
		Operand Expr
	}
	Lambda struct {
		Pos
		Args *Arguments
		Body Expr
	}
	IfExp struct {
		Pos
		Test   Expr
		Body   Expr
		Orelse Expr
	}
	Dict struct {
		Pos
		Keys   []Expr // a nil key stands for **value
		Values []Expr
	}
	Set struct {
		Pos
		Elts []Expr
	}
	ListComp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	SetComp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	DictComp struct {
		Pos
		Key        Expr
		Value      Expr
		Generators []*Comprehension
	}
	GeneratorExp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	Await struct {
		Pos
		Value Expr
	}
	Yield struct {
		Pos
		Value Expr // optional
	}
	YieldFrom struct {
		Pos
		Value Expr
	}
	Compare struct {
		Pos
		Left        Expr
		Ops         []CmpOp
		Comparators []Expr
	}
	Call struct {
		Pos
		Func     Expr
		Args     []Expr
		Keywords []*Keyword
	}
	// Num holds an int, float or complex constant.
	Num struct {
		Pos
		N constant.Value
	}
	Str struct {
		Pos
		S string
	}
	FormattedValue struct {
		Pos
		Value      Expr
		Conversion int  // -1 none, 's', 'r' or 'a'
		FormatSpec Expr // optional, a JoinedStr
	}
	JoinedStr struct {
		Pos
		Values []Expr
	}
	Bytes struct {
		Pos
		S string // raw bytes
	}
	// NameConstant is True, False or None.
	NameConstant struct {
		Pos
		Value constant.Value
	}
	Ellipsis struct{ Pos }
	// Constant is made only by the AST optimiser, never by the parser.
	Constant struct {
		Pos
		Value constant.Value
	}
	Attribute struct {
		Pos
		Value Expr
		Attr  string
		Ctx   ExprContext
	}
	Subscript struct {
		Pos
		Value Expr
		Slice Slice
		Ctx   ExprContext
	}
	Starred struct {
		Pos
		Value Expr
		Ctx   ExprContext
	}
	Name struct {
		Pos
		Id  string
		Ctx ExprContext
	}
	List struct {
		Pos
		Elts []Expr
		Ctx  ExprContext
	}
	Tuple struct {
		Pos
		Elts []Expr
		Ctx  ExprContext
	}
)

func (*BoolOp) exprNode()         {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*Num) exprNode()            {}
func (*Str) exprNode()            {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Bytes) exprNode()          {}
func (*NameConstant) exprNode()   {}
func (*Ellipsis) exprNode()       {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}

// ---- slice ----

type (
	SliceExpr struct { // ast.Slice
		Lower, Upper, Step Expr // each optional
	}
	ExtSlice struct{ Dims []Slice }
	Index    struct{ Value Expr }
)

func (*SliceExpr) sliceNode() {}
func (*ExtSlice) sliceNode()  {}
func (*Index) sliceNode()     {}

// ---- product types ----

// Comprehension is one "for target in iter if ..." clause.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync int
}

// ExceptHandler is one except clause.
type ExceptHandler struct {
	Pos
	Type Expr   // optional
	Name string // "" when absent
	Body []Stmt
}

// Arguments is a function's parameter list. KwDefaults has one entry per
// KwOnlyArgs, nil where that argument has no default.
type Arguments struct {
	Args       []*Arg
	Vararg     *Arg // optional
	KwOnlyArgs []*Arg
	KwDefaults []Expr
	Kwarg      *Arg // optional
	Defaults   []Expr
}

// Arg is one parameter.
type Arg struct {
	Pos
	Arg        string
	Annotation Expr // optional
}

// Keyword is a keyword argument; Arg is "" for **kwargs.
type Keyword struct {
	Arg   string
	Value Expr
}

// Alias is one name of an import; Asname is "" when absent.
type Alias struct {
	Name   string
	Asname string
}

// WithItem is one "expr as target" of a with statement.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr // optional
}
