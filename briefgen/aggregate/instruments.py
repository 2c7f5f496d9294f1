"""A name standing for a security, an index or a market is no actor.

Markets copy names its instruments after their issuer or their exchange: "Treasury bonds",
"Penbury Holdings futures index", "the Marlow Industrial Average", and its markets after
their city: "Marlow shares closed lower", "in Penbury trading", "In Marlow, stocks fell".
The recogniser reads each as the body or the place, so a reader found the Treasury profiled
from its bonds, an index folded into the publisher it is named after, and a city's stock
market counted as its country's government. Such a use names the instrument or the market,
of which nothing is said as of an actor: it joins no record.

A company's own shares stay its mentions ("Holt Corp. shares fell"): a firm's share price is
news of the firm. Only a place's "shares", "stocks" or "trading" are a market's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefgen.models import Mention

# what is named after its issuer or its maker: bonds, an index and its futures
_INSTRUMENT_AFTER = re.compile(
    r"\s+(?:(?:long|short)-term\s+)?(?:bonds?|securities|futures|"
    r"index(?:es)?|indices|industrials|(?:industrial|transportation|utility)\s+average|"
    r"composite\s+(?:index|trading))\b"
)
# (not "notes", "bills", "yields": a verb as often, "a report by Holt Capital notes")
# a place's market: "Marlow shares", "the Marlow stock price index", "Marlow stock market"
# (not the verb: "Ruritania shares the same enemies", "Marlow prices its bonds")
_NOT_AFTER_NOUN = (
    r"(?!\s+(?:the|a|an|its|his|her|their|this|that|these|those|our|some|many|much|no|"
    r"with|in|of|to)\b)"
)
_MARKET_AFTER = re.compile(
    rf"\s+(?:(?:shares?|stocks|(?:stock\s+)?prices?){_NOT_AFTER_NOUN}|stock\s+market|"
    r"stock\s+exchange|bourse)\b"
)
# "in Marlow trading", "in late Marlow trading" (a "Marlow trading partner" is the state)
_TRADING_AFTER = re.compile(r"\s+trading\b(?!\s+partners?\b)")
_IN_BEFORE = re.compile(r"\b[Ii]n\s+(?:(?:early|late|active|heavy|light)\s+)?$")
# "in early trading in Marlow"
_MARKET_BEFORE = re.compile(r"\btrading\s+in\s+$")
# ("Marlow, shares a house" is a verb; "In Marlow, stocks of food" a store: only a market
# that moved)
_MARKET_MOVED = re.compile(
    r",\s+(?:stocks|shares|share\s+prices|prices)\s+(?:closed|ended|finished|opened|fell|"
    r"rose|slipped|gained|declined|advanced|were)\b"
)
# a name whose own last word is an index's: "Big Board Composite", "Marlow Index"
_INDEX_HEADS = frozenset({"index", "average", "composite", "industrials"})


def names_an_instrument(m: Mention, texts: Mapping[str, str]) -> bool:
    """Whether a body's or a place's name stands for a security, an index or a market
    (the patterns above): no use of the actor."""
    if m.type == "person" or m.kind not in ("name", "acronym"):
        return False
    if m.text.split()[-1].casefold() in _INDEX_HEADS and len(m.text.split()) > 1:
        return True
    text = texts.get(m.doc, "")
    if text[m.start : m.end] != m.text:
        return False
    if _INSTRUMENT_AFTER.match(text, m.end):
        return True
    before = text[max(0, m.start - 20) : m.start]
    return m.type == "state" and bool(
        _MARKET_AFTER.match(text, m.end)
        or _MARKET_MOVED.match(text, m.end)
        or _MARKET_BEFORE.search(before)
        or (_TRADING_AFTER.match(text, m.end) and _IN_BEFORE.search(before))
    )
