"""The extraction cache: a cold build, then a rebuild with 5% new articles, at two sizes.

Articles come from the Timeline17 corpora in ``../shared/eval/tls-score/corpora/``
(read at run time, shuffled with a fixed seed, written to a temporary JSONL file that is
deleted afterwards). For each size N: a cold build of 95% of the N articles into a new
output folder, then a rebuild of all N (5% new) into the same folder, so the cache holds
the first 95%. Each build is a fresh ``briefgen build --json`` process; printed per build:
wall seconds, peak RSS of the process, stage times and how many documents were extracted
and how many came from the cache; then the ratio rebuild/cold.

    python benchmarks/bench_cache.py [--sizes 100 400] [--formats json,html,pdf]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The benchmarks folder is not a package: its sibling is imported from the path above.
from bench_build import measure

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "eval" / "tls-score" / "corpora"
SEED = 15
NEW_SHARE = 0.05


def articles() -> list[str]:
    """Every article line of the corpora, shuffled with a fixed seed."""
    lines = [
        line
        for path in sorted(CORPORA.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    random.Random(SEED).shuffle(lines)
    return lines


def build(corpus: Path, out: Path, formats: str) -> dict[str, object]:
    briefgen = str(Path(sys.executable).with_name("briefgen"))
    wall, rss, stdout = measure(
        [briefgen, "build", str(corpus), "-o", str(out), "-f", formats, "--json"]
    )
    data = json.loads(stdout.strip().splitlines()[-1])
    return {"wall": wall, "rss": rss, "stages": data["timings_s"], "counts": data["extraction"]}


def row(label: str, result: dict[str, object]) -> str:
    stages = result["stages"]
    counts = result["counts"]
    assert isinstance(stages, dict) and isinstance(counts, dict)
    parts = " ".join(f"{k}={v:.1f}" for k, v in stages.items())
    return (
        f"  {label:8} {result['wall']:7.1f} s  {result['rss']:6.0f} MB  "
        f"extracted {counts['extracted']:4}  cached {counts['from_cache']:4}   {parts}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400])
    parser.add_argument("--formats", default="json,html,pdf")
    args = parser.parse_args()
    lines = articles()
    print(f"corpora: {CORPORA} ({len(lines)} articles), seed {SEED}, formats {args.formats}")
    for size in args.sizes:
        if size > len(lines):
            sys.exit(f"only {len(lines)} articles available, not {size}")
        old = size - max(1, round(size * NEW_SHARE))
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            corpus = folder / "corpus.jsonl"
            corpus.write_text("\n".join(lines[:old]) + "\n", encoding="utf-8")
            cold = build(corpus, folder / "out", args.formats)
            corpus.write_text("\n".join(lines[:size]) + "\n", encoding="utf-8")
            warm = build(corpus, folder / "out", args.formats)
        print(f"\nN = {size}: cold build of {old}, then a rebuild with {size - old} new")
        print(row("cold", cold))
        print(row("rebuild", warm))
        ratio = float(warm["wall"]) / float(cold["wall"])  # type: ignore[arg-type]
        print(f"  rebuild / cold wall: {ratio:.2f}   (target <= 0.15)")
        stage = {k: r["stages"]["extract"] for k, r in (("cold", cold), ("warm", warm))}  # type: ignore[index]
        print(f"  rebuild / cold extract stage: {stage['warm'] / stage['cold']:.3f}   (new: 5%)")


if __name__ == "__main__":
    main()
