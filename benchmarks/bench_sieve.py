"""The structure stage's sieve (language, copies, blocks, stories) cold and in a rebuild.

For each size N: the sieve over 95% of N articles with a new structure cache (cold), then
over all N with that cache (a rebuild, 5% new), each in a fresh child process that has
already read the articles (ingest is not timed). With ``--base DIR`` (a checkout of other
code, e.g. ``git archive main | tar -x -C DIR``) the same pair runs with that code too,
the two sides taking turns ``--runs`` times in one run, so that both see the same load.
Printed: each side's cold and rebuild seconds (wall and CPU, the best of its runs) and the
ratio rebuild / cold.

Articles: ``scale_corpus``'s by default, or ``--inputs`` (JSONL files, and folders of
text files named ``publisher_YYYY-MM-DD_slug.txt`` as PolNeAR's), shuffled with a fixed
seed. ``--copies K`` adds K near-copies made at run time (an article with its last
sentence cut, as a wire story is run again), so that the near-copy search runs MinHash.

    python benchmarks/bench_sieve.py [--sizes 400] [--base DIR] [--runs 2] [--inputs ...]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The benchmarks folder is not a package: its siblings are imported from the path above.
from scale_corpus import _POLNEAR_DATE, SEED, articles

NEW_SHARE = 0.05
CODE = Path(__file__).resolve().parents[1]


def read_inputs(paths: list[Path]) -> list[str]:
    """The articles of ``paths`` as JSONL lines, ids prefixed by their file or folder."""
    rows: list[dict[str, str]] = []
    for path in paths:
        if path.is_dir():
            for text in sorted(path.glob("*.txt")):
                found = _POLNEAR_DATE.search(text.name)
                row = {"id": f"{path.name}/{text.stem}", "text": text.read_text(encoding="utf-8")}
                rows.append({**row, "time": found.group(1)} if found else row)
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append({**row, "id": f"{path.stem}/{row['id']}"})
    random.Random(SEED).shuffle(rows)
    return [json.dumps(row, ensure_ascii=False) for row in rows]


def with_copies(lines: list[str], copies: int) -> list[str]:
    """``lines`` with ``copies`` near-copies of evenly spaced articles, each a few lines
    after its original: the article with its last sentence cut."""
    out = list(lines)
    step = max(1, len(lines) // max(1, copies))
    for i in reversed(range(0, min(len(lines), step * copies), step)):
        row = json.loads(lines[i])
        cut = row["text"].rstrip().rsplit(". ", 1)[0] + "."
        again = {**row, "id": f"{row['id']}-again", "text": cut}
        out.insert(min(i + 5, len(out)), json.dumps(again, ensure_ascii=False))
    return out


def child(code: Path, old: Path, new: Path) -> dict[str, float]:
    """The cold sieve of ``old`` and the rebuild of ``new``, with ``code``'s briefgen."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    args = [sys.executable, __file__, "--child", str(old), str(new)]
    done = subprocess.run(args, env=env, cwd=code, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run_child(old: Path, new: Path) -> None:
    """In the child: ingest both corpora, then time the two sieves; print one JSON line."""
    from briefgen.ingest import ingest
    from briefgen.structure.cached import StructureCache
    from briefgen.structure.sieve import sieve

    first = list(ingest([old]).documents)
    second = list(ingest([new]).documents)
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cache.sqlite"
        for label, documents in (("cold", first), ("rebuild", second)):
            wall, cpu = time.perf_counter(), time.process_time()
            with StructureCache(path) as cache:
                kept = sieve(documents, cache=cache)
            out[f"{label}_wall"] = time.perf_counter() - wall
            out[f"{label}_cpu"] = time.process_time() - cpu
            out[f"{label}_kept"] = len(kept.documents)
    print(json.dumps(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[400])
    parser.add_argument("--base", type=Path, help="a checkout of the code to compare with")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--inputs", type=Path, nargs="+", help="JSONL files, folders of .txt")
    parser.add_argument("--copies", type=int, default=0, help="near-copies to add")
    parser.add_argument("--child", type=Path, nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(*args.child)
        return
    lines = read_inputs(args.inputs) if args.inputs else articles()
    sides = {"this": CODE, **({"base": args.base.resolve()} if args.base else {})}
    print(f"{len(lines)} articles, seed {SEED}, {args.copies} near-copies added")
    for size in args.sizes:
        if size > len(lines):
            sys.exit(f"only {len(lines)} articles available, not {size}")
        chosen = with_copies(lines[:size], args.copies)
        old = len(chosen) - max(1, round(len(chosen) * NEW_SHARE))
        results: dict[str, list[dict[str, float]]] = {side: [] for side in sides}
        with tempfile.TemporaryDirectory() as tmp:
            first, second = Path(tmp) / "old.jsonl", Path(tmp) / "new.jsonl"
            first.write_text("\n".join(chosen[:old]) + "\n", encoding="utf-8")
            second.write_text("\n".join(chosen) + "\n", encoding="utf-8")
            for _ in range(args.runs):
                for side, code in sorted(sides.items()):  # base first, then this code
                    results[side].append(child(code, first, second))
        print(f"\nN = {len(chosen)}: the sieve cold over {old}, then a rebuild of all")
        for side, runs in sorted(results.items()):
            best = {k: min(r[k] for r in runs) for k in runs[0]}
            ratio = best["rebuild_wall"] / best["cold_wall"]
            cpu_ratio = best["rebuild_cpu"] / best["cold_cpu"]
            print(
                f"  {side:5} cold {best['cold_wall']:6.2f} s (CPU {best['cold_cpu']:6.2f})  "
                f"rebuild {best['rebuild_wall']:6.2f} s (CPU {best['rebuild_cpu']:6.2f})  "
                f"rebuild / cold {ratio:.3f} (CPU {cpu_ratio:.3f})  "
                f"kept {best['rebuild_kept']:.0f}   runs: "
                + ", ".join(f"{r['cold_wall']:.2f}/{r['rebuild_wall']:.2f}" for r in runs)
            )


if __name__ == "__main__":
    main()
