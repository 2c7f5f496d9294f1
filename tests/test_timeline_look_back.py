"""How far back a period's timeline reaches is measured against the period: in a month's
news one source's look back months before it is that source's past, not the month's, while
what two sources retell, last month's context, and a long story's origin weeks before its
first source stay; a span holding the whole period ("this year") dates no entry."""

from __future__ import annotations

from datetime import date, timedelta

from sentence_fixtures import report_naming

from briefgen.look_back import RECENT, horizon, setting
from briefgen.models import Event, EventMention, Evidence, Extraction, Timex
from briefgen.timeline import select_timeline
from briefgen.when import BACKGROUND, When

NEWS = "Mayor Ruiz won the primary on Tuesday."
MARCH = "Ruiz lost a straw poll to Okafor in March."
RETOLD = "Ruiz opened the campaign office in February."
MAY = "Ruiz hired a new campaign manager in May."
THIS_YEAR = "Some argued that Okafor would have done better with a runoff this year."


def _report(doc: str, day: date, text: str) -> Extraction:
    return report_naming(doc, day.isoformat(), text, (("Ruiz", "person"), ("Okafor", "person")))


def _mention(x: Extraction, sentence: str, when: str) -> EventMention:
    start = x.document.text.index(sentence)
    evidence = Evidence(x.document.id, start, start + len(sentence), sentence, sentence, start)
    timex = Timex(start, start + 1, "x", "DATE", when)
    lemma = sentence.split()[1]
    return EventMention(
        f"{x.document.id}-{start}", x.document.id, when, timex, sentence, evidence, lemma=lemma
    )


def _event(id_: str, when: str, mentions: tuple[EventMention, ...], salience: float) -> Event:
    return Event(id_, when, "x", mentions, tuple(sorted({m.doc for m in mentions})), salience)


def _shown(first: date, days: int, asides: dict[str, tuple[str, int]]) -> list[str]:
    """The timeline of eleven reports published from ``first`` over ``days`` days, each
    telling the primary of ``first``; ``asides`` (sentence -> its date, how many of the
    reports tell it) are told besides."""
    reports = []
    for n in range(11):
        told = " ".join(s for s, (_, k) in asides.items() if n < k)
        day = first + timedelta(days=days * n // 10)
        reports.append(_report(f"r{n:02}", day, f"{NEWS} {told}".strip()))
    primary = tuple(_mention(x, NEWS, first.isoformat()) for x in reports)
    events = [_event("primary", first.isoformat(), primary, 3)]
    for n, (sentence, (when, k)) in enumerate(asides.items()):
        told_by = tuple(_mention(x, sentence, when) for x in reports[:k])
        events.append(_event(f"aside{n}", when, told_by, 1))
    latest = first + timedelta(days=days)
    entries = select_timeline(
        events, dates=10, sentences=2, extractions=reports, since=None, latest=latest
    )
    return [c.text for e in entries for c in e.sentences]


def test_a_month_s_news_leaves_out_one_source_s_look_back_months_before_it() -> None:
    shown = _shown(
        date(2024, 6, 4),
        26,
        {MARCH: ("2024-03", 1), RETOLD: ("2024-02", 2), MAY: ("2024-05", 1)},
    )
    assert NEWS in shown
    assert MARCH not in shown  # one feature's past, three months before a month's news
    assert RETOLD in shown  # the story's past, which two sources retell
    assert MAY in shown  # last month: the month's context


def test_a_story_followed_for_a_year_keeps_its_origin_weeks_before_its_first_source() -> None:
    shown = _shown(date(2024, 6, 4), 400, {MARCH: ("2024-03", 1)})
    assert MARCH in shown


def test_this_year_in_a_month_s_news_dates_no_entry() -> None:
    shown = _shown(date(2024, 6, 4), 26, {THIS_YEAR: ("2024", 3)})
    assert NEWS in shown
    assert THIS_YEAR not in shown


def test_the_look_back_horizon_is_the_period_between_a_month_and_a_year() -> None:
    june = date(2024, 6, 1)
    assert horizon(june, date(2024, 6, 30)) == RECENT + timedelta(days=1)
    assert horizon(june, june) == RECENT  # a day's news keeps last month's context
    assert horizon(june, date(2026, 6, 1)) == BACKGROUND
    assert horizon(None, june) == BACKGROUND


def test_only_a_span_wider_than_the_period_holding_it_is_its_setting() -> None:
    first, latest = date(2024, 6, 1), date(2024, 6, 30)
    year, month = When.of("2024"), When.of("2024-06")
    assert year is not None and month is not None
    assert setting(year, first, latest)
    assert not setting(month, first, latest)  # the period itself: "earlier this month"
    assert not setting(year, date(2023, 12, 1), latest)  # a period running over the year
    summer = When.of("2024-SU")
    assert summer is not None and not setting(summer, first, latest)  # a summer's offensive
