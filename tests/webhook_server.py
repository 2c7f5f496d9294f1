"""A webhook receiver on 127.0.0.1 for the notify tests: records what arrives, answers as told.

``Receiver.answers[path]`` is a list of statuses given to the next posts to that path
(then 200); ``Receiver.stall`` seconds are slept before answering, to force a timeout.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Receiver:
    port: int = 0
    answers: dict[str, list[int]] = field(default_factory=dict)
    stall: float = 0.0
    posts: list[tuple[str, int, Any]] = field(default_factory=list)  # (path, status, JSON body)

    def received(self, path: str) -> list[Any]:
        """The bodies of the posts to ``path`` that were answered 2xx."""
        return [body for p, status, body in self.posts if p == path and status < 300]

    def tries(self, path: str) -> list[int]:
        return [status for p, status, _ in self.posts if p == path]


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def do_POST(self) -> None:
            data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            path = self.path.split("?")[0]
            with lock:
                queue = receiver.answers.get(path, [])
                status = queue.pop(0) if queue else 200
            if receiver.stall:
                time.sleep(receiver.stall)
            try:
                body = json.loads(data or b"null")
            except ValueError:
                body = data.decode("utf-8", "replace")
            with lock:
                receiver.posts.append((path, status, body))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Handler


@contextmanager
def receiver() -> Iterator[Receiver]:
    """A running receiver; its ``port`` is set."""
    rec = Receiver()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(rec))
    server.daemon_threads = True
    rec.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield rec
    finally:
        server.shutdown()
        server.server_close()
