"""Quotations' languages kept in the build's cache: a rebuild asks the language model only
about quotations it has not seen, and a damaged entry is ignored and asked again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from rebuild_fixtures import NOW

from briefgen import quote_language
from briefgen.config import load_config
from briefgen.extract.cache import cache_path
from briefgen.ingest.language import foreign, model_decides
from briefgen.pipeline import build_brief
from briefgen.quote_language import read_languages, store_languages

SPANISH = "Vamos a llevar una Caja China a la Casa Blanca"
FRENCH = "Nous sommes tous Charlie ce soir"
ENGLISH = "The tram line will open in June"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the language model was asked about."""
    seen: list[str] = []

    def spy(text: str) -> bool:
        seen.append(text)
        return foreign(text)

    monkeypatch.setattr(quote_language, "foreign", spy)
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


def test_a_rebuild_asks_the_model_only_about_new_quotations(
    tmp_path: Path, asked: list[str]
) -> None:
    cache = cache_path(tmp_path)
    assert _ask([SPANISH, ENGLISH, SPANISH], cache) == [True, False, True]
    assert asked == [SPANISH]  # once; the English line told by its words
    asked.clear()
    assert _ask([SPANISH, FRENCH, ENGLISH], cache) == [True, True, False]
    assert asked == [FRENCH]  # the French line alone
    assert _ask([SPANISH, FRENCH], None) == [foreign(SPANISH), foreign(FRENCH)]


def test_a_damaged_entry_is_ignored_and_the_model_asked_again(
    tmp_path: Path, asked: list[str]
) -> None:
    cache = cache_path(tmp_path)
    _ask([SPANISH], cache)
    with sqlite3.connect(cache) as db:
        db.execute("UPDATE languages SET value = X'00112233'")
    asked.clear()
    assert _ask([SPANISH], cache) == [True]
    assert asked == [SPANISH]


def test_a_rebuild_of_the_same_corpus_leaves_the_model_alone(
    tmp_path: Path, asked: list[str]
) -> None:
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
    assert SPANISH in asked
    asked.clear()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    assert build(tmp_path / "b") == first
    assert asked == []
