"""The extraction cache: a cold build, then a rebuild with 5% new articles, at two sizes.

Articles come from ``scale_corpus`` (Timeline17 first, read at run time, shuffled with a
fixed seed, written to a temporary JSONL file that is deleted afterwards). For each size N:
a cold build of 95% of the N articles into a new output folder, then a rebuild of all N
(5% new) into the same folder, so the cache holds the first 95% (``bench_scale.rebuild``).
Printed per build: wall seconds, the main process's peak RSS, stage times and how many
documents were extracted and how many came from the cache; then the ratio rebuild/cold.
``bench_scale.py`` prints the same beside every other target.

    python benchmarks/bench_cache.py [--sizes 100 400] [--formats json,html,pdf]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The benchmarks folder is not a package: its siblings are imported from the path above.
from bench_scale import rebuild
from scale_corpus import SEED, articles


def row(label: str, result: dict[str, object]) -> str:
    stages = result["stages"]
    counts = result["counts"]
    assert isinstance(stages, dict) and isinstance(counts, dict)
    parts = " ".join(f"{k}={v:.1f}" for k, v in stages.items())
    return (
        f"  {label:8} {result['wall']:7.1f} s  {result['rss_main']:6.0f} MB  "
        f"extracted {counts['extracted']:4}  cached {counts['from_cache']:4}   {parts}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400])
    parser.add_argument("--formats", default="json,html,pdf")
    args = parser.parse_args()
    lines = articles()
    print(f"{len(lines)} articles, seed {SEED}, formats {args.formats}")
    for size in args.sizes:
        if size > len(lines):
            sys.exit(f"only {len(lines)} articles available, not {size}")
        cold, warm = rebuild(lines, size, args.formats)
        new = int(warm["counts"]["extracted"])  # type: ignore[index]
        print(f"\nN = {size}: cold build, then a rebuild with {new} new")
        print(row("cold", cold))
        print(row("rebuild", warm))
        ratio = float(warm["wall"]) / float(cold["wall"])  # type: ignore[arg-type]
        print(f"  rebuild / cold wall: {ratio:.2f}   (target <= 0.15)")
        stage = {k: r["stages"]["extract"] for k, r in (("cold", cold), ("warm", warm))}  # type: ignore[index]
        print(f"  rebuild / cold extract stage: {stage['warm'] / stage['cold']:.3f}   (new: 5%)")


if __name__ == "__main__":
    main()
