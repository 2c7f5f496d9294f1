"""The output formats, in one registry: name → file suffix, media type and writer.

The config (``formats = [...]``), the CLI (``--format``), the build's outputs, the
re-render of a saved ``brief.json`` (``briefgen render``) and the archive index all
read ``FORMATS``, so a new format is one entry here and one writer function.

Writers import their renderer when called: the config and ``--help`` read this
module and must not pay for WeasyPrint or python-docx.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefgen.models import Brief
    from briefgen.render.context import Prepared


@dataclass(frozen=True)
class Rendering:
    """One brief being written in several formats; what they share is made once.

    The HTML is both a format and the input of the PDF, so it is rendered at most once
    per build and its time is recorded apart from the PDF's. The views the HTML, the PDF's
    capped copy and the Markdown are rendered from are made once (``views``).
    """

    brief: Brief
    templates: Path | None = None
    timings: dict[str, float] = field(default_factory=dict)
    tagged_pdf: bool = False  # a PDF/UA-1 PDF (``tagged_pdf`` in brief.toml)

    @cached_property
    def views(self) -> Prepared:
        from briefgen.render.context import prepare_views

        return prepare_views(self.brief)

    @cached_property
    def html(self) -> str:
        from briefgen.render import render_html

        started = time.perf_counter()
        text = render_html(self.views, self.templates)
        self.timings["html"] = round(time.perf_counter() - started, 4)
        return text

    @cached_property
    def print_html(self) -> str:
        """The HTML the PDF is made from: the same page, its chronology as printed.

        The chronology prints each event by a source sentence that reads alone, and only
        the events that have one (``render.told``): on paper a clause is too often a
        fragment. A long corpus has thousands of events; paginating them all costs minutes
        and a hundred pages nobody reads, so the PDF keeps at most the ``PDF_CHRONOLOGY``
        most corroborated and important (at most ``PDF_NEW_ITEMS`` of each list of what is
        new, and past ``PDF_SOURCES`` sources only the cited ones) and says the HTML and
        JSON have the rest.
        """
        from briefgen.render import render_html
        from briefgen.render.pdf import PDF_CHRONOLOGY, PDF_NEW_ITEMS, PDF_SOURCES

        return render_html(
            self.views,
            self.templates,
            chronology_limit=PDF_CHRONOLOGY,
            new_limit=PDF_NEW_ITEMS,
            sources_limit=PDF_SOURCES,
        )


@dataclass(frozen=True)
class Format:
    """One output format: ``name`` as in ``--format``, the file it writes, its writer."""

    name: str
    label: str  # as people call it: "PDF", "Word"
    filename: str  # in a build folder
    media_type: str
    write: Callable[[Rendering], bytes]
    # Other suffixes ``briefgen render -o FILE`` accepts for this format.
    aliases: tuple[str, ...] = ()
    uses_html: bool = False
    # The renderer's modules, slow to import (WeasyPrint: seconds): ``prepare`` imports them.
    modules: tuple[str, ...] = ()
    # The same bytes as ``write``, in pieces a build writes as they come: a large corpus's
    # JSON is then never held whole (at 1,600 articles, ~100 MB, twice over when joined).
    stream: Callable[[Rendering], Iterable[bytes]] | None = None

    @property
    def suffix(self) -> str:
        return Path(self.filename).suffix


def _json(r: Rendering) -> bytes:
    return b"".join(_json_pieces(r))


def _json_pieces(r: Rendering) -> Iterator[bytes]:
    from briefgen.render.json import iter_brief_json

    return (piece.encode("utf-8") for piece in iter_brief_json(r.brief))


def _html(r: Rendering) -> bytes:
    return r.html.encode("utf-8")


def _pdf(r: Rendering) -> bytes:
    from briefgen.render import render_pdf

    return render_pdf(r.print_html, r.templates, tagged=r.tagged_pdf)


def _md(r: Rendering) -> bytes:
    from briefgen.render import render_markdown

    return render_markdown(r.views, r.templates).encode("utf-8")


def _docx(r: Rendering) -> bytes:
    from briefgen.render.docx import render_docx

    return render_docx(r.views)


# In the order a build writes them: the HTML before the PDF that is made from it.
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", "JSON", "brief.json", "application/json", _json, stream=_json_pieces),
        Format("html", "HTML", "brief.html", "text/html", _html, (".htm",), uses_html=True),
        Format(
            "pdf",
            "PDF",
            "brief.pdf",
            "application/pdf",
            _pdf,
            uses_html=True,
            modules=("weasyprint",),
        ),
        Format("md", "Markdown", "brief.md", "text/markdown", _md),
        Format(
            "docx",
            "Word",
            "brief.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            _docx,
            modules=("docx",),
        ),
    )
}
DEFAULT_FORMATS = ("pdf", "html", "json")


def prepare(names: Collection[str]) -> None:
    """Import the renderers of these formats ahead of rendering.

    A build calls it while the extract stage's workers parse, when this process only
    waits for them: the import then costs the build no time of its own.
    """
    import importlib

    for fmt in FORMATS.values():
        if fmt.name in names:
            for module in fmt.modules:
                importlib.import_module(module)


def by_suffix(suffix: str) -> Format | None:
    """The format a file name ending in ``suffix`` (".pdf", ".HTM") is written in."""
    wanted = suffix.lower()
    for fmt in FORMATS.values():
        if wanted == fmt.suffix or wanted in fmt.aliases:
            return fmt
    return None


def names() -> str:
    """``pdf,html,json,md,docx``-style list of the format names, for help and errors."""
    return ", ".join(FORMATS)


def suffixes() -> str:
    """``.json, .html, …``: what ``briefgen render -o`` accepts, for its help and errors."""
    return ", ".join(f.suffix for f in FORMATS.values())
