"""Typed records passed between pipeline stages.

Every stage takes and returns these frozen dataclasses; nothing else crosses a
stage boundary. Offsets are 0-based Unicode code points into ``Document.text``,
end exclusive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from briefgen.when import When

DateSource = Literal["stated", "url", "field", "filename", "dateline", "inferred", "none"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Anchor = Literal["own", "inherited", "focus", "news", "publication", "coreferent", "nominal"]
ActorType = Literal["person", "org", "state", "group"]
PositionKind = Literal["direct", "reported"]
Polarity = Literal["asserted", "negated"]
Modality = Literal["plain", "hedged"]
# How a position's speaker was found: named in the phrase of its own cue ("cue"), the
# transcript turn or line label it sits under ("label"), or inferred — a pronoun, a
# description, a bare surname the document gives two people, a quotation carried on from
# an earlier one — ("inferred"); "none" when there is no speaker.
Attribution = Literal["cue", "label", "inferred", "none"]
BlockKind = Literal[
    "headline",
    "standfirst",
    "byline",
    "dateline",
    "body",
    "caption",
    "furniture",
    "comment",
    "transcript",
    "live_header",
    # a page carrying several stories (``structure.stories``): the line opening one of
    # them, and the prose of one off the corpus's topic
    "story_break",
    "other_story",
]


class Record:
    """What every record below shares: it is pickled as its class and field values.

    Pickle's default for an object sends its attribute dictionary and builds one for
    each object it reads back; calling the constructor instead keeps the values in the
    object, as building it in this process would. Extractions come back from worker
    processes this way: ~8% less memory held per article, and ~15% fewer bytes sent.
    """

    __slots__ = ()
    __match_args__: tuple[str, ...] = ()  # a dataclass's own: its fields, in order

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return type(self), tuple(getattr(self, name) for name in self.__match_args__)


@dataclass(frozen=True, slots=True)
class Block(Record):
    """A span of ``Document.text`` and what part of the page it is (structure stage).

    ``label`` is a transcript turn's speaker label as written ("COOPER"); ``time`` is a
    live-update header's own time as written ("12:45 GMT"), the date an embedded
    social-media post (furniture: quoted, not the article's news) gives itself, or a dated
    list's label, the block itself ("4 January 2011"), which dates the entry after it.
    """

    start: int
    end: int
    kind: BlockKind
    label: str | None = None
    time: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence(Record):
    """Where a fact was read: the document, the span and its sentence."""

    doc: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int


@dataclass(frozen=True, slots=True)
class Document(Record):
    """One ingested article. ``text`` is the decoded file (or extracted HTML text)."""

    id: str
    source: str
    format: Literal["txt", "md", "html", "jsonl", "pdf", "docx"]
    text: str
    title: str
    date: str | None = None
    date_source: DateSource = "none"
    date_as_written: str | None = None
    date_evidence: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    url: str | None = None
    sha1: str = ""
    warnings: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    language: str | None = None
    # The moment the page says it was published or updated, where its stamp gives a clock
    # time on the document's day: a day, a time and the zone as written ("2011-11-08T01:23
    # GMT"; structure stage). A clock time with no day told in the past is dated against it.
    published: str | None = None

    @property
    def dct(self) -> dt.date | None:
        """The document creation time as a day, when the date is at least that precise."""
        when = When.of(self.date)
        return when.day if when else None


@dataclass(frozen=True, slots=True)
class Timex(Record):
    """A TIMEX3 temporal expression found in a text."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class EventMention(Record):
    """A clause of one document that reports a happening and dates it."""

    id: str
    doc: str
    date: str
    timex: Timex
    description: str
    evidence: Evidence
    actors: tuple[str, ...] = ()
    scheduled: bool = False  # the clause announces the date (planned, expected), not a fact
    predicate: tuple[int, int] | None = None  # the verb the date is attached to
    lemma: str | None = None  # the predicate's lemma, lowercased ("hired" -> "hire")
    # Other verbs of the sentence the same date dates: "troops attacked and killed 12 on
    # Monday", "he was found clinging to an inner tube on 25 November".
    co_predicates: tuple[tuple[int, int], ...] = ()
    # How the date was found: an expression of the sentence ("own"), the dated event the
    # sentence tells more of ("inherited"), the date in focus in the narrative before it
    # ("focus"), or, for an undated sentence, the report's news day when it is told in the
    # past ("news"), else the publication date ("publication"); an event noun dated as the
    # happening it names again ("coreferent") or by an expression of its own phrase
    # ("nominal": "Tuesday's trading"). All but the first two are readings of a sentence
    # or of a noun, not the sentence's statement: the timeline leaves them out.
    anchor: Anchor = "own"

    @property
    def when(self) -> When | None:
        return When.of(self.date, self.scheduled)


def announcing_only(mentions: Sequence[EventMention]) -> set[str]:
    """The documents that only announce a happening beforehand ("will be sentenced on 29
    November") while another tells it as done: they report a plan, not the happening, and
    corroborate nothing of it. None while no document tells it as done."""
    done = {m.doc for m in mentions if not m.scheduled}
    return {m.doc for m in mentions if m.scheduled} - done if done else set()


@dataclass(frozen=True, slots=True)
class Event(Record):
    """One real-world happening, merged over every mention of it."""

    id: str
    date: str
    description: str
    mentions: tuple[EventMention, ...]
    sources: tuple[str, ...]
    actors: tuple[str, ...] = ()
    salience: float = 0.0
    disagreements: tuple[str, ...] = ()
    scheduled: bool = False  # every source gives the date as planned, none as happened

    @property
    def when(self) -> When | None:
        return When.of(self.date, self.scheduled)

    @property
    def reports(self) -> tuple[str, ...]:
        """The sources that tell the event as having happened: a source announcing it
        beforehand ("will be sentenced on 29 November") reports a plan, not the happening,
        and corroborates nothing of it. An event only announced: the sources announcing it."""
        ahead = announcing_only(self.mentions)
        return tuple(d for d in self.sources if d not in ahead)

    @property
    def corroboration(self) -> int:
        return len(self.reports)


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """A span naming or describing an actor."""

    doc: str
    start: int
    end: int
    text: str
    kind: Literal["name", "surname", "acronym", "description", "pronoun", "other"] = "name"
    type: ActorType | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Role(Record):
    doc: str
    text: str


@dataclass(frozen=True, slots=True)
class AliasEvidence(Record):
    """Why a name was merged into an actor: the rule that linked it, and the document."""

    alias: str
    reason: str
    doc: str


@dataclass(frozen=True, slots=True)
class Actor(Record):
    """A person, organisation, state or group, with every alias merged."""

    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    affiliation: str | None = None
    mentions: tuple[Mention, ...] = ()
    sources: tuple[str, ...] = ()
    first_seen: str | None = None
    last_seen: str | None = None
    related: tuple[str, ...] = ()
    alias_evidence: tuple[AliasEvidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Position(Record):
    """Something an actor said, claimed or is reported to hold."""

    id: str
    doc: str
    speaker: str | None
    speaker_id: str | None
    speaker_mention: Mention | None
    text: str
    start: int
    end: int
    kind: PositionKind
    cue: str | None
    evidence: Evidence
    # what the cue does to the content: "did not recommend" negates it, "might" hedges it
    polarity: Polarity = "asserted"
    modality: Modality = "plain"
    attribution: Attribution = "none"
    # When it was said: the TIMEX3 value of the expression dating its cue ("in a statement
    # Friday, Trump said"), else the publication date; None when neither is known.
    date: str | None = None
    # The content as a reader sees it alone: ``text`` with the references back that the
    # summary's copy of its sentence names in brackets ("the bank [La Jolla Bank & Trust
    # Co.] had assets …"); None when it reads as written. ``text`` stays the span.
    shown: str | None = None
    # Every actor the statement is theirs: ``speaker_id`` alone, or each subject's of a
    # joint statement whose subjects are all named actors ("Jermaine and Randy Jackson
    # said …"); empty when unknown. Set where positions are attributed (aggregate).
    speaker_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Cited(Record):
    """A sentence shown to the reader (source sentence or faithful trim), with its evidence."""

    text: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Summary(Record):
    """The executive summary: bottom line, key judgments, key figures, disagreements."""

    bottom_line: Cited | None
    judgments: tuple[Cited, ...] = ()
    key_figures: tuple[Cited, ...] = ()
    disagreements: tuple[Cited, ...] = ()


@dataclass(frozen=True, slots=True)
class TimelineEntry(Record):
    """One date of the brief's timeline: the events it shows and their best sentences."""

    date: str
    event_ids: tuple[str, ...]
    sentences: tuple[Cited, ...]
    # The date is after the last source's: announced, not yet happened when the brief was made.
    scheduled: bool = False
    # The sources that report what the shown sentences say (not every source of the events).
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DataNote(Record):
    """A data problem worth telling the reader about.

    ``dropped`` names why the document was left out of the brief, when it was: "off-topic",
    "duplicate", "not-english", "empty", "undecodable" or "unreadable".
    """

    doc: str
    message: str
    dropped: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction(Record):
    """What the extract stage read from one document."""

    document: Document
    sentences: tuple[tuple[int, int], ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[EventMention, ...] = ()
    mentions: tuple[Mention, ...] = ()
    positions: tuple[Position, ...] = ()
    # Spans of the numbers that say what a named thing is ("Marlow's 9 million residents",
    # "the 10-member League"), not what happened: no figure (``described_numbers``).
    described: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Brief(Record):
    """Everything a rendered brief shows, and everything extracted behind it."""

    title: str
    generated_at: datetime
    period: tuple[str | None, str | None]
    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    timeline: tuple[TimelineEntry, ...]
    actors: tuple[Actor, ...]
    positions: tuple[Position, ...]
    summary: Summary
    notes: tuple[DataNote, ...] = ()
    query: tuple[str, ...] = ()
    whats_new: WhatsNew | None = None
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class WhatsNew(Record):
    """What this brief has that the previous build's did not (ids into this brief)."""

    previous_build: str
    events: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    positions: tuple[str, ...] = ()
