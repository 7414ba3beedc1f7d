package py

import (
	"strings"
	"unsafe"
)

// strSplitASCII is strSplitSep for an ascii s with m > 1 pieces. The
// longer pieces are made as newStrBuf makes one ascii str, but all in one
// pointer-free block: m headers, then their texts, each header's s
// pointing into the block (a piece referred to from anywhere keeps the
// whole block alive, as an interior pointer does). Empty and one-char
// pieces are the shared strs, as in CPython.
func strSplitASCII(s *Str, sep string, m int) Value {
	out := make([]Value, m)
	// first pass: the pieces' bounds, kept in out's n words meanwhile
	nhdr, text := 0, 0
	rest := s.s
	off := 0
	for k := 0; k < m; k++ {
		j := len(rest)
		if k < m-1 {
			j = strings.Index(rest, sep)
		}
		if j > 1 {
			nhdr++
			text += j
		}
		out[k].n = uint64(off)<<32 | uint64(j)
		if k < m-1 {
			rest = rest[j+len(sep):]
			off += j + len(sep)
		}
	}
	var raw []byte
	if nhdr > 0 {
		raw = make([]byte, nhdr*int(strHdr)+text)
	}
	h, pos := 0, nhdr*int(strHdr)
	for k := range out {
		i, n := int(out[k].n>>32), int(uint32(out[k].n))
		out[k].n = 0
		switch n {
		case 0:
			out[k] = emptyStr.V()
		case 1:
			out[k] = asciiChars[s.s[i]]
		default:
			st := (*Str)(unsafe.Pointer(&raw[h*int(strHdr)]))
			h++
			st.typ = StrType
			copy(raw[pos:pos+n], s.s[i:i+n])
			out[k] = st.done(raw[pos:pos+n], 1)
			pos += n
		}
	}
	return NewList(out)
}
