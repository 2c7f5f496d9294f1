"""What a source lists: feed entries, sitemap locations, lines of a URL file.

Everything here parses bytes ``collect`` fetched itself; feedparser is never given a URL
(it would fetch it, outside our client's limits). URLs are canonicalised with courlan so
the same page listed twice, or with tracking parameters, is one entry.
"""

from __future__ import annotations

import logging
import re
import zlib
from dataclasses import dataclass
from datetime import date
from urllib.parse import urldefrag, urljoin, urlsplit
from xml.etree import ElementTree

log = logging.getLogger(__name__)

_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SITEMAP_MAX_BYTES = 50 * 1024 * 1024  # sitemaps.org: a sitemap is at most 50 MB uncompressed
# Links to things that are not articles (images, archives, media) are not fetched.
_NOT_ARTICLE = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|mp[34]|avi|mov|zip|gz|tar|exe|css|js)(?:$|\?)", re.I
)


class ListingError(Exception):
    """A feed or sitemap that cannot be read at all (reported, never fatal)."""


@dataclass(frozen=True)
class Entry:
    """One article a source points to, with what the listing says about it."""

    url: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD, as the feed or sitemap states it
    authors: tuple[str, ...] = ()


def canonical(url: str, base: str | None = None, *, listed: bool = False) -> str | None:
    """The URL in canonical form, or None when it is not worth fetching.

    courlan lower-cases the host, sorts the query and drops tracking parameters (utm_*,
    fbclid, …) but keeps the ones that select a page (``?id=5``); the fragment never
    changes what is fetched, so it goes too. ``listed`` URLs (from a feed or sitemap, not
    named by the user) are also refused when courlan sees a login or navigation page.
    """
    from courlan import is_navigation_page, is_not_crawlable, normalize_url

    absolute = urljoin(base, url.strip()) if base else url.strip()
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    if _NOT_ARTICLE.search(parts.path):
        return None
    try:
        normal = urldefrag(str(normalize_url(absolute, strict=False))).url
    except ValueError:
        return None
    if listed and (is_not_crawlable(normal) or is_navigation_page(normal)):
        return None
    return normal


def feed_entries(body: bytes, feed_url: str) -> list[Entry]:
    """Entries of an RSS or Atom feed. Raises ListingError when it is not a feed."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": feed_url})
    out: list[Entry] = []
    for item in parsed.entries:
        link = item.get("link") or _first_link(item)
        url = canonical(link, feed_url, listed=True) if link else None
        if url is None:
            continue
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        published = date(*stamp[:3]).isoformat() if stamp else None
        authors = tuple(
            a.get("name", "").strip() for a in item.get("authors", []) if a.get("name", "").strip()
        )
        out.append(Entry(url, (item.get("title") or "").strip() or None, published, authors))
    if parsed.bozo and not out:
        reason = parsed.get("bozo_exception") or "not a feed"
        raise ListingError(f"not a readable RSS/Atom feed ({reason})")
    if parsed.bozo:
        # Feeds in the wild are often slightly broken; keep what parsed, and say so.
        log.info("%s: feed is malformed but readable (%s)", feed_url, parsed.get("bozo_exception"))
    return _unique(out)


def _first_link(item: dict[str, object]) -> str | None:
    links = item.get("links")
    if isinstance(links, list):
        for link in links:
            if isinstance(link, dict) and link.get("href"):
                return str(link["href"])
    return None


def sitemap_entries(body: bytes, sitemap_url: str) -> tuple[list[Entry], list[str]]:
    """(page entries, nested sitemap URLs) of a sitemap or sitemap index (gzipped or not)."""
    if body[:2] == b"\x1f\x8b":
        body = _gunzip(body)
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise ListingError(f"not a readable sitemap ({exc})") from None
    tag = root.tag.removeprefix(_SITEMAP_NS)
    if tag not in ("urlset", "sitemapindex"):
        raise ListingError(f"not a sitemap (root element <{tag}>)")
    pages: list[Entry] = []
    nested: list[str] = []
    for node in root:
        loc = (node.findtext(f"{_SITEMAP_NS}loc") or node.findtext("loc") or "").strip()
        if not loc:
            continue
        if tag == "sitemapindex":
            nested.append(urljoin(sitemap_url, loc))
            continue
        url = canonical(loc, sitemap_url, listed=True)
        if url:
            lastmod = (node.findtext(f"{_SITEMAP_NS}lastmod") or "").strip()
            pages.append(Entry(url, published=lastmod[:10] if _is_day(lastmod[:10]) else None))
    return _unique(pages), nested


def _gunzip(body: bytes) -> bytes:
    """A ``.xml.gz`` sitemap, inflated to at most the protocol's 50 MB (no gzip bombs)."""
    inflate = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        out = inflate.decompress(body, SITEMAP_MAX_BYTES + 1)
    except zlib.error as exc:
        raise ListingError(f"not a readable gzipped sitemap ({exc})") from None
    if len(out) > SITEMAP_MAX_BYTES:
        raise ListingError("gzipped sitemap inflates past the protocol's 50 MB limit")
    return out


def url_lines(text: str) -> tuple[list[Entry], list[str]]:
    """(entries, problems) of a URL file: one URL a line, blank lines and ``#`` comments."""
    entries: list[Entry] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not line:
            continue
        url = canonical(line)
        if url is None:
            problems.append(f"line {number}: not an http(s) page URL: {line[:80]}")
        else:
            entries.append(Entry(url))
    return _unique(entries), problems


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _unique(entries: list[Entry]) -> list[Entry]:
    seen: set[str] = set()
    out = []
    for entry in entries:
        if entry.url not in seen:
            seen.add(entry.url)
            out.append(entry)
    return out
