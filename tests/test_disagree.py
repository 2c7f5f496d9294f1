"""Where the sources disagree: one person's age told differently by two sources."""

from __future__ import annotations

from briefgen.disagree import age_disagreements
from briefgen.models import Event, EventMention, Evidence, Timex


def _mention(doc: str, sentence: str) -> EventMention:
    evidence = Evidence(doc, 0, len(sentence), sentence, sentence, 0)
    timex = Timex(0, 1, "x", "DATE", "2021-06-04")
    return EventMention(f"{doc}m", doc, "2021-06-04", timex, sentence, evidence)


def _event(*mentions: EventMention) -> Event:
    docs = tuple(sorted({m.doc for m in mentions}))
    return Event("e", "2021-06-04", "A girl died of the fever", mentions, docs, salience=1.0)


def test_two_sources_giving_one_victim_different_ages_disagree() -> None:
    event = _event(
        _mention("a", "A nine-year-old girl died of the fever in the valley hospital on Friday."),
        _mention(
            "b", "The six-year-old girl died of the fever on Friday, the valley's first death."
        ),
        _mention("c", "Doctors at the valley hospital said the fever had spread to the coast."),
    )
    (line,) = age_disagreements([event])
    assert line.text == "A girl died of the fever: sources give the age as 6 years vs 9 years."
    assert [e.doc for e in line.evidence] == ["b", "a"]


def test_ages_of_other_people_or_other_news_are_no_disagreement() -> None:
    # Two people in one sentence; one page's two reports; two different stories.
    two = "A nine-year-old girl and her 40-year-old father fell ill with the fever on Friday."
    event = _event(
        _mention("a", two),
        _mention("b", "A six-year-old girl died of the fever at the valley hospital on Friday."),
        _mention("b", "A nine-year-old girl died of the fever at the valley hospital on Friday."),
        _mention("c", "The 25-year-old man had arrived in the territory after a stopover abroad."),
    )
    assert age_disagreements([event]) == ()


def test_ages_one_unit_apart_are_one_age_told_a_day_later() -> None:
    # a 22-month-old in one report is a 23-month-old in the next: no disagreement
    event = _event(
        _mention("a", "A 22-month-old girl died of the fever in the valley hospital on Friday."),
        _mention(
            "b", "The 23-month-old girl died of the fever on Friday, the valley's first death."
        ),
    )
    assert age_disagreements([event]) == ()
