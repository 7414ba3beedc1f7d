# f-string parts formatted into the thread's buffer: whether a part is
# ascii now comes from its spec and value, so the joined str's length,
# indexing and case mapping must still see every non-ascii character.
for i in [0, 7, 65, 97, 233, 960, 8364, 12354, 128512, 65535, 99999]:
    w = ["alpha", "é", "", "日本", "ab"][i % 5]
    for s in [
        f"{i:05d}|{w}|{w.upper()}|{i * 3 % 17:>3}|{i / 7:.3f}",
        f"{i:c}|{i:>4c}|{i:x}|{i:é>7}|{i:*^9}",
        f"{w:é<6}|{w:>6}|{w:.1}|{i/3:é>12.2f}|{i/3:e}|{-i:=+8}",
        f"{i:,}|{i:_x}|{i:#o}|{i:n}|{i/7:%}|{i/7:g}|{float(i):n}",
        f"{w:6}{i:2}{w:€^9}{i:€^9}",
    ]:
        print(s, len(s), s.upper(), s[::-1], [c for c in s if ord(c) > 127], s.isascii() if hasattr(s, "isascii") else None)
