"""What the PDF's chronology prints for an event: a source sentence a reader can take alone.

An event's own clause ("160 passengers arriving from Mexico", "He took a taxi") is most
often a fragment, and a merged event holds sentences that lean on their article. The
chronology (the HTML's and the Markdown's complete, the PDF's capped) keeps only events
one of whose source sentences reads alone and dates the event itself, printed as that
sentence under the date that sentence gives (an event merges reports of neighbouring
days); the JSON keeps every event with all its mentions. Which sentences can be printed,
and as what, ``render.printed`` says; here they are chosen:

- each sentence is printed once, and each happening once (the telling whose date is
  written out wins); a look back's day for what that week's reports date otherwise is not
  printed (``redated``): its sentence is printed under their day when they agree on one;
- what happened well before the sources is printed when several of them tell it, and a
  capped chronology keeps each stretch of the period's share of its entries;
- a side voice's own act or remark (someone only its page names, told by that page alone,
  no outcome) is not printed, as the timeline does not show it (``side_voices``); what
  such a voice tells a principal did is.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from briefgen.aggregate.outcomes import OUTCOME_WEIGHT, kind_weight, scene
from briefgen.aggregate.terms import Idf, cosine, terms
from briefgen.head_counts import gives_toll_of
from briefgen.models import Event, EventMention
from briefgen.render.printed import doubtful_week, timely, told_text
from briefgen.render.printing import Printing
from briefgen.render.redated import DayReports
from briefgen.side_voices import reported_subject, side_subject
from briefgen.tellings import another_happening, same_happening
from briefgen.timeline_entry import TIMELINE_DUPLICATE
from briefgen.when import MONTH_ABBRS, When

__all__ = ["Tellings", "Told", "capped", "tellings", "told_sentences"]


@dataclass(frozen=True)
class Told:
    """What the chronology prints for an event: a source sentence, under the date that
    sentence gives (an event merges reports of neighbouring days; each telling says its
    own), planned when the sentence announces it."""

    text: str
    date: str
    scheduled: bool = False
    # the event's mentions whose sentence tells what the printed one tells: the entry cites
    # these, not every report merged into the event (a merge can hold an unrelated one)
    cited: tuple[EventMention, ...] = field(default=(), compare=False)


def told_sentences(events: list[Event], limit: int | None, printing: Printing) -> dict[str, Told]:
    """Event id -> what it prints, for at most ``limit`` (None: no cap) of ``events``
    (ranked by importance, the most first) that have a sentence to print: those most
    sources tell, then the most important (``tellings`` then ``capped``)."""
    return capped(tellings(events, printing), limit, printing)


# The entries that have a sentence to print, ranked: those most sources tell first.
Tellings = tuple[tuple["_Entry", Told], ...]


def capped(ranked: Tellings, limit: int | None, printing: Printing) -> dict[str, Told]:
    """Event id -> what it prints, for at most ``limit`` (None: all) of ``ranked``, each
    stretch of the period keeping its share (``_spread``)."""
    return {c.event: t for c, t in _spread(list(ranked), limit, printing)}


def tellings(events: list[Event], printing: Printing) -> Tellings:
    """Each of ``events`` (ranked by importance, the most first) that has a sentence to
    print, with what it prints, those most sources tell first, then the most important.
    A sentence is printed for one event only, and one happening once: a sentence
    retelling a printed one under the same or the next day (a death reported on the day
    and "yesterday", a count a day early) is the same entry, which keeps the telling
    whose date is written out in full. What happened well before the
    sources is printed when several of them tell it (``_in_period``)."""
    idf = Idf(terms(m.evidence.sentence) for e in events for m in e.mentions)
    day_reports = DayReports(events, printing.published, printing.texts, idf)
    chosen: list[_Entry] = []
    printed: set[str] = set()
    # the tellings left out as retelling a chosen entry's happening: it cites them too
    retold: dict[int, list[EventMention]] = defaultdict(list)
    for event in events:
        alone = len(event.sources) < 2
        for m in sorted(event.mentions, key=lambda m: not _written_out(m)):
            if doubtful_week(m, event, printing):
                continue  # a weekend paper's "last week": which week, it does not say
            # a look back's day for what that week's reports date otherwise: printed under
            # theirs, or not at all when they differ or the sentence writes out its own
            reports = day_reports.telling(m)
            day = _redated(m, reports) if reports else m.date
            if day is None:
                continue
            if alone and scene(m):
                continue  # one page's scene around the news: a reception, a hat, a recipe
            if alone and kind_weight(m) < OUTCOME_WEIGHT and _side_voice(m, printing):
                # what someone only this page names did or said, told by this page alone:
                # the page's material, not the story's (the timeline refuses it too)
                continue
            if printing.neighbours.holds(m):
                continue  # a neighbouring story's sentence, as the timeline reads it
            text = told_text(m, printing) if timely(m, printing) else None
            if text is None or text in printed:
                continue
            printed.add(text)
            entry = _Entry(event.id, text, When.of(day), idf.vector(terms(text)), m, day, reports)
            same = next((n for n, c in enumerate(chosen) if _retells(entry, c, printing.who)), None)
            if same is None:
                chosen.append(entry)
            elif _better_dated(entry, chosen[same]):
                retold[same].append(chosen[same].mention)
                chosen[same] = entry
            else:
                retold[same].append(m)
            break
    by_id = {e.id: e for e in events}
    rank = {e.id: n for n, e in enumerate(events)}
    told = [
        (
            c,
            Told(
                c.text,
                c.date,
                c.mention.scheduled,
                _with(_cited(c, by_id[c.event], idf, printing.who), list(c.dated_by)),
            ),
        )
        for c in chosen
    ]
    told = [
        (c, replace(t, cited=_with(t.cited, retold[n]))) if retold[n] else (c, t)
        for n, (c, t) in enumerate(told)
    ]
    # a source cited for a sentence giving a toll gives that toll (``gives_toll_of``)
    told = [(c, replace(t, cited=_vouching(c.mention, t.cited))) for c, t in told]
    kept = [(c, t) for c, t in told if _in_period(c, t, printing)]
    kept.sort(key=lambda ct: (-_reports(ct[1]), rank[ct[0].event]))
    return tuple(kept)


def _side_voice(m: EventMention, printing: Printing) -> bool:
    """Whether ``m``'s sentence has for subject someone only its page names
    (``side_voices.side_subject``, as the timeline reads it), and is that person's own
    act or remark: not what they tell a principal did ("a paramedic testified that Dr
    Lane cleaned up the vials", ``_tells_principal``)."""
    return side_subject(m, printing.named.get(m.doc), printing.side) and not _tells_principal(
        m, printing
    )


def _tells_principal(m: EventMention, printing: Printing) -> bool:
    """Whether ``m``'s dated verb of saying reports a clause whose subject names a principal
    of the story (``Printing.principals``; ``side_voices.reported_subject``)."""
    if printing.principals is None:
        return False
    subject = reported_subject(m)
    return subject is not None and printing.principals.search(subject) is not None


def _with(cited: tuple[EventMention, ...], more: list[EventMention]) -> tuple[EventMention, ...]:
    """``cited``, then those of ``more`` from sources it does not cite yet."""
    docs = {m.doc for m in cited}
    return (*cited, *(m for m in more if m.doc not in docs))


# The period is cut into this many stretches at most, each a week at least.
STRETCHES = 8
WEEK = timedelta(days=7)


def _spread(
    ranked: list[tuple[_Entry, Told]], limit: int | None, printing: Printing
) -> list[tuple[_Entry, Told]]:
    """The first ``limit`` of ``ranked``, but each stretch of the period keeps its share of
    the entries, in proportion to the sources published in it. Events of the period's last
    weeks are retold less often than older ones (there was less time to retell them), so
    a cap by sources alone prints the beginning of the story and loses its end."""
    first, latest = printing.first, printing.latest
    if (
        limit is None
        or len(ranked) <= limit
        or first is None
        or latest is None
        or latest - first < 2 * WEEK
    ):
        return ranked[:limit]
    count = max(2, min(STRETCHES, (latest - first) // WEEK))
    width = ((latest - first) + timedelta(days=1)) / count

    def stretch(day: date) -> int | None:
        if not first <= day <= latest:
            return None
        return min(count - 1, int((day - first) / width))

    published = Counter(stretch(day) for day in printing.published.values())
    quota = _apportioned(limit, [published[n] for n in range(count)])
    chosen: list[int] = []
    for i, (entry, _) in enumerate(ranked):
        n = stretch(entry.when.first) if entry.when is not None else None
        if n is not None and quota[n] > 0:
            quota[n] -= 1
            chosen.append(i)
    taken = set(chosen)
    rest = [i for i in range(len(ranked)) if i not in taken]
    chosen.extend(rest[: limit - len(chosen)])
    return [ranked[i] for i in sorted(chosen)]


def _apportioned(seats: int, votes: list[int]) -> list[int]:
    """``seats`` shared in proportion to ``votes``, by largest remainder."""
    total = sum(votes)
    if total == 0:
        return [0] * len(votes)
    exact = [seats * v / total for v in votes]
    shares = [int(x) for x in exact]
    by_remainder = sorted(range(len(votes)), key=lambda n: shares[n] - exact[n])
    for n in by_remainder[: seats - sum(shares)]:
        shares[n] += 1
    return shares


# What ended this long before the first source is background, printed only when several
# sources tell it: the week before the first source is still the news it reports, while
# "last month" in an article of the period's first days is what led up to it.
NEAR = timedelta(days=7)


def _reports(told: Told) -> int:
    """How many documents tell what the entry prints."""
    return len({m.doc for m in told.cited})


def _in_period(entry: _Entry, told: Told, printing: Printing) -> bool:
    """Whether the entry's date is as fine as the sources' span (a year's label on a brief
    of two months says nothing of when) and ends at most a week before them, or what
    it prints is told by two sources (background the story rests on)."""
    if printing.first is None or printing.latest is None or entry.when is None:
        return True
    when = entry.when
    if when.last - when.first > max(printing.latest - printing.first, NEAR):
        return False
    return when.last >= printing.first - NEAR or _reports(told) >= 2


# A report this similar (cosine of tf-idf) to the printed sentence tells the same news.
TELLS_THE_SAME = 0.2


def _vouching(printed: EventMention, cited: tuple[EventMention, ...]) -> tuple[EventMention, ...]:
    """The printed mention, and those ``cited`` giving the toll it gives, if it gives one
    (``head_counts.gives_toll_of``: a source restating another day's toll does not vouch
    for this one)."""
    said = printed.evidence.sentence
    return tuple(m for m in cited if m is printed or gives_toll_of(said, m.evidence.sentence))


def _cited(
    entry: _Entry, event: Event, idf: Idf, who: Mapping[str, str]
) -> tuple[EventMention, ...]:
    """The printed mention, and the event's other mentions telling what it tells (in words
    alike, and no other act: ``tellings.another_happening``). A report printed cites no
    announcement of it made beforehand: the plan is no report of the happening
    (``Event.reports``). ``who``: the record each name stands for."""
    others = (
        m
        for m in event.mentions
        if m is not entry.mention
        and (entry.mention.scheduled or not m.scheduled)
        and cosine(idf.vector(terms(m.evidence.sentence)), entry.vector) >= TELLS_THE_SAME
        # names and words in common are not the happening: a source is not cited for
        # another act the merge joined to it
        and not another_happening(entry.mention, m, who)
    )
    return (entry.mention, *others)


@dataclass(frozen=True)
class _Entry:
    """A printed sentence, the event it tells, and what retelling it needs."""

    event: str
    text: str
    when: When | None
    vector: dict[str, float]
    mention: EventMention
    # the date printed: the mention's, or the day the week's reports give a look back's
    # happening (``dated_by``: their mentions, cited with the entry)
    date: str
    dated_by: tuple[EventMention, ...] = ()


def _redated(m: EventMention, reports: tuple[EventMention, ...]) -> str | None:
    """The day a look back's ``m`` is printed under, which the week's ``reports`` of its
    happening give another (a trial timeline's "6 October: a recording is played to
    jurors", the day report's "was played on Wednesday", the 5th): theirs, when they agree
    on one and the sentence does not write out its own day ("On 6 October, a recording
    was played" cannot be printed under the 5th); else None, not printed."""
    days = {r.date for r in reports}
    ev = m.evidence
    in_sentence = ev.sentence_start <= m.timex.start < ev.sentence_start + len(ev.sentence)
    return days.pop() if len(days) == 1 and not in_sentence else None


def _retells(a: _Entry, b: _Entry, who: Mapping[str, str]) -> bool:
    """Whether ``a`` and ``b`` tell one happening: much the same words, under dates at
    most a day apart, and no different figures (a count one day and the next, an alert
    raised to four and then to five, are two happenings)."""
    if a.when is None or b.when is None:
        return False
    near = a.when.first <= b.when.last + _NEXT_DAY and b.when.first <= a.when.last + _NEXT_DAY
    if not near:
        return False
    if same_happening(a.mention, b.mention, who, within=True):
        # in other words, by the same verb, with a participant in common; a recap dated
        # by its week ("declared a pandemic last week") retells that week's day report
        return True
    if _same_total(a, b):
        return True  # two agencies' wording of one day's count: "taking the total to 28"
    if cosine(a.vector, b.vector) < TIMELINE_DUPLICATE:
        return False
    figures = [_figures(x) for x in (a, b)]
    return not all(figures) or figures[0] == figures[1]


_NEXT_DAY = timedelta(days=1)


def _same_total(a: _Entry, b: _Entry) -> bool:
    """Whether ``a`` and ``b`` report, under the same day, a running total brought to the
    same figure ("taking the national total to 28", "bringing the total number of cases
    in the UK to 28"), in words alike enough to be one story's (``SAME_TOTAL_WORDS``): one
    count of one day told by two reports, however differently worded. A total is the
    outcome of the day's happening, so a second one reaching it that day is the same."""
    if a.when is None or b.when is None or a.when.day is None or a.when != b.when:
        return False
    totals = [_totals(x.text) for x in (a, b)]
    return (
        any(n == m and (k == j or "" in (k, j)) for n, k in totals[0] for m, j in totals[1])
        and cosine(a.vector, b.vector) >= SAME_TOTAL_WORDS
    )


def _totals(text: str) -> set[tuple[str, str]]:
    """The running totals ``text`` gives, each with what it counts when it says: deaths or
    cases ("" when it does not: "the national total")."""
    found = set()
    for m in _TOTAL.finditer(text):
        kinds = [k.lower() for k in _COUNTED.findall(m.group())]
        kind = ("deaths" if kinds[0] in _DEATHS else "cases") if kinds else ""
        found.add((m.group(1).replace(",", ""), kind))
    return found


# What a total counts, read to keep a death toll and a case count of one figure apart.
_COUNTED = re.compile(r"\b(?:deaths?|dead|toll|cases?|infections?|patients?)\b", re.I)
_DEATHS = frozenset(("death", "deaths", "dead", "toll"))


# A running total and the figure it was brought to: "bringing the total number of confirmed
# cases in the UK to 28", "taking the national total to 28", "raising the toll to 12".
_TOTAL = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:total|toll|tally|count)\b[^.;:]{0,60}?\bto\s+(\d+(?:,\d{3})*)",
    re.I,
)
# Two sentences giving the same total share at least this much of their words (cosine of
# tf-idf): the story's own terms ("confirmed", "case", the place), so two countries'
# totals that happen to be equal stay apart.
SAME_TOTAL_WORDS = 0.1


def _figures(entry: _Entry) -> set[str]:
    """The figures the entry's sentence gives, but for those of its date ("on 14 June")."""
    text = entry.text.replace(entry.mention.timex.text, " ")
    return set(_FIGURE.findall(text.lower()))


# A figure: digits, or a number written out.
_FIGURE = re.compile(
    r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen"
    r"|twenty|thirty|forty|fifty|hundred|thousand|million)\b"
)


def _better_dated(new: _Entry, old: _Entry) -> bool:
    """Whether ``new``, retelling ``old``'s happening, is printed in its place: its date is
    finer (the day report beside a recap dated by its week, "last week"), or as fine and
    written out in full where ``old``'s is read against its page's day."""
    if new.when is not None and old.when is not None and new.when.rank != old.when.rank:
        return new.when.rank > old.when.rank
    return _written_out(new.mention) and not _written_out(old.mention)


def _written_out(m: EventMention) -> bool:
    """Whether the mention's date is written in full (a year, or a month's name), not read
    against its page's day ("yesterday", "on Sunday")."""
    return _FULL.search(m.timex.text) is not None


_FULL = re.compile(rf"\b(?:1[5-9]|20)\d\d\b|\b(?:{MONTH_ABBRS})[a-z]*\b")
