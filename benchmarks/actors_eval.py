"""Actor resolution benchmark on the seeds gold (``seeds-gold/actors.json``).

Items are (document, surface form) pairs that both the gold and briefgen have: a gold
surface form listed for a document that briefgen also extracted there as a mention. B³
precision/recall/F1 compare briefgen's actor clusters with the gold actors over those
items; coverage says how many gold items were found at all. Must-merge pairs count as
merged when one briefgen actor holds items of both; hard do-not-merge pairs as violated.

    .venv/bin/python benchmarks/actors_eval.py [--show]

The gold is read from ``../shared/eval`` beside the repository or ``$BRIEFGEN_EVAL_DIR``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from briefgen.aggregate.actors import resolve_actors
from briefgen.extract.actors import extract_mentions
from briefgen.extract.nlp import load_nlp
from briefgen.models import Document, Extraction

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = Path(
    os.environ.get("BRIEFGEN_EVAL_DIR") or Path(__file__).resolve().parents[2] / "shared" / "eval"
)
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(s: str) -> str:
    """The scorer's name normalisation: no markdown, folded quotes, no determiner/possessive."""
    s = _MD_LINK.sub(r"\1", s).replace("*", "").translate(_FOLD).casefold()
    s = re.sub(r"\s+", " ", s).strip(" \t\n\"'.,;:()[]")
    s = re.sub(r"^the ", "", s)
    return re.sub(r"'s?$", "", s).strip()


def b_cubed(items: dict[tuple[str, str], tuple[str, str]]) -> tuple[float, float, float]:
    """B³ precision, recall, F1 over items mapped to (gold cluster, system cluster)."""
    by_gold: dict[str, set[tuple[str, str]]] = defaultdict(set)
    by_sys: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for item, (g, s) in items.items():
        by_gold[g].add(item)
        by_sys[s].add(item)
    p = r = 0.0
    for _item, (g, s) in items.items():
        both = len(by_gold[g] & by_sys[s])
        p += both / len(by_sys[s])
        r += both / len(by_gold[g])
    n = len(items) or 1
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    """Extract and resolve the seeds' actors and print the scores."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="print wrong merges and splits")
    args = ap.parse_args(argv)
    gold = json.loads((EVAL_DIR / "seeds-gold" / "actors.json").read_text(encoding="utf-8"))
    seeds = EVAL_DIR.parent / "seeds"
    if not seeds.is_dir():
        seeds = ROOT / "seeds"
    nlp = load_nlp()
    t0 = time.perf_counter()
    extractions = []
    for f in sorted(seeds.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        doc = Document(id=f.name[:3], source=f.name, format="txt", text=text, title="")
        extractions.append(
            Extraction(document=doc, mentions=tuple(extract_mentions(doc, nlp(text))))
        )
    actors, _ = resolve_actors(extractions)
    seconds = time.perf_counter() - t0

    sys_forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for a in actors:
        for m in a.mentions:
            sys_forms[(m.doc, norm(m.text))][a.id] += 1
    gold_forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    for actor in gold["actors"]:
        for form in actor["surface_forms"]:
            for doc in form["docs"]:
                gold_forms[(doc, norm(form["form"]))].add(actor["canonical_name"])
    items: dict[tuple[str, str], tuple[str, str]] = {}
    for key, names in gold_forms.items():
        if len(names) != 1 or key not in sys_forms:
            continue
        items[key] = (next(iter(names)), sys_forms[key].most_common(1)[0][0])
    p, r, f1 = b_cubed(items)

    def clusters_of(name: str) -> set[str]:
        return {s for (g, s) in items.values() if g == name}

    def clusters_of_form(forms: str) -> set[str]:
        # a must-merge side may list several forms: "A / B / C"
        out: set[str] = set()
        for form in forms.split(" / "):
            out |= {s for (_, f), (_, s) in items.items() if f == norm(form)}
        return out or clusters_of(forms)

    must = gold.get("must_merge", [])
    merged = sum(1 for m in must if clusters_of_form(m["a"]) & clusters_of_form(m["b"]))
    judged = sum(1 for m in must if clusters_of_form(m["a"]) and clusters_of_form(m["b"]))
    hard = [d for d in gold.get("do_not_merge", []) if d.get("severity") == "hard"]
    violated = [d for d in hard if clusters_of(d["a"]) & clusters_of(d["b"])]
    print(f"seeds actors: {len(actors)} briefgen actors, {len(gold['actors'])} gold actors")
    print(
        f"items scored (doc, form): {len(items)} of {len(gold_forms)} gold "
        f"({100 * len(items) / len(gold_forms):.1f}% coverage)"
    )
    print(f"B³  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    print(f"must-merge pairs merged: {merged}/{len(must)} ({judged} with both sides found)")
    print(f"hard do-not-merge pairs violated: {len(violated)}/{len(hard)}")
    for d in violated:
        print(f"  violated: {d['a']} / {d['b']}")
    print(f"seconds (mentions + resolution, parse included): {seconds:.2f}")
    if args.show:
        by_sys: dict[str, set[str]] = defaultdict(set)
        by_gold: dict[str, set[str]] = defaultdict(set)
        for g, s in items.values():
            by_sys[s].add(g)
            by_gold[g].add(s)
        names = {a.id: a.name for a in actors}
        for s, gs in sorted(by_sys.items()):
            if len(gs) > 1:
                print(f"  merged {names[s]!r}: {sorted(gs)}")
        for g, ss in sorted(by_gold.items()):
            if len(ss) > 1:
                print(f"  split {g!r}: {sorted(names[s] for s in ss)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
