"""What one printed page of the PDF costs: the brief's print copy rendered with its
chronology (Appendix A) capped at several lengths, CPU seconds against page count.

The PDF stage's cost is a fixed part (WeasyPrint's start, the stylesheet, fonts) and a
part per page (cascade, layout, drawing); the slope of CPU seconds over pages says what a
shorter Appendix A saves. Only the chronology's cap varies: the other parts of the brief
are printed as a build prints them. CPU seconds of this process, each length rendered
``--runs`` times, the lengths interleaved so machine load hits them alike (median).

    python benchmarks/pdf_pages.py BRIEF.json [--limits 0 25 50 100 150] [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from pathlib import Path

from pypdf import PdfReader

from briefgen.formats import Rendering
from briefgen.render import render_html, render_pdf
from briefgen.render.json import brief_from_json
from briefgen.render.pdf import PDF_CHRONOLOGY, PDF_NEW_ITEMS, PDF_SOURCES


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least-squares line through the points: (intercept, slope)."""
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0.0
    return my - slope * mx, slope


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("brief", type=Path, help="a brief.json a build wrote")
    parser.add_argument("--limits", type=int, nargs="+", default=[0, 25, 50, 100, PDF_CHRONOLOGY])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    brief = brief_from_json(args.brief.read_text(encoding="utf-8"))
    views = Rendering(brief, None).views
    html = {
        limit: render_html(
            views,
            None,
            chronology_limit=limit,
            new_limit=PDF_NEW_ITEMS,
            sources_limit=PDF_SOURCES,
        )
        for limit in args.limits
    }
    render_pdf(html[args.limits[0]])  # warm up: modules imported, fonts found
    cpu: dict[int, list[float]] = {limit: [] for limit in args.limits}
    pages: dict[int, int] = {}
    for _ in range(args.runs):
        for limit in args.limits:
            started = time.process_time()
            pdf = render_pdf(html[limit])
            cpu[limit].append(time.process_time() - started)
            pages[limit] = _pages(pdf)
    print(f"{args.brief}   runs: {args.runs} each, interleaved (median CPU s)")
    print(f"{'chronology cap':>15} {'pages':>6} {'CPU s':>7} {'CPU s/page':>11}")
    for limit in args.limits:
        med = statistics.median(cpu[limit])
        print(f"{limit:15d} {pages[limit]:6d} {med:7.3f} {med / pages[limit]:11.3f}")
    xs = [float(pages[limit]) for limit in args.limits]
    fixed, per_page = _fit(xs, [statistics.median(cpu[limit]) for limit in args.limits])
    span = f"{min(xs):.0f}-{max(xs):.0f}"
    print(f"fit: {fixed:.3f} CPU s + {per_page:.4f} CPU s a page (pages {span})")


if __name__ == "__main__":
    main()
