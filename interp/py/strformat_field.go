package py

import "math"

// fieldIndex reads a str.format field name part ("0" in "{0}", "1" in
// "{0[1]}") as 3.7's get_integer does: a number only if every character
// is a decimal digit, so "+1", "-1" and " 1" are names (strconv.Atoi
// would take the signs). ok is false for a name; err is 3.7's
// ValueError for a number too big for a Py_ssize_t. Non-ascii decimal
// digits, which 3.7 also reads, are left to be names.
func fieldIndex(s string) (n int, ok bool, err *Exception) {
	if s == "" {
		return 0, false, nil
	}
	for i := 0; i < len(s); i++ {
		d := int(s[i]) - '0'
		if d < 0 || d > 9 {
			return 0, false, nil
		}
		if n > (math.MaxInt64-d)/10 {
			return 0, false, NewValueError("Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	return n, true, nil
}
