package py

import (
	"strconv"
	"testing"
)

// TestDictTighten checks that a tightened dict keeps its items, their
// order and lookups, drops deleted entries, has the room it was given,
// and grows on as usual once that room is used.
func TestDictTighten(t *testing.T) {
	tests := []struct {
		name       string
		keys, dels int
		room       int
	}{
		{"empty", 0, 0, 4},
		{"small", 3, 0, 2},
		{"deleted entries dropped", 100, 40, 10},
		{"no room asked", 50, 0, 0},
		{"large", 5000, 1000, 600},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := NewDict()
			for i := 0; i < tt.keys; i++ {
				d.SetStr("k"+strconv.Itoa(i), MakeInt(int64(i)))
			}
			for i := 0; i < tt.dels; i++ {
				d.DelItem(nil, NewStr("k"+strconv.Itoa(2*i)))
			}
			want := d.Keys()
			ver := d.Version
			d.Tighten(tt.room)
			if d.Version == ver {
				t.Errorf("Version unchanged")
			}
			if got := d.Slack(); got != max(tt.room, 1) {
				t.Errorf("Slack = %d, want %d", got, max(tt.room, 1))
			}
			if len(d.entries) != int(d.used) {
				t.Errorf("%d entries kept for %d items", len(d.entries), d.used)
			}
			got := d.Keys()
			if len(got) != len(want) {
				t.Fatalf("%d keys, want %d", len(got), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("key %d is %s, want %s", i, StrOf(got[i]), StrOf(want[i]))
				}
				if v, ok := d.GetStr(StrOf(want[i])); !ok || v.IsNull() {
					t.Fatalf("%s not found", StrOf(want[i]))
				}
			}
			for i := 0; i < 2*tt.room+20; i++ {
				d.SetStr("n"+strconv.Itoa(i), None)
			}
			if d.Len() != len(want)+2*tt.room+20 {
				t.Errorf("Len %d after inserts", d.Len())
			}
			if v, ok := d.GetStr("n0"); !ok || !v.IsNone() {
				t.Errorf("n0 lost after growing")
			}
		})
	}
}

// TestDictTightenIterator checks that an iterator over a dict that is
// tightened and then given a new key fails as after a grow.
func TestDictTightenIterator(t *testing.T) {
	d := NewDict()
	for i := 0; i < 10; i++ {
		d.SetStr("k"+strconv.Itoa(i), MakeInt(int64(i)))
	}
	it := newDictIter(d, 0)
	if _, ok, err := dictIterNext(nil, it); !ok || err != nil {
		t.Fatalf("first next: %v %v", ok, err)
	}
	d.Tighten(1)
	d.SetStr("new", None)
	if _, _, err := dictIterNext(nil, it); err == nil {
		t.Errorf("no error after tighten and insert")
	}
}
