"""A share's closing quote: the line business copy ends a company story with, or lists in a
market column's movers ("X shares fell 50 cents to close at $20 in composite trading",
"Y closed at $84.75, up 12.5 cents", "Z rose 3 to 20 after ...").

The line reads perfectly on its own and is dense with figures, so the summary's and the
timeline's tests of a good sentence favour it; but it is the page's furniture, told of a
different company in every report, not the news of the story (its lede: the results, the
offer, the market's move). An index's move is told in points or percent ("the index fell
39.55 points"), a share's in money a share or in the bare price of the stock table ("rose
3 to 20"): that difference, and the trading or closing the line tells, is the signal.
"""

from __future__ import annotations

import re

__all__ = ["quotes_price", "tells_market_statistics"]

_MOVE = (
    r"(?:rose|fell|gained|lost|added|dropped|slipped|climbed|jumped|declined|eased|advanced"
    r"|tumbled|slid|sank|soared|surged|plunged|nose-dived|edged\s+(?:up|down|higher|lower)"
    r"|(?:closed|finished|ended|was|were)\s+(?:up|down|unchanged))"
)
# A share's price or move as the stock table gives it: dollars, cents, or points and
# fractions of a point ("$8.625", "50 cents", "7/8", "1 1/4").
_MONEY = r"(?:\$\d[\d,]*(?:\.\d+)?|\d+(?:\.\d+)?\s+cents?|\d+(?:\s+\d+)?/\d+)"
_BARE = r"\d+(?:\s+\d+/\d+)?"
# Not a count's or an index's: a bare number followed by one of these is no share price
# ("rose 3 to 20 people", "fell 5 to 40 percent").
_NOT_PRICE = r"(?![\d/.]|\s*(?:%|percent|points?\b|million|billion|trillion|[a-z]{2,}s\b))"
_TRADING = re.compile(
    r"\b(?:composite|Big\s+Board|(?:Stock\s+)?Exchange|over-the-counter|Nasdaq|national"
    r"\s+over-the-counter)\s+trading\b|\btrading\s+(?:on|at)\s+the\b",
    re.I,
)
# What follows a commodity's or a rate's move: "rose 5 cents a gallon", "fell 1/2 point".
_OTHER_UNIT = re.compile(
    r"\s*(?:%|percent|percentage|points?\b|(?:a|an|per)\s+(?:gallon|barrel|litre|liter"
    r"|pound|ounce|bushel|ton|tonne|kilo\w*|hour|day|week|month|year)\b)",
    re.I,
)
_QUOTES = (
    # "closed at $29", "to close at $20", "closed down $1.875 at $44.875"
    re.compile(rf"\bclos(?:ed|e|ing)\s+(?:(?:up|down)\s+{_MONEY}\s+)?at\s+\$\d"),
    # "fell 50 cents ... to close", "nose-dived $8.625 a share, to $100", "fell 7/8"
    re.compile(rf"\b{_MOVE}\s+{_MONEY}(?:\s+a\s+share)?\b(?:,?\s+to\s+\$\d|.*\bclose\b)?"),
    # the stock table's bare prices after a company's name: "Starpointe Savings rose 3 to 20"
    re.compile(rf"[A-Z][\w.&'-]*\s+{_MOVE}\s+{_BARE}{_NOT_PRICE},?\s+to\s+{_BARE}{_NOT_PRICE}"),
)


def quotes_price(text: str) -> bool:
    """Whether ``text`` tells a share's price move or close ("Seagram closed at $84.75, up
    12.5 cents a share in Big Board trading"): money a share, a fraction of a point or the
    stock table's bare prices after a name, not an index's points or a count's percent."""
    found = [p.search(text) for p in _QUOTES]
    if found[0] is not None or found[2] is not None:
        return True
    move = found[1]
    if move is None:
        return False
    # a move in money is a share's only when the line tells its trading or its close, or
    # gives it a share: "revenue rose $3 million" is no quote, "fell 50 cents" in a
    # trading session is
    said = move.group(0)
    if re.search(r"\bwhich\s+$", text[: move.start()]):
        return False  # "McCaw, which dropped 2 1/2, has offered ...": an aside on the subject
    if _OTHER_UNIT.match(text, move.end()):
        return False
    return (
        "cents" in said
        or "/" in said
        or " a share" in said
        or _TRADING.search(text) is not None
        or re.search(r"\bclose\b", said) is not None
    )


# "Volume on the Big Board totaled 175 million shares", "Friday's trading volume was 132.8
# million shares, up from ...": the session's turnover as the market table gives it.
_VOLUME = re.compile(
    r"^(?:[A-Z][\w.'&-]*(?:\s+[\w.'&-]+){0,6}?\s+)?(?:trading\s+)?volume\b[^.;]{0,60}?\s+"
    r"(?:totaled|totalled|was|were|reached|came\s+to|amounted\s+to|rose\s+to|fell\s+to)\s+"
    r"(?:about\s+|an\s+estimated\s+|nearly\s+|almost\s+)?[\d.,]+(?:\s+(?:million|billion))?"
    r"\s+shares\b",
    re.I,
)
# "Declining issues outnumbered advancers 1,141 to 406", "Gainers led losers, 800 to 700":
# the session's breadth, counted in issues.
_BREADTH = re.compile(
    r"^(?:(?:declining|advancing)\s+(?:issues|stocks)|decliners|advancers|gainers|losers)\b"
    r"[^.;]{0,60}?\b\d[\d,]*\s+to\s+\d[\d,]*\b",
    re.I,
)


def tells_market_statistics(text: str) -> bool:
    """Whether ``text`` is a line of a market column's statistics table told in prose: the
    turnover ("Volume on the exchange totaled 175.2 million shares") or the breadth
    ("Declining issues outnumbered advancers 1,141 to 406"). Short and numeric, it scores
    as a figure, but once lifted out of the paragraph that tells the market's move it gives
    neither its day nor the move it measures."""
    return _VOLUME.match(text) is not None or _BREADTH.match(text) is not None
