"""A week's recap of a happening dated to its day inside that week joins the day's event."""

from __future__ import annotations

from datetime import date

from dated_noun_fixtures import timeline

DAYS = [
    (
        "a",
        "Bombings at the embassies in Marlow and Penbury on Friday killed 80 people, officials "
        "said.",
        date(2026, 8, 7),
    ),
    (
        "d",
        "The bombings of the embassies in Marlow and Penbury on Friday were the worst attack "
        "in years.",
        date(2026, 8, 8),
    ),
]


def test_a_weeks_recap_of_the_days_bombings_is_no_entry_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    recap = (
        "b",
        "In all, the bombings in Marlow and Penbury last week claimed at least 217 lives and "
        "injured nearly 5,000.",
        date(2026, 8, 11),
    )
    shown = timeline(nlp, [*DAYS, recap])
    assert list(shown) == ["2026-08-07"]


def test_a_weeks_other_kind_of_happening_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    talks = (
        "b",
        "Leaders of Marlow and Penbury met for talks last week on the border dispute.",
        date(2026, 8, 11),
    )
    shown = timeline(nlp, [*DAYS, talks])
    assert len(shown) == 2
