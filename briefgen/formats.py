"""The output formats, in one registry: name → file suffix, media type and writer.

The config (``formats = [...]``), the CLI (``--format``), the build's outputs, the
re-render of a saved ``brief.json`` (``briefgen render``) and the archive index all
read ``FORMATS``, so a new format is one entry here and one writer function.

Writers import their renderer when called: the config and ``--help`` read this
module and must not pay for WeasyPrint or python-docx.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefgen.kept_terms import KeptTerms
    from briefgen.models import Brief
    from briefgen.quote_language import QuoteLanguages
    from briefgen.render.context import Prepared
    from briefgen.render.pdf import PrintLayout


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
    # The build's cache: the language model's verdicts on the brief's quotations are read
    # from it, and those the views asked for anew stored in it (``quote_language``).
    cache: Path | None = None
    # Each document's words as the build read them before aggregation (``kept_terms``),
    # when it did: the views weigh the same, not read from the cache a second time.
    kept_terms: KeptTerms | None = field(default=None, compare=False)

    @cached_property
    def languages(self) -> QuoteLanguages:
        """The quotations' languages the build's cache holds; the rest asked as they come."""
        from briefgen.quote_language import read_languages

        return read_languages((p.text for p in self.brief.positions), self.cache)

    @cached_property
    def terms(self) -> KeptTerms:
        """Each document's words as the views weigh them: read from the build's cache where
        it holds the text's, else worked out (and stored once the formats are written)."""
        from briefgen.kept_terms import read_terms

        kept = self.kept_terms
        if kept is not None and kept.by_doc.keys() == {d.id for d in self.brief.documents}:
            return kept
        return read_terms({d.id: d.text for d in self.brief.documents}, self.cache)

    @cached_property
    def views(self) -> Prepared:
        from briefgen.render.context import prepare_views

        # Without a cache the views read the texts themselves, as they always did.
        kept = self.terms.by_doc if self.cache is not None else None
        return prepare_views(self.brief, self.languages.foreign, kept)

    @cached_property
    def html(self) -> str:
        from briefgen.render import render_html

        started = time.perf_counter()
        text = render_html(self.views, self.templates)
        self.timings["html"] = round(time.perf_counter() - started, 4)
        return text

    def html_pieces(self) -> Iterator[bytes]:
        """The HTML's bytes in pieces (``html_pieces``), rendered as they are written, so a
        large corpus's page (its every event, source and actor) is never held whole beside
        its encoding; the bytes of ``html``, which is written as it is when it was made.
        Its seconds, rendering and writing, are the HTML's."""
        from briefgen.render.html import html_pieces

        if "html" in vars(self):
            yield self.html.encode("utf-8")
            return
        started = time.perf_counter()
        try:
            for piece in html_pieces(self.views, self.templates):
                yield piece.encode("utf-8")
        finally:
            seconds = time.perf_counter() - started
            self.timings["html"] = round(self.timings.get("html", 0.0) + seconds, 4)

    @cached_property
    def print_html(self) -> str:
        """The HTML the PDF is made from: the same page, its chronology as printed.

        The chronology prints each event by a source sentence that reads alone, and only
        the events that have one (``render.told``): on paper a clause is too often a
        fragment. A long corpus has thousands of events; paginating them all costs minutes
        and a hundred pages nobody reads, so the PDF keeps at most the ``PDF_CHRONOLOGY``
        most corroborated and important (at most ``PDF_NEW_ITEMS`` of each list of what is
        new, and past ``PDF_SOURCES`` sources only the cited ones) and says the HTML and
        JSON have the rest. Its executive summary fits one page (``pdf.lay_out_print``).
        """
        return self._print_layout.html

    @cached_property
    def _print_layout(self) -> PrintLayout:
        from briefgen.render import render_html
        from briefgen.render.pdf import PDF_CHRONOLOGY, PDF_NEW_ITEMS, PDF_SOURCES, lay_out_print

        def printed(summary_limit: tuple[int, int] | None, summary_fit: int) -> str:
            return render_html(
                self.views,
                self.templates,
                chronology_limit=PDF_CHRONOLOGY,
                new_limit=PDF_NEW_ITEMS,
                sources_limit=PDF_SOURCES,
                summary_limit=summary_limit,
                summary_fit=summary_fit,
            )

        summary = self.brief.summary
        return lay_out_print(
            printed,
            len(summary.key_figures),
            len(summary.judgments),
            self.templates,
            tagged=self.tagged_pdf,
        )

    def pdf(self) -> bytes:
        """The PDF's bytes. The pages laid out to fit the summary are written and then let
        go (a long brief's boxes are hundreds of MB); the print HTML is kept."""
        from briefgen.render.pdf import write_laid_out

        layout = self._print_layout
        self.__dict__.setdefault("print_html", layout.html)
        del self.__dict__["_print_layout"]
        return write_laid_out(layout)


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
    # How the names of the default templates it renders end: ``prepare`` compiles them.
    templates: tuple[str, ...] = ()
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


def _html_pieces(r: Rendering) -> Iterator[bytes]:
    return r.html_pieces()


def _pdf(r: Rendering) -> bytes:
    return r.pdf()


def _md(r: Rendering) -> bytes:
    from briefgen.render import render_markdown

    return render_markdown(r.views, r.templates).encode("utf-8")


def _docx(r: Rendering) -> bytes:
    from briefgen.render.docx import render_docx

    return render_docx(r.views)


# The templates' renderers and the views they read (0.2 CPU s to import): imported with
# the formats' other modules, while the extract stage's workers parse.
_RENDER = "briefgen.render"
# The page's templates (the HTML's and the PDF's, with the stylesheets they include), and
# the archive index's.
_PAGES = (".html.j2", ".css")

# In the order a build writes them: the HTML before the PDF that is made from it.
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", "JSON", "brief.json", "application/json", _json, stream=_json_pieces),
        Format(
            "html",
            "HTML",
            "brief.html",
            "text/html",
            _html,
            (".htm",),
            uses_html=True,
            modules=(_RENDER,),
            templates=_PAGES,
            stream=_html_pieces,
        ),
        Format(
            "pdf",
            "PDF",
            "brief.pdf",
            "application/pdf",
            _pdf,
            uses_html=True,
            modules=(_RENDER, "weasyprint"),
            templates=_PAGES,
        ),
        Format("md", "Markdown", "brief.md", "text/markdown", _md, modules=(_RENDER,)),
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


def write_formats(
    rendering: Rendering, names: Collection[str], folder: Path, step: Callable[[str], None]
) -> dict[str, Path]:
    """Write ``rendering`` in the formats ``names`` into ``folder``, in ``FORMATS`` order;
    each format's seconds go to ``rendering.timings``.

    Where there are others and a second core (``briefgen.beside``), two formats are written
    in forked processes while this one writes the others: the PDF, the slowest, once the
    views are made, and the JSON, which reads the brief alone, beside it. While the views
    are made, this process and the chronology's child (``prepare_views``) keep two cores
    busy, and a JSON written then slowed them; once they are made, this process writes
    the HTML in a fraction of the PDF's time and the second core would idle (docs/scale.md
    Part DI). Without a PDF, the JSON is forked from the start.
    """
    from briefgen.beside import Beside, start

    chosen = [fmt for fmt in FORMATS.values() if fmt.name in names]
    files = {fmt.name: folder / fmt.filename for fmt in chosen}
    stages = rendering.timings
    apart: dict[str, Beside] = {}

    def fork(fmt: Format) -> None:
        apart[fmt.name] = start(lambda: _write(fmt, rendering, files[fmt.name], lambda _: None))

    first, slow = _written_beside(chosen)
    try:
        if first is not None and slow is None:
            fork(first)
        if any(fmt.uses_html for fmt in chosen):
            # The views the pages are rendered from, made once and first, before the PDF's
            # fork (both processes read them), so the PDF's time is the PDF's own; their
            # seconds are the HTML's, whose rendering they begin.
            started = time.perf_counter()
            _ = rendering.views
            stages["html"] = round(stages.get("html", 0.0) + time.perf_counter() - started, 4)
        if slow is not None:
            fork(slow)
            if first is not None:
                fork(first)
        _store_terms(rendering)
        for fmt in chosen:
            if fmt.name not in apart:
                _write(fmt, rendering, files[fmt.name], step)
    except BaseException:
        for beside in apart.values():
            beside.process.terminate()  # its file goes with the staging folder
            beside.process.join()
        raise
    for fmt in chosen:
        if fmt.name in apart:
            if fmt.name != "json":  # what is left to wait for, as the steps went before
                step(f"rendering {fmt.label}")
            stages[fmt.name] = round(apart[fmt.name].wait(), 4)  # the child's own seconds
    if "languages" in vars(rendering):  # the views were made: keep what they classified
        from briefgen.quote_language import store_languages

        store_languages(rendering.languages, rendering.cache)
    _store_terms(rendering)  # the views made after the fork's moment (the Markdown's alone)
    return files


def _store_terms(rendering: Rendering) -> None:
    """Keep the documents' words the views worked out anew in the build's cache, and let
    them go: the views, made, read them no more (their content terms they hold)."""
    if "terms" in vars(rendering):
        from briefgen.kept_terms import store_terms

        store_terms(rendering.terms, rendering.cache)
        del rendering.__dict__["terms"]


def _write(fmt: Format, rendering: Rendering, path: Path, step: Callable[[str], None]) -> None:
    if fmt.name != "json":
        step(f"rendering {fmt.label}")
    started = time.perf_counter()
    if fmt.stream is None:
        path.write_bytes(fmt.write(rendering))
    else:
        with path.open("wb") as out:
            out.writelines(fmt.stream(rendering))
    if fmt.name != "html":  # the HTML's seconds are its rendering's, timed where it is made
        seconds = time.perf_counter() - started
        rendering.timings[fmt.name] = round(rendering.timings.get(fmt.name, 0.0) + seconds, 4)


def _written_beside(chosen: Sequence[Format]) -> tuple[Format | None, Format | None]:
    """The formats written in forked processes while this one writes the others, where
    there are others to write and a second core to write them on: the JSON (it reads the
    brief alone) and the PDF, the slowest."""
    from briefgen.beside import can_fork

    if len(chosen) < 2 or not can_fork():
        return None, None
    first = next((fmt for fmt in chosen if fmt.name == "json"), None)
    slow = next((fmt for fmt in chosen if fmt.name == "pdf"), None)
    return first, slow


def prepare(names: Collection[str], templates: Path | None = None) -> None:
    """Import the renderers of these formats ahead of rendering; compile their default
    templates (unless the build reads a user's, ``templates``); and where the PDF is one
    of them, pay its fixed costs (``pdf.warm``).

    A build calls it while the extract stage's workers parse, when this process only
    waits for them: the work then costs the build no time of its own, and the PDF's
    child, forked from this process at the end, starts with it done.
    """
    from briefgen.render.libraries import import_renderer

    chosen = [fmt for fmt in FORMATS.values() if fmt.name in names]
    for fmt in chosen:
        for module in fmt.modules:
            import_renderer(module)
    if templates is None:
        from briefgen.render.templates import compile_default

        compile_default({end for fmt in chosen for end in fmt.templates})
    if any(fmt.name == "pdf" for fmt in chosen):
        from briefgen.render.pdf import warm

        warm()


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
