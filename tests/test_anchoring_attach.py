"""Which expression dates an event: a period's closing day, a participle on a saying, an era.

Each case is a short text of our own with its document date, and the date a reader gives
the event named.
"""

from __future__ import annotations

from datetime import date

from sentence_fixtures import event_of

from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document

FRIDAY = date(1989, 10, 27)
SATURDAY = date(1999, 3, 13)

_of = event_of


def test_a_period_told_up_to_a_day_dates_its_figures_by_the_period(nlp) -> None:  # type: ignore[no-untyped-def]
    # The fall went on all year; Oct. 19 only closes the count.
    text = "The bond fund has fallen 3.1% this year through Oct. 19, the tracking firm says."
    assert _of(nlp, text, "fallen", FRIDAY).date == "1989"
    text = "Sales of the new cars grew little this year until August."
    assert _of(nlp, text, "grew", FRIDAY).date == "1989"


def test_two_expressions_of_one_day_keep_the_precise_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The firm said on Monday, Oct. 23 that it would sell the unit."
    assert _of(nlp, text, "said", FRIDAY).date == "1989-10-23"


def test_a_participle_on_a_saying_is_at_the_time_of_the_saying(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The minister spoke at the summit in Rome on Friday. "
        '"This alliance has kept the peace for most of this century," the minister added, '
        "referring to the postwar decades."
    )
    added = _of(nlp, text, "added", SATURDAY)
    referring = _of(nlp, text, "referring", SATURDAY)
    assert added.date == referring.date == "1999-03-12"


def test_a_century_sets_no_focus_for_the_narrative_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The alliance has kept the peace for most of this century. "
        "The delegates left the hall after the vote."
    )
    left = _of(nlp, text, "left", SATURDAY)
    assert left.anchor != "focus"
    assert left.date == "1999-03-13"


def test_a_saying_carried_by_the_narrative_dates_its_speakers_next_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    # Monday paper, whose lede tells Friday's vote: the mayor spoke on Sunday night, and
    # his quotation in the next paragraph is from then, not from the news of Friday.
    text = (
        "The council voted on Friday to close the old library.\n"
        "The mayor lashed out at the council on Sunday night, accusing it of waste. "
        "He said the members had misled the voters.\n"
        '"This is a scandal, and the city will pay for it," the mayor said on a radio show.\n'
        '"We will look at the accounts," a council member replied.'
    )
    monday = date(2000, 4, 17)
    document = Document("a", "a", "txt", text, "", monday.isoformat(), "stated")
    mentions = extract_events(document, nlp(text), tag(text, monday), readings=True)
    quoted = next(m for m in mentions if m.evidence.sentence.startswith('"This'))
    assert quoted.date[:10] == "2000-04-16"
    # another speaker may have spoken any day: the day's news, as before
    other = next(m for m in mentions if m.evidence.sentence.startswith('"We'))
    assert other.date == "2000-04-14"


def test_undoing_or_breaking_an_arrangement_is_later_than_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    saturday = date(2020, 3, 14)
    for text, verb in (
        ("The court overturned the 2004 ruling.", "overturned"),
        ("The rebels violated the March 3 ceasefire when they shelled the town.", "violated"),
    ):
        # the ruling is of 2004, the overturning is the news (no day stated), not the ruling's year
        assert _of(nlp, text, verb, saturday).date == "2020-03-14"
    # the doer's date is the deed's: the law of 1996 did the strengthening then
    text = "A 1996 law strengthened the 1962 embargo against the island."
    assert _of(nlp, text, "strengthened", saturday).date == "1996"
