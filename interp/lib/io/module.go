// Package iomod provides bytepy's io module: StringIO and BytesIO, in
// Python (io.py, built in with go:embed). A StringIO is an ordinary
// object with a write method, which is all print(file=...) and
// contextlib.redirect_stdout need from it.
package iomod

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed io.py
var src []byte

func init() {
	vm.RegisterSourceModule("io", "<frozen io>", src)
}
