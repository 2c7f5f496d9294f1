"""A sentence told in the present or perfect right after a dated one: its adverbial
clauses in the simple past go on at the dated sentence's time ("have been accepted after
the upper house voted"); a relative clause, a "since" clause and a sentence further on do
not."""

from __future__ import annotations

from datetime import date

from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document, EventMention

THURSDAY = date(1998, 12, 3)


def _of(nlp, text: str, verb: str) -> EventMention:  # type: ignore[no-untyped-def]
    """The event mention whose predicate (or a co-predicate) is ``verb``."""
    document = Document("a", "a", "txt", text, "", THURSDAY.isoformat(), "stated")
    mentions = extract_events(document, nlp(text), tag(text, THURSDAY), readings=True)
    for m in mentions:
        spans = [m.predicate, *m.co_predicates] if m.predicate else list(m.co_predicates)
        if any(text[a:b] == verb for a, b in spans):
            return m
    raise AssertionError(f"no mention of {verb!r} in {[m.description for m in mentions]}")


def test_a_past_adverbial_clause_goes_on_at_the_dated_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ratification of the treaty ended on Wednesday when the last country approved it.\n\n"
        "The three states have been admitted as members after the upper house voted in favour."
    )
    voted = _of(nlp, text, "voted")
    assert (voted.date, voted.anchor) == ("1998-12-02", "focus")
    # the main clause, in the perfect, is still the time of writing
    assert _of(nlp, text, "admitted").anchor == "publication"


def test_a_because_clause_under_a_present_main_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The government began the reform in 1993 after the minister met the two leaders.\n\n"
        "These talks are remembered by officials because they took place after the election."
    )
    assert (_of(nlp, text, "took").date, _of(nlp, text, "took").anchor) == ("1993", "focus")


def test_a_relative_or_since_clause_is_background(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The company reported its results on Wednesday. "
        "The firm, which was founded by two engineers, is based in the north. "
    )
    assert _of(nlp, text, "founded").anchor != "focus"
    text = (
        "The company reported its results on Wednesday. "
        "The firm has doubled its sales since it opened a second plant."
    )
    assert _of(nlp, text, "opened").anchor != "focus"


def test_only_right_after_the_dated_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ratification of the treaty ended on Wednesday when the last country approved it. "
        "Officials welcomed the news. "
        "The three states have been admitted as members after the upper house voted in favour."
    )
    assert _of(nlp, text, "voted").anchor != "focus"
