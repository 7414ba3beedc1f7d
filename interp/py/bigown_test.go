package py

import (
	"math/big"
	"math/rand"
	"testing"
)

// IntOwnOp must compute what IntAdd/IntSub/IntMul compute, whether it
// rewrites x's box, another owned box or makes one, never touch y, and
// report a result as owned only when it is a heap box other than y.
func TestIntOwnOp(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	operand := func(bits int) *big.Int {
		v := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(bits)))
		if rng.Intn(2) == 0 {
			v.Neg(v)
		}
		return v
	}
	ops := []struct {
		op  int
		ref func(a, b Value) Value
	}{{OpAdd, IntAdd}, {OpSub, IntSub}, {OpMul, IntMul}}
	for i := 0; i < 2000; i++ {
		o := ops[rng.Intn(len(ops))]
		xb := operand(64 + rng.Intn(3000))
		if xb.BitLen() <= 64 { // big, as the VM's owned values are
			xb.Lsh(xb, 64).Add(xb, big.NewInt(1))
		}
		var yb *big.Int
		switch rng.Intn(4) {
		case 0:
			yb = big.NewInt(int64(rng.Intn(5)) - 2) // -2..2, zero included
		case 1:
			yb = operand(63)
		case 2:
			yb = new(big.Int).Neg(xb) // sums to zero
		default:
			yb = operand(64 + rng.Intn(3000))
		}
		want := o.ref(MakeBigInt(xb), MakeBigInt(yb))
		// an owned box of x's value, as an earlier IntOwnOp leaves it
		x, owned, ok := IntOwnOp(OpAdd, MakeBigInt(xb), MakeInt(0), Value{}, false)
		if !ok || !owned {
			t.Fatalf("copy of %v: ok %v owned %v", xb, ok, owned)
		}
		y := MakeBigInt(yb)
		ycopy := new(big.Int).Set(BigOf(y))
		// a spare owned box of some other size, as x = e1 op e2 has
		spare, _, _ := IntOwnOp(OpAdd, MakeBigInt(operand(70+rng.Intn(4000))), MakeBigInt(xb), Value{}, false)
		for k := 0; k < 3; k++ {
			reuse := k > 0
			xv, dst := x, x
			switch k {
			case 0:
				xv, dst = MakeBigInt(xb), Value{}
			case 2:
				xv, dst = MakeBigInt(xb), spare
			}
			if reuse && dst.IsInt() {
				continue
			}
			r, owned, ok := IntOwnOp(o.op, xv, y, dst, reuse)
			if !ok {
				t.Fatalf("op %d on %v, %v: not ok", o.op, xb, yb)
			}
			if BigOf(r).Cmp(BigOf(want)) != 0 || r.IsInt() != want.IsInt() {
				t.Fatalf("op %d on %v, %v (reuse %v) = %v, want %v", o.op, xb, yb, reuse, BigOf(r), BigOf(want))
			}
			if owned != !r.IsInt() || owned && r == y {
				t.Fatalf("op %d: owned %v for %v", o.op, owned, r)
			}
			if BigOf(y).Cmp(ycopy) != 0 {
				t.Fatalf("op %d changed y", o.op)
			}
			if k != 1 && BigOf(xv).Cmp(xb) != 0 {
				t.Fatalf("op %d changed an x it did not own", o.op)
			}
		}
	}
	for _, v := range []Value{MakeInt(5), True, None, MakeFloat(1)} {
		if _, _, ok := IntOwnOp(OpAdd, v, MakeInt(1), Value{}, false); ok != (v == MakeInt(5)) {
			t.Errorf("IntOwnOp on x = %v: ok %v", v, ok)
		}
		if _, _, ok := IntOwnOp(OpAdd, MakeBigInt(big.NewInt(0).Lsh(big.NewInt(1), 100)), v, Value{}, false); ok != (v == MakeInt(5)) {
			t.Errorf("IntOwnOp on y = %v: ok %v", v, ok)
		}
	}
	if r, owned, _ := IntOwnOp(OpMul, MakeInt(1<<40), MakeInt(1<<40), Value{}, false); !owned || BigOf(r).BitLen() != 81 {
		t.Errorf("inline product: %v owned %v", r, owned)
	}
}
