package vm

// sourceParts are modules registered with RegisterSourceModuleParts and
// not imported yet (regMu).
var sourceParts = map[string]sourcePartList{}

type sourcePartList struct {
	filename string
	parts    [][]byte
}

// RegisterSourceModuleParts is RegisterSourceModule for a source kept in
// parts (ast's generated node table and its code), joined the first time
// the module is imported: joining them at registration copied them at
// every start of every program.
func RegisterSourceModuleParts(name, filename string, parts ...[]byte) {
	regMu.Lock()
	defer regMu.Unlock()
	sourceParts[name] = sourcePartList{filename, parts}
}

// sourceModuleFor is sourceRegistry[name], joining a module registered in
// parts into its one source on first use (regMu held).
func sourceModuleFor(name string) (sourceModule, bool) {
	if sm, ok := sourceRegistry[name]; ok {
		return sm, true
	}
	sp, ok := sourceParts[name]
	if !ok {
		return sourceModule{}, false
	}
	n := 0
	for _, p := range sp.parts {
		n += len(p)
	}
	src := make([]byte, 0, n)
	for _, p := range sp.parts {
		src = append(src, p...)
	}
	delete(sourceParts, name)
	sourceRegistry[name] = sourceModule{sp.filename, src}
	moduleFiles[sp.filename] = src
	return sourceRegistry[name], true
}
