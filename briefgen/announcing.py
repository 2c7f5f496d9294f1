"""Sentences that announce what the next one says: no content of their own.

Wire, aggregator and broadcast-recap copy opens a point with a sentence that carries the
actor and the day but not the point, which the next sentence (or quotation) delivers:

- a verb of speaking, criticizing or appearing with nothing said after it, only whom,
  where and when: "X also criticized Y during a rally Friday in Hartford", "X talked politics
  Monday on a morning show", "an anchor interviewed the candidate" (the quotation follows);
- being seen somewhere: "X was seen entering the tower" (what the visit was comes later);
- a contest told as still open ("was down to the wire", "remained too close to call",
  "neck and neck") when the sentences right after give its result ("X led 212,205 to
  210,424", "X claimed victory"): the result is the news, the suspense its set-up;
- a plan the next sentence calls off ("X was planning to hold a fund-raiser on Thursday"
  → "Hours later, the company said the event was canceled"), or a plan or a third party's
  report under a headline denying it (``plans.called_off``, ``plans.denied_by``): the
  timeline shows the plan with the sentence undoing it, and nothing shows the denied claim.

Such a sentence holds the date and the actor, so the summary and the timeline would pick
it and show the reader nothing; it is passed over (``shown.read_alone``), and the sentence
carrying the point is read on its own. Nothing here names a person, an outlet or a topic:
the verbs are general classes, and what may follow them is a closed class of words that
say where, when and with whom (anything else is taken to say what).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefgen import speech_verbs
from briefgen.aggregate.outcomes import OUTCOME_LEMMAS
from briefgen.contests import OPEN_STATE
from briefgen.lead_in import (
    anecdote,
    answers,
    background,
    delivers,
    holds_back,
    recalls,
    teases,
    under_way,
)
from briefgen.models import Extraction
from briefgen.plans import called_off, denied_by, planned

__all__ = ["announcing", "open_contest", "passed_over", "payload", "tells_result"]

# How many sentences after a contest's suspense may tell its result.
RESULT_REACH = 3
# A payload: a quotation, or a verb of saying ("he said", "told the crowd").
_SAYING = re.compile(
    rf"[\"“”«»]|\b{speech_verbs.alternation(speech_verbs.told_forms(speech_verbs.QUOTE_TAGS))}\b",
    re.I,
)
# A report's frame before what it reports: "X reported Wednesday that …".
# (before "that", "reports" is a verb: "the reports that …" frames what it reports too)
_FRAMING = speech_verbs.told_forms({"say", "write", "tweet", "note", "report"}) | {"reports"}
_REPORTED = re.compile(rf"^.*?\b{speech_verbs.alternation(_FRAMING)}\b[^,;:]*?\bthat\s+", re.I)


def passed_over(text: str, start: int, end: int, extraction: Extraction | None) -> bool:
    """Whether ``text`` (the sentence at ``[start, end)`` of ``extraction``'s document)
    only sets up what the sentences after it tell: an announcing sentence (``announcing``)
    whose next sentence carries a quotation or a saying, a contest told as open
    (``open_contest``) or as under way (``lead_in.under_way``) whose result one of the next
    ``RESULT_REACH`` sentences gives, a teaser (``lead_in.teases``) with a sentence after
    it, a speech act or a meeting whose point the next sentence delivers
    (``lead_in.holds_back``), a quotation's anecdote the next sentence goes on with
    (``lead_in.anecdote``), or a contention told as a state (``lead_in.background``) the
    next sentence answers."""
    if extraction is None:
        return False
    if denied_by(text, extraction.document.title):
        return True  # "'…,' a news agency reported" under "X denies …": the denial is the news
    if _undone(text, start, end, extraction):
        return True
    if teases(text):
        # "A judge issued a ruling today that should make X smile.": what it was, next
        return bool(_following(start, end, extraction, 1))
    if background(text) and any(answers(s) for s in _following(start, end, extraction, 1)):
        return True  # "A debate over whether X may run emerged …" + "The board ruled …"
    if holds_back(text):
        # "X offered some pointed advice to Y on Friday." + "X told a show that …": passed
        # over only when the next sentence delivers it; alone, the meeting is the news
        return _held_back(text, start, end, extraction) is not None
    empty, open_ = announcing(text), open_contest(text) or _under_way(text)
    recalled = recalls(text)
    if not (empty or open_ or recalled):
        return False
    after = _following(start, end, extraction, RESULT_REACH if open_ else 1)
    if recalled and anecdote(text, after[0] if after else None):
        return True  # "'I remember some months ago …,' X said." "'… is a fireable offense.'"
    if empty and after[:1] and _SAYING.search(after[0]):
        return True
    return open_ and any(tells_result(s) for s in after)


def _under_way(text: str) -> bool:
    """A contest told as under way (``lead_in.under_way``) with no result of its own."""
    return under_way(text) and not tells_result(text)


def payload(text: str, start: int, end: int, extraction: Extraction | None) -> str | None:
    """The sentence after ``text`` (at ``[start, end)``) that delivers what it announces:
    when ``text`` is an announcing sentence (``announcing``) and the next sentence carries a
    quotation or a saying, whole (its quotation marks closed within it), that sentence. The
    timeline shows the two together under the announcing sentence's date: the point, dated
    by the sentence that gives the day ("X also criticized Y during a rally Friday. 'Y is a
    joke,' he said."). A plan the next sentence calls off has that sentence as its point:
    the plan is shown only with its outcome; so has a teaser (``lead_in.teases``) the
    sentence after it, when that one closes its quotations and teases nothing itself, and
    a speech act or a meeting told without its point (``lead_in.holds_back``) the next
    sentence delivering it ("X offered some advice to Y." + "'…,' X said.")."""
    if extraction is None:
        return None
    if _undone(text, start, end, extraction):
        # "X was planning a fund-raiser on Thursday." + "Hours later, the event was canceled."
        return _following(start, end, extraction, 1)[0].strip()
    after = _following(start, end, extraction, 1)
    point = after[0].strip() if after else ""
    if teases(text):
        # "A judge issued a ruling today that should make X smile." + "The judge ruled
        # that …": the ruling is the point, dated by the teaser's "today"
        return point if point and _closed(point) and not teases(point) else None
    if holds_back(text):
        return _held_back(text, start, end, extraction)
    if not announcing(text) or open_contest(text):
        return None
    if not point or not _SAYING.search(point) or not _closed(point):
        return None
    return point


def _held_back(text: str, start: int, end: int, extraction: Extraction) -> str | None:
    """The next sentence after ``text`` (``lead_in.holds_back``) when it delivers its point
    (``lead_in.delivers``), closes its quotations and holds nothing back itself."""
    after = _following(start, end, extraction, 1)
    point = after[0].strip() if after else ""
    if not point or not _closed(point) or teases(point) or holds_back(point):
        return None
    return point if delivers(text, point) else None


def _undone(text: str, start: int, end: int, extraction: Extraction) -> bool:
    """Whether ``text`` tells a plan (``plans.planned``) the next sentence calls off."""
    if not planned(text):
        return False
    after = _following(start, end, extraction, 1)
    return bool(after) and called_off(after[0])


def _closed(text: str) -> bool:
    """Whether every quotation ``text`` opens, it closes."""
    straight = text.count('"') % 2 == 0
    return straight and text.count("“") == text.count("”")


def _following(start: int, end: int, extraction: Extraction, n: int) -> list[str]:
    """The ``n`` sentences of the document after the one at ``[start, end)``: the
    extraction's, or (an extraction that read only names, as the chronology's) split at
    sentence ends."""
    sentences = extraction.sentences
    text = extraction.document.text
    if sentences:
        at = bisect_right([s for s, _ in sentences], start)
        return [text[s:e] for s, e in sentences[at : at + n]]
    return [s for s in _SENTENCE_END.split(text[end : end + _AHEAD_CHARS].strip()) if s][:n]


# Where a sentence ends, for a document read without its sentences.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“‘A-Z])|\n\s*\n")
# How far past a sentence its next ones are looked for, without the extraction's sentences.
_AHEAD_CHARS = 1500

# A quotation mark; a curly apostrophe inside a word ("MSNBC’s", "don’t") is none.
_QUOTE_MARK = re.compile(r"[\"“”«»]|(?<![A-Za-z])[‘’]|[‘’](?![A-Za-z])")

# Verbs whose content is what was said or done to someone: alone with whom, where and
# when they say nothing ("criticized Clinton during a rally", "talked politics on TV").
_EMPTY_VERB = re.compile(
    r"\b(?:(?:also|again|briefly|separately|then)\s+)?"
    r"(?P<verb>criticized|criticised|mocked|lambasted|praised|talked|spoke|chatted"
    r"|interviewed|commented|appeared"
    r"|weighed\s+in|sat\s+down|took\s+aim\s+at|went\s+after|lashed\s+out\s+at"
    r"|(?:was|were)\s+(?:seen|spotted|photographed)"
    r"|(?:has|have|had)\s+(?:criticized|criticised|talked|spoken|weighed\s+in))\b",
    re.I,
)

# What may follow such a verb and add no content: whom, where, when, on which programme.
# Capitalised words (names, places, programmes, days) are read as such; a lowercase word
# outside this class says what ("criticized the plan", "spoke on the economy").
_ADJUNCTS = """
    a an the his her their its our this that these those
    on in at during with to after before while near outside inside into from by
    and of also again briefly separately then both
    politics
    rally rallies interview interviews show shows program programs programme programmes
    broadcast appearance event events stop stops campaign trail town hall halls meeting
    press conference conferences speech speeches visit visits radio television tv cable
    network news segment live set studio stage crowd crowds supporters audience
    podcast webcast fundraiser dinner breakfast lunch luncheon forum debate
    night morning afternoon evening day late early last week weekend today yesterday
    tonight recently earlier later
    entering leaving arriving departing walking exiting
    building tower office offices headquarters hotel restaurant house home residence
    front lobby reporters journalists voters donors students workers veterans
"""
_ADJUNCT_WORDS = frozenset(_ADJUNCTS.split())
# Role words before a name, as in "presidential candidate and proud progressive X": a
# run of lowercase words right before a capitalised word describes whom.
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*|\d[\d,.:]*|[^\sA-Za-z\d]")
# A clause, a saying or a reason after the verb says what: "that ...", "saying ...",
# "for ...", "over ...", "as ...", "about ...", a colon.
_CONTENT = re.compile(
    r"\b(?:that|saying|said|says|telling|asking|calling|accusing|arguing|claiming|insisting"
    r"|warning|urging|noting|adding|for|over|as|about|because|whether|who|which|what|how"
    r"|why|where|when|if|than|but|not|no|never)\b|[:;?!—–]",
    re.I,
)
# At most this many words describe a name ("presidential candidate and proud progressive").
_DESCRIBING = 6
# A time or a number: when, not what (a figure is checked apart: it says what).
_TIME_WORD = re.compile(r"^(?:\d{1,2}(?::\d\d)?|a\.m\.|p\.m\.|am|pm)$", re.I)


def announcing(text: str) -> bool:
    """Whether ``text`` announces a saying or an encounter and says nothing of it: a verb
    of speaking, criticizing or appearing followed only by whom, where and when, or someone
    "seen" somewhere. A quotation, a clause ("that …", "saying …"), a reason ("for …",
    "over …") or an object saying what (a lowercase word outside the closed class of
    places, programmes and times) gives the sentence content of its own."""
    if _QUOTE_MARK.search(text):
        return False
    body = text.rstrip().rstrip(".")
    m = _EMPTY_VERB.search(body)
    if m is None:
        return False
    before, rest = body[: m.start()], body[m.end() :]
    before = _REPORTED.sub("", before)  # "X reported that [Y was seen entering …]"
    if not rest.strip() or _CONTENT.search(rest) or _CONTENT.search(before):
        # nothing after the verb: it closes a relative clause ("an arrangement the campaign
        # has criticized"); a clause before it ("reported that …", "who …") is the news
        return False
    if re.search(r"\d[\d,]*\s*(?:%|percent|votes|delegates|million|billion)", rest, re.I):
        return False
    words = _WORD.findall(rest)
    return _only_adjuncts(words)


def _only_adjuncts(words: list[str]) -> bool:
    """Whether ``words`` (what follows the verb) name only whom, where and when: every
    lowercase word is of the closed class, or describes the name right after it."""
    run: list[str] = []  # lowercase words outside the class, waiting for a name
    for w in words:
        if w in {",", "."} or _TIME_WORD.match(w):
            if run:
                return False  # "criticized the deal, ..." : a thing, not a person
            continue
        if not w[:1].isalpha():
            return False
        if w[0].isupper():
            run = []  # the words before described this name ("proud progressive X")
            continue
        if w.lower() in _ADJUNCT_WORDS and not run:
            continue
        if w.lower() in _ADJUNCT_WORDS and w.lower() != "and":
            return False  # "the plan to ban …", "the deal with …": a thing, said of
        run.append(w)
        if len(run) > _DESCRIBING:
            return False
    return not run


# A contest told as still undecided (``contests.OPEN_STATE``): the suspense, not the result.
_OPEN_CONTEST = re.compile(
    r"\b(?:(?:was|were|is|are|remained|remains|stayed|stays|went|goes|came|comes|appeared)"
    rf"\s+(?:still\s+)?){OPEN_STATE}\b"
    r"|\b(?:had|has|have)\s+(?:yet|still)\s+(?:not\s+)?(?:to\s+)?be(?:en)?\s+called\b"
    r"|\btoo\s+close\s+to\s+call\b",
    re.I,
)


def open_contest(text: str) -> bool:
    """Whether ``text`` tells a contest as still open ("was down to the wire", "remained
    too close to call", "neck and neck"), with no result of its own."""
    return _OPEN_CONTEST.search(text) is not None and not tells_result(_OPEN_CONTEST.sub(" ", text))


def _inflections(lemma: str) -> set[str]:
    """A verb's past forms: the irregular ones of ``_IRREGULAR``, else by regular spelling."""
    if lemma in _IRREGULAR:
        return set(_IRREGULAR[lemma])
    if lemma.endswith("e"):
        return {lemma + "d"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma[:-1] + "ied"}
    return {lemma + "ed"}


_IRREGULAR = {
    "win": ("won",),
    "lose": ("lost",),
    "beat": ("beat", "beaten"),
    "choose": ("chose", "chosen"),
    "quit": ("quit",),
    "withdraw": ("withdrew", "withdrawn"),
    "acquit": ("acquitted",),
    "ban": ("banned",),
    "plead": ("pleaded", "pled"),
}
# A result told in the sentences after a contest's suspense: an outcome verb in the past
# (``outcomes``: "won", "conceded", "was declared"), a lead or a victory claimed, or a
# count against a count ("212,205 to 210,424", "51 percent to 49 percent").
_RESULT = re.compile(
    r"\b(?:"
    + "|".join(sorted({f for lemma in OUTCOME_LEMMAS for f in _inflections(lemma)}, key=len)[::-1])
    + r"|led|leads|claimed\s+victory|declared\s+victory|projected|the\s+winner)\b"
    r"|\d[\d,.]*\s*(?:%|percent|votes)?\s+to\s+\d[\d,.]*",
    re.I,
)


def tells_result(text: str) -> bool:
    """Whether ``text`` tells a result: an outcome verb in the past, a lead, a victory
    claimed, a count against a count."""
    return _RESULT.search(text) is not None
