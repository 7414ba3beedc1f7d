package randommod

import (
	"crypto/rand"
	"crypto/sha512"
	_ "embed"
	"encoding/binary"
	"math"
	"math/big"
	"time"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed random.py
var randomSource []byte

// genObj is a _random.Random instance: the bare generator the Python
// class Random delegates to.
type genObj struct {
	py.Object
	g mt
}

var genType = py.NewType("Random", py.ObjectType)

type bfn = func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception)

func init() {
	genType.Module = "_random"
	genType.New = func(t *py.Thread, typ *py.Type, args []py.Value, kw []string) (py.Value, *py.Exception) {
		o := &genObj{}
		o.SetType(genType)
		seedUrandom(&o.g)
		return py.FromPtr(o), nil
	}
	py.AddMethod(genType, "seed", genSeed)
	py.AddMethod(genType, "random", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 1 || len(kw) > 0 {
			return py.Null, py.Errorf(py.TypeErrorType, "random() takes no arguments (%d given)", len(a)-1)
		}
		return py.MakeFloat(py.AsPtr[genObj](a[0]).g.random53()), nil
	})
	py.AddMethod(genType, "getrandbits", genGetrandbits)
	py.AddMethod(genType, "getstate", genGetstate)
	py.AddMethod(genType, "setstate", genSetstate)

	vm.RegisterModule("_random", func(it *vm.Interp, m *py.Module) error {
		m.Dict.SetStr("Random", genType.V())
		def := func(name string, fn bfn) { m.Dict.SetStr(name, py.NewBuiltin(name, fn)) }
		def("_urandom", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			if len(a) != 1 || !a[0].IsInt() || a[0].Int() < 0 {
				return py.Null, py.Errorf(py.ValueErrorType, "negative argument not allowed")
			}
			b := make([]byte, a[0].Int())
			rand.Read(b)
			return py.NewBytes(b), nil
		})
		// The float functions the distributions need, so random does not
		// depend on the math module; domain errors as math's.
		for name, f := range libm {
			f := f
			def(name, func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
				if len(a) != 1 {
					return py.Null, py.Errorf(py.TypeErrorType, "expected one argument")
				}
				x, err := py.ToFloat(t, a[0])
				if err != nil {
					return py.Null, err
				}
				if name == "_log" && x <= 0 {
					return py.Null, py.Errorf(py.ValueErrorType, "math domain error")
				}
				return checkResult(x, f(x))
			})
		}
		def("_pow", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			if len(a) != 2 {
				return py.Null, py.Errorf(py.TypeErrorType, "expected two arguments")
			}
			if !a[0].IsFloat() || !a[1].IsFloat() || a[0].Float() <= 0 {
				// Only the positive float base the distributions use goes
				// to C; anything else is the ordinary ** operator.
				return py.BinaryOp(t, py.OpPow, a[0], a[1])
			}
			return checkResult(a[0].Float(), libmPow(a[0].Float(), a[1].Float()))
		})
		def("_sha512", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			b, ok := py.BytesOf(a[0])
			if !ok {
				return py.Null, py.Errorf(py.TypeErrorType, "object supporting the buffer API required")
			}
			sum := sha512.Sum512(b)
			return py.NewBytes(sum[:]), nil
		})
		m.Dict.SetStr("_pi", py.MakeFloat(math.Pi))
		m.Dict.SetStr("_e", py.MakeFloat(math.E))
		return nil
	})
	vm.RegisterSourceModule("random", "<frozen random>", randomSource)
}

// seedUrandom is seed(None): 624 words from the OS, or the time if that
// fails, as CPython falls back.
func seedUrandom(g *mt) {
	var buf [mtN * 4]byte
	if _, err := rand.Read(buf[:]); err != nil {
		now := time.Now().UnixNano()
		g.initByArray([]uint32{uint32(now), uint32(now >> 32)})
		return
	}
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[4*i:])
	}
	g.initByArray(key)
}

// genSeed is _random.Random.seed(n): an int seeds by its absolute value,
// anything else by its hash read as an unsigned 64-bit number (random.py
// has already turned str and bytes into ints).
func genSeed(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) > 2 {
		return py.Null, py.Errorf(py.TypeErrorType, "seed expected at most 1 arguments, got %d", len(a)-1)
	}
	g := &py.AsPtr[genObj](a[0]).g
	if len(a) == 1 || a[1].IsNone() {
		seedUrandom(g)
		return py.None, nil
	}
	arg := a[1]
	var n *big.Int
	switch {
	case py.IsIntLike(arg):
		n = new(big.Int).Abs(py.BigOf(arg))
	default:
		h, err := py.Hash(t, arg)
		if err != nil {
			return py.Null, err
		}
		n = new(big.Int).SetUint64(uint64(h))
	}
	g.initByArray(wordsOf(n))
	return py.None, nil
}

// wordsOf splits n >= 0 into 32-bit words, least significant first; zero
// is one zero word.
func wordsOf(n *big.Int) []uint32 {
	b := n.Bytes()
	nw := (len(b) + 3) / 4
	if nw == 0 {
		return []uint32{0}
	}
	key := make([]uint32, nw)
	for i := 0; i < len(b); i++ {
		// b is big-endian: byte len-1-i has weight 256**i.
		key[i/4] |= uint32(b[len(b)-1-i]) << (8 * (i % 4))
	}
	return key
}

func genGetrandbits(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 2 || len(kw) > 0 {
		return py.Null, py.Errorf(py.TypeErrorType, "getrandbits() takes exactly one argument (%d given)", len(a)-1)
	}
	if a[1].IsFloat() {
		return py.Null, py.Errorf(py.TypeErrorType, "integer argument expected, got float")
	}
	kv, err := py.IndexInt(t, a[1])
	if err != nil {
		return py.Null, err
	}
	if kv <= 0 {
		return py.Null, py.Errorf(py.ValueErrorType, "number of bits must be greater than zero")
	}
	g := &py.AsPtr[genObj](a[0]).g
	if kv <= 32 {
		return py.MakeInt(int64(g.genrand() >> (32 - kv))), nil
	}
	if kv > math.MaxInt32 {
		return py.Null, py.Errorf(py.OverflowErrorType, "Python int too large to convert to C int")
	}
	k := int(kv)
	nw := (k-1)/32 + 1
	words := make([]big.Word, 0, nw)
	var cur uint64
	for i := 0; i < nw; i++ {
		r := g.genrand()
		if k < 32 {
			r >>= uint(32 - k)
		}
		k -= 32
		if bitsPerWord == 64 {
			if i%2 == 0 {
				cur = uint64(r)
			} else {
				cur |= uint64(r) << 32
				words = append(words, big.Word(cur))
				cur = 0
			}
		} else {
			words = append(words, big.Word(r))
		}
	}
	if bitsPerWord == 64 && nw%2 == 1 {
		words = append(words, big.Word(cur))
	}
	return py.MakeBigInt(new(big.Int).SetBits(words)), nil
}

const bitsPerWord = 32 << (^uint(0) >> 63)

func genGetstate(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	g := &py.AsPtr[genObj](a[0]).g
	items := make([]py.Value, mtN+1)
	for i, w := range g.state {
		items[i] = py.MakeInt(int64(w))
	}
	items[mtN] = py.MakeInt(int64(g.index))
	return py.NewTuple(items), nil
}

func genSetstate(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 2 {
		return py.Null, py.Errorf(py.TypeErrorType, "setstate() takes exactly one argument (%d given)", len(a)-1)
	}
	if !py.IsTuple(a[1]) {
		return py.Null, py.Errorf(py.TypeErrorType, "state vector must be a tuple")
	}
	items := py.AsTuple(a[1])
	if len(items) != mtN+1 {
		return py.Null, py.Errorf(py.ValueErrorType, "state vector is the wrong size")
	}
	var st [mtN]uint32
	for i := 0; i < mtN; i++ {
		w, err := unsignedLong(t, items[i])
		if err != nil {
			return py.Null, err
		}
		st[i] = uint32(w)
	}
	idx, err := py.IndexInt(t, items[mtN])
	if err != nil {
		return py.Null, err
	}
	if idx < 0 || idx > mtN {
		return py.Null, py.Errorf(py.ValueErrorType, "invalid state")
	}
	g := &py.AsPtr[genObj](a[0]).g
	g.state = st
	g.index = int(idx)
	return py.None, nil
}

// unsignedLong is PyLong_AsUnsignedLong with its error texts.
func unsignedLong(t *py.Thread, v py.Value) (uint64, *py.Exception) {
	if !py.IsIntLike(v) {
		return 0, py.Errorf(py.TypeErrorType, "an integer is required (got type %s)", py.TypeName(v))
	}
	b := py.BigOf(v)
	if b.Sign() < 0 {
		return 0, py.Errorf(py.OverflowErrorType, "can't convert negative value to unsigned int")
	}
	if b.BitLen() > 64 {
		return 0, py.Errorf(py.OverflowErrorType, "Python int too large to convert to C unsigned long")
	}
	return b.Uint64(), nil
}

// checkResult maps a C result to math's errors: NaN from a non-NaN is a
// domain error, an infinity from a finite input an overflow.
func checkResult(x, r float64) (py.Value, *py.Exception) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return py.Null, py.Errorf(py.ValueErrorType, "math domain error")
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) {
		return py.Null, py.Errorf(py.OverflowErrorType, "math range error")
	}
	return py.MakeFloat(r), nil
}
