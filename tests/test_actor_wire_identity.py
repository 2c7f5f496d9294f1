"""Who is who in wire copy: an epithet's owner, a refused office, an embassy in each
place, an office's country, a head of state's government."""

from __future__ import annotations

from test_who_is_who import _ex, _holding

from briefgen.aggregate.actors import resolve_actors
from briefgen.aggregate.spans import corrected_spans


def test_the_place_owning_an_epithet_is_no_other_name_of_the_person() -> None:
    text = "Ann Holt, dubbed Ruritania's ``golden girl,'' waved. Ruritania cheered her.\n"
    names = {"Ann Holt": "person", "Ruritania": "state"}
    actors, _ = resolve_actors([_ex("a", text, names)])
    holt = _holding(actors, "a", 0)
    assert holt.type == "person" and "Ruritania" not in holt.aliases
    assert _holding(actors, "a", text.index("Ruritania cheered")).id != holt.id
    # the other name itself still joins ("known as" a name, not a name's possession)
    text = 'Ann Holt, dubbed "Goldie," waved. Goldie smiled.\n'
    actors, _ = resolve_actors([_ex("b", text, {"Ann Holt": "person", "Goldie": "person"})])
    assert _holding(actors, "b", text.index("Goldie smiled")).id == _holding(actors, "b", 0).id


def test_a_person_is_never_another_name_of_a_country() -> None:
    text = "Tom Reed, known as Georgia, sang on Friday. Georgia protested the show.\n"
    actors, _ = resolve_actors([_ex("a", text, {"Tom Reed": "person", "Georgia": "state"})])
    assert _holding(actors, "a", 0).type == "person"
    assert _holding(actors, "a", text.index("Georgia protested")).type == "state"
    assert _holding(actors, "a", 0).id != _holding(actors, "a", text.index("Georgia pr")).id


def _roles(text: str, role: str) -> list[str]:
    ex = _ex("a", text, {"Tom Reed": "person"}, roles={"Tom Reed": role})
    actors, _ = resolve_actors([ex])
    return [r.text for r in _holding(actors, "a", text.index("Tom Reed")).roles]


def test_a_role_offered_in_a_counterfactual_is_not_the_actors() -> None:
    refused = (
        "The judges denied his request. Making Tom Reed the estate's trustee would have "
        "allowed him to sell the house.\n"
    )
    assert _roles(refused, "trustee") == []
    # an appointment made is a role held
    assert _roles("The board named Tom Reed trustee on Monday.\n", "trustee") == ["trustee"]


def _embassies(*texts: str) -> list[str]:
    names = {"Ruritanian Embassy": "org", "Marlow": "state", "Penbury": "state"}
    extractions = [_ex(f"d{n}", text, names) for n, text in enumerate(texts)]
    actors, _ = resolve_actors(extractions)
    return [_holding(actors, f"d{n}", text.index("Ruritanian")).id for n, text in enumerate(texts)]


def test_an_embassy_is_one_body_in_each_place_it_stands() -> None:
    ids = _embassies(
        "A bomb hit the Ruritanian Embassy in Marlow on Friday.\n",
        "The Ruritanian Embassy in Penbury had no comment.\n",
        "Staff of the Ruritanian Embassy in Marlow were evacuated.\n",
        "A Ruritanian Embassy official in Penbury spoke to reporters.\n",
    )
    assert ids[0] == ids[2]
    assert len({ids[0], ids[1], ids[3]}) == 3  # a use not placed joins no other document's


def test_a_country_closing_an_office_is_cut_off_the_name_after_it() -> None:
    hurt = "The American ambassador to Georgia Ann Holt was hurt in the blast.\n"
    names = {"Georgia Ann Holt": "person", "Ann Holt": "person"}
    extractions = [_ex("a", hurt, names), _ex("b", "Ann Holt left Penbury.\n", names)]
    texts = {x.document.id: x.document.text for x in extractions}
    cut, _ = corrected_spans([m for x in extractions for m in x.mentions], texts)
    assert [m.text for m in cut if m.doc == "a"] == ["Ann Holt"]
    # a given name before a full name, with no office before it, stays the person's
    extractions[0] = _ex("a", "Georgia Ann Holt was hurt in the blast.\n", names)
    texts = {x.document.id: x.document.text for x in extractions}
    cut, _ = corrected_spans([m for x in extractions for m in x.mentions], texts)
    assert [m.text for m in cut if m.doc == "a"] == ["Georgia Ann Holt"]


def test_a_head_of_states_government_is_the_state() -> None:
    text = (
        "Georgian President Tom Reed spoke on Monday. Tom Reed's government protested. "
        "The Reed regime expelled a diplomat. Georgia recalled its envoy. "
        "The Reed administration said nothing.\n"
    )
    names = {
        "Tom Reed": "person",
        "Tom Reed's government": "org",
        "Reed regime": "org",
        "Reed administration": "org",
        "Georgia": "state",
    }
    ex = _ex("a", text, names, roles={"Tom Reed": "Georgian President"})
    actors, _ = resolve_actors([ex])
    georgia = _holding(actors, "a", text.index("Georgia recalled"))
    assert _holding(actors, "a", text.index("Tom Reed's")).id == georgia.id
    assert _holding(actors, "a", text.index("Reed regime")).id == georgia.id
    # an administration is the executive beside a legislature, not the state
    assert _holding(actors, "a", text.index("Reed administration")).id != georgia.id
    # untitled as heading a state, a leader's government stays its own body
    ex = _ex("b", text, names)
    actors, _ = resolve_actors([ex])
    assert (
        _holding(actors, "b", text.index("Tom Reed's")).id
        != _holding(actors, "b", text.index("Georgia recalled")).id
    )


def test_an_age_read_without_its_number_is_no_part_of_a_role() -> None:
    # the recogniser leaves "year-old" (or "old") of "9-year-old Penbury fiddler"
    assert _roles("The 9-year-old fiddler Tom Reed won.\n", "year-old fiddler") == ["fiddler"]
    assert _roles("The 9-year-old Marlow fiddler Tom Reed won.\n", "old Marlow fiddler") == [
        "Marlow fiddler"
    ]
