"""What part a mention plays in its sentence: the one who acts, or where and through whom
something happens.

A principal of a story is the subject of its events and statements ("Pence told the
rally", "the agency closed the schools"). A state or a network can be named in most
articles without acting in any: as the place of the story ("in the United States", the
dateline "WASHINGTON —"), as the medium a statement went through ("told CNN", "on Fox
News"), or as the possessor of a programme or a person ("CNN's Jake Tapper"). Counting the
sources where an actor acts, and leaving out those that name it only as a setting, ranks
a running mate named in 16 articles over a country named in 80. A network the story is
about is still the subject of its events ("the network fired its chairman").

Read from the text around each mention and from the extraction's own evidence (the verb
each dated event is attached to, the speaker of each position); no list of places or
outlets.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from briefgen.aggregate.coverage import coverage
from briefgen.models import Actor, Event, EventMention, Mention, Position
from briefgen.structure.datelines import DASH

# Words before a name that make it where something happens or is said, not who acts:
# "in America", "appeared on MSNBC", "told MSNBC's …".
VENUE_BEFORE = frozenset({"in", "on", "at", "to", "from", "into", "across", "throughout", "told"})
# Words before a name that make it anything but the subject of the verb after it: "a
# meeting with Quint, officials said" ("by" is left out: the agent of a passive acts).
_NOT_SUBJECT_BEFORE = VENUE_BEFORE | frozenset(
    {"with", "for", "of", "about", "against", "over", "under", "than", "like", "between"}
)
# A name possessing a name: "MSNBC's Morning Joe", "CNN's Jake Tapper".
_POSSESSES_NAME = re.compile(r"['’]s? [A-Z]")
_POSSESSIVE = re.compile(r"['’]s?\b|['’]\s")
# A dateline: the name opens its line and a dash or a bracketed agency follows, maybe after
# a short place ("WASHINGTON —", "LONDON, April 27 (Reuters) -").
_DATELINE_AFTER = re.compile(r"\s*(?:,[^\n]{0,30}?)?\s*(?:" + DASH + r"|\()")
# How far before its verb a subject may stand ("Mike Pence, the running mate, said").
SUBJECT_REACH = 40
_CLAUSE_END = re.compile(r"[;:.!?\n]")
# What a source where the actor acts weighs against one that merely names it as a
# participant. Naming is cheap: a country or a network is named in most articles of a
# story it takes no part in, while a source tells the subject of few of its clauses. At
# equal weight (a source where it acts counted once as named and once as acting), the
# White House, named for its logistics in 24 articles, still outranked a running mate
# acting in 8 of his 16; at twice, the sources where an actor acts carry the rank.
ACTING_WEIGHT = 2


def word_before(text: str, start: int) -> str:
    """The word before ``start``, looking past a "the" ("on the New York Stock Exchange")."""
    before = text[max(0, start - 16) : start].split()
    prev = before[-1].casefold() if before else ""
    if prev == "the" and len(before) > 1:
        prev = before[-2].casefold()
    return prev


# An office or a seat named as the prize of a contest, not as a body that acts: "the race
# for the White House", "won the Senate", "his White House bid".
_PRIZE_BEFORE = re.compile(
    r"\b(?:(?:race|bid|run|running|campaign|battle|fight|path|road|quest)\s+(?:for|to)|"
    r"(?:win|wins|won|winning|retake|retaking|control|controls|controlled|controlling)|"
    r"control\s+of)\s+the\s+$",
    re.IGNORECASE,
)
_PRIZE_AFTER = re.compile(r"(?:['’]s)?\s+(?:bid|race|run|hopes|ambitions|campaign)\b")


# A market named as where shares change hands, by the noun of the trading done there
# that it modifies: a price line's "closed at $5 in composite New York Stock Exchange
# trading", "Nasdaq volume totaled …". Lower case after the name: "Exchange Trading Co." is
# a name's own word. A firm's own trading is its business, not a place: "Shearson trading
# desk", "its trading profits".
_MARKET_AFTER = re.compile(
    r"\s+(?:composite\s+)?(?:trading|volume)\b(?!\s+(?:desks?|units?|arms?|operations?|"
    r"profits?|revenues?|firms?|house|houses|rooms?|loss|losses|group|staff)\b)"
)


def is_setting(m: Mention, text: str) -> bool:
    """Whether the mention names where or through whom something happens, not who acts:
    after a preposition of place or medium, a dateline, the possessor of a name, the
    prize of a contest, or the market of a price line's trading."""
    if word_before(text, m.start) in VENUE_BEFORE:
        return True
    if _MARKET_AFTER.match(text, m.end):
        return True
    if _POSSESSES_NAME.match(text, m.end):
        return True
    if _PRIZE_BEFORE.search(text[max(0, m.start - 30) : m.start]) or _PRIZE_AFTER.match(
        text, m.end
    ):
        return True
    line = text.rfind("\n", 0, m.start) + 1
    return not text[line : m.start].strip() and bool(_DATELINE_AFTER.match(text, m.end))


def _could_be_subject(m: Mention, text: str) -> bool:
    return word_before(text, m.start) not in _NOT_SUBJECT_BEFORE and not _POSSESSIVE.match(
        text, m.end
    )


def subject_of(em: EventMention, spans: list[tuple[int, int, str]], text: str) -> str | None:
    """The actor id of the subject of the event's verb, if a mention in ``spans`` (sorted
    ``(end, start, actor id)``) reads as one: the last before the verb in its clause."""
    if em.predicate is None or not spans:
        return None
    verb = em.predicate[0]
    i = bisect_right(spans, (verb, verb, "")) - 1
    if i < 0:
        return None
    end, start, aid = spans[i]
    gap = text[end:verb]
    if (
        start < em.evidence.sentence_start
        or len(gap) > SUBJECT_REACH
        or _CLAUSE_END.search(gap)
        or not _could_be_subject(Mention(em.doc, start, end, text[start:end]), text)
    ):
        return None
    return aid


def acting_sources(
    actors: Sequence[Actor],
    events: Sequence[Event],
    positions: Sequence[Position],
    texts: Mapping[str, str],
    medium: Callable[[str], bool] | None = None,
) -> dict[str, set[str]]:
    """For each actor id, the sources where it acts: the speaker of a position, or the
    subject of a dated event's verb (the last mention before the verb in its clause, within
    ``SUBJECT_REACH`` characters, not after a preposition and not a possessor). The
    coverage around the story (a network sent a host to the street: ``coverage``) is no
    act of it. With ``medium`` (a test of a word: a position's cue, an event's lemma) the
    acts it accepts, a medium's own (reported, confirmed, aired), are left out too."""
    out: dict[str, set[str]] = defaultdict(set)
    for p in positions:
        if p.speaker_id and not (medium and medium(p.cue or "")):
            out[p.speaker_id].add(p.doc)
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for a in actors:
        for m in a.mentions:
            if m.doc in texts:
                by_doc[m.doc].append((m.end, m.start, a.id))
    for spans in by_doc.values():
        spans.sort()
    for e in events:
        for em in e.mentions:
            if coverage(em) or (medium and medium(em.lemma or "")):
                continue
            aid = subject_of(em, by_doc.get(em.doc, []), texts.get(em.doc, ""))
            if aid is not None:
                out[aid].add(em.doc)
    return out


def participant_sources(
    actor: Actor, listed: set[tuple[str, int, int]], texts: Mapping[str, str]
) -> int:
    """The actor's sources less those that name it only in a listing or, for anyone but a
    person (a person is no place or medium), only as a setting (:func:`is_setting`)."""
    named = {m.doc for m in actor.mentions}
    person = actor.type == "person"
    outside = {
        m.doc
        for m in actor.mentions
        if (m.doc, m.start, m.end) not in listed
        and (person or m.doc not in texts or not is_setting(m, texts[m.doc]))
    }
    return sum(1 for doc in actor.sources if doc in outside or doc not in named)
