"""The bottom line: where the story stands at the end of the period."""

from __future__ import annotations

import re

from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Timex
from briefgen.summarize import summarize

SENTENCED = "Murray has been sentenced to four years in jail for the death of the singer."
# doc: (published, text); the sentencing article's text starts below its headline news.
STORY = {
    "c1": ("2011-11-08", "Murray was found guilty of manslaughter on Monday by the jury."),
    "c2": ("2011-11-09", "The jury found Murray guilty of manslaughter on Monday afternoon."),
    "d": (
        "2011-11-29",
        "Murray was found guilty earlier this month after a six-week trial. "
        "Lawyers had sent the judge a memorandum ahead of the hearing on Tuesday.",
    ),
    "e": (
        "2011-11-30",
        "The trial of the singer's doctor lasted six weeks and heard from many witnesses. "
        "On 29 November Murray is sentenced to four years in county jail.",
    ),
    "f": ("2011-11-29", f"{SENTENCED} He was found guilty earlier this month by a jury."),
}


def _mention(doc: str, sentence: str, when: str) -> EventMention:
    text = STORY[doc][1]
    at = text.index(sentence)
    evidence = Evidence(doc, at, at + len(sentence), sentence, sentence, at)
    timex = Timex(at, at + 1, "x", "DATE", when)
    return EventMention(f"{doc}{when}", doc, when, timex, sentence, evidence)


def test_the_bottom_line_is_the_lede_that_tells_the_latest_development() -> None:
    extractions = []
    for doc, (day, text) in STORY.items():
        spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
        document = Document(doc, doc, "txt", text, "", day, "stated")
        extractions.append(Extraction(document=document, sentences=spans))
    verdict = tuple(_mention(d, STORY[d][1], "2011-11-07") for d in ("c1", "c2"))
    hearing = (
        _mention(
            "d",
            "Lawyers had sent the judge a memorandum ahead of the hearing on Tuesday.",
            "2011-11-29",
        ),
        _mention(
            "e", "On 29 November Murray is sentenced to four years in county jail.", "2011-11-29"
        ),
    )
    events = [
        Event("verdict", "2011-11-07", "found guilty", verdict, ("c1", "c2"), salience=2.0),
        Event("hearing", "2011-11-29", "sentenced", hearing, ("d", "e"), salience=1.0),
    ]
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    # Not the verdict a later article recalls in its first line: the sentence handed down.
    assert summary.bottom_line.text == SENTENCED
    assert summary.bottom_line.evidence[0].doc == "f"
