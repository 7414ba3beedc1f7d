package native

import (
	"bytes"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/constant"
)

// TestSemantics runs testdata/semantics.cases against testdata/semantics.pyx
// built by bytepy and compares with semantics.golden, which
// testdata/cython_golden.py made from the same cell built by cython3.
func TestSemantics(t *testing.T) {
	useTempCache(t)
	src, err := os.ReadFile("testdata/semantics.pyx")
	if err != nil {
		t.Fatal(err)
	}
	var unraisable bytes.Buffer
	m, err := Build(string(src), Options{Stderr: &unraisable})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range m.Funcs {
		if !f.Native && f.Name != "none" { // none() has no declarations: interpreted by design
			t.Errorf("%s stayed interpreted: %s", f.Name, f.Reason)
		}
	}
	golden, err := os.ReadFile("testdata/semantics.golden")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range strings.Split(strings.TrimSpace(string(golden)), "\n") {
		sep := strings.Index(want, " -> ")
		if sep < 0 {
			sep = strings.Index(want, " !! ")
		}
		c := want[:sep]
		name, args := parseCase(t, c)
		f := m.Lookup(name)
		if f == nil {
			t.Errorf("%s: no function", c)
			continue
		}
		if !f.Native {
			continue
		}
		r, err := f.Call(args)
		got := c + " -> " + pyRepr(r)
		if err != nil {
			got = c + " !! " + err.Error()
		}
		if got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
	// a cdef function without an except clause swallows its error, as
	// Cython's does: callcdiv(1, 0) gives 0 and a note on stderr
	r, err := m.Lookup("callcdiv").Call([]any{1, 0})
	if r != int64(0) || err != nil {
		t.Errorf("callcdiv(1, 0) = %v, %v; want 0", r, err)
	}
	want := "Exception ignored in: 'cdiv'\nZeroDivisionError: integer division or modulo by zero\n"
	if unraisable.String() != want {
		t.Errorf("unraisable output %q, want %q", unraisable.String(), want)
	}
}

// TestSemanticsLive regenerates the golden file from cython3 when it is
// installed and checks that the committed one is still what Cython says.
func TestSemanticsLive(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module with cython3: not in -short")
	}
	if _, err := exec.LookPath("cython3"); err != nil {
		t.Skip("cython3 not installed")
	}
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		t.Skip("no /usr/bin/python3")
	}
	out := filepath.Join(t.TempDir(), "semantics.golden")
	cmd := exec.Command("/usr/bin/python3", "testdata/cython_golden.py", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("cython build failed: %v\n%s", err, msg)
	}
	live, _ := os.ReadFile(out)
	golden, _ := os.ReadFile("testdata/semantics.golden")
	if !bytes.Equal(live, golden) {
		t.Errorf("testdata/semantics.golden is stale: regenerate with testdata/cython_golden.py")
	}
}

func parseCase(t *testing.T, c string) (string, []any) {
	open := strings.IndexByte(c, '(')
	name := c[:open]
	inner := strings.TrimSuffix(c[open+1:], ")")
	var args []any
	if inner == "" {
		return name, nil
	}
	for _, a := range strings.Split(inner, ", ") {
		switch {
		case a == "None":
			args = append(args, nil)
		case a == "True" || a == "False":
			args = append(args, a == "True")
		case strings.HasPrefix(a, "'"):
			args = append(args, strings.Trim(a, "'"))
		case strings.ContainsAny(a, ".e"):
			f, err := strconv.ParseFloat(a, 64)
			if err != nil {
				t.Fatal(err)
			}
			args = append(args, f)
		default:
			b, ok := new(big.Int).SetString(a, 10)
			if !ok {
				t.Fatalf("bad literal %q", a)
			}
			args = append(args, b)
		}
	}
	return name, args
}

func pyRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case float64:
		return constant.FloatRepr(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	}
	return fmt.Sprint(v)
}

func useTempCache(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("cc"); err != nil && os.Getenv("CC") == "" {
		t.Skip("no C compiler on this machine")
	}
	dir, err := os.MkdirTemp("", "bytepy-native-test")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	old, had := os.LookupEnv("XDG_CACHE_HOME")
	os.Setenv("XDG_CACHE_HOME", dir)
	t.Cleanup(func() {
		if had {
			os.Setenv("XDG_CACHE_HOME", old)
		} else {
			os.Unsetenv("XDG_CACHE_HOME")
		}
	})
}

// TestBind: keyword arguments, checked against cython3 0.29.32 on the same
// functions (testdata/semantics.pyx).
func TestBind(t *testing.T) {
	useTempCache(t)
	src, err := os.ReadFile("testdata/semantics.pyx")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Build(string(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		fn    string
		pos   []Value
		names []string
		kw    []Value
		want  string
	}{
		{"two", []Value{IntValue(1)}, []string{"b"}, []Value{IntValue(2)}, "1"},
		{"two", nil, []string{"a", "b"}, []Value{IntValue(1), IntValue(2)}, "1"},
		{"two", []Value{IntValue(1)}, []string{"a"}, []Value{IntValue(2)}, "TypeError: two() takes exactly 2 positional arguments (1 given)"},
		{"two", []Value{IntValue(1), IntValue(2)}, []string{"a"}, []Value{IntValue(2)}, "TypeError: two() got multiple values for keyword argument 'a'"},
		{"two", []Value{IntValue(1), IntValue(2)}, []string{"c"}, []Value{IntValue(2)}, "TypeError: two() got an unexpected keyword argument 'c'"},
		{"dflt", []Value{IntValue(1)}, []string{"x"}, []Value{IntValue(3)}, "4.0"},
		{"dflt", nil, []string{"x"}, []Value{IntValue(3)}, "TypeError: dflt() takes at least 1 positional argument (0 given)"},
		{"one", nil, []string{"a"}, []Value{IntValue(1)}, "TypeError: one() takes no keyword arguments"},
	}
	for _, tc := range tests {
		f := m.Lookup(tc.fn)
		args, err := f.Bind(tc.pos, tc.names, tc.kw)
		got := ""
		if err == nil {
			var r Value
			r, err = f.CallValues(args)
			got = pyRepr(r.Any())
		}
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("%s%v%v: got %q, want %q", tc.fn, tc.pos, tc.names, got, tc.want)
		}
	}
}
