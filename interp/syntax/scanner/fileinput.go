package scanner

import (
	"bytes"
	"strings"

	"github.com/bytepy/bytepy/interp/syntax"
)

// NewFile returns a scanner over a file's bytes as `python3.7 FILE` reads
// them: the tokenizer pulls lines from the open file instead of holding the
// whole text, and only the reports at the end of input and of a bad
// encoding declaration differ from compile()'s. The parser adjusts its
// "unexpected EOF" (see IsFile and FileLines); the rest are made here.
//
// A NUL byte ends what the tokenizer sees of a line (it finds the line's
// end with strchr), and the rest of that line, newline included, is lost:
// the next line continues it. compile() refuses NULs instead.
func NewFile(filename string, src []byte) *Scanner {
	src = dropAfterNUL(src)
	s := New(filename, src)
	s.file = true
	bom := len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF
	if bom {
		src = src[3:]
	}
	name, line := findCookie(src)
	s.raw = name == "" || name == "utf-8"
	s.lfEnd = len(src) > 0 && src[len(src)-1] == '\n'
	if e, ok := s.err.(*syntax.Error); ok && e.Lineno == 0 && name != "" {
		// decodeSource's cookie failures (an unknown name, bytes the codec
		// rejects, a cookie contradicting the BOM). A file's tokenizer meets
		// them while reading the cookie line and says only that the
		// declared encoding is a problem, at that line.
		fe := *e
		if !strings.HasSuffix(fe.Msg, " with BOM") {
			fe.Msg = "encoding problem: " + name
		}
		fe.Lineno, fe.LinenoZero = line, false
		s.err = &fe
	}
	return s
}

// IsFile reports whether the scanner was made by NewFile.
func (s *Scanner) IsFile() bool { return s.file }

// fileEOFInString is the error for a string still open at the end of a
// file. The tokenizer's buffer holds the string's lines, the last one
// given a newline if the file has none. A raw read (the file is taken as
// UTF-8 bytes: no cookie, or one naming exactly utf-8) of a file ending in
// '\n' does not know yet that it is at the end, so it reads once more
// mid-token and makes up an empty line, which joins the buffer. A single-quoted string (continued by a backslash)
// stops at that line's newline; a triple-quoted one reads on, and the
// failing read counts one line more.
func (s *Scanner) fileEOFInString(msg string, triple bool) error {
	text := s.orig[s.bufStart:]
	lineno := s.FileLines() + 1
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	if s.raw && s.lfEnd {
		text += "\n"
		if triple {
			lineno++
		}
	}
	return &syntax.Error{
		Kind:     "SyntaxError",
		Msg:      msg,
		Filename: s.filename,
		Lineno:   lineno,
		Offset:   runeCount(text),
		Text:     text,
	}
}

// FileLines is the number of lines a file's tokenizer has read when it
// meets the end: every line, the last one even without a newline.
func (s *Scanner) FileLines() int {
	n := strings.Count(s.orig, "\n")
	if s.orig != "" && !strings.HasSuffix(s.orig, "\n") {
		n++
	}
	return n
}

// dropAfterNUL removes each NUL byte and the rest of its line, up to and
// including the '\n' that ends it.
func dropAfterNUL(src []byte) []byte {
	i := bytes.IndexByte(src, 0)
	if i < 0 {
		return src
	}
	out := append([]byte(nil), src[:i]...)
	for rest := src[i:]; len(rest) > 0; {
		// rest starts with a NUL: skip to the end of its line.
		nl := bytes.IndexByte(rest, '\n')
		if nl < 0 {
			break
		}
		rest = rest[nl+1:]
		j := bytes.IndexByte(rest, 0)
		if j < 0 {
			out = append(out, rest...)
			break
		}
		out = append(out, rest[:j]...)
		rest = rest[j:]
	}
	return out
}
