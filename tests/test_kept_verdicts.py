"""Whether a sentence reads alone, kept in the build's cache: a rebuild works out only the
sentences no build asked before, a corrupt or foreign entry is worked out again, and the
brief is the one a build without the cache writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from rebuild_fixtures import NOW, brief_json, build, kept_row, recording, write_corpus

from briefgen import shown
from briefgen.config import load_config
from briefgen.extract import cache as cache_module
from briefgen.kept_verdicts import KEPT, memo, remembering
from briefgen.pipeline import build_brief

ALONE = "The council approved the new harbour on Monday."
LEANING = "This poll was taken before the vote."


@pytest.fixture
def worked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each text ``stands_alone``'s rules were run on."""
    return recording(monkeypatch, shown, "_stands_alone")


def test_a_verdict_kept_by_one_build_is_read_by_the_next(tmp_path: Path, worked: list[str]) -> None:
    path = tmp_path / "cache.sqlite"
    with remembering(path):
        assert shown.stands_alone(ALONE) and not shown.stands_alone(LEANING)
        assert shown.stands_alone(ALONE)  # asked twice, worked out once
    assert worked == [ALONE, LEANING]
    worked.clear()
    with remembering(path):
        assert shown.stands_alone(ALONE) and not shown.stands_alone(LEANING)
    assert worked == []
    assert memo("stands_alone") is None  # closed: the rules run as ever
    assert shown.stands_alone(ALONE)
    assert worked == [ALONE]


def test_the_entry_keeps_only_what_the_last_build_asked(tmp_path: Path, worked: list[str]) -> None:
    path = tmp_path / "cache.sqlite"
    with remembering(path):
        shown.stands_alone(ALONE)
    with remembering(path):
        shown.stands_alone(LEANING)
    worked.clear()
    with remembering(path):
        shown.stands_alone(ALONE)
    assert worked == [ALONE]


def test_a_corrupt_or_foreign_entry_is_worked_out_again(tmp_path: Path, worked: list[str]) -> None:
    path = tmp_path / "cache.sqlite"
    with remembering(path):
        shown.stands_alone(ALONE)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE verdicts SET value = X'00112233'")
    worked.clear()
    with remembering(path):
        assert shown.stands_alone(ALONE)
    assert worked == [ALONE]
    # another row's value under this build's key: refused (the key inside does not match)
    key = kept_row(path, "stands_alone")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE verdicts SET key = 'elsewhere' WHERE key = ?", (key,))
    with remembering(path):
        shown.stands_alone(LEANING)
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM verdicts WHERE key = ?", (key,))
        db.execute("UPDATE verdicts SET key = ? WHERE key = 'elsewhere'", (key,))
    worked.clear()
    with remembering(path):
        assert not shown.stands_alone(LEANING)
    assert worked == [LEANING]


def test_the_verdicts_of_other_code_are_not_read(
    tmp_path: Path, worked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cache.sqlite"
    with remembering(path):
        shown.stands_alone(ALONE)
    worked.clear()
    # a changed rule changes the source's digest: the entry kept before is not found
    monkeypatch.setattr(cache_module, "_code_digest", lambda: "other code")
    with remembering(path):
        assert shown.stands_alone(ALONE)
    assert worked == [ALONE]
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM verdicts").fetchone()[0] == len(KEPT)


def test_a_rebuild_asks_the_rules_only_of_new_sentences_and_writes_the_same_brief(
    tmp_path: Path, worked: list[str]
) -> None:
    inputs = write_corpus(tmp_path / "in", new=False)
    build(inputs, tmp_path / "a")
    before = set(worked)
    assert before
    worked.clear()
    write_corpus(inputs, new=True)
    # The cache moved to a fresh folder: no previous brief, so the JSON compares whole.
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    second = build(inputs, tmp_path / "b")
    assert not set(worked) & before
    uncached = load_config(
        None, inputs=[str(inputs)], output_dir=str(tmp_path / "c"), formats="json", cache=False
    )
    assert brief_json(second) == brief_json(build_brief(uncached, now=NOW))
