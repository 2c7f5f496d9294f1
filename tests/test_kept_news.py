"""Whether a sentence tells news, kept in the build's cache beside whether it reads alone:
a rebuild asks the rules only of sentences no build asked before, a corrupt entry or
another test's verdicts are worked out again, and the brief is the one a build without
the cache writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from rebuild_fixtures import NOW, brief_json, build, kept_row, recording, write_corpus

from briefgen import newsworthy, shown
from briefgen.config import load_config
from briefgen.kept_verdicts import remembering
from briefgen.pipeline import build_brief

NEWS = "The council approved the new harbour on Monday."
# reads alone, but tells no news: what holds only on a condition
IF = "The council might approve the harbour if the weather holds."


@pytest.fixture
def worked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each text ``tells_news``'s rules were run on."""
    return recording(monkeypatch, newsworthy, "_tells_news")


def test_a_verdict_kept_by_one_build_is_read_by_the_next(tmp_path: Path, worked: list[str]) -> None:
    path = tmp_path / "cache.sqlite"
    with remembering(path):
        assert newsworthy.tells_news(NEWS) and not newsworthy.tells_news(IF)
        assert newsworthy.tells_news(NEWS)  # asked twice, worked out once
    assert worked == [NEWS, IF]
    worked.clear()
    with remembering(path):
        assert newsworthy.tells_news(NEWS) and not newsworthy.tells_news(IF)
    assert worked == []
    assert newsworthy.tells_news(IF) is False  # no build open: the rules run as ever
    assert worked == [IF]


def test_each_test_answers_from_its_own_verdicts(tmp_path: Path, worked: list[str]) -> None:
    path = tmp_path / "cache.sqlite"
    # the same text, held by one test and not by the other: neither answers for the other
    with remembering(path):
        assert shown.stands_alone(IF)
        assert not newsworthy.tells_news(IF)
    with remembering(path):
        assert shown.stands_alone(IF)
        assert not newsworthy.tells_news(IF)
    assert worked == [IF]


def test_a_corrupt_or_foreign_entry_is_worked_out_again(tmp_path: Path, worked: list[str]) -> None:
    path = tmp_path / "cache.sqlite"
    with remembering(path):
        assert not newsworthy.tells_news(IF)
        assert shown.stands_alone(IF)
    news, alone = kept_row(path, "tells_news"), kept_row(path, "stands_alone")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE verdicts SET value = X'00112233' WHERE key = ?", (news,))
    worked.clear()
    with remembering(path):
        assert not newsworthy.tells_news(IF)
    assert worked == [IF]
    # the other test's entry (IF read alone: "held") under this test's key: refused, not
    # read as "IF tells news"
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM verdicts WHERE key = ?", (news,))
        db.execute(
            "INSERT INTO verdicts SELECT ?, settings, checksum, value FROM verdicts WHERE key = ?",
            (news, alone),
        )
    worked.clear()
    with remembering(path):
        assert not newsworthy.tells_news(IF)
    assert worked == [IF]


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
    assert worked  # the new article's sentences
    assert not set(worked) & before
    uncached = load_config(
        None, inputs=[str(inputs)], output_dir=str(tmp_path / "c"), formats="json", cache=False
    )
    assert brief_json(second) == brief_json(build_brief(uncached, now=NOW))
