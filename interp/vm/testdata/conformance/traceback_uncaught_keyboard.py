def work():
    raise KeyboardInterrupt
print("start")
work()
