package direct

const supported = true

// call is in call_amd64.s.
func call(fn, arg, stackTop uintptr)
