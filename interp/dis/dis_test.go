package dis_test

import (
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/dis"
	"github.com/bytepy/bytepy/interp/marshal"
)

// rawCode exercises EXTENDED_ARG, a NOP, both jump kinds, an unknown
// opcode and the FORMAT_VALUE and COMPARE_OP arguments.
var rawCode = []byte{144, 1, 100, 2, 9, 0, 93, 4, 113, 0, 1, 0, 200, 7, 155, 6, 155, 1, 107, 10, 83, 0}

func TestDisBytesRaw(t *testing.T) {
	// python3.7 -c 'import dis; dis.dis(bytes([...]))'
	want := `    >>    0 EXTENDED_ARG             1
          2 LOAD_CONST             258 (258)
          4 NOP
          6 FOR_ITER                 4 (to 12)
          8 JUMP_ABSOLUTE            0
         10 POP_TOP
    >>   12 <200>                    7
         14 FORMAT_VALUE             6 (repr, with format)
         16 FORMAT_VALUE             1 (str)
         18 COMPARE_OP              10 (exception match)
         20 RETURN_VALUE
`
	var b strings.Builder
	dis.DisBytes(&b, rawCode)
	if got := b.String(); got != want {
		t.Errorf("DisBytes:\n%s\nwant\n%s", got, want)
	}
}

func TestFindLabels(t *testing.T) {
	tests := []struct {
		code []byte
		want []int
	}{
		{rawCode, []int{12, 0}},
		{[]byte{100, 0, 83, 0}, nil},
		// Two jumps to one place count once; EXTENDED_ARG widens a target.
		{[]byte{113, 4, 113, 4, 144, 1, 114, 2}, []int{4, 258}},
	}
	for _, tt := range tests {
		if got := dis.FindLabels(tt.code); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindLabels(%v) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

// TestLineColumns checks the widened columns: line numbers of four digits
// and offsets of five, and the blank line before each new source line.
func TestLineColumns(t *testing.T) {
	body := make([]byte, 0, 10004)
	for len(body) < 10000 {
		body = append(body, 9, 0) // NOP
	}
	body = append(body, 100, 0, 83, 0)
	co := &code.Code{
		Name: "f", Filename: "f.py", FirstLineNo: 998,
		Code: body, Consts: []constant.Value{constant.None},
		// 998 at 0, 1000 at 10000 (255-byte steps), 1001 at 10002
		Lnotab: append(append(append([]byte{}, repeat(255, 0, 39)...), 55, 2), 2, 1),
	}
	var b strings.Builder
	dis.Disassemble(&b, co, 10000)
	lines := strings.Split(b.String(), "\n")
	// From python3.7: dis.disassemble(types.CodeType(...same fields...), lasti=10000).
	want := []string{
		" 998            0 NOP",
		"                2 NOP",
		"             9998 NOP",
		"",
		"1000 -->    10000 LOAD_CONST               0 (None)",
		"",
		"1001        10002 RETURN_VALUE",
		"",
	}
	got := append(lines[:2:2], lines[len(lines)-6:]...)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
}

func repeat(a, b byte, n int) []byte {
	var out []byte
	for i := 0; i < n; i++ {
		out = append(out, a, b)
	}
	return out
}

func TestInstructionString(t *testing.T) {
	ins := dis.Instructions(&code.Code{
		Code: []byte{124, 0, 100, 0, 23, 0, 83, 0}, VarNames: []string{"n"},
		Consts: []constant.Value{constant.NewInt(1)}, FirstLineNo: 1, Lnotab: []byte{},
	}, 0)
	want := []string{
		"  1           0 LOAD_FAST                0 (n)",
		"              2 LOAD_CONST               0 (1)",
		"              4 BINARY_ADD",
		"              6 RETURN_VALUE",
	}
	for i, in := range ins {
		if got := in.String(); got != want[i] {
			t.Errorf("instruction %d: %q, want %q", i, got, want[i])
		}
	}
	if ins[0].Argval != "n" {
		t.Errorf("LOAD_FAST argval = %v, want the name", ins[0].Argval)
	}
	if v, ok := ins[1].Argval.(constant.Value); !ok || v.Repr() != "1" {
		t.Errorf("LOAD_CONST argval = %#v, want the constant", ins[1].Argval)
	}
	if ins[2].HasArg || ins[2].Argval != nil {
		t.Errorf("BINARY_ADD has an argument: %+v", ins[2])
	}
}

func BenchmarkDisRecursive(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(marshalDir, "algo_tokenizer.marshal"))
	if err != nil {
		b.Fatal(err)
	}
	v, err := marshal.Load(data)
	if err != nil {
		b.Fatal(err)
	}
	co := v.(*code.Code)
	b.ReportAllocs()
	for b.Loop() {
		dis.DisRecursive(io.Discard, co)
	}
}
