"""Sentences whose point is in the sentences before them, in ways no pronoun shows.

Shown alone, such a sentence names nothing a reader can look up, whatever the topic: the
rest of a set the sentence before began ("Other Republicans prepared …"), a reason said to
have become clear without being given, signs said to have come without being given, a
bare "the" happening taking place ("The debate took place as …"), someone's "latest" act
named as if known ("said of Ruiz's latest request"), a predicate that is only an idiom of
stance ("went on the offensive": against whom, by doing what, the sentences after say),
an amount that moved out or in of a place unsaid ("About $60 million streamed out"), a
spokesman of no one ("A spokesman said ...").
``shown.stands_alone`` refuses them.
"""

from __future__ import annotations

import re

__all__ = ["leans_back"]

# A reason or an answer said to have become clear, and not given: "By Wednesday night the
# reason why scientists had raised the alert also became clearer" (the reason is the next
# sentence's); one the sentence goes on to give (": …", "when …", "that …") stands.
_WITHHELD = re.compile(
    r"\b(?:reasons?|answers?|cause|purpose|motive|explanation)\b[^.;:]*\b(?:became|become"
    r"|becomes|becoming)\s+(?:\w+\s+)?(?:clear|clearer|obvious|apparent|evident)\b"
    r"(?!\s*(?::|when\b|as\b|after\b|that\b|with\b))",
    re.I,
)
# A happening named by a bare definite noun as the subject of its own taking place: "The
# debate took place as a new poll showed ...", "The meeting happened hours after ...":
# which debate, only the sentences before say ("The debate in Des Moines took place" does).
_THE_HAPPENING = re.compile(
    # "The latest cases came as …", "The first debate took place …" single one out
    r"^\W*The\s+(?!(?:latest|first|second|third|last|final|new|next)\b)(?:[a-z]+\s+)?[a-z]+\s+"
    r"(?:took\s+place|happened|occurred|unfolded|comes\s+as"
    r"|came\s+as)\b"
)
# "Other Republicans prepared for ...", "Others said ...": the rest of a set the sentences
# before began, told alone; "other than" and "Other than" compare with what they say.
_OTHERS = re.compile(r"^\W*(?:Other\s+(?!than\b)[\w-]+|Others\b)")
# Signs said to have come, and not given: "And from Ohio and Iowa on Tuesday came new signs
# that the revolt had fizzled" (the signs, two primaries' results, are the next paragraph's).
_SIGNS_CAME = re.compile(
    r"^\W*(?:(?:And|But|So)\s+)?(?:from|out\s+of|in|with)\b[^,.;:]{0,80}?\b(?:came|comes|come)"
    r"\s+(?:(?:new|more|fresh|further|yet\s+more|the\s+latest|the\s+first|early)\s+)?"
    r"(?:signs?|evidence|indications?|hints?|proof)\b"
)
# Someone's "latest" act, reacted to as known: "said of Ruiz's latest request: ..." (which
# request, the article told before); one the sentence goes on to say ("latest request to
# the court", "latest ad, which ...") stands.
_ARG = r"(?:to|for|that|on|of|against|about|in|into|over|with|from|by|which)\b"
_LATEST_ACT = re.compile(
    r"\b(?:of|on|to|about|at|against)\s+(?:\[[^\]]+\]\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*['’]s\s+"
    r"(?:latest|most\s+recent)\s+(?:(?!" + _ARG + r")[a-z-]+\s+)?(?!" + _ARG + r")[a-z-]+"
    r"(?![\w-])(?!\s*(?:" + _ARG + r"|,\s*(?:which|a|an)\b|[-–—(]))"
)
_THAN = re.compile(r"\bthan\b", re.I)
# An amount told to have moved out or in, and not from or into what: "About $60 million
# streamed out last week alone" (of which fund, the sentence before named; the story's
# own "flowed out of the junk funds" says). A walk-through of examples drops the place
# each sentence after the first shares with the one before.
_AMOUNT_MOVED = re.compile(
    r"^\W*(?:(?:about|some|nearly|almost|roughly|another|more\s+than|an\s+estimated)\s+)?"
    r"[$€£]?\d[\d.,]*(?:\s+(?:million|billion|trillion))?(?:\s+(?:dollars|shares|euros"
    r"|pounds))?\s+(?:(?:has|have|had)\s+)?(?:flowed|streamed|poured|flooded|drained|leaked"
    r"|gushed|rushed|trickled|moved|came|went)\s+(?:out|in|away)\b"
    r"(?!\s+(?:of|from|into|to)\b)",
    re.I,
)
# A predicate that is only an idiom of stance or manner: "On Sunday, Ruiz went on the
# offensive", "came out swinging", "doubled down" (against whom, on what, by saying what:
# the sentences after say). One with an object or complement ("went on the offensive
# against the board", "doubled down on the plan", ", accusing …") tells what was done.
_STANCE = re.compile(
    r"\b(?:(?:went|goes|go|going|gone|was|were|is|are)\s+on\s+the\s+(?:offensive|defensive"
    r"|attack|warpath)|(?:took|takes|take|taking)\s+the\s+(?:offensive|gloves\s+off)"
    r"|(?:came|come|comes|coming)\s+out\s+(?:swinging|fighting)"
    r"|(?:doubled|doubles|doubling)\s+down|(?:upped|ups|raised|raises)\s+the\s+(?:ante|stakes)"
    r"|(?:turned|turns)\s+up\s+the\s+heat|(?:changed|changes|changing)\s+(?:tack|course)"
    r"|(?:dug|digs|digging)\s+in(?:\s+(?:his|her|their|its)\s+heels)?)\b",
    re.I,
)
# What may follow such a predicate and still add nothing: a time ("on Sunday", "again").
_ONLY_WHEN = re.compile(
    r"(?:\s*,?\s*(?:(?:on|this|last|early|late|in|at|during|by)\s+)?(?:(?i:(?:mon|tues|wednes"
    r"|thurs|fri|satur|sun)day)|today|yesterday|tonight|again|once\s+more|morning|afternoon"
    r"|evening|night|week|weekend|[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|the\s+(?:debate"
    r"|interview|rally|hearing|speech))\b)*\s*[.!]?\s*$"
)

# A speaker named by a role alone, of no one: "A spokesman said herbicide use was delayed
# by rains" (whose spokesman, the page's subject, is in its lede); "A spokesman for the
# Marlow police said", "A Penbury spokesman said" say whose.
_WHOSE_SPOKESMAN = re.compile(
    r"^\W*(?:A|An|One|Another)\s+(?:company\s+|senior\s+|government\s+|bank\s+)?"
    r"(?:spokes(?:man|woman|person)|official|executive)\s+(?:said|says|added)\b"
)


def leans_back(text: str, narration: str) -> bool:
    """Whether ``text`` (a cleaned sentence; ``narration``, the same without its
    quotations) leans on the sentences before it in one of the ways above."""
    if _WITHHELD.search(narration) or _THE_HAPPENING.match(narration):
        return True
    if _SIGNS_CAME.match(narration) or _LATEST_ACT.search(narration):
        return True
    if _AMOUNT_MOVED.match(narration) or _WHOSE_SPOKESMAN.match(narration):
        return True
    if any(_ONLY_WHEN.match(narration, m.end()) for m in _STANCE.finditer(narration)):
        return True
    return _OTHERS.match(text) is not None and _THAN.search(narration) is None
