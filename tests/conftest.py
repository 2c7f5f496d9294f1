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
