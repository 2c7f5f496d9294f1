"""The PDF's Appendix A holds its entries to the timeline's standard: a reference back the
timeline names from the article is printed with its name in brackets, one it cannot name
(an office nobody in the document holds) leaves its sentence out, and a plan told in an
unmarked sentence is no event of its day.

The fixture is one report on a bridge, each sentence an event dated by its own weekday;
what a reader of the PDF (read back with pypdf) sees is asserted.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from harbour_fixtures import dated_event, report
from harbour_fixtures import lopez as harbour_lopez
from pypdf import PdfReader
from sample_brief import empty_brief

from briefgen.models import (
    Actor,
    Brief,
    Cited,
    Document,
    Event,
    EventMention,
    Evidence,
    Mention,
    TimelineEntry,
    Timex,
)

_OPENED = "Mayor Ana Lopez opened the new harbour bridge on Tuesday, the city council said."
_TOURED = "The Whig nominee toured the harbour bridge on Wednesday with two engineers."
_CLOSED = "It closed the harbour bridge to lorries on Thursday after cracks were found."
_VISIT = "Ana Lopez is scheduled to visit the harbour bridge on Saturday with engineers."
_TEXT = "The harbour board met in the town hall. " + " ".join((_OPENED, _TOURED, _CLOSED, _VISIT))
_DAYS = {"Tuesday": "2024-03-05", "Wednesday": "2024-03-06", "Thursday": "2024-03-07"}
_DAYS |= {"Saturday": "2024-03-09"}
# the timeline's reading of the third sentence: its "It" named from the article
_CLOSED_SHOWN = _CLOSED.replace("It", "[The harbour board]", 1)


def _event(ident: str, sentence: str, when: str, verb: str) -> Event:
    return dated_event(_TEXT, _DAYS, ident, sentence, when, verb)


def _brief() -> Brief:
    document = report(_TEXT)
    lopez = harbour_lopez(_TEXT)
    closed = _event("closed", _CLOSED, "Thursday", "closed")
    timeline = TimelineEntry(
        "2024-03-07",
        ("closed",),
        (Cited(_CLOSED_SHOWN, (closed.mentions[0].evidence,)),),
        sources=("d1",),
    )
    return dataclasses.replace(
        empty_brief(),
        title="Harbour bridge",
        period=("2024-03-09", "2024-03-09"),
        documents=(document,),
        events=(
            _event("opened", _OPENED, "Tuesday", "opened"),
            _event("toured", _TOURED, "Wednesday", "toured"),
            closed,
            _event("visit", _VISIT, "Saturday", "visit"),
        ),
        timeline=(timeline,),
        actors=(lopez,),
        query=("bridge",),
    )


def test_the_appendix_names_what_the_timeline_names_and_leaves_out_what_it_cannot(
    tmp_path: Path,
) -> None:
    from briefgen import pipeline
    from briefgen.config import load_config

    files = pipeline.write_outputs(_brief(), load_config(None, formats="pdf"), tmp_path)
    pages = PdfReader(files["pdf"]).pages
    text = re.sub(r"\s+", " ", "\n".join(p.extract_text() or "" for p in pages))
    appendix = text[text.index("Appendix A") :]
    appendix = appendix[appendix.index("Appendix A", 20) :]  # past the contents' line
    # the good entry stays
    assert "Mayor Ana Lopez opened the new harbour bridge on Tuesday" in appendix
    # the timeline's reading: its "It" named as the timeline names it
    assert "[The harbour board] closed the harbour bridge to lorries" in appendix
    # an office the document gives nobody: who toured, only the article would say
    assert "Whig nominee" not in appendix
    # "is scheduled to visit … on Saturday", published that day: a plan, not Saturday's event
    assert "scheduled to visit" not in appendix


def _count_printed(sentence: str, before: str, place: str) -> bool:
    """Whether ``sentence`` (a count, dated 7 March 2024 by "Thursday"), after ``before`` in
    its report, is printed, ``place`` being an actor the brief keeps wherever named."""
    from briefgen.render.printing import Printing
    from briefgen.render.told import told_sentences

    text = before + sentence
    start = len(before)
    at = text.index("Thursday")
    head = text.index("rose")
    mention = EventMention(
        id="m1",
        doc="d1",
        date="2024-03-07",
        timex=Timex(at, at + 8, "Thursday", "DATE", "2024-03-07"),
        description=sentence,
        evidence=Evidence("d1", start, len(text), sentence, sentence, start),
        predicate=(head, head + 4),
    )
    spots = [m.start() for m in re.finditer(place, text)]
    actor = Actor(
        "p",
        place,
        "state",
        mentions=tuple(Mention("d1", s, s + len(place), place, "name", "state") for s in spots),
        sources=("d1",),
    )
    document = Document("d1", "d1.txt", "txt", text, "Flu", date="2024-03-08")
    brief = dataclasses.replace(
        empty_brief(),
        documents=(document,),
        events=(Event("e1", "2024-03-07", sentence, (mention,), ("d1",)),),
        actors=(actor,),
        query=("flu",),
    )
    return bool(told_sentences(list(brief.events), 5, Printing.of(brief)))


def test_a_count_is_printed_when_its_own_sentence_names_where_and_left_out_otherwise() -> None:
    before = "Doctors in Ruritania met health officials in the capital to talk about the flu. "
    # the sentence says where it counts: it reads alone
    assert _count_printed(
        "Ruritania's flu death toll rose by three to 78 on Thursday, officials said.",
        before,
        "Ruritania",
    )
    # where, only the sentences before said ("[in Ruritania]" is the timeline's reading,
    # which the brief does not keep for a sentence it does not show)
    assert not _count_printed(
        "The flu death toll rose by three to 78 people on Thursday, officials said.",
        before,
        "Ruritania",
    )
