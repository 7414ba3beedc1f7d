package py

import "unsafe"

// The one-character strs of Latin-1, shared as CPython shares them
// (asciiChars, latin1Chars): made in three blocks — the headers, the
// text, the latin-1 ones' code point tables — instead of 256 interned
// strs and 128 tables, which were a tenth of the package's start-up. Intern
// hands out the same objects (internChar), so 'a' from the compiler, s[0]
// and chr(97) are one str.
func initChars() {
	strs := make([]Str, 256)
	text := make([]byte, 128+2*128)
	runes := make([]rune, 128)
	tables := make([][]rune, 128)
	for i := 0; i < 128; i++ {
		text[i] = byte(i)
		text[128+2*i] = 0xC0 | byte((0x80+i)>>6)
		text[128+2*i+1] = 0x80 | byte((0x80+i)&0x3F)
		runes[i] = rune(0x80 + i)
		tables[i] = runes[i : i+1 : i+1]
	}
	all := string(text)
	for i := 0; i < 256; i++ {
		var s string
		if i < 128 {
			s = all[i : i+1]
		} else {
			s = all[128+2*(i-128) : 128+2*(i-128)+2]
		}
		st := &strs[i]
		internMu.Lock()
		if old, ok := interned[s]; ok {
			// interned by a package variable before this ran
			st = old
		}
		internMu.Unlock()
		if st == &strs[i] {
			st.typ = StrType
			st.s = s
			st.Hash()
			if i < 128 {
				st.setKind(1)
			} else {
				st.setKind(2)
				st.ext = unsafe.Pointer(&tables[i-128])
			}
		} else if i >= 128 {
			st.runeTable()
		}
		if i < 128 {
			asciiChars[i] = st.V()
		} else {
			latin1Chars[i-128] = st.V()
		}
	}
}

// internChar is Intern's answer for a one-character Latin-1 s once the
// tables are made, else nil.
func internChar(s string) *Str {
	switch {
	case len(s) == 1 && s[0] < 0x80:
		return (*Str)(asciiChars[s[0]].p)
	case len(s) == 2 && (s[0] == 0xC2 || s[0] == 0xC3) && s[1]&0xC0 == 0x80:
		return (*Str)(latin1Chars[int(s[0]&0x1F)<<6|int(s[1]&0x3F)-0x80].p)
	}
	return nil
}
