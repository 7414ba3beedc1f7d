package timemod

import (
	"strconv"
	"strings"
	gotime "time"

	"github.com/bytepy/bytepy/interp/py"
)

var (
	dayNames   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
)

// strftime(format, tuple) formats as glibc's strftime in the C locale;
// an unknown directive is copied through, as glibc does.
func strftime(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 2 {
		return py.Null, py.Errorf(py.TypeErrorType, "strftime() takes exactly 2 arguments (%d given)", len(a))
	}
	if !py.IsStr(a[0]) {
		return py.Null, py.Errorf(py.TypeErrorType, "strftime() argument 1 must be str, not %s", py.TypeName(a[0]))
	}
	f, zone, off, hasZone, err := fields("strftime", a[1])
	if err != nil {
		return py.Null, err
	}
	if f[1] < 1 || f[1] > 12 {
		if f[1] != 0 {
			return py.Null, py.NewValueError("month out of range")
		}
		f[1] = 1
	}
	if f[2] < 1 || f[2] > 31 {
		if f[2] != 0 {
			return py.Null, py.NewValueError("day of month out of range")
		}
		f[2] = 1
	}
	switch {
	case f[3] < 0 || f[3] > 23:
		return py.Null, py.NewValueError("hour out of range")
	case f[4] < 0 || f[4] > 59:
		return py.Null, py.NewValueError("minute out of range")
	case f[5] < 0 || f[5] > 61:
		return py.Null, py.NewValueError("seconds out of range")
	case f[6] < 0:
		return py.Null, py.NewValueError("day of week out of range")
	case f[7] < 0 || f[7] > 366:
		return py.Null, py.NewValueError("day of year out of range")
	}
	if f[7] == 0 {
		f[7] = 1
	}
	f[6] %= 7
	if !hasZone {
		zone, off = gotime.Now().Zone()
		if f[8] > 0 {
			zone, off = gotime.Date(f[0], 7, 1, 0, 0, 0, 0, gotime.Local).Zone()
		}
	}
	return py.NewStr(Format(py.StrOf(a[0]), f, zone, off)), nil
}

// Format expands the directives of format for the broken-down time f
// (year, month, day, hour, minute, second, weekday Monday=0, yearday,
// isdst).
func Format(format string, f [9]int, zone string, off int) string {
	var sb strings.Builder
	pad := func(n, w int, c byte) {
		s := strconv.Itoa(n)
		for i := len(s); i < w; i++ {
			sb.WriteByte(c)
		}
		sb.WriteString(s)
	}
	sunday := (f[6] + 1) % 7 // C's tm_wday: Sunday=0
	hour12 := f[3] % 12
	if hour12 == 0 {
		hour12 = 12
	}
	week := func(first int) int { // %U (first=0, Sunday) / %W (first=1, Monday)
		wd := (sunday - first + 7) % 7
		return (f[7] - 1 + 7 - wd) / 7
	}
	var directive func(c byte) bool
	directive = func(c byte) bool {
		switch c {
		case 'a':
			sb.WriteString(dayNames[f[6]][:3])
		case 'A':
			sb.WriteString(dayNames[f[6]])
		case 'b', 'h':
			sb.WriteString(monthNames[f[1]-1][:3])
		case 'B':
			sb.WriteString(monthNames[f[1]-1])
		case 'c':
			directive('a')
			sb.WriteByte(' ')
			directive('b')
			sb.WriteByte(' ')
			pad(f[2], 2, ' ')
			sb.WriteByte(' ')
			directive('T')
			sb.WriteByte(' ')
			pad(f[0], 1, '0')
		case 'C':
			pad(f[0]/100, 2, '0')
		case 'd':
			pad(f[2], 2, '0')
		case 'D', 'x':
			directive('m')
			sb.WriteByte('/')
			directive('d')
			sb.WriteByte('/')
			directive('y')
		case 'e':
			pad(f[2], 2, ' ')
		case 'F':
			pad(f[0], 1, '0')
			sb.WriteByte('-')
			directive('m')
			sb.WriteByte('-')
			directive('d')
		case 'H':
			pad(f[3], 2, '0')
		case 'I':
			pad(hour12, 2, '0')
		case 'j':
			pad(f[7], 3, '0')
		case 'k':
			pad(f[3], 2, ' ')
		case 'l':
			pad(hour12, 2, ' ')
		case 'm':
			pad(f[1], 2, '0')
		case 'M':
			pad(f[4], 2, '0')
		case 'n':
			sb.WriteByte('\n')
		case 'p':
			if f[3] < 12 {
				sb.WriteString("AM")
			} else {
				sb.WriteString("PM")
			}
		case 'r':
			directive('I')
			sb.WriteByte(':')
			directive('M')
			sb.WriteByte(':')
			directive('S')
			sb.WriteByte(' ')
			directive('p')
		case 'R':
			directive('H')
			sb.WriteByte(':')
			directive('M')
		case 'S':
			pad(f[5], 2, '0')
		case 't':
			sb.WriteByte('\t')
		case 'T', 'X':
			directive('H')
			sb.WriteByte(':')
			directive('M')
			sb.WriteByte(':')
			directive('S')
		case 'u':
			pad(f[6]+1, 1, '0')
		case 'U':
			pad(week(0), 2, '0')
		case 'w':
			pad(sunday, 1, '0')
		case 'W':
			pad(week(1), 2, '0')
		case 'y':
			pad(((f[0]%100)+100)%100, 2, '0')
		case 'Y':
			pad(f[0], 1, '0')
		case 'z':
			sign := byte('+')
			if off < 0 {
				sign, off = '-', -off
			}
			sb.WriteByte(sign)
			pad(off/3600, 2, '0')
			pad(off/60%60, 2, '0')
		case 'Z':
			sb.WriteString(zone)
		case '%':
			sb.WriteByte('%')
		default:
			return false
		}
		return true
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			sb.WriteByte(c)
			continue
		}
		i++
		if !directive(format[i]) {
			sb.WriteByte('%')
			sb.WriteByte(format[i])
		}
	}
	return sb.String()
}
