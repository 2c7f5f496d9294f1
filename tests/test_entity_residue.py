"""An ampersand's entity stripped upstream ("amp") is read back as "&", offsets kept."""

from __future__ import annotations

from briefgen.ingest.residue import read_entity_residue
from briefgen.models import Document


def _doc(text: str) -> Document:
    return Document(id="1989-10-30/a.txt", source="c.jsonl", format="jsonl", text=text, title="")


def test_initials_joined_by_the_residue_read_as_one_name() -> None:
    text = "The SampP 500 fell 2% and ATampT shares slipped, said Penbury amp Holt."
    read = read_entity_residue(_doc(text))
    assert len(read.text) == len(text)
    assert "S&P" in read.text and "AT&T" in read.text and "Penbury &" in read.text
    assert read.text.index("500") == text.index("500")
    assert any("in 3 places" in w for w in read.warnings)


def test_a_word_holding_amp_in_lower_case_is_left_alone() -> None:
    text = "The Camp David talks resumed as a Tampa lamp maker reported."
    assert read_entity_residue(_doc(text)).text == text
