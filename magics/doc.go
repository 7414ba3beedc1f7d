// Package magics turns an IPython-style cell into work for the interpreter:
// %timeit, %%timeit, %time, %%dis, %dis, %%native (alias %%cython),
// %load_ext, %lsmagic and the rest. It knows nothing about ZeroMQ; the
// kernel hands it cells and gets back outputs.
package magics
