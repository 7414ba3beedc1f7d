package opcode

import "testing"

func TestTable(t *testing.T) {
	n := 0
	for op := range Table {
		if Table[op].Name != "" {
			n++
			if got, ok := ByName(Table[op].Name); !ok || got != Op(op) {
				t.Errorf("ByName(%s) = %d, want %d", Table[op].Name, got, op)
			}
			if (Table[op].Kind == NoArg) != (Op(op) < HAVE_ARGUMENT) {
				t.Errorf("%s: kind %d disagrees with HAVE_ARGUMENT", Table[op].Name, Table[op].Kind)
			}
		}
	}
	if n != 119 {
		t.Errorf("%d opcodes, want 119", n)
	}
	for _, tt := range []struct {
		op   Op
		name string
	}{{124, "LOAD_FAST"}, {100, "LOAD_CONST"}, {23, "BINARY_ADD"}, {83, "RETURN_VALUE"}, {0, "<0>"}, {255, "<255>"}} {
		if got := tt.op.String(); got != tt.name {
			t.Errorf("opname[%d] = %s, want %s", tt.op, got, tt.name)
		}
	}
}
