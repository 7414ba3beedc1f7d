"""What %timeit -o returns."""


class TimeitResult(object):
    """Timing of a %timeit run: loops, repeat, best, worst, all_runs,
    compile_time, timings, average and stdev, in seconds."""

    def __init__(self, loops, repeat, best, worst, all_runs, compile_time, precision,
                 timings, average, stdev, text):
        self.loops = loops
        self.repeat = repeat
        self.best = best
        self.worst = worst
        self.all_runs = all_runs
        self.compile_time = compile_time
        self._precision = precision
        self.timings = timings
        self.average = average
        self.stdev = stdev
        self._text = text

    def __str__(self):
        return self._text

    def __repr__(self):
        return '<TimeitResult : ' + self._text + '>'


class MagicsDisplay(object):
    """A magic's result whose text is shown as it is (%lsmagic)."""

    def __init__(self, text):
        self._text = text

    def __repr__(self):
        return self._text
