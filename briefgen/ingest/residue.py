"""The residue of an HTML entity whose "&" and ";" were stripped upstream, read back.

Text pipelines that strip punctuation from escaped HTML leave an ampersand's entity name
between the words it joined: "Donaldson, Lufkin amp Jenrette", "Standard amp Poor's". The
reader sees a stray word, and the name it breaks is no longer one organisation's. Between
two capitalised words, a lone lowercase "amp" is that residue (the unit or the amplifier
is not written between two names), and is read as "&" padded with spaces, so every offset
still points into the file; shown sentences collapse the padding (``shown.clean``). Inside a
word of initials ("SampP 500", "ATampT") the entity joined two capitals with no spaces: it is
read as "S&P" with the padding after the word.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.models import Document

__all__ = ["read_entity_residue"]

_AMP = re.compile(r"\b(?P<before>[A-Z][\w.'’-]*,? )amp (?=[A-Z])")
_AMP_IN_INITIALS = re.compile(r"\b(?P<before>[A-Z]{1,3})amp(?P<after>[A-Z]{1,3})\b")
# What every match of the two holds: "amp" before a capital, after a space or none. Most
# texts hold "amp" in some word ("campaign"), and the two patterns' scans, which start on a
# class of letters, were most of ingest's time; this one starts on its literal "amp".
_AMP_BEFORE_CAPITAL = re.compile(r"amp ?[A-Z]")


def read_entity_residue(document: Document) -> Document:
    """``document`` with each ampersand residue read as "&", and a warning saying how many
    there were; the same record when there is none."""
    text, places = _read(document.text)
    title, _ = _read(document.title)
    if (text, title) == (document.text, document.title):
        return document
    places = max(places, 1)
    warning = (
        f'the residue of a stripped HTML entity ("amp" for "&") read as "&" in {places} '
        f"place{'s' if places != 1 else ''}"
    )
    return replace(document, text=text, title=title, warnings=(*document.warnings, warning))


def _read(text: str) -> tuple[str, int]:
    if _AMP_BEFORE_CAPITAL.search(text) is None:
        return text, 0
    text, spaced = _AMP.subn(lambda m: m["before"] + "&   ", text)
    text, joined = _AMP_IN_INITIALS.subn(lambda m: f"{m['before']}&{m['after']}  ", text)
    return text, spaced + joined
