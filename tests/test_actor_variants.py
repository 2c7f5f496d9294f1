"""One body under its variant names, and the names that stay apart.

Resolution is tested on mentions written by hand (what the extract stage gives), so each
test says which names meet; the extraction of glued and heading-like names on parsed text.
"""

from __future__ import annotations

import re

import pytest
from actor_fixtures import actor_with

from briefgen.aggregate.actors import resolve_actors
from briefgen.extract.actors import extract_mentions
from briefgen.extract.nlp import load_nlp
from briefgen.models import ActorType, Document, Extraction, Mention


def doc(doc_id: str, text: str, *names: tuple[str, ActorType, str | None]) -> Extraction:
    """A document whose mentions are the first occurrence of each (name, type, role)."""
    mentions = []
    for name, typ, role in names:
        start = text.index(name)
        kind = "acronym" if re.fullmatch(r"[A-Z][A-Z.]{1,7}", name) else "name"
        mentions.append(Mention(doc_id, start, start + len(name), name, kind, typ, role))  # type: ignore[arg-type]
    document = Document(id=doc_id, source=f"{doc_id}.txt", format="txt", text=text, title="")
    return Extraction(document=document, mentions=tuple(mentions))


def test_an_undefined_acronym_is_given_no_expansion_across_documents():
    """Initials alone would invent an expansion: "NFB" in one article is not the Nordic
    Fisheries Board another keeps writing, unless a text says so."""
    actors, _ = resolve_actors(
        [
            doc("a", "The Nordic Fisheries Board met.", ("Nordic Fisheries Board", "org", None)),
            doc("b", "The Nordic Fisheries Board voted.", ("Nordic Fisheries Board", "org", None)),
            doc("c", "The NFB said so.", ("NFB", "org", None)),
        ]
    )
    assert "NFB" not in actor_with(actors, "Nordic Fisheries Board").aliases


def test_an_acronym_two_names_spell_stays_apart():
    actors, _ = resolve_actors(
        [
            doc("a", "The Nordic Fisheries Board met.", ("Nordic Fisheries Board", "org", None)),
            doc("b", "The Nordic Fisheries Board voted.", ("Nordic Fisheries Board", "org", None)),
            doc("c", "The National Farming Bank met.", ("National Farming Bank", "org", None)),
            doc("d", "The National Farming Bank lent.", ("National Farming Bank", "org", None)),
            doc("e", "The NFB said so.", ("NFB", "org", None)),
        ]
    )
    assert actor_with(actors, "NFB").aliases == ()


def test_small_words_and_a_compounds_capitals_spell_acronyms():
    actors, _ = resolve_actors(
        [
            doc(
                "a",
                "The Department of Transport said the DoT would act.",
                ("Department of Transport", "org", None),
                ("DoT", "org", None),
            ),
            doc("b", "BrightWaterKeel said it grew.", ("BrightWaterKeel", "org", None)),
            doc("c", "BrightWaterKeel Plc grew.", ("BrightWaterKeel Plc", "org", None)),
            doc(
                "d",
                "BrightWaterKeel gained. Shares in BWK rose.",
                ("BrightWaterKeel", "org", None),
                ("BWK", "org", None),
            ),
        ]
    )
    assert "DoT" in actor_with(actors, "Department of Transport").aliases
    assert "BWK" in actor_with(actors, "BrightWaterKeel").aliases


def test_a_shorter_name_spelling_a_defined_acronym_joins_its_definition():
    actors, _ = resolve_actors(
        [
            doc(
                "a",
                "The Centers for Plant Health and Safety (CPH) warned.",
                ("Centers for Plant Health and Safety", "org", None),
                ("CPH", "org", None),
            ),
            doc(
                "b",
                "The Centre for Plant Health said no.",
                ("Centre for Plant Health", "org", None),
            ),
        ]
    )
    centre = actor_with(actors, "Centre for Plant Health")
    assert "CPH" in centre.aliases or centre.name == "CPH"


def test_a_countrys_code_in_capitals_joins_its_name_and_a_city_named_after_it_stays_apart():
    actors, _ = resolve_actors(
        [
            doc("a", "Talks in the United States.", ("United States", "state", None)),
            doc("b", "Cases in the USA rose.", ("USA", "state", None)),
            doc("c", "Mexico said so. Mexico City is calm.", ("Mexico", "state", None)),
            doc("d", "Mexico City closed schools.", ("Mexico City", "state", None)),
            doc("e", "The UK Government has a stockpile.", ("UK Government", "person", None)),
        ]
    )
    assert "USA" in actor_with(actors, "United States").aliases
    assert actor_with(actors, "UK Government").type == "org"
    assert "Mexico City" not in actor_with(actors, "Mexico").aliases


def test_an_establishment_named_after_its_parent_stays_apart_a_division_joins():
    actors, _ = resolve_actors(
        [
            doc("a", "The UNO said.", ("UNO", "org", None)),
            doc("b", "The UNO Vaccine Centre said.", ("UNO Vaccine Centre", "org", None)),
            doc("c", "UNO Radio said.", ("UNO Radio", "org", None)),
        ]
    )
    uno = actor_with(actors, "UNO")
    assert "UNO Radio" in uno.aliases
    assert "UNO Vaccine Centre" not in uno.aliases


def test_a_middle_name_joins_across_documents_only_in_the_same_role():
    actors, _ = resolve_actors(
        [
            doc("a", "Minister Ana Lucia Ferro spoke.", ("Ana Lucia Ferro", "person", "Minister")),
            doc("b", "Minister Ana Ferro spoke.", ("Ana Ferro", "person", "Minister")),
            doc("c", "Judge Rui Tome Salas ruled.", ("Rui Tome Salas", "person", "Judge")),
            doc("d", "Rui Salas, a farmer, said.", ("Rui Salas", "person", "farmer")),
        ]
    )
    assert "Ana Ferro" in actor_with(actors, "Ana Lucia Ferro").aliases
    assert "Rui Salas" not in actor_with(actors, "Rui Tome Salas").aliases


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def names_in(nlp, text: str) -> set[tuple[str, str | None]]:
    document = Document(id="d", source="d.txt", format="txt", text=text, title="")
    return {
        (m.text, m.type) for m in extract_mentions(document, nlp(text)) if m.kind != "description"
    }


def test_a_word_glued_to_a_name_is_cut_and_a_heading_in_capitals_is_no_person(nlp):
    found = names_in(
        nlp,
        "Travel was restricted.\nBesides Mexico, the UK and Spain, there have also been cases "
        "in France.\nDR ALAN MACNALLY, MOLECULAR BIOLOGY EXPERT AT NOTTINGHAM TRENT UNIVERSITY "
        "I still think we are prepared.\nJane Okafor said she agreed.\n",
    )
    texts = {t for t, _ in found}
    assert ("Mexico", "state") in found
    assert "Besides Mexico" not in texts
    assert not any(t.startswith("MOLECULAR") for t in texts)
    assert ("Jane Okafor", "person") in found


def test_a_title_before_a_name_with_a_middle_name_is_its_role(nlp):
    a = "The toll rose.\nPeruvian Health Secretary Maria Elena Torres said it was slowing.\n"
    b = "People keep apart.\nPeru's Health Secretary, Maria Torres, said 1,324 people were ill.\n"
    extractions = []
    for doc_id, text in (("a", a), ("b", b)):
        document = Document(id=doc_id, source=f"{doc_id}.txt", format="txt", text=text, title="")
        extractions.append(
            Extraction(document, mentions=tuple(extract_mentions(document, nlp(text))))
        )
    roles = {m.text: m.role for ex in extractions for m in ex.mentions if m.kind == "name"}
    assert roles["Maria Elena Torres"] == "Peruvian Health Secretary"
    actors, _ = resolve_actors(extractions)
    assert "Maria Torres" in actor_with(actors, "Maria Elena Torres").aliases


def test_a_given_name_left_outside_a_surname_opens_the_name(nlp):
    found = names_in(
        nlp,
        "The show is on 8 October.\n"
        "Speaking to Newsbeat Jermaine Jackson criticised the timing of the concert.\n",
    )
    assert ("Jermaine Jackson", "person") in found
    assert ("Jackson", "person") not in found


def test_a_state_named_by_a_part_of_its_official_name_joins_it_and_its_provinces_do_not():
    """ "Britain" and "Great Britain" are the United Kingdom of Great Britain and Northern
    Ireland (ISO 3166), "UK" its code; Northern Ireland, a province of it, stays apart."""
    actors, _ = resolve_actors(
        [
            doc("a", "The UK said so.", ("UK", "state", None)),
            doc("b", "Britain said no.", ("Britain", "state", None)),
            doc("c", "Great Britain won gold.", ("Great Britain", "state", None)),
            doc("d", "Northern Ireland voted.", ("Northern Ireland", "state", None)),
        ]
    )
    uk = actor_with(actors, "UK")
    assert {"UK", "Britain", "Great Britain"} <= {uk.name, *uk.aliases}
    assert "Northern Ireland" not in {uk.name, *uk.aliases}


def test_words_before_a_name_are_no_part_of_it(nlp):
    # the recogniser's spans here: "Billionaire Donald Pask", "Floridians Jeb Bush",
    # "That’s Jeb Bush" (each a PERSON)
    found = names_in(
        nlp,
        "Billionaire Donald Pask said so.\nOhio’s John Kasich and Floridians Jeb Bush and Marco "
        "Rubio are fighting for the same donors.\nThe money went to a super PAC in 2016. "
        "“That’s Jeb Bush and Marco Rubio,” he said.\nLa Toya Jackson sang.\n",
    )
    texts = {t for t, _ in found}
    assert "Jeb Bush" in texts and "Donald Pask" in texts
    assert "La Toya Jackson" in texts  # a particle of a name is no determiner
    assert not {t for t in texts if t.startswith(("Floridians", "That", "Billionaire"))}


def test_a_company_is_called_by_the_initials_of_its_name_without_its_legal_form():
    """Business copy names "Penbury Motors Corp." once and "PM" after: the short form
    spells the name without "Corp.", and the recogniser's reading of the full name as a
    person's (a rank and a surname) does not keep them apart."""
    for typ in ("org", "person"):
        actors, _ = resolve_actors(
            [
                doc(
                    "a",
                    "Penbury Motors Corp.'s unit said net fell. PM closed down $1.",
                    ("Penbury Motors Corp", typ, None),
                    ("PM", "org", None),
                ),
                doc("b", "PM confirmed the sale.", ("PM", "org", None)),
            ]
        )
        company = actor_with(actors, "PM")
        assert "Penbury Motors Corp" in (company.name, *company.aliases)


def test_a_trades_noun_opening_the_sentence_is_no_word_of_the_name(nlp):
    """Wire copy writes "insurer Hadley's of Penbury" without an article: at a sentence's
    start "Insurer" is capitalised and the recogniser takes it in. The rest of the name,
    written alone elsewhere in the document, says where the name starts. A firm named
    after a person, whose surname the copy writes alone, and a name that is a word before
    a body's head noun ("Labor Department") or before one word the copy writes after "the"
    ("the Patrol"), stay whole."""
    found = names_in(
        nlp,
        "The policy is in dispute.\nInsurer Hadley's of Penbury is suing promoter Hartwell "
        "Live. Hadley's said it was not obliged to pay.\nFootage of the tour goes on sale.\n"
        'Auctioneers Relic Bureau say the footage is rare. "It is personal," said Tom Owen '
        "from Relic Bureau.\nQuarton Broadcasting said on Monday it would cut jobs. Quarton "
        "said the cuts were needed.\nThe Labor Department said jobs grew.\nAgents were "
        "sent to the line.\nBorder Patrol agents said the Patrol was stretched.\n",
    )
    texts = {t for t, _ in found}
    assert not any(t.startswith(("Insurer", "Auctioneers")) for t in texts)
    assert "Hadley" in texts and "Relic Bureau" in texts
    assert "Quarton Broadcasting" in texts
    assert "Labor Department" in texts
    assert "Border Patrol" in texts  # "the Patrol": a common noun's short form


def test_a_given_name_taken_back_into_the_name_is_no_word_of_the_title(nlp):
    """The recogniser's name is the double surname ("Lopez Ortega"); the given name before
    it, taken back into the name, must not end the role too ("NRC Chair Debbie")."""
    text = (
        "Letters leaked on Friday.\n\nNRC Chair Debbie Lopez Ortega announced Sunday she will quit."
    )
    document = Document(id="d", source="d.txt", format="txt", text=text, title="")
    people = [m for m in extract_mentions(document, nlp(text)) if m.kind == "name"]
    person = next(m for m in people if m.text.endswith("Ortega"))
    assert person.text == "Debbie Lopez Ortega"
    assert person.role == "NRC Chair"


def test_a_title_word_kept_in_the_name_still_ends_the_title(nlp):
    """ "Chief Justice Roberts": the name keeps "Justice", and the role stays the whole
    title, not its first word ("Chief")."""
    text = "The court ruled on Monday.\n\nChief Justice Roberts wrote for the majority."
    document = Document(id="d", source="d.txt", format="txt", text=text, title="")
    people = [m for m in extract_mentions(document, nlp(text)) if m.kind == "name"]
    person = next(m for m in people if m.text.endswith("Roberts"))
    assert person.role == "Chief Justice"
