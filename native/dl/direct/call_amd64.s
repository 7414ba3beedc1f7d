#include "textflag.h"

// func call(fn, arg, stackTop uintptr)
//
// Calls the C function fn(arg) on the C stack that ends at stackTop,
// without the runtime's cgocall bookkeeping (see direct.go for when that
// is allowed). Go's SP is kept in R12, which the C calling convention
// preserves; the C stack is 16-byte aligned at the call, as the System V
// ABI requires. X15 is Go's zero register and C may use it: clear it again.
TEXT ·call(SB), NOSPLIT|NOFRAME, $0-24
	MOVQ	fn+0(FP), AX
	MOVQ	arg+8(FP), DI
	MOVQ	stackTop+16(FP), CX
	MOVQ	SP, R12
	ANDQ	$~15, CX
	MOVQ	CX, SP
	CALL	AX
	MOVQ	R12, SP
	XORPS	X15, X15
	RET
