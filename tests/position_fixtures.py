"""Positions of a small invented text, and the one position that holds a phrase."""

from __future__ import annotations

from briefgen.extract.actors import extract_mentions
from briefgen.extract.positions import extract_positions
from briefgen.models import Document, Position


def run(nlp, text: str) -> list[Position]:  # type: ignore[no-untyped-def]
    doc = Document(id="t", source="t.txt", format="txt", text=text, title="")
    sdoc = nlp(text)
    return extract_positions(doc, sdoc, extract_mentions(doc, sdoc))


def only(positions: list[Position], needle: str) -> Position:
    found = [p for p in positions if needle in p.text]
    assert len(found) == 1, positions
    return found[0]
