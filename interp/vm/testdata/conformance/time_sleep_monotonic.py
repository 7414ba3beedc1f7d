import time
a = time.monotonic()
b = time.perf_counter()
for _ in range(3):
    time.sleep(0.001)
print(time.monotonic() - a > 0.002, time.perf_counter() - b > 0.002, time.process_time() >= 0)
print(isinstance(time.time(), float), time.time() > 1.5e9)
try:
    time.sleep("1")
except TypeError as e:
    print(e)
