import sys
import warnings
from contextlib import redirect_stderr

print(warnings.filters)
with redirect_stderr(sys.stdout):
    warnings.warn("plain")
    warnings.warn("plain")  # shown once per place
    for i in range(3):
        warnings.warn("in a loop")
    warnings.warn("deprecated here", DeprecationWarning)
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn(RuntimeWarning("an instance"))
    warnings.warn("bytes", BytesWarning)

    def api():
        warnings.warn("caller's line", UserWarning, stacklevel=2)

    api()
    api()

    def deep():
        warnings.warn("way up", stacklevel=10)

    deep()

    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("always shown")
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("ignored")
    warnings.warn("still shown", RuntimeWarning)
    warnings.resetwarnings()
    warnings.warn("after reset")
    warnings.simplefilter("once")
    warnings.warn("once only")
    warnings.warn("once only")
    warnings.simplefilter("module")
    warnings.warn("per module")
    warnings.warn("per module")
    warnings.resetwarnings()
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("SKIP me too")
    warnings.warn("not skipped")
    warnings.filterwarnings("error", category=RuntimeWarning)
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', repr(e))
    warnings.filterwarnings("error", module="__main__", lineno=0)
    try:
        warnings.warn("module error")
    except UserWarning as e:
        print('raised', repr(e))
    warnings.resetwarnings()

print(warnings.filters)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", SyntaxWarning)
    warnings.warn("second")
    print(len(w), w[0].category, str(w[0].message), w[0].filename, w[0].lineno, w[1].category.__name__)
    print(str(w[0]).split(', filename')[0])
print(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("inside", ResourceWarning)
    except ResourceWarning as e:
        print('raised', e)
print(warnings.filters)
print(warnings.formatwarning("msg", UserWarning, "file.py", 12))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "file.py", 3, line="  x = 1  ")))
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))


def my_show(message, category, filename, lineno, file=None, line=None):
    print('custom:', message, category.__name__, lineno)


warnings.showwarning = my_show
warnings.simplefilter("always")
warnings.warn("through hook")
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 42)
for bad in [lambda: warnings.warn("x", int), lambda: warnings.warn("x", "notaclass")]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print('AssertionError', e)
print(sorted(k for k in globals()['__warningregistry__'] if k != 'version')[:2])
