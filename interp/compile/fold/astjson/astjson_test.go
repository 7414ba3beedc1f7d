package astjson

import (
	"testing"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/constant"
)

func TestDecode(t *testing.T) {
	// x = f(1.5, b'\xff', *a) ; from . import y   (as astdump.py writes it)
	doc := `{"_type": "Module", "body": [
	 {"_type": "Assign", "lineno": 1, "col_offset": 0,
	  "targets": [{"_type": "Name", "id": "x", "ctx": {"_type": "Store"}, "lineno": 1, "col_offset": 0}],
	  "value": {"_type": "Call", "lineno": 1, "col_offset": 4,
	   "func": {"_type": "Name", "id": "f", "ctx": {"_type": "Load"}, "lineno": 1, "col_offset": 4},
	   "args": [{"_type": "Num", "n": {"_num": "float", "v": "0x1.8000000000000p+0"}, "lineno": 1, "col_offset": 6},
	            {"_type": "Bytes", "s": {"_bytes": "\u00ff"}, "lineno": 1, "col_offset": 11},
	            {"_type": "Starred", "value": {"_type": "Name", "id": "a", "ctx": {"_type": "Load"}, "lineno": 1, "col_offset": 20},
	             "ctx": {"_type": "Load"}, "lineno": 1, "col_offset": 19}],
	   "keywords": []}},
	 {"_type": "ImportFrom", "module": null, "names": [{"_type": "alias", "name": "y", "asname": null}],
	  "level": 1, "lineno": 2, "col_offset": 0}]}`
	root, err := Decode([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	mod := root.(*ast.Module)
	call := mod.Body[0].(*ast.Assign).Value.(*ast.Call)
	if call.Pos != (ast.Pos{Lineno: 1, ColOffset: 4}) {
		t.Errorf("call at %v", call.Pos)
	}
	if n := call.Args[0].(*ast.Num); n.N != constant.Float(1.5) {
		t.Errorf("num %v", n.N)
	}
	if b := call.Args[1].(*ast.Bytes); b.S != "\xff" {
		t.Errorf("bytes %q", b.S)
	}
	if s := call.Args[2].(*ast.Starred); s.Ctx != ast.Load || s.Value.(*ast.Name).Id != "a" {
		t.Errorf("starred %#v", s)
	}
	imp := mod.Body[1].(*ast.ImportFrom)
	if imp.HasModule || imp.Level != 1 || imp.Names[0].Name != "y" {
		t.Errorf("import %#v", imp)
	}
}
