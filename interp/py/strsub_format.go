package py

// strSubFormat is format(v, "") for an instance of a str subclass that
// keeps str's __format__: CPython's str.__format__ gives str(self) for
// an empty spec, which runs the subclass's __str__. (The method itself
// receives self unboxed, so the case is taken here, before the call.)
func strSubFormat(t *Thread, v Value, spec string) (string, bool, *Exception) {
	typ := v.Type()
	if spec != "" || typ == StrType || typ.boxKind != boxStr ||
		typ.LookupS("__format__") != StrType.LookupS("__format__") {
		return "", false, nil
	}
	s, err := Str_(t, v)
	return s, true, err
}
