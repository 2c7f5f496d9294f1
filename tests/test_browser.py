"""The brief in a real browser: headless Chromium via Playwright at desktop and phone widths.

The page is opened from a file:// URL and every other request is refused, so the test
needs no network. Skipped, with the reason, where Chromium or Playwright is missing
(``make browser-deps`` installs Chromium where apt works). Screenshots of each width are
saved into pytest's temporary directory for a person to look at.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sample_brief import sample_brief

from briefgen.models import Brief
from briefgen.render import render_html

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(
        "Chromium not installed (make browser-deps, or apt-get install chromium)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright not installed (pip install -e '.[browser]')"
)

# The flags that keep Chromium quiet on a closed network: no background connections.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP, PHONE, SMALLEST = 1280, 390, 360
MIN_TEXT_PX = 14

# The smallest computed font size of any visible text outside the figure (whose SVG text
# scales with it) and the screen-reader-only captions, with where it is.
SMALLEST_TEXT = """() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let size = Infinity, where = "";
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!node.textContent.trim() || el.closest("svg, caption.sr-only")) continue;
    if (!el.getClientRects().length) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < size) {
      size = px;
      where = `${el.tagName}.${el.className}: ${node.textContent.trim().slice(0, 40)}`;
    }
  }
  return [size, where];
}"""


def _widely_reported() -> Brief:
    """The sample brief with one timeline sentence cited by 45 sources and holding a
    90-letter word: what a real corpus brings and a short fixture does not."""
    brief = sample_brief()
    copies = tuple(
        dataclasses.replace(brief.documents[0], id=f"w{i:02d}", title=f"Wire report {i}")
        for i in range(40)
    )
    documents = (*brief.documents, *copies)
    entry = brief.timeline[0]
    first = entry.sentences[0]
    cited = dataclasses.replace(
        first,
        text=f"{first.text} {'x' * 90}",
        evidence=tuple(dataclasses.replace(first.evidence[0], doc=d.id) for d in documents),
    )
    timeline = (dataclasses.replace(entry, sentences=(cited, *entry.sentences[1:])),)
    return dataclasses.replace(brief, documents=documents, timeline=timeline + brief.timeline[1:])


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("page") / "brief.html"
    path.write_text(render_html(_widely_reported()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


def _open(
    browser: Any, page_file: Path, width: int, scheme: str = "light"
) -> tuple[Any, list[str]]:
    """The page at ``width`` px, and the list that collects any request it tried beyond it."""
    context = browser.new_context(
        viewport={"width": width, "height": 900}, color_scheme=scheme, device_scale_factor=1
    )
    refused: list[str] = []

    def only_the_file(route: Any) -> None:
        url = route.request.url
        if url == page_file.as_uri() or url.startswith("data:"):
            route.continue_()
        else:
            refused.append(url)
            route.abort()

    context.route("**/*", only_the_file)
    page = context.new_page()
    page.goto(page_file.as_uri())
    return page, refused


@pytest.mark.parametrize("width", [DESKTOP, PHONE, SMALLEST])
def test_no_sideways_scroll_and_readable_text(
    browser: Any, page_file: Path, tmp_path: Path, width: int
) -> None:
    page, refused = _open(browser, page_file, width)
    page.screenshot(path=str(tmp_path / f"brief-{width}px.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= page.evaluate(
        "window.innerWidth"
    )
    size, where = page.evaluate(SMALLEST_TEXT)
    assert size >= MIN_TEXT_PX, where
    # The figure fits its box, or scrolls inside it; it never widens the page.
    figure = page.eval_on_selector(
        "figure.time-axis", "f => [f.getBoundingClientRect().right, window.innerWidth]"
    )
    assert figure[0] <= figure[1]
    assert refused == []
    page.context.close()


def test_desktop_reading_measure_and_contents_in_view(browser: Any, page_file: Path) -> None:
    page, _ = _open(browser, page_file, DESKTOP)
    main = page.eval_on_selector("main", "m => m.getBoundingClientRect().toJSON()")
    assert 600 <= main["width"] <= 800  # about 46rem of 17 px: a readable line
    svg = page.eval_on_selector("svg.timeline-figure", "s => s.getBoundingClientRect().width")
    assert svg == pytest.approx(main["width"], abs=1)  # the figure scales with the column
    page.click("nav.toc >> text=Appendix B · Sources")
    assert page.evaluate("location.hash") == "#sources"
    toc = page.eval_on_selector("nav.toc", "n => n.getBoundingClientRect().toJSON()")
    assert toc["right"] <= main["left"] and 0 <= toc["top"] < 900  # still beside the text
    page.context.close()


def test_citation_and_source_entry_link_both_ways_on_a_phone(browser: Any, page_file: Path) -> None:
    page, _ = _open(browser, page_file, PHONE)
    page.click("section.summary a.cite >> nth=0")
    target = page.evaluate("location.hash")
    assert target.startswith("#src-")
    entry = page.eval_on_selector(target, "e => e.getBoundingClientRect().top")
    assert 0 <= entry < 900
    page.click(f"{target} .src-n a")
    assert page.evaluate("location.hash") == "#cite-" + target.removeprefix("#src-")
    page.context.close()


def test_dark_mode_colours(browser: Any, page_file: Path) -> None:
    page, _ = _open(browser, page_file, PHONE, scheme="dark")
    ground, ink = page.evaluate(
        "[getComputedStyle(document.documentElement).backgroundColor,"
        " getComputedStyle(document.body).color]"
    )
    page.context.close()

    def brightness(rgb: str) -> float:
        r, g, b = (int(v) for v in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3])
        return (0.299 * r + 0.587 * g + 0.114 * b) / 255

    assert brightness(ground) < 0.2 < 0.7 < brightness(ink)
