"""What the corpus tells about its sentences, for choosing the ones the chronology prints
(``render.told``): their documents, dates and pages, the story's words and names."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from briefgen.anaphora import story_words, story_words_of
from briefgen.framing import private_persons
from briefgen.models import Brief, Extraction
from briefgen.neighbours import Neighbours
from briefgen.other_stories import OtherStories
from briefgen.overtaken import Overtaken
from briefgen.render.onstory import Strangers, about_the_story, named_in, strangers
from briefgen.side_voices import side_voices
from briefgen.story import elsewhere, topic
from briefgen.structure.sieve import long_pages
from briefgen.tellings import participants
from briefgen.when import When

if TYPE_CHECKING:
    from briefgen.kept_terms import DocumentTerms

__all__ = ["Printing"]


@dataclass(frozen=True)
class Printing:
    """What the corpus tells about its sentences, for choosing the printed ones."""

    texts: Mapping[str, str] = field(default_factory=dict, compare=False)
    story: frozenset[str] = frozenset()
    strung: frozenset[str] = frozenset()  # pages of many posts (``sieve.long_pages``)
    # (document, sentence start) -> the dates its mentions give
    dates: Mapping[tuple[str, int], frozenset[str]] = field(default_factory=dict, compare=False)
    first: date | None = None
    latest: date | None = None
    # the words naming the story: the query's, or the names most sources name (``topic``)
    query: re.Pattern[str] | None = None
    # pages mostly about something else (``story.elsewhere``): only what names the story
    aside: frozenset[str] = frozenset()
    published: Mapping[str, date] = field(default_factory=dict, compare=False)
    # the query's words and the principals' names: a printed sentence names one of them
    principals: re.Pattern[str] | None = None
    # bare surnames of people who are not principals (``onstory.strangers``)
    strangers: Strangers = field(default_factory=Strangers, compare=False)
    # per document, what the extraction found named (for a "their": ``named_in``)
    named: Mapping[str, Extraction] = field(default_factory=dict, compare=False)
    # each name an actor record is told by -> that record (``tellings.participants``)
    who: Mapping[str, str] = field(default_factory=dict, compare=False)
    # (document, sentence start) -> the source sentence and the timeline's reading of it,
    # its references back named in brackets from the article (which the brief does not keep)
    shown: Mapping[tuple[str, int], tuple[str, str]] = field(default_factory=dict, compare=False)
    # private persons (``timeline_context.private_persons``): a relative clause on one of them
    # is a feature's scene (``framing``), as the timeline reads it
    private: frozenset[str] = frozenset()
    # the people a single document names (``side_voices``): one of them as the subject of
    # a sentence its page alone tells is the page's material, as the timeline reads it
    side: frozenset[str] = frozenset()
    # the pages led by a name the story hardly knows (``neighbours``): a sentence there in
    # which none of the story's actors takes part is a neighbouring story's, as the
    # timeline reads it
    neighbours: Neighbours = field(default_factory=Neighbours, compare=False)
    # the pages telling another story than the corpus's (``other_stories``): a statement
    # there is no key position unless told in the story's leading terms (``Focus.other``)
    other: OtherStories = field(default_factory=OtherStories, compare=False)
    # the happenings told done, by kind: a plan a later source reports done on another
    # day is not printed (``overtaken``)
    overtaken: Overtaken = field(default_factory=Overtaken, compare=False)

    @staticmethod
    def of(brief: Brief, kept: Mapping[str, DocumentTerms] | None = None) -> Printing:
        """The brief's printing; its story's words added up from the documents' shares
        ``kept`` in the build's cache (``kept_terms``, by document id) when given."""
        texts = {d.id: d.text for d in brief.documents}
        if kept is None:
            story = story_words(texts.values())
        else:
            story = story_words_of(Counter(w for d in texts for w in kept[d].used), len(texts))
        dates: dict[tuple[str, int], set[str]] = defaultdict(set)
        for e in brief.events:
            for m in e.mentions:
                dates[(m.doc, m.evidence.sentence_start)].add(m.date)
        days = [w.first for d in brief.documents if (w := When.of(d.date)) is not None]
        named = named_in(brief)
        # the query, or built without one the names most sources name (``story.topic``)
        query = topic(brief.query, list(named.values()))
        # whom a reader knows by surname: the principals of a query's story only
        # (``strangers``: built without one, a bare "Clinton" is still read as the
        # article's own introduction of someone)
        known = about_the_story(brief)
        # whom a printed sentence must name: the story's principals, with or without a query
        principals = known if known is not None else about_the_story(brief, queried=False)
        neighbours = Neighbours.of(
            brief.actors,
            brief.events,
            texts,
            {d.id: d.title or "" for d in brief.documents},
            query if any(q.strip() for q in brief.query) else None,
        )
        aside = elsewhere(texts.items(), query)
        if neighbours.many and not any(q.strip() for q in brief.query):
            # many stories (a desk's week of company and market reports): each page's news
            # is the corpus's, none an aside for not naming another page's principals
            principals, aside = None, frozenset()
        return Printing(
            texts,
            story,
            frozenset(long_pages(brief.documents)),
            {k: frozenset(v) for k, v in dates.items()},
            min(days, default=None),
            max(days, default=None),
            query,
            aside,
            {d.id: day for d in brief.documents if (day := d.dct) is not None},
            principals,
            strangers(brief, known),
            named,
            participants(brief.actors),
            {
                (c.evidence[0].doc, c.evidence[0].sentence_start): (
                    c.evidence[0].sentence,
                    c.text,
                )
                for entry in brief.timeline
                for c in entry.sentences
                if c.evidence
            },
            private_persons(brief.actors),
            side_voices(brief.actors, len(brief.documents)),
            neighbours,
            OtherStories.of(brief.documents, brief.actors),
            Overtaken.of(
                brief.events,
                {d.id: d.dct for d in brief.documents},
                participants(brief.actors),
            ),
        )
