"""A weekend paper's "last week" dated by the day the same article gives its happening
(invented articles with a publication date and the expected dates)."""

from __future__ import annotations

from event_fixtures import _doc

from briefgen.extract.events import extract_events
from briefgen.models import Timex

# Saturday 14 March 2026: "last week" is 2–8 March or the working week of 9–13 March.
_SATURDAY = "2026-03-14"


def _dated(nlp, text: str, day: str, timexes: list[tuple[str, str]]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    found = []
    for phrase, value in timexes:
        at = text.index(phrase)
        found.append(Timex(at, at + len(phrase), phrase, "DATE", value))
    events = extract_events(_doc("w", text, day), nlp(text), found)
    return {e.timex.text: e.date for e in events if e.timex.text}


def test_a_weekend_last_week_takes_the_day_its_article_gives_the_same_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The singer Ada Brandt withdrew from the Leeds concert last week, her agent said. "
        "Brandt withdrew on Wednesday after a row with the promoter over ticket prices."
    )
    dated = _dated(
        nlp, text, _SATURDAY, [("last week", "2026-W10"), ("on Wednesday", "2026-03-11")]
    )
    assert dated == {"last week": "2026-03-11", "on Wednesday": "2026-03-11"}


def test_without_such_a_day_the_week_stays_doubtful(nlp) -> None:  # type: ignore[no-untyped-def]
    # another verb's day says nothing of the withdrawal's
    text = (
        "The singer Ada Brandt withdrew from the Leeds concert last week, her agent said. "
        "The promoter met the council on Wednesday to discuss ticket prices."
    )
    dated = _dated(
        nlp, text, _SATURDAY, [("last week", "2026-W10"), ("on Wednesday", "2026-03-11")]
    )
    assert dated["last week"] == "2026-W10"
    # and on a weekday "last week" is the week before, whatever the article says after
    text = (
        "The singer Ada Brandt withdrew from the Leeds concert last week, her agent said. "
        "Brandt withdrew on Wednesday after a row with the promoter over ticket prices."
    )
    dated = _dated(
        nlp, text, "2026-03-18", [("last week", "2026-W11"), ("on Wednesday", "2026-03-11")]
    )
    assert dated["last week"] == "2026-W11"


def test_a_saying_s_day_does_not_date_another_saying(nlp) -> None:  # type: ignore[no-untyped-def]
    # "said last week" … "said on Saturday": two sayings, most likely of different days
    text = (
        "Mr Ruiz said last week that the mayor represents the old politics of the city. "
        "Mr Ruiz said on Saturday that he would stand for the council in May."
    )
    dated = _dated(nlp, text, _SATURDAY, [("last week", "2026-W10"), ("on Saturday", "2026-03-14")])
    assert dated["last week"] == "2026-W10"
