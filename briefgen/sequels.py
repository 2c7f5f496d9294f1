"""Sequels: a dated detail told after the sentence that says what it is about.

A live page's post or a wire paragraph opens on who wants what ("The town of Marlow is
demanding that the Reed campaign stop using its logo."), then tells a step of it with
the day, its subject taken up by a definite noun ("The town sent a letter of
complaint Thursday."). The step holds the date, so the timeline picks it; read alone, with
its subject named in brackets ("[Marlow] sent a letter of complaint Thursday."), it
tells an act against no one: whom the letter went to, and why, only the sentence before
says. The timeline shows that sentence first (``lede_of``), so the step reads as the
source tells it.

Nothing here names a person, an outlet or a topic: the subject is a definite article and
a common noun, and what is asked of the sentence before is that it names the noun (the
referent introduced there), gives no date of its own (its day is the step's, or none)
and names someone of the story the step does not.
"""

from __future__ import annotations

import re

__all__ = ["lede_of", "own_words", "taken_up_subject"]

# A subject told by a definite article and a common noun, up to two describing words
# before it ("The city", "The state agency", "This group"), then the verb: no comma (an
# apposition or a clause of its own would name it there).
_DEFINITE_SUBJECT = re.compile(
    r"^\W{0,2}(?:The|This|That)\s+(?:[a-z][a-z-]*\s+){0,2}?(?P<noun>[a-z][a-z-]+)\s+"
    r"(?=[a-z])(?!(?:of|in|on|at|for|from|with|and|or|who|which|that|whose|to|by)\b)"
)
# A word of the bracketed name the brief gave the subject, or the noun itself, in the
# sentence before.
_BRACKETED = re.compile(r"^\W{0,2}\[(?P<name>[^\]]+)\]")


def taken_up_subject(source: str, shown: str) -> str | None:
    """The noun of ``source``'s definite subject ("The city sent …" -> "city") when the
    brief, reading it alone, named it in brackets from the sentences before (``shown``
    opens "[Marlow] sent …"); None otherwise."""
    m = _DEFINITE_SUBJECT.match(source)
    if m is None or _BRACKETED.match(shown) is None:
        return None
    return m.group("noun")


def lede_of(source: str, shown: str, before: str) -> bool:
    """Whether ``before`` (the sentence right before ``source`` in its document) tells
    what ``source``'s subject is, the subject the brief named in brackets (``shown``):
    it names the subject's noun or the name given ("The town of Marlow is demanding …"
    before "The town sent a letter Thursday."), and is a sentence of its own (not a
    headline or a lead-in to a list)."""
    noun = taken_up_subject(source, shown)
    if noun is None:
        return False
    head = before.strip()
    if not head or head[-1] not in '.!?"”’' or head.endswith(":"):
        return False
    name = _BRACKETED.match(shown)
    names = [noun] + ([] if name is None else name.group("name").split())
    return any(re.search(rf"\b{re.escape(word)}\b", head) for word in names)


def own_words(shown: str) -> str:
    """``shown`` without what the brief named in brackets: the sentence's own words."""
    return re.sub(r"\[[^\]]*\]", " ", shown)
