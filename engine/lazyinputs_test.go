package engine

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/kernel"
)

// lazyPrefix is a session's first cells: assignments between the _iN
// names, a cell with magics (its _iN differs from In[n]), an error, a
// deleted name, a name set before its cell (_i8), a result (_N).
var lazyPrefix = []string{
	"a = 1",
	"b = 2\na",
	"%%capture cap\nprint('x')",
	"del a",
	"1/0",
	"c = [1, 2]",
	"_i8 = 'mine'",
	"c",
	"d = 4\n\n",
}

// lazyProbes each look at the _iN names in another way, after
// lazyPrefix, in a session of their own.
var lazyProbes = []string{
	"print(_i2, _i3, _i9, _i8)",
	"print('_i3' in globals(), '_i30' in globals(), '_i03' in globals())",
	"print(len(globals()), bool(globals()), len(globals().keys()), len(globals().items()))",
	"print([k for k in globals() if k.startswith('_')])",
	"print(list(globals())[-12:])",
	"print(sorted(dir())[:20])",
	"print(list(vars().values())[-6:-2])",
	"del _i2\nprint('_i2' in globals(), len(globals()))\nprint([k for k in globals() if k.startswith('_i')])",
	"print(globals().pop('_i3'), globals().pop('_i3', 'gone'))",
	"print(globals().get('_i4'), globals().get('_i44'), globals()['_i5'])",
	"print(globals().setdefault('_i6', 'x'), globals().setdefault('_i66', 'y'))\nprint(list(globals())[-3:])",
	"import __main__\nprint(__main__._i1, getattr(__main__, '_i7'), hasattr(__main__, '_i70'))",
	"def g():\n    return _i1 + '|' + _i9\nprint(g())",
	"exec('print(_i2)')\nprint(eval('_i6', globals()))",
	"g = globals().copy()\nprint(len(g), [k for k in g if k.startswith('_i')])",
	"print(dict(globals()) == globals(), globals() == {})",
	"print({k: v for k, v in globals().items() if k.startswith('_i') and k[2:].isdigit()})",
	"print(repr({k: globals()[k] for k in ['_i1', '_i2']}))",
	"x = 5\nprint(list(globals())[-3:])",
	"_i3 = 'over'\nprint(_i3, list(globals()).index('_i3') < list(globals()).index('b'))",
	"for k in globals():\n    pass\nprint(k)",
	"it = iter(globals())\nget_ipython().run_cell('1+1')\ntry:\n    next(it)\nexcept RuntimeError as e:\n    print(e)",
	"print(In[3] == _i3, In[2] == _i2, _ih[9] == _i9 + '\\n')",
	"print(_i, _ii, _iii)",
	"%who",
	"%reset -f\nprint('_i1' in globals())",
	"globals().clear()\nprint(len(globals()))",
	"class K(dict):\n    pass\nprint(len(K(globals())), sorted(K(globals()))[:5])",
	"print(type('T', (), dict(globals())).__dict__.get('_i1'))",
	"print('_i1' in globals().keys(), ('_i1', _i1) in globals().items())",
	"class S(str):\n    pass\nprint(globals().get(S('_i1')), S('_i1') in globals())",
	"print(globals().popitem()[0], len(globals()))",
	"globals().update({'_i2': 'up', 'z': 1})\nprint(_i2, list(globals())[-2:])",
}

// eagerAndLazy returns two engines: eager holds its _iN names as
// entries (the engine made after it took the lazy names), lazy does not.
func eagerAndLazy() (eager, lazy *Engine) {
	eager = New()
	lazy = New()
	return eager, lazy
}

// runAll runs cells as stored cells numbered from first and returns
// what each printed or raised.
func runAll(e *Engine, first int, cells []string) []string {
	var out []string
	for i, c := range cells {
		r := &recorder{}
		res := e.Execute(kernel.ExecuteRequest{Code: c, StoreHistory: true, ExecutionCount: first + i}, r)
		s := strings.Join(r.events, "\n")
		if res.Error != nil {
			s += "\nerror: " + res.Error.EName + ": " + res.Error.EValue
		}
		out = append(out, s)
	}
	return out
}

// TestLazyInputNames: a namespace that holds the _iN names lazily
// answers every way of looking at them as one with an entry for each.
func TestLazyInputNames(t *testing.T) {
	for _, probe := range lazyProbes {
		eager, lazy := eagerAndLazy()
		cells := append(append([]string{}, lazyPrefix...), probe, "print(len(globals()), list(globals())[-4:])")
		want := runAll(eager, 1, cells)
		if n := eager.inputs.Len(); n != 0 {
			t.Fatalf("the eager engine holds %d lazy names", n)
		}
		before := runAll(lazy, 1, cells[:len(lazyPrefix)])
		if n := lazy.inputs.Len(); n != len(lazyPrefix)-1 {
			t.Errorf("after the prefix: %d lazy names, want %d (all but _i8, set by the user)", n, len(lazyPrefix)-1)
		}
		after := runAll(lazy, len(lazyPrefix)+1, cells[len(lazyPrefix):])
		got := append(before, after...)
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("probe %q, cell %d %q:\n got %q\nwant %q", probe, i+1, cells[i], got[i], want[i])
			}
		}
	}
}

// TestLazyInputNamesStayLazy: running cells, showing results,
// completing names and %who make no _iN entries.
func TestLazyInputNamesStayLazy(t *testing.T) {
	e := New()
	var cells []string
	for i := 0; i < 300; i++ {
		cells = append(cells, fmt.Sprintf("v%d = %d\nv%d", i%7, i, i%7), "print(len(In))", "1/0")
	}
	runAll(e, 1, cells)
	if got := e.Complete("_i29", 4).Matches; len(got) != 11 || got[0] != "_i29" {
		t.Errorf("completions of _i29: %q, want _i29 and _i290 to _i299", got)
	}
	cells = append(cells, "%who")
	runAll(e, len(cells), cells[len(cells)-1:])
	if n := e.inputs.Len(); n != len(cells) {
		t.Fatalf("%d lazy names after %d cells, want all", n, len(cells))
	}
	r := &recorder{}
	e.Execute(kernel.ExecuteRequest{Code: "print(_i3)", StoreHistory: true, ExecutionCount: len(cells) + 1}, r)
	if got := r.stdout(); got != "1/0\n" {
		t.Errorf("_i3 = %q, want 1/0", got)
	}
	if n := e.inputs.Len(); n != 0 {
		t.Errorf("%d lazy names after _i3 was looked up, want 0: all made", n)
	}
}
