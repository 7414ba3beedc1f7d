package fold

import (
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
	"unicode/utf8"

	"github.com/bytepy/bytepy/interp/constant"
)

// CPython's hash() of constants, which decides the order of a frozenset.
//
// Numbers hash by value modulo the Mersenne prime 2**61-1, so that
// hash(1) == hash(1.0) == hash(True) (Python/pyhash.c, longobject.c,
// floatobject.c, complexobject.c); tuples use 3.7's tuplehash (3.8 switched
// to xxHash). str and bytes hash with SipHash-2-4 under a per-process random
// key, so their frozenset order differs from run to run in CPython; this
// package uses the key CPython uses with PYTHONHASHSEED=0 (all zeros), which
// makes the order reproducible and equal to CPython's under that setting.
// None and Ellipsis hash by address in CPython. ASLR moves the address by
// whole pages, so the low 8 bits of those hashes (address >> 4) never
// change; the stand-ins below are values the oracle printed, which put None
// and Ellipsis in the same slots of any small table as CPython does.

const (
	hashBits     = 61
	hashModulus  = 1<<hashBits - 1
	hashInf      = 314159
	hashImag     = 1000003
	hashNone     = 8729916523631 // hash(None) in one run of the oracle
	hashEllipsis = 8729916524395 // hash(...) in the same run
)

var bigModulus = big.NewInt(hashModulus)

// hashOf returns hash(v).
func hashOf(v constant.Value) int64 {
	switch x := v.(type) {
	case constant.NoneType:
		return hashNone
	case constant.EllipsisType:
		return hashEllipsis
	case constant.Bool:
		if x {
			return 1
		}
		return 0
	case constant.Int:
		return fixHash(intHash(x.V))
	case constant.Float:
		return fixHash(floatHash(float64(x)))
	case constant.Complex:
		h := uint64(floatHash(real(x))) + hashImag*uint64(floatHash(imag(x)))
		return fixHash(int64(h))
	case constant.Str:
		return bytesHash(ucsData(string(x)))
	case constant.Bytes:
		return bytesHash([]byte(x))
	case constant.Tuple:
		return tupleHash(x)
	case constant.FrozenSet:
		return frozenSetHash(x)
	}
	return 0
}

// fixHash maps -1, which CPython reserves for errors, to -2.
func fixHash(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

// intHash is long_hash: |v| mod 2**61-1, with v's sign.
func intHash(v *big.Int) int64 {
	m := new(big.Int).Abs(v)
	m.Mod(m, bigModulus)
	h := m.Int64()
	if v.Sign() < 0 {
		h = -h
	}
	return h
}

// floatHash is _Py_HashDouble: for a finite x = m * 2**e (m an integer),
// m * 2**e modulo 2**61-1, where multiplying by 2 is a rotation of 61 bits
// because 2**61 is 1 modulo the prime.
func floatHash(x float64) int64 {
	switch {
	case math.IsInf(x, 1):
		return hashInf
	case math.IsInf(x, -1):
		return -hashInf
	case math.IsNaN(x):
		return 0
	case x == 0:
		return 0
	}
	frac, exp := math.Frexp(math.Abs(x)) // x = frac * 2**exp, 0.5 <= frac < 1
	m := uint64(math.Ldexp(frac, 53))    // exact: 53 significant bits
	e := exp - 53
	k := e % hashBits
	if k < 0 {
		k += hashBits
	}
	h := rotate61(m%hashModulus, uint(k))
	if x < 0 {
		return -int64(h)
	}
	return int64(h)
}

// rotate61 multiplies x < 2**61-1 by 2**k modulo 2**61-1.
func rotate61(x uint64, k uint) uint64 {
	if k == 0 {
		return x
	}
	return ((x << k) & hashModulus) | x>>(hashBits-k)
}

// tupleHash is 3.7's tuplehash.
func tupleHash(t constant.Tuple) int64 {
	x := uint64(0x345678)
	mult := uint64(1000003)
	for i, item := range t {
		y := uint64(hashOf(item))
		x = (x ^ y) * mult
		rest := uint64(len(t) - 1 - i)
		mult += 82520 + rest + rest
	}
	x += 97531
	return fixHash(int64(x))
}

// frozenSetHash is frozenset_hash of 3.7 (a frozenset inside a frozenset
// cannot be written as a literal, but a tuple may hold one in principle).
func frozenSetHash(s constant.FrozenSet) int64 {
	var h uint64
	for _, item := range s {
		eh := uint64(hashOf(item))
		h ^= ((eh ^ 89869747) ^ (eh << 16)) * 3644798167
	}
	h ^= (uint64(len(s)) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	return int64(h)
}

// ucsData is the buffer CPython hashes for a str: its characters in the
// narrowest of 1, 2 or 4 bytes each, little-endian (PEP 393).
func ucsData(s string) []byte {
	runes := make([]rune, 0, len(s))
	maxc := rune(0)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			r = 0xdc00 | rune(s[i]) // a lone surrogate escape, as package constant reads it
		}
		i += size
		runes = append(runes, r)
		maxc = max(maxc, r)
	}
	width := 1
	if maxc >= 0x10000 {
		width = 4
	} else if maxc >= 0x100 {
		width = 2
	}
	out := make([]byte, 0, len(runes)*width)
	for _, r := range runes {
		switch width {
		case 1:
			out = append(out, byte(r))
		case 2:
			out = binary.LittleEndian.AppendUint16(out, uint16(r))
		default:
			out = binary.LittleEndian.AppendUint32(out, uint32(r))
		}
	}
	return out
}

// bytesHash is _Py_HashBytes: 0 for empty input, else SipHash-2-4.
func bytesHash(b []byte) int64 {
	if len(b) == 0 {
		return 0
	}
	return fixHash(int64(sipHash24(0, 0, b)))
}

// sipHash24 is SipHash-2-4 (Aumasson and Bernstein) with key (k0, k1).
func sipHash24(k0, k1 uint64, b []byte) uint64 {
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	round := func() {
		v0 += v1
		v1 = bits.RotateLeft64(v1, 13) ^ v0
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v3
		v3 = bits.RotateLeft64(v3, 16) ^ v2
		v0 += v3
		v3 = bits.RotateLeft64(v3, 21) ^ v0
		v2 += v1
		v1 = bits.RotateLeft64(v1, 17) ^ v2
		v2 = bits.RotateLeft64(v2, 32)
	}
	n := len(b)
	for len(b) >= 8 {
		m := binary.LittleEndian.Uint64(b)
		v3 ^= m
		round()
		round()
		v0 ^= m
		b = b[8:]
	}
	last := uint64(n) << 56
	for i, c := range b {
		last |= uint64(c) << (8 * i)
	}
	v3 ^= last
	round()
	round()
	v0 ^= last
	v2 ^= 0xff
	round()
	round()
	round()
	round()
	return v0 ^ v1 ^ v2 ^ v3
}
