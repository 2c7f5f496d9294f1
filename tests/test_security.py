"""Hostile article content renders as inert text; nothing in a document is ever fetched."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

import pytest
from pypdf import PdfReader

from briefgen.config import load_config
from briefgen.pipeline import build_brief


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[int]:
    _Recorder.hits = []
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()


def test_hostile_article_is_inert(tmp_path: Path, server: int) -> None:
    url = f"http://127.0.0.1:{server}"
    article = tmp_path / "in" / "hostile.txt"
    article.parent.mkdir()
    article.write_text(
        f'Minister warns of <script>alert("x")</script> attacks\n\n'
        f"March 3, 2022\n\n"
        f'On Monday the minister said: "We will respond <img src="{url}/beacon.png"> firmly." '
        f'The ministry added on 1 March 2022 that <link href="file:///etc/passwd"> talks '
        f'had failed, and <a href="{url}/click">officials</a> met in Geneva.\n',
        encoding="utf-8",
    )
    before = article.read_bytes()
    config = load_config(None, inputs=[str(article.parent)], output_dir=tmp_path / "out")
    result = build_brief(config, now=datetime(2026, 1, 5, tzinfo=UTC))

    assert _Recorder.hits == []
    html = result.files["html"].read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert f'src="{url}' not in html and 'href="file:///etc/passwd"' not in html
    text = " ".join(p.extract_text() for p in PdfReader(result.files["pdf"]).pages)
    assert "<script>" in " ".join(text.split())
    assert article.read_bytes() == before


def test_output_stays_inside_the_output_folder(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ministers agree on a new plan\n\nOn 3 May 2021 the ministers met in Paris.")
    config = load_config(
        None,
        inputs=[str(article)],
        output_dir=tmp_path / "out",
        title="../../escape",
        formats="json",
    )
    result = build_brief(config, now=datetime(2026, 1, 5, tzinfo=UTC))
    for path in result.files.values():
        assert path.resolve().is_relative_to((tmp_path / "out").resolve())
