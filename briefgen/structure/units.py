"""Cutting a text into units (lines, or hard-wrapped paragraphs) and glued prefixes.

Scraped pages often lose the break between a caption or headline and the lede that follows
it ("… around the world There was no sign of foul play …"): the glue is a lower-case word
run straight into a capitalised sentence opener, with no punctuation between.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.structure.shapes import ends_sentence, sentence_shaped, words


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    text: str
    blank_before: bool


def split_units(text: str) -> list[Unit]:
    """Non-blank lines with their offsets; a hard-wrapped line joins the one before it."""
    units: list[Unit] = []
    blank = True
    pos = 0
    for line in text.splitlines(keepends=True):
        start, stripped = pos, line.rstrip()
        pos += len(line)
        lead = len(stripped) - len(stripped.lstrip())
        if not stripped.strip():
            blank = True
            continue
        start += lead
        end = start + len(stripped) - lead
        prev = units[-1] if units else None
        # a line broken mid-sentence (even across a blank line) continues the one before
        if prev is not None and _continues(prev.text, stripped.strip()):
            units[-1] = Unit(prev.start, end, text[prev.start : end], prev.blank_before)
        else:
            units.append(Unit(start, end, text[start:end], blank))
        blank = False
    return units


def _continues(previous: str, line: str) -> bool:
    """A line broken mid-sentence: the next line opens in lower case."""
    return not ends_sentence(previous) and line[:1].islower()


_STARTERS = frozenset(
    [
        "The",
        "A",
        "An",
        "There",
        "It",
        "He",
        "She",
        "They",
        "We",
        "This",
        "That",
        "These",
        "Those",
        "In",
        "On",
        "At",
        "But",
        "As",
        "After",
        "Before",
        "When",
        "While",
        "His",
        "Her",
        "Their",
        "Its",
        "Some",
        "Many",
        "Most",
        "One",
        "Two",
        "Three",
    ]
)
# A lower-case word (or a closing quote) run into a capitalised word without punctuation.
_GLUE = re.compile(r"(?<=[a-z0-9%'’\"”)])\s+(?=([A-Z][\w'’-]*)\s+(\S+))")
_FUNCTION = frozenset(
    [
        "of",
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "to",
        "and",
        "or",
        "but",
        "for",
        "with",
        "by",
        "from",
        "as",
        "that",
        "than",
        "into",
        "onto",
        "about",
        "like",
        "via",
        "per",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "called",
        "named",
        "dubbed",
        "titled",
        "including",
        "whom",
        "which",
        "who",
        "whose",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "said",
        "says",
        "told",
        "tells",
        "claimed",
        "claims",
        "added",
        "adds",
        "insisted",
        "stated",
        "wrote",
        "announced",
        "asked",
        "warned",
        "according",
        "while",
        "where",
        "when",
        "if",
        "until",
    ]
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
MIN_PREFIX_WORDS = 3
# A capitalised word that is not a usual sentence opener needs a longer prefix before it.
MIN_PREFIX_WORDS_ANY = 4
MAX_PREFIX_WORDS = 45


OPENERS = _STARTERS | {
    "However",
    "I",
    "I've",
    "I'm",
    "I’ve",
    "I’m",
    "Yet",
    "So",
    "And",
    "If",
    "Meanwhile",
    "Another",
    "Every",
    "Each",
    "Several",
    "Both",
    "All",
    "No",
    "Perhaps",
    "Earlier",
    "Later",
    "Today",
    "Yesterday",
}


def opens_sentence(text: str) -> bool:
    """The line starts the way sentences usually do (a pronoun, an article, a connective)."""
    first = text.split(maxsplit=1)[0].rstrip(",") if text.strip() else ""
    return first in OPENERS


def _opens_sentence(starter: str, following: str, n: int) -> bool:
    """A capitalised word that is no usual opener starts a sentence after a closing quote,
    after a long enough prefix, and before a lower-case word."""
    return (
        n >= MIN_PREFIX_WORDS_ANY
        and following[:1].islower()
        and following.lower() not in _FUNCTION
        and not starter.endswith(("'s", "’s"))
    )


def _inside_quotation(prefix: str) -> bool:
    """Whether ``prefix`` opens a quotation it does not close: its last quotation mark
    opens one (“, or " before a word), so the break is inside one speaker's sentence. A
    pull quote glued before a paragraph ends on its closing mark ("… really happened"
    Jermaine Jackson said …"), its opening one often lost."""
    last = max(prefix.rfind('"'), prefix.rfind("“"), prefix.rfind("”"))
    if last < 0 or prefix[last] == "”":
        return False
    if prefix[last] == "“":
        return True
    after = prefix[last + 1 : last + 2]
    before = prefix[last - 1 : last] if last else " "
    return bool(after) and not after.isspace() and (before.isspace() or before in "([")


def glued_prefix(text: str) -> int | None:
    """Where a sentence starts after a caption/headline glued to it, or None.

    The sentence must open with a usual sentence opener ("The", "He", "There", …), or
    follow a closing quote. A page's opening line, where a headline and a caption may both
    be glued to the lede, is read by ``opening.opening_cuts`` instead.
    """
    for m in _GLUE.finditer(text):
        prefix, rest = text[: m.start()], text[m.end() :]
        n = len(words(prefix))
        if n > MAX_PREFIX_WORDS or _SENTENCE_END.search(prefix):
            return None
        left = prefix.split()[-1]
        bare = left.strip("'’\"”()")
        if not bare or bare.lower() in _FUNCTION or bare.endswith((".", "!", "?", ",", ";", ":")):
            continue  # a quotation closing a sentence or a clause, not a glue
        quoted = left != bare and left[-1] in "'’\"”"
        if bare[0].isupper() and not quoted:
            continue  # "Los Angeles Police …": one name, not a glue
        if _inside_quotation(prefix):
            continue  # a quotation the prefix opens goes on past the break: one sentence
        starter, following = m.group(1), m.group(2)
        if starter in _STARTERS:
            if n < MIN_PREFIX_WORDS:
                continue
        elif not (quoted and _opens_sentence(starter, following, n)):
            continue
        if sentence_shaped(rest):
            return m.end()
    return None
