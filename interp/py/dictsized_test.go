package py

import (
	"strconv"
	"testing"
)

// A dict made by NewDictSized(n) and filled with m >= n keys has the index
// a plain dict filled with the same keys has.
func TestNewDictSizedGrowsAsPlain(t *testing.T) {
	for _, n := range []int{0, 1, 5, 6, 10, 21, 42, 85, 86, 140, 170, 171, 300} {
		for _, m := range []int{n, n + 1, n + 40} {
			plain, sized := NewDict(), NewDictSized(n)
			for i := 0; i < m; i++ {
				k := "k" + strconv.Itoa(i)
				plain.SetStr(k, None)
				sized.SetStr(k, None)
			}
			if len(plain.index) != len(sized.index) || plain.Len() != sized.Len() {
				t.Errorf("n=%d m=%d: index %d vs plain %d, len %d vs %d", n, m, len(sized.index), len(plain.index), sized.Len(), plain.Len())
			}
		}
	}
}
