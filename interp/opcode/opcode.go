// Package opcode is CPython 3.7's instruction set: numbers, names and the
// facts about each instruction (does it take an argument, what kind, where it
// jumps, how it changes the stack). It is the one table that the compiler,
// the VM and dis all read, so the three cannot disagree.
//
// Code is "wordcode": every instruction is two bytes, the opcode and an
// argument byte. Opcodes below HAVE_ARGUMENT ignore their argument byte.
// An argument wider than 8 bits is spelled with EXTENDED_ARG prefixes, each
// shifting the accumulated argument left by 8 bits.
//
// Stack pictures below read "before OP after", the top of stack rightmost:
// "x y BINARY_ADD x+y" pops y then x and pushes x+y.
package opcode

// Op is an opcode number, a byte of co_code.
type Op uint8

// Instruction numbers, exactly as in CPython 3.7's Lib/opcode.py.
const (
	POP_TOP     Op = 1 // x POP_TOP
	ROT_TWO     Op = 2 // x y ROT_TWO y x
	ROT_THREE   Op = 3 // x y z ROT_THREE z x y
	DUP_TOP     Op = 4 // x DUP_TOP x x
	DUP_TOP_TWO Op = 5 // x y DUP_TOP_TWO x y x y
	NOP         Op = 9 // NOP (removed by the peephole pass)

	UNARY_POSITIVE Op = 10 // x UNARY_POSITIVE +x
	UNARY_NEGATIVE Op = 11 // x UNARY_NEGATIVE -x
	UNARY_NOT      Op = 12 // x UNARY_NOT (not x)
	UNARY_INVERT   Op = 15 // x UNARY_INVERT ~x

	BINARY_MATRIX_MULTIPLY  Op = 16 // x y BINARY_MATRIX_MULTIPLY x@y
	INPLACE_MATRIX_MULTIPLY Op = 17 // x y INPLACE_MATRIX_MULTIPLY x@=y
	BINARY_POWER            Op = 19 // x y BINARY_POWER x**y
	BINARY_MULTIPLY         Op = 20 // x y BINARY_MULTIPLY x*y
	BINARY_MODULO           Op = 22 // x y BINARY_MODULO x%y
	BINARY_ADD              Op = 23 // x y BINARY_ADD x+y
	BINARY_SUBTRACT         Op = 24 // x y BINARY_SUBTRACT x-y
	BINARY_SUBSCR           Op = 25 // x k BINARY_SUBSCR x[k]
	BINARY_FLOOR_DIVIDE     Op = 26 // x y BINARY_FLOOR_DIVIDE x//y
	BINARY_TRUE_DIVIDE      Op = 27 // x y BINARY_TRUE_DIVIDE x/y
	INPLACE_FLOOR_DIVIDE    Op = 28 // x y INPLACE_FLOOR_DIVIDE x//=y
	INPLACE_TRUE_DIVIDE     Op = 29 // x y INPLACE_TRUE_DIVIDE x/=y

	GET_AITER         Op = 50 // x GET_AITER x.__aiter__()
	GET_ANEXT         Op = 51 // ait GET_ANEXT ait awaitable
	BEFORE_ASYNC_WITH Op = 52 // mgr BEFORE_ASYNC_WITH exit awaitable(enter)

	INPLACE_ADD         Op = 55 // x y INPLACE_ADD x+=y
	INPLACE_SUBTRACT    Op = 56 // x y INPLACE_SUBTRACT x-=y
	INPLACE_MULTIPLY    Op = 57 // x y INPLACE_MULTIPLY x*=y
	INPLACE_MODULO      Op = 59 // x y INPLACE_MODULO x%=y
	STORE_SUBSCR        Op = 60 // v x k STORE_SUBSCR (x[k] = v)
	DELETE_SUBSCR       Op = 61 // x k DELETE_SUBSCR (del x[k])
	BINARY_LSHIFT       Op = 62 // x y BINARY_LSHIFT x<<y
	BINARY_RSHIFT       Op = 63 // x y BINARY_RSHIFT x>>y
	BINARY_AND          Op = 64 // x y BINARY_AND x&y
	BINARY_XOR          Op = 65 // x y BINARY_XOR x^y
	BINARY_OR           Op = 66 // x y BINARY_OR x|y
	INPLACE_POWER       Op = 67 // x y INPLACE_POWER x**=y
	GET_ITER            Op = 68 // x GET_ITER iter(x)
	GET_YIELD_FROM_ITER Op = 69 // x GET_YIELD_FROM_ITER iter(x), unless x is a generator or coroutine
	PRINT_EXPR          Op = 70 // x PRINT_EXPR (sys.displayhook(x))
	LOAD_BUILD_CLASS    Op = 71 // LOAD_BUILD_CLASS __build_class__
	YIELD_FROM          Op = 72 // it v YIELD_FROM it result (delegates to it, yielding until it stops)
	GET_AWAITABLE       Op = 73 // x GET_AWAITABLE awaitable(x)

	INPLACE_LSHIFT Op = 75 // x y INPLACE_LSHIFT x<<=y
	INPLACE_RSHIFT Op = 76 // x y INPLACE_RSHIFT x>>=y
	INPLACE_AND    Op = 77 // x y INPLACE_AND x&=y
	INPLACE_XOR    Op = 78 // x y INPLACE_XOR x^=y
	INPLACE_OR     Op = 79 // x y INPLACE_OR x|=y

	BREAK_LOOP          Op = 80 // BREAK_LOOP (unwinds to the innermost SETUP_LOOP's end)
	WITH_CLEANUP_START  Op = 81 // exit exc WITH_CLEANUP_START exc res (calls exit(type, value, tb))
	WITH_CLEANUP_FINISH Op = 82 // exc res WITH_CLEANUP_FINISH (swallows the exception if res is true)
	RETURN_VALUE        Op = 83 // x RETURN_VALUE (returns x)
	IMPORT_STAR         Op = 84 // module IMPORT_STAR (copies public names into locals)
	SETUP_ANNOTATIONS   Op = 85 // SETUP_ANNOTATIONS (creates __annotations__ if missing)
	YIELD_VALUE         Op = 86 // x YIELD_VALUE sent
	POP_BLOCK           Op = 87 // POP_BLOCK (pops the innermost block)
	END_FINALLY         Op = 88 // why/exc END_FINALLY (re-raises or resumes what the finally interrupted)
	POP_EXCEPT          Op = 89 // POP_EXCEPT (restores the previous exception state)

	// HAVE_ARGUMENT and up take an argument.

	STORE_NAME      Op = 90  // v STORE_NAME (name = v), arg: co_names index
	DELETE_NAME     Op = 91  // DELETE_NAME (del name)
	UNPACK_SEQUENCE Op = 92  // seq UNPACK_SEQUENCE x[n-1] ... x[0]
	FOR_ITER        Op = 93  // it FOR_ITER it next(it); on exhaustion pops it and jumps forward by arg
	UNPACK_EX       Op = 94  // seq UNPACK_EX after... list before..., arg: before | after<<8
	STORE_ATTR      Op = 95  // v x STORE_ATTR (x.name = v)
	DELETE_ATTR     Op = 96  // x DELETE_ATTR (del x.name)
	STORE_GLOBAL    Op = 97  // v STORE_GLOBAL (global name = v)
	DELETE_GLOBAL   Op = 98  // DELETE_GLOBAL (del global name)
	LOAD_CONST      Op = 100 // LOAD_CONST co_consts[arg]
	LOAD_NAME       Op = 101 // LOAD_NAME value (locals, then globals, then builtins)
	BUILD_TUPLE     Op = 102 // x1..xn BUILD_TUPLE (x1, .., xn)
	BUILD_LIST      Op = 103 // x1..xn BUILD_LIST [x1, .., xn]
	BUILD_SET       Op = 104 // x1..xn BUILD_SET {x1, .., xn}
	BUILD_MAP       Op = 105 // k1 v1..kn vn BUILD_MAP {k1: v1, ..}
	LOAD_ATTR       Op = 106 // x LOAD_ATTR x.name
	COMPARE_OP      Op = 107 // x y COMPARE_OP (x cmp_op[arg] y)
	IMPORT_NAME     Op = 108 // level fromlist IMPORT_NAME module
	IMPORT_FROM     Op = 109 // module IMPORT_FROM module module.name
	JUMP_FORWARD    Op = 110 // JUMP_FORWARD (jumps forward by arg bytes)

	JUMP_IF_FALSE_OR_POP Op = 111 // x JUMP_IF_FALSE_OR_POP (x kept and jump if false, else popped)
	JUMP_IF_TRUE_OR_POP  Op = 112 // x JUMP_IF_TRUE_OR_POP (x kept and jump if true, else popped)
	JUMP_ABSOLUTE        Op = 113 // JUMP_ABSOLUTE (jumps to byte offset arg)
	POP_JUMP_IF_FALSE    Op = 114 // x POP_JUMP_IF_FALSE (jumps to arg if x is false)
	POP_JUMP_IF_TRUE     Op = 115 // x POP_JUMP_IF_TRUE (jumps to arg if x is true)
	LOAD_GLOBAL          Op = 116 // LOAD_GLOBAL value (globals, then builtins)

	CONTINUE_LOOP Op = 119 // CONTINUE_LOOP (jumps to arg, unwinding blocks up to the loop)
	SETUP_LOOP    Op = 120 // SETUP_LOOP (pushes a loop block ending at next+arg)
	SETUP_EXCEPT  Op = 121 // SETUP_EXCEPT (pushes a try block whose handler is at next+arg)
	SETUP_FINALLY Op = 122 // SETUP_FINALLY (pushes a finally block at next+arg)

	LOAD_FAST   Op = 124 // LOAD_FAST co_varnames[arg]'s value
	STORE_FAST  Op = 125 // v STORE_FAST (local = v)
	DELETE_FAST Op = 126 // DELETE_FAST (del local)

	RAISE_VARARGS Op = 130 // [exc [cause]] RAISE_VARARGS (arg is how many: 0 re-raises)
	CALL_FUNCTION Op = 131 // f a1..an CALL_FUNCTION f(a1, .., an)
	MAKE_FUNCTION Op = 132 // [defaults] [kwdefaults] [annotations] [closure] code qualname MAKE_FUNCTION fn
	BUILD_SLICE   Op = 133 // lo hi [step] BUILD_SLICE slice(lo, hi[, step])

	LOAD_CLOSURE Op = 135 // LOAD_CLOSURE cell, arg indexes co_cellvars+co_freevars
	LOAD_DEREF   Op = 136 // LOAD_DEREF cell's value
	STORE_DEREF  Op = 137 // v STORE_DEREF (cell = v)
	DELETE_DEREF Op = 138 // DELETE_DEREF (empties the cell)

	CALL_FUNCTION_KW Op = 141 // f a1..an names CALL_FUNCTION_KW f(..., name=a)
	CALL_FUNCTION_EX Op = 142 // f args [kwargs] CALL_FUNCTION_EX f(*args, **kwargs)
	SETUP_WITH       Op = 143 // mgr SETUP_WITH exit enter-result (and a finally block at next+arg)
	EXTENDED_ARG     Op = 144 // EXTENDED_ARG (prefixes the next argument with arg<<8)
	LIST_APPEND      Op = 145 // l ..(arg-1 items).. v LIST_APPEND l .. (l.append(v))
	SET_ADD          Op = 146 // s .. v SET_ADD s .. (s.add(v))
	MAP_ADD          Op = 147 // d .. v k MAP_ADD d .. (d[k] = v)
	LOAD_CLASSDEREF  Op = 148 // LOAD_CLASSDEREF value (class-body locals, then the cell)

	BUILD_LIST_UNPACK            Op = 149 // it1..itn BUILD_LIST_UNPACK [*it1, .., *itn]
	BUILD_MAP_UNPACK             Op = 150 // m1..mn BUILD_MAP_UNPACK {**m1, .., **mn}
	BUILD_MAP_UNPACK_WITH_CALL   Op = 151 // f .. m1..mn BUILD_MAP_UNPACK_WITH_CALL f .. {**m1, ..} (duplicate keys are an error)
	BUILD_TUPLE_UNPACK           Op = 152 // it1..itn BUILD_TUPLE_UNPACK (*it1, .., *itn)
	BUILD_SET_UNPACK             Op = 153 // it1..itn BUILD_SET_UNPACK {*it1, .., *itn}
	SETUP_ASYNC_WITH             Op = 154 // exit enter SETUP_ASYNC_WITH exit enter (and a finally block)
	FORMAT_VALUE                 Op = 155 // x [spec] FORMAT_VALUE format(conv(x), spec)
	BUILD_CONST_KEY_MAP          Op = 156 // v1..vn keys BUILD_CONST_KEY_MAP {keys[0]: v1, ..}
	BUILD_STRING                 Op = 157 // s1..sn BUILD_STRING s1+..+sn
	BUILD_TUPLE_UNPACK_WITH_CALL Op = 158 // f it1..itn BUILD_TUPLE_UNPACK_WITH_CALL f (*it1, ..) (a non-iterable is a call error)

	LOAD_METHOD Op = 160 // x LOAD_METHOD meth x | NULL x.name
	CALL_METHOD Op = 161 // meth self a1..an CALL_METHOD meth(self, a1, ..)
)

// HAVE_ARGUMENT is the first opcode that uses its argument byte.
const HAVE_ARGUMENT Op = 90

// CmpOp names COMPARE_OP's argument, as dis.cmp_op does.
var CmpOp = [...]string{"<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not", "exception match", "BAD"}

// COMPARE_OP arguments.
const (
	CmpLT = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
	CmpIn
	CmpNotIn
	CmpIs
	CmpIsNot
	CmpExcMatch
	CmpBad
)

// MAKE_FUNCTION flag bits.
const (
	FuncDefaults    = 0x01
	FuncKwDefaults  = 0x02
	FuncAnnotations = 0x04
	FuncClosure     = 0x08
)

// FORMAT_VALUE argument bits.
const (
	FVConvMask  = 0x03
	FVConvNone  = 0x00
	FVConvStr   = 0x01
	FVConvRepr  = 0x02
	FVConvASCII = 0x03
	FVHaveSpec  = 0x04
)
