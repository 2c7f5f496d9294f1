"""A rebuild's new pages sent to the extract stage's workers while the structure stage
still runs (``extract.ahead``): the extract stage takes what it would have sent itself,
and nothing else; the brief is the one a build without the cache writes. Invented
articles about invented ferries, ports and courts."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from briefgen.config import load_config
from briefgen.extract import run
from briefgen.extract.ahead import Ahead
from briefgen.extract.cache import ExtractionCache, cache_path
from briefgen.extract.pool import ExtractionPool
from briefgen.models import Document
from briefgen.pipeline import build_brief
from briefgen.structure import sieve as sieve_module
from briefgen.structure.cached import StructureCache
from briefgen.structure.sieve import sieve

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork"
)

ARTICLES = {
    "ferry.txt": (
        "Ferry service resumes\n\nJuly 23, 2021\n\nThe Marlow ferry sailed again on 22 July "
        "2021, its operator, Ann Holt, said."
    ),
    "port.txt": (
        "Port reopens after strike\n\nJuly 20, 2021\n\nDock workers ended their strike on 18 "
        "July 2021, the union said. Carlos Mendes, its leader, said pay talks would go on."
    ),
    "court.txt": (
        "Court rules on export ban\n\nAugust 2, 2021\n\nThe high court struck down the export "
        "ban on 30 July 2021. Judge Mary Okafor said the ministry had exceeded its powers."
    ),
}
NEW = {
    "bridge.txt": (
        "Bridge reopens\n\nJuly 30, 2021\n\nThe Penbury bridge reopened on 29 July 2021. "
        "The council's engineer, Tom Reed, said repairs were done."
    ),
    "rail.txt": (
        "Rail strike called off\n\nJuly 22, 2021\n\nThe rail union called off its strike on "
        "21 July 2021, its secretary, Lena Holt, said."
    ),
}
# no year anywhere: the corpus's usual year places its day
UNDATED = (
    "Farmers protest in the capital\n\nThousands of farmers marched on 23 August. Their "
    "spokesman, Piet de Vries, said prices had fallen since the spring."
)


def _write(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _build(inputs: Path, output: Path, **flags: object):  # type: ignore[no-untyped-def]
    config = load_config(None, inputs=[str(inputs)], output_dir=str(output), **flags)
    return build_brief(config, now=NOW)


def _content(result) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The brief.json, but for what is new since the previous build (only a folder that
    had one has it)."""
    data = json.loads((result.build_dir / "brief.json").read_bytes())
    data.pop("whats_new", None)
    return data  # type: ignore[no-any-return]


@pytest.fixture
def ahead_log(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What was sent ahead ("sent ID") and taken ("taken"), and when the structure stage
    went past the pages' blocks ("structured")."""
    seen: list[str] = []
    send, take = Ahead.send, Ahead.take
    several = sieve_module.several_stories

    def sending(self: Ahead, document: Document) -> None:
        before = len(self)
        send(self, document)
        if len(self) > before:
            seen.append(f"sent {document.id}")

    def taking(self: Ahead, key: str) -> Any:
        future = take(self, key)
        if future is not None:
            seen.append("taken")
        return future

    def stories(*args: Any, **kwargs: Any) -> Any:
        seen.append("structured")
        return several(*args, **kwargs)

    monkeypatch.setattr(Ahead, "send", sending)
    monkeypatch.setattr(Ahead, "take", taking)
    monkeypatch.setattr(sieve_module, "several_stories", stories)
    return seen


@needs_fork
def test_a_rebuilds_new_pages_are_extracted_while_the_rest_are_structured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ahead_log: list[str]
) -> None:
    monkeypatch.setattr(run, "PARALLEL_FROM", 2)  # two new articles: worker processes
    inputs = _write(tmp_path / "in", ARTICLES)
    _build(inputs, tmp_path / "out", formats="json")
    _write(inputs, NEW)
    ahead_log.clear()
    again = _build(inputs, tmp_path / "out", formats="json")
    assert again.counts == {"extracted": 2, "from_cache": 3}
    # the two new pages sent before the structure stage was done, and both taken
    assert ahead_log == ["sent bridge.txt", "sent rail.txt", "structured", "taken", "taken"]
    fresh = _build(inputs, tmp_path / "fresh", formats="json", cache=False)
    assert _content(again) == _content(fresh)
    assert not multiprocessing.active_children()


@needs_fork
def test_a_page_whose_entry_is_damaged_is_sent_ahead_and_extracted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ahead_log: list[str]
) -> None:
    """An old page whose extraction and structure entries no longer check out is worked
    out again from the start: sent ahead with the new page, and stored again."""
    monkeypatch.setattr(run, "PARALLEL_FROM", 2)
    inputs = _write(tmp_path / "in", ARTICLES)
    _build(inputs, tmp_path / "out", formats="json")
    with sqlite3.connect(cache_path(tmp_path / "out")) as db:
        for table in ("entries", "structures"):
            db.execute(f"UPDATE {table} SET checksum = 'spoiled'")
    db.close()
    _write(inputs, {"bridge.txt": NEW["bridge.txt"]})
    ahead_log.clear()
    again = _build(inputs, tmp_path / "out", formats="json")
    assert again.counts == {"extracted": 4, "from_cache": 0}
    assert ahead_log.count("taken") == 4
    fresh = _build(inputs, tmp_path / "fresh", formats="json", cache=False)
    assert _content(again) == _content(fresh)
    third = _build(inputs, tmp_path / "out", formats="json")
    assert third.counts == {"extracted": 0, "from_cache": 4}


def _docs(folder: Path, articles: dict[str, str]) -> list[Document]:
    from briefgen.ingest import ingest

    return list(ingest([_write(folder, articles)]).documents)


@needs_fork
def test_what_was_sent_ahead_and_is_not_asked_for_is_never_used(  # type: ignore[no-untyped-def]
    tmp_path: Path, nlp, ahead_log: list[str]
) -> None:
    """A page changed since it was sent, a page sent and then dropped, and a page that
    reads the corpus's year sent under another year: none is taken; each page asked for is
    extracted as it is now, and the workers are gone with the stage."""
    from briefgen.extract.cache import extraction_settings
    from briefgen.extract.model import model_info

    docs = _docs(tmp_path / "in", {**ARTICLES, "undated.txt": UNDATED})
    year = run.corpus_year(docs)
    assert year == 2021
    undated = next(d for d in docs if d.id.startswith("undated"))
    changed = replace(docs[0], text=docs[0].text + " Talks go on.")
    alone = run.extract_documents(docs, nlp=nlp)
    settings = extraction_settings(model_info())

    def extracted(sent: list[Document], sent_year: int) -> run.ExtractionRun:
        path = tmp_path / f"{len(ahead_log)}.sqlite"  # an empty cache each time
        with ExtractionCache(path, settings) as cache, ExtractionPool.early(2) as workers:
            ahead = Ahead(workers, cache, sent_year)
            for document in sent:
                ahead.send(document)
            assert len(ahead) == len(sent)
            got = run.extract_documents(docs, cache=cache, pool=workers, ahead=ahead)
            assert len(ahead) == 0  # dropped with the stage
            assert not any(process.is_alive() for process in workers._workers)
            assert cache.count() == len(docs)  # what was taken is stored
        return got

    # the undated page under the corpus's year: taken; the changed and the dropped: not
    sent = [changed, replace(docs[1], id="gone"), undated]
    assert extracted(sent, year).extractions == alone.extractions
    assert ahead_log.count("taken") == 1
    ahead_log.clear()
    # under another year, the undated page's key is another: extracted again
    assert extracted([undated], 1999).extractions == alone.extractions
    assert "taken" not in ahead_log
    assert not multiprocessing.active_children()


def _seen(sieved: Any) -> object:
    """What a user sees of the sieve: the documents read with their blocks, and the notes."""
    return (
        [(d.id, d.blocks) for d in sieved.documents],
        sorted((n.doc, n.message) for n in sieved.notes),
    )


def test_the_sieve_names_the_pages_it_worked_out_first_and_its_result_is_unchanged(
    tmp_path: Path,
) -> None:
    old = _docs(tmp_path / "in", ARTICLES)
    every = _docs(tmp_path / "in", NEW)
    with StructureCache(tmp_path / "cache.sqlite") as cache:
        sieve(old, cache=cache)
    named: list[str] = []
    with StructureCache(tmp_path / "cache.sqlite") as cache:
        told = sieve(every, cache=cache, on_structured=lambda d: named.append(d.id))
    with StructureCache(tmp_path / "cache.sqlite") as cache:
        again = sieve(every, cache=cache, on_structured=lambda d: named.append(d.id))
    assert named == ["bridge.txt", "rail.txt"]  # the second time, none is worked out
    assert _seen(told) == _seen(sieve(every)) == _seen(again)
    # each page was handed on as the sieve keeps it
    kept = {d.id: d for d in told.documents}
    assert all(kept[d].blocks for d in named)


@needs_fork
def test_a_new_page_the_query_or_the_period_leaves_out_is_not_sent_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ahead_log: list[str]
) -> None:
    monkeypatch.setattr(run, "PARALLEL_FROM", 2)
    inputs = _write(tmp_path / "in", ARTICLES)
    flags = {"formats": "json", "query": "strike", "until": "2021-07-25"}
    _build(inputs, tmp_path / "out", **flags)
    late = NEW["bridge.txt"].replace("bridge reopened", "strike ended")  # on topic, too late
    _write(inputs, {**NEW, "bridge.txt": late, "bank.txt": "Bank holds rates\n\nJuly 21, 2021"})
    ahead_log.clear()
    again = _build(inputs, tmp_path / "out", **flags)
    assert [s for s in ahead_log if s.startswith("sent")] == ["sent rail.txt"]
    fresh = _build(inputs, tmp_path / "fresh", cache=False, **flags)
    assert _content(again) == _content(fresh)
