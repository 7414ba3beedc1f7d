package cmathmod

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/lib/internal/libm"
)

// TestSpecialValues checks every function on infinite, NaN, signed-zero
// and ordinary parts against testdata/special.golden (CPython's results).
func TestSpecialValues(t *testing.T) {
	if !libm.Exact {
		t.Skip("built without cgo: last-bit differences from the C library expected")
	}
	f, err := os.Open("testdata/special.golden")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	unary := map[string]func(complex128) (complex128, errno){
		"sqrt": cSqrt, "exp": cExp, "log": cLog, "log10": cLog10,
		"acos": cAcos, "acosh": cAcosh, "asinh": cAsinh, "atanh": cAtanh,
		"asin": viaRotation(cAsinh), "atan": viaRotation(cAtanh),
		"cos": func(z complex128) (complex128, errno) { return cCosh(rotate(z)) },
		"sin": viaRotation(cSinh), "tan": viaRotation(cTanh),
		"cosh": cCosh, "sinh": cSinh, "tanh": cTanh,
		"rect": func(z complex128) (complex128, errno) { return rect(real(z), imag(z)) },
		"polar": func(z complex128) (complex128, errno) {
			r, e := abs(z)
			return complex(r, phase(z)), e
		},
	}
	preds := map[string]func(complex128) bool{
		"isfinite": func(z complex128) bool { return finite(real(z)) && finite(imag(z)) },
		"isinf":    func(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) },
		"isnan":    func(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) },
	}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		name, want := fs[0], strings.Join(fs[3:], " ")
		z := complex(parse(t, fs[1]), parse(t, fs[2]))
		var got string
		switch {
		case name == "phase":
			got = constant.FloatRepr(phase(z))
		case preds[name] != nil:
			got = "False"
			if preds[name](z) {
				got = "True"
			}
		default:
			r, e := unary[name](z)
			switch e {
			case edom:
				got = "ValueError"
			case erange:
				got = "OverflowError"
			default:
				got = constant.FloatRepr(real(r)) + " " + constant.FloatRepr(imag(r))
			}
		}
		if got != want {
			t.Errorf("%s(%s, %s) = %s, want %s", name, fs[1], fs[2], got, want)
		}
		n++
	}
	if n < 1000 {
		t.Fatalf("only %d golden cases", n)
	}
}

func parse(t *testing.T, s string) float64 {
	switch s {
	case "inf":
		return math.Inf(1)
	case "-inf":
		return math.Inf(-1)
	case "nan":
		return math.NaN()
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return x
}
