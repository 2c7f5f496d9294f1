"""A plan a later source reports done on another day is not shown under the planned day."""

from __future__ import annotations

from datetime import date

from dated_noun_fixtures import timeline

PLAN = (
    "a",
    "Westland and Penland will join the Northern Alliance on April 4, officials in Marlow said.",
    date(2026, 1, 10),
)


def test_a_plan_done_earlier_by_a_later_report_leaves_the_timeline(nlp) -> None:  # type: ignore[no-untyped-def]
    done = (
        "b",
        "Westland and Penland joined the Northern Alliance on Thursday at a ceremony in Marlow.",
        date(2026, 3, 13),
    )
    shown = timeline(nlp, [PLAN, done])
    assert list(shown) == ["2026-03-12"]


def test_a_plan_after_a_like_happening_told_before_it_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    # the first round was done before the plan for the next was told: it overtakes nothing
    before = (
        "b",
        "Westland and Penland joined the Northern Alliance's trade pact on Monday in Marlow.",
        date(2026, 1, 6),
    )
    shown = timeline(nlp, [PLAN, before])
    assert "2026-04-04" in shown
