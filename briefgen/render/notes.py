"""Appendix C's data notes: one line a problem, not one line a page.

A corpus-wide problem of the input (a scraper that dropped accented letters, an export
that misread UTF-8) gives every page it touched the same note with its own count; listed
a page a line, a dozen of them read as a log, and the other problems drown. Notes of one
kind — the same words once their one count is taken out — are shown as one note with the
counts summed, naming every page and its own count, so each page stays findable. A note
on a page that was not read (off-topic, a copy) gives that page's own reason, and notes
that differ in more than one count state their own facts: they stay a line a page. The
JSON keeps every note on its page.

Two notes tell the reader how to read a page, not a fault of its text: a page that appears
to be on another subject than the story (``other_stories``: a radio listing, a forum page,
the desk's other copy, matched on a passing name), and a page many times the corpus's
median length (``sieve.long_pages``: a listing, a digest, a thread of posts). Said a page
a line, a week of listings reads as many problems; each kind is one note naming its pages by
number and short title (at most ``LISTED``, the rest counted), and what the brief does with
them said once. A long page that is also on another subject is named, with its length, in
the other-subjects note alone.
"""

from __future__ import annotations

import re
from collections import defaultdict

from briefgen.models import Brief
from briefgen.other_stories import OTHER_SUBJECT_NOTE
from briefgen.render.citing import Citer, trim
from briefgen.render.views import NotePage, NoteView, SourceView
from briefgen.structure.sieve import LONG_PAGE_NOTE, long_page_times

__all__ = ["note_views"]

# A count and the word it counts: "2 words", "1 place"; not a year ("November 2012
# contradicts") nor the end of a date ("2021-07 from").
_COUNT = re.compile(r"(?<![\w\-./:])(\d{1,3}) ([a-z]+)\b")
# A note on many pages names this many (the rest counted, "and 9 more"): enough to see
# what they are, the surest first; the JSON files each note under its page.
LISTED = 5
# ... but a long page is named with its length (its own fact, once a note of its own) up to
# this many.
LONG_LISTED = 10
# A listed page's title is cut to this many characters: a title names the page, the
# number finds it in the sources.
SHORT_TITLE = 48


def note_views(brief: Brief, cite: Citer, sources: list[SourceView]) -> list[NoteView]:
    """The data notes as Appendix C shows them, in the order of their first page, notes
    of one kind on two or more pages shown as one."""
    titles = {s.doc.id: s.title for s in sources}
    pairs = [(n.doc, n.message) for n in brief.notes]
    pairs += [(d.id, w) for d in brief.documents for w in d.warnings]
    pairs = list(dict.fromkeys(pairs))
    unread = {(n.doc, n.message) for n in brief.notes if n.dropped}
    others = [doc for doc, m in pairs if m == OTHER_SUBJECT_NOTE and (doc, m) not in unread]
    longs = {
        doc: times
        for doc, m in pairs
        if (doc, m) not in unread and (times := long_page_times(m)) is not None
    }
    pairs = [(d, m) for d, m in pairs if m != OTHER_SUBJECT_NOTE and long_page_times(m) is None]
    kinds: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc, message in pairs:
        if (doc, message) not in unread:
            kinds[_kind(message)].append((doc, message))
    notes = []
    shown: set[str] = set()
    for doc, message in pairs:
        kind = _kind(message)
        group = kinds[kind]
        if (doc, message) in unread or len({d for d, _ in group}) < 2 or _varying(group) is None:
            notes.append(NoteView(cite.numbers.get(doc), _label(doc, titles), message))
        elif kind not in shown:
            shown.add(kind)
            notes.append(_grouped(group, cite, titles))
    return notes + _reading_notes(others, longs, cite, titles)


def _reading_notes(
    others: list[str], longs: dict[str, str], cite: Citer, titles: dict[str, str]
) -> list[NoteView]:
    """The note on the pages on other subjects (``others``), naming the long ones among
    them with their length, then the note on the other long pages (``longs``: each
    page's times the median length)."""
    notes = []
    if others:
        n = len(others)
        listed, more = _listed(others, longs, cite, titles)
        closing = (
            "The brief shows its sentences only where they speak of the story"
            if n == 1
            else "The brief shows their sentences only where they speak of the story"
        )
        if any(doc in longs for doc in others):
            closing += (
                "; a long page likely holds several posts or articles, and its relative dates "
                '("today", "yesterday") may not be the page\'s: the timeline and the profiles '
                "leave out what only such a date dates"
            )
        message = (
            "1 page appears to be on another subject than the story (its headline and opening "
            "do not tell it, its text seldom does)"
            if n == 1
            else f"{n} pages appear to be on other subjects than the story (their headlines "
            "and openings do not tell it, their text seldom does)"
        )
        notes.append(NoteView(None, "", message, listed, True, more, closing + "."))
    alone = {doc: times for doc, times in longs.items() if doc not in others}
    if len(alone) == 1:
        ((doc, times),) = alone.items()
        message = LONG_PAGE_NOTE.format(times=times)
        notes.append(NoteView(cite.numbers.get(doc), _label(doc, titles), message))
    elif alone:
        listed, more = _listed(list(alone), alone, cite, titles, unit="times")
        message = (
            f"{len(alone)} pages many times the corpus's median length, likely several posts "
            "or articles on one page"
        )
        closing = (
            'Their relative dates ("today", "yesterday") may not be the page\'s; the timeline '
            "and the profiles leave out what only such a date dates."
        )
        notes.append(NoteView(None, "", message, listed, True, more, closing))
    return notes


def _listed(
    docs: list[str],
    longs: dict[str, str],
    cite: Citer,
    titles: dict[str, str],
    unit: str = "times the median length",
) -> tuple[tuple[NotePage, ...], int]:
    """Some of ``docs`` by number and short title, shown in their sources' order, and how
    many are left out: the long ones (up to ``LONG_LISTED``, each told by its length: "37
    times the median length"), then others in the order of ``docs`` (its notes' order: the
    surest first) up to ``LISTED`` in all."""

    def number(doc: str) -> int:
        return cite.numbers.get(doc) or len(cite.numbers) + 1

    long = [d for d in docs if d in longs][:LONG_LISTED]
    chosen = long + [d for d in docs if d not in longs][: max(LISTED - len(long), 0)]
    pages = tuple(
        NotePage(
            cite.numbers.get(doc),
            _short(titles.get(doc) or doc),
            f"{longs[doc]} {unit}" if doc in longs else "",
        )
        for doc in sorted(chosen, key=number)
    )
    return pages, len(docs) - len(chosen)


def _label(doc: str, titles: dict[str, str]) -> str:
    # "Title: message", not "Title.: message"
    return trim(titles[doc], 70).rstrip(" .;:,") if doc in titles else doc


def _kind(message: str) -> str:
    """``message`` with its counts taken out ("restored in # word"): one kind of note."""
    return _COUNT.sub(lambda m: f"# {m[2].removesuffix('s')}", message)


def _varying(group: list[tuple[str, str]]) -> int | None:
    """Which count (by position) the notes of ``group`` sum: the one that differs between
    them, or their only count, when it counts places in the page ("in 2 places"); -1 when
    they have none; None otherwise (each is then the page's own fact)."""
    found = [list(_COUNT.finditer(message)) for _, message in group]
    counts = [[m[1] for m in f] for f in found]
    differ = [i for i in range(len(counts[0])) if len({c[i] for c in counts}) > 1]
    if len(differ) > 1 or (not differ and len(counts[0]) > 1):
        return None
    if not counts[0]:
        return -1
    at = differ[0] if differ else 0
    # only a count of places in the page adds up ("repaired in 2 places"): a ratio ("a
    # page 10 times the corpus's median length") summed over pages means nothing
    message = group[0][1]
    return at if message[: found[0][at].start()].endswith("in ") else None


def _grouped(group: list[tuple[str, str]], cite: Citer, titles: dict[str, str]) -> NoteView:
    """One note for ``group``: its count summed over the pages, each page with its own."""
    at = _varying(group)
    assert at is not None
    pages = []
    total = 0
    for doc, message in group:
        counts = list(_COUNT.finditer(message))
        detail = counts[at][0] if at >= 0 else ""
        total += int(counts[at][1]) if at >= 0 else 0
        number = cite.numbers.get(doc)
        pages.append(NotePage(number, _label(doc, titles), detail))
    message = group[0][1]
    if at >= 0:
        first = list(_COUNT.finditer(message))[at]
        unit = first[2].removesuffix("s")
        plural = (
            unit
            if total == 1
            else next(
                (m[2] for _, t in group for m in [list(_COUNT.finditer(t))[at]] if m[2] != unit),
                unit + "s",
            )
        )
        message = f"{message[: first.start()]}{total} {plural}{message[first.end() :]}"
    return NoteView(None, "", message, tuple(pages))


def _short(title: str) -> str:
    """``title`` cut to ``SHORT_TITLE``: "Black Girls Rock!", not "Black Girls Rock! …"."""
    cut = trim(title, SHORT_TITLE)
    if cut.endswith(" …") and cut[-3:-2] in "!?.":
        cut = cut[:-2]
    return cut.rstrip(" .;:,")
