"""The structure stage against hand-labelled page blocks (``benchmarks/gold/structure.jsonl``).

For each gold document (Timeline17 JSONL pages, PolNeAR dev articles, seeds) the stage is run
as a build runs it, with the corpus profile of the document's whole source corpus, and
compared character by character (non-space characters) with the gold kinds. It prints
per-kind precision and recall, and body precision (share of the text fed to the extractors
that is article body or transcript) and body recall (share of the gold body that is fed to
them), each beside the baseline "every line is body", in the same run; then the stage's time
as a share of a build of the seeds (or ``--build DIR``).

    .venv/bin/python benchmarks/structure_eval.py [--gold FILE] [--show KIND] [--show-errors]
        [--build DIR | --no-build]

``--show-errors`` prints every line where the text fed to the extractors differs from the
gold: furniture, captions or comments fed (``fed``), or body left out (``lost``).

Gold ``source`` paths are relative to ``../shared/eval`` beside the repository (or
``$BRIEFGEN_EVAL_DIR``), except ``seeds/…``, relative to the repository. Nothing is copied.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import get_args

from briefgen.ingest.readers import read_file
from briefgen.models import BlockKind, Document
from briefgen.structure import EXTRACTED, build_profile, structure_document

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = Path(
    os.environ.get("BRIEFGEN_EVAL_DIR") or Path(__file__).resolve().parents[2] / "shared" / "eval"
)
GOLD = ROOT / "benchmarks" / "gold" / "structure.jsonl"
KINDS = get_args(BlockKind)  # the kinds the structure stage and the gold use
TARGET_PRECISION, TARGET_RECALL, TARGET_SHARE = 0.97, 0.98, 0.05


def _source_path(source: str) -> Path:
    if source.startswith("seeds/"):
        return ROOT / source
    if source.startswith("../main/seeds/"):
        return ROOT / source.removeprefix("../main/")
    return EVAL_DIR / source


def _corpus(source: str) -> list[Document]:
    """Every document of the gold document's corpus, read as a build reads it."""
    path = _source_path(source)
    if path.suffix == ".jsonl":
        return read_file(path, path.parent)
    folder = path.parent
    return [
        d
        for p in sorted(folder.iterdir())
        if p.suffix in (".txt", ".md")
        for d in read_file(p, folder)
    ]


def _char_kinds(text: str, spans: list[tuple[int, int, str]]) -> dict[int, str]:
    return {i: kind for s, e, kind in spans for i in range(s, e) if not text[i].isspace()}


def _baseline(text: str) -> list[tuple[int, int, str]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line), "body"))
        pos += len(line)
    return spans


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--show", help="print the characters' lines mislabelled as/for KIND")
    parser.add_argument(
        "--show-errors", action="store_true", help="print the lines fed or lost against the gold"
    )
    parser.add_argument("--build", type=Path, default=ROOT / "seeds", help="corpus to time")
    parser.add_argument("--no-build", action="store_true", help="skip timing a build")
    parser.add_argument("--build-query", default="", help="--query of the timed build")
    args = parser.parse_args()
    if not args.gold.exists():
        print(f"no gold at {args.gold}", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in args.gold.read_text().splitlines() if line.strip()]

    corpora: dict[str, tuple[dict[str, Document], object]] = {}
    counts = {"stage": Counter[tuple[str, str]](), "base": Counter[tuple[str, str]]()}
    by_source: dict[str, Counter[str]] = defaultdict(Counter)
    stage_seconds, scored = 0.0, 0
    for row in rows:
        key = str(
            _source_path(row["source"]).parent
            if not row["source"].endswith(".jsonl")
            else _source_path(row["source"])
        )
        if key not in corpora:
            docs = _corpus(row["source"])
            by_id = {d.id: d for d in docs}
            started = time.perf_counter()
            profile = build_profile(docs)
            stage_seconds += time.perf_counter() - started
            corpora[key] = (by_id, profile)
        by_id, profile = corpora[key]
        doc = by_id.get(row["doc"])
        if doc is None or hashlib.sha1(doc.text.encode()).hexdigest() != row["sha1"]:
            print(f"skipped {row['source']} {row['doc']}: text differs from the gold's")
            continue
        scored += 1
        started = time.perf_counter()
        # as the pipeline reads it: the page's own site's counts too
        blocks = structure_document(doc, profile.for_document(doc)).blocks  # type: ignore[attr-defined]
        stage_seconds += time.perf_counter() - started
        gold = _char_kinds(doc.text, [(s, e, k) for s, e, k in row["labels"]])
        predicted = _char_kinds(doc.text, [(b.start, b.end, b.kind) for b in blocks])
        baseline = _char_kinds(doc.text, _baseline(doc.text))
        for i, g in gold.items():
            counts["stage"][(g, predicted.get(i, "none"))] += 1
            counts["base"][(g, baseline.get(i, "none"))] += 1
            fed, gold_fed = predicted.get(i) in EXTRACTED, g in EXTRACTED
            by_source[
                row["source"].split("/")[-1]
                if "corpora" in row["source"]
                else row["source"].split("/")[0]
            ][f"{int(gold_fed)}{int(fed)}"] += 1
        if args.show:
            _show(doc, row, gold, predicted, args.show)
        if args.show_errors:
            _show_errors(doc, row, gold, predicted)

    print(
        f"{scored} documents, {sum(counts['stage'].values())} characters (non-space), "
        "scored character by character\n"
    )
    print(f"{'kind':12} {'gold chars':>10} {'P':>6} {'R':>6}   {'baseline P':>10} {'R':>6}")
    for kind in KINDS:
        line = [f"{kind:12}", f"{sum(v for (g, _), v in counts['stage'].items() if g == kind):>10}"]
        for name in ("stage", "base"):
            c = counts[name]
            tp = c[(kind, kind)]
            fp = sum(v for (g, p), v in c.items() if p == kind and g != kind)
            fn = sum(v for (g, p), v in c.items() if g == kind and p != kind)
            p, r = _prf(tp, fp, fn)
            ps = f"{p:.3f}" if tp + fp else "-"  # nothing predicted as this kind
            rs = f"{r:.3f}" if tp + fn else "-"  # nothing of this kind in the gold
            line.append(f"{ps:>6} {rs:>6}" if name == "stage" else f"  {ps:>10} {rs:>6}")
        print(" ".join(line))
    print()
    for name, label in (("stage", "structure stage"), ("base", "every line is body")):
        c = counts[name]
        tp = sum(v for (g, p), v in c.items() if g in EXTRACTED and p in EXTRACTED)
        fp = sum(v for (g, p), v in c.items() if g not in EXTRACTED and p in EXTRACTED)
        fn = sum(v for (g, p), v in c.items() if g in EXTRACTED and p not in EXTRACTED)
        p, r = _prf(tp, fp, fn)
        print(f"body precision {p:.3f}  body recall {r:.3f}   {label}")
    print(f"targets: body precision >= {TARGET_PRECISION}, body recall >= {TARGET_RECALL}\n")
    print(f"{'source':24} {'body P':>7} {'body R':>7}")
    for source, c in sorted(by_source.items()):
        p, r = _prf(c["11"], c["01"], c["10"])
        print(f"{source:24} {p:7.3f} {r:7.3f}")
    print(f"\nstructure stage on the gold documents: {stage_seconds:.2f} s")
    if not args.no_build:
        _time_build(args.build, tuple(q for q in args.build_query.split(",") if q))
    return 0


def _show(
    doc: Document,
    row: dict[str, object],
    gold: dict[int, str],
    predicted: dict[int, str],
    kind: str,
) -> None:
    """Print each line where gold or prediction is ``kind`` and they disagree."""
    pos = 0
    for line in doc.text.splitlines(keepends=True):
        idx = [i for i in range(pos, pos + len(line)) if i in gold]
        pos += len(line)
        wrong = [i for i in idx if (gold[i] == kind) != (predicted.get(i) == kind)]
        if wrong:
            g = Counter(gold[i] for i in idx).most_common(2)
            p = Counter(predicted.get(i, "none") for i in idx).most_common(2)
            print(f"[{row['doc']}] gold {g} stage {p}: {line.strip()[:160]!r}")


def _show_errors(
    doc: Document, row: dict[str, object], gold: dict[int, str], predicted: dict[int, str]
) -> None:
    """Print each run of characters fed to the extractors against the gold (``fed``: not
    body in the gold; ``lost``: gold body not fed), with the gold and predicted kinds."""
    run: list[int] = []

    def flush() -> None:
        if run:
            i = run[0]
            fed = predicted.get(i) in EXTRACTED
            span = doc.text[run[0] : run[-1] + 1]
            print(
                f"[{row['doc']}] {'fed ' if fed else 'lost'} gold {gold[i]} stage "
                f"{predicted.get(i, 'none')}: {len(span)} {' '.join(span.split())[:200]!r}"
            )
            run.clear()

    for i in sorted(gold):
        wrong = (gold[i] in EXTRACTED) != (predicted.get(i) in EXTRACTED)
        same = (
            run
            and i - run[-1] <= 2
            and (gold[i], predicted.get(i))
            == (
                gold[run[0]],
                predicted.get(run[0]),
            )
        )
        if not wrong or not same:
            flush()
        if wrong:
            run.append(i)
    flush()


def _time_build(inputs: Path, query: tuple[str, ...]) -> None:
    """The structure stage's share of a whole build, and what it adds to the build.

    The peer is the same build with the stage's blocks replaced by the baseline, every
    line body: language, copies and topic still run, but nothing is left out of what the
    extractors read. Both builds extract everything (no cache), in this process, one after
    the other; what the stage adds is the difference of their wall times.
    """
    import tempfile
    from unittest import mock

    from briefgen.config import load_config
    from briefgen.models import Block
    from briefgen.pipeline import build_brief
    from briefgen.structure import classify
    from briefgen.structure.model import Structure

    def every_line_body(document: Document, profile: object = None) -> Structure:
        return Structure((Block(0, len(document.text), "body"),))

    def timed() -> tuple[float, dict[str, float]]:
        with tempfile.TemporaryDirectory() as out:
            config = load_config(
                None, inputs=[str(inputs)], output_dir=Path(out), query=query or None, cache=False
            )
            started = time.perf_counter()
            result = build_brief(config, now=datetime(2026, 12, 1, tzinfo=UTC))
            return time.perf_counter() - started, result.timings

    total, timings = timed()
    with mock.patch.object(classify, "structure_document", every_line_body):
        bare, _ = timed()
    stage = timings.get("structure", 0.0)
    print(
        f"build of {inputs}: {total:.1f} s, structure stage (language, copies, profile, "
        f"blocks, topic) {stage:.2f} s = {stage / total:.1%} of the build; "
        f"the same build with every line body: {bare:.1f} s, so the stage adds "
        f"{total / bare - 1:+.1%} (target <= {TARGET_SHARE:.0%}); stages: {timings}"
    )


if __name__ == "__main__":
    sys.exit(main())
