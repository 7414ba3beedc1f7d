"""A kernel per test class, started through jupyter_client as a frontend
would, with helpers to talk to it."""
import unittest
from queue import Empty

from jupyter_client.manager import start_new_kernel
from jupyter_client.utils import run_sync

import kernels

TIMEOUT = 30


def get(channel, timeout=TIMEOUT):
    """One message from a client channel (whose get_msg is a coroutine in
    jupyter_client 7), or queue.Empty after timeout."""
    return run_sync(channel.get_msg)(timeout=timeout)


class KernelCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        name = kernels.kernel_name()
        if name is None:
            raise unittest.SkipTest("cannot build the %s kernel" % kernels.ENGINE)
        cls.km, cls.kc = start_new_kernel(kernel_name=name, startup_timeout=60)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def setUp(self):
        self.drain()

    def drain(self):
        for ch in (self.kc.shell_channel, self.kc.iopub_channel, self.kc.stdin_channel,
                   self.kc.control_channel):
            while True:
                try:
                    get(ch, timeout=0.05)
                except Empty:
                    break

    def reply_to(self, msg_id, channel=None, timeout=TIMEOUT):
        channel = channel or self.kc.shell_channel
        while True:
            msg = get(channel, timeout)
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg

    def iopub_until_idle(self, msg_id, timeout=TIMEOUT):
        msgs = []
        while True:
            msg = get(self.kc.iopub_channel, timeout=timeout)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            msgs.append(msg)
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return msgs

    def execute(self, code, **kw):
        msg_id = self.kc.execute(code, **kw)
        reply = self.reply_to(msg_id)
        return reply, self.iopub_until_idle(msg_id)

    def assertServing(self):
        """The kernel is alive and answers on shell, control and heartbeat."""
        self.assertTrue(self.km.is_alive(), "kernel process died")
        msg_id = self.kc.kernel_info()
        self.assertEqual(self.reply_to(msg_id, timeout=10)["content"]["status"], "ok")
        msg = self.kc.session.msg("kernel_info_request", {})
        self.kc.control_channel.send(msg)
        self.assertEqual(self.reply_to(msg["header"]["msg_id"], self.kc.control_channel, 10)["msg_type"],
                         "kernel_info_reply")
        self.assertTrue(self.kc.hb_channel.is_beating())
        reply, _ = self.execute("1+1")
        self.assertEqual(reply["content"]["status"], "ok")
