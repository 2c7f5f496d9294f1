"""Abbreviated titles written in full: a role a profile shows reads as the office, not
the copy desk's short form ("Ohio Gov." is the "Ohio Governor")."""

from __future__ import annotations

import re

__all__ = ["ABBREVIATED_TITLES", "in_full"]

# The short forms of offices and ranks news copy writes before a name (wire style):
# each stands for one title.
ABBREVIATED_TITLES = {
    "gov": "Governor",
    "sen": "Senator",
    "sens": "Senators",
    "rep": "Representative",
    "reps": "Representatives",
    "lt": "Lieutenant",
    "gen": "General",
    "col": "Colonel",
    "capt": "Captain",
    "sgt": "Sergeant",
    "adm": "Admiral",
    "maj": "Major",
    "cmdr": "Commander",
    "supt": "Superintendent",
    "atty": "Attorney",
    "pres": "President",
}
# A short form is a capitalised word, its full stop kept or dropped ("Gov." or "Gov"),
# standing as a word of its own ("Lt. Gen.", "then-Sen." keep their other words).
_SHORT = re.compile(r"(?<![\w.])([A-Z][a-z]{1,4})\.?(?![\w.])")


def in_full(role: str) -> str:
    """``role`` with each abbreviated title written out: "New Jersey Gov." → "New Jersey
    Governor", "Lt. Gen." → "Lieutenant General"; other words as written."""

    def full(m: re.Match[str]) -> str:
        return ABBREVIATED_TITLES.get(m.group(1).casefold(), m.group(0))

    return _SHORT.sub(full, role)
