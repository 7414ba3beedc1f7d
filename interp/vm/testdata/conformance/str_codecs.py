for b in [b"\xe2\x82", b"\xe2\x82x", b"\xf0\x90\x80", b"\xff\xfe", b"a\x80b"]:
  try: b.decode()
  except UnicodeDecodeError as e: print(e, e.start, e.end)
  print(ascii(b.decode("utf-8","replace")), ascii(b.decode("utf-8","surrogateescape")), ascii(b.decode("utf-8","backslashreplace")))
for s in ["éé", "aé€\U0001f600b", "\ud800"]:
  for enc in ["ascii","latin-1","utf-8"]:
    try: s.encode(enc)
    except UnicodeEncodeError as e: print(e, e.start, e.end, e.reason)
    for h in ["replace","backslashreplace","xmlcharrefreplace","ignore"]:
      try: print(enc, h, s.encode(enc, h))
      except UnicodeEncodeError as e: print(h, e)
print("aé€\U0001f600".encode("utf-16"), "aé€\U0001f600".encode("utf-16-be"), "a\U0001f600".encode("utf-32"), b"\xff\xfea\x00".decode("utf-16"), b"a\x00".decode("utf-16"), "x".encode("UTF_16LE"))
print("aé€\U0001f600".encode("utf-16").decode("utf-16"), "aé€\U0001f600".encode("utf-32-be").decode("utf-32-be"))
try: b"a".decode("utf-16-le")
except UnicodeDecodeError as e: print(e)
try: "\udc80".encode("ascii","surrogateescape"); print("ok")
except UnicodeDecodeError as e: print(e)
try: "x".encode("ascii","bogus"); print("ok2"); "é".encode("ascii","bogus")
except LookupError as e: print(e)
print(ascii(b"a\xffb".decode("ascii", "surrogateescape").encode("ascii", "surrogateescape")), "\ud83d".encode("utf-8", "surrogatepass"), b"\xed\xa0\xbd".decode("utf-8", "surrogatepass") == "\ud83d")
e = UnicodeEncodeError("ascii", "xé", 1, 2, "bad")
print(e, e.args, e.object)
print("é".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf_8_sig"), "x".encode("UTF-8-SIG"))
try:
    "\ud800".encode("utf-8-sig")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xef\xbb\xbf\xff".decode("utf-8-sig")
except UnicodeDecodeError as e:
    print(e)
