package vm

// The commonest call is a plain Python function (positional parameters
// only, no cells of its own, not a generator) given exactly as many
// positional arguments as it takes: fib(n - 1), a helper called from a
// loop. CALL_FUNCTION tests for it first, before the bound-method,
// builtin and defaults cases, and fills the pooled frame that already
// holds the function's code (or framealt.go's hinted frame; other
// retargeting goes through the general path's poolFor). Its writes are conditional where the pooled frame
// usually holds the value already (the same function, globals and
// builtins as last time), sparing the GC write barriers.
