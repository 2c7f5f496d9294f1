"""Counts whose place is unnamed: "By yesterday, 18 people had been admitted to hospital".

A tally is true of somewhere. News writing names the place (or the body, or the person)
once and then gives its counts bare: "Scottish ministers said ... The number of cases
soared to 498 by the weekend." Out of the article a reader takes such a count for the
whole story's (the world's, the country's). The editorial convention names the place the
sentences before give, in brackets ("The number of cases [in Scotland] soared to 498");
when they give none, or several, the sentence is not shown.

A count is a number before a plural noun ("18 people", "498 confirmed cases"), or "the
number/total of ..." or a toll; a unit (years, percent, dollars) is a measure, not a
tally of things that happen somewhere. It is scoped when its clause names anyone: a
capitalised word other than the sentence's first and a calendar name, or a first word that
is an actor the extraction found ("Mexico said ..."), or "worldwide", "globally".
"""

from __future__ import annotations

import re

from briefgen.extract.country_names import country_name
from briefgen.leading_definite import named_before
from briefgen.models import Extraction
from briefgen.when import MONTH_ABBRS, WEEKDAY_ABBRS

__all__ = ["bare_share_subject", "resolve_scope", "unscoped_count"]

# The head of a count: a number, or "the number of", before up to three lower-case words
# and a plural noun ("18 people", "498 confirmed cases", "number of swine flu cases"); or
# a toll ("The death toll rose to 20"). A number glued to a hyphen is an age or a size.
_COUNT = re.compile(
    r"(?<![\w.,:$£€-])(?:(?:number|total|tally)\s+of|\d+(?:,\d{3})*)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*s|people|children|men|women)\b(?!-)"
    r"|\b(?:death\s+|casualty\s+)?(toll)\b"
)
# Plural nouns that are units or measures, not things counted where they happen; and
# places themselves ("in 17 countries"), which scope nothing further.
_UNITS = frozenset(
    """
    years months weeks days hours minutes seconds decades centuries times percent points
    dollars cents pounds euros pence yen miles kilometres kilometers metres meters feet
    inches tons tonnes kilograms kilos grams litres liters degrees votes seats
    countries states nations provinces regions cities towns counties districts
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# A year is no count ("1,000" is; "2009" in "2009 cases" is a year's cases: left alone).
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_CAPITAL = re.compile(r"(?<=[\s(“\"‘'/-])[A-Z][\w.'’-]*")
_CALENDAR = re.compile(rf"(?:{MONTH_ABBRS}|{WEEKDAY_ABBRS})[a-z]*\.?$")
# Words that scope a count: to everywhere ("worldwide"), or to a place the sentence puts it
# in ("6,538 cases in the valley"; whether "the valley" itself reads alone is
# ``anaphora.dangling_definite``'s to judge, as for "in the country").
_WORLD = re.compile(
    r"\b(?:worldwide|globally|global|world|world's|international|internationally)\b"
    r"|\b(?:in|across|throughout)\s+the\s+[a-z]+",
    re.I,
)
# Where a count's clause ends: a comma or a dash opens an adjunct ("..., followed on Sunday
# by the first death outside the Americas") whose names scope something else; a semicolon
# joins a clause that goes on with the same matter ("204 new cases today; the total in
# England has doubled"), so its names scope the count. A comma between a number's digits
# ("more than 1,000 others wounded in ...") ends nothing.
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d{3}\b)|[:—–]|\s-\s")


def unscoped_count(text: str, start: int, extraction: Extraction | None) -> re.Match[str] | None:
    """The first count in ``text`` (shown for the sentence at ``start``) whose clause names
    no place, body or person, or None."""
    for m in _COUNT.finditer(text):
        noun = m[1] or m[2]
        head = m[0].split()[0]
        if noun in _UNITS or _YEAR.match(head):
            continue
        stop = _CLAUSE_END.search(text, m.end())
        clause = text[: stop.start() if stop else len(text)]
        if _WORLD.search(clause) or _names(clause, start, extraction):
            continue
        return m
    return None


def _names(clause: str, start: int, extraction: Extraction | None) -> bool:
    """Whether ``clause`` (a sentence's start, up to a count's clause end) names anyone."""
    if any(not _CALENDAR.match(w[0]) and w[0] != "I" for w in _CAPITAL.finditer(clause)):
        return True
    lead = len(clause) - len(clause.lstrip(" \"“‘'("))
    if extraction is None:
        # no mentions to ask: a first word that is no function word is taken for a name
        first = re.match(r"[A-Z][\w.'’-]*", clause[lead:])
        return first is not None and first[0].lower() not in _FUNCTION
    return any(x.type is not None and x.start == start + lead for x in extraction.mentions)


# Words that open a sentence without naming anyone.
_FUNCTION = frozenset(
    """
    the a an by in on at as after before since until during from for of with about over
    yesterday today tonight last this these those there it they he she we but and so yet
    when while more than nearly almost some many most all another earlier later meanwhile
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


# A poll's standing: "leads by 57 percent to 33 percent", "up a narrow four points",
# "45 percent to 41 percent". Out of its article a reader takes it for the whole race's.
_POLL = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:percent|%)\s+to\s+\d+(?:\.\d+)?\s*(?:percent|%)?"
    # the rival may stand between ("led Mr. Cruz by 20 percentage points"), and the margin
    # be qualified ("leading by an average of 20 points", "by as many as 12 points")
    r"|\b(?:leads?|led|leading|ahead|up|down|trails?|trailed|trailing|behind)\s+"
    r"(?:(?:[A-Z][\w.'’-]*\s+){1,3}(?=by\b))?(?:by\s+)?"
    r"(?:(?:an?\s+(?:average|margin)\s+of|as\s+(?:much|many)\s+as|more\s+than|nearly|almost"
    r"|about|roughly|some|over)\s+)?(?:a\s+[a-z]+\s+)?"
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*"
    r"(?:percentage\s+points?|points?|percent|%)(?:\s+to\s+\d+(?:\.\d+)?\s*(?:percent|%)?)?"
    # a share of support or of the vote: "Obama's 34 percent support", "62 percent of the vote"
    r"|\b\d+(?:\.\d+)?\s*(?:percent|%)\s+(?:support|of\s+the\s+vote)\b",
    re.I,
)
# Words that make a poll the whole country's (or say whose it is).
_NATIONAL = re.compile(r"\bnation(?:al(?:ly)?|wide)\b|\bacross\s+the\s+country\b", re.I)


def _unscoped_poll(text: str, start: int, extraction: Extraction) -> re.Match[str] | None:
    """A poll standing in ``text`` whose clause names no place and does not say national.
    A place after the standing's clause ends scopes something else: "Trump led Cruz by 20
    points among evangelicals, whose support Cruz rallied to win the Iowa caucuses"."""
    poll = _POLL.search(text)
    if poll is None or _NATIONAL.search(text):
        return None
    stop = _CLAUSE_END.search(text, poll.end())
    end = start + (stop.start() if stop else len(text))
    doc = extraction.document.text
    placed = any(
        x.type == "state"
        and start <= x.start < end
        and not country_name(x.text)
        and not _epithet(doc, x.end)
        for x in extraction.mentions
    )
    return None if placed else poll


# A place before a person's role or party is an epithet of that person ("the Vermont
# senator", "the Ohio Republican"), not a place anything happens or is polled in.
_ROLE_AFTER = re.compile(
    r"\s+(?:senator|sen\.|governor|gov\.|congressman|congresswoman|lawmaker|mayor|native"
    r"|Republican|Democrat|billionaire|businessman)\b"
)


def _epithet(text: str, end: int) -> bool:
    """Whether the place name ending at ``end`` of ``text`` is an epithet of a person."""
    return _ROLE_AFTER.match(text, end) is not None


# Words of the sentence that introduces a poll: where it was taken is named there.
_POLL_WORD = re.compile(r"\b(?:poll(?:s|ed|ing)?|survey(?:s|ed)?|voters)\b", re.I)
POLL_REACH = 2


def _polled_place(start: int, extraction: Extraction) -> str | None:
    """The one place (below a country) named by the nearest of the ``POLL_REACH``
    sentences before ``start`` that speaks of a poll; None when that sentence names none
    or several, or no sentence before speaks of one (a campaign stop named before a
    national poll is not where it was taken)."""
    text = extraction.document.text
    before = [(lo, hi) for lo, hi in extraction.sentences if hi <= start][-POLL_REACH:]
    for lo, hi in reversed(before):
        if not _POLL_WORD.search(text[lo:hi]):
            continue
        places = _places(lo, hi, extraction)
        return places.pop() if len(places) == 1 else None
    return None


# Words that speak of a place as an electorate: "West Virginia used to be a reliable
# Democratic state", "Obama won Iowa", "Utah has long been loyal to Republicans". A place
# named so is what a poll figure after it, in the same passage, is a figure of; a place
# named as where someone went ("Mr. Grant campaigned in Ohio") is not.
_ELECTORATE = re.compile(
    r"\b(?:states?|voters?|electorate|won|wins?|carried|decided|caucus(?:es)?|primary|"
    r"Democrats?|Democratic|Republicans?|GOP|swing|battleground|loyal|leads?|leading|"
    r"trails?|trailing|margin|polls?|polled|survey)\b"
)
# A reference back to a place the passage named before: "the state", "the state's", "there".
_PLACE_BACK = re.compile(
    r"\bthe\s+state\b|\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might)\b|['’])",
    re.I,
)
# Neither one place nor none: the figure's place is unclear, and it is not shown.
AMBIGUOUS = ""


def _passage_place(start: int, end: int, extraction: Extraction) -> str | None:
    """The place a poll figure (the sentence ``start``-``end``) is of when its passage
    names it before: the nearest sentence of its paragraph that speaks of a place (below a
    country) as an electorate, or of the paragraph before when this one names no place
    but refers back to one ("the state", "there"). ``AMBIGUOUS`` when that sentence names
    several places; None when there is none to look for."""
    text = extraction.document.text
    para = text.rfind("\n", 0, start) + 1
    spans = [(lo, hi) for lo, hi in extraction.sentences if para <= lo and hi <= start]
    found = _nearest_electorate(spans, extraction)
    if found is not None or not _PLACE_BACK.search(text, para, end):
        return found
    if any(_places(lo, hi, extraction) for lo, hi in spans):
        return None  # this paragraph names a place, of no electorate: left as written
    last = len(text[:para].rstrip())  # over blank lines to the paragraph above's text
    above = text.rfind("\n", 0, last) + 1
    spans = [(lo, hi) for lo, hi in extraction.sentences if above <= lo and hi <= last]
    return _nearest_electorate(spans, extraction)


def _places(lo: int, hi: int, extraction: Extraction) -> set[str]:
    return {
        x.text
        for x in extraction.mentions
        if x.type == "state"
        and x.kind == "name"
        and lo <= x.start < hi
        and not country_name(x.text)
        and not _epithet(extraction.document.text, x.end)
    }


def _nearest_electorate(spans: list[tuple[int, int]], extraction: Extraction) -> str | None:
    text = extraction.document.text
    for lo, hi in reversed(spans):
        places = _places(lo, hi, extraction)
        if places and _ELECTORATE.search(text, lo, hi):
            return places.pop() if len(places) == 1 else AMBIGUOUS
    return None


# A share the sentence says nothing of: "Trump and Kasich both get 16 percent." goes on
# with the sentence before's measure ("… 22 percent saying they would definitely not
# support him"), which may be the opposite of support. Short, with no poll of its own,
# after a sentence of shares, it cannot be read alone.
_BARE_SHARE = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:percent|%)(?:\s+(?:each|apiece|respectively|or\s+(?:below|less|more)))?"
    r"\s*(?=[,.;:!?]|$)"
)
_SHARE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:percent|%)")
ELLIPTICAL_WORDS = 15


def elliptical_share(text: str, start: int, extraction: Extraction) -> bool:
    """Whether ``text`` (the sentence at ``start``) gives only bare shares, continuing the
    measure of the sentence before."""
    shares = _SHARE.findall(text)
    if not shares or len(shares) != len(_BARE_SHARE.findall(text)):
        return False
    if len(text.split()) > ELLIPTICAL_WORDS or _POLL_WORD.search(text):
        return False
    before = [(lo, hi) for lo, hi in extraction.sentences if hi <= start][-1:]
    return any(_SHARE.search(extraction.document.text, lo, hi) for lo, hi in before)


# A share as the sentence's whole subject: "More than six in 10 said they were not looking
# forward …", "Half were opposed". Of whom (which poll, which people), only the sentences
# before say; "six in 10 voters", "half of those polled", "62 percent of Republicans" say.
_NUMBER_WORD = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
_BARE_SHARE_SUBJECT = re.compile(
    r"^\W*(?:(?:more|fewer|less)\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+"
    r"|roughly\s+|only\s+|just\s+|over\s+|under\s+|some\s+)?"
    rf"(?:{_NUMBER_WORD}\s+(?:in|out\s+of)\s+{_NUMBER_WORD}|\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)"
    r"|(?:a\s+)?(?:majority|minority|half|third|quarter|two-thirds|three-quarters|plurality))"
    r"\s+(?:said|say|says|were|are|was|is|had|have|has|would|will|could|did|do|does"
    r"|believe[sd]?|think|thought|support(?:ed|s)?|oppose[sd]?|want(?:ed|s)?|favou?r(?:ed|s)?"
    r"|approve[sd]?|disapprove[sd]?|expect(?:ed|s)?|plan(?:ned|s)?|feel|felt|agree[sd]?"
    r"|disagree[sd]?|reported|called|rated|named|chose|picked|backed|preferred|prefer)\b",
    re.I,
)


def bare_share_subject(text: str) -> bool:
    """Whether ``text`` opens on a share with no one it is a share of ("More than six in
    10 said …")."""
    return _BARE_SHARE_SUBJECT.match(text) is not None


def resolve_scope(text: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` with the place of its unscoped count named in brackets after the counted
    noun ("18 people [in Scotland] had been admitted"), from the one place the sentences
    before ``start`` name; ``text`` when every count is scoped; None when no one place is
    named before."""
    if bare_share_subject(text):
        return None  # "More than six in 10 said …": of whom, the sentences before say
    if extraction is not None and elliptical_share(text, start, extraction):
        return None
    if extraction is not None and (poll := _unscoped_poll(text, start, extraction)):
        # a state's poll the sentences before place ("In West Virginia, ... Trump leads by
        # 57 percent to 33 percent"): named; a poll with no place before stays as written,
        # for most are the whole race's and say so nowhere
        place = _polled_place(start, extraction)
        if place is None:
            # "West Virginia used to be a reliable Democratic state. … Trump leads by 57
            # percent to 33 percent": the passage says whose figure it is, or it is unclear
            place = _passage_place(start, start + len(text), extraction)
            if place == AMBIGUOUS:
                return None
        if place is not None:
            text = text[: poll.end()] + f" [in {place}]" + text[poll.end() :]
    m = unscoped_count(text, start, extraction)
    if m is None:
        return text
    if extraction is None:
        return None
    place = named_before({"state"}, start, extraction)
    if place is None:
        return None
    at = m.end()
    return text[:at] + f" [in {place}]" + text[at:]
