package pretty

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/py"
	_ "github.com/bytepy/bytepy/interp/run" // links the compiler and the library modules
	"github.com/bytepy/bytepy/interp/vm"
)

type golden struct {
	Name string `json:"name"`
	Src  string `json:"src"`
	Want string `json:"want"`
}

func loadGoldens(t *testing.T) []golden {
	b, err := os.ReadFile("testdata/pretty.json")
	if err != nil {
		t.Fatal(err)
	}
	var g []golden
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

var addr = regexp.MustCompile(`0x[0-9a-f]+`)

// prettyOf runs src as __main__ and pretty-prints its x inside the VM,
// as the engine's display hook does.
func prettyOf(t *testing.T, src string, o Options) (string, error) {
	t.Helper()
	co, err := compile.Compile([]byte(src), "<cell>", "exec", 0, -1)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	it := vm.New()
	m := it.NewModule("__main__")
	if _, err := it.RunCode(co, m.Dict); err != nil {
		if strings.Contains(err.Error(), "No module named 'collections'") {
			t.Skip("the collections module is not linked into interp/lib/all yet")
		}
		t.Fatalf("run: %v", err)
	}
	x, ok := m.Dict.GetStr("x")
	if !ok {
		t.Fatal("no x")
	}
	var out string
	fn := py.NewBuiltin("pretty", func(th *py.Thread, _ []py.Value, _ []string) (py.Value, *py.Exception) {
		s, exc := Format(th, x, o)
		out = s
		return py.None, exc
	})
	if _, err := it.Call(fn); err != nil {
		return "", err
	}
	return addr.ReplaceAllString(out, "0xADDR"), nil
}

func TestGolden(t *testing.T) {
	gs := loadGoldens(t)
	if len(gs) < 60 {
		t.Fatalf("only %d golden cases", len(gs))
	}
	for _, g := range gs {
		t.Run(g.Name, func(t *testing.T) {
			if reason, ok := skips[g.Name]; ok {
				t.Skip(reason)
			}
			got, err := prettyOf(t, g.Src, Options{MaxWidth: 79, MaxSeqLength: MaxSeqLength})
			if err != nil {
				t.Fatalf("pretty: %v", err)
			}
			if got != g.Want {
				t.Errorf("source:\n%s\ngot:\n%s\nwant:\n%s", g.Src, got, g.Want)
			}
		})
	}
}

// skips are golden cases bytepy cannot match yet, with the reason.
var skips = map[string]string{
	"builtin_math_sqrt": "bytepy's module functions report __module__ 'builtins', so math.sqrt prints as <function sqrt>",
}

// TestOracle regenerates the goldens with IPython 8.5 (Debian's python3)
// and checks the committed file is what the oracle prints today.
func TestOracle(t *testing.T) {
	const py3 = "/usr/bin/python3"
	if _, err := os.Stat(py3); err != nil {
		t.Skip("no /usr/bin/python3")
	}
	if exec.Command(py3, "-c", "import IPython; assert IPython.__version__.startswith('8.5')").Run() != nil {
		t.Skip("IPython 8.5 not installed for /usr/bin/python3")
	}
	out, err := exec.Command(py3, "testdata/gen.py").Output()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/pretty.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, want) {
		t.Error("testdata/pretty.json differs from what testdata/gen.py prints; regenerate it")
	}
}
