"""An outcome a page of the day reports in the present perfect, with no date word.

A live page or an evening report announces the day's result as it comes: "X has won the
state's primary", "Y has suspended her campaign", "the court has ruled ...". The present
perfect tells a result just reached, so such a sentence carries no date word, and the
extract stage reads it at publication (``anchor`` ``"publication"``), a reading the
timeline leaves out. Its sentence is then missing from the day it is the news of, while
the same page's dated side details ("X voted on Saturday") stand for that day.

The present perfect dates a result to the time of writing only where a report tells its
news: in its lede, or in the first sentence of a live page's entry (``_openings``).
Further down a report, "X has pleaded not guilty" is the background every later report
of a trial recalls; a chronology's opening line sums up the story at writing. And only on
a page that reports its own day: a page of the next morning says "has won" of the day
before. So the reading is taken as the day's event only where the page's news day is its
publication day: the first day it states as a happening (``focus.news_day``) and the
last it states before the sentence are both the day of publication, and the page is no
dated list. The sentence must tell the outcome itself: an
outcome verb (``outcomes.OUTCOME_LEMMAS``) in the present perfect as the narration's own
predicate, with nothing before it that makes it a quotation, a report of what someone
said, or a clause of another (``_FRAMED``), no date of its own (a dated sentence is
the extract stage's), and no tally (``_TALLY``: "has won 10 of the 15 states" is where a
race stands, no result of that day).
"""

from __future__ import annotations

import re

from briefgen.aggregate.outcomes import OUTCOME_LEMMAS
from briefgen.extract.focus import news_day
from briefgen.extract.saying import in_news_week
from briefgen.lede import lede_starts
from briefgen.models import EventMention, Extraction
from briefgen.structure.datedlist import date_labels
from briefgen.structure.stories import BREAKS

__all__ = ["perfect_outcomes"]

# The perfect's auxiliary right before the predicate, an adverb of manner or of just-now
# allowed between ("has narrowly won", "has now officially suspended"); a passive's "been"
# ("has been elected"). A negation ("has not won") is no result.
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:(?:now|just|already|also|officially|formally|\w+ly)\s+){0,2}"
    r"(?:been\s+)?$",
    re.I,
)
# Words before the predicate that make it something other than the narration's own
# result: a quotation's mark, a verb of saying, a subordinator or a relative pronoun.
_FRAMED = re.compile(
    r"[\"“”‘]|\b(?:said|says|say|told|tells|according|announced|reported|reports|projected"
    r"|predicted|expects?|believes?|thinks?|hopes?|that|who|which|whom|whose|after|before"
    r"|if|when|whether|since|because|although|though|while|until|unless|once|as)\b",
    re.I,
)
# A running tally for the object: a count of contests or of delegates won so far ("has
# won at least 139 delegates", "has won 10 of the 15 states"), or a standing won over time
# ("has won overwhelming support from ..."): where a race stands, no result of the day.
_TALLY = re.compile(
    r"^\s*(?:(?:at\s+least|at\s+most|about|nearly|roughly|only|just|more\s+than|fewer\s+than)"
    r"\s+)?(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|more"
    r"|most|all|both|every|each|several|many|none)\b"
    r"|(?:[\w-]+\s+){0,2}?(?:support|backing|praise|plaudits|respect|admiration|favou?r"
    r"|sympathy|attention|following|fans)\b)",
    re.I,
)
# A subject that negates the result or counts its agents ("Neither X nor Y has won a
# state", "More lawmakers have endorsed her than him"): a comparison or a tally.
_NO_RESULT = re.compile(
    r"\b(?:neither|nor|no\s+one|nobody|none|never|not|more|most|fewer|many|several)\b|\d",
    re.I,
)


def perfect_outcomes(extraction: Extraction) -> list[EventMention]:
    """The ``extraction``'s readings at publication that are an outcome the page reports in
    the present perfect on its own news day (see the module's docstring), as they are."""
    document = extraction.document
    dct = document.dct
    if dct is None:
        return []
    candidates = [
        m
        for m in extraction.events
        if m.anchor == "publication"
        and m.predicate is not None
        and m.lemma in OUTCOME_LEMMAS
        and m.date == dct.isoformat()
        and _told_perfect(
            m.evidence.sentence,
            m.predicate[0] - m.evidence.sentence_start,
            m.predicate[1] - m.evidence.sentence_start,
        )
    ]
    if not candidates:
        return []
    own = [m for m in extraction.events if m.anchor == "own"]
    first = news_day(document, own)
    if first is None or first.value != dct.isoformat():
        return []  # the page reports an earlier day first: its "has won" may be of that day
    if next(iter(date_labels(document.text, document.blocks)), None) is not None:
        return []  # a chronology's opening line sums up where the story stands at writing
    stated = sorted(
        (m.evidence.start, w.day)
        for m in own
        if not m.scheduled
        and m.timex.text
        and (w := m.when) is not None
        and in_news_week(w.day, dct)
    )
    dated_sentences = {m.evidence.sentence_start for m in own}
    opening = _openings(extraction)
    out: list[EventMention] = []
    for m in candidates:
        at = m.evidence.sentence_start
        if at not in opening or at in dated_sentences:
            continue
        before = [day for start, day in stated if start < at]
        if before and before[-1] != dct:
            continue  # the page's last stated day before the sentence is an earlier one
        out.append(m)
    return out


def _openings(extraction: Extraction) -> frozenset[int]:
    """The starts of the sentences that open the report (its lede, ``lede.lede_starts``) or
    one of its entries (the first sentence after a live page's time or a story break):
    where a report tells its news. Further down, a present perfect is the background every
    later report recalls ("X has pleaded not guilty", in a trial's daily reports)."""
    document = extraction.document
    lede = sorted(lede_starts(extraction))
    out = set(lede[:1])
    breaks = sorted(b.end for b in document.blocks if b.kind in BREAKS)
    starts = sorted(
        start for start, end in extraction.sentences if document.text[start:end].strip()
    )
    for end in breaks:
        first = next((s for s in starts if s >= end), None)
        if first is not None and not any(end <= b < first for b in breaks if b != end):
            out.add(first)
    return frozenset(out)


def _told_perfect(sentence: str, start: int, end: int) -> bool:
    """Whether the predicate at ``start:end`` of ``sentence`` is the narration's own verb in
    the present perfect, with no tally for its object."""
    head = sentence[:start]
    if _PERFECT.search(head) is None or _FRAMED.search(head) is not None:
        return False
    if _NO_RESULT.search(head) is not None:
        return False
    tail = sentence[end:]
    if tail.lstrip().startswith(("?", ",")) or sentence.rstrip().endswith("?"):
        return False
    return _TALLY.match(tail) is None
