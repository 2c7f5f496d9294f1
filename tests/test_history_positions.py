"""A statement told in the past inside a page's passage of history (an explainer's section
on the last crisis) is dated by that history, not by the page: it is no position its actor
holds now."""

from __future__ import annotations

from dataclasses import replace

from briefgen.extract.run import extract_document
from briefgen.models import Document, Position
from briefgen.structure import structure_document


def _explainer(*history: str) -> str:
    return "\n".join(
        (
            "Marlow braces for the cost of the new outbreak",
            "The town council met on Monday to weigh the cost of the outbreak.",
            "WHAT DID THE TOWN DO IN THE LAST OUTBREAK?",
            *history,
            "WHAT IS DIFFERENT NOW?",
            "The Marlow council said on Monday that it would keep the harbour open.",
            "",
        )
    )


FELL = "Tourist arrivals in Marlow fell 40 percent in March 2003."
ANNOUNCED = "The Marlow council announced a relief package worth 2 percent of its budget."


def _positions(nlp, text: str) -> list[Position]:  # type: ignore[no-untyped-def]
    document = Document("a", "a", "txt", text, "", "2009-04-27", "stated")
    document = replace(document, blocks=structure_document(document).blocks)
    return list(extract_document(document, nlp).positions)


def _said(positions: list[Position], words: str) -> Position:
    return next(p for p in positions if words in p.text)


def test_a_statement_the_narrative_of_history_goes_on_with_takes_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # the sentence right after a dated one, in the simple past: the timeline's focus
    positions = _positions(nlp, _explainer(FELL, ANNOUNCED))
    assert _said(positions, "relief package").date == "2003-03"
    # the section on now keeps the page's day
    assert _said(positions, "keep the harbour open").date == "2009-04-27"


def test_a_statement_between_two_dated_sentences_of_history_takes_their_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # a sentence in the present breaks the focus; the passage is still dated both sides
    text = _explainer(
        FELL,
        "Hotels in the town depend on tourists.",
        ANNOUNCED,
        "The harbour board lowered its rates in July 2003.",
    )
    assert _said(_positions(nlp, text), "relief package").date == "2003-03"


def test_a_statement_before_a_dated_sentence_of_now_keeps_the_pages_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _explainer(
        FELL,
        "Hotels in the town depend on tourists.",
        ANNOUNCED,
        "The harbour board lowered its rates on Monday.",
    )
    assert _said(_positions(nlp, text), "relief package").date == "2009-04-27"


def test_a_statement_after_a_sentence_dated_now_keeps_the_pages_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # the sentence before is the page's news (Monday); its clause's 2009 is no passage
    text = (
        "Judge bars doctor from testifying\n"
        "In court on Monday, the lawyer Tom Reed said Ann Holt was ill when she died in "
        "June 2009.\n"
        "But Judge Ada Brandt ruled that the doctor would not be called to testify at the trial.\n"
    )
    document = Document("a", "a", "txt", text, "", "2011-08-30", "stated")
    document = replace(document, blocks=structure_document(document).blocks)
    positions = list(extract_document(document, nlp).positions)
    assert _said(positions, "would not be called").date == "2011-08-30"


def test_a_saying_inside_a_passage_of_history_keeps_the_pages_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # an expert the reporter asked, quoted beside the history: the reporter's occasion
    text = _explainer(
        FELL,
        "Hotels in the town depend on tourists.",
        "The economist Tom Reed said the harbour would recover faster than the hotels.",
        "The harbour board lowered its rates in July 2003.",
    )
    assert _said(_positions(nlp, text), "recover faster").date == "2009-04-27"
