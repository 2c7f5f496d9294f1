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

__all__ = [
    "inside_quotation",
    "resolve_definite",
    "resolve_inner",
    "resolve_opening",
    "resolve_speaker",
    "surname",
]

# How many sentences back a leading "he"/"she" may find its person.
REACH = 2

_PERSONAL = {"he", "she", "it"}
_POSSESSIVE = {"his", "her", "its"}
# A person for he/she/his/her; an organisation, state or group for it/its.
_NEUTER = {"it", "its"}
# Openers whose antecedent is not a named person: no safe way to resolve them here.
_UNRESOLVABLE = {
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
_EXPLETIVE = re.compile(
    r"\s+(?:is|was|'s|seems|seemed|appears|appeared|remains|remained|would|will|may|might"
    r"|could|can|should|must|takes|took|makes|made|has\s+been|had\s+been|is\s+not|was\s+not)\b",
    re.I,
)
_SAID_BY_PRONOUN = re.compile(
    r"[,”\"’]\s+(he|she)\s+(?:said|says|added|told|wrote|explained|noted|insisted|replied"
    r"|continued|argued|admitted|claimed|stated|asked)\b"
)
_QUOTES = set("\"“‘'«")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# A third-person pronoun inside a sentence (past its first word, which resolve_opening reads).
_INNER = re.compile(r"\b(he|his|him|she|her|He|His|Him|She|Her)\b")
# The first word, past a leading conjunction: "But his remarks ..." points back as "His ...".
_FIRST = re.compile(r"^\W*(?:(?:But|And|So|Yet|Or)\s+)?([A-Za-z']+)")
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Prof)\.?\s+", re.I)


def resolve_opening(text: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` (shown for the sentence at ``start``) readable alone, or None.

    A leading he/she/his/her becomes the one person the ``REACH`` sentences before it name
    (from the document's actor mentions in ``extraction``), it/its the one organisation,
    state or group; other leading pronouns and demonstratives, or two candidates, give None.
    """
    m = _FIRST.match(text)
    if m is None or text.lstrip()[:1] in _QUOTES:
        return text  # a quotation's "our"/"it" are the speaker's, said where they stand
    word = m[1].lower()
    if word in _UNRESOLVABLE:
        return None
    if word not in _PERSONAL and word not in _POSSESSIVE:
        return text
    if extraction is None:
        return None
    if word in _NEUTER and _EXPLETIVE.match(text[m.end(1) :]):
        return None  # "It was clear that ...", "It has been reported ...": no antecedent
    name = _antecedent(word, start, extraction)
    if name is None:
        return None
    shown = f"[{name}]" if word in _PERSONAL else f"[{name}'s]"
    return text[: m.start(1)] + shown + text[m.end(1) :]


def resolve_speaker(text: str, start: int, extraction: Extraction | None) -> str | None:
    """A quotation closed by "..., he said" names its speaker: "[Serenko] said", or None."""
    m = _SAID_BY_PRONOUN.search(text)
    if m is None:
        return text
    name = _antecedent(m[1].lower(), start, extraction) if extraction else None
    if name is None:
        return None
    return text[: m.start(1)] + f"[{name}]" + text[m.end(1) :]


def resolve_inner(
    text: str, sentence: str, start: int, extraction: Extraction | None
) -> str | None:
    """``text`` (shown for ``sentence`` at ``start``) when a he/his/him/she/her inside it,
    outside quotations, follows a person the sentence names; the one person the sentences
    before name in brackets when none does ("Prosecutors say [Murray's] negligence ...");
    else None.
    """
    narration = _QUOTED.sub(lambda m: " " * len(m.group(0)), sentence)
    first = _FIRST.match(narration)
    if first is not None and first[1].lower() in _PERSONAL | _POSSESSIVE:
        return text  # led by the person (resolved by resolve_opening): "He said he ..."
    m = _INNER.search(narration, first.end() if first else 1)
    if m is None or extraction is None:
        return text if m is None else None
    named = any(
        x.type == "person"
        and x.kind in ("name", "surname")
        and start <= x.start < start + m.start()
        for x in extraction.mentions
    )
    if named:
        return text
    word = m[1].lower()
    name = _antecedent("he" if word in ("him", "his") else "she", start, extraction)
    if name is None:
        return None
    shown = f"[{name}'s]" if word in _POSSESSIVE else f"[{name}]"
    inner = re.search(rf"(?<![\w\[])({re.escape(m[1])})\b", text[1:])
    if inner is None:
        return None
    at = inner.start(1) + 1
    return text[:at] + shown + text[at + len(m[1]) :]


def _antecedent(word: str, start: int, extraction: Extraction) -> str | None:
    """The one person (he/she/his/her) or organisation (it/its) the sentences before name."""
    bounds = [lo for lo, _ in extraction.sentences]
    here = bisect_right(bounds, start) - 1
    previous_start = bounds[max(0, here - REACH)] if here >= 0 else start
    neuter = word in _NEUTER
    found = [
        x
        for x in extraction.mentions
        if x.type is not None
        and (x.type != "person") == neuter
        and x.kind in ("name", "surname", "acronym")
        and previous_start <= x.start < start
    ]
    names = {x.text if neuter else surname(x.text) for x in found}
    if len(names) > 1 and here >= 1:
        # Several candidates: the one that opens the sentence before (its subject) is the
        # one a reader takes the pronoun to continue with.
        text_of = extraction.document.text
        lo = bounds[here - 1]
        opener = [
            x for x in found if lo <= x.start and not text_of[lo : x.start].strip(" \n\"“‘'(")
        ]
        names = {x.text if neuter else surname(x.text) for x in opener}
    if len(names) != 1:
        return None
    name = names.pop()
    return name if neuter else _distinct(name, extraction)


def _distinct(name: str, extraction: Extraction) -> str | None:
    """``name`` (a surname), or None when the document names several people so ("Randy
    Jackson", "Michael Jackson"): "[Jackson]" would name the wrong one to a reader, and
    which one the pronoun continues with is not safe to tell from the names alone."""
    full = {
        x.text
        for x in extraction.mentions
        if x.type == "person"
        and x.kind == "name"
        and len(x.text.split()) > 1
        and surname(x.text) == name
    }
    return name if len(full) < 2 else None


def surname(name: str) -> str:
    """The name a news report keeps using: "Dr Conrad Murray" -> "Murray"."""
    words = _TITLE.sub("", name.strip()).split()
    return re.sub(r"(?:'s|’s|[.,])$", "", words[-1]) if words else name


# A leading definite noun that names a kind of place or organisation: which one only the
# sentences before say ("The city sent a cease-and-desist letter Thursday").
_DEFINITE = re.compile(
    r"^(\W*(?:(?:But|And|So|Yet)\s+)?)([Tt]he\s+(?:city|town|state|country|nation|capital"
    r"|company|firm|campaign|agency|network|newspaper|paper|station|band|group))\b(?!\s+of\b)"
)
_PLACES = {"city", "town", "state", "country", "nation", "capital"}


def resolve_definite(text: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` with a leading "The city" / "The campaign" named in brackets from the
    sentences before ("[Phoenix] sent a cease-and-desist letter"), or None when they name
    no one place (organisation) or several."""
    m = _DEFINITE.match(text)
    if m is None:
        return text
    if extraction is None:
        return None
    noun = m[2].split()[-1].lower()
    types = {"state"} if noun in _PLACES else {"org", "group"}
    name = _named_before(types, start, extraction)
    if name is None:
        return None
    return text[: m.start(2)] + f"[{name}]" + text[m.end(2) :]


def _named_before(types: set[str], start: int, extraction: Extraction) -> str | None:
    """The one name of an actor of ``types`` in the ``REACH`` sentences before ``start``."""
    bounds = [lo for lo, _ in extraction.sentences]
    here = bisect_right(bounds, start) - 1
    previous_start = bounds[max(0, here - REACH)] if here >= 0 else start
    names = {
        x.text
        for x in extraction.mentions
        if x.type in types and x.kind in ("name", "acronym") and previous_start <= x.start < start
    }
    return names.pop() if len(names) == 1 else None


def inside_quotation(text: str, start: int) -> bool:
    """Whether ``start`` (a sentence's offset in the document ``text``) falls inside a
    quotation opened earlier in its paragraph and closed at or after it: the words go on
    being the speaker's ("Limbaugh told his audience: 'What has happened is this. The
    campaign has ...'"). A paragraph whose quotation marks do not pair up tells nothing."""
    para = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    before, whole = text[para:start], text[para : end if end >= 0 else len(text)]
    if whole.count('"') % 2 == 0 and before.count('"') % 2 == 1:
        return True
    paired = whole.count("“") == whole.count("”")
    return paired and before.count("“") > before.count("”")
