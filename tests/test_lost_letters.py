"""A word a source broke by losing an accented letter to a space ("Calder n") is printed
whole where other sources write it whole, with a data note; nothing else is touched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefgen.extract.cache import cache_path
from briefgen.ingest.lost_letters import LetterShare, restore_lost_letters
from briefgen.models import Document


def _doc(n: int, text: str) -> Document:
    return Document(id=f"d{n}", source=f"d{n}.txt", format="txt", title="T", text=text)


def test_a_broken_name_is_restored_from_its_whole_spelling_and_noted() -> None:
    broken = _doc(1, "President Mart nez said in Quer taro that the schools would reopen.")
    whole = _doc(2, "Martinez visited Queretaro on Monday.")
    fixed, kept = restore_lost_letters([broken, whole])
    assert fixed.text == "President Martinez said in Queretaro that the schools would reopen."
    assert len(fixed.text) == len(broken.text)  # offsets still point where they did
    assert any("restored in 2 words" in w for w in fixed.warnings)
    assert kept == whole


def test_no_whole_spelling_or_a_real_word_after_the_space_is_left_as_it_is() -> None:
    # "Mart nez" has no whole spelling in the corpus; "In a" is two words although the
    # corpus writes "Inca" (the tail "a" is a word of its own elsewhere)
    text = "President Mart nez said it. In a speech he praised a guide at the Inca ruins."
    (doc,) = restore_lost_letters([_doc(1, text)])
    assert doc.text == text and not doc.warnings


def test_a_break_two_whole_spellings_fit_is_left_as_it_is() -> None:
    # "Mar n" could be "Marin" or "Maron": the corpus cannot tell which letter was lost;
    # "Penb ry" has one spelling of its length that opens and closes as it does
    broken = _doc(1, "Mayor Mar n spoke in Penb ry on Monday morning.")
    whole = _doc(2, "Marin met Maron and the Penbury council; Penburgy is another town.")
    fixed, _ = restore_lost_letters([broken, whole])
    assert fixed.text == "Mayor Mar n spoke in Penbury on Monday morning."
    assert any("restored in 1 word " in w for w in fixed.warnings)


def test_a_lost_capital_is_restored_where_the_corpus_writes_the_name_whole() -> None:
    # "José Ángel" stripped to "Jos ngel": the tail "ngel" follows the name's first word,
    # and another source writes "Jos Angel" whole
    # (the page lost other letters too: "Le n", written "Leon" elsewhere)
    broken = _doc(1, "The health secretary, Jos ngel Ruiz, said the schools in Le n would reopen.")
    whole = _doc(2, "Jos Angel Ruiz visited Leon on Monday. Ruiz spoke.")
    fixed, kept = restore_lost_letters([broken, whole])
    assert fixed.text == (
        "The health secretary, Jos Angel Ruiz, said the schools in Leon would reopen."
    )
    assert any(
        "restored in 2 words" in w and "point into the restored text" in w for w in fixed.warnings
    )
    assert kept == whole


def test_a_real_word_after_a_capitalised_one_is_never_given_a_capital() -> None:
    # "love" and "lean" only ever follow a capitalised word here, and the corpus writes
    # "Glove" and "Clean": but no source writes "I Glove" or "Trump Clean"
    text = "I love Hong Kong. Critics cite Trump lean. Glove Street and Clean Water were shut."
    (doc,) = restore_lost_letters([_doc(1, text)])
    assert doc.text == text and not doc.warnings


def test_a_capital_is_never_written_back_on_a_page_with_no_other_lost_letter() -> None:
    # "a Hale ally," reads like a lost capital ("Hale Rally" is a headline elsewhere), but the
    # page shows no other sign of its accents stripped
    text = "The senator, a Hale ally, said the schools would reopen."
    doc, _ = restore_lost_letters([_doc(1, text), _doc(2, "Hale Rally draws a crowd.")])
    assert doc.text == text and not doc.warnings


def _corpus() -> list[Document]:
    return [
        _doc(1, "President Mart nez said in Quer taro that the schools would reopen."),
        _doc(2, "Martinez visited Queretaro on Monday."),
        _doc(3, "The health secretary, Jos ngel Ruiz, said the schools in Le n would reopen."),
        _doc(4, "Jos Angel Ruiz visited Leon on Monday. Ruiz spoke."),
    ]


def _scans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts scanned from here on (not read back from the cache)."""
    scanned: list[str] = []
    scan = LetterShare.of

    def counted(text: str) -> LetterShare:
        scanned.append(text)
        return scan(text)

    monkeypatch.setattr(LetterShare, "of", staticmethod(counted))
    return scanned


def test_a_rebuild_scans_only_its_new_texts_and_restores_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = cache_path(tmp_path)
    docs = _corpus()
    cold = restore_lost_letters(docs)
    scanned = _scans(monkeypatch)
    assert restore_lost_letters(docs[:3], cache=cache) != cold[:3]  # "Le n": no "Leon" yet
    assert len(scanned) == 3
    scanned.clear()
    # the rebuild adds the fourth text, which restores "Leon" and "Jos Angel" in the third
    assert restore_lost_letters(docs, cache=cache) == cold
    assert scanned == [docs[3].text]
    assert "Jos Angel Ruiz" in cold[2].text and "Leon" in cold[2].text


def test_a_corrupt_scan_in_the_cache_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = cache_path(tmp_path)
    docs = _corpus()
    restore_lost_letters(docs, cache=cache)
    with sqlite3.connect(cache) as db:
        db.execute("UPDATE letters SET value = X'00'")
    scanned = _scans(monkeypatch)
    assert restore_lost_letters(docs, cache=cache) == restore_lost_letters(docs)
    assert sorted(scanned[: len(docs)]) == sorted(d.text for d in docs)
    scanned.clear()
    restore_lost_letters(docs, cache=cache)
    assert scanned == []  # the entries made again were kept
