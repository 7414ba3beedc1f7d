package pretty

import "github.com/bytepy/bytepy/interp/py"

// The printers that show an object as a call (collections' classes,
// types.SimpleNamespace), as IPython's do. They reach the object through
// Python attributes, so they work for the Python-source classes of
// interp/lib/collections.

func convert(p *Printer, typ *py.Type, v py.Value) (py.Value, *py.Exception) {
	return py.Call(p.t, typ.V(), []py.Value{v}, nil)
}

// cycleCall prints Name(...) for a container met again inside itself.
func cycleCall(p *Printer, v py.Value) *py.Exception {
	return p.callExpr(v.Type().Name, []arg{{raw: "..."}})
}

func defaultdictPrint(p *Printer, v py.Value, cycle bool) *py.Exception {
	if cycle {
		return cycleCall(p, v)
	}
	f, err := py.GetAttrS(p.t, v, "default_factory")
	if err != nil {
		return err
	}
	d, err := convert(p, py.DictType, v)
	if err != nil {
		return err
	}
	return p.callExpr(v.Type().Name, []arg{{v: f}, {v: d}})
}

func ordereddictPrint(p *Printer, v py.Value, cycle bool) *py.Exception {
	if cycle {
		return cycleCall(p, v)
	}
	if n, err := py.Len(p.t, v); err != nil || n == 0 {
		if err != nil {
			return err
		}
		return p.callExpr(v.Type().Name, nil)
	}
	items, err := py.CallMethod(p.t, v, "items")
	if err != nil {
		return err
	}
	l, err := convert(p, py.ListType, items)
	if err != nil {
		return err
	}
	return p.callExpr(v.Type().Name, []arg{{v: l}})
}

func dequePrint(p *Printer, v py.Value, cycle bool) *py.Exception {
	if cycle {
		return cycleCall(p, v)
	}
	l, err := convert(p, py.ListType, v)
	if err != nil {
		return err
	}
	m, err := py.GetAttrS(p.t, v, "maxlen")
	if err != nil {
		return err
	}
	if m.IsNone() {
		return p.callExpr(v.Type().Name, []arg{{v: l}})
	}
	return p.callExpr(v.Type().Name, []arg{{v: l}, {name: "maxlen", v: m}})
}

func counterPrint(p *Printer, v py.Value, cycle bool) *py.Exception {
	if cycle {
		return cycleCall(p, v)
	}
	if n, err := py.Len(p.t, v); err != nil || n == 0 {
		if err != nil {
			return err
		}
		return p.callExpr(v.Type().Name, nil)
	}
	d, err := convert(p, py.DictType, v)
	if err != nil {
		return err
	}
	return p.callExpr(v.Type().Name, []arg{{v: d}})
}

func userlistPrint(p *Printer, v py.Value, cycle bool) *py.Exception {
	if cycle {
		return cycleCall(p, v)
	}
	data, err := py.GetAttrS(p.t, v, "data")
	if err != nil {
		return err
	}
	return p.callExpr(v.Type().Name, []arg{{v: data}})
}

// namespacePrint is _types_simplenamespace_pprint: namespace(a=1, ...).
func namespacePrint(p *Printer, v py.Value, cycle bool) *py.Exception {
	if cycle {
		return p.callExpr("namespace", []arg{{raw: "..."}})
	}
	d, err := py.GetAttrS(p.t, v, "__dict__")
	if err != nil {
		return err
	}
	var args []arg
	if py.IsDict(d) {
		var exc *py.Exception
		py.AsDict(d).Range(func(k, x py.Value) bool {
			name, err := py.Str_(p.t, k)
			if err != nil {
				exc = err
				return false
			}
			args = append(args, arg{name: name, v: x})
			return true
		})
		if exc != nil {
			return exc
		}
	}
	return p.callExpr("namespace", args)
}
