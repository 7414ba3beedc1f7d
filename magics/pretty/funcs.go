package pretty

import (
	"strings"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/py"
)

// functionPrint is _function_pprint: <function module.qualname(signature)>.
// Built-in functions use CPython 3.7's text signatures (textsig.go);
// without one they print as when inspect.signature raises: <function max>.
func functionPrint(p *Printer, v py.Value, cycle bool) *py.Exception {
	if v.Type() == py.BuiltinType {
		b := py.AsBuiltin(v)
		if b.Owner != nil && !b.Static {
			// An unbound method of a built-in type is CPython's
			// method_descriptor, which IPython shows by repr.
			return reprPrint(p, v, cycle)
		}
		mod := b.Module
		if mod == "" {
			mod = "builtins"
		}
		name := b.Name
		if b.Owner != nil {
			name = b.Owner.Qualname + "." + name
		} else if mod != "builtins" {
			name = mod + "." + name
		}
		p.text("<function " + name + builtinSignature(b) + ">")
		return nil
	}
	f := py.AsFunction(v)
	name := ""
	if py.IsStr(f.Qualname) {
		name = py.StrOf(f.Qualname)
	} else if py.IsStr(f.Name) {
		name = py.StrOf(f.Name)
	}
	if !f.Module.IsNull() && py.IsStr(f.Module) {
		if mod := py.StrOf(f.Module); mod != "" && mod != "builtins" && mod != "__builtin__" && mod != "exceptions" {
			name = mod + "." + name
		}
	}
	sig, err := signature(p.t, f)
	if err != nil {
		return err
	}
	p.text("<function " + name + sig + ">")
	return nil
}

// signature is str(inspect.signature(f)) for a Python function.
func signature(t *py.Thread, f *py.Function) (string, *py.Exception) {
	co := f.Code
	var parts []string
	param := func(name string, def py.Value) *py.Exception {
		s := name
		ann, hasAnn := annotation(t, f, name)
		if hasAnn {
			s += ": " + ann
		}
		if !def.IsNull() {
			r, err := py.Repr(t, def)
			if err != nil {
				return err
			}
			if hasAnn {
				s += " = " + r
			} else {
				s += "=" + r
			}
		}
		parts = append(parts, s)
		return nil
	}
	nd := len(f.Defaults)
	for i := 0; i < co.ArgCount; i++ {
		def := py.Null
		if j := i - (co.ArgCount - nd); j >= 0 {
			def = f.Defaults[j]
		}
		if err := param(co.VarNames[i], def); err != nil {
			return "", err
		}
	}
	next := co.ArgCount + co.KwOnlyArgCount
	if co.Flags&code.VarArgs != 0 {
		if err := param("*"+co.VarNames[next], py.Null); err != nil {
			return "", err
		}
		next++
	} else if co.KwOnlyArgCount > 0 {
		parts = append(parts, "*")
	}
	for i := co.ArgCount; i < co.ArgCount+co.KwOnlyArgCount; i++ {
		def := py.Null
		if f.KwDefaults != nil {
			if d, ok := f.KwDefaults.GetStr(co.VarNames[i]); ok {
				def = d
			}
		}
		if err := param(co.VarNames[i], def); err != nil {
			return "", err
		}
	}
	if co.Flags&code.VarKeywords != 0 {
		if err := param("**"+co.VarNames[next], py.Null); err != nil {
			return "", err
		}
	}
	s := "(" + strings.Join(parts, ", ") + ")"
	if ann, ok := annotation(t, f, "return"); ok {
		s += " -> " + ann
	}
	return s, nil
}

// annotation is inspect.formatannotation of a parameter's annotation:
// classes by (qualified) name, anything else by repr.
func annotation(t *py.Thread, f *py.Function, name string) (string, bool) {
	if f.Annotations == nil {
		return "", false
	}
	name = strings.TrimLeft(name, "*")
	a, ok := f.Annotations.GetStr(name)
	if !ok {
		return "", false
	}
	if py.IsType(a) {
		typ := py.AsType(a)
		if typ.Module == "builtins" || typ.Module == "" {
			return typ.Qualname, true
		}
		return typ.Module + "." + typ.Qualname, true
	}
	r, err := py.Repr(t, a)
	if err != nil {
		return "", false
	}
	return r, true
}

// builtinSignature is the 3.7 text signature of a built-in function or
// method, or "".
func builtinSignature(b *py.Builtin) string {
	key := b.Module + "." + b.Name
	if b.Owner != nil {
		key = b.Owner.Name + "." + b.Name
	} else if b.Module == "" {
		key = "builtins." + b.Name
	}
	return textSignatures()[key]
}

// methodPrint shows a method by repr, except a built-in method bound to
// its object (bytepy's form of CPython's [].append, a builtin function
// with __self__), which prints as a function like IPython does.
func methodPrint(p *Printer, v py.Value, cycle bool) *py.Exception {
	m := py.AsBoundMethod(v)
	if m.Func.Type() == py.BuiltinType {
		b := py.AsBuiltin(m.Func)
		owner := b.Owner
		if owner == nil && py.IsType(m.Self) {
			owner = py.AsType(m.Self) // a class method such as dict.fromkeys
		}
		if owner != nil && !strings.HasPrefix(b.Name, "__") {
			p.text("<function " + owner.Qualname + "." + b.Name + textSignatures()[owner.Name+"."+b.Name] + ">")
			return nil
		}
	}
	return reprPrint(p, v, cycle)
}
