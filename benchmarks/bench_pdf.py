"""The PDF stage alone on seeds/: tagged (PDF/UA-1) against untagged, and against other templates.

The brief is built once (``briefgen build --format json``), then each variant renders its
HTML once and its PDF ``--runs`` times, the variants alternating so machine load hits all
alike. CPU seconds of this process are the figure to compare on a shared machine; wall
seconds are printed beside them. ``--peer-templates DIR`` adds the same brief rendered with
another template set (e.g. the previous release's ``templates/``), untagged, as the peer.

    python benchmarks/bench_pdf.py [--runs 5] [--peer-templates DIR] [INPUT]
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from briefgen.render import render_html, render_pdf
from briefgen.render.json import brief_from_json

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("input", nargs="?", default=str(ROOT / "seeds"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--peer-templates", type=Path, default=None)
    args = parser.parse_args()
    briefgen = str(Path(sys.executable).with_name("briefgen"))
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [briefgen, "build", args.input, "-o", out, "--format", "json", "-q"], check=True
        )
        path = Path(out) / "latest" / "brief.json"
        brief = brief_from_json(path.read_text(encoding="utf-8"))
    # (label, templates, tagged); the first is the peer the others are compared with.
    variants: list[tuple[str, Path | None, bool]] = [
        ("untagged", None, False),
        ("tagged PDF/UA-1", None, True),
    ]
    if args.peer_templates is not None:
        variants.insert(0, ("peer templates", args.peer_templates, False))
    pages = {label: render_html(brief, templates) for label, templates, _ in variants}
    render_pdf(pages[variants[0][0]], variants[0][1])  # warm up: fonts found, modules imported
    cpu: dict[str, list[float]] = {label: [] for label, _, _ in variants}
    wall: dict[str, list[float]] = {label: [] for label, _, _ in variants}
    shape: dict[str, tuple[int, int]] = {}
    for _ in range(args.runs):
        for label, templates, tagged in variants:
            started, started_cpu = time.perf_counter(), time.process_time()
            pdf = render_pdf(pages[label], templates, tagged=tagged)
            cpu[label].append(time.process_time() - started_cpu)
            wall[label].append(time.perf_counter() - started)
            shape[label] = (len(PdfReader(io.BytesIO(pdf)).pages), len(pdf))
    print(f"input: {args.input}   runs: {args.runs} each, interleaved (median)")
    print(f"{'':18} {'CPU s':>7} {'vs peer':>8} {'wall s':>7} {'pages':>6} {'KB':>6}")
    peer = statistics.median(cpu[variants[0][0]])
    for label, _, _ in variants:
        med = statistics.median(cpu[label])
        n, size = shape[label]
        print(
            f"{label:18} {med:7.3f} {med / peer - 1:+8.1%} "
            f"{statistics.median(wall[label]):7.3f} {n:6d} {size / 1024:6.0f}"
        )


if __name__ == "__main__":
    main()
