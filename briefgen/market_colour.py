"""A market wrap's colour beside its result.

A market report gives its result by the measure: an index's points or percent and its
level ("The Dow Jones Industrial Average tumbled 39.55 points, to 2613.73", "The 100-share
index shed 47.3 points to close at 2082.1"), a yield or a rate at its figure ("Yield on the
issue was 7.88%"). Around it the report tells the session's colour: how the market felt
("Traders said the market remains extremely nervous", "selling pressure wasn't
enormous"), its course within the day told in the weather's verbs ("London shares were
depressed initially by overnight losses", "stocks drifted in quiet trading", "showed
some early resilience"), the trade's voices explaining it ("Dealers said the turnover
reflected ..."). Those lines carry the session's day ("Friday", "yesterday") and the
market's names, so the summary's tests of a good sentence favour them; the result line is
often undated in its own words. Shown alone, the colour tells a reader neither where the
market closed nor by how much it moved.

The signals are the copy's grammar, no market's or firm's name: a measured move is a verb
of moving (or "closed at", "was down N at") before a number of points, percent or a level,
told of a market's noun (an index, an average, stocks, bonds, a yield, a currency); colour
is a market's noun with a mood's words, a session's adjective ("in quiet trading"), the
course's verbs of the weather, or a trade's anonymous voice (traders, dealers, brokers)
explaining the market, and no measure in the sentence. Colour is only set aside where its
own report gives the measured result (``colour_beside_result``): a page with nothing better
keeps it.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["colour_beside_result", "market_colour", "measured_move"]

# What a market report moves: an index, an average, the market, its stocks and bonds,
# a yield, a rate, a currency ("the dollar", "sterling"), futures.
_MARKET = (
    r"(?:index|indexes|indices|average|averages|composite|market|markets|stocks?|shares"
    r"|equities|bonds?|treasur(?:y|ies)|gilts|yields?|rates?|dollar|sterling|pound|yen|mark"
    r"|marks|franc|currenc(?:y|ies)|futures|prices|issues|blue[- ]chips?|bourse|exchange)"
)
_MARKET_WORD = re.compile(rf"\b{_MARKET}\b", re.I)
_MOVE = (
    r"(?:rose|risen|fell|fallen|gained|lost|added|dropped|slipped|climbed|jumped|declined"
    r"|eased|advanced|tumbled|slid|sank|soared|surged|plunged|plummeted|shed|rallied|dipped"
    r"|retreated|firmed|edged\s+(?:up|down|higher|lower)|(?:closed|finished|ended|settled"
    r"|was|were|stood)\s+(?:up|down|higher|lower|off))"
)
_NUMBER = r"\d[\d,]*(?:\.\d+)?(?:\s+\d+/\d+)?"
# The measure: points, percent or a level after a verb of moving ("fell 151.20 points to
# 35527.29", "tumbled 39.55 points, to 2613.73", "was down 15.82 at 2681.76", "lose 4%"), a
# close at a level ("settled 42.0 points lower at 1678.5", "to close at 2082.1"), a yield
# or a rate at its figure ("Yield on the issue was 7.88%", "the dollar was at 1.8400 marks").
_MEASURE = re.compile(
    rf"\b(?:{_MOVE}|lose|gain|rise|fall|drop)\s+(?:about\s+|nearly\s+|almost\s+|some\s+"
    rf"|more\s+than\s+)?{_NUMBER}\s*(?:%|percent\b|percentage\s+points?\b|points?\b"
    rf"|,?\s+(?:to|at)\s+{_NUMBER}\b)"
    rf"|\b(?:clos(?:e|ed|ing)|end(?:ed)?|finish(?:ed)?|settl(?:e|ed)|stood)\s+(?:[\w.-]+\s+)"
    rf"{{0,4}}?at\s+{_NUMBER}\b(?!\s*(?:a\.m|p\.m|o'clock))"
    rf"|\b(?:yields?|rates?)\b[^.;]{{0,60}}?\b(?:was|were|stood\s+at|rose\s+to|fell\s+to"
    rf"|at)\s+{_NUMBER}\s*(?:%|percent\b)"
    rf"|\b(?:was|were)\s+(?:quoted\s+)?at\s+{_NUMBER}\s+(?:marks|yen|francs|pence|lire)\b",
    re.I,
)

# A market's mood and its session told in the trade's words.
_MOOD = re.compile(
    r"\b(?:mood|sentiment|nervous(?:ness)?|jitter(?:y|s)|cautious(?:ness)?|caution|wary"
    r"|uneas(?:y|iness)|gloom(?:y)?|euphori[ac]|skittish|subdued|lackluste?re?|listless"
    r"|tepid|buying\s+interest|selling\s+pressure|profit-taking|bargain[- ]hunting"
    r"|turnover|flurry\s+of\s+activity)\b",
    re.I,
)
# "in quiet trading", "in active trading Tuesday": the session's adjective.
_SESSION = re.compile(
    r"\bin\s+(?:quiet|active|light|heavy|thin|nervous|choppy|lackluste?re?|listless|brisk"
    r"|moderate|slow|sluggish|hectic|volatile)\s+(?:[\w-]+\s+)?trading\b",
    re.I,
)
# The course within the day in the weather's verbs, told of a market's noun: "shares were
# depressed initially by ...", "stocks drifted", "showed some early resilience", "recovered
# some of their losses". A close or a measure says where it ended; these do not.
_COURSE = re.compile(
    r"\b(?:(?:was|were)\s+(?:\w+ly\s+)?(?:depressed|pressured|buoyed|weighed\s+down|dampened"
    r"|unsettled|rattled|mixed)"
    r"|drift(?:ed|ing)|meander(?:ed|ing)|seesaw(?:ed|ing)|waver(?:ed|ing)|churn(?:ed|ing)"
    r"|languish(?:ed|ing)|mark(?:ed|ing)\s+time"
    r"|showed\s+(?:some\s+)?(?:early\s+|late\s+)?(?:resilience|strength|weakness)"
    r"|recovered\s+(?:some|part|most)\s+of\s+(?:its|their)\s+(?:early\s+)?(?:losses|gains))\b",
    re.I,
)
# The trade's anonymous voices: "Traders said", "dealers added", "a senior dealer with X
# noted", "brokers say". Named analysts quoted by name are a source's view, not colour.
_TRADE_VOICE = re.compile(
    r"^\W*(?:(?:But|And|Other|Some|Many|Most|Several|One|A|The)\s+)?(?:(?:[\w-]+\s+){0,2}?)"
    r"(?:traders|dealers|brokers|dealer|trader|broker)\b[^.;]{0,80}?\b(?:said|say|says"
    r"|added|noted|reported|attributed|explained)\b",
    re.I,
)
# A close told by its direction is the session's result, if unmeasured: "London share
# prices closed sharply lower Friday in active trading after ...", "closed mixed"; and so
# is a move told plainly beside the session ("Stock prices fell sharply in active
# trading"): only the mood, the course's weather and the trade's voices are colour.
_CLOSE = re.compile(
    r"\b(?:closed|ended|finished|settled)\s+(?:\w+ly\s+)?(?:lower|higher|up|down|mixed"
    r"|unchanged|firmer|weaker|flat|steady)\b",
    re.I,
)
_PLAIN_MOVE = re.compile(rf"\b{_MOVE}\b", re.I)
# A course told with its cause is the session's news, if unmeasured: "London shares were
# depressed initially by overnight losses in New York and by the drop in sterling after the
# chancellor's resignation" says why the market fell.
_CAUSE = re.compile(
    r"\b(?:by|after|following|because|amid|on\s+(?:fears|concerns?|worries|news|hopes))\b",
    re.I,
)
# What a line of colour must not tell: a measure, or any figure beside it ("exceeded 1,000",
# "20 million shares traded"). A share or two of the session's movers is a price line's
# business (``price_quotes``).
_FIGURE = re.compile(r"\d")


def measured_move(text: str) -> bool:
    """Whether ``text`` gives a market's move or close by its measure (points, percent, a
    level, a yield's figure), told of a market's noun ("The Nikkei index fell 151.20 points
    to 35527.29", "Yield on the issue was 7.88%")."""
    m = _MEASURE.search(text)
    if m is None:
        return False
    # the market's noun before the measure, in its clause: "net income fell 22%" is a
    # company's result, not a market's
    before = re.split(r"[;:]", text[: m.start()])[-1]
    return (
        _MARKET_WORD.search(before[-90:]) is not None or _MARKET_WORD.match(m.group(0)) is not None
    )


def market_colour(text: str) -> bool:
    """Whether ``text`` tells a market's colour with no measure of its move: the trade's
    anonymous voices explaining it, or, told of a market's noun, its mood, its session or
    its course within the day in the weather's verbs; no figure, no close."""
    if _FIGURE.search(text) or _CLOSE.search(text):
        return False
    if _TRADE_VOICE.search(text):
        return True  # the trade's voice names the market it speaks of
    if _MARKET_WORD.search(text) is None:
        return False
    if _SESSION.search(text) and _PLAIN_MOVE.search(text) is None:
        return True
    if _MOOD.search(text):
        return True
    return _COURSE.search(text) is not None and _CAUSE.search(text) is None


# A report's sentences, roughly: enough to find a measured move in one of them.
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@lru_cache(maxsize=512)
def _gives_measure(document: str) -> bool:
    """Whether a report's text gives a market's move by its measure in one of its
    sentences (``measured_move``)."""
    return any(measured_move(line) for line in _SENTENCE.split(document) if line)


def colour_beside_result(text: str, document: str | None) -> bool:
    """Whether ``text`` is market colour (``market_colour``) told in a report (its whole
    ``document`` text) that gives a market's move by its measure elsewhere: the result is
    told there, and the colour is no judgment and no line of the chronology."""
    return document is not None and market_colour(text) and _gives_measure(document)
