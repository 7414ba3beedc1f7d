package symtable

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/compile/fold/astjson"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/parser"
)

const oracle = "/root/.pyenv/versions/3.7.16/bin/python3.7"

// golden mirrors testdata/symtable.json (written by testdata/gen.py).
type golden struct {
	Src   string          `json:"src"`
	AST   json.RawMessage `json:"ast"`
	Error *struct {
		Msg    string `json:"msg"`
		Lineno int    `json:"lineno"`
		Offset int    `json:"offset"`
	} `json:"error"`
	Warnings []struct {
		Category string `json:"category"`
		Msg      string `json:"msg"`
		Lineno   int    `json:"lineno"`
	} `json:"warnings"`
	Top *goldenBlock `json:"top"`
}

type goldenBlock struct {
	Type     string         `json:"type"`
	Name     string         `json:"name"`
	Lineno   int            `json:"lineno"`
	Nested   bool           `json:"nested"`
	Symbols  map[string]int `json:"symbols"`
	Children []*goldenBlock `json:"children"`
	Code     *struct {
		Flags    int      `json:"flags"`
		VarNames []string `json:"varnames"`
		CellVars []string `json:"cellvars"`
		FreeVars []string `json:"freevars"`
	} `json:"code"`
}

func loadGolden(t testing.TB) []golden {
	t.Helper()
	data, err := os.ReadFile("testdata/symtable.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []golden
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// codeFlagMask is the part of co_flags gen.py records.
const codeFlagMask = 0x04 | 0x08 | 0x10 | 0x20 | 0x40 | 0x80 | 0x100 | 0x200

// compareBlock lists the differences between a built block and CPython's.
func compareBlock(path string, s *Scope, g *goldenBlock, diffs *[]string) {
	add := func(format string, args ...any) {
		*diffs = append(*diffs, path+": "+fmt.Sprintf(format, args...))
	}
	if s.Kind.String() != g.Type || s.Name != g.Name || s.Lineno != g.Lineno || s.Nested != g.Nested {
		add("block %s %s line %d nested %v, want %s %s line %d nested %v",
			s.Kind, s.Name, s.Lineno, s.Nested, g.Type, g.Name, g.Lineno, g.Nested)
	}
	got := map[string]int{}
	for _, name := range s.Order {
		got[name] = s.Raw(name)
	}
	if !reflect.DeepEqual(got, g.Symbols) {
		add("symbols\n  got  %v\n  want %v", sortedMap(got), sortedMap(g.Symbols))
	}
	if g.Code != nil {
		if f := s.CodeFlags() & codeFlagMask; f != g.Code.Flags {
			add("co_flags %#x, want %#x", f, g.Code.Flags)
		}
		if cv := s.CellVars(); !equalNames(cv, g.Code.CellVars) {
			add("co_cellvars %v, want %v", cv, g.Code.CellVars)
		}
		if fv := s.FreeVars(); !equalNames(fv, g.Code.FreeVars) {
			add("co_freevars %v, want %v", fv, g.Code.FreeVars)
		}
		if len(s.VarNames) > len(g.Code.VarNames) || !equalNames(s.VarNames, g.Code.VarNames[:len(s.VarNames)]) {
			add("varnames %v, want a prefix of %v", s.VarNames, g.Code.VarNames)
		}
	}
	if len(s.Children) != len(g.Children) {
		add("%d children, want %d", len(s.Children), len(g.Children))
		return
	}
	for i, c := range s.Children {
		compareBlock(path+"/"+c.Name, c, g.Children[i], diffs)
	}
}

func equalNames(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

func sortedMap(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s:%d ", k, m[k])
	}
	return sb.String()
}

// TestGolden builds the table of every golden source from the oracle's own
// tree and compares blocks, symbols, code facts, errors and warnings.
func TestGolden(t *testing.T) {
	cases := loadGolden(t)
	if len(cases) < 80 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		// The oracle's own tree, then our parser's tree of the same source.
		mod, err := astjson.Decode(c.AST)
		if err != nil {
			t.Fatalf("%q: %v", c.Src, err)
		}
		checkTable(t, "oracle tree", c, mod)
		if mod, err := parser.Parse([]byte(c.Src), "f", "exec", 0); err == nil {
			checkTable(t, "parsed", c, mod)
		} else {
			t.Logf("%q: our parser: %v", c.Src, err)
		}
	}
}

func checkTable(t *testing.T, how string, c golden, mod ast.Root) {
	t.Helper()
	tab, err := Build(mod, "f", 0)
	if c.Error != nil {
		se, ok := err.(*syntax.Error)
		if !ok || se.Msg != c.Error.Msg || se.Lineno != c.Error.Lineno || se.Offset != c.Error.Offset {
			t.Errorf("%q (%s): error %v, want %q line %d offset %d", c.Src, how, describe(err), c.Error.Msg, c.Error.Lineno, c.Error.Offset)
		}
		return
	}
	if err != nil {
		t.Errorf("%q (%s): unexpected error %v", c.Src, how, describe(err))
		return
	}
	var diffs []string
	compareBlock("top", tab.Top, c.Top, &diffs)
	var gotW, wantW []string
	for _, w := range tab.Warnings {
		gotW = append(gotW, fmt.Sprintf("%s:%s:%d", w.Category, w.Msg, w.Lineno))
	}
	for _, w := range c.Warnings {
		wantW = append(wantW, fmt.Sprintf("%s:%s:%d", w.Category, w.Msg, w.Lineno))
	}
	if !equalNames(gotW, wantW) {
		diffs = append(diffs, fmt.Sprintf("warnings %v, want %v", gotW, wantW))
	}
	if len(diffs) > 0 {
		t.Errorf("%q (%s):\n%s", c.Src, how, strings.Join(diffs, "\n"))
	}
}

func describe(err error) string {
	if se, ok := err.(*syntax.Error); ok {
		return fmt.Sprintf("%q line %d offset %d", se.Msg, se.Lineno, se.Offset)
	}
	return fmt.Sprint(err)
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
	committed, err := os.ReadFile("testdata/symtable.json")
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir() + "/symtable.json"
	if msg, err := exec.Command(oracle, "testdata/gen.py", out).CombinedOutput(); err != nil {
		t.Fatalf("gen.py: %v\n%s", err, msg)
	}
	fresh, _ := os.ReadFile(out)
	if string(fresh) != string(committed) {
		t.Errorf("testdata/symtable.json is stale: rerun %s testdata/gen.py", oracle)
	}
}

func TestMangle(t *testing.T) {
	for _, tc := range []struct{ private, name, want string }{
		{"C", "__x", "_C__x"},
		{"C", "__x__", "__x__"},
		{"C", "_x", "_x"},
		{"C", "x", "x"},
		{"C", "__", "__"},
		{"C", "_", "_"},
		{"_C", "__x", "_C__x"},
		{"__C", "__x", "_C__x"},
		{"___", "__x", "__x"},
		{"", "__x", "__x"},
		{"C", "__a.b", "__a.b"},
		{"C", "__x_", "_C__x_"},
	} {
		if got := Mangle(tc.private, tc.name); got != tc.want {
			t.Errorf("Mangle(%q, %q) = %q, want %q", tc.private, tc.name, got, tc.want)
		}
	}
}
