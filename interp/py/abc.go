package py

import (
	"sort"
	"strings"
)

// Abstract classes. The abc module (interp/lib/abc) computes a class's
// abstract methods and stores them as __abstractmethods__ in the class's
// own dict; as in CPython, a non-empty one there makes object.__new__
// refuse to instantiate the class. isAbstract feeds the cached flags, so
// the check on instance creation is a bit test.

var dAbstractMethods = Intern("__abstractmethods__")

func isAbstract(typ *Type) bool {
	v, ok := typ.Dict().getStr(dAbstractMethods)
	if !ok {
		return false
	}
	switch {
	case v.Type() == FrozenSetType || v.Type() == SetType:
		return AsSet(v).Len() > 0
	case IsTuple(v):
		return len(AsTuple(v)) > 0
	case v.Type() == ListType:
		return len(AsList(v).Items()) > 0
	}
	return !v.IsNone() && !(v.IsBool() && !v.Bool())
}

// abstractError is object.__new__'s refusal for an abstract class.
func abstractError(t *Thread, typ *Type) *Exception {
	v, _ := typ.Dict().getStr(dAbstractMethods)
	var names []string
	if items, err := Collect(t, v); err == nil {
		for _, x := range items {
			if IsStr(x) {
				names = append(names, StrOf(x))
			}
		}
	}
	sort.Strings(names)
	return Errorf(TypeErrorType, "Can't instantiate abstract class %s with abstract methods %s", typ.Name, strings.Join(names, ", "))
}

// initABC gives object the __subclasshook__ that ABCMeta consults.
func initABC() {
	o := ObjectType
	addMethod(o, "__subclasshook__", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		return NotImplemented, nil
	})
	o.wrapClassLazy("__subclasshook__")
	// set-like dict views compare as sets, so (as in CPython) they are
	// unhashable, which Hashable's structural check sees
	for _, t := range []*Type{DictKeysType, DictItemsType} {
		t.Hash = nil
		t.setLazy("__hash__", None)
	}
	// wrappers are abstract when what they wrap is
	addGetter(PropertyType, "__isabstractmethod__", func(t *Thread, v Value) (Value, *Exception) {
		p := (*Property)(v.p)
		return anyAbstract(t, p.Get, p.Set, p.Del)
	})
	addGetter(ClassMethodType, "__isabstractmethod__", func(t *Thread, v Value) (Value, *Exception) {
		return anyAbstract(t, (*ClassMethod)(v.p).F)
	})
	addGetter(StaticMethodType, "__isabstractmethod__", func(t *Thread, v Value) (Value, *Exception) {
		return anyAbstract(t, (*StaticMethod)(v.p).F)
	})
}

// anyAbstract is whether any of fs has a true __isabstractmethod__.
func anyAbstract(t *Thread, fs ...Value) (Value, *Exception) {
	for _, f := range fs {
		if f.IsNull() || f.IsNone() {
			continue
		}
		v, err := GetAttrS(t, f, "__isabstractmethod__")
		if err != nil {
			if err.Matches(AttributeErrorType) {
				continue
			}
			return Null, err
		}
		if b, err := Truth(t, v); err != nil || b {
			return True, err
		}
	}
	return False, nil
}
