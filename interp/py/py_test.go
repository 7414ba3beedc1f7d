package py

import (
	"testing"
	"unsafe"
)

func TestValueLayout(t *testing.T) {
	if s := unsafe.Sizeof(Value{}); s != 16 {
		t.Fatalf("Value is %d bytes, want 16", s)
	}
	allocs := testing.AllocsPerRun(100, func() {
		v := MakeInt(1)
		for i := 0; i < 100; i++ {
			v = IntAdd(v, MakeInt(int64(i)))
		}
		_ = MakeFloat(v.Float() + 1.5)
	})
	if allocs != 0 {
		t.Errorf("small int arithmetic allocates %v times", allocs)
	}
}

func TestIntOps(t *testing.T) {
	th := &Thread{}
	big := func(s string) Value {
		v, ok := ParseInt(s, 10)
		if !ok {
			t.Fatalf("bad literal %s", s)
		}
		return v
	}
	tests := []struct {
		op   int
		a, b Value
		want string
	}{
		{OpAdd, MakeInt(9223372036854775807), MakeInt(1), "9223372036854775808"},
		{OpSub, MakeInt(-9223372036854775808), MakeInt(1), "-9223372036854775809"},
		{OpMul, MakeInt(3037000500), MakeInt(3037000500), "9223372037000250000"},
		{OpFloorDiv, MakeInt(-7), MakeInt(2), "-4"},
		{OpMod, MakeInt(-7), MakeInt(2), "1"},
		{OpMod, MakeInt(7), MakeInt(-2), "-1"},
		{OpPow, MakeInt(2), MakeInt(100), "1267650600228229401496703205376"},
		{OpPow, MakeInt(2), MakeInt(-2), "0.25"},
		{OpTrueDiv, MakeInt(1), MakeInt(3), "0.3333333333333333"},
		{OpAnd, MakeInt(-5), MakeInt(0xff), "251"},
		{OpRShift, MakeInt(-1), MakeInt(100), "-1"},
		{OpLShift, MakeInt(1), MakeInt(64), "18446744073709551616"},
		{OpFloorDiv, big("100000000000000000000000"), MakeInt(-7), "-14285714285714285714286"},
		{OpSub, big("9223372036854775808"), MakeInt(1), "9223372036854775807"},
	}
	for _, tc := range tests {
		r, err := BinaryOp(th, tc.op, tc.a, tc.b)
		if err != nil {
			t.Errorf("%v %s %v: %v", tc.a, BinOpSymbols[tc.op], tc.b, err)
			continue
		}
		s, _ := Repr(th, r)
		if s != tc.want {
			t.Errorf("%s %s %s = %s, want %s", IntString(tc.a), BinOpSymbols[tc.op], IntString(tc.b), s, tc.want)
		}
	}
	if r, _ := BinaryOp(th, OpSub, big("9223372036854775808"), MakeInt(1)); !r.IsInt() {
		t.Errorf("a big int that fits was not normalised to inline")
	}
}

// Set iteration order must match CPython's table; these orders are what
// CPython 3.7 prints for the same insertions.
func TestSetOrder(t *testing.T) {
	th := &Thread{}
	tests := []struct {
		in   []int64
		want string
	}{
		{[]int64{5, 3, 1, 3, 9}, "{1, 3, 5, 9}"},
		{[]int64{40, 10, 30, 20}, "{40, 10, 20, 30}"},
		{[]int64{0, 16, 32, 48, 64, 80, 96, 112, 128, 144}, "{0, 32, 64, 96, 128, 16, 48, 80, 112, 144}"},
		{[]int64{-1, -2, -3, 0}, "{0, -3, -1, -2}"},
	}
	for _, tc := range tests {
		s := NewSet(false)
		for _, x := range tc.in {
			s.Add(th, MakeInt(x))
		}
		got, _ := Repr(th, s.V())
		if got != tc.want {
			t.Errorf("set%v = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestHash(t *testing.T) {
	tests := []struct {
		v    Value
		want int64
	}{
		{MakeInt(-1), -2},
		{MakeInt(1 << 61), 1},
		{MakeFloat(1.5), 1152921504606846977},
		{MakeFloat(2.0), 2},
		{NewTuple([]Value{MakeInt(1), MakeInt(2)}), 3713081631934410656},
	}
	for _, tc := range tests {
		h, err := Hash(nil, tc.v)
		if err != nil || h != tc.want {
			t.Errorf("hash(%v) = %d, want %d", tc.v, h, tc.want)
		}
	}
}
