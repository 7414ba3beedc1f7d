package compile

import "strings"

// mangle is _Py_Mangle: inside class C, a name __x (not ending in __ and
// without dots) becomes _C__x, with C's leading underscores dropped.
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") {
		return name
	}
	if strings.HasSuffix(name, "__") || strings.IndexByte(name, '.') >= 0 {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}
