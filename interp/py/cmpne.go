package py

// neIsObjects reports whether the __ne__ that instances of typ (a class
// with no __ne__ of its own making) inherit is object's, which inverts
// __eq__, rather than a built-in base's (str's, int's, list's), which
// compares by itself as CPython's slot wrapper does: a str subclass
// that overrides only __eq__ keeps str's !=.
func neIsObjects(typ *Type) bool {
	ne := cmpDunderStrs[NE]
	for _, m := range typ.MRO {
		if m.User {
			continue
		}
		if _, ok := m.Dict().getStr(ne); ok {
			return m == ObjectType
		}
	}
	return true
}
