# upper()/lower() of ascii strs of every short length, with the bytes
# around the letter ranges ('@', '[', '`', '{', digits, controls), made
# both as new strs and in place in chains (concatenation then a case
# mapping then a reversal), where the word-at-a-time tail overlaps.
alpha = "aZ@[`{09 zA~\x7f\x00\x01_-"
seen = 0
for n in range(0, 20):
    for k in range(6):
        s = "".join(alpha[(i * 7 + k * 3 + n) % len(alpha)] for i in range(n))
        row = (s.upper(), s.lower(), ("-" + s + "+").lower()[::-1],
               ("x" + s + "Y").upper().lower(), "".join([s, "q"]).upper())
        seen += sum(len(x) for x in row)
        if k == 0 or n in (3, 4, 7, 8, 9, 15, 16, 17):
            print(n, repr(row))
print(seen)
