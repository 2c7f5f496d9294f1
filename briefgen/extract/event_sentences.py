"""The sentence an event is read from, as every event reader sees it: clipped to the line
that holds its date, with a finite verb, a calendar date, the actors it names, and the
stable id of a mention.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.models import Mention, Timex

if TYPE_CHECKING:
    from spacy.tokens import Token

_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_CALENDAR = re.compile(r"^\d{2,4}(?:$|[-/T])")


def mention_id(doc: str, start: int, end: int) -> str:
    """A stable id from the document and the character offsets."""
    digest = hashlib.sha1(f"{doc}:{start}:{end}".encode()).hexdigest()
    return f"em-{digest[:12]}"


def is_calendar(timex: Timex) -> bool:
    """DATE/TIME expressions with a calendar value (not PAST_REF, durations, sets)."""
    return timex.type in ("DATE", "TIME") and bool(_CALENDAR.match(timex.value))


def line_bounds(text: str, start: int, end: int, anchor: int) -> tuple[int, int]:
    """Clip a sentence to the line holding ``anchor``: parses may run across headers."""
    line_start = text.rfind("\n", start, anchor) + 1 or start
    line_start = max(line_start, start)
    line_end = text.find("\n", anchor, end)
    line_end = end if line_end == -1 else line_end
    while line_end > line_start and text[line_end - 1].isspace():
        line_end -= 1
    while line_start < line_end and text[line_start].isspace():
        line_start += 1
    return line_start, line_end


def has_finite_verb(tokens: Sequence[Token]) -> bool:
    return any(t.tag_ in _FINITE_TAGS or "Fin" in t.morph.get("VerbForm", []) for t in tokens)


def span_of(token: Token) -> tuple[int, int]:
    return token.idx, token.idx + len(token.text)


def clause_actors(
    clause: Sequence[Token], mentions: Sequence[Mention], start: int, end: int
) -> tuple[str, ...]:
    """Names in the sentence from actor mentions, else named entities of the clause."""
    names: list[str] = []
    for m in mentions:
        if start <= m.start and m.end <= end and m.kind in ("name", "acronym", "surname"):
            names.append(m.text)
    if not names:
        for token in clause:
            if token.ent_iob_ == "B" and token.ent_type_ in _ACTOR_LABELS:
                ent = next((e for e in token.doc.ents if e.start == token.i), None)
                if ent is not None:
                    names.append(re.sub(r"^the\s+", "", ent.text, flags=re.I))
    return tuple(dict.fromkeys(names))[:8]
