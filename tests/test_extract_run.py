"""The extract stage as a whole: one bad document never sinks or hangs a build, worker
processes never outlive it, and no document is handed to the parser in one huge piece."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefgen.config import load_config
from briefgen.extract import run
from briefgen.extract.parse import SEGMENT_CHARS, parse, segments
from briefgen.extract.textview import nlp_view
from briefgen.models import Document
from briefgen.pipeline import assemble_brief

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
ARTICLE = "The ministers met in Geneva on 8 July 2021 and agreed a ceasefire, officials said.\n"


PLACES = ("Geneva", "Vienna", "Oslo", "Lima", "Accra", "Hanoi", "Quito", "Riga")


def _article(i: int) -> str:
    """A distinct short article (identical texts would be dropped as copies)."""
    place = PLACES[i % len(PLACES)]
    return ARTICLE.replace("Geneva", place).replace("8 July", f"{i % 28 + 1} July")


def _docs(n: int) -> list[Document]:
    return [
        Document(id=f"d{i:02}", source=f"d{i:02}.txt", format="txt", text=_article(i), title="T")
        for i in range(n)
    ]


def _fail_on(monkeypatch: pytest.MonkeyPatch, bad: str) -> None:
    """Make event extraction raise for one document, as the speakers' IndexError once did."""
    from briefgen.extract import events

    real = events.extract_events

    def flaky(document, *args, **kwargs):  # type: ignore[no-untyped-def]
        if document.id == bad:
            raise IndexError("list index out of range")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(events, "extract_events", flaky)


def test_a_document_that_fails_inside_a_worker_is_skipped_and_named(monkeypatch, nlp) -> None:
    _fail_on(monkeypatch, "d03")
    # The workers are forked after the patch, so they fail on d03 too.
    monkeypatch.setattr(run, "process_count", lambda n, chars=0: 2)
    done: list[str] = []
    result = run.extract_documents(_docs(8), nlp=nlp, on_document=lambda d: done.append(d.id))
    assert [x.document.id for x in result.extractions] == [f"d{i:02}" for i in range(8) if i != 3]
    assert all(x.events for x in result.extractions)
    assert [f.doc for f in result.failures] == ["d03"]
    assert result.failures[0].problem() == (
        "d03: could not be extracted (IndexError: list index out of range); skipped"
    )
    assert "flaky" in result.failures[0].traceback
    assert done == [f"d{i:02}" for i in range(8)]
    assert not multiprocessing.active_children()  # the pool shut down: no worker left


def test_the_brief_is_built_without_the_failing_document_and_says_so(
    monkeypatch, tmp_path: Path
) -> None:
    for doc in _docs(3):
        (tmp_path / doc.source).write_text(
            f"{doc.id}\nJuly 9, 2021\n\n{doc.text}", encoding="utf-8"
        )
    _fail_on(monkeypatch, "d01.txt")
    brief, skipped = assemble_brief(load_config(None, inputs=[str(tmp_path)]), now=NOW)
    assert [d.id for d in brief.documents] == ["d00.txt", "d02.txt"]
    assert skipped == (
        "d01.txt: could not be extracted (IndexError: list index out of range); skipped",
    )
    assert ("d01.txt", "could not be extracted (IndexError: list index out of range); skipped") in [
        (n.doc, n.message) for n in brief.notes
    ]


def test_when_every_document_fails_the_error_says_why(monkeypatch, tmp_path: Path) -> None:
    from briefgen.errors import NoDocuments

    (tmp_path / "d00.txt").write_text(f"d00\nJuly 9, 2021\n\n{ARTICLE}", encoding="utf-8")
    _fail_on(monkeypatch, "d00.txt")
    with pytest.raises(
        NoDocuments, match=r"no document could be extracted \(1 failed; d00.txt: Index"
    ):
        assemble_brief(load_config(None, inputs=[str(tmp_path)]), now=NOW)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states in /proc")
def test_workers_die_with_a_build_killed_by_sigkill(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import multiprocessing, sys, time
        from briefgen.extract import pool, run
        from briefgen.models import Document

        def stuck(document, nlp, *, year=None):
            time.sleep(120)

        run.extract_document = stuck
        docs = [Document(id=str(i), source="x", format="txt", text="x", title="")
                for i in range(4)]
        with pool.ExtractionPool(object(), 2) as workers:
            results = workers.extract(docs, None)
            deadline = time.time() + 30
            while len(multiprocessing.active_children()) < 2 and time.time() < deadline:
                time.sleep(0.05)
            print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
            next(results)
        """
    )
    build = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert build.stdout is not None
    workers = [int(pid) for pid in build.stdout.readline().split()]
    assert len(workers) == 2
    assert all(_alive(pid) for pid in workers)
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    deadline = time.time() + 10
    while any(_alive(pid) for pid in workers) and time.time() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for a reaper has finished)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


def test_segments_join_back_and_stay_bounded() -> None:
    text = ("A sentence of some words. " * 3000) + "\n" + ("x" * 25_000) + "\nEnd."
    pieces = list(segments(text, 10_000))
    assert "".join(pieces) == text
    assert all(len(p) <= 10_000 for p in pieces)
    assert all(p.endswith((". ", "\n")) for p in pieces[:2])


def test_a_long_text_is_parsed_in_segments_with_its_offsets_kept(nlp) -> None:
    text = "Officials met in Geneva on Monday. They agreed a truce.\n" * (SEGMENT_CHARS // 50)
    doc = parse(nlp, text)
    assert len(text) > SEGMENT_CHARS
    assert doc.text == nlp_view(text)
    sents = list(doc.sents)
    assert len(sents) == 2 * (SEGMENT_CHARS // 50)
    assert all(
        s.text.strip() in ("Officials met in Geneva on Monday.", "They agreed a truce.")
        for s in sents
    )
    assert [e.text for e in doc.ents].count("Geneva") == SEGMENT_CHARS // 50


def test_a_run_of_words_with_no_sentence_end_is_cut(nlp) -> None:
    from briefgen.extract.nlp import MAX_SENTENCE_TOKENS

    doc = parse(nlp, " ".join(["word"] * (3 * MAX_SENTENCE_TOKENS)))
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS


def test_only_the_beginning_of_a_book_length_text_is_analysed(monkeypatch, nlp) -> None:
    monkeypatch.setattr(run, "MAX_ANALYSED_CHARS", 200)
    text = ARTICLE * 10
    doc = Document(id="long", source="long.txt", format="txt", text=text, title="T")
    extraction = run.extract_document(doc, nlp)
    assert extraction.document.text == text
    assert max(end for _, end in extraction.sentences) <= 200
    assert extraction.document.warnings[-1] == (
        f"{len(text):,} characters long: only the first 200 were analysed"
    )


def test_an_error_outside_the_documents_stops_the_pool_at_once(monkeypatch, nlp) -> None:
    monkeypatch.setattr(run, "process_count", lambda n, chars=0: 2)

    def interrupted(document: Document) -> None:
        raise KeyboardInterrupt

    started = time.perf_counter()
    with pytest.raises(KeyboardInterrupt):
        run.extract_documents(_docs(40), nlp=nlp, on_document=interrupted)
    assert time.perf_counter() - started < 30
    deadline = time.time() + 10  # terminated workers are reaped, not awaited one by one
    while multiprocessing.active_children() and time.time() < deadline:
        time.sleep(0.1)
    assert not multiprocessing.active_children()


def test_the_callers_own_work_runs_while_workers_extract_and_not_before_in_one_process(
    monkeypatch, nlp
) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    alone = run.extract_documents(_docs(3), nlp=nlp, meanwhile=lambda: calls.append(1))
    assert calls == []  # in this process it would only have been counted as extraction
    monkeypatch.setattr(run, "process_count", lambda n, chars=0: 2)
    forked = run.extract_documents(_docs(3), nlp=nlp, meanwhile=lambda: calls.append(2))
    assert calls == [2]
    assert forked.extractions == alone.extractions


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_workers_inherit_the_name_tables_built_once_before_the_fork() -> None:
    """Each worker would otherwise read gender-guesser's table of names for itself."""
    script = textwrap.dedent(
        """
        from briefgen.extract import pool
        from briefgen.extract.antecedents import _detector
        from briefgen.extract.country_names import _countries

        def tables():
            return _detector.cache_info().currsize, _countries.cache_info().currsize

        assert tables() == (0, 0)
        with pool.ExtractionPool(object(), 2) as workers:
            print(workers._executor.submit(tables).result())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "(1, 1)"


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_iso_3166_2_is_read_once_before_the_fork_and_never_through_pycountry_s_objects() -> None:
    """Each worker that asked a state's name built pycountry's 5,000 subdivisions (its
    objects and indexes) for itself, and aggregation built them once more: the records
    are now read once, before the workers fork, and the workers and aggregation share them."""
    script = textwrap.dedent(
        """
        import pycountry

        from briefgen.aggregate.countries import country_codes
        from briefgen.aggregate.placenames import names_a_place
        from briefgen.extract import pool
        from briefgen.extract.country_names import _regions, region_name, subdivisions

        def state():
            return _regions.cache_info().currsize, subdivisions.cache_info().misses

        assert state() == (0, 0)
        with pool.ExtractionPool(object(), 2) as workers:
            print(workers._executor.submit(state).result())
        assert region_name("Ontario") and names_a_place("Dorset") and country_codes()
        print(state(), pycountry.subdivisions._is_loaded)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.split("\n")[:2] == ["(1, 1)", "(1, 1) False"]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_workers_started_before_any_model_is_loaded_extract_as_this_process_does(nlp) -> None:  # type: ignore[no-untyped-def]
    from briefgen.extract.pool import ExtractionPool

    alone = run.extract_documents(_docs(3), nlp=nlp)
    early = run.extract_documents(_docs(3), pool=ExtractionPool.early(2))
    assert early.extractions == alone.extractions
    assert not multiprocessing.active_children()  # shut down with the stage


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_workers_started_early_for_pages_that_need_none_are_stopped_at_once() -> None:
    from briefgen.extract.pool import ExtractionPool

    started = time.perf_counter()
    with ExtractionPool.early(2) as workers:  # as the build holds them, to its end
        assert run.extract_documents([], pool=workers).extractions == ()
        # its own workers, not another test's pool still being reaped
        assert workers._workers
        assert not any(process.is_alive() for process in workers._workers)
    assert time.perf_counter() - started < 30
