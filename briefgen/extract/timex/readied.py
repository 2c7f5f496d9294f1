"""A weekday in what was got ready for: the readying's tense does not say where the day lies.

"Other candidates prepared for the final days of the race, including a debate Thursday" (a
Tuesday paper): the simple past dates the preparing, and what is prepared for lies after it,
so the past tense is no cue for the day ("Thursday" is still to come). The weekday is then
read as the nearest such day to the report ("police braced for Saturday's march" in a Monday
paper is two days back; "a debate Thursday" in a Tuesday paper two days ahead): a report
rarely tells a preparation for something almost a week past without saying so.
"""

from __future__ import annotations

import re

from briefgen.extract.timex.tense import clause, is_tensed

__all__ = ["readied_for"]

# A verb of getting ready, any tense, with its "for".
_READYING_FOR = re.compile(
    r"\b(?:prepar(?:e|es|ed|ing)|brac(?:e|es|ed|ing)|readied|readying"
    r"|gear(?:s|ed|ing)?\s+up|g[eo]t(?:s|ten|ting)?\s+ready|train(?:s|ed|ing)?)"
    r"\s+for\b(?P<object>[^;:.!?]*)$",
    re.I,
)
_WORD = re.compile(r"[A-Za-z']+")


def readied_for(text: str, start: int) -> bool:
    """Whether the weekday at ``start`` lies in the object of a verb of getting ready ("prepared
    for ..., including a debate Thursday"), with no verb of its own between."""
    before, _ = clause(text, start, start)
    m = _READYING_FOR.search(before)
    if m is None:
        return False
    words = _WORD.findall(m["object"])
    return not any(
        is_tensed(w) and not (i and words[i - 1].lower() == "the" and w.lower() in _ADJECTIVES)
        for i, w in enumerate(words)
    )


# time words that are adjectives after "the" ("the last days of the race"), not tense cues
_ADJECTIVES = frozenset(("last", "next", "earlier", "coming", "upcoming"))
