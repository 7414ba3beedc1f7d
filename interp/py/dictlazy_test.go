package py

import (
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

// lazyPair is two dicts driven alike: eager gets every _iN name as an
// entry, lazy holds them as LazyNames.
type lazyPair struct {
	eager, lazy *Dict
	names       *LazyNames
	values      map[int]Value
}

func newLazyPair() *lazyPair {
	p := &lazyPair{eager: NewDict(), lazy: NewDict(), values: map[int]Value{}}
	p.names = &LazyNames{Prefix: "_i", Value: func(n int) (Value, bool) {
		v, ok := p.values[n]
		return v, ok
	}}
	p.lazy.AttachLazyNames(p.names)
	return p
}

func (p *lazyPair) set(k string, v Value) {
	p.eager.SetStr(k, v)
	p.lazy.SetStr(k, v)
}

func (p *lazyPair) del(k string) {
	p.eager.DelItem(nil, NewStr(k))
	p.lazy.DelItem(nil, NewStr(k))
}

func (p *lazyPair) add(n int) {
	p.values[n] = NewStr("cell " + strconv.Itoa(n))
	p.eager.SetStr("_i"+strconv.Itoa(n), p.values[n])
	p.names.Add(n)
}

// items is the dict's items in order, as text.
func items(d *Dict) string {
	var b strings.Builder
	d.Range(func(k, v Value) bool {
		b.WriteString(StrOf(k) + "=" + StrOf(v) + " ")
		return true
	})
	return b.String()
}

// TestLazyNamesOrder drives pairs of dicts through inserts, deletes,
// lazy names, tightening, emptying and clearing, and checks that the
// lazy one, once made, holds the same items in the same order, and
// counts them alike before.
func TestLazyNamesOrder(t *testing.T) {
	for seed := int64(1); seed <= 40; seed++ {
		r := rand.New(rand.NewSource(seed))
		p := newLazyPair()
		cell := 0
		var live []string
		steps := 20 + r.Intn(400)
		for i := 0; i < steps; i++ {
			switch op := r.Intn(20); {
			case op < 6:
				k := "v" + strconv.Itoa(r.Intn(60))
				p.set(k, NewStr(strconv.Itoa(i)))
				live = append(live, k)
			case op < 10 && len(live) > 0:
				j := r.Intn(len(live))
				p.del(live[j])
				live = append(live[:j], live[j+1:]...)
			case op < 16:
				if r.Intn(8) == 0 && cell > 2 {
					p.add(1 + r.Intn(cell)) // a count used again
				} else {
					cell += 1 + r.Intn(2)
					p.add(cell)
				}
			case op < 18:
				p.lazy.Tighten(r.Intn(10))
			case op < 19 && cell > 0:
				// the user sets a name that is lazy or not yet added
				k := "_i" + strconv.Itoa(1+r.Intn(cell+3))
				p.set(k, NewStr("user"))
			default:
				if r.Intn(30) == 0 {
					p.eager.Clear()
					p.lazy.Clear()
					live = nil
				}
			}
			if p.lazy.Len() != p.eager.Len() {
				t.Fatalf("seed %d step %d: Len %d, want %d", seed, i, p.lazy.Len(), p.eager.Len())
			}
		}
		if got, want := items(p.lazy), items(p.eager); got != want {
			t.Fatalf("seed %d:\n got %s\nwant %s", seed, got, want)
		}
		if p.names.Len() != 0 {
			t.Fatalf("seed %d: %d names still lazy after Range", seed, p.names.Len())
		}
	}
}

// TestLazyNamesLookups: lookups of other keys leave the names lazy; a
// lookup of one, or of a key that is not an exact str, makes them all.
func TestLazyNamesLookups(t *testing.T) {
	tests := []struct {
		name  string
		look  func(d *Dict) (Value, bool)
		found bool
		made  bool
	}{
		{"other name", func(d *Dict) (Value, bool) { return d.GetStr("x") }, true, false},
		{"absent name", func(d *Dict) (Value, bool) { return d.GetStr("y") }, false, false},
		{"_i without digits", func(d *Dict) (Value, bool) { return d.GetStr("_i") }, false, false},
		{"leading zero", func(d *Dict) (Value, bool) { return d.GetStr("_i01") }, false, false},
		{"lazy name, not added", func(d *Dict) (Value, bool) { return d.GetStr("_i9") }, false, false},
		{"lazy name", func(d *Dict) (Value, bool) { return d.GetStr("_i2") }, true, true},
		{"lazy name by GetItem", func(d *Dict) (Value, bool) {
			v, ok, _ := d.GetItem(nil, NewStr("_i1"))
			return v, ok
		}, true, true},
		{"int key", func(d *Dict) (Value, bool) {
			v, ok, _ := d.GetItem(nil, MakeInt(3))
			return v, ok
		}, false, false},
		{"tuple key", func(d *Dict) (Value, bool) {
			v, ok, _ := d.GetItem(nil, NewTuple([]Value{MakeInt(3)}))
			return v, ok
		}, false, true},
		{"StrIndex", func(d *Dict) (Value, bool) {
			i := d.StrIndex(Intern("_i3"))
			if i < 0 {
				return Null, false
			}
			return d.ValueAt(i), true
		}, true, true},
		{"delete", func(d *Dict) (Value, bool) {
			ok, _ := d.DelItem(nil, NewStr("_i2"))
			return None, ok
		}, true, true},
		{"Len", func(d *Dict) (Value, bool) { return MakeInt(int64(d.Len())), true }, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newLazyPair()
			p.set("x", NewStr("1"))
			p.add(1)
			p.add(2)
			p.add(3)
			_, found := tt.look(p.lazy)
			if found != tt.found {
				t.Errorf("found = %v, want %v", found, tt.found)
			}
			if made := p.names.Len() == 0; made != tt.made {
				t.Errorf("made = %v, want %v", made, tt.made)
			}
		})
	}
}

// TestLazyNamesSecondHolder: attaching names to another dict makes the
// first one's real; names added to it later are entries at once.
func TestLazyNamesSecondHolder(t *testing.T) {
	p := newLazyPair()
	p.add(1)
	q := newLazyPair()
	q.add(1)
	if p.names.Len() != 0 || q.names.Len() != 1 {
		t.Fatalf("lazy names: first %d, second %d; want 0 and 1", p.names.Len(), q.names.Len())
	}
	p.add(2)
	if got, want := items(p.lazy), items(p.eager); got != want {
		t.Errorf("first dict: got %s, want %s", got, want)
	}
	if v, ok := p.lazy.GetStr("_i2"); !ok || StrOf(v) != "cell 2" {
		t.Errorf("_i2 = %v, %v", v, ok)
	}
}
