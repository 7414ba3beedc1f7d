package vm

// gcBallast is live, pointer-free and never touched, so it costs address
// space but no resident memory; it raises the heap size the GC's pacer
// sees, so a program with a small live heap collects less often (each
// collection turns write barriers on for its whole mark phase), while a
// program with a large live heap is paced as before.
var gcBallast []byte

// gcFloor is the ballast's size.
const gcFloor = 8 << 20

func setGCFloor() {
	if gcBallast == nil {
		gcBallast = make([]byte, gcFloor)
	}
}
