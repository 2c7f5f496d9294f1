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
from collections.abc import Mapping, Sequence
from itertools import pairwise

from briefgen.models import Mention

# What may stand between the start of a sentence or a line and its first word.
_OPENING = re.compile(r"(?:^|[.!?:\n]|[.!?][\"'”’)])[\s\"'“‘(*•-]*$")
_WORD = re.compile(r"[A-Za-z]+")
_ONE_WORD = re.compile(r"[A-Z][a-z]+")
# How far back to look for the start of the sentence.
_LOOKBACK = 12


def common_words(mentions: Sequence[Mention], texts: Mapping[str, str]) -> set[str]:
    """The one-word names among ``mentions`` that are common words capitalised by their
    place, folded ("swine")."""
    folded = {m.text.casefold() for m in mentions if _ONE_WORD.fullmatch(m.text)}
    if not folded:
        return set()
    # one pass over each text's words (an alternation of every candidate name would cost
    # the corpus times the names)
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts.values():
        for m in _WORD.finditer(text):
            word = m.group()
            key = word.casefold()
            if key not in folded:
                continue
            if word.islower():
                lower[key] += 1
            elif not _opens(text, m.start()):
                upper[key] += 1
    return {key for key in folded if lower[key] > upper[key]}


def _opens(text: str, start: int) -> bool:
    """Whether ``start`` begins a sentence or a line of ``text``."""
    return bool(_OPENING.search(text[max(0, start - _LOOKBACK) : start]))


_PHRASE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")


def common_phrases(mentions: Sequence[Mention], texts: Mapping[str, str]) -> set[str]:
    """The names of two or three words the recogniser mostly makes people that the corpus
    writes in lower case more often than capitalised away from the start of a sentence,
    folded ("swine flu", "bird flu"): a disease or a thing capitalised in headlines and
    comments. A person's name is never written in lower case."""
    votes: dict[str, Counter[bool]] = {}
    for m in mentions:
        if _PHRASE.fullmatch(m.text):
            votes.setdefault(m.text.casefold(), Counter())[m.type == "person"] += 1
    folded = {key for key, v in votes.items() if v[True] > v[False]}
    if not folded:
        return set()
    firsts = {key.split(" ", 1)[0] for key in folded}  # only a run these open can count
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts.values():
        found = list(_WORD.finditer(text))
        for i, first in enumerate(found):
            if first.group().casefold() not in firsts:
                continue
            for n in (2, 3):
                run = found[i : i + n]
                if len(run) < n or any(text[a.end() : b.start()] != " " for a, b in pairwise(run)):
                    break
                phrase = " ".join(w.group() for w in run)
                key = phrase.casefold()
                if key not in folded:
                    continue
                if phrase.islower():
                    lower[key] += 1
                elif not _opens(text, first.start()):
                    upper[key] += 1
    return {key for key in folded if lower[key] > upper[key]}


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_CAPITALS = re.compile(r"\b[A-Z]{2,6}s?\b")
# An acronym written in the plural this many times, and in this share of its uses at
# least, is a common noun of the corpus: one "PACs" in a quotation is a slip, not usage.
PLURAL_USES = 2
PLURAL_SHARE = 0.15


def common_acronyms(mentions: Sequence[Mention], texts: Mapping[str, str]) -> set[str]:
    """The acronyms among ``mentions`` that the corpus writes in the plural, folded: a
    common noun in capitals ("super PACs", "GPs", "MPs", "NGOs"), of which every document
    has its own. A body's name is never pluralised (no one writes "FBIs"), so its acronym
    stays a name, however the recogniser types it."""
    acronyms = {m.text for m in mentions if _ACRONYM.fullmatch(m.text)}
    if not acronyms:
        return set()
    singular: Counter[str] = Counter()
    plural: Counter[str] = Counter()
    for text in texts.values():
        for m in _CAPITALS.finditer(text):
            word = m.group()
            if word in acronyms:
                singular[word] += 1
            elif word.endswith("s") and word[:-1] in acronyms:
                plural[word[:-1]] += 1
    return {
        a.casefold()
        for a in acronyms
        if plural[a] >= PLURAL_USES and plural[a] >= PLURAL_SHARE * (plural[a] + singular[a])
    }
