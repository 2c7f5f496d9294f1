"""Actor records that hold together, as the JSON shows them: a nickname the text gives, a
party's state branch, a double surname cut short."""

from __future__ import annotations

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
