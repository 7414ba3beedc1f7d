package py

// Small enough for the Go compiler to inline into vm's unary builtin fast
// path (vm/callunary.go), where Chr and OrdExact are calls: the one-byte
// case of chr(i) and ord(c) in a loop like `t += chr(ord(ch) ^ 1)`.

// ASCIIChar is the shared one-character str of the ascii code c (< 0x80).
func ASCIIChar(c byte) Value { return asciiChars[c&0x7f] }

// OrdASCII is ord(v) when v is an exact one-character ascii str; ok is
// false otherwise (OrdExact then decides).
func OrdASCII(v Value) (int64, bool) {
	if v.Type() == StrType {
		if s := (*Str)(v.p); len(s.s) == 1 && s.s[0] < 0x80 {
			return int64(s.s[0]), true
		}
	}
	return 0, false
}
