package py

// Big int arithmetic into a box the caller owns.
//
// CPython's `f *= i` and `a, b = b, a + b` free the old int as the new one
// is made, so a loop of them keeps reusing the same few cache-hot blocks;
// here every result is a fresh allocation that the collector must find
// dead later. The VM can prove, for some locals, that the box in the slot
// is referenced by nothing else (vm/bigown.go); for those it asks IntOwnOp
// to write the result over the old value when the box has room.

// ownSpare is the room a fresh owned result gets beyond its size, so that
// a growing value (a running product or sum) is rewritten in place for
// many steps before it outgrows its box.
func ownSpare(n int) int { return n + n/8 + 2 }

// IsBigInt tells an exact int held in a heap box (not inline, not a
// subclass instance).
func IsBigInt(v Value) bool { return !v.IsInt() && v.p != nil && v.Type() == IntType }

// IntOwnOp is x op y for op Add, Sub or Mul, x an exact big int and y an
// exact int (inline or big); ok is false for anything else, and the caller
// computes the result as usual. When reuse is set, x is a box made by an
// earlier IntOwnOp that nothing else references, and the result may be
// written into it. owned reports that the result is such a box: made by
// this call or x's reused, never y's or any other existing value.
func IntOwnOp(op int, x, y Value, reuse bool) (r Value, owned, ok bool) {
	if !IsBigInt(x) || !(y.IsInt() || IsBigInt(y)) {
		return Value{}, false, false
	}
	xb := (*Int)(x.p).v
	var o *intBox
	switch op {
	case OpAdd, OpSub:
		var sb smallBig
		yb := sb.arg(y)
		n := max(words(xb), words(yb)) + 1
		if reuse && cap((*intBox)(x.p).b.Bits()) >= n {
			o = (*intBox)(x.p)
		} else {
			o = newBigBoxCap(ownSpare(n))
		}
		// math/big adds and subtracts word by word at equal indexes, so
		// the receiver may be x itself
		if op == OpAdd {
			o.b.Add(xb, yb)
		} else {
			o.b.Sub(xb, yb)
		}
	case OpMul:
		var sb smallBig
		yb := sb.arg(y)
		n := words(xb) + words(yb)
		// by a one-word y, math/big multiplies word by word at equal
		// indexes into a receiver with room (mulAddWW), so it may be x;
		// by a longer y it would allocate for an aliased receiver
		if reuse && words(yb) <= 1 && cap((*intBox)(x.p).b.Bits()) >= n {
			o = (*intBox)(x.p)
		} else {
			o = newBigBoxCap(ownSpare(n))
		}
		o.b.Mul(xb, yb)
	default:
		return Value{}, false, false
	}
	r = o.value()
	return r, !r.IsInt(), true
}
