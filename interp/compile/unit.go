package compile

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/compile/symtable"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/syntax"
)

// scopeType is the kind of code object a unit builds (COMPILER_SCOPE_*).
type scopeType int

const (
	scopeModule scopeType = iota
	scopeClass
	scopeFunction
	scopeAsyncFunction
	scopeLambda
	scopeComprehension
)

// instr is one instruction before assembly. A jump names its target block;
// its argument is filled in by the assembler.
type instr struct {
	op     opcode.Op
	jabs   bool
	jrel   bool
	arg    int32
	lineno int32 // 0: no line of its own
	target *block
}

// block is a basic block. next is the block that control falls into, which
// also fixes the layout order.
type block struct {
	instrs     []instr
	next       *block
	seen       bool
	ret        bool // a RETURN_VALUE was added
	startDepth int
	offset     int // in code units, set by the assembler
}

// fblockType is the kind of a frame block: what break/continue must unwind.
type fblockType int

const (
	fbLoop fblockType = iota
	fbExcept
	fbFinallyTry
	fbFinallyEnd
)

type fblock struct {
	kind  fblockType
	block *block
}

// maxBlocks is CO_MAXBLOCKS, the limit on statically nested blocks.
const maxBlocks = 20

// unit is a compiler_unit: the state of one code object being built.
type unit struct {
	ste       *symtable.Scope
	name      string
	qualname  string
	scopeType scopeType

	consts    []constant.Value
	constIdx  map[constKey]int
	names     indexMap
	varnames  indexMap
	cellvars  indexMap
	freevars  indexMap
	private   string // class name for mangling, "" outside classes
	argcount  int
	kwonly    int
	blocks    []*block // in allocation order; blocks[0] is the entry
	cur       *block
	fblocks   []fblock
	firstLine int
	lineno    int
	colOffset int
	linenoSet bool
}

// indexMap numbers strings in order of first addition.
type indexMap struct {
	idx  map[string]int
	list []string
}

func (m *indexMap) add(s string) int {
	if i, ok := m.idx[s]; ok {
		return i
	}
	if m.idx == nil {
		m.idx = map[string]int{}
	}
	i := len(m.list)
	m.idx[s] = i
	m.list = append(m.list, s)
	return i
}

func (m *indexMap) lookup(s string) (int, bool) {
	i, ok := m.idx[s]
	return i, ok
}

// compiler holds what is global to one compilation.
type compiler struct {
	filename    string
	st          *symtable.Table
	future      futureInfo
	flags       int
	optimize    int
	interactive bool
	nestLevel   int
	u           *unit
	stack       []*unit
	keys        keyer
	warnings    *[]Warning // nil when the caller does not collect them
}

// errSyntax is how a compiler error unwinds the recursive visitors: it is
// panicked and recovered in compileMod, the way compile.c returns 0 all the
// way up.
type errSyntax struct{ err *syntax.Error }

// error raises a SyntaxError at the current statement or expression, as
// compiler_error does (offset is the raw col_offset).
func (c *compiler) error(msg string) {
	panic(errSyntax{&syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: c.filename,
		Lineno: c.u.lineno, Offset: c.u.colOffset}})
}

func (c *compiler) newBlock() *block {
	b := &block{}
	c.u.blocks = append(c.u.blocks, b)
	return b
}

// nextBlock starts a new block that the current one falls into.
func (c *compiler) nextBlock() *block {
	b := c.newBlock()
	c.u.cur.next = b
	c.u.cur = b
	return b
}

// useNextBlock makes b, made earlier, the current block and the fall-through
// successor of the old one.
func (c *compiler) useNextBlock(b *block) {
	c.u.cur.next = b
	c.u.cur = b
}

// emit appends an instruction to the current block, giving it the current
// line if no instruction has taken that line yet (compiler_set_lineno).
func (c *compiler) emit(in instr) {
	u := c.u
	if !u.linenoSet {
		u.linenoSet = true
		in.lineno = int32(u.lineno)
	}
	b := u.cur
	if in.op == opcode.RETURN_VALUE {
		b.ret = true
	}
	if b.instrs == nil {
		b.instrs = make([]instr, 0, 8)
	}
	b.instrs = append(b.instrs, in)
}

func (c *compiler) op(op opcode.Op) { c.emit(instr{op: op}) }

func (c *compiler) opArg(op opcode.Op, arg int) { c.emit(instr{op: op, arg: int32(arg)}) }

func (c *compiler) jabs(op opcode.Op, target *block) {
	c.emit(instr{op: op, target: target, jabs: true})
}

func (c *compiler) jrel(op opcode.Op, target *block) {
	c.emit(instr{op: op, target: target, jrel: true})
}

// loadConst emits LOAD_CONST v.
func (c *compiler) loadConst(v constant.Value) { c.opArg(opcode.LOAD_CONST, c.addConst(v)) }

// addConst is compiler_add_o on u_consts.
func (c *compiler) addConst(v constant.Value) int {
	u := c.u
	k := c.keys.constKey(v)
	if i, ok := u.constIdx[k]; ok {
		return i
	}
	i := len(u.consts)
	u.constIdx[k] = i
	u.consts = append(u.consts, v)
	return i
}

// opName is ADDOP_NAME: the name is mangled, then numbered in co_names.
func (c *compiler) opName(op opcode.Op, name string) {
	c.opArg(op, c.u.names.add(mangle(c.u.private, name)))
}

// opNameRaw is ADDOP_O on u_names: no mangling.
func (c *compiler) opNameRaw(op opcode.Op, name string) {
	c.opArg(op, c.u.names.add(name))
}

func (c *compiler) pushFblock(kind fblockType, b *block) {
	if len(c.u.fblocks) >= maxBlocks {
		panic(errSyntax{&syntax.Error{Kind: "SyntaxError", Msg: "too many statically nested blocks",
			Filename: c.filename}})
	}
	c.u.fblocks = append(c.u.fblocks, fblock{kind, b})
}

func (c *compiler) popFblock() {
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
}

func (c *compiler) inLoop() bool {
	for _, f := range c.u.fblocks {
		if f.kind == fbLoop {
			return true
		}
	}
	return false
}

// setLine is what compiler_visit_stmt and compiler_visit_expr do first.
func (c *compiler) setStmtLine(p ast.Pos) {
	c.u.lineno = p.Lineno
	c.u.colOffset = p.ColOffset
	c.u.linenoSet = false
}
