"""Timeline17 benchmark: our timelines against the reference timelines, with a baseline.

For every reference timeline of a collection (``../shared/eval/tls-score``), the
articles are filtered by the collection's keywords and the reference period, then
extracted (temporal tagger, spaCy over the dated sentences only, event mentions,
plus the first ``BRIEFGEN_TLS_LEAD`` (default 5) reporting sentences of each article
dated by its publication day), merged into events, and the ``L`` most salient days
are kept with ``k`` sentences each. The sanity baseline
(the ``L`` publication days with most articles, their first sentences) is scored
in the same run. Scores come from the evaluation's own ``score.py``.

    .venv/bin/python benchmarks/tls_eval.py [--collections MJ_bbc ...] [--out DIR] [--structure]

``--structure`` runs the structure stage first (corpus profile, blocks) and reads only the
body and transcript blocks, as a build does. ``--full`` extracts each article as a build
does (``extract_document``: the whole text parsed, actor mentions included), slower, so the
timeline can complete a definite reference in brackets ("[The Mexican man] died April 22")
where the quick extraction, which has no mentions, can only refuse the sentence.

The evaluation data is read in place (``BRIEFGEN_EVAL_DIR`` overrides), never copied.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from briefgen.aggregate.events import merge_events
from briefgen.extract.events import dated_view, extract_events
from briefgen.extract.nlp import load_nlp
from briefgen.extract.textview import nlp_view
from briefgen.models import Document, Event, Extraction, Timex
from briefgen.query_filter import filter_by_query
from briefgen.structure import build_profile, extraction_view, structured
from briefgen.timeline import select_timeline
from briefgen.when import When

Tagger = Callable[[str, date | None], list[Timex]]
# The events need sentences, parts of speech and the parse, nothing else.
DISABLED = ("ner", "lemmatizer")
# News articles report the day's events in their first sentences (see extract_events).
LEAD = int(os.environ.get("BRIEFGEN_TLS_LEAD", "5"))
# --structure: read only body and transcript blocks, as a build does (structure stage).
STRUCTURE = False
# --cache: a folder where each collection's extractions are pickled and read back.
CACHE: Path | None = None
# --full: every article extracted as a build extracts it
FULL = False


def eval_dir() -> Path:
    env = os.environ.get("BRIEFGEN_EVAL_DIR")
    base = Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "eval"
    return base / "tls-score"


def load_tagger(spec: str) -> Tagger:
    module, _, name = spec.partition(":")
    tagger: Tagger = getattr(importlib.import_module(module), name or "tag")
    return tagger


def read_corpus(path: Path) -> list[Document]:
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            docs.append(
                Document(
                    id=row["id"],
                    source=str(path),
                    format="jsonl",
                    text=row["text"],
                    title=row.get("title") or "",
                    date=row["time"][:10],
                    date_source="field",
                )
            )
    return docs


def extract(documents: Sequence[Document], tag: Tagger) -> list[Extraction]:
    """The extract stage for the benchmark: the tagger, one spaCy pass, event mentions.

    Only sentences holding a date are parsed (``dated_view``): events need no more.
    """
    nlp = load_nlp()
    if FULL:
        from briefgen.extract.run import extract_document

        return [extract_document(d, nlp) for d in documents]
    views = [extraction_view(d.text, d.blocks) for d in documents]  # the text, unstructured
    # a tagger that reads the page's stamp (briefgen's) is given it, as a build does
    stamped = "published" in inspect.signature(tag).parameters
    tagged = [
        tag(v, d.dct, published=d.published) if stamped else tag(v, d.dct)  # type: ignore[call-arg]
        for d, v in zip(documents, views, strict=True)
    ]
    texts = (nlp_view(dated_view(v, t, lead=LEAD)) for v, t in zip(views, tagged, strict=True))
    parsed = nlp.pipe(texts, batch_size=32, disable=DISABLED)
    out = []
    for doc, timexes, sdoc in zip(documents, tagged, parsed, strict=True):
        out.append(
            Extraction(
                document=doc,
                sentences=tuple((s.start_char, s.end_char) for s in sdoc.sents),
                timexes=tuple(timexes),
                events=tuple(extract_events(doc, sdoc, timexes, lead=LEAD)),
            )
        )
    return out


def _day_of(value: str) -> str | None:
    when = When.of(value)
    day = when.day if when else None
    return day.isoformat() if day else None


def system_timeline(
    extractions: Sequence[Extraction],
    keywords: Sequence[str],
    first: date,
    last: date,
    size: int,
    k: int,
) -> list[dict[str, object]]:
    events = merge_events(extractions, query=keywords)
    days: list[Event] = []
    for event in events:
        day = _day_of(event.date)
        if day is not None:
            days.append(event)
    latest = max((d for x in extractions if (d := x.document.dct)), default=None)
    entries = select_timeline(
        days,
        dates=size,
        sentences=k,
        since=first,
        until=last,
        latest=latest,
        extractions=extractions,
        query=keywords,
    )
    return [
        {"date": _day_of(e.date) or e.date, "sentences": [c.text for c in e.sentences]}
        for e in entries
    ]


def baseline_timeline(documents: Sequence[Document], size: int, k: int) -> list[dict[str, object]]:
    """The ``size`` publication days with most articles; their articles' first sentences."""
    counts = Counter(d.date for d in documents if d.date)
    days = sorted(sorted(counts, key=lambda d: (-counts[d], d))[:size])
    out = []
    for day in days:
        firsts = [d.text.strip().split("\n")[0] for d in documents if d.date == day]
        out.append({"date": day, "sentences": firsts[:k]})
    return out


def score(collection: str, system_dir: Path) -> dict[str, float]:
    script = eval_dir() / "score.py"
    result = subprocess.run(
        [
            sys.executable,
            str(script),
            "--system-dir",
            str(system_dir),
            "--collections",
            collection,
            "--json-out",
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    avg = json.loads(result.stdout)["collections"][collection]["average"]
    head = avg["align_date_content_costs_many_to_one"]
    return {
        "date_f1": avg["date"]["f_score"],
        "ar1": head["rouge_1"]["f_score"],
        "ar2": head["rouge_2"]["f_score"],
    }


def _cached(path: Path | None, make: Callable[[], list[Extraction]]) -> list[Extraction]:
    """``make()``, or what an earlier run pickled at ``path`` (--cache): comparing two
    versions of the aggregation on one extraction without parsing the corpus again."""
    if path is not None and path.exists():
        with path.open("rb") as fh:
            cached: list[Extraction] = pickle.load(fh)
        return cached
    out = make()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            pickle.dump(out, fh)
    return out


def run_collection(name: str, info: dict, tag: Tagger, out: Path) -> tuple[dict, dict, float]:
    root = eval_dir()
    documents = read_corpus(root / info["corpus_file"])
    keywords = info["keywords"]
    started = time.perf_counter()
    if STRUCTURE:
        profile = build_profile(documents)
        documents = [structured(d, profile) for d in documents]
    wrapped = [Extraction(document=d) for d in documents]
    relevant = [e.document for e in filter_by_query(wrapped, keywords)]
    first = min(date.fromisoformat(t["first_date"]) for t in info["timelines"])
    last = max(date.fromisoformat(t["last_date"]) for t in info["timelines"])
    relevant = [d for d in relevant if d.dct and first <= d.dct <= last]
    extractions = _cached(CACHE / f"{name}.pkl" if CACHE else None, lambda: extract(relevant, tag))
    for timeline in info["timelines"]:
        lo, hi = (
            date.fromisoformat(timeline["first_date"]),
            date.fromisoformat(timeline["last_date"]),
        )
        task = [e for e in extractions if e.document.dct and lo <= e.document.dct <= hi]
        ours = system_timeline(task, keywords, lo, hi, timeline["L"], timeline["k"])
        base = baseline_timeline([e.document for e in task], timeline["L"], timeline["k"])
        for system, tl in (("system", ours), ("baseline", base)):
            path = out / system / name / f"{timeline['name']}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(tl, indent=1, ensure_ascii=False), encoding="utf-8")
    seconds = time.perf_counter() - started
    return score(name, out / "system"), score(name, out / "baseline"), seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--collections", nargs="*", help="default: every collection")
    parser.add_argument("--out", type=Path, help="where timelines are written (default: temp)")
    parser.add_argument("--tagger", default="briefgen.extract.timex:tag", help="module:function")
    parser.add_argument(
        "--structure", action="store_true", help="read only body blocks, as a build does"
    )
    parser.add_argument(
        "--full", action="store_true", help="extract each article as a build does (slower)"
    )
    parser.add_argument(
        "--cache",
        type=Path,
        help="folder pickling each collection's extractions (reused when present)",
    )
    args = parser.parse_args(argv)
    global STRUCTURE, CACHE, FULL
    STRUCTURE = args.structure
    FULL = args.full
    CACHE = args.cache
    manifest = json.loads((eval_dir() / "manifest.json").read_text(encoding="utf-8"))
    names = args.collections or sorted(manifest["collections"])
    tag = load_tagger(args.tagger)
    out = args.out or Path(tempfile.mkdtemp(prefix="tls-"))
    rows = []
    print(
        f"{'collection':16} {'Date-F1':>8} {'AR-1':>7} {'AR-2':>7} | "
        f"{'base F1':>8} {'AR-1':>7} {'AR-2':>7} | {'s':>6}"
    )
    for name in names:
        ours, base, seconds = run_collection(name, manifest["collections"][name], tag, out)
        rows.append((ours, base, seconds))
        print(
            f"{name:16} {ours['date_f1']:8.3f} {ours['ar1']:7.3f} {ours['ar2']:7.3f} | "
            f"{base['date_f1']:8.3f} {base['ar1']:7.3f} {base['ar2']:7.3f} | {seconds:6.1f}",
            flush=True,
        )
    if rows:
        n = len(rows)

        def mean(i: int, key: str) -> float:
            return sum(r[i][key] for r in rows) / n

        print(
            f"{'MEAN':16} {mean(0, 'date_f1'):8.3f} {mean(0, 'ar1'):7.3f} {mean(0, 'ar2'):7.3f} | "
            f"{mean(1, 'date_f1'):8.3f} {mean(1, 'ar1'):7.3f} {mean(1, 'ar2'):7.3f} | "
            f"{sum(r[2] for r in rows) / n:6.1f}"
        )
    print(f"timelines: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
