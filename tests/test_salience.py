"""A sentence's day and happening weigh by how much of the corpus is about them."""

from __future__ import annotations

from datetime import date

from briefgen.models import Event, EventMention, Evidence, Timex
from briefgen.salience import rank_shares, salience


def _mention(doc: str, day: str, sentence: str, eid: str) -> EventMention:
    """A mention dating its happening to ``day`` in its own words ("on Tuesday")."""
    evidence = Evidence(doc, 0, len(sentence), sentence, sentence, 0)
    timex = Timex(0, 10, "on Tuesday", "DATE", day)
    return EventMention(f"{eid}-{doc}", doc, day, timex, sentence, evidence)


def _event(eid: str, day: str, docs: list[str]) -> Event:
    mentions = tuple(_mention(d, day, f"The thing happened on Tuesday ({d}).", eid) for d in docs)
    return Event(eid, day, mentions[0].description, mentions, tuple(docs))


# Six reports the day of the vote and the day after, and later ones recalling it; one
# outlet's side story on a quiet day.
PUBLISHED: dict[str, date | None] = {
    **{f"vote{n}": date(2023, 3, 7 + n % 2) for n in range(6)},
    "later1": date(2023, 3, 20),
    "later2": date(2023, 3, 27),
    "side": date(2023, 3, 14),
}
VOTE = _event("vote", "2023-03-07", [*(f"vote{n}" for n in range(6)), "later1", "later2"])
SIDE = _event("side", "2023-03-14", ["side"])


def test_rank_shares_do_not_depend_on_the_corpus_size() -> None:
    small = rank_shares({"a": 1.0, "b": 3.0, "c": 2.0})
    large = rank_shares({"a": 100.0, "b": 300.0, "c": 200.0})
    assert small == large
    assert small["a"] < small["c"] < small["b"] < 1.0
    assert rank_shares({"a": 0.0, "b": 1.0})["a"] == 0.0


def test_the_period_s_central_happening_outweighs_one_outlet_s_side_story() -> None:
    found = salience([VOTE, SIDE], PUBLISHED)
    vote = found.of("vote3", 0, 40, PUBLISHED["vote3"])
    side = found.of("side", 0, 40, PUBLISHED["side"])
    assert side < vote / 2  # its day and its reach are the corpus's first


def test_a_later_report_recalling_the_happening_carries_its_day_s_weight() -> None:
    found = salience([VOTE, SIDE], PUBLISHED)
    # a report of 27 March dating the vote to 7 March weighs as the vote, not as its own
    # quiet day
    vote = found.of("vote3", 0, 40, PUBLISHED["vote3"])
    assert found.of("later2", 0, 40, PUBLISHED["later2"]) == vote


def test_a_sentence_dating_nothing_is_weighed_by_its_report_s_day() -> None:
    found = salience([VOTE, SIDE], PUBLISHED)
    # outside any mention's span: only its publication day counts, and no event
    busy = found.of("vote0", 100, 140, PUBLISHED["vote0"])
    quiet = found.of("side", 100, 140, PUBLISHED["side"])
    assert 0.0 < quiet < busy < 0.5
