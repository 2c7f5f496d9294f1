"""Extraction throughput: the local executor against Dask with two local workers.

Both extract the same N Timeline17 articles (``../shared/eval/tls-score/corpora``, shuffled
with a fixed seed, structured as a build does) in the same run: the local executor on two
forked processes, and a ``LocalCluster`` of two single-threaded worker processes on
127.0.0.1, started and with their models loaded before the clock runs, as the local
executor's model is. Printed: wall seconds, articles per second, the ratio Dask / local,
and the CPU seconds an article costs (the figure ``docs/scale.md`` scales to a cluster).
The two arms alternate over chunks of the articles (``compare``), so that a change in the
machine's load falls on both; the two runs' extractions are checked equal.

    .venv/bin/python benchmarks/bench_dask.py [-n 80]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from bench_aggregate import read_articles

from briefgen.extract.dask_executor import prepare_worker
from briefgen.extract.nlp import load_nlp
from briefgen.extract.run import PARALLEL_FROM, extract_documents
from briefgen.models import Document, Extraction
from briefgen.structure.sieve import sieve

ROOT = Path(__file__).resolve().parents[1]


def _cpu() -> float:
    """CPU seconds of this process and of its reaped children (the extract pool's workers;
    a corpus under ``PARALLEL_FROM`` documents is extracted in this process)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + usage.ru_utime + usage.ru_stime


@contextmanager
def _environment_kept() -> Iterator[None]:
    """This process's environment as it was before the block, once it ends.

    A ``LocalCluster``'s nannies set their workers' variables in this process's own
    environment and leave them there (``distributed.nanny.pre-spawn-environ``:
    ``MALLOC_TRIM_THRESHOLD_=65536``, ``OMP_NUM_THREADS=1``..., and a fixed
    ``PYTHONHASHSEED``), so every process started after the comparison inherited them:
    ``bench_scale.py``'s later extract runs gave memory back to the system at every free
    above 64 KB (docs/scale.md, Part CQ: +13% CPU in system time, the bare parse +4%)."""
    was = dict(os.environ)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(was)


def _warm() -> None:
    """On a worker: load the model and warm the extractors now rather than at the first
    document, as the local executor's workers are warmed before theirs."""
    prepare_worker()


def _chunks(documents: Sequence[Document], most: int = 4) -> list[Sequence[Document]]:
    """Up to ``most`` consecutive chunks, each large enough for the local executor's two
    processes (``PARALLEL_FROM``)."""
    n = max(1, min(most, len(documents) // PARALLEL_FROM))
    size = -(-len(documents) // n)
    return [documents[i : i + size] for i in range(0, len(documents), size)]


def compare(documents: Sequence[Document]) -> dict[str, float]:
    """Wall seconds of the local executor and of Dask on two local workers over the
    structured ``documents``, and the local executor's CPU seconds per article.

    On a shared machine the load moves within minutes: one arm after the other compares
    two loads as much as two executors. So the documents go in chunks, each extracted by
    both arms back to back, the order alternating (local, dask; dask, local; ...), and the
    figure of record is the median over chunks of the per-chunk throughput ratio, printed
    with the load average each arm started at.
    """
    from distributed import Client, LocalCluster

    nlp = load_nlp()
    times = {"local": 0.0, "dask": 0.0}
    cpu_local = 0.0
    ratios: list[float] = []
    local_out: list[Extraction] = []
    dask_out: list[Extraction] = []
    with (
        _environment_kept(),
        LocalCluster(
            processes=True,
            n_workers=2,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=50,
        ) as cluster,
        Client(cluster.scheduler_address, set_as_default=False) as client,
    ):
        client.wait_for_workers(2)
        client.run(_warm)  # as the local executor's model is: throughput alone is compared
        for i, chunk in enumerate(_chunks(documents)):
            arms = ("local", "dask") if i % 2 == 0 else ("dask", "local")
            took: dict[str, float] = {}
            loads: dict[str, float] = {}
            for arm in arms:
                loads[arm] = os.getloadavg()[0]
                cpu = _cpu()
                started = time.perf_counter()
                if arm == "local":
                    got = extract_documents(chunk, nlp=nlp).extractions
                    cpu_local += _cpu() - cpu
                    local_out.extend(got)
                else:
                    got = extract_documents(
                        chunk, executor="dask", scheduler=cluster.scheduler_address
                    ).extractions
                    dask_out.extend(got)
                took[arm] = time.perf_counter() - started
                times[arm] += took[arm]
            ratios.append(took["local"] / took["dask"])
            print(
                f"  chunk {i + 1} ({len(chunk)} articles): local {took['local']:.1f} s "
                f"(load {loads['local']:.1f}), dask {took['dask']:.1f} s "
                f"(load {loads['dask']:.1f}), throughput ratio {ratios[-1]:.2f}",
                flush=True,
            )

    if dask_out != local_out:
        sys.exit("the Dask extractions differ from the local ones")
    return {
        **times,
        "ratio": statistics.median(ratios),
        "chunks": float(len(ratios)),
        "cpu_per_article": cpu_local / len(documents),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=80, help="articles (default 80)")
    args = parser.parse_args()
    documents = list(sieve(read_articles()[: args.n]).documents)
    got = compare(documents)
    local_s, dask_s = got["local"], got["dask"]
    n = len(documents)
    where = "2 forked processes" if n >= PARALLEL_FROM else "1 process"
    print(f"{n} articles, 2 cores (local: {where}; dask: 2 workers x 1 thread)")
    print(f"{'executor':10} {'wall s':>8} {'articles/s':>11}")
    print(f"{'local':10} {local_s:8.1f} {n / local_s:11.2f}")
    print(f"{'dask':10} {dask_s:8.1f} {n / dask_s:11.2f}")
    print(
        f"dask / local throughput: median over {got['chunks']:.0f} interleaved chunks "
        f"{got['ratio']:.2f}, totals {local_s / dask_s:.2f} (target >= 0.85)"
    )
    print(f"extraction CPU per article (local executor): {got['cpu_per_article']:.2f} s")


if __name__ == "__main__":
    main()
