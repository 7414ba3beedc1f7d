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

// IntOwnOp is x op y for op Add, Sub or Mul and exact ints x and y
// (inline or big); ok is false for anything else, and the caller computes
// the result as usual. When reuse is set, dst is a box made by an earlier
// IntOwnOp that nothing else references (it may be x or y itself), and
// the result may be written into it. owned reports that the result is
// such a box: dst's, or one made by this call, never any other existing
// value.
func IntOwnOp(op int, x, y, dst Value, reuse bool) (r Value, owned, ok bool) {
	if !(x.IsInt() || IsBigInt(x)) || !(y.IsInt() || IsBigInt(y)) {
		return Value{}, false, false
	}
	if x.IsInt() && y.IsInt() {
		// a result too big to be inline is a new box
		switch op {
		case OpAdd:
			r = IntAdd(x, y)
		case OpSub:
			r = IntSub(x, y)
		case OpMul:
			r = IntMul(x, y)
		default:
			return Value{}, false, false
		}
		return r, !r.IsInt(), true
	}
	var sx, sy smallBig
	xb, yb := sx.arg(x), sy.arg(y)
	var n int
	switch op {
	case OpAdd, OpSub:
		n = max(words(xb), words(yb)) + 1
	case OpMul:
		n = words(xb) + words(yb)
	default:
		return Value{}, false, false
	}
	// math/big adds and subtracts word by word at equal indexes, and
	// multiplies by a one-word operand the same way (mulAddWW), so the
	// receiver may be an operand; a longer product into an operand is
	// made in a new slice, which is still right
	var o *intBox
	if reuse && cap((*intBox)(dst.p).b.Bits()) >= n {
		o = (*intBox)(dst.p)
	} else {
		o = newBigBoxCap(ownSpare(n))
	}
	switch op {
	case OpAdd:
		o.b.Add(xb, yb)
	case OpSub:
		o.b.Sub(xb, yb)
	default:
		o.b.Mul(xb, yb)
	}
	r = o.value()
	return r, !r.IsInt(), true
}
