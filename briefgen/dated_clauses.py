"""Clauses whose date is not the news of the sentence they stand in.

A sentence shown under a date in the timeline must tell what happened on that date. These
patterns read the words before a dated phrase or verb and recognise where that date belongs
to a clause of another kind: an aside, a comparison's standard, a picture's moment, a day
someone is asked to act on, a reason or a reported claim, or a future told of a thing the
sentence names. The timeline (``timeline_context.TimelineContext.shown``) asks them.
"""

from __future__ import annotations

import re

from briefgen.newsworthy import FUTURE_AUXILIARY

__all__ = [
    "ADVERBIAL",
    "COMPARED",
    "DEPICTS",
    "DIRECTED",
    "RELATIVE_FUTURE",
    "SUBORDINATE",
    "WITHIN",
]

# A dated phrase after one of these frames the sentence's own news: "fought alongside the
# Taliban during this summer's offensive" happened within that summer.
WITHIN = re.compile(r"\b(?:during|throughout|amid|amidst|in\s+the\s+course\s+of)\s*$", re.I)
# An adverbial phrase opening the sentence, not its subject: the date it holds is that of a
# comparison, a stretch up to the writing or a record's start ("In the last year, the policy
# has barely budged", "Just like in 2012, …", "Since Clinton won in 1996, …").
ADVERBIAL = re.compile(
    r"^\W*(?:(?:just|much|exactly)\s+)?(?:in|on|at|over|within|since|unlike|like|similar|than)\b",
    re.I,
)
# What a recording or a picture shows: "footage of Trump saying during the debate last
# week". The date is the shown moment's; the sentence's news is the item showing it (an ad,
# a film released later), which that date does not date.
DEPICTS = re.compile(
    r"\b(?:footage|videos?|clips?|recordings?|tapes?|audio|images?|pictures?|photos?"
    r"|photographs?)\s+(?:of|showing)\s+(?:[\w'’.-]+\s+){0,4}$",
    re.I,
)

# The date of a comparison's standard: "worse than what obtained in 2001", "more than in
# 2012", "harder than they were hit by France in airstrikes on Sunday night", or after a
# verb of surpassing ("do not eclipse her showing in the state from 2008"). The sentence's
# news is the state compared, not what happened then.
# A quantity compared ("more than 300,000 last year", "by less than one point in 2000") is
# no standard: its date is the news.
COMPARED = re.compile(
    r"\bthan\s+(?!(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|half)\s)"
    r"(?:[^\W\d]+\s+){0,8}$"
    r"|\b(?:eclips|surpass|exceed|outnumber|outpac|outstrip)\w*\s+(?:[^\W\d][\w’']*\s+){0,6}$",
    re.I,
)

# What someone is urged, asked or invited to do on a day: the day asked for, which the
# sentence does not say came (the asking's own day is another).
DIRECTED = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)"
    r"|press(?:es|ed|ing)?|call(?:s|ed|ing)?\s+on|tell(?:s|ing)?|told)\s+"
    r"(?:[\w'’-]+\s+){1,4}?to\s+$",
    re.I,
)

# A subordinate clause or a reported claim the dated verb stands in: "because they hope
# Warren will help convince them to vote for her in November", "a report saying the
# campaign invited him to appear in July". The sentence's news is its main clause.
SUBORDINATE = re.compile(
    r"\b(?:because|while|although|though|whereas|unless|saying|claiming|suggesting)\b", re.I
)


# The future told in a relative clause right before the dated verb: "New Hampshire, which
# will hold its primary on Feb. 9", "the senator, who is to speak on Monday". A clause
# that says "that … will" reports what someone announced, and stays the news.
RELATIVE_FUTURE = re.compile(
    rf"\b(?:which|who|whose|where)\s+(?:[\w'’-]+\s+){{0,3}}?{FUTURE_AUXILIARY}\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
