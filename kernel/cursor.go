package kernel

import "unicode/utf8"

// The protocol counts cursor positions in Unicode code points (since 5.2);
// Go strings and the Engine count bytes. These convert at the boundary.

// cursorByte turns a code-point cursor (nil meaning the end) into a byte
// offset, clamped to the code.
func cursorByte(code string, cursor *int) int {
	if cursor == nil {
		return len(code)
	}
	n := *cursor
	if n <= 0 {
		return 0
	}
	for i := range code {
		if n == 0 {
			return i
		}
		n--
	}
	return len(code)
}

// runeOffset turns a byte offset into a code-point count, clamped.
func runeOffset(code string, b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(code) {
		b = len(code)
	}
	return utf8.RuneCountInString(code[:b])
}
