"""Whether a sentence tells a contest decided (``contests.decided_result``, ``result_in``),
kept in the build's cache as the other sentence verdicts are: a rebuild works out only the
sentences no build asked before; a corrupt or foreign entry, or one of other code, is
worked out again, with the same answers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from rebuild_fixtures import kept_row, recording

from briefgen import contests
from briefgen.extract import cache as cache_module
from briefgen.kept_verdicts import memo, remembering

WON = "Ann Holt won the Marlow primary on Tuesday."
SOUGHT = "Tom Reed needed to win the Penbury primary."
WON_IN = "After winning primaries in Penbury, Ann Holt spoke to supporters."


@pytest.fixture
def worked(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Each text the two tests' rules were run on, by test."""
    return {
        "decided_result": recording(monkeypatch, contests, "_decided"),
        "result_in": recording(monkeypatch, contests, "_result_in"),
    }


def _ask() -> tuple[bool, ...]:
    return (
        contests.decided_result(WON),
        contests.decided_result(SOUGHT),
        contests.result_in(WON_IN),
        contests.result_in(SOUGHT),
    )


ANSWERS = (True, False, True, False)


def _cleared(worked: dict[str, list[str]]) -> None:
    for seen in worked.values():
        seen.clear()


def test_the_answers_are_the_rules_and_a_rebuild_works_none_out_again(
    tmp_path: Path, worked: dict[str, list[str]]
) -> None:
    assert _ask() == ANSWERS  # no build open: the rules run as ever
    path = tmp_path / "cache.sqlite"
    with remembering(path):
        assert _ask() == ANSWERS
        assert _ask() == ANSWERS  # asked twice a build, worked out once
    assert worked["result_in"].count(WON_IN) == 2  # once outside, once in the build
    _cleared(worked)
    with remembering(path):
        assert _ask() == ANSWERS
    assert worked == {"decided_result": [], "result_in": []}
    assert memo("result_in") is None


@pytest.mark.parametrize("test", ["decided_result", "result_in"])
def test_a_corrupt_or_foreign_entry_is_worked_out_again(
    tmp_path: Path, worked: dict[str, list[str]], test: str
) -> None:
    path = tmp_path / "cache.sqlite"
    with remembering(path):
        _ask()
    key = kept_row(path, test)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE verdicts SET value = X'00112233' WHERE key = ?", (key,))
    _cleared(worked)
    with remembering(path):
        assert _ask() == ANSWERS
    assert worked[test]  # the spoiled test's verdicts worked out again
    # another test's row under this test's key: refused (the key inside does not match)
    other = kept_row(path, "stands_alone" if test == "result_in" else "tells_news")
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM verdicts WHERE key = ?", (key,))
        db.execute(
            "INSERT INTO verdicts (key, settings, checksum, value)"
            " SELECT ?, settings, checksum, value FROM verdicts WHERE key = ?",
            (key, other),
        )
    _cleared(worked)
    with remembering(path):
        assert _ask() == ANSWERS
    assert worked[test]


def test_the_verdicts_of_other_code_are_not_read(
    tmp_path: Path, worked: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cache.sqlite"
    with remembering(path):
        _ask()
    _cleared(worked)
    # a changed rule changes the source's digest: the entries kept before are not found
    monkeypatch.setattr(cache_module, "_code_digest", lambda: "other code")
    with remembering(path):
        assert _ask() == ANSWERS
    assert worked["decided_result"] and worked["result_in"]
