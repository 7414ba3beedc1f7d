package vm

import "github.com/bytepy/bytepy/interp/py"

// kwSlabSize is how many **kwargs dicts one allocation makes.
const kwSlabSize = 16

// newKwDict is a fresh empty dict for a **kwargs parameter. Functions
// taking **kwargs are mostly called without keyword arguments, so a call
// is dominated by making this dict; taking it from a slab of
// kwSlabSize costs one trip through the allocator per kwSlabSize calls.
func (th *thread) newKwDict() *py.Dict {
	if len(th.kwSlab) == 0 {
		th.kwSlab = py.DictSlab(kwSlabSize)
	}
	d := &th.kwSlab[0]
	th.kwSlab = th.kwSlab[1:]
	return d
}
