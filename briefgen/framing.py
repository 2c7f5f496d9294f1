"""How a piece frames a day, not the day's news: a round-up's opener or a feature's scene.

Both the timeline (``timeline_entry.date_entry``) and the printed chronology
(``render.printed``) refuse such a sentence, for the same reason and by these same tests:

- a round-up's opener (``roundup.collective_subject``): "the leading candidates found
  themselves increasingly targeted Sunday", the field told as one, doing something
  generic that day; unless it tells an outcome ("the candidates agreed to a debate") or
  an act on someone it names ("the candidates lashed out at [the president] in a debate"):
  who attacked whom is the day's news, however the attackers are told; or an occasion
  they hold together ("the candidates debated on Tuesday night");
- a feature's scene on a private person: "Anna Pole, who answered her door Sunday and said
  she would vote," a relative clause on someone one source alone names, with no role
  (``private_persons``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen import speech_verbs
from briefgen.aggregate.outcomes import OUTCOME_WEIGHT, kind_weight
from briefgen.models import Actor, EventMention
from briefgen.roundup import collective_subject
from briefgen.who_clause import WHO_NAME

__all__ = ["comment", "framing", "negated_detail", "opener", "private_persons", "scene_clause"]


# What a field does together, as one occasion: "the candidates debated on Tuesday night" is
# that day's debate, the news itself, not a generic framing of the field's day.
_JOINT_OCCASION = frozenset({"debate", "spar", "clash", "square", "face"})


def opener(mention: EventMention) -> bool:
    """Whether ``mention`` is a round-up's opener: the field told as one for subject, no
    outcome, no occasion they hold together (a debate), and no one named after its
    predicate (its object, whom it was done to)."""
    if not collective_subject(mention) or kind_weight(mention) >= OUTCOME_WEIGHT:
        return False
    if (mention.lemma or "").lower() in _JOINT_OCCASION:
        return False
    assert mention.predicate is not None  # collective_subject reads it
    ev = mention.evidence
    after = ev.sentence[max(0, mention.predicate[0] - ev.sentence_start) :]
    return not any(name in after for name in mention.actors)


# How a writer places a happening told just before, not a happening: "came at a sensitive
# moment", "marks a turning point", "is seen as a test".
_PLACING = frozenset(
    (
        *("come", "comes", "came", "mark", "marks", "marked", "represent", "represents"),
        *("represented", "signal", "signals", "signaled", "signalled", "underscore"),
        *("underscores", "underscored", "highlight", "highlights", "highlighted"),
    )
)
_COME = frozenset(("come", "comes", "came"))
# "came at a moment", "comes amid", "came just days after", "came a day after"
_COME_WHEN = frozenset(
    ("at", "amid", "as", "after", "just", "only", "days", "hours", "weeks", "shortly", "a")
)
# A happening named as a noun: a deverbal ending ("announcement", "decision") or one of
# the plain nouns for acts ("the move", "the vote").
_DEVERBAL = ("ment", "ments", "tion", "tions", "sion", "sions", "al", "als", "ure", "ing")
_HAPPENINGS = frozenset(
    (
        *("move", "vote", "news", "step", "visit", "remarks", "comments", "ruling", "shift"),
        *("change", "deal", "speech", "trip", "meeting", "call", "endorsement", "attack"),
    )
)
_SEEN_AS = frozenset(("seen", "viewed", "regarded"))
# What opens a phrase pointing back at a happening told before: "the move", "this
# decision", "Friday's announcement".
_BACK = frozenset(("the", "this", "that", "its", "his", "her", "their"))
_DAY_OWNER = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)['’]s$"
)


def comment(mention: EventMention) -> bool:
    """Whether ``mention``'s sentence only places a happening told before it: its subject a
    short phrase pointing back at one ("Friday's announcement", "the move"), no name in it,
    its verb one of placing ("came at a sensitive moment", "marks a turning point", "is
    seen as a test"). Shown after the day's news, it adds nothing to it."""
    # the sentence's verb, whichever word is dated ("Friday's announcement came …" is dated
    # by its subject's noun)
    words = mention.evidence.sentence.split()
    at = next(
        (
            i
            for i, w in enumerate(words[:7])
            if w.lower() in _PLACING or (w.lower() in _SEEN_AS and words[i + 1 : i + 2] == ["as"])
        ),
        None,
    )
    if at is None:
        return False
    verb, rest, subject = words[at].lower(), words[at + 1 :], words[:at]
    if subject and subject[-1].lower() in ("is", "was", "are", "were", "being"):
        subject = subject[:-1]  # "is seen as"
    if not 2 <= len(subject) <= 4:
        return False
    first, head = subject[0].lower(), subject[-1].lower()
    if first not in _BACK and not _DAY_OWNER.match(first):
        return False
    if not (head.endswith(_DEVERBAL) or head in _HAPPENINGS):
        return False  # "the police marked the site": an agent, not a happening told before
    if verb in _COME and (rest[:1] or [""])[0].lower() not in _COME_WHEN:
        return False  # "the storm came ashore": a happening of its own
    return all(w[:1].islower() for w in subject[1:])


# A negation that tells an act's absence as a detail, not a decision: "did not at any time
# mention", "never raised"; a plain "did not pass" may be the news itself (a vote failing).
_NOT = frozenset(("not", "n't", "never", "no"))
_ABSOLUTE = re.compile(r"\b(?:never|at\s+(?:any|no)\s+(?:time|point)|not\s+once|ever)\b", re.I)
# Verbs of bringing something up: a page telling what someone did not bring up (in a call,
# a speech) tells what the sentence before it left out, never a happening of the day.
_MENTIONING = frozenset(
    ("mention", "raise", "discuss", "address", "bring", "refer", "broach", "cite", "say")
)
# A verb of saying before the negation: "the paramedic said the doctor did not mention
# it" tells the saying, a testimony, which is news of its own.
_SAYING = speech_verbs.told_forms(speech_verbs.STATING)
# How far before its verb a negation still negates it: "did not at any time Thursday
# mention" (an adverbial between them), not a clause further back.
_NEGATION_REACH = 6


def negated_detail(mention: EventMention) -> bool:
    """Whether ``mention``'s sentence tells only that an act did not happen, as a detail:
    its dated verb negated ("did not", "never") within its clause, and the negation
    absolute ("at any time", "never", "not once") or the verb one of bringing something up
    ("did not mention a donation"). Told after a sentence of its page, it says what that
    sentence's happening left out; a refusal or denial ("declined", "denied") is an act,
    and a plain negated outcome ("the Senate did not pass the bill") is not caught."""
    if mention.predicate is None:
        return False
    ev = mention.evidence
    at = max(0, mention.predicate[0] - ev.sentence_start)
    before = re.split(r"[,;:—–()\"“”]", ev.sentence[:at])[-1]
    words = [w.lower() for w in re.findall(r"[\w'’]+", before.replace("n't", " n't"))]
    window = words[-_NEGATION_REACH:]
    negations = [i for i, w in enumerate(window) if w in _NOT or w.endswith(("n't", "n’t"))]
    if not negations:
        return False
    # the negated stretch: from the negation to the end of the verb's clause
    first = negations[0]
    if any(w in _SAYING for w in words[: len(words) - len(window) + first]):
        return False  # told by someone: the telling is the act
    after = re.split(r"[,;:—–()\"“”]", ev.sentence[at:])[0]
    stretch = " ".join(window[first:]) + " " + after
    lemma = (mention.lemma or "").lower()
    return bool(_ABSOLUTE.search(stretch)) or lemma in _MENTIONING


def scene_clause(mention: EventMention, private: frozenset[str]) -> bool:
    """Whether ``mention`` is a relative clause on a private person (one of ``private``):
    "Annette Smith, who answered her door Sunday afternoon and said she planned to caucus
    for X," tells a feature's scene, not the day's news, whoever X is."""
    match = WHO_NAME.match(mention.evidence.text.strip())
    return match is not None and match["name"] in private


def framing(mention: EventMention, private: frozenset[str]) -> bool:
    """Whether ``mention`` tells how a piece frames its day (an opener, a scene), not the
    day's news."""
    return scene_clause(mention, private) or opener(mention)


def private_persons(actors: Sequence[Actor]) -> frozenset[str]:
    """The names of the people one source alone names, with no role, office or
    organisation given anywhere: the voter at her door, the supporter in the crowd. (Who
    holds a role, "Flint Mayor Karen Weaver", or is named by a second source is someone
    the story may turn on.)"""
    return frozenset(
        name
        for actor in actors
        if actor.type == "person"
        and not actor.roles
        and actor.affiliation is None
        and len({m.doc for m in actor.mentions} | set(actor.sources)) == 1
        and not any(m.role for m in actor.mentions)
        for name in (actor.name, *actor.aliases)
    )
