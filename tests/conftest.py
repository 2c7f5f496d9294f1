"""Shared fixtures: the repository's seeds and one spaCy model per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from briefgen.extract.nlp import load_nlp

    return load_nlp()


@pytest.fixture
def worked_out(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The first lines of the texts whose kept terms (``kept_terms.DocumentTerms``) were
    worked out in this test, not read from the cache."""
    from briefgen import kept_terms

    seen: list[str] = []
    original = kept_terms.DocumentTerms.of

    def spy(text: str) -> kept_terms.DocumentTerms:
        seen.append(text.split("\n")[0])
        return original(text)

    monkeypatch.setattr(kept_terms.DocumentTerms, "of", staticmethod(spy))
    return seen
