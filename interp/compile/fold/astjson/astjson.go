// Package astjson reads syntax trees that CPython 3.7's ast module dumped as
// JSON (by the testdata/gen.py scripts of fold and symtable), so that tests
// of the passes after the parser can run on exactly the tree CPython built,
// independent of our own parser.
//
// The format is the ast module's own: a node is an object whose "_type" is
// the class name and whose other keys are its _fields plus lineno and
// col_offset; lists are arrays; identifiers and str values are strings;
// the value of Num, NameConstant and Constant is {"_num": kind, ...} with
// floats as float.hex(); bytes are {"_bytes": latin-1 text}.
//
// Decoding is by reflection over package ast: a class name picks the Go
// type, and a field name picks the struct field of the same name in
// CamelCase.
package astjson

import (
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
)

var nodeTypes = map[string]reflect.Type{}

func register(names string, vals ...any) {
	for i, n := range strings.Fields(names) {
		nodeTypes[n] = reflect.TypeOf(vals[i]).Elem()
	}
}

func init() {
	register("Module Interactive Expression Suite",
		&ast.Module{}, &ast.Interactive{}, &ast.Expression{}, &ast.Suite{})
	register("FunctionDef AsyncFunctionDef ClassDef Return Delete Assign AugAssign AnnAssign For AsyncFor While If With AsyncWith Raise Try Assert Import ImportFrom Global Nonlocal Expr Pass Break Continue",
		&ast.FunctionDef{}, &ast.AsyncFunctionDef{}, &ast.ClassDef{}, &ast.Return{}, &ast.Delete{}, &ast.Assign{},
		&ast.AugAssign{}, &ast.AnnAssign{}, &ast.For{}, &ast.AsyncFor{}, &ast.While{}, &ast.If{}, &ast.With{},
		&ast.AsyncWith{}, &ast.Raise{}, &ast.Try{}, &ast.Assert{}, &ast.Import{}, &ast.ImportFrom{}, &ast.Global{},
		&ast.Nonlocal{}, &ast.ExprStmt{}, &ast.Pass{}, &ast.Break{}, &ast.Continue{})
	register("BoolOp BinOp UnaryOp Lambda IfExp Dict Set ListComp SetComp DictComp GeneratorExp Await Yield YieldFrom Compare Call Num Str FormattedValue JoinedStr Bytes NameConstant Ellipsis Constant Attribute Subscript Starred Name List Tuple",
		&ast.BoolOp{}, &ast.BinOp{}, &ast.UnaryOp{}, &ast.Lambda{}, &ast.IfExp{}, &ast.Dict{}, &ast.Set{},
		&ast.ListComp{}, &ast.SetComp{}, &ast.DictComp{}, &ast.GeneratorExp{}, &ast.Await{}, &ast.Yield{},
		&ast.YieldFrom{}, &ast.Compare{}, &ast.Call{}, &ast.Num{}, &ast.Str{}, &ast.FormattedValue{},
		&ast.JoinedStr{}, &ast.Bytes{}, &ast.NameConstant{}, &ast.Ellipsis{}, &ast.Constant{}, &ast.Attribute{},
		&ast.Subscript{}, &ast.Starred{}, &ast.Name{}, &ast.List{}, &ast.Tuple{})
	register("Slice ExtSlice Index comprehension ExceptHandler arguments arg keyword alias withitem",
		&ast.SliceExpr{}, &ast.ExtSlice{}, &ast.Index{}, &ast.Comprehension{}, &ast.ExceptHandler{},
		&ast.Arguments{}, &ast.Arg{}, &ast.Keyword{}, &ast.Alias{}, &ast.WithItem{})
}

// enums maps the class name of an enum node to its Go value.
var enums = map[string]any{}

func init() {
	for i, n := range []string{"Load", "Store", "Del", "AugLoad", "AugStore", "Param"} {
		enums[n] = ast.ExprContext(i)
	}
	enums["And"], enums["Or"] = ast.And, ast.Or
	for i := ast.Add; i <= ast.FloorDiv; i++ {
		enums[i.String()] = i
	}
	for i := ast.Invert; i <= ast.USub; i++ {
		enums[i.String()] = i
	}
	for i := ast.Eq; i <= ast.NotIn; i++ {
		enums[i.String()] = i
	}
}

// fieldNames holds the ASDL field names whose CamelCase is not the Go name.
var fieldNames = map[string]string{"kwonlyargs": "KwOnlyArgs", "kw_defaults": "KwDefaults"}

// Decode reads one dumped module (or any node) into package ast's types.
func Decode(data []byte) (ast.Root, error) {
	var raw any
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	v, err := decode(raw, reflect.TypeOf((*ast.Root)(nil)).Elem())
	if err != nil {
		return nil, err
	}
	return v.Interface().(ast.Root), nil
}

var (
	valueType = reflect.TypeOf((*constant.Value)(nil)).Elem()
	posType   = reflect.TypeOf(ast.Pos{})
)

func decode(raw any, t reflect.Type) (reflect.Value, error) {
	if raw == nil {
		return reflect.Zero(t), nil
	}
	if t == valueType {
		c, err := decodeConst(raw)
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(&c).Elem(), nil
	}
	switch t.Kind() {
	case reflect.Interface, reflect.Pointer:
		m, ok := raw.(map[string]any)
		if !ok {
			return reflect.Value{}, fmt.Errorf("want a node for %v, got %T", t, raw)
		}
		name, _ := m["_type"].(string)
		nt, ok := nodeTypes[name]
		if !ok {
			return reflect.Value{}, fmt.Errorf("unknown node type %q", name)
		}
		p := reflect.New(nt)
		if err := fill(p.Elem(), m); err != nil {
			return reflect.Value{}, fmt.Errorf("%s: %w", name, err)
		}
		if t.Kind() == reflect.Interface {
			r := reflect.New(t).Elem()
			r.Set(p)
			return r, nil
		}
		return p, nil
	case reflect.Slice:
		items, ok := raw.([]any)
		if !ok {
			return reflect.Value{}, fmt.Errorf("want a list for %v", t)
		}
		s := reflect.MakeSlice(t, len(items), len(items))
		for i, it := range items {
			v, err := decode(it, t.Elem())
			if err != nil {
				return reflect.Value{}, err
			}
			s.Index(i).Set(v)
		}
		return s, nil
	case reflect.String:
		switch x := raw.(type) {
		case string:
			return reflect.ValueOf(x).Convert(t), nil
		case map[string]any:
			b, _ := x["_bytes"].(string)
			return reflect.ValueOf(latin1(b)).Convert(t), nil
		}
	case reflect.Int:
		switch x := raw.(type) {
		case float64:
			return reflect.ValueOf(int(x)).Convert(t), nil
		case map[string]any:
			e, ok := enums[x["_type"].(string)]
			if !ok {
				return reflect.Value{}, fmt.Errorf("unknown enum %v", x["_type"])
			}
			return reflect.ValueOf(e).Convert(t), nil
		}
	}
	return reflect.Value{}, fmt.Errorf("cannot decode %T into %v", raw, t)
}

func fill(v reflect.Value, m map[string]any) error {
	for k, raw := range m {
		switch k {
		case "_type":
			continue
		case "lineno", "col_offset":
			pos := v.FieldByName("Pos")
			if !pos.IsValid() || pos.Type() != posType {
				continue
			}
			n := int(raw.(float64))
			if k == "lineno" {
				pos.Field(0).SetInt(int64(n))
			} else {
				pos.Field(1).SetInt(int64(n))
			}
			continue
		}
		name, ok := fieldNames[k]
		if !ok {
			name = camel(k)
		}
		f := v.FieldByName(name)
		if !f.IsValid() {
			return fmt.Errorf("no field %s", name)
		}
		if name == "Module" && v.Type() == reflect.TypeOf(ast.ImportFrom{}) {
			v.FieldByName("HasModule").SetBool(raw != nil)
		}
		d, err := decode(raw, f.Type())
		if err != nil {
			return fmt.Errorf("%s: %w", k, err)
		}
		f.Set(d)
	}
	return nil
}

func camel(s string) string {
	parts := strings.Split(s, "_")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "")
}

func latin1(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return string(b)
}

func decodeConst(raw any) (constant.Value, error) {
	m, ok := raw.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("want a constant, got %T", raw)
	}
	switch m["_num"] {
	case "None":
		return constant.None, nil
	case "Ellipsis":
		return constant.Ellipsis, nil
	case "bool":
		return constant.Bool(m["v"].(bool)), nil
	case "int":
		i, ok := new(big.Int).SetString(m["v"].(string), 10)
		if !ok {
			return nil, fmt.Errorf("bad int %v", m["v"])
		}
		return constant.Int{V: i}, nil
	case "float":
		f, err := strconv.ParseFloat(m["v"].(string), 64)
		return constant.Float(f), err
	case "complex":
		re, err1 := strconv.ParseFloat(m["re"].(string), 64)
		im, err2 := strconv.ParseFloat(m["im"].(string), 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("bad complex %v", m)
		}
		return constant.Complex(complex(re, im)), nil
	case "str":
		return constant.Str(m["v"].(string)), nil
	case "bytes":
		return constant.Bytes(latin1(m["v"].(string))), nil
	}
	return nil, fmt.Errorf("unknown constant %v", m)
}
