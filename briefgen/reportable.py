"""The sentences of one document the summary may quote, kept with its extraction.

Whether a sentence reads alone (``shown.read_alone``), reports news and carries a figure
depends on its document's extraction alone; what the corpus adds (event support, plans
the later sources overtook, the tf-idf score) is weighed in ``summarize``. Reading every
sentence alone is most of the summary's cost, so a rebuild reads only the new documents:
the rest come from the build's cache (the ``reportable`` table beside the extractions),
keyed by the extraction's own cache key, which already names the document, the code and
the model. A corrupt or foreign entry is ignored and the document read again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from briefgen.connectives import continues
from briefgen.extract.cache import BesideCache, ReadAhead
from briefgen.extract.sharing import evidence_sentences, holding
from briefgen.figures import (
    has_figure,
    of_history,
    of_past_years,
    of_the_past,
    superseded,
    without_dates,
)
from briefgen.models import Extraction
from briefgen.newsworthy import announces, tells_news
from briefgen.shown import read_alone
from briefgen.standalone import inside_quotation

__all__ = ["Reportable", "reportable", "reportable_ahead", "reportable_sentences"]

_PROMO = re.compile(r"^\W*(?:here\s+(?:is|are)|click|watch|read|see|listen|sign\s+up)\b", re.I)
_BAD_START = re.compile(
    r"^\s*(?:\[\d+\]|\d+[.)]\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]|by\s|photo|source|related|read more)", re.I
)

# A headline run into its lede: a preposition, article or pronoun capitalised straight
# after a word ("First death of swine flu patient in UK For the first time in Britain, ..."),
# which English prose writes capitalised only where a sentence starts ("A", "It" and "This"
# also name things: "the influenza A virus", "his This Is It concerts"). Captions run
# together fuse so too, before a number ("… on show in London The 7.03 carat diamond …").
_FUSED = re.compile(
    r"(?<=[A-Za-z0-9])\s+(?:The|An|For|In|On|At|After|As|When|With|From|By)\s+[a-z\d]"
)


# Records of slots: every document's entries are read from the cache and held through the
# summary, where a build's memory peaks (a dict of its own cost a record ~250 bytes more).
@dataclass(frozen=True, slots=True)
class Reportable:
    """A sentence that reads alone and reports news, as the summary would show it."""

    n: int  # its place among the document's sentences: early sentences carry the news
    start: int  # the sentence's span in the document, surrounding space left out
    end: int
    sentence: str  # the source sentence
    text: str  # as shown (``read_alone``)
    figure: bool  # a figure that is no date, and not one a later figure superseded
    announces: bool  # told as still to come
    # its only figure says what a named thing is ("among Marlow's 9 million residents"):
    # no key figure, but it keeps the rank it would have had (``key_figures``)
    described: bool = False


@dataclass(frozen=True, slots=True)
class Reportables:
    """One document's reportable sentences: a cache entry."""

    sentences: tuple[Reportable, ...]


def reportable(ext: Extraction) -> tuple[Reportable, ...]:
    """The sentences of ``ext``'s document a summary may quote, in order."""
    doc = ext.document
    out: list[Reportable] = []
    for n, (start, end) in enumerate(ext.sentences):
        span = doc.text[start:end]
        sentence = span.strip()
        offset = start + (len(span) - len(span.lstrip()))
        stop = offset + len(sentence)
        if inside_quotation(doc.text, offset):
            continue  # the speaker's words, introduced in a sentence before
        text = read_alone(sentence, offset, ext)
        if text is None or not is_reporting(text) or not tells_news(text):
            continue
        blank = without_dates(doc.text, offset, stop, ext)
        figure = (
            has_figure(blank)
            and not superseded(text)
            and not of_the_past(offset, stop, ext)
            and not of_past_years(offset, stop, ext)
            # a count of people of years back is history recalled (``figures.of_history``)
            and (has_figure(blank, people=False) or not of_history(offset, stop, ext))
        )
        described = not figure and _described_only(ext, offset, stop, text)
        out.append(Reportable(n, offset, stop, sentence, text, figure, announces(text), described))
    return tuple(out)


def _described_only(ext: Extraction, start: int, end: int, text: str) -> bool:
    """Whether the sentence ``[start, end)`` would give a figure but for its numbers that
    say what a named thing is (``Extraction.described``)."""
    if not any(start <= a < end for a, _ in ext.described):
        return False
    bare = replace(ext, described=())
    return (
        has_figure(without_dates(ext.document.text, start, end, bare))
        and not superseded(text)
        and not of_the_past(start, end, ext)
    )


def is_reporting(text: str) -> bool:
    """A full sentence worth quoting: not a note, caption, heading or fragment."""
    words = text.split()
    if not 10 <= len(words) <= 60 or _BAD_START.match(text) or _PROMO.match(text):
        return False
    if text.endswith("?") or "http" in text or "(Source:" in text:
        return False
    # a sentence opening on a contrast or a continuation (``shown.continues``: "But the
    # virus is not like seasonal flu.") answers the one before: alone it replies to nothing
    if continues(text) or _FUSED.search(text):
        return False
    return text[-1] in ".!\"'”’)" and any(c.islower() for c in text)


def reportable_sentences(
    extractions: Sequence[Extraction],
    *,
    cache: Path | None = None,
    keys: Mapping[str, str] | None = None,
) -> dict[str, tuple[Reportable, ...]]:
    """Document id → its reportable sentences; with the build's ``cache`` and the
    extraction cache's ``keys`` (document id → key), read from the cache when stored."""
    keys = keys or {}
    if cache is None or not keys:
        return {x.document.id: reportable(x) for x in extractions}
    with BesideCache(cache, table="reportable", kind=Reportables) as stored:
        entries = stored.each(extractions, keys, lambda x: Reportables(reportable(x)))
        # (each sentence the one string its extraction's evidence holds: all are kept
        # through the summary, the build's peak)
        out = {}
        for x, e in zip(extractions, entries, strict=True):
            held = evidence_sentences(x)
            out[x.document.id] = tuple(holding(r, held) for r in e.sentences)
        stored.drop_stale()
    return out


def reportable_ahead(cache: Path) -> ReadAhead[Reportables]:
    """``with reportable_ahead(cache) as ahead``: ``ahead.read_ahead(extraction, key)``
    reads an extraction's sentences (``reportable``) and stores them in the build's
    ``cache`` under its extraction's whole key, where ``reportable_sentences`` reads them
    back.

    A cold build's documents are read so as they arrive from the workers, while the workers
    still extract the ones after them: on the seeds, the first worker's documents are read
    while the other core finishes the last, where a core would be idle, instead of all of
    them after the extract stage, where this process works alone (Part BD of
    docs/scale.md)."""
    return ReadAhead(cache, table="reportable", kind=Reportables, read=_reportables)


def _reportables(extraction: Extraction) -> Reportables:
    return Reportables(reportable(extraction))
