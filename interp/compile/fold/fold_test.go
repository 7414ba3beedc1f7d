package fold

import (
	"encoding/json"
	"os"
	"os/exec"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/compile/fold/astjson"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/syntax/parser"
)

const oracle = "/root/.pyenv/versions/3.7.16/bin/python3.7"

// goldenCase is one entry of testdata/fold.json (written by gen.py).
type goldenCase struct {
	Src    string          `json:"src"`
	AST    json.RawMessage `json:"ast"`
	Consts []string        `json:"consts"`
}

func loadGolden(t testing.TB, path string) []goldenCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// constReprs lists, sorted and without repeats, the constants a compiler
// would put in co_consts for a folded tree made of assignments and
// expressions: every constant leaf, None (the module's return value), and
// the names of the code objects of lambdas and comprehensions.
func constReprs(root ast.Root) []string {
	seen := map[string]bool{"None": true}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer:
			if v.IsNil() {
				return
			}
			if e, ok := v.Interface().(ast.Expr); ok {
				if c, ok := IsConst(e); ok {
					seen[c.Repr()] = true
					return
				}
				switch e.(type) {
				case *ast.Lambda:
					seen["'<lambda>'"] = true
				case *ast.ListComp:
					seen["'<listcomp>'"] = true
				case *ast.SetComp:
					seen["'<setcomp>'"] = true
				case *ast.DictComp:
					seen["'<dictcomp>'"] = true
				case *ast.GeneratorExp:
					seen["'<genexpr>'"] = true
				}
			}
			walk(v.Elem())
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				walk(v.Field(i))
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		}
	}
	walk(reflect.ValueOf(root))
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// knownDiffs are cases where a result rests on the C library's
// transcendental functions, which Go's math package does not reproduce to
// the last bit.
var knownDiffs = map[string]string{}

// TestGolden folds the oracle's own trees and compares the constants left
// with those in the oracle's code objects.
func TestGolden(t *testing.T) {
	cases := loadGolden(t, "testdata/fold.json")
	if len(cases) < 80 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		if reason, ok := knownDiffs[c.Src]; ok {
			t.Logf("%q: known difference (%s)", c.Src, reason)
			continue
		}
		// The oracle's own tree, then our parser's tree of the same source.
		mod, err := astjson.Decode(c.AST)
		if err != nil {
			t.Fatalf("%q: %v", c.Src, err)
		}
		checkFolded(t, "oracle tree", c, mod)
		if mod, err := parser.Parse([]byte(c.Src), "f", "exec", 0); err == nil {
			checkFolded(t, "parsed", c, mod)
		} else {
			t.Logf("%q: our parser: %v", c.Src, err)
		}
	}
}

func checkFolded(t *testing.T, how string, c goldenCase, mod ast.Root) {
	t.Helper()
	if err := Optimize(mod, 0); err != nil {
		t.Fatalf("%q: %v", c.Src, err)
	}
	if got := constReprs(mod); strings.Join(got, "\n") != strings.Join(c.Consts, "\n") {
		t.Errorf("%q (%s):\n got %v\nwant %v", c.Src, how, got, c.Consts)
	}
}

// TestGoldenIsCurrent regenerates the golden file with the oracle, when it
// is installed, and checks that the committed one is the same.
func TestGoldenIsCurrent(t *testing.T) {
	if _, err := os.Stat(oracle); err != nil {
		t.Skip("oracle not installed")
	}
	if testing.Short() {
		t.Skip("short")
	}
	out := t.TempDir() + "/fold.json"
	cmd := exec.Command(oracle, "testdata/gen.py", out)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen.py: %v\n%s", err, out)
	}
	fresh, _ := os.ReadFile(out)
	committed, _ := os.ReadFile("testdata/fold.json")
	if string(fresh) != string(committed) {
		t.Errorf("testdata/fold.json is stale: rerun PYTHONHASHSEED=0 %s testdata/gen.py", oracle)
	}
}

// TestNotIntoCompare checks that the folded tree has the comparison in the
// place of the "not", with the inverted operator.
func TestNotIntoCompare(t *testing.T) {
	cmp := &ast.Compare{Pos: ast.Pos{Lineno: 1, ColOffset: 8},
		Left: &ast.Name{Id: "a"}, Ops: []ast.CmpOp{ast.Is},
		Comparators: []ast.Expr{&ast.Name{Id: "b"}}}
	st := &ast.Assign{Targets: []ast.Expr{&ast.Name{Id: "x", Ctx: ast.Store}},
		Value: &ast.UnaryOp{Pos: ast.Pos{Lineno: 1, ColOffset: 4}, Op: ast.Not, Operand: cmp}}
	Optimize(&ast.Module{Body: []ast.Stmt{st}}, 0)
	if st.Value != ast.Expr(cmp) || cmp.Ops[0] != ast.IsNot {
		t.Fatalf("got %#v", st.Value)
	}
}

// TestDebug checks __debug__ under -O.
func TestDebug(t *testing.T) {
	for _, tc := range []struct {
		optimize int
		want     constant.Value
	}{{-1, constant.Bool(true)}, {0, constant.Bool(true)}, {1, constant.Bool(false)}, {2, constant.Bool(false)}} {
		e := &ast.Expression{Body: &ast.Name{Pos: ast.Pos{Lineno: 1, ColOffset: 0}, Id: "__debug__"}}
		Optimize(e, tc.optimize)
		c, ok := e.Body.(*ast.Constant)
		if !ok || c.Value != tc.want {
			t.Errorf("optimize=%d: got %#v", tc.optimize, e.Body)
		}
	}
}
