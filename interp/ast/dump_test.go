package ast

import (
	"testing"

	"github.com/bytepy/bytepy/interp/constant"
)

// TestDump checks Dump and DumpAttrs on hand-built trees against what
// CPython 3.7's ast.dump prints for the same trees. (The parser's golden
// tests cover Dump on every node kind the parser makes.)
func TestDump(t *testing.T) {
	p := func(l, c int) Pos { return Pos{Lineno: l, ColOffset: c} }
	cases := []struct {
		node        any
		plain, full string
	}{
		{
			&ImportFrom{Pos: p(1, 0), Names: []*Alias{{Name: "x"}}, Level: 1},
			"ImportFrom(module=None, names=[alias(name='x', asname=None)], level=1)",
			"ImportFrom(module=None, names=[alias(name='x', asname=None)], level=1, lineno=1, col_offset=0)",
		},
		{
			&Pass{Pos: p(3, 4)},
			"Pass()",
			"Pass(lineno=3, col_offset=4)",
		},
		{
			&Constant{Pos: p(1, 2), Value: constant.Tuple{constant.NewInt(1), constant.Str("a"), constant.Bytes("b"), constant.None, constant.Ellipsis}},
			"Constant(value=(1, 'a', b'b', None, Ellipsis))",
			"Constant(value=(1, 'a', b'b', None, Ellipsis), lineno=1, col_offset=2)",
		},
		{
			&Expression{Body: &Lambda{Pos: p(1, 0), Args: &Arguments{Vararg: &Arg{Pos: p(1, 8), Arg: "a"}, Kwarg: &Arg{Pos: p(1, 13), Arg: "k"}}, Body: &Num{Pos: p(1, 16), N: constant.NewInt(0)}}},
			"Expression(body=Lambda(args=arguments(args=[], vararg=arg(arg='a', annotation=None), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k', annotation=None), defaults=[]), body=Num(n=0)))",
			"Expression(body=Lambda(args=arguments(args=[], vararg=arg(arg='a', annotation=None, lineno=1, col_offset=8), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k', annotation=None, lineno=1, col_offset=13), defaults=[]), body=Num(n=0, lineno=1, col_offset=16), lineno=1, col_offset=0))",
		},
		{
			&Module{Body: []Stmt{&Try{Pos: p(1, 0), Body: []Stmt{&Pass{Pos: p(2, 1)}},
				Handlers: []*ExceptHandler{{Pos: p(3, 0), Type: &Name{Pos: p(3, 7), Id: "E"}, Name: "e", Body: []Stmt{&Pass{Pos: p(4, 1)}}}}}}},
			"Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])])",
			"Module(body=[Try(body=[Pass(lineno=2, col_offset=1)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7), name='e', body=[Pass(lineno=4, col_offset=1)], lineno=3, col_offset=0)], orelse=[], finalbody=[], lineno=1, col_offset=0)])",
		},
		{
			&Interactive{Body: []Stmt{&ExprStmt{Pos: p(1, 0), Value: &Num{Pos: p(1, 0), N: constant.Complex(1.5i)}}}},
			"Interactive(body=[Expr(value=Num(n=1.5j))])",
			"Interactive(body=[Expr(value=Num(n=1.5j, lineno=1, col_offset=0), lineno=1, col_offset=0)])",
		},
		{
			&Subscript{Value: &Name{Id: "x"}, Slice: &ExtSlice{Dims: []Slice{&SliceExpr{Lower: &Num{N: constant.NewInt(1)}, Upper: &Num{N: constant.NewInt(2)}}, &Index{Value: &Ellipsis{}}}}},
			"Subscript(value=Name(id='x', ctx=Load()), slice=ExtSlice(dims=[Slice(lower=Num(n=1), upper=Num(n=2), step=None), Index(value=Ellipsis())]), ctx=Load())",
			"",
		},
		{
			&JoinedStr{Values: []Expr{&FormattedValue{Value: &Name{Id: "a"}, Conversion: 'r', FormatSpec: &JoinedStr{Values: []Expr{&Str{S: ">3"}}}}}},
			"JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Str(s='>3')]))])",
			"",
		},
		{
			&Bytes{S: "\x00"},
			`Bytes(s=b'\x00')`,
			"",
		},
	}
	for _, c := range cases {
		if got := Dump(c.node); got != c.plain {
			t.Errorf("Dump:\n got %s\nwant %s", got, c.plain)
		}
		if c.full == "" {
			continue
		}
		if got := DumpAttrs(c.node); got != c.full {
			t.Errorf("DumpAttrs:\n got %s\nwant %s", got, c.full)
		}
	}
}
