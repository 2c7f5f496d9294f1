"""`briefgen collect` throughput: many feeds on local servers with realistic latency.

Each feed is its own site (a server on 127.0.0.1 with its own port, so the per-host rate
limit applies to each), answering every request after ``--latency`` seconds, with ETags so
a second run can be all 304s. The servers run in a separate process: the measured process
(wall time, peak RSS) is the collector alone.

What the politeness settings allow: a site gets at most ``--rate`` requests a second, so
its ``n`` requests (robots.txt, feed, pages) need at least ``(n - 1) / rate + latency``
seconds; with ``--concurrency`` workers and every response taking ``latency``, all requests
need at least ``requests * latency / concurrency``. The larger bound is the floor; the
first run should reach >= 90% of the rate it allows, and a second run (nothing changed,
every feed a 304) should take <= 5% of the first.

    python benchmarks/bench_collect.py [--feeds 20] [--pages 100] [--rate 1] [--concurrency 8]
        [--latency 0.05]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.collect.run import collect  # noqa: E402
from briefgen.collect.sources import CollectConfig, SourceConfig  # noqa: E402

DEFAULTS = CollectConfig()

SENTENCES = [
    "The regional council met on {day} to discuss the budget for road repairs in district {n}.",
    "Officials said that the plan for site {n} would be published before the end of the month.",
    "Residents of ward {n} asked for more buses, citing long waits during the winter.",
    "A spokesperson for the agency confirmed that inspection {n} had found no safety problems.",
    "Analysts expect the decision on project {n} to affect prices across the province.",
    "The committee voted {n} to two in favour of the amended proposal after a long debate.",
]


def page_html(site: int, page: int) -> bytes:
    n = site * 1000 + page
    day = f"2025-01-{1 + page % 28:02d}"
    paragraphs = "".join(
        f"<p>{SENTENCES[(page + k) % len(SENTENCES)].format(n=n + k, day=day)} "
        f"{SENTENCES[(page + k + 3) % len(SENTENCES)].format(n=n * 7 + k, day=day)}</p>"
        for k in range(6)
    )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report {n}</title>'
        f'<meta property="article:published_time" content="{day}T08:00:00Z"></head><body>'
        f'<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Report {n}</h1>'
        f"{paragraphs}</article><footer>Site {site} footer</footer></body></html>"
    ).encode()


def feed_xml(base: str, site: int, pages: int) -> bytes:
    items = "".join(
        f"<item><title>Report {site * 1000 + p}</title><link>{base}/p/{p}</link>"
        f"<pubDate>Mon, 06 Jan 2025 08:00:00 GMT</pubDate></item>"
        for p in range(pages)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Site {site}</title>'
        f"<link>{base}/</link><description>d</description>{items}</channel></rss>"
    ).encode()


def make_handler(site: int, pages: int, latency: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out as separate writes; Nagle would hold the body back for
        # the client's delayed ACK (40 ms a response), which no real server makes us wait.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            time.sleep(latency)
            base = f"http://{self.headers['Host']}"
            if self.path == "/robots.txt":
                body, kind = b"User-agent: *\nAllow: /\n", "text/plain"
            elif self.path == "/feed.xml":
                body, kind = feed_xml(base, site, pages), "application/rss+xml"
            elif self.path.startswith("/p/"):
                body, kind = page_html(site, int(self.path[3:])), "text/html; charset=utf-8"
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

    return Handler


def run_servers(feeds: int, pages: int, latency: float, ports: multiprocessing.Queue) -> None:
    import threading

    servers = []
    for site in range(feeds):
        server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site, pages, latency))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    ports.put([s.server_address[1] for s in servers])
    threading.Event().wait()


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument("--pages", type=int, default=100, help="pages per feed")
    # Defaults: briefgen's own politeness settings ([collect] defaults).
    parser.add_argument("--rate", type=float, default=DEFAULTS.per_host_rate, help="req/s a host")
    parser.add_argument("--concurrency", type=int, default=DEFAULTS.concurrency)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per response")
    args = parser.parse_args()

    ports: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(
        target=run_servers, args=(args.feeds, args.pages, args.latency, ports), daemon=True
    )
    server.start()
    sources = [
        SourceConfig(f"site{i}", "feed", url=f"http://127.0.0.1:{port}/feed.xml")
        for i, port in enumerate(ports.get(timeout=30))
    ]
    settings = CollectConfig(
        per_host_rate=args.rate, concurrency=args.concurrency, timeout=10, retries=1
    )
    per_host = args.pages + 2  # robots.txt, the feed, the pages
    host_floor = (per_host - 1) / args.rate + args.latency
    pool_floor = args.feeds * per_host * args.latency / args.concurrency
    floor = max(host_floor, pool_floor)
    total_pages = args.feeds * args.pages

    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        cpu_before = _cpu()
        first = collect(sources, Path(tmp), settings)
        cpu_first = _cpu() - cpu_before
        second = collect(sources, Path(tmp), settings)
    server.terminate()
    totals = first.totals()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {
        "feeds": args.feeds,
        "pages": total_pages,
        "stored": totals["new"],
        "failed": totals["failed"],
        "first_run_s": round(first.seconds, 2),
        "pages_per_s": round(total_pages / first.seconds, 1),
        "allowed_pages_per_s": round(total_pages / floor, 1),
        "share_of_allowed_rate": round(floor / first.seconds, 3),
        "first_run_requests": first.requests,
        "second_run_s": round(second.seconds, 2),
        "second_run_requests": second.requests,
        "second_over_first": round(second.seconds / first.seconds, 4),
        "second_run_new": second.totals()["new"],
        "peak_rss_mb": round(peak_mb, 1),
        # Our own cost: CPU seconds per page bound the rate one process can reach at all,
        # and the machine's load says how much of a core it actually got.
        "first_run_cpu_s": round(cpu_first, 2),
        "cpu_ms_per_page": round(cpu_first / total_pages * 1000, 1),
        "load_average_at_start": round(load, 2),
    }
    print(json.dumps(figures, indent=2))
    ok = figures["share_of_allowed_rate"] >= 0.9 and figures["second_over_first"] <= 0.05
    print(
        f"{total_pages} pages from {args.feeds} feeds in {first.seconds:.1f}s "
        f"({figures['pages_per_s']} pages/s, {figures['share_of_allowed_rate']:.0%} of the "
        f"{figures['allowed_pages_per_s']} pages/s the politeness settings allow); "
        f"second run {second.seconds:.2f}s ({figures['second_over_first']:.1%} of the first); "
        f"peak RSS {peak_mb:.0f} MB; {figures['cpu_ms_per_page']} ms CPU a page at load "
        f"{load:.1f} — targets {'met' if ok else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
