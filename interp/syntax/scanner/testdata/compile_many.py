"""Reads a JSON list of sources (str) on stdin, compiles each with
compile(src, 'f', 'exec') and writes a JSON list of results: {"ok": true}
or {"kind", "msg", "lineno", "offset", "text"}. Used by the live test."""
import json
import sys

out = []
for src in json.loads(sys.stdin.buffer.read().decode("utf-8")):
    try:
        compile(src, "f", "exec")
        out.append({"ok": True})
    except SyntaxError as e:
        out.append({"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno or 0,
                    "offset": e.offset or 0, "text": e.text or ""})
    except (ValueError, MemoryError, RecursionError) as e:
        out.append({"kind": type(e).__name__, "msg": str(e)})
json.dump(out, sys.stdout)
