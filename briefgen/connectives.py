"""Openers that go on from the sentence before: alone, a sentence opening on one tells
half of a point ("However, ...", "But ...", "On Thursday, however, ...")."""

from __future__ import annotations

import re

__all__ = ["CONNECTIVE", "MID_CONNECTIVE", "continues"]

# Openers that continue the previous sentence's point: alone they tell half of it. The one
# list of them (the summary, the timeline and the profiles read by it): adverbials that
# any shown sentence refuses ("However, ...", "For example, ..."), and conjunctions, which
# the timeline keeps (a dated "And on Friday, Manafort resigned" still tells its event) but
# a key judgment or a statement shown alone does not ("But the virus is not like ...").
_ADVERBIALS = (
    r"in\s+addition|additionally|moreover|furthermore|likewise|similarly|instead"
    r"|nevertheless|even\s+so|by\s+contrast|in\s+contrast|on\s+the\s+other\s+hand"
    r"|as\s+a\s+result|therefore|thus|hence|however|regardless|nonetheless|still(?=,)"
    r"|for\s+example|for\s+instance"  # an example of a point the sentence before made
    # the time, the answer or the contrast of what the sentence before told
    r"|in\s+response(?!\s+to)|in\s+return(?!\s+for)|conversely"
    # one more item of a list the sentences before began: "In another incident, …", "In a
    # separate case, …", "Separately, …", "Also, …"
    r"|in\s+(?:another|a\s+separate|a\s+related|an\s+unrelated|a\s+second|a\s+further)"
    r"\s+[a-z][\w-]*(?=\s*,)|separately|also(?=\s*,)"
    r"|on\s+the\s+contrary"
    # a span of time counted from an event the sentence before told ("Two months later,")
    r"|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier)(?=\s*,)"
    r"|later\s+that\s+(?:day|night|week|month|year)"
    # a moment of an event the sentences before told ("At one point, Trump said ..."): of
    # which speech or meeting, only they say ("At one point on Sunday" says which day's);
    # "at this point" is now, read from the date
    r"|at\s+(?:one|another|that|some|the\s+same)\s+point\b"
    r"(?!\s+(?:in|of|during|on|that|this|last|yesterday|today|early|late)\b)"
)
_CONJUNCTIONS = r"but|and|yet|or"
CONNECTIVE = re.compile(rf"^\W*(?:{_ADVERBIALS})\b", re.I)
_CONTINUES = re.compile(rf"^\W*(?:{_ADVERBIALS}|{_CONJUNCTIONS})\b", re.I)


def continues(text: str) -> bool:
    """Whether ``text`` opens on a connective or a conjunction that answers or goes on
    from the sentence before ("But ...", "However, ...", "And ..."): half a point."""
    return _CONTINUES.match(text) is not None


# The same set off by commas in the sentence's first clause: "On Thursday, however, Trump
# spoke ..." answers what the sentence before said.
MID_CONNECTIVE = re.compile(
    r"^[^.;:!?\"“”]{0,80}?,\s*(?:however|nevertheless|instead|moreover|furthermore|in\s+turn"
    r"|by\s+contrast|in\s+contrast|therefore|though"
    # an illustration of a point made before: "The union, for example, on Wednesday began
    # ..." is one instance of a trend the article told, not the day's news
    r"|for\s+example|for\s+instance),",
    re.I,
)
