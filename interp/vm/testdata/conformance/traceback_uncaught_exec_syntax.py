src = "x = (1,\ny = 2\n"
exec(compile("a = 1", "<ok>", "exec"))
print("compiled ok")
exec(src)
