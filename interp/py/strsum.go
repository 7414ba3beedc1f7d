package py

import "math"

// SumMapOrd is sum(it, acc) for it = map(ord, s) over an ascii str's
// iterator and an int acc: the remaining bytes are added straight from
// the text, without a call of ord or a value per character. isOrd tells
// whether the map's function is the builtin ord (the VM owns it). ok is
// false when this does not apply, with nothing consumed; otherwise the
// iterator is exhausted, as sum would leave it. ord of an ascii
// character cannot fail, so no error is skipped.
func SumMapOrd(it, acc Value, isOrd func(Value) bool) (Value, bool) {
	if it.Type() != MapType || !acc.IsInt() {
		return Null, false
	}
	o := (*mapObj)(it.p)
	if len(o.its) != 1 || o.busy || o.its[0].Type() != StrIterType || !isOrd(o.fn) {
		return Null, false
	}
	si := (*SeqIter)(o.its[0].p)
	s := (*Str)(si.seq.p)
	if !s.isASCII() || si.i >= len(s.s) {
		return Null, false // the general loop ends it the same way
	}
	rest := s.s[si.i:]
	sum := acc.Int()
	if sum > math.MaxInt64-0x7f*int64(len(rest)) {
		return Null, false // may leave int64: the general loop
	}
	for i := 0; i < len(rest); i++ {
		sum += int64(rest[i])
	}
	si.i = len(s.s)
	return MakeInt(sum), true
}

// SumOrdExact is sum(map(ord, v)) for an exact ascii str v, which can
// neither fail nor run Python code: the VM computes it when the map
// object would only be consumed by sum (vm's callunary.go). ok is false
// for any other v.
func SumOrdExact(v Value) (Value, bool) {
	if v.Type() != StrType {
		return Null, false
	}
	s := (*Str)(v.p)
	if !s.isASCII() {
		return Null, false
	}
	sum := int64(0)
	for i := 0; i < len(s.s); i++ {
		sum += int64(s.s[i])
	}
	return MakeInt(sum), true
}
