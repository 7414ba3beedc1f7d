// Package earlyinit holds what must happen before the other packages'
// initialisers run. Go initialises packages in import-path order as their
// imports allow, and this one imports only the runtime, so cmd/bytepy's
// blank import of it runs its init ahead of every bytepy package (and of
// the dependencies whose paths sort after it).
//
// It turns off Go's heap profile sampling unless someone asked for a rate
// (GODEBUG=memprofilerate). Nothing in a bytepy process reads a heap
// profile unless asked (the kernel's BYTEPY_HEAP_PROFILE sets its own
// rate), and with the default rate of one sample per 512 KiB the first
// sample fell, more often than not, in the ~400 KiB that package
// initialisation allocates: a stack walk and the profiler's 1.4 MiB
// bucket table, in every start-up.
package earlyinit

import "runtime"

// defaultMemProfileRate is runtime.MemProfileRate's initial value.
const defaultMemProfileRate = 512 << 10

func init() {
	if runtime.MemProfileRate == defaultMemProfileRate {
		runtime.MemProfileRate = 0
	}
}
