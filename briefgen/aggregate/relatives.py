"""A full name the text introduces as someone's relative ("his wife, Heidi Roe", "Jo Roe,
son of the senator"): the kinship word that introduces it.
"""

from __future__ import annotations

import re

from briefgen.extract.rolefit import KINSHIP
from briefgen.models import Mention

_KIN_AFTER = re.compile(r"^,?\s+(?:his|her|their|the|[A-Z]\w+['’]s)\s+(?:\w+\s+)?(\w+)")
# "Eric Trump, son of the front-runner": the kinship noun in apposition, of someone named
# (not "a father of three", nobody of the story's)
_KIN_OF = re.compile(r"^,\s+(\w+)\s+of\s+(?:the|his|her|their|[A-Z])")


def introduced_as_relative(text: str, m: Mention) -> bool:
    """A full name the text gives as someone's relative: "his wife, Heidi Cruz", "Trump's
    daughter Ivanka Trump", "Rafael Cruz, his father". The story's own subject of that
    surname is named without such a word; its relatives are introduced by one."""
    return relation_word(text, m) is not None


def relation_word(text: str, m: Mention) -> str | None:
    """The kinship noun a full name is introduced by ("father" in "his father Joseph X"), or
    None."""
    # the word right before the name ("his wife, Heidi Cruz"), never "the father of X": there
    # X is the one the relative is named by
    before = re.findall(r"[\w’']+", text[max(0, m.start - 30) : m.start].lower())
    if before and before[-1] in KINSHIP:
        return before[-1]
    after = _KIN_AFTER.match(text[m.end : m.end + 40]) or _KIN_OF.match(text[m.end : m.end + 40])
    if after and after.group(1).lower() in KINSHIP:
        return after.group(1).lower()
    return None
