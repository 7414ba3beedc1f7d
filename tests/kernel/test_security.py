"""Hostile input: forged and replayed signatures, malformed frame lists,
invalid JSON, and raw TCP garbage. After each, the kernel must still be
alive and serving; and it must never answer a message it cannot verify."""
import hashlib
import hmac
import json
import os
import socket
import unittest
import uuid

import zmq
from jupyter_client.session import Session

from base import KernelCase

ZMTP_GREETING_START = b"\xff" + b"\x00" * 8 + b"\x7f"


class SecurityTests(KernelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ctx = zmq.Context()
        cls.info = cls.km.get_connection_info(session=False)
        if isinstance(cls.info["key"], str):
            cls.info["key"] = cls.info["key"].encode()

    @classmethod
    def tearDownClass(cls):
        cls.ctx.destroy(linger=0)
        super().tearDownClass()

    def url(self, channel):
        return "tcp://%s:%d" % (self.info["ip"], self.info[channel + "_port"])

    def dealer(self, channel="shell"):
        s = self.ctx.socket(zmq.DEALER)
        s.setsockopt(zmq.LINGER, 0)
        s.setsockopt(zmq.RCVTIMEO, 10000)
        s.connect(self.url(channel))
        self.addCleanup(s.close)
        return s

    def session(self, key=None):
        return Session(key=self.info["key"] if key is None else key, signature_scheme="hmac-sha256")

    def signed_frames(self, msg_type, content, key=None):
        sess = self.session(key)
        msg = sess.msg(msg_type, content)
        return msg["header"]["msg_id"], sess.serialize(msg)

    def next_reply_is_for(self, sock, channel="shell"):
        """Send a valid kernel_info_request and check that the very next
        message on sock answers it: nothing hostile was answered before."""
        msg_id, frames = self.signed_frames("kernel_info_request", {})
        sock.send_multipart(frames)
        reply = self.session().deserialize(self.session().feed_identities(sock.recv_multipart())[1])
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id,
                         "the kernel answered something it should have dropped")
        self.assertEqual(reply["msg_type"], "kernel_info_reply")

    def check_dropped(self, *frame_lists):
        for channel in ("shell", "control"):
            with self.subTest(channel=channel):
                sock = self.dealer(channel)
                for frames in frame_lists:
                    sock.send_multipart(frames)
                self.next_reply_is_for(sock, channel)
        self.assertServing()

    def test_forged_signature(self):
        _, frames = self.signed_frames("execute_request", {"code": "1+2", "silent": False})
        frames[1] = b"0" * 64
        _, wrong_key = self.signed_frames("execute_request", {"code": "1+2", "silent": False}, key=b"not the key")
        _, unsigned = self.signed_frames("execute_request", {"code": "1+2", "silent": False}, key=b"")
        self.check_dropped(frames, wrong_key, unsigned)

    def test_tampered_content(self):
        _, frames = self.signed_frames("execute_request", {"code": "1+2", "silent": False})
        frames[5] = json.dumps({"code": "print('pwned')", "silent": False}).encode()
        self.check_dropped(frames)

    def test_replayed_signature(self):
        sock = self.dealer()
        msg_id, frames = self.signed_frames("kernel_info_request", {})
        sock.send_multipart(frames)
        first = self.session().deserialize(self.session().feed_identities(sock.recv_multipart())[1])
        self.assertEqual(first["parent_header"]["msg_id"], msg_id)
        for _ in range(3):
            sock.send_multipart(frames)  # the same bytes again
        self.next_reply_is_for(sock)
        # Replaying on another socket is refused too: the history is shared.
        self.check_dropped(frames)

    def test_garbage_frames(self):
        key = self.info["key"]
        bad_json = [b'{"msg_type": "execute_request"', b"{}", b"{}", b'{"code": "1"}']
        sig = hmac.new(key, b"".join(bad_json), hashlib.sha256).hexdigest().encode()
        not_object = [b"[]", b"{}", b"{}", b"{}"]
        sig2 = hmac.new(key, b"".join(not_object), hashlib.sha256).hexdigest().encode()
        no_type = [json.dumps({"msg_id": str(uuid.uuid4())}).encode(), b"{}", b"{}", b"{}"]
        sig3 = hmac.new(key, b"".join(no_type), hashlib.sha256).hexdigest().encode()
        self.check_dropped(
            [b"garbage"],
            [b""],
            [b"<IDS|MSG>"],
            [b"<IDS|MSG>", b"sig", b"{}"],
            [os.urandom(64) for _ in range(8)],
            [b"<IDS|MSG>", sig] + bad_json,
            [b"<IDS|MSG>", sig2] + not_object,
            [b"<IDS|MSG>", sig3] + no_type,
            [b"<IDS|MSG>"] * 7,
        )

    def test_garbage_on_stdin_and_heartbeat(self):
        stdin = self.dealer("stdin")
        stdin.send_multipart([b"garbage", os.urandom(100)])
        _, frames = self.signed_frames("input_reply", {"value": "nobody asked"})
        stdin.send_multipart(frames)
        hb = self.ctx.socket(zmq.REQ)
        hb.setsockopt(zmq.LINGER, 0)
        hb.setsockopt(zmq.RCVTIMEO, 10000)
        hb.connect(self.url("hb"))
        self.addCleanup(hb.close)
        junk = os.urandom(1000)
        hb.send(junk)
        self.assertEqual(hb.recv(), junk)
        self.assertServing()

    def test_vanishing_heartbeat_clients(self):
        # Pingers that leave before their echo must not wedge the heartbeat.
        for i in range(10):
            s = self.ctx.socket(zmq.REQ)
            s.setsockopt(zmq.LINGER, 0)
            s.connect(self.url("hb"))
            s.send(b"gone %d" % i)
            s.close()
        for i in range(5):
            s = self.ctx.socket(zmq.REQ)
            s.setsockopt(zmq.LINGER, 0)
            s.setsockopt(zmq.RCVTIMEO, 10000)
            s.connect(self.url("hb"))
            s.send(b"ping %d" % i)
            self.assertEqual(s.recv(), b"ping %d" % i)
            s.close()
        self.assertServing()

    def tcp(self, channel):
        s = socket.create_connection((self.info["ip"], self.info[channel + "_port"]), timeout=10)
        self.addCleanup(s.close)
        return s

    def test_raw_tcp_garbage(self):
        for channel in ("shell", "control", "stdin", "iopub", "hb"):
            with self.subTest(channel=channel):
                s = self.tcp(channel)
                s.sendall(os.urandom(4096))
                s.close()
                s = self.tcp(channel)
                # A believable greeting start, then nonsense.
                s.sendall(ZMTP_GREETING_START + b"\x03\x00NULL" + os.urandom(200))
                s.close()
        self.assertServing()

    def test_huge_frame_announcement(self):
        # A real ZMTP handshake, then a header announcing a 1 TiB frame:
        # the kernel must hang up rather than try to allocate it.
        greeting = ZMTP_GREETING_START + b"\x03\x00" + b"NULL".ljust(20, b"\x00") + b"\x00" * 32
        ready = b"\x05READY\x0bSocket-Type\x00\x00\x00\x06DEALER"
        for channel in ("shell", "control", "stdin"):
            with self.subTest(channel=channel):
                s = self.tcp(channel)
                s.sendall(greeting + bytes([0x04, len(ready)]) + ready)
                s.sendall(b"\x02" + (1 << 40).to_bytes(8, "big"))
                s.settimeout(30)
                while s.recv(4096):  # the kernel's greeting, then EOF
                    pass
        self.assertServing()

    def test_silent_connection_does_not_block_new_clients(self):
        # Half-open handshakes on every port, left hanging while a new
        # frontend connects: the kernel must still accept it.
        silent = [self.tcp(ch) for ch in ("shell", "control", "stdin", "iopub", "hb")]
        partial = self.tcp("shell")
        partial.sendall(ZMTP_GREETING_START)
        kc = self.km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=30)
            reply = kc.execute_interactive("1+2", timeout=30, output_hook=lambda m: None)
            self.assertEqual(reply["content"]["status"], "ok")
        finally:
            kc.stop_channels()
        for s in silent:
            s.close()
        self.assertServing()


if __name__ == "__main__":
    unittest.main()
