"""Whether a sentence the brief shows (a timeline line, a key judgment, a key figure) is
about the story, not another item of the page it comes from.

Many pages carry several subjects: a radio programme's running order (a segment on the
story, then one on border controls, one on ladder safety, a guest talking about her son,
the playlist and the phone-in lines), a newsletter, an "also in the news" digest, a live
page covering several stories, a TV schedule. The page matched the story, and its day may
weigh, but a sentence from another segment ("Today a guest talks about her son") tells
the reader nothing of the story. Two tests keep such lines out:

- the sentence names a story actor (the query's words, the principals most sources name,
  and every actor the sources often name, a body or a place by any of its names) or is
  told mostly in the story's own words (the content terms a fifth of the documents hold:
  "propofol", "manslaughter", "the virus").
  A continuation naming nobody ("The charge carries a sentence of four years") is judged
  by its paragraph, which names whom it continues about, and one whose paragraph names
  nobody either ("Preliminary hearings begin." in a chronology) tells on the subject of
  its page, or of the story's segment on a page of several;
- on a page whose story mentions are confined to one segment (the paragraphs from the
  first on the story, naming a story actor or told in its words, to the last hold less
  than half the page's words, its opening aside: a running order opens by listing every
  segment), only that segment's sentences and the opening's are candidates. (Naming a
  story actor alone does not make the segment: a wire report's later paragraphs tell
  the story's counts in its words, "91 confirmed cases in the United States", naming
  no principal.)
- a page telling another story than the corpus's (``other_stories``: the same desk's
  story on another disease, the wire's unrelated copy, a column naming the story once)
  shows only a sentence told in the story's leading terms: naming the central
  organisation is not telling the story.

Both tests ask what a news page is built of, not about any topic: the story's names and
words are the corpus's own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from briefgen.aggregate.terms import terms
from briefgen.anaphora import story_words_of
from briefgen.models import Actor, Extraction
from briefgen.other_stories import OtherStories
from briefgen.standalone import surname
from briefgen.story import whom
from briefgen.structure.model import block_at

__all__ = ["ACTOR_MIN_SOURCES", "ACTOR_SHARE", "SEGMENT_SHARE", "TERMS_SHARE", "OnStory"]

# An actor named in this share of the sources (and in three at least) is one the story is
# about: a reader of the brief meets them throughout, and another segment names none of
# them (as the printed chronology judges it: ``render.onstory``).
ACTOR_SHARE = 0.05
ACTOR_MIN_SOURCES = 3
# A sentence naming no story actor is about the story when half its content terms or more
# are the story's own words: the share a statement needs to speak of what the sources
# report (``focus.SAME``). "A guest talks about her son" holds none.
TERMS_SHARE = 0.5
# The paragraphs from the first to the last naming the story hold less than this share of
# the page's words: the story is one segment of the page, the rest is other subjects. A
# report on the story names it, or its actors, throughout; a quarter of a page is a
# segment, half of it is no longer one item among others.
SEGMENT_SHARE = 0.5
# Block kinds that are a page's prose (``structure``): its paragraphs.
_PROSE = frozenset({"body"})
# The actor types whose mention in a sentence is a subject of its own: one naming none of
# them continues what its paragraph is about ("The charge carries four years").
_NAMED = frozenset({"person", "org", "group", "state"})


@dataclass(frozen=True)
class OnStory:
    """The story's names and words, and each page's story segment where its story
    mentions are confined to one."""

    names: re.Pattern[str] | None = None
    common: frozenset[str] = frozenset()
    extractions: Mapping[str, Extraction] = field(default_factory=dict, compare=False)
    # document -> the spans whose sentences may be shown (its opening, its story segment)
    segments: Mapping[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    # the pages telling another story than the corpus's (``other_stories``)
    other: OtherStories = field(default_factory=OtherStories)

    @staticmethod
    def of(
        query: Sequence[str],
        extractions: Sequence[Extraction],
        actors: Sequence[Actor] = (),
        content: Mapping[str, Collection[str]] | None = None,
    ) -> OnStory:
        """The story of a corpus: names from the ``query``, the principals and the
        ``actors`` often named; words from what the documents commonly hold.
        ``content``: each document's content terms by id, each once (``kept_terms``), when
        the caller has them; else read from the texts."""
        names = _names(query, extractions, actors)
        if names is None:
            return OnStory()
        held: Counter[str] = Counter()
        for x in extractions:
            held.update(_content(x, content))
        common = story_words_of(held, len(extractions))
        story = OnStory(names, common, {x.document.id: x for x in extractions})
        segments = {
            x.document.id: spans for x in extractions if (spans := story._segment(x)) is not None
        }
        other = OtherStories.of([x.document for x in extractions], actors)
        return OnStory(names, common, story.extractions, segments, other)

    def about(self, text: str, doc: str, start: int, end: int) -> bool:
        """Whether ``text`` (the sentence of ``doc`` at ``start``..``end``, as shown) is about the
        story: within the page's story segment, and naming a story actor or told in the
        story's words, itself or, naming nobody, by its paragraph."""
        if self.names is None:
            return True  # no story to be off: every sentence is on it
        if self.other.off(doc, text):
            return False  # another story's page: "the Health Board recommended measles vaccines"
        spans = self.segments.get(doc)
        if spans is not None and not any(lo <= start < hi for lo, hi in spans):
            return False
        if self._names_story(text):
            return True
        ext = self.extractions.get(doc)
        if ext is None or self._names_someone(ext, start, end):
            return False
        block = block_at(ext.document.blocks, start)
        if block is None:
            return True  # no paragraphs read: the page's own subject, told on
        if self._names_story(ext.document.text[block.start : block.end]):
            return True
        # A paragraph naming nobody either tells on what its page (or, on a page of
        # several subjects, the story's segment) is about: "Preliminary hearings begin."
        # in a chronology of the case.
        return not self._names_someone(ext, block.start, block.end)

    def _names_story(self, text: str) -> bool:
        """Whether ``text`` names a story actor or is told mostly in the story's words."""
        if self.names is not None and self.names.search(text):
            return True
        said = set(terms(text))
        return bool(said) and len(said & self.common) >= TERMS_SHARE * len(said)

    @staticmethod
    def _names_someone(ext: Extraction, start: int, end: int) -> bool:
        """Whether the sentence at ``start``..``end`` names a person, a body or a place."""
        return any(m.type in _NAMED and start <= m.start < end for m in ext.mentions)

    def _segment(self, ext: Extraction) -> tuple[tuple[int, int], ...] | None:
        """The spans of ``ext``'s page whose sentences may be shown when its story
        mentions are confined to one segment (its opening paragraph, and the paragraphs
        from the first naming the story to the last), else None."""
        text = ext.document.text
        prose = [b for b in ext.document.blocks if b.kind in _PROSE]
        if len(prose) < 3:
            return None
        opening, rest = prose[0], prose[1:]

        def names(n: int) -> bool:
            return self._names_story(text[rest[n].start : rest[n].end])

        # Only the first and the last paragraph naming the story bound the segment: those
        # between them are not asked (a long report names it in most of them).
        start = next((n for n in range(len(rest)) if names(n)), None)
        if start is None:
            return None
        end = next(n for n in range(len(rest) - 1, start - 1, -1) if n == start or names(n))
        words = [len(text[b.start : b.end].split()) for b in rest]
        inside = sum(words[start : end + 1])
        if inside >= SEGMENT_SHARE * sum(words):
            return None
        first, last = rest[start], rest[end]
        return ((opening.start, opening.end), (first.start, last.end))


def _content(x: Extraction, content: Mapping[str, Collection[str]] | None) -> Collection[str]:
    """The content terms of ``x``'s text, each once: ``content``'s, when it holds the
    document's (a build's kept terms), else read from the text."""
    kept = content.get(x.document.id) if content is not None else None
    return set(terms(x.document.text)) if kept is None else kept


def _names(
    query: Sequence[str], extractions: Sequence[Extraction], actors: Sequence[Actor]
) -> re.Pattern[str] | None:
    """The query's words, the principals (``story.whom``) and the names of the actors the
    sources often name (persons by surname), as one pattern; None when every sentence is
    on the story (a corpus too small to tell an aside, ``story.whom``)."""
    principals = whom(query, extractions)
    if principals is None:
        return None
    floor = max(ACTOR_MIN_SOURCES, ACTOR_SHARE * len(extractions))
    often: set[str] = set()
    for a in actors:
        if len(a.sources) < floor:
            continue
        if a.type == "person":
            often.add(surname(a.name))
            continue
        # A body or a place goes by every name it is merged under ("the United States",
        # "America"); an all-letters short form of three letters or fewer ("US") is left
        # out, as the pattern ignores case and would find the pronoun "us".
        often.update(n for n in (a.name, *a.aliases) if not (len(n) <= 3 and n.isalpha()))
    alternatives = "|".join(re.escape(n) for n in sorted(often, key=lambda n: (-len(n), n)) if n)
    if not alternatives:
        return principals
    return re.compile(rf"{principals.pattern}|(?<![\w])(?:{alternatives})(?![\w])", re.I)
