package py

import (
	"math"
	"math/rand"
	"slices"
	"testing"
)

// TestSortFastMatchesStable checks the keyed sorts against a plain stable
// sort by cmp3 on random keys made to collide: ints over wide and narrow
// ranges, floats with signed zeros and infinities, strs around the
// seven- and eight-byte word boundary (with NULs and non-ASCII), and
// tuples of these, of mixed lengths and with a mixed int/float column.
func TestSortFastMatchesStable(t *testing.T) {
	th := &Thread{}
	rng := rand.New(rand.NewSource(7))
	strs := []string{"", "a", "a\x00", "a\x00\x00", "abcdefg", "abcdefg\x00", "abcdefgh", "abcdefgh\x00",
		"abcdefghi", "abcdefgi", "abcdefgz", "é", "ée", "\U0001F600", "k1", "k10", "k100", "k1000x", "zzzzzzzzzzz", "zzzzzzzzzzy"}
	floats := []float64{0, math.Copysign(0, -1), 1.5, -1.5, math.Inf(1), math.Inf(-1), 1e300, -1e-300, 2}
	gens := map[string]func() Value{
		"int-narrow": func() Value { return MakeInt(int64(rng.Intn(7) - 3)) },
		"int-wide": func() Value {
			return MakeInt([]int64{math.MinInt64, math.MaxInt64, 0, -1, 1}[rng.Intn(5)] + int64(rng.Intn(3)) - 1)
		},
		"float": func() Value { return MakeFloat(floats[rng.Intn(len(floats))]) },
		"str":   func() Value { return NewStr(strs[rng.Intn(len(strs))]) },
	}
	tupleOf := func(kinds ...string) func() Value {
		return func() Value {
			n := len(kinds)
			if rng.Intn(4) == 0 {
				n = 1 + rng.Intn(len(kinds))
			}
			items := make([]Value, n)
			for j := range items {
				if kinds[j] == "mixed" {
					if rng.Intn(2) == 0 {
						items[j] = MakeInt(int64(rng.Intn(3)))
					} else {
						items[j] = MakeFloat(float64(rng.Intn(3)))
					}
					continue
				}
				items[j] = gens[kinds[j]]()
			}
			return NewTuple(items)
		}
	}
	gens["tuple-int-str-int"] = tupleOf("int-narrow", "str", "int-wide")
	gens["tuple-str-str"] = tupleOf("str", "str")
	gens["tuple-float-mixed-str"] = tupleOf("float", "mixed", "str")
	gens["tuple-int"] = tupleOf("int-wide")
	gens["tuple-str-mixed"] = tupleOf("str", "mixed")
	gens["tuple-int-mixed"] = tupleOf("int-narrow", "mixed", "int-narrow")
	for name, gen := range gens {
		for _, n := range []int{2, 5, 70, 300, 3000} {
			for _, reverse := range []bool{false, true} {
				for _, self := range []bool{false, true} {
					keys := make([]Value, n)
					for i := range keys {
						keys[i] = gen()
					}
					items := keys
					if !self {
						items = make([]Value, n)
						for i := range items {
							items[i] = MakeInt(int64(i))
						}
					}
					idx := make([]int, n)
					for i := range idx {
						idx[i] = i
					}
					slices.SortStableFunc(idx, func(a, b int) int {
						c, err := cmp3(th, keys[a], keys[b])
						if err != nil {
							t.Fatal(err)
						}
						if reverse {
							return -c
						}
						return c
					})
					want := make([]Value, n)
					for j, i := range idx {
						want[j] = items[i]
					}
					got := slices.Clone(items)
					gotKeys := keys
					if self {
						gotKeys = got
					}
					done, err := sortFast(th, got, gotKeys, reverse)
					if err != nil || !done {
						t.Fatalf("%s n=%d: done=%v err=%v", name, n, done, err)
					}
					for j := range want {
						if got[j] != want[j] {
							t.Fatalf("%s n=%d reverse=%v self=%v: item %d differs", name, n, reverse, self, j)
						}
					}
				}
			}
		}
	}
}
