d = {"a": 1, "b": [1, 2]}
w = 8
print(f"{d['a']:>{w}}|{d['b'][-1]:<{w}}|{'x':^{w}}|")
print(f'{"double in single"} {d["a"]}', f"""{'triple'} {"quotes"}""")
print(f"{'{'}{d['a']}{'}'}", f"{{{d['a']}}}", f"{'%d' % 5}", f"{'%s-%s' % ('a', 'b')}")
value = 1234.5678
for spec in [".1f", ",.2f", "e", "10.3g", "+08.2f", "_", ">12,"]:
    print(f"{value:{spec}}|")
print(f"{3!r:>4}", f"{'s'!r:>5}", f"{None!s:.2}", f"{[1, 2]!s:^10}|")
