"""The one HTTP client ``collect`` uses: polite, bounded, and never surprised.

* timeouts on connect and read, and a deadline for the whole response;
* a size cap, enforced while streaming (a 50 MB page costs at most ``max_bytes``);
* a per-host rate limit shared by all threads (robots.txt's Crawl-delay may slow it);
* conditional GET: ETag / Last-Modified go out, a 304 comes back with no body;
* retries with exponential backoff on 429 and 5xx, honouring ``Retry-After``;
* redirects followed by hand, at most ``max_redirects``, each hop checked against robots.txt;
* an honest User-Agent naming briefgen, its version and a contact.

Failures are values (``Fetched.error``), not exceptions: one bad URL never stops a run.
"""

from __future__ import annotations

import email.utils
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import urllib3

from briefgen import __version__
from briefgen.collect.sources import CollectConfig

log = logging.getLogger(__name__)

_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Validators:
    """What a server said about a response's version, sent back to ask "changed?"."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Fetched:
    """One URL's outcome. ``status`` 304 means unchanged; ``error`` says why it failed."""

    url: str  # the final URL, after redirects
    status: int = 0
    body: bytes = b""
    content_type: str = ""  # the media type alone, lower-case
    charset: str | None = None  # from the Content-Type header, if it names one
    validators: Validators = field(default_factory=Validators)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304


def user_agent(contact: str) -> str:
    return f"briefgen/{__version__} (+{contact})"


class RateLimiter:
    """At most one request per ``interval`` seconds to each host, across all threads.

    Each caller reserves the next free slot for its host under the lock, then sleeps
    outside it, so waiting for one host never delays another.
    """

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self._clock = clock
        self._next: dict[str, float] = {}
        self._slower: dict[str, float] = {}
        self._lock = threading.Lock()

    def slow_down(self, host: str, interval: float) -> None:
        with self._lock:
            self._slower[host] = max(interval, self._slower.get(host, 0.0))

    def wait(self, host: str) -> None:
        with self._lock:
            now = self._clock()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + max(self.interval, self._slower.get(host, 0.0))
        if slot > now:
            time.sleep(slot - now)


class HttpClient:
    """Thread-safe GETs with every safeguard above; one per collect run."""

    def __init__(self, settings: CollectConfig) -> None:
        self.settings = settings
        self.agent = user_agent(settings.contact)
        self.limiter = RateLimiter(1.0 / settings.per_host_rate)
        self._pool = urllib3.PoolManager(
            num_pools=64,
            maxsize=max(settings.concurrency, 1),
            block=False,
            timeout=urllib3.Timeout(connect=settings.timeout, read=settings.timeout),
            retries=False,
        )
        self._robots: dict[str, RobotFileParser | str] = {}
        self._robots_lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self.requests = 0  # sent, including robots.txt, redirects and retries
        self._count_lock = threading.Lock()
        self._in_flight = threading.BoundedSemaphore(max(settings.concurrency, 1))

    def close(self) -> None:
        self._pool.clear()

    def get(self, url: str, validators: Validators | None = None) -> Fetched:
        """GET ``url`` (conditionally, when ``validators`` are known), following redirects."""
        current = url
        for _ in range(self.settings.max_redirects + 1):
            refusal = self._robots_refusal(current)
            if refusal:
                return Fetched(current, error=refusal)
            fetched, location = self._get_with_retries(current, validators)
            if location is None:
                return fetched
            current = urljoin(current, location)
        return Fetched(current, error=f"more than {self.settings.max_redirects} redirects")

    def _get_with_retries(
        self, url: str, validators: Validators | None
    ) -> tuple[Fetched, str | None]:
        # Sent whole with every request: urllib3 replaces, not merges, a pool's headers.
        headers = {"User-Agent": self.agent, "Accept-Encoding": "gzip, deflate"}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        attempt = 0
        while True:
            fetched, location, wait = self._get_once(url, headers)
            if wait is None or attempt >= self.settings.retries:
                return fetched, location
            wait = wait if wait >= 0 else self.settings.backoff * 2**attempt
            if wait > self.settings.max_retry_wait:
                msg = f"{fetched.error}; server asks to wait {wait:.0f}s, more than allowed"
                return Fetched(url, fetched.status, error=msg), None
            log.info("%s: %s; retrying in %.1fs", url, fetched.error, wait)
            time.sleep(wait)
            attempt += 1

    def _get_once(
        self, url: str, headers: dict[str, str]
    ) -> tuple[Fetched, str | None, float | None]:
        """One request: (outcome, redirect location, seconds to wait before a retry or None).

        A wait of -1 means "retry after the usual backoff".
        """
        self.limiter.wait(urlsplit(url).netloc)
        # A thread waiting for its host's turn holds no slot: ``concurrency`` bounds the
        # requests actually in flight, however many threads wait on slow hosts.
        with self._in_flight:
            return self._request(url, headers)

    def _request(
        self, url: str, headers: dict[str, str]
    ) -> tuple[Fetched, str | None, float | None]:
        with self._count_lock:
            self.requests += 1
        try:
            response = self._pool.request(
                "GET", url, headers=headers, preload_content=False, redirect=False
            )
        except urllib3.exceptions.TimeoutError:
            # Not retried now: a slow server would cost the timeout again; next run retries.
            return Fetched(url, error=f"timed out after {self.settings.timeout:g}s"), None, None
        except urllib3.exceptions.HTTPError as exc:
            return Fetched(url, error=f"connection failed ({_reason(exc)})"), None, -1
        try:
            result = self._read(url, response)
            if result[0].status != 200 or result[0].error:
                _discard(response)
            return result
        finally:
            response.release_conn()

    def _read(
        self, url: str, response: urllib3.BaseHTTPResponse
    ) -> tuple[Fetched, str | None, float | None]:
        status = response.status
        validators = Validators(response.headers.get("ETag"), response.headers.get("Last-Modified"))
        content_type, charset = _media_type(response.headers.get("Content-Type", ""))
        if status in (301, 302, 303, 307, 308):
            location = response.headers.get("Location")
            if not location:
                return Fetched(url, status, error=f"HTTP {status} without a Location"), None, None
            return Fetched(url, status), location, None
        if status == 304:
            return Fetched(url, 304, validators=validators), None, None
        if status in _RETRY_STATUS:
            wait = _retry_after(response.headers.get("Retry-After"))
            return Fetched(url, status, error=f"HTTP {status}"), None, wait
        if status != 200:
            return Fetched(url, status, error=f"HTTP {status}"), None, None
        body, error = self._body(response)
        if error:
            # Close rather than drain: reading the rest of a 50 MB body is what the cap avoids.
            response.close()
            return Fetched(url, status, error=error), None, None
        return Fetched(url, 200, body, content_type, charset, validators), None, None

    def _body(self, response: urllib3.BaseHTTPResponse) -> tuple[bytes, str | None]:
        """The body, streamed, refused as soon as it passes the size cap or the deadline."""
        cap = self.settings.max_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap:
            return b"", f"response is {int(declared) / 2**20:.1f} MB, over the size cap"
        deadline = time.monotonic() + self.settings.timeout * 3
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.stream(_CHUNK):
                size += len(chunk)
                if size > cap:
                    return b"", f"response passed the {cap / 2**20:.1f} MB size cap"
                if time.monotonic() > deadline:
                    return b"", "response took too long to arrive"
                chunks.append(chunk)
        except urllib3.exceptions.TimeoutError:
            return b"", f"timed out after {self.settings.timeout:g}s while reading"
        except urllib3.exceptions.HTTPError as exc:
            return b"", f"connection broke while reading ({_reason(exc)})"
        return b"".join(chunks), None

    # robots.txt -----------------------------------------------------------------------

    def _robots_refusal(self, url: str) -> str | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return f"not an http(s) URL: {url}"
        rules = self._rules(f"{parts.scheme}://{parts.netloc}")
        if isinstance(rules, str):
            return rules
        if not rules.can_fetch(self.agent, url):
            return "robots.txt disallows it"
        return None

    def _rules(self, origin: str) -> RobotFileParser | str:
        """The origin's robots.txt, fetched once per run (one thread fetches, others wait)."""
        with self._robots_lock:
            if origin in self._robots:
                return self._robots[origin]
            lock = self._host_locks.setdefault(origin, threading.Lock())
        with lock:
            with self._robots_lock:
                if origin in self._robots:
                    return self._robots[origin]
            rules = self._fetch_rules(origin)
            with self._robots_lock:
                self._robots[origin] = rules
            return rules

    def _fetch_rules(self, origin: str) -> RobotFileParser | str:
        parser = RobotFileParser(f"{origin}/robots.txt")
        url = f"{origin}/robots.txt"
        # RFC 9309 asks crawlers to follow robots.txt redirects (http → https is common);
        # these hops are not themselves checked against robots.txt.
        for _ in range(self.settings.max_redirects + 1):
            fetched, location = self._get_with_retries(url, None)
            if location is None:
                break
            url = urljoin(url, location)
        else:
            fetched = Fetched(url, error="too many redirects")
        # RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx,
        # network) means "assume complete disallow" until it can be read.
        if fetched.ok:
            parser.parse(fetched.body.decode("utf-8", "replace").splitlines())
        elif 400 <= fetched.status < 500:
            parser.parse([])
        else:
            return f"robots.txt could not be read ({fetched.error}); not fetching"
        delay = parser.crawl_delay(self.agent)
        if delay:
            self.limiter.slow_down(urlsplit(origin).netloc, float(delay))
        return parser


def _media_type(header: str) -> tuple[str, str | None]:
    """``text/html; charset=ISO-8859-1`` → ("text/html", "iso-8859-1")."""
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip(" \"'"):
            charset = value.strip(" \"'").lower()
    return kind.strip().lower(), charset


def _discard(response: urllib3.BaseHTTPResponse) -> None:
    """Finish an unwanted body so the connection can be reused; a large one closes it.

    An unread body left on a kept-alive connection would be read as the next response.
    """
    declared = response.headers.get("Content-Length", "")
    try:
        if declared.isdigit() and int(declared) <= _CHUNK:
            response.drain_conn()
        else:
            response.close()
    except urllib3.exceptions.HTTPError:
        response.close()


def _retry_after(value: str | None) -> float:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); -1 when absent."""
    if not value:
        return -1
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return -1
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _reason(exc: Exception) -> str:
    reason = getattr(exc, "reason", None) or exc
    return str(reason).split(": ", 1)[-1][:120]
