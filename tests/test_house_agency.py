"""A wire agency crediting one page in its dateline is the copy's writer, not an actor."""

from __future__ import annotations

from briefgen.aggregate.house import is_house
from briefgen.models import Mention


def _mention(doc: str, text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(doc=doc, start=start, end=start + len(name), text=name, type="org")


def test_the_agency_of_one_pages_dateline_is_the_house() -> None:
    text = "PENBURY, Marlow (XP) - Inspectors returned to the palace on Friday."
    assert is_house([_mention("a", text, "XP")], {"a": text})


def test_an_agency_the_story_names_in_its_text_only_is_no_house() -> None:
    text = "Inspectors returned to the palace, an official told XP on Friday."
    assert not is_house([_mention("a", text, "XP")], {"a": text})
