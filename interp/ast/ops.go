package ast

// ExprContext says how a Name, Attribute, Subscript, Starred, List or Tuple
// is used. The zero value is Load.
type ExprContext int

const (
	Load ExprContext = iota
	Store
	Del
	AugLoad
	AugStore
	Param
)

var ctxNames = [...]string{"Load", "Store", "Del", "AugLoad", "AugStore", "Param"}

func (c ExprContext) String() string { return ctxNames[c] }

// BoolOpKind is And or Or.
type BoolOpKind int

const (
	And BoolOpKind = iota
	Or
)

func (k BoolOpKind) String() string {
	if k == And {
		return "And"
	}
	return "Or"
}

// Operator is a binary operator of BinOp and AugAssign.
type Operator int

const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
	"LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}

func (o Operator) String() string { return operatorNames[o] }

// UnaryOpKind is the operator of UnaryOp.
type UnaryOpKind int

const (
	Invert UnaryOpKind = iota
	Not
	UAdd
	USub
)

var unaryNames = [...]string{"Invert", "Not", "UAdd", "USub"}

func (o UnaryOpKind) String() string { return unaryNames[o] }

// CmpOp is a comparison operator of Compare.
type CmpOp int

const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

func (o CmpOp) String() string { return cmpNames[o] }
