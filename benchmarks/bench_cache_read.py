"""Reading a build's cache back: each table's entries, by this code and by another.

A build folder's cache (``OUTPUT/.cache/extractions.sqlite``, written by ``--base``'s code,
e.g. a ``git archive main`` copy) is read by that code in a child process: each table's
entries checked and decoded (``_read_entry``, as ``EntryCache.get_many`` does), best of
three, CPU seconds. The entries it read are then written again as this code writes them and
read back by this code, the same way: the same records (asserted), each table's bytes and
seconds side by side. The collector is set as a build sets it (``heap``: what exists frozen,
a youngest generation of 10,000), so that what the reading allocates is collected as in a
rebuild.

    python benchmarks/bench_cache_read.py OUTPUT_DIR --base DIR
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import pickle
import sqlite3
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Each table's entry class (``extract.cache.TABLES``): module, name.
KINDS = {
    "entries": ("briefgen.models", "Extraction"),
    "structures": ("briefgen.structure.cached", "Structured"),
    "sketches": ("briefgen.structure.cached", "Sketch"),
    "reportable": ("briefgen.reportable", "Reportables"),
    "definites": ("briefgen.kept_definites", "Resolutions"),
    "words": ("briefgen.corpuswords", "DocumentWords"),
    "languages": ("briefgen.quote_language", "QuoteLanguage"),
    "terms": ("briefgen.kept_terms", "DocumentTerms"),
    "links": ("briefgen.aggregate.kept_links", "DocumentLinks"),
    "letters": ("briefgen.ingest.lost_letters", "LetterShare"),
    "verdicts": ("briefgen.kept_verdicts", "Verdicts"),
    "bodies": ("briefgen.kept_bodies", "BodyTerms"),
}
Row = tuple[str, str, bytes]


def kind(table: str) -> Any:
    module, name = KINDS[table]
    return getattr(importlib.import_module(module), name)


def cpu_seconds(read: Callable[[], object]) -> float:
    """The least CPU seconds of three calls, the collector set as a build sets it."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        read()
        best = min(best, time.process_time() - start)
    return best


def read_all(table: str, rows: list[Row]) -> list[Any]:
    from briefgen.extract.cache import _read_entry

    entry = kind(table)
    return [_read_entry(entry, key, checksum, value) for key, checksum, value in rows]


def as_base(cache: Path, out: Path) -> None:
    """The child: each table read by this (the base's) code; its seconds and records."""
    found: dict[str, tuple[float, int, list[tuple[str, Any]]]] = {}
    with sqlite3.connect(cache) as db:
        for table in KINDS:
            rows = db.execute(f"SELECT key, checksum, value FROM {table}").fetchall()
            seconds = cpu_seconds(lambda t=table, r=rows: read_all(t, r))  # type: ignore[misc]
            records = list(zip((r[0] for r in rows), read_all(table, rows), strict=True))
            found[table] = (seconds, sum(len(r[2]) for r in rows), records)
    out.write_bytes(pickle.dumps(found))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path, help="a build's output folder, by --base's code")
    parser.add_argument("--base", type=Path, required=True, help="the code that built it")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    cache = args.output.resolve() / ".cache" / "extractions.sqlite"
    if args.child:
        as_base(cache, args.child)
        return
    base = args.base.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        found = Path(tmp) / "found.pickle"
        env = {**os.environ, "PYTHONPATH": str(base)}
        command = [sys.executable, __file__, str(args.output), "--base", str(base)]
        subprocess.run([*command, "--child", str(found)], env=env, cwd=base, check=True)
        tables = pickle.loads(found.read_bytes())
    from briefgen.extract.cache import _json_bytes, _sha256
    from briefgen.extract.codec import encode

    print(f"{'table':11} {'n':>4} {'base MB':>8} {'this MB':>8} {'base s':>7} {'this s':>7}")
    totals = [0.0, 0.0]
    for table, (seconds, size, records) in tables.items():
        rows = []
        for key, record in records:
            value = zlib.compress(_json_bytes({"key": key, "value": encode(record)}))
            rows.append((key, _sha256(value), value))
        assert read_all(table, rows) == [record for _, record in records]
        mine = cpu_seconds(lambda t=table, r=rows: read_all(t, r))  # type: ignore[misc]
        totals[0] += seconds
        totals[1] += mine
        stored = sum(len(r[2]) for r in rows)
        print(
            f"{table:11} {len(rows):4} {size / 1e6:8.2f} {stored / 1e6:8.2f} "
            f"{seconds:7.3f} {mine:7.3f}"
        )
    print(f"{'all':11} {'':4} {'':8} {'':8} {totals[0]:7.3f} {totals[1]:7.3f}")


if __name__ == "__main__":
    main()
