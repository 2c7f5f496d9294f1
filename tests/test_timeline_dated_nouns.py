"""A day's central happening told only as a dated noun ("after Sunday's attack in Dale
City") by several later sources gets its day in the timeline, cited; one source's phrase,
or a preview of a day still to come, does not."""

from __future__ import annotations

from datetime import date

from dated_noun_fixtures import LATER, MONDAY, SUNDAY, TUESDAY
from dated_noun_fixtures import timeline as _timeline

# A fourth report whose subject is the happening: the sentence is about it, whatever its
# verb's day, and reads alone.
ABOUT = (
    "d",
    "The toll of Sunday's attack in Dale City has risen to nine, police said.",
    TUESDAY,
)


def test_a_happening_later_sources_date_by_its_noun_gets_its_day_in_a_whole_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    timeline = _timeline(nlp, [*LATER, ABOUT])
    assert SUNDAY in timeline
    (cited,) = timeline[SUNDAY].sentences
    assert cited.text == ABOUT[1]
    assert [(e.doc, e.text) for e in cited.evidence] == [("d", ABOUT[1])]


def test_a_forecast_about_the_happening_is_not_its_news(nlp) -> None:  # type: ignore[no-untyped-def]
    forecast = (
        "d",
        "The results of Sunday's vote in Dale County will almost certainly force Lee out.",
        TUESDAY,
    )
    pages = [
        (doc, text.replace("attack in Dale City", "vote in Dale County"), day)
        for doc, text, day in LATER
    ]
    timeline = _timeline(nlp, [*pages, forecast])
    shown = [c.text for t in timeline.values() for c in t.sentences]
    assert not any("almost certainly" in t or t.startswith("“") for t in shown)


def test_the_phrase_is_never_printed_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    # every source names the attack in passing ("after Sunday's attack", "citing …"): no
    # sentence is about it, and "“Sunday's attack in Dale City” (so dated by 3 sources)"
    # is no sentence; the day is not shown rather than shown by a noun phrase
    timeline = _timeline(nlp, LATER)
    shown = [c.text for t in timeline.values() for c in t.sentences]
    assert not any(t.startswith("“") or "so dated by" in t for t in shown)
    assert SUNDAY not in timeline


def test_one_source_alone_does_not_date_the_day(nlp) -> None:  # type: ignore[no-untyped-def]
    assert SUNDAY not in _timeline(nlp, LATER[:1])


def test_a_preview_of_a_day_to_come_dates_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    previews = [
        (doc, f"{who} campaigned in Ohio on Monday ahead of Tuesday's primary in Ohio.", MONDAY)
        for doc, who in (("a", "Senator Ann Holt"), ("b", "Governor Tom Reed"), ("c", "Bo Lind"))
    ]
    timeline = _timeline(nlp, previews)
    assert TUESDAY.isoformat() not in timeline
    assert all(not c.text.startswith("“") for t in timeline.values() for c in t.sentences)


def test_a_day_whose_sentence_tells_it_shows_that_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    pages = [
        *LATER,
        ("d", "Police said Sunday's attack in Dale City killed nine people on Sunday.", MONDAY),
    ]
    entry = _timeline(nlp, pages)[SUNDAY]
    assert not any(c.text.startswith("“") for c in entry.sentences)


def test_a_phrase_naming_no_place_or_participant_is_not_shown_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    pages = [(doc, text.replace(" in Dale City", ""), day) for doc, text, day in LATER]
    timeline = _timeline(nlp, pages)
    assert all(not c.text.startswith("“") for t in timeline.values() for c in t.sentences)


def test_a_weekday_nearer_ahead_is_a_preview_whatever_its_apostrophe(nlp) -> None:  # type: ignore[no-untyped-def]
    # Reports of Sunday 7 and Monday 8 February: "Tuesday's primary" is two days and one
    # day ahead, not five and six days back, with a typographer's apostrophe as with a
    # straight one; no day of the week before is dated by it.
    sunday, monday = date(2016, 2, 7), date(2016, 2, 8)
    pages = [
        (
            "a",
            "Ann Holt has cast her rival as a spendthrift and leads in Tuesday’s primary in Ohio.",
            sunday,
        ),
        (
            "b",
            "Tom Reed has campaigned for months and holds a lead in Tuesday’s primary in Ohio.",
            monday,
        ),
        (
            "c",
            "Bo Lind has spent heavily and leads the field in Tuesday’s primary in Ohio.",
            monday,
        ),
    ]
    timeline = _timeline(nlp, pages)
    assert "2016-02-02" not in timeline
    assert all("Tuesday’s primary" not in c.text for t in timeline.values() for c in t.sentences)


def test_a_day_whose_sentence_names_the_kind_and_its_weekday_needs_no_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Sunday's attack killed nine": shown under Sunday, the day's attack; quoting
    # "Sunday's attack in Dale City" beside it would tell the reader it twice
    pages = [*LATER, ("d", "Police said Sunday's attack killed nine people on Sunday.", MONDAY)]
    entry = _timeline(nlp, pages)[SUNDAY]
    assert any("killed nine people" in c.text for c in entry.sentences)
    assert not any(c.text.startswith("“") for c in entry.sentences)


def test_a_weekday_elsewhere_in_the_sentence_does_not_tell_the_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    # the weekday dates the talk, the attack is named in passing as what it was about
    pages = [
        *LATER,
        (
            "d",
            "The mayor talked with police on Sunday about the attack and the wounded.",
            MONDAY,
        ),
    ]
    timeline = _timeline(nlp, pages)
    shown = [c.text for t in timeline.values() for c in t.sentences]
    assert not any(t.startswith("“") or "so dated by" in t for t in shown)
