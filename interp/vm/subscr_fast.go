package vm

import "github.com/bytepy/bytepy/interp/py"

// dictSubscr is d[k] for an exact dict d, probed directly instead of
// through the type's item protocol. It is the whole of an exact dict's
// __getitem__ (no __missing__ to consult), so a miss raises the KeyError
// here rather than looking the key up a second time, which a key (or a
// stored key of the same hash) with a Python __eq__ could observe.
func dictSubscr(t *py.Thread, d, k py.Value) (py.Value, *py.Exception) {
	v, ok, err := py.AsDict(d).GetItem(t, k)
	if err == nil && !ok {
		err = py.NewException(py.KeyErrorType, k)
	}
	return v, err
}
