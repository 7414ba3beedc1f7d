"""Module docstring."""


def with_doc():
    """Function docstring."""
    return 1


def doc_then_code():
    'single quoted doc'
    x = 1
    'not a doc'
    return x


def no_doc():
    x = 1
    """Not a docstring."""
    return x


def fstring_not_doc():
    f'not a doc {1}'


def bytes_not_doc():
    b'not a doc'


def number_first():
    42
    """after a number"""


def concat_doc():
    "implicit" "concat"


class K:
    """Class docstring."""

    def m(self):
        """Method docstring."""


class NoDoc:
    x = 1
    """Not a class docstring."""


lam = lambda: 'lambda string is not a doc'
