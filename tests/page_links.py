"""Read a rendered page's internal links and ids, as a browser would (html.parser)."""

from __future__ import annotations

from html.parser import HTMLParser


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value is not None:
                self.ids.append(value)
            if name == "href" and value is not None and tag == "a":
                self.hrefs.append(value)


def page_links(html: str) -> tuple[list[str], list[str]]:
    """Every ``<a href>`` and every ``id`` in ``html``, in page order."""
    parser = _Links()
    parser.feed(html)
    parser.close()
    return parser.hrefs, parser.ids


def dangling(html: str) -> list[str]:
    """The ``#fragment`` links in ``html`` with no element of that id."""
    hrefs, ids = page_links(html)
    known = set(ids)
    return [h for h in hrefs if h.startswith("#") and h[1:] not in known]
