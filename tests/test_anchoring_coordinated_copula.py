"""A clause joined by "and" with a subject of its own whose verb is a copula ("..., and the
bank's shares were down 40 cents yesterday"): its date is its own happening's.

The parse hangs such a clause's "were" on the first clause's verb as a conjunct; read as
no predicate, the second clause's date went to the first clause and the second was lost.
Each case is a short text of our own with its document date, and the date a reader gives
the event named.
"""

from __future__ import annotations

from datetime import date

import pytest
from sentence_fixtures import event_of

FRIDAY = date(1989, 10, 27)


@pytest.mark.parametrize(
    ("text", "verb", "value"),
    [
        (
            "Traders had hoped for a rebound, and the bank's shares were down 40 cents at"
            " $12 in heavy trading yesterday.",
            "were",
            "1989-10-26",
        ),
        (
            "The mill closed for repairs, and its output was well below the target in September.",
            "was",
            "1989-09",
        ),
    ],
)
def test_a_coordinated_copula_is_dated_by_its_own_expression(nlp, text, verb, value) -> None:  # type: ignore[no-untyped-def]
    mention = event_of(nlp, text, verb, FRIDAY)
    assert mention.date == value
    assert mention.anchor == "own"


def test_the_first_clause_keeps_its_own_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # The date is the first clause's; the copula joined after it takes none of its own.
    text = "The plant reopened on Monday, and the mood was cheerful."
    reopened = event_of(nlp, text, "reopened", FRIDAY)
    assert reopened.date == "1989-10-23"
    assert reopened.predicate is not None
    start, end = reopened.predicate
    assert text[start:end] == "reopened"
