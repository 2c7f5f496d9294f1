"""An earlier instance of the story's kind (a precedent) is its history: no key judgment or
figure, and no entry of its timeline, though it names the story's own words."""

from __future__ import annotations

import re
from datetime import date

from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Timex
from briefgen.precedents import precedent
from briefgen.summarize import summarize
from briefgen.timeline import select_timeline

FIRST = date(2030, 3, 2)


def test_a_sentence_about_earlier_ones_of_the_kind_is_a_precedent() -> None:
    assert precedent("Previous fever epidemics have struck between 10% and 20% of people.", FIRST)
    assert precedent("Past outbreaks of the fever lasted about three months.", None)
    assert precedent('A 1998 "valley" fever epidemic killed about 4,000 people.', FIRST)
    assert precedent("The 1977-78 epidemic killed about 9,000.", FIRST)
    assert precedent("The last fever epidemic was in 1998, when 4,000 people died.", FIRST)
    assert precedent("The country's most recent epidemic, 32 years ago, closed the ports.", FIRST)
    assert precedent("In 1977 an epidemic of the fever closed every school.", FIRST)
    assert precedent("In 1951, there was a first wave of the fever in May.", FIRST)


def test_the_story_compared_with_its_precedents_is_no_precedent() -> None:
    # the story is the subject; the precedent only its measure
    assert not precedent("The agency declared the first fever epidemic since 1998.", FIRST)
    assert not precedent("The 2030 epidemic has closed 40 schools.", FIRST)
    assert not precedent("A 23-year-old nurse died of the fever on Monday.", FIRST)
    # the last of the story's own, and earlier reports of it
    assert not precedent("The last of the patients went home on Friday.", FIRST)
    assert not precedent("The previous day, officials closed the port.", FIRST)
    assert not precedent("Earlier reports said 20 people had died of the fever.", FIRST)
    assert not precedent("In 2029, the region was short of nurses.", FIRST)
    # a year's place needs the story's start
    assert not precedent('A 1998 "valley" fever epidemic killed about 4,000 people.', None)


def _extraction(doc_id: str, day: str, text: str) -> Extraction:
    doc = Document(doc_id, doc_id, "txt", text, "", day, "stated")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    return Extraction(document=doc, sentences=spans)


def test_the_summary_leaves_out_a_precedent_and_its_figure() -> None:
    before = "Previous fever epidemics have infected between 25% and 35% of the people."
    extractions = [
        _extraction(
            d,
            "2030-03-05",
            f"The fever spread to {town} on Friday and closed its schools. "
            f"Doctors in {town} treated 40 fever patients on Friday. {last}",
        )
        for d, town, last in (
            ("a", "Ardo", before),
            ("b", "Belo", before),
            ("c", "Cira", "The fever clinic in Cira stayed open all night."),
        )
    ]
    summary = summarize(extractions, [], [], judgments=3, query=("fever",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments, *summary.key_figures) if c]
    assert shown and before not in shown
    assert any("closed its schools" in t for t in shown)


def _mention(doc: str, when: str, sentence: str) -> EventMention:
    evidence = Evidence(doc, 0, len(sentence), sentence, sentence, 0)
    timex = Timex(0, 1, "x", "DATE", when)
    return EventMention(f"{doc}-{when}", doc, when, timex, sentence, evidence)


def test_a_precedent_years_before_the_sources_is_no_timeline_entry() -> None:
    before = "A 1998 fever epidemic killed about 4,000 people in Ardo province."
    own = "Ardo province reported its first fever case in 1998, in a farm worker."
    recent = "Fever spread to the port of Ardo on 4 March and closed its schools."
    texts = {"a": before, "b": before, "c": own, "d": recent}
    extractions = [
        Extraction(
            document=Document(d, d, "txt", f"{t} The fever spread.", "", "2030-03-05", "stated")
        )
        for d, t in texts.items()
    ]
    events = [
        Event("p", "1998", before, tuple(_mention(d, "1998", before) for d in "ab"), ("a", "b")),
        Event("o", "1998", own, (_mention("c", "1998", own),), ("c",)),
        Event("r", "2030-03-04", recent, (_mention("d", "2030-03-04", recent),), ("d",)),
    ]
    timeline = select_timeline(
        events, dates=10, sentences=3, extractions=extractions, query=("fever",)
    )
    shown = {t.date: [c.text for c in t.sentences] for t in timeline}
    # the story's own past stays; the earlier epidemic it is measured against goes
    assert shown == {"1998": [own], "2030-03-04": [recent]}
