"""Render a ``Brief`` to an editable Word document with python-docx.

The sections are those of the PDF and HTML, from the same view (``render/context.py``):
section titles in Word's Heading 1 and sub-sections in Heading 2, so the navigation
pane lists them; citations as ``[3]`` after each statement, numbering the sources of
Appendix B; the time-axis figure as a picture; chronology and actor tables as Word
tables with a repeated header row. An analyst edits this copy before sending it, so
it uses Word's own styles rather than direct formatting.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from typing import Any

from docx import Document as new_document
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches
from docx.table import Table
from docx.text.paragraph import Paragraph

from briefgen.models import Brief
from briefgen.render.context import Prepared, build_context

# Characters XML 1.0 cannot hold; python-docx refuses a string that has any.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FIGURE_WIDTH = Inches(6.3)


def _clean(text: object) -> str:
    return _NOT_XML.sub("", str(text))


def cite(numbers: Iterable[int]) -> str:
    """``[2][5]``: the same citation marks as the other formats."""
    return "".join(f"[{n}]" for n in numbers)


def render_docx(source: Brief | Prepared) -> bytes:
    """The brief as the bytes of a ``.docx`` file; ``source`` may be its views from
    ``context.prepare_views``, shared with other renderings."""
    ctx = build_context(source)
    brief = ctx["brief"]
    doc = new_document()
    w = _Word(doc)
    props = doc.core_properties
    props.title = _clean(ctx["title"])
    props.subject = "Open-source brief"
    props.author = props.last_modified_by = "briefgen"
    props.created = props.modified = brief.generated_at.replace(tzinfo=None)
    titles = {s.anchor: s.title for s in ctx["sections"]}

    w.heading(_clean(ctx["title"]), 0)
    facts = [
        f"Period covered: {ctx['period_label']}",
        f"Sources: {len(ctx['sources'])}",
        f"Generated: {ctx['generated_label']}",
    ]
    if ctx["query"]:
        facts.append("Query: " + ", ".join(ctx["query"]))
    w.para(_clean(" · ".join(facts)), "Subtitle")

    _summary(w, ctx, titles["summary"])
    if ctx["whats_new"] is not None:
        _whats_new(w, ctx["whats_new"], titles["whats-new"])
    _timeline(w, ctx, titles["timeline"])
    _actors(w, ctx, titles["actors"])
    _chronology(w, ctx["chronology"], titles["chronology"])
    _sources(w, ctx["sources"], titles["sources"])
    w.heading(titles["notes"], 1)
    for n in ctx["notes"]:
        if n.titled:
            pages = "; ".join(
                " ".join(
                    x
                    for x in (
                        f"[{p.number}]" if p.number else "",
                        p.label,
                        f"({p.detail})" if p.detail else "",
                    )
                    if x
                )
                for p in n.pages
            )
            more = f"; and {n.more} more" if n.more else ""
            w.para(_clean(f"{n.message}: {pages}{more}. {n.closing}"), "List Bullet")
            continue
        if n.pages:
            pages = "; ".join(
                " ".join(x for x in (f"[{p.number}]" if p.number else p.label, p.detail) if x)
                for p in n.pages
            )
            w.para(_clean(f"{n.message} — in {len(n.pages)} sources: {pages}"), "List Bullet")
            continue
        label = f"[{n.number}] " if n.number else ""
        w.para(_clean(f"{label}{n.doc_label}: {n.message}"), "List Bullet")
    if not ctx["notes"]:
        _empty(w, "No data problems were found.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


class _Word:
    """The document being written, with its style ids looked up once.

    python-docx resolves a style name on every paragraph by scanning the whole style
    sheet (most of the time of a long brief), so the ids are cached and set directly.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._ids: dict[str, str] = {}

    def style_id(self, name: str) -> str:
        if name not in self._ids:
            self._ids[name] = self.doc.styles[name].style_id
        return self._ids[name]

    def para(self, text: str = "", style: str | None = None) -> Paragraph:
        paragraph = self.doc.add_paragraph(text)
        if style is not None:
            paragraph._p.style = self.style_id(style)
        return paragraph

    def heading(self, text: str, level: int) -> Paragraph:
        """Word's Title (level 0) or Heading N, which its navigation pane lists."""
        return self.para(text, "Title" if level == 0 else f"Heading {level}")


def _statement(w: _Word, text: str, cites: Sequence[int], style: str | None = None) -> None:
    _cite_links(w.para(_clean(text), style), cites)


def _cite_links(paragraph: Paragraph, cites: Sequence[int]) -> None:
    """`` [2][5]`` after a statement, each a link to its entry in Appendix B."""
    if cites:
        paragraph.add_run(" ")
    for n in cites:
        _hyperlink(paragraph, f"[{n}]", anchor=_source_bookmark(n))


def _source_bookmark(number: int) -> str:
    return f"source-{number}"


def _empty(w: _Word, text: str) -> None:
    w.para().add_run(text).italic = True


def _summary(w: _Word, ctx: dict[str, Any], title: str) -> None:
    w.heading(title, 1)
    bottom = w.para()
    bottom.add_run("Bottom line. ").bold = True
    if ctx["bottom_line"] is not None:
        line = ctx["bottom_line"]
        bottom.add_run(_clean(line.text))
        _cite_links(bottom, line.cites)
    else:
        bottom.add_run("No bottom line could be drawn from the sources' sentences.").italic = True
    lists = (
        ("Key judgments", ctx["judgments"], "List Number", "No key judgments could be drawn."),
        (
            "Key figures",
            ctx["key_figures"],
            "List Bullet",
            "No figure in the sources passed the key-figure tests.",
        ),
        (
            "Where the sources disagree",
            ctx["disagreements"],
            "List Bullet",
            (
                "No disagreement was flagged. The checks are narrow (explicit event dates, "
                "exact death tolls and ages, compared between independent sources) and miss "
                "many differences: treat the sources' dates, tolls and ages as not "
                "cross-checked."
            ),
        ),
    )
    for heading, items, style, none in lists:
        w.heading(heading, 2)
        for item in items:
            when = f" ({item.when})" if item.when else ""
            _statement(w, item.text + when, item.cites, style)
        if not items:
            _empty(w, none)


def _whats_new(w: _Word, new: dict[str, Any], title: str) -> None:
    w.heading(title, 1)
    w.para(_clean(f"Compared with the previous brief ({new['previous_build']})."))
    for e in new["events"]:
        _statement(w, f"{e.label}: {e.text}", e.cites, "List Bullet")
    for a in new["actors"]:
        w.para(_clean(f"New actor: {a.actor.name} ({a.type_label.lower()})"), "List Bullet")
    for p in new["positions"]:
        _statement(w, p.statement, p.cites, "List Bullet")
    if not (new["events"] or new["actors"] or new["positions"]):
        _empty(w, "Nothing new since the previous brief.")


def _timeline(w: _Word, ctx: dict[str, Any], title: str) -> None:
    from briefgen.render.png import svg_to_png

    w.heading(title, 1)
    if not ctx["timeline"]:
        _empty(w, "No dated events found.")
        return
    if ctx["timeline_svg"]:
        picture = w.para()
        shape = picture.add_run().add_picture(
            io.BytesIO(svg_to_png(str(ctx["timeline_svg"]))), width=FIGURE_WIDTH
        )
        # The picture's alternative text, read out by screen readers.
        shape._inline.docPr.set("descr", "Timeline of dated events; numbers match the table.")
        caption = "Dated events on a time axis; each number is a row of the table below."
        if ctx["timeline_skipped"]:
            caption += f" {ctx['timeline_skipped']} date(s) that cannot be placed are not drawn."
        w.para(caption, "Caption")
    rows = []
    for t in ctx["timeline"]:
        what = " ".join(f"{s.text} {cite(s.cites)}".strip() for s in t.sentences)
        rows.append((str(t.number), t.label, what, t.sources_label))
    _table(w, ("No.", "Date", "What the sources report", "Sources"), rows)
    if ctx["timeline_scheduled"]:
        w.heading("Scheduled after the last source", 2)
        ahead = []
        for t in ctx["timeline_scheduled"]:
            what = " ".join(f"{s.text} {cite(s.cites)}".strip() for s in t.sentences)
            ahead.append((str(t.number), f"{t.label} (scheduled)", what))
        _table(w, ("No.", "Date", "What the sources announce"), ahead)


def _actors(w: _Word, ctx: dict[str, Any], title: str) -> None:
    w.heading(title, 1)
    for a in ctx["actors"]:
        w.heading(_clean(f"{a.actor.name} ({a.type_label.lower()})"), 2)
        mentions, sources = len(a.actor.mentions), len(a.actor.sources)
        facts = []
        if a.roles:
            facts.append(("Role", "; ".join(a.roles)))
        if a.aliases:
            facts.append(("Also named", ", ".join(a.aliases)))
        facts.append(("Coverage", f"{mentions} mention(s) in {sources} source(s)"))
        seen = a.first_seen if a.first_seen == a.last_seen else f"{a.first_seen} to {a.last_seen}"
        facts.append(("Appears", seen))
        if a.related:
            facts.append(("Related", ", ".join(name for name, _ in a.related)))
        _table(w, None, facts)
        for p in a.positions:
            _statement(w, p.statement, p.cites, "Quote")
    if not ctx["actors"]:
        _empty(w, "No actors were identified in the sources.")
    if ctx["other_actors"] or ctx["minor_actors"]:
        w.heading("Also mentioned", 2)
        if ctx["other_actors"]:
            rows = [
                (
                    v.actor.name,
                    v.type_label,
                    "; ".join(v.roles),
                    str(len(v.actor.mentions)),
                    str(len(v.actor.sources)),
                )
                for v in ctx["other_actors"]
            ]
            _table(w, ("Name", "Type", "Role", "Mentions", "Sources"), rows)
        if ctx["minor_actors"]:
            names = "; ".join(v.actor.name for v in ctx["minor_actors"])
            w.para(_clean(f"Named once: {names}."))
        if ctx["unlisted_actors"]:
            w.para(f"…and {ctx['unlisted_actors']} more, listed in the JSON.")


def _chronology(w: _Word, events: Sequence[Any], title: str) -> None:
    w.heading(title, 1)
    if not events:
        _empty(w, "No dated events found.")
        return
    rows = [(e.label, e.text, cite(e.cites)) for e in events]
    _table(w, ("Date", "Event", "Sources"), rows)


def _sources(w: _Word, sources: Sequence[Any], title: str) -> None:
    w.heading(title, 1)
    for s in sources:
        d = s.doc
        parts = [f"[{s.number}] {s.title or d.source}"]
        if d.publisher:
            parts.append(d.publisher)
        if d.authors:
            parts.append(", ".join(d.authors))
        parts.append(f"{s.date_label} ({s.date_origin}).")
        para = w.para(_clean(". ".join(parts)))
        # The target of the statements' [n] links.
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), str(s.number))
        start.set(qn("w:name"), _source_bookmark(s.number))
        end.set(qn("w:id"), str(s.number))
        para.runs[0]._r.addprevious(start)  # the entry always has its "[n] title" run
        para._p.append(end)
        if d.url:
            para.add_run(" ")
            _hyperlink(para, d.url, url=d.url)
    if not sources:
        _empty(w, "No sources.")


def _table(w: _Word, header: Sequence[str] | None, rows: Sequence[Sequence[str]]) -> Table:
    """A Word table; a header row repeats on each page and is read as headers.

    Made at its full size at once: python-docx's ``add_row`` copies the row before it,
    which is slow on a long chronology.
    """
    head = [tuple(header)] if header else []
    body = [tuple(r) for r in rows]
    table = w.doc.add_table(rows=len(head) + len(body), cols=len(header or rows[0]))
    table._tbl.tblStyle_val = w.style_id("Table Grid")
    for row, values in zip(table.rows, head + body, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.paragraphs[0].add_run(_clean(text))
    bold = [table.rows[0]] if header else list(table.rows)
    for row in bold:
        # The header row, or the label column of a two-column facts table.
        for cell in row.cells if header else row.cells[:1]:
            for run in cell.paragraphs[0].runs:
                run.bold = True
    if header:
        table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    return table


def _hyperlink(paragraph: Paragraph, label: str, *, url: str = "", anchor: str = "") -> None:
    """A link to ``url`` or to the bookmark ``anchor``, which python-docx has no call for:
    a ``w:hyperlink`` (with a relationship for a URL) around one run."""
    link = OxmlElement("w:hyperlink")
    if url:
        rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link.set(qn("r:id"), rel)
    else:
        link.set(qn("w:anchor"), anchor)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    # Word's usual link look, set directly: the default template has no Hyperlink style.
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.extend([colour, underline])
    run.append(props)
    text = OxmlElement("w:t")
    text.text = _clean(label)
    text.set(qn("xml:space"), "preserve")
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
