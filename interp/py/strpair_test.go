package py

import (
	"sync"
	"testing"
)

// Every ascii pair is one shared, hashed, exact str with its text, also
// when threads make it at once.
func TestPairStr(t *testing.T) {
	var wg sync.WaitGroup
	got := make([][]Value, 4)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 128*128; c++ {
				got[g] = append(got[g], pairStr(byte(c>>7), byte(c&0x7f)))
			}
		}()
	}
	wg.Wait()
	for c := 0; c < 128*128; c++ {
		v := got[0][c]
		s := AsStr(v)
		if want := string([]byte{byte(c >> 7), byte(c & 0x7f)}); s.s != want || v.Type() != StrType || s.kind != 1 || !s.hashed {
			t.Fatalf("pairStr(%q) = %q kind %d hashed %v", want, s.s, s.kind, s.hashed)
		}
		for g := 1; g < len(got); g++ {
			if got[g][c] != v {
				t.Fatalf("pairStr(%q) made twice", s.s)
			}
		}
		if NewStr(s.s) != v || strCopy(s.s, 0) != v {
			t.Fatalf("NewStr/strCopy(%q) not the shared str", s.s)
		}
	}
}
