"""Links in the rendered brief: which URLs may become links, and citations that link back.

Only ``http`` and ``https`` URLs with a host become links. A document's URL comes
from the page or feed it was collected from, so it is untrusted: a ``javascript:``,
``data:`` or ``file:`` URL is shown as text, never made clickable. (Links are never
fetched: the PDF renderer's URL fetcher reads only the template files.)
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

WEB_SCHEMES = frozenset({"http", "https"})


def web_link(url: str | None) -> str:
    """``url`` when it is a web address a reader may follow, else ``""``."""
    if not url:
        return ""
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:  # an invalid IPv6 host, "http://[::1"
        return ""
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        return ""
    # Control characters and spaces would let a URL end early in an HTML attribute's
    # reader or hide part of itself; a well-formed URL has none.
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in text):
        return ""
    return text


def cite_anchor(number: int) -> str:
    """The id of the first place in the brief that cites source ``number``."""
    return f"cite-{number}"


class FirstCitations:
    """Marks the first citation of each source, so the source entry can link back to it.

    Templates render in document order, so the first ``mark(n)`` call for a source
    is its first citation on the page; a template gives that link the id
    ``cite-N`` and the source list links back to it with ``back(n)``. Which place
    comes first depends on the templates (a user may reorder them), so it is
    decided while rendering rather than computed beforehand.
    """

    def __init__(self) -> None:
        self._seen: set[int] = set()

    def mark(self, number: int) -> str:
        """``cite-N`` the first time source ``number`` is cited, ``""`` after."""
        if number in self._seen:
            return ""
        self._seen.add(number)
        return cite_anchor(number)

    def back(self, number: int) -> str:
        """The id of source ``number``'s first citation, or ``""`` if nothing cited it yet."""
        return cite_anchor(number) if number in self._seen else ""


class _LinkReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value is not None:
                self.ids.append(value)
            elif name == "href" and value is not None and tag == "a":
                self.hrefs.append(value)


def page_links(html: str) -> tuple[list[str], list[str]]:
    """Every ``<a href>`` and every ``id`` of a rendered page, in page order."""
    reader = _LinkReader()
    reader.feed(html)
    reader.close()
    return reader.hrefs, reader.ids


def dangling_links(html: str) -> list[str]:
    """The page's ``#fragment`` links that no element's id answers (what WeasyPrint
    reports as "No anchor")."""
    hrefs, ids = page_links(html)
    known = set(ids)
    return [h for h in hrefs if h.startswith("#") and h[1:] not in known]
