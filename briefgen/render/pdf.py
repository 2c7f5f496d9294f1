"""Render the brief's HTML to PDF with WeasyPrint, fetching nothing from outside.

The HTML may carry article text; it is escaped by the templates, but as a second
wall the URL fetcher serves only files inside the template directories (the
user's and the default) and ``data:`` URLs. Everything else (http, https, ftp,
``file:`` outside those directories) is refused and logged, never requested.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from briefgen import heap
from briefgen.render.templates import default_template_dir, template_dirs

log = logging.getLogger(__name__)

# The PDF's chronology is a selection for a reader: at most this many entries, about four
# printed pages (some 16 rows a page), which one reads after the summary; the HTML and
# the JSON keep every event, and the PDF says so.
PDF_CHRONOLOGY = 60
# Likewise each list of what is new since the last brief: a weekly rebuild of a large
# corpus brings hundreds of new positions, and printing them all would double the PDF.
PDF_NEW_ITEMS = 40
# Past this many sources, the PDF's source list keeps those the PDF cites, one line each:
# about three printed pages in full (some 17 entries a page). A source the PDF does not
# cite is a record of what was read, which a reader of the paper copy never looks up; the
# HTML and the JSON list every one in full, and the PDF says so. Listing all of them cost
# a third of a 200-article brief's pages (13 of 37), the PDF's layout time with them, on
# every build and rebuild (a rebuild writes the PDF again whatever changed).
PDF_SOURCES = 50


# The executive summary is one printed page, as a reader of a brief expects it. When its
# items run over, it is first set tighter (``.summary.fit-1``, ``.fit-2`` in brief.css:
# closer lines, then a smaller size), as a typesetter fits a page; only then does the
# PDF drop the lowest-ranked key figures, then judgments (the summary's core), down to
# these (two figures and five judgments; then one and three), and say that the HTML and
# the JSON hold the rest. A spill of one figure had left a page holding it alone.
SUMMARY_FITS = 2
SUMMARY_STEPS = ((2, 5), (1, 3))


class RefusedURL(ValueError):
    """A resource URL outside what the PDF renderer may read."""


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def make_url_fetcher(templates: Path | None = None) -> Any:
    """A WeasyPrint URL fetcher limited to ``data:`` and files in the template directories.

    A relative URL resolves against the first template directory; when that file
    is not there, the same relative path is tried in the default directory, so an
    override directory need not copy the default's assets.
    """
    from weasyprint.urls import URLFetcher

    roots = template_dirs(templates)
    base = roots[0]
    default = default_template_dir().resolve()

    class _TemplateOnlyFetcher(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            scheme = urlsplit(url).scheme.lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                path = Path(unquote(urlsplit(url).path)).resolve()
                if not path.exists() and _inside(path, base) and base != default:
                    path = (default / path.relative_to(base)).resolve()
                if path.is_file() and any(_inside(path, root) for root in roots):
                    return super().fetch(path.as_uri(), headers)
            log.warning("refused to fetch %s: only template files and data: URLs", url[:200])
            raise RefusedURL(f"refused to fetch {url[:200]}")

    return _TemplateOnlyFetcher(timeout=5, allow_redirects=False)


_CREATED = re.compile(r'<meta name="dcterms.created" content="([^"]+)"')


@contextmanager
def _fixed_font_timestamps(html: str) -> Iterator[None]:
    """Pin SOURCE_DATE_EPOCH to the brief's date while WeasyPrint subsets fonts.

    fontTools stamps each embedded font subset with the current time unless
    SOURCE_DATE_EPOCH is set; pinning it makes the same brief give the same
    bytes. A value the caller set already is left alone.
    """
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    epoch = 0
    if match := _CREATED.search(html):
        with suppress(ValueError):
            epoch = max(0, int(datetime.fromisoformat(match[1]).timestamp()))
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


def render_pdf(html: str, templates: Path | None = None, *, tagged: bool = False) -> bytes:
    """The PDF bytes for ``html`` (from ``render_html``).

    Title, author and dates come from the HTML's ``<title>`` and ``<meta>`` tags,
    which ``render_html`` fills from the brief (dates from ``generated_at``), so
    the same brief gives the same bytes. ``tagged`` writes a PDF/UA-1 file: a
    structure tree (headings, lists, tables, figures) that screen readers follow.
    """
    return write_laid_out(PrintLayout(html, _lay_out(html, templates, tagged), tagged))


# A fixed page in the brief's two families, plain, bold and italic, laid out and written
# by ``warm``; what it leaves behind is not the brief's, only the process's.
_WARM_PAGE = (
    '<html><head><style>body { font-family: "DejaVu Serif", serif }'
    ' h1 { font-family: "DejaVu Sans", sans-serif }</style></head>'
    "<body><h1>Brief</h1><p>An <b>event</b>, <i>dated</i> and cited [1].</p></body></html>"
)


def warm() -> None:
    """Pay in this process what its first PDF pays whatever the brief: cffi's first
    look-up of each of the libraries' functions WeasyPrint calls, and its parsing of the
    fixed C types the font subsetter asks (the tables it drops, the shortest glyph
    lists). A build calls it while its extraction workers parse, so the PDF's process,
    forked later, inherits them; the page made is thrown away."""
    render_pdf(_WARM_PAGE)


@dataclass(frozen=True)
class PrintLayout:
    """The print HTML and its pages, laid out with the PDF's options, ready to write."""

    html: str
    document: Any  # weasyprint.document.Document
    tagged: bool = False


def _pdf_options(tagged: bool) -> dict[str, Any]:
    return {"pdf_variant": "pdf/ua-1" if tagged else None}


def _lay_out(html: str, templates: Path | None, tagged: bool) -> Any:
    from briefgen.render.libraries import import_renderer

    import_renderer("weasyprint")  # its libraries opened by file name, where they can be
    from weasyprint import HTML

    base = template_dirs(templates)[0]
    # Parsing and laying out allocate a great many objects (elements, styles, boxes, their
    # copies at each page break), all dropped with the document: left on, the collector
    # walked them again and again and freed nothing (bench_pdf.py, docs/scale.md).
    with _fixed_font_timestamps(html), heap.paused():
        document = HTML(
            string=html,
            base_url=base.as_uri() + "/",
            url_fetcher=make_url_fetcher(templates),
        )
        return document.render(**_pdf_options(tagged))


def write_laid_out(layout: PrintLayout) -> bytes:
    """The PDF bytes of pages laid out by ``lay_out_print`` (or ``_lay_out``)."""
    from weasyprint import DEFAULT_OPTIONS

    options = {**DEFAULT_OPTIONS, **_pdf_options(layout.tagged)}
    with _fixed_font_timestamps(layout.html), heap.paused():
        pdf = layout.document.write_pdf(**options)
    assert pdf is not None
    return bytes(pdf)


def _summary_pages(html: str, templates: Path | None) -> int:
    """How many printed pages the executive summary of ``html`` takes (0 when a user's
    template has no ``<section class="summary …">``): laid out alone, with the page's own
    styles, so it costs a page's layout, not the brief's."""
    start = html.find('<section class="summary')
    body = html.find("<body")
    end = html.find("</section>", start)
    if min(start, body, end) < 0:
        return 0
    alone = f"{html[:body]}<body><main>{html[start:end]}</section></main></body></html>"
    return len(_lay_out(alone, templates, tagged=False).pages)


def lay_out_print(
    render: Callable[[tuple[int, int] | None, int], str],
    figures: int,
    judgments: int,
    templates: Path | None = None,
    *,
    tagged: bool = False,
) -> PrintLayout:
    """The print HTML from ``render`` whose executive summary fits one page, laid out.

    The summary is measured laid out alone (``fit_summary``: a page's cost, as each of its
    fitting steps is), and the brief is laid out once, as the PDF prints it. Measuring it
    on the whole brief's layout first saved that page where the summary fits, but laid the
    whole brief out twice where it runs over, as it does in most long briefs (the two
    counts agree: the summary opens a page, and every page has the same text area)."""
    html = fit_summary(render, figures, judgments, templates)
    return PrintLayout(html, _lay_out(html, templates, tagged), tagged)


def fit_summary(
    render: Callable[[tuple[int, int] | None, int], str],
    figures: int,
    judgments: int,
    templates: Path | None = None,
) -> str:
    """The print HTML from ``render`` (given the key figures and judgments to keep, or
    None for all of them, and how tight to set them) whose executive summary fits one
    page: set tighter (``SUMMARY_FITS``), then shortened step by step (``SUMMARY_STEPS``),
    until it fits or no step is left."""
    html = render(None, 0)
    pages = _summary_pages(html, templates)
    for fit in range(1, SUMMARY_FITS + 1):
        if pages <= 1:
            return html
        html = render(None, fit)
        pages = _summary_pages(html, templates)
    for least_figures, least_judgments in SUMMARY_STEPS:
        while pages > 1 and (figures > least_figures or judgments > least_judgments):
            if figures > least_figures:
                figures -= 1
            else:
                judgments -= 1
            html = render((figures, judgments), SUMMARY_FITS)
            pages = _summary_pages(html, templates)
    return html
