"""Which happening a date names when the sentence tells it by a noun, or tells two dates.

Each case is a short synthetic text with its document date and the date a reader would
give the happening (issue 11).
"""

from __future__ import annotations

from datetime import date

from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document


def _dated(nlp, text: str, dct: date) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Each predicate word (and co-predicate) -> (its date, how it was found)."""
    doc = Document("a", "a", "txt", text, "", dct.isoformat(), "stated")
    out: dict[str, tuple[str, str]] = {}
    for m in extract_events(doc, nlp(text), tag(text, dct), readings=True):
        for start, end in (*((m.predicate,) if m.predicate else ()), *m.co_predicates):
            out.setdefault(text[start:end], (m.date, m.anchor))
    return out


MONDAY = date(1989, 10, 30)


def test_a_change_in_a_dated_amount_is_dated_by_the_amount(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Acme Corp. reported a 77% drop in third-quarter net income, citing weak sales."
    dated = _dated(nlp, text, MONDAY)
    assert dated["drop"][0] == "1989-Q3"


def test_a_period_for_an_amount_dates_it_rather_than_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Acme's announcement Friday of a $48 million loss for the third quarter surprised us."
    dated = _dated(nlp, text, MONDAY)
    assert dated["loss"][0] == "1989-Q3"


def test_a_second_date_heading_its_own_clause_dates_that_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On May 22, 1995, Carl Smith was made a colonel, and the following year he was "
        "appointed attache at the embassy in Rome."
    )
    dated = _dated(nlp, text, date(1998, 4, 18))
    assert dated["made"][0] == "1995-05-22"
    assert dated["appointed"][0] == "1996"


def test_a_noun_of_a_death_points_back_to_the_dated_killing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr. Ann Roe was killed on Friday in her home.\n\n"
        "Her aides would not comment on the political effects of the slaying."
    )
    dated = _dated(nlp, text, MONDAY)
    assert dated["slaying"][0] == "1989-10-27"
    assert dated["comment"][0] != "1989-10-27"


def test_figures_for_a_period_ended_on_a_day_are_dated_by_that_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "For the six months ended Aug. 12, Acme posted net income of $6.5 million."
    dated = _dated(nlp, text, date(1989, 10, 26))
    assert dated["posted"][0] == "1989-08-12"


def test_an_event_noun_is_dated_by_a_date_of_its_own_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Worry about the chip may have been responsible for a decline in Acme's stock "
        "yesterday and a drop in Penbury's stock in composite trading on Wednesday."
    )
    dated = _dated(nlp, text, date(1989, 10, 27))
    assert dated["trading"] == ("1989-10-25", "nominal")
    assert dated["been"][0] == "1989-10-26"  # the sentence's own news keeps its day


def test_a_date_deeper_in_the_phrase_dates_the_noun_it_modifies(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sunday's service in Marlow included the lighting of candles for the victims of 1993."
    dated = _dated(nlp, text, date(1999, 10, 25))
    assert dated.get("lighting", ("", ""))[0] != "1993"
