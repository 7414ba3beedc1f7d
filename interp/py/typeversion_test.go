package py

import "testing"

// TestTypeVersions checks which classes get a new version tag when one
// class in a small hierarchy changes: the class and everything deriving
// from it, and nothing else.
func TestTypeVersions(t *testing.T) {
	th := &Thread{}
	mk := func(name string, bases ...*Type) *Type {
		typ, err := NewClass(th, TypeType, name, bases, NewDict())
		if err != nil {
			t.Fatal(err)
		}
		return typ
	}
	base := mk("Base")
	left := mk("Left", base)
	right := mk("Right", base)
	diamond := mk("Diamond", left, right)
	other := mk("Other")
	all := map[string]*Type{"Base": base, "Left": left, "Right": right, "Diamond": diamond, "Other": other}
	tests := []struct {
		set     *Type
		changed []string
	}{
		{base, []string{"Base", "Left", "Right", "Diamond"}},
		{left, []string{"Left", "Diamond"}},
		{right, []string{"Right", "Diamond"}},
		{diamond, []string{"Diamond"}},
		{other, []string{"Other"}},
	}
	for _, tc := range tests {
		before := map[string]uint64{}
		for n, typ := range all {
			before[n] = typ.Version()
		}
		if err := typeSetAttr(th, tc.set.V(), Intern("attr"), MakeInt(1)); err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{}
		for _, n := range tc.changed {
			want[n] = true
		}
		for n, typ := range all {
			if got := typ.Version() != before[n]; got != want[n] {
				t.Errorf("setting %s.attr: %s changed version = %v, want %v", tc.set.Name, n, got, want[n])
			}
			if typ.Version() == 0 {
				t.Errorf("%s has version 0", n)
			}
		}
		// the lookup cache follows the change
		if v := diamond.Lookup(Intern("attr")); v.IsNull() && (tc.set != other) {
			t.Errorf("after setting %s.attr, Diamond.attr not found", tc.set.Name)
		}
	}
	TypesChanged()
	for n, typ := range all {
		v := typ.Version()
		TypesChanged()
		if typ.Version() == v {
			t.Errorf("TypesChanged left %s's version", n)
		}
	}
}
