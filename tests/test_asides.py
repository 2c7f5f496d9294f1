"""One page's aside: a sentence naming none of the story's principals that no other
source tells is off the story; told by another source too, it is the story's news."""

from __future__ import annotations

import re

from briefgen.asides import aside, participants, retold
from briefgen.models import Actor, Event, EventMention, Evidence, Mention, Timex

PRINCIPALS = re.compile(r"(?<![\w])(?:Pike|Vance)(?![\w])")


def _mention(doc: str, sentence: str, at: int = 0) -> EventMention:
    evidence = Evidence(doc, at, at + len(sentence), sentence, sentence, at)
    timex = Timex(at, at + 1, "x", "DATE", "2016-07-18")
    return EventMention(f"{doc}-{at}", doc, "2016-07-18", timex, sentence, evidence)


def _event(name: str, *mentions: EventMention) -> Event:
    return Event(name, "2016-07-18", "x", mentions, tuple(sorted({m.doc for m in mentions})))


PARIS = "The attacks in Paris brought terrorism back to the forefront of the campaign."
PARIS_AGAIN = "Terrorism is back at the forefront of the campaign after the Paris attacks."
SPAIN = "Voters in Spain elected a fragmented parliament after decades of two-party rule."
# The same day's other news, merged into the Spain event by its date: no retelling of it.
QUAKE = "An earthquake shook the coast of Chile overnight."


def test_news_another_source_tells_in_its_own_words_is_no_aside() -> None:
    told = retold([_event("paris", _mention("a", PARIS, 40), _mention("b", PARIS_AGAIN))])
    assert not aside(PARIS, "a", 40, 40 + len(PARIS), PRINCIPALS, told)


def test_a_sentence_naming_no_principal_that_no_other_source_tells_is_an_aside() -> None:
    told = retold([_event("day", _mention("r", SPAIN, 10), _mention("q", QUAKE))])
    assert aside(SPAIN, "r", 10, 10 + len(SPAIN), PRINCIPALS, told)
    # naming a principal, it is on the story however few tell it
    said = "Vance said voters in Spain elected a fragmented parliament."
    assert not aside(said, "r", 10, 10 + len(said), PRINCIPALS, told)
    # with no principals to go by (no query, no names), nothing is taken for an aside
    assert not aside(SPAIN, "r", 10, 10 + len(SPAIN), None, told)


ANNOUNCED = (
    "Chelsea Clinton announced on Monday that she is pregnant with her second child. "
    "Clinton, 35, the daughter of former President Bill Clinton and Democratic presidential "
    "candidate Hillary Clinton, said on Twitter that the baby is due next summer. "
    "Hillary Clinton's daughter thanked her followers. "
    "Hillary Clinton said on Monday that she would raise taxes on the rich."
)


def _actor(name: str, doc: str, sources: int) -> Actor:
    """An actor named ``name`` wherever ``ANNOUNCED`` writes it, and in ``sources`` sources."""
    found = [m.start() for m in re.finditer(re.escape(name), ANNOUNCED)]
    mentions = tuple(Mention(doc, at, at + len(name), name) for at in found)
    return Actor(name, name, "person", mentions=mentions, sources=tuple(map(str, range(sources))))


def test_a_principal_takes_part_where_named_as_the_actor_not_as_a_relative_s_kin() -> None:
    actors = [_actor("Hillary Clinton", "p", 90), _actor("Chelsea Clinton", "p", 3)]
    named = participants(actors, {"p": ANNOUNCED}, n=1)
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", ANNOUNCED)]
    # the daughter's news names the candidate only as whose daughter she is
    assert [named.within("p", s, e) for s, e in sentences] == [False, False, False, True]
