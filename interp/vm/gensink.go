package vm

import "github.com/bytepy/bytepy/interp/py"

// Builtins that fold a generator (sum, any, all) would resume it once
// per item, each time entering run and leaving it at the yield. Instead
// they lend the generator a sink: while it is set, a YIELD_VALUE in the
// generator's own frame (the entry frame resume made) offers the value
// to the sink, and a value the sink takes is folded in place and the
// generator goes on as if next() had resumed it at once, without leaving
// the loop. The sink takes only values it can fold without running
// Python code or raising (int and float sums, truth of numbers, None
// and bools), so nothing can observe that the generator never
// suspended; any other value is yielded as usual and the builtin deals
// with it itself.

// Sink operations.
const (
	sinkSum = iota + 1
	sinkAny
	sinkAll
	sinkCollect
)

type genSink struct {
	op uint8
	// own is set while acc is a big int the sink made itself, which
	// nothing else has seen: the next item is added into it in place
	// (py.IntAddOwned). Whoever sets acc from outside clears it.
	own   bool
	acc   py.Value   // sum's running total
	items []py.Value // what a collecting sink has taken
}

// take folds v into the sink; false: the consumer must see v itself.
func (s *genSink) take(v py.Value) bool {
	switch s.op {
	case sinkSum:
		if r, ok := addInts(s.acc, v); ok {
			s.acc = r // s.own was false: acc was an inline int
			return true
		}
		switch {
		case s.acc.Type() == py.IntType && v.Type() == py.IntType:
			// exact ints, inline or big (a sum of cubes overflows)
			if s.own {
				s.acc = py.IntAddOwned(s.acc, v)
			} else {
				s.acc = py.IntAdd(s.acc, v)
			}
			// a big result of IntAdd is a new box, seen by no one yet
			s.own = !s.acc.IsInt()
			return true
		case s.acc.IsFloat() && v.IsFloat():
			s.acc = py.MakeFloat(s.acc.Float() + v.Float())
			return true
		}
	case sinkAny:
		// a false item does not decide any()
		b, ok := truthFast(v)
		return ok && !b
	case sinkAll:
		b, ok := truthFast(v)
		return ok && b
	case sinkCollect:
		s.items = append(s.items, v)
		return true
	}
	return false
}

// addInts is a + b when both are inline ints and the sum fits:
// py.IntAdd's first case, inlined into the per-item loops of sum().
func addInts(a, b py.Value) (py.Value, bool) {
	if a.IsInt() && b.IsInt() {
		x, y := a.Int(), b.Int()
		if z := x + y; (z^x)&(z^y) >= 0 {
			return py.MakeInt(z), true
		}
	}
	return py.Null, false
}

// nextFold is py.Next(it) for a consumer that folds with s: a generator
// runs with s as its sink until it yields a value s did not take.
func nextFold(t *py.Thread, it py.Value, s *genSink) (py.Value, bool, *py.Exception) {
	if it.Type() != generatorType {
		return py.Next(t, it)
	}
	g := py.AsPtr[Generator](it)
	if g.running || g.sink != nil {
		return py.Next(t, it)
	}
	g.sink = s
	r, y, err := g.resume(t, py.None, nil)
	g.sink = nil
	if err != nil || !y {
		return py.Null, false, err
	}
	return r, true, nil
}

// collectGen is py.CollectFast: list(gen), tuple(gen), sorted(gen),
// "".join(gen) and the like take a generator's items through a
// collecting sink, one resume for the whole generator. Collect runs no
// Python code between items, so nothing can tell.
func collectGen(t *py.Thread, it py.Value) ([]py.Value, bool, *py.Exception) {
	if it.Type() != generatorType {
		return nil, false, nil
	}
	g := py.AsPtr[Generator](it)
	if g.running || g.sink != nil {
		return nil, false, nil
	}
	s := &genSink{op: sinkCollect}
	for {
		g.sink = s
		r, y, err := g.resume(t, py.None, nil)
		g.sink = nil
		if err != nil {
			return nil, true, err
		}
		if !y {
			return s.items, true, nil
		}
		// yielded past the sink (a yield from that is not run inline)
		s.items = append(s.items, r)
	}
}

func init() { py.CollectFast = collectGen }
