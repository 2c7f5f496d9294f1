"""Pages on the query's topic that name it in other words: pseudo-relevance feedback.

A query names a story one or two ways ("swine flu"); newsrooms name it many ("the new
flu strain", "an influenza pandemic", "the outbreak in Mexico"). The pages the query
finds are a sample of the story's own vocabulary: the words most of them use, and use
far more often for their length than the pages it misses (the disease, the places, the
bodies in charge), are evidence of the topic. The story's core words are those nearly
every page on topic uses ("flu"): a page sharing only its generic words (an outbreak of
another disease, "confirmed cases") is of another story.

A page the query misses is on topic when those words are its subject: its title and
opening name several of them, one a core word, and its prose is full of them. A page
that names them once or twice in passing (a profit warning that blames the outbreak in
one sentence) stays out, as it does for the query's own words.

The words are the corpus's, learnt at each build from the pages the query finds:
nothing here names a topic.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.aggregate.terms import STOP_WORDS
from briefgen.models import Document
from briefgen.structure.model import extraction_view

# Fewer pages on topic than this are too few to learn a story's words from.
MIN_ON_TOPIC = 5
# A story's word is used by at least this share of the pages on topic, and they use it
# at least ``MIN_RATIO`` times as often, for their length, as the pages the query misses
# (which the corpus's search found for a reason: they name the story too, in passing).
MIN_SHARE = 0.5
MIN_RATIO = 3.0
# A core word is used by nearly every page on topic: the story's own noun.
CORE_SHARE = 0.8
# At most this many words: the story's strongest, not every word of its pages.
MAX_TERMS = 12
# A page the query misses is on topic when its title and opening name at least this many
# of the story's words, each different, one of them a core word ...
MIN_OPENING_TERMS = 2
# ... and its prose uses them at least ``MIN_TERM_MENTIONS`` times, and once per this
# many words: the story runs through it.
WORDS_PER_TERM = 80
MIN_TERM_MENTIONS = 5
OPENING_WORDS = 60  # as ``topic.OPENING_WORDS``: the lede and a little more

_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class StoryWords:
    """The words the pages on topic use far more than the others; ``core``, those of
    them nearly every page on topic uses."""

    terms: frozenset[str] = frozenset()
    core: frozenset[str] = frozenset()


def _key(word: str) -> str:
    """A word as compared: lower case, but an acronym keeps its capitals ("WHO" is not
    "who")."""
    return word if len(word) > 1 and word.isupper() else word.lower()


def _keys(text: str) -> list[str]:
    return [_key(m[0]) for m in _WORD.finditer(text)]


def _body(document: Document) -> list[str]:
    return _keys(extraction_view(document.text, document.blocks))


def _content(word: str) -> bool:
    # a word that can tell a story: three letters or more, no number, no function word
    return len(word) >= 3 and not word.isdigit() and word not in STOP_WORDS


def story_words(
    on: Sequence[Document], missed: Sequence[Document], query: Sequence[str]
) -> StoryWords:
    """The words most pages ``on`` topic use, far more often than the ``missed`` ones.
    A one-word query term ("H1N1") is set apart: the misses lack it by definition; the
    words of a phrase ("flu" of "swine flu") are the story's as much as any. A miss that
    uses a word heavily makes it less the story's: a page is not on the story by its own
    say (a health-care page full of "health" does not make "health" the flu story's), and
    a corpus whose misses are few and mostly on the story teaches little: the query alone
    decides there."""
    if len(on) < MIN_ON_TOPIC or not missed:
        return StoryWords()
    asked = {_key(t.strip()) for t in query if len(t.split()) == 1}
    on_df: Counter[str] = Counter()
    on_tf: Counter[str] = Counter()
    off_tf: Counter[str] = Counter()
    for d in on:
        words = _counted(d)
        on_df.update(set(words))
        on_tf.update(words)
    for d in missed:
        off_tf.update(_counted(d))
    on_total = max(sum(on_tf.values()), 1)
    off_total = max(sum(off_tf.values()), 1)
    scored: list[tuple[float, str]] = []
    for term, n in on_df.items():
        if term in asked or n < MIN_SHARE * len(on):
            continue
        # how much more often, for their length, the pages on topic use the word than the
        # misses (smoothed: a word no miss uses is not infinitely the story's)
        ratio = (on_tf[term] / on_total) / ((off_tf[term] + 0.5) / off_total)
        if ratio >= MIN_RATIO:
            scored.append((ratio, term))
    terms = {t for _, t in sorted(scored, reverse=True)[:MAX_TERMS]}
    core = {t for t in terms if on_df[t] >= CORE_SHARE * len(on)}
    return StoryWords(frozenset(terms), frozenset(core))


def tells_story(text: str, words: StoryWords) -> bool:
    """Whether ``text``, a sentence, names one of the story's ``words``: a line's share of
    the test a page passes (``names_story``), where one sentence cannot run through
    them as a page's prose does."""
    return any(w in words.terms for w in _keys(text))


def _counted(document: Document) -> list[str]:
    return [w for w in _body(document) if _content(w)]


def names_story(document: Document, words: StoryWords) -> bool:
    """Whether ``document`` (which the query missed) is about the story ``words`` are
    of: its title and opening name several of them, one a core word, and its prose is
    full of them."""
    if not words.core:
        return False
    body = _body(document)
    opening = {w for w in body[:OPENING_WORDS] + _keys(document.title) if w in words.terms}
    if len(opening) < MIN_OPENING_TERMS or not opening & words.core:
        return False
    mentions = sum(1 for w in body if w in words.terms)
    return mentions >= MIN_TERM_MENTIONS and mentions * WORDS_PER_TERM >= len(body)
