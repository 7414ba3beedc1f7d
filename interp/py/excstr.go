package py

import "unsafe"

// str(e) of an exception whose __str__ is BaseException's and whose one
// argument is an exact str (`except ValueError as e: str(e)`) is that
// str itself: BaseException.__str__ returns str(args[0]), and str() of an
// exact str is the same object in CPython too. It is found without
// formatting the text into a new str.

// excStrCode is the function value of BaseException's Str slot: Go
// funcs do not compare, but a top-level function's value is one static
// record, whose address does.
var excStrCode unsafe.Pointer

func init() {
	f := excStr
	excStrCode = *(*unsafe.Pointer)(unsafe.Pointer(&f))
}

func isExcStr(f func(*Thread, Value) (string, *Exception)) bool {
	return f != nil && *(*unsafe.Pointer)(unsafe.Pointer(&f)) == excStrCode
}

// excStrArg is str(v) when that is v's only argument, an exact str.
func excStrArg(v Value) (Value, bool) {
	typ := v.Type()
	if typ.User {
		// a class statement's Str looks for __str__ along the MRO and
		// otherwise defers to its solid base's
		if !userLookup(typ, dStr).IsNull() || !isExcStr(solidBase(typ).Str) {
			return Null, false
		}
		v = Unbox(v)
	} else if !isExcStr(typ.Str) {
		return Null, false
	}
	a := AsException(v).ArgsSlice()
	if len(a) != 1 || a[0].Type() != StrType {
		return Null, false
	}
	return a[0], true
}
