import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
c0 = time.process_time()
time.sleep(0.01)
time.sleep(0)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.005, time.monotonic() >= m0, time.process_time() >= c0)
print(type(time.time()).__name__, type(time.perf_counter()).__name__, type(time.monotonic()).__name__, type(time.process_time()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
