package py

import (
	"math"
	"math/big"
	"math/cmplx"
	"strconv"
	"strings"
	"unsafe"

	"github.com/bytepy/bytepy/interp/constant"
)

// FloatType is `float`; ComplexType is `complex`.
var (
	FloatType   = &Type{Name: "float"}
	ComplexType = &Type{Name: "complex"}
)

// Complex is a complex value (heap-allocated; rare in loops).
type Complex struct {
	Object
	v complex128
}

// MakeComplex returns a complex value.
func MakeComplex(c complex128) Value {
	o := &Complex{v: c}
	o.typ = ComplexType
	return valueOf(unsafe.Pointer(o))
}

// ComplexOf returns a complex value's number.
func ComplexOf(v Value) complex128 { return (*Complex)(v.p).v }

// toFloat converts an int or float to float64; ok false for other types.
func toFloat(v Value) (float64, bool, *Exception) {
	if v.IsFloat() {
		return v.Float(), true, nil
	}
	if IsIntLike(v) {
		f, err := IntToFloat(v)
		return f, true, err
	}
	return 0, false, nil
}

// floatIntCmp compares a float with an int exactly.
func floatIntCmp(f float64, i Value) int {
	if math.IsNaN(f) {
		return 2 // unordered: never equal, never less/greater
	}
	if i.IsInt() || i.IsBool() {
		n := i.Int()
		if absU(n) < 1<<53 {
			g := float64(n)
			switch {
			case f < g:
				return -1
			case f > g:
				return 1
			}
			return 0
		}
	}
	if math.IsInf(f, 1) {
		return 1
	}
	if math.IsInf(f, -1) {
		return -1
	}
	bf := new(big.Float).SetFloat64(f)
	return bf.Cmp(new(big.Float).SetInt(bigRO(i)))
}

func floatCmp(a float64, b float64, op int) bool {
	switch op {
	case LT:
		return a < b
	case LE:
		return a <= b
	case EQ:
		return a == b
	case NE:
		return a != b
	case GT:
		return a > b
	}
	return a >= b
}

// floatHash is CPython's _Py_HashDouble.
func floatHash(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	if f == math.Trunc(f) && math.Abs(f) < 9e18 {
		return intHash(MakeInt(int64(f)))
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

func floatPow(a, b float64) (Value, *Exception) {
	if a == 0 && b < 0 && !math.IsInf(b, 0) { // 0.0 ** -inf is inf
		return Null, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
	}
	// a negative finite base with a finite fractional exponent is
	// complex; (-inf) ** w and x ** nan are floats, as in float_pow
	if a < 0 && !math.IsInf(a, 0) && b != math.Trunc(b) && !math.IsInf(b, 0) && !math.IsNaN(b) {
		return MakeComplex(complexPow(complex(a, 0), complex(b, 0))), nil
	}
	r := math.Pow(a, b)
	if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
		return Null, NewException(OverflowErrorType, MakeInt(34), NewStr("Numerical result out of range"))
	}
	return MakeFloat(r), nil
}

func floatDivMod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var fd float64
	if div != 0 {
		fd = math.Floor(div)
		if div-fd > 0.5 {
			fd += 1
		}
	} else {
		fd = math.Copysign(0, x/y)
	}
	return fd, mod
}

// floatOperand is an operand of float's arithmetic as a float64: a
// float, or any int including an instance of an int subclass, whose value
// is used as it is (float_add's CONVERT_TO_DOUBLE takes every PyLong and
// calls no __float__).
func floatOperand(v Value) (float64, bool, *Exception) {
	if typ := v.Type(); typ.User && typ.boxKind == boxInt {
		v = Unbox(v)
	}
	return toFloat(v)
}

func floatBinary(op int) BinaryFn {
	return func(t *Thread, a, b Value) (Value, *Exception) {
		x, ok, err := floatOperand(a)
		if !ok || err != nil {
			return NotImplemented, err
		}
		y, ok, err := floatOperand(b)
		if !ok || err != nil {
			return NotImplemented, err
		}
		switch op {
		case OpAdd:
			return MakeFloat(x + y), nil
		case OpSub:
			return MakeFloat(x - y), nil
		case OpMul:
			return MakeFloat(x * y), nil
		case OpTrueDiv:
			if y == 0 {
				return Null, Errorf(ZeroDivisionErrorType, "float division by zero")
			}
			return MakeFloat(x / y), nil
		case OpFloorDiv:
			if y == 0 {
				return Null, Errorf(ZeroDivisionErrorType, "float divmod()")
			}
			d, _ := floatDivMod(x, y)
			return MakeFloat(d), nil
		case OpMod:
			if y == 0 {
				return Null, Errorf(ZeroDivisionErrorType, "float modulo")
			}
			_, m := floatDivMod(x, y)
			return MakeFloat(m), nil
		case OpPow:
			return floatPow(x, y)
		}
		return NotImplemented, nil
	}
}

// ParseFloat is float(str).
func ParseFloat(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") || strings.Contains(s, "__") {
		return 0, false
	}
	low := strings.ToLower(s)
	switch strings.TrimLeft(low, "+-") {
	case "inf", "infinity":
		if low[0] == '-' {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	if strings.ContainsAny(low, "xpn") {
		return 0, false
	}
	if strings.Contains(s, "_") {
		// underscores only between digits
		for i := 0; i < len(s); i++ {
			if s[i] == '_' && (i == 0 || i == len(s)-1 || s[i-1] < '0' || s[i-1] > '9' || s[i+1] < '0' || s[i+1] > '9') {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, "_", "")
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

// ToFloat is float(x).
func ToFloat(t *Thread, x Value) (float64, *Exception) {
	if f, ok, err := toFloat(x); ok || err != nil {
		return f, err
	}
	if IsStr(x) {
		f, ok := ParseFloat(StrOf(x))
		if !ok {
			r, _ := Repr(t, x)
			return 0, Errorf(ValueErrorType, "could not convert string to float: %s", r)
		}
		return f, nil
	}
	typ := x.Type()
	if typ.ToFloat != nil {
		r, err := typ.ToFloat(t, x)
		if err != nil {
			return 0, err
		}
		if !r.IsFloat() {
			return 0, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", typ.Name, TypeName(r))
		}
		return r.Float(), nil
	}
	// no __index__ fallback: that is 3.8 (float(x) in 3.7 needs __float__)
	return 0, Errorf(TypeErrorType, "float() argument must be a string or a number, not '%s'", typ.Name)
}

func initFloat() {
	t := FloatType
	t.Repr = func(_ *Thread, v Value) (string, *Exception) { return constant.FloatRepr(v.Float()), nil }
	t.Hash = func(_ *Thread, v Value) (int64, *Exception) { return floatHash(v.Float()), nil }
	t.Bool = func(_ *Thread, v Value) (bool, *Exception) { return v.Float() != 0, nil }
	t.Compare = func(_ *Thread, a, b Value, op int) (Value, *Exception) {
		x := a.Float()
		if b.IsFloat() {
			return MakeBool(floatCmp(x, b.Float(), op)), nil
		}
		if IsIntLike(b) {
			c := floatIntCmp(x, b)
			if c == 2 {
				return MakeBool(op == NE), nil
			}
			return MakeBool(cmpResult(c, op)), nil
		}
		return NotImplemented, nil
	}
	for _, op := range []int{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow} {
		t.Binary[op] = floatBinary(op)
	}
	t.Neg = func(_ *Thread, v Value) (Value, *Exception) { return MakeFloat(-v.Float()), nil }
	t.Pos = func(_ *Thread, v Value) (Value, *Exception) { return v, nil }
	t.Abs = func(_ *Thread, v Value) (Value, *Exception) { return MakeFloat(math.Abs(v.Float())), nil }
	t.ToInt = func(_ *Thread, v Value) (Value, *Exception) { return FloatToInt(v.Float()) }
	t.ToFloat = func(_ *Thread, v Value) (Value, *Exception) { return v, nil }
	t.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		if len(kw) > 0 {
			return Null, NewTypeError("float() takes no keyword arguments")
		}
		if len(args) > 1 {
			return Null, Errorf(TypeErrorType, "float expected at most 1 arguments, got %d", len(args))
		}
		if len(args) == 0 {
			return MakeFloat(0), nil
		}
		f, err := ToFloat(t, args[0])
		return MakeFloat(f), err
	}
	initType(t, ObjectType)
	t.Str = t.Repr
	addMethod(t, "is_integer", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		f := a[0].Float()
		return MakeBool(f == math.Trunc(f) && !math.IsInf(f, 0)), nil
	})
	addMethod(t, "as_integer_ratio", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		f := a[0].Float()
		if math.IsInf(f, 0) {
			return Null, Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(f) {
			return Null, NewValueError("cannot convert NaN to integer ratio")
		}
		r := new(big.Rat).SetFloat64(f)
		return NewTuple([]Value{MakeBigInt(new(big.Int).Set(r.Num())), MakeBigInt(new(big.Int).Set(r.Denom()))}), nil
	})
	addMethod(t, "conjugate", func(t *Thread, a []Value, kw []string) (Value, *Exception) { return a[0], nil })
	addClassMethod(t, "fromhex", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if len(a) != 2 || !IsStr(a[1]) {
			return Null, NewTypeError("fromhex() argument must be str")
		}
		f, err := floatFromHex(StrOf(a[1]))
		if err != nil {
			return Null, err
		}
		if cls := AsType(a[0]); cls != FloatType {
			return Call(t, cls.V(), []Value{MakeFloat(f)}, nil)
		}
		return MakeFloat(f), nil
	})
	addMethod(t, "hex", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return NewStr(floatHex(a[0].Float())), nil
	})
	addMethod(t, "__format__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		s, err := FormatValue(t, a[0], StrOf(a[1]))
		return NewStr(s), err
	})
	addGetter(t, "real", func(t *Thread, v Value) (Value, *Exception) { return v, nil })
	addGetter(t, "imag", func(t *Thread, v Value) (Value, *Exception) { return MakeFloat(0), nil })

	c := ComplexType
	c.Repr = func(_ *Thread, v Value) (string, *Exception) { return constant.ComplexRepr(ComplexOf(v)), nil }
	c.Hash = func(_ *Thread, v Value) (int64, *Exception) {
		z := ComplexOf(v)
		h := floatHash(real(z)) + 1000003*floatHash(imag(z))
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	c.Bool = func(_ *Thread, v Value) (bool, *Exception) { return ComplexOf(v) != 0, nil }
	c.Compare = func(_ *Thread, a, b Value, op int) (Value, *Exception) {
		var y complex128
		if b.Type() == ComplexType {
			y = ComplexOf(b)
		} else if f, ok, _ := toFloat(b); ok {
			y = complex(f, 0)
		} else {
			return NotImplemented, nil
		}
		switch op {
		case EQ:
			return MakeBool(ComplexOf(a) == y), nil
		case NE:
			return MakeBool(ComplexOf(a) != y), nil
		}
		return NotImplemented, nil
	}
	for _, op := range []int{OpAdd, OpSub, OpMul, OpTrueDiv, OpPow} {
		op := op
		c.Binary[op] = func(t *Thread, a, b Value) (Value, *Exception) {
			x, ok := toComplex(a)
			y, ok2 := toComplex(b)
			if !ok || !ok2 {
				return NotImplemented, nil
			}
			switch op {
			case OpAdd:
				return MakeComplex(x + y), nil
			case OpSub:
				return MakeComplex(x - y), nil
			case OpMul:
				return MakeComplex(x * y), nil
			case OpTrueDiv:
				if y == 0 {
					return Null, Errorf(ZeroDivisionErrorType, "complex division by zero")
				}
				return MakeComplex(x / y), nil
			}
			if x == 0 && (real(y) < 0 || imag(y) != 0) {
				return Null, Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
			}
			if y == 0 {
				return MakeComplex(1), nil
			}
			if n := real(y); imag(y) == 0 && n == math.Trunc(n) && math.Abs(n) <= 100 {
				// small integer powers multiply out, as CPython's c_powi
				return MakeComplex(complexPowInt(x, int(n))), nil
			}
			return MakeComplex(complexPow(x, y)), nil
		}
	}
	c.Neg = func(_ *Thread, v Value) (Value, *Exception) { return MakeComplex(-ComplexOf(v)), nil }
	c.Pos = func(_ *Thread, v Value) (Value, *Exception) { return v, nil }
	c.Abs = func(_ *Thread, v Value) (Value, *Exception) { return MakeFloat(cmplx.Abs(ComplexOf(v))), nil }
	c.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		a, err := ParseArgs("complex", args, kw, []string{"real", "imag"}, 0)
		if err != nil {
			return Null, err
		}
		var re, im complex128
		reC, imC := false, false
		if !a[0].IsNull() && a[0].Type() != ComplexType && !IsStr(a[0]) {
			if f := a[0].Type().LookupS("__complex__"); !f.IsNull() {
				r, err := callDunder(t, f, a[0])
				if err != nil {
					return Null, err
				}
				if !r.Type().IsSubtype(ComplexType) {
					return Null, Errorf(TypeErrorType, "__complex__ should return a complex object")
				}
				a[0] = Unbox(r)
			}
		}
		if !a[0].IsNull() {
			if z, ok := toComplex(a[0]); ok {
				re, reC = z, a[0].Type() == ComplexType
			} else if IsStr(a[0]) {
				txt := strings.TrimSpace(strings.Trim(strings.TrimSpace(StrOf(a[0])), "()"))
				txt = strings.NewReplacer("j", "i", "J", "i").Replace(txt)
				if strings.HasSuffix(txt, "i") && (txt == "i" || strings.HasSuffix(txt, "+i") || strings.HasSuffix(txt, "-i")) {
					txt = txt[:len(txt)-1] + "1i"
				}
				z, err := strconv.ParseComplex(txt, 128)
				if err != nil {
					return Null, NewValueError("complex() arg is a malformed string")
				}
				re, reC = z, true
			} else {
				return Null, Errorf(TypeErrorType, "complex() first argument must be a string or a number, not '%s'", TypeName(a[0]))
			}
		}
		if !a[1].IsNull() {
			z, ok := toComplex(a[1])
			if !ok {
				return Null, Errorf(TypeErrorType, "complex() second argument must be a number, not '%s'", TypeName(a[1]))
			}
			im, imC = z, a[1].Type() == ComplexType
		}
		return MakeComplex(complexFromParts(re, reC, im, imC, !a[1].IsNull())), nil
	}
	initType(c, ObjectType)
	c.Str = c.Repr
	addGetter(c, "real", func(t *Thread, v Value) (Value, *Exception) { return MakeFloat(real(ComplexOf(v))), nil })
	addGetter(c, "imag", func(t *Thread, v Value) (Value, *Exception) { return MakeFloat(imag(ComplexOf(v))), nil })
	addMethod(c, "conjugate", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return MakeComplex(cmplx.Conj(ComplexOf(a[0]))), nil
	})
}

func toComplex(v Value) (complex128, bool) {
	if v.Type() == ComplexType {
		return ComplexOf(v), true
	}
	f, ok, err := toFloat(v)
	if !ok || err != nil {
		return 0, false
	}
	return complex(f, 0), true
}

// floatHex is float.hex(): 0x1.<13 hex digits>p<exp>.
func floatHex(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	exp := int(bits>>52) & 0x7ff
	mant := bits & (1<<52 - 1)
	lead := "1"
	if exp == 0 {
		lead = "0"
		exp = -1022
	} else {
		exp -= 1023
	}
	digits := strconv.FormatUint(mant+1<<52, 16)[1:] // all 13 digits, as CPython prints
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x" + lead + "." + digits + "p" + es
}

// floatFromHex is float.fromhex: [sign]["0x"]hexdigits["."hexdigits]["p"exp],
// or inf/infinity/nan; Go's hex float parser does the rounding.
func floatFromHex(src string) (float64, *Exception) {
	s := strings.ToLower(strings.TrimSpace(src))
	sign := ""
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign, s = s[:1], s[1:]
	}
	switch s {
	case "inf", "infinity":
		if sign == "-" {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.NaN(), nil
	}
	s = strings.TrimPrefix(s, "0x")
	bad := s == "" || s == "." || strings.HasPrefix(s, "p") || strings.HasPrefix(s, ".p")
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c == '.' || c == 'p' || c == '+' || c == '-') {
			bad = true
		}
	}
	if bad {
		return 0, NewValueError("invalid hexadecimal floating-point string")
	}
	if !strings.Contains(s, "p") {
		s += "p0"
	}
	f, err := strconv.ParseFloat(sign+"0x"+s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && math.IsInf(f, 0) {
			return 0, Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
		}
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, nil
		}
		return 0, NewValueError("invalid hexadecimal floating-point string")
	}
	return f, nil
}

// complexPowInt is x**n by squaring and multiplying (CPython's c_powi),
// which is exact where cmplx.Pow's exp/log route is not.
func complexPowInt(x complex128, n int) complex128 {
	neg := n < 0
	if neg {
		n = -n
	}
	r, p := complex(1, 0), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r *= p
		}
		p *= p
	}
	if neg {
		return 1 / r
	}
	return r
}
