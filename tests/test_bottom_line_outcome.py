"""The bottom line says where the story stands at the end of the period: of the latest day's
developments, the outcome later sources report before a cluster that a preview written on
that day holds up, and the latest day before an earlier peak more sources told."""

from __future__ import annotations

from bottomline_fixtures import WHOLE, dated, page

from briefgen.models import Event, Extraction
from briefgen.standing import latest_development
from briefgen.summarize import summarize

# doc -> (published, lede, the sentence that dates its event, the date as written, event)
PAGES = {
    # an early peak: four sources report the rally of Monday 12 September
    **{
        f"rally{i}": (
            f"2016-09-{13 + i}",
            f"Governor Smith drew a crowd of thousands to a riverside rally, report {i} said.",
            "Governor Smith held a rally by the river on Monday with thousands present.",
            "on Monday",
            "rally",
        )
        for i in range(4)
    },
    # on the debate's day, the morning's preview of it
    "request": (
        "2016-09-26",
        "Senator Jones has asked moderator Lee to check claims by Governor Smith "
        "during Monday's debate at Avon College.",
        "Senator Jones has asked moderator Lee to check claims by Governor Smith "
        "during Monday's debate at Avon College.",
        "Monday",
        "debate",
    ),
    # one later page tells the debate again, in passing
    "turnout": (
        "2016-09-28",
        "Volunteers for Jones knocked on doors across Avon County to find new voters.",
        "Moderator Lee checked claims by Governor Smith at Monday's debate at Avon College.",
        "Monday",
        "debate",
    ),
    # its outcome, told by two later sources
    "won1": (
        "2016-09-29",
        "A new survey finds Jones ahead of Smith after their first debate at Avon College.",
        "Viewers judged Jones the winner of her debate with Smith on Monday night.",
        "on Monday night",
        "won",
    ),
    "won2": (
        "2016-09-30",
        "Jones leads Smith by four points after their first debate at Avon College, a poll says.",
        "Polls of viewers made Jones the winner of her debate with Smith on Monday night.",
        "on Monday night",
        "won",
    ),
}
DAYS = {"rally": "2016-09-12", "debate": "2016-09-26", "won": "2016-09-26"}
# The preview's debate is the corpus's weightiest thread; the outcome the lightest.
SALIENCE = {"rally": 3.0, "debate": 2.0, "won": 1.0}


def _pages() -> tuple[list[Extraction], list[Event]]:
    extractions, mentions = [], {}
    for doc, (day, lede, sentence, said, thread) in PAGES.items():
        text = lede if lede == sentence else f"{lede} {sentence}"
        extractions.append(page(doc, day, text))
        mention = dated(doc, text, sentence, DAYS[thread], id=f"m{doc}", said=said)
        mentions.setdefault(thread, []).append(mention)
    events = [
        Event(
            thread,
            DAYS[thread],
            thread,
            tuple(ms),
            tuple(m.doc for m in ms),
            salience=SALIENCE[thread],
        )
        for thread, ms in mentions.items()
    ]
    return extractions, events


def test_of_one_day_the_outcome_reported_after_it_comes_before_a_preview_s_cluster() -> None:
    extractions, events = _pages()
    published = {x.document.id: x.document.dct for x in extractions}
    latest = latest_development(events, published)
    assert latest is not None and latest.id == "won"


def test_the_bottom_line_is_the_later_outcome_not_the_preview_nor_the_early_peak() -> None:
    extractions, events = _pages()
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.evidence[0].doc in ("won1", "won2")
    assert "asked moderator" not in summary.bottom_line.text
    assert "rally" not in summary.bottom_line.text


def test_a_day_s_report_told_in_the_past_still_corroborates_its_event() -> None:
    # the request's page replaced by one telling the debate as held, not as ahead
    extractions, events = _pages()
    debate = next(e for e in events if e.id == "debate")
    held = "Moderator Lee checked claims by Governor Smith in a debate on Monday night."
    request = next(m for m in debate.mentions if m.doc == "request")
    reported = dated("request", held, held, DAYS["debate"], id=request.id, said="on Monday night")
    extractions = [
        page("request", "2016-09-26", held, sentences=WHOLE) if x.document.id == "request" else x
        for x in extractions
    ]
    mentions = tuple(reported if m.doc == "request" else m for m in debate.mentions)
    events = [
        Event("debate", DAYS["debate"], "debate", mentions, debate.sources, salience=2.0)
        if e.id == "debate"
        else e
        for e in events
    ]
    published = {x.document.id: x.document.dct for x in extractions}
    latest = latest_development(events, published)
    assert latest is not None and latest.id == "debate"


def test_a_preview_still_dates_the_day_when_no_other_development_of_it_was_reported() -> None:
    # a day's report may recall a memo sent "in advance of Tuesday's hearing": with nothing
    # else reported of that day, its cluster still says where things stand, not the rally
    extractions, events = _pages()
    published = {x.document.id: x.document.dct for x in extractions}
    latest = latest_development([e for e in events if e.id != "won"], published)
    assert latest is not None and latest.id == "debate"
