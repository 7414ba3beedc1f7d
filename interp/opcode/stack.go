package opcode

// InvalidStackEffect is what StackEffect returns for an opcode that has no
// stack effect of its own (NOP, EXTENDED_ARG) or is not an opcode at all, as
// CPython's PY_INVALID_STACK_EFFECT.
const InvalidStackEffect = 1 << 30

// StackEffect is CPython 3.7's stack_effect(): how many values op with
// argument arg leaves on the stack beyond what it found. jump is 1 for the
// effect when a jump is taken (or the handler of a SETUP_* is entered), 0
// when it is not, and -1 for the larger of the two, which is what
// dis.stack_effect reports.
func StackEffect(op Op, arg int, jump int) int {
	pick := func(taken, notTaken int) int {
		switch {
		case jump > 0:
			return taken
		case jump == 0:
			return notTaken
		}
		if taken > notTaken {
			return taken
		}
		return notTaken
	}
	switch op {
	case POP_TOP:
		return -1
	case ROT_TWO, ROT_THREE:
		return 0
	case DUP_TOP:
		return 1
	case DUP_TOP_TWO:
		return 2
	case UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT:
		return 0
	case SET_ADD, LIST_APPEND:
		return -1
	case MAP_ADD:
		return -2
	case BINARY_POWER, BINARY_MULTIPLY, BINARY_MATRIX_MULTIPLY, BINARY_MODULO, BINARY_ADD,
		BINARY_SUBTRACT, BINARY_SUBSCR, BINARY_FLOOR_DIVIDE, BINARY_TRUE_DIVIDE,
		INPLACE_FLOOR_DIVIDE, INPLACE_TRUE_DIVIDE, INPLACE_ADD, INPLACE_SUBTRACT,
		INPLACE_MULTIPLY, INPLACE_MATRIX_MULTIPLY, INPLACE_MODULO,
		BINARY_LSHIFT, BINARY_RSHIFT, BINARY_AND, BINARY_XOR, BINARY_OR, INPLACE_POWER,
		INPLACE_LSHIFT, INPLACE_RSHIFT, INPLACE_AND, INPLACE_XOR, INPLACE_OR:
		return -1
	case STORE_SUBSCR:
		return -3
	case DELETE_SUBSCR:
		return -2
	case GET_ITER, GET_YIELD_FROM_ITER, GET_AWAITABLE, GET_AITER:
		return 0
	case PRINT_EXPR:
		return -1
	case LOAD_BUILD_CLASS:
		return 1
	case BREAK_LOOP:
		return 0
	case SETUP_WITH:
		// One value (the __enter__ result) in the normal flow; the handler
		// is entered with the stack restored and six exception values pushed.
		return pick(6, 1)
	case WITH_CLEANUP_START:
		return 2
	case WITH_CLEANUP_FINISH:
		return -3
	case RETURN_VALUE:
		return -1
	case IMPORT_STAR:
		return -1
	case SETUP_ANNOTATIONS:
		return 0
	case YIELD_VALUE:
		return 0
	case YIELD_FROM:
		return -1
	case POP_BLOCK:
		return 0
	case POP_EXCEPT:
		return -3
	case END_FINALLY:
		return -6
	case STORE_NAME:
		return -1
	case DELETE_NAME:
		return 0
	case UNPACK_SEQUENCE:
		return arg - 1
	case UNPACK_EX:
		return arg&0xFF + arg>>8
	case FOR_ITER:
		// The exhausted iterator is popped on the jump.
		return pick(-1, 1)
	case STORE_ATTR:
		return -2
	case DELETE_ATTR:
		return -1
	case STORE_GLOBAL:
		return -1
	case DELETE_GLOBAL:
		return 0
	case LOAD_CONST, LOAD_NAME:
		return 1
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING,
		BUILD_LIST_UNPACK, BUILD_TUPLE_UNPACK, BUILD_TUPLE_UNPACK_WITH_CALL,
		BUILD_SET_UNPACK, BUILD_MAP_UNPACK, BUILD_MAP_UNPACK_WITH_CALL:
		return 1 - arg
	case BUILD_MAP:
		return 1 - 2*arg
	case BUILD_CONST_KEY_MAP:
		return -arg
	case LOAD_ATTR:
		return 0
	case COMPARE_OP:
		return -1
	case IMPORT_NAME:
		return -1
	case IMPORT_FROM:
		return 1
	case JUMP_FORWARD, JUMP_ABSOLUTE:
		return 0
	case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP:
		// The value stays when the jump is taken and is popped otherwise.
		return pick(0, -1)
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE:
		return -1
	case LOAD_GLOBAL:
		return 1
	case CONTINUE_LOOP, SETUP_LOOP:
		return 0
	case SETUP_EXCEPT, SETUP_FINALLY:
		return pick(6, 0)
	case LOAD_FAST:
		return 1
	case STORE_FAST:
		return -1
	case DELETE_FAST:
		return 0
	case RAISE_VARARGS:
		return -arg
	case CALL_FUNCTION:
		return -arg
	case CALL_METHOD:
		return -arg - 1
	case CALL_FUNCTION_KW:
		return -arg - 1
	case CALL_FUNCTION_EX:
		return -1 - arg&1
	case MAKE_FUNCTION:
		return -1 - arg&1 - arg>>1&1 - arg>>2&1 - arg>>3&1
	case BUILD_SLICE:
		if arg == 3 {
			return -2
		}
		return -1
	case LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF:
		return 1
	case STORE_DEREF:
		return -1
	case DELETE_DEREF:
		return 0
	case SETUP_ASYNC_WITH:
		// BEFORE_ASYNC_WITH's awaitable result is popped on the way to
		// the handler, which then gets six exception values.
		return pick(5, 0)
	case BEFORE_ASYNC_WITH:
		return 1
	case GET_ANEXT:
		return 1
	case FORMAT_VALUE:
		if arg&FVHaveSpec != 0 {
			return -1
		}
		return 0
	case LOAD_METHOD:
		return 1
	}
	return InvalidStackEffect
}
