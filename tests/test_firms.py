"""A firm taken up by its kind ("the bank") is named from the sentences before."""

from __future__ import annotations

from sentence_fixtures import extraction_with

from briefgen.firms import firm_named
from briefgen.shown import read_alone


def _story(first: str, second: str, *orgs: str):  # type: ignore[no-untyped-def]
    text = f"{first} {second}"
    return text, extraction_with(text, *((o, "org") for o in orgs)), text.index(second)


def test_the_bank_is_named_from_the_one_bank_the_sentence_before_names() -> None:
    text, ext, at = _story(
        "Harbor Holdings owns Harbor Savings Bank, which has 9 branches in Marin County.",
        "At the end of June, the bank had deposits of $300 million, Pacific West said.",
        "Harbor Holdings",
        "Harbor Savings Bank",
        "Pacific West",
    )
    shown = read_alone(text[at:], at, ext)
    assert shown == (
        "At the end of June, the bank [Harbor Savings Bank] had deposits of $300 million,"
        " Pacific West said."
    )


def test_two_banks_before_or_the_sentences_own_bank_leave_it_as_written() -> None:
    second = "The bank had deposits of $300 million at the end of June."
    _, ext, at = _story(
        "Harbor Savings Bank agreed to merge with Valley Bank.",
        second,
        "Harbor Savings Bank",
        "Valley Bank",
    )
    assert firm_named(second, at, ext) == second
    own = "Valley Bank said the bank had deposits of $300 million at the end of June."
    _, ext, at = _story(
        "Harbor Savings Bank agreed to merge with a rival.",
        own,
        "Harbor Savings Bank",
        "Valley Bank",
    )
    assert firm_named(own, at, ext) == own
