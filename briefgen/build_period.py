"""The period a build covers: the window ("7d", "since-last") turned into --since/--until,
the documents and events kept within it, the --ref-date given to undated documents, and
the period the brief's cover states.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from briefgen.config import Config
from briefgen.ingest.stale_first import stale_first
from briefgen.models import Document, Event, Extraction
from briefgen.when import When


def apply_window(config: Config, now: datetime, previous: Path | None) -> Config:
    """Turn ``window`` ("7d", "2w", "since-last") into --since/--until, unless those are set."""
    if not config.window or config.since or config.until:
        return config
    if config.window == "since-last":
        if previous is None:
            return config
        from briefgen.archive import build_time

        return replace(config, since=build_time(previous).date(), until=now.date())
    amount, unit = int(config.window[:-1]), config.window[-1]
    days = amount * (7 if unit == "w" else 1)
    return replace(config, since=(now - timedelta(days=days)).date(), until=now.date())


def with_ref_date(doc: Document, ref_date: date | None) -> Document:
    if ref_date is None or doc.date:
        return doc
    return replace(doc, date=ref_date.isoformat(), date_source="stated", date_evidence="--ref-date")


def in_period(
    extractions: Sequence[Extraction], since: date | None, until: date | None
) -> list[Extraction]:
    """Drop documents published outside the period; undated documents stay."""
    if since is None and until is None:
        return list(extractions)
    kept = []
    for x in extractions:
        when = When.of(x.document.date)
        if when is None or when.within(since, until):
            kept.append(x)
    return kept


def event_in_period(event: Event, config: Config) -> bool:
    when = event.when
    return when is None or when.within(config.since, config.until)


def brief_period(
    docs: Sequence[Document], events: Sequence[Event], config: Config
) -> tuple[str | None, str | None]:
    if config.since or config.until:
        return (
            config.since.isoformat() if config.since else None,
            config.until.isoformat() if config.until else None,
        )
    dates = sorted(d.date for d in docs if d.date)
    if not dates:
        return (None, None)
    # the cover never runs past the corpus's last stated publication date: a date inferred
    # from an undated page's events may be a misread one. A page that states its date with
    # a mistyped year ("November 2012" on a memo of 2021 events) still states it: its
    # corrected date is the page's own (``extract.dct``), and the events it reports are in
    # the period
    stated = [
        d.date
        for d in docs
        if d.date and (d.date_source != "inferred" or d.date_as_written is not None)
    ]
    last = min(dates[-1], max(stated)) if stated else dates[-1]
    # nor starts at a first page captured weeks after the date it keeps (``stale_first``)
    stale = stale_first(docs)
    return (stale.start if stale is not None else dates[0], last)
