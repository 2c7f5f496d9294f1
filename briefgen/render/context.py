"""The view of a ``Brief`` that templates render: numbered sources, resolved ids, labels.

Templates get the ``Brief`` itself (as ``brief``) plus the ready-made views
built here, so a template never has to join ids or number sources itself.
Sources are numbered by their order in ``brief.documents``, starting at 1.
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from briefgen.models import (
    Brief,
    Event,
    Evidence,
    TimelineEntry,
    WhatsNew,
)
from briefgen.render.actorviews import (
    actor_views,
    link_listed,
    plural_members,
    position_view,
    split_actors,
)
from briefgen.render.citing import Citer, cited, dated_figure, trim
from briefgen.render.entry_cut import PRINTED_CHARS
from briefgen.render.links import FirstCitations, web_link
from briefgen.render.notes import note_views
from briefgen.render.printing import Printing
from briefgen.render.svg import AxisItem, placeable, timeline_svg
from briefgen.render.told import Tellings, capped, tellings
from briefgen.render.views import (
    ActorView,
    EventView,
    Section,
    SourceView,
    TimelineView,
)
from briefgen.structure.title import shown_title
from briefgen.when import label as readable
from briefgen.when import period_label, sort_key

if TYPE_CHECKING:
    from briefgen.kept_terms import DocumentTerms

log = logging.getLogger(__name__)


# A source's title in a list printed one line a source (the PDF's, past ``PDF_SOURCES``):
# about a line of the A4 page at the list's size, with the number, date and locator.
SHORT_SOURCE_TITLE = 90

DATE_ORIGINS = {
    "stated": "date stated in the text",
    "url": "date taken from the URL",
    "field": "date from the document's metadata",
    "filename": "date taken from the file name",
    "dateline": "date given by the story's dateline",
    "inferred": "date inferred",
    "none": "no date found",
}


def heading(value: str | None) -> str:
    """A date label that opens a line: "Autumn 2021", "Week of 10 October 2016"."""
    text = readable(value, empty="Undated")
    return text[:1].upper() + text[1:]


def human_datetime(moment: datetime) -> str:
    """``23 November 2026, 15:10 UTC`` (the zone name only when the time is aware)."""
    zone = moment.tzname() or ""
    label = f"{moment.day} {calendar.month_name[moment.month]} {moment.year}, {moment:%H:%M}"
    return f"{label} {zone}".strip()


def w3c_datetime(moment: datetime) -> str:
    """The W3C date-time WeasyPrint reads from ``<meta name="dcterms.created">``."""
    return moment.replace(microsecond=0).isoformat()


def _timeline_views(brief: Brief, cite: Citer) -> list[TimelineView]:
    events = {e.id: e for e in brief.events}
    views = []
    for n, entry in enumerate(brief.timeline, start=1):
        sentences = tuple(cited(s, cite) for s in entry.sentences)
        docs: set[str] = set()
        disagreements: list[str] = []
        for eid in entry.event_ids:
            if eid in events:
                # The sources reporting the shown news, when the timeline says which.
                docs.update(entry.sources or events[eid].reports)
                disagreements.extend(events[eid].disagreements)
        for s in entry.sentences:
            docs.update(e.doc for e in s.evidence)
        cites = cite(docs)
        also: tuple[int, ...] = ()
        best = _corroborating(entry, events, cite)
        # A happening shown by its dated noun cites each source so dating it
        # (``noun_entry``): they bear out what the entry shows as a report's sources do.
        quoted = max(
            (cite({e.doc for e in s.evidence}) for s in entry.sentences if len(s.evidence) > 1),
            key=len,
            default=(),
        )
        if len(quoted) > len(best or ()):
            best = quoted
        if best is None:  # no event behind the entry: its sentences' sources
            n_sources = len(cites)
        else:
            n_sources = max(1, len(best))
            if len(best) >= 2:
                # "reported by 2 sources" lists those two; the entry's other sources (a
                # second happening's) follow as "also", not under the count
                cites, also = best, tuple(n for n in cites if n not in best)
        views.append(
            TimelineView(
                number=n,
                date=entry.date,
                label=heading(entry.date),
                sentences=sentences,
                cites=cites,
                n_sources=n_sources,
                also=also,
                disagreements=tuple(dict.fromkeys(disagreements)),
                scheduled=entry.scheduled,
            )
        )
    return views


def _held_back(judgments: int, figures: int) -> str:
    """What a shortened summary left out, said on the page: "To keep this summary to a
    page, 1 further key judgment and 2 further key figures are left to the HTML and JSON
    editions." ("" when nothing was)."""
    parts = [
        f"{n} further key {what}{'s' if n > 1 else ''}"
        for n, what in ((judgments, "judgment"), (figures, "figure"))
        if n > 0
    ]
    if not parts:
        return ""
    verb = "is" if len(parts) == 1 and max(judgments, figures) == 1 else "are"
    left = " and ".join(parts)
    return f"To keep this summary to a page, {left} {verb} left to the HTML and JSON editions."


def _corroborating(
    entry: TimelineEntry, events: dict[str, Event], cite: Citer
) -> tuple[int, ...] | None:
    """The sources of the best-corroborated news a timeline entry shows (None when it
    shows no event). Two happenings of one day, each told by one source, are not
    "reported by 2 sources": the sources are one event's that report what the entry
    shows, each counted once however many copies of it the corpus holds."""
    shown = set(entry.sources)
    told = [
        cite(set(events[eid].reports) & shown if shown else events[eid].reports)
        for eid in entry.event_ids
        if eid in events
    ]
    return max(told, key=len) if told else None


def _event_view(event: Event, cite: Citer, told: str | None = None) -> EventView:
    refs: list[Evidence | str] = list(event.sources)
    refs.extend(m.evidence for m in event.mentions)
    when = heading(event.date) + (" (planned)" if event.scheduled else "")
    return EventView(event, when, trim(told or event.description, PRINTED_CHARS), cite(refs))


def _best_first(items: list[Any], key: Callable[[Any], Any], limit: int | None) -> list[Any]:
    """``items`` in their order, keeping only the ``limit`` that rank first by ``key``."""
    if limit is None or len(items) <= limit:
        return items
    kept = {id(x) for x in sorted(items, key=key)[:limit]}
    return [x for x in items if id(x) in kept]


def _best_sourced(event: Event) -> tuple[float, int, str]:
    """The order a capped list keeps events in: most salient, then most sources."""
    return (-event.salience, -event.corroboration, event.id)


def _chronology(prepared: Prepared, limit: int | None) -> tuple[list[Event], dict[str, str]]:
    """The chronology's events, and what each prints: those one of whose sentences reads
    alone as an event of the story and dates it, each happening once citing every source
    that tells it, printed as that sentence under the date it gives
    (``told.tellings``, ``told.capped``): an event's clause is too often a fragment, and its
    sentences lean on their article. Uncapped (the HTML, the Markdown): every such event.
    Capped (the PDF): at most ``limit``, those most sources tell and the most important
    first."""
    events = prepared.brief.events
    told = capped(prepared.chronology, limit, prepared.printing)
    printed = [
        replace(
            e,
            date=told[e.id].date,
            scheduled=told[e.id].scheduled,
            mentions=told[e.id].cited,
            sources=tuple(dict.fromkeys(m.doc for m in told[e.id].cited)),
        )
        for e in events
        if e.id in told
    ]
    return printed, {i: t.text for i, t in told.items()}


def _whats_new_view(
    brief: Brief, wn: WhatsNew, actors: list[ActorView], cite: Citer, limit: int | None
) -> dict[str, Any]:
    """The new events (date order), actors and positions, each list capped at ``limit``:
    the best-sourced events, the highest-ranked actors and their positions first."""
    events_by_id = {e.id: e for e in brief.events}
    events = sorted(
        (events_by_id[i] for i in wn.events if i in events_by_id),
        key=lambda e: (sort_key(e.date), e.id),
    )
    rank = {a.id: n for n, a in enumerate(brief.actors)}
    new_ids = set(wn.actors)
    new_actors = [v for v in actors if v.actor.id in new_ids]
    by_id = {p.id: p for p in brief.positions}
    positions = [by_id[i] for i in wn.positions if i in by_id]
    names = {a.id: a.name for a in brief.actors}
    members = plural_members(brief.actors)
    return {
        "previous_build": wn.previous_build,
        "events": [_event_view(e, cite) for e in _best_first(events, _best_sourced, limit)],
        "events_total": len(events),
        "actors": new_actors[:limit] if limit is not None else new_actors,
        "actors_total": len(new_actors),
        "positions": [
            position_view(p, cite, names, members)
            for p in _best_first(
                positions, lambda p: rank.get(p.speaker_id or "", len(rank)), limit
            )
        ],
        "positions_total": len(positions),
    }


@dataclass(frozen=True)
class Prepared:
    """The views every rendering of one brief shares, made once: the source numbers and
    the ranked actors. Ranking costs the most (about a second for the 11,000 actors of 800
    articles), and a build renders the HTML, the PDF's capped copy and the Markdown."""

    brief: Brief
    cite: Citer
    actors: tuple[ActorView, ...]
    printing: Printing  # the corpus's story words, long pages, sentence dates
    # the events a chronology may print, with their sentences (``told.tellings``), ranked
    chronology: Tellings = ()


def prepare_views(
    brief: Brief,
    foreign: Callable[[str], bool] | None = None,
    kept: Mapping[str, DocumentTerms] | None = None,
) -> Prepared:
    """The shared views of ``brief``, for ``build_context`` to take instead of the brief;
    ``foreign`` tells a quotation in another language (``language.foreign`` when not given;
    ``quote_language`` reads the verdicts kept in the build's cache); ``kept``: each
    document's words as the views weigh them, by id, kept in the build's cache
    (``kept_terms``; read from the texts when not given)."""
    from briefgen.kept_beside import work_beside

    cite = Citer(brief.documents)
    printing = Printing.of(brief, kept)
    # The chronology's sentences and the actors' views read the brief and its printing
    # alone, neither the other's result, and take about as long: the chronology is chosen
    # in a forked child where there is a second core (``kept_beside``), the actors' views
    # made here meanwhile; only the chosen entries come back.
    chronology = work_beside(lambda: tellings(sorted(brief.events, key=_best_sourced), printing))
    try:
        actors = tuple(link_listed(actor_views(brief, cite, printing, foreign, kept)))
    except BaseException:
        chronology.cancel()
        raise
    return Prepared(brief, cite, actors, printing, chronology.wait())


def build_context(
    source: Brief | Prepared,
    *,
    chronology_limit: int | None = None,
    new_limit: int | None = None,
    sources_limit: int | None = None,
    summary_limit: tuple[int, int] | None = None,
    summary_fit: int = 0,
) -> dict[str, Any]:
    """Everything a brief template may use, keyed by variable name.

    The chronology lists the events told by a sentence that reads alone as an event of
    the story (``chronology_readable`` of the ``chronology_total`` the sources gave, all
    of which the JSON keeps); ``chronology_limit`` keeps it to that many (the PDF's: a
    printed appendix of thousands of rows helps nobody), the most corroborated and
    important, still in date order. ``new_limit`` keeps each list
    of "what's new" to that many items the same way (a weekly rebuild of a large
    corpus brings hundreds of new positions; the PDF shows the ones that matter most).
    Past ``sources_limit`` sources, the source list shows only those the page cites
    (``sources_cited_only``; which ones is known while rendering, ``FirstCitations``).
    ``summary_limit`` (key figures, judgments) keeps the executive summary to that many
    of each, the first ranked (the PDF's, to fit its page: ``pdf.fit_summary``), and
    ``summary_held_back`` says what the other formats hold besides; ``summary_fit`` sets
    it tighter (a class of its section, ``fit-1``, ``fit-2``).
    ``source`` is the brief, or its views from ``prepare_views`` when several renderings
    of it share them.
    """
    prepared = source if isinstance(source, Prepared) else prepare_views(source)
    brief, cite, actors = prepared.brief, prepared.cite, list(prepared.actors)
    chronology, told = _chronology(prepared, chronology_limit)
    sources = [
        SourceView(
            number=n,
            doc=doc,
            date_label=readable(doc.date, empty="Undated"),
            date_origin=DATE_ORIGINS.get(doc.date_source, doc.date_source),
            link=web_link(doc.url),
            title=title,
            short_title=trim(title or doc.source, SHORT_SOURCE_TITLE),
        )
        for n, doc in enumerate(brief.documents, start=1)
        for title in (shown_title(doc),)
    ]
    views = _timeline_views(brief, cite)
    # What is announced for after the last source is no event of the period: listed
    # apart, and kept off the axis, which spans the period the sources cover.
    timeline = [t for t in views if not t.scheduled]
    items = [
        AxisItem(str(t.number), t.date, t.sentences[0].text if t.sentences else "")
        for t in timeline
    ]
    figure = timeline_svg(items, since=brief.period[0])
    profiled, others, minor, unlisted = split_actors(actors)
    whats_new = None
    if brief.whats_new is not None:
        whats_new = _whats_new_view(brief, brief.whats_new, actors, cite, new_limit)
    main = [("summary", "Executive summary")]
    if whats_new is not None:
        main.append(("whats-new", "What’s new since the last brief"))
    main += [("timeline", "Timeline"), ("actors", "Actor profiles")]
    sections = [Section(a, t, f"Section {n}") for n, (a, t) in enumerate(main, start=1)]
    sections += [
        Section("chronology", "Appendix A · Full chronology", "Reference"),
        Section("sources", "Appendix B · Sources", "Reference"),
        Section("notes", "Appendix C · Data notes", "Reference"),
    ]
    summary = brief.summary
    figures, judgments = summary_limit or (len(summary.key_figures), len(summary.judgments))
    return {
        "brief": brief,
        "title": brief.title,
        "period_label": period_label(brief.period),
        "generated_label": human_datetime(brief.generated_at),
        "generated_w3c": w3c_datetime(brief.generated_at),
        "query": brief.query,
        "sections": sections,
        "sources": sources,
        "sources_cited_only": sources_limit is not None and len(sources) > sources_limit,
        "bottom_line": cited(summary.bottom_line, cite) if summary.bottom_line else None,
        "judgments": [cited(c, cite) for c in summary.judgments[:judgments]],
        "key_figures": [dated_figure(c, cite) for c in summary.key_figures[:figures]],
        "summary_fit": summary_fit,
        "summary_held_back": _held_back(
            len(summary.judgments) - judgments, len(summary.key_figures) - figures
        ),
        "disagreements": [cited(c, cite) for c in summary.disagreements],
        "whats_new": whats_new,
        "timeline": timeline,
        "timeline_scheduled": [t for t in views if t.scheduled],
        "timeline_svg": Markup(figure),
        "timeline_skipped": len(items) - len(placeable(items)),
        "actors": profiled,
        "other_actors": others,
        "minor_actors": minor,
        "unlisted_actors": unlisted,
        "chronology": [
            _event_view(e, cite, told.get(e.id))
            for e in sorted(chronology, key=lambda e: (sort_key(e.date), e.id))
        ],
        # how many events the sources gave, and how many of them read as entries (the
        # capped PDF prints some of those)
        "chronology_total": len(brief.events),
        "chronology_readable": len(prepared.chronology),
        "notes": note_views(brief, cite, sources),
        # Stateful: a fresh one per render, marking each source's first citation.
        "citations": FirstCitations(),
    }
