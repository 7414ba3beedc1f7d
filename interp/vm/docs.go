package vm

import (
	_ "embed"
	"encoding/json"
	"sync"

	"github.com/bytepy/bytepy/interp/py"
)

// CPython 3.7's docstrings and text signatures for the builtins module,
// so that help(), obj? and __doc__ show the real text. docs/builtins.json
// is made from the oracle by testdata/gen_docs.py: one record
// [owner, name, doc, signature] per function, type or method, owner ""
// for a builtins-module name.

//go:embed docs/builtins.json
var builtinDocsJSON []byte

type docRecord struct {
	owner, name string
	doc, sig    string
}

var (
	docsOnce    sync.Once
	builtinDocs []docRecord
)

func loadBuiltinDocs() {
	var raw [][4]*string
	if err := json.Unmarshal(builtinDocsJSON, &raw); err != nil {
		panic("vm: docs/builtins.json: " + err.Error())
	}
	for _, r := range raw {
		d := docRecord{owner: *r[0], name: *r[1]}
		if r[2] != nil {
			d.doc = *r[2]
		}
		if r[3] != nil {
			d.sig = *r[3]
		}
		builtinDocs = append(builtinDocs, d)
	}
}

// setBuiltinDoc gives one function or method its doc and signature.
func setBuiltinDoc(v py.Value, d docRecord) {
	switch v.Type() {
	case py.StaticMethodType:
		v = py.AsPtr[py.StaticMethod](v).F
	case py.ClassMethodType:
		v = py.AsPtr[py.ClassMethod](v).F
	}
	if v.Type() != py.BuiltinType {
		return
	}
	b := py.AsBuiltin(v)
	if b.Doc == "" {
		b.Doc = d.doc
	}
	if b.Sig == "" {
		b.Sig = d.sig
	}
}

// documentTypes fills in the built-in types' docs and their methods'
// (shared by every interpreter, so done once).
func documentTypes(builtins *py.Dict) {
	loadBuiltinDocs()
	types := map[string]*py.Type{}
	for _, d := range builtinDocs {
		if d.owner != "" {
			if typ := types[d.owner]; typ != nil {
				if m, ok := typ.Dict.GetStr(d.name); ok {
					setBuiltinDoc(m, d)
				}
			}
			continue
		}
		v, ok := builtins.GetStr(d.name)
		if !ok || !py.IsType(v) || py.AsType(v).User {
			continue
		}
		typ := py.AsType(v)
		types[d.name] = typ
		if d.doc == "" {
			continue
		}
		typ.Doc = py.NewStr(d.doc)
		if cur, ok := typ.Dict.GetStr("__doc__"); !ok || cur.IsNone() {
			typ.Dict.SetStr("__doc__", typ.Doc)
		}
	}
	py.TypesChanged()
}

// documentBuiltins gives an interpreter's builtin functions their docs.
func documentBuiltins(builtins *py.Dict) {
	docsOnce.Do(func() { documentTypes(builtins) })
	for _, d := range builtinDocs {
		if d.owner != "" {
			continue
		}
		if v, ok := builtins.GetStr(d.name); ok {
			setBuiltinDoc(v, d)
		}
	}
}
