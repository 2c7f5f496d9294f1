"""A word of an office's title is no body.

Wire copy capitalises an office before its holder's name: "Secretary of State Ann Holt",
"Trade Minister Tom Reed", "U.S. Surgeon General Ann Holt". The recogniser reads the
capitalised word inside the title ("State", "Trade", "U.S. Surgeon") as an organisation,
and the brief listed those fragments among the story's actors. Such a word names the
office, whose holder is the person named after it: it joins no record.

Not a body named in full before its officer's title ("the Penbury Council Secretary Ann
Holt", "UN Secretary General Tom Reed"): an organisation's head word or an acronym names
the body the officer serves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefgen.aggregate.actortypes import ORG_HEADS
from briefgen.aggregate.names import is_acronym, word_tuple
from briefgen.models import Mention

# "Secretary of State", "Minister for Trade": the office's field after its title
_TITLE_OF = re.compile(r"\b(?:Secretary|Minister|Ministers|Secretaries)\s+(?:of|for)\s+$")
# "Trade Minister Tom", "Surgeon General Ann": the office's title, then a name
_TITLE_AFTER = re.compile(
    r"\s+(?:Minister|Secretary|General|Commissioner|Undersecretary)"
    r"(?:\s+General)?\s+[A-Z][\w'’.-]*\s+[A-Z]"
)


def names_an_office(m: Mention, texts: Mapping[str, str]) -> bool:
    """Whether an organisation's name is a word of an office's title (the patterns
    above): no use of a body."""
    if m.type != "org" or m.kind != "name" or is_acronym(m.text):
        return False
    ws = word_tuple(m.text)
    # (two words at most as written: "U.S. Surgeon" is two)
    if not ws or ws[-1] in ORG_HEADS or len(m.text.split()) > 2:
        return False
    text = texts.get(m.doc, "")
    if text[m.start : m.end] != m.text:
        return False
    if len(ws) == 1 and _TITLE_OF.search(text[max(0, m.start - 30) : m.start]):
        return True
    return bool(_TITLE_AFTER.match(text, m.end))
