"""Cross-document event merging on the seeds gold (``seeds-gold/events.json``).

Runs the pipeline (default config) on the seeds, aligns every predicted event mention
to a gold mention (same document, overlapping sentence; the gold mention whose
temporal expression or trigger the prediction covers wins) and prints, over the 25
core event keys: how many are found, how many are split over several events, which
gold keys are wrongly merged into one event, and how many reach the timeline.

    .venv/bin/python benchmarks/events_eval.py [--show] [--cache FILE]

``--cache`` keeps the extraction in a pickle so that merging can be re-scored fast
(delete it after changing the extractors). The gold is read from ``../shared/eval``
beside the repository or ``$BRIEFGEN_EVAL_DIR``; it is never copied.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

import briefgen.extract.run as run
from briefgen.aggregate.terms import terms
from briefgen.config import load_config
from briefgen.models import Event, EventMention
from briefgen.pipeline import assemble_brief

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = Path(
    os.environ.get("BRIEFGEN_EVAL_DIR") or Path(__file__).resolve().parents[2] / "shared" / "eval"
)
NOW = datetime(2021, 12, 1)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _on_timex(mention: EventMention, g: dict[str, Any]) -> bool:
    te = g.get("temporal_expression_span")
    if not te or not g["temporal_expression_in_sentence"]:
        return False
    return _overlap((mention.timex.start, mention.timex.end), (te[0], te[1])) > 0


def align(
    mention: EventMention, gold: list[dict[str, Any]], others: list[EventMention]
) -> list[dict[str, Any]]:
    """The gold mentions this prediction reports (several when they share its date words).

    A gold mention whose temporal expression another prediction of the sentence
    covers is not this prediction's: the sentence dates two happenings.
    """
    span = (mention.evidence.start, mention.evidence.end)
    pool = [g for g in gold if _overlap(span, tuple(g["sentence_span"])) > 0]
    hits = [g for g in pool if _on_timex(mention, g)]
    if hits:
        return hits
    pool = [g for g in pool if not any(_on_timex(o, g) for o in others if o is not mention)]
    if not pool:
        return []
    words = set(terms(mention.description))

    def score(g: dict[str, Any]) -> tuple[float, int]:
        gold_words = set(terms(g["trigger"] + " " + g["description"]))
        shared = len(words & gold_words) / (len(gold_words) or 1)
        return (shared, _overlap(span, tuple(g["sentence_span"])))

    return [max(pool, key=score)]


def main(argv: list[str] | None = None) -> int:
    """Build the seeds brief's events and timeline and print the merge scores."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="list splits, merges and misses")
    ap.add_argument("--cache", type=Path, help="pickle of the seeds' extraction")
    args = ap.parse_args(argv)
    data = json.loads((EVAL_DIR / "seeds-gold" / "events.json").read_text(encoding="utf-8"))
    seeds = EVAL_DIR.parent / "seeds"
    if not seeds.is_dir():
        seeds = ROOT / "seeds"
    if args.cache:
        original = run.extract_documents

        def cached(documents: Any, **kw: Any) -> Any:
            if args.cache.exists():
                return pickle.loads(args.cache.read_bytes())
            out = original(documents, **kw)
            args.cache.write_bytes(pickle.dumps(out))
            return out

        run.extract_documents = cached
    config = load_config(None, inputs=(seeds,))
    t0 = time.perf_counter()
    brief, _ = assemble_brief(config, now=NOW)
    seconds = time.perf_counter() - t0

    gold_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in data["events"]:
        gold_by_doc[g["doc_id"]].append(g)
    keys = data["event_keys"]
    core = {k for k, v in keys.items() if v["core"]}
    # gold key -> ids of the events holding one of its mentions
    events_of: dict[str, set[str]] = defaultdict(set)
    keys_of: dict[str, set[str]] = defaultdict(set)
    by_id: dict[str, Event] = {e.id: e for e in brief.events}
    unaligned = 0
    predicted: dict[str, list[EventMention]] = defaultdict(list)
    for event in brief.events:
        for m in event.mentions:
            predicted[m.doc].append(m)
    for event in brief.events:
        for m in event.mentions:
            aligned = align(m, gold_by_doc.get(m.doc[:3], []), predicted[m.doc])
            unaligned += not aligned
            for g in aligned:
                events_of[g["event_key"]].add(event.id)
            if aligned:
                # several keys of one mention ("held both X and Y"): not a wrong merge
                keys_of[event.id].add(aligned[0]["event_key"])
    found = core & set(events_of)
    split = sorted(k for k in found if len(events_of[k]) > 1)
    merged: set[tuple[str, str]] = set()
    for ks in keys_of.values():
        for a in ks:
            for b in ks:
                if a < b and (a in core or b in core):
                    merged.add((a, b))
    timeline_ids = {i for entry in brief.timeline for i in entry.event_ids}
    in_timeline = sorted(k for k in found if events_of[k] & timeline_ids)
    mentions = sum(len(e.mentions) for e in brief.events)
    print(f"seeds events: {len(brief.events)} events, {mentions} mentions ({unaligned} unaligned)")
    print(f"core keys found: {len(found)}/{len(core)}")
    print(f"core keys split (in >1 event): {len(split)}")
    print(f"gold key pairs wrongly merged (with a core key): {len(merged)}")
    print(f"core keys in the timeline: {len(in_timeline)}/{len(core)}")
    print(f"seconds (whole pipeline): {seconds:.1f}")
    if args.show:
        for k in sorted(core - found):
            print(f"  missing {k}")
        for k in split:
            print(f"  split {k}:")
            for i in sorted(events_of[k]):
                e = by_id[i]
                print(f"    {e.date} [{', '.join(e.sources)}] {e.description[:70]}")
        for a, b in sorted(merged):
            print(f"  merged {a} + {b}")
        for k in sorted(found - set(in_timeline)):
            print(f"  not in timeline: {k}")
        for cited in brief.summary.disagreements:
            print(f"  summary, where the sources disagree: {cited.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
