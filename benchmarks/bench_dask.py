"""Extraction throughput: the local executor against Dask with two local workers.

Both extract the same N Timeline17 articles (``../shared/eval/tls-score/corpora``, shuffled
with a fixed seed, structured as a build does) in the same run: the local executor on two
forked processes, then a ``LocalCluster`` of two single-threaded worker processes on
127.0.0.1, started and with their models loaded before the clock runs, as the local
executor's model is. Printed: wall seconds, articles per second, the ratio Dask / local,
and the CPU seconds an article costs (the figure ``docs/scale.md`` scales to a cluster).
The two runs' extractions are checked equal.

    .venv/bin/python benchmarks/bench_dask.py [-n 80]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench_aggregate import read_articles

from briefgen.extract.nlp import load_nlp
from briefgen.extract.run import PARALLEL_FROM, extract_documents
from briefgen.models import Document
from briefgen.structure.sieve import sieve

ROOT = Path(__file__).resolve().parents[1]


def _cpu() -> float:
    """CPU seconds of this process and of its reaped children (the extract pool's workers;
    a corpus under ``PARALLEL_FROM`` documents is extracted in this process)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + usage.ru_utime + usage.ru_stime


def _warm() -> None:
    """On a worker: load the model now rather than at the first document."""
    load_nlp()


def compare(documents: Sequence[Document]) -> dict[str, float]:
    """Wall seconds of the local executor and of Dask on two local workers over the
    structured ``documents``, and the local executor's CPU seconds per article."""
    from distributed import Client, LocalCluster

    nlp = load_nlp()
    cpu = _cpu()
    started = time.perf_counter()
    local = extract_documents(documents, nlp=nlp)
    local_s = time.perf_counter() - started
    cpu_per_article = (_cpu() - cpu) / len(documents)

    with (
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
        started = time.perf_counter()
        on_dask = extract_documents(documents, executor="dask", scheduler=cluster.scheduler_address)
        dask_s = time.perf_counter() - started

    if on_dask.extractions != local.extractions:
        sys.exit("the Dask extractions differ from the local ones")
    return {"local": local_s, "dask": dask_s, "cpu_per_article": cpu_per_article}


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
    print(f"dask / local throughput: {local_s / dask_s:.2f} (target >= 0.85)")
    print(f"extraction CPU per article (local executor): {got['cpu_per_article']:.2f} s")


if __name__ == "__main__":
    main()
