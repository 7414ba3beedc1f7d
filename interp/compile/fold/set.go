package fold

import (
	"math"
	"math/big"

	"github.com/bytepy/bytepy/interp/constant"
)

// newFrozenSet is PyFrozenSet_New(tuple): the distinct elements in the order
// CPython's hash table holds them (Objects/setobject.c of 3.7). The table
// starts with 8 slots; a key goes to slot hash & mask, and on a collision
// the next 9 slots are tried linearly before jumping by the perturbed
// recurrence i = 5*i + 1 + perturb; the table is rebuilt 4 times larger
// once it is two thirds full.
func newFrozenSet(items constant.Tuple) (constant.FrozenSet, bool) {
	s := newSetTable()
	for _, v := range items {
		s.add(v, hashOf(v))
	}
	out := make(constant.FrozenSet, 0, s.used)
	for _, e := range s.table {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out, true
}

const (
	setMinSize    = 8
	linearProbes  = 9
	perturbShift  = 5
	growThreshold = 50000 // above this many items the table only doubles
)

type setEntry struct {
	key  constant.Value
	hash int64
}

type setTable struct {
	table      []setEntry
	mask       uint64
	fill, used int
}

func newSetTable() *setTable {
	return &setTable{table: make([]setEntry, setMinSize), mask: setMinSize - 1}
}

// add is set_add_entry (a fresh frozenset has no deleted entries).
func (s *setTable) add(key constant.Value, hash int64) {
	mask := s.mask
	i := uint64(hash) & mask
	if s.table[i].key != nil {
		perturb := uint64(hash)
		for {
			if s.matches(i, key, hash) {
				return
			}
			if i+linearProbes <= mask {
				found := false
				for j := 0; j < linearProbes; j++ {
					i++
					if s.table[i].key == nil {
						found = true
						break
					}
					if s.matches(i, key, hash) {
						return
					}
				}
				if found {
					break
				}
			}
			perturb >>= perturbShift
			i = (i*5 + 1 + perturb) & mask
			if s.table[i].key == nil {
				break
			}
		}
	}
	s.table[i] = setEntry{key, hash}
	s.fill++
	s.used++
	if uint64(s.fill)*3 < mask*2 {
		return
	}
	if s.used > growThreshold {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
}

func (s *setTable) matches(i uint64, key constant.Value, hash int64) bool {
	e := s.table[i]
	return e.key != nil && e.hash == hash && equal(e.key, key)
}

// resize is set_table_resize: the smallest power of two above minused, the
// old entries re-inserted in table order by set_insert_clean.
func (s *setTable) resize(minused int) {
	size := uint64(setMinSize)
	for size <= uint64(minused) {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.mask = size - 1
	for _, e := range old {
		if e.key != nil {
			s.insertClean(e)
		}
	}
	s.fill = s.used
}

// insertClean is set_insert_clean: probing without comparisons.
func (s *setTable) insertClean(e setEntry) {
	mask := s.mask
	perturb := uint64(e.hash)
	i := uint64(e.hash) & mask
	for {
		if s.table[i].key == nil {
			s.table[i] = e
			return
		}
		if i+linearProbes <= mask {
			for j := 0; j < linearProbes; j++ {
				if s.table[i+1+uint64(j)].key == nil {
					s.table[i+1+uint64(j)] = e
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// equal is == between constants, as a set compares its keys: numbers by
// exact value across int, bool, float and complex; sequences item by item.
func equal(a, b constant.Value) bool {
	ka, kb := kindOf(a), kindOf(b)
	if ka != notNum || kb != notNum {
		if ka == notNum || kb == notNum {
			return false
		}
		return numEqual(a, b)
	}
	switch x := a.(type) {
	case constant.NoneType, constant.EllipsisType:
		return a == b
	case constant.Str:
		y, ok := b.(constant.Str)
		return ok && x == y
	case constant.Bytes:
		y, ok := b.(constant.Bytes)
		return ok && x == y
	case constant.Tuple:
		y, ok := b.(constant.Tuple)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equal(x[i], y[i]) {
				return false
			}
		}
		return true
	case constant.FrozenSet:
		y, ok := b.(constant.FrozenSet)
		if !ok || len(x) != len(y) {
			return false
		}
		for _, e := range x {
			found := false
			for _, f := range y {
				if equal(e, f) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	return false
}

// numEqual compares two numbers exactly (an int is never rounded to a
// float to compare, as in float_richcompare).
func numEqual(a, b constant.Value) bool {
	ra, ia, oka := exactParts(a)
	rb, ib, okb := exactParts(b)
	if !oka || !okb {
		// An infinity or NaN is involved: IEEE comparison of the parts
		// (an int too large for a float equals no infinity).
		ca, ok1 := asComplex(a)
		cb, ok2 := asComplex(b)
		return ok1 && ok2 && ca == cb
	}
	return ra.Cmp(rb) == 0 && ia.Cmp(ib) == 0
}

// exactParts returns a number's real and imaginary parts as exact
// rationals; false when a part is not finite.
func exactParts(v constant.Value) (*big.Rat, *big.Rat, bool) {
	switch x := v.(type) {
	case constant.Float:
		r, ok := ratOf(float64(x))
		return r, new(big.Rat), ok
	case constant.Complex:
		r, ok1 := ratOf(real(x))
		i, ok2 := ratOf(imag(x))
		return r, i, ok1 && ok2
	}
	return new(big.Rat).SetInt(asInt(v)), new(big.Rat), true
}

func ratOf(f float64) (*big.Rat, bool) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil, false
	}
	return new(big.Rat).SetFloat64(f), true
}
