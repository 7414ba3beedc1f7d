package native

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bytepy/bytepy/native/cdef"
	"github.com/bytepy/bytepy/native/cgen"
	"github.com/bytepy/bytepy/native/dl"
)

// ErrNoCompiler is the one-line message for a machine without cc.
var ErrNoCompiler = errors.New("bytepy: %%native needs a C compiler; install one with: apt-get install gcc")

var compilations atomic.Int64

// Compilations counts C compiler runs in this process (the cache tests use it).
func Compilations() int64 { return compilations.Load() }

// compilerInfo caches `cc --version` per compiler path.
var compilerInfo sync.Map

func findCompiler() (path, version string, err error) {
	name := os.Getenv("CC")
	if name == "" {
		name = "cc"
	}
	path, err = exec.LookPath(name)
	if err != nil {
		return "", "", ErrNoCompiler
	}
	if v, ok := compilerInfo.Load(path); ok {
		return path, v.(string), nil
	}
	out, err := exec.Command(path, "--version").Output()
	if err != nil {
		return "", "", ErrNoCompiler
	}
	version = strings.SplitN(string(out), "\n", 2)[0]
	compilerInfo.Store(path, version)
	return path, version, nil
}

// CacheDir is where built modules live.
func CacheDir() string {
	base := os.Getenv("XDG_CACHE_HOME")
	if base == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			home = os.TempDir()
		}
		base = filepath.Join(home, ".cache")
	}
	return filepath.Join(base, "bytepy", "native")
}

// loaded keeps one Library per shared object: dlopen of a path already open
// returns the old image, so a path is only ever built once per process.
var loaded sync.Map

// Build compiles a cell. Compile errors in the cell come back as a
// *cdef.Error whose Error() is Cython's report.
func Build(cell string, opts Options) (*Module, error) {
	if opts.Cplus {
		return nil, errors.New("bytepy: %%native does not support C++ (-+/--cplus)")
	}
	if !strings.HasSuffix(cell, "\n") {
		cell += "\n"
	}
	cc, ccVersion, err := findCompiler()
	if err != nil {
		return nil, err
	}
	key := fmt.Sprintf("%q|%v|%q|%q|%q|%s|%s|%s", cell, opts.Annotate, opts.Name, opts.CompileArgs, opts.LinkArgs, cc, ccVersion, Version)
	if opts.Force {
		key += "|" + time.Now().String()
	}
	sum := sha256.Sum256([]byte(key))
	hash := hex.EncodeToString(sum[:16])
	name := opts.Name
	if name == "" {
		name = "_bytepy_native_" + hash
	}
	dir := CacheDir()
	pyx := filepath.Join(dir, name+".pyx")

	m, err := cdef.Parse(cell, pyx)
	if err != nil {
		return nil, err
	}
	out, err := cgen.Generate(m)
	if err != nil {
		return nil, err
	}
	mod := &Module{Name: name, PythonSource: out.Python, stderr: opts.Stderr}
	if opts.Annotate {
		mod.HTML = cgen.Annotate(m, out, name+".pyx")
	}
	anyNative := false
	for _, f := range out.Funcs {
		if f.Native {
			anyNative = true
		}
	}
	var lib *dl.Library
	if anyNative {
		so := filepath.Join(dir, name+".so")
		if opts.Name != "" {
			// a named module may change under the same name: key the file
			so = filepath.Join(dir, name+"_"+hash[:12]+".so")
		}
		mod.Path = so
		if _, err := os.Stat(so); err != nil || opts.Force {
			if err := compile(cc, dir, pyx, so, cell, out.C, opts); err != nil {
				return nil, err
			}
			mod.Compiled = true
		}
		if l, ok := loaded.Load(so); ok {
			lib = l.(*dl.Library)
		} else {
			lib, err = dl.Open(so)
			if err != nil {
				return nil, fmt.Errorf("bytepy: loading %s: %v", so, err)
			}
			lib.InstallCallback()
			loaded.Store(so, lib)
		}
	}
	for _, cf := range out.Funcs {
		f, err := bind(mod, cf, lib)
		if err != nil {
			return nil, err
		}
		mod.Funcs = append(mod.Funcs, f)
	}
	return mod, nil
}

func compile(cc, dir, pyx, so, cell, csrc string, opts Options) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(pyx, []byte(cell), 0o644); err != nil {
		return err
	}
	cfile := strings.TrimSuffix(so, ".so") + ".c"
	if err := os.WriteFile(cfile, []byte(csrc), 0o644); err != nil {
		return err
	}
	tmp := fmt.Sprintf("%s.%d.tmp", so, os.Getpid())
	args := []string{"-O2", "-fPIC", "-shared", "-fwrapv", "-w"}
	args = append(args, opts.CompileArgs...)
	args = append(args, "-o", tmp, cfile, "-lm")
	args = append(args, opts.LinkArgs...)
	compilations.Add(1)
	cmd := exec.Command(cc, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = &stderr
	if opts.Verbose && opts.Log != nil {
		fmt.Fprintf(opts.Log, "%s %s\n", cc, strings.Join(args, " "))
	}
	if err := cmd.Run(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("bytepy: the C compiler failed on %s:\n%s", cfile, stderr.String())
	}
	if opts.Verbose && opts.Log != nil {
		opts.Log.Write(stderr.Bytes())
	}
	return os.Rename(tmp, so)
}

// bind makes the Go-side Func for a generated function.
func bind(mod *Module, cf *cgen.Func, lib *dl.Library) (*Func, error) {
	d := cf.Decl
	f := &Func{Name: d.Name, Kind: d.Kind, Native: cf.Native, Reason: cf.Reason, Result: cf.Result, Line: d.Line, mod: mod}
	nd := len(d.Params) - d.Defaults
	for i, p := range d.Params {
		par := Param{Name: p.Name, Type: p.Type}
		if i >= nd {
			par.HasDefault = true
			if cf.Native {
				c := cf.Defaults[i-nd]
				switch c.Kind {
				case cdef.Float:
					par.Default = FloatValue(c.F)
				case cdef.Bint:
					par.Default = BoolValue(c.I != 0)
				default:
					par.Default = IntValue(c.I)
				}
			}
		}
		f.Params = append(f.Params, par)
	}
	f.minArgs = nd
	f.resKind = resultKind(f.Result)
	if cf.Native && cf.Entry != "" {
		f.entry = lib.Sym(cf.Entry)
		if f.entry == 0 {
			return nil, fmt.Errorf("bytepy: %s: symbol %s missing", mod.Path, cf.Entry)
		}
		f.frame = dl.Alloc(frameSize)
		if cf.Short {
			f.stack = dl.NewStack()
		}
	}
	return f, nil
}
