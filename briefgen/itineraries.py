"""A campaign's itinerary told as the news: where someone goes, went or will go.

A campaign wrap dates its candidates' movements ("X will campaign in Ohio on Tuesday",
"Y campaigned in Iowa on Monday", "Z held a rally in Tampa Saturday", "is scheduled to
appear at a fundraiser in Denver") and tells its outcome (a primary won, the delegates
counted) in another sentence, often undated. The movement carries a day and the story's
principal, so the summary's tests favour it; shown alone it tells a reader where a
candidate was or will be, not what happened. What they said or did there is the news,
and a sentence that tells it ("campaigned in Ohio, saying ...", "held a rally where she
attacked ...", a quotation) is kept.

A trip's departure ("X headed Tuesday to East Africa, seeking to show support") is not
read: a reader judged such a line on a visit's eve correct, the departure being the trip's
first news.

The signal is the copy's grammar, no person's or place's name: a verb of campaigning (in
any tense, or announced: "will", "is scheduled to", "plans to") before a place or an
occasion ("in", "at", "across", "through") as the main clause, and nothing of content told
beside it: no verb of saying and its "that", no quotation, no act of the story
(``newsworthy``'s acts: an endorsement, a concession, a withdrawal announced on the
trail is the news).
"""

from __future__ import annotations

import re

from briefgen.extract.quotes import QUOTED

__all__ = ["itinerary"]

# Announced: "will", "is scheduled / set / due / expected / slated to", "plans to",
# "is heading to".
_AHEAD = (
    r"(?:will|(?:is|are|was|were)\s+(?:scheduled|set|due|expected|slated|planning|poised)\s+to"
    r"|plans?\s+to|planned\s+to)\s+(?:also\s+|then\s+|again\s+)?"
)
# The movements of a campaign: campaigning, rallying, stumping, a tour's stops, a rally or
# a town hall held. Travel alone ("flew to Washington", "headed to East Africa") is any
# story's, and a visit can be the news; only the trail's own verbs are read.
_GO = (
    r"(?:campaign|rally|stump|barnstorm|make\s+(?:a\s+|two\s+|three\s+|several\s+)?"
    r"(?:campaign\s+)?(?:stops?|swing)|hold\s+(?:a\s+|two\s+|three\s+)?(?:campaign\s+)?"
    r"(?:rall(?:y|ies)|town[- ]halls?))"
)
_WENT = (
    r"(?:campaigned|campaigning|rallied\s+(?:supporters|voters|the\s+faithful)|stumped"
    r"|stumping|barnstormed|barnstorming|made\s+(?:a\s+|two\s+|three\s+|several\s+)?"
    r"(?:campaign\s+)?(?:stops?|swing)|held\s+(?:a\s+|two\s+|three\s+)?(?:campaign\s+)?"
    r"(?:rall(?:y|ies)|town[- ]halls?))"
)
_PLACE = (
    r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+(?:night\s+|morning\s+|afternoon\s+)?)?"
    r"(?:in|at|across|through|around)\s+"
)
# The movement as the main clause: its subject first (a name, a pronoun, a title), no
# subordinate clause before it ("the same day Clinton made two campaign stops", "Sanders,
# who also held a rally", "as both campaigned in California": the news is elsewhere).
_OPENING = (
    r"^\W*(?:(?:But|And|Also|Meanwhile|Then|Later|Earlier)\b,?\s+)?(?:[^,;:()]{0,40},\s+)?"
    r"[A-Z][^,;:()]{0,50}?\b"
)
_ITINERARY = re.compile(rf"{_OPENING}(?:{_AHEAD}{_GO}|{_WENT}){_PLACE}")
_SUBORDINATE = re.compile(
    r"\b(?:who|which|as|when|while|after|before|since|because|day|even)\b", re.I
)
# Content told beside the movement: what was said ("saying", "said that", "told"), argued
# or promised there, or an act of the story; a colon or a dash before a quotation.
_CONTENT = re.compile(
    r"\b(?:said|says|saying|say|told|telling|tells|argued|arguing|argue|urged|urging|urge"
    r"|vowed|vowing|pledged|pledging|promised|promising|attacked|attacking|blasted"
    r"|slammed|criticized|criticised|accused|warned|warning|called\s+(?:for|on)|calling"
    r"|announced|announcing|unveiled|unveiling|endorsed|endorsing|conceded|conceding"
    r"|won|winning|lost|losing|defeated|clinched|accepted|accepting|where\s+(?:he|she|they)"
    r"|to\s+(?:promote|tout|pitch|push|make\s+the\s+case|discuss|unveil|announce|deliver"
    r"|address|speak\s+(?:about|on)|appeal|meet|sign|attend|negotiate|testify|accept|present"
    r"|receive|join|ask|press|lead|open|close|inspect|survey))\b",
    re.I,
)


def itinerary(text: str) -> bool:
    """Whether ``text`` tells a movement on the trail (where someone campaigns, rallies or
    will appear) and nothing said or done there: no quotation, no verb of saying,
    no act of the story."""
    narration = QUOTED.sub(" ", text)
    if narration != text:
        return False  # a quotation: what was said is told
    m = _ITINERARY.search(narration)
    if m is None or _SUBORDINATE.search(m.group(0)):
        return False
    return _CONTENT.search(narration) is None
