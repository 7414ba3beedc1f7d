package fold

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/syntax/parser"
)

// foldedReprs lists the reprs of the Constant nodes in a tree: the parser
// never makes one, so these are exactly what folding produced. Constants
// the compiler consumes without storing are left out: the test of if,
// while and a conditional expression (compile.c's expr_constant and
// compiler_jump_if), an expression statement that is a constant, and
// assert statements under -O.
func foldedReprs(root ast.Root, optimize int) []string {
	var out []string
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer:
			if v.IsNil() {
				return
			}
			switch n := v.Interface().(type) {
			case *ast.Constant:
				out = append(out, n.Value.Repr())
				return
			case *ast.If:
				if _, ok := n.Test.(*ast.Constant); ok {
					walk(reflect.ValueOf(n.Body))
					walk(reflect.ValueOf(n.Orelse))
					return
				}
			case *ast.While:
				if _, ok := n.Test.(*ast.Constant); ok {
					walk(reflect.ValueOf(n.Body))
					walk(reflect.ValueOf(n.Orelse))
					return
				}
			case *ast.IfExp:
				if _, ok := n.Test.(*ast.Constant); ok {
					walk(reflect.ValueOf(n.Body))
					walk(reflect.ValueOf(n.Orelse))
					return
				}
			case *ast.ExprStmt:
				if _, ok := n.Value.(*ast.Constant); ok {
					return
				}
			case *ast.Assert:
				if optimize > 0 {
					return
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
	return out
}

// TestLiveCorpus parses and folds every program of the compiler's corpus
// and checks that each constant folding made is one the oracle's code
// objects hold. (The compiler drops some folded constants, e.g. in dead
// branches or unused expression statements, so only this direction holds.)
func TestLiveCorpus(t *testing.T) {
	if _, err := os.Stat(oracle); err != nil {
		t.Skip("oracle not installed")
	}
	if testing.Short() {
		t.Skip("short")
	}
	paths, _ := filepath.Glob("../testdata/corpus/*.py")
	if len(paths) == 0 {
		t.Skip("no corpus")
	}
	cmd := exec.Command(oracle, "testdata/gen.py", "--files")
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	cmd.Stdin = strings.NewReader(strings.Join(paths, "\n"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("gen.py --files: %v\n%s", err, stderr.String())
	}
	var cases []struct {
		Path     string   `json:"path"`
		Mode     string   `json:"mode"`
		Optimize int      `json:"optimize"`
		Consts   []string `json:"consts"`
		Skip     string   `json:"skip"`
	}
	if err := json.Unmarshal(out, &cases); err != nil {
		t.Fatal(err)
	}
	files, folded, skipped := 0, 0, 0
	for _, c := range cases {
		if c.Skip != "" {
			continue
		}
		src, err := os.ReadFile(c.Path)
		if err != nil {
			continue // the corpus is being regenerated
		}
		mod, err := parser.Parse(src, "f", c.Mode, 0)
		if err != nil {
			skipped++
			continue
		}
		Optimize(mod, c.Optimize)
		have := map[string]bool{}
		for _, s := range c.Consts {
			have[s] = true
		}
		for _, r := range foldedReprs(mod, c.Optimize) {
			folded++
			if !have[r] {
				t.Errorf("%s: folded %s, which CPython's code objects do not hold", filepath.Base(c.Path), r)
			}
		}
		files++
	}
	t.Logf("%d files, %d folded constants checked, %d skipped (our parser failed)", files, folded, skipped)
}
