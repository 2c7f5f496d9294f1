"""Who is who: family phrases, given names, epithets and legal names (fixture sentences)."""

from __future__ import annotations

import pytest
from actor_fixtures import actor_with, extract

from briefgen.aggregate.actors import resolve_actors
from briefgen.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_a_surname_before_a_family_noun_or_a_number_is_not_the_person(nlp):
    text = (
        "Donald Marsh died on Friday. Members of the Marsh family gathered at his home, and "
        "the Marsh brothers sang. Marsh had joined the Marsh Five at the age of six.\n"
    )
    actors, _ = resolve_actors([extract(nlp, "a", text)])
    singer = actor_with(actors, "Donald Marsh")
    assert {m.text for m in singer.mentions} == {"Donald Marsh", "Marsh"}
    assert actor_with(actors, "Marsh family").type == "group"
    assert actor_with(actors, "Marsh Five").type == "org"


def test_the_surname_before_a_home_is_the_familys_not_the_persons(nlp):
    text = (
        "Donald Marsh died on Friday. The children were filmed with their grandmother in "
        "the back yard of the Marsh home. Marsh's home in Leeds was sold.\n"
    )
    actors, _ = resolve_actors([extract(nlp, "a", text)])
    singer = actor_with(actors, "Donald Marsh")
    assert {m.text for m in singer.mentions} == {"Donald Marsh", "Marsh"}
    assert actor_with(actors, "Marsh home").type == "group"


def test_a_familys_collective_names_are_one_group(nlp):
    a = extract(nlp, "a", "Donald Marsh died on Friday. The Marsh family thanked fans.\n")
    b = extract(
        nlp,
        "b",
        "Fans gathered outside the Marsh home on Sunday, and the Marsh brothers sang.\n",
    )
    actors, _ = resolve_actors([a, b])
    family = actor_with(actors, "Marsh family")
    assert {family.name, *family.aliases} == {"Marsh family", "Marsh home", "Marsh brothers"}


def test_a_given_name_two_people_open_goes_to_the_one_the_corpus_knows(nlp):
    known = [
        extract(nlp, d, "Gerda Holm sang in Bergen. Gerda Holm thanked her fans.\n")
        for d in ("a", "b", "c")
    ]
    text = (
        "Judge Gerda Lind ruled on Monday that the film may be shown. Gerda Holm's family "
        'welcomed it. Her mother said: "Gerda gave her life to music."\n'
    )
    actors, _ = resolve_actors([*known, extract(nlp, "d", text)])
    singer = actor_with(actors, "Gerda Holm")
    assert any(m.doc == "d" and m.text == "Gerda" for m in singer.mentions)
    assert "Gerda" not in actor_with(actors, "Gerda Lind").aliases
    why = {e.alias: e.reason for e in singer.alias_evidence}
    assert "corpus names most" in why["Gerda"]


def test_a_given_name_two_people_open_equally_stays_unresolved(nlp):
    text = (
        "Gerda Holm and Gerda Lind sang in Bergen. Gerda Holm and Gerda Lind bowed. "
        'A fan said: "Gerda was wonderful."\n'
    )
    actors, _ = resolve_actors([extract(nlp, "a", text)])
    assert "Gerda" not in actor_with(actors, "Gerda Holm").aliases
    assert "Gerda" not in actor_with(actors, "Gerda Lind").aliases


def test_an_epithet_in_apposition_joins_the_name(nlp):
    a = extract(
        nlp,
        "a",
        "Donald Marsh died on Friday. Often called the King of Soul, Marsh will be "
        "remembered as one of the great singers.\n",
    )
    b = extract(nlp, "b", "The doctor is accused of causing the King of Soul's death.\n")
    actors, _ = resolve_actors([a, b])
    singer = actor_with(actors, "Donald Marsh")
    assert {"King of Soul", "Marsh"} <= set(singer.aliases)
    assert "b" in singer.sources
    why = {e.alias: e.reason for e in singer.alias_evidence}
    assert why["King of Soul"] == "epithet in apposition to the name"


def test_a_legal_name_with_middle_names_is_the_person_the_document_names(nlp):
    text = (
        "Prosecutors say he caused the death of Anna Maria Holm. Anna Holm died in June. "
        "Holm was 50.\n"
    )
    actors, _ = resolve_actors([extract(nlp, "a", text)])
    assert actor_with(actors, "Anna Maria Holm").id == actor_with(actors, "Anna Holm").id


def test_a_middle_name_beside_a_relative_keeps_father_and_son_apart(nlp):
    text = (
        "Ahmad Nadir, the son of the late commander Ahmad Karim Nadir, spoke in Herat. "
        "Ahmad Nadir said the movement would fight on.\n"
    )
    actors, _ = resolve_actors([extract(nlp, "a", text)])
    assert actor_with(actors, "Ahmad Nadir").id != actor_with(actors, "Ahmad Karim Nadir").id


def test_a_son_named_beside_the_person_is_not_that_persons_legal_name(nlp):
    a = extract(
        nlp,
        "a",
        "Donald Marsh had three children, Donald Peter Marsh Jr, Anna and Carl. "
        "Donald Marsh lived in Leeds.\n",
    )
    b = extract(
        nlp,
        "b",
        "Prosecutors say the doctor caused the death of Donald Peter Marsh. Donald Marsh "
        "died in June.\n",
    )
    actors, _ = resolve_actors([a, b])
    father = actor_with(actors, "Donald Marsh")
    assert "Donald Peter Marsh" in father.aliases
    assert father.id != actor_with(actors, "Donald Peter Marsh Jr").id


def test_a_name_ends_at_a_spaced_dash_and_a_glued_headline_word_is_cut(nlp):
    text = (
        "Dr Murray - who was with the singer when he collapsed - was questioned. Police say "
        "so, according to his sister LaToya LaToya Jackson has claimed her brother was "
        "murdered. LaToya Jackson spoke on Monday.\n"
    )
    names = {m.text for m in extract(nlp, "a", text).mentions if m.type == "person"}
    assert "Murray" in names and "LaToya Jackson" in names
    assert not any(" - " in n or n.startswith("LaToya LaToya") for n in names)


def test_a_name_repeating_a_word_throughout_its_document_is_kept(nlp):
    text = "Boutros Boutros Ghali spoke in Cairo on Monday.\n"
    names = {m.text for m in extract(nlp, "a", text).mentions}
    assert "Boutros Boutros Ghali" in names


def test_a_given_name_read_as_a_place_before_a_full_name_opens_it(nlp):
    text = (
        "The singer's children, Michael Joseph Jackson Jr. (13), Paris Katherine Jackson (12) "
        "and Prince Michael Jackson II (8), spoke.\n"
    )
    names = {m.text: m.type for m in extract(nlp, "a", text).mentions}
    assert names.get("Paris Katherine Jackson") == "person"
    assert "Katherine Jackson" not in names
    city = {m.text: m.type for m in extract(nlp, "b", "In Paris, Michael Smith spoke.\n").mentions}
    assert city.get("Paris") == "state" and "Michael Smith" in city


def test_a_surname_glued_after_a_full_name_is_the_next_sentences_subject(nlp):
    text = (
        "Michael Marsh died in 2009. Conrad Lind was his doctor. Dr Lind denied it. "
        "Prosecutors said Michael "
        'Marsh trusted his life to the medical skills of Conrad Lind Marsh "died so '
        'rapidly". Marsh was 50.\n'
    )
    names = [m.text for m in extract(nlp, "a", text).mentions if m.type == "person"]
    assert "Conrad Lind Marsh" not in names and names.count("Conrad Lind") == 2
    kept = "Sarah Jessica Parker starred. Sarah Jessica spoke. Parker smiled.\n"
    assert "Sarah Jessica Parker" in {m.text for m in extract(nlp, "b", kept).mentions}


def test_a_person_is_named_in_full_not_by_the_given_names_alone(nlp):
    a = extract(
        nlp,
        "a",
        "The singer La Toya Jackson performed in Leeds on Friday. Jackson thanked her fans.\n",
    )
    b = extract(nlp, "b", "La Toya sang again. La Toya smiled. La Toya bowed.\n")
    actors, _ = resolve_actors([a, b])
    assert actor_with(actors, "La Toya").name == "La Toya Jackson"


def test_given_names_of_two_words_are_not_a_name_with_a_glued_surname(nlp):
    text = (
        "Michael Jackson's sister La Toya is to perform. Janet Jackson will not attend. "
        "La Toya Jackson said she had asked her mother. Ms Jackson is proud.\n"
    )
    names = [m.text for m in extract(nlp, "a", text).mentions if m.type == "person"]
    assert "La Toya Jackson" in names


def test_a_role_in_apposition_is_a_whole_noun_phrase(nlp):
    # A profile lists a person's roles and aliases: "the founder of the" reads as nothing,
    # "now a" as less; the role ends on its noun and keeps a participle describing it.
    text = (
        "Forbes cut its estimate for Elizabeth Holmes, the founder of the embattled "
        "blood-testing company Theranos, on Monday. “It is wrong,” said Thomas Burke, a leader "
        "of the Coalition to Stop Trump and March on the RNC. Corey Lewandowski, now a "
        "CNN commentator, said the campaign was ready.\n"
    )
    actors, _ = resolve_actors([extract(nlp, "a", text)])
    roles = {a.name: {r.text for r in a.roles} | set(a.aliases) for a in actors}
    assert (
        "the founder of the embattled blood-testing company Theranos" in roles["Elizabeth Holmes"]
    )
    assert roles["Thomas Burke"] & {"a leader of the Coalition"}
    assert "a CNN commentator" in roles["Corey Lewandowski"]
    shown = {r for rs in roles.values() for r in rs}
    assert not any(r.split()[-1] in ("the", "to", "of", "a", "with") for r in shown), shown
