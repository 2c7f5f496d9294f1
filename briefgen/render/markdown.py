"""Render a ``Brief`` to Markdown (``brief.md.j2``)."""

from __future__ import annotations

from pathlib import Path

from briefgen.models import Brief
from briefgen.render.context import Prepared, build_context
from briefgen.render.templates import environment, render_template

MARKDOWN_TEMPLATE = "brief.md.j2"


def render_markdown(brief: Brief | Prepared, templates: Path | None = None) -> str:
    """The brief as Markdown, from ``brief.md.j2`` (the user's ``templates`` dir first);
    ``brief`` may be its views from ``context.prepare_views``."""
    return render_template(environment(templates), MARKDOWN_TEMPLATE, build_context(brief))
