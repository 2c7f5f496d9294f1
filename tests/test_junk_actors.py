"""The actors list without junk: a role names a position, a rank is no name, a building or
a firm named after people is no person, a surname cut at its apostrophe is whole, and a
broadcaster's "Channel" form is the broadcaster."""

from __future__ import annotations

from typing import Any

from actor_fixtures import actor_with, extract
from test_who_is_who import _ex, _holding

from briefgen.aggregate.actors import resolve_actors
from briefgen.extract.rolefit import fuller_roles, stated_role


def _mentions(nlp: Any, text: str) -> dict[str, Any]:
    return {m.text: m for m in extract(nlp, "a", text).mentions}


def test_an_adverb_or_a_verb_before_a_title_is_no_part_of_the_role(nlp: Any) -> None:
    text = (
        "He was proud of his friends in the party, and especially President Tom Harlan "
        "and Senator Ann Wexley.\n\n"
        "The mayor, a rival eliminated last week, spoke on Friday, naming businesswoman "
        "Rita Colder as her deputy.\n\n"
        "The acting director Sam Pell said no."
    )
    found = _mentions(nlp, text)
    assert found["Tom Harlan"].role == "President"
    assert found["Ann Wexley"].role == "Senator"
    assert found["Rita Colder"].role == "businesswoman"


def test_a_role_a_profile_shows_is_a_position_not_a_back_reference() -> None:
    assert stated_role("his top aide") == "top aide"
    assert stated_role("her husband's Treasury secretary") == "her husband's Treasury secretary"
    assert fuller_roles({"The chief", "the campaign chief"}) == {"the campaign chief"}
    assert fuller_roles({"the mayor", "former senator"}) == {"the mayor", "former senator"}
    assert stated_role("The third remaining Republican candidate for president") is None
    # positions stay as written
    assert stated_role("the campaign chief") == "the campaign chief"
    assert stated_role("the first lady") == "the first lady"
    assert stated_role("Ohio Governor") == "Ohio Governor"


def test_the_profile_keeps_the_position_and_drops_the_back_reference(nlp: Any) -> None:
    text = (
        "Campaign shake-up\n\nThe chief, Paul Ronson, said the campaign would change. "
        "Mr. Ronson later met donors. Hal Dorn, his top aide, told reporters the plan was set. "
        "Paul Ronson, the campaign chief, left."
    )
    actors, _ = resolve_actors([extract(nlp, "a", text)])
    assert [r.text for r in actor_with(actors, "Paul Ronson").roles] == ["the campaign chief"]
    assert [r.text for r in actor_with(actors, "Hal Dorn").roles] == ["top aide"]


def test_an_abbreviated_rank_before_a_name_is_no_part_of_a_body(nlp: Any) -> None:
    text = '"We need better pay," said Army Capt. Mark Fenner, who served twice.'
    found = _mentions(nlp, text)
    assert "Army Capt" not in found and "Army Capt." not in found
    assert "Mark Fenner" in found


def test_a_surname_with_an_apostrophe_is_read_whole(nlp: Any) -> None:
    text = "On Friday, the senator told Bill O’Reilly of the network that he would run."
    found = _mentions(nlp, text)
    assert "Bill O’Reilly" in found and "Bill" not in found


def test_a_building_named_after_a_person_is_no_person(nlp: Any) -> None:
    building = "A host was seen entering Trump Tower in New York City. Donald Trump said so."
    found = _mentions(nlp, building)
    assert "Trump Tower" not in found or found["Trump Tower"].type != "person"


def test_a_broadcasters_channel_form_is_the_broadcaster(nlp: Any) -> None:
    first = extract(nlp, "a", "Kestrel News reported the vote on Monday. Viewers called in.")
    second = extract(nlp, "b", "The debate aired on Kestrel News Channel on Tuesday night.")
    third = extract(nlp, "c", "Kestrel Broadcasting sold its stations on Wednesday.")
    actors, _ = resolve_actors([first, second, third])
    news = actor_with(actors, "Kestrel News")
    assert "Kestrel News Channel" in news.aliases or news.name == "Kestrel News Channel"
    assert actor_with(actors, "Kestrel Broadcasting").id != news.id


def test_a_long_title_case_first_line_is_a_headline_whose_names_the_body_confirms(
    nlp: Any,
) -> None:
    # seventeen words, every long one capitalised: a headline, so "Private" (which the body
    # never capitalises) is no part of a name
    text = (
        "Aide Says He Had No Idea If He Would Have Told Hillary Private Email Server Was "
        "a Bad Idea.\n\nThe aide said he had no idea whether he would have told Hillary "
        "Clinton not to use a private server."
    )
    found = _mentions(nlp, text)
    assert "Hillary Private" not in found


def test_a_family_named_by_its_plural_is_one_group_across_sources(nlp: Any) -> None:
    a = extract(nlp, "a", "Bill Clinton spoke on Monday. The Clintons left for Denver later.")
    b = extract(nlp, "b", "Hillary Clinton won. Friends of the Clintons cheered in the hall.")
    c = extract(nlp, "c", "Khizr Khan spoke on Thursday. The Khan family thanked the crowd.")
    d = extract(nlp, "d", "Ghazala Khan wrote an essay. The Khans lost a son in 2004.")
    actors, _ = resolve_actors([a, b, c, d])
    clintons = [x for x in actors if x.name == "Clintons"]
    assert len(clintons) == 1 and clintons[0].type == "group"
    assert len(clintons[0].sources) == 2
    assert actor_with(actors, "Bill Clinton").id != clintons[0].id
    khans = actor_with(actors, "Khan family")
    assert "Khans" in khans.aliases or khans.name == "Khans"


def test_an_adverb_hyphened_to_the_title_stays_in_the_role(nlp: Any) -> None:
    found = _mentions(nlp, "The plan was drafted by then-Deputy Chief of Staff Jake Sullivan.")
    assert found["Jake Sullivan"].role == "then-Deputy Chief of Staff"


def test_a_verb_after_an_adverb_is_no_part_of_the_title(nlp: Any) -> None:
    text = "The party spent the week formally nominating businessman Tom Harlan as its choice."
    assert _mentions(nlp, text)["Tom Harlan"].role == "businessman"


def test_a_family_plural_is_no_people_of_a_state_of_that_name() -> None:
    # a text that once took the surname for a place does not make the family its people
    a = _ex(
        "a",
        "Iain Pellow fell ill. The Pellows were tested.",
        {"Iain Pellow": "person", "Pellows": "group"},
    )
    b = _ex("b", "Schools in Pellow closed. Pellow is small.", {"Pellow": "state"})
    c = _ex(
        "c",
        "Iain Pellow recovered. The Pellows were well.",
        {"Iain Pellow": "person", "Pellows": "group"},
    )
    actors, _ = resolve_actors([a, b, c])
    assert _holding(actors, "a", a.document.text.index("Pellows")).type == "group"
    assert (
        _holding(actors, "a", a.document.text.index("Pellows")).id
        != _holding(actors, "b", 0 + b.document.text.index("Pellow")).id
    )


def test_a_person_whose_given_name_is_a_title_holders_is_still_a_person(nlp: Any) -> None:
    # "Prince Michael" gives no surname "Michael": Michael Jackson stays a person
    text = (
        "Katherine Jackson spoke of Prince Michael, who is eight. Michael Jackson wanted him "
        "to go to school, she said."
    )
    found = _mentions(nlp, text)
    assert found["Michael Jackson"].type == "person"
    assert found["Katherine Jackson"].type == "person"
