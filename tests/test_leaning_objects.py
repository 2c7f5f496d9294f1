"""A shown sentence whose object leans on the sentences before is named in brackets or
refused (issue 11, build item 5): an object "her" that the man the sentence names cannot
be, a "their" with only a person's name ending in "s" before it, a line of argument or a
technique the sentence before set out, and a quoted nickname that is no name to bracket."""

from __future__ import annotations

from dataclasses import replace

from sentence_fixtures import extraction_with

from briefgen.aggregate.interrupted import joined_halves
from briefgen.definites import fuller_named
from briefgen.inner_refs import dangling_their
from briefgen.models import Evidence, Extraction, Position
from briefgen.shown import read_alone, stands_alone
from briefgen.statement import statement


def _last(ext: Extraction) -> tuple[str, int]:
    start, end = ext.sentences[-1]
    raw = ext.document.text[start:end]
    return raw.strip(), start + len(raw) - len(raw.lstrip())


def test_an_object_her_after_a_man_named_is_the_woman_named_before() -> None:
    ext = extraction_with(
        "Maria Lopez won the primary in Oregon. "
        "On Friday, Gov: Robert Hale endorsed her, citing her long record.",
        ("Maria Lopez", "person"),
        ("Robert Hale", "person"),
    )
    # the sentence as a splitter keeps it, its title's full stop inside it
    text = ext.document.text.replace("Gov:", "Gov.")
    ext = replace(ext, document=replace(ext.document, text=text))
    text, start = _last(ext)
    shown = read_alone(text, start, ext)
    assert shown == "On Friday, Gov. Robert Hale endorsed [Lopez], citing her long record."
    # the timeline's cautious reading names her too: the governor's title is no stranger
    assert read_alone(text, start, ext, inner=False) == shown


def test_a_her_after_a_woman_named_stays_hers() -> None:
    ext = extraction_with(
        "Robert Hale won the primary in Oregon. Maria Lopez thanked her staff.",
        ("Maria Lopez", "person"),
        ("Robert Hale", "person"),
    )
    text, start = _last(ext)
    assert read_alone(text, start, ext) == "Maria Lopez thanked her staff."


def test_a_her_that_owns_is_bracketed_as_an_owner() -> None:
    ext = extraction_with(
        "Maria Lopez won the primary in Oregon. Robert Hale praised her campaign on Friday.",
        ("Maria Lopez", "person"),
        ("Robert Hale", "person"),
    )
    text, start = _last(ext)
    assert read_alone(text, start, ext) == "Robert Hale praised [Lopez's] campaign on Friday."


def test_a_their_after_one_person_whose_name_ends_in_s_dangles() -> None:
    ext = extraction_with(
        "Families of the victims sued the gun maker. "
        "Ada Sanders was asked about their case in an interview.",
        ("Ada Sanders", "person"),
    )
    text, start = _last(ext)
    assert dangling_their(text, start, ext)
    assert read_alone(text, start, ext) is None
    # a plural the sentence does name still takes it up
    ext = extraction_with(
        "The rally was loud. Ada Sanders met voters about their case.", ("Ada Sanders", "person")
    )
    text, start = _last(ext)
    assert not dangling_their(text, start, ext)


def test_an_argument_or_a_technique_set_out_before_is_not_shown_alone() -> None:
    assert not stands_alone("The caucus made that argument in letters to party leaders.")
    assert not stands_alone("One early supporter gave the technique a whirl on Tuesday.")
    assert not stands_alone("The senator dismissed the strategy as reckless.")
    # one the sentence says is its own
    assert stands_alone("The caucus made the argument for open primaries in letters.")
    assert stands_alone("Ada Brandt set out her approach to trade on Tuesday.")


def test_a_quoted_nickname_is_no_name_for_the_place() -> None:
    shown = "Boats were filmed near the city's lakefront."
    for quoted in ('"Harbour City"', "“Harbour City”"):
        before = f"Workers are repainting the docks. Tourists love the {quoted}. "
        assert fuller_named(shown, "the city", before) is None
    # the same name unquoted is the place's
    before = "Workers are repainting the docks. Tourists love the Harbour City. "
    assert fuller_named(shown, "the city", before) == (
        "Boats were filmed near [the Harbour City]'s lakefront."
    )


def _direct(pid: str, sentence: str, part: str, speaker: str = "A-1") -> Position:
    at = sentence.index(part)
    evidence = Evidence("d", at, at + len(part), part, sentence, 0)
    return Position(pid, "d", "Ada Brandt", speaker, None, part, at, at + len(part), "direct",
                    "said", evidence)  # fmt: skip


def test_a_quotation_its_tag_interrupts_mid_sentence_is_one_statement() -> None:
    sentence = (
        "“Anyone who has never stood up for the harbour workers,” Brandt said, "
        "“cannot claim to speak for them now.”"
    )
    first = _direct("P1", sentence, "Anyone who has never stood up for the harbour workers")
    second = _direct("P2", sentence, "cannot claim to speak for them now.")
    (joined,) = joined_halves([first, second])
    assert joined.id == "P1"
    assert joined.text.startswith("Anyone who has never")
    assert joined.text.endswith("cannot claim to speak for them now.")
    assert "“Anyone who has never stood up for the harbour workers … cannot claim" in (
        statement("Ada Brandt", joined.text, "direct", "said")
    )
    # as the profile prints it: the tag left out, so a cut for length can fall after a
    # whole sentence of the second half
    assert joined.shown == (
        "Anyone who has never stood up for the harbour workers … "
        "cannot claim to speak for them now."
    )


def test_two_quoted_sentences_or_two_speakers_stay_apart() -> None:
    sentence = "“The harbour is open.” Brandt said. “We will rebuild the docks.”"
    first = _direct("P1", sentence, "The harbour is open.")
    second = _direct("P2", sentence, "We will rebuild the docks.")
    assert joined_halves([first, second]) == [first, second]
    sentence = "“Anyone who stood by,” Brandt said, “knows it.”"
    first = _direct("P1", sentence, "Anyone who stood by")
    second = _direct("P2", sentence, "knows it.", speaker="A-2")
    assert joined_halves([first, second]) == [first, second]
