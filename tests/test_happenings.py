"""Two days' happenings of one story are two news threads; one happening retold is one."""

from __future__ import annotations

from datetime import date

from briefgen.aggregate.terms import cosine
from briefgen.bottomline import DUPLICATE, SAME_NEWS, Candidate
from briefgen.happenings import dated_happenings
from briefgen.key_judgments import mmr
from briefgen.models import Event, EventMention, Evidence, Timex

PUBLISHED: dict[str, date | None] = {
    "mon": date(2022, 5, 2),
    "wed": date(2022, 5, 4),
    "thu": date(2022, 5, 5),
}


def _candidate(doc: str, text: str, words: str, score: float) -> Candidate:
    """A sentence whose tf-idf vector holds its ``words``."""
    vector = dict.fromkeys(words.split(), 1.0)
    return Candidate(text, Evidence(doc, 0, len(text), text, text, 0), vector, score)


def _event(eid: str, day: str, *said: tuple[Candidate, str]) -> Event:
    """An event on ``day`` whose mentions date it in their own words (``said``)."""
    mentions = tuple(
        EventMention(
            f"{eid}-{c.evidence.doc}",
            c.evidence.doc,
            day,
            Timex(0, len(words), words, "DATE", day),
            c.text,
            c.evidence,
        )
        for c, words in said
    )
    return Event(eid, day, mentions[0].description, mentions, tuple(m.doc for m in mentions))


MONDAY = _candidate(
    "mon",
    "Forecasters raised the storm alert for the coast on Monday as rivers rose.",
    "forecasters raised storm alert coast monday rivers",
    0.9,
)
WEDNESDAY = _candidate(
    "wed",
    "Officials raised the storm alert to its top level on Wednesday, keeping ferries in harbour.",
    "officials raised storm alert top level wednesday ferries harbour",
    0.8,
)
# Thursday's report retells Wednesday's raise, dated to Wednesday in its own words.
RETOLD = _candidate(
    "thu",
    "Schools closed for the week after Wednesday's storm alert.",
    "schools closed week wednesday storm alert",
    0.7,
)


def test_the_fixture_sentences_share_a_thread_by_their_words_alone() -> None:
    for a, b in ((MONDAY, WEDNESDAY), (WEDNESDAY, RETOLD), (MONDAY, RETOLD)):
        assert SAME_NEWS <= cosine(a.vector, b.vector) < DUPLICATE
    # Monday's raise and Wednesday's, two days apart, are one thread by words alone.
    assert WEDNESDAY not in mmr([MONDAY, WEDNESDAY, RETOLD], 3, PUBLISHED)


def test_two_days_developments_dated_in_their_own_words_are_both_judgments() -> None:
    events = [
        _event("raise1", "2022-05-02", (MONDAY, "Monday")),
        _event("raise2", "2022-05-04", (WEDNESDAY, "Wednesday"), (RETOLD, "Wednesday")),
    ]
    chosen = mmr([MONDAY, WEDNESDAY, RETOLD], 3, PUBLISHED, dated=dated_happenings(events))
    assert chosen == [MONDAY, WEDNESDAY]  # Thursday's retelling of Wednesday's is no third


def test_a_sentence_dating_nothing_of_its_own_stays_in_the_thread() -> None:
    # Wednesday's report dates its raise only by the report's news day: no evidence of a
    # second happening, so the two stay one thread.
    events = [_event("raise1", "2022-05-02", (MONDAY, "Monday"))]
    chosen = mmr([MONDAY, WEDNESDAY], 3, PUBLISHED, dated=dated_happenings(events))
    assert chosen == [MONDAY]


def test_a_happening_retold_a_year_on_is_not_a_second_judgment() -> None:
    # Two sentences in other words date one collapse: the day's report and a report a year
    # on. Their words share too little to be one thread; the dated happening says they are.
    published: dict[str, date | None] = {"day": date(2021, 6, 26), "year": date(2022, 6, 25)}
    then = _candidate(
        "day",
        "The singer collapsed at home on Thursday and was rushed to hospital.",
        "singer collapsed home thursday rushed hospital",
        0.9,
    )
    later = _candidate(
        "year",
        "The singer died of an overdose on 24 June 2021, at the age of 50.",
        "singer died overdose june age",
        0.8,
    )
    assert cosine(then.vector, later.vector) < SAME_NEWS
    assert mmr([then, later], 2, published) == [then, later]
    events = [_event("death", "2021-06-24", (then, "Thursday"), (later, "24 June 2021"))]
    assert mmr([then, later], 2, published, dated=dated_happenings(events)) == [then]


def test_one_days_developments_in_one_cluster_stay_apart() -> None:
    # A cluster of one day's mentions may gather that day's several developments: two
    # reports of the same day dating both to it are not one happening retold.
    published: dict[str, date | None] = {"a": date(2022, 5, 4), "b": date(2022, 5, 4)}
    alert = _candidate("a", "The alert was raised on Wednesday.", "alert raised", 0.9)
    ferry = _candidate("b", "Ferries stopped on Wednesday.", "ferries stopped", 0.8)
    events = [_event("wed", "2022-05-04", (alert, "Wednesday"), (ferry, "Wednesday"))]
    assert mmr([alert, ferry], 2, published, dated=dated_happenings(events)) == [alert, ferry]
