"""Where the sources disagree: are the differences a brief shows real, and which real ones
does it miss?

``gold/disagreements.jsonl`` (``gold/README-disagreements.md``) holds pairs of spans from
two documents of a dev corpus, each labelled: ``disagree`` (a real difference a signing
analyst wants shown), ``minor`` (real but within one unit: showing it is no error) or a
reason showing it would be false (``update``: a count moving on, a birthday; ``scope``:
different things counted; ``precision``: one value rounded). A
line of a built brief's disagreements matches a pair when its evidence cites both
documents with sentences holding both spans.

Per corpus it prints the lines shown, how many are true (``disagree``/``minor``), false
(any other label), or unjudged (no pair: read them), and the recall of ``disagree``
pairs. It reads builds already made, no corpus is parsed: ``briefgen build CORPUS -o
BUILDS/PREFIX-TAG -f json`` for each corpus (the wire corpora written by
``wire_corpora.py``; Timeline17's from the evaluation folder's ``tls-score/corpora``).

    .venv/bin/python benchmarks/disagreements_eval.py PREFIX [--builds DIR] [--show]
        [--tags seeds wiraq ...]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

GOLD = Path(__file__).parent / "gold" / "disagreements.jsonl"
TRUE = frozenset({"disagree", "minor"})


def _holds(evidence: dict[str, Any], span: dict[str, Any]) -> bool:
    """The evidence cites the span's document with a sentence holding the span."""
    start = evidence["sentence_start"]
    end = start + len(evidence["sentence"])
    return bool(evidence["doc"] == span["doc"] and start <= span["start"] and span["end"] <= end)


def matches(line: dict[str, Any], pair: dict[str, Any]) -> bool:
    """A shown line is about a gold pair: some two of its evidence hold the pair's spans."""
    cited = line["evidence"]
    return any(_holds(e, pair["a"]) for e in cited) and any(_holds(e, pair["b"]) for e in cited)


def score(lines: list[dict[str, Any]], pairs: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts for one corpus: shown, true, false, unjudged, and the ``disagree`` pairs
    found of those in the gold."""
    counts: dict[str, Any] = defaultdict(int)
    counts["unjudged_lines"] = []
    for line in lines:
        labels = {p["label"] for p in pairs if matches(line, p)}
        counts["shown"] += 1
        if not labels:
            counts["unjudged"] += 1
            counts["unjudged_lines"].append(line["text"])
        elif labels <= TRUE:
            counts["true"] += 1
        else:
            counts["false"] += 1
    wanted = [p for p in pairs if p["label"] == "disagree"]
    counts["wanted"] = len(wanted)
    counts["found"] = sum(any(matches(line, p) for line in lines) for p in wanted)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefix", help="the builds' prefix: DIR/PREFIX-TAG/latest/brief.json")
    parser.add_argument("--builds", type=Path, default=Path("/work/audit/builds"))
    parser.add_argument("--show", action="store_true", help="print the unjudged lines")
    parser.add_argument(
        "--tags", nargs="*", default=(), help="corpora beyond the gold's (all lines unjudged)"
    )
    args = parser.parse_args()
    by_corpus: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in GOLD.read_text().splitlines():
        pair = json.loads(row)
        by_corpus[pair["corpus"]].append(pair)
    total: dict[str, int] = defaultdict(int)
    print(f"{'corpus':8} shown true false unjudged  found/wanted")
    for tag in sorted({*by_corpus, *args.tags}):
        pairs = by_corpus.get(tag, [])
        path = args.builds / f"{args.prefix}-{tag}" / "latest" / "brief.json"
        if not path.exists():
            print(f"{tag:8} (no build: {path})")
            continue
        lines = json.loads(path.read_text())["summary"]["disagreements"]
        c = score(lines, pairs)
        print(
            f"{tag:8} {c['shown']:5} {c['true']:4} {c['false']:5} {c['unjudged']:8}"
            f"  {c['found']}/{c['wanted']}"
        )
        for key in ("shown", "true", "false", "unjudged", "found", "wanted"):
            total[key] += c[key]
        if args.show:
            for text in c["unjudged_lines"]:
                print(f"    unjudged: {text}")
    print(
        f"{'all':8} {total['shown']:5} {total['true']:4} {total['false']:5}"
        f" {total['unjudged']:8}  {total['found']}/{total['wanted']}"
    )


if __name__ == "__main__":
    main()
