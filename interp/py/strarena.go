package py

import "unsafe"

// StrArena makes strs that are kept for as long as their maker runs and
// are made one at a time, for years of a session (a kernel's _iN names):
// instead of one allocation each, rounded up to a size class among the
// short-lived objects of the same size, they are packed back to back in
// shared blocks. A block is pointer-free, like the one newStrBuf makes
// for a short ascii str, and for the same reasons; it is freed when no
// str in it is referenced any more.
type StrArena struct {
	block []byte // the unused rest of the current block
}

// strArenaBlock is the size of a block: a few hundred short names.
const strArenaBlock = 16 << 10

// New is NewStr(s), packed in the arena when s is short ascii text.
func (a *StrArena) New(s string) Value {
	if len(s) <= 1 || len(s) > smallCopy || !isASCIIText(s) {
		return NewStr(s)
	}
	// Headers stay 8-byte aligned: blocks are, and every str takes a
	// multiple of 8 bytes.
	n := (int(strHdr) + len(s) + 7) &^ 7
	if len(a.block) < n {
		a.block = make([]byte, strArenaBlock)
	}
	raw := a.block[:n:n]
	a.block = a.block[n:]
	st := (*Str)(unsafe.Pointer(&raw[0]))
	st.typ = StrType
	buf := raw[strHdr : int(strHdr)+len(s)]
	copy(buf, s)
	st.s = unsafe.String(&buf[0], len(buf))
	return st.done(buf, 1)
}
