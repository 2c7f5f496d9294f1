"""A role is what the writer says of a person, never the words of a quotation beside the
name: the noun a quotation closes on ('"... and the governor and our staff," Roe said')
describes whomever the speaker meant."""

from __future__ import annotations

from typing import Any

from actor_fixtures import extract


def _roles(nlp: Any, text: str) -> dict[str, str | None]:
    return {m.text: m.role for m in extract(nlp, "a", text).mentions if m.kind != "description"}


def test_the_end_of_a_quotation_before_a_name_is_no_role(nlp: Any) -> None:
    text = (
        "“There is a wide gulf between the White House and honestly the president and our "
        "troops,” Hayes, a Wexley backer, said on Monday."
    )
    found = extract(nlp, "a", text).mentions
    # the quotation's last words are neither his role nor a description of anyone he is
    assert [m.role for m in found if m.text == "Hayes"] == ["a Wexley backer"]
    assert not [m for m in found if "troops" in m.text]


def test_an_apposition_in_the_writers_voice_stays_a_role(nlp: Any) -> None:
    text = "“We will win,” said Jane Roe, the party's chairwoman, on Friday."
    assert _roles(nlp, text)["Jane Roe"] == "the party's chairwoman"
    text = "But late yesterday the health minister, Jane Roe, said it was over."
    assert _roles(nlp, text)["Jane Roe"] == "the health minister"
