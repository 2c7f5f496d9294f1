"""A shown sentence's "here" is the dateline's place, named in brackets; a "there" whose
place only the sentences before give is not shown."""

from __future__ import annotations

from sentence_fixtures import paragraph_page

from briefgen.extract.dateline import dateline_place
from briefgen.models import Extraction
from briefgen.shown import read_alone


def _extraction(*paragraphs: str) -> Extraction:
    """A document of ``paragraphs`` (one sentence each, the first maybe a headline)."""
    return paragraph_page("d", "2016-06-01", *paragraphs)


def _shown(ext: Extraction, index: int) -> str | None:
    start, end = ext.sentences[index]
    return read_alone(ext.document.text[start:end], start, ext)


HEADLINE = "Nurses march for higher pay in a small town."
LEDE = "ELM GROVE, Wis. - Hundreds of nurses marched here on Tuesday to demand higher pay."


def test_here_in_the_lede_names_the_dateline_place() -> None:
    ext = _extraction(HEADLINE, LEDE)
    assert _shown(ext, 1) == (
        "Hundreds of nurses marched here [in Elm Grove, Wis.] on Tuesday to demand higher pay."
    )


def test_here_later_in_the_story_names_the_dateline_place_once() -> None:
    later = "The union said more nurses would rally here and here again in the spring."
    ext = _extraction(HEADLINE, LEDE, later)
    assert _shown(ext, 2) == (
        "The union said more nurses would rally here [in Elm Grove, Wis.] and here again in"
        " the spring."
    )


def test_a_wire_dateline_gives_its_place_without_its_day_or_agency() -> None:
    lede = "PORT MARA, May 31 (Wire) - Dock workers struck here on Tuesday over a pay cut."
    ext = _extraction(HEADLINE, lede)
    assert dateline_place(ext.document) == "Port Mara"
    assert _shown(ext, 1) == "Dock workers struck here [in Port Mara] on Tuesday over a pay cut."


def test_a_dateline_s_weekday_however_abbreviated_is_no_part_of_its_place() -> None:
    for day in ("Tuesday", "Tues.", "Thur.", "THURSDAY"):
        lede = f"PORT MARA, {day} (Wire) - Dock workers struck here over a pay cut."
        assert dateline_place(_extraction(HEADLINE, lede).document) == "Port Mara", day
    # a place that merely begins like a weekday stays a place
    lede = "SUNNY ISLES, Fla. - Dock workers struck here over a pay cut."
    assert dateline_place(_extraction(HEADLINE, lede).document) == "Sunny Isles, Fla."


def test_here_with_no_dateline_is_not_shown() -> None:
    ext = _extraction(HEADLINE, "Hundreds of nurses marched here on Tuesday to demand higher pay.")
    assert dateline_place(ext.document) is None
    assert _shown(ext, 1) is None


def test_quoted_here_and_idioms_are_left_as_they_are() -> None:
    for sentence in (
        'The mayor said on Tuesday that "the nurses who work here deserve a raise."',
        "Here is what the union asked for on Tuesday: a raise of 5 percent.",
        "The mayor said on Tuesday that strikes by nurses were here to stay.",
        "The union said on Tuesday that from here on it would strike every month.",
    ):
        ext = _extraction(HEADLINE, sentence)
        assert _shown(ext, 1) == sentence, sentence


def test_a_locative_there_whose_place_is_before_is_not_shown() -> None:
    before = "On Monday the governor flew to Elm Grove to meet the nurses."
    there = "The governor spoke there on Tuesday about the pay dispute."
    ext = _extraction(HEADLINE, before, there)
    assert _shown(ext, 2) is None


def test_an_existential_there_or_a_place_in_the_sentence_stands() -> None:
    for sentence in (
        "There were long queues at the Elm Grove clinic on Tuesday, the union said.",
        "The governor flew to Elm Grove on Tuesday and spoke there about the pay dispute.",
    ):
        ext = _extraction(HEADLINE, sentence)
        assert _shown(ext, 1) == sentence, sentence


def test_where_someone_spoke_needs_no_place() -> None:
    sentence = "The union's leader said here on Tuesday that nurses would strike in May."
    assert _shown(_extraction(HEADLINE, sentence), 1) == sentence


def test_a_links_click_here_names_no_place() -> None:
    sentence = "For a map of the march route, click here to see where the nurses walked."
    ext = _extraction(HEADLINE, LEDE, sentence)
    assert _shown(ext, 2) == sentence
