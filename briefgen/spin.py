"""A side's spin: an aide, adviser, strategist, surrogate or spokesperson characterising.

A campaign's or a party's staff speak for their side, and much of what they say is a
verdict on the story rather than a part of it: that the opponent's ad is desperate, that
a primary win is proof the candidate can still close the gap, that the party is not in a
crisis. Such a verdict is the side's spin, which the other side answers with its own; shown
as a key judgment or a timeline entry it reads as a finding. What staff announce is news
and stays: a decision ("the campaign would not accept any declaration"), a plan, a sum
raised, a fact ("he had been interviewed for three hours by police").

The test reads grammar, not topics. The speaker is named by a post that serves a side (an
aide, an adviser, a strategist, a surrogate, a campaign's manager or chairman, a press
secretary, a spokesperson), next to the verb of saying; a spokesperson of an institution
(a ministry, an agency, a coroner's office) is a body's voice and is left out. The verdict
is one of the shapes a characterisation takes: a complement given by "call" ("called the
ad desperate", "called his remarks 'childish'"); an event read as evidence ("is proof
that ...", "showed she was ready"); or a side's standing judged with a copula ("was not in
a crisis", "was not surprised", "is ready").
"""

from __future__ import annotations

import re

from briefgen import speech_verbs
from briefgen.extract.cues import speech_form
from briefgen.extract.quotes import QUOTED

__all__ = ["FEELINGS", "SIDE_POSTS", "aide_spin"]

# A post that serves a side. Aides, advisers, strategists and surrogates serve a candidate
# or a party by definition; a spokesperson or a press secretary may serve a body instead,
# which ``_BODY`` tells.
SIDE_POSTS = re.compile(
    r"\b(?:(?:campaign|communications?)\s+(?:manager|chair(?:man|woman)?|director)s?"
    r"|aides?|advis[eo]rs?|strategists?|surrogates?|press\s+secretar(?:y|ies)"
    r"|spokes(?:wo)?m[ae]n|spokespe(?:rson|ople))\b",
    re.I,
)
_SPOKES = re.compile(r"spokes|press", re.I)
# An institution named as whose voice a spokesperson is: "a health ministry spokesman",
# "Coroner's spokesman", "a spokeswoman for the agency". A closed class of nouns for a
# public or private body, not a person or a campaign.
_INSTITUTION = (
    r"(?:ministry|ministries|department|office|agency|organi[sz]ation|commission|police"
    r"|coroner|hospital|council|court|company|firm|government|embassy|service|bureau"
    r"|cent(?:er|re)s?|institute|university|authority|authorities|board|school|army"
    r"|military|navy|airline|bank|group)"
)
_BODY_BEFORE = re.compile(rf"\b{_INSTITUTION}(?:['’]s)?\s+(?:[\w'’-]+\s+)?$", re.I)
_BODY_AFTER = re.compile(
    rf"^\s*(?:for|of|at)\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,3}}?{_INSTITUTION}\b", re.I
)
# A body named by its initials ("WHO spokesman", "a spokeswoman for the CDC"): agencies,
# committees and parties' organisations go by acronyms, campaigns by their candidates'
# names. Case-sensitive: "A spokesman" is no acronym.
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}(?:['’]s)?\s+$")
_ACRONYM_AFTER = re.compile(r"^\s*(?:for|of|at)\s+(?:the\s+)?[A-Z]{2,}\b")
_WORD = re.compile(r"[A-Za-z]+")

# How far the post may stand from its verb of saying: an apposition ("Jeff Weaver, the
# campaign manager, said") or an inverted attribution ("..., said a campaign aide").
_NEAR = 80

# A complement given by "call": "called the ad desperate", "called his remarks 'childish'",
# "called it a distraction". Not "called for", "called on", "called off" (a demand, an
# appeal, a cancellation) nor a call made ("called reporters on Monday").
_CALLED = re.compile(
    r"\bcall(?:ed|s|ing)?\s+(?!for\b|on\b|off\b|in\b|up\b|out\b|back\b|to\b|upon\b)"
    r"(?:[\w'’-]+\s+){1,6}?(?:[\"“‘]|an?\s+[a-z])"
    r"|\bcall(?:ed|s|ing)?\s+(?:it|him|her|them|this|that|(?:the|his|her|their|its"
    r"|[A-Z][\w.-]*['’]s?)\s+(?:[\w'’-]+\s+){0,2}[a-z][\w-]*)\s+[a-z][\w-]*\s*(?:[,;.]|$)"
)
# An event read as evidence: "his streak is proof the candidate can still close the gap",
# "the debate showed she was ready", "his arguments are undermined by evidence that ...".
_EVIDENCE = re.compile(
    r"\b(?:is|was|are|were|['’]s|by)\s+(?:(?:further|more|clear|definitive|the\s+latest)\s+)?"
    r"(?:proof|evidence|a\s+sign|a\s+testament|an\s+indication)\b"
    r"|\b(?:shows?|showed|shown|proves?|proved|proven|demonstrates?|demonstrated)\s+"
    r"(?:that\s+)?(?:[\w'’-]+\s+){1,3}?(?:is|was|are|were|can|could|has|had|will|would"
    r"|remains?)\b"
)
# The adjectives of a state of mind a side is told in: of worry, of hope, of mood. A
# closed class of English words, read in a side's standing told by its staff (below) and
# in a group's mood told by the reporter (``moods``).
FEELINGS = (
    r"(?:worried|nervous|concerned|confident|optimistic|pessimistic|pleased|disappointed"
    r"|thrilled|surprised|unfazed|unconcerned|(?:un)?comfortable|anxious|jittery|uneasy"
    r"|apprehensive|fearful|afraid|alarmed|rattled|spooked|panick(?:ed|ing)|frustrated"
    r"|angry|furious|upset|unhappy|dismayed|demorali[sz]ed|despondent|gloomy|hopeful"
    r"|upbeat|buoyant|buoyed|heartened|encouraged(?!\s+to\b)|elated|relieved|emboldened"
    r"|s[ck]eptical|wary|bullish)"
)
# A side's standing judged with a copula: "was not in a crisis", "was not surprised",
# "is ready". The adjectives of a state of mind or of readiness, and the states of
# trouble a side denies or admits; an act told passively ("was interviewed") is none.
_STANDING = re.compile(
    r"\b(?:is|was|are|were|['’]s|['’]re|be|been)\s+(?:not\s+|never\s+)?"
    r"(?:(?:very|more|so|quite|fully|completely|increasingly)\s+)?"
    rf"(?:(?:ready|desperate|{FEELINGS})\b"
    r"|in\s+(?:an?\s+)?(?:crisis|trouble|disarray|chaos|panic|turmoil)\b)",
    re.I,
)


def _serves_side(narration: str, role: re.Match[str]) -> bool:
    """Whether the post ``role`` found in ``narration`` serves a side: any aide's post,
    or a spokesperson's not named as an institution's."""
    if not _SPOKES.match(role[0]):
        return True
    before = narration[max(0, role.start() - 40) : role.start()]
    after = narration[role.end() :]
    named_body = _ACRONYM_BEFORE.search(before) or _ACRONYM_AFTER.match(after)
    return not (named_body or _BODY_BEFORE.search(before) or _BODY_AFTER.match(after))


# The verbs of an inverted attribution, which take no object ("..., said a campaign aide",
# "according to an aide"): a verb that does ("told her aides", "called on his advisers")
# says whom the principal spoke to.
_INVERTED = speech_verbs.told_forms(speech_verbs.INVERTED) | {"according"}


def _speaks(narration: str, role: re.Match[str]) -> bool:
    """Whether a verb of saying (or "call") stands within reach of the post ``role``:
    after it, as its clause's verb, or before it in an inverted attribution."""
    after = [w.lower() for w in _WORD.findall(narration[role.end() : role.end() + _NEAR])]
    if any(speech_form(w) or w in ("call", "calls", "called") for w in after):
        return True
    before = _WORD.findall(narration[max(0, role.start() - 30) : role.start()])[-3:]
    return any(w.lower() in _INVERTED for w in before)


def aide_spin(text: str) -> bool:
    """Whether ``text`` tells an aide, adviser, strategist, surrogate or spokesperson of a
    side characterising the story ("called the ad desperate", "says his streak is proof
    ...", "said the party was not in a crisis"): the side's spin, not its news."""
    narration = QUOTED.sub(" ", text)
    if not any(
        _serves_side(narration, role) and _speaks(narration, role)
        for role in SIDE_POSTS.finditer(narration)
    ):
        return False
    # the call's complement may be a quotation ("called his remarks 'childish'"): read the
    # text; the other verdicts are the narrator's report of the speaker's words
    return bool(_CALLED.search(text) or _EVIDENCE.search(narration) or _STANDING.search(narration))
