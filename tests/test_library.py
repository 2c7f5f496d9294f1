"""The output folder as a library: index.html, latest/ and keep = N across real builds."""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from briefgen.config import load_config
from briefgen.errors import ConfigError
from briefgen.library import point_latest, update_library
from briefgen.pipeline import build_brief

MONDAY = datetime(2024, 3, 11, 7, 0, tzinfo=UTC)
ROWS = [
    ("a", "2024-03-01", "On 29 February 2024 the port authority closed the northern terminal."),
    ("b", "2024-03-08", "On 7 March 2024 the port authority reopened the northern terminal."),
    ("c", "2024-03-15", "On 14 March 2024 the harbour master fined two shipping companies."),
]


def _corpus(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    lines = [
        json.dumps({"id": i, "time": t, "title": f"Report {i}", "text": x}) for i, t, x in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _links(index: str) -> list[str]:
    return re.findall(r'href="([^"]+)"', index)


def test_three_builds_keep_two(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    # What is not a build must survive retention byte for byte.
    keepers = {"delivery.sqlite": b"log", "articles.sqlite": b"store", "notes.txt": b"mine"}
    for name, data in keepers.items():
        (out / name).write_bytes(data)
    (tmp_path / "brief.toml").write_text(
        'inputs = ["c.jsonl"]\noutput_dir = "out"\nformats = ["json", "html"]\nkeep = 2\n'
    )
    config = load_config(tmp_path / "brief.toml")
    built = []
    for n in range(3):
        _corpus(tmp_path / "c.jsonl", ROWS[: n + 1])
        built.append(build_brief(config, now=MONDAY + timedelta(days=7 * n)).build_dir)

    folders = sorted(p.name for p in out.iterdir() if p.is_dir() and not p.is_symlink())
    # The extraction cache is not a build: retention leaves it alone.
    assert folders == [".cache", built[1].name, built[2].name]
    for name, data in keepers.items():
        assert (out / name).read_bytes() == data

    index = (out / "index.html").read_text(encoding="utf-8")
    assert built[0].name not in index
    links = _links(index)
    # Newest first; relative links only, so the folder works from a share or a server.
    assert links == [
        "latest/brief.html",
        f"{built[2].name}/brief.html",
        f"{built[2].name}/brief.json",
        f"{built[1].name}/brief.html",
        f"{built[1].name}/brief.json",
    ]
    assert all((out / link).is_file() for link in links)
    newest = index.split("<tr id=")[1]
    assert '<td data-label="Period">1–15 March 2024</td>' in newest
    assert '<td data-label="Sources" class="num">3</td>' in newest
    assert '<td data-label="New">1 event, 0 actors, 0 positions</td>' in newest

    latest = out / "latest"
    assert latest.is_symlink() and os.readlink(latest) == built[2].name
    assert (latest / "brief.html").read_bytes() == (built[2] / "brief.html").read_bytes()


def test_whats_new_counts_and_period_in_the_index(tmp_path: Path) -> None:
    out = tmp_path / "out"
    corpus = _corpus(tmp_path / "c.jsonl", ROWS[:1])
    config = load_config(None, inputs=[str(corpus)], output_dir=out, formats="json")
    build_brief(config, now=MONDAY)
    _corpus(corpus, ROWS[:2])
    build_brief(config, now=MONDAY + timedelta(days=7))
    index = (out / "index.html").read_text(encoding="utf-8")
    rows = index.split("<tr id=")[1:]
    assert len(rows) == 2
    assert '<td data-label="New">1 event, 0 actors, 0 positions</td>' in rows[0]  # reopening
    assert '<td data-label="New">—</td>' in rows[1]  # the first had nothing to compare with
    assert '<td data-label="Period">1–8 March 2024</td>' in rows[0]
    assert 'href="latest/brief.json"' in index  # JSON only: latest links what there is


def test_article_text_in_a_title_is_escaped(tmp_path: Path) -> None:
    out = tmp_path / "out"
    corpus = _corpus(tmp_path / "c.jsonl", ROWS[:1])
    config = load_config(
        None, inputs=[str(corpus)], output_dir=out, formats="json", title="<script>x</script>"
    )
    build_brief(config, now=MONDAY)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<script>x" not in index and "&lt;script&gt;x" in index


def test_latest_is_a_copy_where_links_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    for name in ("2024-03-04T0700Z", "2024-03-11T0700Z"):
        (out / name).mkdir(parents=True)
        (out / name / "manifest.json").write_text(json.dumps({"title": name, "files": {}}))
        (out / name / "brief.html").write_text(name)

    def refuse(*_: object, **__: object) -> None:
        raise OSError("symbolic links are not supported here")

    monkeypatch.setattr(Path, "symlink_to", refuse)
    (out / ".latest.4242").mkdir()  # left by an update that was killed
    update_library(out)
    assert not (out / "latest").is_symlink()
    assert (out / "latest" / "brief.html").read_text() == "2024-03-11T0700Z"
    # The next build replaces the copy whole.
    (out / "2024-03-18T0700Z").mkdir()
    (out / "2024-03-18T0700Z" / "manifest.json").write_text("{}")
    point_latest(out, out / "2024-03-18T0700Z")
    assert sorted(p.name for p in (out / "latest").iterdir()) == ["manifest.json"]
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_keep_must_not_be_negative(tmp_path: Path) -> None:
    (tmp_path / "brief.toml").write_text("keep = -1\n")
    with pytest.raises(ConfigError, match="keep must be 0"):
        load_config(tmp_path / "brief.toml")


def test_a_manifest_edited_by_hand_does_not_break_the_index(tmp_path: Path) -> None:
    out = tmp_path / "out"
    odd = {
        "title": "Edited",
        "generated_at": 7,
        "period": [1, 2],
        "counts": "many",
        "whats_new": {"events": "two"},
        "files": {
            "pdf": "brief.pdf",
            "html": {"name": "../../etc/passwd"},
            "json": {"name": "b.json"},
        },
    }
    (out / "2024-03-04T0700Z").mkdir(parents=True)
    (out / "2024-03-04T0700Z" / "manifest.json").write_text(json.dumps(odd))
    (out / "2024-03-04T0700Z" / "b.json").write_text("{}")
    (out / "2024-03-11T0700Z").mkdir()
    (out / "2024-03-11T0700Z" / "manifest.json").write_text("[1, 2]")
    index = update_library(out).read_text(encoding="utf-8")
    # The newest names no files, so there is no "newest" link; the other keeps its one file.
    assert _links(index) == ["2024-03-04T0700Z/b.json"]
    assert "passwd" not in index and "<td><strong>Edited</strong></td>" in index
