"""The build's account of its documents: the data notes (each document's warnings, the files
skipped and why) and the line counting every document read or dropped ("271 read, 4
off-topic, 3 duplicates").
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.models import Brief, DataNote, Document


def data_notes(docs: Sequence[Document], skipped: Sequence[str]) -> tuple[DataNote, ...]:
    notes = [DataNote(doc=d.id, message=w) for d in docs for w in d.warnings]
    from briefgen.ingest.far_dated import far_dated_notes

    notes += far_dated_notes(docs)
    from briefgen.ingest.stale_first import stale_first

    if (stale := stale_first(docs)) is not None:
        notes.append(stale.note())
    for problem in skipped:
        where, _, message = problem.partition(": ")
        notes.append(DataNote(doc=where, message=message or problem, dropped=_why(problem)))
    return tuple(notes)


def _why(problem: str) -> str:
    """The reason a file was skipped, as counted in the build's summary line."""
    from briefgen.extract.run import NOT_EXTRACTED

    if NOT_EXTRACTED in problem:
        return "failed"
    if "empty" in problem:
        return "empty"
    if "decode" in problem or "binary" in problem or "UTF-16" in problem:
        return "undecodable"
    return "unreadable"


DROPPED_WORDS = {
    "off-topic": ("off-topic", "off-topic"),
    "duplicate": ("duplicate", "duplicates"),
    "not-english": ("not English", "not English"),
    "empty": ("empty", "empty"),
    "undecodable": ("undecodable", "undecodable"),
    "unreadable": ("unreadable", "unreadable"),
    "failed": ("failed", "failed"),
}


def read_summary(brief: Brief) -> str:
    """ "271 read, 4 off-topic, 3 duplicates, 1 not English": every document accounted for."""
    from collections import Counter

    counts = Counter(n.dropped for n in brief.notes if n.dropped)
    parts = [f"{len(brief.documents)} read"]
    for reason, (one, many) in DROPPED_WORDS.items():
        if counts[reason]:
            parts.append(f"{counts[reason]} {one if counts[reason] == 1 else many}")
    return ", ".join(parts)
