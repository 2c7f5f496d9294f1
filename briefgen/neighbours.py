"""A neighbouring story's sentence: from a page led by someone the story hardly knows, told
by that page alone, whose subject is none of the story's actors.

A story's coverage carries reports on stories beside it that mention its principals: a
company's layoffs "despite criticism from" two candidates, a judge's courtesy visits to
senators over a nomination the campaign argues about, a congressional panel's report on
an inquiry a candidate once testified to. Each sentence is true and dated, and names a
principal, so the test of naming one (``asides``) lets it through; but it tells the other
story's news, with the principals as critics, as the stakes or as a complement.

How a news page is built tells it: such a report is led by its own central name, which it
names more often than any of the story's actors, and which the story's sources seldom name
(fewer than ``on_story.ACTOR_SHARE`` of them: the company, the judge, the panel's chair).
On such a page a sentence is the story's only when one of the story's actors takes part in
it: the subject of its dated verb, its object, or the subject of the clause a verb of
saying reports ("an aide said Roe would ..."), or a body of the story is its occasion
("told a crowd at the party's convention"); or, with a query, when it names the
query's words (a query names the story itself: "a school closed over swine flu" is the
flu's news whoever closed it). A happening another source tells too is borne out, and
stays. Both tests are relative to the corpus (its actors' sources, the page's own counts),
with no list of topics or names.

A neighbour is beside a story: when most pages are each led by a name of its own, the
corpus tells no one story for them to be beside (a desk's week of company and market
reports, a digest of unrelated items), and no page is a neighbour (``_many_stories``):
each page's news is the corpus's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from briefgen.aggregate.agency import VENUE_BEFORE, subject_of, word_before
from briefgen.models import Actor, Event, EventMention
from briefgen.on_story import ACTOR_MIN_SOURCES, ACTOR_SHARE
from briefgen.side_voices import PREPOSITIONS, reported_subject
from briefgen.standalone import surname
from briefgen.story import TYPICAL_SOURCES

__all__ = ["Neighbours"]

# The actor types that act in the story: a place is where news happens.
_ACTING = frozenset({"person", "org", "group", "state"})
# The types a page is led by, a person or a body: a page naming a city most is about what
# happens there, one naming a group of people most (voters, a community) about what the
# story means to them.
_CENTRAL = frozenset({"person", "org"})
# The share of pages led by names of their own, each page's another, past which the corpus
# is many stories, not one story with neighbours (``_many_stories``): a story's coverage
# carries a few reports beside it (up to a fifth of the pages on the dev corpora), never
# most of them.
MANY_STORIES = 0.5
# How far after its verb an object may begin ("endorsed Vermont Sen. Jane Roe").
OBJECT_REACH = 30
# Between a verb and its object: words that are no preposition (``side_voices.PREPOSITIONS``,
# "including" too) nor a stop: an article, a possessive, an adjective, a title.
_GAP_WORD = re.compile(r"[\w'’.-]+")
_GAP_STOP = re.compile(r"[,;:()\n\"“”]")


@dataclass(frozen=True)
class Neighbours:
    """The pages led by a name the story hardly knows, and where the story's actors are
    named, for asking whether a sentence from one of them is a neighbouring story's."""

    # documents led by their own central name (see the module's docstring)
    led: frozenset[str] = frozenset()
    # per led document, its actors' mentions as sorted (end, start, actor id)
    spans: Mapping[str, list[tuple[int, int, str]]] = field(default_factory=dict, compare=False)
    # the ids of the story's actors: those many sources name (the principals among them)
    story: frozenset[str] = frozenset()
    # the query's words, when the brief has a query
    query: re.Pattern[str] | None = field(default=None, compare=False)
    # (document, sentence start) of the sentences whose event another source tells
    borne_out: frozenset[tuple[str, int]] = frozenset()
    texts: Mapping[str, str] = field(default_factory=dict, compare=False)
    # the story's actors that are bodies: one named after "at" is the sentence's occasion
    bodies: frozenset[str] = frozenset()
    # per led document, its longest span's length: a span starting before a place ends
    # before that place plus this, so the spans a sentence asks about are found by
    # bisection on their ends, not by reading the page's every mention for each sentence
    longest: Mapping[str, int] = field(default_factory=dict, compare=False)
    # whether the corpus is many stories (``_many_stories``): then no page is a neighbour,
    # and no page's news needs to name the corpus's principals to be its news
    many: bool = False

    @staticmethod
    def of(
        actors: Sequence[Actor],
        events: Sequence[Event],
        texts: Mapping[str, str],
        titles: Mapping[str, str],
        query: re.Pattern[str] | None = None,
    ) -> Neighbours:
        """The neighbours of a corpus of ``texts`` and ``titles`` (document id -> text,
        headline), its ``actors``, ``events`` and ``query`` (None without one). None in a
        corpus too small to tell the story from what is beside it
        (``story.TYPICAL_SOURCES``)."""
        if len(texts) < TYPICAL_SOURCES:
            return Neighbours()
        acting = [a for a in actors if a.type in _ACTING]
        floor = max(ACTOR_MIN_SOURCES, ACTOR_SHARE * len(texts))
        story = frozenset(a.id for a in acting if len(a.sources) >= floor)
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        kinds = {a.id: a.type for a in actors}
        for a in actors:
            for m in a.mentions:
                counts[m.doc][a.id] += 1
        known = _names([a for a in acting if a.id in story])
        led = frozenset(
            doc
            for doc, named in counts.items()
            if doc in texts
            and _led_elsewhere(named, kinds, story, query, texts[doc])
            and not _headlined(titles.get(doc, ""), known, query)
        )
        leaders = {central for doc in led if (central := _central(counts[doc], kinds))}
        if _many_stories(leaders, texts):
            return Neighbours(many=True)
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for a in actors:
            for m in a.mentions:
                if m.doc in led:
                    spans[m.doc].append((m.end, m.start, a.id))
        for found in spans.values():
            found.sort()
        borne_out = frozenset(
            (m.doc, m.evidence.sentence_start)
            for e in events
            if len({m.doc for m in e.mentions}) > 1
            for m in e.mentions
            if m.doc in led
        )
        bodies = frozenset(a.id for a in acting if a.id in story and a.type == "org")
        longest = {doc: max(e - s for e, s, _ in found) for doc, found in spans.items()}
        return Neighbours(led, dict(spans), story, query, borne_out, texts, bodies, longest)

    def holds(self, mention: EventMention) -> bool:
        """Whether ``mention``'s sentence is a neighbouring story's: from a led page, told
        by no other source, with none of the story's actors taking part in it and, with a
        query, none of its words."""
        ev = mention.evidence
        if ev.doc not in self.led or (ev.doc, ev.sentence_start) in self.borne_out:
            return False
        if self.query is not None and self.query.search(ev.sentence):
            return False
        return not self._takes_part(mention)

    def _takes_part(self, mention: EventMention) -> bool:
        """Whether one of the story's actors is the subject or the object of the mention's
        dated verb, or the subject of the clause that verb of saying reports, or a body of
        the story is named as where it was done or said ("at the X Convention")."""
        if mention.predicate is None:
            return True  # no verb to read: nothing to go by, the sentence stays
        spans = self.spans.get(mention.doc, [])
        text = self.texts.get(mention.doc, "")
        subject = subject_of(mention, spans, text)
        if subject is not None and subject in self.story:
            return True
        ev = mention.evidence
        end = ev.sentence_start + len(ev.sentence)
        verb_end = mention.predicate[1]
        longest = self.longest.get(mention.doc, 0)
        # (a span starting at or after the verb's end and before the sentence's ends there)
        if self._first_after(_ending(spans, verb_end + 1, end - 1 + longest), text, verb_end, end):
            return True
        if any(
            aid in self.bodies
            and ev.sentence_start <= s
            and e <= end
            and word_before(text, s) == "at"
            for e, s, aid in _ending(spans, ev.sentence_start + 1, end)
        ):
            return True  # told at the story's occasion: "proclaimed at the X Convention"
        said = reported_subject(mention)
        if said is None:
            return False
        at = text.find(said, verb_end, end)
        reach = at + len(said) - 1 + longest
        return at >= 0 and any(
            aid in self.story and s < at + len(said) and e > at
            for e, s, aid in _ending(spans, at + 1, reach)
        )

    def _first_after(
        self, spans: list[tuple[int, int, str]], text: str, verb_end: int, end: int
    ) -> bool:
        """Whether the first actor named after the verb (ending at ``verb_end``) within
        ``OBJECT_REACH`` characters, with no preposition or stop between, is the story's:
        the verb's object ("endorsed Roe on Friday")."""
        after = sorted((s, e, aid) for e, s, aid in spans if verb_end <= s < end)
        if not after:
            return False
        start, _, aid = after[0]
        if start - verb_end > OBJECT_REACH:
            return False
        gap = text[verb_end:start]
        words = {w.lower() for w in _GAP_WORD.findall(gap)}
        return (
            aid in self.story
            and not _GAP_STOP.search(gap)
            and not words & (PREPOSITIONS | {"including", "despite", "amid"})
        )


def _many_stories(leaders: set[str], texts: Mapping[str, str]) -> bool:
    """Whether the led pages' own central names (``leaders``, one per page) are more than
    half as many as the corpus's ``texts``: a collection of stories, each led by its own
    firm (a week's market and company reports), none the neighbour of another. Pages led by
    one name the story's count missed are one story, not many."""
    return len(leaders) > MANY_STORIES * len(texts)


def _central(named: Counter[str], kinds: Mapping[str, str | None]) -> str | None:
    """The person or body a page naming each actor as often as ``named`` says names most
    (the highest id among equals), or None."""
    own = [(n, aid) for aid, n in named.items() if kinds.get(aid) in _CENTRAL]
    return max(own)[1] if own else None


def _ending(spans: list[tuple[int, int, str]], low: int, high: int) -> list[tuple[int, int, str]]:
    """The spans (sorted ``(end, start, actor id)``) that end from ``low`` to ``high``."""
    return spans[bisect_left(spans, (low,)) : bisect_left(spans, (high + 1,))]


def _led_elsewhere(
    named: Counter[str],
    kinds: Mapping[str, str | None],
    story: frozenset[str],
    query: re.Pattern[str] | None,
    text: str,
) -> bool:
    """Whether a page naming each actor as often as ``named`` says is led by a name the
    story hardly knows: the person, body or group it names most is none of the ``story``
    actors and it names it more often than any of them, and than the ``query``'s words."""
    central = _central(named, kinds)
    if central is None:
        return False
    most = named[central]
    if central in story:
        return False
    theirs = max((n for aid, n in named.items() if aid in story), default=0)
    if query is not None:
        theirs = max(theirs, len(query.findall(text)))
    return most > theirs


def _names(actors: Sequence[Actor]) -> re.Pattern[str] | None:
    """The ``actors``' names as whole words: each one's name and aliases, a person's
    surname too; None for no actor."""
    names = {n for a in actors for n in (a.name, *a.aliases) if len(n) > 2}
    names |= {surname(a.name) for a in actors if a.type == "person"}
    if not names:
        return None
    one = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<![\w])(?:{one})(?![\w])", re.I)


def _headlined(title: str, known: re.Pattern[str] | None, query: re.Pattern[str] | None) -> bool:
    """Whether the headline ``title`` names one of the story's actors (``known``) or the
    ``query``'s words, not only as an owner ("the governor's court pick") or where it
    happened ("layoffs in Chicago"): a page whose
    headline names them is on the story, whatever else it names most ("Rep. Roe to back
    Doe")."""
    for pattern in (known, query):
        if pattern is None:
            continue
        if any(
            not title.startswith(("'s", "’s"), m.end())
            and word_before(title, m.start()) not in VENUE_BEFORE
            for m in pattern.finditer(title)
        ):
            return True
    return False
