"""A dated list: entries that each open with the date they tell, the date as their label.

A timeline factbox or a chronology page sets each entry under its date, a heading of its
own line or run into the entry ("4 January 2011 Preliminary hearings begin."). Scraped,
the label and the entry's first sentence share a line with no punctuation between them,
so the label would be read as part of the sentence and shown with it. The label is cut
off as a block of its own (``furniture``, its ``time`` the label as written): the entry
is the sentence after it, and the extractors date the entry by the label
(``date_labels``): the date the page files it under is the strongest anchor there is.

A page is a dated list only when several of its body lines open this way; a single line
opening on a date ("2006 was a hard year") is prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from briefgen.models import Block
from briefgen.when import MONTH_DOTTED_ABBRS, MONTH_NAMES

_MONTH = rf"(?:{MONTH_NAMES}|{MONTH_DOTTED_ABBRS})\.?"
_YEAR = r"(?:1[5-9]|20)\d\d"
# The label: a full date either way round, a month and year, or a year alone; a day and
# month without the year are a label too (a list within one year).
_LABEL = re.compile(
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+{_YEAR})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*|\s+){_YEAR}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|{_MONTH},?\s+{_YEAR}"
    rf"|{_YEAR})"
)
# A label opens its line and the entry's first word follows it straight away, capitalised
# (or a quotation mark); a dash or colon may sit between. A figure after the label is a
# table's row ("2009 2,000 cases"), not an entry.
_OPENING = re.compile(rf"(?P<label>{_LABEL.pattern})(?:\s*[-–—:]\s*|\s+)(?=[\"“‘'A-Z])")
# The entry after the label is a sentence, not a date run on ("2009 2010", "May 2009 –").
_ENTRY_WORDS = 3
# Several entries make a list.
MIN_ENTRIES = 3


def _labelled(text: str, block: Block) -> re.Match[str] | None:
    """The label opening ``block`` (a body block), if an entry follows it."""
    m = _OPENING.match(text, block.start, block.end)
    if m is None:
        return None
    return m if len(text[m.end() : block.end].split()) >= _ENTRY_WORDS else None


def dated_list(text: str, blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` with each dated-list label cut off the body block it opens, when the
    page holds at least ``MIN_ENTRIES`` such entries; else ``blocks`` as they are."""
    found = {i: m for i, b in enumerate(blocks) if b.kind == "body" and (m := _labelled(text, b))}
    if len(found) < MIN_ENTRIES:
        return list(blocks)
    out: list[Block] = []
    for i, block in enumerate(blocks):
        m = found.get(i)
        if m is None:
            out.append(block)
            continue
        label = m["label"]
        out.append(Block(block.start, block.start + len(label), "furniture", time=label))
        out.append(Block(m.end(), block.end, "body", label=block.label, time=block.time))
    return out


def date_labels(text: str, blocks: Sequence[Block]) -> Iterator[tuple[Block, Block]]:
    """Each dated-list label (``dated_list``) with the entry block that follows it: a
    furniture block that is its own time (an embedded post's block holds the post)."""
    for label, entry in pairwise(blocks):
        if label.kind != "furniture" or label.time is None or entry.kind != "body":
            continue
        if text[label.start : label.end] == label.time and _LABEL.fullmatch(label.time):
            yield label, entry
