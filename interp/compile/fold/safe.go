package fold

import (
	"math/big"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
)

// The size limits of 3.7's ast_opt.c: folding must not make a .pyc huge or
// the compiler slow, so 2**64 folds but 2**65 stays an expression, 'a'*4096
// folds but 'a'*4097 does not.
const (
	maxIntSize        = 128  // bits
	maxCollectionSize = 256  // items
	maxStrSize        = 4096 // characters
	maxTotalItems     = 1024 // including nested collections
)

// safeMultiply is safe_multiply.
func safeMultiply(v, w constant.Value) (constant.Value, bool) {
	vi, wi := asInt(v), asInt(w)
	switch {
	case vi != nil && wi != nil && vi.Sign() != 0 && wi.Sign() != 0:
		if vi.BitLen()+wi.BitLen() > maxIntSize {
			return nil, false
		}
	case vi != nil && isCollection(w):
		if size := seqLen(w); size > 0 {
			n, ok := asLong(vi)
			if !ok || n < 0 || n > int64(maxCollectionSize/size) {
				return nil, false
			}
			if n != 0 && checkComplexity(w, int64(maxTotalItems)/n) < 0 {
				return nil, false
			}
		}
	case vi != nil && isText(w):
		if size := seqLen(w); size > 0 {
			n, ok := asLong(vi)
			if !ok || n < 0 || n > int64(maxStrSize/size) {
				return nil, false
			}
		}
	case wi != nil && (isCollection(v) || isText(v)):
		return safeMultiply(w, v)
	}
	return multiply(v, w)
}

// multiply is PyNumber_Multiply: numbers, or sequence repetition.
func multiply(v, w constant.Value) (constant.Value, bool) {
	if kindOf(v) != notNum && kindOf(w) != notNum {
		return arith(ast.Mult, v, w)
	}
	seq, count := v, asInt(w)
	if count == nil {
		seq, count = w, asInt(v)
	}
	if count == nil || !count.IsInt64() {
		return nil, false // a non-int count, or OverflowError
	}
	return repeat(seq, count.Int64())
}

// safePower is safe_power.
func safePower(v, w constant.Value) (constant.Value, bool) {
	vi, wi := asInt(v), asInt(w)
	if vi != nil && wi != nil && vi.Sign() != 0 && wi.Sign() > 0 {
		wbits, ok := asSizeT(wi)
		if !ok || uint64(vi.BitLen()) > maxIntSize/wbits {
			return nil, false
		}
	}
	return arith(ast.Pow, v, w)
}

// safeLshift is safe_lshift.
func safeLshift(v, w constant.Value) (constant.Value, bool) {
	vi, wi := asInt(v), asInt(w)
	if vi != nil && wi != nil && vi.Sign() != 0 && wi.Sign() != 0 {
		wbits, ok := asSizeT(wi)
		if !ok || wbits > maxIntSize || uint64(vi.BitLen()) > maxIntSize-wbits {
			return nil, false
		}
	}
	return arith(ast.LShift, v, w)
}

// safeMod is safe_mod: 3.7 never folds printf-style formatting.
func safeMod(v, w constant.Value) (constant.Value, bool) {
	if isText(v) {
		return nil, false
	}
	return arith(ast.Mod, v, w)
}

// checkComplexity is check_complexity: limit minus the number of items in
// obj, nested tuples and frozensets included; negative when over.
func checkComplexity(obj constant.Value, limit int64) int64 {
	var items []constant.Value
	switch c := obj.(type) {
	case constant.Tuple:
		items = c
	case constant.FrozenSet:
		items = c
	default:
		return limit
	}
	limit -= int64(len(items))
	for i := 0; limit >= 0 && i < len(items); i++ {
		limit = checkComplexity(items[i], limit)
	}
	return limit
}

func isCollection(v constant.Value) bool {
	switch v.(type) {
	case constant.Tuple, constant.FrozenSet:
		return true
	}
	return false
}

func isText(v constant.Value) bool {
	switch v.(type) {
	case constant.Str, constant.Bytes:
		return true
	}
	return false
}

// seqLen is the length of a str (in characters), bytes, tuple or frozenset.
func seqLen(v constant.Value) int {
	switch c := v.(type) {
	case constant.Str:
		return strLen(string(c))
	case constant.Bytes:
		return len(c)
	case constant.Tuple:
		return len(c)
	case constant.FrozenSet:
		return len(c)
	}
	return 0
}

// asLong is PyLong_AsLong: false on overflow.
func asLong(i *big.Int) (int64, bool) {
	if !i.IsInt64() {
		return 0, false
	}
	return i.Int64(), true
}

// asSizeT is PyLong_AsSize_t: false for negative or too large values.
func asSizeT(i *big.Int) (uint64, bool) {
	if i.Sign() < 0 || !i.IsUint64() {
		return 0, false
	}
	return i.Uint64(), true
}
