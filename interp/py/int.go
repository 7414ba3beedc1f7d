package py

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unsafe"
)

// Int is an int that does not fit in int64 (smaller ones are inline).
type Int struct {
	Object
	v *big.Int
}

// IntType is `int`; BoolType is `bool`.
var (
	IntType  = &Type{Name: "int"}
	BoolType = &Type{Name: "bool", Final: true}
)

// MakeBigInt returns b as an int value, inline when it fits (b is owned).
func MakeBigInt(b *big.Int) Value {
	if b.IsInt64() {
		return MakeInt(b.Int64())
	}
	i := &Int{v: b}
	i.typ = IntType
	return valueOf(unsafe.Pointer(i))
}

// IsIntLike reports whether v is an int (inline or big) or a bool.
func IsIntLike(v Value) bool {
	return v.IsInt() || v.IsBool() || v.Type() == IntType
}

// IsBigInt reports whether v is a heap int.
func isBig(v Value) bool { return !v.IsInt() && !v.IsBool() && v.Type() == IntType }

// BigOf returns an int-like value as a new *big.Int.
func BigOf(v Value) *big.Int {
	if v.IsInt() || v.IsBool() {
		return big.NewInt(v.Int())
	}
	return new(big.Int).Set((*Int)(v.p).v)
}

// bigRO returns the *big.Int of an int-like value without copying when
// it is already big (callers must not modify it).
func bigRO(v Value) *big.Int {
	if v.IsInt() || v.IsBool() {
		return big.NewInt(v.Int())
	}
	return (*Int)(v.p).v
}

// IntString is str(int).
func IntString(v Value) string {
	if v.IsInt() || v.IsBool() {
		return strconv.FormatInt(v.Int(), 10)
	}
	return (*Int)(v.p).v.String()
}

const hashModulus = (1 << 61) - 1

// intHash is CPython's hash(int): the value modulo 2**61-1, keeping the sign.
func intHash(v Value) int64 {
	if v.IsInt() || v.IsBool() {
		n := v.Int()
		var h int64
		if n >= 0 {
			h = int64(uint64(n) % hashModulus)
		} else {
			h = -int64(uint64(-n) % hashModulus)
		}
		if h == -1 {
			h = -2
		}
		return h
	}
	b := (*Int)(v.p).v
	h := int64(mersenneRem(b.Bits()))
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func intCmp(a, b Value) int {
	if (a.IsInt() || a.IsBool()) && (b.IsInt() || b.IsBool()) {
		x, y := a.Int(), b.Int()
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	var sa, sb smallBig
	return sa.arg(a).Cmp(sb.arg(b))
}

// IntAdd etc. are the int fast paths with overflow into big.
func IntAdd(a, b Value) Value {
	if a.IsInt() && b.IsInt() {
		x, y := a.Int(), b.Int()
		s := x + y
		if (s^x)&(s^y) >= 0 {
			return MakeInt(s)
		}
		lo, c := bits.Add64(absU(x), absU(y), 0) // same signs
		return bigFromWords(c, lo, x < 0)
	}
	if b.IsInt() && shortBig(a) {
		return bigAddWord(bigRO(a), b.Int() < 0, absU(b.Int()))
	}
	if a.IsInt() && shortBig(b) {
		return bigAddWord(bigRO(b), a.Int() < 0, absU(a.Int()))
	}
	var sa, sb smallBig
	x, y := sa.arg(a), sb.arg(b)
	o := newBigBoxCap(max(words(x), words(y)) + 1)
	o.b.Add(x, y)
	return o.value()
}

func IntSub(a, b Value) Value {
	if a.IsInt() && b.IsInt() {
		x, y := a.Int(), b.Int()
		s := x - y
		if (x^y)&(x^s) >= 0 {
			return MakeInt(s)
		}
		lo, c := bits.Add64(absU(x), absU(y), 0) // opposite signs
		return bigFromWords(c, lo, x < 0)
	}
	if b.IsInt() && shortBig(a) {
		return bigAddWord(bigRO(a), b.Int() > 0, absU(b.Int()))
	}
	var sa, sb smallBig
	x, y := sa.arg(a), sb.arg(b)
	o := newBigBoxCap(max(words(x), words(y)) + 1)
	o.b.Sub(x, y)
	return o.value()
}

func IntMul(a, b Value) Value {
	if (a.IsInt() || a.IsBool()) && (b.IsInt() || b.IsBool()) {
		x, y := a.Int(), b.Int()
		if x == int64(int32(x)) && y == int64(int32(y)) {
			return MakeInt(x * y)
		}
		neg := (x < 0) != (y < 0)
		ux, uy := absU(x), absU(y)
		hi, lo := bits.Mul64(ux, uy)
		if hi == 0 {
			if !neg && lo <= math.MaxInt64 {
				return MakeInt(int64(lo))
			}
			if neg && lo <= 1<<63 {
				return MakeInt(int64(-lo))
			}
		}
		return bigFromWords(hi, lo, neg)
	}
	if b.IsInt() && shortBig(a) {
		return bigMulWord(bigRO(a), b.Int())
	}
	if a.IsInt() && shortBig(b) {
		return bigMulWord(bigRO(b), a.Int())
	}
	var sa, sb smallBig
	x, y := sa.arg(a), sb.arg(b)
	o := newBigBoxCap(words(x) + words(y))
	o.b.Mul(x, y)
	return o.value()
}

func absU(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}

func isZero(v Value) bool {
	if v.IsInt() || v.IsBool() {
		return v.n == 0
	}
	return (*Int)(v.p).v.Sign() == 0
}

// IntFloorDiv is a // b for ints (b != 0).
func IntFloorDiv(a, b Value) Value {
	if a.IsInt() && b.IsInt() {
		x, y := a.Int(), b.Int()
		if !(x == math.MinInt64 && y == -1) {
			q := x / y
			if (x%y != 0) && ((x < 0) != (y < 0)) {
				q--
			}
			return MakeInt(q)
		}
	}
	if isBig(a) || isBig(b) {
		if k := pow2Divisor(b); k >= 0 {
			r, _ := intShift(a, MakeInt(int64(k)), false)
			return r
		}
	}
	var sa, sb smallBig
	x, y := sa.arg(a), sb.arg(b)
	if b.IsInt() && b.Int() != 0 && isBig(a) {
		return bigFloorDivSmall(x, b.Int())
	}
	q, _ := bigDivMod(x, y)
	return MakeBigInt(q)
}

// IntMod is a % b for ints (b != 0), with the sign of b.
func IntMod(a, b Value) Value {
	if a.IsInt() && b.IsInt() {
		x, y := a.Int(), b.Int()
		if y == -1 {
			return MakeInt(0)
		}
		r := x % y
		if r != 0 && ((r < 0) != (y < 0)) {
			r += y
		}
		return MakeInt(r)
	}
	if b.IsInt() && isBig(a) {
		if y := b.Int(); y > 0 && y&(y-1) == 0 {
			return modPow2(bigRO(a), bits.TrailingZeros64(uint64(y)))
		}
		return bigModSmall(bigRO(a), b.Int())
	}
	if isBig(b) {
		if k := pow2Exp(bigRO(b)); k > 0 {
			if a.IsInt() || a.IsBool() {
				if a.Int() >= 0 {
					return MakeInt(a.Int()) // below 2**63 <= b (a bool is 0 or 1)
				}
			} else {
				return modPow2(bigRO(a), k)
			}
		}
	}
	var sa, sb smallBig
	_, r := bigDivMod(sa.arg(a), sb.arg(b))
	return MakeBigInt(r)
}

func bigDivMod(a, b *big.Int) (*big.Int, *big.Int) {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, b)
	}
	return q, r
}

// IntToFloat converts an int to float64, or OverflowError.
func IntToFloat(v Value) (float64, *Exception) {
	if v.IsInt() || v.IsBool() {
		return float64(v.Int()), nil
	}
	f, _ := new(big.Float).SetInt((*Int)(v.p).v).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

func intTrueDiv(a, b Value) (Value, *Exception) {
	if isZero(b) {
		return Null, Errorf(ZeroDivisionErrorType, "division by zero")
	}
	if (a.IsInt() || a.IsBool()) && (b.IsInt() || b.IsBool()) {
		x, y := a.Int(), b.Int()
		if absU(x) <= 1<<53 && absU(y) <= 1<<53 {
			return MakeFloat(float64(x) / float64(y)), nil
		}
	}
	r := new(big.Rat).SetFrac(BigOf(a), BigOf(b))
	f, _ := r.Float64()
	if f == 0 && (intCmp(a, MakeInt(0)) < 0) != (intCmp(b, MakeInt(0)) < 0) {
		// big.Rat has no negative zero; CPython gives 0 / -big == -0.0
		// and an underflowing negative quotient keeps its sign too.
		f = math.Copysign(0, -1)
	}
	if math.IsInf(f, 0) {
		return Null, Errorf(OverflowErrorType, "integer division result too large for a float")
	}
	return MakeFloat(f), nil
}

func intPow(a, b Value) (Value, *Exception) {
	if intCmp(b, MakeInt(0)) < 0 {
		fa, err := IntToFloat(a)
		if err != nil {
			return Null, err
		}
		fb, err := IntToFloat(b)
		if err != nil {
			return Null, err
		}
		return floatPow(fa, fb)
	}
	if a.IsInt() && b.IsInt() {
		x, y := a.Int(), b.Int()
		r := int64(1)
		ok := true
		for y > 0 && ok {
			if y&1 == 1 {
				hi, lo := bits.Mul64(absU(r), absU(x))
				if hi != 0 || lo > math.MaxInt64 {
					ok = false
					break
				}
				if (r < 0) != (x < 0) {
					r = -int64(lo)
				} else {
					r = int64(lo)
				}
			}
			y >>= 1
			if y > 0 {
				hi, lo := bits.Mul64(absU(x), absU(x))
				if hi != 0 || lo > math.MaxInt64 {
					ok = false
					break
				}
				x = int64(lo)
			}
		}
		if ok {
			return MakeInt(r), nil
		}
	}
	if b.Type() == IntType && !b.IsInt() {
		return Null, NewException(MemoryErrorType)
	}
	if bitLen(a)*b.Int() > 1<<32 {
		return Null, NewException(MemoryErrorType)
	}
	return MakeBigInt(new(big.Int).Exp(bigRO(a), bigRO(b), nil)), nil
}

func bitLen(v Value) int64 {
	if v.IsInt() || v.IsBool() {
		return int64(bits.Len64(absU(v.Int())))
	}
	return int64((*Int)(v.p).v.BitLen())
}

// IntPowMod is pow(a, b, m) for ints.
func IntPowMod(a, b, m Value) (Value, *Exception) {
	if isZero(m) {
		return Null, NewValueError("pow() 3rd argument cannot be 0")
	}
	bb := BigOf(b)
	ba := BigOf(a)
	bm := BigOf(m)
	neg := bm.Sign() < 0
	mAbs := new(big.Int).Abs(bm)
	if bb.Sign() < 0 {
		return Null, NewValueError("pow() 2nd argument cannot be negative when 3rd argument specified")
	}
	if bb.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(ba, mAbs), mAbs)
		if inv == nil {
			return Null, NewValueError("base is not invertible for the given modulus")
		}
		ba = inv
		bb.Neg(bb)
	}
	r := new(big.Int).Exp(new(big.Int).Mod(ba, mAbs), bb, mAbs)
	if neg && r.Sign() != 0 {
		r.Add(r, bm)
	}
	return MakeBigInt(r), nil
}

func intShift(a, b Value, left bool) (Value, *Exception) {
	if intCmp(b, MakeInt(0)) < 0 {
		return Null, NewValueError("negative shift count")
	}
	if !b.IsInt() {
		if left && !isZero(a) {
			return Null, NewException(OverflowErrorType, NewStr("too many digits in integer"))
		}
		if isZero(a) || intCmp(a, MakeInt(0)) > 0 {
			return MakeInt(0), nil
		}
		return MakeInt(-1), nil
	}
	n := b.Int()
	if left {
		if a.IsInt() || a.IsBool() {
			x := a.Int()
			if n < 63 && (x<<n)>>n == x {
				return MakeInt(x << n), nil
			}
		}
		if n > 1<<32 {
			return Null, NewException(MemoryErrorType)
		}
		var sa smallBig
		x := sa.arg(a)
		o := newBigBoxCap(words(x) + int(n/64) + 1)
		o.b.Lsh(x, uint(n))
		return o.value(), nil
	}
	if a.IsInt() || a.IsBool() {
		if n > 63 {
			n = 63
		}
		return MakeInt(a.Int() >> n), nil
	}
	x := (*Int)(a.p).v
	if int64(x.BitLen())-n <= 63 {
		return rshInline(x, uint(n)), nil
	}
	o := newBigBoxCap(max(words(x)-int(n/64), 0) + 1)
	o.b.Rsh(x, uint(n))
	return o.value(), nil
}

func intBitOp(a, b Value, op int) Value {
	if (a.IsInt() || a.IsBool()) && (b.IsInt() || b.IsBool()) {
		x, y := a.Int(), b.Int()
		var r int64
		switch op {
		case OpAnd:
			r = x & y
		case OpOr:
			r = x | y
		default:
			r = x ^ y
		}
		if a.IsBool() && b.IsBool() {
			return MakeBool(r != 0)
		}
		return MakeInt(r)
	}
	var sa, sb smallBig
	x, y := sa.arg(a), sb.arg(b)
	o := newBigBoxCap(max(words(x), words(y)) + 1)
	switch op {
	case OpAnd:
		o.b.And(x, y)
	case OpOr:
		o.b.Or(x, y)
	default:
		o.b.Xor(x, y)
	}
	return o.value()
}

// intBinary is the int type's slot for every binary operator.
func intBinary(op int) BinaryFn {
	return func(t *Thread, a, b Value) (Value, *Exception) {
		if !IsIntLike(a) || !IsIntLike(b) {
			return NotImplemented, nil
		}
		switch op {
		case OpAdd:
			return IntAdd(a, b), nil
		case OpSub:
			return IntSub(a, b), nil
		case OpMul:
			return IntMul(a, b), nil
		case OpTrueDiv:
			return intTrueDiv(a, b)
		case OpFloorDiv:
			if isZero(b) {
				return Null, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			return IntFloorDiv(a, b), nil
		case OpMod:
			if isZero(b) {
				return Null, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			return IntMod(a, b), nil
		case OpPow:
			return intPow(a, b)
		case OpLShift:
			return intShift(a, b, true)
		case OpRShift:
			return intShift(a, b, false)
		case OpAnd, OpOr, OpXor:
			return intBitOp(a, b, op), nil
		}
		return NotImplemented, nil
	}
}

// ParseInt is int(s, base): optional sign, whitespace, underscores between
// digits, and a 0x/0o/0b prefix when base is 0 or matches.
func ParseInt(s string, base int) (Value, bool) {
	orig := s
	_ = orig
	s = strings.TrimSpace(s)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		if (p == 'x' && (base == 16 || base == 0)) || (p == 'o' && (base == 8 || base == 0)) || (p == 'b' && (base == 2 || base == 0)) {
			switch p {
			case 'x':
				base = 16
			case 'o':
				base = 8
			case 'b':
				base = 2
			}
			s = s[2:]
			if strings.HasPrefix(s, "_") {
				s = s[1:]
			}
		}
	}
	if base == 0 {
		if len(s) > 1 && s[0] == '0' {
			if strings.Trim(s, "0_") != "" {
				return Null, false
			}
		}
		base = 10
	}
	// (a second sign, which strconv would take, is no digit either)
	if s == "" || s[0] == '_' || s[0] == '+' || s[0] == '-' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return Null, false
	}
	s = strings.ReplaceAll(s, "_", "")
	for _, c := range s {
		if c >= 0x80 {
			return Null, false
		}
	}
	if n, err := strconv.ParseInt(s, base, 64); err == nil {
		if neg {
			n = -n
		}
		return MakeInt(n), true
	}
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		return Null, false
	}
	if neg {
		b.Neg(b)
	}
	return MakeBigInt(b), true
}

func initInt() {
	t := IntType
	t.Repr = func(_ *Thread, v Value) (string, *Exception) { return IntString(v), nil }
	t.Hash = func(_ *Thread, v Value) (int64, *Exception) { return intHash(v), nil }
	t.Bool = func(_ *Thread, v Value) (bool, *Exception) { return !isZero(v), nil }
	t.Compare = func(_ *Thread, a, b Value, op int) (Value, *Exception) {
		if IsIntLike(b) {
			return MakeBool(cmpResult(intCmp(a, b), op)), nil
		}
		if b.IsFloat() {
			c := floatIntCmp(b.Float(), a)
			if c == 2 {
				// NaN is unordered: negating 2 would read as "less"
				return MakeBool(op == NE), nil
			}
			return MakeBool(cmpResult(-c, op)), nil
		}
		return NotImplemented, nil
	}
	for op := 0; op < NumBinOps; op++ {
		if op != OpMatMul {
			t.Binary[op] = intBinary(op)
		}
	}
	t.Neg = func(_ *Thread, v Value) (Value, *Exception) {
		if v.IsInt() && v.Int() != math.MinInt64 || v.IsBool() {
			return MakeInt(-v.Int()), nil
		}
		return MakeBigInt(new(big.Int).Neg(bigRO(v))), nil
	}
	t.Pos = func(_ *Thread, v Value) (Value, *Exception) {
		if v.IsBool() {
			return MakeInt(v.Int()), nil
		}
		return v, nil
	}
	t.Abs = func(_ *Thread, v Value) (Value, *Exception) {
		if intCmp(v, MakeInt(0)) < 0 {
			return IntType.Neg(nil, v)
		}
		return IntType.Pos(nil, v)
	}
	t.Invert = func(_ *Thread, v Value) (Value, *Exception) {
		if v.IsInt() || v.IsBool() {
			return MakeInt(^v.Int()), nil
		}
		return MakeBigInt(new(big.Int).Not(bigRO(v))), nil
	}
	t.Index = func(_ *Thread, v Value) (Value, *Exception) { return IntType.Pos(nil, v) }
	t.ToInt = t.Index
	t.ToFloat = func(_ *Thread, v Value) (Value, *Exception) {
		f, err := IntToFloat(v)
		if err != nil {
			return Null, err
		}
		return MakeFloat(f), nil
	}
	t.New = intNew
	initType(t, ObjectType)
	t.Str = t.Repr

	b := BoolType
	b.Repr = func(_ *Thread, v Value) (string, *Exception) {
		if v.Bool() {
			return "True", nil
		}
		return "False", nil
	}
	b.Str = b.Repr
	b.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		if len(kw) > 0 {
			return Null, NewTypeError("bool() takes no keyword arguments")
		}
		if len(args) > 1 {
			return Null, Errorf(TypeErrorType, "bool expected at most 1 arguments, got %d", len(args))
		}
		if len(args) == 0 {
			return False, nil
		}
		r, err := Truth(t, args[0])
		return MakeBool(r), err
	}
	initType(b, IntType)
	addGetter(IntType, "real", func(t *Thread, v Value) (Value, *Exception) { return IntType.Pos(t, v) })
	addGetter(IntType, "imag", func(t *Thread, v Value) (Value, *Exception) { return MakeInt(0), nil })
	addGetter(IntType, "numerator", func(t *Thread, v Value) (Value, *Exception) { return IntType.Pos(t, v) })
	addGetter(IntType, "denominator", func(t *Thread, v Value) (Value, *Exception) { return MakeInt(1), nil })
	addMethod(IntType, "bit_length", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return MakeInt(bitLen(a[0])), nil
	})
	addMethod(IntType, "conjugate", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return IntType.Pos(t, a[0])
	})
	addMethod(IntType, "__index__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return IntType.Pos(t, a[0])
	})
	addMethod(IntType, "__format__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if len(a) != 2 || !IsStr(a[1]) {
			return Null, NewTypeError("__format__ expects a str")
		}
		s, err := FormatValue(t, a[0], StrOf(a[1]))
		return NewStr(s), err
	})
	addMethod(IntType, "to_bytes", intToBytes)
	addClassMethod(IntType, "from_bytes", intFromBytes)
}

func intToBytes(t *Thread, args []Value, kw []string) (Value, *Exception) {
	a, err := ParseArgs("to_bytes", args, kw, []string{"self", "length", "byteorder", "signed"}, 3)
	if err != nil {
		return Null, err
	}
	n, err := IndexInt(t, a[1])
	if err != nil {
		return Null, err
	}
	little := StrOf(a[2]) == "little"
	v := BigOf(a[0])
	signed := !a[3].IsNull() && Truth_(a[3])
	if v.Sign() < 0 {
		if !signed {
			return Null, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
		}
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
	}
	b := v.Bytes()
	if len(b) > int(n) {
		return Null, Errorf(OverflowErrorType, "int too big to convert")
	}
	out := make([]byte, n)
	copy(out[int(n)-len(b):], b)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return NewBytes(out), nil
}

func intFromBytes(t *Thread, args []Value, kw []string) (Value, *Exception) {
	a, err := ParseArgs("from_bytes", args, kw, []string{"cls", "bytes", "byteorder", "signed"}, 3)
	if err != nil {
		return Null, err
	}
	b, ok := bytesOf(a[1])
	if !ok {
		return Null, NewTypeError("cannot convert object to bytes")
	}
	b = append([]byte(nil), b...)
	if StrOf(a[2]) == "little" {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	v := new(big.Int).SetBytes(b)
	if !a[3].IsNull() && Truth_(a[3]) && len(b) > 0 && b[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	return MakeBigInt(v), nil
}

// IntOfFast is int(x) for the common calls, int(n), int(b) of a bool and
// int("123"), with no argument parsing; ok false: the general int()
// decides. The VM calls it for int(x) without going through
// type.__call__.
func IntOfFast(x Value) (Value, bool) {
	if x.IsInt() {
		return x, true
	}
	switch x {
	case True: // int(a < b)
		return MakeInt(1), true
	case False:
		return MakeInt(0), true
	}
	if x.Type() == StrType {
		if n, ok := parseSmallDecimal(StrOf(x)); ok {
			return MakeInt(n), true
		}
	}
	return Null, false
}

func intNew(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
	if len(args) == 1 && len(kw) == 0 {
		if r, ok := IntOfFast(args[0]); ok {
			return r, nil
		}
	}
	a, err := ParseArgs("int", args, kw, []string{"x", "base"}, 0)
	if err != nil {
		return Null, err
	}
	x := a[0]
	if x.IsNull() {
		return MakeInt(0), nil
	}
	if !a[1].IsNull() {
		base, err := IndexInt(t, a[1])
		if err != nil {
			return Null, err
		}
		if base != 0 && (base < 2 || base > 36) {
			return Null, NewValueError("int() base must be >= 2 and <= 36, or 0")
		}
		var s string
		if IsStr(x) {
			s = asciiDigits(StrOf(x))
		} else if b, ok := bytesOf(x); ok {
			s = string(b)
		} else {
			return Null, NewTypeError("int() can't convert non-string with explicit base")
		}
		v, ok := ParseInt(s, int(base))
		if !ok {
			r, _ := Repr(t, x)
			return Null, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, r)
		}
		return v, nil
	}
	return ToInt(t, x)
}

// ToInt is int(x) for one argument.
func ToInt(t *Thread, x Value) (Value, *Exception) {
	switch {
	case x.IsInt():
		return x, nil
	case x.IsBool():
		return MakeInt(x.Int()), nil
	case x.IsFloat():
		return FloatToInt(x.Float())
	case IsStr(x):
		if typ := x.Type(); typ != StrType {
			// a str subclass's __int__ or __trunc__ comes before its text
			if typ.ToInt != nil {
				return typ.ToInt(t, x)
			}
			if f := typ.LookupS("__trunc__"); !f.IsNull() {
				return CallMethod(t, x, "__trunc__")
			}
		}
		v, ok := ParseInt(asciiDigits(StrOf(x)), 10)
		if !ok {
			r, _ := Repr(t, x)
			return Null, Errorf(ValueErrorType, "invalid literal for int() with base 10: %s", r)
		}
		return v, nil
	}
	if b, ok := bytesOf(x); ok {
		v, ok := ParseInt(string(b), 10)
		if !ok {
			r, _ := Repr(t, x)
			return Null, Errorf(ValueErrorType, "invalid literal for int() with base 10: %s", r)
		}
		return v, nil
	}
	typ := x.Type()
	if typ.ToInt != nil {
		return typ.ToInt(t, x)
	}
	if typ.Index != nil {
		return typ.Index(t, x)
	}
	if f := typ.LookupS("__trunc__"); !f.IsNull() {
		return CallMethod(t, x, "__trunc__")
	}
	return Null, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a number, not '%s'", typ.Name)
}

// FloatToInt truncates a float to an int.
func FloatToInt(f float64) (Value, *Exception) {
	if math.IsInf(f, 0) {
		return Null, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return Null, NewValueError("cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -9.2e18 && f <= 9.2e18 {
		return MakeInt(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return MakeBigInt(b), nil
}

// IndexInt is operator.index(v) as an int64 (OverflowError if too big).
func IndexInt(t *Thread, v Value) (int64, *Exception) {
	if v.IsInt() || v.IsBool() {
		return v.Int(), nil
	}
	i, ok, err := indexOf(t, v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(v))
	}
	return i, nil
}

// indexOf converts via __index__; ok is false when v has none.
func indexOf(t *Thread, v Value) (int64, bool, *Exception) {
	if v.IsInt() || v.IsBool() {
		return v.Int(), true, nil
	}
	typ := v.Type()
	if typ.User && typ.IsSubtype(IntType) {
		// an int subclass is its value; __index__ is not called
		// (PyNumber_Index in 3.7)
		if u := Unbox(v); u.IsInt() {
			return u.Int(), true, nil
		}
		return 0, true, Errorf(IndexErrorType, "cannot fit '%s' into an index-sized integer", TypeName(v))
	}
	if typ.Index == nil {
		return 0, false, nil
	}
	r, err := typ.Index(t, v)
	if err != nil {
		return 0, true, err
	}
	if !r.IsInt() {
		// 3.7 takes a bool or an int subclass from __index__ as its
		// value (with a DeprecationWarning)
		if r.IsBool() {
			return r.Int(), true, nil
		}
		if r.Type().User && r.Type().IsSubtype(IntType) {
			r = Unbox(r)
			if r.IsInt() {
				return r.Int(), true, nil
			}
		}
		if IsIntLike(r) {
			return 0, true, Errorf(IndexErrorType, "cannot fit '%s' into an index-sized integer", TypeName(v))
		}
		return 0, true, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
	}
	return r.Int(), true, nil
}

// IndexValue is operator.index(v) as an int value.
func IndexValue(t *Thread, v Value) (Value, *Exception) {
	if IsIntLike(v) {
		return IntType.Pos(t, v)
	}
	if v.Type().IsSubtype(IntType) {
		return Unbox(v), nil // PyNumber_Index takes any int as it is
	}
	if v.Type().Index == nil {
		return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(v))
	}
	r, err := v.Type().Index(t, v)
	if err != nil {
		return Null, err
	}
	if !IsIntLike(r) {
		if r.Type().IsSubtype(IntType) {
			return Unbox(r), nil
		}
		return Null, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
	}
	return r, nil
}

// repeatCount reads the count of seq*n; ok false means n is not an index.
func repeatCount(t *Thread, n Value) (int, bool, *Exception) {
	if n.IsInt() || n.IsBool() {
		return int(n.Int()), true, nil
	}
	if isBig(n) {
		if bigRO(n).Sign() < 0 {
			return 0, true, nil
		}
		return 0, true, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if n.Type().Index == nil {
		return 0, false, nil
	}
	i, _, err := indexOf(t, n)
	return int(i), true, err
}
