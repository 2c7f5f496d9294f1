"""What a sentence shown under a date says, to tell one story told twice from two.

Under one date, and under the day before or after, the timeline shows a sentence once: a
sentence saying what a shown one says (in words, ``cosine``; or one source naming the same
names) is the same story. Figures tell it apart: a level raised from three to four one
day and to five the next are two steps. ``reporting`` counts the independent sources of
what a sentence says. A week or a month does not show again what a day within it shows
(``within``, ``without_repeats``): one event is one entry, under its best-founded date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from briefgen.aggregate.terms import Idf, cosine
from briefgen.capitals import CALENDAR_NAMES
from briefgen.models import Cited, Event, TimelineEntry, announcing_only
from briefgen.structure.copies import SENTENCE_WORDS
from briefgen.when import When

__all__ = [
    "COPIED",
    "REPORTS_SAME",
    "Said",
    "copied",
    "date_key",
    "figures_in",
    "moved",
    "names_in",
    "repeats",
    "reporting",
    "within",
    "without_repeats",
]

# A mention this similar to a shown sentence reports the same news (the bar the bottom
# line's corroboration uses: standing.CORROBORATES).
REPORTS_SAME = 0.2
# Two sentences sharing this share of the shorter's runs of three words are one text,
# copied: a paragraph of a wire story kept in the day's rewrite of the story ("In subways,
# ferry terminals and on the streets, more people went about ..."), or re-run in the
# agency's later stories, an updated figure or an added word apart. A retelling in a source's own
# words shares few runs. Quoted words are the speaker's, which every faithful report of
# the statement shares, and a short sentence ("Sanders won the primary on Tuesday") is
# how anyone would put it: only the narrative of a sentence as long as the copy
# detector's (``structure.copies.SENTENCE_WORDS``) tells a copy.
COPIED = 0.6
_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


# (source, tf-idf vector, names, figures) of a sentence shown under a date.
Said = tuple[str, dict[str, float], frozenset[str], frozenset[str]]
# A figure a sentence gives: a number (not a year, nor a month's day) or a number word.
_FIGURE = re.compile(
    rf"\b(?:(?!(?:1[89]|20)\d\d\b)\d[\d,.]*(?!\s+{CALENDAR_NAMES})\b|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve)\b(?![.,]\d)",
    re.I,
)


def figures_in(text: str) -> frozenset[str]:
    """The figures ``text`` gives, as written (lower case, without thousands commas)."""
    return frozenset(f.lower().replace(",", "") for f in _FIGURE.findall(text))


def moved(figures: frozenset[str], before: frozenset[str]) -> bool:
    """Whether a sentence under the next or previous day giving ``figures`` reports a
    change on one giving ``before``: both give figures, and none the same ("raised its
    alert level from three to four" on Tuesday, "raised the threat level to five" on
    Wednesday). Alike in words, they tell two steps, not one story twice."""
    return bool(figures) and bool(before) and not figures & before


# A run of capitalised words past the sentence's first: a name ("New York Times", "Trump").
_NAME = re.compile(r"(?<=[\s(“\"'])[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")
_CALENDAR = re.compile(rf"^{CALENDAR_NAMES}\b")


def names_in(text: str) -> frozenset[str]:
    """The names a sentence gives (weekdays and months are no names): one source naming
    the same two under adjacent days tells one story twice ("The Times reported Saturday
    ... Trump's returns", "On Sunday, the Times published Trump's returns")."""
    return frozenset(_bare(n) for n in _NAME.findall(text) if not _CALENDAR.match(n))


def _bare(name: str) -> str:
    """``name`` as a second source writes it: without a possessive, a closing quote or the
    full stop of a sentence it ends ("... in Florida." names the "Florida" of "Florida's
    primary"); an abbreviation's own stops ("U.S.") are kept, wherever it stands."""
    last = name.rsplit(maxsplit=1)[-1]
    if last.endswith(".") and "." not in last[:-1]:
        name = name[:-1]
    name = name.rstrip("’'")
    return name.removesuffix("’s").removesuffix("'s")


def repeats(vector: dict[str, float], figures: frozenset[str], said: Sequence[Said]) -> bool:
    """Whether a sentence of ``vector`` giving ``figures`` reports (``REPORTS_SAME``) what
    one of ``said`` says, and no count it moved: the same news, told again. Counts are the
    figures in digits, as a running tally is written ("1,604 cases"); a number word ("in
    at least two regions") is a detail of the telling and moves no count.
    """
    mine = _digits(figures)
    return any(
        cosine(vector, v) >= REPORTS_SAME and not moved(mine, _digits(counted))
        for _, v, _, counted in said
    )


def _digits(figures: frozenset[str]) -> frozenset[str]:
    return frozenset(f for f in figures if f[:1].isdigit())


def reporting(
    event: Event,
    vector: dict[str, float],
    idf: Idf,
    day: str | None = None,
    *,
    done: bool = False,
) -> set[str]:
    """The sources whose mention of ``event`` (dated ``day``, when given) says what the
    sentence of ``vector`` says: the independent reports of that news, not every source
    the event's cluster gathered. ``done``: the sources an entry counts as reporting it. A
    source telling it beforehand as planned ("will be sentenced on 29 November") reports
    no happening: once one source tells it as done, only those that do count; a plan not
    yet due counts the sources announcing it. (Without ``done``, what the sources say of
    the day, announced or not: how widely the news was awaited or told, for choosing.)"""
    telling = [
        m
        for m in event.mentions
        if (day is None or date_key(m.date) == day)
        and cosine(idf.text_vector(m.evidence.sentence), vector) >= REPORTS_SAME
    ]
    told = {m.doc for m in telling}
    return told - announcing_only(telling) if done else told


def copied(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one text (``COPIED``), not two tellings of one news."""
    runs = [_runs(a), _runs(b)]
    if not all(runs):
        return False
    return len(runs[0] & runs[1]) >= COPIED * min(len(r) for r in runs)


def _runs(text: str) -> set[tuple[str, ...]]:
    """The sentence's runs of three words outside quotations; none when it is short."""
    words = _WORD.findall(_QUOTED.sub(" ", text).casefold())
    if len(words) < SENTENCE_WORDS:
        return set()
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def date_key(value: str) -> str:
    """Days of a short range and times collapse to their first day."""
    when = When.of(value)
    day = when.day if when else None
    return day.isoformat() if day else value


def within(period: str, chosen: Iterable[str]) -> list[str]:
    """The ``chosen`` date keys finer than ``period`` and inside it: the days of a week,
    the weeks and days of a month."""
    outer = When.of(period)
    if outer is None:
        return []
    inside = [(d, When.of(d)) for d in chosen]
    return [
        d
        for d, inner in inside
        if inner is not None
        and inner.rank > outer.rank
        and outer.first <= inner.first
        and inner.last <= outer.last
    ]


def without_repeats(
    entries: list[tuple[str, TimelineEntry]],
    by_date: Mapping[str, list[Event]],
    idf: Idf,
    said: dict[str, list[Said]],
) -> list[tuple[str, TimelineEntry]]:
    """``entries`` less what a period's entry (a week, a month) chosen before a day within it
    repeats of that day (``repeats``): one event is one entry however many sources report
    it, and under its best-founded date. Nothing takes a removed sentence's place (what
    ranked below it is less central to the period); a period left with nothing is left out.
    """
    order = [d for d, _ in entries]
    out = []
    for n, (d, entry) in enumerate(entries):
        inner = [x for other in within(d, order[n + 1 :]) for x in said[other]]
        kept = [
            (cited, x)
            for cited, x in zip(entry.sentences, said[d], strict=True)
            if not repeats(x[1], x[3], inner)
        ]
        if len(kept) == len(entry.sentences):
            out.append((d, entry))
        elif kept:
            out.append((d, _narrowed(entry, kept, by_date[d], idf, d)))
            said[d] = [x for _, x in kept]
    return out


def _narrowed(
    entry: TimelineEntry,
    kept: Sequence[tuple[Cited, Said]],
    events: Sequence[Event],
    idf: Idf,
    day: str,
) -> TimelineEntry:
    """``entry`` with only the ``kept`` sentences, its events and sources those telling them."""
    sources = {cited.evidence[0].doc for cited, _ in kept}
    used = []
    for event in events:
        if event.id not in entry.event_ids:
            continue
        found = set().union(*(reporting(event, x[1], idf, day, done=True) for _, x in kept))
        if found:
            used.append(event.id)
            sources |= found
    return replace(
        entry,
        event_ids=tuple(e for e in entry.event_ids if e in used),
        sentences=tuple(cited for cited, _ in kept),
        sources=tuple(sorted(sources)),
    )
