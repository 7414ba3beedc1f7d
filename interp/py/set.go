package py

import (
	"strings"
	"unsafe"
)

// Set is a set or frozenset. Its table is CPython 3.7's setobject.c table
// (linear probing in runs of linearProbes, then perturbed jumps; resize
// at 3/5 full; dummies for deleted slots) so that iteration order — which
// learners see when they print a set — matches CPython's.
type Set struct {
	Object
	table  []setEntry
	fill   int // active + dummy
	used   int // active
	finger int
	hashed bool
	intsOK bool      // every key an inline int, and ints exact (setint.go)
	ints   [2]uint64 // which ints in [-64, 64) are keys, when intsOK
	hash   int64
	attrs  *Dict // __dict__ of user subclass instances
}

type setEntry struct {
	key  Value // Null empty; dummy marked by hash == -1 && key == dummyKey
	hash int64
}

const (
	linearProbes = 9
	perturbShift = 5
	setMinSize   = 8
)

var dummyObj Object
var dummyKey = Value{p: unsafe.Pointer(&dummyObj)}

// SetType is `set`; FrozenSetType is `frozenset`.
var (
	SetType       = &Type{Name: "set"}
	FrozenSetType = &Type{Name: "frozenset"}
	SetIterType   = newBuiltinType("set_iterator", ObjectType)
)

// NewSet makes an empty set (frozen: a frozenset).
func NewSet(frozen bool) *Set {
	s := &Set{table: make([]setEntry, setMinSize), intsOK: true}
	if frozen {
		s.typ = FrozenSetType
	} else {
		s.typ = SetType
	}
	return s
}

// V is the set as a value.
func (s *Set) V() Value { return valueOf(unsafe.Pointer(s)) }

// AsSet returns the *Set of a set or frozenset value.
func AsSet(v Value) *Set { return (*Set)(v.p) }

// IsSet reports whether v is a set or frozenset.
func IsSet(v Value) bool {
	t := v.Type()
	return t.IsSubtype(SetType) || t.IsSubtype(FrozenSetType)
}

// Len is the number of elements.
func (s *Set) Len() int { return s.used }

func (s *Set) mask() uint64 { return uint64(len(s.table) - 1) }

// Add inserts key.
func (s *Set) Add(t *Thread, key Value) *Exception {
	if key.IsInt() && s.addInt(key) {
		return nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return s.addEntry(t, key, h)
}

// addEntry inserts key as 3.7's set_add_entry does. A new key takes the
// LAST dummy its probe passed, not the first (3.7 overwrites freeslot at
// every dummy), which decides where it lands and so the iteration order
// after adds and discards.
func (s *Set) addEntry(t *Thread, key Value, hash int64) *Exception {
restart:
	mask := s.mask()
	i := uint64(hash) & mask
	freeslot := -1
	perturb := uint64(hash)
	e := &s.table[i]
	if e.key.IsNull() {
		goto foundUnused
	}
	for {
		base := i // 3.7 steps on from where the linear run began
		if e.hash == hash && e.key != dummyKey {
			startkey := e.key
			if startkey == key {
				return nil
			}
			tablen := len(s.table)
			eq, err := keyEq(t, startkey, key)
			if err != nil {
				return err
			}
			if len(s.table) != tablen || s.table[i].key != startkey {
				goto restart
			}
			if eq {
				return nil
			}
		} else if e.hash == -1 && e.key == dummyKey {
			freeslot = int(i)
		}
		if i+linearProbes <= mask {
			for j := 0; j < linearProbes; j++ {
				i++
				e = &s.table[i]
				if e.hash == 0 && e.key.IsNull() {
					goto foundUnusedOrDummy
				}
				if e.hash == hash && e.key != dummyKey {
					startkey := e.key
					if startkey == key {
						return nil
					}
					tablen := len(s.table)
					eq, err := keyEq(t, startkey, key)
					if err != nil {
						return err
					}
					if len(s.table) != tablen || s.table[i].key != startkey {
						goto restart
					}
					if eq {
						return nil
					}
				} else if e.hash == -1 && e.key == dummyKey {
					freeslot = int(i)
				}
			}
		}
		perturb >>= perturbShift
		i = (base*5 + 1 + perturb) & mask
		e = &s.table[i]
		if e.key.IsNull() {
			goto foundUnusedOrDummy
		}
	}
foundUnusedOrDummy:
	if freeslot < 0 {
		goto foundUnused
	}
	s.used++
	s.table[freeslot] = setEntry{key, hash}
	s.noteKey(key)
	return nil
foundUnused:
	s.fill++
	s.used++
	*e = setEntry{key, hash}
	s.noteKey(key)
	if uint64(s.fill)*5 < mask*3 {
		return nil
	}
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
	return nil
}

func insertClean(table []setEntry, key Value, hash int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		base := i // 3.7 steps on from where the linear run began
		if table[i].key.IsNull() {
			table[i] = setEntry{key, hash}
			return
		}
		if i+linearProbes <= mask {
			for j := 0; j < linearProbes; j++ {
				i++
				if table[i].key.IsNull() {
					table[i] = setEntry{key, hash}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (base*5 + 1 + perturb) & mask
	}
}

func (s *Set) resize(minused int) {
	newsize := setMinSize
	for newsize <= minused {
		newsize <<= 1
	}
	old := s.table
	s.table = make([]setEntry, newsize)
	s.fill = s.used
	for _, e := range old {
		if !e.key.IsNull() && e.key != dummyKey {
			insertClean(s.table, e.key, e.hash)
		}
	}
}

// find returns the table index of key or -1.
func (s *Set) find(t *Thread, key Value, hash int64) (int, *Exception) {
restart:
	mask := s.mask()
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		base := i // 3.7 steps on from where the linear run began
		e := &s.table[i]
		if e.key.IsNull() {
			return -1, nil
		}
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := 0; ; j++ {
			if e.hash == hash && e.key != dummyKey {
				startkey := e.key
				if startkey == key {
					return int(i), nil
				}
				tablen := len(s.table)
				eq, err := keyEq(t, startkey, key)
				if err != nil {
					return -1, err
				}
				if len(s.table) != tablen || s.table[i].key != startkey {
					goto restart
				}
				if eq {
					return int(i), nil
				}
			}
			if j >= probes {
				break
			}
			i++
			e = &s.table[i]
			if e.key.IsNull() {
				return -1, nil
			}
		}
		perturb >>= perturbShift
		i = (base*5 + 1 + perturb) & mask
	}
}

// Contains reports whether key is in the set.
func (s *Set) Contains(t *Thread, key Value) (bool, *Exception) {
	h, err := Hash(t, key)
	if err != nil {
		if IsSet(key) && err.Matches(TypeErrorType) {
			fs := NewSet(true)
			fs.mergeFrom(t, AsSet(key))
			return s.Contains(t, fs.V())
		}
		return false, err
	}
	i, err := s.find(t, key, h)
	return i >= 0, err
}

// Discard removes key; ok false when it was absent.
func (s *Set) Discard(t *Thread, key Value) (bool, *Exception) {
	if key.IsInt() {
		if i, ok := s.FindInt(key); ok {
			if i < 0 {
				return false, nil
			}
			s.removeAt(i)
			return true, nil
		}
	}
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	i, err := s.find(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.removeAt(i)
	return true, nil
}

// Items returns the elements in table (iteration) order.
func (s *Set) Items() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if !e.key.IsNull() && e.key != dummyKey {
			out = append(out, e.key)
		}
	}
	return out
}

func (s *Set) mergeFrom(t *Thread, o *Set) *Exception {
	if o == s || o.used == 0 {
		return nil
	}
	s.mergeInts(o)
	if uint64(s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		for i, e := range o.table {
			if !e.key.IsNull() {
				s.table[i] = e
			}
		}
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if !e.key.IsNull() && e.key != dummyKey {
				insertClean(s.table, e.key, e.hash)
			}
		}
		return nil
	}
	for i := 0; i < len(o.table); i++ {
		e := o.table[i]
		if !e.key.IsNull() && e.key != dummyKey {
			if err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// Update adds every element of an iterable (set_update_internal).
func (s *Set) Update(t *Thread, other Value) *Exception {
	if IsSet(other) {
		return s.mergeFrom(t, AsSet(other))
	}
	if other.Type() == DictType {
		d := AsDict(other)
		d.settle() // dictlazy.go
		if uint64(s.fill+int(d.used))*5 >= s.mask()*3 {
			s.resize((s.used + int(d.used)) * 2)
		}
		for i := 0; i < len(d.entries); i++ {
			e := d.entries[i]
			if !e.key.IsNull() {
				if err := s.addEntry(t, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	it, err := Iter(t, other)
	if err != nil {
		return err
	}
	for {
		x, ok, err := Next(t, it)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if err := s.Add(t, x); err != nil {
			return err
		}
	}
}

// NewSetFrom builds a set (or frozenset) from an iterable.
func NewSetFrom(t *Thread, it Value, frozen bool) (Value, *Exception) {
	s := NewSet(frozen)
	if !it.IsNull() {
		if err := s.Update(t, it); err != nil {
			return Null, err
		}
	}
	return s.V(), nil
}

func (s *Set) copyAs(typ *Type) *Set {
	n := NewSet(false)
	n.typ = typ
	n.mergeFrom(nil, s)
	return n
}

func setRepr(t *Thread, v Value) (string, *Exception) {
	s := AsSet(v)
	name := v.Type().Name
	if s.used == 0 {
		return name + "()", nil
	}
	if !t.enterRepr(v) {
		return name + "(...)", nil
	}
	defer t.leaveRepr()
	var sb strings.Builder
	if v.Type() != SetType {
		sb.WriteString(name + "(")
	}
	sb.WriteByte('{')
	for i, x := range s.Items() {
		if i > 0 {
			sb.WriteString(", ")
		}
		r, err := Repr(t, x)
		if err != nil {
			return "", err
		}
		sb.WriteString(r)
	}
	sb.WriteByte('}')
	if v.Type() != SetType {
		sb.WriteByte(')')
	}
	return sb.String(), nil
}

// set algebra, following setobject.c so results iterate in CPython's order.

func setUnion(t *Thread, a *Set, b Value) (*Set, *Exception) {
	r := a.copyAs(baseSetType(a))
	return r, r.Update(t, b)
}

func baseSetType(a *Set) *Type {
	if a.typ.IsSubtype(FrozenSetType) {
		return FrozenSetType
	}
	return SetType
}

func setIntersection(t *Thread, so *Set, other Value) (*Set, *Exception) {
	result := NewSet(false)
	result.typ = baseSetType(so)
	if IsSet(other) {
		o := AsSet(other)
		if o.used > so.used {
			so, o = o, so
		}
		for _, e := range o.table {
			if e.key.IsNull() || e.key == dummyKey {
				continue
			}
			i, err := so.find(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if i >= 0 {
				if err := result.addEntry(t, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return result, nil
	}
	it, err := Iter(t, other)
	if err != nil {
		return nil, err
	}
	for {
		x, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return result, nil
		}
		h, err := Hash(t, x)
		if err != nil {
			return nil, err
		}
		i, err := so.find(t, x, h)
		if err != nil {
			return nil, err
		}
		if i >= 0 {
			result.addEntry(t, x, h)
		}
	}
}

func setDifference(t *Thread, so *Set, other Value) (*Set, *Exception) {
	otherLen := -1
	if IsSet(other) {
		otherLen = AsSet(other).used
	} else if other.Type() == DictType {
		otherLen = int(AsDict(other).used)
	}
	if otherLen < 0 || (so.used>>2) > otherLen {
		r := so.copyAs(baseSetType(so))
		return r, r.differenceUpdate(t, other)
	}
	result := NewSet(false)
	result.typ = baseSetType(so)
	for _, e := range so.table {
		if e.key.IsNull() || e.key == dummyKey {
			continue
		}
		var in bool
		if other.Type() == DictType {
			_, ok, err := AsDict(other).GetItem(t, e.key)
			if err != nil {
				return nil, err
			}
			in = ok
		} else {
			i, err := AsSet(other).find(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			in = i >= 0
		}
		if !in {
			result.addEntry(t, e.key, e.hash)
		}
	}
	return result, nil
}

func (s *Set) differenceUpdate(t *Thread, other Value) *Exception {
	if IsSet(other) && AsSet(other) == s {
		s.resetEmpty()
		return nil
	}
	items, err := Collect(t, other)
	if err != nil {
		return err
	}
	for _, x := range items {
		if _, err := s.Discard(t, x); err != nil {
			return err
		}
	}
	if uint64(s.fill-s.used)*5 >= s.mask()*3 {
		s.resize(s.used)
	}
	return nil
}

func (s *Set) symDiffUpdate(t *Thread, other Value) *Exception {
	var o *Set
	if IsSet(other) {
		o = AsSet(other)
	} else {
		v, err := NewSetFrom(t, other, false)
		if err != nil {
			return err
		}
		o = AsSet(v)
	}
	if o == s {
		s.resetEmpty()
		return nil
	}
	for _, e := range o.table {
		if e.key.IsNull() || e.key == dummyKey {
			continue
		}
		i, err := s.find(t, e.key, e.hash)
		if err != nil {
			return err
		}
		if i >= 0 {
			s.removeAt(i)
		} else if err := s.addEntry(t, e.key, e.hash); err != nil {
			return err
		}
	}
	return nil
}

func setSymDiff(t *Thread, so *Set, other Value) (*Set, *Exception) {
	v, err := NewSetFrom(t, other, false)
	if err != nil {
		return nil, err
	}
	r := AsSet(v)
	r.typ = baseSetType(so)
	return r, r.symDiffUpdate(t, so.V())
}

func (s *Set) isSubset(t *Thread, o *Set) (bool, *Exception) {
	if s.used > o.used {
		return false, nil
	}
	for _, e := range s.table {
		if e.key.IsNull() || e.key == dummyKey {
			continue
		}
		i, err := o.find(t, e.key, e.hash)
		if err != nil || i < 0 {
			return false, err
		}
	}
	return true, nil
}

// setMethodArity is the argument count of the set methods that take a
// fixed number (METH_O and METH_NOARGS in 3.7); the others take any.
// (a switch: a package-level map is built at every process start)
func setMethodArity(name string) (int, bool) {
	switch name {
	case "add", "discard", "remove", "symmetric_difference", "issubset", "issuperset", "isdisjoint",
		"symmetric_difference_update":
		return 1, true
	case "clear", "pop", "copy":
		return 0, true
	}
	return 0, false
}

// SetIter iterates a set's table.
type SetIter struct {
	Object
	s    *Set
	pos  int
	size int
}

func initSet() {
	for _, typ := range []*Type{SetType, FrozenSetType} {
		frozen := typ == FrozenSetType
		typ.Alloc = func(typ *Type) Value {
			s := NewSet(false)
			s.typ = typ
			return s.V()
		}
		typ.Repr = setRepr
		typ.Len = func(_ *Thread, v Value) (int, *Exception) { return AsSet(v).used, nil }
		typ.Bool = func(_ *Thread, v Value) (bool, *Exception) { return AsSet(v).used > 0, nil }
		typ.Contains = func(t *Thread, v, k Value) (bool, *Exception) { return AsSet(v).Contains(t, k) }
		typ.Iter = func(_ *Thread, v Value) (Value, *Exception) {
			it := &SetIter{s: AsSet(v), size: AsSet(v).used}
			it.typ = SetIterType
			return valueOf(unsafe.Pointer(it)), nil
		}
		typ.Compare = func(t *Thread, a, b Value, op int) (Value, *Exception) {
			if !IsSet(b) {
				return NotImplemented, nil
			}
			x, y := AsSet(a), AsSet(b)
			switch op {
			case EQ, NE:
				eq := x.used == y.used
				if eq {
					var err *Exception
					eq, err = x.isSubset(t, y)
					if err != nil {
						return Null, err
					}
				}
				return MakeBool(eq == (op == EQ)), nil
			case LE:
				r, err := x.isSubset(t, y)
				return MakeBool(r), err
			case GE:
				r, err := y.isSubset(t, x)
				return MakeBool(r), err
			case LT:
				r, err := x.isSubset(t, y)
				return MakeBool(r && x.used < y.used), err
			}
			r, err := y.isSubset(t, x)
			return MakeBool(r && x.used > y.used), err
		}
		bin := func(op int, f func(t *Thread, a *Set, b Value) (*Set, *Exception)) {
			typ.Binary[op] = func(t *Thread, a, b Value) (Value, *Exception) {
				if !IsSet(a) || !IsSet(b) {
					return NotImplemented, nil
				}
				r, err := f(t, AsSet(a), b)
				if err != nil {
					return Null, err
				}
				return r.V(), nil
			}
		}
		bin(OpOr, setUnion)
		bin(OpAnd, setIntersection)
		bin(OpSub, setDifference)
		bin(OpXor, setSymDiff)
		if frozen {
			typ.Hash = func(t *Thread, v Value) (int64, *Exception) {
				s := AsSet(v)
				if s.hashed {
					return s.hash, nil
				}
				var h uint64
				for _, e := range s.table {
					if e.key.IsNull() || e.key == dummyKey {
						continue
					}
					x := uint64(e.hash)
					h ^= ((x ^ (x << 16)) ^ 89869747) * 3644798167
				}
				h ^= (uint64(s.used) + 1) * 1927868237
				h ^= (h >> 11) ^ (h >> 25)
				h = h*69069 + 907133923
				r := int64(h)
				if r == -1 {
					r = 590923713
				}
				s.hash, s.hashed = r, true
				return r, nil
			}
			typ.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
				if len(kw) > 0 {
					return Null, NewTypeError("frozenset() does not take keyword arguments")
				}
				if len(args) > 1 {
					return Null, Errorf(TypeErrorType, "frozenset expected at most 1 arguments, got %d", len(args))
				}
				if len(args) == 1 && args[0].Type() == FrozenSetType && typ == FrozenSetType {
					return args[0], nil
				}
				s := AsSet(typ.Alloc(typ))
				if len(args) == 1 {
					if err := s.Update(t, args[0]); err != nil {
						return Null, err
					}
				}
				return s.V(), nil
			}
		} else {
			typ.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) { return typ.Alloc(typ), nil }
			typ.Init = func(t *Thread, self Value, args []Value, kw []string) *Exception {
				if len(kw) > 0 {
					return NewTypeError("set() does not take keyword arguments")
				}
				if len(args) > 1 {
					return Errorf(TypeErrorType, "set expected at most 1 arguments, got %d", len(args))
				}
				s := AsSet(self)
				if s.used > 0 {
					s.resetEmpty()
				}
				if len(args) == 1 {
					return s.Update(t, args[0])
				}
				return nil
			}
			inplace := func(op int, f func(s *Set, t *Thread, b Value) *Exception) {
				typ.Inplace[op] = func(t *Thread, a, b Value) (Value, *Exception) {
					if !IsSet(b) {
						return NotImplemented, nil
					}
					return a, f(AsSet(a), t, b)
				}
			}
			inplace(OpOr, (*Set).Update)
			inplace(OpSub, (*Set).differenceUpdate)
			inplace(OpXor, (*Set).symDiffUpdate)
			inplace(OpAnd, func(s *Set, t *Thread, b Value) *Exception {
				r, err := setIntersection(t, s, b)
				if err != nil {
					return err
				}
				s.takeTable(r)
				return nil
			})
		}
		initType(typ, ObjectType)
		if !frozen {
			typ.Hash = nil
			typ.setLazy("__hash__", None)
		}
		sm := func(name string, fn func(t *Thread, s *Set, a []Value) (Value, *Exception)) {
			addMethod(typ, name, func(t *Thread, a []Value, kw []string) (Value, *Exception) {
				if len(kw) > 0 {
					return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
				}
				if want, ok := setMethodArity(name); ok && len(a)-1 != want {
					if want == 0 {
						return Null, Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, len(a)-1)
					}
					return Null, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(a)-1)
				}
				return fn(t, AsSet(a[0]), a[1:])
			})
		}
		multi := func(name string, f func(t *Thread, a *Set, b Value) (*Set, *Exception)) {
			sm(name, func(t *Thread, s *Set, a []Value) (Value, *Exception) {
				r := s
				if len(a) == 0 {
					r = s.copyAs(baseSetType(s))
				}
				for _, o := range a {
					var err *Exception
					r, err = f(t, r, o)
					if err != nil {
						return Null, err
					}
				}
				return r.V(), nil
			})
		}
		multi("union", setUnion)
		multi("intersection", setIntersection)
		multi("difference", setDifference)
		sm("symmetric_difference", func(t *Thread, s *Set, a []Value) (Value, *Exception) {
			r, err := setSymDiff(t, s, a[0])
			if err != nil {
				return Null, err
			}
			return r.V(), nil
		})
		sm("copy", func(t *Thread, s *Set, a []Value) (Value, *Exception) {
			if s.typ == FrozenSetType {
				return s.V(), nil
			}
			return s.copyAs(s.typ).V(), nil
		})
		sm("issubset", func(t *Thread, s *Set, a []Value) (Value, *Exception) {
			o, err := NewSetFrom(t, a[0], false)
			if err != nil {
				return Null, err
			}
			r, err := s.isSubset(t, AsSet(o))
			return MakeBool(r), err
		})
		sm("issuperset", func(t *Thread, s *Set, a []Value) (Value, *Exception) {
			o, err := NewSetFrom(t, a[0], false)
			if err != nil {
				return Null, err
			}
			r, err := AsSet(o).isSubset(t, s)
			return MakeBool(r), err
		})
		sm("isdisjoint", func(t *Thread, s *Set, a []Value) (Value, *Exception) {
			r, err := setIntersection(t, s, a[0])
			if err != nil {
				return Null, err
			}
			return MakeBool(r.used == 0), nil
		})
		if frozen {
			continue
		}
		sm("add", func(t *Thread, s *Set, a []Value) (Value, *Exception) { return None, s.Add(t, a[0]) })
		sm("discard", func(t *Thread, s *Set, a []Value) (Value, *Exception) {
			_, err := s.Discard(t, a[0])
			return None, err
		})
		sm("remove", func(t *Thread, s *Set, a []Value) (Value, *Exception) {
			ok, err := s.Discard(t, a[0])
			if err == nil && !ok {
				err = NewException(KeyErrorType, a[0])
			}
			return None, err
		})
		sm("clear", func(t *Thread, s *Set, a []Value) (Value, *Exception) {
			s.resetEmpty()
			return None, nil
		})
		sm("pop", func(t *Thread, s *Set, a []Value) (Value, *Exception) {
			if s.used == 0 {
				return Null, Errorf(KeyErrorType, "pop from an empty set")
			}
			i := s.finger & int(s.mask())
			for s.table[i].key.IsNull() || s.table[i].key == dummyKey {
				i++
				if i > int(s.mask()) {
					i = 0
				}
			}
			k := s.table[i].key
			s.removeAt(i)
			s.finger = i + 1
			return k, nil
		})
		sm("update", func(t *Thread, s *Set, a []Value) (Value, *Exception) {
			for _, o := range a {
				if err := s.Update(t, o); err != nil {
					return Null, err
				}
			}
			return None, nil
		})
		sm("difference_update", func(t *Thread, s *Set, a []Value) (Value, *Exception) {
			for _, o := range a {
				if err := s.differenceUpdate(t, o); err != nil {
					return Null, err
				}
			}
			return None, nil
		})
		sm("intersection_update", func(t *Thread, s *Set, a []Value) (Value, *Exception) {
			for _, o := range a {
				r, err := setIntersection(t, s, o)
				if err != nil {
					return Null, err
				}
				s.takeTable(r)
			}
			return None, nil
		})
		sm("symmetric_difference_update", func(t *Thread, s *Set, a []Value) (Value, *Exception) {
			return None, s.symDiffUpdate(t, a[0])
		})
	}
	SetIterType.Iter = selfIter
	SetIterType.Next = func(t *Thread, v Value) (Value, bool, *Exception) {
		it := (*SetIter)(v.p)
		if it.s == nil {
			return Null, false, nil
		}
		if it.s.used != it.size {
			it.size = -1
			return Null, false, Errorf(RuntimeErrorType, "Set changed size during iteration")
		}
		for it.pos < len(it.s.table) {
			e := it.s.table[it.pos]
			it.pos++
			if !e.key.IsNull() && e.key != dummyKey {
				return e.key, true, nil
			}
		}
		it.s = nil
		return Null, false, nil
	}
}
