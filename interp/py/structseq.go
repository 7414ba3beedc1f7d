package py

import "strings"

// Struct sequences (sys.version_info, sys.float_info, time.struct_time):
// tuples whose items also have names. A struct sequence type is a tuple
// subclass (subclass.go), so its values index, compare and unpack as
// tuples, and it adds one read-only attribute per field and a repr
// naming them.

// NewStructSeqType makes a struct sequence type; qualname is what its
// repr starts with ("sys.version_info"), name is its __name__.
func NewStructSeqType(name, module, reprName string, fields []string) *Type {
	// sized for what is stored below (the four sys types are made at
	// every start)
	typ := &Type{Name: name, Qualname: name, Module: module, User: true, Bases: []*Type{TupleType}, dict: NewDictSized(len(fields) + 5), Base: TupleType}
	typ.typ = TypeType
	typ.MRO = []*Type{typ, TupleType, ObjectType}
	typ.Dict().SetStr("__module__", NewStr(module))
	typ.Dict().SetStr("__doc__", None)
	setupBoxedClass(typ)
	installUserSlots(typ)
	for i, f := range fields {
		i := i
		addGetter(typ, f, func(t *Thread, v Value) (Value, *Exception) { return AsTuple(v)[i], nil })
	}
	typ.Dict().SetStr("n_fields", MakeInt(int64(len(fields))))
	typ.Dict().SetStr("n_sequence_fields", MakeInt(int64(len(fields))))
	typ.Dict().SetStr("n_unnamed_fields", MakeInt(0))
	typ.Repr = func(t *Thread, v Value) (string, *Exception) {
		var sb strings.Builder
		sb.WriteString(reprName + "(")
		for i, x := range AsTuple(v) {
			if i > 0 {
				sb.WriteString(", ")
			}
			r, err := Repr(t, x)
			if err != nil {
				return "", err
			}
			if i < len(fields) {
				sb.WriteString(fields[i] + "=")
			}
			sb.WriteString(r)
		}
		sb.WriteString(")")
		return sb.String(), nil
	}
	typ.Str = typ.Repr
	return typ
}

// NewStructSeq makes a value of a struct sequence type.
func NewStructSeq(typ *Type, items []Value) Value { return boxAs(typ, NewTuple(items)) }
