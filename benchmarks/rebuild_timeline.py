"""A timeline of one rebuild: when each step of the build's process ran and what CPU it took,
and each extraction worker's start and pages (docs/scale.md Parts DC, DG).

A copy of ``FOLDER`` (an output folder a cold build left, with its cache) is rebuilt from
``CORPUS`` in this process, the steps below wrapped to note their start, end and CPU
seconds; a step called per page is summed (count, first start, last end). With ``--pin
TREE``, the cache's code digest is that of the briefgen tree ``TREE`` (the code that made
the cold build): other code then reads the same entries, so that two codes' rebuilds can
be timed from one cold build.

    python benchmarks/rebuild_timeline.py FOLDER CORPUS [--pin TREE] [--formats json]
        [--keep-json FILE] [--keep DIR]

``--keep-json`` copies the rebuild's brief.json to FILE, ``--keep`` all its outputs to a
folder, to compare two codes' outputs.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

START = time.time()
# (process, step) -> [calls, CPU s, first start, last end], for the steps called per page
SUMMED: dict[tuple[int, str], list[float]] = {}


def note(log: Path, record: dict[str, Any]) -> None:
    """One record, appended at once: a worker's records come from its own process."""
    with log.open("a", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")


def wrap(log: Path, owner: Any, name: str, summed: bool = False) -> None:
    made: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(made)
    def timed(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.time(), time.process_time()
        try:
            return made(*args, **kwargs)
        finally:
            spent = time.process_time() - cpu
            if summed:
                mark = SUMMED.setdefault((os.getpid(), name), [0, 0.0, wall - START, 0.0])
                mark[0] += 1
                mark[1] += spent
                mark[3] = time.time() - START
            else:
                t0, t1 = wall - START, time.time() - START
                note(log, {"pid": os.getpid(), "step": name, "t0": t0, "t1": t1, "cpu": spent})

    setattr(owner, name, timed)


def pin_digest(tree: Path) -> None:
    """The cache's code digest as ``extract.cache._code_digest`` makes it for ``tree``."""
    import briefgen.aggregate.kept_links as kept_links
    import briefgen.extract.cache as cache
    import briefgen.structure.cached as cached

    digest = hashlib.sha256()
    for source in sorted(tree.rglob("*.py")):
        digest.update(source.relative_to(tree).as_posix().encode())
        digest.update(source.read_bytes())
    pinned = digest.hexdigest()
    for module in (cache, cached, kept_links):
        module._code_digest = lambda: pinned  # type: ignore[attr-defined]


def instrument(log: Path) -> None:
    import briefgen.archive
    import briefgen.formats
    import briefgen.ingest
    import briefgen.ingest.lost_letters
    import briefgen.pipeline
    import briefgen.render.context
    import briefgen.render.pdf
    import briefgen.render.printing
    import briefgen.structure.cached
    import briefgen.structure.classify
    import briefgen.structure.sieve
    import briefgen.structure.stamps
    from briefgen.extract import cache, pool, run

    for owner, name in (
        (briefgen.ingest, "ingest"),
        (briefgen.ingest.lost_letters, "restore_lost_letters"),
        (run, "early_pool"),
        (briefgen.structure.sieve, "sieve"),
        (briefgen.structure.sieve, "build_profile"),
        (briefgen.structure.sieve, "find_copies"),
        (briefgen.structure.sieve, "several_stories"),
        (briefgen.structure.sieve, "_sketched"),
        (briefgen.structure.sieve, "long_page_notes"),
        (briefgen.structure.cached.StructureCache, "get_many"),
        (briefgen.structure.cached.StructureCache, "drop_stale"),
        (run, "extract_documents"),
        (cache.EntryCache, "intact_many"),
        (cache.EntryCache, "decoded_many"),
        (briefgen.formats, "prepare"),
        (pool.ExtractionPool, "extract"),
        (pool, "start_worker"),
        (pool, "_extract"),  # in the workers, a page each: summed by ``show``
        # the render stages: the views, each format, and the build's last steps
        (briefgen.archive, "whats_new"),
        (briefgen.archive, "write_manifest"),
        (briefgen.archive, "write_known"),
        (briefgen.pipeline, "_update_library"),
        (briefgen.formats, "write_formats"),
        (briefgen.formats, "_write"),
        (briefgen.render.context, "prepare_views"),
        (briefgen.render.context, "build_context"),
        (briefgen.render.context, "actor_views"),
        (briefgen.render.context, "tellings"),
        (briefgen.render.printing.Printing, "of"),
        (briefgen.render.pdf, "fit_summary"),
        (briefgen.render.pdf, "_lay_out"),
        (briefgen.render.pdf, "write_laid_out"),
    ):
        if hasattr(owner, name):  # older code may not have it
            wrap(log, owner, name)
    for owner, name in (
        (cache.ExtractionCache, "key"),
        (cache.ExtractionCache, "whole_key"),
        (cache.ExtractionCache, "put"),
        (cache.ReadAhead, "read_ahead"),
        (briefgen.structure.cached.StructureCache, "key"),
        (briefgen.structure.cached, "still_holds"),
        (briefgen.structure.classify, "structure_document"),
        (briefgen.structure.stamps, "stamped"),
        (briefgen.structure.sieve, "_structured"),
        (run, "held_once"),
        (run, "with_document_of"),
    ):
        wrap(log, owner, name, summed=True)
    measure = briefgen.pipeline.Timings.measure

    def stage_end(timings: Any, stage: str, started: float) -> None:
        measure(timings, stage, started)
        at = time.time() - START
        note(log, {"pid": os.getpid(), "step": f"end of {stage}", "t0": at, "t1": at, "cpu": 0})

    briefgen.pipeline.Timings.measure = stage_end  # type: ignore[method-assign]


def flush(log: Path) -> None:
    """This process's summed steps."""
    for (pid, name), (calls, cpu, t0, t1) in SUMMED.items():
        if pid == os.getpid():
            step = f"{name} x{calls:.0f}"
            note(log, {"pid": pid, "step": step, "t0": t0, "t1": t1, "cpu": cpu})
    SUMMED.clear()


def show(log: Path, main: int) -> None:
    """The steps in the order they started; each worker's pages as one line."""
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    pages: dict[int, list[float]] = {}
    for r in records:
        if r["step"] == "_extract":
            mark = pages.setdefault(r["pid"], [0, 0.0, r["t0"], r["t1"]])
            mark[0] += 1
            mark[1] += r["cpu"]
            mark[2], mark[3] = min(mark[2], r["t0"]), max(mark[3], r["t1"])
    for pid, (count, cpu, t0, t1) in pages.items():
        records.append({"pid": pid, "step": f"pages x{count:.0f}", "t0": t0, "t1": t1, "cpu": cpu})
    print(f"{'process':>9} {'from':>7} {'to':>7} {'CPU s':>6}  step")
    for r in sorted(records, key=lambda r: (r["t0"], r["t1"])):
        if r["step"] == "_extract":
            continue
        who = "main" if r["pid"] == main else f"w{r['pid']}"
        print(f"{who:>9} {r['t0']:7.2f} {r['t1']:7.2f} {r['cpu']:6.2f}  {r['step']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--pin", type=Path, help="the briefgen tree whose digest to use")
    parser.add_argument("--formats", default="json,html,pdf")
    parser.add_argument("--keep-json", type=Path, help="where to copy the rebuild's brief.json")
    parser.add_argument("--keep", type=Path, help="a folder to copy the rebuild's outputs to")
    args = parser.parse_args()
    import briefgen

    print(f"briefgen from {briefgen.__file__}")
    if args.pin:
        pin_digest(args.pin.resolve())
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "timeline.jsonl"
        out = Path(tmp) / "out"
        shutil.copytree(args.folder, out, symlinks=True)
        instrument(log)
        from briefgen.cli import app

        build = ["build", str(args.corpus), "-o", str(out), "-f", args.formats, "--json"]
        wall, cpu = time.time(), time.process_time()
        app(build, standalone_mode=False)
        print(
            f"build wall {time.time() - wall:.2f} main-process CPU {time.process_time() - cpu:.2f}"
        )
        flush(log)
        show(log, os.getpid())
        if args.keep_json:
            shutil.copy(out / "latest" / "brief.json", args.keep_json)
        if args.keep:
            shutil.copytree(out / "latest", args.keep, dirs_exist_ok=True)


if __name__ == "__main__":
    main()
