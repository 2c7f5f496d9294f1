"""A body named by whose it is ("the U.N. agency") is that body, not its owner."""

from __future__ import annotations

from test_who_is_who import _ex, _holding

from briefgen.aggregate.actors import resolve_actors

_NAMES = {
    "United Nations": "org",
    "U.N": "org",
    "U.N. Grain Council": "org",
    "Grain Council": "org",
    "U.S": "state",
    "Tilia Tree Service": "org",
}


def test_the_owners_agency_is_the_body_its_article_names_with_that_owner() -> None:
    a = _ex("a", "The U.N. Grain Council warned of shortages.\n", _NAMES)
    b = _ex(
        "b",
        "The Grain Council met on Monday. The United Nations agency said stocks were low.\n"
        "The United Nations said it would send aid.\n",
        _NAMES,
    )
    actors, _ = resolve_actors([a, b])
    agency = b.document.text.index("United Nations agency")
    council = _holding(actors, "b", 4)
    assert council.name.endswith("Grain Council")
    # the description is the council's, the United Nations keeps its own statement
    assert _holding(actors, "b", agency).id == council.id
    owner = _holding(actors, "b", b.document.text.index("The United Nations said") + 4)
    assert owner.id != council.id
    assert owner.name == "United Nations"


def test_a_body_set_beside_its_description_is_the_one_described() -> None:
    c = _ex(
        "c", "The U.S. space agency Tilia Tree Service cut jobs. U.S. officials agreed.\n", _NAMES
    )
    actors, _ = resolve_actors([c])
    assert _holding(actors, "c", 4).name == "Tilia Tree Service"
    assert _holding(actors, "c", c.document.text.index("U.S. officials")).name == "U.S"


def test_an_owners_agency_stays_with_the_owner_when_its_article_names_no_such_body() -> None:
    text = "The United Nations agency said stocks were low. The United Nations met.\n"
    actors, _ = resolve_actors([_ex("d", text, _NAMES)])
    assert _holding(actors, "d", 4).id == _holding(actors, "d", text.rindex("United")).id
