"""Writes ../unicode_names.txt.gz, the name table behind \\N{...} escapes:
every character name and name alias Python 3.7's unicodedata knows
(Unicode 11.0), except the algorithmic ones (CJK UNIFIED IDEOGRAPH-XXXX,
HANGUL SYLLABLE ...), which names.go computes.

Line format: NAME<TAB>hex code point. Name aliases are taken from
name_alias_candidates.txt (code point;alias, from Unicode's NameAliases.txt)
plus VS17..VS256, and kept only when 3.7's unicodedata.lookup accepts them.

Run with the oracle from the package dir: python3.7 testdata/gen_names.py
"""
import gzip
import unicodedata

lines = []
prefixed = {}
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None:
        continue
    if name.startswith("HANGUL SYLLABLE ") or name.startswith("CJK UNIFIED IDEOGRAPH-"):
        continue
    lines.append("%s\t%x" % (name, cp))

cands = []
with open("testdata/name_alias_candidates.txt") as f:
    for line in f:
        cp, alias = line.strip().split(";")
        cands.append((int(cp, 16), alias))
for i in range(17, 257):
    cands.append((0xE0100 + i - 17, "VS%d" % i))
for cp, alias in cands:
    try:
        ok = unicodedata.lookup(alias) == chr(cp)
    except KeyError:
        ok = False
    if ok and unicodedata.name(chr(cp), None) != alias:
        lines.append("%s\t%x" % (alias, cp))

data = ("\n".join(lines) + "\n").encode("ascii")
with open("unicode_names.txt.gz", "wb") as raw:
    with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as f:
        f.write(data)
print(len(lines), "names,", len(data), "bytes raw")
