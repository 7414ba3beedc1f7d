package vm

import (
	"math"
	"math/bits"

	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// Number fast paths for the eval loop: inline ints and floats only, no
// allocation, no type slots. Each returns ok=false whenever the generic
// protocol must decide — a bool or any other type (subclasses of int
// and float are heap objects, so an overriding __add__ is never
// bypassed), an int result that leaves int64, a division by zero (the
// generic path raises) — and the caller then runs it. Results are what
// int and float's own slots compute.

// arithFast is a <op> b (binary and in-place are the same for numbers).
func arithFast(op int32, a, b py.Value) (py.Value, bool) {
	if a.IsInt() && b.IsInt() {
		return intArith(op, a.Int(), b.Int())
	}
	var x, y float64
	switch {
	case a.IsFloat():
		x = a.Float()
	case a.IsInt():
		x = float64(a.Int()) // int.__float__ rounds to nearest, as does this
	default:
		return py.Value{}, false
	}
	switch {
	case b.IsFloat():
		y = b.Float()
	case b.IsInt():
		y = float64(b.Int())
	default:
		return py.Value{}, false
	}
	switch op {
	case py.OpAdd:
		return py.MakeFloat(x + y), true
	case py.OpSub:
		return py.MakeFloat(x - y), true
	case py.OpMul:
		return py.MakeFloat(x * y), true
	case py.OpTrueDiv:
		if y != 0 {
			return py.MakeFloat(x / y), true
		}
	case py.OpPow:
		return floatPowFast(x, y)
	}
	return py.Value{}, false
}

// floatConstOp is x <op> y for two floats where the result is a float
// computed without a check beyond y's value: + - * /, and ** 0.5 of a
// positive x (what math.Pow does for it; pow(-0.0, 0.5) is +0.0 where
// Sqrt would give -0.0, so not for zero). ok is false for the rest.
func floatConstOp(op int32, x, y float64) (float64, bool) {
	switch op {
	case py.OpAdd:
		return x + y, true
	case py.OpSub:
		return x - y, true
	case py.OpMul:
		return x * y, true
	case py.OpTrueDiv:
		return x / y, y != 0
	case py.OpPow:
		return math.Sqrt(x), y == 0.5 && x > 0
	}
	return 0, false
}

// floatPowFast is float ** float where the result is a float: not for a
// negative base with a fractional exponent (complex), 0 ** negative
// (ZeroDivisionError) or an overflow (OverflowError).
func floatPowFast(x, y float64) (py.Value, bool) {
	if y == 2 {
		return py.MakeFloat(x * x), !math.IsInf(x*x, 0) || math.IsInf(x, 0)
	}
	if y == 0.5 && x > 0 {
		return py.MakeFloat(math.Sqrt(x)), true // what Pow does, sooner
	}
	if x == 0 && y < 0 || x < 0 && y != math.Trunc(y) {
		return py.Value{}, false
	}
	r := math.Pow(x, y) // Pow(x, 0.5) is Sqrt(x)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return py.Value{}, false
	}
	return py.MakeFloat(r), true
}

func intArith(op int32, x, y int64) (py.Value, bool) {
	switch op {
	case py.OpAdd:
		if s := x + y; (s^x)&(s^y) >= 0 {
			return py.MakeInt(s), true
		}
	case py.OpSub:
		if s := x - y; (x^y)&(x^s) >= 0 {
			return py.MakeInt(s), true
		}
	case py.OpMul:
		return intMulFast(x, y)
	case py.OpFloorDiv:
		if y != 0 && !(x == math.MinInt64 && y == -1) {
			q := x / y
			if x%y != 0 && (x < 0) != (y < 0) {
				q--
			}
			return py.MakeInt(q), true
		}
	case py.OpMod:
		if y != 0 {
			if y == -1 {
				return py.MakeInt(0), true
			}
			r := x % y
			if r != 0 && (r < 0) != (y < 0) {
				r += y
			}
			return py.MakeInt(r), true
		}
	case py.OpTrueDiv:
		// both exactly representable, so one rounding, as int.__truediv__
		if y != 0 && absU(x) <= 1<<53 && absU(y) <= 1<<53 {
			return py.MakeFloat(float64(x) / float64(y)), true
		}
	case py.OpAnd:
		return py.MakeInt(x & y), true
	case py.OpOr:
		return py.MakeInt(x | y), true
	case py.OpXor:
		return py.MakeInt(x ^ y), true
	case py.OpLShift:
		if y >= 0 && y < 63 {
			if s := x << uint(y); s>>uint(y) == x {
				return py.MakeInt(s), true
			}
		}
	case py.OpRShift:
		if y >= 0 {
			return py.MakeInt(x >> uint(min(y, 63))), true
		}
	case py.OpPow:
		if y == 2 {
			return intMulFast(x, x)
		}
	}
	return py.Value{}, false
}

func intMulFast(x, y int64) (py.Value, bool) {
	if x == int64(int32(x)) && y == int64(int32(y)) {
		return py.MakeInt(x * y), true
	}
	hi, lo := bits.Mul64(absU(x), absU(y))
	if hi == 0 {
		if (x < 0) == (y < 0) {
			if lo <= math.MaxInt64 {
				return py.MakeInt(int64(lo)), true
			}
		} else if lo <= 1<<63 {
			return py.MakeInt(int64(-lo)), true
		}
	}
	return py.Value{}, false
}

func absU(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}

// compareFast is a <op> b for op in < <= == != > >= on inline ints and
// floats, and == != on exact strs. An int is compared with a float
// exactly, so only ints that convert exactly (|i| <= 2**53) take this path.
func compareFast(op int32, a, b py.Value) (r, ok bool) {
	if op > opcode.CmpGE {
		return false, false
	}
	var x, y float64
	switch {
	case a.IsInt() && b.IsInt():
		return intCompare(op, a.Int(), b.Int()), true
	case a.IsFloat():
		x = a.Float()
	case a.IsInt() && absU(a.Int()) <= 1<<53:
		x = float64(a.Int())
	case (op == opcode.CmpEQ || op == opcode.CmpNE) && !a.IsNull() && !b.IsNull() && a.Type() == py.StrType && b.Type() == py.StrType:
		// (an unbound local is Null: the caller's plain path raises)
		// exact str equality (dispatch on names and keywords in the fused
		// compare-and-branch forms) needs no operator protocol
		return py.StrEq(a, b) == (op == opcode.CmpEQ), true
	default:
		return false, false
	}
	switch {
	case b.IsFloat():
		y = b.Float()
	case b.IsInt() && absU(b.Int()) <= 1<<53:
		y = float64(b.Int())
	default:
		return false, false
	}
	switch op {
	case opcode.CmpLT:
		return x < y, true
	case opcode.CmpLE:
		return x <= y, true
	case opcode.CmpEQ:
		return x == y, true
	case opcode.CmpNE:
		return x != y, true
	case opcode.CmpGT:
		return x > y, true
	case opcode.CmpGE:
		return x >= y, true
	}
	return false, false
}

func intCompare(op int32, x, y int64) bool {
	switch op {
	case opcode.CmpLT:
		return x < y
	case opcode.CmpLE:
		return x <= y
	case opcode.CmpEQ:
		return x == y
	case opcode.CmpNE:
		return x != y
	case opcode.CmpGT:
		return x > y
	}
	return x >= y
}

// truthFast is bool(v) for the kinds that need no call.
func truthFast(v py.Value) (b, ok bool) {
	switch {
	case v.IsBool(), v.IsInt():
		return v.Int() != 0, true
	case v.IsNone():
		return false, true
	case v.IsFloat():
		return v.Float() != 0, true
	}
	return false, false
}

// binaryGeneric is a <op> b (or a <op>= b) by the fast path when it
// applies, else by the full protocol.
func binaryGeneric(t *py.Thread, inplace bool, op int32, a, b py.Value) (py.Value, *py.Exception) {
	if r, ok := arithFast(op, a, b); ok {
		return r, nil
	}
	if op == py.OpAdd && a.Type() == py.StrType && b.Type() == py.StrType {
		// s + t and s += t on exact strs (str has no __iadd__): what
		// str.__add__ would do, without the operator dispatch
		return py.StrConcat(py.AsStr(a), py.AsStr(b)), nil
	}
	if inplace {
		return py.InplaceOp(t, int(op), a, b)
	}
	return py.BinaryOp(t, int(op), a, b)
}

// testFast is `a in b`, `a not in b`, `a is b` and `a is not b` where no
// general protocol is needed: identity, and membership in an exact set,
// frozenset or dict. ok is false for the rest (the caller runs
// compareOp); err is the set's or dict's own error (an unhashable key).
func testFast(t *py.Thread, op int32, a, b py.Value) (r, ok bool, err *py.Exception) {
	switch op {
	case opcode.CmpIs:
		return a == b, true, nil
	case opcode.CmpIsNot:
		return a != b, true, nil
	case opcode.CmpIn, opcode.CmpNotIn:
		switch b.Type() {
		case py.SetType, py.FrozenSetType:
			if a.IsInt() {
				if found, ok := py.AsSet(b).HasInt(a); ok {
					return found == (op == opcode.CmpIn), true, nil
				}
			}
			r, err = py.AsSet(b).Contains(t, a)
		case py.DictType:
			_, r, err = py.AsDict(b).GetItemMemo(t, a) // `if k in d: d[k]...` (dictmemo.go)
		default:
			return false, false, nil
		}
		return r == (op == opcode.CmpIn), true, err
	}
	return false, false, nil
}

// floatOp3 is x <op> y for op + - *; small enough to be inlined into the
// eval loop, which the compiler otherwise treats as too big to inline
// into.
func floatOp3(op int32, x, y float64) py.Value {
	z := x * y
	if op == py.OpAdd {
		z = x + y
	} else if op == py.OpSub {
		z = x - y
	}
	return py.MakeFloat(z)
}

// intOtherOp is x <op> y for the int operators the eval loop's int arms
// do not test inline — % and // of non-negative operands, & | ^, and >>
// by a non-negative count — called by those arms after + - * missed (one
// call; before it there were two, arithFast then intArith). ok is false
// for everything else, which the generic path decides.
func intOtherOp(op int32, x, y int64) (int64, bool) {
	switch op {
	case py.OpMod:
		if x >= 0 && y > 0 {
			return x % y, true
		}
	case py.OpFloorDiv:
		if x >= 0 && y > 0 {
			return x / y, true
		}
	case py.OpAnd:
		return x & y, true
	case py.OpOr:
		return x | y, true
	case py.OpXor:
		return x ^ y, true
	case py.OpRShift:
		if y >= 0 {
			return x >> uint64(y), true
		}
	}
	return 0, false
}
