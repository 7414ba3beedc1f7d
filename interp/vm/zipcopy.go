package vm

import (
	"unsafe"

	"github.com/bytepy/bytepy/interp/py"
)

// zipListCopyShape reports whether the instructions after a fused
// FOR_ITER;STORE_FAST c at pc-1 are a list comprehension's whole body
// `list(c)`: LOAD_GLOBAL; LOAD_FAST c; CALL_FUNCTION 1; LIST_APPEND 2;
// JUMP_ABSOLUTE back to the FOR_ITER. Nothing else in the loop can see
// c then, so the zip's tuple can be refilled (py.ZipListCopy).
//
// Each instruction is read only after the one before it matched, and a
// code object ends in RETURN_VALUE, so no read passes its end.
func zipListCopyShape(ins *instrArr, pc int) bool {
	return ins[pc+1].op == opLoadGlobal && ins[pc+2].op == opLoadFast &&
		ins[pc+2].arg == ins[pc].arg && ins[pc+3].op == opCallFunction && ins[pc+3].arg == 1 &&
		ins[pc+4].op == opListAppendJump && ins[pc+4].arg == 2 && int(ins[pc+5].arg) == pc-1
}

// listTypePtr is the builtin list type, as the pointer of its value.
var listTypePtr = unsafe.Pointer(py.ListType)
