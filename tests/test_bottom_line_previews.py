"""The bottom line says where the story stands: a preview written on the day of an event
(a request "during Monday's debate") gives way to the reports published after it."""

from __future__ import annotations

from datetime import date

from bottomline_fixtures import dated, page

from briefgen.models import Event, Extraction
from briefgen.standing import latest_development, previews_done, reports
from briefgen.summarize import summarize

DEBATE = "2016-09-26"
# doc -> (published, lede, the sentence that dates the debate, its date as written)
PAGES = {
    "request": (
        "2016-09-26",
        "The senator's campaign has asked the moderator to check the governor's claims "
        "during Monday's debate at the university hall.",
        "The senator's campaign has asked the moderator to check the governor's claims "
        "during Monday's debate at the university hall.",
        "Monday",
    ),
    "expect": (
        "2016-09-25",
        "Most voters expect the senator to win Monday's debate by ten points, a poll found.",
        "Most voters expect the senator to win Monday's debate by ten points, a poll found.",
        "Monday",
    ),
    "poll": (
        "2016-09-29",
        "A new poll shows the governor still level with the senator after the first debate.",
        "Viewers said the senator won the debate on Monday night, the poll found.",
        "on Monday night",
    ),
    "review": (
        "2016-09-30",
        "Fact checkers rated most of the governor's claims in the debate false this week.",
        "The senator won the debate on Monday night, instant polls of viewers showed.",
        "on Monday night",
    ),
}


def _pages() -> tuple[list[Extraction], Event]:
    extractions, mentions = [], []
    for doc, (day, lede, sentence, said) in PAGES.items():
        text = lede if lede == sentence else f"{lede} {sentence}"
        extractions.append(page(doc, day, text))
        planned = date.fromisoformat(day) < date.fromisoformat(DEBATE)
        mentions.append(
            dated(doc, text, sentence, DEBATE, id=f"m{doc}", said=said, scheduled=planned)
        )
    event = Event("debate", DEBATE, "debate", tuple(mentions), tuple(PAGES), salience=2.0)
    return extractions, event


def test_a_preview_of_the_day_is_no_report_once_later_sources_report_the_event() -> None:
    extractions, event = _pages()
    published = {x.document.id: x.document.dct for x in extractions}
    assert {m.doc for m in reports(event, published)} == {"poll", "review"}
    assert {m.doc for m in previews_done(event, published)} == {"request", "expect"}
    assert latest_development([event], published) == event


def test_the_bottom_line_is_a_report_after_the_event_not_the_preview_of_its_day() -> None:
    extractions, event = _pages()
    summary = summarize(extractions, [event], [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.evidence[0].doc in ("poll", "review")
    shown = [c.text for c in [summary.bottom_line, *summary.judgments]]
    assert not any("asked the moderator" in t or "expect the senator" in t for t in shown)


def test_one_later_source_does_not_overrule_the_day_s_own_reports() -> None:
    extractions, event = _pages()
    published = {x.document.id: x.document.dct for x in extractions}
    one_later = Event(
        "debate",
        DEBATE,
        "debate",
        tuple(m for m in event.mentions if m.doc != "review"),
        ("expect", "poll", "request"),
        salience=2.0,
    )
    assert {m.doc for m in reports(one_later, published)} == {"request", "poll"}
    assert previews_done(one_later, published) == []
