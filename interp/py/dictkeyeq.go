package py

// tupleKeyEq is keyEq of two exact tuples of equal hash (bigram and
// coordinate keys). The stored tuple's items are usually cold: read a
// pair's two item headers before anything branches on either, so their
// cache misses overlap instead of following one another. Items are then
// compared in order up to the shorter length before the lengths, as
// 3.7's tuplerichcompare does (an item's __eq__ runs even when the
// lengths differ).
func tupleKeyEq(t *Thread, x, y []Value) (bool, *Exception) {
	if len(x) == 2 && len(y) == 2 {
		a0, a1, b0, b1 := x[0], x[1], y[0], y[1]
		ta0, ta1 := a0.Type(), a1.Type()
		if ta0 == StrType && ta1 == StrType && b0.Type() == StrType && b1.Type() == StrType {
			return StrOf(a0) == StrOf(b0) && StrOf(a1) == StrOf(b1), nil
		}
	}
	n := len(x)
	if len(y) < n {
		n = len(y)
	}
	for i := 0; i < n; i++ {
		eq, err := keyEq(t, x[i], y[i])
		if err != nil || !eq {
			return false, err
		}
	}
	return len(x) == len(y), nil
}

// tupleHash is 3.7's tuplehash. A str item's cached hash and an inline
// int's are read here rather than through Hash, since tuples hashed are
// mostly dict and set keys of such items (bigrams, coordinates).
func tupleHash(t *Thread, v Value) (int64, *Exception) {
	items := AsTuple(v)
	if len(items) == 2 && items[0].Type() == StrType && items[1].Type() == StrType {
		// a pair of strs (bigram keys), the loop below unrolled
		x := (uint64(0x345678) ^ uint64((*Str)(items[0].p).Hash())) * 1000003
		x = (x^uint64((*Str)(items[1].p).Hash()))*(1000003+82522) + 97531
		if int64(x) == -1 {
			return -2, nil
		}
		return int64(x), nil
	}
	x := uint64(0x345678)
	mult := uint64(1000003)
	n := len(items)
	for _, it := range items {
		n--
		var y int64
		if it.Type() == StrType {
			y = (*Str)(it.p).Hash()
		} else if it.IsInt() {
			y = intHash(it)
		} else {
			var err *Exception
			if y, err = Hash(t, it); err != nil {
				return 0, err
			}
		}
		x = (x ^ uint64(y)) * mult
		mult += uint64(82520 + n + n)
	}
	x += 97531
	if int64(x) == -1 {
		return -2, nil
	}
	return int64(x), nil
}
