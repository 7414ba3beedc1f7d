// Package jsonmod is the json module, following CPython 3.7's behaviour:
// its output text, float and int spelling, and error messages with their
// positions. The API and the encoder's walk over containers are Python
// (json.py, embedded); the per-character work — quoting strings and
// scanning a document — is Go, in the private module _json, as it is C
// in CPython.
package jsonmod

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed json.py
var jsonSource []byte

func init() {
	vm.RegisterModule("_json", func(it *vm.Interp, m *py.Module) error {
		m.Dict.SetStr("encode_basestring", py.NewBuiltin("encode_basestring", quoter(false)))
		m.Dict.SetStr("encode_basestring_ascii", py.NewBuiltin("encode_basestring_ascii", quoter(true)))
		m.Dict.SetStr("scan_once", py.NewBuiltin("scan_once", scanOnce))
		return nil
	})
	vm.RegisterSourceModule("json", "<frozen json>", jsonSource)
}

const hexDigits = "0123456789abcdef"

// quoter returns encode_basestring(_ascii): s in double quotes with the
// JSON escapes; with ascii, every non-ASCII character as \uXXXX (a
// surrogate pair above the BMP).
func quoter(ascii bool) func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	return func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 1 {
			return py.Null, py.Errorf(py.TypeErrorType, "function takes exactly 1 argument (%d given)", len(a))
		}
		if !py.IsInstance(a[0], py.StrType) {
			return py.Null, py.Errorf(py.TypeErrorType, "first argument must be a string, not %s", py.TypeName(a[0]))
		}
		return py.NewStr(quote(py.StrOf(a[0]), ascii)), nil
	}
}

func quote(s string, ascii bool) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	u4 := func(r rune) {
		b.WriteString(`\u`)
		for sh := 12; sh >= 0; sh -= 4 {
			b.WriteByte(hexDigits[(r>>uint(sh))&0xf])
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 && i+2 < len(s) && s[i]&0xf0 == 0xe0 {
			// A lone surrogate stored as its raw WTF-8 bytes.
			r = rune(s[i]&0x0f)<<12 | rune(s[i+1]&0x3f)<<6 | rune(s[i+2]&0x3f)
			size = 3
		}
		i += size
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20:
				u4(r)
			case r < 0x7f || !ascii:
				b.WriteString(s[i-size : i])
			case r < 0x10000:
				u4(r)
			default:
				r -= 0x10000
				u4(0xd800 | (r >> 10))
				u4(0xdc00 | (r & 0x3ff))
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
