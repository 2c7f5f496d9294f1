"""Quotations' languages kept in the build's cache: a rebuild asks the language model only
about quotations it has not seen, and a damaged entry is ignored and asked again. The
model is asked in a forked child, never in the build's own process."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from rebuild_fixtures import NOW

from briefgen import quote_language
from briefgen.config import load_config
from briefgen.extract.cache import cache_path
from briefgen.ingest import language
from briefgen.ingest.language import foreign, model_decides
from briefgen.pipeline import build_brief
from briefgen.quote_language import read_languages, store_languages

SPANISH = "Vamos a llevar una Caja China a la Casa Blanca"
FRENCH = "Nous sommes tous Charlie ce soir"
ENGLISH = "The tram line will open in June"


class Asked:
    """The texts the language model was asked about, in whichever process, and the
    processes that loaded it: a file, which a forked child's writes reach."""

    def __init__(self, log: Path) -> None:
        self.log = log

    def lines(self, kind: str) -> list[str]:
        text = self.log.read_text(encoding="utf-8") if self.log.exists() else ""
        return [line.split("\t")[2] for line in text.splitlines() if line.split("\t")[0] == kind]

    def texts(self) -> list[str]:
        return self.lines("asked")

    def loaded_here(self) -> bool:
        return str(os.getpid()) in self.lines("loaded")

    def note(self, kind: str, value: str) -> None:
        with self.log.open("a", encoding="utf-8") as out:
            out.write(f"{kind}\t{os.getpid()}\t{value}\n")

    def clear(self) -> None:
        self.log.unlink(missing_ok=True)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Asked:
    """The texts the language model was asked about, and which processes loaded it."""
    seen = Asked(tmp_path / "asked.log")
    real = language._identifier

    def spy(text: str) -> bool:
        seen.note("asked", text)
        return foreign(text)

    def loading() -> object:
        seen.note("loaded", str(os.getpid()))
        return real()

    monkeypatch.setattr(quote_language, "foreign", spy)
    monkeypatch.setattr(language, "_identifier", loading)
    return seen


def test_only_quotations_without_common_english_words_go_to_the_model() -> None:
    assert model_decides(SPANISH)
    assert not model_decides(ENGLISH)
    assert not model_decides("Gracias amigos")  # too few words to tell


def _ask(texts: list[str], cache: Path | None) -> list[bool]:
    """As a build's views ask: read what the cache holds, ask, keep what was classified."""
    languages = read_languages(texts, cache)
    verdicts = [languages.foreign(t) for t in texts]
    store_languages(languages, cache)
    return verdicts


def test_a_rebuild_asks_the_model_only_about_new_quotations(tmp_path: Path, asked: Asked) -> None:
    cache = cache_path(tmp_path)
    assert _ask([SPANISH, ENGLISH, SPANISH], cache) == [True, False, True]
    assert asked.texts() == [SPANISH]  # once; the English line told by its words
    asked.clear()
    assert _ask([SPANISH, FRENCH, ENGLISH], cache) == [True, True, False]
    assert asked.texts() == [FRENCH]  # the French line alone
    assert _ask([SPANISH, FRENCH], None) == [True, True]  # no cache: asked each build
    assert not asked.loaded_here()


def test_the_first_verdict_missing_has_every_missing_one_classified_in_one_child(
    tmp_path: Path, asked: Asked
) -> None:
    languages = read_languages([ENGLISH, SPANISH, FRENCH, SPANISH], cache_path(tmp_path))
    assert languages.pending == (SPANISH, FRENCH)  # the English line needs no verdict
    assert asked.texts() == []  # nothing classified before a view asks
    assert languages.foreign(FRENCH)
    assert sorted(asked.texts()) == sorted([FRENCH, SPANISH])
    assert len(set(asked.lines("loaded"))) == 1 and not asked.loaded_here()
    assert languages.foreign(SPANISH)
    assert len(asked.texts()) == 2  # SPANISH was classified with FRENCH
    assert languages.new == {FRENCH: True, SPANISH: True}


def test_a_quotation_outside_the_pending_ones_is_classified_apart_too(asked: Asked) -> None:
    languages = read_languages([], None)
    assert languages.foreign(SPANISH) and not languages.foreign(ENGLISH)
    assert asked.texts() == [SPANISH] and not asked.loaded_here()


def test_a_child_that_fails_is_an_error_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> bool:
        raise ValueError("no model")

    monkeypatch.setattr(quote_language, "foreign", broken)
    with pytest.raises(language.ModelChildFailed, match="ValueError: no model"):
        read_languages([SPANISH], None).foreign(SPANISH)


def test_a_damaged_entry_is_ignored_and_the_model_asked_again(tmp_path: Path, asked: Asked) -> None:
    cache = cache_path(tmp_path)
    _ask([SPANISH], cache)
    with sqlite3.connect(cache) as db:
        db.execute("UPDATE languages SET value = X'00112233'")
    asked.clear()
    assert _ask([SPANISH], cache) == [True]
    assert asked.texts() == [SPANISH]


def test_a_rebuild_of_the_same_corpus_leaves_the_model_alone(tmp_path: Path, asked: Asked) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "rally.txt").write_text(
        "Mayor rallies supporters in the square\n\nMarch 3, 2022\n\n"
        "Mayor Elena Duarte spoke to supporters in the main square on 2 March 2022. "
        f'"{SPANISH}," Duarte said to the crowd. '
        "Duarte said the new tram line would open in June and cost 40 million euros.",
        encoding="utf-8",
    )

    def build(folder: Path) -> bytes:
        config = load_config(None, inputs=[str(inputs)], output_dir=str(folder), formats="md")
        return (build_brief(config, now=NOW).build_dir / "brief.md").read_bytes()

    first = build(tmp_path / "a")
    assert SPANISH in asked.texts()
    assert asked.lines("loaded") and not asked.loaded_here()  # loaded, in a child alone
    asked.clear()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    assert build(tmp_path / "b") == first
    assert asked.texts() == [] and asked.lines("loaded") == []
