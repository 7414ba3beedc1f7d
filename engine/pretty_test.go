package engine

import "testing"

// TestPrettyText checks that execute_result's text/plain is IPython's
// pretty printer (magics/pretty), with %precision applied inside
// containers as IPython's float printer is.
func TestPrettyText(t *testing.T) {
	s := newSession(t)
	cases := []struct{ cell, want string }{
		{"list(range(30))[:5]", "result: [0, 1, 2, 3, 4]"},
		{"{'k%d' % i: 'v' * 20 for i in range(3)}", "result: {'k0': 'vvvvvvvvvvvvvvvvvvvv',\n 'k1': 'vvvvvvvvvvvvvvvvvvvv',\n 'k2': 'vvvvvvvvvvvvvvvvvvvv'}"},
		{"type(compile('1', '', 'eval'))", "result: code"},
		{"class C: pass\nC", "result: __main__.C"},
		{"(1,)", "result: (1,)"},
		{"{3, 1, 2}", "result: {1, 2, 3}"},
		{"class P:\n    def _repr_pretty_(self, p, cycle):\n        p.text('P!')\nP()", "result: P!"},
		{"%precision 2", "result: '%.2f'"},
		{"[1/3, 2/3]", "result: [0.33, 0.67]"},
		{"%precision", "result: '%r'"},
		{"1/3", "result: 0.3333333333333333"},
	}
	for _, c := range cases {
		r := s.ok(c.cell)
		if len(r.events) != 1 || r.events[0] != c.want {
			t.Errorf("%s:\ngot  %q\nwant %q", c.cell, r.events, c.want)
		}
	}
}
