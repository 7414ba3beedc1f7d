// Package snippets runs the golden Python snippets of the stdlib module
// packages under interp/lib. Each package keeps testdata/*.py programs
// (gen.py and gen_*.py are generators, not snippets) and, next to each, a
// .out file made under CPython 3.7 by tools/golden/gen_snippets.py (or
// by the package's own testdata/gen.py where it needs more): the program's
// stdout, then, if it raised, one line "!! " + the exception's last
// traceback line. Run reproduces that text with bytepy so the test can
// compare both the committed golden and (when it is installed) the live
// oracle.
package snippets

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

// Oracle is CPython 3.7.16, the truth the goldens come from.
const Oracle = "/root/.pyenv/versions/3.7.16/bin/python3.7"

func init() { vm.Compile = compile.Compile }

// Run executes src as __main__ and returns its golden-format output.
func Run(name string, src []byte) string {
	co, err := compile.Compile(src, name, "exec", 0, -1)
	if err != nil {
		return "!! compile: " + err.Error() + "\n"
	}
	var out, errb bytes.Buffer
	it := vm.New()
	it.Stdout, it.Stderr = &out, &errb
	vm.RegisterSource(name, string(src))
	m := it.NewModule("__main__")
	m.Dict.SetStr("__file__", py.NewStr(name))
	if _, rerr := it.RunCode(co, m.Dict); rerr != nil {
		out.WriteString("!! " + lastLine(vm.FormatException(rerr)) + "\n")
	}
	return out.String()
}

// Bench runs src b.N times in one interpreter (compiled once), for
// benchmarks of the modules' hot paths.
func Bench(b *testing.B, src string) {
	co, err := compile.Compile([]byte(src), "<bench>", "exec", 0, -1)
	if err != nil {
		b.Fatal(err)
	}
	it := vm.New()
	var out bytes.Buffer
	it.Stdout, it.Stderr = &out, &out
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := it.NewModule("__main__")
		if _, err := it.RunCode(co, m.Dict); err != nil {
			b.Fatal(vm.FormatException(err))
		}
	}
}

// oracleRun is Run's format produced by CPython itself, run as gen.py runs
// it: from the snippet's directory, by base name, writing no .pyc.
func oracleRun(file string) string {
	cmd := exec.Command(Oracle, "-B", filepath.Base(file))
	cmd.Dir = filepath.Dir(file)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		out.WriteString("!! " + lastLine(errb.String()) + "\n")
	}
	return out.String()
}

func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// Options adjusts Check for a package's snippets.
type Options struct {
	// Skip names snippets (without .py) that cannot pass in this build,
	// with the reason.
	Skip map[string]string
	// MaskAddrs compares outputs after MaskAddrs, for snippets that print
	// object reprs: their addresses differ between CPython and bytepy and
	// from run to run.
	MaskAddrs bool
}

// addr matches the address in a default repr such as
// "<code object f at 0x7f47a561f030, ...>".
var addr = regexp.MustCompile(`at 0x[0-9a-f]+`)

// MaskAddrs replaces every object address in s with a fixed token.
func MaskAddrs(s string) string { return addr.ReplaceAllString(s, "at 0xADDR") }

// Check runs every testdata/*.py (but the gen.py/gen_*.py generators) of the
// calling package against its .out golden, and against the oracle when it
// exists. An optional map names snippets (without .py) that cannot pass in
// this build, with the reason; Check(t) and Check(t, nil) both skip none.
func Check(t *testing.T, skips ...map[string]string) {
	skip := map[string]string{}
	for _, m := range skips {
		for k, v := range m {
			skip[k] = v
		}
	}
	CheckWith(t, Options{Skip: skip})
}

// CheckWith is Check with options. When $LIBTEST_DUMP names a directory,
// bytepy's output of each snippet is also written there as NAME.py.got,
// to diff or to promote by hand.
func CheckWith(t *testing.T, o Options) {
	mask := func(s string) string { return s }
	if o.MaskAddrs {
		mask = MaskAddrs
	}
	files, _ := filepath.Glob("testdata/*.py")
	_, oracleErr := os.Stat(Oracle)
	n := 0
	for _, f := range files {
		if b := filepath.Base(f); b == "gen.py" || strings.HasPrefix(b, "gen_") {
			continue
		}
		n++
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		t.Run(name, func(t *testing.T) {
			if why, ok := o.Skip[name]; ok {
				t.Skip(why)
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := mask(Run(filepath.Base(f), src))
			if d := os.Getenv("LIBTEST_DUMP"); d != "" {
				os.WriteFile(filepath.Join(d, filepath.Base(f)+".got"), []byte(got), 0o644)
			}
			wantb, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			if err != nil {
				t.Fatalf("no golden: %v (run tools/golden/gen_snippets.py or testdata/gen.py under CPython 3.7)", err)
			}
			want := mask(string(wantb))
			if got != want {
				t.Errorf("golden mismatch:\n%s", Diff(want, got))
			}
			if oracleErr == nil {
				if live := mask(oracleRun(f)); live != want {
					t.Errorf("golden is stale against the oracle:\n%s", Diff(live, want))
				}
			}
		})
	}
	if n == 0 {
		t.Fatal("no testdata/*.py snippets")
	}
}

// Scratch runs the program named by $BYTEPY_SCRATCH and compares it with
// the oracle, for ad-hoc checks while working on a module; without the
// variable it skips.
func Scratch(t *testing.T) {
	f := os.Getenv("BYTEPY_SCRATCH")
	if f == "" {
		t.Skip("set BYTEPY_SCRATCH to a program to run it")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	got := Run(filepath.Base(f), src)
	if _, err := os.Stat(Oracle); err != nil {
		t.Log(got)
		return
	}
	if live := oracleRun(f); live != got {
		t.Errorf("differs from the oracle:\n%s", Diff(live, got))
	}
}

// Diff lists the first differing lines of want and got.
func Diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl + "\n")
			if shown++; shown == 8 {
				break
			}
		}
	}
	return b.String()
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
