"""The PDF stage alone on seeds/, against the PDF stage before the brief became a web page.

The peer is the same brief rendered, in this process, with the templates of ``--peer-rev``
(default: the last commit before the web page, links and tagging; taken with ``git
archive``), untagged: print CSS only, no web links, no citation back-links. Then the
current templates untagged, which is what a build writes, and tagged (PDF/UA-1), what
``tagged_pdf = true`` writes. Last, the current templates untagged with the garbage
collector left on through parsing, layout and writing, as the PDF was written before
issue 15 (``heap.paused`` made a no-op): the change the ratio "collector paused" measures.

The brief is built once (``briefgen build --format json``), then each variant renders its
HTML once and its PDF ``--runs`` times, the variants alternating so machine load hits all
alike. CPU seconds of this process are the figure to compare on a shared machine; wall
seconds are printed beside them. ``--peer-templates DIR`` uses a template folder instead.

    python benchmarks/bench_pdf.py [--runs 5] [--peer-rev REV | --peer-templates DIR]
        [--query WORDS] [INPUT]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from pypdf import PdfReader

from briefgen import heap
from briefgen.formats import Rendering
from briefgen.render import render_pdf
from briefgen.render.json import brief_from_json

ROOT = Path(__file__).resolve().parents[1]
# main before the web page work (issue 14): the A4 print page only.
PRE_WEB_PAGE = "b659326"
TARGET = 0.10  # the PDF stage may cost at most this much more than before
COLLECTING = "now, collector on"


def _templates_at(rev: str, into: Path) -> Path:
    """The ``templates/`` folder as it was at ``rev``, extracted into ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "templates"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "templates"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("input", nargs="?", default=str(ROOT / "seeds"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--peer-rev", default=PRE_WEB_PAGE)
    parser.add_argument("--peer-templates", type=Path, default=None)
    parser.add_argument("--query", default=None, help="the build's --query (comma-separated)")
    args = parser.parse_args()
    briefgen = str(Path(sys.executable).with_name("briefgen"))
    query = ["--query", args.query] if args.query else []
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [briefgen, "build", args.input, *query, "-o", out, "--format", "json", "-q"],
            check=True,
        )
        path = Path(out) / "latest" / "brief.json"
        brief = brief_from_json(path.read_text(encoding="utf-8"))
        peer_templates = args.peer_templates or _templates_at(args.peer_rev, Path(out))
        peer = f"before ({args.peer_templates or args.peer_rev})"[:18]
        # (label, templates, tagged); the first is the peer the others are compared with,
        # the second is what a build writes by default, the last what tagged_pdf writes.
        variants: list[tuple[str, Path | None, bool]] = [
            (peer, peer_templates, False),
            ("now, untagged", None, False),
            ("now, PDF/UA-1", None, True),
            (COLLECTING, None, False),
        ]
        # The page the build prints (the chronology capped on a long corpus).
        pages = {label: Rendering(brief, templates).print_html for label, templates, _ in variants}
        cpu, wall, shape = _time(variants, pages, args.runs)
    print(f"input: {args.input}   runs: {args.runs} each, interleaved (median)")
    print(f"{'':18} {'CPU s':>7} {'vs peer':>8} {'wall s':>7} {'pages':>6} {'KB':>6}")
    base = statistics.median(cpu[peer])
    for label, _, _ in variants:
        med = statistics.median(cpu[label])
        n, size = shape[label]
        print(
            f"{label:18} {med:7.3f} {med / base - 1:+8.1%} "
            f"{statistics.median(wall[label]):7.3f} {n:6d} {size / 1024:6.0f}"
        )
    for label, what in ((variants[1][0], "default"), (variants[2][0], "tagged_pdf")):
        ratio = statistics.median(cpu[label]) / base
        verdict = "within" if ratio - 1 <= TARGET else "OVER"
        print(f"PDF stage now ({what}) / before: {ratio:.3f} ({verdict} the {TARGET:.0%} target)")
    paused, collecting = statistics.median(cpu[variants[1][0]]), statistics.median(cpu[COLLECTING])
    print(
        f"collector paused / left on: {paused:.3f} / {collecting:.3f} CPU s = "
        f"{paused / collecting:.3f}"
    )


@contextlib.contextmanager
def _collector_left_on() -> Iterator[None]:
    """The PDF written as before issue 15: no pause of the garbage collector."""
    paused = heap.paused
    heap.paused = contextlib.nullcontext  # type: ignore[assignment]
    try:
        yield
    finally:
        heap.paused = paused  # type: ignore[method-assign]


def _time(
    variants: list[tuple[str, Path | None, bool]], pages: dict[str, str], runs: int
) -> tuple[dict[str, list[float]], dict[str, list[float]], dict[str, tuple[int, int]]]:
    """CPU and wall seconds of each variant's PDF, ``runs`` times, interleaved."""
    render_pdf(pages[variants[0][0]], variants[0][1])  # warm up: fonts found, modules imported
    cpu: dict[str, list[float]] = {label: [] for label, _, _ in variants}
    wall: dict[str, list[float]] = {label: [] for label, _, _ in variants}
    shape: dict[str, tuple[int, int]] = {}
    for _ in range(runs):
        for label, templates, tagged in variants:
            started, started_cpu = time.perf_counter(), time.process_time()
            with _collector_left_on() if label == COLLECTING else contextlib.nullcontext():
                pdf = render_pdf(pages[label], templates, tagged=tagged)
            cpu[label].append(time.process_time() - started_cpu)
            wall[label].append(time.perf_counter() - started)
            shape[label] = (len(PdfReader(io.BytesIO(pdf)).pages), len(pdf))
    return cpu, wall, shape


if __name__ == "__main__":
    main()
