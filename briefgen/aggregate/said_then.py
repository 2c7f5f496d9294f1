"""Statements said before the story's time: a profile shows where an actor stands in the
days the corpus reports, not what they said years before, in a time the narrative named
before the statement ("At the time, …"), or months before the article that recalls it.
"""

from __future__ import annotations

import re
from datetime import date

from briefgen import speech_verbs
from briefgen.aggregate.offstance import recalled
from briefgen.extract.quotes import QUOTED
from briefgen.extract.timex.lexicon import MONTHS, WEEKDAYS
from briefgen.models import Position
from briefgen.when import BACKGROUND, When

__all__ = ["said_before"]

# A sentence opening on a time the narrative named before it ("At the time, Mr. X called
# him an outstanding leader"), or on a clause years before its own ("Years after X
# claimed …, Y won"): said then, not in the days the article reports.
_THEN = re.compile(
    r"^\W*(?:at\s+(?:the|that)\s+time|back\s+then|by\s+then|in\s+those\s+days"
    r"|(?:years|months|decades)\s+(?:earlier|before|after)|earlier\s+that\s+(?:year|decade))\b",
    re.I,
)


def said_before(p: Position, start: date | None, published: date | None, text: str = "") -> bool:
    """Said years before the corpus, whose first publication is ``start`` ("Back when it
    signed on … 20 years ago, … pledged"), at a time the narrative named before
    (``_THEN``), at an occasion the sentence before dates years back (``_occasion_before``,
    in the document's ``text``), or months before its own article, published on
    ``published``."""
    if _THEN.match(p.evidence.sentence):
        return True
    if start is not None and _earlier_year(p, start.year):
        return True
    if start is not None and _occasion_before(p, text, start.year, published):
        return True
    said = When.of(p.date)
    if recalled(p, published):
        return True  # "during a May interview", in a September preview
    return start is not None and said is not None and said.last < start - BACKGROUND


# A year, or a decade ("the 1990s"), named as a time in a sentence ("in 2007", "the 1992
# primary", "May 2013"), not as a thing's ("Wallace's famous 1963 refrain").
_YEAR = re.compile(
    rf"(?:\b(?:in|during|the|from|by|of|since|{'|'.join(MONTHS)})\s+)(1[89]\d\d|20\d\d)(?:['’]?s)?\b",
    re.I,
)
_CLAUSE = 100
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.I)


def _earlier_year(p: Position, first: int) -> bool:
    """Whether the sentence names a year before the corpus's first (one year's grace)
    ahead of the statement, in the clause it stands in ("won the 1992 primary, although
    X won the spin by declaring …", "a departure from the 1990s when the Democrats
    sought …"), or after a quotation with its cue ("…,” X said in March 2011"): the
    statement is that year's, not the story's."""
    ev = p.evidence
    upto = min(p.start, p.speaker_mention.start if p.speaker_mention else p.start)
    # in the statement's own clause: a page may run a factbox's "the 1918 pandemic" in
    before = ev.sentence[
        max(0, upto - ev.sentence_start - _CLAUSE) : max(0, upto - ev.sentence_start)
    ]
    if _WEEKDAY.search(ev.sentence):
        return False  # "… 1995 tax return, Sanders on Tuesday said": dated this week
    # and after a quotation, with its cue: "“…,” Mr. X told a host in March 2011."
    after = ""
    if p.kind == "direct" and p.cue:  # the narration's part holding the cue, not another
        # a quotation closing on a stop ends its sentence: what follows is another's
        narration = QUOTED.sub(lambda q: " . " if q[0][-2:-1] in ".!?" else " ", ev.sentence)
        parts = re.split(r"(?<=[.!?])\s+", narration)
        after = next((part for part in parts if p.cue in part), "")
    return any(int(m[1]) < first - 1 for t in (before, after) for m in _YEAR.finditer(t))


# An occasion a statement is made at: the sentence before names it and its year ("his
# speech in Cairo in 2009"), the statement's own sentence tells what was said there.
_OCCASION = re.compile(
    r"\b(?:speech|speeches|address|interview|remarks|testimony|debate|sermon|lecture"
    r"|(?:press|news)\s+conference|town\s+hall|statement|letter|memoir|rally)\b",
    re.I,
)
# A time of the statement's own ("on Tuesday", "in June", "this week", "now"): the
# sentence dates itself, whatever the sentence before recalls.
_OWN_TIME = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)}|today|tonight|yesterday|now|recently"
    r"|this\s+(?:week|month|year)|last\s+(?:week|month)|(?:has|have)\s+(?:\w+\s+)?\w+ed)\b",
    re.I,
)
# A cue told in the simple past ("claimed", "said", "told"): a present cue ("says") is
# the article's day.
_PAST_CUE = re.compile(r"[a-z]+ed|said|told|spoke|wrote|gave|made")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# The occasion's year, as a time ("in 2009", "during June 2010"), not a thing's ("the 2012
# Benghazi attack", which a speech of this week can name).
_IN_YEAR = re.compile(
    rf"\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{'|'.join(MONTHS)})\s+)?"
    r"(1[89]\d\d|20\d\d)\b(?!['’]?s)",
    re.I,
)
# A verb reporting speech: what follows it in the sentence before is what was said, whose
# year ("At the rally, X said that Y begged him for an endorsement in 2012") is the
# content's, not the occasion's.
# The verbs a page recalls an old saying with ("Y claimed a new era had begun"), in the past
# or the present of a page's retelling ("Y claims", "Y notes"): beside the previous
# sentence's occasion, a plural noun of theirs is as rare as their present.
_RECALLING = speech_verbs.CORE | {
    "add",
    "ask",
    "explain",
    "insist",
    "claim",
    "recall",
    "argue",
    "note",
}
_REPORTING = re.compile(
    rf"\b{speech_verbs.alternation(speech_verbs.forms(_RECALLING, 'past', 'third'))}\b", re.I
)


def _occasion_before(p: Position, text: str, first: int, published: date | None) -> bool:
    """Whether the sentence before ``p``'s, in its paragraph, names an occasion of speaking
    and a year before the corpus's first (one year's grace), and ``p``'s own sentence,
    with a past cue, has no time of its own and no date but its article's ("… was his
    New Beginning speech in Cairo, in 2009. With X in attendance, Y claimed a new era had
    begun"): said at that occasion, years before, as the page recalls it."""
    ev = p.evidence
    if not text or p.cue is None or not _PAST_CUE.fullmatch(p.cue):
        return False
    if _OWN_TIME.search(ev.sentence):
        return False
    said = When.of(p.date)
    if said is not None and (published is None or said.first != published):
        return False  # dated by its cue: that date is the statement's
    paragraph = text.rfind("\n\n", 0, ev.sentence_start)
    before = text[paragraph + 1 if paragraph >= 0 else 0 : ev.sentence_start].strip()
    if not before:
        return False
    previous = _SENTENCE_END.split(before)[-1]
    if not _OCCASION.search(previous):
        return False
    # the narration's own part, before any reported content
    reporting = _REPORTING.search(previous)
    previous = previous[: reporting.start()] if reporting else previous
    return any(int(m[1]) < first - 1 for m in _IN_YEAR.finditer(previous))
