package py

import (
	"math"
	"math/bits"
	"strconv"
	"unsafe"
)

// Parsed %-format templates. "%s:%d:%x" % (w, i, i) in a loop scans the
// same constant text for its directives on every call; a thread keeps
// its last few scans, keyed by the text, as it keeps str.format
// templates (strformat_cache.go). Only plain templates are kept: every
// directive a conversion among s d i u x o right after its '%', or a
// "%%". Anything else (flags, widths, mapping keys, other conversions,
// a trailing '%') is marked not plain and keeps the general scan, which
// raises its errors in their usual order.

// pctTemplate is a plain %-template: lits[k] is the text before
// conversion k ("%%" already made '%'), the last one the text after
// the last conversion; convs holds the conversions, with i and u as d.
type pctTemplate struct {
	lits  []string
	convs []byte
	ascii bool // the format is ascii
}

// plainPercent is format's scan when it is plain, else nil.
func (t *Thread) plainPercent(format string) *pctTemplate {
	return t.pcts.get(format, parsePlainPercent)
}

// parsePlainPercent scans format as appendPercentItems does, giving up
// (nil) at any directive that is not plain.
func parsePlainPercent(format string) *pctTemplate {
	tp := &pctTemplate{ascii: isASCIIText(format)}
	var lit []byte
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			lit = append(lit, format[i])
			continue
		}
		i++
		if i >= len(format) {
			return nil
		}
		c := format[i]
		switch c {
		case '%':
			lit = append(lit, '%')
			continue
		case 'i', 'u':
			c = 'd'
		case 's', 'd', 'x', 'o':
		default:
			return nil
		}
		tp.lits = append(tp.lits, string(lit))
		tp.convs = append(tp.convs, c)
		lit = lit[:0]
	}
	tp.lits = append(tp.lits, string(lit))
	return tp
}

// appendPlainPercent is appendPercentItems for a plain template whose
// conversions match items one to one. ok is false (and dst to be
// dropped) at an item it does not format itself: an int subclass, a
// bool, a float, a str for a number conversion and so on.
func appendPlainPercent(dst []byte, tp *pctTemplate, items []Value) (_ []byte, ascii, ok bool) {
	ascii = tp.ascii
	for k, c := range tp.convs {
		if l := tp.lits[k]; l != "" {
			dst = append(dst, l...)
		}
		v := items[k]
		if v.IsInt() {
			switch c {
			case 's', 'd':
				dst = appendIntDec(dst, v.Int())
			case 'x':
				dst = appendIntHex(dst, v.Int())
			default:
				dst = strconv.AppendInt(dst, v.Int(), 8)
			}
			continue
		}
		if c != 's' || v.Type() != StrType {
			return dst, false, false
		}
		s := AsStr(v)
		ascii = ascii && s.isASCII()
		dst = append(dst, s.s...)
	}
	if l := tp.lits[len(tp.convs)]; l != "" {
		dst = append(dst, l...)
	}
	return dst, ascii, true
}

// decPairs is the two digits of every number below 100.
const decPairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

// pow10u32 is 10^k for each k that fits 32 bits.
var pow10u32 = [10]uint32{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9}

// appendUintDec is strconv.AppendUint(dst, u, 10). The numbers below
// 10^9 (counters, indices, lengths) have their length worked out first
// and are written straight into dst, two digits a step, when dst has
// the room.
func appendUintDec(dst []byte, u uint64) []byte {
	n := len(dst)
	if u >= 1e9 || cap(dst)-n < 9 {
		return strconv.AppendUint(dst, u, 10)
	}
	x := uint32(u)
	if x < 10 {
		return append(dst, byte('0'+x))
	}
	d := uint(bits.Len32(x)) * 1233 >> 12 // log10(x) or one less
	if x >= pow10u32[d%10] {
		d++
	}
	dst = dst[:n+int(d)]
	p := unsafe.Pointer(unsafe.SliceData(dst[n:]))
	pairs := unsafe.Pointer(unsafe.StringData(decPairs))
	for x >= 100 {
		q := x / 100
		r := (x - q*100) * 2
		d -= 2
		*(*[2]byte)(unsafe.Add(p, d)) = *(*[2]byte)(unsafe.Add(pairs, r))
		x = q
	}
	if x >= 10 {
		*(*[2]byte)(p) = *(*[2]byte)(unsafe.Add(pairs, x*2))
	} else {
		*(*byte)(p) = byte('0' + x)
	}
	return dst
}

// appendIntDec is strconv.AppendInt(dst, n, 10).
func appendIntDec(dst []byte, n int64) []byte {
	if n < 0 {
		return strconv.AppendInt(dst, n, 10)
	}
	return appendUintDec(dst, uint64(n))
}

// appendIntHex is strconv.AppendInt(dst, n, 16) ("-ff" for -255, as %x
// gives), written straight into dst as appendUintDec does.
func appendIntHex(dst []byte, n int64) []byte {
	k := len(dst)
	if n < 0 || n >= 1<<32 || cap(dst)-k < 8 {
		return strconv.AppendInt(dst, n, 16)
	}
	x := uint32(n)
	d := uint(bits.Len32(x)+3) / 4
	if d == 0 {
		return append(dst, '0')
	}
	dst = dst[:k+int(d)]
	p := unsafe.Pointer(unsafe.SliceData(dst[k:]))
	for d > 0 {
		d--
		*(*byte)(unsafe.Add(p, d)) = "0123456789abcdef"[x&15]
		x >>= 4
	}
	return dst
}

// pow10f64 is 10^k for the k whose power a float64 holds exactly.
var pow10f64 = [10]float64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9}

// appendFixed is strconv.AppendFloat(dst, ax, 'f', prec, 64) for ax >= 0.
// When ax*10^prec is below 2^31 the product is off from the exact one
// by at most 2^-23 (10^prec is exact, the product rounded once), so
// rounding it to an integer gives the correctly rounded digits unless
// it lies within 10^-6 of a tie; those, and everything larger or more
// precise, go to strconv.
func appendFixed(dst []byte, ax float64, prec int) []byte {
	if uint(prec) > 9 || !(ax < 1e9) {
		return strconv.AppendFloat(dst, ax, 'f', prec, 64)
	}
	y := ax * pow10f64[prec]
	if !(y < 1<<31) {
		return strconv.AppendFloat(dst, ax, 'f', prec, 64)
	}
	fl := math.Floor(y)
	fr := y - fl
	if fr > 0.5-1e-6 && fr < 0.5+1e-6 {
		return strconv.AppendFloat(dst, ax, 'f', prec, 64)
	}
	q := uint32(fl)
	if fr > 0.5 {
		q++
	}
	if prec == 0 {
		return appendUintDec(dst, uint64(q))
	}
	p10 := pow10u32[prec]
	dst = appendUintDec(dst, uint64(q/p10))
	frac := q % p10
	k := len(dst)
	dst = append(dst, ".000000000"[:prec+1]...)
	for j := k + prec; j > k; j-- {
		dst[j] = byte('0' + frac%10)
		frac /= 10
	}
	return dst
}
