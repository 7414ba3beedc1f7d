package vm_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/marshal"
	"github.com/bytepy/bytepy/interp/syntax"
)

const oraclePath = "/root/.pyenv/versions/3.7.16/bin/python3.7"

func haveOracle() bool {
	_, err := os.Stat(oraclePath)
	return err == nil
}

// compileSource is where the tests get code objects: today CPython 3.7's
// compiler through marshal; switching to our compiler is this one function
// (return compile.Compile(src, filename, mode, 0, -1)).
func compileSource(src []byte, filename, mode string) (*code.Code, error) {
	return oracleCompile(src, filename, mode)
}

// oracleCompile asks CPython 3.7 to compile src and loads the marshalled
// code object.
func oracleCompile(src []byte, filename, mode string) (*code.Code, error) {
	if !haveOracle() {
		return nil, fmt.Errorf("no oracle at %s", oraclePath)
	}
	dir, err := os.MkdirTemp("", "bytepy-vm")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	f := filepath.Join(dir, "src.py")
	if err := os.WriteFile(f, src, 0o644); err != nil {
		return nil, err
	}
	script := `import marshal,sys,json
src=open(sys.argv[1],'rb').read()
try:
    co = compile(src, sys.argv[2], sys.argv[3])
except SyntaxError as e:
    json.dump([type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.text], sys.stderr)
    sys.exit(2)
sys.stdout.buffer.write(marshal.dumps(co))`
	cmd := exec.Command(oraclePath, "-c", script, f, filename, mode)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		var f []any
		if json.Unmarshal(errb.Bytes(), &f) == nil && len(f) == 6 {
			se := &syntax.Error{Kind: f[0].(string), Msg: f[1].(string), Filename: f[2].(string), Offset: -1}
			if n, ok := f[3].(float64); ok {
				se.Lineno = int(n)
			}
			if n, ok := f[4].(float64); ok {
				se.Offset = int(n)
			}
			if s, ok := f[5].(string); ok {
				se.Text = s
			}
			return nil, se
		}
		return nil, fmt.Errorf("oracle compile: %v: %s", err, errb.String())
	}
	v, err := marshal.Load(out.Bytes())
	if err != nil {
		return nil, err
	}
	co, ok := v.(*code.Code)
	if !ok {
		return nil, fmt.Errorf("marshal gave %T", v)
	}
	return co, nil
}
