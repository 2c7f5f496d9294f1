"""A dangling definite completed from the sentences before, in brackets: the one country
that owns "the health ministry", the one introduction of "the man" ("[The 45-year-old man
from La Mirada]"). ``definites`` decides when; these say what.
"""

from __future__ import annotations

import re

from briefgen.anaphora import sentences_before
from briefgen.leading_definite import named_before
from briefgen.models import Extraction
from briefgen.noun_phrases import PARTICIPANTS, wordset
from briefgen.structure.stories import section_start

# A body of government: whose, a country the sentences before name says.
_GOVERNMENT = wordset("ministry department government agency")


def owner_named(text: str, phrase: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` with its dangling body of government ``phrase`` ("the federal health
    ministry", from ``dangling_definite``) given the one country the sentences before name,
    in brackets ("[Mexico's] federal health ministry issued an alert"), or None when the
    phrase is no such body or the sentences before name no one country."""
    words = phrase.split()[1:]
    if extraction is None or not any(w in _GOVERNMENT for w in words):
        return None
    place = named_before({"state"}, start, extraction)
    found = re.search(rf"\b[Tt]he\s+{re.escape(' '.join(words))}\b", text)
    if place is None or found is None:
        return None
    return text[: found.start()] + f"[{place}'s]" + text[found.start() + 3 :]


# The words an indefinite introduction of a participant gives: up to three before the noun
# ("a 45-year-old", "a Mexican") and a place after it ("from La Mirada").
_WHO = r"(?:[\w'’-]+\s+){0,3}?"
_FROM = r"(?:\s+(?:from|of|in)\s+(?:[A-Z][\w'’.-]*\s?){1,3})?"


def participant_named(
    text: str, phrase: str, start: int, extraction: Extraction | None
) -> str | None:
    """``text`` with its dangling "the man" / "the patient" (``phrase``, opening with one
    participant noun) completed, in brackets, from the one indefinite introduction of that
    noun in the sentences before ("a 45-year-old man from La Mirada" -> "[The 45-year-old
    man from La Mirada] died April 22"), or None when there is none, or more than one."""
    words = phrase.split()  # "the man", or with the words after it ("the man died April")
    if extraction is None or len(words) < 2 or words[1] not in PARTICIPANTS:
        return None
    noun = words[1]
    # "one of two men" picks one out of a group: no introduction of one man
    intro = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?!of\b)({_WHO}){re.escape(noun)}\b({_FROM})")
    # introduced in its own section: an entry before it on a live page is another story
    own = sentences_before(start, extraction, floor=section_start(extraction.document, start))
    found = list(intro.finditer(own))
    at = re.search(rf"\b([Tt])he\s+{re.escape(noun)}\b", text)
    if len(found) != 1 or at is None:
        return None
    if not found[0][1].strip() and not found[0][2].strip():
        return None  # "a hotel": "[the hotel]" would tell no more than the sentence
    said = " ".join(f"the {found[0][1]}{noun}{found[0][2]}".split())
    said = said[0].upper() + said[1:] if at[1] == "T" else said
    return text[: at.start()] + f"[{said}]" + text[at.end() :]
