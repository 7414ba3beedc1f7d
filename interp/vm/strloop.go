package vm

// markStrLoops gives GET_ITER argument 1 where a FOR_ITER follows it:
// the iterator goes straight to the loop, so an exact ascii str can be
// iterated in its stack slot (py's strloop.go). A jump to the FOR_ITER
// comes from its own loop body, with the same slot below.
func markStrLoops(rt *codeRT, n int) {
	ins := rt.instrs
	for i := 0; i+1 < n; i++ {
		if ins[i].op == opGetIter && ins[i+1].op == opForIter {
			ins[i].arg = 1
		}
	}
}
