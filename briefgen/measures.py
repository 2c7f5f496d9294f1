"""A figure's poll named only by "the": "Trump received 37 percent, according to the
results", the poll named in the sentence before. Completed in brackets from that sentence
when it names one poll ("the [Morning Poll] results"); a key figure it cannot complete is
not chosen (``key_figures``), for which poll it is cannot be read from the figure alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefgen.models import Extraction

__all__ = ["name_measure", "sentence_before", "unnamed_measure"]

# What gives a figure its measure: one poll, survey or study, or its results. (Plural
# "the polls" is polling at large, and a count's own words, "the latest figures put the
# number of cases at 70,893", say what they count: neither is a reference to one poll.)
_NOUN = r"(?:poll|survey|study)"
_ADJECTIVES = r"(?:(?:latest|new|newest|recent|final|same|early|preliminary|national)\s+)*"
_UNNAMED = re.compile(
    rf"\b([Tt]he)\s+(?:({_ADJECTIVES}{_NOUN})|({_ADJECTIVES}results))\b"
    # a name after it says which one: "the poll by the Institute", "the results of the vote"
    r"(?!\s+(?:by|of|from|for|conducted|released|commissioned|published|carried)\b)"
)
# The measure introduced in the sentence itself ("a new poll ... the poll"): it reads alone.
_INTRODUCED = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){{0,3}}?{_NOUN}\b")
# A named poll, introduced or named ("a Morning Consult Poll", "the latest NBC News/Wall
# Street Journal poll"): its name is the capitalised words before its noun.
_WORD = r"[A-Z][\w.&'’-]*(?:/[A-Z][\w.&'’-]*)*"
_NAMED = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+{_ADJECTIVES}((?:{_WORD}\s+){{1,6}}(?:[Pp]oll|[Ss]urvey|[Ss]tudy))\b"
)


def unnamed_measure(text: str) -> bool:
    """Whether ``text`` gives its figures' measure only by "the poll" / "the results", no
    poll named or introduced in it."""
    return bool(_UNNAMED.search(text)) and not _INTRODUCED.search(text)


def sentence_before(start: int, extraction: Extraction) -> tuple[int, int] | None:
    """The span of the sentence before the one beginning at ``start``, or None for the
    page's first."""
    bounds = [lo for lo, _ in extraction.sentences]
    here = bisect_right(bounds, start) - 1
    return extraction.sentences[here - 1] if here > 0 else None


def name_measure(text: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` (its sentence beginning at ``start``) with its unnamed poll named in
    brackets from the one poll the sentence before names ("according to the [Morning
    Consult Poll] results"), unchanged when it names its poll or refers to none, None when
    the sentence before names no one poll."""
    if not unnamed_measure(text):
        return text
    if extraction is None:
        return None
    before = sentence_before(start, extraction)
    if before is None:
        return None
    lo, hi = before
    names = {m[1] for m in _NAMED.finditer(extraction.document.text[lo:hi])}
    found = _UNNAMED.search(text)
    if len(names) != 1 or found is None:
        return None
    name = names.pop()
    if found[2] is not None:  # "the poll" -> "the [Morning Consult Poll]"
        return text[: found.start(2)] + f"[{name}]" + text[found.end(2) :]
    return text[: found.start(3)] + f"[{name}] " + text[found.start(3) :]
