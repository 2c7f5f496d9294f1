"""Appendix C lists problems, not pages: a note of one kind on several pages is one line
with the counts summed and every page named with its own count; notes that state a page's
own facts stay a line a page; the JSON keeps every note on its page."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from briefgen.config import load_config
from briefgen.models import Document
from briefgen.pipeline import build_brief
from briefgen.render.citing import Citer
from briefgen.render.html import render_html
from briefgen.render.notes import note_views

PAGES = {
    "2016-08-29-first.txt": (
        "Mayor visits the port\n\nMayor Jos\u00c3\u00a9 PeÃ±a toured the port on Monday. "
        "The port handles grain."
    ),
    "2016-08-30-second.txt": (
        "Port strike ends\n\nDockers ended their strike on Tuesday, PeÃ±a said. "
        "JosÃ© PeÃ±a thanked them."
    ),
    "2016-08-31-third.txt": (
        "Grain prices fall\n\nGrain prices fell on Wednesday after the port reopened. "
        "Traders welcomed the news."
    ),
}


def test_one_kind_of_note_on_several_pages_is_one_line_naming_each(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for name, text in PAGES.items():
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    config = load_config(
        None, inputs=[str(tmp_path / "in")], output_dir=tmp_path / "out", formats="md,json"
    )
    built = build_brief(config, now=datetime(2026, 11, 23, 7, 0, tzinfo=UTC))
    shown = built.files["md"].read_text(encoding="utf-8")
    notes = shown[shown.index("Appendix C") :]
    lines = [line for line in notes.splitlines() if "broken character encoding" in line]
    # one line for the problem: 2 + 3 places, on the two pages, each with its own count
    assert len(lines) == 1
    assert "repaired in 5 places; offsets point into the repaired text — in 2 sources:" in lines[0]
    assert "2 places" in lines[0] and "3 places" in lines[0]
    # the JSON still files each note under its page
    data = json.loads(built.files["json"].read_text(encoding="utf-8"))
    noted = {n["doc"] for n in data["notes"] if "broken character encoding" in n["message"]}
    assert noted == {"2016-08-29-first.txt", "2016-08-30-second.txt"}


def test_a_grouped_note_names_by_title_a_page_the_printed_list_leaves_out(
    tmp_path: Path,
) -> None:
    # The PDF lists only the sources it cites: a bare "[1]" in the grouped note would point
    # at nothing there, so that page is named by its title; a cited one keeps its link.
    (tmp_path / "in").mkdir()
    for name, text in PAGES.items():
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    config = load_config(
        None, inputs=[str(tmp_path / "in")], output_dir=tmp_path / "out", formats="json"
    )
    built = build_brief(config, now=datetime(2026, 11, 23, 7, 0, tzinfo=UTC))
    page = render_html(built.brief, sources_limit=1)  # the PDF's cited-only list
    listed = set(re.findall(r'<li id="src-(\d+)"', page))
    notes = page[page.index('id="notes"') :]
    line = next(li for li in notes.split("<li>")[1:] if "broken character encoding" in li)
    named = re.findall(r"\[(\d+)\]", line)
    assert set(named) <= listed  # every number shown points at a listed source
    titled = [t for t in ("Mayor visits the port", "Port strike ends") if t in line]
    assert len(named) + len(titled) == 2  # and each of the two pages is named once


def test_a_ratio_is_never_summed_over_pages() -> None:
    # "10 times the median length" and "20 times" are each page's own fact: summed into
    # "30 times" they would be false, so the two notes stay a line a page
    long = "a page {} times the corpus's median length, likely several posts on one page"
    docs = [
        Document(
            id=f"d{n}",
            source=f"d{n}.txt",
            format="txt",
            title=f"Page {n}",
            text="x",
            warnings=(long.format(n * 10),),
        )
        for n in (1, 2)
    ]
    brief: Any = SimpleNamespace(notes=(), documents=tuple(docs))
    notes = note_views(brief, Citer(docs), [])
    assert [(n.number, n.message) for n in notes] == [(1, long.format(10)), (2, long.format(20))]
