"""Render a ``Brief`` to Markdown (``brief.md.j2``)."""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.models import Brief
from briefgen.render.context import Prepared, build_context
from briefgen.render.templates import make_environment, render_template

MARKDOWN_TEMPLATE = "brief.md.j2"

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md_escape(text: object) -> str:
    """Escape the characters Markdown (or HTML inside it) would interpret; flatten newlines."""
    flat = re.sub(r"\s+", " ", str(text)).strip()
    return _SPECIAL.sub(r"\\\1", flat)


def render_markdown(brief: Brief | Prepared, templates: Path | None = None) -> str:
    """The brief as Markdown, from ``brief.md.j2`` (the user's ``templates`` dir first);
    ``brief`` may be its views from ``context.prepare_views``."""
    env = make_environment(templates)
    env.filters["md"] = md_escape
    return render_template(env, MARKDOWN_TEMPLATE, build_context(brief))
