"""Happenings the sources date by a modifier of their noun: "Sunday's attack in Orlando".

The central happening of a day is often told in no sentence a reader can take alone. Once
it has happened, the reports that follow name it in passing, as a noun dated by its own
modifier inside a sentence about something else: "after Tuesday's primaries", "since
Saturday's caucuses", "the Dec. 2 shooting in San Bernardino". Each such phrase dates the
happening to its day as firmly as a sentence would, and when several independent sources
date the same happening (same head noun, same place) to the same day, that day has it.

Which nouns name happenings is decided by grammar, not by a topic: a noun the corpus
gives a possessive day to ("Monday's call", "Sunday's attack") is one; the few nouns
that take a possessive day and name no happening form a closed class (a publication,
"Sunday's paper"; a time, "Friday's deadline"), left out. A noun a date premodifies
("the Dec. 2 shooting") counts when the corpus also gives it a possessive day.

A phrase whose day is the report's own or later dates a happening the report could not
have told as done ("Tuesday's primary" in Monday's preview): it is a schedule, and dates
nothing here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.aggregate.terms import stem, terms
from briefgen.extract.timex.lexicon import WEEKDAYS
from briefgen.models import Evidence, Extraction
from briefgen.when import When

__all__ = ["DatedNoun", "Happening", "dated_happenings", "names_place", "tells"]

# Independent sources (distinct documents, as corroboration counts them) that must date a
# happening to one day before the day is said to have it: one page's phrase is its word.
SOURCES = 2

# A part of the day between a weekday and its possessive ("Tuesday night's debate").
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
# A noun run after the date: up to four words, the last the head ("Sunday's deadly mass
# shooting"); a place or participant after it ("in Orlando", "at the Pulse nightclub").
_WORD = re.compile(r"[A-Za-z][\w-]*")
_POSSESSIVE = re.compile(r"['’]s\s+")
_PLACE = re.compile(
    r"\s+(?:in|at|near|outside|against|on|by)\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
)
_RUN = 4
# A noun the date follows, after a preposition of time or of taking part, whose noun it
# dates whichever way the phrase attaches: "after the attack on Sunday", "victims of the
# slaughter early Sunday" (a date after a verb's object, "he announced the plan on
# Monday", may date the verb instead: not read).
_AFTER_NOUN = re.compile(
    r"\b(?:after|since|following|before|during|amid|despite|in|of)\s+the\s+"
    r"((?:[\w-]+\s+){0,3}(?!on\s)[a-z][\w-]*)\s+(?:on\s+)?$"
)
_WINDOW = 80
# Closed classes ending a noun run: prepositions, determiners, conjunctions, pronouns,
# auxiliaries and wh-words. What follows them is no part of the noun.
_CLOSED = frozenset(
    """in at on of for with by to from into onto over under after before since during
    about against among between near outside through until via and or but nor so yet
    that which who whom whose what when where why how the a an this these those his her
    its their our my your it he she they we you i is are was were be been being has have
    had do does did will would can could shall should may might must not than as
    because while though although if unless whether""".split()  # noqa: SIM905 - a word list reads best as prose
)
# Nouns that take a possessive day and name no happening: a publication or broadcast of
# that day, a time or limit set for it. A closed class of the language of news.
_NOT_HAPPENINGS = frozenset(
    """paper papers newspaper edition editions issue column columns editorial editorials
    headline headlines front page pages times night morning afternoon evening weather
    forecast deadline date schedule program programme episode today tomorrow""".split()  # noqa: SIM905 - a word list reads best as prose
)
# A past participle after a noun of the run starts the clause's verb ("Sunday's attack
# killed 49"); before the head it is an adjective ("Sunday's failed coup").
_PARTICIPLE = re.compile(r"ed$")


@dataclass(frozen=True, slots=True)
class DatedNoun:
    """A happening noun dated by its own modifier in one document."""

    day: str  # ISO day
    head: str  # the head noun, stemmed
    place: str | None  # the place or participant after it, as written
    evidence: Evidence  # text: the phrase as written, from the date to the head or place
    possessive: bool  # dated by a possessive day ("Sunday's attack")


@dataclass(frozen=True, slots=True)
class Happening:
    """One happening several sources date to one day by a dated noun."""

    day: str
    heads: frozenset[str]
    nouns: tuple[DatedNoun, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({n.evidence.doc for n in self.nouns}))


def dated_happenings(
    extractions: Sequence[Extraction], skip: frozenset[str] = frozenset()
) -> dict[str, list[Happening]]:
    """Each day's happenings that ``SOURCES`` or more documents date by a noun, told after
    the day, one at least on the story (not in ``skip``: pages mostly about something
    else, whose happenings may be another story's); most sources first. A page mostly
    about something else still dates what it names: a report on the mourning after an
    attack is about the mourning.

    A happening is its day and its place or participant ("Sunday's attack in Orlando",
    "Sunday's massacre in Orlando", "the June 12 Orlando nightclub attack"); a noun naming
    none is the one named happening of that day with its head, when there is one, else
    its own ("Tuesday's primaries")."""
    found = [n for x in extractions for n in _dated_nouns(x)]
    heads = {n.head for n in found if n.possessive}
    placed: dict[tuple[str, str], list[DatedNoun]] = defaultdict(list)
    bare: dict[tuple[str, str], list[DatedNoun]] = defaultdict(list)
    for n in found:
        if n.head not in heads:
            continue
        if n.place is None:
            bare[(n.day, n.head)].append(n)
        else:
            placed[(n.day, _place_key(n.place))].append(n)
    groups = []
    for (day, head), nouns in bare.items():
        named = [k for k, v in placed.items() if k[0] == day and head in {n.head for n in v}]
        if len(named) == 1:
            placed[named[0]].extend(nouns)
        else:
            groups.append(nouns)
    groups.extend(placed.values())
    out: dict[str, list[Happening]] = defaultdict(list)
    for nouns in groups:
        docs = {n.evidence.doc for n in nouns}
        if len(docs) >= SOURCES and docs - skip:
            day = nouns[0].day
            out[day].append(Happening(day, frozenset(n.head for n in nouns), tuple(nouns)))
    for happenings in out.values():
        happenings.sort(key=lambda h: (-len(h.sources), sorted(h.heads)))
    return dict(out)


def tells(text: str, happening: Happening) -> bool:
    """Whether ``text`` tells the happening: it names its kind ("attack", "attacked") and,
    when the sources name one, its place or a participant ("Orlando"), or dates that kind
    by the weekday its sources date it by ("during Tuesday's debate": shown under that
    day, the day's debate). A sentence about something else naming "the attack" in
    passing leans on it, telling a reader neither, and so does one naming the day for
    something else ("talked on Thursday about appearing at the debate")."""
    words = set(terms(text))
    if not happening.heads & words:
        return False
    places = {w for n in happening.nouns if n.place for w in terms(n.place)}
    return not places or bool(places & words) or _dated_kind(text, happening)


def names_place(text: str, happening: Happening) -> bool:
    """Whether ``text`` names the place or participant the happening's sources name
    ("Orlando"), when they name one."""
    places = {w for n in happening.nouns if n.place for w in terms(n.place)}
    return bool(places & set(terms(text)))


def _dated_kind(text: str, happening: Happening) -> bool:
    """Whether ``text`` dates the happening's kind by a possessive weekday its sources
    date it by: "Tuesday's debate", "Tuesday night's Republican debate"."""
    return any(
        re.search(
            rf"\b{day}(?:\s+{_PART_OF_DAY})?['’]s\s+(?:[\w-]+\s+){{0,{_RUN - 1}}}{re.escape(head)}",
            text,
            re.I,
        )
        for day in _weekdays(happening)
        for head in happening.heads
    )


def _weekdays(happening: Happening) -> set[str]:
    """The weekdays the sources date the happening by, in lower case ("tuesday")."""
    firsts = (_WORD.match(n.evidence.text.removeprefix("the ")) for n in happening.nouns)
    return {m.group().lower() for m in firsts if m and m.group().lower() in WEEKDAYS}


def _place_key(place: str) -> str:
    """A place or participant however a source writes it: "the Pulse", "Pulse"."""
    place = place.lower()
    return place[4:] if place.startswith("the ") else place


def _dated_nouns(extraction: Extraction) -> list[DatedNoun]:
    """The happening nouns of a document dated by their own modifier, told after the day."""
    doc = extraction.document
    published = doc.dct
    if published is None:
        return []
    text = doc.text
    out = []
    for timex in extraction.timexes:
        when = When.of(timex.value)
        if when is None or when.granularity != "day" or when.first >= published:
            continue  # not a day, or one the report could only announce
        possessive = _POSSESSIVE.match(text, timex.end)
        before = _noun_before(text, timex.start)
        if possessive is not None:
            noun, start = _noun(text, possessive.end()), timex.start
        elif text[max(0, timex.start - 4) : timex.start].lower() == "the ":
            ahead = text[timex.end : timex.end + 1] == " "
            noun, start = (_noun(text, timex.end + 1) if ahead else None), timex.start - 4
        elif before is not None:
            noun = _noun(text, before.start(1), before.end(1), timex.end)
            start = before.start(1) - 4
        else:
            continue
        if noun is None:
            continue
        head, end, place = noun
        sentence = _sentence(extraction, timex.start)
        if sentence is None:
            continue
        s, e = sentence
        evidence = Evidence(doc.id, start, end, text[start:end], text[s:e], s)
        out.append(DatedNoun(when.first.isoformat(), head, place, evidence, bool(possessive)))
    return out


def _noun_before(text: str, at: int) -> re.Match[str] | None:
    """The noun run a date at ``at`` follows, after a preposition ("in the attack on"),
    made of no closed-class word."""
    pos = max(0, at - _WINDOW)
    while (found := _AFTER_NOUN.search(text, pos, at)) is not None:
        if not any(w.lower() in _CLOSED for w in found.group(1).split()):
            return found
        pos = found.start() + 1
    return None


def _noun(
    text: str, at: int, stop: int | None = None, dated: int | None = None
) -> tuple[str, int, str | None] | None:
    """The noun run starting at ``at`` (ending by ``stop`` at the latest): its stemmed
    head, where the phrase ends (after the place, when one follows; at ``dated``, the end
    of a date following the noun, when one does) and the place. None when the run ends on
    no lower-case noun."""
    words: list[re.Match[str]] = []
    pos = at
    while len(words) < _RUN:
        m = _WORD.match(text, pos)
        if m is not None and stop is not None and m.end() > stop:
            break
        if m is None or m.group().lower() in _CLOSED:
            break
        if words and words[-1].group().islower() and _PARTICIPLE.search(m.group()):
            break  # the clause's verb: "Sunday's attack killed"
        words.append(m)
        if text[m.end() : m.end() + 1] != " ":
            break  # punctuation ends the noun
        pos = m.end() + 1
    if not words or not words[-1].group().islower():
        return None
    if dated is not None and words[-1].end() != stop:
        return None  # the date follows a verb ("the document approved Saturday"), no noun
    last = words[-1].group()
    if last in _NOT_HAPPENINGS or last.endswith("ly"):
        return None
    end = words[-1].end()
    # a name before the head is the place or a participant: "the June 12 Orlando attack"
    named = [w.group() for w in words[:-1] if not w.group().islower()]
    found = _PLACE.match(text, end)
    place = " ".join(named) or None
    if found is not None:
        place, end = found.group(1), found.end()
        word = place.split()[-1]
        if word.endswith(".") and word.count(".") == 1 and len(word) > 4:
            place, end = place[:-1], end - 1  # the sentence's full stop, no abbreviation's
    if dated is not None:
        if found is not None and found.end() > dated - 1:
            place = " ".join(named) or None  # "the attack on Sunday": the date, no place
        end = dated
    return stem(last), end, place


def _sentence(extraction: Extraction, at: int) -> tuple[int, int] | None:
    """The extraction's sentence holding offset ``at``."""
    for s, e in extraction.sentences:
        if s <= at < e:
            return s, e
    return None
