"""What a mail (or a chat message) says about a brief, from a ``Brief`` or its ``brief.json``.

A saved ``brief.json`` is read back into a ``Brief`` first, so both give the same
:class:`MailContent` from the same code.
Sources are numbered in the order the mail first cites them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from briefgen.errors import InputError
from briefgen.models import Brief, Cited
from briefgen.statement import statement, told_whom_of
from briefgen.structure.title import shown_title

# Long "what's new" lists are cut; the mail points to the attached PDF for the rest.
MAX_NEW_ITEMS = 10
_WEB = ("http://", "https://")


@dataclass(frozen=True)
class SourceRef:
    """A document cited in the mail, with the number the citations use."""

    n: int
    title: str
    publisher: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class CitedLine:
    """A sentence shown in the mail and the numbers of the sources behind it."""

    text: str
    refs: tuple[int, ...] = ()


@dataclass(frozen=True)
class NewItems:
    """What this brief has that the previous one did not, as display lines."""

    events: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    positions: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.events or self.actors or self.positions)


@dataclass(frozen=True)
class MailContent:
    """Everything the mail templates show."""

    title: str
    period: str
    generated_at: str
    source_count: int
    bottom_line: CitedLine | None = None
    judgments: tuple[CitedLine, ...] = ()
    whats_new: NewItems | None = None
    sources: tuple[SourceRef, ...] = ()
    attachment: str = ""


def format_period(start: str | None, end: str | None) -> str:
    """The period as the brief's cover writes it: ``16–23 November 2026``."""
    from briefgen.when import period_label

    return period_label((start, end))


class _Citer:
    """Numbers documents in first-cited order."""

    def __init__(self, docs: Mapping[str, SourceRef]) -> None:
        self._docs = docs
        self._numbers: dict[str, int] = {}

    def cite(self, text: str, doc_ids: Iterable[str]) -> CitedLine:
        refs: list[int] = []
        for doc in doc_ids:
            if doc not in self._numbers:
                self._numbers[doc] = len(self._numbers) + 1
            if self._numbers[doc] not in refs:
                refs.append(self._numbers[doc])
        return CitedLine(text=text, refs=tuple(refs))

    def sources(self) -> tuple[SourceRef, ...]:
        out = []
        for doc, n in self._numbers.items():
            known = self._docs.get(doc)
            title = known.title if known else doc
            url = known.url if known else None
            out.append(
                SourceRef(
                    n=n,
                    title=title or doc,
                    publisher=known.publisher if known else None,
                    date=known.date if known else None,
                    # Only web links: a mail client must never be handed javascript: or file:.
                    url=url if isinstance(url, str) and url.startswith(_WEB) else None,
                )
            )
        return tuple(sorted(out, key=lambda s: s.n))


def _capped(lines: list[str]) -> tuple[str, ...]:
    if len(lines) <= MAX_NEW_ITEMS:
        return tuple(lines)
    rest = len(lines) - MAX_NEW_ITEMS
    return (*lines[:MAX_NEW_ITEMS], f"... and {rest} more in the attached brief")


def _iso(value: datetime | str | None) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return str(value or "")


def content_from_brief(brief: Brief, attachment: str = "") -> MailContent:
    """The mail content of a brief built in this process."""
    docs = {d.id: SourceRef(0, shown_title(d), d.publisher, d.date, d.url) for d in brief.documents}
    citer = _Citer(docs)

    def cited(item: Cited) -> CitedLine:
        return citer.cite(item.text, (e.doc for e in item.evidence))

    summary = brief.summary
    bottom = cited(summary.bottom_line) if summary.bottom_line else None
    judgments = tuple(cited(j) for j in summary.judgments)
    new = None
    if brief.whats_new is not None:
        events = {e.id: e for e in brief.events}
        actors = {a.id: a for a in brief.actors}
        positions = {p.id: p for p in brief.positions}
        texts = {d.id: d.text for d in brief.documents}
        wn = brief.whats_new
        new = NewItems(
            events=_capped(
                [f"{events[i].date}: {events[i].description}" for i in wn.events if i in events]
            ),
            actors=_capped([actors[i].name for i in wn.actors if i in actors]),
            positions=_capped(
                [
                    statement(
                        p.speaker,
                        p.text,
                        p.kind,
                        # whom a "told" names, as the brief shows it ("told CNN", not "told:")
                        p.cue and told_whom_of(p, texts.get(p.doc, "")),
                        texts.get(p.doc, ""),
                    )
                    for i in wn.positions
                    if (p := positions.get(i)) is not None
                ]
            ),
        )
    return MailContent(
        title=brief.title,
        period=format_period(*brief.period),
        generated_at=_iso(brief.generated_at),
        source_count=len(brief.documents),
        bottom_line=bottom,
        judgments=judgments,
        whats_new=new,
        sources=citer.sources(),
        attachment=attachment,
    )


def content_from_saved(brief_json: Path) -> MailContent:
    """The content of a ``brief.json`` an earlier build wrote, read by the one reader
    ``briefgen render`` uses too (``render.json.brief_from_json``)."""
    from briefgen.render.json import brief_from_json

    try:
        text = brief_json.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the brief ({exc})", str(brief_json)) from None
    return content_from_brief(brief_from_json(text, str(brief_json)))


def content_without_brief(title: str, attachment: str = "") -> MailContent:
    """A minimal mail for a PDF sent without its ``brief.json``."""
    return MailContent(
        title=title, period="", generated_at="", source_count=0, attachment=attachment
    )
