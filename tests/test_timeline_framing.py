"""What fills a timeline day is the day's news, not the way a piece frames it: a round-up's
opener ("the candidates began making their final pitches Monday"), an aside on a
sentence's subject ("The union, which endorsed the mayor in November, is ..."), or a
feature's scene on a private person ("Anna Pole, who answered her door Sunday ..."). Such
a day is left empty rather than handed to a less told date."""

from __future__ import annotations

import pytest
from sentence_fixtures import clause_mention, headlined_page

from briefgen.framing import private_persons
from briefgen.models import (
    Actor,
    Event,
    EventMention,
    Extraction,
    Mention,
    Role,
)
from briefgen.roundup import collective_subject
from briefgen.timeline import select_timeline


def _mention(
    x: Extraction,
    sentence: str,
    when: str,
    verb: str,
    clause: str | None = None,
    lemma: str | None = None,
) -> EventMention:
    return clause_mention(x, sentence, when, clause, verb=verb, lemma=lemma)


def _bare(sentence: str, verb: str) -> EventMention:
    x = headlined_page("d", f"Headline\n{sentence}", "2020-03-03")
    return _mention(x, sentence, "2020-03-02", verb)


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        (
            "With voters a week away from the vote, the leading Liberal and Conservative "
            "candidates for governor found themselves increasingly targeted Sunday.",
            "targeted",
            True,
        ),
        (
            "One week before the state votes, Liberal and Conservative candidates began "
            "making their final pitches Monday via the airwaves.",
            "began",
            True,
        ),
        ("The leading candidates for governor Thursday lashed out at the mayor.", "lashed", True),
        # someone's act: a name in the subject
        ("Ward's rivals attacked him on Sunday.", "attacked", False),
        ("The Ward campaign released a memo on Monday.", "released", False),
        ("Governor Ward rebuffed a heckler on Sunday.", "rebuffed", False),
        # officials of a body acting are no field told as one
        ("Health officials confirmed 91 cases on Tuesday.", "confirmed", False),
        # a body acting as one is its own news, not a field's framing
        ("European leaders met Monday to weigh the bailout.", "met", False),
        ("Democratic lawmakers debated the budget on Monday.", "debated", False),
    ],
)
def test_a_round_up_opener_has_the_field_for_subject(
    sentence: str, verb: str, expected: bool
) -> None:
    assert collective_subject(_bare(sentence, verb)) is expected


MONDAY, TUESDAY, WEDNESDAY = "2020-03-02", "2020-03-03", "2020-03-04"
OPENER = (
    "A week before the vote, the leading candidates for governor began making their final "
    "pitches Monday via the airwaves."
)
COLOUR = "Monday evening, a few hundred supporters gathered outside the hall."
SIGNED = "Governor Ward signed the harbour bill on Tuesday."
VISITED = "Some forty fishermen marched through Dover on Wednesday afternoon."


def _three_days() -> tuple[list[Event], list[Extraction]]:
    """Monday told by a round-up's opener and a page's scene (two sources), Tuesday and
    Wednesday by the governor's acts; Monday the most told of the three."""
    roundup = headlined_page("a-roundup", f"Final pitches\n{OPENER} Ward spoke first.", TUESDAY)
    colour = headlined_page("b-colour", f"The band\n{COLOUR} It was loud.", TUESDAY)
    signed = headlined_page("c-signed", f"Bill signed\n{SIGNED} He smiled.", TUESDAY)
    visited = headlined_page("d-visit", f"Visit\n{VISITED} He waved.", WEDNESDAY)
    opener = _mention(roundup, OPENER, MONDAY, "began")
    played = _mention(colour, COLOUR, MONDAY, "gathered", lemma="gather")  # the scene
    monday = Event("mon", MONDAY, OPENER, (opener, played), ("a-roundup", "b-colour"), 3.0)
    tuesday = Event("tue", TUESDAY, SIGNED, (_mention(signed, SIGNED, TUESDAY, "signed"),),
                    ("c-signed",), 2.0)  # fmt: skip
    wednesday = Event("wed", WEDNESDAY, VISITED, (_mention(visited, VISITED, WEDNESDAY,
                      "marched"),), ("d-visit",), 1.0)  # fmt: skip
    return [monday, tuesday, wednesday], [roundup, colour, signed, visited]


def test_a_day_told_only_by_a_round_up_opener_is_left_empty_and_keeps_its_place() -> None:
    events, extractions = _three_days()
    shown = select_timeline(events, dates=2, sentences=2, extractions=extractions)
    # Monday shows neither the opener nor the crowd in its stead, and its place is not
    # handed to the least told day (Wednesday).
    assert [(e.date, [c.text for c in e.sentences]) for e in shown] == [(TUESDAY, [SIGNED])]


def test_with_room_for_every_day_the_other_days_are_shown() -> None:
    events, extractions = _three_days()
    shown = select_timeline(events, dates=3, sentences=2, extractions=extractions)
    assert [e.date for e in shown] == [TUESDAY, WEDNESDAY]


def test_an_aside_on_the_subject_does_not_date_the_sentence() -> None:
    """ "The union, which endorsed the governor in November, is widely regarded as ...": the
    month is the aside's, the sentence's news (how the union is regarded) is of no month."""
    sentence = "The union, which endorsed Governor Ward in November, is widely regarded as loyal."
    clause = "The union, which endorsed Governor Ward in November,"
    x = headlined_page("e-union", f"The union\n{sentence} It is large.", "2020-01-30")
    aside = _mention(x, sentence, "2019-11", "endorsed", clause)
    event = Event("nov", "2019-11", clause, (aside,), ("e-union",), 1.0)
    assert select_timeline([event], dates=5, sentences=2, extractions=[x]) == []


def _private(name: str, doc: str, role: str | None) -> Actor:
    roles = (Role(doc, role),) if role else ()
    mentions = (Mention(doc, 0, len(name), name, "name", "person", role),)
    return Actor(name, name, "person", roles=roles, mentions=mentions, sources=(doc,))


DOOR = "Tom greeted Anna Pole, who answered her door Sunday afternoon and said she would vote."
CLAUSE = "Anna Pole, who answered her door Sunday afternoon and said she would vote"


@pytest.mark.parametrize(("role", "shown"), [(None, []), ("Harbour Mayor", ["2020-03-01"])])
def test_a_private_persons_scene_in_a_relative_clause_is_no_days_news(
    role: str | None, shown: list[str]
) -> None:
    """A voter at her door, named by one feature with no role, is its scene; a mayor
    named so is someone whose act the day may turn on."""
    x = headlined_page("f-door", f"Canvassing\n{DOOR} Tom smiled.", "2020-03-01")
    clause = _mention(x, DOOR, "2020-03-01", "answered", CLAUSE)
    event = Event("sun", "2020-03-01", CLAUSE, (clause,), ("f-door",), 1.0)
    actors = [_private("Anna Pole", "f-door", role)]
    timeline = select_timeline([event], dates=5, sentences=2, extractions=[x], actors=actors)
    assert [e.date for e in timeline] == shown


def test_private_persons_are_those_one_source_names_with_no_role() -> None:
    actors = [
        _private("Anna Pole", "f-door", None),
        _private("Karen Ward", "f-door", "Harbour Mayor"),
        Actor("Tom Lee", "Tom Lee", "person", sources=("a", "b")),
        Actor("Harbour Board", "Harbour Board", "org", sources=("a",)),
    ]
    assert private_persons(actors) == frozenset({"Anna Pole"})


def test_a_relative_clause_after_a_clause_may_be_the_news() -> None:
    """After a clause ("Ward did not speak during the hearing, which ended on Monday when
    the board ruled ..."), the relative clause is no aside on a subject: it stays shown."""
    sentence = (
        "Ward did not speak during the six-week hearing, which ended on Monday when the "
        "board ruled against him."
    )
    clause = "Ward did not speak during the six-week hearing, which ended on Monday"
    x = headlined_page("g-hearing", f"Ruling\n{sentence} He left.", "2020-03-03")
    ended = _mention(x, sentence, MONDAY, "ended", clause)
    event = Event("mon", MONDAY, clause, (ended,), ("g-hearing",), 1.0)
    shown = select_timeline([event], dates=5, sentences=2, extractions=[x])
    assert [(e.date, [c.text for c in e.sentences]) for e in shown] == [(MONDAY, [sentence])]


def test_a_relative_clause_on_what_the_news_happened_during_stays_the_news() -> None:
    """ "Ward did not speak during his hearing, which ended on Monday ...": the clause on
    the hearing is the span the sentence's news happened within, not an aside."""
    sentence = "Ward did not speak during his hearing, which ended on Monday with a ruling."
    clause = "his hearing, which ended on Monday with a ruling"
    x = headlined_page("h-hearing", f"Ruling\n{sentence} He left.", "2020-03-03")
    ended = _mention(x, sentence, MONDAY, "ended", clause)
    event = Event("mon", MONDAY, clause, (ended,), ("h-hearing",), 1.0)
    shown = select_timeline([event], dates=5, sentences=2, extractions=[x])
    assert [(e.date, [c.text for c in e.sentences]) for e in shown] == [(MONDAY, [sentence])]
