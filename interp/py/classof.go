package py

import "sync"

// Built-in methods are all one Go kind (a *Builtin, bound or not, inside a
// *BoundMethod when bound to an instance), so the calls stay on the VM's
// fast path. CPython tells four kinds apart by type — method_descriptor
// (str.join), wrapper_descriptor (object.__init__, a slot's dunder),
// method-wrapper (a slot dunder bound to an instance) and
// builtin_function_or_method ([].append, len) — and programs print them.
// ClassOf gives the type Python code sees; type(), __class__ and
// isinstance use it.

var (
	MethodDescrType      = newBuiltinType("method_descriptor", ObjectType)
	WrapperDescrType     = newBuiltinType("wrapper_descriptor", ObjectType)
	MethodWrapperType    = newBuiltinType("method-wrapper", ObjectType)
	ClassMethodDescrType = newBuiltinType("classmethod_descriptor", ObjectType)
)

// slotWrappers are the dunders CPython implements as type slots (their
// descriptors are slot wrappers); the pairs are exceptions that the type
// defines as ordinary methods instead. The set is made on first use
// (type() of a built-in method), not at every start.
var (
	slotWrappers = sync.OnceValue(func() map[string]bool {
		m := make(map[string]bool, 96)
		for _, n := range []string{"abs", "add", "and", "bool", "call", "contains", "delattr", "delete", "delitem",
			"divmod", "eq", "float", "floordiv", "ge", "get", "getattribute", "getitem", "gt", "hash", "iadd", "iand",
			"imul", "index", "init", "int", "invert", "ior", "isub", "iter", "ixor", "le", "len", "lshift", "lt", "mod",
			"mul", "ne", "neg", "or", "pos", "pow", "radd", "rand", "rdivmod", "repr", "rfloordiv", "rlshift", "rmod",
			"rmul", "ror", "rpow", "rrshift", "rshift", "rsub", "rtruediv", "rxor", "set", "setattr", "setitem", "str",
			"sub", "truediv", "xor", "next", "del", "imod", "ipow", "ilshift", "irshift", "itruediv", "ifloordiv",
			"matmul", "rmatmul", "imatmul", "await", "aiter", "anext"} {
			m["__"+n+"__"] = true
		}
		return m
	})
	slotMethods = map[[2]string]bool{
		{"list", "__getitem__"}: true, {"dict", "__getitem__"}: true, {"dict", "__contains__"}: true,
		{"set", "__contains__"}: true, {"frozenset", "__contains__"}: true,
	}
)

// isSlotWrapper reports whether b, a method of a built-in type, is one of
// its slot dunders.
func isSlotWrapper(b *Builtin) bool {
	return b.Owner != nil && !b.Static && slotWrappers()[b.Name] && !slotMethods[[2]string{b.Owner.Name, b.Name}]
}

// ClassOf is type(v) as Python code sees it.
func ClassOf(v Value) *Type {
	t := v.Type()
	switch t {
	case BuiltinType:
		b := AsBuiltin(v)
		if b.Owner == nil || b.Static || !b.Self.IsNull() {
			return t
		}
		if isSlotWrapper(b) {
			return WrapperDescrType
		}
		return MethodDescrType
	case ClassMethodType:
		// a built-in type's class method (dict.fromkeys) as its dict holds it
		if f := (*ClassMethod)(v.p).F; f.Type() == BuiltinType && AsBuiltin(f).Owner == nil {
			return ClassMethodDescrType
		}
	case MethodType:
		bm := AsBoundMethod(v)
		if bm.Func.Type() != BuiltinType {
			return t
		}
		if isSlotWrapper(AsBuiltin(bm.Func)) {
			return MethodWrapperType
		}
		return BuiltinType
	}
	return t
}
