"""Metadata stated in a plain-text or Markdown article: title, date, authors, URL.

Only the header (the lines up to the first paragraph of prose) is searched for a
title, a date and a byline; the page's URL may stand anywhere on a line of its own
("Original url: <…>"), not inside a sentence or an embedded post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlparse

from briefgen.models import DateSource

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(
        _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I
    ),
    re.compile(
        r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I
    ),
    re.compile(_MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
]
_URL = re.compile(r"https?://[^\s<>()\"'\]]+")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]\d)[/-]([0-3]\d)(?:/|-|\b)")
_LABEL = re.compile(
    r"^\s*(title|date|published|author|authors|by|url|source|publisher)\s*:\s*(.+)$", re.I
)
_BYLINE = re.compile(r"^\s*by\s+(.+)$", re.I)
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_LEAD = re.compile(r"^\s*(?:#{1,6}\s+|>\s*)+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
_FOOTNOTE_MARK = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079*†‡]+$")
HEADER_LINES = 15
LONG_PARAGRAPH = 300
PROSE_WORDS = 20


@dataclass(frozen=True)
class Header:
    title: str | None = None
    date: str | None = None
    date_as_written: str | None = None
    date_source: DateSource = "none"
    authors: tuple[str, ...] = ()
    url: str | None = None
    publisher: str | None = None


def plain(line: str) -> str:
    """A line without Markdown links, emphasis or heading marks, whitespace collapsed."""
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_LEAD.sub("", line)
    line = _MD_EMPHASIS.sub(r"\2", line)
    return " ".join(line.replace("\u00a0", " ").split())


def find_date(text: str) -> tuple[str, str] | None:
    """The first date in ``text`` as (TIMEX value, the string as written)."""
    best: tuple[int, str, str] | None = None
    for pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if not m or (best and m.start() >= best[0]):
            continue
        groups = m.groupdict()
        month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower()]
        value = f"{groups['year']}-{month:02d}"
        if groups.get("day"):
            day = int(groups["day"])
            if not 1 <= day <= 31:
                continue
            value += f"-{day:02d}"
        best = (m.start(), value, m.group(0))
    return (best[1], best[2]) if best else None


def parse_header(text: str) -> Header:
    """Read title, date, authors and URL from the top of an article."""
    lines = _header_lines(text)
    title = date = written = url = None
    authors: tuple[str, ...] = ()
    for raw in lines:
        line = plain(raw)
        label = _LABEL.match(line)
        if label:
            key, value = label.group(1).lower(), label.group(2).strip()
            if key == "title":
                title = title or value
            elif key in ("date", "published") and not date:
                found = find_date(value)
                if found:
                    date, written = found
            elif key in ("author", "authors", "by"):
                authors = authors or _split_authors(value)
            elif key in ("url", "source") and _URL.search(value):
                url = url or _URL.search(value).group(0)  # type: ignore[union-attr]
            continue
        byline = _BYLINE.match(line)
        if byline and not authors and len(line.split()) <= 12:
            authors = _split_authors(byline.group(1))
            continue
        found = find_date(line)
        if found and not date and _starts_with_date(line, found[1]):
            date, written = found
            continue
        if title is None and _looks_like_title(line):
            title = line
        elif title is not None and not authors and _looks_like_name(line):
            authors = (_FOOTNOTE_MARK.sub("", line),)
    url = url or _first_url(text)
    source: DateSource = "stated" if date else "none"
    if not date and url:
        m = _URL_DATE.search(urlparse(url).path)
        if m:
            date, source = f"{m.group(1)}-{m.group(2)}-{m.group(3)}", "url"
    host = urlparse(url).hostname if url else None
    publisher = host.removeprefix("www.") if host else None
    return Header(title, date, written, source, authors, url, publisher)


def _header_lines(text: str) -> list[str]:
    out: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if len(line) > LONG_PARAGRAPH or len(out) >= HEADER_LINES:
            break
        out.append(line)
        if _prose(line):
            # the body has begun (its first paragraph may still open with a dateline): a
            # date standing at a line's start further down heads a section of the story
            # ("Oct. 31, 2012 The Obama 'hug.'" in a year-by-year look back), not the page
            break
    return out


def _prose(line: str) -> bool:
    """A paragraph of running text: a sentence of :data:`PROSE_WORDS` words or more ending
    as sentences end. Titles, standfirsts, bylines and datelines are shorter."""
    return len(line.split()) >= PROSE_WORDS and line.rstrip()[-1:] in '.!?"”’)'


def _starts_with_date(line: str, written: str) -> bool:
    # A dateline or a date standing alone, not a date inside a sentence.
    return line.startswith(written) or len(line) <= len(written) + 3


# A file named after its article: "<source>_<date>_<slug of the headline>".
_SLUG_AFTER_DATE = re.compile(r"(?:19|20)\d\d[-_]?[01]\d[-_]?[0-3]\d[-_ ]+(.+)$")
_ALNUM = re.compile(r"[a-z0-9]+")
MIN_SLUG_CHARS = 12


def named_by_file(line: str, stem: str) -> bool:
    """Whether ``line`` is the headline a file is named after.

    Saved pages are often named by their URL's slug: ``…_2016-09-28_mary-j-blige-sings-
    to-hillary-cl.txt`` for "Mary J. Blige sings to Hillary Clinton in preview clip …".
    The slug may be cut short, and drops numbers and apostrophes, so letters are compared
    without them.
    """
    m = _SLUG_AFTER_DATE.search(stem)
    slug = "".join(
        w for w in _ALNUM.findall((m.group(1) if m else stem).lower()) if not w.isdigit()
    )
    if len(slug) < MIN_SLUG_CHARS:
        return False
    letters = "".join(w for w in _ALNUM.findall(line.lower()) if not w.isdigit())
    return letters.startswith(slug)


def first_line(text: str) -> str:
    """The first line of ``text`` that is not blank, stripped."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _looks_like_title(line: str) -> bool:
    return 4 <= len(line.split()) <= 30 and not line.endswith((".", ":", ";", ","))


def _looks_like_name(line: str) -> bool:
    # A bare author line under the title: "Jane Q. Doe" or "Jane Doe¹".
    words = _FOOTNOTE_MARK.sub("", line).split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.rstrip(".").isalpha() for w in words)


def _split_authors(value: str) -> tuple[str, ...]:
    parts = re.split(r",|\band\b|&", plain(value))
    return tuple(p.strip() for p in parts if p.strip() and len(p.split()) <= 5)


def _first_url(text: str) -> str | None:
    """The first address standing as the page's own: alone on its line (in angle brackets,
    or after a short label, "Original url: <…>"), not one inside a sentence or an embedded
    post's markup (a tweet's shortened link, a video player's "Watch at <a href=…>"), which
    names another page."""
    for line in text.splitlines():
        m = _URL.search(line)
        if m and _OWN_LINE.fullmatch(line[: m.start()] + line[m.end() :]):
            return m.group(0).rstrip(".,;>")
    return None


# What may stand beside a page's own address on its line: brackets and a short label.
_OWN_LINE = re.compile(r"\s*(?:[\w ]{0,30}:)?\s*<?\s*>?[.,;]?\s*")
