"""One measured run for ``bench_scale.py``, in a fresh process so its memory is its own.

    python benchmarks/scale_child.py RESULT.json extract CORPUS.jsonl
    python benchmarks/scale_child.py RESULT.json peer CORPUS.jsonl
    python benchmarks/scale_child.py RESULT.json build ARGS...

``extract`` reads and structures the corpus as a build does, loads the model, then times
``extract_documents`` alone (the local executor, no cache). ``peer`` does the same reading,
then times the least a spaCy tool must do with it: parse each document's text with the
same model, on as many forked processes as the extract stage uses, keeping nothing.
``build`` runs ``briefgen build ARGS`` in this process. Written to RESULT.json: wall and
CPU seconds of the timed part (this process and its reaped workers), the main process's
peak RSS, the largest worker's, and, for a build, the last line it printed (``--json``)
the main process's peak RSS as each stage ended (``rss_stages``) and each stage's CPU
seconds, the main process's and its children's (``cpu_stages``).
"""

from __future__ import annotations

import contextlib
import io
import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _documents(corpus: str) -> list:  # type: ignore[type-arg]
    from briefgen.ingest import ingest
    from briefgen.structure.sieve import sieve

    return list(sieve(ingest([corpus]).documents).documents)


def _extract(corpus: str) -> dict[str, object]:
    from briefgen.extract.nlp import load_nlp
    from briefgen.extract.run import extract_documents

    documents = _documents(corpus)
    nlp = load_nlp()
    cpu, wall = _cpu(), time.perf_counter()
    run = extract_documents(documents, nlp=nlp)
    return {
        "wall": time.perf_counter() - wall,
        "cpu": _cpu() - cpu,
        "documents": len(documents),
        "failures": len(run.failures),
    }


_peer_model = None  # the model the peer's workers parse with, inherited through fork


def _parse(text: str) -> int:
    """Parse one text and keep nothing of it: the least a spaCy tool does per document."""
    assert _peer_model is not None
    return len(_peer_model(text))


def _peer(corpus: str) -> dict[str, object]:
    from concurrent.futures import ProcessPoolExecutor

    from briefgen.extract.nlp import load_nlp
    from briefgen.extract.run import process_count

    global _peer_model
    documents = _documents(corpus)
    _peer_model = load_nlp()
    texts = [d.text for d in documents]
    processes = process_count(len(texts), chars=sum(len(t) for t in texts))
    cpu, wall = _cpu(), time.perf_counter()
    if processes == 1:
        for text in texts:
            _parse(text)
    else:
        # Forked workers handed two documents at a time, as the extract stage's pool is;
        # they return a number, not the parsed Doc, so no serialisation is counted.
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(processes, mp_context=context) as pool:
            for _ in pool.map(_parse, texts, chunksize=2):
                pass
    return {"wall": time.perf_counter() - wall, "cpu": _cpu() - cpu, "documents": len(texts)}


def _peak_mb() -> float:
    """This process's own peak RSS: VmHWM, which starts again at exec. ``ru_maxrss`` does
    not on Linux: a child of a large parent (bench_scale after its Dask run) inherits its
    parent's peak, and a small build then reads as large as the benchmark itself."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _own_and_children() -> tuple[float, float]:
    """CPU seconds of this process, and of its reaped children (workers, the PDF's)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


class _Clock:
    """The pipeline's ``time`` module, which also notes the CPU seconds at each
    ``perf_counter()`` it hands out: a stage's start is one of them (``Timings.measure``)."""

    def __init__(self) -> None:
        self.cpu_at: dict[float, tuple[float, float]] = {}

    def perf_counter(self) -> float:
        now = time.perf_counter()
        self.cpu_at[now] = _own_and_children()
        return now

    def __getattr__(self, name: str) -> object:
        return getattr(time, name)


def _by_stage() -> tuple[dict[str, float], dict[str, list[float]]]:
    """The process's peak RSS (MB) as each stage of the build ends, in the order they ran
    (where the memory a build keeps, or briefly needs, is taken), and each stage's CPU
    seconds, [this process, its children reaped during the stage]: on a shared machine
    the wall seconds of a stage are mostly the neighbours' load, its CPU far less so."""
    import briefgen.pipeline as pipeline

    seen: dict[str, float] = {}
    cpu: dict[str, list[float]] = {}
    clock = _Clock()
    pipeline.time = clock  # type: ignore[assignment]
    measure = pipeline.Timings.measure

    def measured(self: pipeline.Timings, stage: str, started: float) -> None:
        measure(self, stage, started)
        seen[stage] = _peak_mb()
        own, kids = _own_and_children()
        model = cpu.get("model", [0.0, 0.0]) if stage == "extract" else [0.0, 0.0]
        # the extract stage is timed from its start plus the model's seconds (the model
        # loads inside it and is its own stage): its CPU is taken from its start, less
        # the model's
        at = started - self.stages.get("model", 0.0) if stage == "extract" else started
        start = clock.cpu_at[min(clock.cpu_at, key=lambda t: abs(t - at))]
        took = [own - start[0] - model[0], kids - start[1] - model[1]]
        cpu[stage] = [
            round(a + b, 3) for a, b in zip(cpu.get(stage, [0.0, 0.0]), took, strict=True)
        ]

    pipeline.Timings.measure = measured  # type: ignore[method-assign]
    return seen, cpu


def _build(args: list[str]) -> dict[str, object]:
    from briefgen.cli import app

    rss, stage_cpu = _by_stage()
    out = io.StringIO()
    cpu, wall = _cpu(), time.perf_counter()
    with contextlib.redirect_stdout(out):
        try:
            app(["build", *args], standalone_mode=False)
        except SystemExit as exc:
            if exc.code:
                raise
    lines = out.getvalue().strip().splitlines()
    return {
        "wall": time.perf_counter() - wall,
        "cpu": _cpu() - cpu,
        "out": lines[-1],
        "rss_stages": rss,
        "cpu_stages": stage_cpu,
    }


def main() -> None:
    result_path, kind, *args = sys.argv[1:]
    if kind == "extract":
        result = _extract(args[0])
    elif kind == "peer":
        result = _peer(args[0])
    elif kind == "build":
        result = _build(args)
    else:
        sys.exit(f"unknown run {kind!r}")
    result["rss_main"] = _peak_mb()
    result["rss_workers"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    Path(result_path).write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main()
