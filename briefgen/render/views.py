"""The views templates render: each a frozen record of what one part of the brief shows.

``render.context`` makes them from a ``Brief``; templates read their fields by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from briefgen.models import Actor, Document, Event, Position


@dataclass(frozen=True)
class SourceView:
    number: int
    doc: Document
    date_label: str
    date_origin: str
    link: str = ""  # the document's URL when it is a web address a reader may follow
    title: str = ""  # as shown: the headline, never the page line it was cut from
    short_title: str = ""  # the title cut to a line, for a long list printed compactly


@dataclass(frozen=True)
class CitedView:
    text: str
    cites: tuple[int, ...]
    # "reported 2 March 2009": when a figure that states no date of its own was reported
    when: str = ""


@dataclass(frozen=True)
class TimelineView:
    number: int
    date: str
    label: str
    sentences: tuple[CitedView, ...]
    cites: tuple[int, ...]
    n_sources: int
    disagreements: tuple[str, ...]
    scheduled: bool = False  # after the last source: listed apart, off the time axis
    # sources of the entry beyond the ``n_sources`` counted (another happening of the day)
    also: tuple[int, ...] = ()

    @property
    def sources_label(self) -> str:
        """How the entry's news is sourced, as every format says it: "reported by 3
        sources"; "single source"; "single source each" when it cites several sources
        that each tell a different happening (no one of them corroborated). A scheduled
        entry has happened in no source: "announced by 2 sources"."""
        if self.n_sources >= 2:
            verb = "announced" if self.scheduled else "reported"
            return f"{verb} by {self.n_sources} sources"
        if len(self.cites) >= 2:
            return "single source each"
        return "single source" if self.cites or self.n_sources else "no source"


@dataclass(frozen=True)
class EventView:
    event: Event
    label: str
    text: str
    cites: tuple[int, ...]


@dataclass(frozen=True)
class PositionView:
    position: Position
    speaker: str
    text: str
    direct: bool
    date_label: str
    cites: tuple[int, ...]
    statement: str = ""  # speaker, cue and content: "Comey did not recommend that …"


@dataclass(frozen=True)
class ActorView:
    actor: Actor
    anchor: str  # "" when the page does not list the actor: nothing may link to it
    type_label: str
    roles: tuple[str, ...]
    aliases: tuple[str, ...]
    first_seen: str
    last_seen: str
    related: tuple[tuple[str, str], ...]  # (name, anchor or "" when not listed)
    profiled: bool = False  # given a profile of its own (``context._widely_named_first``)
    # named only on pages about something else (a radio schedule, another story's page):
    # no name for the list of those also mentioned (``actorviews.split_actors``)
    aside: bool = False
    # The key positions, chosen when a template first reads them: a page profiles a dozen
    # actors of the thousands a large corpus names, and choosing costs as much as ranking.
    choose_positions: Callable[[], tuple[PositionView, ...]] = field(
        default=tuple, compare=False, repr=False
    )

    @cached_property
    def positions(self) -> tuple[PositionView, ...]:
        return self.choose_positions()


@dataclass(frozen=True)
class NotePage:
    """One page of a note shown for several: its source number (None for a page not
    read), its label (shown where the number names no listed source: a page not read, or
    one the PDF's list of cited sources leaves out), and its own count ("2 words")."""

    number: int | None
    label: str
    detail: str


@dataclass(frozen=True)
class NoteView:
    number: int | None
    doc_label: str
    message: str
    # the pages of a note of one kind shown once for all of them (then number is None)
    pages: tuple[NotePage, ...] = ()
    # a note listing its pages by number and short title (``notes.LISTED`` of them), the
    # rest counted ("and 9 more"), and what the brief does with them said after the list
    titled: bool = False
    more: int = 0
    closing: str = ""


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    kicker: str = ""
