package py

import "strconv"

// appendPercentPlain appends a conversion that directly follows its '%'
// (so no flag, width, precision or length modifier applies): %s of an
// exact str and %d, %i, %u, %x, %o of an inline int, as the general path would
// format them. ok is false for anything else.
func appendPercentPlain(dst []byte, conv byte, v Value) ([]byte, bool) {
	switch conv {
	case 's':
		if v.Type() == StrType {
			return append(dst, StrOf(v)...), true
		}
	case 'd', 'i', 'u':
		if v.IsInt() {
			return appendIntDec(dst, v.Int()), true
		}
	case 'x':
		if v.IsInt() {
			return appendIntHex(dst, v.Int()), true // "-ff" as %x gives
		}
	case 'o':
		if v.IsInt() {
			return strconv.AppendInt(dst, v.Int(), 8), true
		}
	}
	return dst, false
}
