"""The render stage: a ``Brief`` to HTML, PDF and Markdown through Jinja templates."""

from briefgen.render.html import render_html
from briefgen.render.markdown import render_markdown
from briefgen.render.pdf import render_pdf
from briefgen.render.templates import default_template_dir, make_environment

__all__ = [
    "default_template_dir",
    "make_environment",
    "render_html",
    "render_markdown",
    "render_pdf",
]
