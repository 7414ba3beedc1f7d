package magics

// Docstrings shown by %magic, %quickref and %name?. They describe what
// bytepy's magics do, in IPython's layout.

const timeitDoc = `Time execution of a Python statement or expression

Usage, in line mode:
  %timeit [-n<N> -r<R> [-t|-c] -q -p<P> -o] statement
or in cell mode:
  %%timeit [-n<N> -r<R> [-t|-c] -q -p<P> -o] setup_code
  code
  code...

The statement runs inside the interpreter, in a loop compiled with it, so
kernel overhead is not measured. Without -n the loop count is 1, 10, 100,
... until one run takes at least 0.2 s; then -r runs (default 7) are made.

Options:
-n<N>: execute the given statement <N> times in a loop.
-r<R>: number of repeats <R>, each consisting of <N> loops; the mean and
population standard deviation of the per-loop times are reported.
-t: use time.time to measure the time.
-c: use time.process_time to measure the time.
-p<P>: use a precision of <P> digits to display the timing result
(default: 3).
-q: quiet, do not print result.
-o: return a TimeitResult that can be stored in a variable to inspect
the result in more details.`

const timeDoc = `Time execution of a Python statement or expression.

The CPU and wall clock times are printed, and the value of the
expression (if any) is returned.

  %time expression
  %%time
  statements...`

const disDoc = `Disassemble Python 3.7 bytecode.

  %%dis [--run]
  code...

prints exactly what CPython 3.7's dis.dis(source) prints for the cell (an
expression if the cell is one, statements otherwise; code objects are
named with file "<dis>"). The cell is not run unless --run is given.

  %dis EXPR

disassembles a live object: a function, method, class (each of its
methods, sorted by name), generator or code object.`

const loadExtDoc = `Load an IPython extension by its module name.

  %load_ext Cython

makes %%cython an alias of %%native, which compiles the cell to native
code.`

const whoDoc = `Print all interactive variables, with some minimal formatting.

If any arguments are given, only variables whose type matches one of
these are printed. For example:

  %who function str`

const whosDoc = `Like %who, but gives some extra information about each variable.

The same type filtering of %who can be applied here. For all variables,
the type is printed; dicts, lists and tuples show their length, and
other values their str() (shortened past 50 characters).`

const resetDoc = `Resets the namespace by removing all names defined by the user.

  %reset -f

-f: force reset without asking for confirmation.`

const cdDoc = `Change the current working directory.

  %cd DIR     go to DIR
  %cd         go to the home directory
  %cd -       go back to the previous directory

-q: quiet. Do not print the working directory after the cd command is
executed.`

const envDoc = `Get, set, or list environment variables.

  %env            lists all environment variables/values
  %env var        get value for var
  %env var val    set value for var
  %env var=val    set value for var`

const precisionDoc = `Set floating point precision for pretty printing.

Can set either integer precision or a format string.

If no argument is given, defaults will be restored.

  %precision 3     floats print as '%.3f'
  %precision %e    floats print with '%e'
  %precision       back to repr`

const magicIntro = `IPython's 'magic' functions
===========================

The magic function system provides a series of functions which allow you to
control the behavior of IPython itself, plus a lot of system-type
features. There are two kinds of magics, line-oriented and cell-oriented.

Line magics are prefixed with the % character and work much like OS
command-line calls: they get as an argument the rest of the line, where
arguments are passed without parentheses or quotes. For example, this will
time the given statement::

        %timeit range(1000)

Cell magics are prefixed with a double %%, and they are functions that get as
an argument not only the rest of the line, but also the lines below it in a
separate argument. These magics are called with two arguments: the rest of the
call line and the body of the cell, consisting of the lines below the first.
For example::

        %%timeit x = numpy.random.randn((100, 100))
        numpy.linalg.svd(x)

will time the execution of the numpy svd routine, running the assignment of x
as part of the setup phase, which is not timed.

In bytepy, %%dis shows a cell's CPython 3.7 bytecode, and %%native (or
%%cython after %load_ext Cython) compiles a cell to native code.

The % prefix is always needed: bytepy has no automagic.

Magic functions
===============
`

const quickrefText = `
IPython -- An enhanced Interactive Python - Quick Reference Card
================================================================

obj?, obj??      : Get help, or more help for object (also works as
                   ?obj, ??obj).
?foo.*abc*       : List names in 'foo' containing 'abc' in them.
%magic           : Information about IPython's 'magic' % functions.

Magic functions are prefixed by % or %%.

Example magic function calls:

%timeit f()    time f() (loop chosen automatically, 7 runs)
%%timeit       time the whole cell
%time x = f()  run once, print CPU and wall time
%%dis          print the cell's CPython 3.7 bytecode
%cd /usr/share change working dir
%pwd           current working dir
%env           environment variables
%who, %whos    list the user's variables
%reset -f      clear the user namespace
%history -n    print input history with line numbers

System commands:

!cp a.txt b/     : System command escape, calls os.system()
files = !ls /usr : Capture system command output
`
