package vm

import "github.com/bytepy/bytepy/interp/opcode"

// The async iteration and context-manager opcodes (genasync.go). Their
// internal numbers follow the others; this file's init runs after
// translate.go's, which fills opMap.
const (
	opGetAiter = numOps + iota
	opGetAnext
	opBeforeAsyncWith
	opSetupAsyncWith
)

func init() {
	opMap[opcode.GET_AITER] = opGetAiter
	opMap[opcode.GET_ANEXT] = opGetAnext
	opMap[opcode.BEFORE_ASYNC_WITH] = opBeforeAsyncWith
	opMap[opcode.SETUP_ASYNC_WITH] = opSetupAsyncWith
}
