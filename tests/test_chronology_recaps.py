"""A recap dated by its week is the day report's happening; a day beside a month is news.

Wire stories close with a one-line recap of the big event ("declared an emergency last
week"), dated by the week; beside the day report of that week, the chronology printed the
happening twice. A sentence giving its day and, in passing, another happening's month or
year ("won the primary on Tuesday, teeing up the November run-off") was printed under
neither. A third country's condemnation of the story's attack is one of a day's dozen
statements, not an event of the story, as the summary already reads it; a "here" the
timeline names from the dateline ("here [in Marlow]") is placed. Invented sentences.
"""

from __future__ import annotations

import dataclasses

from sample_brief import empty_brief

from briefgen.models import Document, Event, EventMention, Evidence, Timex
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences
from briefgen.tellings import same_happening

DAY = "Ann Holt declared a state of emergency in Marlow on Thursday."
RECAP = "Ann Holt declared a state of emergency in Marlow last week after days of rain."
DRILLS = "Earlier in August, Ann Holt held joint drills with firefighters in Marlow."
SUMMIT = "On Thursday Ann Holt held a summit with river engineers in Marlow."
WON = "Ann Holt won the Penbury primary on Tuesday, teeing up a run-off in November."
ELSEWHERE = (
    "A charity concert in the capital raised money for the city hospital.",
    "The museum opened a new wing for the river's history.",
    "Storms closed three schools in the valley.",
)


def _mention(doc: str, sentence: str, when: str, said: str, verb: str, lemma: str) -> EventMention:
    """A mention of ``sentence`` dated ``when`` by its words ``said``, told by ``verb``."""
    at, head = sentence.index(said), sentence.index(verb)
    return EventMention(
        f"m-{doc}-{when}",
        doc,
        when,
        Timex(at, at + len(said), said, "DATE", when),
        sentence,
        Evidence(doc, 0, len(sentence), sentence, sentence, 0),
        actors=("Ann Holt",),
        predicate=(head, head + len(verb)),
        lemma=lemma,
    )


def _printed(
    *mentions: EventMention, shown: dict[tuple[str, int], tuple[str, str]] | None = None
) -> dict[str, tuple[str, str]]:
    """Event id -> (date, text) the chronology prints, each mention its own event, in a
    corpus of theirs and three pages on other things; ``shown``: the timeline's readings of
    sentences, by (document, sentence start)."""
    others = [
        _mention(f"x{n}", text, "2016-08-02", text.split()[0], text.split()[1], text.split()[1])
        for n, text in enumerate(ELSEWHERE)
    ]
    texts = {m.doc: m.evidence.sentence for m in (*mentions, *others)}
    documents = tuple(
        Document(d, f"{d}.txt", "txt", text, "Marlow", "2016-08-22", "stated")
        for d, text in texts.items()
    )
    events = tuple(
        Event(f"e-{m.doc}-{m.date}", m.date, m.description, (m,), (m.doc,), salience=1.0)
        for m in (*mentions, *others)
    )
    brief = dataclasses.replace(
        empty_brief(),
        period=("2016-08-01", "2016-08-22"),
        documents=documents,
        events=events,
        query=("Marlow", "Holt"),
    )
    printing = Printing.of(brief)
    if shown is not None:
        printing = dataclasses.replace(printing, shown=shown)
    told = told_sentences(list(brief.events), None, printing)
    return {e: (t.date, t.text) for e, t in told.items() if not e.startswith("e-x")}


def test_a_recap_dated_by_its_week_is_the_day_reports_happening() -> None:
    day = _mention("a", DAY, "2016-08-18", "on Thursday", "declared", "declare")
    recap = _mention("b", RECAP, "2016-W33", "last week", "declared", "declare")
    assert same_happening(day, recap, within=True)
    assert not same_happening(day, recap)  # the timeline's test: one date only
    # one entry, under the day, whichever of the two the chronology meets first
    for first, second in ((recap, day), (day, recap)):
        printed = _printed(first, second)
        assert list(printed.values()) == [("2016-08-18", DAY)]


def test_a_months_act_on_another_thing_is_no_retelling_of_the_day() -> None:
    drills = _mention("a", DRILLS, "2016-08", "Earlier in August", "held", "hold")
    summit = _mention("b", SUMMIT, "2016-08-18", "On Thursday", "held", "hold")
    assert not same_happening(drills, summit, within=True)  # drills, a summit: two acts


def test_a_day_beside_another_happenings_month_is_printed_under_the_day() -> None:
    won = _mention("a", WON, "2016-08-16", "on Tuesday", "won", "win")
    run_off = _mention("a", WON, "2016-11", "in November", "teeing", "tee")
    printed = _printed(won, run_off)
    assert list(printed.values()) == [("2016-08-16", WON)]  # once, under the day


def test_a_sentence_giving_two_days_is_not_printed() -> None:
    two_days = "Ann Holt won the Penbury primary on Tuesday, after a recount on Monday."
    won = _mention("a", two_days, "2016-08-16", "on Tuesday", "won", "win")
    recount = _mention("a", two_days, "2016-08-15", "on Monday", "recount", "recount")
    assert _printed(won, recount) == {}


def test_a_bystanders_condemnation_is_no_event_a_principals_is() -> None:
    sideline = "The Penbury government on Thursday strongly condemned two bomb attacks in Marlow."
    own = "Ann Holt on Thursday strongly condemned two bomb attacks in Marlow."
    others = _mention("a", sideline, "2016-08-18", "on Thursday", "condemned", "condemn")
    holt = _mention("b", own, "2016-08-18", "on Thursday", "condemned", "condemn")
    assert _printed(others) == {}
    assert list(_printed(holt).values()) == [("2016-08-18", own)]


def test_a_here_the_timeline_names_from_the_dateline_is_placed() -> None:
    here = "Ann Holt accepted the Penbury nomination here on Thursday night."
    named = "Ann Holt accepted the Penbury nomination here [in Marlow] on Thursday night."
    accepted = _mention("a", here, "2016-08-18", "on Thursday", "accepted", "accept")
    assert _printed(accepted) == {}  # "here": where, out of the article, is not said
    placed = _printed(accepted, shown={("a", 0): (here, named)})
    assert list(placed.values()) == [("2016-08-18", named)]
