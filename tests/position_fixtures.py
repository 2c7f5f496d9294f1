"""Positions of a small invented text, and the one position that holds a phrase."""

from __future__ import annotations

from datetime import UTC, datetime

from briefgen.extract.actors import extract_mentions
from briefgen.extract.positions import extract_positions
from briefgen.models import Actor, Brief, Document, Evidence, Position, Summary


def run(nlp, text: str) -> list[Position]:  # type: ignore[no-untyped-def]
    doc = Document(id="t", source="t.txt", format="txt", text=text, title="")
    sdoc = nlp(text)
    return extract_positions(doc, sdoc, extract_mentions(doc, sdoc))


def only(positions: list[Position], needle: str) -> Position:
    found = [p for p in positions if needle in p.text]
    assert len(found) == 1, positions
    return found[0]


def said_on(doc: Document, actor_id: str, name: str, content: str) -> Position:
    """A position ``name`` (actor ``actor_id``) stated on ``doc``: its words ``content``,
    found in the page's text, said with a cue."""
    at = doc.text.index(content)
    ev = Evidence(doc.id, at, at + len(content), content, content, at)
    return Position(
        f"p-{doc.id}-{actor_id}", doc.id, name, actor_id, None, content, at, at + len(content),
        "reported", "said", ev, attribution="cue",
    )  # fmt: skip


def race_brief(
    docs: list[Document],
    actors: tuple[Actor, ...],
    positions: list[Position],
    query: tuple[str, ...],
) -> Brief:
    """A brief of one day's reports on a race, with no events: what the profiles read."""
    return Brief(
        title="The race",
        generated_at=datetime(2016, 9, 8, tzinfo=UTC),
        period=("2016-09-05", "2016-09-05"),
        documents=tuple(docs),
        events=(),
        timeline=(),
        actors=actors,
        positions=tuple(positions),
        summary=Summary(bottom_line=None),
        query=query,
    )
