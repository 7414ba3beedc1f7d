import time
t = time.gmtime(1234567890.5)
print(t, t.tm_zone, t.tm_gmtoff, t[0], t[-1], len(t), t[1:3], type(t).__module__, type(t).__name__)
print(time.strftime('%a %A %b %B %c|%d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %% %e %D %T %F %R %C %u %h %k %l %r', t))
print(time.asctime(t), time.ctime(0), time.mktime(t), time.timezone, time.altzone, time.daylight, time.tzname)
print(time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0), time.localtime(0))
print(time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)))
print(time.asctime((2020, 1, 5, 3, 4, 5, 6, 5, 0)))
print(time.strftime('%Y-%m-%d %U %W %j', (2020, 1, 5, 3, 4, 5, 6, 5, 0)))
print(time.strftime('%U %W', (2021, 12, 31, 0, 0, 0, 4, 365, 0)))
print(time.gmtime(-1), time.gmtime(86400 * 366 * 30 + 0.99))
y, m, d, *rest = time.localtime(1e9)
print(y, m, d, rest)
print(list(time.gmtime(951782400)))
print(time.strptime("2024-03-05", "%Y-%m-%d"))
print(time.strptime("Tue Mar  5 13:04:05 2024"))
print(time.strptime("05/03/24 01:02:03 PM", "%d/%m/%y %I:%M:%S %p"))
print(time.strptime("1999 45", "%Y %j")[:3])
for s, f in [("2024-13-01", "%Y-%m-%d"), ("2024-03-05x", "%Y-%m-%d"), ("abc", "%Y")]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print(e)
