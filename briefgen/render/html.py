"""Render a ``Brief`` to one self-contained HTML page (the input of the PDF stage)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from briefgen.models import Brief
from briefgen.render.context import Prepared, build_context
from briefgen.render.templates import environment, render_template, template_pieces

HTML_TEMPLATE = "brief.html.j2"


def render_html(
    brief: Brief | Prepared,
    templates: Path | None = None,
    *,
    chronology_limit: int | None = None,
    new_limit: int | None = None,
    sources_limit: int | None = None,
    summary_limit: tuple[int, int] | None = None,
    summary_fit: int = 0,
) -> str:
    """The brief as HTML, from ``brief.html.j2`` (the user's ``templates`` dir first).

    The stylesheet is inlined, so the page stands alone; article text is
    autoescaped, so markup inside an article is shown as text, never run.
    ``chronology_limit`` caps the full chronology and ``new_limit`` each list of what is
    new since the last brief, and past ``sources_limit`` sources only the cited ones are
    listed (for the PDF: ``PDF_CHRONOLOGY``, ``PDF_NEW_ITEMS``, ``PDF_SOURCES``).
    ``summary_limit`` (key figures, judgments) shortens the executive summary, and
    ``summary_fit`` (0 to ``pdf.SUMMARY_FITS``) sets it tighter.
    ``brief`` may be its views from ``context.prepare_views``, shared with other renderings.
    """
    env = environment(templates)
    context = build_context(
        brief,
        chronology_limit=chronology_limit,
        new_limit=new_limit,
        sources_limit=sources_limit,
        summary_limit=summary_limit,
        summary_fit=summary_fit,
    )
    return render_template(env, HTML_TEMPLATE, context)


def html_pieces(brief: Brief | Prepared, templates: Path | None = None) -> Iterator[str]:
    """``render_html(brief, templates)``'s text in pieces (``templates.template_pieces``),
    for a writer that writes each as it comes: the page is never held whole."""
    context = build_context(brief)
    return template_pieces(environment(templates), HTML_TEMPLATE, context)
