"""Settle a document's own date (its DCT) from what ingest found and what the text dates.

Ingest reads a stated date from the header, URL, a field or the file name. This stage checks
that date against the dated events of the text, and infers one when none was stated.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.extract.timex.anchor import tense
from briefgen.extract.told_ahead import told_ahead
from briefgen.models import Document, Timex

_YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_CALENDAR = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_UNDATED = re.compile(r"XXXX-(\d{2})(?:-(\d{2}))?")
_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
CONTRADICTION_DAYS = 366


def _month_key(value: str) -> tuple[int, int, int] | None:
    """(year, month, day) for a calendar value, month/day 0 when absent; seasons -> a month."""
    head = value.split("/")[-1]
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", head)
    if m:
        return int(m[1]), _SEASON_MONTH[m[2]], 0
    m = _CALENDAR.fullmatch(head)
    if not m:
        return None
    return int(m[1]), int(m[2] or 0), int(m[3] or 0)


def _explicit(document: Document, timexes: list[Timex]) -> list[tuple[tuple[int, int, int], Timex]]:
    """Past-tense dates whose year is written in the expression itself."""
    out = []
    for t in timexes:
        if t.type != "DATE" or not t.value[:1].isdigit():
            continue
        key = _month_key(t.value)
        if key is None or str(key[0]) not in t.text:
            continue
        if t.mod in ("ON_OR_BEFORE",) or tense(document.text, t.start, t.end) > 0:
            continue  # a deadline or a forecast, not something that has happened
        out.append((key, t))
    return out


def _undated(
    document: Document, timexes: list[Timex], year: int
) -> list[tuple[tuple[int, int, int], Timex]]:
    """Day-month mentions without a year ("On 17 May"), placed in ``year``."""
    out = []
    for t in timexes:
        m = _UNDATED.fullmatch(t.value.split("/")[-1])
        if t.type != "DATE" or not m or t.mod == "ON_OR_BEFORE":
            continue
        if tense(document.text, t.start, t.end) > 0:
            continue
        out.append(((year, int(m[1]), int(m[2] or 0)), t))
    return out


def _days(key: tuple[int, int, int]) -> int:
    y, m, d = key
    return y * 372 + max(m, 1) * 31 + max(d, 1)


def _fmt(key: tuple[int, int, int]) -> str:
    return f"{key[0]:04d}-{key[1]:02d}" if key[1] else f"{key[0]:04d}"


def _latest(
    document: Document, timexes: list[Timex], corpus_year: int | None = None
) -> tuple[tuple[int, int, int], list[Timex]] | None:
    """The latest past event date of the text, and the expressions that give it."""
    dated = _explicit(document, timexes)
    # undated months belong to the latest year the text dates to the month
    month_years = [k[0] for k, _ in dated if k[1]]
    if month_years:
        dated += _undated(document, timexes, max(month_years))
    elif corpus_year is not None:
        dated += _undated(document, timexes, corpus_year)
    if not dated:
        return None
    best = max(_days(k) for k, _ in dated)
    key = next(k for k, _ in dated if _days(k) == best)
    evidence = [t for k, t in dated if _days(k) == best]
    return key, evidence


def uses_corpus_year(document: Document) -> bool:
    """Whether ``infer_document_date`` can read ``corpus_year`` for this document: not when
    the document states a date that content never replaces (``_authoritative``), as a
    JSONL or feed date; then its extraction is the same whatever the corpus's year."""
    stated = document.date and document.date_source not in ("none", "inferred")
    return not (stated and _authoritative(document))


def _authoritative(document: Document) -> bool:
    """A date the document states about itself outside its text (a feed or JSONL field,
    HTML metadata, a dated file or folder name, --ref-date) is never replaced by content
    dates. Only a date written in a plain-text header can be a typo the body corrects."""
    if document.date_source != "stated":
        return True
    return document.format not in ("txt", "md") or document.date_evidence == "--ref-date"


def infer_document_date(
    document: Document, timexes: list[Timex], *, corpus_year: int | None = None
) -> Document:
    """Return ``document`` with its date checked against, or inferred from, its content.

    A stated date is kept. Only a date written in a plain-text header is replaced, when the
    text's own past events are more than a year later than it (at least two of them): then
    the inferred date is used, a warning is added and ``date_as_written`` is kept. For any
    other stated date such a contradiction is flagged in a warning, never corrected. With
    no date, the latest past event date gives one
    at month precision. ``corpus_year`` (e.g. the corpus's usual year) places day-month
    mentions ("On 23 August") when the text never dates a month with its year.
    """
    found = _latest(document, timexes, corpus_year)
    if document.date and document.date_source not in ("none", "inferred"):
        stated = _month_key(document.date[:10])
        if stated is None or found is None:
            return document
        # a forecast or a plan names years ahead of any page ("should open in 2013"): only
        # dates the text tells as past can show the page was written later than it says
        later = [
            t
            for k, t in _explicit(document, timexes)
            if _days(k) - _days(stated) > CONTRADICTION_DAYS
            and not told_ahead(document.text, t.start, t.end)
        ]
        if len(later) < 2:
            return document
        key, _ = found
        if _authoritative(document):
            evidence = "; ".join(dict.fromkeys(t.text for t in later[-3:]))
            flag = (
                f"the text dates events after its stated date {document.date} "
                f"({evidence}); the stated date is kept"
            )
            return replace(document, warnings=(*document.warnings, flag))
        value = _fmt(key)
        # a mistyped year: the stated month in the content's year, if just after its events
        if stated[1]:
            fixed = (key[0], stated[1], 0)
            if 0 <= _days(fixed) - _days((key[0], key[1], 0)) <= 6 * 31:
                value = _fmt(fixed)
        evidence = "; ".join(dict.fromkeys(t.text for t in later[-3:]))
        warning = (
            f"stated date {document.date_as_written or document.date} contradicts the content "
            f"(events dated {evidence}); using {value}"
        )
        return replace(
            document,
            date=value,
            date_source="inferred",
            date_evidence=evidence,
            warnings=(*document.warnings, warning),
        )
    if found is None:
        return replace(
            document,
            warnings=(*document.warnings, "no publication date stated and none inferred"),
        )
    key, evidence_timexes = found
    value = _fmt(key)
    evidence = "; ".join(dict.fromkeys(t.text for t in evidence_timexes))
    return replace(
        document,
        date=value,
        date_source="inferred",
        date_evidence=evidence,
        warnings=(
            *document.warnings,
            f"no publication date stated; inferred {value} from its latest dated event",
        ),
    )
