"""A report's own news comes before its colour: the outcome a fresh report's lede tells is
shown under its day, whoever its subject is, and a later paragraph of the same report that
merely carries a weekday (a closing tribute, a side fact) does not outrank it. Its lede is
not refused for a quotation the sentence splitter cut before its closing mark."""

from __future__ import annotations

import re
from datetime import date

from briefgen.aggregate.events import merge_events
from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Mention, Timex
from briefgen.on_story import OnStory
from briefgen.shown import read_alone
from briefgen.structure.model import Block
from briefgen.timeline import select_timeline

THURSDAY = date(2024, 5, 9)


def _report(nlp, doc: str, day: date, text: str) -> Extraction:  # type: ignore[no-untyped-def]
    """A report of ``day`` whose whole ``text`` is its body, extracted as the brief does."""
    document = Document(
        doc, doc, "txt", text, "", day.isoformat(), "stated", blocks=(Block(0, len(text), "body"),)
    )
    parsed = nlp(text)
    sentences = tuple((s.start_char, s.end_char) for s in parsed.sents)
    events = tuple(extract_events(document, parsed, tag(text, day)))
    names = tuple(
        Mention(doc, m.start(), m.end(), m[0], "name", "person")
        for name in (*CAST, "Ada Brandt")
        for m in re.finditer(name, text)
    )
    return Extraction(document=document, sentences=sentences, mentions=names, events=events)


def _timeline(reports: list[Extraction]) -> dict[str, list[str]]:
    # Every page is on the story (``OnStory()``): what decides is the weighing of a day's
    # sentences, not which names the story's pages share.
    shown = select_timeline(
        merge_events(reports), dates=10, sentences=2, extractions=reports, on_story=OnStory()
    )
    return {t.date: [c.text for c in t.sentences] for t in shown}


# The race as most reports tell it: the front-runner and a dozen people around him, each
# named far more often than a trailing candidate, who is no principal of the story.
CAST = ("Tom Reed", "Ann Holt", "Bo Lind", "Cy Moss", "Di Park", "Ed Shaw", "Flo Tran")
CAST += ("Gus Ueda", "Hal Vance", "Ivy Wolfe", "Jo Yates", "Kit Zane")
TALLY = (
    "Senator Tom Reed campaigned in Dover on Monday with "
    + ", ".join(CAST[1:])
    + ". Senator Tom Reed told voters in Dover that the race was his. Senator Tom Reed "
    "thanked his volunteers on Tuesday."
)


def test_the_outcome_a_fresh_report_opens_on_is_shown_under_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # A trailing candidate quits: the report of the next day leads with it. Her name is no
    # principal's, and one source tells it, yet it is the day's news, not a detail.
    quits = _report(
        nlp,
        "quits",
        THURSDAY,
        "Governor Ada Brandt suspended her presidential campaign on Wednesday evening. "
        "Brandt had trailed Senator Tom Reed for months. Senator Tom Reed welcomed the news.",
    )
    tally = _report(
        nlp,
        "tally",
        THURSDAY,
        "As of Wednesday, Senator Tom Reed had 2,205 delegates, according to a count by "
        "the party. " + TALLY,
    )
    others = [_report(nlp, f"other{n}", THURSDAY, TALLY) for n in range(10)]
    wednesday = _timeline([quits, tally, *others])["2024-05-08"]
    assert wednesday[0].startswith("Governor Ada Brandt suspended her presidential campaign")


LEDE = "Senator Tom Reed defeated Governor Ada Brandt in the Ohio primary on Tuesday."
COLOUR = "Senator Tom Reed closed his victory speech on Tuesday night with a tribute to a teacher."


def _told(x: Extraction, sentence: str, lemma: str) -> EventMention:
    """``sentence`` of ``x`` as a mention dated Tuesday by its own weekday."""
    at = x.document.text.index(sentence)
    evidence = Evidence(x.document.id, at, at + len(sentence), sentence, sentence, at)
    timex = Timex(at, at + 1, "Tuesday", "DATE", "2024-05-07")
    return EventMention(
        f"{x.document.id}-{at}", x.document.id, "2024-05-07", timex, sentence, evidence,
        lemma=lemma,
    )  # fmt: skip


def test_a_later_paragraph_with_a_weekday_does_not_outrank_its_report_s_lede() -> None:
    # The next morning's report leads with the result; its later paragraph, merged into the
    # day's most reported happening (the speech), weighs three times as much.
    text = f"{LEDE} Turnout was high in the cities. {COLOUR}"
    sentences = tuple((text.index(s), text.index(s) + len(s)) for s in text.split(". "))
    document = Document(
        "primary", "primary", "txt", text, "", "2024-05-08", "stated",
        blocks=(Block(0, len(text), "body"),),
    )  # fmt: skip
    report = Extraction(document=document, sentences=sentences)
    lede, colour = _told(report, LEDE, "defeat"), _told(report, COLOUR, "close")
    events = [
        Event("speech", "2024-05-07", "x", (colour,), ("primary",), salience=3.0),
        Event("result", "2024-05-07", "x", (lede,), ("primary",), salience=1.0),
    ]
    shown = select_timeline(events, dates=3, sentences=2, extractions=[report], on_story=OnStory())
    assert shown[0].sentences[0].text == LEDE


def test_a_quotation_cut_before_its_closing_mark_is_the_speaker_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Ada Brandt suspended her campaign on Wednesday, telling supporters that "
        '"the voters will show me the way forward."\n\nBrandt had trailed for months.'
    )
    report = _report(nlp, "quits", THURSDAY, text)
    # The splitter left the closing mark to the next "sentence": "me" is the speaker's.
    cut = text[: text.index('forward."') + len("forward.")]
    shown = read_alone(cut, 0, report)
    assert shown is not None and shown.endswith('forward."')
    # the narrator's own "me" outside any quotation still refuses a sentence
    mine = "Governor Ada Brandt told me on Wednesday that she would quit."
    assert read_alone(mine, 0, _report(nlp, "told", THURSDAY, mine)) is None


def test_a_sentence_weighed_again_reads_the_same_as_its_first_reading() -> None:
    # the timeline weighs each sentence of an event against every other one's: each
    # sentence's vector is worked out once and read again, with the same weights
    from briefgen.aggregate.terms import Idf, terms

    sentences = ["Ann Holt opened the Penbury mill.", "The mill in Penbury reopened."]
    idf = Idf(terms(s) for s in sentences)
    first = idf.text_vector(sentences[0])
    assert first == idf.vector(terms(sentences[0]))
    assert idf.text_vector(sentences[0]) is first
