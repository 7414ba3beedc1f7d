import time
a = time.perf_counter(); time.sleep(0.01); b = time.perf_counter()
print(b - a >= 0.005, b - a < 5)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(abs(time.time() - time.time_ns() / 1e9) < 1)
print(time.monotonic() <= time.monotonic(), time.process_time() >= 0, type(time.monotonic_ns()).__name__)
print(time.time() > 1.5e9)
for f, a in [(time.sleep, ('a',)), (time.sleep, (-1,)), (time.gmtime, ('x',)), (time.strftime, (1,)),
             (time.strftime, ('%Y', (1, 2))), (time.sleep, ()), (time.asctime, (5,))]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
time.sleep(0)
for n in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    print(n, time.get_clock_info(n))
try:
    time.get_clock_info('x')
except ValueError as e:
    print(e)
print(time.thread_time() >= 0, type(time.thread_time_ns()).__name__)
