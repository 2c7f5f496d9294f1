"""Coverage told as an event: the press's own doings, not the story's.

Political and news copy dates many sentences about the coverage itself: a network sent a
morning-show host to the street, a radio host "used his platform Friday", a party's daily
media summary "emailed a news article", an anchor joins a show "NBC announced", a host
"said on his show". Each has a clean weekday and a named subject, and is no step of the
story: what the story's participants did is told with their own verbs, in their own
clauses. So a dated clause is *coverage* when

- its subject is a medium: a show, a network, a host or an anchor ("Radio talk host X",
  "the network", "X News"), and its verb is one of the medium's acts (airing, sending,
  interviewing, hosting, talking, tweeting, using a platform); or
- its verb passes on the press's own work ("emailed a news article", "circulated a clip");
  or
- it tells who joins or leaves a show ("is joining the show as an anchor, NBC announced").

An outlet *reporting* what it found ("the AP reported that half of the meetings …") is
left alone: that is how a story's facts arrive, and its content is the news. So is an
outlet that is the subject of its story's outcomes ("the network fired its chairman").
Read from the clause's own words (the predicate's lemma and the words around it); no
outlet, host or site is named here.
"""

from __future__ import annotations

import re

from briefgen.models import EventMention

__all__ = [
    "MEDIA_ACTS",
    "OFFICIAL_OUTLET",
    "coverage",
    "medium_subject",
    "passes_on_press_work",
    "predicate_parts",
]

# What a medium does on air or in print besides reporting: airing, sending its people,
# interviewing, hosting, talking and commenting, tweeting, using its platform. (Writing is
# left out: a paper that "wrote that" tells what it found, as one that reported it.)
MEDIA_ACTS = frozenset(
    {
        "air", "broadcast", "televise", "stream", "interview", "host", "feature", "cover",
        "send", "dispatch", "email", "tweet", "post", "use", "devote", "dedicate", "run",
        "say", "tell", "talk", "speak", "discuss", "ask", "question", "grill", "press",
        "joke", "quip", "mock", "tease", "comment", "describe", "call", "praise",
        "criticize", "criticise", "blast", "slam", "rip", "argue", "suggest", "claim",
        "note", "insist", "wonder", "appear", "invite", "play", "show", "spend",
    }
)  # fmt: skip
# The nouns that make a subject a medium: a host or an anchor, a show, a network.
_MEDIUM_NOUN = (
    r"(?:hosts?|co-hosts?|anchors?|anchorman|anchorwoman|presenters?|commentators?|pundits?|"
    r"columnists?|correspondents?|interviewers?|moderators?|broadcasters?|networks?|"
    r"channels?|radio|tabloids?|newspapers?|media|"
    # a show named as one, not the verb ("it shows"), nor a government's programme
    r"(?:talk|morning|news|radio|television|TV|late-night|cable|evening|chat|game|reality|"
    r"Sunday|weekly|daily)[- ]?(?:shows?|programmes?|programs?)|[”\"’']\s*(?:shows?|programmes?))"
)
# The head of a periodical's or broadcaster's name: "X News", "the Y Times".
_MEDIUM_NAME = (
    r"(?:[A-Z][\w&.'’-]*\s+)+(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|"
    r"Magazine|Chronicle|Observer|Daily|Radio|Television|TV|Network|Channel)"
)
# The medium heads the subject or titles its name ("Radio talk host X", "X News", "the
# talk radio host"), not a modifier of another noun ("a frequent X News guest").
_MEDIUM = re.compile(rf"(?:\b{_MEDIUM_NOUN}\b|\b{_MEDIUM_NAME}\b)(?:\s+[A-Z][\w.'’-]*)*[\s\W]*$")
# Where a subject phrase ends on the left: a clause break.
_CLAUSE_BREAK = re.compile(
    r"[;:—–(\"“”]|\b(?:and|but|as|after|before|while|when|that|which|who|because|if)\s+"
)
# A comma-bounded adverbial inside the subject: "The RNC, in its daily summary Monday,"
# (an apposition, "X, the talk radio host,", names the subject and stays).
_INSERTION = re.compile(
    r",\s*(?:in|on|at|with|during|after|before|via|through|from|for|by|according)\b"
    r"[^,;:\"“”]{0,80},",
    re.I,
)
# Where the subject's own words end on the right: a preposition opens what is around it
# ("Trump in an interview with X"), not who acts.
_PREPOSITION = re.compile(
    r"\b(?:in|on|with|to|from|at|of|during|for|by|about|after|before|via|through)\b", re.I
)
# The press's own work passed on: "emailed a news article", "circulated a clip".
_PASSING_ON = frozenset({"email", "send", "forward", "circulate", "distribute", "share", "tweet"})
# The press's work, a few words in: "a news article", "a clip of the interview".
_PRESS_PIECE = (
    r"(?:[\w'’-]+\s+){0,4}?(?:news\s+)?(?:article|story|stories|clip|clipping|segment|"
    r"op-?ed|column|headline|transcript|news\s+report)s?\b"
)
_PRESS_WORK = re.compile(r"^\W*" + _PRESS_PIECE, re.I)
# A show's staffing: "is joining the show as an anchor", "named its new host".
_STAFFING_ACTS = frozenset({"announce", "hire", "join", "name", "sign", "appoint", "add", "tap"})
_STAFFING = re.compile(
    r"\b(?:as|its|their|the|new)\s+(?:an?\s+|the\s+|its\s+|new\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:anchor|co-anchor|host|co-host|presenter|correspondent|contributor|commentator|"
    r"columnist)s?\b(?!\s+(?:country|countries|city|cities|nation|government|team|club))",
    re.I,
)
# A state's or a government's outlet speaks for it: "state television said" is how a
# government announces, a participant's act.
OFFICIAL_OUTLET = re.compile(
    r"\b(?:state|state-run|state-owned|official|government|public)\b", re.I
)


# The same, written out in a sentence: "emailed a news article reporting that …".
_PASSED_ON = re.compile(
    r"\b(?:emailed|e-mailed|sent|sends|forwarded|circulated|distributed|shared|tweeted)\s+"
    r"(?:out\s+)?" + _PRESS_PIECE,
    re.I,
)


def passes_on_press_work(sentence: str) -> bool:
    """Whether ``sentence`` tells the press's work passed on ("the committee emailed a news
    article reporting that …"): what follows is the article's, not the sender's stance."""
    return _PASSED_ON.search(sentence) is not None


def predicate_parts(mention: EventMention) -> tuple[str, str, str] | None:
    """The mention's sentence before its predicate, the predicate, and after it."""
    if mention.predicate is None:
        return None
    sentence, at = mention.evidence.sentence, mention.evidence.sentence_start
    start, end = mention.predicate[0] - at, mention.predicate[1] - at
    if not 0 <= start <= end <= len(sentence):
        return None
    return sentence[:start], sentence[start:end], sentence[end:]


def _subject(before: str) -> str:
    """The subject phrase right before a predicate: the words after the last clause break
    (an adverbial between commas dropped), the last part between commas that has words
    (an opening "On Tuesday," left out, an apposition "X, the host," kept), up to its
    first preposition."""
    before = _INSERTION.sub(" ", before)
    cut = 0
    for m in _CLAUSE_BREAK.finditer(before):
        cut = m.end()
    parts = [p for p in before[cut:].split(",") if p.strip()]
    phrase = parts[-1] if parts else ""
    stop = _PREPOSITION.search(phrase)
    return phrase[: stop.start()] if stop else phrase


def medium_subject(before: str) -> bool:
    """Whether the subject phrase ending ``before`` (the words before a predicate) names a
    medium: a host, an anchor, a show, a network, or a name like "X News"."""
    subject = _subject(before)
    return _MEDIUM.search(subject) is not None and OFFICIAL_OUTLET.search(subject) is None


def coverage(mention: EventMention) -> bool:
    """Whether ``mention`` tells the coverage, not the story: a medium's act told with its
    subject (a network sent a host, a host used his platform, said on his show), the
    press's work passed on (a news article emailed), or a show's staffing."""
    lemma = (mention.lemma or "").lower()
    parts = predicate_parts(mention)
    if parts is None:
        return False
    before, _, after = parts
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return False  # a verb inside a quotation: the speaker's words, not the press's act
    if lemma in _PASSING_ON and _PRESS_WORK.match(after):
        return True
    if lemma in _STAFFING_ACTS and _STAFFING.search(mention.evidence.sentence):
        return True
    return lemma in MEDIA_ACTS and medium_subject(before)
