"""The PDF's tables: a row is never cut in two by a page break.

A long "Also mentioned" table runs over pages; a row whose name wraps onto two lines was
split with its name on one page and its type and counts on the next (seen on a 170-article
corpus: "Federal Bureau of Investigation" alone at the top of a page)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from sample_brief import sample_brief

from briefgen.models import Actor, Mention, Role
from briefgen.render import render_html, render_pdf

WORDS = ("Northern", "Regional", "Development", "Authority", "Commission", "Council")


def _bodies(count: int) -> tuple[Actor, ...]:
    """Organisations whose long names and roles wrap onto two or three lines, each with a
    mention count of its own (200 + i) to find its row's cells by."""
    bodies = []
    for i in range(count):
        name = f"{' '.join(WORDS[: 3 + i % 4])} Number{i:02d}"
        mentions = tuple(Mention("d1", 0, 6, name) for _ in range(200 + i))
        role = "the body overseeing the regional funds of the northern districts"
        bodies.append(
            Actor(
                f"body{i}",
                name,
                "organisation",
                roles=(Role("d1", role),),
                mentions=mentions,
                sources=("d1",),
            )
        )
    return tuple(bodies)


def test_no_table_row_is_split_across_pages() -> None:
    brief = sample_brief()
    brief = sample_brief(actors=brief.actors + _bodies(39))
    reader = PdfReader(io.BytesIO(render_pdf(render_html(brief))))
    pages = [page.extract_text() or "" for page in reader.pages]
    listed = 0
    for i in range(39):
        named = [n for n, text in enumerate(pages) if f"Number{i:02d}" in text]
        count = re.compile(rf"(?<!\d){200 + i}(?!\d)")
        counted = [n for n, text in enumerate(pages) if count.search(text)]
        if not named:
            continue  # profiled in full, or past the table's length
        listed += 1
        assert named == counted, (
            f"row Number{i:02d}: its name on page {named}, its counts on page {counted}"
        )
    assert listed >= 20  # the table ran long enough to cross pages
