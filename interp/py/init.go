package py

import "math/big"

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
	ByteArrayType.Dict.SetStr("__hash__", None)
	initIterators()
	wrapBoxingNew()
	initFrameObj()
	for _, typ := range allBuiltinTypes() {
		exposeSlots(typ)
	}
}

func allBuiltinTypes() []*Type {
	ts := []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType,
		ByteArrayType, TupleType, ListType, DictType, SetType, FrozenSetType, RangeType, SliceType,
		FunctionType, BuiltinType, MethodType, FrameType, TracebackType, PropertyType, ClassMethodType, StaticMethodType, ModuleType, SuperType}
	return append(ts, ExceptionTypes...)
}
