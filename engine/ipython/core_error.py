"""IPython's exceptions, as magics and the kernel raise them."""


class IPythonCoreError(Exception):
    pass


class TryNext(IPythonCoreError):
    pass


class UsageError(IPythonCoreError):
    """Something went wrong with a magic's arguments: shown as one line."""


class StdinNotImplementedError(IPythonCoreError, NotImplementedError):
    """input() was called but the frontend cannot answer it."""
