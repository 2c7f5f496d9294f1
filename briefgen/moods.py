"""A group's mood read by the reporter: a side's people told nervous, hopeful or wary.

Political copy reads the mood of a side and tells it as fact: "Democrats are increasingly
nervous", "The senator's advisers were optimistic that he would win", "some Clinton
backers are concerned that ...", "there is mounting anxiety among senior Democrats".
Nobody is quoted and nothing was done: it is the writer's reading of a collective's
feelings, and shown as a key judgment, a bottom line or a timeline line it reads as the
brief's own finding. The same verdict told of what an outcome bodes for a side ("the
results are alarming for Clinton") is the writer's too.

Not every feeling told is a mood. "Officials were concerned about the spread" is a body's
news (a health authority's concern is a step of its response); "60 percent of voters are
worried" is a poll's finding; "Her advisers said they were confident" is a side's stated
position (``spin``), and a quotation is its speaker's. So the test reads grammar, never a
topic: the main clause's subject is one of a side's people (its members named by a
party's plural, "Democrats"; its staff, ``spin.SIDE_POSTS``; its allies, backers, donors,
insiders, camp or campaign; a party's leaders, lawmakers or activists, "Republican
leaders"), the predicate a copula (or "seem", "appear", "remain", "grow") with an
adjective of feeling (``spin.FEELINGS``), "bracing for" or "hoping" a thing; or the frame
"there is a growing sense that ..." or "there is ... anxiety among <a side's people>". No
verb of saying stands in the sentence (a stated feeling is a position) and no poll (a
measured one is a finding).
"""

from __future__ import annotations

import re

from briefgen.aggregate.orgforms import PARTY_MEMBERS, PARTY_WORDS
from briefgen.extract.cues import saying_form
from briefgen.extract.quotes import QUOTED
from briefgen.spin import FEELINGS, SIDE_POSTS

__all__ = ["group_mood"]

# What may open the sentence before its subject: a conjunction or a sentence adverb ("But",
# "Overall,") and one adverbial phrase closed by a comma ("Despite the loss,", "Outside the
# campaign,"). A subject after a verb or a "that" is a subordinate clause's: the main
# clause tells something else ("refused hearings because Republicans are hoping ...").
_OPENING = (
    r"^\W*(?:(?:But|And|Yet|So|Still|Now|Meanwhile|Overall|Privately|Already|Indeed"
    r"|Instead)\b,?\s+)?(?:[^,;:\"“”()]{1,60},\s+)?"
)
# The patterns below are read case-sensitively, for a capitalised word before the head is
# a name ("Clinton backers", "Senate Republicans"); their closed classes of words are
# matched in any case ``(?i:...)``, as a sentence may open on one.
#
# A side's people are its members named by a party's plural (``PARTY_MEMBERS``), its
# posts (``SIDE_POSTS``), and its followers, named by what they are to it:
_FOLLOWERS = r"(?i:allies|supporters|backers|donors|loyalists|insiders|operatives|camp|campaign)"
# People who are a side's only with its party named before them ("Republican leaders",
# "party activists"): leaders or lawmakers alone may be any body's.
_PARTY_ADJECTIVE = rf"(?:{'|'.join(PARTY_WORDS)}|Democratic|GOP|[Pp]arty)"
_PARTY_PEOPLE = (
    rf"{_PARTY_ADJECTIVE}\s+(?:[\w'’-]+\s+)?(?i:leaders|leadership|lawmakers|legislators"
    r"|officials|members|activists|elites?|establishment|senators|figures|grandees"
    r"|operatives|strategists|insiders)"
)
# What stands before the head: a quantifier ("some", "many of the"), a determiner or a
# possessor ("the senator's", "Clinton's", "Sanders'"), then up to three modifiers, names
# or words of rank ("top", "senior", "Trump", "Democratic").
_QUANTIFIER = (
    r"(?i:(?:some|many|most|several|few|a\s+few|a\s+number\s+of|a\s+handful\s+of|other"
    r"|both|all|a\s+growing\s+number\s+of)\s+(?:of\s+(?:the|his|her|their)\s+)?)"
)
_DETERMINER = (
    r"(?:(?i:the|his|her|their|its|our)\s+"
    r"|(?:(?i:the)\s+)?(?:[A-Z][\w.-]*\s+)?[A-Za-z][\w.-]*(?:['’]s|s['’])\s+)"
)
_MODIFIER = r"(?:(?i:top|senior|leading|key|prominent|longtime|establishment)\s+|[A-Z][\w.'’-]*\s+)"
_PEOPLE = (
    rf"(?:{_QUANTIFIER}?{_DETERMINER}?{_MODIFIER}{{0,3}}"
    rf"(?:{PARTY_MEMBERS}|(?i:{SIDE_POSTS.pattern})|{_FOLLOWERS}|{_PARTY_PEOPLE})"
    # "some in the party", "many in Clinton's camp"
    r"|(?i:some|many|most|others|few|those)\s+(?:in|within|inside|around)\s+"
    rf"{_DETERMINER}?{_MODIFIER}{{0,2}}(?i:party|campaign|camp|circle|orbit))\b"
)
# The verb that tells a state: a copula, or "seem", "appear", "remain", "grow", "feel",
# after an auxiliary and adverbs ("have long been", "are growing increasingly", "seem to
# be").
_ADVERB = r"(?:(?:very|more|less|so|quite|all|too|still|also|now|already|long|[a-z]+ly)\s+)"
_STATE_VERB = (
    rf"(?:(?:have|has|had)\s+)?{_ADVERB}{{0,2}}(?:is|are|was|were|been|be|seems?|seemed"
    r"|appears?|appeared|remains?|remained|grew|grows?|growing|became|becomes?|feels?"
    r"|felt|got|gets|getting|looks?|looked)(?:\s+to\s+be)?"
)
# The mood: an adjective of feeling, or an expectation braced for or hoped for (not
# "hoping to", an intent the side may act on).
_MOOD = (
    rf"(?:{_STATE_VERB}\s+(?:not\s+)?{_ADVERB}{{0,2}}(?i:{FEELINGS})"
    r"|(?:(?:is|are|was|were)\s+)?(?:bracing|braced)\s+(?:themselves\s+)?for"
    r"|(?:is|are|was|were|seems?\s+to\s+be|seemed\s+to\s+be)\s+hoping(?!\s+to\b))\b"
)
_GROUP_MOOD = re.compile(rf"{_OPENING}{_PEOPLE}\s+{_ADVERB}{{0,2}}{_MOOD}")

# "There is a growing sense that ...", "there is mounting anxiety among senior Democrats":
# a sense or a feeling is the writer's impression whoever holds it; a fear or an anxiety
# is a mood only where the sentence says it is a side's people's.
_THERE = (
    rf"{_OPENING}(?i:there)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?)\s+"
    r"(?:an?\s+)?(?:(?:growing|mounting|rising|deepening|widespread|real|palpable|increasing"
    r"|genuine|serious|some|new|renewed|general)\s+)*"
)
_SENSE = re.compile(rf"{_THERE}(?:sense|feeling)\s+(?:that|among)\b")
_FEAR = re.compile(
    rf"{_THERE}(?:fears?|worry|worries|concerns?|anxiety|unease|nervousness|angst|alarm"
    r"|panic|frustration|anger|optimism|pessimism|confidence|hopes?|relief|gloom|jitters)"
    rf"\s+(?:[^.;:]{{0,60}}?\s)?(?:among|within|inside|in)\s+{_PEOPLE}"
)
# What an outcome bodes for a side, told by the writer: "the results are alarming for
# Clinton", "the numbers look ominous for the Republicans", after a clause or opening it.
_BODES = re.compile(
    r"(?:^|[,;]\s+(?:and|but)\s+)[^,;]{0,60}?\b(?:is|are|was|were|looks?|looked|seems?"
    r"|seemed)\s+(?:[a-z]+ly\s+|very\s+|more\s+|so\s+)?(?:alarming|worrying|worrisome"
    r"|troubling|ominous|encouraging|discouraging|heartening|disheartening)\s+for\s+"
    r"(?:the\s+)?[A-Z]"
)
# A poll or a share: a measured feeling is a finding ("60 percent of voters are worried").
_MEASURED = re.compile(
    r"\b(?:polls?|polled|polling|pollsters?|surveys?|surveyed)\b|\d\s*(?:%|percent\b|per\s*cent\b)",
    re.I,
)
_WORD = re.compile(r"[A-Za-z]+")


def _said(narration: str) -> bool:
    """Whether ``narration`` holds a verb of saying or a source cited ("according to"):
    the feeling it tells is someone's stated position, not the writer's reading."""
    words = [w.lower() for w in _WORD.findall(narration)]
    return any(saying_form(w) for w in words) or "according" in words


def group_mood(text: str) -> bool:
    """Whether ``text`` is the writer's reading of a side's mood: its people (members,
    staff, allies, a party's leaders) told nervous, hopeful or wary with no one quoted or
    cited ("Democrats are increasingly nervous", "some in the party are bracing for a
    loss", "there is mounting anxiety among senior Democrats"), or what an outcome bodes for
    a side ("the results are alarming for Clinton")."""
    narration = QUOTED.sub(" ", text)
    if _said(narration):
        return False  # a feeling stated, or told of by someone: a position
    if _BODES.search(narration):
        return True
    if _MEASURED.search(narration):
        return False  # a poll's finding
    return any(p.search(narration) for p in (_GROUP_MOOD, _SENSE, _FEAR))
