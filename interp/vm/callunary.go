package vm

import (
	"math"
	"unsafe"

	"github.com/bytepy/bytepy/interp/py"
)

// One-argument calls of len, ord and chr (CALL_FUNCTION 1) on the
// arguments whose result cannot fail or run Python code: an exact str,
// list, tuple or dict for len, a one-character exact str for ord, an
// inline int in range for chr. The loop computes them without the
// builtin call path (argument slice, recursion count, the function's own
// argument checks), as CPython 3.11 specialises CALL for len and for
// one-argument builtins. Anything else calls the builtin as before, and
// so does any call at the recursion limit, where CPython raises
// RecursionError on entering the builtin.

// The builtins are known by their Go code: a top-level function's func
// value is one static word shared by every interpreter's builtins dict,
// so a builtin whose Fn holds that word is that function, whichever
// Interp made it.
var (
	lenCode = funcWord(builtinLen)
	ordCode = funcWord(builtinOrd)
	chrCode = funcWord(builtinChr)
)

func funcWord(f bfn) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&f)) }

// unaryBuiltinFast is fnv(x) for a builtin fnv when it is len, ord or chr
// and x is an argument described above; ok is false otherwise, with
// nothing done.
func unaryBuiltinFast(fnv, x py.Value) (py.Value, bool) {
	switch funcWord(py.AsBuiltin(fnv).Fn) {
	case lenCode:
		if n, ok := py.LenExact(x); ok {
			return py.MakeInt(int64(n)), true
		}
	case ordCode:
		if c, ok := py.OrdASCII(x); ok {
			return py.MakeInt(c), true
		}
		return py.OrdExact(x)
	case chrCode:
		if x.IsInt() {
			if n := x.Int(); uint64(n) < 0x80 {
				return py.ASCIIChar(byte(n)), true
			} else if n >= 0 && n < 0x110000 {
				return py.Chr(rune(n)), true
			}
		}
	}
	return py.Null, false
}

// builtinLen is len(x); the loop's unary fast path knows it by its code
// (callunary.go).
func builtinLen(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := oneArg("len", a, kw); err != nil {
		return py.Null, err
	}
	n, err := py.Len(t, a[0])
	return py.MakeInt(int64(n)), err
}

// builtinChr is chr(i), known to the unary fast path like builtinLen.
func builtinChr(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 1 || len(kw) > 0 {
		return py.Null, oneArg("chr", a, kw)
	}
	// 3.7 reads the argument with the "i" format: __int__, not __index__
	n, err := py.CIntArg(t, a[0])
	if err != nil {
		return py.Null, err
	}
	if n > math.MaxInt32 {
		return py.Null, py.Errorf(py.OverflowErrorType, "signed integer is greater than maximum")
	}
	if n < math.MinInt32 {
		return py.Null, py.Errorf(py.OverflowErrorType, "signed integer is less than minimum")
	}
	if n < 0 || n >= 0x110000 {
		return py.Null, py.NewValueError("chr() arg not in range(0x110000)")
	}
	return py.Chr(rune(n)), nil
}

// sumCode is builtins.sum's code, as lenCode (set by init: builtinSum
// reaches the loop, which reads sumCode).
var sumCode unsafe.Pointer

func init() { sumCode = funcWord(builtinSum) }

// mapOrdSum is sum(map(ord, s)) for CALL_FUNCTION 2 of fnv (map) on a
// and b whose result the next instruction, next, passes as the only
// argument to below (sum): for an exact ascii str s the map object is
// never made. ok is false, with nothing done, for any other shape or
// value; the caller keeps the recursion limit clear of both calls.
func mapOrdSum(fnv, a, b, below py.Value, next instr) (py.Value, bool) {
	if next.op != opCallFunction && next.op != opCallDictCopy || next.arg != 1 ||
		fnv.Type() != py.TypeType || py.AsType(fnv) != py.MapType ||
		a.Type() != py.BuiltinType || funcWord(py.AsBuiltin(a).Fn) != ordCode ||
		below.Type() != py.BuiltinType || funcWord(py.AsBuiltin(below).Fn) != sumCode {
		return py.Null, false
	}
	return py.SumOrdExact(b)
}
