"""``briefgen collect`` then ``briefgen build``: config, CLI output, and a brief from the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from collect_server import Site, article_html, rss, serve
from test_collect import BRIDGE, GRANTS, HARBOUR, docx_bytes, pdf_bytes
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.config import load_config
from briefgen.errors import ConfigError
from briefgen.ingest import ingest

FAST = """
[collect]
per_host_rate = 1000
concurrency = 4
timeout = 2
backoff = 0.01
"""


def test_sources_are_checked_and_every_problem_is_reported(tmp_path: Path) -> None:
    toml = tmp_path / "brief.toml"
    toml.write_text(
        """
[[sources]]
name = "wire"
kind = "rss"
url = "https://example.org/rss"

[[sources]]
name = "desk"
kind = "feed"
url = "ftp://example.org/feed"

[[sources]]
name = "inbox"
kind = "folder"

[collect]
per_host_rate = "fast"
"""
    )
    with pytest.raises(ConfigError) as caught:
        load_config(toml)
    assert caught.value.problems == [
        "sources[1]: kind must be one of feed, urls, sitemap, folder, not 'rss'",
        "sources 'desk': url must be an http(s) URL",
        "sources 'inbox': path must be a file or folder",
        "collect.per_host_rate must be a number ≥ 0",
    ]


def test_inputs_store_reads_the_store_and_paths_resolve_against_the_file(tmp_path: Path) -> None:
    toml = tmp_path / "brief.toml"
    toml.write_text(
        'inputs = ["store", "extra/"]\n[[sources]]\nname = "inbox"\nkind = "folder"\n'
        'path = "inbox"\n'
    )
    config = load_config(toml)
    assert config.store is True
    assert config.inputs == (tmp_path / "extra",)
    assert config.sources[0].path == tmp_path / "inbox"


def test_local_pdf_and_word_files_are_inputs(tmp_path: Path) -> None:
    (tmp_path / "2025-01-04-memo.pdf").write_bytes(pdf_bytes("Grants memo", GRANTS))
    (tmp_path / "report.docx").write_bytes(docx_bytes("Bridge report", "Ministry", BRIDGE))
    docs = {d.id: d for d in ingest([tmp_path]).documents}
    memo, report = docs["2025-01-04-memo.pdf"], docs["report.docx"]
    assert (memo.format, memo.title, memo.date, memo.date_source) == (
        "pdf",
        "Grants memo",
        "2025-01-04",
        "filename",
    )
    assert "rural schools" in memo.text
    assert (report.format, report.title, report.authors) == ("docx", "Bridge report", ("Ministry",))
    assert (report.date, report.date_source) == ("2025-01-03", "field")
    assert report.text.startswith("Bridge report\n\nEngineers inspecting")


def test_a_damaged_pdf_is_skipped_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really")
    (tmp_path / "ok.txt").write_text("Harbour\n\n" + HARBOUR[0])
    result = ingest([tmp_path])
    assert [d.id for d in result.documents] == ["ok.txt"]
    assert result.skipped[0].startswith(f"{tmp_path / 'broken.pdf'}: not a readable PDF")


def test_collect_then_build_makes_a_brief_from_the_local_server(tmp_path: Path) -> None:
    runner = CliRunner()
    with serve(Site()) as site:
        site.put("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain")
        site.put("/a", article_html("Harbour reopens", "2025-01-02", "Ana Ruiz", HARBOUR))
        site.put("/b", article_html("Bridge cables corroded", "2025-01-03", "Li Wei", BRIDGE))
        site.put(
            "/rss.xml",
            rss(
                site.base,
                [
                    ("/a", "Harbour reopens", "Thu, 02 Jan 2025 09:00:00 GMT"),
                    ("/b", "Bridge cables corroded", "Fri, 03 Jan 2025 09:00:00 GMT"),
                    ("/missing", "Gone", "Fri, 03 Jan 2025 10:00:00 GMT"),
                ],
            ),
            "application/rss+xml",
        )
        toml = tmp_path / "brief.toml"
        toml.write_text(
            f'inputs = ["store"]\noutput_dir = "out"\nformats = ["json"]\n{FAST}\n'
            f'[[sources]]\nname = "wire"\nkind = "feed"\nurl = "{site.base}/rss.xml"\n'
        )
        collected = runner.invoke(app, ["collect", "--config", str(toml)])
        assert collected.exit_code == 0, collected.output
        assert "wire: 2 new, 0 unchanged, 0 updated, 1 failed" in collected.output
        assert f"warning: wire: {site.base}/missing: HTTP 404" in collected.output

        again = runner.invoke(app, ["collect", "--config", str(toml), "--json"])
        summary = json.loads(again.output.strip().splitlines()[-1])
        (wire,) = summary["sources"]
        assert (wire["new"], wire["unchanged"], wire["failed"]) == (0, 0, 1)
        assert summary["articles"] == 2

    # --store alone reads the store alone (not seeds/); this folder has none yet.
    empty = tmp_path / "empty"
    missing = runner.invoke(app, ["build", "--store", "-o", str(empty)])
    assert missing.exit_code == 1
    assert missing.output.strip() == (
        f"error: {empty / 'articles.sqlite'}: no article store here yet; "
        "run `briefgen collect` first"
    )

    built = runner.invoke(app, ["build", "--config", str(toml), "--json"])
    assert built.exit_code == 0, built.output
    files = json.loads(built.output.strip().splitlines()[-1])["files"]
    brief = json.loads(Path(files["json"]).read_text())
    docs = {d["title"]: d for d in brief["documents"]}
    assert sorted(docs) == ["Bridge cables corroded", "Harbour reopens"]
    harbour = docs["Harbour reopens"]
    assert harbour["url"] == f"{site.base}/a"
    assert (harbour["date"], harbour["date_source"], harbour["format"]) == (
        "2025-01-02",
        "stated",
        "html",
    )


def test_collect_without_sources_says_what_to_add(tmp_path: Path) -> None:
    toml = tmp_path / "brief.toml"
    toml.write_text('title = "x"\n')
    result = CliRunner().invoke(app, ["collect", "--config", str(toml)])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: {toml}: no [[sources]] configured; add feeds, sitemaps, URL files or folders"
    )
