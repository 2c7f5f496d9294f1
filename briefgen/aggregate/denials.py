"""One denial told many ways: "pleaded not guilty to involuntary manslaughter", "denies
involuntary manslaughter", "has denied the charge".

An accused's plea is restated in nearly every story of a trial, each time in other words
("denies", "has pleaded not guilty to", "has repeatedly denied"). Word overlap does not
see them as one statement ("not guilty to involuntary manslaughter" and "denies
involuntary manslaughter of Jackson, who died last June" share two words of five), so a
profile showed the plea and its restatement as two positions. Two denials by one speaker
that share a word of what they deny are the same stance; denials of different things
("denies taking bribes", "denied meeting the ambassador") share none and stay apart.
"""

from __future__ import annotations

import re

from briefgen.aggregate.names import words
from briefgen.models import Position

# A plea is a denial in the court's words.
_PLEA = re.compile(r"^(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?(?:pleaded|pleads|pled)\b", re.I)
_NOT_GUILTY = re.compile(r"^\W*(?:not\s+guilty|innocent)\b", re.I)
# Words of a denial's content that say nothing of what is denied.
_EMPTY = frozenset(
    """
    a an the to of in on at for by with and or any all his her their its he she they it
    that this those these was were is are be been being had has have not guilty innocent
    any wrongdoing who which what when where last first
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def is_denial(p: Position) -> bool:
    """Whether the position denies something: a negated cue ("denies", "has denied") or a
    plea of not guilty."""
    if p.polarity == "negated" and p.kind == "reported":
        return True
    return bool(p.cue and _PLEA.match(p.cue) and _NOT_GUILTY.match(p.text))


def _denied(p: Position) -> set[str]:
    return {w.removesuffix("s") for w in words(p.text) if w not in _EMPTY and len(w) > 2}


def same_denial(p: Position, q: Position) -> bool:
    """Whether two positions deny the same thing: both denials, sharing a word of what
    they deny ("manslaughter", "charge")."""
    return is_denial(p) and is_denial(q) and bool(_denied(p) & _denied(q))
