"""Render saved briefs to HTML and PDF and count what a reader would hit: dangling links.

For each ``brief.json`` (from ``briefgen build --format json``): the page's internal links,
those with no target, the web links, and every warning or error WeasyPrint logs while
making the PDF ("No anchor #…" among them). ``--templates DIR`` renders with another
template set, e.g. the previous release's, for a before/after on the same briefs.

    python benchmarks/check_links.py BRIEF.json [BRIEF.json ...] [--templates DIR]
"""

from __future__ import annotations

import argparse
import logging
from collections import Counter
from pathlib import Path

from briefgen.formats import Rendering
from briefgen.render import render_pdf
from briefgen.render.json import brief_from_json
from briefgen.render.links import dangling_links, page_links


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("briefs", nargs="+", type=Path)
    parser.add_argument("--templates", type=Path, default=None)
    args = parser.parse_args()
    collect = _Collect()
    logging.getLogger("weasyprint").addHandler(collect)
    print(f"{'brief':40} {'internal':>8} {'dangling':>8} {'web':>5} {'WeasyPrint warn':>15}")
    for path in args.briefs:
        brief = brief_from_json(path.read_text(encoding="utf-8"), str(path))
        # The page as the build writes it, and the PDF from the page the build prints (its
        # chronology capped on a long corpus).
        rendering = Rendering(brief, args.templates)
        html = rendering.html
        hrefs, _ = page_links(html)
        collect.messages.clear()
        render_pdf(rendering.print_html, args.templates)
        internal = sum(h.startswith("#") for h in hrefs)
        web = sum(h.startswith(("http://", "https://")) for h in hrefs)
        name = str(path.parent.parent.name or path)[:40]
        print(
            f"{name:40} {internal:8d} {len(dangling_links(html)):8d} {web:5d} "
            f"{len(collect.messages):15d}"
        )
        for message, count in Counter(m.split(" for ")[0][:60] for m in collect.messages).items():
            print(f"    {count} × {message}")


if __name__ == "__main__":
    main()
