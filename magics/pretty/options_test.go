package pretty

import (
	"strconv"
	"strings"
	"testing"
)

// TestOptions covers what the goldens cannot: other widths, the
// %precision float format, no sequence limit, the printer's keyword
// arguments, and errors raised by the object's own methods.
func TestOptions(t *testing.T) {
	cases := []struct {
		name, src string
		o         Options
		want      string // "!Name" expects that exception
	}{
		{"narrow", "x = [1, 2, 3]", Options{MaxWidth: 5}, "[1,\n 2,\n 3]"},
		{"wide", "x = list(range(40))", Options{MaxWidth: 1000}, "[" + seq(40) + "]"},
		{"precision", "x = [1/3, 2.0, 'a']", Options{MaxWidth: 79, FloatFormat: "%.2f"}, "[0.33, 2.00, 'a']"},
		{"precision_nested", "x = {'k': (1/3,)}", Options{MaxWidth: 79, FloatFormat: "%.3e"}, "{'k': (3.333e-01,)}"},
		{"no_limit", "x = list(range(1001))", Options{MaxWidth: 100000}, "[" + seq(1001) + "]"},
		{"limit", "x = list(range(5))", Options{MaxWidth: 79, MaxSeqLength: 3}, "[0, 1, 2, ...]"},
		{"kwargs", "class C:\n    def _repr_pretty_(self, p, cycle):\n        with p.group(indent=1, open='<', close='>'):\n            p.text(obj='a')\n            p.breakable(sep='|')\n            p.text('b')\nx = C()", Options{MaxWidth: 79}, "<a|b>"},
		{"attrs", "class C:\n    def _repr_pretty_(self, p, cycle):\n        p.text('%d %d %s' % (p.max_width, p.indentation, p.verbose))\nx = C()", Options{MaxWidth: 40}, "40 0 False"},
		{"repr_pretty_raises", "class C:\n    def _repr_pretty_(self, p, cycle):\n        raise KeyError('no')\nx = [C()]", Options{MaxWidth: 79}, "!KeyError"},
		{"repr_raises", "class C:\n    def __repr__(self):\n        raise ValueError('no')\nx = {1: C()}", Options{MaxWidth: 79}, "!ValueError"},
		{"text_type", "class C:\n    def _repr_pretty_(self, p, cycle):\n        p.begin_group('x')\nx = C()", Options{MaxWidth: 79}, "!TypeError"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := prettyOf(t, c.src, c.o)
			if strings.HasPrefix(c.want, "!") {
				if err == nil || !strings.Contains(err.Error(), c.want[1:]) {
					t.Fatalf("got %q, %v; want %s", got, err, c.want[1:])
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}

func seq(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(i))
	}
	return b.String()
}
