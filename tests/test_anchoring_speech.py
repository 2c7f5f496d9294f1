"""Dates told inside a quotation, dates of plans, and clauses on a dated name: what they
date and what they don't.

Each case is a short text with its document date and the date a reader gives the event
(or none when the text does not say when it was).
"""

from __future__ import annotations

from datetime import date

from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document, EventMention

MONDAY = date(2000, 4, 3)


def _mentions(nlp, text: str, dct: date) -> list[EventMention]:  # type: ignore[no-untyped-def]
    document = Document("a", "a", "txt", text, "", dct.isoformat(), "stated")
    return extract_events(document, nlp(text), tag(text, dct), readings=True)


def _dates(nlp, text: str, dct: date) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each verb a mention dates, its own or shared -> the date value."""
    out: dict[str, str] = {}
    for m in _mentions(nlp, text, dct):
        for start, end in (*([m.predicate] if m.predicate else []), *m.co_predicates):
            out.setdefault(text[start:end], m.date)
    return out


def test_a_date_inside_a_quotation_does_not_date_the_saying(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The delegation applied for visas today.\n\n"
        "The governor would travel alone, the mayor said Sunday.\n\n"
        "''I am willing to leave tomorrow, absolutely alone,'' the mayor read from a letter "
        "signed by the governor.\n\n"
        "''Only the government can decide,'' continued the letter.\n"
    )
    dates = _dates(nlp, text, MONDAY)
    # "tomorrow" is the speaker's; the reading goes on with the day the mayor spoke,
    # not the day of the report's other news ("today")
    assert dates.get("read") == "2000-04-02"
    assert dates.get("continued") == "2000-04-02"


def test_the_present_of_a_quotation_is_the_day_of_the_letter_it_is_read_from(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "``I formally object to the moves made by the relatives,'' he said in the letter, "
        "dated Monday."
    )
    dates = _dates(nlp, text, date(2000, 2, 16))
    assert dates.get("said") == "2000-02-14"
    assert dates.get("object") == "2000-02-14"


def test_a_planned_happening_takes_no_date_from_the_announcement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The company announced last week that it planned to ship a new computer."
    dates = _dates(nlp, text, date(1989, 10, 27))
    assert dates.get("announced") == "1989-W42"
    assert dates.get("ship") != "1989-W42"


def test_a_past_clause_on_a_dated_name_tells_the_named_thing_s_time(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The measure was part of the 1996 Helms-Burton Act, which Congress passed quickly."
    assert _dates(nlp, text, date(1998, 10, 26)).get("passed") == "1996"
    text = (
        "The advertisement will spotlight the senator's vote against the 1994 Freedom of "
        "Access to Clinic Entrances Act, which his rival sponsored."
    )
    assert _dates(nlp, text, date(1998, 10, 26)).get("sponsored") == "1994"


def test_a_present_clause_on_a_dated_noun_is_the_state_now(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ministers criticised the 1959 embargo, which remains in place."
    assert _dates(nlp, text, date(1998, 10, 26)).get("remains") != "1959"
