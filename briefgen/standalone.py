"""Sentences a reader can take out of their article: a leading reference resolved or refused.

A summary shows single sentences. One that opens with "He has denied ..." or "It was
signed ..." points back to something only the article's earlier sentences name. The
editorial convention resolves the reference in square brackets ("[Murray] has denied
..."); when the antecedent cannot be found unambiguously, the sentence is not shown.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefgen.models import Extraction

__all__ = ["resolve_opening"]

# How many sentences back a leading "he"/"she" may find its person.
REACH = 2

_PERSONAL = {"he", "she"}
_POSSESSIVE = {"his", "her"}
# Openers whose antecedent is not a named person: no safe way to resolve them here.
_UNRESOLVABLE = {
    "it",
    "its",
    "they",
    "them",
    "their",
    "this",
    "these",
    "those",
    "that",
    "such",
    "both",
    "him",
    "we",
    "our",
    "you",
    "i",
}
_FIRST = re.compile(r"^\W*([A-Za-z']+)")
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Prof)\.?\s+", re.I)


def resolve_opening(text: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` (shown for the sentence at ``start``) readable alone, or None.

    A leading he/she/his/her becomes the one person the ``REACH`` sentences before it name
    (from the document's actor mentions in ``extraction``); other leading pronouns and
    demonstratives, or two candidate persons, give None.
    """
    m = _FIRST.match(text)
    if m is None:
        return text
    word = m[1].lower()
    if word in _UNRESOLVABLE:
        return None
    if word not in _PERSONAL and word not in _POSSESSIVE:
        return text
    if extraction is None:
        return None
    bounds = [lo for lo, _ in extraction.sentences]
    here = bisect_right(bounds, start) - 1
    previous_start = bounds[max(0, here - REACH)] if here >= 0 else start
    names = {
        _surname(x.text)
        for x in extraction.mentions
        if x.type == "person"
        and x.kind in ("name", "surname")
        and previous_start <= x.start < start
    }
    if len(names) != 1:
        return None
    name = names.pop()
    shown = f"[{name}]" if word in _PERSONAL else f"[{name}'s]"
    return text[: m.start(1)] + shown + text[m.end(1) :]


def _surname(name: str) -> str:
    """The name a news report keeps using: "Dr Conrad Murray" -> "Murray"."""
    words = _TITLE.sub("", name.strip()).split()
    return re.sub(r"(?:'s|’s|[.,])$", "", words[-1]) if words else name
