"""Counts of people told in running text: "40 other people were arrested", "some 5,000
troops were deployed", "7 of 10 Marlovians think".

Wire copy gives the story's own numbers in its sentences, a count before the noun it
counts, not in a figure-and-unit pattern. ``figures.has_figure`` leaves a bare count before
its noun out ("60 ferries sailed", "50 concerts": a thing's number, often logistics or
colour); a count of people is different: how many died, were arrested, infected or deployed,
or think so is what the news tells. Used by ``figures.has_figure`` on a sentence whose
dates, ages and descriptions of named things are already blanked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["counts_people", "dead_count", "gives_toll_of", "what_befell"]

# Fewer than this many is a handful named one by one, not a figure ("three other people").
LEAST = 10

# People, as news copy counts them: the public, the forces, those things befall.
_PEOPLE = (
    r"people|persons|women|men|children|civilians|troops|soldiers|police(?:men)?|officers"
    r"|inspectors|observers|monitors|protest[eo]rs|demonstrators|marchers|refugees|migrants"
    r"|immigrants|prisoners|detainees|hostages|workers|employees|students|passengers"
    r"|residents|voters|delegates|supporters|victims|survivors|patients|doctors|nurses"
    r"|journalists|diplomats|lawmakers|legislators|senators|relatives|families|fans"
    r"|volunteers|rebels|fighters|militants|guerrillas|sailors|pilots|staff|casualties"
)
# A people's name in the plural: "Marlovians", "Canadians", "Omanis".
_DEMONYM = r"[A-Z][a-z]+(?:ans|is)"
# A count in digits ("40", "5,000", "1.2 million"), not part of a larger token ("$5",
# "F-16", "3.5%"), then at most two words before the noun ("other", "U.N.", "Marlow nurses").
_COUNT = r"(?<![\w.,$€£/-])(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)(?:\s+(?:million|thousand))?"
_BEFORE_NOUN = r"(?:\s+(?!(?:of|in|to|and|or|at|on|for|from)\b)[A-Za-z.'’-]+){0,2}?"
_HEAD_COUNT = re.compile(rf"{_COUNT}{_BEFORE_NOUN}\s+(?:{_PEOPLE}|{_DEMONYM})\b")
# A share of people: "7 of 10 Marlovians", "one in five voters" (as digits), of a round
# whole. "One of" names one person ("one of four nurses who", "one of two drivers", "one of
# 14 Marlovians"), not a share: a share "of" counts two or more.
_SHARE = re.compile(
    rf"(?<![\w.,$-])(?:(?:[2-9]|[1-9]\d+)\s+(?:of|out\s+of)|\d+\s+in)\s+(?:every\s+)?"
    rf"(?:[2-9]|10|100|1,000)"
    rf"(?![\d,.]){_BEFORE_NOUN}"
    rf"\s+(?:{_PEOPLE}|{_DEMONYM})\b"
)


# What befalls many people, as news tells it: a count beside one of these says how many
# the news happened to ("40 other people were arrested", "killing 40 people", "5,000
# troops were deployed"). A count beside none is a crowd's colour ("about 200 fans
# cheered", "some 300 protesters marched": every protest story sizes its crowd), a
# quotation's ("those 15 pupils") or history's ("sailed in with 60 armed men"); words of
# many senses ("held", "sent", "remain": "tests on 40 pupils remain unclear") tell
# nothing that befell the people counted.
_DEATHS = r"died|dead|killed|killing|kills|perished|drowned|lost\s+their\s+lives|death\s+toll"
_BEFELL = (
    r"injured|wounded|hurt|missing|arrested|detained|jailed|charged|indicted|convicted"
    r"|sentenced|freed|released|rescued|evacuated|displaced|fled|expelled|deported"
    r"|hospitali[sz]ed|infected|sickened|deployed|dispatched|stationed|withdrawn|withdrew"
    r"|hired|laid\s+off|fired|lost\s+their\s+jobs"
)
_HAPPENED = re.compile(rf"\b(?:{_DEATHS}|{_BEFELL})\b", re.I)
_DIED = re.compile(rf"\b(?:{_DEATHS})\b", re.I)
# How many words either side of the count its verb may stand ("40 other people were
# arrested": three after the noun; "killing at least 40 people": two before the count).
NEAR = 6


# A place described in passing: ", where 30 people were killed last month by a gunman,"
# — a clause the punctuation closes tells what the place is, not what the sentence
# reports (one running to the sentence's end may be the news: "… in Marlow, where 40
# people died.").
_WHERE = re.compile(r",\s+where\b[^,;:–—()]*?(?=,|;|\s[-–—]\s)")


def counts_people(text: str, happened: re.Pattern[str] = _HAPPENED) -> bool:
    """Whether ``text`` counts people in running text: a count of ``LEAST`` or more before
    a noun naming people, told beside what befell them (``happened``), or a share of people
    ("7 of 10 Marlovians"); not in a clause describing a place in passing (``_WHERE``)."""
    text = _WHERE.sub(lambda m: " " * len(m[0]), text)
    if happened is _HAPPENED and _SHARE.search(text):
        return True
    return any(_beside(text, m.start(), m.end(), happened) for m in _figures(text))


def what_befell(text: str) -> frozenset[str]:
    """What ``text`` counts people by: "dead" for a toll ("pilot and 14 other people
    died", "killing 90 people"), else the word telling what befell them ("arrested",
    "infected"); empty when it counts no people so."""
    out = set()
    for m in _figures(text):
        near = " ".join(text[: m.start()].split()[-NEAR:] + text[m.end() :].split()[:NEAR])
        for word in _HAPPENED.finditer(near):
            out.add("dead" if _DIED.fullmatch(word[0]) else " ".join(word[0].lower().split()))
    return frozenset(out)


def _figures(text: str) -> Iterator[re.Match[str]]:
    """The counts of people in ``text`` that make a figure: ``LEAST`` or more, or scaled
    ("1.2 million", "5 thousand")."""
    for m in _HEAD_COUNT.finditer(text):
        scaled = m[0][len(m["n"]) :].lstrip().startswith(("million", "thousand"))
        if scaled or int(m["n"].replace(",", "")) >= LEAST:
            yield m


def _beside(text: str, start: int, end: int, happened: re.Pattern[str]) -> bool:
    """Whether a word ``happened`` finds stands within ``NEAR`` words of ``[start, end)``."""
    before = " ".join(text[:start].split()[-NEAR:])
    after = " ".join(text[end:].split()[:NEAR])
    return happened.search(before) is not None or happened.search(after) is not None


def dead_count(text: str) -> int | None:
    """The largest count of people ``text`` tells died ("killed 130 people, including 9
    guards": 130), or None: the toll a sentence gives, however it tells it."""
    counts = [
        int(m["n"].replace(",", ""))
        for m in _HEAD_COUNT.finditer(text)
        if _beside(text, m.start(), m.end(), _DIED)
    ]
    return max(counts, default=None)


def gives_toll_of(shown: str, other: str) -> bool:
    """Whether a source's sentence ``other`` vouches for the toll the ``shown`` sentence
    gives: it gives the same (``dead_count``), or ``shown`` gives none. Wire copy restates
    the toll of its own day in each story's background paragraph ("killed 128 people",
    "killed at least 60"): a source cited for "killed 130 people" must say 130."""
    toll = dead_count(shown)
    return toll is None or dead_count(other) == toll
