"""Links in the brief: every internal link lands, sources link out (web URLs only) and back."""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sample_brief import sample_brief

from briefgen.config import load_config
from briefgen.models import Brief, WhatsNew
from briefgen.pipeline import build_brief
from briefgen.render import render_html, render_pdf
from briefgen.render.links import dangling_links, page_links, web_link


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://example.org/a?b=1#c", "https://example.org/a?b=1#c"),
        ("HTTP://Example.org/x", "HTTP://Example.org/x"),
        ("  https://example.org/  ", "https://example.org/"),
        ("javascript:alert(1)", ""),
        (" JavaScript:alert(1)", ""),
        ("data:text/html,<b>x</b>", ""),
        ("file:///etc/passwd", ""),
        ("//example.org/no-scheme", ""),
        ("/relative/path", ""),
        ("https://", ""),
        ("https://example.org/a\nb", ""),
        ("http://[::1", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_only_web_addresses_become_links(url: str | None, link: str) -> None:
    assert web_link(url) == link


def _crowded() -> Brief:
    """More actors than the page lists, each related to one it leaves out."""
    brief = sample_brief()
    base = brief.actors[3]
    count = 120
    actors = tuple(
        dataclasses.replace(
            base,
            id=f"a{i:03d}",
            name=f"Actor {i:03d}",
            mentions=base.mentions * (i % 2 + 1),
            related=(f"a{count - 1 - i:03d}",),
        )
        for i in range(count)
    )
    new = WhatsNew("build 2021-11-24", actors=("a001", "a118"))
    return dataclasses.replace(brief, actors=actors, whats_new=new)


def test_every_internal_link_lands() -> None:
    page = render_html(sample_brief())
    hrefs, ids = page_links(page)
    assert dangling_links(page) == []
    assert len(ids) == len(set(ids))
    assert len([h for h in hrefs if h.startswith("#")]) > 30


def test_actors_left_off_the_page_are_named_not_linked() -> None:
    page = render_html(_crowded())
    assert "…and" in page and "more, listed in the JSON" in page  # some actors are left out
    assert dangling_links(page) == []
    # Actor 001, profiled (twice the mentions), is related to Actor 118, named once and past
    # the page's list: named as text, not linked.
    start = page.index('id="actor-a001"')
    profile = page[start : page.index("</article>", start)]
    assert "Actor 118" in profile and 'href="#actor-a118"' not in page
    new = page[page.index('class="new-actors"') :]
    assert '<li><a href="#actor-a001">Actor 001</a>' in new and "<li>Actor 118 " in new


def test_no_anchor_errors_from_weasyprint(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        render_pdf(render_html(_crowded()))
    assert [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")] == []


def test_sources_link_to_web_addresses_only() -> None:
    brief = sample_brief()
    hostile = "javascript:alert(document.cookie)"
    documents = (dataclasses.replace(brief.documents[0], url=hostile), *brief.documents[1:])
    page = render_html(dataclasses.replace(brief, documents=documents))
    hrefs, _ = page_links(page)
    assert not [h for h in hrefs if not h.startswith(("#", "https://", "http://"))]
    assert hostile in page  # still shown, as text
    web = [d.url for d in documents[1:] if d.url]
    assert web and all(f'<a class="url" href="{u}">{u}</a>' in page for u in web)


def test_first_citation_and_source_entry_link_to_each_other() -> None:
    page = render_html(sample_brief())
    sources = page.index('id="sources"')
    cited = sorted({int(n) for n in re.findall(r'href="#src-(\d+)"', page[:sources])})
    assert cited
    for n in cited:
        first_link = page.index(f'href="#src-{n}"')
        assert page.count(f'id="cite-{n}"') == 1
        assert page.index(f'id="cite-{n}"') == first_link + len(f'href="#src-{n}" ')
        entry = page[page.index(f'<li id="src-{n}">') :]
        assert entry[: entry.index("</li>")].count(f'href="#cite-{n}"') == 1


NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
ARTICLES = [
    {
        "id": "port",
        "time": "2026-03-02",
        "title": "Harbour authority closes the northern port",
        "url": "https://news.example.org/2026/03/02/port-closed",
        "text": "The harbour authority closed the northern port on 1 March 2026 after a storm "
        "damaged two cranes. Director Anna Berg said the port would reopen within a week. "
        "The ministry of transport said on Monday that repairs would cost 4 million euros. "
        "Shipping companies Nordline and Baltica diverted their vessels to the southern port.",
    },
    {
        "id": "reopen",
        "time": "2026-03-09",
        "title": "Northern port reopens after storm repairs",
        "url": "javascript:alert(1)",
        "text": "The northern port reopened on 8 March 2026, the harbour authority said. "
        "Anna Berg, the authority's director, told reporters that both cranes were working. "
        "Nordline said it would return its vessels on 10 March. Baltica did not comment. "
        "The ministry of transport said the repairs had cost 3.5 million euros.",
    },
    {
        "id": "inquiry",
        "time": "2026-03-20",
        "title": "Inquiry into port closure announced",
        "text": "The ministry of transport announced an inquiry into the port closure on "
        "19 March 2026. Minister Karl Lind said the inquiry would report by June. "
        "Anna Berg welcomed the inquiry. Nordline said the closure cost it 2 million euros.",
    },
]


def test_a_built_brief_has_no_dangling_links_or_render_warnings(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    config = load_config(
        None, inputs=[str(corpus)], output_dir=tmp_path / "out", formats="pdf,html"
    )
    with caplog.at_level(logging.WARNING):
        built = build_brief(config, now=NOW)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")] == []
    page = built.files["html"].read_text(encoding="utf-8")
    assert dangling_links(page) == []
    assert '<a class="url" href="https://news.example.org/2026/03/02/port-closed">' in page
    assert 'href="javascript' not in page


def test_control_characters_from_a_mis_encoded_source_are_not_printed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # "François" encoded as UTF-8 twice carries a C1 control character (U+0083), which no
    # font can draw: the PDF would show a box and WeasyPrint would warn.
    brief = sample_brief()
    mangled = "President Fran\u00c3\u0083\u00c2\u00a7ois Hollande"
    documents = (dataclasses.replace(brief.documents[0], title=mangled), *brief.documents[1:])
    page = render_html(dataclasses.replace(brief, documents=documents))
    assert "\u0083" not in page
    assert "President Fran\u00c3\u00c2\u00a7ois Hollande" in page
    with caplog.at_level(logging.WARNING):
        render_pdf(page)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")] == []
