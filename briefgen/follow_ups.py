"""Follow-up reports: a happening one source dates that other reports take up in the days
right after it.

The timeline shows a sentence only one source tells as a detail around the story, kept
only when nothing else is (``timeline_entry``): a one-page aside is not the period's news.
But a day's news is often dated by one report alone, the others telling it in the days
after as background, in their own words and under their own dates: a dismissal dated
"on Monday" by one report is, the next day, "his decision to fire campaign manager X"
in a sentence dated Tuesday, and at the week's end "the X dismissal" in a podcast's blurb.
Their words differ too much for a likeness of sentences, and their dates differ, so no
event merged them, and the dated sentence looked alone.

What they share is the participant. Someone the corpus rarely names (not one of the
principals, whom every report names every day; not a name many reports give) named again,
with a word of the happening besides the names, by another report published on the day or
in the ``FOLLOW_DAYS`` after it: that report took the news up, and the sentence is no
aside. A report about something else (``story.elsewhere``) or an opinion page takes up
nothing.

In a build with ``--query``, a follow-up vouches only for a sentence on the query's story:
one naming the query or one of the story's words the pages it finds teach
(``structure.feedback``), the build's own test of what is on topic. A page on the story
tells its people's other news too (a hospital's statement on a patient's baby, who died
of something else), and a rarely named person taken up the next day is still no news of
the story.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from briefgen.aggregate.terms import terms
from briefgen.models import Actor, EventMention, Extraction
from briefgen.structure.feedback import StoryWords, tells_story
from briefgen.when import When

__all__ = ["FOLLOW_DAYS", "RARE_SHARE", "FollowUps"]

# How long after a day a report taking its news up is a follow-up of it: the next days'
# papers, and a weekly's end-of-week round-up.
FOLLOW_DAYS = 4
# A person named by more than this share of the documents (and at least by more than a
# handful) is in the news every day: another report naming them says nothing of one
# happening.
RARE_SHARE = 0.1
_FEW = 3


@dataclass(frozen=True)
class FollowUps:
    """For each rarely named person, the sentences naming them, by report."""

    # actor id -> (doc, the content terms of a sentence naming them, less their names)
    sentences: Mapping[str, tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict)
    published: Mapping[str, date | None] = field(default_factory=dict)
    # name as written -> actor id, for the rarely named persons only
    who: Mapping[str, str] = field(default_factory=dict)
    # terms every report uses (the principals' names, the story's own words): no happening's
    story: frozenset[str] = frozenset()
    # Built with a query: its pattern, and the story's words its pages teach. A sentence a
    # follow-up vouches for names one or the other.
    query: re.Pattern[str] | None = None
    topic: StoryWords = field(default_factory=StoryWords)

    @classmethod
    def of(
        cls,
        extractions: Sequence[Extraction],
        actors: Sequence[Actor],
        known: re.Pattern[str] | None,
        aside: Collection[str] = (),
        story: Collection[str] = (),
        *,
        query: re.Pattern[str] | None = None,
        topic: StoryWords = StoryWords(),
    ) -> FollowUps:
        """The follow-ups ``extractions`` hold of the rarely named persons among ``actors``
        (none of the ``known`` principals), from reports not ``aside`` (about something
        else, or opinion); ``story``: the words most documents use; ``query`` and
        ``topic``: a query build's pattern and the story's words (``structure.feedback``)."""
        texts = {x.document.id: x for x in extractions}
        most = max(_FEW, RARE_SHARE * len(extractions))
        found: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
        who: dict[str, str] = {}
        for actor in actors:
            if actor.type != "person" or (known is not None and known.search(actor.name)):
                continue
            named = [m for m in actor.mentions if m.kind in ("name", "surname")]
            if len({m.doc for m in named}) > most:
                continue
            own = {t for n in (actor.name, *actor.aliases) for t in terms(n)}
            seen: set[tuple[str, int]] = set()
            for m in named:
                x = texts.get(m.doc)
                if x is None or m.doc in aside:
                    continue
                span = _sentence(x, m.start)
                if span is None or (m.doc, span[0]) in seen:
                    continue
                seen.add((m.doc, span[0]))
                words = frozenset(terms(x.document.text[span[0] : span[1]])) - own
                found[actor.id].append((m.doc, words))
            for name in (actor.name, *actor.aliases):
                who[name] = actor.id
        published = {x.document.id: x.document.dct for x in extractions}
        words = frozenset(t for w in story for t in terms(w))
        return cls({a: tuple(s) for a, s in found.items()}, published, who, words, query, topic)

    def taken_up(self, mention: EventMention, text: str, day: str) -> bool:
        """Whether another report, published on ``day`` or in the ``FOLLOW_DAYS`` after,
        names a rarely named participant of ``mention`` (shown as ``text``) in a sentence
        sharing a word of its happening besides the names and the story's own words. Built
        with a query, ``text`` must name it or one of the story's words (``topic``)."""
        when = When.of(day)
        if when is None or when.day is None:
            return False  # a month's or a week's sentence has no "days right after"
        if self.query is not None and not (
            self.query.search(text) or tells_story(text, self.topic)
        ):
            return False  # a page's other news of its people: no news of the query's story
        last = when.day + timedelta(FOLLOW_DAYS)
        said = frozenset(terms(text)) - self.story
        for name in mention.actors:
            actor = self.who.get(name)
            if actor is None:
                continue
            mine = said - {t for t in terms(name)}
            for doc, words in self.sentences.get(actor, ()):
                published = self.published.get(doc)
                if doc == mention.doc or published is None or not when.day <= published <= last:
                    continue
                if mine & words:
                    return True
        return False


def _sentence(extraction: Extraction, at: int) -> tuple[int, int] | None:
    """The (start, end) of the sentence of ``extraction`` holding offset ``at``."""
    spans = extraction.sentences
    i = bisect_right(spans, (at, float("inf"))) - 1
    if i < 0 or not spans[i][0] <= at < spans[i][1]:
        return None
    return spans[i]
