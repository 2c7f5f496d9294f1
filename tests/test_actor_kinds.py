"""What kind of actor a record is, which records are no actors, and the roles a profile
shows: invented sentences, read as a build reads them."""

from __future__ import annotations

import pytest
from actor_fixtures import extract

from briefgen.aggregate.actors import resolve_actors
from briefgen.extract.nlp import load_nlp
from briefgen.models import Actor


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def resolved(nlp, *texts: str) -> list[Actor]:
    actors, _ = resolve_actors([extract(nlp, f"d{i}", t) for i, t in enumerate(texts)])
    return actors


def by_name(actors: list[Actor]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


def test_a_company_a_product_and_a_body_are_not_people(nlp):
    actors = by_name(
        resolved(
            nlp,
            "A few months earlier, the problem would have belonged to Patriot Coal, one of the "
            "nation's largest coal companies. When Patriot filed for bankruptcy in 2015, it "
            "handed over millions. Patriot later sold its mines. A miner at a former Patriot "
            "mine, saying his pension was gone, sued.\n",
            "The singer had been taking a daily dose of Demerol, a painkiller also known as "
            'pethidine. Dr Conrad Murray "had never prescribed Demerol", the lawyer said.\n',
            "When Border Patrol agents find the tunnels, they fill them. Border Patrol agents "
            "cannot hear the diggers.\n",
            "The gig was announced by producers Global Live Events on Monday. Chris Hunt from "
            "Global Live Events said it was fine.\n",
        )
    )
    assert actors["Patriot Coal"].type == "org"
    assert actors["Border Patrol"].type == "org"
    assert actors["Global Live Events"].type == "org"
    assert "Demerol" not in actors  # a drug is no actor
    assert actors["Conrad Murray"].type == "person"
    assert actors["Chris Hunt"].type == "person"


def test_an_abbreviated_country_and_a_state_are_no_people(nlp):
    actors = resolved(
        nlp,
        "World leaders denounce N. Korea test.\n\nThe Security Council condemned North "
        "Korea's latest test. North Korea said the test was its biggest yet.\n",
        "The steep cost of Cruz's Iowa strategy.\n\nIn the final countdown to the Iowa "
        "caucuses, Ted Cruz is racing to visit every Iowa county. Iowa has 99 of them.\n",
    )
    people = {a.name for a in actors if a.type == "person"}
    assert not {"N. Korea", "North Korea", "Korea", "Iowa", "Cruz's Iowa"} & people
    assert "Ted Cruz" in people
    korea = [a for a in actors if a.name == "North Korea"]
    assert len(korea) == 1 and "N. Korea" in korea[0].aliases and korea[0].type == "state"


def test_adjectives_and_title_words_make_no_records(nlp):
    names = {
        a.name
        for a in resolved(
            nlp,
            "Lisbeth Varga said Pro-Varga super PAC Forward Together announced a new ad. "
            "Earlier, Tom Reed pressed Republican National Chairman Paul Rinaldi on the "
            "subject. The two exceptions are strongly Republican Wyoming and Utah.\n",
        )
    }
    assert not {"Pro-Varga", "Republican National", "Republican Wyoming"} & names
    assert {"Paul Rinaldi", "Wyoming", "Utah"} <= names


def test_a_name_broken_by_a_lost_letter_is_read_whole(nlp):
    names = {
        a.name
        for a in resolved(
            nlp,
            "Mexican health secretary Jos ngel C rdova said the outbreak was slowing. But late "
            "yesterday the health minister Jose Angel Cordova announced new cases.\n",
        )
    }
    assert "Jos ngel" not in names
    assert {"Jose Angel Cordova", "Jos ngel C rdova"} <= names


def test_a_given_name_the_recogniser_left_out_is_kept(nlp):
    names = {
        a.name
        for a in resolved(
            nlp,
            "The judge sentenced him on Thursday in Alexandria, Va.\n\nMarcel Lehel Vasar, 44, "
            'known online as "Wizard," was extradited in 2014. Vasar admitted the charges.\n',
        )
    }
    assert "Marcel Lehel Vasar" in names


def test_a_title_is_no_given_name_and_a_whole_body_before_a_title_stays(nlp):
    actors = by_name(
        resolved(
            nlp,
            "FBI Director James Comey said the case was closed. Justice Antonin Scalia died "
            "in February. Hillary Clinton said the new Clinton ad ran on Monday.\n",
        )
    )
    assert "Antonin Scalia" in actors
    assert "Clinton ad" not in actors  # a short word after a name is no lost letter's gap
    assert actors["FBI"].type == "org"


def test_roles_shown_are_whole_roles(nlp):
    actors = by_name(
        resolved(
            nlp,
            "The rally drew both President Lorenzo Abbot and his wife Mara Abbot to the stage.\n",
            "The tour goes on, with both President Lorenzo Abbot and his wife Mara expected to "
            "visit the state in the coming weeks.\n",
            "Janet Morrow, the first woman nominated for governor by a major party, spoke on "
            "Monday. Morrow said she would win.\n",
            "Republican vice-presidential nominee Gov. Peter Hallam (R-IN) said his running "
            "mate would win.\n",
        )
    )
    roles = {name: {r.text for r in a.roles} | set(a.aliases) for name, a in actors.items()}
    assert not any(r.startswith("both") for r in roles["Lorenzo Abbot"])
    assert "the first woman" not in roles["Janet Morrow"]
    assert "presidential nominee" not in roles["Peter Hallam"]
    assert "Republican vice-presidential nominee" in roles["Peter Hallam"]


def test_a_role_is_one_persons_and_reads_whole(nlp):
    actors = by_name(
        resolved(
            nlp,
            "The court heard from defense lawyer J Michael Flanagan on Monday.\n",
            "Lawyers for the doctor, among them Ed Chernoff, defense lawyers for Dr Conrad "
            "Murray, filed a motion.\n",
            "Earlier, U.S. Attorney Chris Christie said the case was closed.\n",
            "Third-party candidates Gary Johnson and Jill Stein were not invited.\n",
            "The president met Susan Rice, his national security adviser, on Friday.\n",
            "The polls favour front-runner Donald Trump this week.\n",
            "Speaker Paul Ryan says no matter what unilateral action President Lorenzo Abbot "
            "takes, his word does not count.\n",
        )
    )
    roles = {name: {r.text for r in a.roles} for name, a in actors.items()}
    assert roles["Michael Flanagan"] == {"defense lawyer"}
    assert roles["Chris Christie"] == {"U.S. Attorney"}
    assert not roles["Ed Chernoff"]
    assert roles["Gary Johnson"] == set()
    assert roles["Susan Rice"] == {"national security adviser"}
    assert roles["Donald Trump"] == {"front-runner"}
    assert roles["Lorenzo Abbot"] == {"President"}


def test_a_body_no_gazetteer_places_is_no_state_but_a_county_is(nlp):
    from briefgen.aggregate.actortypes import actor_type
    from briefgen.models import Mention

    def record(name: str, kind: str) -> list[Mention]:
        return [
            Mention("d", i, i + len(name), name, kind, typ, None)  # type: ignore[arg-type]
            for i, typ in enumerate(["state", "state", "state", "org", "org", "org"])
        ]

    assert actor_type(record("RT", "acronym")) == "org"
    assert actor_type(record("Los Angeles County", "name")) == "state"


def test_an_abbreviated_title_is_no_role_and_no_given_name(nlp):
    """An abbreviated "Sen." before a name is the name's title, never a given name the
    recogniser left out: the profile shows no "Sen" role, and a state in brackets after the
    name ("(Vt.)") makes no record of its own."""
    actors = by_name(
        resolved(
            nlp,
            "Sen. Bernie Sanders (Vt.) said on Tuesday that the trade deal would cost jobs. "
            "Sanders spoke in Ohio.\n",
            "In 2008, then-Sen. Barack Obama said the deal was flawed. Obama later changed "
            "his view.\n",
        )
    )
    assert "Bernie Sanders" in actors and "Barack Obama" in actors
    for name in ("Bernie Sanders", "Barack Obama"):
        assert all(r.text.rstrip(".") != "Sen" for r in actors[name].roles), actors[name].roles
    assert "Vt" not in actors


def test_a_form_of_address_before_a_name_is_no_role_nor_the_end_of_one(nlp):
    """ "England's chief medical officer Sir Liam Donaldson": the recogniser leaves "Sir"
    out of the name, and the profile showed "chief medical officer Sir" and "Sir" as
    roles. The form of address belongs to the name."""
    actors = by_name(
        resolved(
            nlp,
            "Scotland's chief medical officer Sir Harry Burns said the risk was low. Burns "
            "spoke on Monday.\n",
            "Sir Harry Burns said schools would stay open.\n",
        )
    )
    roles = {r.text for r in actors["Harry Burns"].roles}
    assert not any(r.split()[-1] == "Sir" for r in roles), roles


def test_a_role_ending_in_a_form_of_address_keeps_the_role_before_it():
    from briefgen.extract.rolefit import without_address

    assert without_address("England's chief medical officer Sir") == (
        "England's chief medical officer"
    )
    assert without_address("Sir") == ""
    assert without_address("Lord Chancellor") == "Lord Chancellor"  # an office, not an address


def test_a_role_cut_before_its_noun_is_no_role_nor_alias(nlp):
    # a run of adjectives before the role noun, the second one hyphenated: the cut at the
    # hyphenated phrase's verb left "the brusque" as a role and an alias of the governor
    actors = by_name(
        resolved(
            nlp,
            "Was that really Peter Hallam, the brusque, take-a-back-seat-to-no-one governor "
            "of Ohio? Hallam stood behind the candidate.\n",
            "Peter Hallam, the governor of Ohio, said he would endorse the candidate.\n",
        )
    )
    hallam = actors["Peter Hallam"]
    shown = {r.text for r in hallam.roles} | set(hallam.aliases)
    assert "the brusque" not in shown
    assert "the governor of Ohio" in shown or "governor of Ohio" in shown


def test_a_headline_in_title_case_read_as_one_name_is_no_full_name_of_the_person():
    # "Gloria Reyes Sent Peter Hallam A Message": the recogniser may read the capitalised
    # run before a name as one person; three words before a full name are no given names
    from collections import Counter

    from briefgen.aggregate.crossdocs import _same_person

    assert _same_person(["keith", "lamont", "scott"], ["lamont", "scott"], Counter())
    assert _same_person(["hillary", "diane", "rodham", "clinton"], ["rodham", "clinton"], Counter())
    assert (
        _same_person(["gloria", "reyes", "sent", "peter", "hallam"], ["peter", "hallam"], Counter())
        is None
    )
