// Package magics turns an IPython-style cell into work for the interpreter:
// %timeit, %%timeit, %time, %%dis, %dis, %%native (alias %%cython),
// %load_ext, %lsmagic and the rest. It knows nothing about ZeroMQ; the
// kernel hands it cells and gets back outputs.
//
// # The machine
//
// A cell goes through four stages:
//
//	cell text ──transform──▶ Python source ──compile──▶ code objects ──run (VM)──▶ effects
//
// The stages:
//
//  1. Transform (package magics/transform) is IPython 8.5's
//     TransformerManager.transform_cell: "%%name args" on the first line
//     makes the whole cell get_ipython().run_cell_magic('name', 'args',
//     body); "%name args" anywhere a statement can stand, or on the right
//     of "=", becomes get_ipython().run_line_magic('name', 'args'); "!cmd"
//     becomes get_ipython().system('cmd') and "x = !cmd" getoutput;
//     "name?" and "?name" become pinfo calls. Plain Python comes out
//     unchanged, so dis of ordinary code is unaffected.
//  2. Compile (Shell.CompileCell) is IPython's run_ast_nodes with
//     interactivity "last_expr": every top-level statement is compiled on
//     its own by our CPython 3.7 compiler, the last one in "single" mode
//     when it is an expression so the display hook shows its value.
//  3. Run is the VM's (Interp.Exec). When the code calls
//     get_ipython().run_line_magic or run_cell_magic, the VM's get_ipython
//     object calls back into Shell.RunLineMagic or Shell.RunCellMagic,
//     which look the name up in the Registry and run the magic's Go
//     function. A magic's result goes back to the VM as a Python value
//     (see RunLineMagic for the Go types it can be), so "x = %timeit -o
//     f()" binds a TimeitResult and "%pwd" as the last line displays a str.
//  4. Magics reach the interpreter only through the Interp interface:
//     they compile code themselves (%%dis never runs anything; %timeit
//     compiles IPython's timing function "def inner(_it, _timer): ..."
//     around the statement) and ask the VM to run it, so the timed loop
//     runs inside the VM and kernel overhead is never measured.
//
// Errors keep their kinds: a UsageError is printed by the kernel as one
// line, "UsageError: ...", as IPython prints it; a PyError is an
// exception a magic raises itself (ValueError, ModuleNotFoundError); any
// other error came from the VM and is already a Python exception.
//
// Option parsing follows IPython's two styles: ParseOptions is
// Magics.parse_options (getopt letters, "n:r:tcp:qo" for %timeit, with
// the statement text kept as typed), and ArgParser is magic_arguments
// (declared long and short options and positionals, argparse messages),
// used by %%writefile, %%capture, %%dis and available to %%native.
//
// The expected texts in the tests come from the real programs: IPython
// 8.5 under /usr/bin/python3 (testdata/gen_magics.py drives its own
// %timeit and %time with scripted clocks, and transform/testdata/
// gen_transform.py its transformer) and CPython 3.7.16 for %%dis and the
// timing function's bytecode (testdata/gen_dis.py).
package magics
