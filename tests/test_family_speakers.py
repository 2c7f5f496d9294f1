"""A relative's words stay hers: speakers sharing a surname with a better-known person."""

from __future__ import annotations

import pytest
from actor_fixtures import actor_with

from briefgen.aggregate.actors import attribute_positions, resolve_actors
from briefgen.extract.actor_words import TITLES
from briefgen.extract.missed_names import with_missed_relatives
from briefgen.extract.nlp import load_nlp
from briefgen.models import Document, Evidence, Extraction, Mention, Position


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def person(doc: str, text: str, name: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    kind = "name" if " " in name else "surname"
    return Mention(doc, start, start + len(name), name, kind, "person", None)


def extraction(doc: str, text: str, mentions: list[Mention]) -> Extraction:
    document = Document(id=doc, source=f"{doc}.txt", format="txt", text=text, title="")
    return Extraction(document=document, mentions=tuple(mentions))


def said(doc: str, text: str, speaker: str, content: str) -> Position:
    start = text.index(content)
    end = start + len(content)
    evidence = Evidence(doc, start, end, content, text, 0)
    return Position("", doc, speaker, None, None, content, start, end, "direct", "said", evidence)


# The father, named in many documents: the corpus's person of that surname.
FATHER = "Donald Varga spoke in Ohio. Varga promised jobs. Donald Varga left.\n"
STORY = (
    "Erika Varga runs a clothing label. Her father, Donald Varga, is a candidate. "
    "Erika Varga spoke at a dinner. Erika Varga wrote a book. "
    '"We work hard at being mothers," Varga told a magazine.\n'
)


def corpus() -> tuple[list[Extraction], str]:
    exs = [
        extraction(d, FATHER, [person(d, FATHER, "Donald Varga", n) for n in (0, 1)])
        for d in ("a", "b", "c", "d")
    ]
    ms = [person("s", STORY, "Erika Varga", n) for n in range(3)]
    ms.append(person("s", STORY, "Donald Varga"))
    ms.append(person("s", STORY, "Varga", 4))  # "Varga told a magazine"
    exs.append(extraction("s", STORY, ms))
    return exs, "We work hard at being mothers"


def test_a_quote_by_a_named_relative_never_goes_to_the_better_known_person_of_her_surname():
    exs, content = corpus()
    # the recogniser found none of her names: only her father's is a mention in the story
    exs[-1] = extraction("s", STORY, [person("s", STORY, "Donald Varga")])
    actors, mention_map = resolve_actors(exs)
    assert not any("Erika Varga" in (a.name, *a.aliases) for a in actors)
    (p,) = attribute_positions([said("s", STORY, "Erika Varga", content)], actors, mention_map)
    assert p.speaker_id is None  # unknown beats wrong
    # the father's own words, by his given name and surname, are still his
    (q,) = attribute_positions([said("s", STORY, "Donald J. Varga", content)], actors, mention_map)
    assert q.speaker_id == actor_with(actors, "Donald Varga").id


def test_a_bare_surname_speaker_is_the_one_its_documents_bare_uses_went_to():
    exs, content = corpus()
    actors, mention_map = resolve_actors(exs)
    daughter = actor_with(actors, "Erika Varga")
    (p,) = attribute_positions([said("s", STORY, "Varga", content)], actors, mention_map)
    assert p.speaker_id == daughter.id


def test_a_given_name_the_recogniser_missed_before_a_family_surname_is_a_person(nlp):
    text = (
        "Donald Varga spoke in Ohio on Monday. Later Erika Varga strode across the stage "
        "in a dress from her label. Will Varga win the state? General Varga, his brother, "
        "spoke at a June Varga campaign event. Erika Varga waved.\n"
    )
    sdoc = nlp(text)
    father = person("t", text, "Donald Varga")
    found = with_missed_relatives("t", sdoc, [father], TITLES)
    texts = {m.text for m in found}
    assert "Erika Varga" in texts
    # a modal opening a question, a title, a month: no given names
    assert not texts & {"Will Varga", "General Varga", "June Varga"}
    # one the recogniser read once keeps its count: her other uses are not added
    erika = person("t", text, "Erika Varga")
    assert with_missed_relatives("t", sdoc, [father, erika], TITLES) == [father, erika]
