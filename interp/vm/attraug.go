package vm

import (
	"github.com/bytepy/bytepy/interp/py"
)

// `x.name op= v` with x a local and v a constant or a local (self.count
// -= 1, work.count += 1, cls.count += 1) compiles to LOAD_FAST x;
// DUP_TOP; LOAD_ATTR name; LOAD_CONST/LOAD_FAST v; INPLACE_op; ROT_TWO;
// STORE_ATTR name, which the translator makes seven instructions (six
// dispatches). As opFastAttrAug, which takes the LOAD_FAST's place, the
// statement is one instruction when both attribute caches hold x's type
// (or x itself, a class) at its current version with a kind whose hit
// runs no Python code (an instance dict entry where last seen, a
// __slots__ slot, a class's own plain-data attribute) and the operator
// is an int or float operation that cannot fail or overflow: nothing
// could have observed the skipped steps. Anything else loads x as
// LOAD_FAST and the instructions run as written, refilling the caches.

// attrAugLen is how many instructions follow the opFastAttrAug through
// the STORE_ATTR.
const attrAugLen = 6

// fuseAttrAug marks each LOAD_FAST that starts such a statement; it runs
// after attachAttrCaches, on the cached forms.
func fuseAttrAug(rt *codeRT) {
	ins := rt.instrs
	var targets []bool
	for i := 0; i+attrAugLen < len(ins); i++ {
		if ins[i].op != opLoadFast || ins[i+1].op != opDupTop || ins[i+2].op != opLoadAttrC ||
			(ins[i+3].op != opConstBin && ins[i+3].op != opFastBin) || ins[i+4].op != opInplace ||
			ins[i+5].op != opRotTwo || ins[i+6].op != opStoreAttrC ||
			rt.acache[ins[i+2].arg].name != rt.acache[ins[i+6].arg].name {
			continue
		}
		if noJumpInto(rt.code, &targets, i+1, i+attrAugLen) {
			ins[i].op = opFastAttrAug
		}
	}
}

// attrAug runs the statement on obj (non-null) with operand b; false:
// nothing was done, run the instructions as written. ld and st are the
// LOAD_ATTR's and STORE_ATTR's caches.
func attrAug(obj py.Value, ld, st *attrCache, b py.Value, op int32) bool {
	lw, sw := ld.find(obj), st.find(obj)
	if lw == nil || sw == nil || b.IsNull() {
		return false
	}
	// where the attribute lives: an instance dict entry, a slot, or the
	// class's own dict entry
	var ent *py.AttrEntry
	var d *py.Dict
	var a py.Value
	switch lw.kind {
	case acInstDict, acInstValue:
		if sw.kind != acStoreDict {
			return false
		}
		d = py.InstanceDict(obj)
		es := d.Ents()
		if uint(lw.hint) >= uint(len(es)) || !es[lw.hint].KeyIs(ld.name) {
			return false
		}
		ent = &es[lw.hint]
		a = ent.Val()
	case acSlotLoad:
		if sw.kind != acSlotStore || sw.hint != lw.hint {
			return false
		}
		if a = py.SlotAt(obj, lw.hint); a.IsNull() {
			return false
		}
	case acClassAttr:
		if sw.kind != acClassData || lw.d == nil || lw.d != sw.d || lw.idx != sw.idx || uintptr(obj.Ptr())|1 != lw.key {
			return false
		}
		a = lw.d.ValueAt(lw.idx)
	default:
		return false
	}
	z, ok := arithFast(op, a, b) // no Python code, cannot fail (fastnum.go)
	if !ok {
		return false
	}
	switch {
	case ent != nil:
		d.SetEntry(ent, z)
	case lw.kind == acSlotLoad:
		py.SetSlotAt(obj, lw.hint, z)
	default:
		lw.d.SetValueAt(lw.idx, z)
	}
	return true
}
