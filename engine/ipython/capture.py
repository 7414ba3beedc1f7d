"""What %%capture catches."""


class CapturedIO(object):
    def __init__(self, stdout, stderr, outputs=None):
        self._stdout = stdout
        self._stderr = stderr
        self._outputs = outputs or []

    def __str__(self):
        return self.stdout

    @property
    def stdout(self):
        return self._stdout

    @property
    def stderr(self):
        return self._stderr

    @property
    def outputs(self):
        return list(self._outputs)

    def show(self):
        import sys
        if self._stdout:
            sys.stdout.write(self._stdout)
        if self._stderr:
            sys.stderr.write(self._stderr)
        from IPython.core.display import display
        for o in self._outputs:
            display(o)

    __call__ = show
