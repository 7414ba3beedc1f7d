package py

import "unsafe"

// strSplitByte is strSplitSep for a one-byte separator and a short s:
// one pass finds the separators, a word at a time (strswar.go; Count
// and an Index per piece would each set up a vector search), then the
// pieces are made as there. ok is false when there are too many pieces
// for the pass's table.
func strSplitByte(s *Str, c byte) (Value, bool) {
	var at [24]int // separator offsets
	m, ok := byteOffsets(s.s, c, at[:])
	if !ok {
		return Null, false
	}
	if m == 0 && s.typ == StrType {
		return NewList([]Value{s.V()}), true
	}
	ascii := s.isASCII()
	l, out, hdrs := splitParts(m + 1)
	start := 0
	for k := 0; k <= m; k++ {
		end := len(s.s)
		if k < m {
			end = at[k]
		}
		switch piece := s.s[start:end]; {
		case len(piece) == 0:
			out[k] = emptyStr.V()
		case len(piece) == 1 && piece[0] < 0x80:
			out[k] = asciiChars[piece[0]]
		default:
			h := &hdrs[k]
			h.typ = StrType
			h.s = piece
			if ascii {
				h.meta = metaASCII
			}
			out[k] = h.V()
		}
		start = end + 1
	}
	return valueOf(unsafe.Pointer(l)), true
}
