"""Words capitalised only where every word is: not names.

"Swine flu is spreading" capitalises "Swine" because a sentence starts with it, and so do
a headline and a caption glued before the text ("… 18.39 BST Swine flu has become"); the
recogniser may take it for a name (here a state). A one-word name that the corpus writes
in lower case more often than capitalised away from the start of a sentence or a line is
a common word ("swine", "propofol", "schools"), no mention of an actor: left out before
any linking, it can neither make an actor nor join one ("Swine" and "Sweeney"). So is a
phrase the recogniser makes a person ("Swine Flu", "Bird Flu" in comments and headlines)
that the corpus mostly writes in lower case, and an acronym the corpus writes in the
plural ("super PACs"): a common noun in capitals.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from string import ascii_letters

from briefgen.aggregate.wordcounts import WordCounts, opens
from briefgen.models import Mention

_ONE_WORD = re.compile(r"[A-Z][a-z]+")


def common_words(mentions: Sequence[Mention], counts: WordCounts) -> set[str]:
    """The one-word names among ``mentions`` that are common words capitalised by their
    place, folded ("swine"), by the corpus's ``counts``."""
    folded = {m.text.casefold() for m in mentions if _ONE_WORD.fullmatch(m.text)}
    return {key for key in folded if counts.lower[key] > counts.capitalised[key]}


_PHRASE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")
_ASCII_WORD = re.compile(r"[A-Za-z]+")


def common_phrases(
    mentions: Sequence[Mention], texts: Mapping[str, str], counts: WordCounts
) -> set[str]:
    """The names of two or three words the recogniser mostly makes people that the corpus
    writes in lower case more often than capitalised away from the start of a sentence,
    folded ("swine flu", "bird flu"): a disease or a thing capitalised in headlines and
    comments. A person's name is never written in lower case."""
    votes: dict[str, Counter[bool]] = {}
    for m in mentions:
        if _PHRASE.fullmatch(m.text):
            votes.setdefault(m.text.casefold(), Counter())[m.type == "person"] += 1
    # A phrase written in lower case somewhere has each of its words written so (the
    # corpus's ``counts``): the rest ("michael jackson") are names, with no text read.
    folded = {
        key
        for key, v in votes.items()
        if v[True] > v[False] and all(counts.lower[w] for w in key.split(" "))
    }
    if not folded:
        return set()
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    # A text is searched only for the phrases whose every word it holds, as a run of ASCII
    # letters in any case (what ``_places`` finds is made of such runs): searching every
    # text for every phrase grew with the square of the corpus.
    by_first: dict[str, list[str]] = {}
    for key in folded:
        by_first.setdefault(key.split(" ")[0], []).append(key)
    for text in texts.values():
        held = {w.lower() for w in _ASCII_WORD.findall(text)}
        keys = [
            key
            for word in held & by_first.keys()
            for key in by_first[word]
            if all(w in held for w in key.split(" "))
        ]
        if not keys:
            continue
        lowered = text.lower()
        for key in keys:
            for at in _places(key, text, lowered):
                phrase = text[at : at + len(key)]
                if phrase.islower():
                    lower[key] += 1
                elif not opens(text, at):
                    upper[key] += 1
    return {key for key in folded if lower[key] > upper[key]}


def _places(key: str, text: str, lowered: str) -> Iterator[int]:
    """Where the phrase ``key`` (words of ASCII letters, folded, one space apart) starts in
    ``text`` in any case, as whole words; ``lowered`` is the text in lower case. Even where
    one written the same way starts inside it ("la la la")."""
    if len(lowered) != len(text):  # a letter lowered to two: places differ, search the text
        yield from (m.start() for m in _written(key).finditer(text))
        return
    at = lowered.find(key)
    while at >= 0:
        end = at + len(key)
        if text[at:end].isascii() and not _letter(text, at - 1) and not _letter(text, end):
            yield at
        at = lowered.find(key, at + 1)


def _letter(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at] in ascii_letters


@lru_cache(maxsize=4096)
def _written(key: str) -> re.Pattern[str]:
    """``_places``' search through the text itself."""
    return re.compile(rf"(?<![A-Za-z])(?=(?:{re.escape(key)})(?![A-Za-z]))", re.ASCII | re.I)


_ACRONYM = re.compile(r"[A-Z]{2,6}")
# An acronym written in the plural this many times, and in this share of its uses at
# least, is a common noun of the corpus: one "PACs" in a quotation is a slip, not usage.
PLURAL_USES = 2
PLURAL_SHARE = 0.15


def common_acronyms(mentions: Sequence[Mention], counts: WordCounts) -> set[str]:
    """The acronyms among ``mentions`` that the corpus writes in the plural (its
    ``counts``), folded: a common noun in capitals ("super PACs", "GPs", "MPs", "NGOs"),
    of which every document has its own. A body's name is never pluralised (no one
    writes "FBIs"), so its acronym stays a name, however the recogniser types it."""
    acronyms = {m.text for m in mentions if _ACRONYM.fullmatch(m.text)}
    out = set()
    for a in acronyms:
        plural, singular = counts.capitals[a + "s"], counts.capitals[a]
        if plural >= PLURAL_USES and plural >= PLURAL_SHARE * (plural + singular):
            out.add(a.casefold())
    return out
