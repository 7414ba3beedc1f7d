package py

import "testing"

// nqueens' three sets: add and remove keys -7..14 in a backtracking
// pattern, which leaves the tables full of dummies that every probe
// walks through. General is Hash + addEntry/find, Int the int shortcut.
func benchSetChurn(b *testing.B, add func(*Set, Value), del func(*Set, Value)) {
	s := NewSet(false)
	var keys [8]Value
	for i := 0; i < b.N; i++ {
		for r := 0; r < 8; r++ {
			keys[r] = MakeInt(int64((i*5+r*3)%22 - 7))
			add(s, keys[r])
		}
		for r := 7; r >= 0; r-- {
			del(s, keys[r])
		}
	}
}

func BenchmarkSetChurnGeneral(b *testing.B) {
	benchSetChurn(b,
		func(s *Set, k Value) { h, _ := Hash(nil, k); s.addEntry(nil, k, h) },
		func(s *Set, k Value) {
			h, _ := Hash(nil, k)
			if i, _ := s.find(nil, k, h); i >= 0 {
				s.table[i] = setEntry{dummyKey, -1}
				s.used--
			}
		})
}

func BenchmarkSetChurnInt(b *testing.B) {
	benchSetChurn(b, func(s *Set, k Value) { s.Add(nil, k) }, func(s *Set, k Value) { s.Discard(nil, k) })
}
