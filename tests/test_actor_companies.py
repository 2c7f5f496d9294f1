"""A company's short name is the company its article names in full, whatever its look."""

from __future__ import annotations

from test_who_is_who import _ex, _holding

from briefgen.aggregate.actors import resolve_actors


def test_a_firms_first_words_are_the_firm_the_article_names_in_full() -> None:
    text = (
        "Quillby Cellular Communications Inc. raised its bid. Quillby said the offer was fair.\n"
        "Analysts expect Quillby to bid again. Tarn Savings Bank agreed to sell. Tarn said so.\n"
    )
    names = {
        "Quillby Cellular Communications Inc": "org",
        "Quillby": "person",  # a surname's look
        "Tarn Savings Bank": "org",
        "Tarn": "state",  # a town's look
    }
    actors, _ = resolve_actors([_ex("a", text, names)])
    firm = _holding(actors, "a", 0)
    assert _holding(actors, "a", text.index("Quillby said")).id == firm.id
    assert _holding(actors, "a", text.index("Quillby to")).id == firm.id
    bank = _holding(actors, "a", text.index("Tarn Savings"))
    assert _holding(actors, "a", text.index("Tarn said")).id == bank.id
    assert firm.type == "org" and bank.type == "org"


def test_the_french_company_of_form_goes_by_the_name_after_de() -> None:
    text = "Cie. Financiere de Vauban bought shares. Vauban said it would hold them.\n"
    names = {"Cie. Financiere de Vauban": "org", "Vauban": "person"}
    actors, _ = resolve_actors([_ex("a", text, names)])
    assert _holding(actors, "a", text.index("Vauban said")).id == _holding(actors, "a", 0).id


def test_a_short_name_a_person_of_the_article_also_ends_in_stays_apart() -> None:
    text = (
        "Quillby Cellular Communications Inc. raised its bid. Its founder, Craig Quillby, "
        "spoke. Quillby said the offer was fair.\n"
    )
    names = {
        "Quillby Cellular Communications Inc": "org",
        "Craig Quillby": "person",
        "Quillby": "person",
    }
    actors, _ = resolve_actors([_ex("a", text, names)])
    assert _holding(actors, "a", text.index("Quillby said")).id != _holding(actors, "a", 0).id


def test_a_country_opening_a_firms_name_is_still_the_country() -> None:
    text = "Japan Airlines Co. cut fares. Japan said the economy was growing.\n"
    names = {"Japan Airlines Co": "org", "Japan": "state"}
    actors, _ = resolve_actors([_ex("b", text, names)])
    assert _holding(actors, "b", text.index("Japan said")).id != _holding(actors, "b", 0).id


def test_a_firm_named_mostly_by_a_surname_like_short_form_is_an_organisation() -> None:
    text = "Orrin Savings Bank agreed to sell. Orrin said so. Orrin expects a charge.\n"
    actors, _ = resolve_actors([_ex("a", text, {"Orrin Savings Bank": "org", "Orrin": "person"})])
    bank = _holding(actors, "a", 0)
    assert _holding(actors, "a", text.index("Orrin said")).id == bank.id
    assert bank.type == "org"
    # so is one whose short form looks like a town
    text = "Tarn Bancorp agreed to a merger. Tarn said so. Tarn expects a charge.\n"
    actors, _ = resolve_actors([_ex("b", text, {"Tarn Bancorp": "org", "Tarn": "state"})])
    assert _holding(actors, "b", text.index("Tarn said")).type == "org"


def test_a_thrifts_association_goes_by_its_first_words_a_unions_does_not() -> None:
    """A savings and loan association is a firm ("Tarn Savings & Loan Association", then
    "Tarn"); an association after anything else is a union or a club, named after a place
    or a body that keeps its own record ("Ostreland Teachers Association" beside
    "Ostreland")."""
    text = (
        "Tarn Savings & Loan Association posted a loss. Tarn said its bonds fell.\n"
        "The Ostreland Teachers Association met. Ostreland said schools would open.\n"
    )
    names = {
        "Tarn Savings & Loan Association": "org",
        "Tarn": "state",
        "Ostreland Teachers Association": "org",
        "Ostreland": "state",
    }
    actors, _ = resolve_actors([_ex("a", text, names)])
    thrift = _holding(actors, "a", 0)
    assert _holding(actors, "a", text.index("Tarn said")).id == thrift.id
    union = _holding(actors, "a", text.index("Ostreland Teachers"))
    assert _holding(actors, "a", text.index("Ostreland said")).id != union.id
