package libm

import "github.com/bytepy/bytepy/interp/py"

// The object model's complex power uses these too, so that complex and
// negative-base float powers round as CPython's do.
func init() {
	py.Libm.Pow, py.Libm.Atan2, py.Libm.Hypot = Pow, Atan2, Hypot
	py.Libm.Cos, py.Libm.Sin, py.Libm.Exp, py.Libm.Log = Cos, Sin, Exp, Log
}
