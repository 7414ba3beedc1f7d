package marshal

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/constant"
)

// ErrBadData is wrapped by every error for malformed input; its text is
// CPython's.
var ErrBadData = errors.New("bad marshal data")

// maxDepth is marshal.c's MAX_MARSHAL_STACK_DEPTH.
const maxDepth = 2000

// PycHeaderSize is the length of a 3.7 .pyc header: magic, flags, and
// either mtime+size or a source hash (PEP 552).
const PycHeaderSize = 16

// Magic37 is the first four bytes of a CPython 3.7 .pyc (magic number 3394).
var Magic37 = [4]byte{0x42, 0x0d, 0x0d, 0x0a}

// Load decodes one marshalled value: a *code.Code, a constant.Value, or one
// of this package's List, Dict, Set, StopIteration. Bytes after the value
// are ignored, as marshal.loads ignores them.
func Load(data []byte) (any, error) {
	r := &reader{data: data}
	v, err := r.object()
	if err != nil {
		return nil, err
	}
	return v, nil
}

// LoadPyc decodes a 3.7 .pyc file: the 16-byte header, then the module's
// marshalled code object.
func LoadPyc(data []byte) (*code.Code, error) {
	if len(data) < PycHeaderSize {
		return nil, fmt.Errorf("%w (pyc shorter than its header)", ErrBadData)
	}
	if [4]byte(data[:4]) != Magic37 {
		return nil, fmt.Errorf("bad magic number in .pyc: %x", data[:4])
	}
	v, err := Load(data[PycHeaderSize:])
	if err != nil {
		return nil, err
	}
	co, ok := v.(*code.Code)
	if !ok {
		return nil, fmt.Errorf("%w (pyc holds %T, not a code object)", ErrBadData, v)
	}
	return co, nil
}

type reader struct {
	data  []byte
	pos   int
	refs  []any // FLAG_REF objects by position; nil while still being read
	depth int
}

func (r *reader) bad(what string) error {
	return fmt.Errorf("%w (%s)", ErrBadData, what)
}

func (r *reader) take(n int) ([]byte, error) {
	if n < 0 || r.pos+n > len(r.data) {
		return nil, fmt.Errorf("EOF read where object expected: %w", ErrBadData)
	}
	b := r.data[r.pos : r.pos+n]
	r.pos += n
	return b, nil
}

func (r *reader) byte() (byte, error) {
	b, err := r.take(1)
	if err != nil {
		return 0, err
	}
	return b[0], nil
}

func (r *reader) int32() (int, error) {
	b, err := r.take(4)
	if err != nil {
		return 0, err
	}
	return int(int32(binary.LittleEndian.Uint32(b))), nil
}

// size reads a non-negative 32-bit count.
func (r *reader) size() (int, error) {
	n, err := r.int32()
	if err == nil && n < 0 {
		err = r.bad("size out of range")
	}
	return n, err
}

// reserve takes a reference slot for an object about to be read, if the
// type byte asked for one; it returns -1 otherwise.
func (r *reader) reserve(flag bool) int {
	if !flag {
		return -1
	}
	r.refs = append(r.refs, nil)
	return len(r.refs) - 1
}

func (r *reader) fill(idx int, v any) {
	if idx >= 0 {
		r.refs[idx] = v
	}
}

// object is r_object.
func (r *reader) object() (any, error) {
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > maxDepth {
		return nil, errors.New("recursion limit exceeded")
	}
	t, err := r.byte()
	if err != nil {
		return nil, err
	}
	flag := t&flagRef != 0
	t &^= flagRef
	switch t {
	case typeNull:
		return nil, nil
	case typeNone:
		return constant.None, nil
	case typeEllipsis:
		return constant.Ellipsis, nil
	case typeFalse:
		return constant.Bool(false), nil
	case typeTrue:
		return constant.Bool(true), nil
	case typeStopIter:
		return StopIteration, nil
	case typeRef:
		n, err := r.int32()
		if err != nil {
			return nil, err
		}
		if n < 0 || n >= len(r.refs) || r.refs[n] == nil {
			return nil, r.bad("invalid reference")
		}
		return r.refs[n], nil
	case typeCode:
		return r.code(flag)
	case typeTuple, typeSmallTuple, typeList, typeSet, typeFrozenSet:
		return r.sequence(t, flag)
	case typeDict:
		return r.dict(flag)
	}
	idx := r.reserve(flag)
	v, err := r.scalar(t)
	if err != nil {
		return nil, err
	}
	r.fill(idx, v)
	return v, nil
}

// scalar reads the objects that hold no other objects.
func (r *reader) scalar(t byte) (constant.Value, error) {
	switch t {
	case typeInt:
		n, err := r.int32()
		return constant.NewInt(int64(n)), err
	case typeInt64:
		b, err := r.take(8)
		if err != nil {
			return nil, err
		}
		return constant.NewInt(int64(binary.LittleEndian.Uint64(b))), nil
	case typeLong:
		return r.long()
	case typeBinaryFloat:
		f, err := r.binaryFloat()
		return constant.Float(f), err
	case typeFloat:
		f, err := r.textFloat()
		return constant.Float(f), err
	case typeBinaryComplex:
		re, err := r.binaryFloat()
		if err != nil {
			return nil, err
		}
		im, err := r.binaryFloat()
		return constant.Complex(complex(re, im)), err
	case typeComplex:
		re, err := r.textFloat()
		if err != nil {
			return nil, err
		}
		im, err := r.textFloat()
		return constant.Complex(complex(re, im)), err
	case typeString:
		b, err := r.sized(false)
		return constant.Bytes(b), err
	case typeUnicode, typeInterned, typeASCII, typeASCIIInterned:
		b, err := r.sized(false)
		return constant.Str(b), err
	case typeShortASCII, typeShortASCIIInterned:
		b, err := r.sized(true)
		return constant.Str(b), err
	}
	return nil, r.bad(fmt.Sprintf("unknown type code %q", t))
}

// sized reads a length-prefixed run of bytes; short means a 1-byte length.
func (r *reader) sized(short bool) (string, error) {
	var n int
	var err error
	if short {
		var c byte
		c, err = r.byte()
		n = int(c)
	} else {
		n, err = r.size()
	}
	if err != nil {
		return "", err
	}
	b, err := r.take(n)
	return string(b), err
}

func (r *reader) binaryFloat() (float64, error) {
	b, err := r.take(8)
	if err != nil {
		return 0, err
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b)), nil
}

// textFloat reads the version 0/1 float: a 1-byte length and repr text.
func (r *reader) textFloat() (float64, error) {
	s, err := r.sized(true)
	if err != nil {
		return 0, err
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, nil
		}
		return 0, r.bad("float text " + strconv.Quote(s))
	}
	return f, nil
}

// long reads TYPE_LONG: a signed count of 15-bit digits, least significant
// first; the sign of the count is the sign of the number.
func (r *reader) long() (constant.Value, error) {
	n, err := r.int32()
	if err != nil {
		return nil, err
	}
	neg := n < 0
	if neg {
		n = -n
	}
	b, err := r.take(2 * n)
	if err != nil {
		return nil, err
	}
	v := new(big.Int)
	d := new(big.Int)
	for i := n - 1; i >= 0; i-- {
		digit := binary.LittleEndian.Uint16(b[2*i:])
		if digit > 0x7fff {
			return nil, r.bad("digit out of range in long")
		}
		v.Lsh(v, 15)
		v.Or(v, d.SetUint64(uint64(digit)))
	}
	if n > 0 && binary.LittleEndian.Uint16(b[2*(n-1):]) == 0 {
		return nil, r.bad("unnormalized long data")
	}
	if neg {
		v.Neg(v)
	}
	return constant.Int{V: v}, nil
}

// item reads an object that must be a value (not NULL).
func (r *reader) item() (constant.Value, error) {
	v, err := r.object()
	if err != nil {
		return nil, err
	}
	switch v := v.(type) {
	case nil:
		return nil, r.bad("NULL object in marshal data for object")
	case constant.Value:
		return v, nil
	}
	return nil, r.bad(fmt.Sprintf("unexpected %T", v))
}

// sequence reads tuples, lists, sets and frozensets.
func (r *reader) sequence(t byte, flag bool) (any, error) {
	var n int
	var err error
	if t == typeSmallTuple {
		var c byte
		c, err = r.byte()
		n = int(c)
	} else {
		n, err = r.size()
	}
	if err != nil {
		return nil, err
	}
	if n > len(r.data)-r.pos {
		return nil, r.bad("size out of range")
	}
	items := make([]constant.Value, n)
	// Tuples, lists and sets are registered before their items and are
	// filled in place, so a reference to them from inside resolves.
	idx := r.reserve(flag)
	var v any
	switch t {
	case typeTuple, typeSmallTuple:
		v = constant.Tuple(items)
	case typeList:
		v = &List{Items: items}
	case typeSet:
		v = &Set{Items: items}
	}
	if v != nil {
		r.fill(idx, v)
	}
	for i := range items {
		if items[i], err = r.item(); err != nil {
			return nil, err
		}
	}
	if t == typeFrozenSet {
		v = constant.FrozenSet(items)
		r.fill(idx, v)
	}
	return v, nil
}

func (r *reader) dict(flag bool) (any, error) {
	d := &Dict{}
	r.fill(r.reserve(flag), d)
	for {
		k, err := r.object()
		if err != nil {
			return nil, err
		}
		if k == nil {
			return d, nil
		}
		kv, ok := k.(constant.Value)
		if !ok {
			return nil, r.bad(fmt.Sprintf("unexpected %T", k))
		}
		v, err := r.item()
		if err != nil {
			return nil, err
		}
		d.Keys = append(d.Keys, kv)
		d.Values = append(d.Values, v)
	}
}

// code reads TYPE_CODE: five 32-bit ints, then the code bytes, the
// constants, four name tuples, filename, name, first line and line table.
func (r *reader) code(flag bool) (*code.Code, error) {
	idx := r.reserve(flag)
	co := &code.Code{}
	for _, p := range []*int{&co.ArgCount, &co.KwOnlyArgCount, &co.NLocals, &co.StackSize, &co.Flags} {
		n, err := r.int32()
		if err != nil {
			return nil, err
		}
		*p = n
	}
	var err error
	if co.Code, err = r.bytesField("co_code"); err != nil {
		return nil, err
	}
	consts, err := r.tupleField("co_consts")
	if err != nil {
		return nil, err
	}
	co.Consts = consts
	for _, p := range []*[]string{&co.Names, &co.VarNames, &co.FreeVars, &co.CellVars} {
		if *p, err = r.namesField(); err != nil {
			return nil, err
		}
	}
	if co.Filename, err = r.strField("co_filename"); err != nil {
		return nil, err
	}
	if co.Name, err = r.strField("co_name"); err != nil {
		return nil, err
	}
	if co.FirstLineNo, err = r.int32(); err != nil {
		return nil, err
	}
	if co.Lnotab, err = r.bytesField("co_lnotab"); err != nil {
		return nil, err
	}
	co.Cell2Arg = cell2arg(co)
	r.fill(idx, co)
	return co, nil
}

func (r *reader) bytesField(what string) ([]byte, error) {
	v, err := r.object()
	if err != nil {
		return nil, err
	}
	b, ok := v.(constant.Bytes)
	if !ok {
		return nil, r.bad(fmt.Sprintf("%s is %T, not bytes", what, v))
	}
	return []byte(b), nil
}

func (r *reader) tupleField(what string) ([]constant.Value, error) {
	v, err := r.object()
	if err != nil {
		return nil, err
	}
	t, ok := v.(constant.Tuple)
	if !ok {
		return nil, r.bad(fmt.Sprintf("%s is %T, not a tuple", what, v))
	}
	return []constant.Value(t), nil
}

func (r *reader) strField(what string) (string, error) {
	v, err := r.object()
	if err != nil {
		return "", err
	}
	s, ok := v.(constant.Str)
	if !ok {
		return "", r.bad(fmt.Sprintf("%s is %T, not str", what, v))
	}
	return string(s), nil
}

func (r *reader) namesField() ([]string, error) {
	t, err := r.tupleField("name tuple")
	if err != nil {
		return nil, err
	}
	names := make([]string, len(t))
	for i, v := range t {
		s, ok := v.(constant.Str)
		if !ok {
			return nil, r.bad(fmt.Sprintf("name is %T, not str", v))
		}
		names[i] = string(s)
	}
	return names, nil
}

// cell2arg is PyCode_New's co_cell2arg: for each cell variable that is also
// an argument, the argument's index; nil when there is none.
func cell2arg(co *code.Code) []int {
	nargs := co.ArgCount + co.KwOnlyArgCount
	if co.Flags&code.VarArgs != 0 {
		nargs++
	}
	if co.Flags&code.VarKeywords != 0 {
		nargs++
	}
	nargs = min(nargs, len(co.VarNames))
	var out []int
	for i, cell := range co.CellVars {
		for j := 0; j < nargs; j++ {
			if co.VarNames[j] == cell {
				if out == nil {
					out = make([]int, len(co.CellVars))
					for k := range out {
						out[k] = -1
					}
				}
				out[i] = j
				break
			}
		}
	}
	return out
}
