package vm

import (
	"fmt"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/py"
)

// Async generators (PEP 525) run on the generator machinery: an
// `async def` with `yield` is a Generator whose type is async_generator.
// Its frame suspends for two reasons, told apart by where it stopped: at
// a YIELD_FROM it is awaiting something, and the value must travel out
// to whoever drives the coroutine (the event loop); after a YIELD_VALUE
// it produced an item of the iteration. The awaitables asend() and
// athrow() (and __anext__, aclose, which are built on them) resume the
// generator and sort its suspensions out as CPython's
// async_gen_unwrap_value does: an item completes the awaitable (it
// raises StopIteration(item)), an await is passed on, and the end of the
// generator raises StopAsyncIteration.
//
// The opcodes of `async for` and `async with` — GET_AITER, GET_ANEXT,
// BEFORE_ASYNC_WITH, SETUP_ASYNC_WITH — are here too
// (translate_async.go maps them).

// awaitState is where an asend/athrow awaitable is in its life.
type awaitState uint8

const (
	awaitInit awaitState = iota
	awaitIter
	awaitClosed
)

// agAwaitable is async_generator_asend or async_generator_athrow.
type agAwaitable struct {
	py.Object
	gen   *Generator
	state awaitState
	send  py.Value      // asend: the value to send first
	throw *py.Exception // athrow: the exception to throw first
	close bool          // aclose(): athrow of GeneratorExit, whose end is success
	asend bool          // asend (or __anext__) rather than athrow/aclose
}

var (
	asendType  = py.NewType("async_generator_asend", py.ObjectType)
	athrowType = py.NewType("async_generator_athrow", py.ObjectType)
)

func newAsend(g *Generator, v py.Value) py.Value {
	a := &agAwaitable{gen: g, send: v, asend: true}
	a.SetType(asendType)
	return py.FromPtr(a)
}

func newAthrow(g *Generator, e *py.Exception, close bool) py.Value {
	a := &agAwaitable{gen: g, throw: e, close: close}
	a.SetType(athrowType)
	return py.FromPtr(a)
}

// atItem reports whether g is suspended after a YIELD_VALUE (it produced
// an item) rather than inside an await.
func (g *Generator) atItem() bool {
	f := g.frame
	return !g.done && f != nil && f.pc < len(f.rt.instrs) && f.rt.instrs[f.pc].op != opYieldFrom
}

// step resumes the generator with v (or throws e into it) and reports
// what happened: a value it yielded (item: a produced item, else an
// await passing through), finished (it ran to its end), or an error.
func (g *Generator) step(t *py.Thread, v py.Value, e *py.Exception) (r py.Value, item, finished bool, err *py.Exception) {
	if e != nil {
		r, err = g.throw(t, e)
		if err != nil {
			if err.Matches(py.StopIterationType) && g.done {
				return py.Null, false, true, nil
			}
			return py.Null, false, false, err
		}
		return r, g.atItem(), false, nil
	}
	r, y, err := g.resume(t, v, nil)
	if err != nil {
		return py.Null, false, false, err
	}
	if !y {
		return py.Null, false, true, nil
	}
	return r, g.atItem(), false, nil
}

// asendResult is async_gen_unwrap_value: an item completes the
// awaitable, the end of the generator is StopAsyncIteration.
func (a *agAwaitable) asendResult(r py.Value, item, finished bool, err *py.Exception) (py.Value, *py.Exception) {
	switch {
	case err != nil:
		a.state = awaitClosed
		return py.Null, asyncGenError(err)
	case finished:
		a.state = awaitClosed
		return py.Null, py.NewException(py.StopAsyncIterationType)
	case item:
		a.state = awaitClosed
		return py.Null, py.NewStopIteration(r)
	}
	return r, nil
}

// athrowResult is the same for athrow and aclose: aclose succeeds when the
// generator ends (or lets GeneratorExit out) and fails if it yields.
func (a *agAwaitable) athrowResult(r py.Value, item, finished bool, err *py.Exception) (py.Value, *py.Exception) {
	if !a.close {
		return a.asendResult(r, item, finished, err)
	}
	switch {
	case err != nil:
		a.state = awaitClosed
		if err.Matches(py.StopAsyncIterationType) || err.Matches(py.GeneratorExitType) {
			return py.Null, py.NewStopIteration(py.None)
		}
		return py.Null, asyncGenError(err)
	case finished:
		a.state = awaitClosed
		return py.Null, py.NewStopIteration(py.None)
	case item:
		a.state = awaitClosed
		return py.Null, py.Errorf(py.RuntimeErrorType, "async generator ignored GeneratorExit")
	}
	return r, nil
}

// asyncGenError renames the generator's StopIteration guard for an async
// generator, as CPython words it.
func asyncGenError(err *py.Exception) *py.Exception {
	if err.Matches(py.RuntimeErrorType) && !err.Cause.IsNull() && err.Cause.Type() == py.StopIterationType {
		if a := err.ArgsSlice(); len(a) == 1 && py.IsStr(a[0]) && py.StrOf(a[0]) == "generator raised StopIteration" {
			re := py.Errorf(py.RuntimeErrorType, "async generator raised StopIteration")
			re.Cause, re.Context, re.SuppressContext = err.Cause, err.Context, true
			return re
		}
	}
	return err
}

// sendValue is the awaitable's send(v) (and __next__ with None).
func (a *agAwaitable) sendValue(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	if a.state == awaitClosed {
		return py.Null, py.NewStopIteration(py.None)
	}
	g := a.gen
	if a.asend {
		if a.state == awaitInit {
			if v.IsNone() {
				v = a.send
			}
			if !g.started && !v.IsNone() {
				a.state = awaitClosed
				return py.Null, py.NewTypeError("can't send non-None value to a just-started async generator")
			}
			a.state = awaitIter
		}
		return a.asendResult(g.step(t, v, nil))
	}
	if a.state == awaitInit {
		if g.done {
			a.state = awaitClosed
			return py.Null, py.NewStopIteration(py.None)
		}
		if !v.IsNone() {
			return py.Null, py.Errorf(py.RuntimeErrorType, "can't send non-None value to a just-started coroutine")
		}
		a.state = awaitIter
		e := a.throw
		if a.close {
			e = py.NewException(py.GeneratorExitType)
		}
		return a.athrowResult(g.step(t, py.Null, e))
	}
	return a.athrowResult(g.step(t, v, nil))
}

// throwInto is the awaitable's throw(): into the generator, whose
// reaction is sorted out as for send.
func (a *agAwaitable) throwInto(t *py.Thread, e *py.Exception) (py.Value, *py.Exception) {
	if a.state == awaitClosed {
		return py.Null, py.NewStopIteration(py.None)
	}
	if a.asend {
		return a.asendResult(a.gen.step(t, py.Null, e))
	}
	return a.athrowResult(a.gen.step(t, py.Null, e))
}

// exceptionArgs turns throw(typ[, val[, tb]]) arguments into the
// exception to raise, as generator.throw does.
func exceptionArgs(t *py.Thread, a []py.Value) (*py.Exception, *py.Exception) {
	if len(a) < 1 {
		return nil, py.Errorf(py.TypeErrorType, "throw expected at least 1 arguments, got 0")
	}
	typ := a[0]
	if py.IsType(typ) && py.AsType(typ).IsSubtype(py.BaseExceptionType) {
		if len(a) > 1 && !a[1].IsNone() {
			if py.IsException(a[1]) {
				return py.AsException(a[1]), nil
			}
			return py.NewExceptionFromType(t, py.AsType(typ), a[1])
		}
		return py.NewExceptionFromType(t, py.AsType(typ))
	}
	if py.IsException(typ) {
		return py.AsException(typ), nil
	}
	return nil, py.Errorf(py.TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", py.TypeName(typ))
}

func init() {
	ag := asyncGenType
	// an async generator is not an iterator: async for drives it
	ag.Iter, ag.Next = nil, nil
	ag.Repr = func(t *py.Thread, v py.Value) (string, *py.Exception) {
		g := py.AsPtr[Generator](v)
		return fmt.Sprintf("<async_generator object %s at %#x>", py.StrOf(g.qualname), py.IDOf(v)), nil
	}
	coroutineType.Repr = func(t *py.Thread, v py.Value) (string, *py.Exception) {
		g := py.AsPtr[Generator](v)
		return fmt.Sprintf("<coroutine object %s at %#x>", py.StrOf(g.qualname), py.IDOf(v)), nil
	}
	gen := func(v py.Value) *Generator { return py.AsPtr[Generator](v) }
	cr := coroutineType
	py.AddGetter(cr, "cr_running", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.MakeBool(gen(v).running), nil
	})
	py.AddGetter(cr, "cr_code", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.CodeValue(gen(v).code), nil
	})
	py.AddGetter(cr, "cr_frame", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		g := gen(v)
		if g.done || g.frame == nil {
			return py.None, nil
		}
		return g.th.frameObject(g.frame, -2).V(), nil
	})
	py.AddGetter(cr, "cr_await", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		if sub := gen(v).yieldSubiter(); !sub.IsNull() && !gen(v).running {
			return sub, nil
		}
		return py.None, nil
	})
	py.AddMethod(ag, "__aiter__", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return a[0], nil
	})
	py.AddMethod(ag, "__anext__", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return newAsend(gen(a[0]), py.None), nil
	})
	py.AddMethod(ag, "asend", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 2 {
			return py.Null, py.Errorf(py.TypeErrorType, "asend() takes exactly one argument (%d given)", len(a)-1)
		}
		return newAsend(gen(a[0]), a[1]), nil
	})
	py.AddMethod(ag, "athrow", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		e, err := exceptionArgs(t, a[1:])
		if err != nil {
			return py.Null, err
		}
		return newAthrow(gen(a[0]), e, false), nil
	})
	py.AddMethod(ag, "aclose", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return newAthrow(gen(a[0]), nil, true), nil
	})
	py.AddGetter(ag, "ag_running", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.MakeBool(gen(v).running), nil
	})
	py.AddGetter(ag, "ag_code", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.CodeValue(gen(v).code), nil
	})
	py.AddGetter(ag, "ag_frame", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		g := gen(v)
		if g.done || g.frame == nil {
			return py.None, nil
		}
		return g.th.frameObject(g.frame, -2).V(), nil
	})
	py.AddGetter(ag, "ag_await", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		if sub := gen(v).yieldSubiter(); !sub.IsNull() && !gen(v).running {
			return sub, nil
		}
		return py.None, nil
	})

	for _, typ := range []*py.Type{asendType, athrowType} {
		typ.Module = "builtins"
		self := func(v py.Value) *agAwaitable { return py.AsPtr[agAwaitable](v) }
		typ.Iter = func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return v, nil }
		typ.Next = func(t *py.Thread, v py.Value) (py.Value, bool, *py.Exception) {
			r, err := self(v).sendValue(t, py.None)
			if err != nil {
				if err.Matches(py.StopIterationType) {
					// the awaitable is done; its value ends the await
					return py.Null, false, err
				}
				return py.Null, false, err
			}
			return r, true, nil
		}
		py.AddMethod(typ, "__await__", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			return a[0], nil
		})
		py.AddMethod(typ, "send", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			if len(a) != 2 {
				return py.Null, py.Errorf(py.TypeErrorType, "send() takes exactly one argument (%d given)", len(a)-1)
			}
			return self(a[0]).sendValue(t, a[1])
		})
		py.AddMethod(typ, "throw", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			e, err := exceptionArgs(t, a[1:])
			if err != nil {
				return py.Null, err
			}
			return self(a[0]).throwInto(t, e)
		})
		py.AddMethod(typ, "close", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			self(a[0]).state = awaitClosed
			return py.None, nil
		})
		py.ExposeSlots(typ)
	}
}

// getAiter is GET_AITER: aiter = obj.__aiter__(), which must have
// __anext__.
func getAiter(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	if v.Type().LookupS("__aiter__").IsNull() {
		return py.Null, py.Errorf(py.TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", py.TypeName(v))
	}
	it, err := py.CallMethod(t, v, "__aiter__")
	if err != nil {
		return py.Null, err
	}
	if it.Type().LookupS("__anext__").IsNull() {
		return py.Null, py.Errorf(py.TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s", py.TypeName(it))
	}
	return it, nil
}

// getAnext is GET_ANEXT: the awaitable of aiter.__anext__().
func getAnext(t *py.Thread, aiter py.Value) (py.Value, *py.Exception) {
	if aiter.Type() == asyncGenType {
		return newAsend(py.AsPtr[Generator](aiter), py.None), nil
	}
	if aiter.Type().LookupS("__anext__").IsNull() {
		return py.Null, py.Errorf(py.TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", py.TypeName(aiter))
	}
	r, err := py.CallMethod(t, aiter, "__anext__")
	if err != nil {
		return py.Null, err
	}
	aw, err := getAwaitable(t, r)
	if err != nil {
		if err.Matches(py.TypeErrorType) {
			e := py.Errorf(py.TypeErrorType, "'async for' received an invalid object from __anext__: %s", py.TypeName(r))
			e.Cause, e.Context = err.V(), err.V()
			return py.Null, e
		}
		return py.Null, err
	}
	return aw, nil
}

// beforeAsyncWith is BEFORE_ASYNC_WITH: the bound __aexit__ to keep and
// the awaitable of __aenter__().
func beforeAsyncWith(t *py.Thread, mgr py.Value) (exit, res py.Value, err *py.Exception) {
	// both are looked up before either is checked, so a missing
	// __aexit__ is the error reported when both are missing
	enter, err1 := py.LookupSpecial(t, mgr, "__aenter__")
	exit, err2 := py.LookupSpecial(t, mgr, "__aexit__")
	switch {
	case err2 != nil:
		return py.Null, py.Null, err2
	case exit.IsNull():
		return py.Null, py.Null, py.Errorf(py.AttributeErrorType, "__aexit__")
	case err1 != nil:
		return py.Null, py.Null, err1
	case enter.IsNull():
		return py.Null, py.Null, py.Errorf(py.AttributeErrorType, "__aenter__")
	}
	res, err = py.Call(t, enter, nil, nil)
	return exit, res, err
}

// markIterableCoroutine is types.coroutine's work on a generator
// function: its code flagged CO_ITERABLE_COROUTINE, so that `await`
// accepts its generators.
func markIterableCoroutine(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 1 || a[0].Type() != py.FunctionType {
		return py.Null, py.NewTypeError("_make_iterable_coroutine() expects a function")
	}
	// the code object is flagged in place (CPython flags a copy): every
	// function sharing it comes from the same decorated definition
	py.AsFunction(a[0]).Code.Flags |= code.IterableCoroutine
	return a[0], nil
}
