"""The build archive: dated folders, the window, what's new and skip-if-empty."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefgen.config import load_config
from briefgen.errors import NothingNew
from briefgen.pipeline import build_brief

MONDAY = datetime(2024, 3, 11, 7, 0, tzinfo=UTC)


def _corpus(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    lines = [
        json.dumps({"id": i, "time": t, "title": f"Report {i}", "text": text})
        for i, t, text in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


OLD = ("a", "2024-02-01", "On 30 January 2024 the port authority closed the northern terminal.")
NEW = ("b", "2024-03-08", "On 7 March 2024 the port authority reopened the northern terminal.")


def test_window_keeps_only_the_last_week(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", [OLD, NEW])
    config = load_config(
        None, inputs=[str(corpus)], output_dir=tmp_path / "out", window="7d", formats="json"
    )
    result = build_brief(config, now=MONDAY)
    assert [d.id for d in result.brief.documents] == ["b"]
    assert result.brief.period == ("2024-03-04", "2024-03-11")


def test_skip_if_empty_when_nothing_is_new(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", [OLD])
    config = load_config(
        None, inputs=[str(corpus)], output_dir=tmp_path / "out", skip_if_empty=True, formats="json"
    )
    first = build_brief(config, now=MONDAY)
    with pytest.raises(NothingNew, match="nothing new since the brief of 2024-03-11T0700Z"):
        build_brief(config, now=MONDAY.replace(day=18))
    builds = [
        p.name
        for p in (tmp_path / "out").iterdir()
        if p.is_dir() and not p.is_symlink() and p.name[0] != "."
    ]
    assert builds == [first.build_dir.name]

    _corpus(corpus, [OLD, NEW])
    third = build_brief(config, now=MONDAY.replace(day=18))
    assert third.brief.whats_new is not None and len(third.brief.whats_new.events) == 1
    new_event = next(e for e in third.brief.events if e.id in third.brief.whats_new.events)
    assert new_event.date == "2024-03-07"


def test_skip_if_empty_when_the_window_has_no_documents(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", [OLD])
    config = load_config(
        None,
        inputs=[str(corpus)],
        output_dir=tmp_path / "out",
        window="7d",
        skip_if_empty=True,
        formats="json",
    )
    with pytest.raises(NothingNew, match="no documents in the period"):
        build_brief(config, now=MONDAY)
