package py

import (
	"strings"
	"unsafe"
)

// Dict is an insertion-ordered hash table in CPython 3.6+'s compact
// layout: entries in insertion order, and an open-addressed index of
// entry numbers. Deleted entries leave a hole (key Null) until the next
// resize, so iteration order is insertion order.
type Dict struct {
	Object
	entries []dictEntry
	index   []int32 // -1 empty, -2 deleted
	used    int32
	// bloom has bit keyBit(h) set for the hash h of every key added
	// since the last rebuild (dictbloom.go)
	bloom uint32
	small [8]int32 // the index of small dicts, saving an allocation
	// Version changes on every mutation, for caches in the VM.
	Version uint64
	attrs   *Dict // __dict__ of user subclass instances
}

// dictEntry is one item. The hash sits next to the key: a lookup reads
// both, and with 40-byte entries this keeps them in one cache line for
// three entries in four (value last: only a hit reads it).
type dictEntry struct {
	key   Value
	hash  int64
	value Value
}

const (
	ixEmpty   = -1
	ixDeleted = -2
)

// DictType is `dict`.
var DictType = &Type{Name: "dict"}

// NewDict makes an empty dict.
func NewDict() *Dict {
	d := &Dict{}
	d.typ = DictType
	return d
}

// V is the dict as a value.
func (d *Dict) V() Value { return valueOf(unsafe.Pointer(d)) }

// AsDict returns the *Dict of a dict value.
func AsDict(v Value) *Dict { return (*Dict)(v.p) }

// IsDict reports whether v is a dict.
func IsDict(v Value) bool { return v.Type().IsSubtype(DictType) }

// keyEq compares a stored key with a probe key of equal hash.
func keyEq(t *Thread, a, b Value) (bool, *Exception) {
	if a == b {
		return true, nil
	}
	if a.Type() == StrType && b.Type() == StrType {
		return StrOf(a) == StrOf(b), nil
	}
	if a.IsInt() && b.IsInt() {
		return false, nil
	}
	if a.Type() == TupleType && b.Type() == TupleType {
		// tuple keys (bigrams, coordinates): item by item, each with the
		// same shortcuts, instead of through tuple's rich comparison
		return tupleKeyEq(t, AsTuple(a), AsTuple(b)) // dictkeyeq.go
	}
	eq, err := Equal(t, a, b)
	if t != nil {
		// Python code may have run (see dictmemo.go); set after the
		// call, since that code's own lookups reset the flag
		t.memo.impure = true
	}
	return eq, err
}

// lookup returns the entry index for key, or -1; slot is where the index
// table points at it (or the first free slot).
func (d *Dict) lookup(t *Thread, key Value, hash int64) (int, int, *Exception) {
top:
	if d.index == nil {
		if l := d.lazyOf(); l != nil && l.mayHold(key) {
			l.materialize() // dictlazy.go
			goto top
		}
		return -1, -1, nil
	}
	index := d.index
	mask := uint64(len(d.index) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			if free < 0 {
				free = int(i)
			}
			if l := d.lazyOf(); l != nil && l.mayHold(key) {
				l.materialize()
				goto top
			}
			return -1, free, nil
		}
		if ix == ixDeleted {
			if free < 0 {
				free = int(i)
			}
		} else {
			e := &d.entries[ix]
			if e.hash == hash {
				if e.key == key {
					return int(ix), int(i), nil
				}
				startKey := e.key
				eq, err := keyEq(t, startKey, key)
				if err != nil {
					return -1, -1, err
				}
				// A key's __eq__ may have mutated the dict (cleared,
				// resized, replaced this entry): start over, as
				// CPython's lookdict does.
				if len(d.index) != len(index) || len(index) > 0 && &d.index[0] != &index[0] ||
					int(ix) >= len(d.entries) || d.entries[ix].key != startKey {
					goto top
				}
				if eq {
					return int(ix), int(i), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

func (d *Dict) grow() {
	// CPython 3.7's GROWTH_RATE: the smallest power of two above three
	// times the live items, so a growing dict doubles (not quadruples) and
	// its index and entries stay as compact, and as cache-friendly, as
	// there
	n := 8
	for n <= int(d.used)*3 {
		n *= 2
	}
	old := d.entries
	if len(old) == 0 && cap(old) > 0 {
		d.rebuild(n, old) // preallocated with the owner (instance dicts)
	} else {
		d.rebuild(n, make([]dictEntry, 0, n*2/3+1))
	}
}

// rebuild moves the live entries of d, in order, into entries (empty,
// with room for them) and a fresh index of n slots. Placing a key needs
// no comparisons: every key in the old table is distinct.
func (d *Dict) rebuild(n int, entries []dictEntry) {
	old := d.entries
	if l := d.lazyOf(); l != nil {
		l.compacted(old)
	}
	d.entries = entries
	if n == len(d.small) {
		d.index = d.small[:]
	} else {
		d.index = make([]int32, n)
	}
	clearIndex(d.index) // dictsmall.go
	d.bloom = 0
	d.appendDistinct(old)
}

// GetItem looks key up; ok is false when absent.
func (d *Dict) GetItem(t *Thread, key Value) (Value, bool, *Exception) {
	if m := d.memoHit(t, key); m != nil {
		if m.ix < 0 {
			return Null, false, nil
		}
		return d.entries[m.ix].value, true, nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return Null, false, err
	}
	ix, _, err := d.lookup(t, key, h)
	if err != nil || ix < 0 {
		return Null, false, err
	}
	return d.entries[ix].value, true, nil
}

// GetItemMemo is GetItem for a lookup that is likely to be followed by
// another of the same key (`k in d`, d.get(k)): the answer is remembered
// for it (dictmemo.go).
func (d *Dict) GetItemMemo(t *Thread, key Value) (Value, bool, *Exception) {
	if t == nil {
		return d.GetItem(t, key)
	}
	if m := d.memoHit(t, key); m != nil {
		if m.ix < 0 {
			return Null, false, nil
		}
		return d.entries[m.ix].value, true, nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return Null, false, err
	}
	t.memo.impure = false
	ix, slot, err := d.lookup(t, key, h)
	if err != nil {
		return Null, false, err
	}
	d.remember(t, key, h, ix, slot)
	if ix < 0 {
		return Null, false, nil
	}
	return d.entries[ix].value, true, nil
}

// getStr looks up a str key without errors (attribute dicts).
func (d *Dict) getStr(name *Str) (Value, bool) {
	if d.index == nil {
		if holder() != nil {
			return d.lazyStr(name) // dictlazy.go
		}
		return Null, false
	}
	h := name.Hash()
	if !d.mayHoldHash(h) {
		return d.lazyStr(name) // dictbloom.go
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			return d.lazyStr(name)
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h && (e.key.p == unsafe.Pointer(name) || (e.key.Type() == StrType && StrOf(e.key) == name.s)) {
				return e.value, true
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// GetStr looks up a str key.
func (d *Dict) GetStr(name string) (Value, bool) { return d.getStr(Intern(name)) }

// LookupStr is getStr for other packages (the VM's name lookups).
func (d *Dict) LookupStr(name *Str) (Value, bool) { return d.getStr(name) }

// SetItem stores key: value.
func (d *Dict) SetItem(t *Thread, key, value Value) *Exception {
	if m := d.memoHit(t, key); m != nil {
		d.setMemo(m, value)
		return nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return d.setHashed(t, key, value, h)
}

func (d *Dict) setHashed(t *Thread, key, value Value, h int64) *Exception {
	ix, slot, err := d.lookup(t, key, h)
	if err != nil {
		return err
	}
	d.Version++
	if ix >= 0 {
		d.entries[ix].value = value
		return nil
	}
	if d.index == nil || len(d.entries) >= len(d.index)*2/3 {
		d.grow()
		// the key is known to be absent: no comparisons (and no __eq__
		// calls) to find its place in the fresh table, as in CPython
		slot = d.emptySlot(h)
	}
	d.insertAt(slot, key, value, h)
	return nil
}

// insertAt appends a new entry for an absent key whose probe sequence
// reaches the free index slot.
func (d *Dict) insertAt(slot int, key, value Value, h int64) {
	d.index[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{key, h, value})
	d.used++
	d.bloom |= keyBit(h)
}

// emptySlot is the first empty index slot on hash h's probe sequence
// (in a table just rebuilt by grow, which has no deleted slots).
func (d *Dict) emptySlot(h int64) int {
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for d.index[i] != ixEmpty {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// SetStr stores a str key (no errors possible).
func (d *Dict) SetStr(name string, value Value) {
	d.setHashed(nil, InternV(name), value, Intern(name).Hash())
}

// SetS stores a *Str key.
func (d *Dict) SetS(name *Str, value Value) { d.setHashed(nil, name.V(), value, name.Hash()) }

// DelItem removes key; ok false when absent.
func (d *Dict) DelItem(t *Thread, key Value) (bool, *Exception) {
	_, ok, err := d.Pop(t, key)
	return ok, err
}

// Pop removes key and returns its value.
func (d *Dict) Pop(t *Thread, key Value) (Value, bool, *Exception) {
	h, err := Hash(t, key)
	if err != nil {
		return Null, false, err
	}
	ix, slot, err := d.lookup(t, key, h)
	if err != nil || ix < 0 {
		return Null, false, err
	}
	v := d.entries[ix].value
	d.entries[ix] = dictEntry{}
	d.index[slot] = ixDeleted
	d.used--
	d.Version++
	if d.used == 0 {
		if l := d.lazyOf(); l != nil {
			l.emptied()
		}
		d.entries = d.entries[:0]
		d.bloom = 0
		clearIndex(d.index)
	}
	return v, true, nil
}

// Clear empties the dict.
func (d *Dict) Clear() {
	if l := d.lazyOf(); l != nil {
		l.cleared()
	}
	d.entries, d.index, d.used, d.bloom = nil, nil, 0, 0
	d.Version++
}

// Keys, Values and Items return snapshots in order.
func (d *Dict) Keys() []Value {
	d.settle()
	out := make([]Value, 0, int(d.used))
	for _, e := range d.entries {
		if !e.key.IsNull() {
			out = append(out, e.key)
		}
	}
	return out
}

func (d *Dict) Values() []Value {
	d.settle()
	out := make([]Value, 0, int(d.used))
	for _, e := range d.entries {
		if !e.key.IsNull() {
			out = append(out, e.value)
		}
	}
	return out
}

// Range calls f for each item in order until it returns false.
func (d *Dict) Range(f func(k, v Value) bool) {
	d.settle()
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if !e.key.IsNull() && !f(e.key, e.value) {
			return
		}
	}
}

// Copy is a shallow copy.
func (d *Dict) Copy() *Dict { return copyDict(d) }

// Update merges another mapping or iterable of pairs (dict.update).
func (d *Dict) Update(t *Thread, other Value) *Exception {
	if IsDict(other) {
		o := AsDict(other)
		o.settle()
		for i := 0; i < len(o.entries); i++ {
			e := o.entries[i]
			if !e.key.IsNull() {
				if err := d.setHashed(t, e.key, e.value, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if keys := other.Type().LookupS("keys"); !keys.IsNull() {
		ks, err := CallMethod(t, other, "keys")
		if err != nil {
			return err
		}
		items, err := Collect(t, ks)
		if err != nil {
			return err
		}
		for _, k := range items {
			v, err := GetItem(t, other, k)
			if err != nil {
				return err
			}
			if err := d.SetItem(t, k, v); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := Iter(t, other)
	if err != nil {
		return err
	}
	for n := 0; ; n++ {
		x, ok, err := Next(t, it)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		pair, err := Collect(t, x)
		if err != nil {
			if err.Matches(TypeErrorType) {
				return Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", n)
			}
			return err
		}
		if len(pair) != 2 {
			return Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", n, len(pair))
		}
		if err := d.SetItem(t, pair[0], pair[1]); err != nil {
			return err
		}
	}
}

func dictRepr(t *Thread, v Value) (string, *Exception) {
	d := AsDict(v)
	d.settle()
	if d.used == 0 {
		return "{}", nil
	}
	if !t.enterRepr(v) {
		return "{...}", nil
	}
	defer t.leaveRepr()
	var sb strings.Builder
	sb.WriteByte('{')
	first := true
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.IsNull() {
			continue
		}
		if !first {
			sb.WriteString(", ")
		}
		first = false
		ks, err := Repr(t, e.key)
		if err != nil {
			return "", err
		}
		vs, err := Repr(t, e.value)
		if err != nil {
			return "", err
		}
		sb.WriteString(ks)
		sb.WriteString(": ")
		sb.WriteString(vs)
	}
	sb.WriteByte('}')
	return sb.String(), nil
}

// DictIter iterates a dict's keys, values or items.
type DictIter struct {
	Object
	d    *Dict
	pos  int
	size int
	kind int // 0 keys, 1 values, 2 items
}

var (
	DictKeyIterType   = newBuiltinType("dict_keyiterator", ObjectType)
	DictValueIterType = newBuiltinType("dict_valueiterator", ObjectType)
	DictItemIterType  = newBuiltinType("dict_itemiterator", ObjectType)
	DictKeysType      = newBuiltinType("dict_keys", ObjectType)
	DictValuesType    = newBuiltinType("dict_values", ObjectType)
	DictItemsType     = newBuiltinType("dict_items", ObjectType)
)

// DictView is dict.keys()/values()/items().
type DictView struct {
	Object
	d    *Dict
	kind int
}

func newDictIter(d *Dict, kind int) Value {
	d.settle()
	it := &DictIter{d: d, size: int(d.used), kind: kind}
	it.typ = [...]*Type{DictKeyIterType, DictValueIterType, DictItemIterType}[kind]
	return valueOf(unsafe.Pointer(it))
}

func dictIterNext(t *Thread, v Value) (Value, bool, *Exception) {
	it := (*DictIter)(v.p)
	if it.d == nil {
		return Null, false, nil
	}
	if it.d.Len() != it.size {
		it.size = -1
		return Null, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for it.pos < len(it.d.entries) {
		e := it.d.entries[it.pos]
		it.pos++
		if e.key.IsNull() {
			continue
		}
		switch it.kind {
		case 0:
			return e.key, true, nil
		case 1:
			return e.value, true, nil
		}
		return Tuple2(e.key, e.value), true, nil
	}
	it.d = nil
	return Null, false, nil
}

func selfIter(_ *Thread, v Value) (Value, *Exception) { return v, nil }

func initDict() {
	t := DictType
	t.Alloc = func(typ *Type) Value {
		d := NewDict()
		d.typ = typ
		return d.V()
	}
	t.Repr = dictRepr
	t.Len = func(_ *Thread, v Value) (int, *Exception) { return AsDict(v).Len(), nil }
	t.Bool = func(_ *Thread, v Value) (bool, *Exception) { return AsDict(v).Len() > 0, nil }
	t.Compare = func(t *Thread, a, b Value, op int) (Value, *Exception) {
		if !IsDict(b) || (op != EQ && op != NE) {
			return NotImplemented, nil
		}
		x, y := AsDict(a), AsDict(b)
		x.settle()
		y.settle()
		eq := x.used == y.used
		for i := 0; eq && i < len(x.entries); i++ {
			e := x.entries[i]
			if e.key.IsNull() {
				continue
			}
			w, ok, err := y.GetItem(t, e.key)
			if err != nil {
				return Null, err
			}
			if !ok {
				eq = false
				break
			}
			eq, err = Equal(t, e.value, w)
			if err != nil {
				return Null, err
			}
		}
		return MakeBool(eq == (op == EQ)), nil
	}
	t.GetItem = func(t *Thread, v, k Value) (Value, *Exception) {
		r, ok, err := AsDict(v).GetItem(t, k)
		if err != nil {
			return Null, err
		}
		if !ok {
			if v.Type() != DictType {
				if m := v.Type().LookupS("__missing__"); !m.IsNull() {
					return CallMethod(t, v, "__missing__", k)
				}
			}
			return Null, NewException(KeyErrorType, k)
		}
		return r, nil
	}
	t.SetItem = func(t *Thread, v, k, val Value) *Exception {
		d := AsDict(v)
		if val.IsNull() {
			ok, err := d.DelItem(t, k)
			if err == nil && !ok {
				err = NewException(KeyErrorType, k)
			}
			return err
		}
		return d.SetItem(t, k, val)
	}
	t.Contains = func(t *Thread, v, k Value) (bool, *Exception) {
		_, ok, err := AsDict(v).GetItemMemo(t, k)
		return ok, err
	}
	t.Iter = func(_ *Thread, v Value) (Value, *Exception) { return newDictIter(AsDict(v), 0), nil }
	t.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) { return typ.Alloc(typ), nil }
	t.Init = func(t *Thread, self Value, args []Value, kw []string) *Exception {
		d := AsDict(self)
		pos := args[:len(args)-len(kw)]
		if len(pos) > 1 {
			return Errorf(TypeErrorType, "dict expected at most 1 arguments, got %d", len(pos))
		}
		if len(pos) == 1 {
			if err := d.Update(t, pos[0]); err != nil {
				return err
			}
		}
		for i, k := range kw {
			d.SetItem(t, NewStr(k), args[len(pos)+i])
		}
		return nil
	}
	initType(t, ObjectType)
	t.Hash = nil
	t.setLazy("__hash__", None)
	for _, it := range []*Type{DictKeyIterType, DictValueIterType, DictItemIterType} {
		it.Iter = selfIter
		it.Next = dictIterNext
	}
	for i, vt := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		kind := i
		vt.Iter = func(_ *Thread, v Value) (Value, *Exception) {
			return newDictIter((*DictView)(v.p).d, kind), nil
		}
		vt.Len = func(_ *Thread, v Value) (int, *Exception) { return (*DictView)(v.p).d.Len(), nil }
		vt.Repr = func(t *Thread, v Value) (string, *Exception) {
			items, err := Collect(t, v)
			if err != nil {
				return "", err
			}
			return seqRepr(t, v, items, v.Type().Name+"([", "])")
		}
		vt.Contains = func(t *Thread, v, k Value) (bool, *Exception) {
			d := (*DictView)(v.p).d
			switch kind {
			case 0:
				_, ok, err := d.GetItem(t, k)
				return ok, err
			case 1:
				return seqContains(t, d.Values(), k)
			}
			if !IsTuple(k) || len(AsTuple(k)) != 2 {
				return false, nil
			}
			kv := AsTuple(k)
			v2, ok, err := d.GetItem(t, kv[0])
			if err != nil || !ok {
				return false, err
			}
			return Equal(t, v2, kv[1])
		}
		if kind != 1 {
			for _, op := range []int{OpAnd, OpOr, OpSub, OpXor} {
				op := op
				vt.Binary[op] = func(t *Thread, a, b Value) (Value, *Exception) {
					sa, err := NewSetFrom(t, a, false)
					if err != nil {
						return Null, err
					}
					return SetType.Binary[op](t, sa, b)
				}
			}
			vt.Compare = func(t *Thread, a, b Value, op int) (Value, *Exception) {
				sa, err := NewSetFrom(t, a, false)
				if err != nil {
					return Null, err
				}
				if b.Type() == DictKeysType || b.Type() == DictItemsType {
					b, err = NewSetFrom(t, b, false)
					if err != nil {
						return Null, err
					}
				}
				return SetType.Compare(t, sa, b, op)
			}
		}
	}
	dm := func(name string, fn func(t *Thread, d *Dict, a []Value) (Value, *Exception)) {
		addMethod(DictType, name, func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if len(kw) > 0 && name != "update" {
				return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
			}
			if name == "update" {
				d := AsDict(a[0])
				pos := a[1 : len(a)-len(kw)]
				if len(pos) > 1 {
					return Null, Errorf(TypeErrorType, "update expected at most 1 arguments, got %d", len(pos))
				}
				if len(pos) == 1 {
					if err := d.Update(t, pos[0]); err != nil {
						return Null, err
					}
				}
				for i, k := range kw {
					d.SetItem(t, NewStr(k), a[1+len(pos)+i])
				}
				return None, nil
			}
			return fn(t, AsDict(a[0]), a[1:])
		})
	}
	view := func(kind int) func(t *Thread, d *Dict, a []Value) (Value, *Exception) {
		return func(t *Thread, d *Dict, a []Value) (Value, *Exception) {
			dv := &DictView{d: d, kind: kind}
			dv.typ = [...]*Type{DictKeysType, DictValuesType, DictItemsType}[kind]
			return valueOf(unsafe.Pointer(dv)), nil
		}
	}
	dm("keys", view(0))
	dm("values", view(1))
	dm("items", view(2))
	dm("update", nil)
	addMethod(DictType, "get", dictGet)
	dm("setdefault", func(t *Thread, d *Dict, a []Value) (Value, *Exception) {
		if len(a) < 1 {
			return Null, Errorf(TypeErrorType, "setdefault expected at least 1 arguments, got %d", len(a))
		}
		if len(a) > 2 {
			return Null, Errorf(TypeErrorType, "setdefault expected at most 2 arguments, got %d", len(a))
		}
		def := None
		if len(a) > 1 {
			def = a[1]
		}
		return d.setDefault(t, a[0], def)
	})
	dm("pop", func(t *Thread, d *Dict, a []Value) (Value, *Exception) {
		if len(a) < 1 {
			return Null, NewTypeError("pop expected at least 1 arguments, got 0")
		}
		v, ok, err := d.Pop(t, a[0])
		if err != nil {
			return Null, err
		}
		if ok {
			return v, nil
		}
		if len(a) > 1 {
			return a[1], nil
		}
		return Null, NewException(KeyErrorType, a[0])
	})
	dm("popitem", func(t *Thread, d *Dict, a []Value) (Value, *Exception) {
		d.settle()
		for i := len(d.entries) - 1; i >= 0; i-- {
			e := d.entries[i]
			if !e.key.IsNull() {
				d.Pop(t, e.key)
				return Tuple2(e.key, e.value), nil
			}
		}
		return Null, Errorf(KeyErrorType, "popitem(): dictionary is empty")
	})
	dm("clear", func(t *Thread, d *Dict, a []Value) (Value, *Exception) {
		d.Clear()
		return None, nil
	})
	dm("copy", func(t *Thread, d *Dict, a []Value) (Value, *Exception) { return d.Copy().V(), nil })
	addClassMethod(DictType, "fromkeys", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if len(a) < 2 {
			return Null, NewTypeError("fromkeys expected at least 1 arguments, got 0")
		}
		r, err := Call(t, a[0], nil, nil)
		if err != nil {
			return Null, err
		}
		val := None
		if len(a) > 2 {
			val = a[2]
		}
		keys, err := Collect(t, a[1])
		if err != nil {
			return Null, err
		}
		for _, k := range keys {
			if err := SetItem(t, r, k, val); err != nil {
				return Null, err
			}
		}
		return r, nil
	})
}

// Must returns the value of a str key known to be present (or None).
func (d *Dict) Must(name string) Value {
	v, ok := d.GetStr(name)
	if !ok {
		return None
	}
	return v
}

// dictCollect is list(v) for an exact dict or one of its views: no
// Python code runs, so the entries are read directly into a slice of
// the right size.
func dictCollect(v Value) []Value {
	d, kind := (*Dict)(nil), 0
	if v.Type() == DictType {
		d = AsDict(v)
	} else {
		dv := (*DictView)(v.p)
		d, kind = dv.d, dv.kind
	}
	d.settle()
	out := make([]Value, 0, int(d.used))
	for _, e := range d.entries {
		if e.key.IsNull() {
			continue
		}
		switch kind {
		case 0:
			out = append(out, e.key)
		case 1:
			out = append(out, e.value)
		default:
			out = append(out, Tuple2(e.key, e.value))
		}
	}
	return out
}

// setDefault is dict.setdefault: one hash and, when the key is new and
// the table has room, one probe.
func (d *Dict) setDefault(t *Thread, key, def Value) (Value, *Exception) {
	h, err := Hash(t, key)
	if err != nil {
		return Null, err
	}
	ix, slot, err := d.lookup(t, key, h)
	if err != nil {
		return Null, err
	}
	if ix >= 0 {
		return d.entries[ix].value, nil
	}
	// insert where the lookup ended, without comparing again (a key's
	// __eq__ runs once per stored key, as in CPython)
	d.Version++
	if d.index == nil || len(d.entries) >= len(d.index)*2/3 {
		d.grow()
		slot = d.emptySlot(h)
	}
	d.insertAt(slot, key, def, h)
	return def, nil
}

// dictGet is dict.get, registered without the shared method wrapper: it
// is among the hottest calls (counting with d.get(k, 0)), so the receiver
// and argument checks are done once, here.
func dictGet(t *Thread, a []Value, kw []string) (Value, *Exception) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "get() takes no keyword arguments")
	}
	switch len(a) {
	case 1:
		return Null, Errorf(TypeErrorType, "get expected at least 1 arguments, got 0")
	case 2, 3:
	default:
		return Null, Errorf(TypeErrorType, "get expected at most 2 arguments, got %d", len(a)-1)
	}
	v, ok, err := AsDict(a[0]).GetItemMemo(t, a[1])
	if err != nil {
		return Null, err
	}
	if ok {
		return v, nil
	}
	if len(a) == 3 {
		return a[2], nil
	}
	return None, nil
}
