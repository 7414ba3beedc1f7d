package py

import "sync"

var (
	binOpDundersOnce sync.Once
	binOpDunders     [NumBinOps][3]*Str
)

// binOpDunderNames are the interned __op__, __rop__ and __iop__ of each
// binary operator, made once rather than concatenated and interned for
// every class (installUserSlots).
func binOpDunderNames() *[NumBinOps][3]*Str {
	binOpDundersOnce.Do(func() {
		for op, n := range binOpNames {
			binOpDunders[op] = [3]*Str{Intern("__" + n + "__"), Intern("__r" + n + "__"), Intern("__i" + n + "__")}
		}
	})
	return &binOpDunders
}
