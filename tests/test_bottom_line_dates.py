"""The bottom line tells the latest development: a lede whose own days all fall before it
tells an earlier news, or a weekday read against a wrong page date, and is passed over."""

from __future__ import annotations

import re

from bottomline_fixtures import dated, page

from briefgen.models import Event, EventMention, Extraction, Timex
from briefgen.summarize import summarize

# doc: (published, text); synthetic reports of two contests held on Tuesday 14 May 2024.
STORY = {
    "w1": (
        "2024-05-15",
        "Smith won the primaries in Avon and Brill, beating Jones in both states. "
        "Smith won both primaries on Tuesday night.",
    ),
    "w2": (
        "2024-05-15",
        "Voters in Avon and Brill handed Smith victory in both primaries over Jones. "
        "Smith took both states on Tuesday.",
    ),
    "w3": (
        "2024-05-16",
        "Smith defeated Jones in the primaries held in Avon and Brill. "
        "Smith won the two primaries on Tuesday.",
    ),
    # First published on Wednesday, updated on Thursday: its Thursday is read as the
    # Thursday before the page's date, a week before the vote.
    "late": (
        "2024-05-15",
        "Smith won both primaries in Avon and Brill, officials declared on Thursday. "
        "Smith won both on Tuesday.",
    ),
}


def _extraction(doc: str) -> Extraction:
    day, text = STORY[doc]
    timexes: tuple[Timex, ...] = ()
    if "Thursday" in text:
        at = text.index("Thursday")
        timexes = (Timex(at, at + len("Thursday"), "Thursday", "DATE", "2024-05-09"),)
    return page(doc, day, text, timexes=timexes)


def _won(doc: str) -> EventMention:
    text = STORY[doc][1]
    sentence = re.findall(r"[^.]+\.", text)[1].strip()
    return dated(doc, text, sentence, "2024-05-14", id=f"{doc}-won")


def test_a_lede_dated_only_before_the_development_does_not_give_the_bottom_line() -> None:
    docs = tuple(STORY)
    events = [Event("won", "2024-05-14", "won", tuple(_won(d) for d in docs), docs, salience=1.0)]
    summary = summarize([_extraction(d) for d in docs], events, [], query=("smith",))
    assert summary.bottom_line is not None
    assert summary.bottom_line.evidence[0].doc in ("w1", "w2", "w3")
    assert "declared" not in summary.bottom_line.text
