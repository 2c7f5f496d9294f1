"""A parent whose name opens the child's is no short form of it; a dateline is no place."""

from __future__ import annotations

import re

from actor_fixtures import actor_with

from briefgen.aggregate.actors import resolve_actors
from briefgen.models import ActorType, Document, Extraction, Mention
from briefgen.structure import structure_document


def _doc(doc_id: str, text: str, *forms: tuple[str, ActorType]) -> Extraction:
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


def test_a_parent_named_as_such_is_not_the_child_whose_name_he_opens():
    text = (
        "Mara Tun Lwin visited the capital on Monday. Lwin met the mayor. "
        "The daughter of Mara Tun, the general who founded the army, Lwin is revered."
    )
    ex = _doc("a", text, ("Mara Tun Lwin", "person"), ("Mara Tun", "person"), ("Lwin", "person"))
    actors, _ = resolve_actors([ex])
    child = actor_with(actors, "Mara Tun Lwin")
    assert "Mara Tun" not in child.aliases
    assert actor_with(actors, "Mara Tun").id != child.id


def test_a_name_written_short_still_joins_the_full_name_it_opens():
    text = "La Rue Stone sang. Later La Rue thanked the crowd, and Stone left."
    ex = _doc("a", text, ("La Rue Stone", "person"), ("La Rue", "person"), ("Stone", "person"))
    actors, _ = resolve_actors([ex])
    assert "La Rue" in actor_with(actors, "La Rue Stone").aliases


def test_a_dateline_set_with_a_horizontal_bar_is_no_part_of_the_lede():
    text = "Judge Named\n\nWASHINGTON \u2015 President Lee named a judge on Tuesday.\n"
    document = Document(id="a", source="a.txt", format="txt", text=text, title="Judge Named")
    kinds = {text[b.start : b.end]: b.kind for b in structure_document(document).blocks}
    assert kinds["WASHINGTON \u2015"] == "dateline"
    assert kinds["President Lee named a judge on Tuesday."] == "body"


def test_a_name_headless_and_split_by_lost_accents_joins_its_whole_spelling():
    a = _doc("a", "Minister Jos ngel P rez spoke on Monday.", ("Jos ngel P rez", "person"))
    b = _doc("b", "Minister Jos Angel Prez spoke on Tuesday.", ("Jos Angel Prez", "person"))
    c = _doc(
        "c",
        "Minister Jon Prez spoke, and Joan Prez did not.",
        ("Jon Prez", "person"),
        ("Joan Prez", "person"),
    )
    actors, _ = resolve_actors([a, b, c])
    assert "Jos ngel P rez" in actor_with(actors, "Jos Angel Prez").aliases
    assert actor_with(actors, "Jon Prez").id != actor_with(actors, "Joan Prez").id
