"""The summary's stale sentences found in a forked child, on a large corpus, while the
build's process reads the rest: the same summary as when found here, and what the child
asked of the build's kept verdicts kept as if asked here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from bottomline_fixtures import page

from briefgen import beside, shown, summarize
from briefgen.kept_verdicts import digest, memo, remembering
from briefgen.models import Extraction, Summary

pytestmark = pytest.mark.skipif(not beside.can_fork(), reason="needs fork and two cores")

DENIES = "Dr Holt denies causing the death of the patient at the Marlow clinic in May."
FACES = "Nurse Reed faces a charge of negligence over the death of a second patient."
CONVICTED = "Dr Holt has been convicted of manslaughter by a jury at the Penbury court."


# the doctors and nurses of the fixture's pages, mentions of persons
PEOPLE = r"(?:Dr|Nurse) [A-Z]\w+"


def _extraction(doc: str, day: str, text: str) -> Extraction:
    return page(doc, day, text, people=PEOPLE)


_PAGES = [
    _extraction("a", "2010-06-01", f"{DENIES} The hearing was adjourned until the autumn."),
    _extraction("b", "2010-06-02", f"{FACES} The clinic was closed for an inspection."),
    _extraction("c", "2011-11-07", f"{CONVICTED} The family wept in the public gallery."),
]


def _shown(summary: Summary) -> list[str]:
    bottom = [summary.bottom_line.text] if summary.bottom_line else []
    return bottom + [j.text for j in summary.judgments]


def test_the_stale_sentences_found_beside_are_those_found_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found_in: list[int] = []
    decided = summarize.decided

    def recorded(*args: object) -> set[tuple[str, int]]:
        found_in.append(os.getpid())  # only in this process's list when found here
        return decided(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(summarize, "decided", recorded)
    monkeypatch.setattr(summarize, "STALE_APART_FROM", 0)
    apart = summarize.summarize(_PAGES, [], [])
    assert found_in == []  # found in the child, whose list went with it
    # and sent back: the denial a later verdict decided is set aside, as when found here
    assert DENIES not in _shown(apart)
    assert CONVICTED in _shown(apart) and FACES in _shown(apart)

    monkeypatch.setattr(beside, "can_fork", lambda: False)
    here = summarize.summarize(_PAGES, [], [])
    assert found_in == [os.getpid()]
    assert apart == here


def test_a_small_corpus_finds_its_stale_sentences_here(monkeypatch: pytest.MonkeyPatch) -> None:
    found_in: list[int] = []
    decided = summarize.decided

    def recorded(*args: object) -> set[tuple[str, int]]:
        found_in.append(os.getpid())
        return decided(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(summarize, "decided", recorded)
    assert DENIES not in _shown(summarize.summarize(_PAGES, [], []))
    assert found_in == [os.getpid()]  # three pages: a fork would cost more than it saves


def test_a_verdict_first_asked_in_the_child_is_kept_by_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked_there = "Tom Reed opened the Penbury bridge on Tuesday."
    overtaken = summarize.overtaken

    def asking(*args: object) -> set[tuple[str, int]]:
        shown.stands_alone(asked_there)  # a verdict only the stale tests ask
        return overtaken(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(summarize, "overtaken", asking)
    monkeypatch.setattr(summarize, "STALE_APART_FROM", 0)
    told = shown.stands_alone(asked_there)  # outside a build: no memo holds it
    with remembering(tmp_path / "cache.sqlite"):
        summarize.summarize(_PAGES, [], [])
        kept = memo("stands_alone")
        assert kept is not None
        assert kept.asked[digest(asked_there)] == told


TERMS = "Any deal must keep the Marlow ports open, Ann Holt told the Penbury council."
SIGNED = "The accord signed by Marlow and Penbury on Friday keeps the ports open."


def test_terms_a_later_deal_settled_are_set_aside_by_this_process_while_the_child_works(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the stale tests are shared between the child and this process: what this process
    # finds meanwhile (terms set for a deal a later page reports made) is set aside too
    pages = [
        *_PAGES,
        _extraction("d", "2010-06-03", f"{TERMS} The talks resume next week."),
        _extraction("e", "2011-12-01", f"{SIGNED} The harbour reopened at dawn."),
    ]
    monkeypatch.setattr(summarize, "STALE_APART_FROM", 0)
    apart = summarize.summarize(pages, [], [])
    assert TERMS not in _shown(apart) and DENIES not in _shown(apart)
    assert TERMS in _shown(summarize.summarize(pages[:-1], [], []))  # no deal made yet
    monkeypatch.setattr(beside, "can_fork", lambda: False)
    assert summarize.summarize(pages, [], []) == apart
