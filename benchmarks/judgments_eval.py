"""Key judgments benchmark: does the summary tell the period's central events?

For each Timeline17 collection (``../shared/eval/tls-score``), a brief is built over the
collection's articles of its reference period with its query (``assemble_brief``, as a
build does), and its bottom line and key judgments are scored against the journalists'
reference timeline:

* **date recall**: of the reference's dates, the share within one day of a judgment's
  date: the day its article was published or the day of an event it tells (a dated
  mention within the sentence). ``weighted``: each reference date counts as many times
  as the topic's references list it (collections on one topic share their references:
  a date several newsrooms list is more central).
* **ROUGE-1/2 recall** of the judgments against the reference's sentences, by the
  evaluation's own ROUGE-1.5.5 counts (``rouge155.py``: stemmed, stop words removed).

Beside it, in the same run, the sanity baseline: the first body sentence of one article
of each of the busiest publication days (as many sentences as the summary shows), and the
figures of the ranking saved by ``--save`` (``benchmarks/results/judgments_eval.json``:
the ranking a change is measured against).

    .venv/bin/python benchmarks/judgments_eval.py [--collections MJ_bbc ...]
        [--cache DIR] [--save] [--show]

``--cache`` keeps each collection's extractions (the build's extraction cache), so a
second run re-ranks without parsing again; ``--show`` prints the judgments, each with
whether its dates hit a reference date.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from briefgen.config import Config
from briefgen.models import Brief, Cited, Document
from briefgen.pipeline import assemble_brief
from briefgen.structure.model import EXTRACTED
from briefgen.when import When

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tls_eval import eval_dir

# The collections a helper may measure on (the others are held out).
DEV = ("MJ_bbc", "H1N1_guardian", "H1N1_reuters")
# A judgment tells a reference date when one of its dates is this many days from it.
SLACK = 1
# A sentence ends at a full stop (a closing quote after it) before a capital or a quote.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“])")
SAVED = Path(__file__).resolve().parent / "results" / "judgments_eval.json"


def rouge() -> Any:
    """The evaluation's ROUGE-1.5.5 counter, read in place."""
    sys.path.insert(0, str(eval_dir()))
    from rouge155 import Rouge155  # type: ignore[import-not-found]

    return Rouge155(stem=True, remove_stopwords=True, max_n=2)


def references(info: dict) -> list[list[dict]]:
    return [
        json.loads((eval_dir() / t["file"]).read_text(encoding="utf-8")) for t in info["timelines"]
    ]


def topic_weights(manifest: dict, names: Sequence[str]) -> dict[str, Counter[date]]:
    """For each collection's topic, how many of the topic's references list each date."""
    out: dict[str, Counter[date]] = {}
    for name in names:
        topic = manifest["collections"][name]["topic"]
        counts = out.setdefault(topic, Counter())
        for ref in references(manifest["collections"][name]):
            counts.update({date.fromisoformat(block["date"]) for block in ref})
    return out


def judgment_days(brief: Brief, cited: Cited) -> set[date]:
    """The days a shown sentence tells: its report's and those of events dated in it."""
    days: set[date] = set()
    published = {d.id: d.dct for d in brief.documents}
    for ev in cited.evidence:
        if (day := published.get(ev.doc)) is not None:
            days.add(day)
        for event in brief.events:
            for m in event.mentions:
                if m.doc == ev.doc and ev.start <= m.evidence.sentence_start < ev.end:
                    when = When.of(m.date)
                    if when is not None and when.day is not None:
                        days.add(when.day)
    return days


def summary_items(brief: Brief) -> list[tuple[str, set[date]]]:
    s = brief.summary
    shown = ([s.bottom_line] if s.bottom_line else []) + list(s.judgments)
    return [(c.text, judgment_days(brief, c)) for c in shown]


def first_body_sentence(doc: Document) -> str:
    """The first sentence of the document's first body block (structure stage), cut at
    the first full stop before a capital; the text's first line when it has no blocks."""
    body = [b for b in doc.blocks if b.kind in EXTRACTED]
    text = doc.text[body[0].start : body[0].end] if body else doc.text.strip().split("\n")[0]
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0].strip()


def lede_items(brief: Brief, n: int) -> list[tuple[str, set[date]]]:
    """The baseline: one article of each of the ``n`` busiest publication days (the first
    by id), its first body sentence, dated by its publication."""
    docs = sorted((d for d in brief.documents if d.dct), key=lambda d: d.id)
    counts = Counter(d.dct for d in docs)
    days = sorted(counts, key=lambda d: (-counts[d], d))[:n]
    out = []
    for day in sorted(d for d in days if d is not None):
        doc = next(d for d in docs if d.dct == day)
        out.append((first_body_sentence(doc), {day}))
    return out


def measure(
    items: list[tuple[str, set[date]]], refs: list[list[dict]], weights: Counter[date], r: Any
) -> dict[str, float]:
    ref_days = {date.fromisoformat(b["date"]) for ref in refs for b in ref}
    told = {d for _, days in items for d in days}

    def hit(day: date) -> bool:
        return any(abs((day - d).days) <= SLACK for d in told)

    hits = [d for d in ref_days if hit(d)]
    peer = [text for text, _ in items]
    models = [[s for b in ref for s in b["sentences"]] for ref in refs]
    counts = r.counts(peer, models)
    return {
        "dates": len(hits) / len(ref_days) if ref_days else 0.0,
        "weighted": (
            sum(weights[d] for d in hits) / sum(weights[d] for d in ref_days) if ref_days else 0.0
        ),
        "r1": counts[1][0] / counts[1][2] if counts[1][2] else 0.0,
        "r2": counts[2][0] / counts[2][2] if counts[2][2] else 0.0,
    }


def build(name: str, info: dict, cache: Path | None) -> Brief:
    first = min(date.fromisoformat(t["first_date"]) for t in info["timelines"])
    last = max(date.fromisoformat(t["last_date"]) for t in info["timelines"])
    config = Config(
        inputs=(eval_dir() / info["corpus_file"],),
        query=tuple(info["keywords"]),
        since=first,
        until=last,
        cache=cache is not None,
    )
    folder = cache / name if cache is not None else None
    brief, _ = assemble_brief(config, now=datetime.now(UTC), cache=folder)
    return brief


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--collections", nargs="*", default=list(DEV))
    parser.add_argument("--cache", type=Path, help="folder of the builds' extraction caches")
    parser.add_argument("--save", action="store_true", help=f"write this run's figures to {SAVED}")
    parser.add_argument("--show", action="store_true", help="print the judgments")
    args = parser.parse_args(argv)
    manifest = json.loads((eval_dir() / "manifest.json").read_text(encoding="utf-8"))
    weights = topic_weights(manifest, DEV)
    saved = json.loads(SAVED.read_text(encoding="utf-8")) if SAVED.exists() else {}
    r = rouge()
    keys = ("dates", "weighted", "r1", "r2")
    head = " ".join(f"{k:>8}" for k in keys)
    print(f"{'collection':14} {'':9} {head}")
    rows: dict[str, dict[str, dict[str, float]]] = {}
    for name in args.collections:
        info = manifest["collections"][name]
        brief = build(name, info, args.cache)
        refs = references(info)
        items = summary_items(brief)
        rows[name] = {
            "summary": measure(items, refs, weights[info["topic"]], r),
            "ledes": measure(lede_items(brief, len(items)), refs, weights[info["topic"]], r),
        }
        if name in saved:
            rows[name]["saved"] = saved[name]
        for label, row in rows[name].items():
            cells = " ".join(f"{row[k]:8.3f}" for k in keys)
            print(f"{name:14} {label:9} {cells}", flush=True)
        if args.show:
            ref_days = {date.fromisoformat(b["date"]) for ref in refs for b in ref}
            for text, days in items:
                near = any(abs((d - x).days) <= SLACK for d in days for x in ref_days)
                listed = ",".join(sorted(d.isoformat() for d in days))
                print(f"  {'+' if near else '-'} [{listed}] {text[:160]}")
    for label in ("summary", "ledes", "saved"):
        present = [rows[n][label] for n in rows if label in rows[n]]
        if len(present) == len(rows) and rows:
            cells = " ".join(f"{sum(p[k] for p in present) / len(present):8.3f}" for k in keys)
            print(f"{'MEAN':14} {label:9} {cells}")
    if args.save:
        SAVED.parent.mkdir(parents=True, exist_ok=True)
        out = saved | {n: rows[n]["summary"] for n in rows}
        SAVED.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
