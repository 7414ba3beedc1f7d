"""Kernel numbers, measured through jupyter_client as a frontend sees them:
start-to-ready time, RSS after start, round trip of a trivial execute
(median and p99), and a million printed lines. Prints numbers, asserts
nothing (machines are shared and noisy).

    /usr/bin/python3 tests/kernel/measure.py [--runs N] [--compare]

--compare measures Debian's ipykernel (kernel "python3") the same way, its
round trips interleaved with bytepy's.
Uses the kernel kernels.py selects (the fake engine until the interpreter
is linked)."""
import argparse
import statistics
import time

from jupyter_client.manager import KernelManager
from jupyter_client.utils import run_sync

import kernels


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def until_idle(kc, msg_id):
    lines = msgs = 0
    while True:
        m = run_sync(kc.iopub_channel.get_msg)(timeout=120)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "stream":
            msgs += 1
            lines += m["content"]["text"].count("\n")
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            return lines, msgs


def first_reply(name):
    """Spawn to the first kernel_info_reply, and spawn to wait_for_ready
    (which adds jupyter_client's own iopub polling, ~200 ms)."""
    t0 = time.perf_counter()
    km = KernelManager(kernel_name=name)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.kernel_info()
    kc.get_shell_msg(timeout=60)
    first = time.perf_counter() - t0
    kc.wait_for_ready(timeout=60)
    ready = time.perf_counter() - t0
    return km, kc, first, ready


class Started:
    """A kernel measured from its spawn: the second start of it (a first
    start pays jupyter_client's one-time costs: entry points,
    provisioner), with its start-to-ready times and RSS."""

    def __init__(self, name):
        km, kc, _, _ = first_reply(name)
        kc.stop_channels()
        km.shutdown_kernel(now=True)
        self.name = name
        self.km, self.kc, self.first, self.ready = first_reply(name)
        self.pid = self.km.provisioner.process.pid if self.km.provisioner else self.km.kernel.pid
        time.sleep(0.5)
        self.rss = rss_kib(self.pid)
        self.reply_times, self.idle_times = [], []

    def round_trip(self):
        """One execute of 1+1: times to its reply and to its idle."""
        kc = self.kc
        t = time.perf_counter()
        msg_id = kc.execute("1+1")
        kc.get_shell_msg(timeout=30)
        self.reply_times.append(time.perf_counter() - t)
        until_idle(kc, msg_id)
        self.idle_times.append(time.perf_counter() - t)

    def million(self, print_code):
        """Run print_code; (lines, stream messages, seconds to idle)."""
        t = time.perf_counter()
        msg_id = self.kc.execute(print_code)
        self.kc.get_shell_msg(timeout=300)
        lines, msgs = until_idle(self.kc, msg_id)
        return lines, msgs, time.perf_counter() - t

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000


def report(k, lines, msgs, million):
    """Print k's numbers and return them as a dict (for bench/kernel)."""
    print("%-22s start to first reply %7.1f ms, to wait_for_ready %7.1f ms; RSS after start %6.1f MiB" % (
        k.name, k.first * 1000, k.ready * 1000, k.rss / 1024))
    print("%-22s execute 1+1 (%d runs): reply median %.2f ms p99 %.2f ms; to idle median %.2f ms p99 %.2f ms" % (
        "", len(k.reply_times), statistics.median(k.reply_times) * 1000, pct(k.reply_times, 99),
        statistics.median(k.idle_times) * 1000, pct(k.idle_times, 99)))
    print("%-22s 1,000,000 printed lines: %d lines in %d stream messages, %.2f s" % ("", lines, msgs, million))
    return {"first_reply_ms": k.first * 1000, "ready_ms": k.ready * 1000, "rss_mib": k.rss / 1024,
            "reply_median_ms": statistics.median(k.reply_times) * 1000, "reply_p99_ms": pct(k.reply_times, 99),
            "idle_median_ms": statistics.median(k.idle_times) * 1000, "idle_p99_ms": pct(k.idle_times, 99),
            "lines": lines, "stream_msgs": msgs, "million_s": million}


def measure_all(names, runs, print_code):
    """Measure several kernels in one run. Starts are timed one kernel
    after the other; the round trips are interleaved, one execute per
    kernel in turn, so that a shared machine's load, which drifts over
    seconds, weighs on every kernel alike; then each prints its million
    lines. Returns one dict of numbers per kernel, in order."""
    started = []
    try:
        for name in names:
            started.append(Started(name))
        for _ in range(runs):
            for k in started:
                k.round_trip()
        return [report(k, *k.million(print_code)) for k in started]
    finally:
        for k in started:
            k.close()


def measure(name, runs, print_code):
    """measure_all for one kernel."""
    return measure_all([name], runs, print_code)[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=500)
    ap.add_argument("--compare", action="store_true")
    args = ap.parse_args()
    names = [kernels.kernel_name()] + (["python3"] if args.compare else [])
    measure_all(names, args.runs, "for i in range(1000000): print(i)")


if __name__ == "__main__":
    main()
