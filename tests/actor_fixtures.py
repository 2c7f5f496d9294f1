"""Finding an actor in a resolved list, and a document's mentions, for the actor tests."""

from __future__ import annotations

import re
from typing import Any

from briefgen.extract.actors import extract_mentions
from briefgen.models import Actor, ActorType, Document, Extraction, Mention


def actor_with(actors: list[Actor], form: str) -> Actor:
    """The one actor named or aliased ``form`` (the test fails when none or several are)."""
    found = [a for a in actors if form == a.name or form in a.aliases]
    assert len(found) == 1, [(a.name, a.aliases) for a in actors]
    return found[0]


def extract(nlp: Any, doc_id: str, text: str) -> Extraction:
    """A plain-text document with the mentions the model finds in it."""
    doc = Document(id=doc_id, source=f"{doc_id}.txt", format="txt", text=text, title="")
    return Extraction(document=doc, mentions=tuple(extract_mentions(doc, nlp(text))))


def person_roles(nlp: Any, text: str) -> dict[str, str | None]:
    """The role the extraction gives each person named (in full or by surname) in ``text``."""
    doc = Document("d", "d.txt", "txt", text, "")
    return {
        m.text: m.role
        for m in extract_mentions(doc, nlp(text))
        if m.type == "person" and m.kind in ("name", "surname")
    }


def placed(doc_id: str, text: str, *forms: tuple[str, ActorType]) -> Extraction:
    """Mentions at every whole-word occurrence of each form not inside a longer one given
    before it (a one-word person's name a surname)."""
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for form, typ in forms:
        for found in re.finditer(rf"\b{re.escape(form)}\b", text):
            s, e = found.span()
            if any(a <= s and e <= b for a, b in taken):
                continue
            kind = "surname" if typ == "person" and " " not in form else "name"
            mentions.append(Mention(doc_id, s, e, form, kind, typ))
            taken.append((s, e))
    mentions.sort(key=lambda m: m.start)
    document = Document(id=doc_id, source=f"{doc_id}.txt", format="txt", text=text, title="")
    return Extraction(document=document, mentions=tuple(mentions))
