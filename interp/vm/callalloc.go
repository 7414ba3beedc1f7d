package vm

import "github.com/bytepy/bytepy/interp/py"

// newKwDict is a fresh empty dict for a **kwargs parameter. Functions
// taking **kwargs are mostly called without keyword arguments, so such a
// call is dominated by making this dict (and the *args tuple): the
// thread's slab makes them a batch at a time.
func (th *thread) newKwDict() *py.Dict { return th.slab.Dict() }
