//go:build !amd64

package direct

const supported = false

func call(fn, arg, stackTop uintptr) { panic("direct: no trampoline on this architecture") }
