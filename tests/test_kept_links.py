"""A rebuild keeps each old document's actor links while what they asked of the corpus is
answered as before, and links a document again when a new one changes an answer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefgen.aggregate import kept_links
from briefgen.aggregate.actors import resolve_actors
from briefgen.aggregate.asked import Asked, Notes
from briefgen.models import ActorType, Document, Extraction, Mention


def _doc(doc_id: str, text: str, *forms: tuple[str, ActorType]) -> Extraction:
    """Every whole-word occurrence of each form not inside a longer one given before it;
    a one-word person's name is a bare surname."""
    mentions: list[Mention] = []
    for form, typ in forms:
        for found in re.finditer(rf"\b{re.escape(form)}\b", text):
            s, e = found.span()
            if any(m.start <= s and e <= m.end for m in mentions):
                continue
            kind = "surname" if typ == "person" and " " not in form else "name"
            mentions.append(Mention(doc_id, s, e, form, kind, typ))  # type: ignore[arg-type]
    mentions.sort(key=lambda m: m.start)
    document = Document(id=doc_id, source=f"{doc_id}.txt", format="txt", text=text, title="")
    return Extraction(document=document, mentions=tuple(mentions))


# A story names two people of one surname, then a bare "Carver" before either in full:
# the corpus's leading Carver (``linking.surname_leaders``) is who it means.
STORY = _doc(
    "story",
    "Carver spoke first. Later Joan Carver and Dan Carver met the press.",
    ("Joan Carver", "person"),
    ("Dan Carver", "person"),
    ("Carver", "person"),
)


def _about(doc_id: str, name: str) -> Extraction:
    return _doc(
        doc_id, f"{name} toured the state. {name} spoke twice. {name} won.", (name, "person")
    )


def _owner(mention_map: dict[tuple[str, int, int], str], actors: list, form: str) -> str:
    """The name of the actor the story's first bare "Carver" went to (else what the map
    holds: a surname left open between namesakes is nobody's)."""
    first = next(m for m in STORY.mentions if m.text == form)
    aid = mention_map[(first.doc, first.start, first.end)]
    return next((a.name for a in actors if a.id == aid), aid)


@pytest.fixture
def linked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The documents linked (not read from the cache), in order."""
    calls: list[str] = []
    link = kept_links._link

    def spy(indexed, text, furniture, tables):  # type: ignore[no-untyped-def]
        calls.append(indexed[0][1].doc)
        return link(indexed, text, furniture, tables)

    monkeypatch.setattr(kept_links, "_link", spy)
    return calls


def test_a_rebuild_links_only_its_new_document_and_resolves_as_a_build_without_the_cache(
    tmp_path: Path, linked: list[str]
) -> None:
    cache = tmp_path / "cache.sqlite"
    old = [STORY, *(_about(f"joan{n}", "Joan Carver") for n in range(3))]
    resolve_actors(old, cache=cache)
    assert sorted(linked) == ["joan0", "joan1", "joan2", "story"]
    linked.clear()
    new = [*old, _about("mayor", "Ann Lee")]
    actors, mention_map = resolve_actors(new, cache=cache)
    assert linked == ["mayor"]
    assert (actors, mention_map) == resolve_actors(new)
    assert _owner(mention_map, actors, "Carver") == "Joan Carver"


def test_a_new_document_that_changes_an_answer_has_the_old_one_linked_again(
    tmp_path: Path, linked: list[str]
) -> None:
    """New stories naming Dan Carver end Joan's lead: the story asked who leads the
    Carvers, so its kept links are stale, and it is linked again."""
    cache = tmp_path / "cache.sqlite"
    old = [STORY, *(_about(f"joan{n}", "Joan Carver") for n in range(3))]
    actors, mention_map = resolve_actors(old, cache=cache)
    assert _owner(mention_map, actors, "Carver") == "Joan Carver"
    linked.clear()
    new = [*old, *(_about(f"dan{n}", "Dan Carver") for n in range(9))]
    actors, mention_map = resolve_actors(new, cache=cache)
    assert "story" in linked
    assert not {"joan0", "joan1", "joan2"} & set(linked)
    assert (actors, mention_map) == resolve_actors(new)
    # no longer Joan's: her lead is gone, and the old links would have kept it
    assert _owner(mention_map, actors, "Carver") != "Joan Carver"


def test_a_kept_entry_whose_joins_fall_outside_its_document_is_not_used() -> None:
    found = kept_links.DocumentLinks(joins=((0, 99, "forged"),), questions="[]", answers="")
    assert not kept_links._holds(found, len(STORY.mentions), {})


def test_a_table_read_whole_in_one_documents_linking_is_refused() -> None:
    """Iterating a table would ask of all of it: the cache could not tell its answers
    still hold, so the wrapped table refuses (a new rule must ask key by key)."""
    table = Asked("leaders", {"carver": ("joan", "carver")}, Notes())
    with pytest.raises(TypeError, match="read whole"):
        list(table)
    with pytest.raises(TypeError, match="read whole"):
        len(table)


def test_documents_linked_in_a_forked_child_resolve_as_those_linked_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Half the documents linked anew are linked beside this process: the same actors,
    and every document's links kept for the next build, the child's half too."""
    from briefgen import beside

    docs = [STORY, *(_about(f"joan{n}", "Joan Carver") for n in range(3))]
    docs += [_about(f"dan{n}", "Dan Carver") for n in range(4)]
    alone = resolve_actors(docs)
    split: list[int] = []
    in_two = beside.in_two

    def spy(job, items, weight):  # type: ignore[no-untyped-def]
        split.append(len(items))
        return in_two(job, items, weight)

    monkeypatch.setattr(kept_links, "APART_FROM", 2)
    monkeypatch.setattr(kept_links.beside, "can_fork", lambda: True)
    monkeypatch.setattr(kept_links.beside, "in_two", spy)
    cache = tmp_path / "cache.sqlite"
    assert resolve_actors(docs, cache=cache) == alone
    assert resolve_actors(docs) == alone
    assert split == [8, 8]
    split.clear()
    relinked: list[str] = []
    link = kept_links._link
    monkeypatch.setattr(
        kept_links, "_link", lambda indexed, *rest: relinked.append("x") or link(indexed, *rest)
    )
    assert resolve_actors(docs, cache=cache) == alone
    assert relinked == []
