package py

import "strings"

// The commonest str methods in their commonest forms (no keywords, the
// usual argument count, exact str arguments, an ascii receiver where the
// answer depends on it) are answered by a front before the general
// wrapper of initStrMethods, which checks the arity table and keywords
// and then calls through one or two more closures. Anything else goes to
// that wrapper, whose results and errors are the reference.

type strMethodFn = func(t *Thread, a []Value, kw []string) (Value, *Exception)

// strFront returns the front for the method name, or general itself.
func strFront(name string, general strMethodFn) strMethodFn {
	switch name {
	case "upper", "lower":
		up := name == "upper"
		return func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if len(a) == 1 && len(kw) == 0 {
				if s := AsStr(a[0]); s.meta>>metaKindShift == 1 {
					return asciiCase(s, up), nil
				}
			}
			return general(t, a, kw)
		}
	case "strip", "lstrip", "rstrip":
		kind := strings.Index("slr", name[:1]) // 0 strip, 1 lstrip, 2 rstrip
		return func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if len(a) == 1 && len(kw) == 0 {
				if s := AsStr(a[0]); s.meta>>metaKindShift == 1 {
					// ascii whitespace is all at or below ' ', so an exact
					// str whose strip-side ends are above it is its own
					// result (3.7 returns self) with no scan
					if n := len(s.s); n > 0 && s.typ == StrType && (kind == 2 || s.s[0] > ' ') && (kind == 1 || s.s[n-1] > ' ') {
						return a[0], nil
					}
					return asciiStrip(s, kind), nil
				}
			}
			return general(t, a, kw)
		}
	case "startswith", "endswith":
		suffix := name == "endswith"
		return func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if len(a) == 2 && len(kw) == 0 && a[1].Type() == StrType {
				s, p := AsStr(a[0]).s, AsStr(a[1]).s
				if suffix {
					return MakeBool(strings.HasSuffix(s, p)), nil
				}
				return MakeBool(strings.HasPrefix(s, p)), nil
			}
			return general(t, a, kw)
		}
	case "find":
		return func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if len(a) == 2 && len(kw) == 0 && a[1].Type() == StrType {
				if s := AsStr(a[0]); s.meta>>metaKindShift == 1 {
					// byte offsets are code point offsets in ascii text
					return MakeInt(int64(strings.Index(s.s, AsStr(a[1]).s))), nil
				}
			}
			return general(t, a, kw)
		}
	case "replace":
		return func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if len(a) == 3 && len(kw) == 0 && a[1].Type() == StrType && a[2].Type() == StrType {
				if old := AsStr(a[1]); len(old.s) > 0 {
					return strReplace(AsStr(a[0]), old, AsStr(a[2]), -1), nil
				}
			}
			return general(t, a, kw)
		}
	case "join":
		return func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if len(a) == 2 && len(kw) == 0 {
				if r := strJoinFast(AsStr(a[0]), a[1]); !r.IsNull() {
					return r, nil
				}
			}
			return general(t, a, kw)
		}
	case "split":
		return func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			if len(a) == 2 && len(kw) == 0 && a[1].Type() == StrType {
				if sep := AsStr(a[1]).s; len(sep) > 0 {
					return strSplitSep(AsStr(a[0]), sep), nil
				}
			}
			return general(t, a, kw)
		}
	}
	return general
}
