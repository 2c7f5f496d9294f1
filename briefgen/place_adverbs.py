"""Place adverbs whose place the sentence does not give: "Clinton tried here last week".

Wire copy and most US papers open a story with a dateline ("BUENA PARK, Calif. - ") and
then say "here" for that place: "Hillary Clinton tried here last week to empathize ...".
The brief strips the dateline, so alone the sentence points nowhere. The editorial
convention names the place in brackets from the dateline ("tried here [in Buena Park,
Calif.]"); a document with no dateline place has nothing to name, and the sentence is
not shown.

A locative "there" takes up a place named before it ("... flew to Denver. She spoke there
on Friday"): when the sentence itself names none ahead of it, the place is only in the
sentences before, and the sentence is not shown. An existential "there" ("there were 54
cases") is no place.

Left as they are: a "here" or "there" inside a quotation (the speaker's own place, as for
quoted demonstratives), and the idioms that point at no place ("here is", "here to stay",
"from here on", "here at home", "neither here nor there", "here and there"), a link's
"click here", and where
someone spoke ("Orban said here Friday"), which a reader can do without.
"""

from __future__ import annotations

import re

from briefgen.extract.dateline import dateline_place
from briefgen.extract.quotes import without_quotations
from briefgen.models import Extraction

__all__ = ["SPOKE", "place_adverbs"]

# Where someone spoke ("Orban said here Friday") is the one "here" a reader can do without
# (``summary_candidates`` keeps it too): the word before it.
SPOKE = frozenset({"said", "says", "told", "announced", "added", "reporters", "declared"})
_WORD_BEFORE = re.compile(r"(\w+)\s+$")

_HERE = re.compile(r"\bhere\b", re.I)
# "here" in an idiom that names no place: a presentative ("Here is", "here's what", "here
# comes"), a time ("from here on", "here and now"), "here to stay", "here at home" (the
# country, said of the speaker's own), "neither here nor there", "here and there"
_HERE_IDIOM_AFTER = re.compile(
    r"(?:['’]s|\s+(?:is|are|was|were|comes?|came|goes|we\s+go|you\s+go|to\s+stay"
    r"|at\s+home|and\s+(?:there|now)|nor\s+there))\b",
    re.I,
)
# A link's "here" ("click here", "tap here") points at a page, never at a place.
_HERE_IDIOM_BEFORE = re.compile(
    r"\b(?:from|neither|there\s+and|click(?:ing)?|tap(?:ping)?)\s+$", re.I
)
_THERE = re.compile(r"\bthere\b", re.I)
# An existential "there" is a subject: a verb follows it, maybe after an adverb ("there
# were", "there have still been", "there seems to be", "there's"); "then there was".
_ADVERB = r"(?:\s+(?:still|also|now|already|never|not|no\s+longer|probably|certainly|clearly|"
_ADVERB += r"just|only|simply|really|always|often|usually|then|once|again|reportedly))*"
_EXISTENTIAL = re.compile(
    _ADVERB + r"(?:['’](?:s|re|d|ll)\b|\s+(?:is|are|was|were|be|been|being|has|have|had|"
    r"will|would|shall|should|may|might|must|can|could|ought|isn['’]t|aren['’]t|wasn['’]t|"
    r"weren['’]t|hasn['’]t|haven['’]t|hadn['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|"
    r"seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|comes?|came|"
    r"used|needs?|tends?|tended|lies|lay|stands?|stood|arose|arises?|followed|emerged|"
    r"goes|went|continues?|continued)\b)",
    re.I,
)
# "hi there", "so there", "there you go", "here and there" (above)
_THERE_IDIOM = re.compile(r"(?:\b(?:hi|hello|so|here\s+and|neither\s+here\s+nor)\s+$)", re.I)
_THERE_IDIOM_AFTER = re.compile(r"\s+(?:you|we)\s+(?:go|are)\b", re.I)
# A place the sentence names ahead of its "there": a phrase of place ("in Houston", "to
# the hospital", "[in Scotland]") or a name in capitals after a verb of motion.
_PLACE_AHEAD = re.compile(
    r"\b(?:in|at|to|into|from|near|inside|outside|across|around|through|toward|towards|"
    r"visited|visiting|visit|reached|left|entered)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|"
    r"their\s+|its\s+|our\s+)?[\w“\"‘'-]",
    re.I,
)


def _spoke_at(narration: str, at: int) -> bool:
    """Whether the "here" at ``at`` tells where someone spoke ("said here on Friday")."""
    before = _WORD_BEFORE.search(narration, 0, at)
    return before is not None and before[1].lower() in SPOKE


def place_adverbs(text: str, extraction: Extraction | None) -> str | None:
    """``text`` (a shown sentence) with each narrated place adverb "here" followed by its
    dateline's place in brackets ("tried here [in Buena Park, Calif.]"), or None when a
    "here" has no dateline place to name or a locative "there" has its place only in the
    sentences before. A sentence that already names the dateline's place is left alone."""
    narration = without_quotations(text)
    heres = [
        m
        for m in _HERE.finditer(narration)
        if not _HERE_IDIOM_AFTER.match(narration, m.end())
        and not _HERE_IDIOM_BEFORE.search(narration, 0, m.start())
        and not _spoke_at(narration, m.start())
    ]
    for m in _THERE.finditer(narration):
        if _EXISTENTIAL.match(narration, m.end()) or _THERE_IDIOM_AFTER.match(narration, m.end()):
            continue
        if _THERE_IDIOM.search(narration, 0, m.start()):
            continue
        if not _PLACE_AHEAD.search(narration, 0, m.start()):
            return None  # "She spoke there on Friday": where, the sentences before say
    if not heres:
        return text
    document = extraction.document if extraction is not None else None
    place = dateline_place(document) if document is not None else None
    if place is None:
        return None
    if place.split(",")[0].lower() in text.lower():
        return text  # "In Cleveland, ... here": the sentence names it
    # one bracket, after the first "here": the later ones are the same place
    first = heres[0]
    return f"{text[: first.end()]} [in {place}]{text[first.end() :]}"
