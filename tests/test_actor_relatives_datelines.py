"""A parent whose name opens the child's is no short form of it; a dateline is no place."""

from __future__ import annotations

from actor_fixtures import actor_with, placed

from briefgen.aggregate.actors import resolve_actors
from briefgen.models import Document, Extraction
from briefgen.structure import structure_document


def test_a_parent_named_as_such_is_not_the_child_whose_name_he_opens():
    text = (
        "Mara Tun Lwin visited the capital on Monday. Lwin met the mayor. "
        "The daughter of Mara Tun, the general who founded the army, Lwin is revered."
    )
    ex = placed("a", text, ("Mara Tun Lwin", "person"), ("Mara Tun", "person"), ("Lwin", "person"))
    actors, _ = resolve_actors([ex])
    child = actor_with(actors, "Mara Tun Lwin")
    assert "Mara Tun" not in child.aliases
    assert actor_with(actors, "Mara Tun").id != child.id


def test_a_name_written_short_still_joins_the_full_name_it_opens():
    text = "La Rue Stone sang. Later La Rue thanked the crowd, and Stone left."
    ex = placed("a", text, ("La Rue Stone", "person"), ("La Rue", "person"), ("Stone", "person"))
    actors, _ = resolve_actors([ex])
    assert "La Rue" in actor_with(actors, "La Rue Stone").aliases


def test_a_dateline_set_with_a_horizontal_bar_is_no_part_of_the_lede():
    text = "Judge Named\n\nWASHINGTON \u2015 President Lee named a judge on Tuesday.\n"
    document = Document(id="a", source="a.txt", format="txt", text=text, title="Judge Named")
    kinds = {text[b.start : b.end]: b.kind for b in structure_document(document).blocks}
    assert kinds["WASHINGTON \u2015"] == "dateline"
    assert kinds["President Lee named a judge on Tuesday."] == "body"


def test_a_name_headless_and_split_by_lost_accents_joins_its_whole_spelling():
    a = placed("a", "Minister Jos ngel P rez spoke on Monday.", ("Jos ngel P rez", "person"))
    b = placed("b", "Minister Jos Angel Prez spoke on Tuesday.", ("Jos Angel Prez", "person"))
    c = placed(
        "c",
        "Minister Jon Prez spoke, and Joan Prez did not.",
        ("Jon Prez", "person"),
        ("Joan Prez", "person"),
    )
    actors, _ = resolve_actors([a, b, c])
    assert "Jos ngel P rez" in actor_with(actors, "Jos Angel Prez").aliases
    assert actor_with(actors, "Jon Prez").id != actor_with(actors, "Joan Prez").id


def test_a_sons_story_writing_him_in_full_leaves_the_bare_surname_to_his_father():
    """The corpus's Carver is Tom; a story about his son names the son in full first and
    most, and the father in full too: its bare "Carver" is no longer the son's. The same
    story about his daughter still gives her the bare surname: her name tells her apart."""
    known = [
        placed(d, "Tom Carver sang. Carver bowed. Tom Carver left.", ("Tom Carver", "person"))
        for d in ("a", "b", "c", "d")
    ]
    son = placed(
        "son",
        "Rob Carver said his charity got gifts. Rob Carver named none. Tom Carver gave "
        "nothing, records show. Carver has promised gifts before, and Tom Carver's aides "
        "agree. Rob Carver wrote again.",
        ("Rob Carver", "person"),
        ("Tom Carver", "person"),
        ("Carver", "person"),
    )
    daughter = placed(
        "daughter",
        "Ann Carver spoke at the gala. Ann Carver runs a brand. Tom Carver watched. "
        "Carver has promised gifts before, and Tom Carver's aides agree. Ann Carver smiled.",
        ("Ann Carver", "person"),
        ("Tom Carver", "person"),
        ("Carver", "person"),
    )
    actors, mention_map = resolve_actors([*known, son, daughter])
    rob = actor_with(actors, "Rob Carver").id
    bare = [m for m in son.mentions if m.text == "Carver"]
    assert all(mention_map.get((m.doc, m.start, m.end)) != rob for m in bare)
    ann = actor_with(actors, "Ann Carver").id
    assert [
        mention_map.get((m.doc, m.start, m.end)) for m in daughter.mentions if m.text == "Carver"
    ] == [ann]


def test_an_acronym_of_two_bodies_is_the_one_its_document_introduced_before_it():
    """The corpus spells "PNC" as a Committee and as a Convention: each document's "PNC"
    is the body it named before using the letters, never the other's by the same letters;
    a document using them before naming any body ("the PNC email leak") is the one the
    words around them name (a gathering has no email), never a record of its own."""
    committee = placed(
        "a",
        "Hackers entered the Pirate National Committee servers. The PNC said so.",
        ("Pirate National Committee", "org"),
        ("PNC", "org"),
    )
    convention = placed(
        "b",
        "He spoke at the Pirate National Convention. The PNC cheered him.",
        ("Pirate National Convention", "org"),
        ("PNC", "org"),
    )
    early = placed(
        "c",
        "The PNC email leak grew. A day later the Pirate National Convention opened.",
        ("Pirate National Convention", "org"),
        ("PNC", "org"),
    )
    actors, mention_map = resolve_actors([committee, convention, early])

    def went(ex: Extraction) -> str:
        (m,) = [m for m in ex.mentions if m.text == "PNC"]
        return mention_map[(m.doc, m.start, m.end)]

    assert went(committee) == actor_with(actors, "Pirate National Committee").id
    assert went(convention) == actor_with(actors, "Pirate National Convention").id
    assert went(early) == went(committee)
    assert "PNC" not in {a.name for a in actors}


def test_a_bare_surname_before_the_corpus_leader_of_that_name_comes_in_is_the_subjects():
    """A story about a mayor names him in full twice and calls him by the bare surname;
    the corpus's leading person of that surname, a minister, comes in only at its end: the
    bare uses before are the mayor's."""
    known = [
        placed(
            d, "Alan Stokes spoke. Stokes left. Alan Stokes returned.", ("Alan Stokes", "person")
        )
        for d in ("a", "b", "c", "d")
    ]
    story = placed(
        "mayor",
        "Bob Stokes gave drugs to the city. Bob Stokes, the mayor, said so. Stokes said "
        "plans were ready. A meeting chaired by the minister, Alan Stokes, followed.",
        ("Bob Stokes", "person"),
        ("Alan Stokes", "person"),
        ("Stokes", "person"),
    )
    actors, mention_map = resolve_actors([*known, story])
    (bare,) = [m for m in story.mentions if m.text == "Stokes"]
    assert mention_map.get((bare.doc, bare.start, bare.end)) == actor_with(actors, "Bob Stokes").id
