"""Protocol behaviour beyond the official suite: status around every
request, stop_on_error, interrupts by message and by SIGINT, input() over
stdin, history, and shutdown on control."""
import os
import signal
import subprocess
import sys
import time
import unittest
from queue import Empty

from jupyter_client.manager import start_new_kernel

import kernels
from base import KernelCase, TIMEOUT, get


class ProtocolTests(KernelCase):
    def test_kernel_info(self):
        msg_id = self.kc.kernel_info()
        reply = self.reply_to(msg_id)
        c = reply["content"]
        self.assertEqual(reply["header"]["version"], "5.3")
        self.assertEqual(c["protocol_version"], "5.3")
        self.assertEqual(c["implementation"], "bytepy")
        self.assertEqual(c["language_info"]["name"], "python")
        self.assertEqual(c["language_info"]["version"], "3.7.16")
        self.assertEqual(c["language_info"]["mimetype"], "text/x-python")
        self.assertEqual(c["language_info"]["file_extension"], ".py")
        self.assertEqual(c["language_info"]["pygments_lexer"], "ipython3")
        self.assertEqual(c["language_info"]["codemirror_mode"], {"name": "ipython", "version": 3})
        self.assertEqual(c["language_info"]["nbconvert_exporter"], "python")
        states = [m["content"]["execution_state"] for m in self.iopub_until_idle(msg_id)]
        self.assertEqual(states, ["busy", "idle"])

    def test_is_complete(self):
        for code, status in [("1+1", "complete"), ("for x in y:", "incomplete"), ("1)", "invalid")]:
            with self.subTest(code=code):
                reply = self.reply_to(self.kc.is_complete(code))
                self.assertEqual(reply["content"]["status"], status)
                if status == "incomplete":
                    self.assertIn("indent", reply["content"])

    def test_complete_counts_code_points(self):
        code = "s = 'é😀'; zi"
        reply = self.reply_to(self.kc.complete(code, len(code)))
        self.assertEqual(reply["content"]["matches"], ["zip"])
        self.assertEqual(reply["content"]["cursor_start"], len(code) - 2)
        self.assertEqual(reply["content"]["cursor_end"], len(code))

    def test_history(self):
        for code in ["1+2", "40 + 2", "1+2"]:
            self.execute(code)
        tail = self.reply_to(self.kc.history(hist_access_type="tail", n=3, output=True, raw=True))
        hist = tail["content"]["history"]
        self.assertEqual([h[2][0] for h in hist], ["1+2", "40 + 2", "1+2"])
        self.assertEqual([h[2][1] for h in hist], ["3", "42", "3"])
        session, start = hist[0][0], hist[0][1]
        rng = self.reply_to(self.kc.history(hist_access_type="range", session=session,
                                            start=start, stop=start + 2, raw=True, output=False))
        self.assertEqual([h[1:] for h in rng["content"]["history"]], [[start, "1+2"], [start + 1, "40 + 2"]])
        search = self.reply_to(self.kc.history(hist_access_type="search", pattern="1?2", unique=True,
                                               raw=True, output=False))
        self.assertEqual([h[2] for h in search["content"]["history"]], ["1+2"])

    def test_execution_count(self):
        reply, msgs = self.execute("1+2")
        n = reply["content"]["execution_count"]
        inputs = [m for m in msgs if m["msg_type"] == "execute_input"]
        self.assertEqual(inputs[0]["content"]["execution_count"], n)
        reply, _ = self.execute("1+2", store_history=False)
        self.assertEqual(reply["content"]["execution_count"], n)
        reply, msgs = self.execute("1+2", silent=True)
        self.assertEqual([m["msg_type"] for m in msgs], ["status", "status"])
        reply, _ = self.execute("1+2")
        self.assertEqual(reply["content"]["execution_count"], n + 1)

    def test_user_expressions(self):
        reply, _ = self.execute("x = 1" if kernels.ENGINE == "real" else "1",
                                user_expressions={"two": "1+1"})
        ue = reply["content"]["user_expressions"]["two"]
        self.assertEqual(ue["status"], "ok")
        self.assertEqual(ue["data"]["text/plain"], "2")

    def test_stop_on_error(self):
        first = self.kc.execute("import time; time.sleep(0.5); raise ValueError('x')")
        queued = [self.kc.execute("1+2") for _ in range(3)]
        self.assertEqual(self.reply_to(first)["content"]["status"], "error")
        for msg_id in queued:
            self.assertEqual(self.reply_to(msg_id)["content"]["status"], "aborted")
        # Without stop_on_error the next cell runs.
        first = self.kc.execute("import time; time.sleep(0.5); raise ValueError('x')", stop_on_error=False)
        after = self.kc.execute("1+2")
        self.assertEqual(self.reply_to(first)["content"]["status"], "error")
        self.assertEqual(self.reply_to(after)["content"]["status"], "ok")

    def test_error_message(self):
        reply, msgs = self.execute("1/0")
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "ZeroDivisionError")
        errors = [m for m in msgs if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1)
        self.assertTrue(any("\x1b[" in line for line in errors[0]["content"]["traceback"]),
                        "traceback has no ANSI colour")

    def _interrupt_loop(self, how):
        msg_id = self.kc.execute("while True: pass")
        # Wait until the cell is running.
        while True:
            msg = get(self.kc.iopub_channel, timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
                break
        time.sleep(0.2)
        how()
        reply = self.reply_to(msg_id)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "KeyboardInterrupt")
        self.assertServing()

    def test_interrupt_by_signal(self):
        self._interrupt_loop(self.km.interrupt_kernel)  # kernelspec says interrupt_mode signal

    def test_interrupt_by_message(self):
        def send():
            msg = self.kc.session.msg("interrupt_request", {})
            self.kc.control_channel.send(msg)
            reply = self.reply_to(msg["header"]["msg_id"], self.kc.control_channel)
            self.assertEqual(reply["msg_type"], "interrupt_reply")
        self._interrupt_loop(send)

    def test_sigint_when_idle_is_harmless(self):
        for _ in range(3):
            self.km.signal_kernel(signal.SIGINT)
        time.sleep(0.2)
        self.assertServing()

    def test_input(self):
        prompts = []

        def answer(msg):
            prompts.append((msg["content"]["prompt"], msg["content"]["password"]))
            self.kc.input("bob")

        out = []
        reply = self.kc.execute_interactive("print(input('name? '))", allow_stdin=True, timeout=TIMEOUT,
                                            stdin_hook=answer, output_hook=out.append)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(prompts, [("name? ", False)])
        text = "".join(m["content"].get("text", "") for m in out if m["msg_type"] == "stream")
        self.assertEqual(text, "bob\n")
        reply = self.kc.execute_interactive("import getpass; print(getpass.getpass('pw: '))",
                                            allow_stdin=True, timeout=TIMEOUT, stdin_hook=answer,
                                            output_hook=lambda m: None)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(prompts[-1], ("pw: ", True))

    def test_input_interrupted(self):
        msg_id = self.kc.execute("print(input('never answered: '))", allow_stdin=True)
        req = get(self.kc.stdin_channel, timeout=TIMEOUT)
        self.assertEqual(req["msg_type"], "input_request")
        self.km.interrupt_kernel()
        self.assertEqual(self.reply_to(msg_id)["content"]["ename"], "KeyboardInterrupt")
        # A late answer to the abandoned prompt is dropped, not misdelivered.
        self.kc.input("late")
        self.assertServing()

    def test_input_not_allowed(self):
        reply, _ = self.execute("print(input('x'))", allow_stdin=False)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "StdinNotImplementedError")

    def test_comms(self):
        msg = self.kc.session.msg("comm_info_request", {})
        self.kc.shell_channel.send(msg)
        self.assertEqual(self.reply_to(msg["header"]["msg_id"])["content"]["comms"], {})
        msg = self.kc.session.msg("comm_open", {"comm_id": "abc", "target_name": "no.such.target", "data": {}})
        self.kc.shell_channel.send(msg)
        kinds = [(m["msg_type"], m["content"].get("comm_id")) for m in self.iopub_until_idle(msg["header"]["msg_id"])]
        self.assertIn(("comm_close", "abc"), kinds)

    def test_many_prints_are_batched(self):
        n = 100000
        reply, msgs = self.execute("for i in range(%d): print(i)" % n)
        self.assertEqual(reply["content"]["status"], "ok")
        streams = [m for m in msgs if m["msg_type"] == "stream"]
        text = "".join(m["content"]["text"] for m in streams)
        self.assertEqual(text, "".join("%d\n" % i for i in range(n)))
        self.assertLess(len(streams), n // 100)


ORPHAN_PARENT = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
import kernels
from jupyter_client.manager import KernelManager
km = KernelManager(kernel_name=kernels.kernel_name())
km.start_kernel()
print(km.provisioner.process.pid, flush=True)
time.sleep(600)
"""


class ShutdownTests(unittest.TestCase):
    def test_exits_when_parent_dies(self):
        # A frontend killed outright leaves its kernel behind; the kernel
        # notices (JPY_PARENT_PID is set) and exits instead of lingering.
        if kernels.kernel_name() is None:
            raise unittest.SkipTest("no kernel")
        parent = subprocess.Popen([sys.executable, "-c", ORPHAN_PARENT, os.path.dirname(__file__)],
                                  stdout=subprocess.PIPE)
        try:
            kernel_pid = int(parent.stdout.readline())
        finally:
            parent.kill()
            parent.wait()
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            try:
                with open("/proc/%d/stat" % kernel_pid) as f:
                    if f.read().rsplit(")", 1)[1].split()[0] == "Z":
                        return  # exited; waiting for a reaper that may never come
            except FileNotFoundError:
                return
            time.sleep(0.1)
        os.kill(kernel_pid, signal.SIGKILL)
        self.fail("kernel outlived its parent")

    def test_shutdown_on_control_with_restart(self):
        name = kernels.kernel_name()
        if name is None:
            raise unittest.SkipTest("no kernel")
        km, kc = start_new_kernel(kernel_name=name)
        try:
            msg = kc.session.msg("shutdown_request", {"restart": True})
            kc.control_channel.send(msg)
            reply = get(kc.control_channel, timeout=TIMEOUT)
            self.assertEqual(reply["msg_type"], "shutdown_reply")
            self.assertEqual(reply["content"], {"status": "ok", "restart": True})
            deadline = time.time() + TIMEOUT
            while km.is_alive() and time.time() < deadline:
                time.sleep(0.05)
            self.assertFalse(km.is_alive(), "kernel did not exit after shutdown_request")
            self.assertEqual(km.provisioner.process.returncode if km.provisioner else 0, 0)
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)


if __name__ == "__main__":
    unittest.main()
