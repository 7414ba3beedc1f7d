package py

import (
	"math/big"
	"sort"
)

type bigInt = big.Int

// The type objects refer to each other (object's type is type, type's
// base is object), so they are wired here in dependency order.
func init() {
	intObj.typ = IntType
	floatObj.typ = FloatType
	boolObj.typ = BoolType
	initObject()
	initTypeType()
	initType(ObjectType, nil)
	ObjectType.Alloc = newInstance
	TypeType.MRO = []*Type{TypeType, ObjectType}
	fixPendingTypes()
	initGetSet()
	initDict()
	initStr()
	initTuple()
	initInt()
	initFloat()
	initNumDunders() // numdunders.go
	initComplexFormat()
	initList()
	initSet()
	initRange()
	initBigRange()
	initFuncs()
	initABC()
	initSuper()
	initExceptions()
	initOSError()
	initExceptionAttrs()
	initModule()
	initCode()
	initBytes()
	initBytesMethods()
	initByteArrayMethods()
	ByteArrayType.Hash = nil
	ByteArrayType.setLazy("__hash__", None)
	initIterators()
	wrapBoxingNew()
	initFrameObj()
	// Bases first, so a subclass can see which slot dunders its base
	// already exposes and leave them to it.
	ts := allBuiltinTypes()
	seen := make(map[*Type]bool, len(ts)+len(madeTypes))
	for _, typ := range ts {
		seen[typ] = true
	}
	for _, typ := range madeTypes {
		if !seen[typ] {
			seen[typ] = true
			ts = append(ts, typ)
		}
	}
	sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].MRO) < len(ts[j].MRO) })
	for _, typ := range ts {
		exposeLater(typ)
	}
}

func allBuiltinTypes() []*Type {
	ts := []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType,
		ByteArrayType, TupleType, ListType, DictType, SetType, FrozenSetType, RangeType, SliceType,
		FunctionType, BuiltinType, MethodType, FrameType, TracebackType, PropertyType, ClassMethodType, StaticMethodType, ModuleType, SuperType}
	ts = append(ts, EnumerateType, ZipType, MapType, FilterType, ReversedType)
	return append(ts, ExceptionTypes...)
}
