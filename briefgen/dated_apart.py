"""Sources that write out different days for one act, told in words that match ("Ann Holt
arrived in Marlow April 2" in one report, "since she arrived in Marlow on April 6" in
another).

Clustering keeps mentions days apart in separate events (two arrivals may be two trips),
so an event's own disagreements (``aggregate.events``) never see such a pair. A reader
signing the brief wants it when the two reports plainly tell one act: the same verb with
the same words after it, naming a place or a body ("arrived in the United States"), said
of the same person, each dated by its own words (a month and a day, not a weekday this
system resolved), from two documents, neither a plan. Only then is it told:

- who acted: the same name, one the other's shortening ("Holt", "Ann Holt"); a pronoun
  ("she") stands for the name opening its sentence, or, when the sentence opens with the
  pronoun, the name opening the sentence before (news copy takes its subject up so);
- a verb of saying is no act told once ("said in Marlow on April 2" and "on April 6" are
  two statements), nor is a verb with nothing named after it ("met on April 2");
- the report giving the earlier day was written after the later day (one written before it
  may tell a first visit, the other a second);
- dates that differ only in a year one source leaves out ("June 25" in a story two years
  on) differ in this system's reading, not in the sources.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from briefgen.aggregate.events import explicit_day
from briefgen.extract.cues import SPEECH_VERBS
from briefgen.models import Cited, Event, EventMention
from briefgen.timeline import date_key
from briefgen.when import label

__all__ = ["apart_date_disagreements"]

# A quotation of the words that give each source's date is cut past this many characters.
_QUOTE_CHARS = 90
_PRONOUNS = frozenset({"he", "she", "they"})
# A name at a sentence's opening: capitalised words, the last followed by a lower-case one
# ("Juan Reed said", "Ann Holt, 40, arrived"), not a function word ("The court", "But").
_OPENING_NAME = re.compile(r"\W*((?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’.-]*)(?=,?\s+[a-z\d])")
# Capitalised words opening a sentence that name no one ("The court", "In Marlow").
_FUNCTION = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "but",
        "or",
        "another",
        "also",
        "in",
        "on",
        "at",
        "of",
        "for",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "if",
        "when",
        "while",
        "after",
        "before",
        "as",
        "since",
        "by",
        "with",
        "from",
        "to",
    ]
)
_YEAR = re.compile(r"\b\d{4}\b|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}")
_NAMED = re.compile(r"(?<=\s)[A-Z][a-z]")


@dataclass(frozen=True)
class _Told:
    """One mention of an act: who did it (a name, or None) and what, in its own words."""

    mention: EventMention
    event: Event
    who: str | None
    act: str


def apart_date_disagreements(
    events: Sequence[Event], texts: Mapping[str, str], published: Mapping[str, date | None]
) -> tuple[Cited, ...]:
    """For each act two documents date on different days, in separate events, one line
    quoting both (the most salient events first). ``texts``: each document's text;
    ``published``: each document's publication day."""
    told = [
        t
        for event in events
        for m in event.mentions
        if (t := _told(m, event, texts.get(m.doc, ""))) is not None
    ]
    # only mentions telling the same act in the same words are compared: pairs within each
    # act's mentions, not across the corpus's (a large corpus dates thousands of acts)
    by_act: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(told):
        by_act[t.act].append(i)
    pairs = sorted(
        (i, j) for same in by_act.values() for n, i in enumerate(same) for j in same[n + 1 :]
    )
    found: list[tuple[float, int, int, Cited]] = []
    seen: set[tuple[str, str]] = set()
    for i, j in pairs:
        a, b = told[i], told[j]
        if not _same_act(a, b):
            continue
        first, second = sorted((a, b), key=lambda t: date_key(t.mention.date))
        key = (first.event.id, second.event.id)
        if key in seen or not _knew_both(first, second, published):
            continue
        seen.add(key)
        salience = max(a.event.salience, b.event.salience)
        found.append((salience, i, j, _line(first, second, texts)))
    found.sort(key=lambda p: (-p[0], p[1], p[2]))
    return tuple(c for *_, c in found)


def _same_act(a: _Told, b: _Told) -> bool:
    """Two documents telling one act in the same words (as paired) tell it on different
    days, of the same actor."""
    return (
        a.event.id != b.event.id
        and a.mention.doc != b.mention.doc
        and _days_told_apart(a.mention, b.mention)
        and a.who is not None
        and b.who is not None
        and _one_name(a.who, b.who)
    )


def _knew_both(first: _Told, second: _Told, published: Mapping[str, date | None]) -> bool:
    """The report giving the earlier day was written once the later day had come: it
    tells that day's act no less than the other (one written before may tell a first
    visit, the other a second)."""
    day = published.get(first.mention.doc)
    later = second.mention.when
    return day is not None and later is not None and day >= later.first


def _days_told_apart(a: EventMention, b: EventMention) -> bool:
    """The two dates differ in what the sources wrote: in the month or the day, or in a
    year both write out ("June 25" in a later story is this system's guess at the year)."""
    if a.when is None or b.when is None or a.when.first == b.when.first:
        return False
    if (a.when.first.month, a.when.first.day) != (b.when.first.month, b.when.first.day):
        return True
    return all(_YEAR.search(m.timex.text) for m in (a, b))


def _told(m: EventMention, event: Event, text: str) -> _Told | None:
    """The act a mention tells when it may be compared: dated by its own words, not a
    plan, not a saying, with a name after its verb."""
    if m.scheduled or m.predicate is None or not explicit_day(m) or m.lemma in SPEECH_VERBS:
        return None
    verb = text[m.predicate[0] : m.predicate[1]]
    head, found, tail = m.description.partition(f" {verb} ") if verb else ("", "", "")
    if not found or not _NAMED.search(f" {tail}"):
        return None
    act = " ".join(f"{verb} {tail}".lower().split())
    return _Told(m, event, _who(head.strip(), m, text), act)


def _who(subject: str, m: EventMention, text: str) -> str | None:
    """The name of whoever acted: the subject itself, or the name a pronoun takes up."""
    if subject.lower() in _PRONOUNS:
        return _antecedent(m, text)
    words = subject.split()
    if not words or not all(w[:1].isupper() for w in words) or words[0].lower() in _FUNCTION:
        return None
    return subject


def _antecedent(m: EventMention, text: str) -> str | None:
    """The name a pronoun subject stands for: the name opening its sentence, else (the
    sentence opening with a pronoun) the name opening the sentence before."""
    start = m.evidence.sentence_start
    own = _opening_name(m.evidence.sentence)
    if own is not None:
        return own
    if m.evidence.sentence.split(maxsplit=1)[0].lower() not in _PRONOUNS:
        return None
    before = text[:start].rstrip()
    previous = re.split(r"(?<=[.!?])\s+|\n\s*\n", before)[-1] if before else ""
    return _opening_name(previous)


def _opening_name(sentence: str) -> str | None:
    match = _OPENING_NAME.match(sentence)
    if match is None or match[1].split()[0].lower() in _FUNCTION | _PRONOUNS:
        return None
    return match[1]


def _one_name(a: str, b: str) -> bool:
    """One name, the shorter the longer's shortening: the same last word, and every word
    of the shorter in the longer ("Holt" and "Ann Holt", not "Tom Holt" and "Ann Holt")."""
    x, y = sorted((a.split(), b.split()), key=len)
    return x[-1] == y[-1] and set(x) <= set(y)


def _line(first: _Told, second: _Told, texts: Mapping[str, str]) -> Cited:
    """The line: "<the act>: sources give 2 April 2000 (“…”) vs 6 April 2000 (“…”)."""
    # told by the report naming who acted, not by the one saying "he"
    what = max((first, second), key=_naming).mention.description
    parts = [
        f"{label(t.mention.date)} (“{_quote(t.mention, texts.get(t.mention.doc, ''))}”)"
        for t in (first, second)
    ]
    text = f"{what.rstrip('.')}: sources give {' vs '.join(parts)}."
    return Cited(text, (first.mention.evidence, second.mention.evidence))


def _naming(t: _Told) -> tuple[bool, int]:
    """How well a mention names who acted: by name rather than by pronoun, then in full."""
    opening = t.mention.description.split(maxsplit=1)[0].lower()
    return opening not in _PRONOUNS, len(t.who or "")


def _quote(m: EventMention, text: str) -> str:
    """The words from the verb to the date (or the date to the verb), else the evidence."""
    assert m.predicate is not None  # only ``_told`` mentions are quoted
    start = min(m.predicate[0], m.timex.start)
    end = max(m.predicate[1], m.timex.end)
    words = text[start:end]
    if not words or end - start > _QUOTE_CHARS:
        return m.evidence.text
    return "…" + " ".join(words.split()) + "…"
