package py

import "testing"

// sinkStr keeps benchmark results alive so the allocations happen.
var sinkStr Value

// BenchmarkShortStr makes the short strs a text loop makes by the
// million (a slice, a case mapping, a concatenation, a join); -benchmem
// shows the bytes and allocations each costs.
func BenchmarkShortStr(b *testing.B) {
	w := AsStr(NewStr("epsilon"))
	c := AsStr(NewStr("q"))
	sep := AsStr(NewStr("|"))
	parts := []Value{NewStr("00017"), w.V(), NewStr("EPSILON"), NewStr(" 11"), NewStr("2.429")}
	benches := []struct {
		name string
		make func() Value
	}{
		{"slice2", func() Value { return w.sub(0, 2) }},
		{"upper7", func() Value { return asciiCase(w, true) }},
		{"concat8", func() Value { return StrConcat(w, c) }},
		{"join30", func() Value { return strJoin(sep, parts) }},
		{"chr", func() Value { return Chr(0x3042) }},
	}
	for _, bb := range benches {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkStr = bb.make()
			}
		})
	}
}
