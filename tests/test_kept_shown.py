"""A rebuild names the references back of its new documents' statements only, reading the
others' from the build's cache, and shows every statement as a build without it does."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sentence_fixtures import extraction_with

from briefgen.aggregate import kept_shown, run
from briefgen.extract.cache import BesideCache
from briefgen.models import Evidence, Extraction, Position

FIRST = "Harbor Holdings owns Harbor Savings Bank, which has nine branches."
SAID = "At the end of June, the bank had deposits of $300 million"
NAMED = "At the end of June, the bank [Harbor Savings Bank] had deposits of $300 million"


def _page(doc: str) -> Extraction:
    """A page whose statement's "the bank" the sentence before names."""
    second = f"{SAID}, Pacific West said."
    text = f"{FIRST} {second}"
    ext = extraction_with(text, ("Harbor Savings Bank", "org"), ("Pacific West", "org"))
    at = text.index(second)
    ev = Evidence(doc, at, at + len(SAID), SAID, second, at)
    p = Position(f"{doc}-p", doc, "Pacific West", None, None, SAID, at, at + len(SAID),
                 "reported", "said", ev, attribution="cue")  # fmt: skip
    document = replace(ext.document, id=doc, source=f"{doc}.txt")
    mentions = tuple(replace(m, doc=doc) for m in ext.mentions)
    return replace(ext, document=document, mentions=mentions, positions=(p,))


def _keys(extractions: list[Extraction]) -> dict[str, str]:
    return {x.document.id: f"key-of-{x.document.id}" for x in extractions}


@pytest.fixture
def named(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The documents whose statements were named (not read from the cache)."""
    calls: list[str] = []
    name = kept_shown.named_content

    def spy(p, extraction):  # type: ignore[no-untyped-def]
        calls.append(p.doc)
        return name(p, extraction)

    monkeypatch.setattr(kept_shown, "named_content", spy)
    return calls


def test_a_rebuild_names_only_its_new_page_and_shows_what_a_build_without_the_cache_does(
    tmp_path: Path, named: list[str]
) -> None:
    cache = tmp_path / "cache.sqlite"
    old = [_page("marlow"), _page("penbury")]
    run.aggregate(old, cache=cache, keys=_keys(old))
    assert sorted(named) == ["marlow", "penbury"]
    named.clear()
    new = [*old, _page("holt")]
    rebuilt = run.aggregate(new, cache=cache, keys=_keys(new))
    assert named == ["holt"]
    assert rebuilt.positions == run.aggregate(new).positions
    assert [p.shown for p in rebuilt.positions] == [NAMED] * 3


def test_a_damaged_or_misfitting_entry_is_named_anew(tmp_path: Path, named: list[str]) -> None:
    cache = tmp_path / "cache.sqlite"
    pages = [_page("marlow"), _page("penbury")]
    keys = _keys(pages)
    run.aggregate(pages, cache=cache, keys=keys)
    with BesideCache(cache, table="shown", kind=kept_shown.DocumentShown) as stored:
        # penbury's entry now names two statements: it holds one
        stored.put(stored.key(keys["penbury"]), kept_shown.DocumentShown(("x", None)))
        damaged = stored.key(keys["marlow"])
    with sqlite3.connect(cache) as db:  # marlow's entry damaged
        db.execute("UPDATE shown SET value = ? WHERE key = ?", (b"not an entry", damaged))
    named.clear()
    rebuilt = run.aggregate(pages, cache=cache, keys=keys)
    assert sorted(named) == ["marlow", "penbury"]
    assert [p.shown for p in rebuilt.positions] == [NAMED] * 2


def test_statements_named_in_the_forked_process_are_kept_for_the_next_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache.sqlite"
    pages = [_page("marlow"), _page("penbury")]
    alone = run.aggregate(pages)
    monkeypatch.setattr(run, "PARALLEL_FROM", 1)
    monkeypatch.setattr(run, "_cores", lambda: 2)
    forked = run.aggregate(pages, cache=cache, keys=_keys(pages))
    assert forked.positions == alone.positions
    with BesideCache(cache, table="shown", kind=kept_shown.DocumentShown) as stored:
        assert stored.count() == 2
    again = run.aggregate(pages, cache=cache, keys=_keys(pages))
    assert again.positions == alone.positions
