"""Build a brief from every dev corpus and count what broke: the target is zero.

For each corpus (Timeline17 dev collections, PolNeAR dev and train, the seeds) the whole
pipeline runs as ``briefgen build`` does, into a scratch folder: ingest, extraction of
every document, aggregation, summary, and the outputs (JSON and HTML; ``--pdf`` adds
the PDF). Printed per corpus: documents read, documents whose extraction failed (with
the first errors), a crash of the build itself, and the wall time.

    .venv/bin/python benchmarks/sweep.py [--only MJ_bbc ...] [--pdf]

Exits 1 when any document or build failed. The evaluation data is read in place
(``BRIEFGEN_EVAL_DIR`` overrides), never copied.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefgen.config import load_config
from briefgen.errors import BriefgenError
from briefgen.extract.run import NOT_EXTRACTED
from briefgen.pipeline import build_brief

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = Path(os.environ.get("BRIEFGEN_EVAL_DIR", ROOT.parent / "shared" / "eval"))
NOW = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)


def corpora() -> dict[str, Path]:
    tls = EVAL_DIR / "tls-score" / "corpora"
    found = {p.stem: p for p in sorted(tls.glob("*.jsonl"))}
    for split in ("dev", "train"):
        folder = EVAL_DIR / "quotes" / "polnear" / split / "text"
        if folder.is_dir():
            found[f"polnear-{split}"] = folder
    found["seeds"] = ROOT / "seeds"
    return found


@dataclass
class Outcome:
    corpus: str
    documents: int = 0
    failed: tuple[str, ...] = ()
    crash: str | None = None
    seconds: float = 0.0


def sweep(name: str, path: Path, formats: str) -> Outcome:
    outcome = Outcome(name)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="briefgen-sweep-") as out:
        config = load_config(None, inputs=[str(path)], output_dir=Path(out), formats=formats)
        try:
            result = build_brief(config, now=NOW)
        except BriefgenError as exc:
            outcome.crash = f"error: {exc}"
        except Exception as exc:  # what the sweep is for: nothing may escape like this
            outcome.crash = "".join(traceback.format_exception_only(exc)).strip()
            traceback.print_exc()
        else:
            outcome.documents = len(result.brief.documents)
            outcome.failed = tuple(p for p in result.skipped if NOT_EXTRACTED in p)
    outcome.seconds = time.perf_counter() - started
    return outcome


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="*", help="corpus names (default: all)")
    ap.add_argument("--pdf", action="store_true", help="render the PDF too")
    args = ap.parse_args(argv)
    formats = "json,html,pdf" if args.pdf else "json,html"
    outcomes = []
    print(f"{'corpus':<16} {'documents':>9} {'failed':>6} {'crash':>5} {'seconds':>8}")
    for name, path in corpora().items():
        if args.only and name not in args.only:
            continue
        o = sweep(name, path, formats)
        outcomes.append(o)
        print(
            f"{o.corpus:<16} {o.documents:>9} {len(o.failed):>6} {int(bool(o.crash)):>5} "
            f"{o.seconds:>8.1f}",
            flush=True,
        )
        for problem in o.failed[:5]:
            print(f"    {problem}")
        if o.crash:
            print(f"    {o.crash}")
    broken = sum(len(o.failed) + bool(o.crash) for o in outcomes)
    print(f"total: {len(outcomes)} corpora, {broken} failures")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
