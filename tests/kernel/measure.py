"""Kernel numbers, measured through jupyter_client as a frontend sees them:
start-to-ready time, RSS after start, round trip of a trivial execute
(median and p99), and a million printed lines. Prints numbers, asserts
nothing (machines are shared and noisy).

    /usr/bin/python3 tests/kernel/measure.py [--runs N] [--compare]

--compare measures Debian's ipykernel (kernel "python3") the same way.
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


def measure(name, runs, print_code):
    # A first start pays jupyter_client's one-time costs (entry points,
    # provisioner); measure the second.
    km, kc, _, _ = first_reply(name)
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    km, kc, first, ready = first_reply(name)
    pid = km.provisioner.process.pid if km.provisioner else km.kernel.pid
    time.sleep(0.5)
    rss = rss_kib(pid)
    reply_times, idle_times = [], []
    for _ in range(runs):
        t = time.perf_counter()
        msg_id = kc.execute("1+1")
        kc.get_shell_msg(timeout=30)
        reply_times.append(time.perf_counter() - t)
        until_idle(kc, msg_id)
        idle_times.append(time.perf_counter() - t)
    t = time.perf_counter()
    msg_id = kc.execute(print_code)
    kc.get_shell_msg(timeout=300)
    lines, msgs = until_idle(kc, msg_id)
    million = time.perf_counter() - t
    kc.stop_channels()
    km.shutdown_kernel(now=True)

    def pct(xs, p):
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000

    print("%-22s start to first reply %7.1f ms, to wait_for_ready %7.1f ms; RSS after start %6.1f MiB" % (
        name, first * 1000, ready * 1000, rss / 1024))
    print("%-22s execute 1+1 (%d runs): reply median %.2f ms p99 %.2f ms; to idle median %.2f ms p99 %.2f ms" % (
        "", runs, statistics.median(reply_times) * 1000, pct(reply_times, 99),
        statistics.median(idle_times) * 1000, pct(idle_times, 99)))
    print("%-22s 1,000,000 printed lines: %d lines in %d stream messages, %.2f s" % ("", lines, msgs, million))
    # The same numbers for callers that tabulate them (bench/kernel).
    return {"first_reply_ms": first * 1000, "ready_ms": ready * 1000, "rss_mib": rss / 1024,
            "reply_median_ms": statistics.median(reply_times) * 1000, "reply_p99_ms": pct(reply_times, 99),
            "idle_median_ms": statistics.median(idle_times) * 1000, "idle_p99_ms": pct(idle_times, 99),
            "lines": lines, "stream_msgs": msgs, "million_s": million}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=500)
    ap.add_argument("--compare", action="store_true")
    args = ap.parse_args()
    measure(kernels.kernel_name(), args.runs, "for i in range(1000000): print(i)")
    if args.compare:
        measure("python3", args.runs, "for i in range(1000000): print(i)")


if __name__ == "__main__":
    main()
