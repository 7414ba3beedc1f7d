"""Tool for measuring execution time of small code snippets (bytepy).

Timer(stmt, setup).timeit(number) runs setup once and stmt number times
inside a generated function and returns the seconds taken.
"""

try:
    from time import perf_counter as default_timer
except ImportError:
    from _timeit import perf_counter as default_timer

try:
    import gc
except ImportError:
    gc = None

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5

# The function every Timer compiles; {setup} and {stmt} are pasted in,
# re-indented, so the loop body is the user's code itself.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Indent every line after the first by indent spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _module_globals if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # Compiled alone first so a syntax error names the setup.
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled."""
        import sys
        e = sys.exc_info()[1]
        out = sys.stderr if file is None else file
        out.write("Traceback (most recent call last):\n")
        out.write("%s: %s\n" % (type(e).__name__, e))

    def timeit(self, number=default_number):
        """Time number executions of the main statement, in seconds."""
        # as CPython's, with the collector "off" while timing (in bytepy
        # only gc.isenabled() shows it: Go's collector keeps running)
        if gc is None:
            return self.inner(range(number), self.timer)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(range(number), self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() repeat times; return the list of results."""
        r = []
        for i in range(repeat):
            r.append(self.timeit(number))
        return r

    def autorange(self, callback=None):
        """Find a number of loops taking at least 0.2 seconds; return
        (number, time_taken)."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_module_globals = globals()
