"""A column kept without its label is told by its writer's voice, and supplies no judgment."""

from __future__ import annotations

import re

from briefgen.models import Block, Document, Extraction
from briefgen.structure.opinion import essay_voice, is_column, is_opinion
from briefgen.summarize import summarize

# An invented column: no label, no address, no sign-off; the writer speaks as "we" and "I".
COLUMN = (
    "A fuss about a cold\n"
    "We have lost our heads over the new fever.\n"
    "Three walkers are or were (mildly) unwell after the hill race.\n"
    "The radio warns of a wave of absences at the depots.\n"
    "We seem unable to weigh a risk any more.\n"
    "Most people who catch a fever rest and recover within the week.\n"
    "We trust experts to warn us calmly and in plain words.\n"
    "The county health office loves a round of warnings about what could happen.\n"
    "I suppose the county is also ready for a meteor strike.\n"
    "Meanwhile the hospital infections that kill hundreds a year get no headlines at all.\n"
)

# An invented report: its "we" are its speakers', quoted or told beside "said", one of them
# with the quotation marks a scraper lost.
REPORT = (
    "County confirms fever cases\n"
    "The county health office confirmed 41 cases of the new fever on Monday.\n"
    '"We are tracing every contact of the walkers," the director said.\n'
    "We have no treatment beyond rest and fluids,\n"
    "said a nurse at the county hospital.\n"
    "Officials said the hill race would not be held again this year.\n"
    "We will review the rules for mass events, the council said in a statement.\n"
    "The depots reported no rise in absences by Monday evening.\n"
)


def test_a_column_in_its_writers_voice_is_a_column_but_no_labelled_opinion_page() -> None:
    assert essay_voice(COLUMN)
    column = Document("c", "c", "txt", COLUMN, "A fuss about a cold")
    assert is_column(column)
    # the timeline and the key positions still read it: its writer's views are theirs
    assert not is_opinion(column)


def test_a_report_quoting_its_speakers_we_is_not() -> None:
    assert not essay_voice(REPORT)
    assert not is_column(Document("r", "r", "txt", REPORT, "County confirms fever cases"))


def test_one_aside_in_the_first_person_makes_no_column() -> None:
    text = REPORT + "As we reported last week, the race drew 300 walkers.\n"
    assert not essay_voice(text)


def test_readers_comments_below_a_report_are_not_its_writers_voice() -> None:
    comments = "".join(f"I think we should all stay home, reader {n} wrote.\n" for n in range(6))
    comments = comments.replace(" wrote", "")
    text = REPORT + comments
    start = len(REPORT)
    blocks = (Block(0, start, "body"), Block(start, len(text), "comment"))
    assert not is_column(Document("r2", "r2", "txt", text, "", blocks=blocks))
    assert is_column(Document("r3", "r3", "txt", text, ""))  # the same words as body


def _extraction(doc: str, text: str, published: str) -> Extraction:
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^\n]+\.(?=\n)", text))
    document = Document(doc, doc, "txt", text, text.split("\n", 1)[0], published, "stated")
    return Extraction(document=document, sentences=spans)


def test_a_columns_aside_is_no_key_judgment() -> None:
    column = _extraction("a-column", COLUMN, "2020-03-03")
    report = _extraction("b-report", REPORT, "2020-03-03")
    summary = summarize([column, report], [], [], judgments=5)
    shown = [c.text for c in (summary.bottom_line, *summary.judgments, *summary.key_figures) if c]
    assert shown
    assert not any("walkers are or were" in t or "meteor" in t for t in shown)
