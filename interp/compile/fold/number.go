package fold

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
)

// This file evaluates operators on constants the way CPython's objects do
// (PyNumber_*, PyObject_GetItem). The result is (value, true), or
// (nil, false) wherever CPython would raise: the caller then keeps the node.

// numKind ranks the numeric tower: an operation runs in the wider kind.
type numKind int

const (
	notNum numKind = iota
	intNum         // int or bool
	floatNum
	complexNum
)

func kindOf(v constant.Value) numKind {
	switch v.(type) {
	case constant.Int, constant.Bool:
		return intNum
	case constant.Float:
		return floatNum
	case constant.Complex:
		return complexNum
	}
	return notNum
}

// asInt returns an int or bool as a big.Int (never to be mutated).
func asInt(v constant.Value) *big.Int {
	switch x := v.(type) {
	case constant.Int:
		return x.V
	case constant.Bool:
		if x {
			return bigOne
		}
		return bigZero
	}
	return nil
}

var (
	bigZero = big.NewInt(0)
	bigOne  = big.NewInt(1)
)

func mkInt(i *big.Int) constant.Value { return constant.Int{V: i} }

// intToFloat is PyLong_AsDouble: correctly rounded, an error on overflow.
func intToFloat(i *big.Int) (float64, bool) {
	f, _ := new(big.Float).SetInt(i).Float64()
	if math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// asFloat converts an int, bool or float operand to a double.
func asFloat(v constant.Value) (float64, bool) {
	if x, ok := v.(constant.Float); ok {
		return float64(x), true
	}
	return intToFloat(asInt(v))
}

// asComplex converts any numeric operand to a complex (to_complex).
func asComplex(v constant.Value) (complex128, bool) {
	if x, ok := v.(constant.Complex); ok {
		return complex128(x), true
	}
	f, ok := asFloat(v)
	return complex(f, 0), ok
}

// truth is PyObject_IsTrue for constants.
func truth(v constant.Value) bool {
	switch x := v.(type) {
	case constant.NoneType:
		return false
	case constant.Bool:
		return bool(x)
	case constant.Int:
		return x.V.Sign() != 0
	case constant.Float:
		return x != 0
	case constant.Complex:
		return x != 0
	case constant.Str:
		return len(x) > 0
	case constant.Bytes:
		return len(x) > 0
	case constant.Tuple:
		return len(x) > 0
	case constant.FrozenSet:
		return len(x) > 0
	}
	return true // Ellipsis
}

// unary applies ~, not, + or - to a constant.
func unary(op ast.UnaryOpKind, v constant.Value) (constant.Value, bool) {
	if op == ast.Not {
		return constant.Bool(!truth(v)), true
	}
	switch kindOf(v) {
	case intNum:
		i := asInt(v)
		switch op {
		case ast.Invert:
			return mkInt(new(big.Int).Not(i)), true
		case ast.UAdd:
			return mkInt(i), true
		case ast.USub:
			return mkInt(new(big.Int).Neg(i)), true
		}
	case floatNum:
		x := float64(v.(constant.Float))
		switch op {
		case ast.UAdd:
			return v, true
		case ast.USub:
			return constant.Float(-x), true
		}
	case complexNum:
		c := complex128(v.(constant.Complex))
		switch op {
		case ast.UAdd:
			return v, true
		case ast.USub:
			return constant.Complex(complex(-real(c), -imag(c))), true
		}
	}
	return nil, false // ~1.0, -'a', ...
}

// binop applies a binary operator to two constants, through the safe_*
// guards of ast_opt.c where 3.7 has them.
func binop(op ast.Operator, l, r constant.Value) (constant.Value, bool) {
	switch op {
	case ast.Add:
		if v, ok := concat(l, r); ok {
			return v, true
		}
		return arith(op, l, r)
	case ast.Mult:
		return safeMultiply(l, r)
	case ast.Mod:
		return safeMod(l, r)
	case ast.Pow:
		return safePower(l, r)
	case ast.LShift:
		return safeLshift(l, r)
	case ast.Sub, ast.Div, ast.FloorDiv, ast.RShift:
		return arith(op, l, r)
	case ast.BitOr, ast.BitXor, ast.BitAnd:
		return bitwise(op, l, r)
	}
	return nil, false // @ has no constant operands
}

// concat is + on sequences of the same type.
func concat(l, r constant.Value) (constant.Value, bool) {
	switch a := l.(type) {
	case constant.Str:
		if b, ok := r.(constant.Str); ok {
			return a + b, true
		}
	case constant.Bytes:
		if b, ok := r.(constant.Bytes); ok {
			return a + b, true
		}
	case constant.Tuple:
		if b, ok := r.(constant.Tuple); ok {
			t := make(constant.Tuple, 0, len(a)+len(b))
			return append(append(t, a...), b...), true
		}
	}
	return nil, false
}

// arith dispatches a numeric operator on the wider of the two kinds.
func arith(op ast.Operator, l, r constant.Value) (constant.Value, bool) {
	kl, kr := kindOf(l), kindOf(r)
	if kl == notNum || kr == notNum {
		return nil, false
	}
	switch max(kl, kr) {
	case intNum:
		return intArith(op, asInt(l), asInt(r))
	case floatNum:
		a, ok1 := asFloat(l)
		b, ok2 := asFloat(r)
		if !ok1 || !ok2 {
			return nil, false
		}
		return floatArith(op, a, b)
	default:
		a, ok1 := asComplex(l)
		b, ok2 := asComplex(r)
		if !ok1 || !ok2 {
			return nil, false
		}
		return complexArith(op, a, b)
	}
}

// intArith is long_add, long_sub, long_mul, long_true_divide, long_div
// (floor), long_mod, long_pow, long_lshift and long_rshift.
func intArith(op ast.Operator, a, b *big.Int) (constant.Value, bool) {
	switch op {
	case ast.Add:
		return mkInt(new(big.Int).Add(a, b)), true
	case ast.Sub:
		return mkInt(new(big.Int).Sub(a, b)), true
	case ast.Mult:
		return mkInt(new(big.Int).Mul(a, b)), true
	case ast.Div:
		return intTrueDiv(a, b)
	case ast.FloorDiv, ast.Mod:
		if b.Sign() == 0 {
			return nil, false
		}
		q, m := floorDivMod(a, b)
		if op == ast.Mod {
			return mkInt(m), true
		}
		return mkInt(q), true
	case ast.Pow:
		if b.Sign() < 0 {
			// A negative exponent makes it a float operation.
			x, ok1 := intToFloat(a)
			y, ok2 := intToFloat(b)
			if !ok1 || !ok2 {
				return nil, false
			}
			return floatPow(x, y)
		}
		return mkInt(new(big.Int).Exp(a, b, nil)), true
	case ast.LShift, ast.RShift:
		if b.Sign() < 0 {
			return nil, false // negative shift count
		}
		if !b.IsInt64() {
			if op == ast.RShift { // long_rshift: everything is shifted out
				if a.Sign() < 0 {
					return mkInt(big.NewInt(-1)), true
				}
				return mkInt(big.NewInt(0)), true
			}
			return nil, false
		}
		n := uint(b.Int64())
		if op == ast.LShift {
			return mkInt(new(big.Int).Lsh(a, n)), true
		}
		return mkInt(new(big.Int).Rsh(a, n)), true // arithmetic: floors
	}
	return nil, false
}

// floorDivMod is Python's divmod on ints: the quotient rounds toward minus
// infinity and the remainder takes the divisor's sign.
func floorDivMod(a, b *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, bigOne)
		m.Add(m, b)
	}
	return q, m
}

// intTrueDiv is long_true_divide: correctly rounded, the sign of a zero
// result taken from the operands, an error on overflow.
func intTrueDiv(a, b *big.Int) (constant.Value, bool) {
	if b.Sign() == 0 {
		return nil, false
	}
	neg := (a.Sign() < 0) != (b.Sign() < 0)
	q := new(big.Rat).SetFrac(new(big.Int).Abs(a), new(big.Int).Abs(b))
	f, _ := q.Float64()
	if math.IsInf(f, 0) {
		return nil, false
	}
	if neg {
		f = -f
	}
	return constant.Float(f), true
}

// bitwise is &, | and ^: ints in two's complement; bool with bool stays bool.
func bitwise(op ast.Operator, l, r constant.Value) (constant.Value, bool) {
	if kindOf(l) != intNum || kindOf(r) != intNum {
		return nil, false
	}
	lb, lok := l.(constant.Bool)
	rb, rok := r.(constant.Bool)
	if lok && rok {
		switch op {
		case ast.BitAnd:
			return lb && rb, true
		case ast.BitOr:
			return lb || rb, true
		default:
			return constant.Bool(lb != rb), true
		}
	}
	a, b := asInt(l), asInt(r)
	z := new(big.Int)
	switch op {
	case ast.BitAnd:
		z.And(a, b)
	case ast.BitOr:
		z.Or(a, b)
	default:
		z.Xor(a, b)
	}
	return mkInt(z), true
}

// strLen is len() of a str: code points. A byte that is not UTF-8 stands
// for one lone surrogate, as in package constant.
func strLen(s string) int { return utf8.RuneCountInString(s) }

// getItem is PyObject_GetItem(container, index) for constant operands:
// str, bytes and tuple indexed by an int.
func getItem(v, idx constant.Value) (constant.Value, bool) {
	if kindOf(idx) != intNum {
		return nil, false
	}
	bi := asInt(idx)
	if !bi.IsInt64() {
		return nil, false // IndexError: cannot fit 'int' into an index-sized integer
	}
	i := bi.Int64()
	switch c := v.(type) {
	case constant.Str:
		chars := splitChars(string(c))
		if j, ok := index(i, len(chars)); ok {
			return constant.Str(chars[j]), true
		}
	case constant.Bytes:
		if j, ok := index(i, len(c)); ok {
			return constant.NewInt(int64(c[j])), true
		}
	case constant.Tuple:
		if j, ok := index(i, len(c)); ok {
			return c[j], true
		}
	}
	return nil, false
}

// index resolves a possibly negative sequence index.
func index(i int64, n int) (int, bool) {
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, false
	}
	return int(i), true
}

// splitChars cuts a str into its characters.
func splitChars(s string) []string {
	out := make([]string, 0, len(s))
	for len(s) > 0 {
		_, size := utf8.DecodeRuneInString(s)
		out = append(out, s[:size])
		s = s[size:]
	}
	return out
}

// repeat is sequence repetition, seq * n, for n already known to be small
// (or seq empty); a negative n gives an empty sequence.
func repeat(seq constant.Value, n int64) (constant.Value, bool) {
	if n < 0 {
		n = 0
	}
	switch s := seq.(type) {
	case constant.Str:
		return constant.Str(strings.Repeat(string(s), int(n))), true
	case constant.Bytes:
		return constant.Bytes(strings.Repeat(string(s), int(n))), true
	case constant.Tuple:
		if len(s) == 0 {
			return constant.Tuple{}, true
		}
		t := make(constant.Tuple, 0, len(s)*int(n))
		for k := int64(0); k < n; k++ {
			t = append(t, s...)
		}
		return t, true
	}
	return nil, false
}
