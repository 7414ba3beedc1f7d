package opcode

// Kind says what an instruction's argument means; it decides how dis shows
// the argument and how the compiler resolves it.
type Kind uint8

const (
	NoArg   Kind = iota // below HAVE_ARGUMENT
	Plain               // a count or flags, shown as a bare number
	Const               // index into co_consts (hasconst)
	Name                // index into co_names (hasname)
	JRel                // relative jump: target = next instruction + arg (hasjrel)
	JAbs                // absolute jump: target = arg (hasjabs)
	Local               // index into co_varnames (haslocal)
	Compare             // index into CmpOp (hascompare)
	Free                // index into co_cellvars + co_freevars (hasfree)
)

// Info is what the table knows of one opcode.
type Info struct {
	Name string
	Kind Kind
}

// Table is indexed by opcode; an unused number has an empty Name.
var Table [256]Info

// Opmap maps names to opcodes, as dis.opmap.
var Opmap = map[string]Op{}

func init() {
	def := func(op Op, name string, k Kind) {
		Table[op] = Info{name, k}
		Opmap[name] = op
	}
	for op, name := range simple {
		def(op, name, NoArg)
	}
	for op, name := range plain {
		def(op, name, Plain)
	}
	def(LOAD_CONST, "LOAD_CONST", Const)
	for _, op := range []Op{STORE_NAME, DELETE_NAME, STORE_ATTR, DELETE_ATTR, STORE_GLOBAL,
		DELETE_GLOBAL, LOAD_NAME, LOAD_ATTR, IMPORT_NAME, IMPORT_FROM, LOAD_GLOBAL, LOAD_METHOD} {
		def(op, names[op], Name)
	}
	for _, op := range []Op{FOR_ITER, JUMP_FORWARD, SETUP_LOOP, SETUP_EXCEPT, SETUP_FINALLY,
		SETUP_WITH, SETUP_ASYNC_WITH} {
		def(op, names[op], JRel)
	}
	for _, op := range []Op{JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, JUMP_ABSOLUTE,
		POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, CONTINUE_LOOP} {
		def(op, names[op], JAbs)
	}
	for _, op := range []Op{LOAD_FAST, STORE_FAST, DELETE_FAST} {
		def(op, names[op], Local)
	}
	def(COMPARE_OP, "COMPARE_OP", Compare)
	for _, op := range []Op{LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF} {
		def(op, names[op], Free)
	}
}

// Opname returns dis.opname[op]: the name, or "<N>" for an unused number.
func (op Op) String() string {
	if n := Table[op].Name; n != "" {
		return n
	}
	return "<" + itoa(int(op)) + ">"
}

// HasArg reports whether op uses its argument byte.
func (op Op) HasArg() bool { return op >= HAVE_ARGUMENT }

// IsJump reports whether op's argument is a jump target.
func (op Op) IsJump() bool { k := Table[op].Kind; return k == JRel || k == JAbs }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [4]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// simple are the opcodes below HAVE_ARGUMENT.
var simple = map[Op]string{
	POP_TOP: "POP_TOP", ROT_TWO: "ROT_TWO", ROT_THREE: "ROT_THREE", DUP_TOP: "DUP_TOP",
	DUP_TOP_TWO: "DUP_TOP_TWO", NOP: "NOP",
	UNARY_POSITIVE: "UNARY_POSITIVE", UNARY_NEGATIVE: "UNARY_NEGATIVE", UNARY_NOT: "UNARY_NOT",
	UNARY_INVERT: "UNARY_INVERT", BINARY_MATRIX_MULTIPLY: "BINARY_MATRIX_MULTIPLY",
	INPLACE_MATRIX_MULTIPLY: "INPLACE_MATRIX_MULTIPLY", BINARY_POWER: "BINARY_POWER",
	BINARY_MULTIPLY: "BINARY_MULTIPLY", BINARY_MODULO: "BINARY_MODULO", BINARY_ADD: "BINARY_ADD",
	BINARY_SUBTRACT: "BINARY_SUBTRACT", BINARY_SUBSCR: "BINARY_SUBSCR",
	BINARY_FLOOR_DIVIDE: "BINARY_FLOOR_DIVIDE", BINARY_TRUE_DIVIDE: "BINARY_TRUE_DIVIDE",
	INPLACE_FLOOR_DIVIDE: "INPLACE_FLOOR_DIVIDE", INPLACE_TRUE_DIVIDE: "INPLACE_TRUE_DIVIDE",
	GET_AITER: "GET_AITER", GET_ANEXT: "GET_ANEXT", BEFORE_ASYNC_WITH: "BEFORE_ASYNC_WITH",
	INPLACE_ADD: "INPLACE_ADD", INPLACE_SUBTRACT: "INPLACE_SUBTRACT",
	INPLACE_MULTIPLY: "INPLACE_MULTIPLY", INPLACE_MODULO: "INPLACE_MODULO",
	STORE_SUBSCR: "STORE_SUBSCR", DELETE_SUBSCR: "DELETE_SUBSCR", BINARY_LSHIFT: "BINARY_LSHIFT",
	BINARY_RSHIFT: "BINARY_RSHIFT", BINARY_AND: "BINARY_AND", BINARY_XOR: "BINARY_XOR",
	BINARY_OR: "BINARY_OR", INPLACE_POWER: "INPLACE_POWER", GET_ITER: "GET_ITER",
	GET_YIELD_FROM_ITER: "GET_YIELD_FROM_ITER", PRINT_EXPR: "PRINT_EXPR",
	LOAD_BUILD_CLASS: "LOAD_BUILD_CLASS", YIELD_FROM: "YIELD_FROM", GET_AWAITABLE: "GET_AWAITABLE",
	INPLACE_LSHIFT: "INPLACE_LSHIFT", INPLACE_RSHIFT: "INPLACE_RSHIFT", INPLACE_AND: "INPLACE_AND",
	INPLACE_XOR: "INPLACE_XOR", INPLACE_OR: "INPLACE_OR", BREAK_LOOP: "BREAK_LOOP",
	WITH_CLEANUP_START: "WITH_CLEANUP_START", WITH_CLEANUP_FINISH: "WITH_CLEANUP_FINISH",
	RETURN_VALUE: "RETURN_VALUE", IMPORT_STAR: "IMPORT_STAR", SETUP_ANNOTATIONS: "SETUP_ANNOTATIONS",
	YIELD_VALUE: "YIELD_VALUE", POP_BLOCK: "POP_BLOCK", END_FINALLY: "END_FINALLY",
	POP_EXCEPT: "POP_EXCEPT",
}

// plain are the opcodes whose argument is a bare number.
var plain = map[Op]string{
	UNPACK_SEQUENCE: "UNPACK_SEQUENCE", UNPACK_EX: "UNPACK_EX", BUILD_TUPLE: "BUILD_TUPLE",
	BUILD_LIST: "BUILD_LIST", BUILD_SET: "BUILD_SET", BUILD_MAP: "BUILD_MAP",
	RAISE_VARARGS: "RAISE_VARARGS", CALL_FUNCTION: "CALL_FUNCTION", MAKE_FUNCTION: "MAKE_FUNCTION",
	BUILD_SLICE: "BUILD_SLICE", CALL_FUNCTION_KW: "CALL_FUNCTION_KW",
	CALL_FUNCTION_EX: "CALL_FUNCTION_EX", EXTENDED_ARG: "EXTENDED_ARG", LIST_APPEND: "LIST_APPEND",
	SET_ADD: "SET_ADD", MAP_ADD: "MAP_ADD", BUILD_LIST_UNPACK: "BUILD_LIST_UNPACK",
	BUILD_MAP_UNPACK: "BUILD_MAP_UNPACK", BUILD_MAP_UNPACK_WITH_CALL: "BUILD_MAP_UNPACK_WITH_CALL",
	BUILD_TUPLE_UNPACK: "BUILD_TUPLE_UNPACK", BUILD_SET_UNPACK: "BUILD_SET_UNPACK",
	FORMAT_VALUE: "FORMAT_VALUE", BUILD_CONST_KEY_MAP: "BUILD_CONST_KEY_MAP",
	BUILD_STRING: "BUILD_STRING", BUILD_TUPLE_UNPACK_WITH_CALL: "BUILD_TUPLE_UNPACK_WITH_CALL",
	CALL_METHOD: "CALL_METHOD",
}

// names are the opcodes whose kind the init loop sets by list.
var names = map[Op]string{
	STORE_NAME: "STORE_NAME", DELETE_NAME: "DELETE_NAME", STORE_ATTR: "STORE_ATTR",
	DELETE_ATTR: "DELETE_ATTR", STORE_GLOBAL: "STORE_GLOBAL", DELETE_GLOBAL: "DELETE_GLOBAL",
	LOAD_NAME: "LOAD_NAME", LOAD_ATTR: "LOAD_ATTR", IMPORT_NAME: "IMPORT_NAME",
	IMPORT_FROM: "IMPORT_FROM", LOAD_GLOBAL: "LOAD_GLOBAL", LOAD_METHOD: "LOAD_METHOD",
	FOR_ITER: "FOR_ITER", JUMP_FORWARD: "JUMP_FORWARD", SETUP_LOOP: "SETUP_LOOP",
	SETUP_EXCEPT: "SETUP_EXCEPT", SETUP_FINALLY: "SETUP_FINALLY", SETUP_WITH: "SETUP_WITH",
	SETUP_ASYNC_WITH: "SETUP_ASYNC_WITH", JUMP_IF_FALSE_OR_POP: "JUMP_IF_FALSE_OR_POP",
	JUMP_IF_TRUE_OR_POP: "JUMP_IF_TRUE_OR_POP", JUMP_ABSOLUTE: "JUMP_ABSOLUTE",
	POP_JUMP_IF_FALSE: "POP_JUMP_IF_FALSE", POP_JUMP_IF_TRUE: "POP_JUMP_IF_TRUE",
	CONTINUE_LOOP: "CONTINUE_LOOP", LOAD_FAST: "LOAD_FAST", STORE_FAST: "STORE_FAST",
	DELETE_FAST: "DELETE_FAST", LOAD_CLOSURE: "LOAD_CLOSURE", LOAD_DEREF: "LOAD_DEREF",
	STORE_DEREF: "STORE_DEREF", DELETE_DEREF: "DELETE_DEREF", LOAD_CLASSDEREF: "LOAD_CLASSDEREF",
}
