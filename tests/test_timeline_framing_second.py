"""A date's second sentence that only frames its first ("Tuesday's signing came at a
sensitive moment for X") adds nothing to the day: the date shows its news alone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sentence_fixtures import clause_mention, headlined_page

from briefgen.models import Event, Extraction, Mention
from briefgen.timeline import select_timeline

TUESDAY = "2020-03-03"
SIGNED = "Governor Ward signed the harbour bill on Tuesday."


def _named(x: Extraction, name: str) -> Extraction:
    text = x.document.text
    found = []
    at = text.find(name)
    while at >= 0:
        found.append(Mention(x.document.id, at, at + len(name), name, "name", "person"))
        at = text.find(name, at + 1)
    return replace(x, mentions=tuple(found))


def _shown(second: str, verb: str) -> list[str]:
    pages = [
        _named(headlined_page(f"{k}-bill", f"Bill\n{SIGNED} He smiled.", TUESDAY), "Ward")
        for k in "ab"
    ]
    other = _named(headlined_page("c-note", f"Note\n{second} It rained.", TUESDAY), "Ward")
    signed = [clause_mention(x, SIGNED, TUESDAY, verb="signed") for x in pages]
    framed = clause_mention(other, second, TUESDAY, verb=verb)
    events = [
        Event("sign", TUESDAY, SIGNED, tuple(signed), ("a-bill", "b-bill"), salience=2.0),
        Event("note", TUESDAY, second, (framed,), ("c-note",), salience=1.5),
    ]
    timeline = select_timeline(events, dates=5, sentences=2, extractions=[*pages, other])
    return [c.text for e in timeline for c in e.sentences]


@pytest.mark.parametrize(
    ("second", "verb"),
    [
        ("Tuesday's signing came at a sensitive moment for Governor Ward.", "came"),
        # dated by its subject's noun, the sentence's verb still places it
        ("Tuesday's signing came at a sensitive moment for Governor Ward.", "signing"),
        ("The signing marked a turning point for Governor Ward on Tuesday.", "marked"),
    ],
)
def test_a_second_sentence_that_only_frames_the_first_is_not_shown(second: str, verb: str) -> None:
    assert _shown(second, verb) == [SIGNED]


@pytest.mark.parametrize(
    ("second", "verb"),
    [
        ("Governor Ward also vetoed the ferry bill on Tuesday.", "vetoed"),
        # an agent or a happening of its own under a verb that may place
        ("The harbour police marked the old pier for Governor Ward on Tuesday.", "marked"),
        ("The hearing came to an abrupt end for Governor Ward on Tuesday.", "came"),
    ],
)
def test_a_second_sentence_with_news_of_its_own_is_shown(second: str, verb: str) -> None:
    assert _shown(second, verb) == [SIGNED, second]
