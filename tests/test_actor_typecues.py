"""A person-typed record is retyped by what its own mentions' contexts say."""

from __future__ import annotations

from test_who_is_who import _ex, _holding

from briefgen.aggregate.actors import resolve_actors


def _type_of(text: str, names: dict[str, str], at: str) -> str:
    actors, _ = resolve_actors([_ex("a", text, names)])
    return _holding(actors, "a", text.index(at)).type


def test_a_firm_named_like_a_person_is_an_organisation_by_its_legal_form_after_it() -> None:
    text = "Orwin Tate Corp. said profit rose. Orwin Tate expects more.\n"
    assert _type_of(text, {"Orwin Tate": "person"}, "Orwin Tate") == "org"


def test_a_firm_named_like_a_person_is_an_organisation_by_the_shares_it_owns() -> None:
    text = "Orwin Tate shares rose 5%. Orwin Tate said nothing.\n"
    assert _type_of(text, {"Orwin Tate": "person"}, "Orwin Tate") == "org"


def test_a_stock_tables_price_move_makes_an_organisation() -> None:
    text = "Orwin Tate surged 4 5/8 to 112 5/8 on the news.\n"
    assert _type_of(text, {"Orwin Tate": "person"}, "Orwin Tate") == "org"
    run = "Orwin Tate surged past the leader to win by a length.\n"
    assert _type_of(run, {"Orwin Tate": "person"}, "Orwin Tate") == "person"


def test_its_twice_makes_an_organisation_but_once_does_not() -> None:
    twice = "Orwin Tate said its profit rose. Orwin Tate also raised its dividend rate.\n"
    assert _type_of(twice, {"Orwin Tate": "person"}, "Orwin Tate") == "org"
    once = "Orwin Tate said its plan failed. Orwin Tate spoke later.\n"
    assert _type_of(once, {"Orwin Tate": "person"}, "Orwin Tate") == "person"


def test_a_person_owning_shares_stays_a_person() -> None:
    text = (
        "Mr. Orwin Tate sold shares. Orwin Tate shares went to a trust. "
        "Orwin Tate said he was glad.\n"
    )
    assert _type_of(text, {"Orwin Tate": "person"}, "Orwin Tate") == "person"


def test_one_idiom_of_capital_among_many_mentions_makes_no_firm() -> None:
    text = (
        "Aides praised Orwin Tate. Orwin Tate's stock answer was a joke. "
        "Voters liked Orwin Tate. Orwin Tate won in 1996.\n"
    )
    assert _type_of(text, {"Orwin Tate": "person"}, "Orwin Tate") == "person"
    firm = "Analysts rated Orwin Tate. Orwin Tate's stock fell. Orwin Tate shares rose.\n"
    assert _type_of(firm, {"Orwin Tate": "person"}, "Orwin Tate") == "org"


def test_a_town_with_a_given_name_first_is_a_place_when_no_text_makes_it_a_person() -> None:
    text = "Agents met in San Diego on Monday. The office in San Diego closed.\n"
    assert _type_of(text, {"San Diego": "person"}, "San Diego") == "state"


def test_a_town_is_placed_by_its_state_after_it_or_a_bearing_before_it() -> None:
    text = "Agents met north of San Diego. Rallies in San Pedro, California, drew crowds.\n"
    names = {"San Diego": "person", "San Pedro": "person"}
    assert _type_of(text, names, "San Diego") == "state"
    assert _type_of(text, names, "San Pedro") == "state"


def test_a_town_named_after_a_person_and_never_placed_stays_a_person() -> None:
    text = "The reforms of San Diego outlasted the war. San Diego died in 1872.\n"
    assert _type_of(text, {"San Diego": "person"}, "San Diego") == "person"


def test_a_person_named_like_a_town_stays_a_person() -> None:
    text = "San Diego said he would run. San Diego won.\n"
    assert _type_of(text, {"San Diego": "person"}, "San Diego") == "person"
