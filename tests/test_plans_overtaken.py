"""A preview of a happening is no key judgment once a page published later, on or after its
day, tells it again as its own news: the preview tells where the story stood before it
happened."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from bottomline_fixtures import dated

from briefgen.bottomline import Candidate, overtaken_plans
from briefgen.models import Event, Evidence

AHEAD = "The choir is the latest act added to the bill for the harbour concert on 8 October."
DONE = "Thousands of fans have joined the choir for the harbour concert in Avon."
OTHER = "The council has voted to close the central library in Avon."
AGAIN = "The choir is expected to join the harbour concert in Avon."
WORDS = {
    AHEAD: ("choir", "harbour", "concert", "bill"),
    DONE: ("choir", "harbour", "concert"),
    AGAIN: ("choir", "harbour", "concert"),
}


def _candidate(doc: str, text: str) -> Candidate:
    vector = dict.fromkeys(WORDS.get(text, ("council", "library")), 1.0)
    return Candidate(text, Evidence(doc, 0, len(text), text, text, 0), vector, 1.0)


def _preview(doc: str = "d0930") -> Event:
    mention = dated(doc, AHEAD, AHEAD, "2011-10-08", said="on 8 October", scheduled=True)
    return Event("concert", "2011-10-08", "concert", (mention,), (doc,))


def _published(*docs: str) -> dict[str, date]:
    return {doc: date(2011, int(doc[1:3]), int(doc[3:])) for doc in docs}


def test_a_preview_a_later_page_tells_as_its_news_after_the_day_is_overtaken() -> None:
    candidates = [_candidate("d0930", AHEAD), _candidate("d1009", DONE)]
    stale = overtaken_plans(candidates, [_preview()], _published("d0930", "d1009"))
    assert stale == {("d0930", 0)}


def test_a_preview_stands_before_its_day_or_beside_other_news() -> None:
    # told again before the day it was due: still to come
    candidates = [_candidate("d0930", AHEAD), _candidate("d1005", DONE)]
    assert overtaken_plans(candidates, [_preview()], _published("d0930", "d1005")) == set()
    # a later page with other news
    candidates = [_candidate("d0930", AHEAD), _candidate("d1009", OTHER)]
    assert overtaken_plans(candidates, [_preview()], _published("d0930", "d1009")) == set()


def test_a_later_page_announcing_it_ahead_again_does_not_overtake_it() -> None:
    candidates = [_candidate("d0930", AHEAD), _candidate("d1009", AGAIN)]
    assert overtaken_plans(candidates, [_preview()], _published("d0930", "d1009")) == set()


def test_a_later_page_naming_the_happening_by_its_word_overtakes_it() -> None:
    # little else in common with the preview: the concert is what the later page tells
    told = "Fans filled the stadium for the memorial concert on Saturday night."
    mention = replace(_preview().mentions[0], lemma="concert")
    event = Event("concert", "2011-10-08", "concert", (mention,), ("d0930",))
    candidates = [
        replace(_candidate("d0930", AHEAD), vector={"choir": 1.0, "bill": 1.0, "concert": 0.1}),
        replace(_candidate("d1009", told), vector={"concert": 1.0, "stadium": 1.0, "fans": 1.0}),
    ]
    stale = overtaken_plans(candidates, [event], _published("d0930", "d1009"))
    assert stale == {("d0930", 0)}
    # a light verb names no happening ("is to take place")
    mention = replace(mention, lemma="take")
    event = Event("concert", "2011-10-08", "take", (mention,), ("d0930",))
    candidates[1] = replace(candidates[1], vector={"take": 1.0, "fans": 1.0})
    assert overtaken_plans(candidates, [event], _published("d0930", "d1009")) == set()


def _narrowed(sentence: str, phrase: str, head: str) -> Event:
    """A scheduled mention of ``sentence`` whose evidence the extract stage narrowed to
    ``phrase`` (a dated noun phrase, a relative or time clause), headed by ``head``."""
    mention = dated("d0930", sentence, sentence, "2011-10-08", said="8 October", scheduled=True)
    at = sentence.index(phrase)
    h = sentence.index(head)
    evidence = Evidence("d0930", at, at + len(phrase), phrase, sentence, 0)
    mention = replace(mention, evidence=evidence, predicate=(h, h + len(head)))
    return Event("concert", "2011-10-08", "concert", (mention,), ("d0930",))


def test_a_scheduled_happening_in_a_modifier_is_no_preview_named() -> None:
    # the sentence's news is the memorandum, filed; the hearing ahead only dates it, so a
    # later page naming the concert tells none of it
    filed = "In a memorandum sent in advance of an 8 October concert, the choir said it would sing."
    cases = [
        (filed, "an 8 October concert", "concert"),
        # a time clause, and a relative clause, set off from the main one
        (
            "The choir has sold out, even before the harbour concert opens on 8 October.",
            "even before the harbour concert opens on 8 October",
            "opens",
        ),
        (
            "The choir, which will sing at the harbour concert on 8 October, has sold out.",
            "The choir, which will sing at the harbour concert on 8 October,",
            "sing",
        ),
    ]
    told = "Fans filled the stadium for the memorial concert on Saturday night."
    for sentence, phrase, head in cases:
        event = _narrowed(sentence, phrase, head)
        event = replace(event, mentions=(replace(event.mentions[0], lemma="concert"),))
        candidates = [
            replace(_candidate("d0930", sentence), vector={"choir": 1.0, "memorandum": 1.0}),
            replace(_candidate("d1009", told), vector={"concert": 1.0, "stadium": 1.0}),
        ]
        assert overtaken_plans(candidates, [event], _published("d0930", "d1009")) == set()
        # ... though a later page telling its own news again, after the day, overtakes it
        # ("tickets sold ahead of the concert", then the crowd the concert drew)
        candidates[1] = replace(candidates[1], vector={"choir": 1.0, "memorandum": 1.0})
        stale = overtaken_plans(candidates, [event], _published("d0930", "d1009"))
        assert stale == {("d0930", 0)}, sentence


def test_a_scheduled_happening_as_the_main_verbs_argument_is_a_preview() -> None:
    # narrowed to the dated noun phrase, but that phrase is what the sentence tells
    event = _narrowed(AHEAD, "the latest act added to the bill for the harbour concert", "concert")
    event = replace(event, mentions=(replace(event.mentions[0], lemma="concert"),))
    told = "Fans filled the stadium for the memorial concert on Saturday night."
    candidates = [
        replace(_candidate("d0930", AHEAD), vector={"choir": 1.0, "bill": 1.0}),
        replace(_candidate("d1009", told), vector={"concert": 1.0, "stadium": 1.0}),
    ]
    assert overtaken_plans(candidates, [event], _published("d0930", "d1009")) == {("d0930", 0)}


def test_a_figure_set_ahead_of_a_happening_is_no_preview() -> None:
    # a count as of its day, retold later as a newer count: the series' latest goes first,
    # the preview rule leaves it
    sentence = "The choir has sold 2,000 seats, even before the harbour concert on 8 October."
    event = _narrowed(sentence, "even before the harbour concert on 8 October", "concert")
    count = replace(_candidate("d0930", sentence), vector={"choir": 1.0, "seats": 1.0})
    later = replace(_candidate("d1009", DONE), vector={"choir": 1.0, "seats": 1.0})
    candidates = [replace(count, figure=True), later]
    assert overtaken_plans(candidates, [event], _published("d0930", "d1009")) == set()
    # a figure whose own news is the happening announced is one
    event = _narrowed(sentence, sentence, "sold")
    stale = overtaken_plans(candidates, [event], _published("d0930", "d1009"))
    assert stale == {("d0930", 0)}


def test_a_preview_is_read_against_the_later_pages_on_its_words_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a pairwise loop over every candidate grew with the square of the corpus (scale.md BT)
    import briefgen.bottomline as bottomline

    compared: list[str] = []
    real = bottomline.cosine

    def counted(a: dict[str, float], b: dict[str, float], *args: float | None) -> float:
        compared.append(" ".join(b))
        return real(a, b, *args)

    monkeypatch.setattr(bottomline, "cosine", counted)
    others = [_candidate(f"d10{n:02d}", OTHER) for n in range(10, 20)]
    earlier = [_candidate(f"d09{n:02d}", DONE) for n in range(10, 20)]
    candidates = [_candidate("d0930", AHEAD), *others, *earlier, _candidate("d1009", DONE)]
    published = _published("d0930", "d1009", *(c.evidence.doc for c in others + earlier))
    assert overtaken_plans(candidates, [_preview()], published) == {("d0930", 0)}
    # the one later page on its words: neither the pages of other news nor the earlier ones
    assert compared == ["choir harbour concert"]
