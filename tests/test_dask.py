"""The Dask executor on a real cluster: a scheduler and two worker processes on 127.0.0.1.

A brief extracted on the cluster is the brief extracted locally, byte for byte; a worker
killed while it extracts is replaced and the build still completes; a scheduler that
cannot be reached is one line, not a traceback.
"""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.config import load_config
from briefgen.extract.run import ExtractionRun, extract_documents
from briefgen.models import Document
from briefgen.pipeline import assemble_brief
from briefgen.render.json import brief_to_json

distributed = pytest.importorskip("distributed")

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
PEOPLE = (
    ("Maria Okafor", "Okafor", "foreign minister"),
    ("Daniel Brandt", "Brandt", "trade envoy"),
    ("Lena Petrova", "Petrova", "health minister"),
    ("Tomas Herrera", "Herrera", "central bank governor"),
)
PLACES = ("Geneva", "Vienna", "Oslo", "Lima", "Accra", "Hanoi", "Quito", "Riga")


def _article(i: int) -> str:
    """A short news report, distinct for each ``i`` (identical texts are dropped as copies)."""
    name, surname, role = PEOPLE[i % len(PEOPLE)]
    other = PEOPLE[(i + 1) % len(PEOPLE)][0]
    place = PLACES[i % len(PLACES)]
    day = 3 + i
    return (
        f"{place} talks end with a pledge\n\n"
        f"The {role}, {name}, met {other} in {place} on {day} March 2026 and agreed to "
        f"resume talks on the border dispute, officials said.\n"
        f'"We will not walk away from this agreement," {surname} told reporters on '
        f"{day + 1} March 2026.\n"
        f"{other} said the next round would be held in April, and warned that the deal "
        f"could collapse if the ceasefire of {day - 1} March was broken.\n"
    )


def _write_corpus(folder: Path, n: int = 8) -> Path:
    folder.mkdir()
    for i in range(n):
        stamp = f"Date: 2026-03-{4 + i:02}\n\n"
        (folder / f"{i:03}_report.txt").write_text(stamp + _article(i), encoding="utf-8")
    return folder


def _documents(n: int = 8) -> list[Document]:
    return [
        Document(
            id=f"d{i:02}",
            source=f"d{i:02}.txt",
            format="txt",
            text=_article(i),
            title="Talks",
            date=f"2026-03-{4 + i:02}",
            date_source="header",
        )
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[str, object]]:
    """A scheduler and two single-threaded worker processes (each with a nanny that
    restarts it when it dies), and a client to inspect them."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            processes=True,
            n_workers=2,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=50,
        ) as local,
        Client(local.scheduler_address, set_as_default=False) as client,
    ):
        yield local.scheduler_address, client


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def test_an_unreachable_scheduler_is_one_line_naming_it(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "articles", n=2)
    address = f"tcp://127.0.0.1:{_free_port()}"
    result = CliRunner().invoke(
        app, ["build", str(corpus), "-o", str(tmp_path / "out"), "--dask-scheduler", address]
    )
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: {address}: cannot reach the Dask scheduler")
    assert "Traceback" not in result.output


def test_the_brief_built_on_the_cluster_is_the_local_one_byte_for_byte(
    cluster: tuple[str, object], tmp_path: Path
) -> None:
    address, _ = cluster
    corpus = _write_corpus(tmp_path / "articles")
    local = load_config(None, inputs=[str(corpus)])
    on_dask = load_config(None, inputs=[str(corpus)], dask_scheduler=address)
    assert on_dask.executor == "dask"
    brief_local, _ = assemble_brief(local, now=NOW)
    brief_dask, _ = assemble_brief(on_dask, now=NOW)
    assert brief_local.events and brief_local.actors and brief_local.positions
    assert brief_to_json(brief_dask) == brief_to_json(brief_local)


def test_a_worker_killed_while_extracting_is_replaced_and_every_document_comes_back(
    cluster: tuple[str, object], nlp: object
) -> None:
    address, client = cluster
    pids: dict[str, int] = client.run(os.getpid)  # type: ignore[attr-defined]
    documents = _documents()
    out: list[ExtractionRun] = []
    worker = threading.Thread(
        target=lambda: out.append(extract_documents(documents, executor="dask", scheduler=address))
    )
    worker.start()
    killed = None
    deadline = time.monotonic() + 120
    while killed is None and time.monotonic() < deadline:
        # A worker with a document in hand (the first one loads the model: seconds).
        busy = [w for w, keys in client.processing().items() if keys]  # type: ignore[attr-defined]
        if busy and busy[0] in pids:
            killed = pids[busy[0]]
            os.kill(killed, signal.SIGKILL)
        time.sleep(0.05)
    worker.join(timeout=300)
    assert killed is not None, "no worker ever held a document"
    assert not worker.is_alive()
    run = out[0]
    assert run.failures == ()
    assert [x.document.id for x in run.extractions] == [d.id for d in documents]
    assert run.extractions == extract_documents(documents, nlp=nlp).extractions  # type: ignore[arg-type]
    assert killed not in client.run(os.getpid).values()  # type: ignore[attr-defined]
