package opcode

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestStackEffect checks StackEffect(op, arg, -1) against 3.7's
// dis.stack_effect for every opcode (testdata/stack_effect.txt, made by
// testdata/gen_stack_effect.py).
func TestStackEffect(t *testing.T) {
	f, err := os.Open("testdata/stack_effect.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		op, _ := strconv.Atoi(fs[0])
		arg, _ := strconv.Atoi(fs[1])
		want := InvalidStackEffect
		if fs[2] != "E" {
			want, _ = strconv.Atoi(fs[2])
		}
		if got := StackEffect(Op(op), arg, -1); got != want {
			t.Errorf("StackEffect(%v, %d) = %d, want %d", Op(op), arg, got, want)
		}
		n++
	}
	if n < 119 {
		t.Fatalf("only %d cases read", n)
	}
}

// TestStackEffectJump checks the taken/not-taken split that dis cannot show.
func TestStackEffectJump(t *testing.T) {
	cases := []struct {
		op               Op
		arg, taken, fall int
	}{
		{FOR_ITER, 4, -1, 1},
		{JUMP_IF_TRUE_OR_POP, 4, 0, -1},
		{JUMP_IF_FALSE_OR_POP, 4, 0, -1},
		{SETUP_WITH, 4, 6, 1},
		{SETUP_FINALLY, 4, 6, 0},
		{SETUP_EXCEPT, 4, 6, 0},
		{SETUP_ASYNC_WITH, 4, 5, 0},
		{POP_JUMP_IF_TRUE, 4, -1, -1},
	}
	for _, c := range cases {
		if got := StackEffect(c.op, c.arg, 1); got != c.taken {
			t.Errorf("%v taken = %d, want %d", c.op, got, c.taken)
		}
		if got := StackEffect(c.op, c.arg, 0); got != c.fall {
			t.Errorf("%v not taken = %d, want %d", c.op, got, c.fall)
		}
	}
}
