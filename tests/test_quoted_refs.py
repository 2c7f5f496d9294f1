"""A quotation speaking of a he/him/she/her the shown sentence never names."""

from __future__ import annotations

from sentence_fixtures import extraction_with

from briefgen.models import Extraction
from briefgen.shown import read_alone


def _shown(ext: Extraction, n: int) -> str | None:
    start, end = ext.sentences[n]
    raw = ext.document.text[start:end]
    return read_alone(raw.strip(), start + len(raw) - len(raw.lstrip()), ext)


def test_a_reaction_about_someone_named_only_before_is_not_shown_alone() -> None:
    ext = extraction_with(
        "Ada Brandt named Olaf Kerr as her likely running mate on the radio. "
        "“Well, I like him a lot,” Brandt said on The Morning Hour on Tuesday.",
        ("Ada Brandt", "person"),
        ("Olaf Kerr", "person"),
        ("Brandt", "person"),
    )
    assert _shown(ext, 1) is None


def test_a_quotation_whose_he_the_sentence_names_is_shown() -> None:
    named_in_quote = extraction_with(
        "The council met on Monday evening. "
        "“Kerr is wrong and he knows it,” Brandt said on Tuesday at the harbour.",
        ("Kerr", "person"),
        ("Brandt", "person"),
    )
    named_outside = extraction_with(
        "The council met on Monday evening. "
        "Brandt says Kerr’s latest plan is “reckless, even for him” in a long statement.",
        ("Kerr", "person"),
        ("Brandt", "person"),
    )
    glossed = extraction_with(
        "The council met on Monday evening. "
        "“He (Kerr) left the harbour without a word,” the prosecutor said in court.",
    )
    assert _shown(named_in_quote, 1) is not None
    assert _shown(named_outside, 1) is not None
    assert _shown(glossed, 1) is not None


def test_a_speaker_s_own_i_and_a_quotation_with_no_third_person_are_shown() -> None:
    ext = extraction_with(
        "The council met on Monday evening. "
        "“I will vote against the harbour plan,” Brandt said on Tuesday in the chamber.",
        ("Brandt", "person"),
    )
    assert _shown(ext, 1) is not None
