package vm_test

import (
	"testing"
)

// The counting idioms of wordcount.py over 1000 keys of 50 distinct
// values, in cache, so that the dict code (hashing, probing, the lookup
// memo, the skipped empty default) is what is measured. Compare with the
// same functions under /usr/bin/python3 -m timeit.
const dictCountSrc = `
words = ["w%d" % (i % 50) for i in range(1000)]
pairs = [(words[i], words[i + 1]) for i in range(999)]

def count_in():
    d = {}
    for k in pairs:
        if k in d:
            d[k] += 1
        else:
            d[k] = 1
    return len(d)

def count_get():
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return len(d)

def group_setdefault():
    d = {}
    for w in words:
        d.setdefault(w[1], []).append(w)
    return len(d)
`

func benchDict(b *testing.B, name string, want int64) {
	call := benchFunc(b, dictCountSrc, name)
	if r := call(); r.Int() != want {
		b.Fatalf("%s() = %d", name, r.Int())
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		call()
	}
}

// BenchmarkDictCountIn is `if k in d: d[k] += 1 else: d[k] = 1` on tuple keys.
func BenchmarkDictCountIn(b *testing.B) { benchDict(b, "count_in", 50) }

// BenchmarkDictCountGet is d[w] = d.get(w, 0) + 1 on str keys.
func BenchmarkDictCountGet(b *testing.B) { benchDict(b, "count_get", 50) }

// BenchmarkDictSetdefault is d.setdefault(k, []).append(x).
func BenchmarkDictSetdefault(b *testing.B) { benchDict(b, "group_setdefault", 10) }
