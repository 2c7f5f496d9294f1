"""The structure stage's cache: a rebuild structures only what is new or changed, or whose
blocks rested on an answer of the corpus profile that has changed, and gives the same
blocks as structuring afresh."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from briefgen.models import Document
from briefgen.structure import classify
from briefgen.structure.cached import RecordingProfile, StructureCache
from briefgen.structure.profile import CorpusProfile, build_profile
from briefgen.structure.sieve import sieve

PROMO = "Our reporters have covered the city council for many years and will keep you informed."


def _article(i: int, promo: bool) -> Document:
    body = (
        f"Council votes on budget {i}\n\n"
        f"The city council voted on the {i}th item of the budget on Tuesday. The mayor said "
        f"the vote would hold, and members of the opposition said they would appeal it.\n\n"
        + (f"{PROMO}\n\n" if promo else "")
        + f"Residents of district {i} spoke at the meeting, and the council thanked them."
    )
    title = f"Council votes on budget {i}"
    return Document(id=f"a{i}.txt", source=f"a{i}.txt", format="txt", text=body, title=title)


def _corpus(promos: int, n: int = 12) -> list[Document]:
    return [_article(i, promo=i < promos) for i in range(n)]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the documents the classifier structured."""
    seen: list[str] = []
    original = classify.structure_document

    def spy(document, profile=None):  # type: ignore[no-untyped-def]
        seen.append(document.id)
        return original(document, profile)

    monkeypatch.setattr(classify, "structure_document", spy)
    return seen


def _blocks(docs: list[Document], cache: StructureCache | None) -> dict[str, object]:
    return {d.id: d.blocks for d in sieve(docs, cache=cache).documents}


def test_an_unchanged_document_is_not_structured_again_a_changed_one_is(
    tmp_path: Path, counted: list[str]
) -> None:
    path = tmp_path / "cache.sqlite"
    docs = _corpus(promos=6)
    with StructureCache(path) as cache:
        first = _blocks(docs, cache)
    assert len(counted) == 12
    counted.clear()
    edited = [*docs[:-1], replace(docs[-1], text=docs[-1].text + " The meeting ended late.")]
    with StructureCache(path) as cache:
        second = _blocks(edited, cache)
    assert counted == ["a11.txt"]
    assert {k: v for k, v in second.items() if k != "a11.txt"} == {
        k: v for k, v in first.items() if k != "a11.txt"
    }
    # what the cache gave is what structuring afresh gives
    counted.clear()
    assert second == _blocks(edited, None)


def test_a_document_whose_profile_answer_changed_is_structured_again(
    tmp_path: Path, counted: list[str]
) -> None:
    # A sentence-shaped line in 4 of 12 documents is body; in 6 it recurs enough to be
    # page furniture (profile.MIN_RECURRING). A rebuild where two more documents carry it
    # must restructure the four that already did.
    path = tmp_path / "cache.sqlite"
    with StructureCache(path) as cache:
        _blocks(_corpus(promos=4), cache)
    counted.clear()
    more = _corpus(promos=6)
    with StructureCache(path) as cache:
        cached = _blocks(more, cache)
    assert set(counted) == {f"a{i}.txt" for i in range(6)}
    assert cached == _blocks(more, None)
    assert [b.kind for b in cached["a0.txt"]] == ["headline", "body", "furniture", "body"]


class _Replay(CorpusProfile):
    """Answers only from a record: a question not in it fails the test (KeyError)."""

    def __init__(self, answers: dict[tuple[str, str], bool | int | None]) -> None:
        words = frozenset(w for (q, w), found in answers.items() if q == "common" and found)
        super().__init__(documents=100, common=words)
        object.__setattr__(self, "answers", answers)

    def frequency(self, line: str) -> int:
        return self.answers[("frequency", line)]  # type: ignore[attr-defined,no-any-return]

    def recurring(self, line: str, *, sentence_shaped: bool) -> bool:
        q = "recurring" if sentence_shaped else "recurring fragment"
        return bool(self.answers[(q, line)])  # type: ignore[attr-defined]

    def recurring_prefix(self, text: str) -> int | None:
        return self.answers[("prefix", text)]  # type: ignore[attr-defined,no-any-return]

    def recurring_suffix(self, text: str) -> int | None:
        return self.answers[("suffix", text)]  # type: ignore[attr-defined,no-any-return]

    def recurring_box(self, heading: str) -> bool:
        return bool(self.answers[("box", heading)])  # type: ignore[attr-defined]


def test_the_recorded_answers_are_all_the_classifier_reads() -> None:
    docs = _corpus(promos=6)
    profile = build_profile(docs)
    for doc in docs:
        recording = RecordingProfile(profile)
        expected = classify.structure_document(doc, recording).blocks
        assert recording.answers
        replay = _Replay(dict(recording.answers))
        assert classify.structure_document(doc, replay).blocks == expected


def test_a_corrupt_entry_is_ignored_and_replaced(tmp_path: Path, counted: list[str]) -> None:
    path = tmp_path / "cache.sqlite"
    docs = _corpus(promos=6)
    with StructureCache(path) as cache:
        first = _blocks(docs, cache)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE structures SET value = X'00112233'")
    counted.clear()
    with StructureCache(path) as cache:
        assert _blocks(docs, cache) == first
        assert cache.rejected == 12
    assert len(counted) == 12
    counted.clear()
    with StructureCache(path) as cache:
        assert _blocks(docs, cache) == first
    assert counted == []


def test_cache_clear_empties_the_structure_entries_too(tmp_path: Path) -> None:
    from briefgen.extract.cache import clear_cache

    path = tmp_path / "cache.sqlite"
    with StructureCache(path) as cache:
        _blocks(_corpus(promos=6), cache)
        assert cache.count() == 12
    clear_cache(path)
    with StructureCache(path) as cache:
        assert cache.count() == 0


FRENCH = (
    "Le conseil municipal a voté mardi le budget de la ville. Le maire a déclaré que le "
    "vote tiendrait, et les membres de l'opposition ont annoncé qu'ils feraient appel. "
    "Les habitants du quartier ont pris la parole pendant la réunion, qui a fini tard."
)


def test_a_foreign_page_s_language_is_kept_and_not_told_apart_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefgen.structure import sieve as sieve_module

    path = tmp_path / "cache.sqlite"
    foreign = Document(id="fr.txt", source="fr.txt", format="txt", text=FRENCH, title="Budget")
    docs = [*_corpus(promos=0), foreign]
    with StructureCache(path) as cache:
        first = sieve(docs, cache=cache)
    told: list[str] = []
    monkeypatch.setattr(sieve_module, "detect_language", lambda text: told.append(text))
    with StructureCache(path) as cache:
        second = sieve(docs, cache=cache)
    assert told == []
    assert second == first
    assert [n.dropped for n in second.notes] == ["not-english"]
    assert "language: fr" in second.notes[0].message


def test_a_rebuild_scans_only_its_new_texts_for_the_profile_and_a_corrupt_scan_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefgen.structure.profile import PageLines

    path = tmp_path / "cache.sqlite"
    docs = _corpus(promos=6)
    fresh = _blocks(docs, None)
    scanned: list[str] = []
    original = PageLines.of

    def spy(text: str) -> PageLines:
        scanned.append(text)
        return original(text)

    monkeypatch.setattr(PageLines, "of", staticmethod(spy))
    with StructureCache(path) as cache:
        _blocks(docs[:10], cache)  # the last build: ten of the twelve pages
    scanned.clear()
    with StructureCache(path) as cache:
        assert _blocks(docs, cache) == fresh  # the furniture found as a cold build finds it
    assert sorted(scanned) == sorted(d.text for d in docs[10:])
    with sqlite3.connect(path) as db:
        db.execute("UPDATE profile_lines SET value = X'00112233'")
    scanned.clear()
    with StructureCache(path) as cache:
        assert _blocks(docs, cache) == fresh
    assert len(scanned) == 12
