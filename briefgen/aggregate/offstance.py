"""Lines an actor said that a profile still leaves out: no stance on the story, or no
sense without what the article shows around them.

A profile is read as "where this actor stands", a line at a time and without the article.
A jest ("quipped", "I feel like I need a …-to-English converter"), a fan's side in a game
("she plans to root for Iowa"), a press statement's courtesy ("I am pleased to nominate …"), a line
speaking to an unnamed "you" about what that person did ("you've been willing to say
anything"), the answer to a question the profile does not show ("I know. That's why …", or a
quotation opening the paragraph after one ending on a question),
and a sentence whose subject is several people ("Democrats A, B and C offered …") each
read as a stance of the named actor that they are not. So does a statement recalled from
months before the article that cites it ("during a May interview"): the article's
background, not the story's time. Nor does a line telling only that the actor did not
answer ("declined to comment"), or only an occasion's place, day or length.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefgen.models import Position
from briefgen.newsworthy import FUTURE_AUXILIARY, NON_ANSWER, UNANSWERED
from briefgen.when import When

__all__ = [
    "addressed",
    "answers_unshown",
    "arrangement",
    "attendance",
    "courtesy",
    "fandom",
    "habitual",
    "hardship",
    "jest",
    "joint_subject",
    "no_comment",
    "recalled",
    "reply",
    "unnamed_head",
]

# Cues of a joke: what the actor said for a laugh, not for a stance.
_JEST = frozenset(
    """
    quip quips quipped quipping joke jokes joked joking jest jests jested jesting tease
    teases teased teasing wisecrack wisecracks wisecracked laugh laughs laughed laughing
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


# A line wishing the speaker had some thing ("I feel like I need a
# Washington-to-English converter", "I could use a drink"): a joke's form, told without
# the cue "quipped", and no stance on anyone.
_NEEDS_A_THING = re.compile(
    r"^\W*I\s+(?:(?:feel|felt)\s+like\s+I\s+)?(?:need(?:ed)?|could\s+use)\s+(?:a|an|another)\s",
    re.I,
)


def jest(p: Position) -> bool:
    """Whether ``p``'s cue is a joke's ("Cruz quipped"), or the line wishes the speaker a
    thing (``_NEEDS_A_THING``): a line for the room."""
    cue = (p.cue or "").split()
    return (bool(cue) and cue[-1].casefold() in _JEST) or _NEEDS_A_THING.match(p.text) is not None


# The side a speaker takes in a game ("she plans to root for Iowa"): a fan's aside.
_FANDOM = re.compile(r"\b(?:root|rooting|rooted|cheer|cheering|cheered)\s+(?:for|on)\b", re.I)


def fandom(p: Position) -> bool:
    """Whether ``p`` tells whom the speaker roots or cheers for (``_FANDOM``)."""
    return _FANDOM.search(p.text) is not None


# A paragraph ending on a question, its closing quotation mark after it or not.
_QUESTION_END = re.compile(r"\?[\s”\"’']*$")


def answers_unshown(p: Position, text: str) -> bool:
    """Whether quotation ``p`` opens its paragraph right after a paragraph ending on a
    question ("… asked Clinton how the average person should view the hefty speaking
    fees?"): the answer ("I spoke to a wide array of groups …") is about what the question
    names, which the profile does not show."""
    if p.kind != "direct" or not text:
        return False
    opening = text.rfind("\n", 0, p.start)
    if text[opening + 1 : p.start].strip(" \t“\"‘'"):
        return False  # the quotation does not open its paragraph
    before = text[:opening].rstrip()
    return _QUESTION_END.search(before[before.rfind("\n") + 1 :]) is not None


# A statement's formula of courtesy ("I am pleased to nominate", "We are delighted to
# welcome", "I'm honoured to announce"): what the act's press release says of any such act.
_COURTESY = re.compile(
    r"^\W*(?:I|We|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+"
    r"(?:am|are|is|was|were|['’]m|['’]re)?\s*(?:very\s+|so\s+|truly\s+|deeply\s+)?"
    r"(?:pleased|delighted|honou?red|proud|happy|thrilled|glad|excited)\s+to\s+"
    r"(?:announce|nominate|welcome|appoint|introduce|name|present|confirm|join|have|be)\b",
    re.I,
)


def courtesy(p: Position) -> bool:
    """Whether ``p`` opens on a formula of courtesy (``_COURTESY``)."""
    return _COURTESY.match(p.text) is not None


# "you" doing something in the past ("you've been willing", "you hadn't started voting",
# "you said"): a particular person spoken to, whom a line shown alone does not name. The
# generic "you" speaks of what anyone does or will do ("you'll see bumps", "you can't",
# "you've got to").
_ADDRESSED = re.compile(
    r"(?<!\bif )(?<!\bwhen )(?<!\bunless )\byou(?:['’]ve(?!\s+got\b)|\s+have\s+been"
    r"|\s+had|\s+hadn['’]t|\s+haven['’]t|\s+were|\s+weren['’]t|\s+did|\s+didn['’]t|\s+said|\s+told)\b",
    re.I,
)


def addressed(p: Position) -> bool:
    """Whether quoted ``p`` tells an unnamed "you" what they did (``_ADDRESSED``)."""
    return p.kind == "direct" and _ADDRESSED.search(p.text) is not None


# A quotation opening on a sentence of one or two words ("I know. I know. That's why …",
# "No. …"): an answer to what someone asked or said before, which the line does not show.
# A title's stop ("Mr. Smith …") is no sentence's end.
_REPLY = re.compile(
    r"^\W*(?!(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Prof|Sr|Jr|U\.S)\.)"
    r"[\w'’]+(?:\s+[\w'’]+)?[.!]\s+\S"
)


# A quotation opening on a short question ("What am I going to do? I have to …"): the
# speaker taking up what was put to them, which the line does not show.
_ASKED_BACK = re.compile(r"^\W*[^.!?]{1,40}\?\s+\S")


def reply(p: Position) -> bool:
    """Whether quoted ``p`` opens on an answer (``_REPLY``) or a short question put back
    (``_ASKED_BACK``)."""
    if p.kind != "direct":
        return False
    return _REPLY.match(p.text) is not None or _ASKED_BACK.match(p.text) is not None


# A subject whose noun needs a complement the statement does not give: "A version
# genetically matched to the virus has been created" (a version of what?), "A significant
# step towards … has been taken" (which step?). English relational nouns, read with "of".
_UNNAMED_HEAD = re.compile(
    r"^\W*(?:an?|one|another)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:version|copy|step|move|part|piece|kind|sort|type|form|portion|share)s?\b(?!\s+of\b)",
    re.I,
)


def unnamed_head(p: Position) -> bool:
    """Whether ``p`` opens on an indefinite relational noun without what it is of
    (``_UNNAMED_HEAD``): its article's sentence before names it, the line does not."""
    return _UNNAMED_HEAD.match(p.text) is not None


# Hardship on the speaker's family ("life had been tough on his family since …"): what a
# loss brings, like grief (``newsworthy.ceremonial``), no stance on the story.
_HARDSHIP = re.compile(
    r"\b(?:been|is|was|are|were|['’]s)\s+[\"“‘']?(?:very\s+|so\s+|really\s+)?(?:tough|hard"
    r"|difficult|painful)[\"”’']?\s+(?:on|for)\s+(?:the\s+|his\s+|her\s+|our\s+|my\s+|their\s+)?"
    r"(?:whole\s+)?(?:family|families|us|me|them|him|her)\b",
    re.I,
)


def hardship(p: Position) -> bool:
    """Whether ``p`` tells a hardship on a family (``_HARDSHIP``)."""
    return _HARDSHIP.search(p.text) is not None


# A statement whose own clause is the speaker's attendance ("he would be attending a
# meeting of the committee … when he returned"): an arrangement, however it goes on.
_ATTENDANCE = re.compile(
    r"^\W*(?:he|she|they|it|I|we)\s+(?:will|would|shall|is\s+to|was\s+to)\s+(?:now\s+|also\s+)?"
    r"(?:be\s+)?(?:attend(?:ing)?|chair(?:ing)?)\b",
    re.I,
)


def attendance(p: Position) -> bool:
    """Whether ``p``'s own clause is its speaker attending an occasion (``_ATTENDANCE``)."""
    return _ATTENDANCE.match(p.text) is not None


# After the speaker's name, more names and an "and" before the cue: "Democrats Hillary
# Clinton, Bernie Sanders, and Martin O'Malley offered …".
_MORE_NAMES = re.compile(
    r"^(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*\s*,?\s+(?:and|&)\s+[A-Z]"
)
_BEFORE_NAME = re.compile(r"[A-Z][\w.'’-]*,?\s+(?:and|&)\s+$")


def joint_subject(p: Position) -> bool:
    """Whether ``p``'s speaker is one of several people the sentence makes its subject: the
    line describes them all, not what this one said."""
    m, ev = p.speaker_mention, p.evidence
    if m is None or not ev.sentence_start <= m.start < p.start:
        return False
    sentence = ev.sentence
    at, end = m.start - ev.sentence_start, m.end - ev.sentence_start
    cue = sentence.find(p.cue, end) if p.cue else -1
    between = sentence[end:cue] if cue > end else ""
    if between and _MORE_NAMES.match(between):
        return True
    return _BEFORE_NAME.search(sentence[max(0, at - 40) : at]) is not None


# A statement dated this long before the article that reports it is recalled, not news.
RECALLED = timedelta(days=31)


def recalled(p: Position, published: date | None) -> bool:
    """Whether ``p`` has a date of its own ("during a May interview") ending more than
    ``RECALLED`` before its article's ``published`` day: the article's background."""
    said = When.of(p.date)
    return published is not None and said is not None and said.last < published - RECALLED


def no_comment(p: Position) -> bool:
    """Whether ``p`` only tells that the actor did not answer (``UNANSWERED``), or is
    told by a refusal to say (``NON_ANSWER`` at its cue: "wouldn't discuss whether he
    hoped for a Cabinet slot"): what they kept to themselves is no position."""
    return (
        UNANSWERED.search(f"{p.cue or ''} {p.text}") is not None
        or NON_ANSWER.search(p.cue or "") is not None
    )


# Where and when an occasion takes place, or how long it lasts ("the show will take place
# at the stadium on 8 October", "the trial … will last for five weeks"): the arrangements,
# which the timeline dates, not a stance on the story.
_ARRANGEMENT = re.compile(
    rf"\b(?:{FUTURE_AUXILIARY}|would)\s+(?:now\s+|still\s+)?"
    r"(?:take\s+place|be\s+held|last\s+(?:for\s+|about\s+|around\s+|up\s+to\s+)?"
    r"(?:\w+\s+)?(?:days?|weeks?|months?|hours?)\b)"
    # who will be at which meeting ("would be attending a meeting of the committee")
    rf"|\b(?:{FUTURE_AUXILIARY}|would)\s+(?:now\s+|also\s+)?(?:be\s+)?attend(?:ing)?\b"
    # what is to be asked at a coming session ("questions for X at a hearing next week")
    r"|\bat\s+(?:a|an|the)\s+(?:\w+\s+)?(?:hearing|meeting|session|summit|conference)"
    r"\s+(?:next|later|this)\s+(?:week|month|year|morning|afternoon|evening)\b",
    re.I,
)


def arrangement(p: Position) -> bool:
    """Whether ``p`` only tells an occasion's place, day or length (``_ARRANGEMENT``)."""
    return _ARRANGEMENT.search(p.text) is not None and len(p.text.split()) <= _ARRANGED_WORDS


# A statement this long says more than when and where: its arrangement is one clause of it.
_ARRANGED_WORDS = 25


# A habit told in the past: "often attacked Clinton during the primaries", "repeatedly
# called for …" (not "has repeatedly said", a stance still held). The article's background,
# what the speaker used to say, not a position taken when it was written.
_HABITUAL = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)\b(?:often|frequently|routinely|regularly|repeatedly|constantly"
    r"|long)\s+$",
    re.I,
)


def habitual(p: Position) -> bool:
    """Whether ``p``'s cue, in the simple past, is told as a habit ("Sanders often attacked
    Clinton during the primaries …"): background, not a position of the article's day."""
    if p.cue is None or not re.fullmatch(r"[a-z]+ed|said|told|spoke|wrote", p.cue):
        return False
    ev = p.evidence
    at = ev.sentence.rfind(p.cue, 0, max(0, p.start - ev.sentence_start))
    return at > 0 and _HABITUAL.search(ev.sentence[:at]) is not None
