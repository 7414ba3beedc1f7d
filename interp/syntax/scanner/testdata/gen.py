"""Golden data for the scanner tests, from the oracle (CPython 3.7).

Run from the package directory with the oracle:

    /root/.pyenv/versions/3.7.16/bin/python3.7 testdata/gen.py           # write goldens
    /root/.pyenv/versions/3.7.16/bin/python3.7 testdata/gen.py --print   # print them as JSON

It writes:
  tokens/NAME.golden   the tokenize module's tokens for tokens/NAME.py: one
                       JSON array per line [type, string, [l, c], [l, c]],
                       ENCODING skipped, exact operator types, columns in
                       UTF-8 bytes.
  errors/NAME.golden   compile()'s SyntaxError for errors/NAME.py as a JSON
                       object {kind, msg, lineno, offset, text}.
  literals.golden      for each line of literals.txt, JSON {src, repr} of
                       eval(src), or {src, error} with the SyntaxError message.

Where tokenize.py differs from the C tokenizer the golden records the C
tokenizer's behaviour (see c_tokenizer_fixups).
"""
import glob
import io
import json
import os
import sys
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))


def translate_newlines(text):
    # What tokenizer.c's translate_newlines does to compile()'s input,
    # including the blank line it adds after a final CRLF.
    out = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\r\n"):
        out += "\n"
    return out


def c_tokenizer_fixups(toks):
    """tokenize.py emits a NEWLINE '' after a comment-only last line
    without a newline; CPython's tokenizer ends no logical line there.
    tokenize.py also reports the blank before a character it cannot
    tokenize as an ERRORTOKEN; the C tokenizer skips blanks."""
    out = []
    for t in toks:
        if t[0] == "NEWLINE" and t[1] == "" and out and out[-1][0] == "NL":
            continue
        if t[0] == "ERRORTOKEN" and t[1].strip(" \t\f") == "":
            continue
        out.append(t)
    return out


def golden_tokens(path):
    with open(path, "rb") as f:
        data = f.read()
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = translate_newlines(data.decode(encoding))
    lines = text.split("\n")

    def bytecol(row, col):
        # Columns past the line's text (its newline) count one byte each.
        if row - 1 >= len(lines):
            return col
        line = lines[row - 1]
        return len(line[:col].encode("utf-8")) + max(0, col - len(line))

    toks = []
    for t in tokenize.generate_tokens(io.StringIO(text).readline):
        name = tokenize.tok_name[t.exact_type]
        toks.append([name, t.string,
                     [t.start[0], bytecol(*t.start)],
                     [t.end[0], bytecol(*t.end)]])
    toks = c_tokenizer_fixups(toks)
    return "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in toks)


def golden_error(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        compile(data, "f", "exec")
    except SyntaxError as e:
        msg, (_, lineno, offset, text) = e.args
        return json.dumps({"kind": type(e).__name__, "msg": msg, "lineno": lineno,
                           "offset": offset, "text": text or ""}, ensure_ascii=False) + "\n"
    raise SystemExit("%s compiles; it is not an error sample" % path)


def golden_literals():
    out = []
    with open(os.path.join(HERE, "literals.txt"), encoding="utf-8") as f:
        text = f.read()
    # A literal may span lines: split on lines that start a new literal
    # (everything is one literal per line except continued strings, which
    # are joined while they don't compile alone).
    pending = ""
    for line in text.split("\n"):
        if not line and not pending:
            continue
        src = pending + line
        try:
            compile(src, "f", "eval")
        except SyntaxError as e:
            if e.msg.startswith("EOL") or e.msg.startswith("EOF"):
                pending = src + "\n"
                continue
            out.append({"src": src, "error": e.msg})
            pending = ""
            continue
        pending = ""
        out.append({"src": src, "repr": repr(eval(src))})
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)


def all_goldens():
    files = {}
    for p in sorted(glob.glob(os.path.join(HERE, "tokens", "*.py"))):
        files[os.path.relpath(p[:-3] + ".golden", HERE)] = golden_tokens(p)
    for p in sorted(glob.glob(os.path.join(HERE, "errors", "*.py"))):
        files[os.path.relpath(p[:-3] + ".golden", HERE)] = golden_error(p)
    files["literals.golden"] = golden_literals()
    return files


def main():
    files = all_goldens()
    if "--print" in sys.argv:
        json.dump(files, sys.stdout, ensure_ascii=False, sort_keys=True)
        return
    for name, content in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(content)
    print(len(files), "golden files written")


if __name__ == "__main__":
    main()
