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

// docsDone is whether the built-in types have their docs (docsMu).
var (
	docsMu   sync.Mutex
	docsDone bool
)

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
// every interpreter's start-up.
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

// documentType fills in one built-in type's doc (shared by every
// interpreter, so done once). Their methods' docs are looked up when asked
// for (methodDoc): resolving ~800 of them here was a tenth of start-up.
func documentType(v py.Value, d docRecord) {
	if !py.IsType(v) || py.AsType(v).User {
		return
	}
	typ := py.AsType(v)
	docTypes[d.name] = typ
	if d.doc == "" {
		return
	}
	typ.Doc = py.NewStr(d.doc)
	typ.SetDefaultLazy("__doc__", typ.Doc)
}

var (
	// docTypes are the built-in types by their builtins-module name.
	docTypes = make(map[string]*py.Type, 128)

	methodDocsOnce sync.Once
	methodDocs     map[*py.Builtin]docRecord
)

// methodDoc is py.BuiltinDocs: the doc and signature of a built-in type's
// method (static and class methods included), from an index built the
// first time any is asked for.
func methodDoc(b *py.Builtin) (doc, sig string) {
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

// documentBuiltins gives an interpreter's builtin functions their docs,
// and the first time also the built-in types theirs, in the same walk of
// the records (each walk was a few percent of start-up).
func documentBuiltins(builtins *py.Dict) {
	docsMu.Lock()
	first := !docsDone
	docsDone = true
	if first {
		// later interpreters wait until the types are done
		defer docsMu.Unlock()
	} else {
		docsMu.Unlock()
	}
	eachBuiltinsDoc(func(d docRecord) {
		if v, ok := builtins.GetStr(d.name); ok {
			if first {
				documentType(v, d)
			}
			setBuiltinDoc(v, d)
		}
	})
	if first {
		py.TypesChanged()
		py.BuiltinDocs = methodDoc
	}
}
