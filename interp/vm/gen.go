package vm

import (
	"fmt"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/py"
)

// Generator is a generator object: a suspended frame.
type Generator struct {
	py.Object
	th       *thread
	frame    *Frame
	running  bool
	done     bool
	started  bool
	name     py.Value
	qualname py.Value
	exc      py.ExcState // the generator's own sys.exc_info level
	throwing *py.Exception
	throwPC  int
	retval   py.Value // the return value once finished (StopIteration's value)
	// loopOwned marks a generator created for a for loop's own use.
	loopOwned bool
	// sink, while a builtin folds the generator, takes yielded values
	// in place (gensink.go)
	sink *genSink
	code *code.Code // gi_code, kept once the frame is gone
}

var generatorType = py.NewType("generator", py.ObjectType)

func newGenerator(th *thread, f *Frame) py.Value {
	g := &Generator{th: th, frame: f, name: f.fn.Name, qualname: f.fn.Qualname, code: f.rt.code}
	g.exc = py.ExcState{Type: py.None, Value: py.None, Tb: py.None}
	f.gen = g
	f.special = true
	switch fl := f.rt.code.Flags; {
	case fl&code.Coroutine != 0:
		g.SetType(coroutineType)
	case fl&code.AsyncGenerator != 0:
		g.SetType(asyncGenType)
	default:
		g.SetType(generatorType)
	}
	return py.FromPtr(g)
}

func (g *Generator) finish() {
	g.done = true
}

// resume runs the generator until it yields (ok) or finishes; a finished
// generator reports !ok with its return value (StopIteration's value).
func (g *Generator) resume(t *py.Thread, send py.Value, throw *py.Exception) (v py.Value, yielded bool, err *py.Exception) {
	if g.running {
		return py.Null, false, py.Errorf(py.ValueErrorType, "generator already executing")
	}
	if g.done {
		if throw != nil {
			return py.Null, false, throw
		}
		return py.Null, false, nil
	}
	f := g.frame
	if !g.started {
		if !send.IsNull() && !send.IsNone() && throw == nil {
			return py.Null, false, py.Errorf(py.TypeErrorType, "can't send non-None value to a just-started generator")
		}
		g.started = true
	} else if throw == nil {
		f.resumeWith(send)
	}
	th := g.th
	if pt, ok := t.VM.(*thread); ok {
		th = pt
	}
	if err := th.push(f); err != nil {
		return py.Null, false, err
	}
	f.entry = true
	f.yielded = false
	g.throwing = throw
	if throw != nil {
		g.throwPC = f.pc
		f.pc = len(f.rt.instrs) - 1
	}
	g.exc.Prev = t.Exc
	t.Exc = &g.exc
	g.running = true
	r, e := th.run(f)
	g.running = false
	t.Exc = g.exc.Prev
	g.exc.Prev = nil
	if e != nil {
		g.done = true
		g.dropFrame()
		if e.Matches(py.StopIterationType) {
			re := py.Errorf(py.RuntimeErrorType, "generator raised StopIteration")
			re.Cause = e.V()
			re.Context = e.V()
			re.SuppressContext = true
			return py.Null, false, re
		}
		return py.Null, false, e
	}
	if f.yielded {
		return r, true, nil
	}
	g.done = true
	g.dropFrame()
	g.retval = r
	return r, false, nil
}

// send is gen.send(v): the yielded value, or StopIteration(return value).
func (g *Generator) send(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	r, y, err := g.resume(t, v, nil)
	if err != nil {
		return py.Null, err
	}
	if !y {
		if r.IsNull() {
			r = py.None
		}
		return py.Null, py.NewStopIteration(r)
	}
	return r, nil
}

// yieldSubiter is the iterator a generator delegates to (yield from), if
// it is suspended in YIELD_FROM.
func (g *Generator) yieldSubiter() py.Value {
	f := g.frame
	if f == nil || !g.started || f.pc >= len(f.rt.instrs) || f.rt.instrs[f.pc].op != opYieldFrom {
		return py.Null
	}
	return f.stack[f.sp-1]
}

func (g *Generator) throw(t *py.Thread, e *py.Exception) (py.Value, *py.Exception) {
	if sub := g.yieldSubiter(); !sub.IsNull() {
		var r py.Value
		var err *py.Exception
		if e.Matches(py.GeneratorExitType) {
			if sub.Type() == generatorType {
				err = py.AsPtr[Generator](sub).close(t)
			} else if c, _ := py.LookupSpecial(t, sub, "close"); !c.IsNull() {
				_, err = py.Call(t, c, nil, nil)
			}
			if err != nil {
				e = err
			}
		} else {
			if sub.Type() == generatorType {
				r, err = py.AsPtr[Generator](sub).throw(t, e)
			} else if th, _ := py.GetAttrS(t, sub, "throw"); !th.IsNull() {
				r, err = py.Call(t, th, []py.Value{e.Type().V(), e.V(), e.Traceback.V()}, nil)
			} else {
				err = e
			}
			if err == nil {
				return r, nil
			}
			// the subiterator finished: leave YIELD_FROM with its value
			f := g.frame
			f.sp--
			f.stack[f.sp] = py.Null
			f.pc++
			if err.Matches(py.StopIterationType) {
				val := py.None
				if a := err.ArgsSlice(); len(a) > 0 {
					val = a[0]
				}
				return g.send(t, val)
			}
			e = err
		}
	}
	r, y, err := g.resume(t, py.Null, e)
	if err != nil {
		return py.Null, err
	}
	if !y {
		if r.IsNull() {
			r = py.None
		}
		return py.Null, py.NewStopIteration(r)
	}
	return r, nil
}

func (g *Generator) close(t *py.Thread) *py.Exception {
	if g.done || !g.started {
		g.done = true
		g.dropFrame()
		return nil
	}
	_, err := g.throw(t, py.NewException(py.GeneratorExitType))
	if err == nil {
		return py.Errorf(py.RuntimeErrorType, "generator ignored GeneratorExit")
	}
	if err.Matches(py.GeneratorExitType) || err.Matches(py.StopIterationType) {
		return nil
	}
	return err
}

// yieldFromStep sends v into the delegate; done reports that it
// finished with result r.
func yieldFromStep(t *py.Thread, recv, v py.Value) (py.Value, bool, *py.Exception) {
	var r py.Value
	var err *py.Exception
	if recv.Type() == generatorType || recv.Type() == coroutineType {
		g := py.AsPtr[Generator](recv)
		var y bool
		r, y, err = g.resume(t, v, nil)
		if err != nil {
			return py.Null, false, err
		}
		if !y {
			if r.IsNull() {
				r = py.None
			}
			return r, true, nil
		}
		return r, false, nil
	}
	if v.IsNone() {
		var ok bool
		r, ok, err = py.Next(t, recv)
		if err == nil && !ok {
			if stop := t.TakeStop(recv); stop != nil {
				err = stop // its value is the result, below
			} else {
				return py.None, true, nil
			}
		}
	} else {
		r, err = py.CallMethod(t, recv, "send", v)
	}
	if err != nil {
		if err.Matches(py.StopIterationType) {
			val := py.None
			if a := err.ArgsSlice(); len(a) > 0 {
				val = a[0]
			}
			return val, true, nil
		}
		return py.Null, false, err
	}
	return r, false, nil
}

func init() {
	g := generatorType
	g.Iter = func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return v, nil }
	g.Next = func(t *py.Thread, v py.Value) (py.Value, bool, *py.Exception) {
		r, y, err := py.AsPtr[Generator](v).resume(t, py.None, nil)
		if err != nil || !y {
			return py.Null, false, err
		}
		return r, true, nil
	}
	g.Repr = func(t *py.Thread, v py.Value) (string, *py.Exception) {
		gen := py.AsPtr[Generator](v)
		return fmt.Sprintf("<generator object %s at %#x>", py.StrOf(gen.qualname), py.IDOf(v)), nil
	}
	py.AddMethod(g, "send", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 2 {
			return py.Null, py.Errorf(py.TypeErrorType, "send() takes exactly one argument (%d given)", len(a)-1)
		}
		return py.AsPtr[Generator](a[0]).send(t, a[1])
	})
	py.AddMethod(g, "throw", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) < 2 {
			return py.Null, py.Errorf(py.TypeErrorType, "throw expected at least 1 arguments, got 0")
		}
		var e *py.Exception
		typ := a[1]
		if py.IsType(typ) && py.AsType(typ).IsSubtype(py.BaseExceptionType) {
			var args []py.Value
			if len(a) > 2 && !a[2].IsNone() {
				if py.IsException(a[2]) {
					e = py.AsException(a[2])
				} else {
					args = []py.Value{a[2]}
				}
			}
			if e == nil {
				var err *py.Exception
				e, err = py.NewExceptionFromType(t, py.AsType(typ), args...)
				if err != nil {
					return py.Null, err
				}
			}
		} else if py.IsException(typ) {
			e = py.AsException(typ)
		} else {
			return py.Null, py.Errorf(py.TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", py.TypeName(typ))
		}
		return py.AsPtr[Generator](a[0]).throw(t, e)
	})
	py.AddMethod(g, "close", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return py.None, py.AsPtr[Generator](a[0]).close(t)
	})
	py.AddGetter(g, "__name__", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return py.AsPtr[Generator](v).name, nil })
	py.AddGetter(g, "__qualname__", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.AsPtr[Generator](v).qualname, nil
	})
	py.AddGetter(g, "gi_running", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.MakeBool(py.AsPtr[Generator](v).running), nil
	})
	py.AddGetter(g, "gi_code", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.CodeValue(py.AsPtr[Generator](v).code), nil
	})
	py.AddGetter(g, "gi_yieldfrom", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		gen := py.AsPtr[Generator](v)
		f := gen.frame
		if gen.done || gen.running || f == nil || f.pc >= len(f.rt.instrs) || f.sp < 1 {
			return py.None, nil
		}
		// suspended in YIELD_FROM (its pc points back at it): the
		// delegate is on top of the stack
		if f.rt.instrs[f.pc].op != opYieldFrom {
			return py.None, nil
		}
		return f.stack[f.sp-1], nil
	})
	py.AddGetter(g, "gi_frame", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		gen := py.AsPtr[Generator](v)
		if gen.done || gen.frame == nil {
			return py.None, nil
		}
		return gen.th.frameObject(gen.frame, -2).V(), nil
	})
	py.ExposeSlots(g)
	// coroutines and async generators run on the generator machinery;
	// their own types give them their names (and inherit its methods)
	coroutineType = py.NewType("coroutine", g)
	asyncGenType = py.NewType("async_generator", g)
}

var coroutineType, asyncGenType *py.Type

// getAwaitable is GET_AWAITABLE: a coroutine (or a generator marked as an
// iterable coroutine) is awaited directly, anything else through the
// iterator its __await__ returns.
func getAwaitable(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	switch v.Type() {
	case coroutineType:
		return v, nil
	case generatorType:
		if f := py.AsPtr[Generator](v).frame; f != nil && f.rt.code.Flags&code.IterableCoroutine != 0 {
			return v, nil
		}
	}
	if v.Type().LookupS("__await__").IsNull() {
		return py.Null, py.Errorf(py.TypeErrorType, "object %s can't be used in 'await' expression", py.TypeName(v))
	}
	it, err := py.CallMethod(t, v, "__await__")
	if err != nil {
		return py.Null, err
	}
	if it.Type() == coroutineType {
		return py.Null, py.NewTypeError("__await__() returned a coroutine")
	}
	if it.Type().Next == nil {
		return py.Null, py.Errorf(py.TypeErrorType, "__await__() returned non-iterator of type '%s'", py.TypeName(it))
	}
	return it, nil
}
