package vm

import (
	"sync/atomic"
	"unsafe"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// Internal opcodes: dense, so the eval switch is a jump table.
const (
	opNop uint8 = iota
	opPopTop
	opRotTwo
	opRotThree
	opDupTop
	opDupTopTwo
	opUnaryPositive
	opUnaryNegative
	opUnaryNot
	opUnaryInvert
	opBinary  // arg: py.Op*
	opInplace // arg: py.Op*
	opBinarySubscr
	opStoreSubscr
	opDeleteSubscr
	opGetIter
	opGetYieldFromIter
	opGetAwaitable
	opPrintExpr
	opLoadBuildClass
	opYieldFrom
	opBreakLoop
	opWithCleanupStart
	opWithCleanupFinish
	opReturnValue
	opImportStar
	opSetupAnnotations
	opYieldValue
	opPopBlock
	opEndFinally
	opPopExcept
	opStoreName
	opDeleteName
	opUnpackSequence
	opForIter
	opUnpackEx
	opStoreAttr
	opDeleteAttr
	opStoreGlobal
	opDeleteGlobal
	opLoadConst
	opLoadName
	opBuildTuple
	opBuildList
	opBuildSet
	opBuildMap
	opLoadAttr
	opCompareOp
	opImportName
	opImportFrom
	opJumpForward
	opJumpIfFalseOrPop
	opJumpIfTrueOrPop
	opJumpAbsolute
	opPopJumpIfFalse
	opPopJumpIfTrue
	opLoadGlobal
	opContinueLoop
	opSetupLoop
	opSetupExcept
	opSetupFinally
	opLoadFast
	opStoreFast
	opDeleteFast
	opRaiseVarargs
	opCallFunction
	opMakeFunction
	opBuildSlice
	opLoadClosure
	opLoadDeref
	opStoreDeref
	opDeleteDeref
	opCallFunctionKw
	opCallFunctionEx
	opSetupWith
	opListAppend
	opSetAdd
	opMapAdd
	opLoadClassDeref
	opBuildListUnpack
	opBuildMapUnpack
	opBuildMapUnpackWithCall
	opBuildTupleUnpack
	opBuildSetUnpack
	opFormatValue
	opBuildConstKeyMap
	opBuildString
	opBuildTupleUnpackWithCall
	opLoadMethod
	opCallMethod
	opUnsupported // async opcodes and anything unknown
	// Specialised forms.
	opJumpBack // JUMP_ABSOLUTE to an earlier instruction: checks interrupts
	// opThrowPending is a sentinel appended after the code: a generator
	// resumed by throw() starts there.
	opThrowPending
	// Fused forms; the instructions they cover stay in place after them,
	// so a jump into the middle still runs the plain sequence.
	opFastBinFastStore // LOAD_FAST a; LOAD_FAST b; BINARY/INPLACE op; STORE_FAST c
	opFastConstBin     // LOAD_FAST a; LOAD_CONST k; BINARY op
	opFastConstCmpJump // LOAD_FAST a; LOAD_CONST k; COMPARE_OP <..>=; POP_JUMP_IF_FALSE
	opLoadFast2        // LOAD_FAST a; LOAD_FAST b
	opForIterStore     // FOR_ITER; STORE_FAST x
	opCallGetIter      // CALL_FUNCTION n; GET_ITER (range(...) gets a frame-owned iterator); arg n | slot<<8
	// Sequence and number forms (fastseq.go).
	opFastConstSubscr      // LOAD_FAST a; LOAD_CONST k; BINARY_SUBSCR
	opFastFastSubscr       // LOAD_FAST a; LOAD_FAST k; BINARY_SUBSCR
	opCmpJump              // COMPARE_OP <..>=; POP_JUMP_IF_FALSE/TRUE
	opSliceSubscr          // BUILD_SLICE n; BINARY_SUBSCR (no slice object)
	opSliceStore           // BUILD_SLICE n; STORE_SUBSCR
	opFastFastBin          // LOAD_FAST a; LOAD_FAST b; BINARY/INPLACE op
	opFastBin              // LOAD_FAST b; BINARY/INPLACE op (TOS op b)
	opConstBin             // LOAD_CONST k; BINARY op (TOS op k)
	opBinaryStore          // BINARY op; STORE_FAST x
	opInplaceStore         // INPLACE op; STORE_FAST x
	opInplaceRotStore      // INPLACE op; ROT_THREE; STORE_SUBSCR (c[k] op= v)
	opFastConstDupSubscr   // LOAD_FAST c; LOAD_CONST k; DUP_TOP_TWO; BINARY_SUBSCR
	opFastConstBinStore    // LOAD_FAST a; LOAD_CONST k; BINARY/INPLACE op; STORE_FAST x
	opFastFastCmpJump      // LOAD_FAST a; LOAD_FAST b; COMPARE_OP <..>=; POP_JUMP_IF_FALSE/TRUE
	opFastFastStoreSubscr  // LOAD_FAST c; LOAD_FAST k; STORE_SUBSCR
	opFastConstStoreSubscr // LOAD_FAST c; LOAD_CONST k; STORE_SUBSCR
	opFastPopJump          // LOAD_FAST a; POP_JUMP_IF_FALSE/TRUE
	// Attribute instructions with an inline cache (attrcache.go); arg is
	// the index into codeRT.acache, which holds the name.
	opLoadAttrC
	opStoreAttrC
	opLoadMethodC
	opSliceTmp       // BUILD_SLICE n; BINARY_SUBSCR into the frame's scratch list (fastseq.go)
	opConstCmpJump   // LOAD_CONST k; COMPARE_OP <..>=; POP_JUMP_IF_FALSE/TRUE
	opListAppendJump // LIST_APPEND n; JUMP_ABSOLUTE back (a comprehension's loop end)
	opUnpackStore    // UNPACK_SEQUENCE n (2 or 3); STORE_FAST x n times
	// LOAD_FAST o fused with the cached attribute instruction after it
	// (and, for STORE_ATTR, the value's LOAD_FAST before): self.x,
	// self.m(...), self.x = v. On a miss they run as the LOAD_FAST(s).
	opFastLoadAttr      // LOAD_FAST o; LOAD_ATTR
	opFastLoadMethod    // LOAD_FAST o; LOAD_METHOD
	opFastStoreAttr     // LOAD_FAST o; STORE_ATTR (value already pushed)
	opFastFastStoreAttr // LOAD_FAST v; LOAD_FAST o; STORE_ATTR
	// LOAD_GLOBAL super; CALL_FUNCTION 0; LOAD_METHOD m: super().m found
	// without making the proxy (attrcache.go); else runs as LOAD_GLOBAL.
	opSuperMethod
	opFastReturn        // LOAD_FAST x; RETURN_VALUE
	opFastSubscr        // LOAD_FAST k; BINARY_SUBSCR (TOS[k])
	opConstSubscr       // LOAD_CONST k; BINARY_SUBSCR (TOS[k])
	opFastFastDupSubscr // LOAD_FAST c; LOAD_FAST k; DUP_TOP_TWO; BINARY_SUBSCR
	opForIterEnum       // FOR_ITER; UNPACK_SEQUENCE 2; STORE_FAST i; STORE_FAST x (enumerate without the pair)
	opEmptyDefault      // BUILD_LIST 0 (arg 0) or BUILD_MAP 0 (arg 1) before CALL_METHOD 2: d.setdefault(k, []) (dictfast.go)
	// Forms chosen from the pair counts of the benchmarks (superinstr.go).
	opFastConstTestJump    // LOAD_FAST a; LOAD_CONST k; COMPARE_OP; POP_JUMP_IF_FALSE/TRUE: the cases opFastConstCmpJump leaves
	opDerefCmpJump         // LOAD_DEREF x; COMPARE_OP; POP_JUMP_IF_FALSE/TRUE (the compare-and-branch form)
	opDerefLoadMethod      // LOAD_DEREF x; LOAD_METHOD (the cached form)
	opConstReturn          // LOAD_CONST k; RETURN_VALUE
	opBinaryReturn         // BINARY op; RETURN_VALUE
	opConstCompare         // LOAD_CONST k; COMPARE_OP (not branched on)
	opFastConstSubscrStore // LOAD_FAST c; LOAD_CONST k; BINARY_SUBSCR; STORE_FAST x
	opFastFastSubscrStore  // LOAD_FAST c; LOAD_FAST k; BINARY_SUBSCR; STORE_FAST x
	opFastDerefCmpJump     // LOAD_FAST a; LOAD_DEREF x; COMPARE_OP; POP_JUMP_IF_FALSE/TRUE (a in cols)
	opCallFunctionPop      // CALL_FUNCTION n; POP_TOP (a builtin's result dropped, else as CALL_FUNCTION)
	opCallMethodPop        // CALL_METHOD n; POP_TOP (likewise)
	opLoadConst2           // LOAD_CONST a; LOAD_CONST b (the second maybe a fused form)
	opStoreFastJumpBack    // STORE_FAST x; JUMP_ABSOLUTE back (a loop body's last assignment)
	opTupleExcMatch        // BUILD_TUPLE n; COMPARE_OP exception-match: `except (A, B):` without the tuple (excmatch.go)
	opSliceRevPrefix       // the opSliceTmp of `a[:k + 1] = a[k::-1]`, reversing in place (slicerev.go)
	opLoadFastUpdateArg    // LOAD_FAST y of x.update(y) with x or y private: checks the callee (callpriv.go)
	opFastYield            // LOAD_FAST x; YIELD_VALUE (the YIELD_VALUE kept for jumps that land on it)
	opExcMatchJump         // DUP_TOP; LOAD_GLOBAL C; COMPARE_OP exception-match; POP_JUMP_IF_FALSE: `except C:` (excmatch.go)
	opDerefBin             // LOAD_DEREF x; BINARY/INPLACE op (TOS op x: a comprehension's outer variable)
	// Big ints rewritten in the box a local owns (bigown.go).
	opOwnBinStore    // LOAD_FAST x; LOAD_FAST y; BINARY/INPLACE op; STORE_FAST x
	opOwnSwapBin     // LOAD_FAST b; LOAD_FAST a; LOAD_FAST b; BINARY op; ROT_TWO; STORE_FAST a; STORE_FAST b
	opLoadFastOwn    // LOAD_FAST of such a local: its record cleared
	opStoreFastOwn   // STORE_FAST of such a local: its record cleared
	opOwnBinaryStore // BINARY op; STORE_FAST x
	opCallDictCopy   // CALL_FUNCTION 1 storing to a private local: dict(d) refills its last copy (callpriv.go)
	opDictCount      // LOAD_FAST d ... STORE_SUBSCR: d[k] = d.get(k, c) + n (dictcount.go)
	// List-as-stack and record idioms (superinstr.go).
	opFastFastSubscrUnpack // LOAD_FAST c; LOAD_FAST k; BINARY_SUBSCR; UNPACK_SEQUENCE n; STORE_FAST x n times (a, b = c[k])
	opFastListPop          // LOAD_FAST l; LOAD_METHOD pop; CALL_METHOD 0 (then maybe POP_TOP or STORE_FAST x)
	opFastListAppendFast   // LOAD_FAST l; LOAD_METHOD append; LOAD_FAST x; CALL_METHOD 1; POP_TOP
	opFastListAppendJump   // LOAD_FAST v; LIST_APPEND n; JUMP_ABSOLUTE back: a comprehension's `v for` end
	// Numeric record idioms (superinstr.go).
	opAugItemFastFast    // opFastConstDupSubscr; opFastFastBin; opInplaceRotStore: c[k] op= a op b
	opItemItemBinStore   // opFastConstSubscr; opFastConstSubscr; opBinaryStore: x = c[k] op d[j]
	opSubscrBinAccum     // opFastFastSubscr; BINARY op; opInplaceStore: s += r * v[j] (s and r pushed)
	opRevPrefixFast      // the opLoadFast2 a, k starting `a[:k + 1] = a[k::-1]`: the whole statement (slicerev.go)
	opFastIdxConstSubscr // the opLoadFast2 a, i starting a[i + c]: the whole expression (listidxconst.go)
	// A str local appended to in place (strown.go).
	opStrOwnAdd      // LOAD_FAST t; e; INPLACE_ADD or BINARY_ADD; STORE_FAST t: the operator and the store
	opSetupLoopOwn   // SETUP_LOOP of such a statement's loop: t's record cleared (arg: end | t<<16)
	opFastAttrAug    // the LOAD_FAST x starting `x.name op= v`: the whole statement (attraug.go)
	opIsInstanceFast // the LOAD_GLOBAL isinstance starting isinstance(x, C): the whole call (isinstance_fast.go)
	// LOAD_GLOBAL len/ord/chr; LOAD_FAST x; CALL_FUNCTION 1 (callglobal1.go)
	opGlobalUnaryFast
	// Str chains whose fresh intermediate results are reused (strchain_fresh.go).
	opStrChainCall // CALL_METHOD of a chain step (arg: count | roles | producer distance), or BINARY_ADD (chainAdd | ...)
	opSliceFresh   // BUILD_SLICE n of v[::-1] with v a chain step's result (arg: n | distance<<8)
	// A call with its callee and argument (callfast.go).
	opCallGlobalConstArg // LOAD_GLOBAL f starting f(x + c) / f(x - c): the whole call (callfast.go)
	// `if x % m == k:` (modcmp.go).
	opFastModCmpJump // opFastConstBin x % m; opConstCmpJump k: the modulo, the compare and the branch
	// CALL_FUNCTION 1 of a LOAD_GLOBAL len/ord/chr with a computed argument (callglobal1x.go).
	opCallUnary1
	// An extended POP_JUMP_IF_FALSE/TRUE copied into its EXTENDED_ARG's
	// slot; falling through, it skips the original (extarg.go).
	opPopJumpIfFalseX
	opPopJumpIfTrueX
	// opFastLoadAttr o.a with the instruction after its LOAD_ATTR (attrtest.go).
	opFastAttrNot    // then UNARY_NOT
	opFastAttrReturn // then RETURN_VALUE
	opFastAttrIs     // then LOAD_CONST k; COMPARE_OP is/is not (opConstCompare)
	opFastAttrTest   // then POP_JUMP_IF_FALSE/TRUE
	opFastAttrBin    // then BINARY + - * (TOS op o.a)
	opFastAttrStore  // then STORE_FAST x
	numOps
)

var opMap [256]uint8

func init() {
	for i := range opMap {
		opMap[i] = opUnsupported
	}
	m := map[opcode.Op]uint8{
		opcode.NOP: opNop, opcode.POP_TOP: opPopTop, opcode.ROT_TWO: opRotTwo, opcode.ROT_THREE: opRotThree,
		opcode.DUP_TOP: opDupTop, opcode.DUP_TOP_TWO: opDupTopTwo, opcode.UNARY_POSITIVE: opUnaryPositive,
		opcode.UNARY_NEGATIVE: opUnaryNegative, opcode.UNARY_NOT: opUnaryNot, opcode.UNARY_INVERT: opUnaryInvert,
		opcode.BINARY_SUBSCR: opBinarySubscr, opcode.STORE_SUBSCR: opStoreSubscr, opcode.DELETE_SUBSCR: opDeleteSubscr,
		opcode.GET_ITER: opGetIter, opcode.GET_YIELD_FROM_ITER: opGetYieldFromIter, opcode.GET_AWAITABLE: opGetAwaitable, opcode.PRINT_EXPR: opPrintExpr,
		opcode.LOAD_BUILD_CLASS: opLoadBuildClass, opcode.YIELD_FROM: opYieldFrom, opcode.BREAK_LOOP: opBreakLoop,
		opcode.WITH_CLEANUP_START: opWithCleanupStart, opcode.WITH_CLEANUP_FINISH: opWithCleanupFinish,
		opcode.RETURN_VALUE: opReturnValue, opcode.IMPORT_STAR: opImportStar, opcode.SETUP_ANNOTATIONS: opSetupAnnotations,
		opcode.YIELD_VALUE: opYieldValue, opcode.POP_BLOCK: opPopBlock, opcode.END_FINALLY: opEndFinally,
		opcode.POP_EXCEPT: opPopExcept, opcode.STORE_NAME: opStoreName, opcode.DELETE_NAME: opDeleteName,
		opcode.UNPACK_SEQUENCE: opUnpackSequence, opcode.FOR_ITER: opForIter, opcode.UNPACK_EX: opUnpackEx,
		opcode.STORE_ATTR: opStoreAttr, opcode.DELETE_ATTR: opDeleteAttr, opcode.STORE_GLOBAL: opStoreGlobal,
		opcode.DELETE_GLOBAL: opDeleteGlobal, opcode.LOAD_CONST: opLoadConst, opcode.LOAD_NAME: opLoadName,
		opcode.BUILD_TUPLE: opBuildTuple, opcode.BUILD_LIST: opBuildList, opcode.BUILD_SET: opBuildSet,
		opcode.BUILD_MAP: opBuildMap, opcode.LOAD_ATTR: opLoadAttr, opcode.COMPARE_OP: opCompareOp,
		opcode.IMPORT_NAME: opImportName, opcode.IMPORT_FROM: opImportFrom, opcode.JUMP_FORWARD: opJumpForward,
		opcode.JUMP_IF_FALSE_OR_POP: opJumpIfFalseOrPop, opcode.JUMP_IF_TRUE_OR_POP: opJumpIfTrueOrPop,
		opcode.JUMP_ABSOLUTE: opJumpAbsolute, opcode.POP_JUMP_IF_FALSE: opPopJumpIfFalse,
		opcode.POP_JUMP_IF_TRUE: opPopJumpIfTrue, opcode.LOAD_GLOBAL: opLoadGlobal, opcode.CONTINUE_LOOP: opContinueLoop,
		opcode.SETUP_LOOP: opSetupLoop, opcode.SETUP_EXCEPT: opSetupExcept, opcode.SETUP_FINALLY: opSetupFinally,
		opcode.LOAD_FAST: opLoadFast, opcode.STORE_FAST: opStoreFast, opcode.DELETE_FAST: opDeleteFast,
		opcode.RAISE_VARARGS: opRaiseVarargs, opcode.CALL_FUNCTION: opCallFunction, opcode.MAKE_FUNCTION: opMakeFunction,
		opcode.BUILD_SLICE: opBuildSlice, opcode.LOAD_CLOSURE: opLoadClosure, opcode.LOAD_DEREF: opLoadDeref,
		opcode.STORE_DEREF: opStoreDeref, opcode.DELETE_DEREF: opDeleteDeref, opcode.CALL_FUNCTION_KW: opCallFunctionKw,
		opcode.CALL_FUNCTION_EX: opCallFunctionEx, opcode.SETUP_WITH: opSetupWith, opcode.LIST_APPEND: opListAppend,
		opcode.SET_ADD: opSetAdd, opcode.MAP_ADD: opMapAdd, opcode.LOAD_CLASSDEREF: opLoadClassDeref,
		opcode.BUILD_LIST_UNPACK: opBuildListUnpack, opcode.BUILD_MAP_UNPACK: opBuildMapUnpack,
		opcode.BUILD_MAP_UNPACK_WITH_CALL: opBuildMapUnpackWithCall, opcode.BUILD_TUPLE_UNPACK: opBuildTupleUnpack,
		opcode.BUILD_SET_UNPACK: opBuildSetUnpack, opcode.FORMAT_VALUE: opFormatValue,
		opcode.BUILD_CONST_KEY_MAP: opBuildConstKeyMap, opcode.BUILD_STRING: opBuildString,
		opcode.BUILD_TUPLE_UNPACK_WITH_CALL: opBuildTupleUnpackWithCall, opcode.LOAD_METHOD: opLoadMethod,
		opcode.CALL_METHOD: opCallMethod,
	}
	for k, v := range m {
		opMap[k] = v
	}
}

// binary opcode → py operator number
var binOps = map[opcode.Op]int{
	opcode.BINARY_ADD: py.OpAdd, opcode.BINARY_SUBTRACT: py.OpSub, opcode.BINARY_MULTIPLY: py.OpMul,
	opcode.BINARY_MATRIX_MULTIPLY: py.OpMatMul, opcode.BINARY_TRUE_DIVIDE: py.OpTrueDiv,
	opcode.BINARY_FLOOR_DIVIDE: py.OpFloorDiv, opcode.BINARY_MODULO: py.OpMod, opcode.BINARY_POWER: py.OpPow,
	opcode.BINARY_LSHIFT: py.OpLShift, opcode.BINARY_RSHIFT: py.OpRShift, opcode.BINARY_AND: py.OpAnd,
	opcode.BINARY_XOR: py.OpXor, opcode.BINARY_OR: py.OpOr,
}

var inplaceOps = map[opcode.Op]int{
	opcode.INPLACE_ADD: py.OpAdd, opcode.INPLACE_SUBTRACT: py.OpSub, opcode.INPLACE_MULTIPLY: py.OpMul,
	opcode.INPLACE_MATRIX_MULTIPLY: py.OpMatMul, opcode.INPLACE_TRUE_DIVIDE: py.OpTrueDiv,
	opcode.INPLACE_FLOOR_DIVIDE: py.OpFloorDiv, opcode.INPLACE_MODULO: py.OpMod, opcode.INPLACE_POWER: py.OpPow,
	opcode.INPLACE_LSHIFT: py.OpLShift, opcode.INPLACE_RSHIFT: py.OpRShift, opcode.INPLACE_AND: py.OpAnd,
	opcode.INPLACE_XOR: py.OpXor, opcode.INPLACE_OR: py.OpOr,
}

// instr is one translated instruction; jump args are instruction indexes.
type instr struct {
	op  uint8
	arg int32
}

// codeRT is a code object's runtime form.
type codeRT struct {
	code *code.Code
	// altFrame is the pool frame that last took this code from its
	// slot's altSet (framealt.go), a hint checked before use.
	altFrame *Frame
	instrs   []instr
	consts   []py.Value
	names    []*py.Str
	varnames []*py.Str
	ncells   int // len(CellVars)
	nfree    int
	nlocals  int
	isGen    bool
	simple   bool // positional-only args, no cell variables (free ones are fine): the fast call path applies
	// frameSize is locals + stack values a frame needs.
	frameSize int
	cell2arg  []int
	// nrange is how many frame-owned range iterators the code needs.
	nrange int
	argc   int
	// gcache caches LOAD_GLOBAL results per name index, valid while
	// both dicts keep the versions recorded.
	gcache []globalCache
	// lines is the line of each instruction (Addr2Line), made at the
	// first traceback through this code: a raise then costs no search.
	lines atomic.Pointer[[]int32]
	// kwstr holds, for each tuple constant that CALL_FUNCTION_KW takes
	// as its names, the names as Go strings; nil without such calls.
	kwstr [][]string
	// acache holds the inline caches of attribute instructions.
	acache []attrCache
	// fnName and fnModule serve MAKE_FUNCTION of this code (makefunc.go).
	fnName   py.Value
	fnModule globalCache
	// privArgs and privKw: the *args tuple and **kwargs dict only pass
	// through the code, so a call may reuse the last call's (callpriv.go).
	privArgs, privKw bool
	// ownBase is where the ownership records of bigown.go start in the
	// frame (one per local), or 0 without them.
	ownBase int
}

type globalCache struct {
	globals *py.Dict
	gver    uint64
	bver    uint64
	v       py.Value
}

// isInplace tells an in-place operator instruction from a binary one,
// whichever fused form it has become.
func isInplace(op uint8) bool {
	return op == opInplace || op == opInplaceStore || op == opInplaceRotStore
}

// fuse rewrites common sequences into fused instructions. A fused form
// reads only the arguments of the instructions it covers (and whether an
// operator is in-place, through isInplace), since those may themselves
// have become fused forms for jumps that land on them.
func fuse(rt *codeRT, n int) {
	ins := rt.instrs
	op := func(i int) uint8 {
		if i < n {
			return ins[i].op
		}
		return opNop
	}
	// augSubscr: an in-place operator that opInplaceRotStore will do
	// with its store; an operand form must not take it over.
	augSubscr := func(j int) bool {
		return op(j) == opInplace && op(j+1) == opRotThree && op(j+2) == opStoreSubscr
	}
	for i := 0; i < n; i++ {
		switch ins[i].op {
		case opLoadFast:
			binary := func(j int) bool { return op(j) == opBinary || op(j) == opInplace }
			popJump := func(j int) bool { return op(j) == opPopJumpIfFalse || op(j) == opPopJumpIfTrue }
			switch {
			case op(i+1) == opReturnValue:
				ins[i].op = opFastReturn
			case op(i+1) == opListAppend && op(i+2) == opJumpBack:
				ins[i].op = opFastListAppendJump
			case op(i+1) == opLoadFast && binary(i+2) && op(i+3) == opStoreFast:
				ins[i].op = opFastBinFastStore
			case op(i+1) == opLoadConst && binary(i+2) && op(i+3) == opStoreFast:
				ins[i].op = opFastConstBinStore
			case op(i+1) == opLoadFast && op(i+2) == opCompareOp && ins[i+2].arg <= opcode.CmpGE && popJump(i+3):
				ins[i].op = opFastFastCmpJump
			case op(i+1) == opLoadFast && op(i+2) == opStoreSubscr:
				ins[i].op = opFastFastStoreSubscr
			case op(i+1) == opLoadConst && op(i+2) == opStoreSubscr:
				ins[i].op = opFastConstStoreSubscr
			case popJump(i + 1):
				ins[i].op = opFastPopJump
			case op(i+1) == opLoadConst && binary(i+2):
				ins[i].op = opFastConstBin
			case op(i+1) == opLoadConst && op(i+2) == opBinarySubscr:
				ins[i].op = opFastConstSubscr
			case op(i+1) == opLoadFast && op(i+2) == opBinarySubscr:
				ins[i].op = opFastFastSubscr
			case op(i+1) == opLoadConst && op(i+2) == opDupTopTwo && op(i+3) == opBinarySubscr:
				ins[i].op = opFastConstDupSubscr
			case op(i+1) == opLoadFast && op(i+2) == opDupTopTwo && op(i+3) == opBinarySubscr:
				ins[i].op = opFastFastDupSubscr
			case op(i+1) == opLoadFast && (op(i+2) == opBinary || op(i+2) == opInplace):
				ins[i].op = opFastFastBin
			case op(i+1) == opLoadConst && op(i+2) == opCompareOp && ins[i+2].arg <= 5 && op(i+3) == opPopJumpIfFalse:
				ins[i].op = opFastConstCmpJump
			case op(i+1) == opLoadFast:
				ins[i].op = opLoadFast2
			case (op(i+1) == opBinary || op(i+1) == opInplace) && !augSubscr(i+1):
				ins[i].op = opFastBin
			case op(i+1) == opBinarySubscr:
				ins[i].op = opFastSubscr
			}
		case opLoadConst:
			switch {
			case (op(i+1) == opBinary || op(i+1) == opInplace) && !augSubscr(i+1):
				ins[i].op = opConstBin
			case op(i+1) == opBinarySubscr:
				ins[i].op = opConstSubscr
			case op(i+1) == opCompareOp && constCmpFusable(ins[i+1].arg) && (op(i+2) == opPopJumpIfFalse || op(i+2) == opPopJumpIfTrue):
				ins[i].op = opConstCmpJump
			}
		case opUnpackSequence:
			if a := ins[i].arg; (a == 2 || a == 3) && op(i+1) == opStoreFast && op(i+2) == opStoreFast && (a == 2 || op(i+3) == opStoreFast) {
				ins[i].op = opUnpackStore
			}
		case opListAppend:
			if op(i+1) == opJumpBack {
				ins[i].op = opListAppendJump
			}
		case opBinary:
			if op(i+1) == opStoreFast {
				ins[i].op = opBinaryStore
			}
		case opInplace:
			switch {
			case op(i+1) == opStoreFast:
				ins[i].op = opInplaceStore
			case op(i+1) == opRotThree && op(i+2) == opStoreSubscr:
				ins[i].op = opInplaceRotStore
			}
		case opCompareOp:
			popJump := func(j int) bool { return op(j) == opPopJumpIfFalse || op(j) == opPopJumpIfTrue }
			switch {
			case ins[i].arg > opcode.CmpIsNot:
			case popJump(i + 1):
				ins[i].op = opCmpJump
			case op(i+1) == opNop && popJump(i+2):
				// a far branch: its EXTENDED_ARG left a no-op in between
				ins[i] = instr{opCmpJump, ins[i].arg | 16}
			}
		case opBuildSlice:
			switch op(i + 1) {
			case opBinarySubscr:
				ins[i].op = opSliceSubscr
				if sliceTmpOK(rt, i, n) {
					ins[i].op = opSliceTmp
				}
			case opStoreSubscr:
				ins[i].op = opSliceStore
			}
		case opForIter:
			switch {
			case op(i+1) == opStoreFast:
				ins[i].op = opForIterStore
			case op(i+1) == opUnpackSequence && ins[i+1].arg == 2 && op(i+2) == opStoreFast && op(i+3) == opStoreFast:
				ins[i].op = opForIterEnum
			}
		case opBuildTuple:
			if op(i+1) == opCompareOp && ins[i+1].arg == opcode.CmpExcMatch {
				ins[i].op = opTupleExcMatch
			}
		case opBuildList, opBuildMap:
			if ins[i].arg == 0 && op(i+1) == opCallMethod && ins[i+1].arg == 2 {
				kind := int32(0)
				if ins[i].op == opBuildMap {
					kind = 1
				}
				ins[i] = instr{opEmptyDefault, kind}
			}
		case opCallFunction:
			if op(i+1) == opGetIter && ins[i].arg < 256 && (op(i+2) == opForIter || !makesGenexpr(rt.code)) {
				ins[i] = instr{opCallGetIter, ins[i].arg | int32(rt.nrange)<<8}
				rt.nrange++
			}
		}
	}
}

// fnRuntime is runtimeOf through the function's cache.
func fnRuntime(fn *py.Function) *codeRT {
	if fn.RT != nil {
		return (*codeRT)(fn.RT)
	}
	rt := runtimeOf(fn.Code)
	fn.RT = unsafe.Pointer(rt)
	return rt
}

// runtimeOf returns (building once) the runtime form of co.
func runtimeOf(co *code.Code) *codeRT {
	if p := co.Runtime.Load(); p != nil {
		if rt, ok := (*p).(*codeRT); ok {
			return rt
		}
	}
	rt := translate(co)
	var a any = rt
	co.Runtime.Store(&a)
	return rt
}

func translate(co *code.Code) *codeRT {
	n := len(co.Code) / 2
	rt := &codeRT{code: co, instrs: make([]instr, n+1)}
	rt.instrs[n] = instr{opThrowPending, 0}
	ext := int32(0)
	for i := 0; i < n; i++ {
		op := opcode.Op(co.Code[2*i])
		arg := ext<<8 | int32(co.Code[2*i+1])
		ext = 0
		var in instr
		switch {
		case op == opcode.EXTENDED_ARG:
			ext = arg
			in = instr{opNop, 0}
		case binOps[op] != 0 || op == opcode.BINARY_ADD:
			in = instr{opBinary, int32(binOps[op])}
		case inplaceOps[op] != 0 || op == opcode.INPLACE_ADD:
			in = instr{opInplace, int32(inplaceOps[op])}
		default:
			in = instr{opMap[op], arg}
			switch opcode.Table[op].Kind {
			case opcode.JRel:
				in.arg = int32(i+1) + arg/2
			case opcode.JAbs:
				in.arg = arg / 2
			}
			if op == opcode.JUMP_ABSOLUTE && int(in.arg) <= i {
				in.op = opJumpBack
			}
		}
		rt.instrs[i] = in
	}
	skipExtendedTargets(rt, co, n)
	markOwnedInts(rt, n)
	markOwnedStrs(rt, n)
	markDeferredFormats(rt, n)
	markStrLoops(rt, n)
	markStrChains(rt, n)
	fuse(rt, n)
	rt.consts = make([]py.Value, len(co.Consts))
	for i, c := range co.Consts {
		rt.consts[i] = py.FromConstant(c)
	}
	for i := 1; i < n; i++ {
		if rt.instrs[i].op == opCallFunctionKw && rt.instrs[i-1].op == opLoadConst {
			k := rt.instrs[i-1].arg
			if c := rt.consts[k]; c.Type() == py.TupleType && allStr(py.AsTuple(c)) {
				if rt.kwstr == nil {
					rt.kwstr = make([][]string, len(rt.consts))
				}
				rt.kwstr[k] = kwStrings(py.AsTuple(c))
			}
		}
	}
	rt.argc = co.ArgCount
	rt.gcache = make([]globalCache, len(co.Names))
	rt.names = make([]*py.Str, len(co.Names))
	for i, s := range co.Names {
		rt.names[i] = py.Intern(s)
	}
	attachAttrCaches(rt)
	fuseMore(rt)
	fuseReversePrefix(rt)
	fuseIdxConstSubscr(rt)
	fuseAttrAug(rt)
	fuseIsInstance(rt)
	fuseCallConstArg(rt)
	fuseExcMatch(rt)
	fuseDictCount(rt)
	fuseGlobalUnary(rt)
	fuseModCmp(rt)
	fuseCallUnary(rt)
	fuseAttrTests(rt)
	copyExtendedJumps(rt, co, n)
	rt.varnames = make([]*py.Str, len(co.VarNames))
	for i, s := range co.VarNames {
		rt.varnames[i] = py.Intern(s)
	}
	rt.ncells = len(co.CellVars)
	rt.nfree = len(co.FreeVars)
	rt.nlocals = co.NLocals
	if rt.nlocals < len(co.VarNames) {
		rt.nlocals = len(co.VarNames)
	}
	rt.isGen = co.Flags&(code.Generator|code.Coroutine|code.AsyncGenerator|code.IterableCoroutine) != 0
	rt.frameSize = rt.nlocals + co.StackSize + 1
	if rt.ownBase > 0 {
		rt.frameSize = rt.ownBase + rt.nlocals
	}
	rt.simple = co.Flags&(code.VarArgs|code.VarKeywords) == 0 && co.KwOnlyArgCount == 0 && rt.ncells == 0 && !rt.isGen
	privateLocals(rt, co)
	rt.cell2arg = co.Cell2Arg
	if rt.cell2arg == nil && rt.ncells > 0 {
		// derive co_cell2arg: a cell variable that is also an argument
		nargs := co.ArgCount + co.KwOnlyArgCount
		if co.Flags&code.VarArgs != 0 {
			nargs++
		}
		if co.Flags&code.VarKeywords != 0 {
			nargs++
		}
		rt.cell2arg = make([]int, rt.ncells)
		for i, c := range co.CellVars {
			rt.cell2arg[i] = -1
			for j := 0; j < nargs && j < len(co.VarNames); j++ {
				if co.VarNames[j] == c {
					rt.cell2arg[i] = j
					break
				}
			}
		}
	}
	return rt
}

func allStr(vs []py.Value) bool {
	for _, v := range vs {
		if v.Type() != py.StrType {
			return false
		}
	}
	return true
}

// lineAt is the source line of instruction i.
func (rt *codeRT) lineAt(i int) int {
	p := rt.lines.Load()
	if p == nil {
		co := rt.code
		lines := make([]int32, len(rt.instrs))
		line, a, k := co.FirstLineNo, 0, 0
		for j := range lines {
			for k+1 < len(co.Lnotab) && a+int(co.Lnotab[k]) <= 2*j {
				a += int(co.Lnotab[k])
				line += int(int8(co.Lnotab[k+1]))
				k += 2
			}
			lines[j] = int32(line)
		}
		p = &lines
		rt.lines.Store(p)
	}
	if i < 0 || i >= len(*p) {
		return rt.code.Addr2Line(2 * i)
	}
	return int((*p)[i])
}
