"""A position as a reader sees it: speaker, cue and content in one readable statement.

A bare content span can read as its opposite ("charges be brought against her" for "did not
recommend that charges be brought against her"), so every output shows who, the cue as the
text writes it, and what: ``Comey did not recommend that charges be brought against her``.
"""

from __future__ import annotations

from briefgen.extract.cues import NOUN_CUES

UNKNOWN_SPEAKER = "An unidentified source"


def statement(speaker: str | None, text: str, kind: str, cue: str | None) -> str:
    """One readable sentence for a position (``kind`` is ``direct`` or ``reported``)."""
    who = speaker or UNKNOWN_SPEAKER
    content = f"“{text}”" if kind == "direct" else text
    if not cue:
        return f"{who}: {content}"
    if cue.casefold() == "according to":
        source = speaker or UNKNOWN_SPEAKER[0].lower() + UNKNOWN_SPEAKER[1:]
        return f"According to {source}" + (f": {content}" if kind == "direct" else f", {text}")
    last = cue.split()[-1].casefold()
    if last in NOUN_CUES or last.rstrip("s") in NOUN_CUES:  # "X's intention was to …"
        return f"{who}’s {cue}: {content}"
    if kind == "direct":
        return f"{who} {cue}: {content}"
    return f"{who} {cue} {content}"
