"""The Word copy: read back with python-docx as an analyst's Word would show it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from PIL import Image
from sample_brief import empty_brief, sample_brief, told_by_main_clauses

from briefgen.outputs import render_file
from briefgen.render.docx import render_docx
from briefgen.render.json import brief_to_json
from briefgen.render.png import svg_to_png
from briefgen.render.svg import AxisItem, timeline_svg


@pytest.fixture(scope="module")
def word() -> Document:  # type: ignore[valid-type]
    # events told by whole sentences, as extraction gives them: the chronology has entries
    return Document(io.BytesIO(render_docx(told_by_main_clauses(sample_brief()))))


def _headings(doc: Document, level: int) -> list[str]:  # type: ignore[valid-type]
    style = f"Heading {level}"
    return [p.text for p in doc.paragraphs if p.style.name == style]


def test_sections_are_word_headings_in_order(word: Document) -> None:  # type: ignore[valid-type]
    assert _headings(word, 1) == [
        "Executive summary",
        "What’s new since the last brief",
        "Timeline",
        "Actor profiles",
        "Appendix A · Full chronology",
        "Appendix B · Sources",
        "Appendix C · Data notes",
    ]
    assert "Key judgments" in _headings(word, 2)
    assert word.paragraphs[0].style.name == "Title"
    assert word.paragraphs[0].text == "Russia and the Taliban takeover of Afghanistan"
    assert word.core_properties.title == "Russia and the Taliban takeover of Afghanistan"


def test_bottom_line_and_judgments_carry_citations(word: Document) -> None:  # type: ignore[valid-type]
    bottom = next(p for p in word.paragraphs if p.text.startswith("Bottom line."))
    assert "it kept its embassy in Kabul open" in bottom.text
    assert bottom.text.endswith("[3][4]")
    # Each citation mark links to its entry in Appendix B.
    anchors = [link.get(qn("w:anchor")) for link in bottom._p.findall(qn("w:hyperlink"))]
    assert anchors == ["source-3", "source-4"]
    marks = {b.get(qn("w:name")): b for b in word.element.body.iter(qn("w:bookmarkStart"))}
    entry = marks["source-3"].getparent()
    assert "".join(t.text for t in entry.iter(qn("w:t"))).startswith("[3] ")
    judgments = [p.text for p in word.paragraphs if p.style.name == "List Number"]
    assert len(judgments) == 6
    assert all(j.rstrip().endswith("]") for j in judgments)


def test_timeline_figure_is_an_inline_picture(word: Document) -> None:  # type: ignore[valid-type]
    assert len(word.inline_shapes) == 1
    shape = word.inline_shapes[0]
    assert shape.width > shape.height > 0
    image = next(r for r in word.part.rels.values() if "image" in r.reltype).target_part
    assert Image.open(io.BytesIO(image.blob)).format == "PNG"


def test_tables_are_word_tables(word: Document) -> None:  # type: ignore[valid-type]
    headers = [[c.text for c in t.rows[0].cells] for t in word.tables]
    assert ["No.", "Date", "What the sources report", "Sources"] in headers
    assert ["Date", "Event", "Sources"] in headers
    timeline = next(t for t in word.tables if t.rows[0].cells[0].text == "No.")
    assert timeline.rows[1].cells[1].text == "The 1990s"
    # The header row repeats on every page the table runs over.
    assert timeline.rows[0]._tr.trPr.xml.count("tblHeader") == 1


def test_source_urls_are_links(word: Document) -> None:  # type: ignore[valid-type]
    links = [r.target_ref for r in word.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert "https://www.themoscowtimes.com/2021/08/16/russia-ready-to-work-with-taliban" in links
    # The link is read as part of its source's entry, after the title.
    [entry] = [p.text for p in word.paragraphs if "themoscowtimes.com/2021" in p.text]
    assert entry.startswith("[") and "Russia" in entry


def test_empty_brief_still_reads() -> None:
    doc = Document(io.BytesIO(render_docx(empty_brief())))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "No bottom line could be drawn from the sources' sentences." in text
    # the tool's own finding, never a claim that the sources hold no numbers
    assert "No figure in the sources passed the key-figure tests." in text
    assert "No dated events found." in text
    assert not doc.inline_shapes


def test_control_characters_in_article_text_do_not_break_the_file() -> None:
    brief = sample_brief(title="Report\x0b with a vertical tab\x00")
    doc = Document(io.BytesIO(render_docx(brief)))
    assert doc.paragraphs[0].text == "Report with a vertical tab"


def test_render_command_writes_docx_from_brief_json(tmp_path: Path) -> None:
    saved = tmp_path / "brief.json"
    saved.write_text(brief_to_json(sample_brief()), encoding="utf-8")
    out = render_file(saved, tmp_path / "copy.docx")
    assert zipfile.is_zipfile(out)
    assert _headings(Document(str(out)), 1)[0] == "Executive summary"


def test_figure_png_draws_the_markers() -> None:
    svg = timeline_svg([AxisItem("1", "2021-08-15"), AxisItem("2", "2021-09-30")])
    image = Image.open(io.BytesIO(svg_to_png(svg, scale=2))).convert("RGB")
    assert image.width == 680 * 2
    colours = {c for _, c in image.getcolors(maxcolors=1 << 16) or []}
    assert (0x7A, 0x1F, 0x2B) in colours  # the accent of the numbered markers
