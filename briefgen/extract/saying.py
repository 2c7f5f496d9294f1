"""Who says what, and when: the sayings that date a report's quotations.

A report quotes its speakers and says when they spoke ("X said Friday"); the sentences
that go on quoting them go on at that occasion. These tests of a verb serve the reading
of undated sentences (``focus.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, TypeGuard

from briefgen.extract.clauses import REPORTING, lemma_of
from briefgen.extract.doctext import doc_text
from briefgen.extract.quotes import open_at
from briefgen.models import Document, EventMention, Timex

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "NEWS_WEEK",
    "PRONOUNS",
    "QUOTES",
    "attribution",
    "in_news_week",
    "occasion_day",
    "quotes_on",
    "saying",
    "simple_past",
]

# How many days before publication the day a report tells may lie ("on Friday" in a
# Monday paper); an earlier date is background, not the day's news.
NEWS_WEEK = 7
_PAST = {"VBD"}
QUOTES = ('"', "“", "”", "``", "''", "‘", "’")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "his", "her", "their", "its"}


def simple_past(verb: Token) -> bool:
    """Told in the simple past (or its passive, progressive): the verb, or an auxiliary of
    it, is a past form; not the past perfect, which steps back before the news day. A
    negated "could" is the past of "cannot" ("could not stop the bullet", "could not be
    reached"): what failed then, not a possibility now."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if _could_not(verb, auxes):
        return True
    if any(c.tag_ == "MD" or c.tag_ in ("VBZ", "VBP") for c in auxes):
        return False  # "has said", "will meet", "is expected"
    if any(c.lower_ in ("had", "'d") for c in auxes):
        return False  # "had received warnings": before the day told
    return verb.tag_ in _PAST or any(c.tag_ in _PAST for c in auxes)


def _could_not(verb: Token, auxes: list[Token]) -> bool:
    """ "could not stop", "couldn't be reached": "could" with a negation and no other
    modal or perfect ("could not have known" looks back from a guess)."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    modals = [c for c in auxes if c.tag_ == "MD"]
    perfect = any(lemma_of(c) == "have" for c in auxes)
    return len(modals) == 1 and modals[0].lower_ == "could" and not perfect


def saying(verb: Token) -> bool:
    """A verb of saying, by its lemma."""
    return lemma_of(verb) in REPORTING


def attribution(verb: Token) -> bool:
    """A verb of saying, or one whose complement is a quotation ("'I am willing to
    leave,' he read from a letter", "'Only the government can decide,' continued the
    letter"): the quotation is what it says."""
    if saying(verb):
        return True
    text = doc_text(verb.doc)
    return not open_at(text, verb.idx) and any(
        c.dep_ in ("ccomp", "parataxis") and open_at(text, c.idx) for c in verb.children
    )


def quotes_on(root: Token, sentence: str) -> bool:
    """A past saying that quotes someone, or whose speaker is a pronoun (the one in focus)."""
    if not attribution(root) or not simple_past(root):
        return False
    if any(q in sentence for q in QUOTES):
        return True
    return any(c.dep_ == "nsubj" and c.lower_ in PRONOUNS for c in root.children)


def occasion_day(
    document: Document,
    told: Sequence[EventMention],
    line: Sequence[Token],
    *,
    shared: bool = False,
) -> Timex | None:
    """The day of a saying the sentence dates ("X said Friday", "told reporters
    Wednesday"): a stated day in the ``NEWS_WEEK`` before publication, not scheduled.
    With ``shared``, also a saying that shares another verb's date ("said in the letter,
    dated Monday"): that is the day of its own sentence's quotation, but no occasion a
    later sentence goes on with (the letter was written then, not the reporting done)."""
    dct = document.dct
    sayings = {(t.idx, t.idx + len(t.text)) for t in line if saying(t) and simple_past(t)}
    for m in reversed(told):
        when = m.when
        if m.anchor != "own" or m.scheduled or not m.timex.text:
            continue
        if not sayings & ({m.predicate, *m.co_predicates} if shared else {m.predicate}):
            continue
        day = when.day if when is not None else None
        if in_news_week(day, dct):
            return Timex(0, 0, "", "DATE", day.isoformat())
    return None


def in_news_week(day: date | None, dct: date | None) -> TypeGuard[date]:
    """Whether ``day`` is one of the ``NEWS_WEEK`` days up to publication (``dct``)."""
    return day is not None and dct is not None and 0 <= (dct - day).days <= NEWS_WEEK


def speaker_words(verb: Token) -> set[str] | None:
    """The names and nouns of the verb's subject ("Juan Gonzalez" -> juan, gonzalez), or
    None when it has no subject or its subject is a pronoun (a speaker named before)."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in PRONOUNS:
                return None
            return {lemma_of(t) for t in c.subtree if t.pos_ in ("PROPN", "NOUN")} or None
    return None


def spoken_by(verb: Token, speaker: set[str]) -> bool:
    """Whether the verb's subject is a pronoun or the head word of ``speaker``'s name or
    title ("Gonzalez said", "the mayor said", "he said"), not someone else."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c.lower_ in PRONOUNS or lemma_of(c) in speaker
    return False
