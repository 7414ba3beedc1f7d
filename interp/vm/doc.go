// Package vm runs CPython 3.7 code objects.
//
// # Frames and the loop
//
// One eval loop (run) executes a chain of frames. A Python-to-Python call
// does not recurse in Go: the loop saves its registers (pc, sp) into the
// current frame, makes the callee's frame current and continues; RETURN
// pops back. Go recursion happens only where Go code calls Python (a key
// function in sorted, __init__ through type.__call__, a generator being
// resumed): that call enters run with a fresh "entry" frame, and the
// entry frame's RETURN leaves run. Depth is counted per Python frame, so
// RecursionError appears at 1000 frames whichever path made them.
//
// Frames for ordinary calls come from a per-thread pool indexed by call
// depth; each pooled frame keeps its locals+stack buffer, so a call in
// steady state allocates nothing. Generator frames are owned by their
// generator; once it is finished and no frame object reads the frame,
// the frame is kept for the next generator call (genalloc.go).
//
// What runs in the loop rather than recursing: calls of Python functions
// from CALL_FUNCTION, CALL_METHOD, CALL_FUNCTION_KW and CALL_FUNCTION_EX
// (bound methods unpacked; keyword names of CALL_FUNCTION_KW converted
// once per code object; a plain function with positional arguments,
// defaults or free variables gets its pooled frame filled inline), a
// with statement's Python __exit__, __init__ of classes whose instances
// come from object.__new__ or a built-in exception's __new__, and
// generators resumed by FOR_ITER (geninline.go): the generator's frame
// is pushed over the loop's, its yield hands the value to the FOR_ITER
// and its return ends the loop; a generator's `yield from` another
// generator runs that one the same way on top of it, a yield passing
// down the chain of delegating frames to whoever resumed the outermost.
// sum, any and all lend the generator they consume a fold: its yields
// of plain numbers are added or truth-tested in place, without leaving
// the loop (gensink.go). A with statement's Python __enter__ runs as a
// frame too, with the block set up beforehand and taken down if the
// frame raises. Builtin functions, and builtin methods
// whose self has their own type (or a subclass's that needs no
// unboxing, py.Builtin.TakesSubSelf), are called on the stack's arguments
// directly; l.append(x) on an exact list with the builtin append is
// appended in place, its None dropped when a POP_TOP follows
// (listappend.go in py), and list(x) of an exact tuple or list is a copy
// made without type.__call__; `[list(c) for c in zip(...)]` over list
// and tuple iterators copies each step straight into its list and
// refills one tuple for c, which nothing else can see (zipcopy.go). Go
// code calling Python (callFunction,
// py.CallFunctionSelf for bound methods) fills a pooled frame the same way
// before entering run, and the frame's return leaves run on the loop's
// common return path.
// A function taking *args or **kwargs called with positional arguments
// only is bound without the general binder (callvar.go), its tuple and
// dict taken from the thread's py.Slab, which makes them sixteen at a
// time (callalloc.go); a pooled frame that last ran the same code is
// reused without resizing (framereuse.go). When the bytecode proves that
// the tuple and dict only pass through (f(*args, **kw), x.update(kwargs)),
// a call takes the ones its pooled frame bound last time, unless
// something since could have shared them: a frame object, locals(), a
// callee of CALL_FUNCTION_EX that is not a Python function, an update
// that is not dict's own. A local that only holds dict(d) copies and
// is only updated and passed as ** likewise gets its last copy refilled
// (callpriv.go). CALL_FUNCTION_EX of a Python function with positional
// parameters binds the tuple's items and the dict's entries straight
// into the callee's frame (callex.go).
//
// The loop's registers (pc, sp, the frame's arrays) are saved by the Go
// compiler wherever a call follows that needs them, and for values that
// live across the loop that is at the dispatch itself; the variables that
// only one instruction needs (the unwind reason, the exception) are
// therefore declared per instruction. Go has no callee-saved registers,
// so every value that any case keeps across a call is stored on every
// dispatch. The frame and its three arrays are not loop-carried: every
// change of frame sets f, sp and pc and jumps to run's newFrame label,
// which loads the arrays, so the compiler saves them there, once per
// frame switch (frameviews_test.go keeps any other assignment out of the
// loop; one would put four stores back on every dispatch). What the
// dispatch stores is sp, pc and the instruction's argument (three
// stores, then the fetch: two loads, a compare and the jump-table jump).
// The raise, unwind and return paths, which run after a frame switch,
// reach the arrays through f. The opcode is not among
// them because no case reads in.op after a call (a slow path refetches
// instrs.at(pc-1)); one case that did would add a store to every
// instruction. pc advances with a 32-bit add so that the compiler
// cannot rewrite pc+k and pc-1 in terms of the pc fetched from, which
// would keep both live. The frame arrays, constants and caches are
// reached through array pointers with unchecked accessors
// (valArr.at/p, acArr.p, gcArr.p): no bounds or nil checks. Because
// run is over the compiler's "big function" size, it inlines only callees of cost 20 or less into it; helpers
// above that (intCompare, truthFast, compareFast, arithFast) are real
// calls, so the commonest cases write their int and bool tests out.
//
// # Translated code
//
// co_code stays exactly CPython's. At first execution each code object
// is translated (translate.go) into an []instr: one 8-byte instruction per
// 2-byte code unit, so instruction i is byte offset 2*i and line numbers
// and jump targets need no mapping. EXTENDED_ARG prefixes are folded into
// the instruction they extend (and become no-ops), opcodes are renumbered
// densely so the dispatch switch compiles to a jump table, and there is
// room for specialised and fused forms (opForRange, ...). Constants are
// converted once into py.Values and names into interned strings. The
// result lives in code.Code.Runtime.
//
// The fused forms are chosen from the instruction-pair counts of the
// benchmarks: a build with -tags opstats (opstats_on.go) writes them to
// $BYTEPY_OPSTATS. The later ones live in superinstr.go (constant and
// operator returns, str/is/closure-variable compare-and-branch, call
// statements whose builtin result is dropped, item loads into locals);
// an if/elif chain of local-against-constant tests runs test after test
// without going back to the dispatch.
//
// Specialisations so far: int fast paths for + - and comparisons; fused
// LOAD_FAST/LOAD_CONST/op/STORE_FAST and compare-and-branch sequences;
// FOR_ITER over a range with the loop variable stored directly; and
// `for x in range(...)`, whose iterator lives in the frame (no
// allocation). LOAD_GLOBAL caches its result per name, keyed on the
// versions of the globals and builtins dicts. Calling a class whose
// __init__ is a Python function runs __init__ as an inline frame.
// Calling one with neither __new__ nor __init__ and no arguments just
// allocates the instance (py.Type.PlainNew, plainnew.go).
//
// # Attribute caches
//
// Every LOAD_ATTR, STORE_ATTR and LOAD_METHOD has an inline cache
// (attrcache.go) keyed on the receiver's type and its version tag
// (py.Type.Version, which changes whenever a lookup on the type could
// find something else). A hit is a pointer and a version compare, then:
// the instance dict at the entry where the name was last seen, a
// __slots__ slot, a plain class attribute, a method pushed unbound with
// its self (no bound method), a class/staticmethod's function, or a
// property's getter or setter run as a frame of the loop. The instance
// dict hit of the first way is written out in the loop through py's
// Ents/KeyIs/SetEntry, which inline where StrAt would be a call. LOAD_FAST
// followed by one of them is fused (self.x, self.m(), self.x = v), and
// super().m(...) finds m without making the proxy.
//
// # Sequences and numbers
//
// Sequences and numbers (fastseq.go, fastnum.go): indexing and item
// stores of exact lists and tuples with an inline int, slices with None or
// int bounds (no slice object; a same-size slice assignment copies in
// place; a slice that is only copied by the next slice assignment fills a
// per-frame scratch list, and `a[:k + 1] = a[k::-1]` reverses the prefix
// in place, slicerev.go), float and mixed int/float arithmetic, compares
// of ints and floats fused with the branch that follows, membership in
// exact sets and dicts, and the common operand shapes (local or constant
// operand, result stored to a local, `c[k] op= v`) as single instructions.
// Each fast path covers only exact built-in types and plain values and
// otherwise runs its first plain instruction, so subclasses' dunders,
// errors and tracebacks are unchanged. run is too big for the Go compiler
// to inline helpers into it, so the hottest of these are written out.
//
// BINARY_SUBSCR of an exact dict by an exact str (env[name]) probes by
// identity and text (py.DictStrItem); a miss, or a colliding key of
// another type whose __eq__ must run, takes the general path.
//
// An empty [] or {} passed as the last of two arguments of a method call
// (opEmptyDefault, dictfast.go) is not built when the call is setdefault
// or get of an exact dict that holds the (pure) key: the stored value is
// the result and the call is skipped. The read of `d[k] op= v` on an
// exact dict with a pure key remembers the entry in the lookup memo
// (package py), so its store does not look the key up again, and the
// counting idiom `d[k] = d.get(k, c) + n` with small ints is one
// instruction, one lookup and its store (opDictCount, dictcount.go). min and max
// take, key and compare one item at a time (minmax.go), as CPython does;
// a key lambda that only picks items of an exact tuple (kv[1],
// (kv[1], kv[0])) is not called: the picked items are compared as its
// result would be, and over d.items() only the best pair is made
// (minmaxkey.go). dict(d) of an exact dict is copied in the call's arm
// (py.DictOfDict), one allocation sized for small dicts.
//
// # Strings
//
// Exact strs get the same treatment (strchain.go and py's str files):
// slices of ascii strs index bytes without a slice object, a FOR_ITER
// over an ascii str hands out the shared one-char strs (and `for c in s`
// keeps s and its position in the loop's stack slot, no iterator
// object: strloop.go), "fmt" % (a, b)
// formats the BUILD_TUPLE's operands from the stack when they are plain
// strs, ints and floats (anything else, or any error, builds the tuple
// and runs the operator), and a + b + c with c a constant or local is
// one concatenation, since the middle result could only be seen on the
// stack. An if/elif chain of `local == "const"` tests compares exact
// strs in the loop: identity (interned constants), length, first byte,
// then the text. Format specs are parsed once per thread and text. An
// f-string part whose FORMAT_VALUE result provably reaches a BUILD_STRING
// through straight-line code (fstring_defer.go) is formatted into a
// per-thread buffer, leaving a placeholder on the stack, and the
// BUILD_STRING copies the bytes into the one str it makes; errors still
// come from the FORMAT_VALUE, in order. In a chain of str steps
// (x.join(p).replace(a, b), (a + b + c).strip().lower()[::-1]) a step
// whose result provably goes straight from the stack to the next step
// records it in the frame when it made that str itself, and the next
// step writes its own result over it (strchain_fresh.go).
//
// # Blocks and exceptions
//
// The block stack, the "why" codes that finally blocks push, and the
// three-value exception records that except handlers save are 3.7's
// (ceval.c), so every construct the 3.7 compiler emits behaves as there.
// Calling an exception class that keeps BaseException's __new__ and
// __init__ (KeyError(k), a class statement without either) makes the
// instance and its args tuple in one allocation, without type.__call__
// (py.NewPlainException); `except (A, B):` matches against the classes
// on the stack without building the tuple (excmatch.go); a with
// statement keeps its __exit__ and
// manager on the stack as a reused record rather than a bound method
// (withexit.go).
// Recursion depth is counted as CPython counts it (frames, plus calls of
// non-function callables), so RecursionError appears at the same depth
// with the same message. Without reference counting, a generator that
// only a for loop holds is closed when the loop is left early, which is
// when CPython would free it and run its finally blocks.
//
// # Frame objects
//
// Python code sees a frame (sys._getframe, tb_frame, gi_frame) as a
// py.FrameObj made on request for one activation (frameobj.go). While
// the frame runs, the object reads it live; when a pooled frame is
// released the object keeps a last copy of its locals. So that such
// reads see the right line, the loop saves its pc before generic calls
// and attribute lookups, which are the places Python code can run. A
// raise makes one traceback entry per frame it passes; the first entry
// for an activation shares its allocation with the frame object and the
// room for its locals, and, when the frame has no handler that could
// stop the exception, with the entry its caller will add. A frame
// object outliving its frame shows the instruction the frame ended at.
//
// # Process settings
//
// BatchGC, which `bytepy run` calls, raises the Go GC target to GOGC=400
// unless GOGC is set: Python programs allocate many short-lived objects,
// and the default collects too often on a small heap. Once a program has
// allocated a few megabytes, its heap goes on transparent huge pages
// (hugeheap_linux.go): page faults cost ~11 µs each on this project's
// machines, and wordcount's 17K of them were 40% of its time. (An 8 MB
// ballast to raise a small heap's goal further was tried and dropped: in
// one interleaved run it helped no program clearly, cost closures 15%,
// and doubled peak RSS.) The heap-profile sampler, whose stack trace
// every 512 KB allocated cost a few per cent of programs that raise
// exceptions in a loop, is off from before the first package init
// (internal/earlyinit). New leaves the GC alone, so a long-lived embedder
// (the kernel) keeps its own policy.
package vm
