package py

// NewModuleSized is NewModule with its namespace made for at least n
// names (NewDictSized): for a module filled at once at every start (sys).
func NewModuleSized(name string, n int) *Module {
	m := &Module{Dict: NewDictSized(n)}
	m.typ = ModuleType
	m.Dict.SetStr("__name__", NewStr(name))
	m.Dict.SetStr("__doc__", None)
	return m
}

// ModuleWith makes a module whose namespace is d, adding nothing to it
// (the builtins module, over an interpreter's builtins dict).
func ModuleWith(d *Dict) *Module {
	m := &Module{Dict: d}
	m.typ = ModuleType
	return m
}
