"""A real HTTP server on 127.0.0.1 for the collect tests, with misbehaviours on demand.

Static resources answer conditional GETs like a well-kept server (ETag and
Last-Modified, 304 when unchanged); ``Site.special`` routes misbehave on purpose. Every
request is logged as (path, status) so tests can assert what was fetched.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handler = Callable[[BaseHTTPRequestHandler, int], None]  # (request, nth call of this path)


@dataclass
class Resource:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    last_modified: str = "Mon, 06 Jan 2025 10:00:00 GMT"

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass
class Site:
    resources: dict[str, Resource] = field(default_factory=dict)
    special: dict[str, Handler] = field(default_factory=dict)
    log: list[tuple[str, int]] = field(default_factory=list)  # responses sent
    requested: list[str] = field(default_factory=list)  # requests received
    latency: float = 0.0
    base: str = ""

    def put(self, path: str, body: str | bytes, content_type: str | None = None) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.resources[path] = Resource(data, content_type or "text/html; charset=utf-8")
        return self.base + path

    def hits(self, path: str) -> list[int]:
        return [status for p, status in self.log if p == path]

    def calls(self, path: str) -> int:
        return self.requested.count(path)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    lock = threading.Lock()
    counts: dict[str, int] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out as separate writes; Nagle would hold the body back for
        # the client's delayed ACK (40 ms a response), which no real server makes us wait.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def send_response(self, code: int, message: str | None = None) -> None:
            with lock:
                site.log.append((self.path, code))
            super().send_response(code, message)

        def do_GET(self) -> None:
            with lock:
                site.requested.append(self.path)
            if site.latency:
                time.sleep(site.latency)
            with lock:
                counts[self.path] = counts.get(self.path, 0) + 1
                nth = counts[self.path]
            if self.path in site.special:
                site.special[self.path](self, nth)
                return
            resource = site.resources.get(self.path)
            if resource is None:
                self.reply(404, b"not found", "text/plain")
                return
            if self.headers.get("If-None-Match") == resource.etag:
                self.send_response(304)
                self.send_header("ETag", resource.etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.reply(
                200,
                resource.body,
                resource.content_type,
                {"ETag": resource.etag, "Last-Modified": resource.last_modified},
            )

        def reply(
            self,
            status: int,
            body: bytes,
            content_type: str = "text/html",
            headers: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

    return Handler


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hanging up (size cap, timeout) are part of the tests


@contextmanager
def serve(site: Site, host: str = "127.0.0.1") -> Iterator[Site]:
    server = _QuietServer((host, 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://{host}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def article_html(
    title: str, day: str, author: str, paragraphs: list[str], comments: tuple[str, ...] = ()
) -> str:
    """A news page as sites publish them: metadata in the head, furniture around the body."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    if comments:
        body += '\n<section id="comments" class="comments"><h2>Comments</h2>'
        body += "".join(f'<div class="comment"><p>{c}</p></div>' for c in comments) + "</section>"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{day}T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1><p class="byline">By {author}</p>
{body}
</article>
<footer>Copyright the publisher. All rights reserved.</footer>
</body></html>"""


def rss(base: str, items: list[tuple[str, str, str]]) -> str:
    """RSS 2.0 with (path, title, RFC 822 date) items."""
    entries = "".join(
        f"<item><title>{t}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>"
        for p, t, d in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>{base}/</link><description>news</description>{entries}</channel></rss>"
    )


def atom(base: str, items: list[tuple[str, str, str]]) -> str:
    """Atom 1.0 with (path, title, ISO timestamp) entries."""
    entries = "".join(
        f'<entry><title>{t}</title><link href="{base}{p}"/><id>{base}{p}</id>'
        f"<updated>{d}</updated><published>{d}</published></entry>"
        for p, t, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Desk</title><id>{base}/atom</id><updated>2025-01-06T00:00:00Z</updated>"
        f"{entries}</feed>"
    )
