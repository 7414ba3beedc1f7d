package vm

import "github.com/bytepy/bytepy/interp/py"

// Attribute caches for instances of user exception classes (e.code,
// self.code = code in an __init__): BaseException's getattr and setattr
// answer a few names themselves (py.ExcOwnAttr), which are never cached,
// and treat the rest as object does over the exception's __dict__, so
// the instance-dict kinds apply with the dict read from the exception
// (py.ExcCachedAttrs says when).

// excLoad is an acExcDict or acExcValue hit: the exception's __dict__
// at the hint, else by name, else (acExcValue) the class attribute.
func excLoad(w *acWay, obj py.Value, name *py.Str) (py.Value, int) {
	d := py.ExcDict(obj)
	if v, ok := d.StrAt(w.hint, name); ok {
		return v, acHit
	}
	if i := d.StrIndex(name); i >= 0 {
		w.hint = i
		return d.ValueAt(i), acHit
	}
	if w.kind == acExcValue {
		return w.value(), acHit
	}
	return py.Null, acMiss
}

// excStore is an acExcStore hit: the exception's __dict__ (attached on
// the first store, as excSetAttr does) gets name.
func excStore(w *acWay, obj py.Value, name *py.Str, val py.Value) {
	d := py.ExcDictMade(obj)
	if !d.SetStrAt(w.hint, name, val) {
		w.hint = d.SetStrIndex(name, val)
	}
}

// fillExcLoad analyses LOAD_ATTR of c's name on an instance of the
// exception class typ.
func (c *attrCache) fillExcLoad(typ *py.Type) bool {
	if py.ExcOwnAttr(typ, c.name) {
		return false
	}
	nw := acWay{typ: typ, ver: typ.Version()}
	descr := typ.Lookup(c.name)
	switch {
	case descr.IsNull():
		nw.kind = acExcDict
	case descr.Type().DescrGet == nil:
		nw.kind, nw.v = acExcValue, descr
		nw.locate(typ, c.name)
	default:
		return false
	}
	return c.install(nw)
}

// fillExcStore analyses STORE_ATTR of c's name on an instance of the
// exception class typ.
func (c *attrCache) fillExcStore(typ *py.Type) bool {
	if py.ExcOwnAttr(typ, c.name) {
		return false
	}
	descr := typ.Lookup(c.name)
	if !descr.IsNull() && descr.Type().DescrSet != nil {
		return false
	}
	return c.install(acWay{typ: typ, ver: typ.Version(), kind: acExcStore})
}
