package py

// strArity is how many arguments (after self) each str method takes, and
// which of 3.7's argument parsers words its TypeError: METH_NOARGS,
// METH_O, PyArg_ParseTuple's "at least"/"at most", or PyArg_UnpackTuple
// (the strips). Checked once in the method wrapper, before the method.
type arity struct {
	min, max int8
	unpack   bool // "NAME expected at most N arguments, got M"
}

var strArity = func() map[string]arity {
	t := map[string]arity{
		"center": {1, 2, false}, "ljust": {1, 2, false}, "rjust": {1, 2, false},
		"count": {1, 3, false}, "find": {1, 3, false}, "rfind": {1, 3, false},
		"index": {1, 3, false}, "rindex": {1, 3, false},
		"startswith": {1, 3, false}, "endswith": {1, 3, false},
		"replace": {2, 3, false}, "expandtabs": {0, 1, false},
		"split": {0, 2, false}, "rsplit": {0, 2, false}, "splitlines": {0, 1, false},
		"strip": {0, 1, true}, "lstrip": {0, 1, true}, "rstrip": {0, 1, true},
	}
	for _, n := range []string{"capitalize", "casefold", "isalnum", "isalpha", "isascii",
		"isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable",
		"isspace", "istitle", "isupper", "lower", "swapcase", "title", "upper"} {
		t[n] = arity{0, 0, false}
	}
	for _, n := range []string{"format_map", "join", "partition", "rpartition", "translate", "zfill"} {
		t[n] = arity{1, 1, false}
	}
	return t
}()

// err is the TypeError for n arguments.
func (a arity) err(name string, n int) *Exception {
	switch {
	case a.unpack:
		return Errorf(TypeErrorType, "%s expected at most %d arguments, got %d", name, a.max, n)
	case a.max == 0:
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, n)
	case a.min == 1 && a.max == 1:
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, n)
	case n < int(a.min):
		return Errorf(TypeErrorType, "%s() takes at least %d argument%s (%d given)", name, a.min, plural(int(a.min)), n)
	}
	return Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", name, a.max, plural(int(a.max)), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// cIntArg is a C int argument as 3.7's "i" format reads it (expandtabs'
// tabsize, splitlines' keepends): ints and __int__, never floats.
func cIntArg(t *Thread, v Value) (int64, *Exception) {
	switch {
	case v.IsInt() || v.IsBool():
		return v.Int(), nil
	case isBig(v):
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C long")
	case v.Type().IsSubtype(FloatType):
		return 0, NewTypeError("integer argument expected, got float")
	case v.Type().IsSubtype(IntType):
		return cIntArg(t, Unbox(v))
	case v.Type().ToInt != nil:
		r, err := v.Type().ToInt(t, v)
		if err != nil {
			return 0, err
		}
		if !IsIntLike(r) && !r.Type().IsSubtype(IntType) {
			return 0, Errorf(TypeErrorType, "__int__ returned non-int (type %s)", TypeName(r))
		}
		return cIntArg(t, r)
	}
	return 0, Errorf(TypeErrorType, "an integer is required (got type %s)", TypeName(v))
}

// ssizeArg is a Py_ssize_t argument as 3.7's "n" format reads it
// (replace's count): __index__, never floats.
func ssizeArg(t *Thread, v Value) (int64, *Exception) {
	switch {
	case v.Type().IsSubtype(FloatType):
		return 0, NewTypeError("integer argument expected, got float")
	case isBig(v):
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return IndexInt(t, v)
}

// CIntArg is cIntArg for callers outside py (chr's argument).
func CIntArg(t *Thread, v Value) (int64, *Exception) { return cIntArg(t, v) }
