package vm

import "testing"

// eachBuiltinsDoc must see exactly eachDoc's owner-less records.
func TestEachBuiltinsDocMatchesEachDoc(t *testing.T) {
	var want, got []docRecord
	eachDoc(func(d docRecord) {
		if d.owner == "" {
			want = append(want, d)
		}
	})
	eachBuiltinsDoc(func(d docRecord) { got = append(got, d) })
	if len(got) != len(want) {
		t.Fatalf("got %d records, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("record %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}
