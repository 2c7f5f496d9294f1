"""Attributed lines that are no position at all, told by the grammar and content of the
reported clause, which a profile ranks below a stance or leaves out (``keypositions``).

A key position is a stance, an assessment, a recommendation, a demand, a promise or a
decision on the story's subject. These lines are true and attributed, but none of that:

- a bare figure as the clause's whole content: a count the actor reports ("some 7,500
  people have been infected", "the number of confirmed cases had risen to 1,003", "we're
  reporting 91 confirmed cases", "has confirmed the locations of the 91 US cases") or a
  background rate ("influenza is a factor in 36,000
  deaths a year"). A count is news on its day and stale a week later; it ranks below any
  stance (``figure_only``), and is shown only as an actor's first line, when it has
  nothing better;
- a monitoring verb as the clause's predicate: "it was closely following the new cases",
  "officials were monitoring the progress of the virus" say where the speaker looks, not
  what it thinks or does (``monitoring``);
- a statement whose own words name none of the story's matter, in a brief with a query:
  neither a query word, nor another principal actor, nor mostly the words the story's
  sources commonly use ("has asked Taiwan … to help combat the world financial crisis",
  in a commentary that comes to the flu a sentence later: ``off_story``);
- a plural label ("Democrats said …", some members filed under their party) that takes no
  side and names no principal: some candidates' reasons to attend a convention, a host
  committee's fundraising, not the party's stance (``sideless_label``).

The last three are filler: a profile shows them in no place, and an actor with only these
shows none.
"""

from __future__ import annotations

import re
from collections.abc import Set

from briefgen.aggregate.names import word_tuple
from briefgen.models import Position

__all__ = ["figure_only", "monitoring", "names_matter"]

# A figure: digits ("7,500", "1.2"), or a number word, with what bounds or qualifies it
_NUMBER = (
    r"(?:(?:some|about|around|roughly|nearly|almost|over|at\s+least|more\s+than|fewer\s+than"
    r"|less\s+than|up\s+to|only|just)\s+)?"
    r"(?:\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred))?|(?:two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred|hundreds"
    r"|thousands|dozens|a\s+dozen)(?:\s+(?:million|thousand|hundred))?)"
    r"(?:\s+(?:more|new|additional|further|confirmed|suspected|probable))*"
)
# The clause reports its figure: a subject counted by what befell it ("20 people have
# died", "three more cases have been confirmed"), the actor counting ("had confirmed 160
# cases", "we're reporting 91 confirmed cases"), a tally's level ("the number … had risen to
# 1,003"), or a figure per year (a background rate: "36,000 deaths a year").
_COUNTED = re.compile(
    rf"^\W*(?:[\w.'’-]+\s+){{0,3}}?{_NUMBER}\s+(?:[\w'’-]+\s+){{0,5}}?"
    r"(?:have|has|had|were|was|are|is)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+)?(?:been\s+)?"
    r"(?:infected|died|killed|confirmed|diagnosed|hospitali[sz]ed|sickened|reported|treated"
    r"|tested\s+positive|recorded)\b"
    rf"|^\W*(?:[\w'’-]+\s+){{0,2}}(?:have|has|had|was|were|is|are|'s|'re|’s|’re)?\s*"
    r"(?:now\s+)?(?:confirmed|reported|reporting|recorded|counted|registered|identified"
    rf"|diagnosed)\s+{_NUMBER}\b"
    rf"|^\W*(?:[\w'’-]+\s+){{0,3}}?(?:had\s+|has\s+|have\s+)?(?:killed|infected|sickened)\s+"
    rf"{_NUMBER}\b"
    rf"|^\W*there\s+(?:were|are|have\s+been|had\s+been)\s+(?:now\s+)?{_NUMBER}\b"
    rf"|\b(?:up|down)\s+from\s+{_NUMBER}\b"
    r"|(?:^\W*|\btaking\s+)(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:number|total|tally|toll|count)\b[^,;]{0,80}?"
    r"\b(?:rose|risen|rises|reached|reaches|climbed|jumped|increased|stands|stood|was|is|to"
    rf"|had\s+risen|has\s+risen|has\s+reached|had\s+reached)\s+(?:to\s+|at\s+)?{_NUMBER}\b"
    rf"|\b{_NUMBER}\s+(?:[\w'’-]+\s+){{0,3}}(?:a|per|each|every)\s+year\b",
    re.I,
)
# A second clause that says more than the figure: a contrast, a reason, a claim joined on
_MORE = re.compile(
    r"[;:—–]|\s--\s|,\s*(?:but|although|though|while|because|so|and\s+(?:that|it|he|she"
    r"|they|we|the))\b|\b(?:but|although|though|because|however)\b|\band\s+that\b",
    re.I,
)


# A cue that counts ("has confirmed", "reported") before a content that opens with its
# figure ("20 deaths from the flu"): the figure is what the actor told.
_COUNTING_CUE = frozenset(
    """
    confirm confirms confirmed confirming report reports reported reporting record records
    recorded count counts counted register registers registered
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_OPENS_WITH_FIGURE = re.compile(rf"^\W*{_NUMBER}\b", re.I)
# After a counting cue, a content with a figure and no verb of its own is a noun phrase
# of the count ("the locations of the 91 US cases"): an auxiliary or a past form tells a
# clause.
_FIGURE = re.compile(r"\b\d[\d,.]*\b")
_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might"
    r"|must|do|does|did|\w+ed|that)\b",
    re.I,
)


def figure_only(p: Position) -> bool:
    """Whether ``p``'s whole content is a figure it reports (``_COUNTED``, or a counting
    cue before a content opening with its figure), with no second clause saying more
    (``_MORE``): a count or a background rate, no stance."""
    if _MORE.search(p.text) is not None:
        return False
    cue = (p.cue or "").split()
    counted = bool(cue) and cue[-1].casefold() in _COUNTING_CUE
    if counted and _OPENS_WITH_FIGURE.match(p.text):
        return True
    if counted and _FIGURE.search(p.text) and _CLAUSE.search(p.text) is None:
        return True
    return _COUNTED.search(p.text) is not None


# The clause's predicate is a verb of watching, with its aspect and manner: where the
# speaker looks ("was closely following the new cases", "are monitoring the situation"),
# at its start after a short subject, alone or after "taking … seriously and".
_MONITORING = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,3}?(?:is|are|was|were|had\s+been|has\s+been|have\s+been"
    r"|will\s+be|would\s+be|continues?\s+to|continued\s+to|'s|'re|’s|’re)\s+"
    r"(?:\w+\s+){0,5}?(?:and\s+)?(?:(?:closely|carefully|actively|constantly|continuing\s+to)\s+)?"
    r"(?:monitor(?:ing)?|follow(?:ing)?|watch(?:ing)?|track(?:ing)?|keep(?:ing)?\s+an?\s+"
    r"(?:close\s+)?eye\s+on)\b(?!\s+(?:up|through|in|suit|orders|the\s+lead)\b)",
    re.I,
)


def monitoring(p: Position) -> bool:
    """Whether ``p``'s predicate is a verb of watching (``_MONITORING``) and the clause says
    nothing more (``_MORE``): "it was closely following the new cases"."""
    return _MONITORING.search(p.text) is not None and _MORE.search(p.text) is None


def names_matter(
    text: str, query: Set[str], principals: tuple[frozenset[str], ...], speaker: Set[str]
) -> bool:
    """Whether ``text`` itself (not its sentence) names a ``query`` word or a principal
    actor other than the ``speaker``, in the possessive too ("Trump's penchant")."""
    said = set(word_tuple(_POSSESSIVE.sub("", text)))
    if (query - speaker) & said:
        return True
    return any(names <= said and not names <= speaker for names in principals)


_POSSESSIVE = re.compile(r"['’]s\b")
