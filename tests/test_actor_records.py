"""Actor records that hold together, as the JSON shows them: a nickname the text gives, a
party's state branch, a double surname cut short."""

from __future__ import annotations

import re
from typing import Any

from test_who_is_who import _ex

from briefgen.aggregate.actors import resolve_actors
from briefgen.extract.actors import _retype_surnames
from briefgen.models import Extraction, Mention
from briefgen.render.json import to_data


def _records(extractions: list[Extraction]) -> list[dict[str, Any]]:
    """The actors as the brief's JSON writes them."""
    actors, _ = resolve_actors(extractions)
    return [to_data(a) for a in actors]


def _record(records: list[dict[str, Any]], doc: str, at: int) -> dict[str, Any] | None:
    """The JSON record holding the mention of ``doc`` at ``at``, or None."""
    held = [r for r in records if any(m["doc"] == doc and m["start"] == at for m in r["mentions"])]
    assert len(held) <= 1
    return held[0] if held else None


def test_the_given_name_the_text_says_someone_goes_by_joins_that_full_name() -> None:
    text = (
        "John Ellis Tarrow grew up in Maine. Mr. Tarrow, known as Jip, sailed every summer. "
        "Neighbours still speak of Jip Tarrow as a keen sailor.\n"
    )
    names = {
        "John Ellis Tarrow": "person",
        "Jip Tarrow": "person",
        "Tarrow": "person",
        "Jip": "person",
    }
    records = _records([_ex("a", text, names)])
    formal = _record(records, "a", 0)
    assert formal is not None
    assert _record(records, "a", text.index("Jip Tarrow")) == formal
    assert "Jip Tarrow" in formal["aliases"]
    # without the text's own word, a formal name and a short one stay two people
    other = "John Ellis Tarrow grew up in Maine. Jip Tarrow sailed every summer.\n"
    records = _records([_ex("b", other, {"John Ellis Tarrow": "person", "Jip Tarrow": "person"})])
    assert _record(records, "b", 0) != _record(records, "b", other.index("Jip Tarrow"))


def test_a_partys_state_branch_is_an_organisation_and_keeps_its_state_apart() -> None:
    text = (
        "The Ostland GOP met on Monday. Voters in Ostland are split, and Ostland votes "
        "next week. The GOP chairman said the GOP would stay neutral.\n"
    )
    names = {"Ostland GOP": "person", "Ostland": "state", "GOP": "org"}
    extraction = _ex("a", text, names)
    more = "The GOP gathered. Ostland was calm.\n"
    records = _records([extraction, _ex("b", more, {"GOP": "org", "Ostland": "state"})])
    branch = _record(records, "a", text.index("Ostland GOP"))
    assert branch is not None and branch["type"] == "org"
    state = _record(records, "a", text.index("Ostland are"))
    assert state is not None and state != branch and state["type"] == "state"


def test_what_a_possessive_owns_makes_no_surname_of_a_place() -> None:
    text = "Trump’s Ostland chairman spoke. Ostland votes on Tuesday.\n"
    ms = [
        Mention("a", 0, 15, "Trump’s Ostland", "name", "person"),
        Mention("a", 32, 39, "Ostland", "name", "state"),
    ]
    assert text[32:39] == "Ostland"
    assert [m.type for m in _retype_surnames(ms)] == ["person", "state"]


def test_a_double_surname_cut_after_its_first_part_is_one_person() -> None:
    text = (
        "He met President Ramiro Iturbe Lazo - but the talks were short. Later Iturbe Lazo "
        "said the wall would not be paid for. Iturbe Lazo left early.\n"
    )
    at = text.index("Ramiro")
    cut = Mention("a", at, at + len("Ramiro Iturbe"), "Ramiro Iturbe", "name", "person")
    rest = _ex("a", text, {"Iturbe Lazo": "person"})
    extraction = Extraction(document=rest.document, mentions=(cut, *rest.mentions))
    records = _records([extraction])
    president = _record(records, "a", at)
    assert president is not None
    assert president == _record(records, "a", text.index("Iturbe Lazo said"))
    assert "Ramiro Iturbe Lazo" in {president["name"], *president["aliases"]}
    assert "Ramiro Iturbe" not in {president["name"], *president["aliases"]}


def test_a_given_name_sharing_the_next_full_names_surname_is_that_person() -> None:
    """ "Qorvash and Soraya Kadri": "Mr. Kadri" is the father the corpus names in full
    elsewhere, "Ms. Kadri" the mother, neither the son named in full."""
    text = (
        "The parents, Qorvash and Soraya Kadri, spoke on Thursday. Mr. Kadri said the "
        "candidate had sacrificed nothing. Ms. Kadri wrote that she was too grieved to speak "
        "of her son, Tariq Kadri. Mr. Kadri thanked the crowd. Mr. Kadri left.\n"
    )
    names = {
        "Soraya Kadri": "person",
        "Tariq Kadri": "person",
        "Qorvash Kadri": "person",
        "Qorvash": "person",
        "Kadri": "person",
    }
    elsewhere = "Qorvash Kadri is a lawyer. Qorvash Kadri spoke again.\n"
    records = _records([_ex("a", text, names), _ex("b", elsewhere, names)])
    father = _record(records, "b", 0)
    mother = _record(records, "a", text.index("Soraya"))
    son = _record(records, "a", text.index("Tariq"))
    assert father is not None and father["name"] == "Qorvash Kadri"
    assert _record(records, "a", text.index("Qorvash")) == father
    for at in (m.start() + 4 for m in re.finditer(r"Mr\. Kadri", text)):
        assert _record(records, "a", at) == father
    assert _record(records, "a", text.index("Kadri wrote")) == mother != son
    assert son is not None and len(son["mentions"]) == 1


def test_a_surname_coordinated_with_a_full_name_keeps_its_own_person() -> None:
    text = (
        "Senator Ron Jallow spoke first. Two senators in tough races, Jallow and Rob Pennick, "
        "voted no.\n"
    )
    names = {"Ron Jallow": "person", "Rob Pennick": "person", "Jallow": "person"}
    records = _records([_ex("a", text, names)])
    assert _record(records, "a", text.index("Jallow and")) == _record(
        records, "a", text.index("Ron Jallow")
    )


def test_a_name_broken_by_a_lost_letter_joins_the_person_and_shows_the_whole_spelling() -> None:
    """A page that lost "ó" writes "Felipe Calder n": one record, named as the whole pages
    write it; a place broken the same way stays a place."""
    broken = "Mexico's President Ramiro Zuloag n said schools would shut in Canc n.\n"
    at = broken.index("Ramiro")
    cut = Mention("a", at, at + len("Ramiro Zuloag"), "Ramiro Zuloag", "name", "person")
    place = broken.index("Canc n")
    town = Mention("a", place, place + len("Canc n"), "Canc n", "name", "org")
    doc = _ex("a", broken, {}).document
    whole = "President Ramiro Zuloagon spoke. Ramiro Zuloagon closed the schools.\n"
    records = _records(
        [
            Extraction(document=doc, mentions=(cut, town)),
            _ex("b", whole, {"Ramiro Zuloagon": "person"}),
            _ex("c", whole, {"Ramiro Zuloagon": "person"}),
        ]
    )
    president = _record(records, "a", at)
    assert president is not None and president["name"] == "Ramiro Zuloagon"
    assert president == _record(records, "b", whole.index("Ramiro"))
    assert {"Ramiro Zuloag n"} <= set(president["aliases"])
    held = _record(records, "a", place)
    assert held is not None and held != president and held["type"] != "person"


def test_a_title_is_not_given_to_a_man_named_first_beside_a_relative() -> None:
    """ "Ms Vole" three times lets a mostly male "Randy" fit the title; it does not make him
    the one the title names because the only woman is introduced as a relative."""
    text = (
        "Randy Vole will perform at the tribute, and his sister, Lara Vole, will host it. "
        "Ms Vole said the show would go on. Ms Vole thanked the fans. Ms Vole smiled.\n"
    )
    names = {"Randy Vole": "person", "Lara Vole": "person", "Vole": "person"}
    records = _records([_ex("a", text, names)])
    randy = _record(records, "a", 0)
    for at in (m.start() + 3 for m in re.finditer(r"Ms Vole", text)):
        assert _record(records, "a", at) != randy


def test_a_double_surname_written_alone_most_often_is_shown_with_the_given_name() -> None:
    """ "Garza Whitfield" four times and "Dana Garza Whitfield" once: the person's name is
    the full one; a two-word form whose first word is a given name ("Joseph Tarn" beside
    "Ann Joseph Tarn") is a name of its own and keeps its count."""
    from briefgen.aggregate.canonical_names import canonical_name

    def named(*forms: str) -> list[Mention]:
        return [Mention("d", i, i + len(f), f, "name", "person") for i, f in enumerate(forms)]

    double = named(*["Garza Whitfield"] * 4, "Dana Garza Whitfield")
    assert canonical_name(double) == "Dana Garza Whitfield"
    given = named(*["Joseph Tarn"] * 4, "Ann Joseph Tarn")
    assert canonical_name(given) == "Joseph Tarn"
