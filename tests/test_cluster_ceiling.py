"""Greedy clustering reads a cluster's members only when their pooled terms could reach the
score a mention needs (issue 15: ``merge_events`` grew faster than the corpus)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from event_fixtures import _extraction, _mention

from briefgen.aggregate import clusters
from briefgen.aggregate.events import merge_events
from briefgen.models import EventMention

# invented happenings of one council's day, each told by its own page in its own words
_NEWS = (
    ("the harbour ferry timetable", "reprinted"),
    ("a library roof", "mended"),
    ("the tram depot", "repainted"),
    ("a football pitch", "reseeded"),
    ("the museum's lift", "serviced"),
    ("a bakery's licence", "renewed"),
    ("the canal towpath", "resurfaced"),
    ("a choir's grant", "doubled"),
    ("the zoo's aviary", "extended"),
    ("a cinema's sign", "relit"),
)


def _news(doc: str, thing: str, verb: str) -> EventMention:
    description = f"The council {verb} {thing}"
    mention = _mention(
        doc, f"{description} on 3 May 2021.", "3 May 2021", "2021-05-03", description
    )
    return replace(mention, actors=("the council",))


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    compare = clusters._coarse_similarity

    def counting(*args: object) -> float:
        calls[0] += 1
        return compare(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(clusters, "_coarse_similarity", counting)
    return calls


def test_pages_sharing_only_their_common_party_are_not_compared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _counted(monkeypatch)
    pages = [_news(f"d{n}", thing, verb) for n, (thing, verb) in enumerate(_NEWS)]
    events = merge_events([_extraction(m.doc, "2021-05-03", m) for m in pages])
    assert len(events) == len(_NEWS)
    # main compared each page with every earlier one (45 comparisons): they share the
    # council and the day, nothing that could make one happening of two
    assert calls[0] == 0


def test_a_page_telling_the_same_news_is_still_compared_and_merged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _counted(monkeypatch)
    pages = [_news(f"d{n}", thing, verb) for n, (thing, verb) in enumerate(_NEWS)]
    pages.append(_news("retold", *_NEWS[3]))
    events = merge_events([_extraction(m.doc, "2021-05-03", m) for m in pages])
    assert len(events) == len(_NEWS)
    pitch = next(e for e in events if "pitch" in e.description)
    assert pitch.sources == ("d3", "retold")
    assert calls[0] >= 1
