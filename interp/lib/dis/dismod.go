// Package dismod is the dis module: CPython 3.7's disassembler API over
// bytepy's Go formatter (interp/dis) and opcode table (interp/opcode).
//
// The module is split the way dis.py itself splits naturally. The parts
// that decide what to disassemble — unwrapping methods, functions,
// generators, classes and modules, compiling source strings, the
// Bytecode and Instruction classes — are Python (dis.py, embedded),
// because they are attribute probing and a few small classes. Everything
// that reads wordcode — decoding instructions, explaining arguments,
// laying out the columns, code_info, the opcode tables — lives in a
// private Go module, _dis, so the text is produced by the same code that
// the compiler's golden tests check against CPython.
package dismod

import (
	_ "embed"
	"strings"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/dis"
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed dis.py
var disSource []byte

func init() {
	vm.RegisterModule("_dis", initPrivate)
	vm.RegisterSourceModule("dis", "<frozen dis>", disSource)
}

// initPrivate fills _dis: the opcode tables and the wordcode primitives.
func initPrivate(it *vm.Interp, m *py.Module) error {
	fillTables(m)
	builtin := func(name string) py.Value {
		v, _ := it.Builtins.GetStr(name)
		return v
	}
	converters := []py.Value{py.None, builtin("str"), builtin("repr"), builtin("ascii")}
	m.Set("disassemble", py.NewBuiltin("disassemble", disassemble))
	m.Set("dis_bytes", py.NewBuiltin("dis_bytes", disBytes))
	m.Set("code_info", py.NewBuiltin("code_info", codeInfo))
	m.Set("pretty_flags", py.NewBuiltin("pretty_flags", prettyFlags))
	m.Set("instructions", py.NewBuiltin("instructions", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return instructions(a, kw, converters)
	}))
	m.Set("findlabels", py.NewBuiltin("findlabels", findLabels))
	m.Set("findlinestarts", py.NewBuiltin("findlinestarts", findLineStarts))
	m.Set("stack_effect", py.NewBuiltin("stack_effect", stackEffect))
	m.Set("tb_last", py.NewBuiltin("tb_last", tbLast))
	return nil
}

// codeArg checks that v is a code object.
func codeArg(fname string, v py.Value) (*code.Code, *py.Exception) {
	if v.Type() != py.CodeType {
		return nil, py.Errorf(py.TypeErrorType, "%s() argument must be code, not %s", fname, py.TypeName(v))
	}
	return py.AsCode(v), nil
}

// intArg reads an optional int argument (Null or None: def).
func intArg(fname string, v py.Value, def int) (int, *py.Exception) {
	switch {
	case v.IsNull() || v.IsNone():
		return def, nil
	case v.IsInt() || v.IsBool():
		return int(v.Int()), nil
	}
	return 0, py.Errorf(py.TypeErrorType, "%s() argument must be int, not %s", fname, py.TypeName(v))
}

// disassemble(co, lasti=-1, line_offset=0) is _disassemble_bytes of a
// code object, returned as text.
func disassemble(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	p, err := py.ParseArgs("disassemble", a, kw, []string{"co", "lasti", "line_offset"}, 1)
	if err != nil {
		return py.Null, err
	}
	co, err := codeArg("disassemble", p[0])
	if err != nil {
		return py.Null, err
	}
	lasti, err := intArg("disassemble", p[1], -1)
	if err != nil {
		return py.Null, err
	}
	off, err := intArg("disassemble", p[2], 0)
	if err != nil {
		return py.Null, err
	}
	return py.NewStr(formatCode(co, lasti, off)), nil
}

// dis_bytes(b) is dis.dis of raw wordcode.
func disBytes(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 1 {
		return py.Null, py.Errorf(py.TypeErrorType, "dis_bytes() takes exactly one argument")
	}
	b, ok := py.BytesOf(a[0])
	if !ok {
		return py.Null, py.Errorf(py.TypeErrorType, "dis_bytes() argument must be bytes, not %s", py.TypeName(a[0]))
	}
	var sb strings.Builder
	dis.DisBytes(&sb, b)
	return py.NewStr(sb.String()), nil
}

func codeInfo(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 1 {
		return py.Null, py.Errorf(py.TypeErrorType, "code_info() takes exactly one argument")
	}
	co, err := codeArg("code_info", a[0])
	if err != nil {
		return py.Null, err
	}
	return py.NewStr(dis.CodeInfo(co)), nil
}

func prettyFlags(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 1 || len(kw) != 0 {
		return py.Null, py.Errorf(py.TypeErrorType, "pretty_flags() takes exactly one argument")
	}
	if !a[0].IsInt() && !a[0].IsBool() {
		return py.Null, py.Errorf(py.TypeErrorType, "unsupported operand type(s) for &: '%s' and 'int'", py.TypeName(a[0]))
	}
	return py.NewStr(dis.PrettyFlags(int(a[0].Int()))), nil
}

// instructions(co, line_offset) gives each instruction as the 8-tuple of
// Instruction's fields; dis.py wraps them.
func instructions(a []py.Value, kw []string, converters []py.Value) (py.Value, *py.Exception) {
	p, err := py.ParseArgs("instructions", a, kw, []string{"co", "line_offset"}, 1)
	if err != nil {
		return py.Null, err
	}
	co, err := codeArg("instructions", p[0])
	if err != nil {
		return py.Null, err
	}
	off, err := intArg("instructions", p[1], 0)
	if err != nil {
		return py.Null, err
	}
	first := 0
	if off != 0 {
		first = co.FirstLineNo + off
	}
	ins := dis.Instructions(co, first)
	out := make([]py.Value, len(ins))
	for i, in := range ins {
		arg, argval, startsLine := py.None, py.None, py.None
		if in.HasArg {
			arg = py.MakeInt(int64(in.Arg))
			argval = argValue(in.Argval, converters)
		}
		if in.StartsLine != 0 {
			startsLine = py.MakeInt(int64(in.StartsLine))
		}
		out[i] = py.NewTuple([]py.Value{
			py.NewStr(in.Opname), py.MakeInt(int64(in.Opcode)), arg, argval,
			py.NewStr(in.Argrepr), py.MakeInt(int64(in.Offset)), startsLine, py.MakeBool(in.IsJumpTarget),
		})
	}
	return py.NewList(out), nil
}

// argValue converts the formatter's argval into what dis.py puts in
// Instruction.argval; FORMAT_VALUE's is (converter function, has spec).
func argValue(v any, converters []py.Value) py.Value {
	switch v := v.(type) {
	case string:
		return py.NewStr(v)
	case int:
		return py.MakeInt(int64(v))
	case dis.FormatValue:
		conv := converters[0]
		for i, n := range []string{"", "str", "repr", "ascii"} {
			if n == v.Conversion {
				conv = converters[i]
			}
		}
		return py.Tuple2(conv, py.MakeBool(v.HasSpec))
	case *code.Code:
		return py.CodeValue(v)
	}
	if c, ok := v.(constant.Value); ok {
		return py.FromConstant(c)
	}
	return py.None
}

func findLabels(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 1 || len(kw) != 0 {
		return py.Null, py.Errorf(py.TypeErrorType, "findlabels() takes exactly one argument")
	}
	b, ok := py.BytesOf(a[0])
	if !ok {
		return py.Null, py.Errorf(py.TypeErrorType, "findlabels() argument must be bytes, not %s", py.TypeName(a[0]))
	}
	labels := dis.FindLabels(b)
	out := make([]py.Value, len(labels))
	for i, l := range labels {
		out[i] = py.MakeInt(int64(l))
	}
	return py.NewList(out), nil
}

func findLineStarts(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 1 || len(kw) != 0 {
		return py.Null, py.Errorf(py.TypeErrorType, "findlinestarts() takes exactly one argument")
	}
	co, err := codeArg("findlinestarts", a[0])
	if err != nil {
		return py.Null, err
	}
	ls := dis.FindLineStarts(co)
	out := make([]py.Value, len(ls))
	for i, l := range ls {
		out[i] = py.Tuple2(py.MakeInt(int64(l.Offset)), py.MakeInt(int64(l.Line)))
	}
	return py.NewList(out), nil
}

// stack_effect(opcode, oparg=None) with _opcode.stack_effect's checks.
func stackEffect(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := py.NoKw("stack_effect", kw); err != nil {
		return py.Null, err
	}
	if len(a) < 1 || len(a) > 2 {
		return py.Null, py.Errorf(py.TypeErrorType, "stack_effect expected at least 1 argument, got %d", len(a))
	}
	if !a[0].IsInt() && !a[0].IsBool() {
		return py.Null, py.Errorf(py.TypeErrorType, "an integer is required (got type %s)", py.TypeName(a[0]))
	}
	op := a[0].Int()
	hasArg := len(a) == 2 && !a[1].IsNone()
	arg := 0
	if op >= int64(opcode.HAVE_ARGUMENT) {
		if !hasArg {
			return py.Null, py.NewValueError("stack_effect: opcode requires oparg but oparg was not specified")
		}
		if !a[1].IsInt() && !a[1].IsBool() {
			return py.Null, py.Errorf(py.TypeErrorType, "an integer is required (got type %s)", py.TypeName(a[1]))
		}
		arg = int(a[1].Int())
	} else if hasArg {
		return py.Null, py.NewValueError("stack_effect: opcode does not permit oparg but oparg was specified")
	}
	if op < 0 || op > 255 {
		return py.Null, py.NewValueError("invalid opcode or oparg")
	}
	e := opcode.StackEffect(opcode.Op(op), arg, -1)
	if e == opcode.InvalidStackEffect {
		return py.Null, py.NewValueError("invalid opcode or oparg")
	}
	return py.MakeInt(int64(e)), nil
}

// tb_last(tb, innermost) is (code, offset) of a traceback entry — the
// innermost one if asked — what distb and Bytecode.from_traceback read as
// tb_frame.f_code and tb_lasti (traceback objects have no attributes yet).
func tbLast(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 2 || a[0].Type() != py.TracebackType {
		return py.Null, py.Errorf(py.TypeErrorType, "expected a traceback")
	}
	tb := py.AsPtr[py.Traceback](a[0])
	for py.Truth_(a[1]) && tb.Next != nil {
		tb = tb.Next
	}
	return py.Tuple2(py.CodeValue(tb.Code), py.MakeInt(int64(2*tb.Lasti))), nil
}
