package py

import "reflect"

// Attribute access on exception instances for the VM's attribute caches
// (package vm, attrcache.go): BaseException's getattr and setattr
// (excGetAttr, excSetAttr) handle a few names of their own and treat
// every other as object does, over the exception's __dict__. For a user
// exception class that keeps them, what a cache entry records about a
// name (not on the type, or a plain class attribute) holds while the
// class's version does, exactly as for plain instances; only the dict
// lives elsewhere.

var excGetAttrPC, excSetAttrPC = reflect.ValueOf(excGetAttr).Pointer(), reflect.ValueOf(excSetAttr).Pointer()

// ExcCachedAttrs reports whether attribute access on instances of the
// user class typ is BaseException's: typ derives from an exception
// class whose getattr and setattr are excGetAttr and excSetAttr, and
// defines no __getattribute__, __getattr__, __setattr__ or __delattr__.
// It holds while typ's version does.
func (typ *Type) ExcCachedAttrs() bool {
	if !typ.User || typ.flags()&(flagGetattribute|flagGetattr|flagSetattr|flagDelattr) != 0 {
		return false
	}
	sb := solidBase(typ)
	return sb.IsSubtype(BaseExceptionType) && sb.GetAttr != nil && sb.SetAttr != nil &&
		reflect.ValueOf(sb.GetAttr).Pointer() == excGetAttrPC && reflect.ValueOf(sb.SetAttr).Pointer() == excSetAttrPC
}

// ExcOwnAttr reports whether excGetAttr or excSetAttr answer name
// themselves on instances of typ (args, __traceback__, ...) rather than
// the generic algorithm.
func ExcOwnAttr(typ *Type, name *Str) bool {
	switch name.s {
	case "args", "__traceback__", "__cause__", "__context__", "__suppress_context__":
		return true
	case "value":
		return typ.IsSubtype(StopIterationType)
	case "code":
		return typ.IsSubtype(SystemExitType)
	}
	return false
}

// ExcDict is the __dict__ of the exception v, nil while it has none.
func ExcDict(v Value) *Dict { return AsException(v).Dict }

// ExcDictMade is the __dict__ of the exception v, attached (from the
// room allocated with it, else new) if it had none.
func ExcDictMade(v Value) *Dict { return AsException(v).dict() }
