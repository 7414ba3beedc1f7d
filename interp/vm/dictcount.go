package vm

import (
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// The counting idiom `d[k] = d.get(k, c) + n`, with d and k locals and
// c and n constants, is ten instructions: a method load, a call of a
// builtin, an add and a store, each dispatched and each going through
// its generic path. opDictCount runs it as one when d is an exact dict
// (whose get is always the builtin), k a pure key (py.PureKey) and the
// value and n small ints: one lookup, remembered by py's lookup memo so
// that the store finds the entry without hashing and probing again.
//
// It is exact because it does what the ten would, in their order: the
// lookup is the one d.get makes (GetItemMemo, as dictGet), the add of
// two small ints runs no code, and the store is d's SetItem as
// STORE_SUBSCR's. A stored key's __eq__ that runs during either lookup
// runs as often as there. An error in the lookup is raised at the
// CALL_METHOD, one in the store at the STORE_SUBSCR. A value that is not
// a small int (or an overflowing sum) is pushed as the call's result and
// the plain LOAD_CONST, BINARY_ADD and store continue from there; an
// unbound local, a dict subclass or an impure key runs the whole
// sequence plainly from its LOAD_FAST. As for opEmptyDefault, the call is
// not made at the recursion limit, where it could raise RecursionError.

// dictCount outcomes.
const (
	countNo       = iota // not applicable: run LOAD_FAST d
	countDone            // stored: continue after the STORE_SUBSCR
	countGot             // v is d.get's result: continue at LOAD_CONST n
	countGetErr          // the lookup raised: raise at the CALL_METHOD
	countStoreErr        // the store raised: raise at the STORE_SUBSCR
)

// dictCount is opDictCount's work.
func dictCount(t *py.Thread, d, k, c, n py.Value) (py.Value, int, *py.Exception) {
	if d.IsNull() || d.Type() != py.DictType || k.IsNull() || t.Depth >= t.RecursionLimit || !py.PureKey(k) {
		return py.Null, countNo, nil
	}
	dict := py.AsDict(d)
	v, ok, err := dict.GetItemMemo(t, k)
	if err != nil {
		return py.Null, countGetErr, err
	}
	if !ok {
		v = c
	}
	if !v.IsInt() || !n.IsInt() {
		return v, countGot, nil
	}
	a, b := v.Int(), n.Int()
	s := a + b
	if (s > a) != (b > 0) {
		return v, countGot, nil // overflow: the plain add makes the big int
	}
	if err := dict.SetItem(t, k, py.MakeInt(s)); err != nil {
		return py.Null, countStoreErr, err
	}
	return py.Null, countDone, nil
}

// fuseDictCount marks the LOAD_FAST of each counting idiom, read from
// the code object's own bytes (no EXTENDED_ARG among them), with its
// operands packed in the argument: d, k and c below 256, n below 128.
func fuseDictCount(rt *codeRT) {
	co := rt.code
	raw := func(j int) (opcode.Op, int) { return opcode.Op(co.Code[2*j]), int(co.Code[2*j+1]) }
	n := len(co.Code) / 2
	for i := 0; i+9 < n; i++ {
		if i > 0 {
			if op, _ := raw(i - 1); op == opcode.EXTENDED_ARG {
				continue
			}
		}
		if !isDictCount(co, raw, i) {
			continue
		}
		// A local whose big int box is owned (bigown.go) must have its
		// record cleared by every other read; the fused form reads d and
		// k itself, so it would keep a box the dict now holds as a key.
		if ownedRead(rt, i) || ownedRead(rt, i+2) || ownedRead(rt, i+7) || ownedRead(rt, i+8) {
			continue
		}
		_, d := raw(i)
		_, k := raw(i + 2)
		_, c := raw(i + 3)
		_, one := raw(i + 5)
		if one >= 128 || !rt.consts[one].IsInt() {
			continue
		}
		rt.instrs[i] = instr{opDictCount, int32(d | k<<8 | c<<16 | one<<24)}
	}
}

// isDictCount reports whether the ten instructions from i are
// LOAD_FAST d; LOAD_METHOD get; LOAD_FAST k; LOAD_CONST c; CALL_METHOD 2;
// LOAD_CONST n; BINARY_ADD; LOAD_FAST d; LOAD_FAST k; STORE_SUBSCR.
func isDictCount(co *code.Code, raw func(int) (opcode.Op, int), i int) bool {
	want := [...]opcode.Op{opcode.LOAD_FAST, opcode.LOAD_METHOD, opcode.LOAD_FAST, opcode.LOAD_CONST, opcode.CALL_METHOD,
		opcode.LOAD_CONST, opcode.BINARY_ADD, opcode.LOAD_FAST, opcode.LOAD_FAST, opcode.STORE_SUBSCR}
	for j, w := range want {
		if op, _ := raw(i + j); op != w {
			return false
		}
	}
	_, d := raw(i)
	_, name := raw(i + 1)
	_, k := raw(i + 2)
	_, argc := raw(i + 4)
	_, d2 := raw(i + 7)
	_, k2 := raw(i + 8)
	return argc == 2 && d == d2 && k == k2 && d != k && name < len(co.Names) && co.Names[name] == "get"
}

// ownedRead reports whether instruction i became a read that clears a
// big-int ownership record.
func ownedRead(rt *codeRT, i int) bool { return rt.instrs[i].op == opLoadFastOwn }
