package vm

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The loop's frame arrays (instrs, stack, fast) are set only at run's
// newFrame label, so the compiler saves them once per frame switch. One
// assignment inside the loop would make them loop-carried again and put
// their stores back on every dispatch, silently: the program still runs,
// only slower. A frame switch sets f, sp and pc and does `goto newFrame`.
func TestLoopFrameArraysSetOnlyAtNewFrame(t *testing.T) {
	src, err := os.ReadFile("eval.go")
	if err != nil {
		t.Fatal(err)
	}
	assign := regexp.MustCompile(`(^|[\s,])(instrs|stack|fast)\s*(,[^=]*)?(:?=)[^=]`)
	n := 0
	for i, line := range strings.Split(string(src), "\n") {
		code, _, _ := strings.Cut(line, "//")
		if !assign.MatchString(code) {
			continue
		}
		if strings.TrimSpace(code) == "instrs, stack, fast := f.ins, f.stk, f.loc" {
			n++
			continue
		}
		t.Errorf("eval.go:%d assigns a frame array in the loop (set f, sp, pc and goto newFrame instead): %s", i+1, strings.TrimSpace(line))
	}
	if n != 1 {
		t.Errorf("found %d newFrame assignments of instrs, stack, fast; want 1", n)
	}
}
