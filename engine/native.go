package engine

import (
	"fmt"
	"io"
	"strings"

	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/magics"
	"github.com/bytepy/bytepy/native"
	"github.com/bytepy/bytepy/native/pybind"
)

// nativeArgs are %%native's options, under Cython's magic's names where
// they apply (so %%cython cells run unchanged after %load_ext Cython).
var nativeArgs = &magics.ArgParser{
	Prog: "%cython",
	Description: "Compile and import everything from a Cython-style code cell.\n\n" +
		"Typed functions become machine code (the system C compiler, cc -O2);\n" +
		"the rest of the cell runs in the interpreter. Public names go into\n" +
		"the user namespace.",
	Args: []magics.Arg{
		{Flags: []string{"-a", "--annotate"}, Action: magics.StoreTrue, Help: "Produce a colorized HTML version of the source."},
		{Flags: []string{"-f", "--force"}, Action: magics.StoreTrue, Help: "Force the compilation of a new module, even if the source has been previously compiled."},
		{Flags: []string{"-n", "--name"}, Help: "Specify a name for the Cython module."},
		{Flags: []string{"-c", "--compile-args"}, Action: magics.Append, Help: "Extra flags to pass to compiler via the `extra_compile_args`."},
		{Flags: []string{"--link-args"}, Action: magics.Append, Help: "Extra flags to pass to linker via the `extra_link_args`."},
		{Flags: []string{"-l", "--lib"}, Action: magics.Append, Help: "Add a library to link the extension against (can be specified multiple times)."},
		{Flags: []string{"-L"}, Dest: "library_dirs", Metavar: "dir", Action: magics.Append, Help: "Add a path to the list of library directories (can be specified multiple times)."},
		{Flags: []string{"-I", "--include"}, Action: magics.Append, Help: "Add a path to the list of include directories (can be specified multiple times)."},
		{Flags: []string{"-+", "--cplus"}, Dest: "cplus", Action: magics.StoreTrue, Help: "Output a C++ rather than C file (not supported)."},
		{Flags: []string{"-3"}, Dest: "language_level3", Action: magics.StoreTrue, Help: "Select Python 3 syntax (the only one bytepy has)."},
		{Flags: []string{"-2"}, Dest: "language_level2", Action: magics.StoreTrue, Help: "Select Python 2 syntax (accepted; bytepy is Python 3)."},
		{Flags: []string{"--verbose"}, Action: magics.StoreTrue, Help: "Print the compiler's command lines."},
	},
}

// nativeMagic is %%native (and %%cython): build the cell, bind its
// compiled def/cpdef functions into the user namespace as builtins, run
// the rest of the cell there, and with -a return the annotation as HTML.
// A compile error is printed as Cython prints it and the cell returns
// None, so the kernel serves the next cell as usual.
func (e *Engine) nativeMagic(sh *magics.Shell, line, cell string) (any, error) {
	args, err := nativeArgs.Parse(line)
	if err != nil {
		return nil, err
	}
	opts := native.Options{
		Annotate:    args.Bool("annotate"),
		Force:       args.Bool("force"),
		Name:        args.Str("name"),
		CompileArgs: append(nonEmpty(args.List("compile_args")), prefixed("-I", args.List("include"))...),
		LinkArgs:    append(append(nonEmpty(args.List("link_args")), prefixed("-L", args.List("library_dirs"))...), prefixed("-l", args.List("lib"))...),
		Verbose:     args.Bool("verbose"),
		Cplus:       args.Bool("cplus"),
		Stderr:      sh.Interp.Stderr(),
	}
	if opts.Verbose {
		opts.Log = sh.Interp.Stdout()
	}
	m, err := native.Build(cell, opts)
	if err != nil {
		printNativeError(sh.Interp.Stderr(), err)
		return nil, nil
	}
	_, err = e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
		for _, f := range m.Funcs {
			if pybind.Exported(f) {
				e.ns.SetStr(f.Name, pybind.Builtin(f))
			}
		}
		return py.None, nil
	})
	if err != nil {
		return nil, err
	}
	co, err := compile.CompileString(m.PythonSource, m.Name+".pyx", "exec", 0, -1)
	if err != nil {
		// The front end parsed this source already; a failure here is ours.
		printNativeError(sh.Interp.Stderr(), err)
		return nil, nil
	}
	if err := sh.Interp.Exec(co); err != nil {
		return nil, err
	}
	// A def with C parameters that stayed interpreted still converts its
	// arguments as Cython's wrapper would.
	_, err = e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
		for _, f := range m.Funcs {
			if !pybind.NeedsCoercion(f) {
				continue
			}
			if fn, ok := e.ns.GetStr(f.Name); ok && fn.Type() == py.FunctionType {
				e.ns.SetStr(f.Name, pybind.Coercing(f, fn))
			}
		}
		return py.None, nil
	})
	if err != nil {
		return nil, err
	}
	if !opts.Annotate {
		return nil, nil
	}
	return e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
		return e.newObject(t, "IPython.core.display", "HTML", py.NewStr(m.HTML))
	})
}

// printNativeError shows a build failure: Cython's report for an error in
// the cell, one line for anything else (no compiler, C++ asked for).
func printNativeError(w io.Writer, err error) {
	msg := err.Error()
	if !strings.HasSuffix(msg, "\n") {
		msg += "\n"
	}
	fmt.Fprint(w, msg)
}

// prefixed is Cython's -I/-L/-l values as compiler flags.
func prefixed(flag string, xs []string) []string {
	var out []string
	for _, x := range xs {
		out = append(out, flag+x)
	}
	return out
}

// nonEmpty drops the empty default an Append option starts with.
func nonEmpty(xs []string) []string {
	var out []string
	for _, x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}
