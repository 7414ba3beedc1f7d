package magics

import (
	"math"
	"strconv"
	"strings"
)

// FormatTime is IPython's _format_time: seconds as "1min 5s" from a minute
// up, otherwise "%.*g" in s, ms, µs or ns, whichever keeps 1 to 3 digits
// before the point. micro is the unit's prefix ("µ", or "u" where the output
// cannot encode it).
func FormatTime(t float64, precision int, micro string) string {
	if t >= 60 {
		parts := []struct {
			suffix string
			length float64
		}{{"d", 86400}, {"h", 3600}, {"min", 60}, {"s", 1}}
		var out []string
		left := t
		for _, p := range parts {
			v := math.Trunc(left / p.length)
			if v > 0 {
				left = math.Mod(left, p.length)
				out = append(out, strconv.FormatFloat(v, 'f', 0, 64)+p.suffix)
			}
			if left < 1 {
				break
			}
		}
		return strings.Join(out, " ")
	}
	units := [4]string{"s", "ms", micro + "s", "ns"}
	scaling := [4]float64{1, 1e3, 1e6, 1e9}
	order := 3
	if t > 0 {
		// Python's -int(floor(log10(t)) // 3): floor division of a float.
		order = int(-math.Floor(math.Floor(math.Log10(t)) / 3))
		if order > 3 {
			order = 3
		}
	}
	return formatG(t*scaling[order], precision) + " " + units[order]
}

// formatG is Python's "%.*g": like Go's 'g' but with at least two exponent
// digits, which strconv already gives.
func formatG(v float64, precision int) string {
	if precision == 0 {
		precision = 1
	}
	return strconv.FormatFloat(v, 'g', precision, 64)
}
