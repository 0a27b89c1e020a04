"""A small SMTP server on a free local port, in a thread, for the fault tests.

It speaks just enough SMTP for Django's SMTP backend. It keeps every message
it accepted, and can misbehave: answer every connection with "421 not
available", or stall once without answering a command (DATA: before it took
the mail; QUIT: after), as a server does that hangs while the client waits."""

import socket
import threading
from email import message_from_bytes

TIMEOUT = 10


class SMTPServer:
    def __init__(self, *, refuse=False, stall_once_at=None):
        self.refuse = refuse
        self.stall_once_at = stall_once_at
        self.messages = []
        self.stalled = threading.Event()
        self.received = threading.Event()
        self.lock = threading.Lock()
        self.closing = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self.serve, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.closing.set()
        self.thread.join(TIMEOUT)
        self.listener.close()

    def parsed(self):
        with self.lock:
            return [message_from_bytes(raw) for raw in self.messages]

    def serve(self):
        while not self.closing.is_set():
            try:
                conn, _address = self.listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self.talk, args=(conn,), daemon=True).start()

    def talk(self, conn):
        conn.settimeout(TIMEOUT)
        reader = conn.makefile("rb")
        try:
            if self.refuse:
                conn.sendall(b"421 Service not available\r\n")
                return
            conn.sendall(b"220 localhost ESMTP test\r\n")
            while not self.closing.is_set():
                line = reader.readline()
                if not line:
                    return
                command = line[:4].upper()
                if self.take_stall(command):
                    # Never answer: the client waits until it is killed.
                    self.closing.wait(TIMEOUT)
                    return
                if command in (b"EHLO", b"HELO"):
                    conn.sendall(b"250 localhost\r\n")
                elif command == b"DATA":
                    conn.sendall(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    self.keep(self.read_data(reader))
                    conn.sendall(b"250 OK queued\r\n")
                elif command == b"QUIT":
                    conn.sendall(b"221 Bye\r\n")
                    return
                else:  # MAIL, RCPT, RSET, NOOP
                    conn.sendall(b"250 OK\r\n")
        except OSError:
            return
        finally:
            reader.close()
            conn.close()

    def take_stall(self, command: bytes) -> bool:
        with self.lock:
            if self.stalled.is_set() or not self.stall_once_at:
                return False
            if command != self.stall_once_at.encode():
                return False
            self.stalled.set()
            return True

    @staticmethod
    def read_data(reader) -> bytes:
        lines = []
        while True:
            line = reader.readline()
            if line in (b".\r\n", b""):
                return b"".join(lines)
            lines.append(line[1:] if line.startswith(b"..") else line)

    def keep(self, raw: bytes):
        with self.lock:
            self.messages.append(raw)
        self.received.set()
