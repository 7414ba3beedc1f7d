from datetime import date, datetime, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR

td = timedelta(days=1, hours=2, minutes=3, seconds=4.5, milliseconds=6, microseconds=7)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for t in [timedelta(), timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(weeks=2), timedelta(days=-1.5),
          timedelta(hours=25), timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6), timedelta(minutes=0.1), timedelta(2, 3, 4)]:
    print(str(t), repr(t))
a, b = timedelta(hours=5), timedelta(minutes=90)
print(a + b, a - b, b - a, -a, abs(-a), a * 2, 2 * a, a * 0.5, a / 2, a / b, a // b, a % b, divmod(a, b), a // 3, a / 7)
print(a > b, a == timedelta(seconds=18000), bool(timedelta()), hash(a) == hash(timedelta(hours=5)), timedelta.max, timedelta.min, timedelta.resolution)
try:
    timedelta(days=10**9)
except OverflowError as e:
    print('OverflowError', e)
try:
    timedelta(days='1')
except TypeError as e:
    print('TypeError', e)

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d + timedelta(days=1), d - timedelta(days=60), date(2024, 3, 1) - d, d.replace(day=1), date.fromordinal(738000), d.timetuple()[:8])
print(d.strftime('%Y/%m/%d %A %B %j'), '{:%d.%m.%Y}'.format(d), format(d), date.fromisoformat('2021-07-04'), date.min, date.max)
print(d < date(2025, 1, 1), d == date(2024, 2, 29), sorted([date(2020, 1, 1), date(2019, 5, 5)]), {d: 1}[date(2024, 2, 29)])
for args in [(2023, 2, 29), (2024, 13, 1), (0, 1, 1), (10000, 1, 1), (2024, 1, 0)]:
    try:
        date(*args)
    except ValueError as e:
        print('ValueError', e)
for bad in [(2024.0, 1, 1), ('2024', 1, 1)]:
    try:
        date(*bad)
    except TypeError as e:
        print('TypeError', e)
for y in [1, 4, 100, 400, 1900, 2000, 2023, 9999]:
    for m, dd in [(1, 1), (2, 28), (12, 31)]:
        x = date(y, m, dd)
        assert date.fromordinal(x.toordinal()) == x
    print(y, date(y, 12, 31).toordinal(), date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar())

dt = datetime(2024, 3, 15, 14, 30, 5, 123456)
print(dt, repr(dt), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 0, 0, 7)), repr(datetime(2024, 1, 1, 0, 0, 0, 5)))
print(dt.date(), dt.time(), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.isoformat(timespec='milliseconds'), dt.isoformat(timespec='hours'))
print(dt + timedelta(hours=12), dt - timedelta(days=365), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt, dt.replace(year=2020, microsecond=0))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %p %I %a %b %y'), dt.ctime(), dt.weekday(), dt.timetuple()[:6], dt.toordinal())
print(datetime.combine(date(2020, 5, 17), time(23, 59)), datetime.fromisoformat('2011-11-04T00:05:23'), datetime.fromisoformat('2011-11-04 00:05:23.283000'))
print(datetime.fromisoformat('2011-11-04T00:05:23+04:00'), repr(datetime.fromisoformat('2011-11-04')))
print(datetime.strptime('21/11/06 16:30', '%d/%m/%y %H:%M'), datetime.strptime('2023-07-04T09:08:07.5', '%Y-%m-%dT%H:%M:%S.%f'),
      datetime.strptime('Mar 5 2021 3:04PM', '%b %d %Y %I:%M%p'), datetime.strptime('Tuesday, 12 January 1999', '%A, %d %B %Y'))
for bad in [('2021-13-01', '%Y-%m-%d'), ('2021-01-01 extra', '%Y-%m-%d'), ('abc', '%Y')]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print('ValueError', e)
print(dt > datetime(2024, 3, 15), dt == datetime(2024, 3, 15, 14, 30, 5, 123456), dt == date(2024, 3, 15), datetime.min, datetime.max)
try:
    dt < date(2024, 1, 1)
except TypeError as e:
    print('TypeError', e)
try:
    datetime(2024, 1, 1, 24)
except ValueError as e:
    print('ValueError', e)

t = time(9, 5)
print(t, repr(t), repr(time(9, 5, 3)), repr(time(9, 5, 0, 10)), time(23, 59, 59, 999999), t.isoformat('minutes'), t.strftime('%H.%M'), time.min, time.max)
print(t < time(10), t.replace(hour=1), format(t, '%I %p'), time())
utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
named = timezone(timedelta(hours=-5, minutes=-30), 'EST-ish')
print(utc, repr(utc), plus2, repr(plus2), named, repr(named), timezone(timedelta(0)) is utc)
aware = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.astimezone(plus2), aware.astimezone(named).isoformat())
print(aware == datetime(2024, 6, 1, 14, 0, tzinfo=plus2), aware - datetime(2024, 6, 1, 14, 30, tzinfo=plus2), aware.timestamp(), aware.strftime('%z %Z'))
print(datetime.fromtimestamp(0, utc), datetime.utcfromtimestamp(86400.5), datetime(2024, 1, 1, tzinfo=plus2).strftime('%Y %z'), time(1, 2, tzinfo=plus2))
try:
    aware - datetime(2024, 1, 1)
except TypeError as e:
    print('TypeError', e)
try:
    aware < datetime(2024, 1, 1)
except TypeError as e:
    print('TypeError', e)
print(aware == datetime(2024, 6, 1, 12), MINYEAR, MAXYEAR, type(datetime.now()).__name__, isinstance(datetime.now(), date), date.today() <= datetime.now().date())
print(hash(aware) == hash(datetime(2024, 6, 1, 14, 0, tzinfo=plus2)))
