package vm

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/bytepy/bytepy/interp/py"
)

// CPython 3.7's docstrings and text signatures for the builtins module,
// so that help(), obj? and __doc__ show the real text. docs/builtins.txt
// is made from the oracle by testdata/gen_docs.py: one record [owner,
// name, doc, signature] per function, type or method, owner "" for a
// builtins-module name. Fields are separated by U+001F and records by
// U+001E rather than written as JSON because every interpreter start reads
// it: slicing the embedded string costs no parse and no copies, where
// decoding 120 KB of JSON was a fifth of `bytepy run`'s start-up.

//go:embed docs/builtins.txt
var builtinDocsText string

type docRecord struct {
	owner, name string
	doc, sig    string
}

var (
	docsOnce    sync.Once
	builtinDocs []docRecord
)

func loadBuiltinDocs() {
	rest := builtinDocsText
	builtinDocs = make([]docRecord, 0, strings.Count(rest, "\x1e")+1)
	for rest != "" {
		var rec string
		rec, rest, _ = strings.Cut(rest, "\x1e")
		var d docRecord
		d.owner, rec, _ = strings.Cut(rec, "\x1f")
		d.name, rec, _ = strings.Cut(rec, "\x1f")
		d.doc, d.sig, _ = strings.Cut(rec, "\x1f")
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
