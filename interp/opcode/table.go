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

// Table is indexed by opcode; an unused number has an empty Name. It is a
// literal rather than filled in by an init function so that it is static
// data: every `bytepy run` starts without building it.
var Table = [256]Info{
	POP_TOP:                      {"POP_TOP", NoArg},
	ROT_TWO:                      {"ROT_TWO", NoArg},
	ROT_THREE:                    {"ROT_THREE", NoArg},
	DUP_TOP:                      {"DUP_TOP", NoArg},
	DUP_TOP_TWO:                  {"DUP_TOP_TWO", NoArg},
	NOP:                          {"NOP", NoArg},
	UNARY_POSITIVE:               {"UNARY_POSITIVE", NoArg},
	UNARY_NEGATIVE:               {"UNARY_NEGATIVE", NoArg},
	UNARY_NOT:                    {"UNARY_NOT", NoArg},
	UNARY_INVERT:                 {"UNARY_INVERT", NoArg},
	BINARY_MATRIX_MULTIPLY:       {"BINARY_MATRIX_MULTIPLY", NoArg},
	INPLACE_MATRIX_MULTIPLY:      {"INPLACE_MATRIX_MULTIPLY", NoArg},
	BINARY_POWER:                 {"BINARY_POWER", NoArg},
	BINARY_MULTIPLY:              {"BINARY_MULTIPLY", NoArg},
	BINARY_MODULO:                {"BINARY_MODULO", NoArg},
	BINARY_ADD:                   {"BINARY_ADD", NoArg},
	BINARY_SUBTRACT:              {"BINARY_SUBTRACT", NoArg},
	BINARY_SUBSCR:                {"BINARY_SUBSCR", NoArg},
	BINARY_FLOOR_DIVIDE:          {"BINARY_FLOOR_DIVIDE", NoArg},
	BINARY_TRUE_DIVIDE:           {"BINARY_TRUE_DIVIDE", NoArg},
	INPLACE_FLOOR_DIVIDE:         {"INPLACE_FLOOR_DIVIDE", NoArg},
	INPLACE_TRUE_DIVIDE:          {"INPLACE_TRUE_DIVIDE", NoArg},
	GET_AITER:                    {"GET_AITER", NoArg},
	GET_ANEXT:                    {"GET_ANEXT", NoArg},
	BEFORE_ASYNC_WITH:            {"BEFORE_ASYNC_WITH", NoArg},
	INPLACE_ADD:                  {"INPLACE_ADD", NoArg},
	INPLACE_SUBTRACT:             {"INPLACE_SUBTRACT", NoArg},
	INPLACE_MULTIPLY:             {"INPLACE_MULTIPLY", NoArg},
	INPLACE_MODULO:               {"INPLACE_MODULO", NoArg},
	STORE_SUBSCR:                 {"STORE_SUBSCR", NoArg},
	DELETE_SUBSCR:                {"DELETE_SUBSCR", NoArg},
	BINARY_LSHIFT:                {"BINARY_LSHIFT", NoArg},
	BINARY_RSHIFT:                {"BINARY_RSHIFT", NoArg},
	BINARY_AND:                   {"BINARY_AND", NoArg},
	BINARY_XOR:                   {"BINARY_XOR", NoArg},
	BINARY_OR:                    {"BINARY_OR", NoArg},
	INPLACE_POWER:                {"INPLACE_POWER", NoArg},
	GET_ITER:                     {"GET_ITER", NoArg},
	GET_YIELD_FROM_ITER:          {"GET_YIELD_FROM_ITER", NoArg},
	PRINT_EXPR:                   {"PRINT_EXPR", NoArg},
	LOAD_BUILD_CLASS:             {"LOAD_BUILD_CLASS", NoArg},
	YIELD_FROM:                   {"YIELD_FROM", NoArg},
	GET_AWAITABLE:                {"GET_AWAITABLE", NoArg},
	INPLACE_LSHIFT:               {"INPLACE_LSHIFT", NoArg},
	INPLACE_RSHIFT:               {"INPLACE_RSHIFT", NoArg},
	INPLACE_AND:                  {"INPLACE_AND", NoArg},
	INPLACE_XOR:                  {"INPLACE_XOR", NoArg},
	INPLACE_OR:                   {"INPLACE_OR", NoArg},
	BREAK_LOOP:                   {"BREAK_LOOP", NoArg},
	WITH_CLEANUP_START:           {"WITH_CLEANUP_START", NoArg},
	WITH_CLEANUP_FINISH:          {"WITH_CLEANUP_FINISH", NoArg},
	RETURN_VALUE:                 {"RETURN_VALUE", NoArg},
	IMPORT_STAR:                  {"IMPORT_STAR", NoArg},
	SETUP_ANNOTATIONS:            {"SETUP_ANNOTATIONS", NoArg},
	YIELD_VALUE:                  {"YIELD_VALUE", NoArg},
	POP_BLOCK:                    {"POP_BLOCK", NoArg},
	END_FINALLY:                  {"END_FINALLY", NoArg},
	POP_EXCEPT:                   {"POP_EXCEPT", NoArg},
	STORE_NAME:                   {"STORE_NAME", Name},
	DELETE_NAME:                  {"DELETE_NAME", Name},
	UNPACK_SEQUENCE:              {"UNPACK_SEQUENCE", Plain},
	FOR_ITER:                     {"FOR_ITER", JRel},
	UNPACK_EX:                    {"UNPACK_EX", Plain},
	STORE_ATTR:                   {"STORE_ATTR", Name},
	DELETE_ATTR:                  {"DELETE_ATTR", Name},
	STORE_GLOBAL:                 {"STORE_GLOBAL", Name},
	DELETE_GLOBAL:                {"DELETE_GLOBAL", Name},
	LOAD_CONST:                   {"LOAD_CONST", Const},
	LOAD_NAME:                    {"LOAD_NAME", Name},
	BUILD_TUPLE:                  {"BUILD_TUPLE", Plain},
	BUILD_LIST:                   {"BUILD_LIST", Plain},
	BUILD_SET:                    {"BUILD_SET", Plain},
	BUILD_MAP:                    {"BUILD_MAP", Plain},
	LOAD_ATTR:                    {"LOAD_ATTR", Name},
	COMPARE_OP:                   {"COMPARE_OP", Compare},
	IMPORT_NAME:                  {"IMPORT_NAME", Name},
	IMPORT_FROM:                  {"IMPORT_FROM", Name},
	JUMP_FORWARD:                 {"JUMP_FORWARD", JRel},
	JUMP_IF_FALSE_OR_POP:         {"JUMP_IF_FALSE_OR_POP", JAbs},
	JUMP_IF_TRUE_OR_POP:          {"JUMP_IF_TRUE_OR_POP", JAbs},
	JUMP_ABSOLUTE:                {"JUMP_ABSOLUTE", JAbs},
	POP_JUMP_IF_FALSE:            {"POP_JUMP_IF_FALSE", JAbs},
	POP_JUMP_IF_TRUE:             {"POP_JUMP_IF_TRUE", JAbs},
	LOAD_GLOBAL:                  {"LOAD_GLOBAL", Name},
	CONTINUE_LOOP:                {"CONTINUE_LOOP", JAbs},
	SETUP_LOOP:                   {"SETUP_LOOP", JRel},
	SETUP_EXCEPT:                 {"SETUP_EXCEPT", JRel},
	SETUP_FINALLY:                {"SETUP_FINALLY", JRel},
	LOAD_FAST:                    {"LOAD_FAST", Local},
	STORE_FAST:                   {"STORE_FAST", Local},
	DELETE_FAST:                  {"DELETE_FAST", Local},
	RAISE_VARARGS:                {"RAISE_VARARGS", Plain},
	CALL_FUNCTION:                {"CALL_FUNCTION", Plain},
	MAKE_FUNCTION:                {"MAKE_FUNCTION", Plain},
	BUILD_SLICE:                  {"BUILD_SLICE", Plain},
	LOAD_CLOSURE:                 {"LOAD_CLOSURE", Free},
	LOAD_DEREF:                   {"LOAD_DEREF", Free},
	STORE_DEREF:                  {"STORE_DEREF", Free},
	DELETE_DEREF:                 {"DELETE_DEREF", Free},
	CALL_FUNCTION_KW:             {"CALL_FUNCTION_KW", Plain},
	CALL_FUNCTION_EX:             {"CALL_FUNCTION_EX", Plain},
	SETUP_WITH:                   {"SETUP_WITH", JRel},
	EXTENDED_ARG:                 {"EXTENDED_ARG", Plain},
	LIST_APPEND:                  {"LIST_APPEND", Plain},
	SET_ADD:                      {"SET_ADD", Plain},
	MAP_ADD:                      {"MAP_ADD", Plain},
	LOAD_CLASSDEREF:              {"LOAD_CLASSDEREF", Free},
	BUILD_LIST_UNPACK:            {"BUILD_LIST_UNPACK", Plain},
	BUILD_MAP_UNPACK:             {"BUILD_MAP_UNPACK", Plain},
	BUILD_MAP_UNPACK_WITH_CALL:   {"BUILD_MAP_UNPACK_WITH_CALL", Plain},
	BUILD_TUPLE_UNPACK:           {"BUILD_TUPLE_UNPACK", Plain},
	BUILD_SET_UNPACK:             {"BUILD_SET_UNPACK", Plain},
	SETUP_ASYNC_WITH:             {"SETUP_ASYNC_WITH", JRel},
	FORMAT_VALUE:                 {"FORMAT_VALUE", Plain},
	BUILD_CONST_KEY_MAP:          {"BUILD_CONST_KEY_MAP", Plain},
	BUILD_STRING:                 {"BUILD_STRING", Plain},
	BUILD_TUPLE_UNPACK_WITH_CALL: {"BUILD_TUPLE_UNPACK_WITH_CALL", Plain},
	LOAD_METHOD:                  {"LOAD_METHOD", Name},
	CALL_METHOD:                  {"CALL_METHOD", Plain},
}

// ByName returns the opcode named name, as dis.opmap[name].
func ByName(name string) (Op, bool) {
	for op := range Table {
		if Table[op].Name == name {
			return Op(op), true
		}
	}
	return 0, false
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
