package py

import "math/big"

// Methods 3.7's int, float, str, bytes and tuple have that the slots do
// not expose (int.__trunc__, float.__getnewargs__, ...): dir() lists
// them, math.trunc/floor/ceil and round() find them on subclasses, and
// copy/pickle protocols read __getnewargs__.
func initNumDunders() {
	same := func(name string) func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if err := noArgs(name, a, kw); err != nil {
				return Null, err
			}
			return plainInt(a[0]), nil
		}
	}
	for _, name := range []string{"__trunc__", "__floor__", "__ceil__"} {
		addMethod(IntType, name, same(name))
	}
	addMethod(IntType, "__round__", intRound)
	addMethod(IntType, "__getnewargs__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if err := noArgs("__getnewargs__", a, kw); err != nil {
			return Null, err
		}
		return NewTuple([]Value{plainInt(a[0])}), nil
	})
	addMethod(FloatType, "__trunc__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if err := noArgs("__trunc__", a, kw); err != nil {
			return Null, err
		}
		return FloatToInt(Unbox(a[0]).Float())
	})
	for _, typ := range []*Type{FloatType, StrType, BytesType, TupleType} {
		addMethod(typ, "__getnewargs__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if err := noArgs("__getnewargs__", a, kw); err != nil {
				return Null, err
			}
			v := Unbox(a[0])
			if v.Type() == TupleType {
				v = NewTuple(append([]Value(nil), AsTuple(v)...))
			}
			return NewTuple([]Value{v}), nil
		})
	}
}

// noArgs checks that a method of no arguments got only its self.
func noArgs(name string, a []Value, kw []string) *Exception {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	return ArgCount(name, a[1:], 0, 0)
}

// plainInt is an int, bool or int subclass instance as a plain int.
func plainInt(v Value) Value {
	v = Unbox(v)
	if v.IsBool() {
		return MakeInt(v.Int())
	}
	return v
}

// intRound is int.__round__([ndigits]): the int itself, or for a
// negative ndigits the nearest multiple of 10**-ndigits, halves to even.
func intRound(t *Thread, a []Value, kw []string) (Value, *Exception) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "__round__() takes no keyword arguments")
	}
	if len(a) > 2 {
		return Null, Errorf(TypeErrorType, "function takes at most 1 argument (%d given)", len(a)-1)
	}
	x := plainInt(a[0])
	if len(a) == 1 {
		return x, nil
	}
	n, err := IndexInt(t, a[1])
	if err != nil {
		return Null, err
	}
	if n >= 0 {
		return x, nil
	}
	m := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	q, r := new(big.Int).DivMod(BigOf(x), m, new(big.Int))
	c := new(big.Int).Lsh(r, 1).Cmp(m)
	if c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	return MakeBigInt(q.Mul(q, m)), nil
}
