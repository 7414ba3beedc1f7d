package py

import (
	"math/big"
	"math/rand"
	"testing"
)

// remSmall must agree with math/big for every shift of the divisor and
// digit patterns that exercise the reciprocal's correction steps.
func TestRemSmall(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	divisors := []uint64{1, 2, 3, 7, 10, 1000, 999983, 1 << 31, 1<<32 + 1, 1<<63 - 1, 1 << 63, ^uint64(0), ^uint64(0) - 1}
	for i := 0; i < 200; i++ {
		divisors = append(divisors, rng.Uint64()>>uint(rng.Intn(64)))
	}
	for _, d := range divisors {
		if d == 0 {
			continue
		}
		for _, n := range []int{1, 2, 3, 5, 17, 31, 32, 33, 34, 35, 36, 64, 67, 213} {
			ws := edgyWords(rng, n)
			x := new(big.Int).SetBits(ws)
			want := new(big.Int).Rem(x, new(big.Int).SetUint64(d)).Uint64()
			if got := remSmall(x, d); got != want {
				t.Fatalf("remSmall(%v, %d) = %d, want %d", x, d, got, want)
			}
		}
	}
}

// Results built in inline-digit boxes must equal math/big's.
func TestBoxedArith(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 300; i++ {
		a := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(rng.Intn(9000))))
		b := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(rng.Intn(9000))))
		if rng.Intn(2) == 0 {
			a.Neg(a)
		}
		if rng.Intn(2) == 0 {
			b.Neg(b)
		}
		va, vb := MakeBigInt(new(big.Int).Set(a)), MakeBigInt(new(big.Int).Set(b))
		check := func(name string, got Value, want *big.Int) {
			if bigRO(got).Cmp(want) != 0 {
				t.Fatalf("%s(%v, %v) = %v, want %v", name, a, b, bigRO(got), want)
			}
		}
		check("add", IntAdd(va, vb), new(big.Int).Add(a, b))
		check("sub", IntSub(va, vb), new(big.Int).Sub(a, b))
		check("mul", IntMul(va, vb), new(big.Int).Mul(a, b))
		check("and", intBitOp(va, vb, OpAnd), new(big.Int).And(a, b))
		check("or", intBitOp(va, vb, OpOr), new(big.Int).Or(a, b))
		check("xor", intBitOp(va, vb, OpXor), new(big.Int).Xor(a, b))
		s := int64(rng.Intn(300))
		l, _ := intShift(va, MakeInt(s), true)
		check("lsh", l, new(big.Int).Lsh(a, uint(s)))
		r, _ := intShift(va, MakeInt(s*7), false)
		check("rsh", r, new(big.Int).Rsh(a, uint(s*7)))
	}
}

// Every requested size gets a box with at least that many inline words,
// the smallest such.
func TestBoxClass(t *testing.T) {
	for n := 0; n <= 5000; n++ {
		o := newBigBoxCap(n)
		c := cap(o.b.Bits())
		if n <= boxSizes[len(boxSizes)-1].n {
			if c < n {
				t.Fatalf("newBigBoxCap(%d): cap %d", n, c)
			}
			for _, s := range boxSizes {
				if s.n >= n && s.n < c {
					t.Fatalf("newBigBoxCap(%d): cap %d, size %d fits", n, c, s.n)
				}
			}
		} else if c != 0 {
			t.Fatalf("newBigBoxCap(%d): cap %d, want a plain box", n, c)
		}
	}
}

// big // small agrees with math/big's floored division for both signs.
func TestBigFloorDivSmall(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	ys := []int64{1, -1, 2, -2, 3, -3, 7, 1000, -1000, 1 << 62, -(1 << 62), 1<<63 - 1, -1 << 63}
	for i := 0; i < 50; i++ {
		ys = append(ys, rng.Int63()>>uint(rng.Intn(63))*int64(1-2*rng.Intn(2)))
	}
	for i := 0; i < 200; i++ {
		a := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(65+rng.Intn(5000))))
		a.Add(a, new(big.Int).Lsh(big.NewInt(1), 64))
		if i%2 == 1 {
			a.Neg(a)
		}
		for _, y := range ys {
			if y == 0 {
				continue
			}
			want, m := new(big.Int).DivMod(a, big.NewInt(y), new(big.Int))
			// DivMod is Euclidean; floor differs for a negative divisor
			if y < 0 && m.Sign() != 0 {
				want.Sub(want, big.NewInt(1))
			}
			got := bigFloorDivSmall(a, y)
			if bigRO(got).Cmp(want) != 0 {
				t.Fatalf("%v // %d = %v, want %v", a, y, bigRO(got), want)
			}
			if g2 := IntFloorDiv(MakeBigInt(new(big.Int).Set(a)), MakeInt(y)); bigRO(g2).Cmp(want) != 0 {
				t.Fatalf("IntFloorDiv(%v, %d) = %v, want %v", a, y, bigRO(g2), want)
			}
		}
	}
}

// hash(big int) is |x| mod 2**61-1 with x's sign, -1 read as -2.
func TestBigHash(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	mod := big.NewInt(hashModulus)
	for i := 0; i < 500; i++ {
		a := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(64+rng.Intn(3000))))
		a.Add(a, new(big.Int).Lsh(big.NewInt(1), 63))
		switch i % 5 {
		case 1:
			a.Mul(mod, big.NewInt(int64(rng.Intn(1000)+1)<<3)) // multiples of the modulus
			a.Lsh(a, 64)
		case 2:
			a.Sub(new(big.Int).Lsh(big.NewInt(1), uint(61*(1+rng.Intn(40)))), big.NewInt(1))
		}
		for _, x := range []*big.Int{a, new(big.Int).Neg(a)} {
			want := new(big.Int).Mod(new(big.Int).Abs(x), mod).Int64()
			if x.Sign() < 0 {
				want = -want
			}
			if want == -1 {
				want = -2
			}
			if got := intHash(MakeBigInt(new(big.Int).Set(x))); got != want {
				t.Fatalf("hash(%v) = %d, want %d", x, got, want)
			}
		}
	}
}

// edgyWords is n digit words, each all ones, zero or random: the patterns
// that exercise carries and the division's correction steps.
func edgyWords(rng *rand.Rand, n int) []big.Word {
	ws := make([]big.Word, n)
	for k := range ws {
		switch rng.Intn(3) {
		case 0:
			ws[k] = ^big.Word(0)
		case 1:
			ws[k] = 0
		default:
			ws[k] = big.Word(rng.Uint64())
		}
	}
	return ws
}
