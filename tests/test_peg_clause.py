"""A lede told against its news peg ("in the day since X, officials are …, experts told
reporters on Monday") is shown under the day of its main clause, not the peg's day."""

from __future__ import annotations

from datetime import date

from sentence_fixtures import one_page_timeline

MONDAY = date(2001, 5, 14)

LEDE = (
    "In the day since a storm swept away the Marlow sea wall, town officials are counting "
    "the cost of the repairs as they prepare to ask for help, engineers told the Penbury "
    "Gazette on Monday."
)


def test_a_lede_told_since_its_peg_is_not_shown_under_the_pegs_day(nlp) -> None:  # type: ignore[no-untyped-def]
    shown = one_page_timeline(nlp, LEDE, MONDAY)
    assert not any(LEDE in s for s in shown.get("2001-05-13", []))


def test_a_sentence_telling_only_its_peg_keeps_the_pegs_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # the swept wall is the one happening dated: the sentence may stand under its day
    text = "A storm swept away the Marlow sea wall on Sunday, engineers said."
    shown = one_page_timeline(nlp, text, MONDAY)
    assert any(text in s for s in shown.get("2001-05-13", []))


def test_a_main_clause_told_since_keeps_its_own_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # "has since resigned" is the main clause's news, not a peg clause
    text = "Ann Holt, who was elected in 1999, has since resigned, the council said on Monday."
    shown = one_page_timeline(nlp, text, MONDAY)
    assert not any(text in s for s in shown.get("1999", []))
