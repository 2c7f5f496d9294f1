"""The PDF: real WeasyPrint output read back with pypdf, pdftoppm, and a local HTTP server."""

from __future__ import annotations

import dataclasses
import gc
import http.server
import io
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from pypdf import PdfReader
from sample_brief import empty_brief, sample_brief, told_by_main_clauses

from briefgen.models import Brief, DataNote
from briefgen.render import render_html, render_pdf
from briefgen.render.pdf import make_url_fetcher

SECTION_TITLES = [
    "Contents",
    "Executive summary",
    "What’s new since the last brief",
    "Timeline",
    "Actor profiles",
    "Appendix A · Full chronology",
    "Appendix B · Sources",
    "Appendix C · Data notes",
]


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return render_pdf(render_html(sample_brief()))


@pytest.fixture(scope="module")
def reader(pdf_bytes: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf_bytes))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _outline_titles(outline: list) -> list[str]:  # type: ignore[type-arg]
    titles: list[str] = []
    for item in outline:
        if isinstance(item, list):
            titles += _outline_titles(item)
        else:
            titles.append(item.title)
    return titles


def test_sections_in_order(reader: PdfReader) -> None:
    text = _text(reader)
    body = text[text.index("Executive summary", text.index("Appendix C")) :]  # after the TOC
    titles = [t for t in SECTION_TITLES if t != "Contents"]
    positions = [body.index(t) for t in titles]
    assert positions == sorted(positions)


def test_pages_footer_and_metadata(reader: PdfReader) -> None:
    n = len(reader.pages)
    assert n >= 2
    assert f"page 1 of {n}" in (reader.pages[0].extract_text() or "")
    assert f"page {n} of {n}" in (reader.pages[-1].extract_text() or "")
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Russia and the Taliban takeover of Afghanistan"
    assert meta.author == "briefgen"
    assert meta.creation_date is not None and meta.creation_date.year == 2021
    assert meta.get("/ModDate") == meta.get("/CreationDate")


def test_running_header_on_inner_pages(reader: PdfReader) -> None:
    assert "Russia and the Taliban takeover of Afghanistan" in (
        reader.pages[2].extract_text() or ""
    )


def test_a_page_is_headed_by_the_section_it_opens_in() -> None:
    # Sources filling two pages, the data notes starting under the last of them: that
    # page's header names Appendix B, whose entries open it, not C, which starts below.
    brief = sample_brief()
    extra = tuple(
        dataclasses.replace(
            brief.documents[0], id=f"read-{n}", source=f"read-{n}.txt", title=f"Read page {n}"
        )
        for n in range(30)
    )
    brief = dataclasses.replace(brief, documents=(*brief.documents, *extra))
    pages = [
        p.extract_text() or "" for p in PdfReader(io.BytesIO(render_pdf(render_html(brief)))).pages
    ]
    title = "russia and the taliban takeover of afghanistan"
    shared = [
        p for p in pages if "Appendix C · Data notes" in p and "Appendix B · Sources" not in p
    ]
    assert len(shared) == 1  # C starts on a page B's list began before
    assert f"{title} appendix b · sources" in shared[0].lower()
    assert f"{title} executive summary" in pages[2].lower()


def test_toc_has_page_numbers(reader: PdfReader) -> None:
    toc = reader.pages[1].extract_text() or ""
    assert "Contents" in toc
    assert re.search(r"Executive summary\s*\.*\s*3", toc)


def test_bookmarks_name_every_section(reader: PdfReader) -> None:
    titles = _outline_titles(reader.outline)
    for title in SECTION_TITLES:
        assert title in titles
    assert "Zamir Kabulov" in "".join(titles)  # actor profiles are second-level bookmarks


def test_citations_are_internal_links(reader: PdfReader) -> None:
    links = 0
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            obj = annot.get_object()
            if obj.get("/Subtype") == "/Link" and "/URI" not in (obj.get("/A") or {}):
                links += 1
    assert links > 20


def test_same_brief_same_pdf(pdf_bytes: bytes, reader: PdfReader) -> None:
    again = render_pdf(render_html(sample_brief()))
    assert PdfReader(io.BytesIO(again)).metadata == reader.metadata
    assert again == pdf_bytes  # font subsets are time-stamped from generated_at


def test_empty_brief_renders() -> None:
    reader = PdfReader(io.BytesIO(render_pdf(render_html(empty_brief()))))
    text = _text(reader)
    assert "No dated events found." in text
    assert len(reader.pages) >= 2


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[tuple[int, list[str]]]:
    _Recorder.requests = []
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1], _Recorder.requests
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_article_text_with_remote_image_fetches_nothing(server: tuple[int, list[str]]) -> None:
    port, requests = server
    hostile = (
        f'<img src="http://127.0.0.1:{port}/x.png"><script>alert(1)</script>'
        '<link rel="stylesheet" href="file:///etc/passwd">'
    )
    doc = sample_brief().documents[0]
    doc = dataclasses.replace(doc, title=hostile, url=f"http://127.0.0.1:{port}/page")
    pdf = render_pdf(render_html(dataclasses.replace(empty_brief(), documents=(doc,))))
    assert requests == []
    assert "127.0.0.1" in _text(PdfReader(io.BytesIO(pdf)))  # shown as inert text


def test_fetcher_refuses_http_and_outside_files(server: tuple[int, list[str]]) -> None:
    port, requests = server
    html = (
        "<html><head><title>t</title>"
        '<link rel="stylesheet" href="file:///etc/passwd">'
        f'<link rel="stylesheet" href="http://127.0.0.1:{port}/style.css"></head>'
        f'<body><p>x</p><img src="http://127.0.0.1:{port}/x.png">'
        f'<img src="https://127.0.0.1:{port}/y.png"><img src="/etc/hostname"></body></html>'
    )
    assert render_pdf(html).startswith(b"%PDF")
    assert requests == []
    fetcher = make_url_fetcher(None)
    for url in [f"http://127.0.0.1:{port}/x.png", "file:///etc/passwd", "ftp://example.org/x"]:
        with pytest.raises(ValueError):
            fetcher(url)
    assert requests == []


def test_urls_in_a_documents_css_fetch_nothing(server: tuple[int, list[str]]) -> None:
    port, requests = server
    remote = f"http://127.0.0.1:{port}"
    html = (
        "<html><head><title>t</title><style>"
        f'@import url("{remote}/imported.css");'
        f"@font-face {{ font-family: Far; src: url({remote}/far.woff2); }}"
        f"body {{ font-family: Far; background: url({remote}/page.png); }}"
        f"li {{ list-style-image: url({remote}/dot.png); }}"
        f'</style></head><body><p style="background-image: url({remote}/inline.png)">x</p>'
        f'<ul><li>y</li></ul><svg width="10" height="10"><image href="{remote}/in.svg"'
        ' width="10" height="10"/></svg></body></html>'
    )
    assert render_pdf(html).startswith(b"%PDF")
    assert requests == []


def test_the_pdf_prints_the_merged_event_and_the_profiles(reader: PdfReader) -> None:
    text = " ".join(_text(reader).split())
    # the event three reports tell, printed once with the three of them cited
    assert "Taliban offensive swept away the U.S.-backed Afghan" in text
    assert text.count("Taliban offensive swept away") == 1
    assert re.search(r"reported by 3 sources \[3\]\s*\[4\]\s*\[5\]", text, re.IGNORECASE)
    profiles = text[text.index("Actor profiles", text.index("Appendix C")) :]
    for name, role in [
        ("Zamir Kabulov", "Russian President's Special Representative for Afghanistan"),
        ("Sergei Lavrov", "Foreign Minister of Russia"),
    ]:
        assert name in profiles and role in profiles


def test_rendering_gives_the_garbage_collector_back() -> None:
    assert gc.isenabled()
    render_pdf(render_html(empty_brief()))
    assert gc.isenabled()


def test_fetcher_serves_template_files_and_data(tmp_path: Path) -> None:
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    fetcher = make_url_fetcher(tmp_path)
    assert fetcher((tmp_path / "logo.svg").as_uri()).read()
    assert fetcher("data:text/plain,hello").read() == b"hello"
    default_css = (Path(__file__).resolve().parents[1] / "templates" / "brief.css").as_uri()
    assert fetcher(default_css).read()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) absent")
def test_first_page_renders_to_a_non_blank_png(pdf_bytes: bytes, tmp_path: Path) -> None:
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(pdf_bytes)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
        timeout=60,
    )
    png = next(tmp_path.glob("p*.png"))
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG")
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow comes with WeasyPrint
        assert len(data) > 2000
        return
    with Image.open(png) as image:
        lo, hi = image.convert("L").getextrema()
    assert lo < 100 and hi > 200  # dark ink on a white page


def test_source_urls_are_web_links(reader: PdfReader) -> None:
    uris = set()
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A") or {}
            if "/URI" in action:
                uris.add(str(action["/URI"]))
    assert uris == {d.url for d in sample_brief().documents if d.url}


def test_the_pdf_chronology_is_capped_and_says_where_the_rest_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefgen import pipeline
    from briefgen.config import load_config
    from briefgen.render import pdf
    from briefgen.render.context import build_context

    brief = told_by_main_clauses(sample_brief())
    total = len(brief.events)
    readable = len(build_context(brief)["chronology"])  # the uncapped list's entries
    assert 3 < readable < total
    monkeypatch.setattr(pdf, "PDF_CHRONOLOGY", 3)
    files = pipeline.write_outputs(brief, load_config(None, formats="pdf,html"), tmp_path)
    text = re.sub(r"\s+", " ", _text(PdfReader(files["pdf"])))
    printed = re.search(r"Printed here: (\d+) of the (\d+) events", text)
    assert printed is not None and int(printed[1]) <= 3 and int(printed[2]) == readable
    assert f"All {readable} are in the HTML version of this brief" in text
    assert f"all {total} events found in the sources" in text  # the JSON's
    html = files["html"].read_text(encoding="utf-8")
    assert f"all {total} events found in the sources" in html
    assert html.count('<td class="c-date">') == readable


def test_past_its_cap_the_pdf_lists_only_the_sources_it_cites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A corpus of thousands would print a hundred pages of titles: the PDF keeps the
    sources it cites (every citation still leads to its entry), the HTML lists them all."""
    import dataclasses
    import logging

    from briefgen import pipeline
    from briefgen.config import load_config
    from briefgen.render import pdf
    from briefgen.render.context import DATE_ORIGINS

    brief = sample_brief()
    extra = tuple(
        dataclasses.replace(
            brief.documents[0],
            id=f"unread-{n}",
            source=f"unread-{n}.txt",
            title=f"Uncited page number {n}",
            url="",
        )
        for n in range(5)
    )
    # a note on a source the PDF does not list names it by title, not by a number that
    # leads nowhere in the printed copy
    notes = (*brief.notes, DataNote("unread-0", "off-topic: not read"))
    brief = dataclasses.replace(brief, documents=(*brief.documents, *extra), notes=notes)
    monkeypatch.setattr(pdf, "PDF_SOURCES", 3)
    with caplog.at_level(logging.WARNING):
        files = pipeline.write_outputs(brief, load_config(None, formats="pdf,html"), tmp_path)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")] == []
    text = re.sub(r"\s+", " ", _text(PdfReader(files["pdf"])))
    total = len(brief.documents)
    assert f"All {total} sources read are listed in the HTML and JSON versions" in text
    sources_end = text.rindex("Appendix C")
    assert "Uncited page number" not in text[:sources_end]
    assert "Uncited page number 0: off-topic: not read" in text[sources_end:]
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    appendix = text[text.index("The sources this PDF cites") : sources_end]
    assert cited and all(f"[{n}]" in appendix for n in cited)
    # A line or two a source: the date's origin and the file behind a web address are
    # left to the HTML, which keeps every entry in full.
    assert "one line each" in text
    origins = [o for o in DATE_ORIGINS.values() if f"({o}" in text]
    assert origins == []
    html = files["html"].read_text(encoding="utf-8")
    assert all(f"Uncited page number {n}" in html for n in range(5))
    assert any(f"({o}" in html for o in DATE_ORIGINS.values())


def test_a_corpus_of_a_few_hundred_sources_prints_only_the_cited_ones() -> None:
    """Listing every source read of a 200-article corpus took a third of its PDF's pages,
    on every rebuild too: the printed copy keeps the cited ones from a few pages' worth on,
    while a small corpus's PDF still lists every source in full."""
    from briefgen.formats import Rendering

    def printed(documents: int) -> tuple[str, str]:
        brief = sample_brief()
        extra = tuple(
            dataclasses.replace(
                brief.documents[0], id=f"read-{n}", source=f"read-{n}.txt", title=f"Read {n}"
            )
            for n in range(documents - len(brief.documents))
        )
        brief = dataclasses.replace(brief, documents=(*brief.documents, *extra))
        rendering = Rendering(brief)
        return rendering.print_html, rendering.html

    small, _ = printed(20)
    assert "The sources this PDF cites" not in small and ">Read 14<" in small
    large, page = printed(200)
    assert "All 200 sources read are listed in the HTML and JSON versions" in large
    assert ">Read 14<" not in large
    assert ">Read 14<" in page and "The sources this PDF cites" not in page


def test_the_pdf_whats_new_keeps_the_best_and_says_where_the_rest_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A weekly rebuild of a large corpus brings hundreds of new items: the PDF keeps the
    best-sourced events and the most prominent actors' positions, the HTML has them all."""
    import dataclasses

    from briefgen import pipeline
    from briefgen.config import load_config
    from briefgen.models import WhatsNew
    from briefgen.render import pdf
    from briefgen.render.context import build_context

    brief = sample_brief()
    events = tuple(e.id for e in brief.events)
    positions = tuple(p.id for p in brief.positions)
    brief = dataclasses.replace(
        brief, whats_new=WhatsNew("build 2021-11-24", events=events, positions=positions)
    )
    monkeypatch.setattr(pdf, "PDF_NEW_ITEMS", 2)
    files = pipeline.write_outputs(brief, load_config(None, formats="pdf,html"), tmp_path)
    text = re.sub(r"\s+", " ", _text(PdfReader(files["pdf"])))
    assert f"The 2 best-sourced of {len(events)} new events" in text
    assert f"2 of {len(positions)} new positions, those of the most prominent actors first" in text
    kept = build_context(brief, new_limit=2)["whats_new"]["events"]
    ranked = sorted(brief.events, key=lambda e: (-e.salience, -e.corroboration, e.id))
    assert {v.event.id for v in kept} == {e.id for e in ranked[:2]}
    html = files["html"].read_text(encoding="utf-8")
    assert "best-sourced of" not in html
    section = html[
        html.index('class="new-events"') : html.index("</ul>", html.index('class="new-events"'))
    ]
    assert section.count("<li>") == len(events)


def test_tagged_pdf_is_opt_in_from_brief_toml(tmp_path: Path) -> None:
    """``tagged_pdf = true`` gives screen readers a structure tree; the default does not pay."""
    from briefgen import pipeline
    from briefgen.config import load_config

    toml = tmp_path / "brief.toml"
    toml.write_text("tagged_pdf = true\n", encoding="utf-8")
    (tmp_path / "tagged").mkdir()
    (tmp_path / "plain").mkdir()
    tagged = pipeline.write_outputs(
        sample_brief(), load_config(toml, formats="pdf"), tmp_path / "tagged"
    )
    plain = pipeline.write_outputs(
        sample_brief(), load_config(None, formats="pdf"), tmp_path / "plain"
    )
    root = PdfReader(tagged["pdf"]).trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" not in PdfReader(plain["pdf"]).trailer["/Root"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) absent")
def test_a_long_list_of_sources_wraps_inside_the_chronology_page(tmp_path: Path) -> None:
    """An event fourteen sources report: its citations wrap in the sources column instead of
    running off the page, where a reader would lose the last ones."""
    import dataclasses
    import subprocess

    from briefgen import pipeline
    from briefgen.config import load_config

    brief = told_by_main_clauses(sample_brief())
    first = brief.events[0]
    model = first.mentions[0]
    source = next(d for d in brief.documents if d.id == model.doc)
    copies = tuple(
        dataclasses.replace(source, id=f"copy-{n}", source=f"copy-{n}.txt", title=f"Copy {n}")
        for n in range(14)
    )
    told = tuple(
        dataclasses.replace(
            model,
            id=f"{model.id}-{n}",
            doc=d.id,
            evidence=dataclasses.replace(model.evidence, doc=d.id),
        )
        for n, d in enumerate(copies)
    )
    event = dataclasses.replace(
        first, mentions=(*first.mentions, *told), sources=(*first.sources, *(d.id for d in copies))
    )
    brief = dataclasses.replace(
        brief, documents=(*brief.documents, *copies), events=(event, *brief.events[1:])
    )
    files = pipeline.write_outputs(brief, load_config(None, formats="pdf"), tmp_path)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(files["pdf"]), "-"], capture_output=True, text=True, check=True
    ).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))  # type: ignore[union-attr]
    right = [float(x) for x in re.findall(r'xMax="([\d.]+)"', html)]
    assert right and max(right) <= width - 14  # inside the page, clear of its edge
    cited = set(re.findall(r">\[(\d+)\]<", html))
    assert len(cited) >= 14


def _wordy(brief: Brief, judgment_words: int, figure_words: int) -> Brief:
    """``brief`` with seven judgments and five key figures of so many words each."""
    from briefgen.models import Cited

    evidence = brief.summary.judgments[0].evidence

    def item(what: str, n: int, words: int) -> Cited:
        return Cited(f"{what.capitalize()} {n}: {' '.join(['word'] * words)}.", evidence)

    summary = dataclasses.replace(
        brief.summary,
        judgments=tuple(item("judgment", n, judgment_words) for n in range(1, 8)),
        key_figures=tuple(item("figure", n, figure_words) for n in range(1, 6)),
    )
    return dataclasses.replace(brief, summary=summary)


def test_a_long_executive_summary_is_shortened_to_its_page(tmp_path: Path) -> None:
    """Seven long judgments and five figures ran a page over, leaving a page with one
    figure alone: the PDF keeps the summary to one page, dropping the last-ranked figures
    first, says so, and the HTML keeps every item."""
    from briefgen import pipeline
    from briefgen.config import load_config

    brief = _wordy(sample_brief(), 20, 80)
    files = pipeline.write_outputs(brief, load_config(None, formats="pdf,html"), tmp_path)
    pages = [p.extract_text() or "" for p in PdfReader(files["pdf"]).pages]
    first = next(n for n, text in enumerate(pages) if "Judgment 1:" in text)
    summary_page = re.sub(r"\s+", " ", pages[first])
    # the page after the summary's opens the next section: nothing spilled over
    assert pages[first + 1].lower().startswith("section 2")
    assert "Judgment 7:" in summary_page and "Figure 1:" in summary_page
    assert "Figure 5:" not in "".join(pages)
    assert "left to the HTML and JSON editions" in summary_page
    html = files["html"].read_text(encoding="utf-8")
    assert "Figure 5:" in html and "left to the HTML" not in html


def test_a_summary_that_fits_its_page_is_printed_whole() -> None:
    from briefgen.formats import Rendering

    printed = Rendering(sample_brief()).print_html
    assert "left to the HTML and JSON editions" not in printed
    assert printed.count("<li>") >= len(sample_brief().summary.judgments)


def test_a_summary_a_little_long_is_set_tighter_and_keeps_every_item() -> None:
    """Before any item is dropped, a summary that runs over is set tighter: the page holds
    all seven judgments and five figures, and says nothing is left out."""
    from briefgen.formats import Rendering
    from briefgen.render.pdf import _summary_pages

    rendering = Rendering(_wordy(sample_brief(), 20, 55))
    assert _summary_pages(rendering.html, None) == 2  # as the HTML sets it, it runs over
    printed = rendering.print_html
    assert re.search(r'<section class="summary fit-\d">', printed)
    assert "Figure 5:" in printed and "left to the HTML and JSON editions" not in printed
    assert _summary_pages(printed, None) == 1


@pytest.mark.parametrize("words", [0, 55], ids=["summary fits", "summary runs over"])
def test_the_whole_brief_is_laid_out_once(monkeypatch: pytest.MonkeyPatch, words: int) -> None:
    """The summary is measured laid out alone (a page's cost) and the brief laid out once,
    as printed: a summary that ran over had the whole brief laid out a second time, most
    of a long brief's PDF time."""
    from briefgen.formats import Rendering
    from briefgen.render import pdf as pdf_module

    brief = _wordy(sample_brief(), 20, words) if words else sample_brief()
    whole: list[str] = []
    lay_out = pdf_module._lay_out

    def counting(html: str, templates: Path | None, tagged: bool) -> object:
        if "<body><main><section" not in html:  # not the summary laid out alone
            whole.append(html)
        return lay_out(html, templates, tagged)

    monkeypatch.setattr(pdf_module, "_lay_out", counting)
    pdf = Rendering(brief).pdf()
    assert len(whole) == 1
    pages = [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]
    assert pages
    if words:  # set tighter, the seven judgments and five figures share the summary's page
        assert any("Judgment 1:" in text and "Figure 5:" in text for text in pages)
