package vm

import (
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/bytepy/bytepy/interp/py"
)

// Block types of the 3.7 block stack.
const (
	blockLoop = iota
	blockExcept
	blockFinally
	blockExceptHandler
)

// "why" codes (ceval.c): why the block stack is being unwound. Finally
// blocks receive them as ints on the stack.
const (
	whyNot       = 0x0001
	whyException = 0x0002
	whyReturn    = 0x0008
	whyBreak     = 0x0010
	whyContinue  = 0x0020
	whyYield     = 0x0040
	whySilenced  = 0x0080
)

type block struct {
	typ     int32
	handler int32 // instruction index
	level   int32 // stack depth to restore
}

const maxBlocks = 20

// Frame is one activation of a code object.
type Frame struct {
	rt       *codeRT
	fn       *py.Function
	globals  *py.Dict
	builtins *py.Dict
	locals   *py.Dict // name-based locals (module and class bodies), else nil
	mem      []py.Value
	fast     []py.Value // mem[:nlocals]
	stack    []py.Value // mem[nlocals:]
	cells    []*py.Cell // cellvars then freevars
	sp       int
	pc       int
	lasti    int // index of the instruction being executed (for tracebacks)
	blocks   [maxBlocks]block
	nblocks  int
	back     *Frame
	entry    bool // returning from this frame leaves run()
	pooled   bool
	// special is set with any of gen, obj, extraDepth, initSelf,
	// locals and dropResult, so that the common return tests one flag
	// for all six; it is cleared only where all six are (freeFrame).
	special bool
	gen     *Generator
	yielded bool
	// yfInline is set while this generator frame's YIELD_FROM runs its
	// subgenerator in the same loop (geninline.go)
	yfInline bool
	riters   []py.RangeIter // frame-owned range iterators (opCallGetIter)
	sliceTmp *py.List       // scratch list of opSliceTmp (fastseq.go)
	// fresh is the address of the str the last step of a str chain
	// made and vouched for, freshAt that step's instruction
	// (strchain_fresh.go). An address, not a pointer: it is only
	// compared with the value its consumer finds on the stack, which
	// holds the str while that matters, and a plain word is stored
	// without the write barrier.
	fresh   uintptr
	freshAt int32
	// initSelf is set on an inline __init__ frame: its caller receives
	// the new instance instead of __init__'s (None) result.
	initSelf py.Value
	// dropResult is set on an inline property-setter frame: its caller
	// (a STORE_ATTR) takes no result.
	dropResult bool
	// extraDepth counts recursion levels charged besides the frame itself:
	// CPython also counts the C-level call of a non-function callable
	// (type.__call__, a builtin calling back into Python).
	extraDepth int
	// obj is the frame's Python face once something asked for it
	// (frameobj.go); it lives as long as this activation.
	obj *py.FrameObj
	// privTup and privKw are the *args tuple and **kwargs dict a call
	// bound here, and privCopy the last dict(d) of a private local, for
	// reuse while their privOK bit says nothing has shared them since
	// (callpriv.go).
	privTup  py.Value
	privKw   *py.Dict
	privCopy *py.Dict
	// privCopyAt is the local that privCopy was stored to.
	privCopyAt int32
	privOK     uint8
	// alt is the frames of this frame's pool slot (framealt.go).
	alt *altSet
	// The loop's array views of rt.instrs, stack and mem (see va), kept
	// in step with them by setViews so that switching frames costs a
	// load each.
	ins      *instrArr
	stk, loc *valArr
	ac       *acArr  // rt.acache, the attribute caches (attrcache.go)
	kon      *valArr // rt.consts
	gc       *gcArr  // rt.gcache
}

// setViews refreshes the loop's views after rt or mem changed.
func (f *Frame) setViews() {
	f.ins, f.stk, f.loc = ia(f.rt.instrs), va(f.stack), va(f.mem)
	f.ac = aca(f.rt.acache)
	f.kon, f.gc = va(f.rt.consts), gca(f.rt.gcache)
}

// retarget sizes a pooled frame last used by other code for rt; false
// when its buffers are too small (newPooledFrame then grows them).
// Codes alternating at one call depth (map calling a lambda, a loop
// calling one method then another) retarget at every call, so the
// usual case is written for few stores: the locals+stack array stays,
// so mem, fast and the locals view keep their pointers and only their
// lengths change (sliceHdr); the stack's start and the code's views
// are the only pointers stored, each a write barrier while the GC marks.
func (f *Frame) retarget(rt *codeRT) bool {
	n, nl, c := rt.frameSize, rt.nlocals, cap(f.mem)
	if c < n || len(f.riters) < rt.nrange {
		return false
	}
	if f.rt == nil || nl >= c {
		// a kept generator frame has only its buffers (genalloc.go)
		f.mem = f.mem[:n]
		f.fast = f.mem[:nl:nl]
		f.stack = f.mem[nl:]
		f.rt = rt
		f.setViews()
		return true
	}
	(*sliceHdr)(unsafe.Pointer(&f.mem)).len = n
	fh := (*sliceHdr)(unsafe.Pointer(&f.fast))
	fh.len, fh.cap = nl, nl
	stk := unsafe.Add(unsafe.Pointer(f.loc), uintptr(nl)*unsafe.Sizeof(py.Value{}))
	sh := (*sliceHdr)(unsafe.Pointer(&f.stack))
	sh.data, sh.len, sh.cap = stk, n-nl, c-nl
	f.rt = rt
	f.ins, f.stk = ia(rt.instrs), (*valArr)(stk)
	f.ac = aca(rt.acache)
	f.kon, f.gc = va(rt.consts), gca(rt.gcache)
	return true
}

// sliceHdr is the layout of a Go slice, for changing a length alone.
type sliceHdr struct {
	data     unsafe.Pointer
	len, cap int
}

// thread is the per-thread VM state; py.Thread is its public face.
type thread struct {
	pt     *py.Thread
	interp *Interp
	frame  *Frame // innermost executing frame
	pool   []*Frame
	npool  int
	base   py.ExcState
	// argBuf and kwBuf are scratch argument lists (scratchArgs).
	argBuf []py.Value
	kwBuf  []string
	// exitFree are spare with-statement records (withexit.go).
	exitFree []*withExit
	// withLast is the class SETUP_WITH last found Python __enter__ and
	// __exit__ on (withexit.go).
	withLast withMethods
	// genFrames are finished generators' frames for reuse (genalloc.go).
	genFrames []*Frame
	// slab makes the *args tuples and **kwargs dicts of calls
	// (callalloc.go).
	slab py.Slab
	// recs makes the frame records of frames exceptions leave
	// (frameobj.go).
	recs recSlab
	// realLimit is the recursion limit while the thread is overflowed
	// (handling a RecursionError with 50 levels of headroom), else 0;
	// lowWater is the depth that ends the overflow (recursion.go).
	realLimit, lowWater int
}

// Interp is an interpreter: builtins, loaded modules, output hooks.
type Interp struct {
	// Stdout and Stderr receive print() and tracebacks; set them before
	// running code (the kernel sets them to its stream writers).
	Stdout, Stderr ioWriter
	// Stdin supplies input() lines (without the newline); nil means EOF.
	Stdin func() (string, error)
	// DisplayHook shows the value of an expression statement in
	// interactive mode (PRINT_EXPR); nil prints repr to Stdout.
	DisplayHook func(v py.Value) error

	Builtins *py.Dict
	Modules  *py.Dict // sys.modules

	interrupted atomic.Bool
	mu          sync.Mutex
	th          *thread
	sys         *py.Module
}

func (th *thread) newPooledFrame(rt *codeRT) *Frame {
	if th.npool == len(th.pool) {
		th.pool = append(th.pool, &Frame{pooled: true})
	}
	f := th.pool[th.npool]
	th.npool++
	n := rt.frameSize
	if cap(f.mem) < n {
		f.mem = make([]py.Value, n+16)
	}
	f.mem = f.mem[:n]
	f.fast = f.mem[:rt.nlocals:rt.nlocals]
	f.stack = f.mem[rt.nlocals:]
	for i := range f.fast {
		f.fast[i] = py.Value{}
	}
	f.rt = rt
	f.setViews()
	if len(f.riters) < rt.nrange {
		f.riters = make([]py.RangeIter, rt.nrange)
	}
	f.sp = 0
	f.pc = 0
	f.nblocks = 0
	f.entry = false
	return f
}

func (th *thread) freeFrame(f *Frame) {
	if !f.pooled {
		return
	}
	f.back = nil
	if f.obj != nil {
		detachFrameObj(f)
		f.obj = nil
	}
	if !f.initSelf.IsNull() {
		f.initSelf = py.Value{}
	}
	f.dropResult = false
	f.extraDepth = 0
	if f.locals != nil || f.cells != nil || f.gen != nil {
		f.locals, f.cells, f.gen = nil, nil, nil
	}
	f.yielded = false
	f.special = false
	th.npool--
}

func newHeapFrame(rt *codeRT) *Frame {
	f := &Frame{rt: rt}
	f.mem = make([]py.Value, rt.frameSize)
	f.fast = f.mem[:rt.nlocals:rt.nlocals]
	f.stack = f.mem[rt.nlocals:]
	f.riters = make([]py.RangeIter, rt.nrange)
	f.setViews()
	return f
}
