"""A sentence opening on "The city" / "The campaign": which one only the sentences before
say. Named in brackets from them ("[Marlow] sent a letter of complaint") when they
name one place (organisation), refused otherwise; and the one actor of some types those
sentences name (``named_before``), which other completions use too.
"""

from __future__ import annotations

import re

from briefgen.models import Extraction
from briefgen.standalone import REACH, own_section

# A leading definite noun that names a kind of place or organisation: which one only the
# sentences before say ("The city sent a letter of complaint Thursday").
_DEFINITE = re.compile(
    r"^(\W*(?:(?:But|And|So|Yet)\s+)?)([Tt]he\s+(?:city|town|state|country|nation|capital"
    r"|company|firm|campaign|agency|network|newspaper|paper|station|band|group))\b(?!\s+of\b)"
)
_PLACES = {"city", "town", "state", "country", "nation", "capital"}


def resolve_definite(text: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` with a leading "The city" / "The campaign" named in brackets from the
    sentences before ("[Marlow] sent a letter of complaint"), or None when they name
    no one place (organisation) or several."""
    m = _DEFINITE.match(text)
    if m is None:
        return text
    if extraction is None:
        return None
    noun = m[2].split()[-1].lower()
    types = {"state"} if noun in _PLACES else {"org", "group"}
    name = named_before(types, start, extraction)
    if name is None:
        return None
    return text[: m.start(2)] + f"[{name}]" + text[m.end(2) :]


def named_before(types: set[str], start: int, extraction: Extraction) -> str | None:
    """The one name of an actor of ``types`` in the ``REACH`` sentences before ``start``."""
    bounds, here = own_section(start, extraction)
    previous_start = bounds[max(0, here - REACH)] if here >= 0 else start
    names = {
        x.text
        for x in extraction.mentions
        if x.type in types and x.kind in ("name", "acronym") and previous_start <= x.start < start
    }
    return names.pop() if len(names) == 1 else None
