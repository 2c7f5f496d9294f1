"""Whether a sentence's one date is the date of the news it tells, for the printed chronology.

A chronology entry is a source sentence under a date: the reader takes the date for the
sentence's news. That holds only when the date is attached to the sentence's main
predicate. English grammar gives the cases where it is not:

- the date is inside the clause of a participant, not the sentence's own: a relative or
  complement clause ("Obama dismissed the criticism of X, which filed for bankruptcy in
  April"; "seizing upon a report that Trump had a loss in 1995");
- the date modifies a noun ("Trump's 1995 tax filings", "the 2015 budget deficit", "an
  August speech", "this year's campaign", "Monday's debate"): it dates the thing named,
  not what the sentence says happened to it;
- the main verb is in the present tense and the date is well before the report: the
  sentence tells a present finding or state ("an analysis suggests the virus is mild, as
  in the 1990s"; "the commissioner says no one released the 1995 filings"), which the
  date does not date. A live page narrates its own days in the present ("Johnson tells
  MSNBC on Friday"), so only a date more than ``PRESENT_REACH`` before the report counts;
- the date is inside an aside in brackets ("Officials are inspecting all imported pigs
  (about 420 were imported in 2008)"): it dates the aside;
- the date is inside a quotation: it is the speaker's ("the announcer said, 'It's 3
  a.m.'", "'when we started this journey on June 16th of last year'"), not the narrator's
  date for what the sentence reports;
- the date ends a state ("closed until Monday", "until Thursday, he had refused") or a
  range ("between 2005 and January 2009"), or begins a period ("Since the outbreak was
  declared on 23 April, the city has spent ..."): it dates no happening;
- the date is attached to a noun ("the singer's death in 2009") or to the verb of a
  relative or adverbial clause ("A nurse who treated Jackson in 2009 will testify");
- a subordinate clause opens between the verb the date was attached to and the date
  ("accused Mexico of hiding it until after Obama had visited on 16 April"): the date is
  that clause's;
- the date begins after the report's own day and the sentence does not announce it: a
  report cannot tell as done what had not yet happened (a "this weekend" read forward in
  a Monday paper's "told ... this weekend").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefgen.dated_clauses import subordinate
from briefgen.models import EventMention
from briefgen.newsworthy import announces
from briefgen.when import MONTH_ABBRS, When

__all__ = ["PRESENT_REACH", "dates_news"]

# How far back a present-tense sentence may narrate: a live page's or a weekly's days.
PRESENT_REACH = timedelta(days=7)

# A dated phrase after one of these frames the sentence's news ("during this summer's
# offensive"): the news happened within it (as the timeline's ``_WITHIN``).
_WITHIN = re.compile(r"\b(?:during|throughout|amid|amidst|in\s+the\s+course\s+of)\s*$", re.I)
# What may stand before a clause that opens the sentence and still be its news: quotes.
_OPENING = ' "“‘'
# A determiner or possessive right before the date, and a lower-case word after it: the
# date is a premodifier of that noun ("the 2015 budget", "Trump's 1995 filings", "an
# August speech").
_DETERMINER = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|my|your|whose)|['’]s)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|through|until|till|when|as|that|which)\b)[a-z]")
# A date in the possessive names a thing of that day: "Monday's debate", "this year's race".
_POSSESSIVE = re.compile(r"['’]s\b")
# Present-tense main verbs: "is", "are", the third person's "-s" ("says", "suggests"); not
# "was", "has" (a present perfect tells the past), "does".
_PRESENT = re.compile(r"(?:is|are|am|[a-z]*[^s'’]s)", re.I)
_NOT_PRESENT = frozenset(("was", "has", "does", "his", "its", "this", "thus", "yes", "us"))


def dates_news(mention: EventMention, published: date | None) -> bool:
    """Whether ``mention``'s date is that of its sentence's news: the date is attached to
    the main predicate (the clause is the sentence, or opens it), it does not modify a
    noun, and a present-tense main verb does not tell a finding about a far earlier time.
    ``published`` is the reporting document's day, when known."""
    ev = mention.evidence
    sentence = ev.sentence
    if ev.text != sentence:
        before = sentence[: max(0, ev.start - ev.sentence_start)]
        if before.strip(_OPENING) and _WITHIN.search(before) is None:
            return False  # the date is in another clause's participant, not the news
    at = mention.timex.start - ev.sentence_start
    end = mention.timex.end - ev.sentence_start
    if 0 <= at <= end <= len(sentence) and _dates_noun(sentence, at, end):
        return False
    if any(q.start() < at < q.end() for q in _QUOTED.finditer(sentence)):
        return False
    if sentence.count("(", 0, at) > sentence.count(")", 0, at):
        return False  # an aside in brackets: "(about 420 pigs were imported in 2008)"
    if _in_dashes(sentence, at, end):
        return False  # "Dr Lane - who was with him when he collapsed last Thursday - had ..."
    if _UNTIL.search(sentence[:at]):
        return False  # "closed until Monday": the end of a state, no happening of that day
    if mention.predicate is not None:
        verb_start, verb_end = (p - ev.sentence_start for p in mention.predicate)
        if _across_colon(sentence, (verb_start, verb_end), (at, end)):
            return False  # "One obstacle remained: contests in Ohio in early March"
        if _own_year(sentence, (verb_start, verb_end), mention.date):
            return False  # "the 2008 contests ... last month": what is told is of 2008
        if subordinate(sentence, (verb_start, verb_end), at):
            return False  # "A nurse who treated Jackson in 2009 will testify"
        written = _WRITTEN.search(mention.timex.text) is not None
        if written and 0 <= verb_end <= at and _NOUN_IN.search(sentence, verb_end, at):
            return False  # "stand trial over the singer's death in 2009": the death's year
    return not _present_finding(mention, published) and not _ahead(mention, published)


# A date ending a state or a period: "closed until at least Thursday", "until Thursday,
# Trump has refused".
_UNTIL = re.compile(
    r"\b(?:until|till|through|to)\s+(?:at\s+least\s+|after\s+)?$"
    r"|\bbetween\s+[\w.,-]+(?:\s+[\w.,-]+)?\s+and\s+$"  # a range's end: "between 2005 and 2009"
    r"|\b(?:since|until)\b[^,;:]*$",  # "Since the outbreak was declared on 23 April, ..."
    re.I,
)
# A possessed noun right before a year or a month: the noun takes the date ("stand trial
# over the singer's death in 2009"). Without a possessor the date may be the verb's
# ("filed his tax return in 1995"), and one read from the report's day ("this week") is.
_NOUN_IN = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}?[a-z][\w-]*\s+(?:in\s+)?$")
_WRITTEN = re.compile(rf"\b(?:1[5-9]|20)\d\d\b|\b(?:{MONTH_ABBRS})[a-z]*\b")
# Double quotation marks: a date inside is the speaker's.
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


# A dash set between spaces, as an aside opens and closes: "Dr Lane - who was with the
# singer when he collapsed last Thursday - had provided information".
_DASH = re.compile(r"\s(?:-|--|–|—)\s")
# A colon of the narration, outside quotations: what follows it elaborates the clause
# before ("One last obstacle remained: contests in Ohio and Texas in early March").
_COLON = re.compile(r":(?=\s)")
# A happening a year of its own premodifies, after a determiner or a possessive: "the
# 2008 Ohio and Texas contests", "a 2014 stop in Bethlehem". It happened in that year;
# a thing so dated ("his 1995 tax returns", "the 2012 nominee") may be news of any day.
_HAPPENINGS = (
    r"contests?|primar(?:y|ies)|caucus(?:es)?|elections?|races?|campaigns?|debates?"
    r"|conventions?|visits?|stops?|trips?|tours?|summits?|meetings?|conferences?|talks"
    r"|attacks?|wars?|outbreaks?|pandemics?|crisis|finals?|games?|matche?s?"
)
_YEAR_HAPPENING = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)|['’]s)\s+((?:1[5-9]|20)\d\d)\s+"
    rf"(?:[\w.’'-]+\s+){{0,4}}?(?:{_HAPPENINGS})\b"
)
# What may stand between a verb and its object: a particle or an adverb ("also made").
_TO_OBJECT = re.compile(r"\s+(?:(?:up|out|off|in|on|back|down|over|[a-z]+ly)\s+)?$")


def _in_dashes(sentence: str, at: int, end: int) -> bool:
    """Whether the date at ``sentence[at:end]`` lies inside an aside set off by dashes, one
    before it and one after it: it dates the aside (its own verb too), not the news."""
    opened = len(_DASH.findall(sentence, 0, at)) % 2 == 1
    return opened and _DASH.search(sentence, end) is not None


def _across_colon(sentence: str, verb: tuple[int, int], date: tuple[int, int]) -> bool:
    """Whether a colon of the narration stands between the predicate and the date: the
    date is the elaboration's, not the predicate's."""
    lo, hi = min(verb[1], date[1]), max(verb[0], date[0])
    narration = _QUOTED.sub(lambda q: " " * len(q.group()), sentence)
    return _COLON.search(narration, lo, hi) is not None


def _own_year(sentence: str, verb: tuple[int, int], dated: str) -> bool:
    """Whether what the sentence tells is a happening a year of its own premodifies,
    another than the mention's: its predicate ("the 2008 contests" told "last month"), or
    the predicate's object ("won the 2008 Ohio and Texas contests in early March")."""
    narration = _QUOTED.sub(lambda q: " " * len(q.group()), sentence)
    for np in _YEAR_HAPPENING.finditer(narration):
        if dated.startswith(np.group(1)):
            continue
        if np.start() <= verb[0] < np.end():
            return True  # the predicate is the happening
        if np.start() >= verb[1] and _TO_OBJECT.fullmatch(narration, verb[1], np.start()):
            return True  # the predicate's object is
    return False


def _ahead(mention: EventMention, published: date | None) -> bool:
    """Whether the date begins after the report's day while the sentence tells it as done
    (neither flagged as planned nor announced in the future)."""
    when = When.of(mention.date)
    if published is None or when is None:
        return False
    # A weekend ("2016-W38-WE") is read as its whole week; it begins on the Saturday.
    first = when.first + _TO_SATURDAY if mention.date.endswith("-WE") else when.first
    if first <= published:
        return False
    return not mention.scheduled and not announces(mention.evidence.sentence)


_TO_SATURDAY = timedelta(days=5)


def _dates_noun(sentence: str, at: int, end: int) -> bool:
    """Whether the date at ``sentence[at:end]`` modifies a noun: a possessive, or a
    premodifier between a determiner and a noun."""
    after = sentence[end:]
    if _POSSESSIVE.match(after):
        return True
    return _DETERMINER.search(sentence[:at]) is not None and _NOUN_AFTER.match(after) is not None


def _present_finding(mention: EventMention, published: date | None) -> bool:
    """Whether the mention's verb is in the present tense and its date ended more than
    ``PRESENT_REACH`` before the report: a present state or finding, not that time's news."""
    when = When.of(mention.date)
    if mention.predicate is None or published is None or when is None:
        return False
    if when.last >= published - PRESENT_REACH:
        return False
    ev = mention.evidence
    lo, hi = (p - ev.sentence_start for p in mention.predicate)
    verb = ev.sentence[max(0, lo) : max(0, hi)]
    return verb.lower() not in _NOT_PRESENT and _PRESENT.fullmatch(verb) is not None
