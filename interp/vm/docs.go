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

// docsOnce documents the built-in types; a later interpreter waits for it.
var docsOnce sync.Once

// eachDoc calls f with every record in file order. The records are sliced
// out of the embedded text each time rather than kept in a table: the
// start-up path reads only the ~140 builtins-module ones.
func eachDoc(f func(d docRecord)) {
	rest := builtinDocsText
	for rest != "" {
		var rec string
		rec, rest, _ = strings.Cut(rest, "\x1e")
		var d docRecord
		d.owner, rec, _ = strings.Cut(rec, "\x1f")
		d.name, rec, _ = strings.Cut(rec, "\x1f")
		d.doc, d.sig, _ = strings.Cut(rec, "\x1f")
		f(d)
	}
}

// eachBuiltinsDoc is eachDoc over the builtins-module records (owner ""),
// in file order. gen_docs.py writes them first, so the walk stops at the
// first method record and never touches the ~800 after it: this runs in
// the process's start-up.
func eachBuiltinsDoc(f func(d docRecord)) {
	rest := builtinDocsText
	for strings.HasPrefix(rest, "\x1f") {
		var rec string
		rec, rest, _ = strings.Cut(rest[1:], "\x1e")
		var d docRecord
		d.name, rec, _ = strings.Cut(rec, "\x1f")
		d.doc, d.sig, _ = strings.Cut(rec, "\x1f")
		f(d)
	}
}

// documentType fills in one built-in type's doc (shared by every
// interpreter, so done once). Their methods' docs are looked up when asked
// for (methodDoc): resolving ~800 of them here was a tenth of start-up.
// The doc itself is set when the type's dict is built (OnBuilt; the
// type's __doc__ getter builds it first), so a type a program never
// looks into costs no str at start-up.
func documentType(v py.Value, d docRecord) {
	if !py.IsType(v) || py.AsType(v).User {
		return
	}
	typ := py.AsType(v)
	docTypes[d.name] = typ
	if d.doc == "" {
		return
	}
	text := d.doc
	typ.OnBuilt(func(dict *py.Dict) {
		typ.Doc = py.NewStr(text)
		if cur, ok := dict.GetStr("__doc__"); !ok || cur.IsNone() {
			dict.SetStr("__doc__", typ.Doc)
		}
	})
}

var (
	// docTypes are the built-in types by their builtins-module name.
	docTypes = make(map[string]*py.Type, 128)

	methodDocsOnce sync.Once
	methodDocs     map[*py.Builtin]docRecord

	// funcDocs are the builtins-module records by name.
	funcDocsOnce sync.Once
	funcDocs     map[string]docRecord
)

// methodDoc is py.BuiltinDocs: the doc and signature of a built-in type's
// method (static and class methods included), or of a builtins-module
// function, from an index built the first time any is asked for.
func methodDoc(b *py.Builtin) (doc, sig string) {
	if b.Owner == nil && isBuiltinsModule(b.Self) {
		funcDocsOnce.Do(func() {
			funcDocs = map[string]docRecord{}
			eachBuiltinsDoc(func(d docRecord) { funcDocs[d.name] = d })
		})
		d := funcDocs[b.Name]
		return d.doc, d.sig
	}
	methodDocsOnce.Do(func() {
		methodDocs = map[*py.Builtin]docRecord{}
		eachDoc(func(d docRecord) {
			typ := docTypes[d.owner]
			if d.owner == "" || typ == nil {
				return
			}
			m, ok := typ.Dict().GetStr(d.name)
			if !ok {
				return
			}
			switch m.Type() {
			case py.StaticMethodType:
				m = py.AsPtr[py.StaticMethod](m).F
			case py.ClassMethodType:
				m = py.AsPtr[py.ClassMethod](m).F
			}
			if m.Type() == py.BuiltinType {
				methodDocs[py.AsBuiltin(m)] = d
			}
		})
	})
	d := methodDocs[b]
	return d.doc, d.sig
}

// isBuiltinsModule reports whether v is an interpreter's builtins module
// (the __self__ New gives the builtins module's functions).
func isBuiltinsModule(v py.Value) bool {
	return !v.IsNull() && v.Type() == py.ModuleType && py.AsModule(v).Name() == "builtins"
}

// documentBuiltins gives the built-in types their docs, once per process.
// The builtin functions' docs and signatures come from methodDoc when
// asked for (Builtin.DocSig), not written into each interpreter's.
func documentBuiltins(builtins *py.Dict) {
	docsOnce.Do(func() {
		eachBuiltinsDoc(func(d docRecord) {
			if v, ok := builtins.GetStr(d.name); ok {
				documentType(v, d)
			}
		})
		py.TypesChanged()
		py.BuiltinDocs = methodDoc
	})
}
