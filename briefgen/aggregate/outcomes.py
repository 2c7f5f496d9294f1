"""What kind of happening a dated clause tells: an outcome, or the scene around one.

A campaign's or an outbreak's coverage dates many clauses cleanly and names a principal in
most of them, but they tell different kinds of things. Some tell an outcome: a decision, a
result, a change of office or of state ("resigned", "won", "was named", "declared",
"raised the alert", "died", "signed", "ruled", "was charged"). Others tell the scene around
the news: who headlined a reception, what someone wore, that a topic was discussed, that
two celebrities submitted recipes, that an interview aired, that a night "was a one-sided
affair". A well-dated scene clause is as easy to read off as an outcome, so a happening's
weight (``events._salience``) counts its kind too: an outcome weighs more, a scene less,
whatever the story. The kinds are general classes of verbs, read from the clause's own
dated predicate (its lemma and the words right around it); nothing here names a person or
a topic.
"""

from __future__ import annotations

import re

from briefgen.aggregate.coverage import coverage, predicate_parts
from briefgen.extract.cues import speech_form
from briefgen.models import Event, EventMention

__all__ = [
    "OUTCOME_LEMMAS",
    "OUTCOME_WEIGHT",
    "SCENE_WEIGHT",
    "kind_weight",
    "scene",
    "told_weight",
    "unkinded_salience",
]

# An outcome's weight against a neutral clause's (a saying, an act): enough that a date's
# one-source decision outranks its one-source scene and sayings, not so much that it
# outranks what several sources report (each further source adds a source's worth).
OUTCOME_WEIGHT = 1.5
# The scene's: a date told only by its scene keeps a place when nothing else is told.
SCENE_WEIGHT = 0.5

# Decisions, results, changes of office or of state, told with these verbs in any story.
_OUTCOMES = frozenset(
    {
        # offices taken and left
        "resign", "quit", "oust", "fire", "sack", "appoint", "hire", "nominate", "pick",
        "choose", "select", "elect", "replace", "succeed",
        # contests decided
        "win", "lose", "defeat", "beat", "clinch", "concede", "withdraw", "suspend",
        "endorse", "accept",
        # decisions and rulings
        "decide", "declare", "approve", "reject", "veto", "pass", "sign", "rule",
        "overturn", "block", "ban", "order", "recommend", "agree", "vote", "lower", "raise",
        # the law's steps
        "charge", "indict", "arrest", "convict", "acquit", "sentence", "plead",
        # life and death, findings made certain
        "die", "kill", "confirm",
    }
)  # fmt: skip
# (read by ``announcing``: a result told in the sentences after a contest's suspense)
OUTCOME_LEMMAS = _OUTCOMES

# The scene around the news: being there, hosting, talking about, wearing, celebrating, a
# shop's trade, a recipe's or a fashion's meeting ("gender roles collided").
_SCENE = frozenset(
    {
        "headline", "attend", "host", "discuss", "wear", "collide", "celebrate", "party",
        "dance", "sing", "cheer", "mingle", "pose", "dine", "chat", "joke", "quip",
        "gather", "sell", "shop", "watch", "submit",
    }
)  # fmt: skip

# What the words right before the predicate say of it:
# a talk's broadcast ("an interview with X that aired Wednesday night"): the date is the
# airing's, and what was said, if it was news, is told with a verb of saying (an ad's
# airing is a campaign's spending, no scene);
_BROADCAST = re.compile(
    r"\b(?:interview|appearance|conversation|show|programme|program|episode|segment)\s+"
    r"(?:[\w'’.-]+\s+){0,4}?(?:that|which)\s+(?:was\s+)?$",
    re.I,
)
# a relative clause's verb ("the party that nominated her", "Pence, who was formally
# nominated on Tuesday"): what the sentence's subject is, not its news.
_RELATIVE = re.compile(
    r"\b(?:that|who|which|whom)\s+(?:(?:was|were|has|had|have)\s+)?"
    r"(?:(?:been|formally|officially|just|also)\s+)*$",
    re.I,
)
# a passive in the present or in progress ("Murray is charged with manslaughter", "people
# were being ordered not to shake hands"): a standing state, not a step taken that day;
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are|am|remains?|being)\s+(?:(?:now|still|also)\s+)?$", re.I)
# What follows the predicate: "raised money" is fundraising, not a level or an alert raised;
_FUNDS = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:money|funds?|cash|\$|£|€|donations?)", re.I)
# a copula's milestone ("was the first case outside ...", "the only death outside Mexico
# was ..."), which is news.
_MILESTONE = re.compile(r"\b(?:first|only|last|latest|largest|biggest|highest|lowest)\b", re.I)
_FIGURE = re.compile(r"\d")
# A copular or light verb whose complement tells the act: "became the first sitting members
# of Congress to endorse", "was the only one to concede" (a milestone whose infinitive says
# what was done), "made the decision to withdraw", "took the unusual step of suspending" (a
# support verb whose object, a decision or a step, is done by its infinitive or gerund).
# The frame verb weighs nothing of the act; its complement's verb does.
_COPULAS = frozenset({"be", "become"})
_SUPPORT = frozenset({"make", "take"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "’s"})
_COMPLEMENT = re.compile(
    r"^\s+(?P<np>(?:the|a|an|his|her|their|its|our|my|your)\s+(?:[\w'’.-]+\s+){0,7}?)"
    r"(?:to\s+(?P<inf>[a-z]+)\b|of\s+(?P<ger>[a-z]+)ing\b)",
    re.I,
)
# the support verbs' objects that are a deed done, a closed class (an attempt, a bid or a
# promise to do it is not the deed)
_DEED = re.compile(r"\b(?:decision|step|move|choice)\b", re.I)
# How someone looked, told with the linking verb of appearance and its complement ("looked
# smaller", "looked tired and pale", "looked like a man in a hurry"): a feature's picture
# of a person, not a step taken. A particle or a preposition makes it an act of looking
# ("looked at the figures", "looked into the claims", "looked to the convention").
_LOOKED_AT = re.compile(
    r"^\s*(?:at|into|for|to|toward|towards|forward|ahead|back|over|up|down|around|through"
    r"|out|on|after|away|past|beyond|elsewhere)\b",
    re.I,
)

# A stop on a tour told as such: "held a rally in Y", "held three campaign events across
# Z", "campaigned in Z". Where someone was that day is the setting of what
# was said or done there; a sentence telling only the stop tells an itinerary, not news.
_STOP_LEMMAS = frozenset({"campaign", "barnstorm"})
_STOP_OBJECT = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?(?:campaign\s+)?"
    r"(?:rall(?:y|ies)|events?|stops?|town[- ]halls?)\b",
    re.I,
)
# A stop told by the journey to it: "came to the city of Y", "travelled to Y", "stopped
# in Y", "visited Y". Its place is a name, or a city's or a town's "of" before one: "came to
# power", "came to an agreement", "came to X's defence" (an owner) tell no journey.
_JOURNEY_LEMMAS = frozenset({"come", "go", "travel", "return", "arrive", "stop", "swing"})
_VISIT_LEMMAS = frozenset({"visit", "tour"})
_PLACE = re.compile(
    r"^\s+(?:back\s+)?(?P<to>(?:to|in|into|through|at)\s+)?"
    r"(?:(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:city|town|village|county|state|capital)\s+of\s+)?"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?![\w'’])"
)
# An infinitive of purpose after the place ("came to Y on Monday to sign the bill"): the
# journey was for an act the sentence tells.
_PURPOSE = re.compile(r"\bto\s+[a-z]+\b")
# What a stop's sentence may tell beside the stop and still tell nothing more: the scene's
# verbs, the stump speech gone over again (its stories recounted, its ideas recited,
# repeated) and a jab at the other side ("ripped into the Republicans a bit"). What was
# said, told by a verb of saying, is news; so is an outcome.
_ROUTINE = _SCENE | frozenset(
    {
        "recount", "recite", "repeat", "reprise", "rehash", "retell", "recap", "rip", "jab",
        "needle", "poke", "greet",
    }
)  # fmt: skip
# What makes a stop's sentence tell more than the stop: a place's clause ("where he said").
_WHERE = re.compile(r"\bwhere\b", re.I)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# A relative clause on someone named: "X, who also held a rally in Y".
_ON_SOMEONE = re.compile(r"^[^,]+,\s+who\b")


def _past_lemma(word: str) -> str:
    """The lemma of a regular past or third-person form ``word`` when it is one of the
    stop's routine verbs (``_ROUTINE``): "recounted" -> "recount", "recited" -> "recite",
    "ripped" -> "rip"; else ``word`` lowercased."""
    word = word.lower()
    for lemma in (word, word[:-1], word[:-2], word[:-3]):
        if lemma in _ROUTINE:
            return lemma
    return word


def _journey(lemma: str, after: str) -> int | None:
    """Where the place of a journey's or a visit's verb (``lemma``, followed by ``after``)
    ends in ``after``: "came to the city of Y", "visited Y"; None when ``after`` names no
    place so (``_PLACE``)."""
    if lemma not in _JOURNEY_LEMMAS | _VISIT_LEMMAS:
        return None
    m = _PLACE.match(after)
    if m is None or (lemma in _JOURNEY_LEMMAS and m["to"] is None):
        return None
    return m.end()


def stop(mention: EventMention) -> bool:
    """Whether ``mention`` tells a campaign's or a tour's stop and nothing beyond it: its
    dated verb holds a rally, an event or a town hall, campaigns somewhere, or goes to a
    named place ("came to the city of Y", "visited Y"; not to do something there, "to sign
    the bill") and the date dates what was done there too; every other verb its date
    dates is of a stop's routine (``_routine``: "and recounted ..., recited ..."); and
    its sentence tells no saying (no verb of saying: "said while campaigning in Iowa on
    Tuesday" is the saying's line) and opens no clause on the place ("where she promised
    ...")."""
    lemma = (mention.lemma or "").lower()
    parts = predicate_parts(mention)
    if parts is None or not _routine(mention):
        return False
    after = parts[2]
    if lemma == "hold":
        if _STOP_OBJECT.match(after) is None:
            return False
    elif lemma not in _STOP_LEMMAS:
        # a journey is a stop only told with what was done there, all of it routine: an
        # arrival alone may be the news itself (a traveller bringing an outbreak home, a
        # delegation's visit)
        place = _journey(lemma, after)
        if place is None or not mention.co_predicates or _PURPOSE.search(after[place:]):
            return False
    if _WHERE.search(after):
        return False
    said = _telling(mention, parts[0], after)
    return not any(speech_form(w) for w in _LOWER_WORD.findall(said))


def _telling(mention: EventMention, before: str, after: str) -> str:
    """The words of ``mention``'s sentence that say whether its stop's subject said
    something there: the whole sentence less its predicate (``before`` and ``after``
    it), unless the stop is a relative clause on someone
    (``_ON_SOMEONE``: "X, who also held a rally in Y on Wednesday night") whom its
    sentence does not quote; then the clause and the words right around it, where a verb
    of saying would make them the speaker ("said X, who campaigned in Y", "X, who was
    travelling in Y, said ..."). The others' sayings ("voters said they had not heard
    anything to pull them away from X, who also held a rally ...") are not the stop's."""
    ev = mention.evidence
    start, end = ev.start - ev.sentence_start, ev.end - ev.sentence_start
    if not 0 <= start < end <= len(ev.sentence) or _ON_SOMEONE.match(ev.text) is None:
        return before + " " + after
    left = _LOWER_WORD.findall(ev.sentence[:start])
    right = _LOWER_WORD.findall(ev.sentence[end:])
    return " ".join([*left[-1:], ev.text, *right[:1]])


def _routine(mention: EventMention) -> bool:
    """Whether every other verb ``mention``'s date dates (``co_predicates``) is of a stop's
    routine (``_ROUTINE``): "came to Y on Wednesday night and recounted ..., recited ...,
    and ripped into ...". A stop told with an act beside it ("held a rally and signed the
    bill") tells the act."""
    sentence, at = mention.evidence.sentence, mention.evidence.sentence_start
    return all(
        _past_lemma(sentence[start - at : end - at]) in _ROUTINE
        for start, end in mention.co_predicates
    )


def scene(mention: EventMention) -> bool:
    """Whether ``mention`` tells the scene around the news: a verb of being there, hosting,
    talking about or wearing ("headlined a reception", "discussed the wall"), a tour's
    stop told as nothing more (``stop``: "held a rally in Y"), a talk's
    airing, how someone looked ("looked smaller"), or a state told with "be" that carries
    no figure and no milestone ("Thursday night was a one-sided affair", "there was a
    reception"); and the coverage around it, the press's own doings (a network sent a host
    to the street, a host used his platform: :func:`coverage.coverage`)."""
    lemma = (mention.lemma or "").lower()
    if lemma in _SCENE or coverage(mention) or stop(mention):
        return True
    parts = predicate_parts(mention)
    if parts is None:
        return False
    before = parts[0]
    if lemma == "air":
        return _BROADCAST.search(before) is not None
    if lemma == "look":
        return _LOOKED_AT.match(parts[2]) is None
    if lemma == "be" and not mention.scheduled:
        sentence = mention.evidence.sentence
        return not _FIGURE.search(sentence) and not _MILESTONE.search(sentence)
    return False


def _gerund_lemma(stem: str) -> str | None:
    """The outcome verb a gerund's stem (its word less "ing") is of: "endors" -> "endorse",
    "suspend" -> "suspend", "quitt" -> "quit"; None when it is of no outcome verb."""
    stem = stem.lower()
    for lemma in (stem, stem + "e", stem[:-1] if stem[-2:-1] == stem[-1:] else ""):
        if lemma in _OUTCOMES:
            return lemma
    return None


def _complement_outcome(lemma: str, word: str, after: str) -> bool:
    """Whether a copular or light verb ``word`` (of ``lemma``), followed by ``after``,
    frames an outcome told by its complement's verb: "became the first ... to endorse",
    "made the decision to withdraw", "took the step of resigning" (see ``_COMPLEMENT``)."""
    if lemma not in _COPULAS | _SUPPORT or word.lower() in _PRESENT_BE:
        return False
    m = _COMPLEMENT.match(after)
    if m is None:
        return False
    frame = _MILESTONE if lemma in _COPULAS else _DEED
    if frame.search(m["np"]) is None:
        return False
    act = m["inf"].lower() if m["inf"] else _gerund_lemma(m["ger"])
    return act in _OUTCOMES


def _outcome(mention: EventMention) -> bool:
    """Whether ``mention`` tells an outcome as done: a verb of the class (or a copular or
    light verb whose complement's verb is of it: "became the first to endorse"), not in the
    simple present (a standing state: "the party agrees only on ..."), not opening a
    relative clause, not a plan, and not money raised."""
    lemma = (mention.lemma or "").lower()
    if mention.scheduled:
        return False
    parts = predicate_parts(mention)
    if lemma not in _OUTCOMES:
        if parts is None or not _complement_outcome(lemma, parts[1], parts[2]):
            return False
    elif parts is None:
        return True
    before, word, after = parts
    if word.lower() in (lemma + "s", lemma + "es") or _PRESENT_PASSIVE.search(before):
        return False  # a standing state: "the party agrees", "X is charged with ..."
    if _RELATIVE.search(before):
        return False
    return not (lemma == "raise" and _FUNDS.match(after))


def kind_weight(mention: EventMention) -> float:
    """How much the kind of ``mention``'s dated predicate weighs: ``OUTCOME_WEIGHT`` for an
    outcome (resigned, won, named, declared, died), ``SCENE_WEIGHT`` for the scene around
    the news (headlined, attended, discussed, wore), 1 for any other (a saying, an act)."""
    if scene(mention):
        return SCENE_WEIGHT
    return OUTCOME_WEIGHT if _outcome(mention) else 1.0


def told_weight(event: Event, mention: EventMention) -> float:
    """The ``event``'s salience as ``mention`` tells it: weighed by the mention's own kind,
    not the event's representative's (its first mention). An event merged from one day's
    resignation and its cookie contest is neither; each sentence weighs as what it tells."""
    return unkinded_salience(event) * kind_weight(mention)


def unkinded_salience(event: Event) -> float:
    """The ``event``'s salience without the kind of its representative's predicate (its
    first mention): what its sources and centrality make it. The summary weighs sentences
    so; the timeline and the chronology weigh the kind."""
    return event.salience / kind_weight(event.mentions[0])
