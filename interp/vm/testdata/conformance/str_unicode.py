s = "héllo wörld ✓ 𝄞"
print(len(s), s[1], s[-1], ord(s[-1]), hex(ord("✓")))
print(chr(0x1F600) == "\U0001F600", repr("\u00e9"), ascii(s))
print(s.encode("utf-8"))
print(s.encode("utf-8").decode("utf-8") == s)
print("é".encode("latin-1"), b"\xe9".decode("latin-1"))
print(repr("\x00\x07\n\t\\'\""), repr("it's"), repr('say "hi"'), repr("both ' \""))
print(repr("\x7f\x80\xa0\xad\u2028"))
print(sorted(["b", "a", "B", "é", "e"]))
