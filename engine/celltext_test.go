package engine

import (
	"reflect"
	"testing"
)

// TestRerunSharesText checks In and _iN of a cell run again: equal
// texts, one str, and the names still there to read and delete.
func TestRerunSharesText(t *testing.T) {
	s := newSession(t)
	s.ok("a = 1")
	s.ok("b = 2")
	s.ok("a = 1")
	for _, c := range []struct{ code, want string }{
		{"In[1] == In[3], In[1] is In[3], _i1 is In[1], _i3 is In[3]", "result: (True, True, True, True)"},
		{"In[2], _i2", `result: ('b = 2', 'b = 2')`},
		{"'_i3' in globals(), len(In)", "result: (True, 7)"},
		{"del _i3\n'_i3' in globals(), In[3]", `result: (False, 'a = 1')`},
	} {
		r := s.ok(c.code)
		if !reflect.DeepEqual(r.events, []string{c.want}) {
			t.Errorf("%s: %q, want %q", c.code, r.events, c.want)
		}
	}
}
