package astmod

import (
	"errors"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/vm"
)

// pyCFOnlyAST is compile()'s flag asking for a tree instead of code.
const pyCFOnlyAST = 0x400

// installCompile replaces builtins.compile, once ast is imported (only
// then can AST objects exist), by one that also takes a tree, and
// honours PyCF_ONLY_AST; everything else goes to the original.
func installCompile(it *vm.Interp, astClass, parse py.Value) {
	orig, ok := it.Builtins.GetStr("compile")
	if !ok {
		return
	}
	it.Builtins.SetStr("compile", py.NewBuiltin("compile", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("compile", a, kw, []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3)
		if err != nil {
			return py.Null, err
		}
		src := p[0]
		isTree := py.IsType(astClass) && src.Type().IsSubtype(py.AsType(astClass))
		flags := int64(0)
		if !p[3].IsNull() {
			if flags, err = py.IndexInt(t, p[3]); err != nil {
				return py.Null, err
			}
		}
		if !isTree {
			if flags&pyCFOnlyAST != 0 {
				return py.Call(t, parse, []py.Value{src, p[1], p[2]}, nil)
			}
			return py.Call(t, orig, a, kw)
		}
		if flags&pyCFOnlyAST != 0 {
			return src, nil
		}
		if !py.IsStr(p[1]) || !py.IsStr(p[2]) {
			return py.Call(t, orig, a, kw)
		}
		optimize := int64(-1)
		if !p[5].IsNull() {
			if optimize, err = py.IndexInt(t, p[5]); err != nil {
				return py.Null, err
			}
		}
		root, err := treeToGo(t, src, py.StrOf(p[2]))
		if err != nil {
			return py.Null, err
		}
		co, cerr := compile.CompileAST(root, py.StrOf(p[1]), int(flags), int(optimize))
		if cerr != nil {
			var se *syntax.Error
			if errors.As(cerr, &se) {
				return py.Null, vm.SyntaxErrorFrom(se)
			}
			if pe, ok := cerr.(*vm.PyError); ok {
				return py.Null, pe.Exc
			}
			return py.Null, py.Errorf(py.SystemErrorType, "%s", cerr.Error())
		}
		return py.CodeValue(co), nil
	}))
}

// treeToGo converts a Module, Expression or Interactive object for mode.
func treeToGo(t *py.Thread, tree py.Value, mode string) (root ast.Root, exc *py.Exception) {
	want := map[string]string{"exec": "Module", "eval": "Expression", "single": "Interactive"}[mode]
	if want == "" {
		return nil, py.Errorf(py.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if tree.Type().Name != want {
		return nil, py.Errorf(py.TypeErrorType, "expected %s node, got %s", want, py.TypeName(tree))
	}
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(convError)
			if !ok {
				panic(r)
			}
			root, exc = nil, ce.exc
		}
	}()
	c := &converter{t: t}
	n := c.toGo(tree, "mod").Interface()
	return n.(ast.Root), nil
}
