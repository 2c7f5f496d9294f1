"""A rebuild with 5% new articles against the cold build, for this code and another, in one run.

For each size N: a cold build of 95% of N articles into a new output folder, then a rebuild
of all N into it (its cache holding the 95%), each build a ``scale_child.py`` run in a fresh
process; with ``--base DIR`` (a checkout of other code, e.g. ``git archive main | tar -x -C
DIR``) the same pair runs with that code right before, so that both see the same load.
Printed per build: wall and CPU seconds (the build's process and its reaped workers), the
stages' wall seconds and their CPU seconds (this process + its children reaped in the
stage); then rebuild / cold, wall and CPU. Articles: ``--inputs`` (JSONL files, folders of
text files named ``publisher_YYYY-MM-DD_slug.txt`` as PolNeAR's), shuffled with
``scale_corpus``'s seed, or ``scale_corpus``'s own.

    python benchmarks/bench_rebuild.py [--sizes 100 200] [--base DIR] [--inputs ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The benchmarks folder is not a package: its siblings are imported from the path above.
from bench_scale import FORMATS, ROOT, rebuild
from bench_sieve import read_inputs
from scale_corpus import articles


def line(label: str, b: dict) -> str:  # type: ignore[type-arg]
    stages = " ".join(f"{k}={v:.1f}" for k, v in sorted(b["stages"].items()))
    counts = b["counts"]
    # each stage's CPU seconds, this process's + its children's reaped in the stage (the
    # PDF's, the extraction's workers, the events merged beside): the load moves them less
    cpu = " ".join(
        f"{k}={own:.1f}+{kids:.1f}" for k, (own, kids) in sorted(b["cpu_stages"].items())
    )
    return (
        f"  {label:14} wall {b['wall']:6.1f}  CPU {b['cpu']:6.1f}  "
        f"extracted {counts['extracted']:4} cached {counts['from_cache']:4}  {stages}\n"
        f"  {'':14} CPU by stage: {cpu}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200])
    parser.add_argument("--base", type=Path, help="a checkout of the code to compare with")
    parser.add_argument("--inputs", type=Path, nargs="+", help="JSONL files, folders of .txt")
    parser.add_argument("--formats", default=FORMATS)
    args = parser.parse_args()
    lines = read_inputs(args.inputs) if args.inputs else articles()
    sides = [("base", args.base.resolve())] if args.base else []
    sides.append(("this", ROOT))
    print(f"{len(lines)} articles, formats {args.formats}", flush=True)
    for size in args.sizes:
        print(f"\nN = {size}: cold build of 95%, then the rebuild of all (5% new)", flush=True)
        for name, code in sides:
            cold, warm = rebuild(lines, size, args.formats, code)
            print(line(f"{name} cold", cold))
            print(line(f"{name} rebuild", warm))
            wall = float(warm["wall"]) / float(cold["wall"])
            cpu = float(warm["cpu"]) / float(cold["cpu"])
            print(f"  {name} rebuild / cold: wall {wall:.3f}, CPU {cpu:.3f}", flush=True)


if __name__ == "__main__":
    main()
