"""Reads a JSON list of literal sources on stdin and writes a JSON list:
{"repr": repr(eval(src))} or {"error": SyntaxError message}. Used by the
live literal test."""
import json
import sys

out = []
for src in json.loads(sys.stdin.buffer.read().decode("utf-8")):
    try:
        out.append({"repr": repr(eval(compile(src, "f", "eval")))})
    except SyntaxError as e:
        out.append({"error": e.msg})
sys.stdout.write(json.dumps(out))
