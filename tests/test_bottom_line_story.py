"""Built without a query, the bottom line tells the story half the sources are about."""

from __future__ import annotations

import re

from briefgen.story import naming_story

TEXTS = {
    "side": "Lena Ortiz, the veteran pamphleteer, died on Monday at her home in York.",
    "main": "Ada Brandt attacked Tom Ruiz over the harbour tax at a rally in Leeds.",
}
# the names half the sources give (``story.topic``), built without a query
STORY = re.compile(r"\b(?:Brandt|Ruiz)\b")


def _every(doc: str, start: int, end: int) -> bool:
    return True  # Ortiz is profiled too: a principal of her own side story


def test_without_a_query_the_bottom_line_names_whom_the_story_is_about() -> None:
    central = naming_story(_every, (), STORY, TEXTS)
    assert central("main", 0, len(TEXTS["main"]))
    assert not central("side", 0, len(TEXTS["side"]))


def test_a_query_names_the_story_itself() -> None:
    central = naming_story(_every, ("pamphlet",), STORY, TEXTS)
    assert central("side", 0, len(TEXTS["side"]))
    assert naming_story(_every, (), None, TEXTS)("side", 0, len(TEXTS["side"]))
