"""Whether a document is on the topic of ``--query``.

Each query term is a word or a phrase (all its words, in order, case-insensitive); the
terms are alternatives (``--query clinton,trump``: either name). A document is on topic
when a term is in its title or headline, or in the opening of its body, or when its body
names the terms often for its length: at least ``MIN_BODY_MENTIONS`` times, and once per
``WORDS_PER_MENTION`` words. Terms written side by side are one mention ("Michael
Jackson" for ``--query michael,jackson``). Captions, furniture and comments do not count:
a page that names the topic once in a sidebar or a "related stories" link is not about
it, nor is a long programme schedule or message board that names it in a few of its
entries. A programme schedule (many time slots: "6.00-7.00 pm") is read only when its
title or headline names the query: its opening is one programme among many.

A query word matches its inflected forms ("embassy" matches "embassies", "bombing"
"bombings"): a search for a topic means the thing, whatever its number. A body mention
that is only part of a longer name ("Trump National Doral", "Clinton Foundation") names
a building, a firm or a place, not the topic: it does not count towards the body's
mentions (a title or headline naming the query still makes the page on topic). A term's
words may be joined by a hyphen ("swine-flu outbreak").

The mentions are counted once, here, on the page's whole text, and each is placed by the
block it falls in: the body's decide, and the note of a page not read names the others
(readers' comments, captions, …), so that its numbers add up to what a reader of the page
counts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefgen.models import Document
from briefgen.structure.model import EXTRACTED, block_at, extraction_view
from briefgen.structure.surnames import query_surnames, surname_alternatives
from briefgen.when import MONTH_ABBRS, WEEKDAY_ABBRS

MIN_BODY_MENTIONS = 2
# An article about the topic names it every few sentences; a page naming it less than
# once in this many words of prose mentions it in passing.
WORDS_PER_MENTION = 500
# The opening of the body (the lede and a little more): a topic named there is the
# article's subject, however long the rest.
OPENING_WORDS = 60

_WORD = re.compile(r"\w+(?:['’]\w+)*")
# A programme's time slot in a schedule: "6.00-7 .00 pm", "12.00noon-6.00", "9.30pm-1.00".
_SLOT = re.compile(
    r"(?<![\d.])\d{1,2}(?:\s?[.:]\s?\d\d)?\s?(?:[ap]\.?m\.?|noon|midnight)?\s?[-–]\s?"
    r"\d{1,2}\s?[.:]\s?\d\d(?!\d)"
)
# A page with this many time slots is a schedule (a news page gives one or two times).
MIN_SCHEDULE_SLOTS = 5


@dataclass(frozen=True)
class Mentions:
    """How a document's body names the query."""

    count: int
    words: int
    in_opening: bool
    slots: int = 0  # programme time slots: a schedule has many
    in_names: int = 0  # mentions inside longer names ("Trump Plaza"), not counted
    # mentions outside the body, not counted, by where they are ("in readers' comments")
    elsewhere: tuple[tuple[str, int], ...] = ()


def query_pattern(query: Sequence[str], texts: Iterable[str] = ()) -> re.Pattern[str] | None:
    """Any of the query's terms (each word in its inflected forms), and, for a term naming
    a person, its surname alone where the corpus's ``texts`` make it that person's
    (:mod:`briefgen.structure.surnames`)."""
    terms = [" ".join(t.split()) for t in query if t.strip()]
    if not terms:
        return None
    # a term's words apart or hyphenated ("swine flu", "swine-flu outbreak")
    alternatives = [r"(?:\s+|-)".join(inflected(w) for w in t.split()) for t in terms]
    alternatives += surname_alternatives(query_surnames(terms, texts))
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def inflected(word: str) -> str:
    """A regular expression for ``word`` and its plural, the English way: "embassy" and
    "embassies", "bombing" and "bombings", "church" and "churches". (A possessive needs
    nothing: the apostrophe ends the word.)"""
    w = re.escape(word)
    if not word.isalpha() or len(word) < 3:
        return w  # "h1n1", "us": codes and short words are written one way
    if word[-1].lower() == "y" and word[-2].lower() not in "aeiou":
        return re.escape(word[:-1]) + r"(?:y|ies)"
    if word.lower().endswith(("s", "x", "z", "ch", "sh")):
        return w + r"(?:es)?"
    return w + r"s?"


def on_topic(document: Document, pattern: re.Pattern[str]) -> bool:
    """The query is in the title or headline, opens the body, or runs through it."""
    if _in_title(document, pattern):
        return True
    m = body_mentions(document, pattern)
    if m.slots >= MIN_SCHEDULE_SLOTS:
        return False
    return m.in_opening or (m.count >= MIN_BODY_MENTIONS and m.count * WORDS_PER_MENTION >= m.words)


def _in_title(document: Document, pattern: re.Pattern[str]) -> bool:
    if pattern.search(document.title):
        return True
    text = document.text
    return any(
        b.kind == "headline" and pattern.search(text, b.start, b.end) for b in document.blocks
    )


def body_mentions(document: Document, pattern: re.Pattern[str]) -> Mentions:
    """How often the body (captions and sidebars apart) names the query, in how many
    words, and whether in its opening words; and how often the rest of the page does."""
    body = extraction_view(document.text, document.blocks)
    words = list(_WORD.finditer(body))
    opening_end = words[OPENING_WORDS - 1].end() if len(words) >= OPENING_WORDS else len(body)
    found: list[int] = []
    in_names = 0
    elsewhere: Counter[str] = Counter()
    # the page's whole text: a mention in a caption is not joined to the body's around it
    for start, end in _runs(document.text, pattern):
        where = _place(document, start)
        if where is not None:
            elsewhere[where] += 1
        elif _in_name(document.text, end):
            in_names += 1
        else:
            found.append(start)
    return Mentions(
        count=len(found),
        words=len(words),
        in_opening=any(start < opening_end for start in found),
        slots=len(_SLOT.findall(document.text)),  # a live page's times may be blanked
        in_names=in_names,
        elsewhere=tuple(sorted(elsewhere.items(), key=lambda p: _PLACES.index(p[0]))),
    )


# Where on the page a mention outside the body is, as a note names it, in that order.
_PLACE_OF: dict[str, str] = {
    "comment": "in readers' comments",
    "caption": "in captions",
    "other_story": "in the page's other stories",
    "standfirst": "in its standfirst",
}
_FURNITURE = "in the page's furniture"  # links, bylines, headings, stamps
_PLACES = (*_PLACE_OF.values(), _FURNITURE)


def _place(document: Document, offset: int) -> str | None:
    """Where a mention starting at ``offset`` is, when not in the read prose (None)."""
    if not document.blocks:
        return None
    block = block_at(document.blocks, offset)
    if block is None:
        return None  # between blocks: read with the body around it
    if block.kind == "transcript" and block.label:
        label_end = document.text.find(":", block.start, block.end)
        return _FURNITURE if offset < label_end else None  # a speaker's label is not read
    return None if block.kind in EXTRACTED else _PLACE_OF.get(block.kind, _FURNITURE)


def _runs(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where each mention starts and ends: query terms with only spaces between are one
    mention ("H1N1 swine flu")."""
    runs: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if runs and not text[runs[-1][1] : m.start()].strip():
            runs[-1] = (runs[-1][0], m.end())
        else:
            runs.append((m.start(), m.end()))
    return runs


# A capitalised word after a name that goes on the name ("Trump Tower", "Clinton
# Foundation"); a weekday or month after a name is the date of what it did ("Clinton
# Tuesday said"), and "Jr"/"Sr" makes another person's name, the kin of the topic's.
_NAME_GOES_ON = re.compile(rf"[ \t]+(?!(?:{WEEKDAY_ABBRS}|{MONTH_ABBRS})[a-z]*\b)[A-Z][a-z]")


def _in_name(text: str, end: int) -> bool:
    """Whether the mention ending at ``end`` goes on as a longer name."""
    return _NAME_GOES_ON.match(text, end) is not None


def off_topic_note(document: Document, pattern: re.Pattern[str]) -> str:
    """Why a document was not read, as the data notes say it: every mention on the page
    accounted for, in the body or where else it is."""
    m = body_mentions(document, pattern)
    besides = [(m.in_names, "inside longer names"), *((n, w) for w, n in m.elsewhere)]
    named = ", ".join(f"{n} {where}" for n, where in besides if n)
    if m.slots >= MIN_SCHEDULE_SLOTS:
        also = f"; besides {named}" if named else ""
        return (
            f"off-topic: a programme schedule ({m.slots} time slots) whose title and headline "
            f"do not name the query (its body names it {_times(m.count)} in {m.words} "
            f"words{also}); not read"
        )
    besides_them = f"besides {named}; " if named else ""
    return (
        f"off-topic: the query is not in its title, headline or opening, and its body of "
        f"{m.words} words names it {_times(m.count)} ({besides_them}on topic from "
        f"{MIN_BODY_MENTIONS} times, and once per {WORDS_PER_MENTION} words); not read"
    )


def _times(n: int) -> str:
    return "not once" if n == 0 else "once" if n == 1 else f"{n} times"
