"""Scale: every target of issue 15, each against its peer, measured in one run.

For each N (default 50, 200, 800, 1,600 articles of ``scale_corpus``: Timeline17 first,
shuffled with a fixed seed), each run a fresh process (``scale_child.py``):

* **extract vs peer**: wall, CPU and peak RSS of the extract stage (``extract_documents``,
  local executor, no cache) and of the bare parse of the same texts on as many
  processes (``scale_child.py peer``); the ratio of CPU seconds (on a shared machine
  CPU is what the neighbours inflate least; wall is printed beside it);
* **builds**: a cold ``briefgen build`` of 95% of the N articles (per-stage seconds, the
  main process's peak RSS), then a rebuild of all N into the same folder (5% new: the
  extraction cache holds the rest) and its ratio to the cold build.

Also: the seeds' cold build against the bare parse (``bench_build.seeds_vs_peer``), first;
Dask on two local workers against the local executor (``bench_dask.compare``) before the
first N of at least ``--dask-n``; from the second N on, the aggregation exponent (least
squares over the cold builds' aggregate stage against their documents) and the main
process's memory growth per article (its peak, and its RSS when aggregation ended). Each
figure prints with PASS/FAIL as soon as it exists, so a run stopped at a deadline keeps
what it measured; a targets block repeats them all at the end. Each build's stages are
printed in wall and in CPU seconds (the main process's, and its children's reaped during
the stage: aggregation merges the events in a forked process); the exponent's verdict is
the CPU fit's, the wall fit printed beside it.

    .venv/bin/python benchmarks/bench_scale.py [--sizes 50 200 800 1600] [--quick]
    .venv/bin/python benchmarks/bench_scale.py --memory-only --sizes 800 1600 [--base DIR]

``--quick`` is sizes 20 60, Dask on 40 articles, one seeds run: a check that it all runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The benchmarks folder is not a package: its siblings are imported from the path above.
from bench_aggregate import exponent
from bench_build import seeds_vs_peer
from bench_dask import compare
from scale_corpus import articles

ROOT = Path(__file__).resolve().parents[1]
CHILD = Path(__file__).resolve().with_name("scale_child.py")
NEW_SHARE = 0.05
FORMATS = "json,html,pdf"


def child(kind: str, *args: str, code: Path | None = None) -> dict[str, object]:
    """One ``scale_child.py`` run, in a fresh interpreter; its measurements. ``code``: a
    checkout of other code to run instead of this one (``bench_rebuild.py --base``)."""
    env = None if code is None else {**os.environ, "PYTHONPATH": str(code)}
    with tempfile.TemporaryDirectory() as tmp:
        result = Path(tmp) / "result.json"
        proc = subprocess.run(
            [sys.executable, str(CHILD), str(result), kind, *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=code,
        )
        if proc.returncode != 0:
            sys.exit(f"{kind} {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
        data: dict[str, object] = json.loads(result.read_text(encoding="utf-8"))
    return data


def build(corpus: Path, out: Path, formats: str, code: Path | None = None) -> dict[str, object]:
    """A ``briefgen build --json`` of ``corpus`` into ``out`` (by ``code``'s briefgen, when
    given): its measurements, its stage seconds and its extraction counts."""
    got = child("build", str(corpus), "-o", str(out), "-f", formats, "--json", code=code)
    report = json.loads(str(got["out"]))
    return {**got, "stages": report["timings_s"], "counts": report["extraction"]}


def cold_build(
    lines: list[str], size: int, formats: str = FORMATS, code: Path | None = None
) -> dict:  # type: ignore[type-arg]
    """The cold build of the first 95% of ``size`` articles alone (``--memory-only``)."""
    old = size - max(1, round(size * NEW_SHARE))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("\n".join(lines[:old]) + "\n", encoding="utf-8")
        return build(corpus, Path(tmp) / "out", formats, code)


def rebuild(
    lines: list[str], size: int, formats: str = FORMATS, code: Path | None = None
) -> tuple[dict, dict]:  # type: ignore[type-arg]
    """A cold build of the first 95% of ``size`` articles, then a rebuild of all ``size``
    into the same folder (its cache holding the 95%); by ``code``'s briefgen, when given."""
    old = size - max(1, round(size * NEW_SHARE))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus.jsonl"
        corpus.write_text("\n".join(lines[:old]) + "\n", encoding="utf-8")
        cold = build(corpus, folder / "out", formats, code)
        corpus.write_text("\n".join(lines[:size]) + "\n", encoding="utf-8")
        warm = build(corpus, folder / "out", formats, code)
    return cold, warm


def extract_vs_peer(lines: list[str], size: int) -> tuple[dict, dict]:  # type: ignore[type-arg]
    """The extract stage and the bare parse over the first ``size`` articles."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("\n".join(lines[:size]) + "\n", encoding="utf-8")
        peer = child("peer", str(corpus))
        ours = child("extract", str(corpus))
    return ours, peer


@dataclass
class Row:
    size: int
    ours: dict  # type: ignore[type-arg]
    peer: dict  # type: ignore[type-arg]
    cold: dict  # type: ignore[type-arg]
    warm: dict  # type: ignore[type-arg]
    stages: dict[str, float] = field(init=False)

    def __post_init__(self) -> None:
        self.stages = self.cold["stages"]

    @property
    def cpu_ratio(self) -> float:
        return float(self.ours["cpu"]) / float(self.peer["cpu"])

    @property
    def wall_ratio(self) -> float:
        return float(self.ours["wall"]) / float(self.peer["wall"])

    @property
    def rebuild_ratio(self) -> float:
        return float(self.warm["wall"]) / float(self.cold["wall"])

    @property
    def rebuild_cpu_ratio(self) -> float:
        return float(self.warm["cpu"]) / float(self.cold["cpu"])

    @property
    def cold_documents(self) -> int:
        counts = self.cold["counts"]
        return int(counts["extracted"]) + int(counts["from_cache"])


def print_rows(rows: list[Row]) -> None:
    print("\nextract stage vs the bare parse (same texts, same processes); RSS in MB:")
    print(
        f"{'N':>6} {'docs':>5} {'ext wall':>9} {'ext CPU':>8} {'ext RSS':>8} "
        f"{'peer wall':>10} {'peer CPU':>9} {'peer RSS':>9} {'CPU ratio':>10} {'wall ratio':>11}"
    )
    for r in rows:
        print(
            f"{r.size:>6} {r.ours['documents']:>5} {r.ours['wall']:9.1f} {r.ours['cpu']:8.1f} "
            f"{r.ours['rss_main']:8.0f} {r.peer['wall']:10.1f} {r.peer['cpu']:9.1f} "
            f"{r.peer['rss_main']:9.0f} {r.cpu_ratio:10.2f} {r.wall_ratio:11.2f}"
        )
    print(f"\nbuilds ({FORMATS}): cold of 95% of N, then a rebuild of N (5% new); RSS in MB")
    for r in rows:
        for label, b in (("cold", r.cold), ("rebuild", r.warm)):
            stages = b["stages"]
            counts = b["counts"]
            parts = " ".join(f"{k}={v:.1f}" for k, v in stages.items())
            print(
                f"{r.size:>6} {label:8} {b['wall']:7.1f} s  CPU {b['cpu']:7.1f} s  "
                f"main {b['rss_main']:5.0f}  worker {b['rss_workers']:5.0f}  "
                f"extracted {counts['extracted']:4} cached {counts['from_cache']:4}  "
                f"wall s: {parts}"
            )
            if b.get("cpu_stages"):
                print(f"{'':>6} {'':8} CPU s, main process + its children: {_cpu_stages(b)}")
        print(f"{'':>6} rebuild / cold wall: {r.rebuild_ratio:.3f}, CPU: {r.rebuild_cpu_ratio:.3f}")


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of ``ys`` against ``xs``."""
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return num / sum((x - mx) ** 2 for x in xs)


def print_size_targets(r: Row) -> None:
    """The targets one N decides alone, printed as soon as that N is measured."""
    print(
        f"  extraction <= 1.15x the bare parse, N={r.size}: CPU {r.cpu_ratio:.2f}x "
        f"(ours {r.ours['cpu']:.1f} s, peer {r.peer['cpu']:.1f} s; wall "
        f"{r.wall_ratio:.2f}x)  {verdict(r.cpu_ratio <= 1.15)}"
    )
    agg = r.stages["aggregate"] / r.stages["extract"]
    agg_cpu, ext_cpu = stage_cpu(r.cold, "aggregate"), stage_cpu(r.cold, "extract")
    cpu_share = (
        f"CPU {agg_cpu / ext_cpu:.1%} ({agg_cpu:.1f} s / {ext_cpu:.1f} s), " if ext_cpu else ""
    )
    print(
        f"  aggregation <= 10% of extraction, N={r.size}: {cpu_share}wall {agg:.1%} "
        f"({r.stages['aggregate']:.1f} s / {r.stages['extract']:.1f} s)  {verdict(agg <= 0.10)}"
    )
    rss = float(r.cold["rss_main"])
    print(
        f"  main-process memory <= 1.5 GB, N={r.size}: {rss:.0f} MB (largest worker "
        f"{r.cold['rss_workers']:.0f} MB; as each stage ended: {_rss_stages(r.cold)})  "
        f"{verdict(rss <= 1536)}"
    )
    print(
        f"  rebuild with 5% new <= 0.15x the cold build, N={r.size}: {r.rebuild_ratio:.3f} "
        f"({r.warm['wall']:.1f} s / {r.cold['wall']:.1f} s; CPU {r.rebuild_cpu_ratio:.3f})  "
        f"{verdict(r.rebuild_ratio <= 0.15)}",
        flush=True,
    )


def _cpu_stages(b: dict) -> str:  # type: ignore[type-arg]
    return " ".join(f"{k}={own:.1f}+{kids:.1f}" for k, (own, kids) in b["cpu_stages"].items())


def stage_cpu(b: dict, stage: str) -> float:  # type: ignore[type-arg]
    """CPU seconds of ``stage`` of build ``b``: the main process's and its children's
    (aggregation merges the events in a forked process beside the actors' resolution)."""
    return float(sum(b.get("cpu_stages", {}).get(stage, [0.0])))


def _rss_stages(b: dict) -> str:  # type: ignore[type-arg]
    return " ".join(f"{k} {v:.0f}" for k, v in b.get("rss_stages", {}).items())


def print_growth(rows: list[Row]) -> None:
    """What needs two N or more: the aggregation exponent and memory growth per article."""
    docs = [r.cold_documents for r in rows]
    fitted_on = f"N {[r.size for r in rows]}, documents {docs}"
    # The verdict is the CPU fit's: the wall seconds of one stage, taken minutes apart on a
    # shared machine, measure the neighbours' load as much as the code. Both are printed.
    agg_cpu = [stage_cpu(r.cold, "aggregate") for r in rows]
    agg_s = [max(r.stages["aggregate"], 1e-3) for r in rows]
    wall_fit = exponent(docs, agg_s)
    if all(agg_cpu):
        fit = exponent(docs, agg_cpu)
        print(
            f"  aggregation exponent <= 1.15, CPU (main + children; {fitted_on}; "
            f"{' / '.join(f'{c:.1f}' for c in agg_cpu)} s): {fit:.2f}  {verdict(fit <= 1.15)}"
        )
    print(
        f"  aggregation exponent, wall ({fitted_on}; "
        f"{' / '.join(f'{w:.1f}' for w in agg_s)} s): {wall_fit:.2f}"
        + ("" if all(agg_cpu) else f"  {verdict(wall_fit <= 1.15)}")
    )
    xs = [float(d) for d in docs]
    growth = slope(xs, [float(r.cold["rss_main"]) for r in rows])
    print(
        f"  main-process memory growth <= 0.2 MB/article (peak, documents {docs}): "
        f"{growth:.3f} MB/article  {verdict(growth <= 0.2)}"
    )
    # The peak is the PDF's layout until its chronology's cap; what the corpus itself
    # holds is the RSS once aggregation is done (extractions, events, actors).
    held = [float(r.cold.get("rss_stages", {}).get("aggregate", 0.0)) for r in rows]
    if all(held):
        print(
            f"  (RSS when aggregation ended: {' / '.join(f'{h:.0f}' for h in held)} MB, "
            f"{slope(xs, held):.3f} MB/article)",
            flush=True,
        )


def print_dask(dask: dict[str, float]) -> None:
    throughput = dask["ratio"]
    print(
        f"  Dask, 2 local workers >= 0.85x the local executor ({dask['documents']:.0f} docs): "
        f"{throughput:.2f} (median of {dask['chunks']:.0f} interleaved chunks; totals "
        f"{dask['dask']:.1f} s vs {dask['local']:.1f} s)  {verdict(throughput >= 0.85)}",
        flush=True,
    )


def print_seeds(seeds: dict[str, object]) -> None:
    seeds_ratio = float(seeds["wall"]) / float(seeds["peer_wall"])  # type: ignore[arg-type]
    print(f"seeds: cold build {seeds['wall']:.2f} s; stages {seeds['stages']}")
    print(
        f"  seeds' cold build <= 1.6x the bare parse: {seeds_ratio:.2f}x "
        f"({seeds['wall']:.2f} s vs {seeds['peer_wall']:.2f} s: python + model + parse)  "
        f"{verdict(seeds_ratio <= 1.6)}",
        flush=True,
    )


def memory_only(lines: list[str], sizes: list[int], base: Path | None) -> None:
    """The main process's peak in the cold builds alone, and its growth per article; with
    ``base``, that code's cold build beside this one's at each N (the two interleaved, so
    the machine's state is the same for both)."""
    sides: list[tuple[str, Path | None]] = [("this", None)]
    if base is not None:
        sides.insert(0, ("base", base))
    cold: dict[str, list[dict]] = {label: [] for label, _ in sides}  # type: ignore[type-arg]
    for size in sorted(sizes):
        for label, code in sides:
            b = cold_build(lines, size, FORMATS, code)
            cold[label].append(b)
            documents = int(b["counts"]["extracted"]) + int(b["counts"]["from_cache"])
            print(
                f"  {label} N={size} ({documents} documents): main-process peak "
                f"{b['rss_main']:.0f} MB (as each stage ended: {_rss_stages(b)}); "
                f"CPU {b['cpu']:.1f} s: {_cpu_stages(b)}",
                flush=True,
            )
    if len(sizes) < 2:
        return
    print("\ntargets (memory only, from this run):")
    for label, builds in cold.items():
        docs = [float(b["counts"]["extracted"]) + float(b["counts"]["from_cache"]) for b in builds]
        peaks = [float(b["rss_main"]) for b in builds]
        held = [float(b.get("rss_stages", {}).get("aggregate", 0.0)) for b in builds]
        growth = slope(docs, peaks)
        print(
            f"  {label}: main-process memory growth <= 0.2 MB/article (peaks "
            f"{' / '.join(f'{p:.0f}' for p in peaks)} MB): {growth:.3f} MB/article  "
            f"{verdict(growth <= 0.2)}; when aggregation ended "
            f"{' / '.join(f'{h:.0f}' for h in held)} MB, {slope(docs, held):.3f} MB/article",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 800, 1600])
    parser.add_argument("--dask-n", type=int, default=200, help="articles for Dask vs local")
    parser.add_argument("--seeds-runs", type=int, default=3)
    parser.add_argument("--no-dask", action="store_true", help="skip Dask against local")
    parser.add_argument("--quick", action="store_true", help="sizes 20 60, small Dask, 1 run")
    parser.add_argument(
        "--memory-only",
        action="store_true",
        help="only the cold builds' main-process peak and its growth (no seeds, peer, "
        "rebuild or Dask)",
    )
    parser.add_argument(
        "--base", type=Path, help="with --memory-only: a checkout of code to compare with"
    )
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.dask_n, args.seeds_runs = [20, 60], 40, 1
    lines = articles()
    print(f"{len(lines)} articles available; sizes {args.sizes}", flush=True)
    if args.memory_only:
        memory_only(lines, args.sizes, args.base.resolve() if args.base else None)
        return
    if args.base is not None:
        sys.exit("--base is read with --memory-only only")
    # Each figure is printed as soon as it exists, the cheapest first: a run stopped at a
    # deadline keeps what it measured.
    seeds = seeds_vs_peer(str(ROOT / "seeds"), args.seeds_runs)
    print_seeds(seeds)
    rows: list[Row] = []
    dask: dict[str, float] | None = None
    for size in sorted(args.sizes):
        if size > len(lines):
            sys.exit(f"only {len(lines)} articles available, not {size}")
        if dask is None and size >= args.dask_n and not args.no_dask:
            dask = _dask(lines[: args.dask_n])
            print_dask(dask)
        ours, peer = extract_vs_peer(lines, size)
        cold, warm = rebuild(lines, size, FORMATS)
        rows.append(Row(size, ours, peer, cold, warm))
        raw = {"ours": ours, "peer": peer, "cold": cold, "warm": warm}
        print(f"  N={size}: {json.dumps(raw)}", flush=True)
        print_rows(rows[-1:])
        print_size_targets(rows[-1])
        if len(rows) > 1:
            print_growth(rows)
    if dask is None and not args.no_dask:
        dask = _dask(lines[: args.dask_n])
    print("\nall N:")
    print_rows(rows)
    print("\ntargets (ratios from this run):")
    print_seeds(seeds)
    for r in rows:
        print_size_targets(r)
    if len(rows) > 1:
        print_growth(rows)
    if dask is not None:
        print_dask(dask)


def _dask(lines: list[str]) -> dict[str, float]:
    """``bench_dask.compare`` over these articles, read and structured as a build does."""
    from briefgen.ingest import ingest
    from briefgen.structure.sieve import sieve

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        documents = list(sieve(ingest([corpus]).documents).documents)
    return {**compare(documents), "documents": float(len(documents))}


if __name__ == "__main__":
    main()
