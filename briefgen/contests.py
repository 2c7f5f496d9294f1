"""Contests as news tells them: still open, or decided.

A contest (an election, a primary, a nomination, a race, a trial) is told in two states.
Open: "was down to the wire", "remained too close to call", "the race was deadlocked",
the suspense before the result. Decided: "won the primary", "clinched the nomination",
"dropped out of the race", "was convicted", "resigned", the result itself. The open
states are one list (``OPEN_STATE``), read by ``announcing`` (a contest told open with its
result in the next sentences) and by ``presupposed`` ("the race remained too close to
call": which race, the sentences before said). ``decided_result`` tells the second state,
which the bottom line prefers (``bottomline.period_outcome``): where a story of contests
stands is its latest decided result, not a running count ("X led 212,205 to 210,424")
nor the scene around it. The words are general classes; nothing here names a contest.
"""

from __future__ import annotations

import re

from briefgen.extract.quotes import QUOTED
from briefgen.kept_verdicts import memo
from briefgen.when import MONTHS, WEEKDAY_NAMES

__all__ = ["OPEN_STATE", "decided_result", "named_contest", "result_in", "settles"]

# A contest's open state, after a copula ("was", "remained") or as the race's: the one
# list both readers share. "Tied" with what follows it ("tied to", "tied up") is a link,
# not a score.
OPEN_STATE = (
    r"(?:down\s+to\s+the\s+wire|too\s+close\s+to\s+call|neck\s+and\s+neck|uncalled"
    r"|up\s+in\s+the\s+air|undecided|deadlocked|tied(?!\s+(?:to|up|with|into|in|for)\b))"
)

# What a contest is: the noun a result settles.
_CONTEST = (
    r"(?:nomination|nominations|primary|primaries|caucus|caucuses|election|elections|race"
    r"|contest|presidency|runoff|referendum|seat|title|championship|trial|case|leadership)"
)
# A result told as done, with what it settles:
# - a verb of winning or losing with the contest after it ("won the Indiana primary", "all
#   but sealed the GOP nomination"): that contest;
# - such a verb with the rival or the place after it ("defeated X in Y's primary", "won
#   Kentucky"): the contest the sentence names; a rival beaten where the sentence does not
#   say ("X's victory, which Y conceded") tells no contest a reader can name;
# - leaving it ("dropped out of the race", "suspended his campaign", "conceded the
#   nomination"): the race;
# - the law's and office's ends: a verdict ("was convicted", "was sentenced"), an
#   election ("was elected"), a nomination ("was formally nominated", "accepted the
#   nomination"), an office ("resigned", "stepped down");
# - a nomination told as what its winner became: "became the party's nominee", "became the
#   first woman to win the presidential nomination" (a record's infinitive is the result
#   itself, not a result sought: ``_RECORD``).
_WON = (
    r"\b(?:won|lost|clinched|sealed|secured|captured|swept|carried|accepted|locked\s+up"
    r"|wrapped\s+up)\s+"
)
_SETTLES = (
    (re.compile(rf"{_WON}(?:[\w'’.-]+\s+){{0,5}}?(?P<contest>{_CONTEST})\b", re.I), None),
    (
        re.compile(
            r"\b(?:defeated|beat|prevailed\s+over|prevailed\s+in|won|lost|carried|swept)\s+"
            r"(?:the\s+)?(?-i:[A-Z])",
            re.I,
        ),
        None,
    ),
    (
        re.compile(
            r"\b(?:dropped|drops|bowed)\s+out\b|\bwithdrew\s+from\b"
            rf"|\bconceded\s+(?:the\s+|his\s+|her\s+)?(?:{_CONTEST}|defeat)\b"
            r"|\bsuspended\s+(?:his|her|their|its)\s+(?:\w+\s+)?campaign\b",
            re.I,
        ),
        "race",
    ),
    (
        re.compile(
            r"\b(?:was|were|has\s+been|have\s+been)\s+(?:convicted|sentenced|acquitted"
            r"|found\s+(?:not\s+)?guilty)\b",
            re.I,
        ),
        "verdict",
    ),
    (re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+elected\b", re.I), "election"),
    (
        re.compile(
            r"\b(?:was|were|has\s+been|have\s+been)\s+(?:formally\s+|officially\s+)?nominated\b",
            re.I,
        ),
        "nomination",
    ),
    (re.compile(r"\b(?:resigned|stepped\s+down)\b", re.I), "office"),
    (
        re.compile(
            r"\b(?:became|has\s+become|have\s+become)\s+(?:the\s+|its\s+|their\s+)?"
            r"(?:(?-i:[A-Z])[\w'’.-]*\s+|party['’]s\s+|presumptive\s+|presidential\s+){0,3}"
            r"(?:nominee|standard[\s-]bearer)\b",
            re.I,
        ),
        "nomination",
    ),
)
# "the first woman to win the nomination", "the first candidate since 1952 to clinch":
# a record set, told by an infinitive that is the result itself. What precedes it may
# still hedge it ("could become the first woman to win").
_RECORD = re.compile(
    r"\b(?:became|has\s+become|have\s+become)\s+the\s+first\s+(?:[\w-]+\s+){0,5}?to\s+"
    rf"(?:win|clinch|capture|secure|accept)\s+(?:[\w'’.-]+\s+){{0,5}}?(?P<contest>{_CONTEST})\b",
    re.I,
)
# A place won or lost: "won Kentucky", "carried Ohio", "lost Michigan" (the place is the
# contest).
_PLACE_WON = re.compile(r"(?:won|carried|swept|lost)\b", re.I)
# A rival beaten in a named place: "defeated Ada Pike in Borland" (the place is the
# contest; a month is none: "beat her in November").
_BEATEN_IN = re.compile(
    r"[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*\s+in\s+(?:the\s+)?(?P<place>(?-i:[A-Z])[\w'’.-]*)"
)
_CONTEST_WORD = re.compile(rf"\b{_CONTEST}\b", re.I)
# A result still hedged or sought is none: "needed to clinch", "could win", "if he wins".
_SOUGHT = re.compile(
    r"\b(?:to|would|could|might|may|will|if|unless|whether|should)\s+(?:\w+\s+){0,2}?"
    r"(?:win|won|clinch|seal|secure|capture|lose|lost|drop|withdraw|suspend|concede|resign"
    r"|step|defeat|beat|prevail|become|became)\b",
    re.I,
)
# The one name of a contest told in the plural.
_SINGULAR = {
    "nominations": "nomination",
    "primaries": "primary",
    "caucuses": "caucus",
    "elections": "election",
}


def settles(text: str) -> str | None:
    """What the narrator of ``text`` tells decided, as the contest's noun ("nomination",
    "primary", "race", "verdict", "office"), or None when it tells no result. A
    quotation's results are its speaker's claims, and a result only sought ("needed to
    clinch the nomination") is none."""
    narration = QUOTED.sub(" ", text)
    record = _RECORD.search(narration)
    if record is not None and not _SOUGHT.search(narration[: record.start()]):
        named = record["contest"].lower()
        return _SINGULAR.get(named, named)
    for pattern, contest in _SETTLES:
        found = pattern.search(narration)
        if found is None or _SOUGHT.search(narration[: found.end()]):
            continue
        if contest is None:
            named = found.groupdict().get("contest") or _first_contest(narration)
            if named is None and not _PLACE_WON.match(found.group(0)):
                beaten = _BEATEN_IN.match(narration, found.end())
                if beaten is None or beaten["place"] in MONTHS:
                    continue  # "defeated X" alone: in which contest, the sentence does not say
            contest = _SINGULAR.get(named.lower(), named.lower()) if named else "contest"
        return contest
    return None


def _first_contest(text: str) -> str | None:
    """The first contest noun ``text`` names, if any."""
    found = _CONTEST_WORD.search(text)
    return found.group(0) if found is not None else None


def decided_result(text: str) -> bool:
    """Whether the narrator of ``text`` tells a contest decided: a win or a loss with the
    contest it settles, a withdrawal, a conviction or a sentence, a resignation. A
    quotation's results are its speaker's claims, and a result only sought ("needed to
    clinch the nomination") is none.

    A pure function of ``text``: within a build, answered from the verdicts the folder's
    last build kept where it holds one (``kept_verdicts``), else by ``settles``."""
    kept = memo("decided_result")
    return _decided(text) if kept is None else kept.verdict(text, _decided)


def _decided(text: str) -> bool:
    return settles(text) is not None


# Words capitalised before a contest noun that name no place: a day ("Tuesday's"), a
# party or a level ("the Democratic primary"), a sentence's first word. Several contests
# of one day share them; the place tells which one.
_NOT_PLACE = re.compile(
    rf"(?:{WEEKDAY_NAMES}|{'|'.join(MONTHS)}|The|This|That|Next"
    r"|Last|Democratic|Republican|GOP|Presidential|General|State|National|Federal|Party"
    r"|Senate|House|Labour|Conservative)(?:['’]s)?",
)
# A contest named by its place: "Tuesday's California primary", "the primary in Kentucky".
_NAMED = re.compile(
    rf"(?P<before>(?-i:(?:[A-Z][\w'’.-]*\s+){{1,4}}))(?P<noun>{_CONTEST})\b"
    rf"|\b(?P<noun2>{_CONTEST})\s+in\s+(?P<after>(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?))",
    re.I,
)


def named_contest(text: str) -> tuple[str, str | None] | None:
    """The first contest the narrator of ``text`` names, as its noun (singular: "primary")
    and its place when a capitalised name gives one ("California" of "Tuesday's California
    primary"), or None when it names no contest."""
    narration = QUOTED.sub(" ", text)
    for found in _NAMED.finditer(narration):
        noun = found["noun"] or found["noun2"]
        words = (found["before"] or found["after"] or "").split()
        if found.start() == 0:
            words = words[1:]  # a sentence's first word is capitalised whatever it is
        # only capitalised words are names ("the California primary", not "the primary")
        place = [w for w in words if w[:1].isupper() and not _NOT_PLACE.fullmatch(w)]
        name = " ".join(place).removesuffix("'s").removesuffix("’s") or None
        return _SINGULAR.get(noun.lower(), noun.lower()), name
    return None


# A result told by its noun or its gerund, with the place it was won in: "Clinton's
# resounding victories in California and New Jersey", "after winning primaries in
# California". The winner's possessive makes it a result: "a Sanders win in California
# would ..." is a forecast. What it settles is the place's contest, whichever kind.
_WON_IN = re.compile(
    r"(?-i:[A-Z])[\w.-]*['’]s\s+(?:[\w-]+\s+){0,2}?(?:victory|victories|wins?|defeats?|loss"
    r"|losses|sweep)\s+(?:in|of)\s+(?-i:[A-Z])"
    r"|\b(?:after|by|since)\s+(?:winning|losing|carrying|sweeping)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:(?:{_CONTEST})\s+in\s+)?(?-i:[A-Z])",
    re.I,
)
# A result hedged right after its place: "X's win in New York would ...".
_WOULD = re.compile(r"[\w.-]*(?:\s+[A-Z][\w.-]*)*\s+(?:would|could|might|may|will)\b")
# A result told in a condition: "if she wins, it will be after winning Ohio".
_IF = re.compile(r"\b(?:if|unless|whether|should)\b", re.I)


def result_in(text: str) -> bool:
    """Whether the narrator of ``text`` tells a contest decided (``settles``), or a
    result won in a named place told by its noun or gerund ("X's victories in California",
    "after winning primaries in California"); a result hedged or sought is none.

    A pure function of ``text``, kept as ``decided_result`` is (``kept_verdicts``): the
    summary asks it of every candidate sentence twice a build."""
    kept = memo("result_in")
    return _result_in(text) if kept is None else kept.verdict(text, _result_in)


def _result_in(text: str) -> bool:
    """``result_in``'s rules."""
    if decided_result(text):
        return True
    narration = QUOTED.sub(" ", text)
    for found in _WON_IN.finditer(narration):
        before = narration[: found.end()]
        if _SOUGHT.search(before) or _IF.search(before) or _WOULD.match(narration, found.end()):
            continue
        return True
    return False
