package engine

import (
	"encoding/base64"
	"fmt"
	"slices"
	"strconv"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/kernel"
	"github.com/bytepy/bytepy/magics/pretty"
)

// displayHook is sys.displayhook for a cell's expression statements: the
// value becomes execute_result and Out[n], _, __, ___ and _n, unless the
// cell is silent or ends in ";".
func (e *Engine) displayHook(v py.Value) error {
	if v.IsNone() || e.req.Silent || e.quiet {
		return nil
	}
	t := e.it.Thread()
	data, md, exc := e.mimeBundle(t, v)
	if exc != nil {
		return excErr(exc)
	}
	e.updateOutput(v, data)
	if e.out != nil {
		e.out.Result(data, md)
	} else if s, ok := data["text/plain"].(string); ok {
		e.fallback.WriteString(s + "\n")
	}
	return nil
}

// updateOutput is DisplayHook.update_user_ns: the underscore variables
// shift, and a cell that stores history keeps its result as Out[n].
func (e *Engine) updateOutput(v py.Value, data kernel.MimeBundle) {
	if v != e.outD.V() {
		if x, ok := e.ns.GetStr("__"); ok {
			e.ns.SetStr("___", x)
		}
		if x, ok := e.ns.GetStr("_"); ok {
			e.ns.SetStr("__", x)
		}
		e.ns.SetStr("_", v)
	}
	if !e.req.StoreHistory {
		return
	}
	if e.outD.Len() >= outputCacheSize {
		e.cullOutput()
	}
	n := e.req.ExecutionCount
	e.setNumbered("_", n, v)
	key := py.MakeInt(int64(n))
	if _, ok, _ := e.outD.GetItem(e.it.Thread(), key); !ok {
		keepTight(e.outD, e.outD.Len())
	}
	e.outD.SetItem(e.it.Thread(), key, v)
	if s, ok := data["text/plain"].(string); ok {
		e.hist.SetOutput(n, s)
	}
}

// outputCacheSize and outputCull are IPython's DisplayHook cache_size and
// cull_fraction: Out keeps at most that many results, so a long session
// does not keep every value it ever displayed alive.
const (
	outputCacheSize = 1000
	outputCull      = 0.2
)

// cullOutput is DisplayHook.cull_cache: the oldest fifth of Out, and
// their _N names, are dropped, with IPython's warning (shown once, as
// Python's warnings filter shows a repeated warning once).
func (e *Engine) cullOutput() {
	t := e.it.Thread()
	keys := e.outD.Keys()
	count := max(int(float64(len(keys))*outputCull), 2)
	if !e.culled {
		e.culled = true
		msg := fmt.Sprintf("UserWarning: Output cache limit (currently %d entries) hit.\nFlushing oldest %d entries.\n", len(keys), count)
		if e.out != nil {
			e.out.Stream("stderr", msg)
		}
	}
	ints := make([]int64, 0, len(keys))
	for _, k := range keys {
		if k.IsInt() {
			ints = append(ints, k.Int())
		}
	}
	slices.Sort(ints)
	for _, n := range ints[:min(count, len(ints))] {
		e.ns.DelItem(t, py.NewStr("_"+strconv.FormatInt(n, 10)))
		e.outD.DelItem(t, py.MakeInt(n))
	}
}

// reprMethods are the _repr_*_ methods IPython's formatters call, with
// the MIME type each fills.
var reprMethods = []struct{ method, mime string }{
	{"_repr_html_", "text/html"},
	{"_repr_markdown_", "text/markdown"},
	{"_repr_svg_", "image/svg+xml"},
	{"_repr_png_", "image/png"},
	{"_repr_jpeg_", "image/jpeg"},
	{"_repr_latex_", "text/latex"},
	{"_repr_json_", "application/json"},
	{"_repr_javascript_", "application/javascript"},
	{"_repr_pdf_", "application/pdf"},
}

// mimeBundle is IPython's DisplayFormatter.format: text/plain is the
// pretty printer's (floats follow %precision), and every _repr_*_ method
// the object's type defines adds its MIME type unless it returns None. A
// method may return (data, metadata).
func (e *Engine) mimeBundle(t *py.Thread, v py.Value) (kernel.MimeBundle, kernel.MimeBundle, *py.Exception) {
	data := kernel.MimeBundle{}
	md := kernel.MimeBundle{}
	if !v.Type().LookupS("_repr_mimebundle_").IsNull() && !py.IsType(v) {
		r, err := py.CallMethod(t, v, "_repr_mimebundle_")
		if err != nil {
			return nil, nil, err
		}
		if py.IsTuple(r) && len(py.AsTuple(r)) == 2 {
			if m, err := toJSON(t, py.AsTuple(r)[1]); err == nil {
				if mm, ok := m.(map[string]any); ok {
					for k, x := range mm {
						md[k] = x
					}
				}
			}
			r = py.AsTuple(r)[0]
		}
		if py.IsDict(r) {
			j, err := toJSON(t, r)
			if err != nil {
				return nil, nil, err
			}
			for k, x := range j.(map[string]any) {
				data[k] = x
			}
		}
	}
	for _, rm := range reprMethods {
		if _, done := data[rm.mime]; done || v.Type().LookupS(rm.method).IsNull() || py.IsType(v) {
			continue
		}
		r, err := py.CallMethod(t, v, rm.method)
		if err != nil {
			return nil, nil, err
		}
		if r.IsNone() {
			continue
		}
		if py.IsTuple(r) && len(py.AsTuple(r)) == 2 {
			if m, err := toJSON(t, py.AsTuple(r)[1]); err == nil && m != nil {
				md[rm.mime] = m
			}
			r = py.AsTuple(r)[0]
		}
		if rm.mime == "application/json" {
			j, err := toJSON(t, r)
			if err != nil {
				return nil, nil, err
			}
			data[rm.mime] = j
			continue
		}
		if b, ok := py.BytesOf(r); ok && py.TypeName(r) == "bytes" {
			data[rm.mime] = base64Std(b)
			continue
		}
		s, err := py.Str_(t, r)
		if err != nil {
			return nil, nil, err
		}
		data[rm.mime] = s
	}
	if _, ok := data["text/plain"]; !ok {
		s, err := e.plainText(t, v)
		if err != nil {
			return nil, nil, err
		}
		data["text/plain"] = s
	}
	return data, md, nil
}

// plainText is the text/plain form: IPython's pretty printer at 79
// columns, with floats in the %precision format.
func (e *Engine) plainText(t *py.Thread, v py.Value) (string, *py.Exception) {
	return pretty.Format(t, v, pretty.Options{MaxWidth: 79, MaxSeqLength: pretty.MaxSeqLength, FloatFormat: e.sh.Precision})
}

// toJSON converts a Python value made of dicts, lists, strs, numbers,
// bools and None to its encoding/json form.
func toJSON(t *py.Thread, v py.Value) (any, *py.Exception) {
	switch {
	case v.IsNone() || v.IsNull():
		return nil, nil
	case v.IsBool():
		return v.Bool(), nil
	case v.IsInt():
		return v.Int(), nil
	case v.IsFloat():
		return v.Float(), nil
	case py.IsStr(v):
		return py.StrOf(v), nil
	case py.IsDict(v):
		out := map[string]any{}
		var exc *py.Exception
		py.AsDict(v).Range(func(k, x py.Value) bool {
			ks, err := py.Str_(t, k)
			if err != nil {
				exc = err
				return false
			}
			j, err := toJSON(t, x)
			if err != nil {
				exc = err
				return false
			}
			out[ks] = j
			return true
		})
		return out, exc
	case py.IsList(v) || py.IsTuple(v):
		items, err := py.Collect(t, v)
		if err != nil {
			return nil, err
		}
		out := make([]any, len(items))
		for i, x := range items {
			if out[i], err = toJSON(t, x); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	if b, ok := py.BytesOf(v); ok {
		return base64Std(b), nil
	}
	return py.Str_(t, v)
}

func base64Std(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
