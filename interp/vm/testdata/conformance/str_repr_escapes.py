for s in ["", "'", '"', "'\"", "\\", "\n\r\t", "\x01\x1f", "\u0100", "\U0010ffff", "\ud800", "a\u200bb"]:
    print(repr(s), ascii(s), len(s))
