"""A fetched response becomes an Article: main text and metadata, by content type.

HTML goes through trafilatura (main text; readers' comments kept apart) and htmldate (the first
publication date, not the last-modified one); PDF and Word through the same code as local
files (``briefgen.ingest.office``). Anything else is refused with its content type.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from briefgen.collect.http import Fetched
from briefgen.collect.listing import Entry, canonical
from briefgen.collect.store import Article
from briefgen.errors import InputError
from briefgen.ingest.office import docx_text, pdf_text

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", ""})
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
DOCX_TYPES = frozenset({"application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]\d)[/-]([0-3]\d)(?:/|$|[-_])")


class NotAnArticle(Exception):
    """The response is not something briefgen can read as an article; says why."""


def to_article(fetched: Fetched, entry: Entry, source: str) -> Article:
    """The article in ``fetched`` (a 200 response for ``entry``). Raises NotAnArticle."""
    kind = fetched.content_type
    if kind in PDF_TYPES or (kind == "application/octet-stream" and _is_pdf(fetched.body)):
        return _office(fetched, entry, source, "pdf")
    if kind in DOCX_TYPES:
        return _office(fetched, entry, source, "docx")
    if kind in HTML_TYPES:
        return _html(fetched, entry, source)
    raise NotAnArticle(f"content type {kind} is not HTML, PDF or Word")


def _is_pdf(body: bytes) -> bool:
    return body.startswith(b"%PDF-")


def _html(fetched: Fetched, entry: Entry, source: str) -> Article:
    import trafilatura
    from htmldate import find_date

    html = fetched.body.decode(_charset(fetched.body, fetched.charset), "replace")
    extracted = trafilatura.bare_extraction(
        html,
        url=fetched.url,
        with_metadata=True,
        # Comments come back apart from the main text: stored, never mixed into it.
        include_comments=True,
        include_tables=True,
    )
    meta: dict[str, Any] = (
        {}
        if extracted is None
        else extracted
        if isinstance(extracted, dict)
        else extracted.as_dict()
    )
    text = (meta.get("text") or "").strip()
    if not text:
        raise NotAnArticle("no article text found in the page")
    page_date = find_date(html, url=fetched.url, original_date=True, extensive_search=False)
    published, date_from = _pick_date(page_date, entry, fetched.url)
    authors = tuple(a.strip() for a in (meta.get("author") or "").split(";") if a.strip())
    match = _LANG.search(fetched.body[:4096])
    return Article(
        url=_article_url(meta.get("url"), fetched.url, entry.url),
        title=(meta.get("title") or entry.title or _url_title(fetched.url)).strip(),
        text=text,
        format="html",
        source=source,
        authors=authors or entry.authors,
        publisher=meta.get("sitename") or meta.get("hostname") or urlsplit(fetched.url).hostname,
        published=published,
        date_from=date_from,
        language=match.group(1).decode("ascii").lower() if match else None,
        comments=(meta.get("comments") or "").strip() or None,
        validators=fetched.validators,
    )


def _office(fetched: Fetched, entry: Entry, source: str, kind: str) -> Article:
    try:
        found = (pdf_text if kind == "pdf" else docx_text)(fetched.body, fetched.url)
    except InputError as exc:
        raise NotAnArticle(exc.problem) from None
    published, date_from = _pick_date(None, entry, fetched.url)
    if published is None and found.created:
        published, date_from = found.created, "field"
    return Article(
        url=_article_url(None, fetched.url, entry.url),
        title=found.title or entry.title or _url_title(fetched.url),
        text=found.text,
        format=kind,
        source=source,
        authors=found.authors or entry.authors,
        publisher=urlsplit(fetched.url).hostname,
        published=published,
        date_from=date_from,
        language=found.language,
        page_starts=found.page_starts,
        validators=fetched.validators,
    )


def _pick_date(page_date: str | None, entry: Entry, url: str) -> tuple[str | None, str]:
    """The page's own date, else the listing's, else one in the URL (Document vocabulary)."""
    if page_date:
        return page_date, "stated"
    if entry.published:
        return entry.published, "field"
    m = _URL_DATE.search(urlsplit(url).path)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}", "url"
    return None, "none"


def _article_url(declared: str | None, final: str, listed: str) -> str:
    """The page's own canonical link when it stays on the same host, else where we landed.

    A canonical pointing elsewhere is not trusted (syndication farms point it anywhere).
    """
    for candidate in (declared, final):
        if not candidate:
            continue
        url = canonical(candidate, final)
        if url and urlsplit(url).netloc == urlsplit(final).netloc:
            return url
    return listed


def _charset(body: bytes, declared: str | None) -> str:
    """The page's encoding: a byte-order mark, else the HTTP header, else ``<meta charset>``."""
    if body.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", body[:4096], re.I)
    for name in (declared, m.group(1).decode("ascii") if m else None):
        if name:
            try:
                b"".decode(name)
            except LookupError:
                continue
            return name
    return "utf-8"


def _url_title(url: str) -> str:
    path = urlsplit(url).path.rstrip("/")
    return path.rsplit("/", 1)[-1].replace("-", " ").replace("_", " ") or url
