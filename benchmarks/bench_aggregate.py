"""Aggregation at scale: seconds at 400 / 800 / 1,600 articles, its growth, its share of extraction.

The articles are Timeline17's (``../shared/eval/tls-score/corpora/*.jsonl``, read in place,
shuffled with a fixed seed), structured and extracted as a build does, once: the extractions
are pickled in ``--cache`` (``/tmp`` by default) so a re-run only re-aggregates. There are
fewer articles than 1,600, so larger corpora add copies of them under distinct document ids
(``2:<id>``), each copy's dates moved 12 years on: a corpus spanning more time with the same
vocabulary and the same people, so every name block and term posting list grows with it.

Printed: seconds of event merging, actor resolution and position attribution per size, the
exponent fitted to total aggregation time (log-log least squares), and aggregation and actor
resolution as shares of the extraction time of the same number of articles (extraction's
measured seconds per article, times N: extraction is a map over documents).

    .venv/bin/python benchmarks/bench_aggregate.py [--sizes 400 800 1600] [--cache FILE]
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import pickle
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

from briefgen import __version__
from briefgen.aggregate.actors import attribute_positions, resolve_actors
from briefgen.aggregate.events import merge_events
from briefgen.extract.nlp import load_nlp
from briefgen.extract.run import extract_documents
from briefgen.ingest.jsonl import read_jsonl
from briefgen.models import Document, Extraction
from briefgen.structure.sieve import sieve

SEED = 17


def eval_dir() -> Path:
    env = os.environ.get("BRIEFGEN_EVAL_DIR")
    base = Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "eval"
    return base / "tls-score" / "corpora"


def read_articles() -> list[Document]:
    """Every Timeline17 dev article, as ``briefgen build`` reads a JSONL line."""
    docs = [
        dataclasses.replace(doc, id=f"{path.stem}/{doc.id}")
        for path in sorted(eval_dir().glob("*.jsonl"))
        for doc in read_jsonl(path).documents
    ]
    random.Random(SEED).shuffle(docs)
    return docs


def extractions(cache: Path) -> tuple[list[Extraction], float]:
    """The articles' extractions and the extraction seconds per article (cached by version)."""
    docs = read_articles()
    if not docs:
        sys.exit(f"no articles in {eval_dir()} (set BRIEFGEN_EVAL_DIR)")
    key = (__version__, tuple(d.id for d in docs))
    if cache.exists():
        with cache.open("rb") as fh:
            stored = pickle.load(fh)
        if stored["key"] == key:
            return stored["extractions"], stored["seconds_per_article"]
    started = time.perf_counter()
    nlp = load_nlp()
    sieved = sieve(docs)
    run = extract_documents(list(sieved.documents), nlp=nlp)
    per_article = (time.perf_counter() - started) / len(docs)
    out = list(run.extractions)
    with cache.open("wb") as fh:
        pickle.dump({"key": key, "extractions": out, "seconds_per_article": per_article}, fh)
    return out, per_article


def shift_years(value: str, years: int) -> str:
    """Every year in a date value moved by ``years`` ("2009-04-25/2009-05" -> "2021-…")."""
    return _YEAR.sub(lambda m: str(int(m.group(0)) + years), value)


_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# A later copy of the corpus lies this many years later: a multiple of 4 keeps 29 February.
COPY_YEARS = 12
_DATED = {"date", "value", "date_as_written"}


def relabel(value: Any, old: str, new: str, years: int) -> Any:
    """``value`` with document ``old`` renamed ``new`` (ids included), dates moved by ``years``."""
    if isinstance(value, tuple):
        return tuple(relabel(v, old, new, years) for v in value)
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changes = {}
    for f in dataclasses.fields(value):
        v = getattr(value, f.name)
        if f.name in ("doc", "id") and isinstance(v, str):
            if v == old:
                changes[f.name] = new
            elif f.name == "id" and not isinstance(value, Document):
                changes[f.name] = f"{new}#{v}"  # a mention's or position's own id
        elif f.name in _DATED and isinstance(v, str):
            changes[f.name] = shift_years(v, years)
        elif isinstance(v, tuple) or dataclasses.is_dataclass(v):
            changes[f.name] = relabel(v, old, new, years)
    return dataclasses.replace(value, **changes)


def corpus(base: list[Extraction], n: int) -> list[Extraction]:
    """``n`` extractions: the articles, then copies of them under new ids, each copy
    ``COPY_YEARS`` later than the one before: a corpus that spans more time, with the same
    vocabulary and the same people (each block and posting list grows with it)."""
    out = []
    for k in range(math.ceil(n / len(base))):
        for ex in base:
            if len(out) == n:
                return out
            old = ex.document.id
            out.append(ex if k == 0 else relabel(ex, old, f"{k + 1}:{old}", k * COPY_YEARS))
    return out


def aggregate(exs: list[Extraction]) -> dict[str, float]:
    """Seconds of each aggregation step, as ``assemble_brief`` runs them, and the CPU
    seconds of them all (on a busy machine, wall time measures the neighbours too)."""
    c0 = time.process_time()
    t0 = time.perf_counter()
    merge_events(exs)
    t1 = time.perf_counter()
    actors, mention_map = resolve_actors(exs)
    t2 = time.perf_counter()
    attribute_positions([p for x in exs for p in x.positions], actors, mention_map)
    t3 = time.perf_counter()
    cpu = time.process_time() - c0
    return {
        "events": t1 - t0,
        "actors": t2 - t1,
        "positions": t3 - t2,
        "total": t3 - t0,
        "cpu": cpu,
    }


def exponent(sizes: list[int], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) against log(size)."""
    xs = [math.log(n) for n in sizes]
    ys = [math.log(s) for s in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return num / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[400, 800, 1600])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/briefgen-bench-aggregate.pkl"))
    args = parser.parse_args()
    base, per_article = extractions(args.cache)
    print(f"{len(base)} articles extracted, {per_article:.3f} s each (extraction, 2 cores)")
    print(
        f"{'N':>6} {'events s':>9} {'actors s':>9} {'positions s':>12} {'total s':>8} "
        f"{'CPU s':>7} {'agg/extract':>12} {'actors/extract':>15}"
    )
    totals, cpus = [], []
    for n in args.sizes:
        times = aggregate(corpus(base, n))
        totals.append(times["total"])
        cpus.append(times["cpu"])
        extract_s = per_article * n
        print(
            f"{n:>6} {times['events']:9.2f} {times['actors']:9.2f} {times['positions']:12.2f} "
            f"{times['total']:8.2f} {times['cpu']:7.2f} {times['total'] / extract_s:12.1%} "
            f"{times['actors'] / extract_s:15.1%}"
        )
        sys.stdout.flush()
    if len(args.sizes) > 1:
        print(
            f"fitted growth exponent of aggregation: {exponent(args.sizes, totals):.2f} (wall), "
            f"{exponent(args.sizes, cpus):.2f} (CPU)"
        )
    print("targets: exponent <= 1.15; aggregation <= 10% of extraction at 1,600 articles")


if __name__ == "__main__":
    main()
