"""The corpus profile: how many documents each line occurs in.

A line that recurs across many documents of one corpus is page furniture (a menu, a
comment policy, a promo), whatever its words: articles on one topic share facts, but
rarely the same whole line in more than a few pages.

A site's furniture is counted among that site's pages too (``site_of``: its publisher,
else its URL's host). Counted only over the corpus, a promo line on half of one
publisher's pages falls under the share once other publishers' pages make the corpus
large enough, and a weekly rebuild whose new pages come from other sites flips it out of
the furniture in every old page carrying it (their text, and so their extraction,
changes). Over its own site it keeps the share it has.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urlparse

from briefgen.models import Document
from briefgen.structure.factboxes import BOX_HEADING

# Below this many documents recurrence says nothing: a handful of pages on one story
# may well repeat a background line.
MIN_DOCUMENTS = 8
# A line is furniture by recurrence alone when it is in at least this share of the
# documents (and at least ``MIN_RECURRING`` of them) ...
RECURRING_SHARE = 0.04
MIN_RECURRING = 5
# ... and when it is not shaped like a sentence, in this many.
MIN_RECURRING_FRAGMENT = 3


def line_key(line: str) -> str:
    """A line as the profile counts it: whitespace collapsed, case folded."""
    return " ".join(line.split()).casefold()


@dataclass(frozen=True)
class CorpusProfile:
    """Line → number of documents it occurs in, over one corpus."""

    documents: int = 0
    line_df: Mapping[str, int] = field(default_factory=dict)
    # first and last words of the strongly recurring lines: a line is searched for a glued
    # recurring line only when it starts or ends like one
    heads: frozenset[str] = frozenset()
    tails: frozenset[str] = frozenset()
    # box heading in capitals → number of documents with a line opening with it
    box_df: Mapping[str, int] = field(default_factory=dict)
    # words the corpus writes in lower case more often than capitalised inside a
    # sentence: common words, not names ("Given", "Used" opening a bullet are common)
    common: frozenset[str] = frozenset()
    # site → its pages and its lines' document frequencies among them (lines in two or
    # more of its pages), for the sites whose pages say which site they are
    sites: Mapping[str, SiteLines] = field(default_factory=dict)
    # the site of the document being classified (``for_document``), if known
    site: str | None = None

    def for_document(self, document: Document) -> CorpusProfile:
        """The profile as ``document``'s classifier reads it: its own site's counts too."""
        site = site_of(document)
        return self if site == self.site else replace(self, site=site)

    def frequency(self, line: str) -> int:
        return self.line_df.get(line_key(line), 0)

    def recurring(self, line: str, *, sentence_shaped: bool) -> bool:
        """Whether ``line`` recurs often enough in the corpus to be furniture."""
        if self.documents < MIN_DOCUMENTS:
            return False
        key = line_key(line)  # once: the checks below read the same key
        if not sentence_shaped and self.line_df.get(key, 0) >= MIN_RECURRING_FRAGMENT:
            return True
        return self._strong_key(key)

    def recurring_prefix(self, text: str) -> int | None:
        """Where the longest recurring line glued at the start of ``text`` ends, if any."""
        if (
            self.documents < MIN_DOCUMENTS
            or _head(line_key(text[:MAX_GLUED_CHARS])) not in self.heads
        ):
            return None
        found = None
        for m in _BOUNDARY.finditer(text, MIN_GLUED_CHARS, MAX_GLUED_CHARS):
            if self._strong(text[: m.start()]):
                found = m.end()
        return found if found is not None and found < len(text) else None

    def recurring_suffix(self, text: str) -> int | None:
        """Where the longest recurring line glued at the end of ``text`` starts, if any."""
        if (
            self.documents < MIN_DOCUMENTS
            or _tail(line_key(text[-MAX_GLUED_CHARS:])) not in self.tails
        ):
            return None
        stripped = text.rstrip()
        lo = max(0, len(stripped) - MAX_GLUED_CHARS)
        for m in _BOUNDARY.finditer(stripped, lo, max(lo, len(stripped) - MIN_GLUED_CHARS)):
            if m.start() > 0 and self._strong(stripped[m.end() :]):
                return m.end()
        return None

    def recurring_box(self, heading: str) -> bool:
        """Whether a box under ``heading`` opens lines in several documents: a standing
        factbox ("SYMPTOMS - WHAT TO DO"), not a section of one article."""
        if self.documents < MIN_DOCUMENTS:
            return False
        return self.box_df.get(line_key(heading), 0) >= MIN_RECURRING_FRAGMENT

    def _strong(self, line: str) -> bool:
        return self._strong_key(line_key(line))

    def _strong_key(self, key: str) -> bool:
        """Whether the line whose ``line_key`` is ``key`` recurs strongly in the corpus, or
        in enough of this document's own site's pages to be furniture whatever its shape
        (a site read alone is read as a corpus of its own)."""
        if self.line_df.get(key, 0) >= strong_frequency(self.documents):
            return True
        own = self.sites.get(self.site) if self.site is not None else None
        return own is not None and own.lines.get(key, 0) >= strong_frequency(own.documents)


@dataclass(frozen=True)
class SiteLines:
    """One site's pages: how many, and each line's document frequency among them."""

    documents: int
    lines: Mapping[str, int]


def site_of(document: Document) -> str | None:
    """The site a page was published on: its publisher, else its URL's host; ``None``
    when the page does not say (then only the whole corpus's counts apply)."""
    if document.publisher and document.publisher.strip():
        return " ".join(document.publisher.split()).casefold()
    host = urlparse(document.url).hostname if document.url else None
    return host.removeprefix("www.") if host else None


def strong_frequency(documents: int) -> int:
    """Documents a line must recur in to be furniture whatever its shape."""
    return max(MIN_RECURRING, math.ceil(RECURRING_SHARE * documents))


def _gluable_strong(line_df: Mapping[str, int], documents: int) -> set[str]:
    """The lines of ``line_df`` recurring in enough of ``documents`` to be furniture
    whatever their shape, and long enough to be found glued to a page's text."""
    at_least = strong_frequency(documents)
    return {k for k, v in line_df.items() if v >= at_least and len(k) >= MIN_GLUED_CHARS}


def _head(key: str) -> str:
    return " ".join(key.split()[:GLUE_KEY_WORDS])


def _tail(key: str) -> str:
    return " ".join(key.split()[-GLUE_KEY_WORDS:])


_BOUNDARY = re.compile(r"\s+")
# A word in lower case, and a capitalised word inside a sentence (after a lower-case word
# or a comma): how often the corpus writes each word either way.
_LOWER = re.compile(r"(?<![\w'’@#/.-])[a-z]{2,}(?![\w'’-])")
_NAMED = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?![\w'’-])")
MIN_COMMON = 3
# A recurring line glued to other text is looked for only within these lengths.
MIN_GLUED_CHARS = 30
MAX_GLUED_CHARS = 400
GLUE_KEY_WORDS = 3


@dataclass(frozen=True)
class PageLines:
    """What the profile counts of one text, found by scanning it alone: a cache entry
    (``profile_lines``, under the text). Each list is kept as one string, its items parted
    by spaces (the words: letters alone) or line breaks (the lines' keys: no key holds
    one), which the cache reads back far faster than as many strings; the words keep
    their repeats, the lines' keys do not (each line is counted once a document)."""

    lower: str  # the words written in lower case
    named: str  # the capitalised words inside a sentence, lower-cased
    lines: str  # the keys of its lines of more than two characters
    boxes: str  # the keys of the box headings its lines open with

    @staticmethod
    def of(text: str) -> PageLines:
        lines = text.splitlines()
        keys = {line_key(line) for line in lines if len(line.strip()) > 2}
        boxes = {line_key(m.group()) for line in lines if (m := BOX_HEADING.match(line))}
        return PageLines(
            lower=" ".join(_LOWER.findall(text)),
            named=" ".join(w.lower() for w in _NAMED.findall(text)),
            lines="\n".join(sorted(keys)),
            boxes="\n".join(sorted(boxes)),
        )

    def line_keys(self) -> set[str]:
        return set(self.lines.split("\n")) if self.lines else set()

    def box_keys(self) -> set[str]:
        return set(self.boxes.split("\n")) if self.boxes else set()


def build_profile(
    documents: Iterable[Document], pages: Mapping[str, PageLines] | None = None
) -> CorpusProfile:
    """One cheap pass over every document's lines (each line counted once per document);
    each text's scan read from ``pages`` (text -> its scan) where given."""
    counts: Counter[str] = Counter()
    by_site: dict[str, Counter[str]] = {}
    site_pages: Counter[str] = Counter()
    boxes: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    named: Counter[str] = Counter()
    n = 0
    for doc in documents:
        n += 1
        page = pages.get(doc.text) if pages is not None else None
        page = page or PageLines.of(doc.text)
        lower.update(page.lower.split())
        named.update(page.named.split())
        keys = page.line_keys()
        counts.update(keys)
        if (site := site_of(doc)) is not None:
            site_pages[site] += 1
            by_site.setdefault(site, Counter()).update(keys)
        boxes.update(page.box_keys())
    line_df = {k: v for k, v in counts.items() if v > 1}
    sites = {
        site: SiteLines(site_pages[site], {k: v for k, v in lines.items() if v > 1})
        for site, lines in sorted(by_site.items())
    }
    strong = _gluable_strong(line_df, n)
    for own in sites.values():
        strong |= _gluable_strong(own.lines, own.documents)
    return CorpusProfile(
        documents=n,
        line_df=line_df,
        heads=frozenset(_head(k) for k in strong),
        tails=frozenset(_tail(k) for k in strong),
        box_df={k: v for k, v in boxes.items() if v > 1},
        common=frozenset(w for w, c in lower.items() if c >= MIN_COMMON and c > named[w]),
        sites=sites,
    )
