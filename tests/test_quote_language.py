"""Quotations' languages kept in the build's cache: a rebuild asks the language model only
about quotations it has not seen, and a damaged entry is ignored and asked again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefgen import quote_language
from briefgen.extract.cache import cache_path
from briefgen.ingest.language import foreign, model_decides
from briefgen.quote_language import quote_languages

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


def test_a_rebuild_asks_the_model_only_about_new_quotations(
    tmp_path: Path, asked: list[str]
) -> None:
    cache = cache_path(tmp_path)
    first = quote_languages([SPANISH, ENGLISH, SPANISH], cache=cache)
    assert first == {SPANISH: True}
    assert len(asked) == 1
    asked.clear()
    second = quote_languages([SPANISH, FRENCH, ENGLISH], cache=cache)
    assert second == {SPANISH: True, FRENCH: True}
    assert len(asked) == 1  # the French line alone
    assert second == {t: foreign(t) for t in (SPANISH, FRENCH)}  # as the model says
    assert quote_languages([SPANISH]) == {}  # without a cache the views ask, as they go


def test_a_damaged_entry_is_ignored_and_the_model_asked_again(
    tmp_path: Path, asked: list[str]
) -> None:
    cache = cache_path(tmp_path)
    quote_languages([SPANISH], cache=cache)
    with sqlite3.connect(cache) as db:
        db.execute("UPDATE languages SET value = X'00112233'")
    asked.clear()
    assert quote_languages([SPANISH], cache=cache) == {SPANISH: True}
    assert len(asked) == 1
