package itertools

import (
	"github.com/bytepy/bytepy/interp/py"
)

// The combinatoric iterators. Each reads its pools eagerly (as CPython
// does) and then steps an array of indices into them, producing results
// in CPython's (lexicographic by position) order.

func pick(pool []py.Value, idx []int) py.Value {
	out := make([]py.Value, len(idx))
	for i, j := range idx {
		out[i] = pool[j]
	}
	return py.NewTuple(out)
}

// rArg reads the r argument; dflt is used when it is absent or None.
func rArg(t *py.Thread, v py.Value, dflt int) (int, *py.Exception) {
	if v.IsNull() || v.IsNone() {
		return dflt, nil
	}
	r, err := py.IndexInt(t, v)
	if err != nil {
		return 0, err
	}
	if r < 0 {
		return 0, py.Errorf(py.ValueErrorType, "r must be non-negative")
	}
	return int(r), nil
}

func initCombinatorics() {
	register("product", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		npos := len(a) - len(kw)
		repeat := int64(1)
		for i, k := range kw {
			if k != "repeat" {
				return py.Null, py.Errorf(py.TypeErrorType, "product() got an unexpected keyword argument '%s'", k)
			}
			var err *py.Exception
			if repeat, err = py.IndexInt(t, a[npos+i]); err != nil {
				return py.Null, err
			}
			if repeat < 0 {
				return py.Null, py.Errorf(py.ValueErrorType, "repeat argument cannot be negative")
			}
		}
		var pools [][]py.Value
		for _, src := range a[:npos] {
			items, err := py.Collect(t, src)
			if err != nil {
				return py.Null, err
			}
			pools = append(pools, items)
		}
		var all [][]py.Value
		for i := int64(0); i < repeat; i++ {
			all = append(all, pools...)
		}
		var idx []int
		started, done := false, false
		v, _ := newIter(types["product"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
			if done {
				return py.Null, false, nil
			}
			if !started {
				started = true
				for _, p := range all {
					if len(p) == 0 {
						done = true
						return py.Null, false, nil
					}
				}
				idx = make([]int, len(all))
			} else {
				// odometer: bump the rightmost wheel that can turn
				i := len(idx) - 1
				for ; i >= 0; i-- {
					idx[i]++
					if idx[i] < len(all[i]) {
						break
					}
					idx[i] = 0
				}
				if i < 0 {
					done = true
					return py.Null, false, nil
				}
			}
			out := make([]py.Value, len(idx))
			for i, j := range idx {
				out[i] = all[i][j]
			}
			return py.NewTuple(out), true, nil
		})
		return v, nil
	})

	register("combinations", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("combinations", a, kw, []string{"iterable", "r"}, 2)
		if err != nil {
			return py.Null, err
		}
		pool, err := py.Collect(t, p[0])
		if err != nil {
			return py.Null, err
		}
		r, err := rArg(t, p[1], 0)
		if err != nil {
			return py.Null, err
		}
		n := len(pool)
		var idx []int
		started, done := false, r > n
		v, _ := newIter(types["combinations"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
			if done {
				return py.Null, false, nil
			}
			if !started {
				started = true
				idx = make([]int, r)
				for i := range idx {
					idx[i] = i
				}
				return pick(pool, idx), true, nil
			}
			i := r - 1
			for i >= 0 && idx[i] == i+n-r {
				i--
			}
			if i < 0 {
				done = true
				return py.Null, false, nil
			}
			idx[i]++
			for j := i + 1; j < r; j++ {
				idx[j] = idx[j-1] + 1
			}
			return pick(pool, idx), true, nil
		})
		return v, nil
	})

	register("combinations_with_replacement", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("combinations_with_replacement", a, kw, []string{"iterable", "r"}, 2)
		if err != nil {
			return py.Null, err
		}
		pool, err := py.Collect(t, p[0])
		if err != nil {
			return py.Null, err
		}
		r, err := rArg(t, p[1], 0)
		if err != nil {
			return py.Null, err
		}
		n := len(pool)
		var idx []int
		started, done := false, n == 0 && r > 0
		v, _ := newIter(types["combinations_with_replacement"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
			if done {
				return py.Null, false, nil
			}
			if !started {
				started = true
				idx = make([]int, r)
				return pick(pool, idx), true, nil
			}
			i := r - 1
			for i >= 0 && idx[i] == n-1 {
				i--
			}
			if i < 0 {
				done = true
				return py.Null, false, nil
			}
			nv := idx[i] + 1
			for j := i; j < r; j++ {
				idx[j] = nv
			}
			return pick(pool, idx), true, nil
		})
		return v, nil
	})

	register("permutations", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("permutations", a, kw, []string{"iterable", "r"}, 1)
		if err != nil {
			return py.Null, err
		}
		pool, err := py.Collect(t, p[0])
		if err != nil {
			return py.Null, err
		}
		n := len(pool)
		r, err := rArg(t, p[1], n)
		if err != nil {
			return py.Null, err
		}
		var idx []int
		used := make([]bool, n)
		started, done := false, r > n
		v, _ := newIter(types["permutations"], func(t *py.Thread) (py.Value, bool, *py.Exception) {
			if done {
				return py.Null, false, nil
			}
			if !started {
				started = true
				idx = make([]int, r)
				for i := range idx {
					idx[i] = i
					used[i] = true
				}
				return pick(pool, idx), true, nil
			}
			// next r-permutation of positions in lexicographic order:
			// release slots from the right until one can take a larger
			// unused position, then fill the rest with the smallest free
			for i := r - 1; i >= 0; i-- {
				used[idx[i]] = false
				nx := -1
				for c := idx[i] + 1; c < n; c++ {
					if !used[c] {
						nx = c
						break
					}
				}
				if nx < 0 {
					continue
				}
				idx[i] = nx
				used[nx] = true
				c := 0
				for j := i + 1; j < r; j++ {
					for used[c] {
						c++
					}
					idx[j] = c
					used[c] = true
				}
				return pick(pool, idx), true, nil
			}
			done = true
			return py.Null, false, nil
		})
		return v, nil
	})
}
