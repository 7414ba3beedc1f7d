package parser

import "testing"

// TestIsComplete checks IsComplete against what IPython's
// TransformerManager().check_complete answers (recorded from IPython
// 8.12; its integer indent is written here as that many spaces).
func TestIsComplete(t *testing.T) {
	cases := []struct{ src, status, indent string }{
		{"x = 1", "complete", ""},
		{"x = 1\n", "complete", ""},
		{"for i in x:", "incomplete", "    "},
		{"for i in x:\n", "incomplete", "    "},
		{"for i in x:\n    pass", "incomplete", "    "},
		{"for i in x:\n    pass\n", "complete", ""},
		{"for i in x:\n    pass\n\n", "complete", ""},
		{"def f(\n", "incomplete", ""},
		{"x = (1,", "incomplete", ""},
		{"x = [1,\n 2", "incomplete", " "},
		{"x = '''abc", "incomplete", ""},
		{"x = '''abc\n", "incomplete", ""},
		{"x = 1 \\", "incomplete", ""},
		{"a = 1 +", "invalid", ""},
		{"print('x')", "complete", ""},
		{"if x:\n    if y:", "incomplete", "        "},
		{"if x:\n    y = 1\nz = 2", "complete", ""},
		{"x = )", "invalid", ""},
		{"1 2", "invalid", ""},
		{"@dec", "incomplete", ""},
		{"@dec\n", "incomplete", ""},
		{"class A:\n    def f(self):\n        pass", "incomplete", "        "},
		{"", "complete", ""},
		{"   ", "complete", ""},
		{"# comment", "complete", ""},
		{"x = 'abc", "invalid", ""},
		{"if x:\n\ty", "incomplete", "    "},
		{"def f():\n    return 1\n\n", "complete", ""},
		{"x = {", "incomplete", ""},
		{"try:\n    pass", "incomplete", "    "},
		{"try:\n    pass\nexcept:", "incomplete", "    "},
		{"if True:\n  x = (1,\n", "incomplete", "  "},
		{"lambda: (", "incomplete", ""},
		{"x = f'{a'", "invalid", ""},
		{"import os", "complete", ""},
		{"from x import (a,\n", "incomplete", ""},
	}
	for _, c := range cases {
		status, indent := IsComplete(c.src)
		if status != c.status || indent != c.indent {
			t.Errorf("IsComplete(%q) = %q, %q; want %q, %q", c.src, status, indent, c.status, c.indent)
		}
	}
}
