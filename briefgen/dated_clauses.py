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
    "AFTER_NEWS",
    "COMPARED",
    "CONSEQUENCE_NOW",
    "DEPICTS",
    "DIRECTED",
    "FROM_FIGURE",
    "RELATIVE_FUTURE",
    "SUBORDINATE",
    "WITHIN",
    "subordinate",
]

# A dated phrase after one of these frames the sentence's own news: "fought alongside the
# Taliban during this summer's offensive" happened within that summer.
WITHIN = re.compile(r"\b(?:during|throughout|amid|amidst|in\s+the\s+course\s+of)\s*$", re.I)
# A wire lede that opens on what the news means now or next and tells the news itself in an
# "after" clause: "Ann Holt will stay in Marlow for two more weeks even after a court
# Thursday refused her appeal". The clause's date is the news's; the main clause, told in
# the present or the future, has none of its own. (A main clause in the past, "Holt resigned
# a day after the board met Monday", happened on a day the sentence does not give.)
AFTER_NEWS = re.compile(r"^(?:(?:even|just|only|shortly)\s+)?after\b", re.I)
CONSEQUENCE_NOW = re.compile(
    r"\b(?:will|is|are|remains?|stays?|faces?|must|can|may|could|would)\s+(?!have\b)", re.I
)
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

# The earlier figure of a change: "rose to 2,254 from 1,639 reported on Saturday", "up from
# 1,364 on Saturday". The date is the old count's, not the new one's the sentence tells. A
# change must be said before the "from" (a verb or adverb of change, or the new figure "to
# N"): "letters from 20 readers on Monday" tells Monday's news. Words after the old figure
# hold no digit and no "to" ("from 3 percent in May to 5 percent in June" dates the new
# figure by June).
FROM_FIGURE = re.compile(
    r"\b(?:up|down|r[io]se|risen|rising|f[ae]ll|fallen|falling|increas\w*|decreas\w*|climb\w*"
    r"|jump\w*|dropp?\w*|grew|grown|growing|doubl\w*|tripl\w*|rais\w*|lower\w*"
    r"|to\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?\d[\d,.]*)"
    r"(?:\s+[^\s\d]+){0,8}?\s+from\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?"
    r"\d[\d,.]*%?\s+(?:(?!to\b|from\b)[^\W\d][\w%'’-]*\s+){0,3}$",
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


# The one question the timeline (``TimelineContext.shown``) and the printed chronology
# (``render.eventdate.dates_news``) both ask of a dated verb: is it the sentence's news, or
# the verb of a subordinate clause the news is told against ("X accused Y of hiding it
# until after Z, the US president, had visited on 16 April": the visit's day, not the
# accusation's, which the sentence leaves undated)?

# A conjunction opening an adverbial clause, or a relative pronoun. The pronouns only in
# lower case: "The WHO said on Monday" opens no clause; the conjunctions also capitalised
# at the start of the sentence ("After she had resigned on Monday, X said ...").
_CLAUSE_OPENER = (
    r"(?:who|which|whom|whose|[Aa]fter|[Bb]efore|[Uu]ntil|[Ss]ince|[Bb]ecause|[Aa]lthough"
    r"|[Tt]hough)"
)  # not "when", "while": their clause's time is the main clause's too ("while visiting")
# An auxiliary right after "before" or "since" makes it an adverb, not an opener: "a strain
# of flu never seen before has killed 60" (a relative pronoun is followed by its verb,
# "who had treated", so its clause opens anyway).
_AUXILIARY = r"(?:has|have|had|is|are|was|were|will|would|did|does|do|can|could|may|might)"
# The pluperfect: the clause's happening was over before the main clause's ("had visited").
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:not|already|just|been)\s+)?$")
_HAD = re.compile(r"\bhad\b")
# The opener right before the dated verb, with at most three words (its subject) between:
# "until after Obama had visited", "who treated Jackson". A comma closes the clause unless
# it sets off an appositive, which ``_APPOSITIVE`` removes first.
_OPENS_BEFORE = re.compile(rf"\b{_CLAUSE_OPENER}\s+(?!{_AUXILIARY}\b)(?:[\w'’.-]+\s+){{0,3}}$")
# An appositive noun phrase set between commas, led by a determiner: "Obama, the US
# president, had visited". It names the subject again and opens no clause of its own.
_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an|his|her|its|their)\s+[^,;:()\"“”]{1,60}?,\s+", re.IGNORECASE
)
# After the dated verb, an opener followed by a clause of its own: a finite verb among the
# next few words ("said it until after they had met on Monday") or a participle right after
# it ("caught it before flying home on 30 April"). A preposition's object ("appeared before
# the committee on Tuesday") is no clause: the date stays the verb's.
_OPENS_AFTER = re.compile(
    rf"\b{_CLAUSE_OPENER}\s+(?:[a-z]+ing\b|(?:(?:after|before)\s+)?"
    r"(?:[\w'’.,-]+\s+){0,4}?(?:had|has|have|was|were|is|are|did|could|would|[a-z]{2,}ed)\b)"
)

# "That" with the dated verb right after it, its subject missing: the relative pronoun of
# a clause on the noun before it ("the new strain that emerged in Marlow last month has
# brought ..."). A "that" opening a reported clause has its subject between ("said that
# troops attacked"), which stays the news; the subject itself after a conjunction or
# opening the sentence is a demonstrative ("and that was a decade ago").
_RELATIVE_THAT = re.compile(
    r"\b(?!(?:and|but|or|nor|yet|so|then)\s)[a-z][\w'’-]*\s+that\s+"
    r"(?:(?:has|have|had|was|were|is|are)\s+)?"
    r"(?:(?:not|already|just|first|only|[a-z]+ly)\s+)?$"
)


def subordinate(sentence: str, verb: tuple[int, int], at: int, *, anterior: bool = False) -> bool:
    """Whether the date at ``sentence[at:]``, attached to the verb at ``sentence[verb[0]:
    verb[1]]`` (offsets in the sentence), dates a subordinate clause rather than the
    sentence's news: the verb stands in a clause an opener begins, or an opener begins a
    clause between the verb and the date. With ``anterior``, only a clause in the
    pluperfect counts ("until after Z had visited on 16 April"): its happening was over
    before the main clause's, so its date cannot be the news's. A clause in the simple past
    ("since the offensive swept away the government on Sunday", "the trial, which ended on
    Monday") is often the very news of its day, which the timeline shows it for."""
    start, end = verb
    opened = _OPENS_AFTER.search(sentence[:at], end) if 0 <= end <= at else None
    if opened is not None and (not anterior or _HAD.search(sentence, opened.start(), at)):
        return True
    lead = _APPOSITIVE.sub(" ", sentence[: max(0, start)])
    if start <= 0 or (_OPENS_BEFORE.search(lead) is None and _RELATIVE_THAT.search(lead) is None):
        return False
    return not anterior or _PLUPERFECT.search(lead) is not None
