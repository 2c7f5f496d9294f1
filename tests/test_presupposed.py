"""Shown sentences that lean on what only the sentences before say, beyond pronouns: the
last of a list ("Only Ohio remained uncalled"), a free relative ("what was signed"), a
contest's state ("the race remained too close to call"), and a happening taken up with the
writer's expectation of it ("The much-anticipated meeting ended …"). Each is named in
brackets from the sentences before, or not shown."""

from __future__ import annotations

import pytest
from position_fixtures import run
from sentence_fixtures import extraction_with

from briefgen.aggregate.readable import readable_alone
from briefgen.models import Extraction
from briefgen.shown import read_alone, stands_alone


def _sentence(ext: Extraction, i: int) -> tuple[str, int]:
    """The ``i``-th sentence's text and offset, leading space dropped."""
    start, end = ext.sentences[i]
    raw = ext.document.text[start:end]
    return raw.strip(), start + len(raw) - len(raw.lstrip())


@pytest.mark.parametrize(
    "sentence",
    [
        "Only Ohio remained uncalled as votes were counted late on Tuesday.",
        "Only Ohio and Iowa were still to report by midnight.",
        "The rest were too close to call on Tuesday night.",
        "The others stayed away from the vote in the Senate.",
        "Senator Ann Holt says she is not familiar with the details of what was signed.",
        "The governor of Ohio refused to comment on what was said.",
        "Ann Holt held a narrow lead over Tom Reed, but the race remained too close to call.",
        "The much-anticipated meeting unfolded Thursday morning in the Capitol.",
        "The long-awaited vote ended without a winner on Friday.",
    ],
)
def test_a_sentence_leaning_on_the_one_before_is_not_shown_alone(sentence: str) -> None:
    assert not stands_alone(sentence)
    ext = extraction_with(
        f"Ann Holt won Iowa and Tom Reed won Maine on Tuesday. {sentence}",
        ("Ann Holt", "person"),
        ("Tom Reed", "person"),
    )
    text, start = _sentence(ext, 1)
    assert read_alone(text, start, ext) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Only Ohio voters can change the result now.",
        "The rest of the field stayed in the race on Tuesday.",
        "Senator Ann Holt says she is not familiar with what was signed by the governor of Ohio.",
        "Ann Holt led Tom Reed, but the Missouri race remained too close to call.",
        "The much-anticipated meeting between Ann Holt and Tom Reed unfolded Thursday morning.",
        "Ann Holt said “the race remains too close to call” on Tuesday.",
    ],
)
def test_one_that_says_which_reads_alone(sentence: str) -> None:
    assert stands_alone(sentence)


def test_an_expected_meeting_is_named_from_the_sentence_before_that_says_which() -> None:
    ext = extraction_with(
        "Senators waited all week for the meeting between Ann Holt and Tom Reed. "
        "The much-anticipated meeting unfolded Thursday morning as more senators urged unity.",
        ("Ann Holt", "person"),
        ("Tom Reed", "person"),
    )
    text, start = _sentence(ext, 1)
    assert read_alone(text, start, ext) == (
        "The much-anticipated meeting [between Ann Holt and Tom Reed] unfolded Thursday "
        "morning as more senators urged unity."
    )


def test_a_key_position_on_what_was_signed_is_not_shown(nlp) -> None:  # type: ignore[no-untyped-def]
    (p,) = [
        p
        for p in run(
            nlp, "Senator Ann Holt says she is not familiar with the details of what was signed."
        )
        if p.speaker
    ]
    assert not readable_alone(p)
