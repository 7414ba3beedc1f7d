#!/usr/bin/env python3.7
"""Golden table for Parse's FileInput flag, from CPython 3.7 (the oracle).

`python3.7 FILE` tokenizes the file line by line as it reads it, and some
syntax errors come out differently from compile() of the same bytes: the
ones found at the end of input, and bad encoding declarations. For every
case below this writes each source to a scratch directory, then records:

  compile  the SyntaxError of compile(src, NAME.py, "exec"), or null
  file     the SyntaxError of running `python3.7 NAME.py` there (caught by a
           sys.excepthook that a sitecustomize module installs), or null
           when it ran, and
  stderr   that run's stderr as CPython prints it without the hook.

Errors are {kind, msg, lineno, offset, text} with text null for None and
lineno/offset null for None. Sources are stored as hex (some are not UTF-8).

Run from anywhere with the oracle:

    /root/.pyenv/versions/3.7.16/bin/python3.7 interp/syntax/parser/testdata/gen_fileinput.py

It writes fileinput.json next to this script; with --live it prints the same
JSON on stdout instead, for the Go test's live comparison.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# (name, source bytes). Left out on purpose: bytes invalid in a file that
# declares utf-8 (compile() and the file both report a "(unicode error)"
# from the string literal, which Parse does not do in either mode).
CASES = [
    # unexpected EOF: brackets, blocks, backslash continuations
    ("paren_nl", b"print(1,\n"),
    ("paren_nonl", b"print(1,"),
    ("paren_two_lines", b"x = (1,\n     2,\n"),
    ("paren_two_lines_nonl", b"x = (1,\n     2,"),
    ("paren_blank_after", b"x = (1,\n\n\n"),
    ("paren_comment_after", b"x = (1,\n# c\n"),
    ("paren_comment_nonl", b"x = (1,\n# c"),
    ("paren_ws_after", b"x = (1,\n   "),
    ("paren_then_line", b"a = 1\nx = f(1,\n"),
    ("only_open", b"("),
    ("only_open_nl", b"(\n"),
    ("brace", b"x = {1: 2\n"),
    ("bracket", b"x = [1, 2\n"),
    ("dict_after_colon", b"d = {1:\n"),
    ("long_line_paren", b"x = (" + b"1, " * 300 + b"\n"),
    ("formfeed_after_paren", b"x = (1,\n\x0c"),
    ("tab_after_paren", b"x = (1,\n\t"),
    ("backslash", b"x = 1 + \\\n"),
    ("backslash_nonl", b"x = 1 + \\"),
    ("backslash_in_paren", b"x = (1 + \\\n"),
    ("backslash_after_lines", b"a = 1\nx = 1 + \\\n"),
    ("backslash_then_paren", b"x = (1 + \\\n 2,\n"),
    ("backslash_in_paren_nonl", b"x = (1,\\"),
    ("if_colon", b"if x:\n"),
    ("if_colon_nonl", b"if x:"),
    ("if_colon_blank", b"if x:\n\n\n"),
    ("def_colon", b"def f():\n"),
    ("def_comment", b"def f():\n    # c\n"),
    ("class_colon_nonl", b"class A:"),
    ("nested_block", b"def f():\n    if x:\n"),
    ("indented_paren", b"def f():\n    x = (1,\n"),
    ("while_list", b"while True:\n    x = [\n        1,\n"),
    ("decorator", b"@dec\n"),
    # the tokenizer's buffer holds every line of a token that spans lines
    ("after_triple", b'x = ("""a\nb""",\n'),
    ("after_triple_more", b'x = ("""a\nb""",\n 2,\n'),
    ("after_triple_nonl", b'x = ("""a\nb"""'),
    ("after_continued_string", b"x = ('a\\\nb',\n"),
    # non-ASCII: the offset counts bytes of the emptied buffer
    ("paren_e_acute", "x = ('é',\n".encode()),
    ("paren_e_acute_2", "x = ('éé',\n".encode()),
    ("paren_e_acute_2_nonl", "x = ('éé',".encode()),
    ("paren_euro", "x = ('€€',\n".encode()),
    ("paren_euro_prev", "x = ('€€',\n 'a',\n".encode()),
    ("paren_e_acute_prev", "x = ('é',\n 1,\n".encode()),
    # newlines other than LF
    ("crlf_paren", b"x = (1,\r\n"),
    ("crlf_paren_two", b"x = (1,\r\n 2,\r\n"),
    ("cr_paren", b"x = (1,\r"),
    # EOF in a triple-quoted string
    ("triple", b'x = """abc\n\ndef\n'),
    ("triple_nonl", b'x = """abc\n\ndef'),
    ("triple_one_line_nonl", b'x = """abc'),
    ("triple_single_quotes", b"x = '''abc\n"),
    ("triple_after_lines", b'a = 1\nb = 2\nx = """abc\ndef\n'),
    ("triple_empty_lines", b'x = """\n\n\n'),
    ("triple_e_acute", 'x = """é\n'.encode()),
    ("triple_e_acute_2", 'x = """éé\n'.encode()),
    ("triple_e_acute_2_nonl", 'x = """éé'.encode()),
    ("triple_two_lines_e", 'x = """é\né\n'.encode()),
    ("triple_two_lines_e_nonl", 'x = """é\né'.encode()),
    ("triple_euro", 'x = """€€\n'.encode()),
    ("triple_after_non_ascii_line", 'a = "é"\nx = """abc\n'.encode()),
    ("triple_crlf", b'x = """a\r\nb\r\n'),
    ("triple_cr", b'x = """a\rb\r'),
    ("triple_bom", b'\xef\xbb\xbfx = """a\n'),
    ("triple_utf8_cookie", b'# coding: utf-8\nx = """a\n'),
    ("triple_utf_8_cookie", b'# coding: utf_8\nx = """a\n'),
    ("triple_utf8_alias_cookie", b'# coding: utf8\nx = """a\n'),
    ("triple_latin1", b'# coding: latin-1\nx = """\xe9\xe9\n'),
    ("triple_latin1_nonl", b'# coding: latin-1\nx = """\xe9'),
    ("triple_ascii", b'# coding: ascii\nx = """a\n'),
    # EOF in a single-quoted string continued by a backslash
    ("string_backslash", b"x = 'abc\\\n"),
    ("string_backslash_nonl", b"x = 'abc\\"),
    ("string_backslash_e_acute", "x = 'éé\\\n".encode()),
    ("string_backslash_e_acute_nonl", "x = 'éé\\".encode()),
    ("string_backslash_latin1", b"# coding: latin-1\nx = 'a\\\n"),
    ("paren_latin1", b'# coding: latin-1\nx = ("\xe9\xe9",\n'),
    ("paren_latin1_crlf", b"# coding: latin-1\r\nx = (1,\r\n"),
    # encoding declarations
    ("cookie_unknown", b"# -*- coding: bogus -*-\nx = 1\n"),
    ("cookie_unknown_line2", b"#!/usr/bin/env python\n# coding: bogus\nx = 1\n"),
    ("cookie_unknown_nonl", b"# coding: bogus"),
    ("cookie_bom_mismatch", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n"),
    ("cookie_bom_mismatch_line2", b"\xef\xbb\xbf#!x\n# coding: latin-1\nx = 1\n"),
    ("cookie_bom_unknown_line2", b"\xef\xbb\xbf#!x\n# coding: bogus\nx = 1\n"),
    ("cookie_ascii_bad_byte", b"# coding: ascii\nx = '\xc3\xa9'\n"),
    ("cookie_ascii_bad_byte_line5", b"# coding: ascii\na = 1\nb = 2\nc = 3\nx = '\xc3\xa9'\n"),
    ("cookie_ascii_line2_bad_byte", b"#!x\n# coding: ascii\nx = '\xc3\xa9'\n"),
    ("cookie_cp1252_undefined", b"# coding: cp1252\nx = '\x81'\n"),
    ("cookie_latin1_syntax", b"# coding: latin-1\nx = = 1\n"),
    ("no_cookie_bad_utf8", b"x = '\xff'\n"),
    ("no_cookie_bad_utf8_line3", b"a = 1\nb = 2\nx = '\xff'\n"),
    ("no_cookie_bad_utf8_comment", b"# \xff\nx = 1\n"),
    ("no_cookie_truncated_utf8", b"x = 1\n# \xc3"),
    # NUL bytes: compile() refuses them; a file's tokenizer loses the rest
    # of the line (the sources that run print nothing to stderr)
    ("nul_joins_lines", b"x = 1\0junk\nprint(x)\n"),
    ("nul_line_alone", b"\0\nprint(2)\n"),
    ("nul_at_end_nonl", b"x = 1\nprint(x)\0"),
    ("nul_crlf", b"x = 1\0junk\r\nprint(x)\r\n"),
    ("nul_twice", b"x = 1\0\0\nprint(x\0\n)\n"),
    ("nul_in_paren", b"x = (\0\n"),
    ("nul_in_triple", b'x = """a\0b\nc\n'),
    ("nul_ends_triple_file", b'x = """a\nb\0\n'),
    ("nul_latin1", b"# coding: latin-1\nx = 1\0junk\nprint(x)\n"),
    # the same in both modes
    ("string_eol", b"x = 'abc\n"),
    ("string_eol_nonl", b"x = 'abc"),
    ("string_eol_line2", b"a = 1\nb = 'x\n"),
    ("binop_nonl", b"x = 1 +"),
    ("bad_char_nonl", b"x = $"),
    ("invalid_nonl", b"x = = 1"),
    ("invalid_last_line_nonl", b"a = 1\nx y"),
    ("lambda_nonl", b"f = lambda:"),
    ("else_nonl", b"if x:\n    pass\nelse"),
    ("backslash_blank_line", b"x = 1 + \\\n\n"),
    ("close_mismatch", b"x = (1]\n"),
    ("unindent", b"if x:\n    a\n  b\n"),
    ("unindent_nonl", b"if x:\n    a\n  b"),
    ("tab_error", b"if x:\n\ta\n        b\n"),
    ("unexpected_indent_nonl", b"a\n  b"),
]

HOOK = '''
import json, os, sys
def hook(t, v, tb):
    if issubclass(t, SyntaxError):
        with open(os.environ["FILEINPUT_OUT"], "w") as f:
            json.dump([t.__name__, v.msg, v.lineno, v.offset, v.text], f)
    sys.__excepthook__(t, v, tb)
sys.excepthook = hook
'''


def fields(kind, msg, lineno, offset, text):
    return {"kind": kind, "msg": msg, "lineno": lineno, "offset": offset, "text": text}


def compile_error(src, filename):
    try:
        compile(src, filename, "exec")
    except SyntaxError as e:
        return fields(type(e).__name__, e.msg, e.lineno, e.offset, e.text)
    except ValueError as e:  # NUL bytes
        return fields("ValueError", str(e), None, None, None)
    return None  # a file can fail where compile() does not


def file_error(tmp, hook_dir, name):
    out = os.path.join(tmp, "fields.json")
    env = dict(os.environ, PYTHONHASHSEED="0")
    plain = subprocess.run([sys.executable, name + ".py"], cwd=tmp, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    env.update(PYTHONPATH=hook_dir, FILEINPUT_OUT=out)
    subprocess.run([sys.executable, name + ".py"], cwd=tmp, env=env,
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    got = None  # the file ran
    if os.path.exists(out):
        with open(out) as f:
            got = fields(*json.load(f))
        os.remove(out)
    return got, plain.stderr.decode("utf-8", "backslashreplace")


def generate():
    table = []
    with tempfile.TemporaryDirectory() as tmp:
        hook_dir = os.path.join(tmp, "hook")
        os.mkdir(hook_dir)
        with open(os.path.join(hook_dir, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        for name, src in CASES:
            with open(os.path.join(tmp, name + ".py"), "wb") as f:
                f.write(src)
            cwd = os.getcwd()
            os.chdir(tmp)  # as the file run sees it
            try:
                comp = compile_error(src, name + ".py")
            finally:
                os.chdir(cwd)
            got, stderr = file_error(tmp, hook_dir, name)
            table.append({"name": name, "src": src.hex(), "compile": comp,
                          "file": got, "stderr": stderr})
    return table


def main():
    names = [n for n, _ in CASES]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate case names")
    text = json.dumps(generate(), indent=1, ensure_ascii=False) + "\n"
    if "--live" in sys.argv[1:]:
        sys.stdout.write(text)
        return
    with open(os.path.join(HERE, "fileinput.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
