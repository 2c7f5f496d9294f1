"""Collect under stress: kill -9 mid-run, sitemaps, the rate limit, the scheduler."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from collect_server import Site, article_html, serve
from test_collect import FAST, HARBOUR, NOW

from briefgen.collect.http import RateLimiter
from briefgen.collect.listing import canonical
from briefgen.collect.run import collect
from briefgen.collect.sources import CollectConfig, SourceConfig
from briefgen.collect.store import content_hash, store_path

CHILD = """
import json, sys
from pathlib import Path
from briefgen.collect.run import collect
from briefgen.collect.sources import CollectConfig, SourceConfig
urls, out = sys.argv[1], sys.argv[2]
settings = CollectConfig(per_host_rate=1000, concurrency=2, timeout=5)
collect([SourceConfig("list", "urls", path=Path(urls))], Path(out), settings)
"""


def _page(n: int) -> str:
    paragraphs = [f"Item {n}: {sentence}" for sentence in HARBOUR]
    return article_html(f"Harbour update {n}", "2025-01-02", "Ana Ruiz", paragraphs)


def _stored(out: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{store_path(out)}?mode=ro", uri=True)
        try:
            return int(db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def test_kill_9_mid_collect_leaves_a_consistent_store_and_the_next_run_finishes(
    tmp_path: Path,
) -> None:
    with serve(Site(latency=0.05)) as site:
        paths = [f"/a/{n}" for n in range(30)]
        for n, path in enumerate(paths):
            site.put(path, _page(n))
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(f"{site.base}{p}\n" for p in paths))
        out = tmp_path / "out"
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(urls), str(out)])
        deadline = time.monotonic() + 60
        while _stored(out) < 5 and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL

        db = sqlite3.connect(store_path(out))
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        articles = db.execute("SELECT url, text, content_hash FROM articles").fetchall()
        assert 5 <= len(articles) < 30
        for _url, text, digest in articles:
            assert content_hash(text) == digest
        # Validators exist exactly for the stored pages: no 304 can hide a lost article.
        known = {r[0] for r in db.execute("SELECT url FROM fetch_state")}
        assert known == {r[0] for r in articles}
        db.close()

        report = collect([SourceConfig("list", "urls", path=urls)], out, FAST, now=NOW)
        (source,) = report.sources
        assert (source.new, source.unchanged, source.failed) == (
            30 - len(articles),
            len(articles),
            0,
        )
        assert report.articles == 30


def test_a_sitemap_index_lists_pages_and_an_unchanged_sitemap_costs_a_304(tmp_path: Path) -> None:
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    with serve(Site()) as site:
        site.put("/a", _page(1))
        site.put("/b", _page(2))
        site.put(
            "/sitemap.xml",
            f'<?xml version="1.0"?><sitemapindex {ns}><sitemap><loc>{site.base}/news.xml</loc>'
            "</sitemap></sitemapindex>",
            "application/xml",
        )
        site.put(
            "/news.xml",
            f'<?xml version="1.0"?><urlset {ns}><url><loc>{site.base}/a</loc>'
            f"<lastmod>2025-01-02</lastmod></url><url><loc>{site.base}/b</loc></url>"
            f"<url><loc>{site.base}/logo.png</loc></url></urlset>",
            "application/xml",
        )
        source = [SourceConfig("map", "sitemap", url=f"{site.base}/sitemap.xml")]
        first = collect(source, tmp_path, FAST, now=NOW)
        assert first.sources[0].new == 2
        assert site.calls("/logo.png") == 0
        site.requested.clear()
        second = collect(source, tmp_path, FAST, now=NOW)
        assert second.totals()["new"] == 0
        assert site.hits("/sitemap.xml")[-1] == 304 and site.calls("/a") == 0


def test_the_rate_limit_spaces_requests_to_one_host_but_not_across_hosts() -> None:
    limiter = RateLimiter(0.1)
    started = time.monotonic()
    for _ in range(4):
        limiter.wait("a.example")
    one_host = time.monotonic() - started
    started = time.monotonic()
    for host in ("b.example", "c.example", "d.example"):
        limiter.wait(host)
    assert one_host >= 0.3
    assert time.monotonic() - started < 0.05


def test_collect_sends_an_honest_user_agent_and_obeys_crawl_delay(tmp_path: Path) -> None:
    agents: list[str] = []
    with serve(Site()) as site:
        site.put("/robots.txt", "User-agent: *\nCrawl-delay: 1\n", "text/plain")

        def page(request, nth):  # type: ignore[no-untyped-def]
            agents.append(request.headers["User-Agent"])
            request.reply(200, _page(len(agents)).encode())

        for path in ("/x", "/y"):
            site.special[path] = page
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{site.base}/x\n{site.base}/y\n")
        started = time.monotonic()
        settings = CollectConfig(per_host_rate=1000, concurrency=3, contact="ops@example.org")
        report = collect([SourceConfig("p", "urls", path=urls)], tmp_path, settings, now=NOW)
        assert report.sources[0].new == 2
        # One page a second after robots.txt: the site asked for it, over our 1000/s.
        assert time.monotonic() - started >= 1.0
    from briefgen import __version__

    assert set(agents) == {f"briefgen/{__version__} (+ops@example.org)"}


def test_the_scheduler_collects_before_it_builds(tmp_path: Path) -> None:
    from briefgen.config import load_config
    from briefgen.deliver.schedule import default_build_and_send

    with serve(Site()) as site:
        site.put("/a", article_html("Harbour reopens", "2025-01-02", "Ana Ruiz", HARBOUR))
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{site.base}/a\n")
        toml = tmp_path / "brief.toml"
        toml.write_text(
            'inputs = ["store"]\noutput_dir = "out"\nformats = ["json"]\n'
            '[[sources]]\nname = "list"\nkind = "urls"\npath = "urls.txt"\n'
        )
        config = load_config(toml)
        default_build_and_send(config)(datetime(2025, 1, 6, 7, tzinfo=UTC))
    (brief,) = (tmp_path / "out").glob("20*/brief.json")  # not latest/, the link to it
    documents = json.loads(brief.read_text())["documents"]
    assert [d["title"] for d in documents] == ["Harbour reopens"]


def test_canonical_urls_drop_tracking_and_fragments_but_keep_what_selects_the_page() -> None:
    assert canonical("HTTPS://Example.org/read.php?id=5&utm_source=x&fbclid=y#top") == (
        "https://example.org/read.php?id=5"
    )
    assert (
        canonical("/a/b?b=2&a=1", "https://example.org/feed") == "https://example.org/a/b?a=1&b=2"
    )
    assert canonical("https://example.org/logo.png") is None
    assert canonical("mailto:desk@example.org") is None
    # Listed by a feed or sitemap: login and tag pages are not articles.
    assert canonical("https://example.org/tag/ports", listed=True) is None
    assert canonical("https://example.org/tag/ports") == "https://example.org/tag/ports"


def test_robots_txt_is_followed_through_a_redirect(tmp_path: Path) -> None:
    with serve(Site()) as site:
        site.special["/robots.txt"] = lambda request, nth: request.reply(
            301, b"", "text/plain", {"Location": "/site/robots.txt"}
        )
        site.put("/site/robots.txt", "User-agent: *\nDisallow: /drafts/\n", "text/plain")
        site.put("/a", _page(1))
        site.put("/drafts/b", _page(2))
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{site.base}/a\n{site.base}/drafts/b\n")
        report = collect([SourceConfig("p", "urls", path=urls)], tmp_path, FAST, now=NOW)
        assert report.sources[0].new == 1
        assert report.sources[0].failures == [(f"{site.base}/drafts/b", "robots.txt disallows it")]


def test_gzipped_sitemaps_are_read_and_gzip_bombs_refused() -> None:
    import gzip

    from briefgen.collect.listing import ListingError, sitemap_entries

    xml = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://example.org/a</loc></url></urlset>"
    )
    pages, nested = sitemap_entries(gzip.compress(xml.encode()), "https://example.org/s.xml.gz")
    assert [p.url for p in pages] == ["https://example.org/a"] and nested == []
    bomb = gzip.compress(b"<urlset>" + b" " * (60 * 1024 * 1024))
    with pytest.raises(ListingError, match="50 MB"):
        sitemap_entries(bomb, "https://example.org/s.xml.gz")


def test_a_page_in_the_charset_its_server_declares_is_decoded_right(tmp_path: Path) -> None:
    with serve(Site()) as site:
        html = article_html("Café reopens", "2025-01-02", "Zoë Brontë", [*HARBOUR, "Café crème."])
        site.put(
            "/a",
            html.replace('<meta charset="utf-8">', "").encode("cp1252"),
            "text/html; charset=windows-1252",
        )
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{site.base}/a\n")
        collect([SourceConfig("p", "urls", path=urls)], tmp_path, FAST, now=NOW)
    db = sqlite3.connect(store_path(tmp_path))
    title, text = db.execute("SELECT title, text FROM articles").fetchone()
    db.close()
    assert title == "Café reopens" and "Café crème." in text


def test_no_more_requests_are_in_flight_than_the_concurrency_setting(tmp_path: Path) -> None:
    import threading
    from contextlib import ExitStack

    lock = threading.Lock()
    now_in_flight = [0]
    peak = [0]

    def slow_page(request, nth):  # type: ignore[no-untyped-def]
        with lock:
            now_in_flight[0] += 1
            peak[0] = max(peak[0], now_in_flight[0])
        time.sleep(0.1)
        with lock:
            now_in_flight[0] -= 1
        request.reply(200, _page(int(request.path.rsplit("/", 1)[-1])).encode())

    # Five hosts (one thread each waits for its host's turn), two requests in flight at most.
    with ExitStack() as stack:
        sites = [stack.enter_context(serve(Site())) for _ in range(5)]
        lines = []
        for k, site in enumerate(sites):
            for n in (2 * k, 2 * k + 1):
                site.special[f"/p/{n}"] = slow_page
                lines.append(f"{site.base}/p/{n}\n")
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(lines))
        settings = CollectConfig(per_host_rate=1000, concurrency=2, timeout=5)
        report = collect([SourceConfig("p", "urls", path=urls)], tmp_path, settings, now=NOW)
    assert report.sources[0].new == 10
    assert peak[0] == 2
