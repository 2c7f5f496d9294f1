"""The day a wire story's dateline gives ("WASHINGTON, Dec. 8 (UPI) —"), as its own date.

A site that republishes wire copy dates the page by its own clock (a file name, a feed
field), which can run a day or two from the day the wire filed the story. The story's
relative times ("Tuesday morning", "yesterday") are told from its dateline, so when the
dateline names a day near the stated date, that day is the document's date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from briefgen.models import Block, Document
from briefgen.structure.datelines import DASH, DATELINE_PREFIX, LEDE_DATELINES
from briefgen.structure.stamps import WEEKDAY
from briefgen.when import When

# A dateline names the day the story was filed: within a few days of the page's own date
# (time zones, a late posting, a weekend re-run). A day further off is not the same story's
# day, or its year is misread.
NEAR_DAYS = 7
# The dateline stands before the lede: among the first few blocks of the page (after a
# headline, which a page without markup may give as a body line of its own). The page's
# stamps and bylines, which structure cuts off the line the dateline stands in, are not
# counted.
_OPENING_BLOCKS = 3


def _opening(document: Document) -> list[Block]:
    """The blocks the dateline may stand in: the first few, past the page's furniture and
    bylines."""
    return [b for b in document.blocks if b.kind not in ("furniture", "byline")][:_OPENING_BLOCKS]


def dateline_text(document: Document) -> str | None:
    """The text of the dateline block that opens ``document``'s story, if any."""
    for block in _opening(document):
        if block.kind == "dateline":
            return document.text[block.start : block.end]
    return None


# A dateline's agency ("(Reuters)") and closing dash; what is left is its place, then maybe
# its day after a comma ("WASHINGTON, Dec. 8"), or a time strip after a bar.
_AGENCY = re.compile(r"\([^()]*\)")
_CLOSING = re.compile(rf"\s*{DASH}+\s*$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def dateline_place(document: Document) -> str | None:
    """The place ``document``'s dateline names, as a reader writes it ("BUENA PARK, Calif.
    - " gives "Buena Park, Calif."; "WASHINGTON, Dec. 8 (UPI) —" gives "Washington"), or
    None when its opening has no dateline or the dateline names only a day. The dateline
    may be a block of its own or glued before the lede."""
    line = dateline_text(document)
    if line is None:
        for block in _opening(document):
            text = document.text[block.start : block.end]
            found = (d.match(text) for d in (DATELINE_PREFIX, *LEDE_DATELINES))
            glued = next((m for m in found if m), None)
            if block.kind == "body" and glued:
                line = glued.group(0)
                break
    if line is None:
        return None
    agency = _AGENCY.search(line) is not None
    place = _CLOSING.sub("", _AGENCY.sub(" ", line.split("|")[0])).strip()
    # the day after the place ("WASHINGTON, Dec. 8", "LIMA, Tuesday"): a part with a digit
    # or a weekday
    parts = [p.strip() for p in place.split(",")]
    kept = [p for p in parts if p and not re.search(r"\d", p) and not _WEEKDAY.match(p)]
    if not kept or not re.match(r"[A-Z]", kept[0]):
        return None
    first = kept[0].split()[0]
    if not (agency or (first.isupper() and len(first.strip(".")) > 1)):
        return None  # a line in capitals is the convention; "Last updated" is no place
    return ", ".join(" ".join(_reader_case(w) for w in p.split()) for p in kept)


# The weekday a dateline may carry after its place ("LIMA, Tuesday", "PARIS, Thur."), spelled
# as the structure stage reads page stamps: one set of calendar atoms.
_WEEKDAY = re.compile(rf"(?i){WEEKDAY}")


def _reader_case(word: str) -> str:
    """A dateline's word in capitals as a reader writes it ("PARK" -> "Park", "WILKES-BARRE"
    -> "Wilkes-Barre"); initials ("D.C.") and words already in mixed case stay."""
    if _INITIALS.fullmatch(word) or not word.isupper():
        return word
    return "-".join(part.capitalize() for part in word.split("-"))


def dated_by_dateline(document: Document) -> Document:
    """``document`` dated by its dateline's day when that day lies near its stated date.

    Only a day-month dateline is read ("MEXICO CITY, April 24 (Reuters) -"), its year taken
    from the stated date; a document with no stated date, or one whose dateline names no
    day, is returned unchanged.
    """
    from briefgen.extract.timex import tag

    stated = When.of(document.date)
    line = dateline_text(document)
    if stated is None or line is None or document.date_source in ("none", "inferred"):
        return document
    if document.date_evidence == "--ref-date":
        return document  # the user's own date for the corpus
    middle = stated.first + (stated.last - stated.first) / 2
    days = [
        when.day
        for t in tag(line, middle)
        if t.type == "DATE" and (when := When.of(t.value)) is not None and when.day
    ]
    if len(days) != 1:
        return document
    day = days[0]
    near = timedelta(days=NEAR_DAYS)
    if day == stated.day or not stated.first - near <= day <= stated.last + near:
        return document
    note = f"dated {day.isoformat()} by its dateline ({line.strip()}), not {document.date}"
    return replace(
        document,
        date=day.isoformat(),
        date_source="dateline",
        date_as_written=document.date_as_written or document.date,
        date_evidence=line.strip(),
        warnings=(*document.warnings, note),
    )
