"""Scraped text whose UTF-8 was read as Latin-1 upstream ("PeÃ±a"): repaired at ingest,
one person under one name, and a data note saying the document was repaired."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from briefgen.config import load_config
from briefgen.ingest import ingest
from briefgen.pipeline import build_brief

MISREAD = (
    "Leaders meet in Mexico City\n\n"
    "MEXICO CITY — President Enrique PeÃ±a Nieto met the candidate on Wednesday. "
    "â€œWe talked about the wall,â€\x9d PeÃ±a Nieto said. Itâ€™s the first such visit."
)
CLEAN = (
    "Visit stirs anger\n\n"
    "MEXICO CITY — Enrique Peña Nieto faced criticism on Thursday after the visit. "
    "“It was a mistake,” said a senator of his party. Peña Nieto said he had no regrets."
)


def test_misread_text_is_repaired_and_noted(tmp_path: Path) -> None:
    (tmp_path / "2016-08-31-misread.txt").write_text(MISREAD, encoding="utf-8")
    (tmp_path / "2016-09-01-clean.txt").write_text(CLEAN, encoding="utf-8")
    docs = {d.id: d for d in ingest([tmp_path]).documents}
    repaired = docs["2016-08-31-misread.txt"]
    assert "President Enrique Peña Nieto met" in repaired.text
    assert "“We talked about the wall,” Peña Nieto said. It’s the first" in repaired.text
    assert "Ã" not in repaired.text and "â€" not in repaired.text
    assert any("broken character encoding" in w for w in repaired.warnings)
    # a clean document is read as it is, with no note
    assert docs["2016-09-01-clean.txt"].text == CLEAN
    assert not docs["2016-09-01-clean.txt"].warnings


def test_accented_text_that_was_read_right_is_left_alone(tmp_path: Path) -> None:
    text = "Ãlvaro and Ângela met in São Paulo\n\nThe café's owner, Ãlvaro, said it was â (a hat)."
    (tmp_path / "2016-08-31-accents.txt").write_text(text, encoding="utf-8")
    (document,) = ingest([tmp_path]).documents
    assert document.text == text and not document.warnings


def test_the_brief_shows_the_repaired_name_and_a_data_note(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "2016-08-31-misread.txt").write_text(MISREAD, encoding="utf-8")
    (tmp_path / "in" / "2016-09-01-clean.txt").write_text(CLEAN, encoding="utf-8")
    config = load_config(
        None, inputs=[str(tmp_path / "in")], output_dir=tmp_path / "out", formats="md"
    )
    built = build_brief(config, now=datetime(2026, 11, 23, 7, 0, tzinfo=UTC))
    shown = built.files["md"].read_text(encoding="utf-8")
    assert "Ã" not in shown and "â€" not in shown
    assert "Peña Nieto" in shown
    notes = shown[shown.index("Data notes") :] if "Data notes" in shown else shown
    assert "Leaders meet in Mexico City: broken character encoding" in notes


def test_a_misread_letter_whose_accent_was_split_off_is_repaired_whole(tmp_path: Path) -> None:
    # "Ségolène" and "espère" misread ("Ã¨"), then decomposed for compatibility: the "¨"
    # became a space and a combining diaeresis, which split the word ("SégolÃ ̈ne"); in
    # "naïveté" the space was dropped as well ("naÃ̄veté"). ftfy on the whole text would
    # make "naà ̄veté"; the accent written back first gives every word whole.
    text = (
        "A headline of five words\n\nS\u00c3\u00a9gol\u00c3 \u0308ne Royal said: "
        "'On esp\u00c3 \u0308re.' His na\u00c3\u0304vet\u00c3\u00a9 was PeÃ±a's complaint."
    )
    (tmp_path / "2016-06-03-split.txt").write_text(text, encoding="utf-8")
    (document,) = ingest([tmp_path]).documents
    assert "Ségolène Royal said: 'On espère.' His naïveté was Peña's complaint." in document.text
    assert any("repaired in 4 places;" in w for w in document.warnings)
    assert not any("could not be repaired" in w for w in document.warnings)


def test_misread_text_decomposed_afterwards_is_repaired(tmp_path: Path) -> None:
    # "PeÃ±a" whose "Ã" a later step wrote as "A" and a combining tilde
    text = "A headline of five words\n\nPresident PeA\u0303\u00b1a Nieto spoke on Wednesday."
    (tmp_path / "2016-09-01-decomposed.txt").write_text(text, encoding="utf-8")
    (document,) = ingest([tmp_path]).documents
    assert "President Peña Nieto spoke" in document.text
    assert any("broken character encoding" in w for w in document.warnings)


def test_a_word_no_repair_restores_is_noted_as_left_garbled(tmp_path: Path) -> None:
    # "Raúl" misread twice with a byte lost on the way: no table gives the name back, so
    # the note must not claim a repair the reader can see did not happen.
    text = "Primary wounds\n\nRep. RaÃ\x83Âol M. Grijalva and PeÃ±a Nieto spoke on Monday."
    (tmp_path / "2016-06-09-lost.txt").write_text(text, encoding="utf-8")
    (document,) = ingest([tmp_path]).documents
    assert "Peña Nieto" in document.text
    assert any("repaired in 1 place;" in w for w in document.warnings)
    assert any("could not be repaired in 1 place" in w for w in document.warnings)


def test_a_letter_that_lost_its_second_byte_is_noted_as_left_garbled(tmp_path: Path) -> None:
    # "Raúl" whose "º" was lost after the misreading: "RaÃol" has no sequence to repair,
    # but a capital "Ã" inside a lower-case word is garbage the note must own up to.
    text = "Primary wounds\n\nRep. RaÃol M. Grijalva and JuliÃ¡n Castro spoke on Monday."
    (tmp_path / "2016-04-26-lost.txt").write_text(text, encoding="utf-8")
    (document,) = ingest([tmp_path]).documents
    assert "Julián Castro" in document.text and "RaÃol" in document.text
    assert any("repaired in 1 place;" in w for w in document.warnings)
    assert any("could not be repaired in 1 place" in w for w in document.warnings)
