"""briefgen collect against real HTTP servers on 127.0.0.1 started by the tests."""

from __future__ import annotations

import io
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from collect_server import Site, article_html, atom, rss, serve

from briefgen.collect.run import collect
from briefgen.collect.sources import CollectConfig, SourceConfig
from briefgen.collect.store import ArticleStore, store_path

NOW = datetime(2025, 1, 6, 12, 0, tzinfo=UTC)
FAST = CollectConfig(
    per_host_rate=1000, concurrency=4, timeout=2, retries=2, backoff=0.01, max_retry_wait=3
)

HARBOUR = [
    "The port authority of Kelmar said on Monday that it would reopen the northern harbour "
    "to container ships after three weeks of dredging work.",
    "Officials told reporters that the channel had been deepened to fourteen metres, which "
    "allows the largest vessels now in service to dock without waiting for the tide.",
    "Shipping companies had complained that the closure forced them to divert cargo to "
    "smaller ports along the coast, adding two days to some deliveries.",
]
BRIDGE = [
    "Engineers inspecting the Tarrow river bridge found corrosion in two of its main cables, "
    "the regional transport ministry said in a statement on Tuesday.",
    "The ministry said the bridge would stay open to cars but that lorries heavier than "
    "twelve tonnes would be sent on a forty-kilometre detour until repairs are finished.",
    "Local businesses warned that the detour would raise the cost of deliveries to the "
    "valley's farms and factories during the harvest season.",
]
GRANTS = [
    "The education board announced a new round of grants for rural schools on Wednesday, "
    "setting aside funds for libraries, laboratories and teacher training.",
    "Head teachers welcomed the programme but said the application process was too slow, "
    "and asked the board to publish its criteria before the end of the month.",
    "The board said the first payments would reach schools before the spring term begins.",
]


READER = "Reader comment: at last the big ships are back in our harbour town."


def pdf_bytes(title: str, paragraphs: list[str]) -> bytes:
    from weasyprint import HTML

    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"
    return HTML(string=html).write_pdf()  # type: ignore[no-any-return]


def docx_bytes(title: str, author: str, paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    document.core_properties.created = datetime(2025, 1, 3, 8, 0)
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def news_site(site: Site) -> None:
    """Two feeds (RSS and Atom) listing HTML pages, a PDF memo and a Word report."""
    site.put("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain")
    site.put(
        "/2025/01/02/harbour",
        article_html("Harbour reopens", "2025-01-02", "Ana Ruiz", HARBOUR, (READER,)),
    )
    site.put("/news/bridge", article_html("Bridge cables corroded", "2025-01-03", "Li Wei", BRIDGE))
    site.put("/memo.pdf", pdf_bytes("Grants memo", GRANTS), "application/pdf")
    docx_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    site.put(
        "/report.docx", docx_bytes("Bridge report", "Transport Ministry", BRIDGE[:2]), docx_type
    )
    site.put(
        "/rss.xml",
        rss(
            site.base,
            [
                ("/2025/01/02/harbour", "Harbour reopens", "Thu, 02 Jan 2025 09:00:00 GMT"),
                ("/news/bridge", "Bridge cables corroded", "Fri, 03 Jan 2025 09:00:00 GMT"),
                ("/memo.pdf", "Grants memo", "Sat, 04 Jan 2025 09:00:00 GMT"),
            ],
        ),
        "application/rss+xml",
    )
    site.put(
        "/atom.xml",
        atom(
            site.base,
            [
                # The same page again, with a tracking parameter: one article, not two.
                ("/news/bridge?utm_source=atom", "Bridge cables corroded", "2025-01-03T09:00:00Z"),
                ("/report.docx", "Bridge report", "2025-01-05T09:00:00Z"),
            ],
        ),
        "application/atom+xml",
    )


def feeds(site: Site) -> list[SourceConfig]:
    return [
        SourceConfig("wire", "feed", url=f"{site.base}/rss.xml"),
        SourceConfig("desk", "feed", url=f"{site.base}/atom.xml"),
    ]


def rows(out: Path) -> dict[str, sqlite3.Row]:
    db = sqlite3.connect(store_path(out))
    db.row_factory = sqlite3.Row
    found = {r["url"].split("/", 3)[-1]: r for r in db.execute("SELECT * FROM articles")}
    db.close()
    return found


def test_feeds_fill_the_store_and_a_second_run_costs_only_304s(tmp_path: Path) -> None:
    with serve(Site()) as site:
        news_site(site)
        report = collect(feeds(site), tmp_path, FAST, now=NOW)
        by_name = {s.name: s for s in report.sources}
        assert (by_name["wire"].new, by_name["wire"].failed) == (3, 0)
        # The bridge page is listed by both feeds: stored once.
        # (Its tracking parameter is dropped, so it is not even fetched twice.)
        assert (by_name["desk"].new, by_name["desk"].duplicate, by_name["desk"].failed) == (1, 0, 0)
        assert site.calls("/news/bridge?utm_source=atom") == 0
        stored = rows(tmp_path)
        assert sorted(stored) == ["2025/01/02/harbour", "memo.pdf", "news/bridge", "report.docx"]
        harbour = stored["2025/01/02/harbour"]
        assert harbour["title"] == "Harbour reopens"
        assert harbour["published"] == "2025-01-02"
        assert harbour["date_from"] == "stated"
        assert harbour["authors"] == '["Ana Ruiz"]'
        assert harbour["language"] == "en"
        assert harbour["etag"]
        assert "fourteen metres" in harbour["text"]
        assert "All rights reserved" not in harbour["text"]
        assert READER not in harbour["text"] and READER in harbour["comments"]
        memo = stored["memo.pdf"]
        assert (memo["format"], memo["title"]) == ("pdf", "Grants memo")
        assert "rural schools" in memo["text"]
        assert memo["published"] == "2025-01-04" and memo["date_from"] == "field"
        report_doc = stored["report.docx"]
        assert (report_doc["format"], report_doc["authors"]) == ("docx", '["Transport Ministry"]')
        assert "corrosion" in report_doc["text"]

        site.log.clear()
        again = collect(feeds(site), tmp_path, FAST, now=NOW)
        assert again.totals() == {
            "new": 0,
            "unchanged": 0,
            "updated": 0,
            "duplicate": 0,
            "failed": 0,
        }
        # Both feeds answered 304, so no page was asked for at all.
        assert site.hits("/rss.xml") == [304] and site.hits("/atom.xml") == [304]
        assert [p for p, _ in site.log if p not in ("/rss.xml", "/atom.xml", "/robots.txt")] == []
        assert again.articles == 4


def test_an_updated_page_keeps_its_first_date_and_records_the_update(tmp_path: Path) -> None:
    with serve(Site()) as site:
        news_site(site)
        collect(feeds(site), tmp_path, FAST, now=NOW)
        # The page is corrected and re-dated; the feed changes too.
        changed = [*HARBOUR, "A correction: the dredging took four weeks, not three."]
        site.put(
            "/2025/01/02/harbour",
            article_html("Harbour reopens", "2025-01-05", "Ana Ruiz", changed),
        )
        site.resources["/rss.xml"].body += b"<!-- rebuilt -->"
        later = datetime(2025, 1, 7, tzinfo=UTC)
        report = collect(feeds(site), tmp_path, FAST, now=later)
        wire = next(s for s in report.sources if s.name == "wire")
        # The unchanged pages cost a 304 each; the changed one is an update.
        assert (wire.new, wire.updated, wire.unchanged) == (0, 1, 2)
        harbour = rows(tmp_path)["2025/01/02/harbour"]
        assert harbour["published"] == "2025-01-02"
        assert harbour["updates"] == 1 and harbour["updated_at"] == later.isoformat()
        assert "four weeks" in harbour["text"]
        assert site.hits("/news/bridge")[-1] == 304


def test_the_same_text_under_another_url_is_stored_once(tmp_path: Path) -> None:
    with serve(Site()) as site:
        site.put("/a", article_html("Harbour reopens", "2025-01-02", "Ana Ruiz", HARBOUR))
        site.put("/syndicated/a-copy", site.resources["/a"].body)
        urls = tmp_path / "urls.txt"
        urls.write_text(f"# pages\n{site.base}/a\n{site.base}/syndicated/a-copy\nnot a url\n")
        report = collect([SourceConfig("list", "urls", path=urls)], tmp_path, FAST, now=NOW)
        (source,) = report.sources
        assert (source.new, source.duplicate) == (1, 1)
        assert source.failures == [(str(urls), "line 4: not an http(s) page URL: not a url")]
        assert report.articles == 1


def _misbehaving(site: Site) -> None:
    site.put("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.put("/ok", article_html("Bridge cables corroded", "2025-01-03", "Li Wei", BRIDGE))
    site.put("/private/secret", article_html("Secret", "2025-01-03", "X", GRANTS))
    site.put("/image", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
    site.put("/garbage.xml", "<rss><channel><item><title>broken", "application/rss+xml")

    def busy_then_ok(request, nth):  # type: ignore[no-untyped-def]
        if nth == 1:
            request.reply(429, b"slow down", "text/plain", {"Retry-After": "1"})
        else:
            html = article_html("Harbour reopens", "2025-01-02", "Ana Ruiz", HARBOUR)
            request.reply(200, html.encode(), "text/html")

    def error_then_ok(request, nth):  # type: ignore[no-untyped-def]
        if nth == 1:
            request.reply(500, b"oops", "text/plain")
        else:
            request.reply(200, article_html("Grants", "2025-01-04", "Kim", GRANTS).encode())

    def loop(request, nth):  # type: ignore[no-untyped-def]
        request.reply(302, b"", "text/plain", {"Location": "/loop"})

    def slow(request, nth):  # type: ignore[no-untyped-def]
        import time

        time.sleep(1.0)
        request.reply(200, b"<p>too late</p>")

    def huge(request, nth):  # type: ignore[no-untyped-def]
        # 50 MB, streamed without a Content-Length: only reading shows how big it is.
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.send_header("Connection", "close")
        request.end_headers()
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        try:
            for _ in range(800):
                request.wfile.write(chunk)
        except OSError:
            pass  # the client hung up at its size cap, as it should

    site.special.update(
        {
            "/busy": busy_then_ok,
            "/flaky": error_then_ok,
            "/loop": loop,
            "/slow": slow,
            "/huge": huge,
        }
    )


def test_misbehaving_servers_are_reported_per_source_and_never_block_the_rest(
    tmp_path: Path,
) -> None:
    settings = CollectConfig(
        per_host_rate=1000,
        concurrency=4,
        timeout=0.3,
        retries=2,
        backoff=0.01,
        max_retry_wait=3,
        max_redirects=3,
        max_bytes=1024 * 1024,
    )
    with serve(Site()) as site:
        _misbehaving(site)
        urls = tmp_path / "urls.txt"
        paths = ["/ok", "/busy", "/flaky", "/loop", "/slow", "/huge", "/image", "/private/secret"]
        urls.write_text("".join(f"{site.base}{p}\n" for p in paths))
        sources = [
            SourceConfig("pages", "urls", path=urls),
            SourceConfig("broken", "feed", url=f"{site.base}/garbage.xml"),
            SourceConfig("gone", "feed", url=f"{site.base}/missing.xml"),
        ]
        report = collect(sources, tmp_path, settings, now=NOW)
        pages, broken, gone = report.sources
        assert (pages.new, pages.failed) == (3, 5)
        reasons = {url.removeprefix(site.base): why for url, why in pages.failures}
        assert reasons["/loop"] == "more than 3 redirects"
        assert reasons["/slow"] == "timed out after 0.3s"
        assert reasons["/huge"] == "response passed the 1.0 MB size cap"
        assert reasons["/image"] == "content type image/png is not HTML, PDF or Word"
        assert reasons["/private/secret"] == "robots.txt disallows it"
        assert site.hits("/busy") == [429, 200] and site.hits("/flaky") == [500, 200]
        assert site.calls("/private/secret") == 0
        assert broken.failed == 1 and "not a readable RSS/Atom feed" in broken.failures[0][1]
        assert gone.failures == [(f"{site.base}/missing.xml", "HTTP 404")]
        assert sorted(rows(tmp_path)) == ["busy", "flaky", "ok"]

        # Next run: every failure is tried again; what is stored costs a 304.
        site.log.clear()
        site.requested.clear()
        again = collect(sources, tmp_path, settings, now=NOW)
        assert again.sources[0].failed == 5 and again.sources[0].unchanged == 3
        assert site.hits("/ok") == [304] and site.calls("/slow") == 1
        assert site.calls("/garbage.xml") == 1


def test_a_server_asking_to_wait_too_long_is_a_failure_for_this_run(tmp_path: Path) -> None:
    with serve(Site()) as site:
        site.special["/later"] = lambda request, nth: request.reply(
            503, b"", "text/plain", {"Retry-After": "3600"}
        )
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{site.base}/later\n")
        report = collect([SourceConfig("p", "urls", path=urls)], tmp_path, FAST, now=NOW)
        assert report.sources[0].failures == [
            (f"{site.base}/later", "HTTP 503; server asks to wait 3600s, more than allowed")
        ]
        with ArticleStore(store_path(tmp_path)) as store:
            assert store.pending("p") == [f"{site.base}/later"]


def test_a_folder_source_reads_new_files_once(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "2025-01-02-harbour.txt").write_text("Harbour reopens\n\n" + "\n\n".join(HARBOUR))
    (folder / "memo.pdf").write_bytes(pdf_bytes("Grants memo", GRANTS))
    source = [SourceConfig("inbox", "folder", path=folder)]
    first = collect(source, tmp_path / "out", FAST, now=NOW)
    assert first.sources[0].new == 2
    (folder / "bridge.docx").write_bytes(docx_bytes("Bridge report", "Ministry", BRIDGE))
    second = collect(source, tmp_path / "out", FAST, now=NOW)
    assert (second.sources[0].new, second.sources[0].unchanged) == (1, 2)


@pytest.mark.parametrize("version", [99])
def test_a_store_from_a_newer_briefgen_is_refused(tmp_path: Path, version: int) -> None:
    from briefgen.collect.store import StoreError

    path = store_path(tmp_path)
    ArticleStore(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO schema_migrations VALUES (?, 'now')", (version,))
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer than this briefgen"):
        ArticleStore(path)
