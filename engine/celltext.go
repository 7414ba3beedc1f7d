package engine

import "github.com/bytepy/bytepy/interp/py"

// A notebook runs the same cell again and again (edit, run, rerun), and
// every run stored with history adds In[n] and _iN for the kernel's
// whole life. A str is immutable and CPython promises no identity for
// equal ones, so a rerun shares the str of the earlier run with the same
// text: In[n] == In[m] as ever, and the kernel keeps one header and one
// copy of the text instead of one per run. The engine remembers the
// last recentTexts distinct texts, so the cache costs the same however
// long the session.
const recentTexts = 32

// textCache maps the Python of recently stored cells to their str.
type textCache struct {
	strs  map[string]py.Value
	order [recentTexts]string // ring of the keys, oldest at next
	next  int
}

// str is the str for src: a recent one with the same text, else a new
// one, remembered in place of the oldest.
func (c *textCache) str(src string) py.Value {
	if v, ok := c.strs[src]; ok {
		return v
	}
	v := py.NewStr(src)
	if c.strs == nil {
		c.strs = make(map[string]py.Value, recentTexts)
	}
	if len(c.strs) == recentTexts {
		delete(c.strs, c.order[c.next])
	}
	// The key is the str's own bytes (NewStr copies a short text), so
	// the cache holds no text of its own.
	key := py.StrOf(v)
	c.strs[key] = v
	c.order[c.next] = key
	c.next = (c.next + 1) % recentTexts
	return v
}
