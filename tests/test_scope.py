"""A count whose clause names no place is scoped from the sentences before, or not shown."""

from __future__ import annotations

import re

from briefgen.models import Document, Extraction, Mention
from briefgen.scope import resolve_scope, unscoped_count
from briefgen.shown import read_alone


def _extraction(text: str, *names: tuple[str, str]) -> Extraction:
    """``text`` split at full stops, with an actor mention (name, type) where each name is."""
    doc = Document("d", "d", "txt", text, "")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    mentions = tuple(
        Mention("d", m.start(), m.end(), name, "name", kind)  # type: ignore[arg-type]
        for name, kind in names
        for m in re.finditer(re.escape(name), text)
    )
    return Extraction(document=doc, sentences=spans, mentions=mentions)


def test_a_count_the_sentence_before_places_is_named_in_brackets() -> None:
    text = (
        "Health officials in Wales met on Monday to plan for the winter. "
        "By yesterday, 18 people had been admitted to hospital, with five in intensive care."
    )
    ext = _extraction(text, ("Wales", "state"))
    second = text[text.index("By yesterday") :]
    assert read_alone(second, text.index(second), ext) == (
        "By yesterday, 18 people [in Wales] had been admitted to hospital, with five in"
        " intensive care."
    )


def test_a_number_of_cases_is_placed_after_its_noun() -> None:
    text = (
        "Ministers in Norway said the outbreak was growing. "
        "The number of cases soared to 312 by the weekend, with two more in hospital."
    )
    ext = _extraction(text, ("Norway", "state"))
    second = text[text.index("The number") :]
    assert resolve_scope(second, text.index(second), ext) == (
        "The number of cases [in Norway] soared to 312 by the weekend, with two more in hospital."
    )


def test_a_place_in_an_adjunct_after_a_comma_does_not_scope_the_count() -> None:
    text = "The number of cases soared to 498, followed by the first death outside Peru."
    assert unscoped_count(text, 0, _extraction(text, ("Peru", "state"))) is not None


def test_a_count_with_no_place_or_two_places_before_it_is_not_shown() -> None:
    text = (
        "Officials in Peru and Chile said the outbreak was growing. "
        "By yesterday, 18 people had been admitted to hospital since the first case."
    )
    ext = _extraction(text, ("Peru", "state"), ("Chile", "state"))
    second = text[text.index("By yesterday") :]
    assert read_alone(second, text.index(second), ext) is None
    alone = _extraction(second)
    assert read_alone(second, 0, alone) is None


def test_a_count_its_clause_places_or_the_world_scopes_stands() -> None:
    for text in (
        "By yesterday, 18 people had been admitted to hospital in Glasgow after the outbreak.",
        "In Peru, health officials said 18 people had been admitted to hospital on Friday.",
        "The number of confirmed cases worldwide rose to 1,200 on Tuesday, officials said.",
        "Peru said on Monday that 18 people had been admitted to hospital with the flu.",
        "There were 204 new cases today; the total number in Peru has doubled in a week.",
        "The health board confirmed there are now 6,538 cases in the valley.",
        # a year is no count, nor what follows its comma
        "The nominee released his returns in 2012, exposing his bank accounts.",
        # measures and places are no tally of things that happen somewhere
        "The outbreak has now lasted 18 days and spread to 12 countries on three continents.",
    ):
        ext = _extraction(text, ("Peru", "state"))
        assert unscoped_count(text, 0, ext) is None, text
