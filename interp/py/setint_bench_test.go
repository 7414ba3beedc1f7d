package py

import "testing"

// nqueensSolve is nqueens.py's solve(8) on three sets: membership tests
// (HasInt), adds and discards in its backtracking order.
func nqueensSolve(n int) int {
	cols, diag1, diag2 := NewSet(false), NewSet(false), NewSet(false)
	found := 0
	var place func(row int)
	place = func(row int) {
		if row == n {
			found++
			return
		}
		for c := range n {
			if has(cols, c) {
				continue
			}
			if has(diag1, row+c) {
				continue
			}
			if has(diag2, row-c) {
				continue
			}
			cols.Add(nil, MakeInt(int64(c)))
			diag1.Add(nil, MakeInt(int64(row+c)))
			diag2.Add(nil, MakeInt(int64(row-c)))
			place(row + 1)
			cols.Discard(nil, MakeInt(int64(c)))
			diag1.Discard(nil, MakeInt(int64(row+c)))
			diag2.Discard(nil, MakeInt(int64(row-c)))
		}
	}
	place(0)
	return found
}

// has is `k in s` as the VM runs it: HasInt, or Contains when it can't say.
func has(s *Set, k int) bool {
	if in, ok := s.HasInt(MakeInt(int64(k))); ok {
		return in
	}
	in, _ := s.Contains(nil, MakeInt(int64(k)))
	return in
}

func BenchmarkSetNQueens(b *testing.B) {
	for b.Loop() {
		if nqueensSolve(8) != 92 {
			b.Fatal("wrong count")
		}
	}
}
