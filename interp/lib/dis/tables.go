package dismod

import (
	"sort"

	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// fillTables sets opname, opmap, cmp_op, the has* lists and the other
// constants of the opcode module that dis re-exports.
func fillTables(m *py.Module) {
	names := make([]py.Value, 256)
	var kinds = map[opcode.Kind][]py.Value{}
	opmap := py.NewDict()
	var ops []int
	for i := 0; i < 256; i++ {
		op := opcode.Op(i)
		names[i] = py.NewStr(op.String())
		if opcode.Table[i].Name != "" {
			ops = append(ops, i)
		}
	}
	// opmap's order is the order opcode.py defines the names in: numeric,
	// except that EXTENDED_ARG is defined after LOAD_CLASSDEREF (148).
	sort.Slice(ops, func(i, j int) bool { return defOrder(ops[i]) < defOrder(ops[j]) })
	for _, i := range ops {
		opmap.SetStr(opcode.Table[i].Name, py.MakeInt(int64(i)))
		k := opcode.Table[i].Kind
		kinds[k] = append(kinds[k], py.MakeInt(int64(i)))
	}
	list := func(k opcode.Kind) py.Value { return py.NewList(append([]py.Value{}, kinds[k]...)) }
	m.Set("opname", py.NewList(names))
	m.Set("opmap", opmap.V())
	cmp := make([]py.Value, len(opcode.CmpOp))
	for i, s := range opcode.CmpOp {
		cmp[i] = py.NewStr(s)
	}
	m.Set("cmp_op", py.NewTuple(cmp))
	m.Set("hasconst", list(opcode.Const))
	m.Set("hasname", list(opcode.Name))
	m.Set("hasjrel", list(opcode.JRel))
	m.Set("hasjabs", list(opcode.JAbs))
	m.Set("haslocal", list(opcode.Local))
	m.Set("hascompare", list(opcode.Compare))
	m.Set("hasfree", list(opcode.Free))
	m.Set("hasnargs", py.NewList(nil))
	m.Set("HAVE_ARGUMENT", py.MakeInt(int64(opcode.HAVE_ARGUMENT)))
	m.Set("EXTENDED_ARG", py.MakeInt(int64(opcode.EXTENDED_ARG)))
}

// defOrder places an opcode in opcode.py's definition order.
func defOrder(op int) float64 {
	if op == int(opcode.EXTENDED_ARG) {
		return 148.5
	}
	return float64(op)
}
